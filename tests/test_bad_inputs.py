"""Broken and hostile inputs: no exception, no hang, bounded memory, the folder never written to.

The corpus comes from tests/badfiles.py (generated, never committed). Property tests feed
random and mutated bytes to the loaders; what fuzzing found is pinned at the end.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from badfiles import Case, Expect, make_corpus, pil_pdf, png_zero_bomb, screen, zip_bytes
from mockcheck.errors import InputError
from mockcheck.load import MOCKUP_SUFFIXES, Limits, load

SRC = Path(__file__).resolve().parents[1] / "src"
TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Case]]:
    base = tmp_path_factory.mktemp("bad")
    folder = base / "submission"
    return folder, make_corpus(folder, base / "outside")


def _snapshot(folder: Path) -> dict[str, tuple[object, ...]]:
    """Every entry's kind, content hash and times, links not followed: what 'never written to' means."""
    state: dict[str, tuple[object, ...]] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            info = path.lstat()
            digest = ""
            if path.is_file() and not path.is_symlink():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            elif path.is_symlink():
                digest = os.readlink(path)
            state[os.fsdecode(path)] = (
                info.st_mode,
                info.st_size,
                info.st_mtime_ns,
                info.st_ctime_ns,
                digest,
            )
        state[dirpath] = (Path(dirpath).lstat().st_mtime_ns,)
    return state


def test_corpus_has_at_least_60_broken_or_hostile_files(corpus: tuple[Path, list[Case]]) -> None:
    _, cases = corpus
    hostile = [c for c in cases if not c.name.startswith("Screen ")]
    assert len(hostile) >= 60


def test_every_corpus_file_is_handled_as_expected_and_good_files_still_load(
    corpus: tuple[Path, list[Case]],
) -> None:
    folder, cases = corpus
    started = time.monotonic()
    loaded = load(folder)
    elapsed = time.monotonic() - started
    screens = {s.source for s in loaded.screens}
    problems = {p.source for p in loaded.problems}
    skipped = set(loaded.skipped)
    wrong = []
    for case in cases:
        got = {
            Expect.SCREEN: case.name in screens,
            Expect.PROBLEM: case.name in problems,
            Expect.SKIPPED: case.name in skipped,
        }
        if case.expect is Expect.ANY:
            ok = got[Expect.SCREEN] != got[Expect.PROBLEM] and not got[Expect.SKIPPED]
        else:
            ok = got[case.expect] and sum(got.values()) == 1
        if not ok:
            wrong.append(f"{case.name!r} ({case.why}): expected {case.expect}, got {got}")
    assert not wrong, "\n".join(wrong)
    reported = screens | problems | skipped
    assert reported <= {c.name for c in cases}, reported - {c.name for c in cases}
    assert elapsed < 15, f"loading the corpus took {elapsed:.1f} s"


def test_every_problem_reason_is_one_readable_line(corpus: tuple[Path, list[Case]]) -> None:
    folder, _ = corpus
    for problem in load(folder).problems:
        assert problem.reason and "\n" not in problem.reason
        assert "Traceback" not in problem.reason
        assert len(problem.reason) < 300


def test_loading_never_writes_to_the_scanned_folder(corpus: tuple[Path, list[Case]]) -> None:
    folder, _ = corpus
    before = _snapshot(folder)
    load(folder)
    assert _snapshot(folder) == before


def test_each_corpus_file_given_alone_loads_or_says_why(corpus: tuple[Path, list[Case]]) -> None:
    folder, cases = corpus
    for case in cases:
        path = folder / case.name.rstrip("/")
        if case.name.startswith("bad "):
            continue  # the undecodable name is reported with U+FFFD and cannot be opened by it
        try:
            loaded = load(path)
        except InputError as exc:  # a name that claims no mockup, or a folder of nothing
            dead_link = path.is_symlink() and not path.exists()
            assert case.expect is Expect.SKIPPED or path.is_dir() or dead_link, (case.name, exc)
            continue
        assert loaded.screens or loaded.problems, case.name


