"""A stuck, crashing or confused OCR engine is an unreadable-input finding for its screen, never a hang or a crash."""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from mockcheck import ocr_guard
from mockcheck.errors import MissingDependencyError
from mockcheck.load import Limits
from mockcheck.model import Line, Report, Word
from mockcheck.ocr import FakeEngine, TesseractEngine
from mockcheck.ocr_guard import OcrFailed, read_guarded
from mockcheck.pipeline import check

BAD = (200, 30, 30)  # the fill of the screen the misbehaving engines trip on
WORDS = (
    Line(
        (Word("Connect", (10, 10, 60, 16), 95.0), Word("TikTok", (75, 10, 50, 16), 95.0)), (10, 10, 115, 16)
    ),
)


@pytest.fixture(autouse=True)
def short_grace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr_guard, "GRACE_SECONDS", 0.05)


def folder_with_one_bad_screen(tmp_path: Path, name: str = "mockups") -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True)
    for name, fill in (
        ("Screen 1.png", (250, 250, 250)),
        ("Screen 2.png", BAD),
        ("Screen 3.png", (240, 240, 255)),
    ):
        Image.new("RGB", (200, 360), fill).save(folder / name)
    return folder


def is_bad(image: Image.Image) -> bool:
    return image.getpixel((5, 5)) == BAD


class HangsOnBad(FakeEngine):
    def __init__(self) -> None:
        super().__init__(WORDS)
        self.release = threading.Event()

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        if is_bad(image):
            self.release.wait(10)
        return self.lines


class RaisesOnBad(FakeEngine):
    def __init__(self, exc: BaseException) -> None:
        super().__init__(WORDS)
        self.exc = exc

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        if is_bad(image):
            raise self.exc
        return self.lines


class GarbageOnBad(FakeEngine):
    def __init__(self, garbage: object) -> None:
        super().__init__(WORDS)
        self.garbage = garbage

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        return self.garbage if is_bad(image) else self.lines  # type: ignore[return-value]


def unreadable(report: Report) -> list[tuple[str | None, str]]:
    """(source, reason) of each unreadable-input finding; the reason is the message after 'could not be read: '."""
    return [
        (f.source, f.message.split(" could not be read: ", 1)[1].rstrip("."))
        for f in report.findings
        if f.rule == "unreadable-input"
    ]


def test_a_hanging_engine_is_a_finding_within_the_limit_and_the_rest_is_checked(tmp_path: Path) -> None:
    engine = HangsOnBad()
    started = time.monotonic()
    try:
        report = check(folder_with_one_bad_screen(tmp_path), engine=engine, limits=Limits(ocr_seconds=0.2))
    finally:
        engine.release.set()
    assert time.monotonic() - started < 5
    assert [s.source for s in report.screens] == ["Screen 1.png", "Screen 3.png"]
    [(source, message)] = unreadable(report)
    assert source == "Screen 2.png"
    assert message.startswith("OCR did not finish within 0.2 s")


def test_the_read_after_a_timeout_gets_a_fresh_ocr_thread() -> None:
    engine = HangsOnBad()
    try:
        with pytest.raises(OcrFailed):
            read_guarded(engine, Image.new("RGB", (64, 64), BAD), 0.1)
        assert read_guarded(engine, Image.new("RGB", (64, 64), "white"), 0.1) == WORDS
    finally:
        engine.release.set()


def test_no_limit_reads_in_the_calling_thread() -> None:
    assert read_guarded(FakeEngine(WORDS), Image.new("RGB", (64, 64)), 0) == WORDS


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (RuntimeError("boom\nwith a second line"), "Tesseract failed: RuntimeError: boom with a second line"),
        (ValueError(), "Tesseract failed: ValueError"),
        (MemoryError(), "OCR ran out of memory on this screen; export it smaller"),
    ],
)
def test_an_engine_that_raises_is_a_finding_naming_the_reason(
    tmp_path: Path, exc: BaseException, reason: str
) -> None:
    report = check(folder_with_one_bad_screen(tmp_path), engine=RaisesOnBad(exc))
    assert unreadable(report) == [("Screen 2.png", reason)]
    assert len(report.screens) == 2


