"""OCR on drawn UI snippets: filled buttons, grey captions, dark mode, scale mapping and clean-up."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from mockcheck.ocr import TesseractEngine, glyph_height, is_garbage, prepare, working_scale

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def _screen(width: int, height: int, background: str = "#FFFFFF") -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (width, height), background)
    return image, ImageDraw.Draw(image)


def _words(image: Image.Image) -> list[str]:
    return [w.text.lower().strip(".,") for line in TesseractEngine().read(image) for w in line.words]


@needs_tesseract
def test_white_label_on_tiktok_red_pill_is_read() -> None:
    image, draw = _screen(360, 200)
    draw.rounded_rectangle((20, 70, 340, 118), radius=24, fill="#FE2C55")
    draw.text((180, 94), "Continue", font=ImageFont.truetype(BOLD, 16), fill="#FFFFFF", anchor="mm")
    assert "continue" in _words(image)


@needs_tesseract
def test_light_grey_caption_on_white_is_read() -> None:
    image, draw = _screen(360, 120)
    draw.text((20, 50), "Last synced three minutes ago", font=ImageFont.truetype(FONT, 12), fill="#9A9A9A")
    assert {"synced", "minutes"} <= set(_words(image))


@needs_tesseract
def test_dark_mode_text_and_button_are_read() -> None:
    image, draw = _screen(390, 260, "#121212")
    draw.text((20, 30), "Connecting to TikTok", font=ImageFont.truetype(BOLD, 22), fill="#F2F2F2")
    draw.rounded_rectangle((20, 150, 370, 200), radius=10, fill="#7C3AED")
    draw.text((195, 175), "Authorize", font=ImageFont.truetype(BOLD, 16), fill="#FFFFFF", anchor="mm")
    words = set(_words(image))
    assert {"connecting", "tiktok", "authorize"} <= words


@needs_tesseract
def test_boxes_map_back_to_original_pixels_after_retina_downscale() -> None:
    # 3x text is shrunk before OCR; the word box must still land on the drawn word.
    image, draw = _screen(1179, 600)
    font = ImageFont.truetype(FONT, 48)
    draw.text((100, 60), "Share your watch history", font=font, fill="#000000")
    draw.text((100, 250), "Proceed", font=font, fill="#000000")
    left, top, right, bottom = draw.textbbox((100, 250), "Proceed", font=font)
    assert prepare(image).scale < 1.0
    word = next(w for line in TesseractEngine().read(image) for w in line.words if w.text == "Proceed")
    x, y, w, h = word.box
    assert abs(x - left) <= 6 and abs(y - top) <= 6
    assert abs(x + w - right) <= 6 and abs(y + h - bottom) <= 6


def test_tiny_1x_text_is_upscaled_and_retina_text_downscaled() -> None:
    assert working_scale(6.0) > 2.0
    assert working_scale(30.0) < 0.7
    assert working_scale(16.0) == 1.0
    assert working_scale(None) == 1.0


def test_glyph_height_grows_with_font_size() -> None:
    heights = []
    for size in (12, 36):
        image, draw = _screen(600, 200)
        draw.text((10, 40), "Share your watch history", font=ImageFont.truetype(FONT, size), fill="#222222")
        import numpy as np

        heights.append(glyph_height(np.asarray(image.convert("L"))))
    assert heights[0] is not None and heights[1] is not None
    assert 2.0 < heights[1] / heights[0] < 4.0


def test_icons_and_unsure_non_words_are_garbage_but_words_are_kept() -> None:
    assert is_garbage("©", 90.0)
    assert is_garbage("|", 95.0)
    assert is_garbage("~~", 60.0)
    assert is_garbage("x3&", 20.0)
    assert not is_garbage("Cancel", 30.0)
    assert not is_garbage("TikTok", 90.0)