def test_unreadable_file_is_a_problem_and_the_rest_loads(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions")
    good = io.BytesIO()
    screen().save(good, "PNG")
    (tmp_path / "a.png").write_bytes(good.getvalue())
    locked = tmp_path / "locked.png"
    locked.write_bytes(good.getvalue())
    locked.chmod(0)
    try:
        loaded = load(tmp_path)
    finally:
        locked.chmod(0o644)
    assert [s.source for s in loaded.screens] == ["a.png"]
    assert "permission" in loaded.problems[0].reason


def test_unreadable_subfolder_is_a_problem(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root lists folders whatever their permissions")
    good = io.BytesIO()
    screen().save(good, "PNG")
    (tmp_path / "a.png").write_bytes(good.getvalue())
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked").chmod(0)
    try:
        loaded = load(tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [p.source for p in loaded.problems] == ["locked"]


# --- memory ---------------------------------------------------------------------------------


def _peak_rss_mb(code: str) -> float:
    """Run `code` in a fresh interpreter and return its peak resident memory in MB."""
    script = textwrap.dedent(
        f"""
        import json, resource, sys
        sys.path[:0] = [{str(SRC)!r}, {str(TESTS)!r}]
        {textwrap.indent(textwrap.dedent(code), "        ").strip()}
        print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    )
    return float(json.loads(done.stdout.strip().splitlines()[-1]))


def test_peak_memory_of_loading_only_the_bombs_stays_near_the_baseline(
    corpus: tuple[Path, list[Case]], tmp_path: Path
) -> None:
    folder, cases = corpus
    for case in cases:
        if "bomb" in case.name:
            (tmp_path / case.name).write_bytes((folder / case.name).read_bytes())
    baseline = _peak_rss_mb("from mockcheck.load import load; import PIL.Image, pypdfium2")
    peak = _peak_rss_mb(f"from mockcheck.load import load; load({str(tmp_path)!r})")
    # The bombs claim up to 2^62 pixels; only their headers may be read.
    assert peak - baseline < 100, f"peak {peak:.0f} MB, baseline {baseline:.0f} MB"


def test_peak_memory_of_loading_the_whole_corpus_is_under_1_gb(corpus: tuple[Path, list[Case]]) -> None:
    folder, _ = corpus
    peak = _peak_rss_mb(f"from mockcheck.load import load; load({str(folder)!r})")
    assert peak < 1024, f"peak {peak:.0f} MB"


@pytest.mark.slow
def test_peak_memory_of_an_image_just_under_the_pixel_limit_is_under_1_gb(tmp_path: Path) -> None:
    side = int(Limits().max_pixels ** 0.5) - 1
    # RGBA at the limit is the worst case: decode, alpha mask and RGB canvas are alive together.
    (tmp_path / "big.png").write_bytes(png_zero_bomb(side, side, color_type=6))
    peak = _peak_rss_mb(
        f"""
        from mockcheck.load import load
        loaded = load({str(tmp_path)!r})
        assert loaded.screens or loaded.problems
        """
    )
    assert peak < 1024, f"peak {peak:.0f} MB"


@pytest.mark.slow
def test_peak_memory_of_a_poster_pdf_is_under_1_gb(tmp_path: Path) -> None:
    from badfiles import pdf_pages

    (tmp_path / "poster.pdf").write_bytes(pdf_pages([(14400, 14400)] * 3))
    peak = _peak_rss_mb(f"from mockcheck.load import load; assert len(load({str(tmp_path)!r}).screens) == 3")
    assert peak < 1024, f"peak {peak:.0f} MB"


# --- property tests -------------------------------------------------------------------------

_SCRATCH = Path(tempfile.mkdtemp(prefix="mockcheck-fuzz-"))


def _seeds() -> dict[str, bytes]:
    """Valid files of every format, for the mutation strategy to damage."""
    seeds = {}
    for fmt, suffix in (
        ("PNG", ".png"),
        ("JPEG", ".jpg"),
        ("GIF", ".gif"),
        ("WEBP", ".webp"),
        ("TIFF", ".tiff"),
        ("BMP", ".bmp"),
    ):
        buffer = io.BytesIO()
        Image.new("RGB", (64, 64), (10, 200, 30)).save(buffer, fmt)
        seeds[suffix] = buffer.getvalue()
    seeds[".pdf"] = pil_pdf()
    return seeds


SEEDS = _seeds()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A valid file with a few bytes flipped, inserted or cut: deep inside the decoders, unlike random bytes."""
    suffix = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[suffix])
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "cut", "truncate", "big"]))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 16))]
        elif action == "truncate":
            del data[at:]
        else:  # a huge number where a size may be
            data[at : at + 4] = b"\x7f\xff\xff\xff"
        if not data:
            data = bytearray(b"\x00")
    return suffix, bytes(data)


def _load_bytes(suffix: str, data: bytes) -> None:
    path = _SCRATCH / f"case{suffix}"
    path.write_bytes(data)
    started = time.monotonic()
    loaded = load(path)
    assert time.monotonic() - started < 5
    assert bool(loaded.screens) or bool(loaded.problems)
    for shot in loaded.screens:
        assert shot.image.mode == "RGB"
        assert shot.image.width * shot.image.height <= Limits().max_pixels


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from(sorted(MOCKUP_SUFFIXES)), data=st.binary(max_size=2048))
def test_random_bytes_with_a_mockup_name_never_raise(suffix: str, data: bytes) -> None:
    _load_bytes(suffix, data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=mutated())
