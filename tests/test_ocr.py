"""OCR on drawn UI snippets: filled buttons, grey captions, dark mode, scale mapping and clean-up."""

from __future__ import annotations

import shutil
from pathlib import Path

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
    # Brand names in CamelCase, which Tesseract is often unsure of, are words too.
    assert not is_garbage("TikTok.", 40.0)
    assert not is_garbage("YouTube", 30.0)
    assert not is_garbage("TIkTok", 10.0)
    assert is_garbage("xTQ", 30.0)


# --- Regression cases from the dev corpus (benchmarks/ocr_corpus.py), drawn with Pillow.


def _jpeg(image: Image.Image, quality: int = 70) -> Image.Image:
    import io

    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def _app_tile(draw: ImageDraw.ImageDraw, x: int, y: int, label: str, icon: str, highlight: bool) -> None:
    # A 1x desktop tile as in s062: outlined card, a logo square, a 12-px label, a small link.
    draw.rounded_rectangle((x, y, x + 220, y + 128), radius=8, outline="#7C3AED" if highlight else "#E5E7EB",
                           width=2 if highlight else 1)  # fmt: skip
    draw.rounded_rectangle((x + 90, y + 18, x + 130, y + 58), radius=8, fill=icon)
    draw.ellipse((x + 100, y + 26, x + 118, y + 48), fill="#FFFFFF")
    small = ImageFont.truetype(FONT, 12)
    draw.text((x + 110, y + 74), label, font=small, fill="#161823", anchor="mm")
    draw.text((x + 110, y + 100), "Link", font=small, fill="#7C3AED", anchor="mm")


@needs_tesseract
def test_labels_under_logo_tiles_at_1x_are_read() -> None:
    # Page mode 3 took the tiles for pictures and read none of their labels (s062, s057, s050).
    image, draw = _screen(760, 420, "#FDFDF8")
    draw.text((20, 20), "Import content", font=ImageFont.truetype(BOLD, 22), fill="#161823")
    draw.text((20, 56), "Link an account to get started.", font=ImageFont.truetype(FONT, 13), fill="#6B7280")
    for i, (label, icon) in enumerate(
        (("Snapchat", "#FFFC00"), ("TikTok", "#000000"), ("Spotify", "#1DB954"))
    ):
        _app_tile(draw, 20 + i * 236, 100, label, icon, label == "TikTok")
    _app_tile(draw, 20, 250, "YouTube", "#FF0000", False)
    words = set(_words(image))
    assert {"tiktok", "spotify", "snapchat"} <= words


@needs_tesseract
def test_white_label_on_pastel_button_in_a_1x_jpeg_is_read() -> None:
    # s021: white "Next" on a #F4B4C4 full-width button, 1x iPhone, JPEG.
    image, draw = _screen(393, 300, "#F7F7F8")
    draw.text(
        (22, 30),
        "Gather uses it only to show you insights.",
        font=ImageFont.truetype(FONT, 12),
        fill="#161823",
    )
    draw.rectangle((22, 200, 371, 246), fill="#F4B4C4")
    draw.text((196, 223), "Next", font=ImageFont.truetype(FONT, 14), fill="#FFFFFF", anchor="mm")
    draw.text((196, 276), "Cancel", font=ImageFont.truetype(FONT, 14), fill="#161823", anchor="mm")
    assert "next" in _words(_jpeg(image))


