"""The in-process engine (tesserocr) reads what pytesseract reads; without it, pytesseract is used."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from mockcheck.ocr import TesseractEngine
from mockcheck.ocr_cache import CachingEngine, default_engine
from mockcheck.ocr_inprocess import available, tsv_to_data

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def drawn_screen() -> Image.Image:
    image = Image.new("RGB", (390, 500), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 20)
    for i, text in enumerate(["Connecting to TikTok", "We will receive your", "watch history", "Go back"]):
        draw.text((24, 40 + 44 * i), text, fill="black", font=font)
    draw.rounded_rectangle((20, 300, 370, 350), 20, fill=(254, 44, 85))
    draw.text((150, 312), "Continue", fill="white", font=font)
    return image


def test_tsv_rows_become_pytesseract_columns() -> None:
    tsv = "1\t1\t0\t0\t0\t0\t0\t0\t390\t500\t-1\t\n5\t1\t1\t1\t1\t1\t24\t40\t80\t20\t95.5\tConnecting\n"
    data = tsv_to_data(tsv)
    assert data["text"] == ["", "Connecting"]
    assert data["conf"] == [-1.0, 95.5]
    assert data["left"] == [0, 24] and data["line_num"] == [0, 1]


def test_mockcheck_ocr_pytesseract_forces_the_subprocess_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCKCHECK_OCR", "pytesseract")
    assert isinstance(default_engine(cached=False), TesseractEngine)
    assert isinstance(default_engine(cached=True), CachingEngine)


@pytest.mark.skipif(not available(), reason="tesserocr is not installed (pip install 'mockcheck[fast]')")
def test_tesserocr_reads_the_same_lines_as_pytesseract() -> None:
    from mockcheck.ocr_inprocess import TesserocrEngine

    image = drawn_screen()
    inprocess = TesserocrEngine().read(image)
    subprocess = TesseractEngine().read(image)
    assert [line.text for line in inprocess] == [line.text for line in subprocess]
    assert [line.box for line in inprocess] == [line.box for line in subprocess]
    assert "Continue" in [line.text for line in inprocess]