def test_tesseract_errors_say_what_tesseract_said(tmp_path: Path) -> None:
    import pytesseract

    killed = RaisesOnBad(pytesseract.TesseractError(-9, ""))
    [(_, message)] = unreadable(check(folder_with_one_bad_screen(tmp_path / "killed"), engine=killed))
    assert message == "Tesseract failed: the tesseract process was stopped by signal 9"
    no_language = RaisesOnBad(
        pytesseract.TesseractError(
            1, "Error opening data file eng.traineddata\nFailed loading language 'eng'"
        )
    )
    [(_, message)] = unreadable(
        check(folder_with_one_bad_screen(tmp_path / "no-language"), engine=no_language)
    )
    assert (
        message == "Tesseract failed: Error opening data file eng.traineddata Failed loading language 'eng'"
    )


def test_a_long_error_text_is_shortened(tmp_path: Path) -> None:
    engine = RaisesOnBad(RuntimeError("x" * 5000))
    [(_, message)] = unreadable(check(folder_with_one_bad_screen(tmp_path), engine=engine))
    assert len(message) <= ocr_guard.MAX_REASON_CHARS + len("Tesseract failed: ")


@pytest.mark.parametrize(
    "garbage",
    [
        None,
        "Connect TikTok",
        [["Connect"]],
        (Line((Word("x", (0, 0, 5), 90.0),), (0, 0, 5, 5)),),  # type: ignore[arg-type]
        (Line((Word("x", (0, 0, 5, 5), float("nan")),), (0, 0, 5, 5)),),
        (Line((Word(b"x", (0, 0, 5, 5), 90.0),), (0, 0, 5, 5)),),  # type: ignore[arg-type]
        (Line((Word("x", (0, 0, -5, 5), 90.0),), (0, 0, 5, 5)),),
    ],
)
def test_an_engine_returning_garbage_is_a_finding(tmp_path: Path, garbage: object) -> None:
    report = check(folder_with_one_bad_screen(tmp_path), engine=GarbageOnBad(garbage))
    [(source, message)] = unreadable(report)
    assert source == "Screen 2.png" and message.startswith("the OCR engine returned")


def test_well_formed_nonsense_lines_are_checked_without_error(tmp_path: Path) -> None:
    odd = (
        Line((Word("", (0, 0, 0, 0), 0.0),), (0, 0, 0, 0)),  # empty and zero-sized
        Line((Word("é\u200b\n\"'<&>", (-40, -40, 10, 10), 100.0),), (-40, -40, 10, 10)),  # off the image
        Line((Word("TikTok", (10**6, 10**6, 10**6, 10**6), 99.0),), (10**6, 10**6, 10**6, 10**6)),
        Line((), (5, 5, 5, 5)),  # a line without words
        Line(tuple(Word("Continue", (i, 300, 40, 12), 80.0) for i in range(0, 200, 20)), (0, 300, 200, 12)),
    )
    report = check(folder_with_one_bad_screen(tmp_path), engine=GarbageOnBad(odd))
    assert len(report.screens) == 3 and unreadable(report) == []


def test_a_missing_tesseract_still_ends_the_run(tmp_path: Path) -> None:
    engine = RaisesOnBad(MissingDependencyError("Tesseract OCR is not installed"))
    with pytest.raises(MissingDependencyError):
        check(folder_with_one_bad_screen(tmp_path), engine=engine)


def test_tesseract_removed_mid_run_is_the_missing_tesseract_error(tmp_path: Path) -> None:
    import pytesseract

    engine = RaisesOnBad(pytesseract.TesseractNotFoundError())
    with pytest.raises(MissingDependencyError, match="not installed"):
        check(folder_with_one_bad_screen(tmp_path), engine=engine, limits=Limits(ocr_seconds=5))


