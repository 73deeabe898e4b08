"""mockcheck batch: submissions found, outputs, resuming, broken submissions, the Dask executor."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from mockcheck.batch import WORKER_THREAD_ENV, BatchOptions, BatchSummary, find_submissions, run_batch
from mockcheck.cli import main
from mockcheck.errors import UsageError
from mockcheck.model import Line, Word
from mockcheck.ocr import FakeEngine
from mockcheck.store import ResultStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mockups"


def fake_engine() -> FakeEngine:
    """Module level, so worker processes get it by reference."""
    words = (Word("Connect", (10, 10, 60, 16), 95.0), Word("TikTok", (75, 10, 50, 16), 95.0))
    return FakeEngine((Line(words, (10, 10, 115, 16)),))


class ThreadsSeen:
    """Reads, as the screen's text, the thread limits the worker's OCR runs under."""

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        import cv2

        seen = [f"opencv{cv2.getNumThreads()}"]
        seen += [f"{name}={os.environ.get(name)}" for name in WORKER_THREAD_ENV]
        if os.path.isdir("/proc/self/task"):  # Linux: threads no Python code started (thread pools)
            seen.append(f"native{len(os.listdir('/proc/self/task')) - threading.active_count()}")
        words = tuple(Word(text, (10, 10 + 20 * i, 100, 16), 95.0) for i, text in enumerate(seen))
        return tuple(Line((word,), word.box) for word in words)


def threads_seen_engine() -> ThreadsSeen:
    return ThreadsSeen()


class SlowLogged:
    """A cacheable engine that takes its time and logs which process read which screen."""

    cache_key = "test-slow-logged"

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        time.sleep(0.5)
        shade = image.getpixel((90, 40))
        with open(os.environ["MOCKCHECK_TEST_READS"], "a") as log:
            log.write(f"{os.getpid()} {shade}\n")
        return fake_engine().read(image)


def slow_logged_engine() -> SlowLogged:
    return SlowLogged()


def screen(path: Path, shade: int) -> None:
    image = Image.new("RGB", (180, 320), (250, 250, 250))
    ImageDraw.Draw(image).rectangle((20, 20 + shade, 160, 60 + shade), fill=(shade, 40, 200))
    image.save(path)


def make_root(tmp_path: Path, count: int = 4) -> Path:
    """`count` folder submissions of two small screens each, plus one zip submission."""
    root = tmp_path / "root"
    root.mkdir()
    for i in range(count):
        folder = root / f"app{i + 1}"
        folder.mkdir()
        screen(folder / "Screen 1.png", 10 + i)
        screen(folder / "Screen 2.png", 100 + i)
    with zipfile.ZipFile(root / "zipped.zip", "w") as zf:
        for name in ("Screen 1.png", "Screen 2.png"):
            zf.write(root / "app1" / name, f"zipped/{name}")
        zf.writestr("zipped/mockcheck.toml", 'scopes = ["portability.activity.single"]')
    return root


def options(tmp_path: Path, root: Path, **changes: object) -> BatchOptions:
    base = BatchOptions(
        root=root,
        db=tmp_path / "store" / "results.sqlite",
        workers=2,
        jsonl=tmp_path / "out.jsonl",
        csv=tmp_path / "out.csv",
        engine_factory=fake_engine,
        timeout=60,
    )
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def jsonl_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_each_subfolder_and_zip_is_a_submission_in_natural_order(tmp_path: Path) -> None:
    for name in ("b 10", "b 2", ".git", "__MACOSX"):
        (tmp_path / name).mkdir()
    (tmp_path / "a.zip").write_bytes(b"PK")
    (tmp_path / "loose.png").write_bytes(b"")
    assert [s.name for s in find_submissions(tmp_path)] == ["a.zip", "b 2", "b 10"]


def test_every_submission_gets_one_jsonl_line_and_one_csv_row(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    summary = run_batch(options(tmp_path, root))
    names = {"app1", "app2", "app3", "app4", "zipped.zip"}
    documents = jsonl_lines(tmp_path / "out.jsonl")
    assert sorted(d["submission"] for d in documents) == sorted(names)
    assert all(d["schema"] == "mockcheck.report/1" and len(d["screens"]) == 2 for d in documents)
    rows = list(csv.DictReader((tmp_path / "out.csv").open()))
    assert {r["submission"] for r in rows} == names
    assert {"verdict", "connect", "connecting", "authorize", "result", "missing-step"} <= set(rows[0])
    assert summary.submissions == 5 and summary.images == 10 and summary.errors == 0
    assert summary.passed + summary.failed == 5


def test_workers_run_every_native_library_on_one_thread_and_leave_the_parent_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two workers on two cores: a thread pool per library in each would fight the other worker.
    for name in WORKER_THREAD_ENV:
        monkeypatch.delenv(name, raising=False)
    root = make_root(tmp_path, count=2)
    run_batch(options(tmp_path, root, engine_factory=threads_seen_engine))
    for document in jsonl_lines(tmp_path / "out.jsonl"):
        for shown in document["screens"]:
            assert "opencv1" in shown["text"]
            assert all(f"{name}=1" in shown["text"] for name in WORKER_THREAD_ENV)
            assert "native" not in shown["text"] or "native0" in shown["text"]
    assert not set(WORKER_THREAD_ENV) & set(os.environ)


def test_each_submission_is_checked_with_its_own_settings_file(tmp_path: Path) -> None:
    root = make_root(tmp_path, count=2)
    (root / "app2" / "mockcheck.toml").write_text('scopes = ["portability.nonsense.single"]')
    run_batch(options(tmp_path, root))
    documents = {d["submission"]: d for d in jsonl_lines(tmp_path / "out.jsonl")}
    assert "unknown scope 'portability.nonsense.single'" in documents["app2"]["error"]
    assert "error" not in documents["app1"] and "error" not in documents["zipped.zip"]


def test_the_scopes_flag_overrides_every_settings_file(tmp_path: Path) -> None:
    root = make_root(tmp_path, count=2)
    (root / "app2" / "mockcheck.toml").write_text('scopes = ["portability.nonsense.single"]')
    summary = run_batch(options(tmp_path, root, scopes="portability.activity.single"))
    assert summary.errors == 0


def test_a_rerun_reuses_every_unchanged_submission_without_starting_workers(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    run_batch(options(tmp_path, root))
    again = run_batch(options(tmp_path, root))
    assert again.reused == 5 and again.images == 0 and again.workers == 0
    assert len(jsonl_lines(tmp_path / "out.jsonl")) == 5


def test_only_the_changed_submission_is_checked_again(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    run_batch(options(tmp_path, root))
    screen(root / "app3" / "Screen 2.png", 200)
    again = run_batch(options(tmp_path, root))
    assert again.reused == 4 and again.images == 2


def test_force_checks_everything_again(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    run_batch(options(tmp_path, root))
    again = run_batch(options(tmp_path, root, force=True))
    assert again.reused == 0 and again.images == 10
    assert ResultStore(tmp_path / "store" / "results.sqlite").count() == 5


def test_an_interrupted_batch_resumes_with_nothing_lost_or_counted_twice(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    seen: list[str] = []

    def interrupt_after_two(result: object, summary: BatchSummary) -> None:
        seen.append(summary.passed + summary.failed + summary.errors)  # type: ignore[arg-type]
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(options(tmp_path, root), on_result=interrupt_after_two)
    assert ResultStore(tmp_path / "store" / "results.sqlite").count() == 2
    assert not (tmp_path / "out.jsonl").exists()  # only a .partial: an incomplete file never looks complete
    resumed = run_batch(options(tmp_path, root))
    assert resumed.reused == 2 and resumed.images == 6
    documents = jsonl_lines(tmp_path / "out.jsonl")
    assert len(documents) == 5 and len({d["submission"] for d in documents}) == 5
    assert ResultStore(tmp_path / "store" / "results.sqlite").count() == 5


def test_a_crashing_worker_fails_its_submission_only_and_is_retried_next_run(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    summary = run_batch(options(tmp_path, root, _misbehave={"app2": "crash"}))
    assert summary.errors == 1 and summary.passed + summary.failed == 4
    name, reason = summary.error_rows[0]
    assert name == "app2" and "worker process" in reason
    rows = {r["submission"]: r for r in csv.DictReader((tmp_path / "out.csv").open())}
    assert rows["app2"]["verdict"] == "error" and rows["app2"]["reason"]
    again = run_batch(options(tmp_path, root))
    assert again.reused == 4 and again.errors == 0


def test_workers_recycled_for_their_memory_lose_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOCKCHECK_RECYCLE_WORKER_MB", "1")  # every worker leaves after one submission
    root = make_root(tmp_path)
    summary = run_batch(options(tmp_path, root))
    assert summary.errors == 0 and summary.passed + summary.failed == 5


def test_a_hanging_submission_times_out_and_the_rest_goes_on(tmp_path: Path) -> None:
    root = make_root(tmp_path, count=2)
    started = time.monotonic()
    # The limit leaves a healthy submission ample time on a loaded 2-core CI machine.
    summary = run_batch(options(tmp_path, root, timeout=20, _misbehave={"app1": "hang"}))
    assert time.monotonic() - started < 90
    assert summary.errors == 1 and "timed out" in summary.error_rows[0][1]
    assert summary.passed + summary.failed == 2


def test_broken_zips_become_failed_rows_with_a_reason(tmp_path: Path) -> None:
    root = make_root(tmp_path, count=1)
    (root / "garbage.zip").write_bytes(b"this is not a zip at all")
    with (
        zipfile.ZipFile(root / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("Screen 1.png", "w") as member,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(101):  # 101 MB of zeros in ~100 KB: over max_file_bytes
            member.write(block)
    (root / "empty").mkdir()
    summary = run_batch(options(tmp_path, root))
    rows = {r["submission"]: r for r in csv.DictReader((tmp_path / "out.csv").open())}
    for name in ("garbage.zip", "bomb.zip", "empty"):
        assert rows[name]["verdict"] in {"fail", "error"} and rows[name]["reason"], name
    assert rows["garbage.zip"]["unreadable-input"] == "1"
    assert summary.submissions == 5 and summary.passed + summary.failed + summary.errors == 5


def test_exit_codes_follow_the_verdicts() -> None:
    assert BatchSummary(submissions=0).exit_code == 2
    assert BatchSummary(submissions=2, errors=2).exit_code == 2
    assert BatchSummary(submissions=2, passed=2).exit_code == 0
    assert BatchSummary(submissions=2, passed=1, errors=1).exit_code == 1


def test_the_store_may_not_live_inside_root(tmp_path: Path) -> None:
    root = make_root(tmp_path, count=1)
    with pytest.raises(UsageError, match="inside ROOT"):
        run_batch(options(tmp_path, root, db=root / "results.sqlite"))


def test_an_unknown_scope_is_a_usage_error_before_any_work(tmp_path: Path) -> None:
    root = make_root(tmp_path, count=1)
    with pytest.raises(UsageError, match="unknown scope"):
        run_batch(options(tmp_path, root, scopes="portability.nonsense.single"))


def test_cli_batch_of_an_empty_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path), "--db", str(tmp_path.parent / "db.sqlite")]) == 2
    assert "no submissions found" in capsys.readouterr().err


def test_dask_executor_gives_the_same_rows_as_the_pool(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    root = make_root(tmp_path, count=2)
    pooled = run_batch(options(tmp_path, root, db=tmp_path / "pool.sqlite"))
    pool_rows = {d["submission"]: d for d in jsonl_lines(tmp_path / "out.jsonl")}
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        clustered = run_batch(
            options(
                tmp_path,
                root,
                db=tmp_path / "dask.sqlite",
                executor="dask",
                scheduler=cluster.scheduler_address,
            )
        )
    dask_rows = {d["submission"]: d for d in jsonl_lines(tmp_path / "out.jsonl")}
    assert dask_rows.keys() == pool_rows.keys()
    for name, document in dask_rows.items():
        assert document["findings"] == pool_rows[name]["findings"]
    assert (clustered.passed, clustered.failed, clustered.errors) == (
        pooled.passed,
        pooled.failed,
        pooled.errors,
    )


# --- slow: real OCR, real processes ---


@pytest.mark.slow
def test_cli_batch_on_fixtures_matches_scan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "root"
    root.mkdir()
    for name in ("complete-phone-light", "no-purpose"):
        shutil.copytree(FIXTURES / name, root / name)
    (root / "no-purpose" / "truth.json").unlink(missing_ok=True)
    code = main(
        ["batch", str(root), "--db", str(tmp_path / "db.sqlite"), "--jsonl", str(tmp_path / "o.jsonl")]
    )
    documents = {d["submission"]: d for d in jsonl_lines(tmp_path / "o.jsonl")}
    assert code == 1
    assert documents["complete-phone-light"]["passed"] is True
    assert {f["rule"] for f in documents["no-purpose"]["findings"]} >= {"missing-purpose"}
    assert "submissions" in capsys.readouterr().out


@pytest.mark.slow
def test_a_killed_batch_process_resumes_with_nothing_lost_or_doubled(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    for name in sorted(p.name for p in FIXTURES.iterdir())[:6]:
        shutil.copytree(FIXTURES / name, root / name)
    db = tmp_path / "db.sqlite"
    command = [sys.executable, "-m", "mockcheck", "batch", str(root), "--db", str(db), "--workers", "2"]
    env = {**os.environ, "MOCKCHECK_CACHE_DIR": str(tmp_path / "cache")}
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if db.exists() and ResultStore(db).count() >= 2:
            break
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)  # the batch and its workers, as a kill -9 of the job would
    process.wait()
    done_before = ResultStore(db).count()
    assert 2 <= done_before < 6
    finished = subprocess.run(
        [*command, "--jsonl", str(tmp_path / "o.jsonl")], env=env, capture_output=True, text=True, timeout=300
    )
    assert finished.returncode in (0, 1), finished.stderr
    documents = jsonl_lines(tmp_path / "o.jsonl")
    assert sorted(d["submission"] for d in documents) == sorted(p.name for p in root.iterdir())
    # One row per submission and checker version: none lost, none doubled. (A developer's tree
    # may change the checker version between the two runs; CI's does not.)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT name, checker_version FROM results").fetchall()
    conn.close()
    assert len(rows) == len(set(rows))
    assert len({name for name, _ in rows}) == 6
    if len({version for _, version in rows}) == 1:
        assert len(rows) == 6


def test_cli_dask_without_a_scheduler_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_root(tmp_path, count=1)
    assert main(["batch", str(root), "--executor", "dask", "--db", str(tmp_path / "db.sqlite")]) == 2
    assert "--scheduler" in capsys.readouterr().err


def test_largest_submissions_are_checked_first_so_no_worker_idles_at_the_end(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    for name, screens in (("a small", 1), ("b large", 4), ("c medium", 2)):
        folder = root / name
        folder.mkdir()
        for i in range(screens):
            screen(folder / f"Screen {i + 1}.png", 10 + 30 * i)
    order: list[str] = []
    run_batch(options(tmp_path, root, workers=1), on_result=lambda result, _: order.append(result.name))
    assert order == ["b large", "c medium", "a small"]


def _readers_of_one_big_submission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screens: int, **changes: object
) -> tuple[list[str], BatchSummary]:
    """Batch one submission of `screens` screens on two workers; the process id of every OCR read."""
    root = tmp_path / "root"
    (root / "big").mkdir(parents=True)
    for i in range(screens):
        screen(root / "big" / f"Screen {i + 1}.png", 10 + 10 * i)
    reads = tmp_path / "reads.log"
    monkeypatch.setenv("MOCKCHECK_TEST_READS", str(reads))
    monkeypatch.setenv("MOCKCHECK_CACHE_DIR", str(tmp_path / "cache"))
    summary = run_batch(options(tmp_path, root, engine_factory=slow_logged_engine, **changes))
    return [line.split()[0] for line in reads.read_text().splitlines()], summary


def test_an_idle_worker_reads_ahead_the_last_submission_of_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readers, summary = _readers_of_one_big_submission(tmp_path, monkeypatch, 10)
    # Both workers read screens of the one submission, and together about once each, not twice.
    assert len(set(readers)) == 2
    assert len(readers) <= 11
    report = jsonl_lines(tmp_path / "out.jsonl")[0]
    assert summary.errors == 0 and len(report["screens"]) == 10
    assert all(s["text"] == "Connect TikTok" for s in report["screens"])


def test_without_the_ocr_cache_no_worker_reads_ahead(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readers, _ = _readers_of_one_big_submission(tmp_path, monkeypatch, 4, ocr_cache=False)
    assert len(readers) == 4 and len(set(readers)) == 1