@needs_tesseract
def test_lone_buttons_above_a_navigation_bar_are_read() -> None:
    # s037: "Next" in an outlined pill and "Back" alone, above Android's nav bar icons, at 2.625x.
    image, draw = _screen(1082, 1300, "#FAFAFA")
    draw.text(
        (541, 100), "Connecting to TikTok", font=ImageFont.truetype(BOLD, 52), fill="#111111", anchor="mm"
    )
    draw.rounded_rectangle((58, 820, 1024, 960), radius=40, outline="#F4B4C4", width=5)
    draw.text((541, 890), "Next", font=ImageFont.truetype(BOLD, 40), fill="#F4B4C4", anchor="mm")
    draw.text((541, 1020), "Back", font=ImageFont.truetype(BOLD, 40), fill="#111111", anchor="mm")
    draw.rectangle((0, 1140, 1082, 1300), fill="#F0F0F0")
    draw.polygon(((160, 1220), (200, 1190), (200, 1250)), outline="#222222", width=5)
    draw.ellipse((510, 1190, 572, 1252), outline="#222222", width=5)
    draw.rounded_rectangle((870, 1190, 930, 1250), radius=6, outline="#222222", width=5)
    words = _words(image)
    assert "next" in words and "back" in words


@needs_tesseract
def test_white_label_on_a_filled_jpeg_button_is_not_boxed_in() -> None:
    # s096: the background estimate leaves a dark rim round a filled button; the rim is erased.
    image, draw = _screen(750, 520, "#F7F7F8")
    draw.text((44, 40), "We'll sync again every day.", font=ImageFont.truetype(FONT, 28), fill="#6B7280")
    draw.rectangle((44, 300, 706, 394), fill="#5B5BD6")
    draw.text((375, 347), "Next", font=ImageFont.truetype(BOLD, 30), fill="#FFFFFF", anchor="mm")
    draw.text((375, 457), "Back", font=ImageFont.truetype(BOLD, 30), fill="#111111", anchor="mm")
    draw.rounded_rectangle((242, 500, 510, 510), radius=5, fill="#111111")
    words = _words(_jpeg(image, 80))
    assert "next" in words and "back" in words


@needs_tesseract
@pytest.mark.parametrize(
    ("name", "labels"),
    [
        ("small-filled-button-red.png", {"take", "back", "connect", "tiktok"}),
        ("small-filled-button-dark.png", {"back", "yes", "connect"}),
    ],
)
def test_labels_of_small_filled_buttons_on_a_1x_desktop_page_are_read(name: str, labels: set[str]) -> None:
    # Crops of two independent-corpus pages (i056, i060): the fill of a 36-px button came out
    # as brackets round its label ('Connect Ti', 'ikTok'; 'pack (Yes, connect'); flat fill
    # beside background is no ink.
    image = Image.open(Path(__file__).parent / "data" / name).convert("RGB")
    lines = TesseractEngine().read(image)
    assert {w.text.lower().strip(".,") for line in lines for w in line.words} >= labels
    assert not any("(" in line.text for line in lines)


@needs_tesseract
def test_small_outlined_pills_at_1x_are_read() -> None:
    # s050: "Add" in 1-px pill outlines on a dark 1x desktop list.
    image, draw = _screen(700, 260, "#111827")
    font = ImageFont.truetype(FONT, 13)
    for i, (name, detail) in enumerate(
        (("TikTok", "Import posts and stories"), ("Facebook", "Bring your uploads"))
    ):
        y = 40 + i * 90
        draw.rounded_rectangle((20, y, 56, y + 36), radius=8, fill="#1877F2" if i else "#000000")
        draw.text((70, y), name, font=font, fill="#F9FAFB")
        draw.text((70, y + 20), detail, font=font, fill="#9CA3AF")
        draw.rounded_rectangle((600, y + 2, 650, y + 36), radius=17, outline="#6B7280", width=1)
        draw.text((625, y + 19), "Add", font=font, fill="#F9FAFB", anchor="mm")
    assert _words(image).count("add") == 2


