"""A batch with 10% broken and hostile submissions completes, and every good submission's report is as in a clean run.

Issue 8's target is 200 submissions, 20 of them broken (marked slow); the default run has one
submission of each broken kind beside 6 good ones.
The OCR engine is a fake (test_batch.fake_engine), so the figures are about the batch, not OCR.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from badfiles import exif_rotated_jpeg, pdf_encrypted, png_zero_bomb, zip_bytes
from mockcheck.batch import BatchOptions, run_batch
from test_batch import fake_engine


def good_screen(index: int, shade: int) -> bytes:
    image = Image.new("RGB", (180, 320), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20 + shade % 200, 160, 60 + shade % 200), fill=(index % 256, 40, 200))
    draw.rectangle((30, 200, 30 + index % 120, 220), fill=(10, 10, 10))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def write_good(root: Path, index: int) -> None:
    """Folder submissions, with every fifth one a zip, each of two distinct screens."""
    name = f"app {index:03d}"
    files = {"Screen 1.png": good_screen(index, 10), "Screen 2.png": good_screen(index, 120)}
    if index % 5 == 0:
        (root / f"{name}.zip").write_bytes(zip_bytes({f"{name}/{k}": v for k, v in files.items()}))
        return
    folder = root / name
    folder.mkdir()
    for file_name, data in files.items():
        (folder / file_name).write_bytes(data)


def _zip_bomb(path: Path) -> None:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("Screen 1.png", "w") as member,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(101):  # 101 MB of zeros in ~100 KB: over max_file_bytes
            member.write(block)


def _folder(files: dict[str, bytes]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.mkdir()
        for name, data in files.items():
            (path / name).parent.mkdir(parents=True, exist_ok=True)
            (path / name).write_bytes(data)

    return make


def _loop(path: Path) -> None:
    path.mkdir()
    os.symlink("Screen 1.png", path / "Screen 1.png")  # a link to itself


def _outside(path: Path) -> None:
    path.mkdir()
    os.symlink("/etc/passwd", path / "Screen 1.png")


# The broken and hostile submissions, cycled through for however many the batch has.
BROKEN: list[tuple[str, Callable[[Path], None]]] = [
    ("truncated", _folder({"Screen 1.png": good_screen(1, 10)[:300]})),
    ("zero bytes", _folder({"Screen 1.png": b""})),
    ("pixel bomb", _folder({"Screen 1.png": png_zero_bomb(12_000, 12_000)})),
    ("zip bomb.zip", _zip_bomb),
    ("not a zip.zip", lambda p: p.write_bytes(b"PK\x03\x04 this is not a zip")),
    ("empty", lambda p: p.mkdir()),
    ("html named jpg", _folder({"Screen 1.jpg": b"<!doctype html><html><body>hi</body></html>"})),
    ("encrypted pdf", _folder({"flow.pdf": pdf_encrypted()})),
    ("zip slip.zip", lambda p: p.write_bytes(zip_bytes({"../../escape.png": b"\x89PNG broken"}))),
    ("link loop", _loop),
    ("link outside", _outside),
    ("only notes", _folder({"notes.txt": b"the real screens are on Figma"})),
    (
        "new\nline \u202e名前",
        _folder({"Screen\n1.png": b"\x89PNG\r\n\x1a\n", "rotated.jpg": exif_rotated_jpeg()[:200]}),
    ),
    (
        "nested.zip",
        lambda p: p.write_bytes(zip_bytes({"inner.zip": zip_bytes({"a.png": good_screen(2, 3)})})),
    ),
    ("bad settings", _folder({"Screen 1.png": b"", "mockcheck.toml": b"scopes = [unclosed"})),
]


def make_batch(root: Path, good_count: int, broken_count: int) -> tuple[list[str], list[str]]:
    """`good_count` good submissions and `broken_count` broken ones; returns (good names, broken names)."""
    root.mkdir()
    good = []
    for index in range(good_count):
        write_good(root, index)
        good.append(f"app {index:03d}" + (".zip" if index % 5 == 0 else ""))
    broken = []
    for i in range(broken_count):
        label, make = BROKEN[i % len(BROKEN)]
        name = f"broken {i:02d} {label}"
        make(root / name)
        broken.append(name)
    return good, broken


def run(tmp_path: Path, root: Path, tag: str) -> dict[str, dict]:
    summary = run_batch(
        BatchOptions(
            root=root,
            db=tmp_path / f"{tag}.sqlite",
            workers=2,
            jsonl=tmp_path / f"{tag}.jsonl",
            engine_factory=fake_engine,
            timeout=120,
        )
    )
    rows = [json.loads(line) for line in (tmp_path / f"{tag}.jsonl").read_text().splitlines()]
    assert len(rows) == summary.submissions
    return {row.pop("submission"): row for row in rows}


def check_batch_resilience(tmp_path: Path, good_count: int, broken_count: int) -> None:
    good, broken = make_batch(tmp_path / "mixed", good_count, broken_count)
    make_batch(tmp_path / "clean", good_count, 0)
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))

    mixed = run(tmp_path, tmp_path / "mixed", "mixed")
    clean = run(tmp_path, tmp_path / "clean", "clean")

    assert sorted(mixed) == sorted(good + broken)  # every submission has its row, the batch completed
    for name in good:
        assert mixed[name] == clean[name], name
        assert "error" not in mixed[name] and len(mixed[name]["screens"]) == 2
    for name in broken:
        row = mixed[name]
        # Either a failed report naming what could not be read, or an error row with the reason.
        assert row.get("error") or any(f["rule"] == "unreadable-input" for f in row["findings"]), name
    # Nothing was written beside or inside the submissions (no extraction, no escape from a zip).
    after = sorted(
        str(p.relative_to(tmp_path))
        for p in tmp_path.rglob("*")
        if not p.name.startswith(("mixed.", "clean."))
    )
    assert after == before


def test_every_kind_of_broken_submission_leaves_the_good_reports_as_in_a_clean_run(tmp_path: Path) -> None:
    check_batch_resilience(tmp_path, 6, len(BROKEN))


@pytest.mark.slow
def test_200_submissions_with_10_percent_broken_match_a_clean_run(tmp_path: Path) -> None:
    check_batch_resilience(tmp_path, 180, 20)