# --- the real pytesseract call, with a stand-in `tesseract` program ---------------------------


def fake_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    import pytesseract

    program = tmp_path / "tesseract"
    # pytesseract asks for the version before it reads.
    version = 'if [ "$1" = "--version" ]; then echo "tesseract 5.3.0"; exit 0; fi\n'
    program.write_text("#!/bin/sh\n" + version + body + "\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(program))


def test_a_hanging_tesseract_process_is_killed_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pids = tmp_path / "pids"
    fake_tesseract(tmp_path, monkeypatch, f"echo $$ >> '{pids}'\nexec sleep 30")
    image = Image.new("RGB", (64, 64), "white")
    started = time.monotonic()
    with pytest.raises(OcrFailed, match=r"^OCR did not finish within 0.5 s"):
        read_guarded(TesseractEngine(), image, 0.5)
    assert time.monotonic() - started < 5
    time.sleep(0.2)
    for pid in pids.read_text().split():
        with pytest.raises(ProcessLookupError):  # killed and reaped, not left running
            os.kill(int(pid), 0)


def test_a_tesseract_process_killed_by_a_signal_is_a_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_tesseract(tmp_path, monkeypatch, "kill -KILL $$")
    report = check(
        folder_with_one_bad_screen(tmp_path), engine=TesseractEngine(), limits=Limits(ocr_seconds=20)
    )
    assert {m for _, m in unreadable(report)} == {
        "Tesseract failed: the tesseract process was stopped by signal 9"
    }
    assert len(unreadable(report)) == 3 and report.screens == ()


def test_missing_language_data_is_a_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "no-tessdata"))
    image = Image.new("RGB", (200, 100), "white")
    with pytest.raises(OcrFailed, match=r"^Tesseract failed: .*eng"):
        read_guarded(TesseractEngine(), image, 20)


# --- the options that set the limit ------------------------------------------------------------


def test_scan_ocr_timeout_option_sets_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mockcheck.cli import main

    fake_tesseract(tmp_path, monkeypatch, "exec sleep 30")
    monkeypatch.setenv("MOCKCHECK_OCR", "pytesseract")
    folder = folder_with_one_bad_screen(tmp_path)
    code = main(["scan", str(folder), "--format", "json", "--no-ocr-cache", "--ocr-timeout", "0.3"])
    document = json.loads(capsys.readouterr().out)
    assert code == 2  # no screen could be read
    assert [f["source"] for f in document["findings"]] == ["Screen 1.png", "Screen 2.png", "Screen 3.png"]
    assert all("OCR did not finish within 0.3 s" in f["message"] for f in document["findings"])


def hangs_on_bad_engine() -> HangsOnBad:
    """Module level, so batch workers get it by reference."""
    return HangsOnBad()


def test_batch_ocr_timeout_fails_the_stuck_screen_only(tmp_path: Path) -> None:
    from mockcheck.batch import BatchOptions, run_batch

    root = tmp_path / "root"
    folder_with_one_bad_screen(root, "stuck")
    (root / "fine").mkdir()
    Image.new("RGB", (200, 360), "white").save(root / "fine" / "Screen 1.png")
    summary = run_batch(
        BatchOptions(
            root=root,
            db=tmp_path / "store.sqlite",
            workers=1,
            jsonl=tmp_path / "out.jsonl",
            engine_factory=hangs_on_bad_engine,
            ocr_seconds=0.3,
            timeout=60,
        )
    )
    assert summary.errors == 0
    rows = {d["submission"]: d for d in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())}
    assert [f["source"] for f in rows["stuck"]["findings"] if f["rule"] == "unreadable-input"] == [
        "Screen 2.png"
    ]
    assert len(rows["stuck"]["screens"]) == 2
    assert not [f for f in rows["fine"]["findings"] if f["rule"] == "unreadable-input"]