def test_damaged_valid_files_never_raise(case: tuple[str, bytes]) -> None:
    _load_bytes(*case)


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(
        st.text(
            st.characters(blacklist_categories=["Cs"], blacklist_characters="/\x00"), min_size=1, max_size=20
        ),
        min_size=1,
        max_size=6,
        unique=True,
    )
)
def test_any_file_names_load_in_a_total_order(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        written = []
        for name in names:
            if name in (".", "..") or len(name.encode()) > 200:
                continue
            (folder / (name + ".png")).write_bytes(SEEDS[".png"])
            written.append(name + ".png")
        if not written:
            return
        if all(name.startswith(".") for name in written):
            # Hidden files only ('.0.png'): nothing claims to be a mockup, which is a usage error.
            with pytest.raises(InputError):
                load(folder)
            return
        loaded = load(folder)
        reported = [s.source for s in loaded.screens] + list(loaded.skipped)
        assert sorted(reported) == sorted(written)


# --- regressions: what fuzzing and review found ---------------------------------------------


def test_zip_member_with_a_5000_digit_name_sorts_without_error(tmp_path: Path) -> None:
    # int() refuses digit runs over 4300 characters; zip member names may be 65535 bytes long.
    archive = tmp_path / "long.zip"
    archive.write_bytes(zip_bytes({"1" * 5000 + ".png": SEEDS[".png"], "2.png": SEEDS[".png"]}))
    sources = [s.source for s in load(archive).screens]
    assert sources == ["2.png", "1" * 5000 + ".png"]


def test_path_with_a_nul_byte_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load(str(tmp_path) + "/a\x00.png")


def test_real_heic_loads_when_pillow_heif_is_installed_else_says_export_as_png(tmp_path: Path) -> None:
    try:
        import pillow_heif
    except ImportError:
        (tmp_path / "photo.heic").write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
        (reason,) = [p.reason for p in load(tmp_path).problems]
        assert reason == "HEIC is not supported; export the screen as PNG"
        return
    heif = pillow_heif.from_pillow(screen())
    buffer = io.BytesIO()
    heif.save(buffer, quality=80)
    (tmp_path / "photo.heic").write_bytes(buffer.getvalue())
    (shot,) = load(tmp_path).screens
    assert shot.image.size == (360, 640) and shot.image.mode == "RGB"


def test_zip_needing_an_unknown_version_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    # Found by benchmarks/fuzz_load.py (crash-d13b9c74): zipfile raises NotImplementedError
    # ("zip file version 25.5") from its constructor when the central directory asks for it.
    data = bytearray(zip_bytes({"a.png": SEEDS[".png"]}))
    central = data.find(b"PK\x01\x02")
    data[central + 6] = 0xFF  # "version needed to extract"
    archive = tmp_path / "future.zip"
    archive.write_bytes(bytes(data))
    loaded = load(archive)
    assert loaded.screens == ()
    (problem,) = loaded.problems
    assert problem.source == "future.zip" and "zip" in problem.reason


def test_a_screen_whose_layout_analysis_fails_is_a_finding_and_the_rest_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mockcheck.pipeline as pipeline
    from mockcheck.layout import analyse
    from mockcheck.ocr import FakeEngine

    for i in range(3):
        Image.new("RGB", (120, 200), (250, 250, 250 - 40 * i)).save(tmp_path / f"Screen {i + 1}.png")

    def fragile(image: Image.Image, lines: tuple) -> object:
        if image.getpixel((0, 0))[2] == 210:  # the second screen
            raise ValueError("a bug")
        return analyse(image, lines)

    monkeypatch.setattr(pipeline, "analyse", fragile)
    report = pipeline.check(tmp_path, engine=FakeEngine())
    assert [s.source for s in report.screens] == ["Screen 1.png", "Screen 3.png"]
    problem = next(f for f in report.findings if f.rule == "unreadable-input")
    assert problem.source == "Screen 2.png" and "internal error" in problem.message


def test_a_sliver_of_text_on_the_last_row_of_pixels_is_laid_out() -> None:
    # A real screenshot's OCR found 'ee' 2 px high on its last row; the flood fill's seed fell outside.
    from mockcheck.layout import analyse
    from mockcheck.model import Line, Word

    image = Image.new("RGB", (1000, 856), "white")
    sliver = Line((Word("ee", (849, 854, 77, 2), 40.0),), (849, 854, 77, 2))
    body = Line((Word("Consent", (100, 100, 90, 20), 95.0),), (100, 100, 90, 20))
    layout = analyse(image, (body, sliver))
    assert any(e.text == "Consent" for e in layout.elements)