def test_second_look_finds_unread_label_shaped_ink_only() -> None:
    from mockcheck.ocr import unread_clusters

    image, draw = _screen(400, 200)
    draw.text((40, 40), "Not now", font=ImageFont.truetype(FONT, 16), fill="#000000")
    draw.ellipse((300, 30, 330, 60), fill="#000000")  # an icon: square, not label-shaped
    prepared = prepare(image)
    s = prepared.scale
    empty: dict[str, list] = {k: [] for k in ("text", "conf", "left", "top", "width", "height")}
    boxes = unread_clusters(prepared.ink, empty, 16.0)
    assert len(boxes) == 1
    x, y, w, h = (v / s for v in boxes[0])
    assert abs(x - 40) <= 4 and 55 <= w <= 70 and y < 50 < y + h
    # Once the page pass has read the words there, nothing is left to look at.
    read = {"text": ["Not", "now"], "conf": [90, 90], "left": [round(40 * s), round(75 * s)],
            "top": [round(40 * s)] * 2, "width": [round(30 * s), round(35 * s)], "height": [round(16 * s)] * 2}  # fmt: skip
    assert unread_clusters(prepared.ink, read, 16.0) == []
    # A short word read with doubt (clean-up may drop it as an icon) leaves its ink to look at again.
    doubted = {**read, "text": ["Net", "now"], "conf": [59, 90]}
    assert len(unread_clusters(prepared.ink, doubted, 16.0)) == 1


def test_crop_ink_gives_a_pastel_label_full_contrast() -> None:
    import numpy as np

    from mockcheck.ocr import crop_ink

    image, draw = _screen(120, 40, "#F4B4C4")
    draw.text((60, 20), "Next", font=ImageFont.truetype(BOLD, 16), fill="#FFFFFF", anchor="mm")
    ink = crop_ink(np.asarray(image), (0, 0, 120, 40), 2.0)
    assert ink is not None and ink.shape == (80, 240)
    assert ink.min() == 0 and np.median(ink) == 255
    assert crop_ink(np.full((40, 120, 3), 200, np.uint8), (0, 0, 120, 40), 1.0) is None


# --- Preparation helpers: cheaper ways to the same pixels.


def _button_screen() -> Image.Image:
    image, draw = _screen(360, 240)
    draw.text((20, 30), "Share your watch history", font=ImageFont.truetype(FONT, 16), fill="#161823")
    draw.text((20, 60), "Last synced three minutes ago", font=ImageFont.truetype(FONT, 12), fill="#9A9A9A")
    draw.rounded_rectangle((20, 150, 340, 198), radius=24, fill="#FE2C55")
    draw.text((180, 174), "Continue", font=ImageFont.truetype(BOLD, 16), fill="#FFFFFF", anchor="mm")
    return image


def test_background_from_a_shrunken_copy_finds_the_ink_a_full_size_median_does() -> None:
    import cv2
    import numpy as np

    from mockcheck.ocr import MIN_CONTRAST, channel_max, local_background

    rgb = np.asarray(_button_screen())
    full = channel_max(cv2.absdiff(rgb, cv2.medianBlur(rgb, 37)))
    coarse = channel_max(cv2.absdiff(rgb, local_background(rgb, 36)))
    strokes = full >= MIN_CONTRAST
    assert strokes.sum() > 500
    assert (coarse[strokes] >= MIN_CONTRAST).mean() >= 0.97
    # A button is its own background: its fill clear of the label and the rim is no ink.
    assert coarse[158:166, 60:120].max() < MIN_CONTRAST
    assert coarse[100:140, 20:340].max() < MIN_CONTRAST  # nor is the white page


def test_channel_max_and_components_match_numpy_and_opencv_defaults() -> None:
    import cv2
    import numpy as np

    from mockcheck.ocr import channel_max, components

    pixels = np.random.default_rng(6).integers(0, 256, (97, 131, 3), dtype=np.uint8)
    assert np.array_equal(channel_max(pixels), pixels.max(axis=2))
    binary = np.where(pixels[:, :, 0] > 200, 255, 0).astype(np.uint8)
    count, labels, stats = components(binary)
    expected_count, expected_labels, expected_stats, _ = cv2.connectedComponentsWithStats(
        binary, connectivity=8
    )
    assert count == expected_count
    # Same components, whatever the numbering: each one's pixels and box.
    assert sorted(map(tuple, stats[1:])) == sorted(map(tuple, expected_stats[1:]))
    assert len({(a, b) for a, b in zip(labels.ravel(), expected_labels.ravel(), strict=True)}) == count


@pytest.mark.parametrize("rings", [1, 12])
def test_outlines_are_erased_and_the_label_inside_kept(rings: int) -> None:
    # One outline is whitened within its box; a dozen nested ones cover the image many times
    # over and take the per-pixel lookup instead. Both must erase the same way.
    import numpy as np

    from mockcheck.ocr import _erase_outlines

    image, draw = _screen(400, 300)
    for k in range(rings):
        draw.rounded_rectangle(
            (10 + 6 * k, 10 + 6 * k, 390 - 6 * k, 290 - 6 * k), radius=12, outline="#000000"
        )
    draw.text((200, 150), "Not now", font=ImageFont.truetype(FONT, 16), fill="#000000", anchor="mm")
    ink = np.asarray(image.convert("L")).copy()
    label = ink[140:160, 160:240].copy()
    _erase_outlines(ink, 12.0)
    assert ink[10 : 10 + 6 * rings, 200].min() == 255  # the outlines' top edges are gone
    assert np.array_equal(ink[140:160, 160:240], label)


# --- Surfaces: a pixel's background is the colour of the surface it lies on or beside.


def _headline_screen(
    size: int, text: str, background: str, fill: str, banner: str | None = None
) -> Image.Image:
    # A heading many times the body text's height: the body text sets the glyph height, and so
    # the windows, that the heading's letters outgrow.
    image, draw = _screen(1082, 760, background)
    body = ImageFont.truetype(FONT, 30)
    colour = "#EEEEEE" if background == "#101010" else "#222222"
    for i, line in enumerate(["Link your account to bring your", "videos into Glowtrack and share"]):
        draw.text((60, 60 + 44 * i), line, font=body, fill=colour)
    if banner:
        draw.rectangle((0, 380 - size // 2 - 16, 1082, 380 + size // 2 + 16), fill=banner)
    draw.text((541, 380), text, font=ImageFont.truetype(BOLD, size), fill=fill, anchor="mm")
    for i, line in enumerate(["We only read your public videos.", "You can disconnect at any time."]):
        draw.text((60, 580 + 44 * i), line, font=body, fill=colour)
    return image


@needs_tesseract
@pytest.mark.parametrize("size", [64, 80])
@pytest.mark.parametrize(("background", "fill"), [("#FFFFFF", "#111111"), ("#101010", "#EEEEEE")])
def test_big_heading_letters_are_read_whole(size: int, background: str, fill: str) -> None:
    # A median as wide as the body text's windows, inside letters bigger than it, is the
    # letters' own colour: their strokes came out hollow and 'Connect TikTok' unread.
    assert {"connect", "tiktok"} <= set(_words(_headline_screen(size, "Connect TikTok", background, fill)))


@needs_tesseract
@pytest.mark.parametrize("jpeg", [False, True])
def test_big_white_heading_on_a_banner_as_tall_as_it_is_read(jpeg: bool) -> None:
    # b014 (brandkit corpus): a white title on a green band a little taller than the title; the
    # median round its letters was a mix of white and green, against which neither was ink.
    image = _headline_screen(80, "Connect TikTok", "#FFFFFF", "#FFFFFF", banner="#2BA33F")
    assert {"connect", "tiktok"} <= set(_words(_jpeg(image) if jpeg else image))


@pytest.mark.parametrize("jpeg", [False, True])
@pytest.mark.parametrize("fill", ["#B71C1C", "#4F46E5", "#111827"])
def test_rim_of_a_small_filled_button_is_no_ink(jpeg: bool, fill: str) -> None:
    # The anti-aliased rim between fill and page is a blend of both, ink against either: left
    # as a dotted ring round the label, Tesseract read it as brackets.
    import cv2
    import numpy as np

    from mockcheck.ocr import components, ink_image, rgb_pixels

    image, draw = _screen(560, 140)
    body = ImageFont.truetype(FONT, 12)
    draw.text(
        (20, 20), "Your chat history stays with you and the people you pick.", font=body, fill="#333333"
    )
    draw.rounded_rectangle((380, 80, 530, 116), radius=18, fill=fill)
    font = ImageFont.truetype(BOLD, 13)
    draw.text((455, 98), "Connect TikTok", font=font, fill="#FFFFFF", anchor="mm")
    left, top, right, bottom = draw.textbbox((455, 98), "Connect TikTok", font=font, anchor="mm")
    rgb = rgb_pixels(_jpeg(image) if jpeg else image)
    ink = ink_image(rgb, glyph_height(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)))
    label = ink[top - 2 : bottom + 2, left - 2 : right + 2]
    assert np.count_nonzero(label < 128) > 100
    around = ink[70:126, 370:540].copy()
    around[top - 72 : bottom - 68, left - 372 : right - 368] = 255
    # JPEG leaves a lone pixel or two; nothing that joins into a stroke.
    _, dark = cv2.threshold(around, 127, 255, cv2.THRESH_BINARY_INV)
    count, _, stats = components(dark)
    assert count == 1 or stats[1:, cv2.CC_STAT_AREA].max() <= 2


@needs_tesseract
@pytest.mark.parametrize("scale", [1, 2])
def test_underlined_link_is_read(scale: int) -> None:
    # An underline touching its letters' feet makes one component of the whole link, which
    # Tesseract's sparse layout took for a picture and skipped; the line goes, the letters stay.
    image, draw = _screen(390 * scale, 200 * scale)
    body = ImageFont.truetype(FONT, 15 * scale)
    draw.text((20 * scale, 30 * scale), "Share your watch history with us.", font=body, fill="#222222")
    draw.text((130 * scale, 120 * scale), "Maybe later", font=body, fill="#1F6FEB")
    left, _, right, bottom = draw.textbbox((130 * scale, 120 * scale), "Maybe later", font=body)
    draw.line((left, bottom - 3 * scale, right, bottom - 3 * scale), fill="#1F6FEB", width=scale)
    words = _words(image)
    # The line cuts the 'y' it crosses ('Mavbe'); the vocabulary's fuzzy match takes that.
    assert "later" in words
    assert any(len(word) == 5 and word.startswith("ma") for word in words)


@needs_tesseract
@pytest.mark.parametrize("quality", [50, 70])
@pytest.mark.parametrize(
    ("page", "fill"), [("#15171C", "#7C3AED"), ("#FFFFFF", "#4F46E5"), ("#FFFFFF", "#E11D48")]
)
def test_label_of_a_small_jpeg_button_is_read_without_the_fill_under_it(
    quality: int, page: str, fill: str
) -> None:
    # k014, k025 (saasdesk corpus): JPEG's ringing left no flat patch under a 1x button's label;
    # the nearest surface there was the page beyond the rim, so the fill under the label came
    # out as a black bar that Tesseract read into it. The button's ends, both sides of the
    # label's row, are its surface.
    import cv2

    from mockcheck.ocr import ink_image, rgb_pixels

    image, draw = _screen(800, 300, page)
    body = ImageFont.truetype(FONT, 11)
    colour = "#DDDDDD" if page != "#FFFFFF" else "#333333"
    for i, text in enumerate(
        ["TikTok", "Add your TikTok account to Vaultly in two clicks,", "Not connected"]
    ):
        draw.text((90, 60 + 20 * i), text, font=body, fill=colour)
    draw.rounded_rectangle((640, 90, 760, 120), radius=6, fill=fill)
    font = ImageFont.truetype(BOLD, 13)
    draw.text((700, 105), "Connect TikTok", font=font, fill="#FFFFFF", anchor="mm")
    left, _, right, bottom = draw.textbbox((700, 105), "Connect TikTok", font=font, anchor="mm")
    exported = _jpeg(image, quality)
    rgb = rgb_pixels(exported)
    ink = ink_image(rgb, glyph_height(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)))
    assert (ink[bottom + 1 : 118, left:right] < 128).sum() == 0
    words = _words(exported)
    assert "connect" in words and "tiktok" in words
