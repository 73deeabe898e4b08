"""The OCR engine behind a small interface: image in, text lines with word boxes out."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

import cv2
import numpy as np
from PIL import Image

from mockcheck.errors import MissingDependencyError
from mockcheck.model import Box, Line, Word

# --- Scale. Tesseract's LSTM reads best when glyphs are a couple of dozen pixels tall; UI
# screenshots range from 360-px 1x phones (body glyphs ~7 px) to 3x retina (~26 px) and 2x
# desktops. The median height of glyph-like connected components measures this directly.
# Evidence (benchmarks/ocr_quality.py, dev screens): see TARGET_GLYPH_HEIGHT.
TARGET_GLYPH_HEIGHT = 16.0
# Only rescale when the measured glyph height is outside this band: inside it Tesseract reads
# as well either way, and resizing costs time (upscaling a 2x desktop doubles OCR time).
GLYPH_HEIGHT_OK = (13.0, 22.0)
MIN_SCALE, MAX_SCALE = 0.35, 3.0
# Glyph measuring works on at most this width: enough for 1x 12-px captions, cheap on retina.
MEASURE_MAX_WIDTH = 1200
# Fewer glyph-like components than this (a lone button, a blank screen) is no measurement.
MIN_GLYPHS = 5
# Without a measurement, outlines are judged against a body-text glyph of this size.
DEFAULT_GLYPH_HEIGHT = 12.0

# --- Ink image. Every pixel's distance from its local background colour, so dark text on
# white, white text on a red button and light text on a dark theme all become dark on white.
# The background is a median over BACKGROUND_WINDOW px (at working scale): wider than the
# strokes of bold headings, narrower than a button, so a button's fill is its own background.
BACKGROUND_WINDOW = 36
# The median runs on a shrunken image with a kernel of about this size (at 1/4 size: ~16x cheaper).
BACKGROUND_KERNEL = 9
# Colour distance below INK_FLOOR is JPEG q40 ringing and gradients; at INK_FULL it is fully
# dark ink (grey #9a9a9a captions on white differ by 101, so they become black).
INK_FLOOR = 12
# Contrast below this is not text (gradients, shadows); #9a9a9a on white is 101, dark-mode
# captions #8a8a8a on #121212 are 120.
MIN_CONTRAST = 60
# Ink at this fraction of the local contrast is fully dark: stroke centres, not their edges.
INK_SATURATION = 0.8
# Outlines: components spanning this many glyph heights yet filling under this fraction of
# their bounding box (a pill outline fills ~0.1, a heading letter ~0.4).
OUTLINE_MIN_GLYPHS = 5.0
OUTLINE_MAX_FILL = 0.2

# --- Clean-up. Icons come out as "©", "|", "~~", "»": tokens with no letter or digit are
# dropped; a token Tesseract is unsure of survives only when it looks like a word.
LOW_CONFIDENCE = 45.0
PLAUSIBLE_WORD = re.compile(r"[(\"'“‘]?[A-Za-z][a-z]+[.,:;!?'’\")”]*|[A-Z]{2,}|\d+[.,:%]?\d*")
# Words further apart than this many line heights are separate lines (two buttons in a row,
# tab bar labels) even when Tesseract joins them.
LINE_GAP_FACTOR = 1.6

TESSERACT_CONFIG = "--psm 3"


class OcrEngine(Protocol):
    def read(self, image: Image.Image) -> tuple[Line, ...]:
        """Text lines of `image` (RGB) in reading order, boxes in `image` pixels."""
        ...


@dataclass(frozen=True)
class Prepared:
    """The image Tesseract reads, and how its pixels map back to the original."""

    ink: np.ndarray  # uint8 grey, dark text on white
    scale: float  # prepared pixels per original pixel
    glyph_height: float | None  # median glyph height in original pixels, if measurable


def glyph_height(gray: np.ndarray) -> float | None:
    """Median height of glyph-like components, in `gray` pixels; None when there is too little text."""
    factor = min(1.0, MEASURE_MAX_WIDTH / gray.shape[1])
    small = (
        gray if factor == 1.0 else cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    )
    ink = cv2.absdiff(small, cv2.medianBlur(small, 31))
    _, bw = cv2.threshold(ink, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    h = stats[1:, cv2.CC_STAT_HEIGHT]
    w = stats[1:, cv2.CC_STAT_WIDTH]
    area = stats[1:, cv2.CC_STAT_AREA]
    # Glyphs: not tiny specks, not long rules or box outlines, not solid blocks.
    glyph = (h >= 3) & (h <= 150) & (w <= 2 * h + 2) & (area >= 6) & (area <= 0.9 * w * h)
    if glyph.sum() < MIN_GLYPHS:
        return None
    return float(np.median(h[glyph])) / factor


def working_scale(height: float | None) -> float:
    if height is None or GLYPH_HEIGHT_OK[0] <= height <= GLYPH_HEIGHT_OK[1]:
        return 1.0
    return float(np.clip(TARGET_GLYPH_HEIGHT / height, MIN_SCALE, MAX_SCALE))


def ink_image(rgb: np.ndarray, glyph: float | None = None, scale: float = 1.0) -> np.ndarray:
    """Dark-on-white rendering of whatever differs from its local background, any polarity or colour.

    Ink is divided by the local text contrast, so grey captions come out as black as black body
    text while anti-aliased edges stay grey (a fixed gain bolds bold headings shut and turns JPEG
    ringing into blots). Box outlines and rules are then erased: Tesseract mistakes text inside a
    tight pill outline for a picture and skips it. `scale` is working pixels per `rgb` pixel:
    the window sizes are in working pixels, so an image to be upscaled is processed small.
    """
    h, w = rgb.shape[:2]
    window = BACKGROUND_WINDOW / scale
    step = max(1, round(window / BACKGROUND_KERNEL))
    kernel = max(3, int(window / step) | 1)
    small_size = (max(1, w // step), max(1, h // step))
    small = rgb if step == 1 else cv2.resize(rgb, small_size, interpolation=cv2.INTER_AREA)
    background = cv2.resize(cv2.medianBlur(small, kernel), (w, h), interpolation=cv2.INTER_LINEAR)
    ink = cv2.absdiff(rgb, background).max(axis=2)
    small_ink = ink if step == 1 else cv2.resize(ink, small_size, interpolation=cv2.INTER_NEAREST)
    contrast = cv2.dilate(small_ink, np.ones((kernel, kernel), np.uint8))
    if step != 1:
        contrast = cv2.resize(contrast, (w, h), interpolation=cv2.INTER_LINEAR)
    contrast = contrast.astype(np.float32)
    contrast = np.maximum(contrast, MIN_CONTRAST)
    level = np.clip((ink.astype(np.float32) - INK_FLOOR) / (contrast * INK_SATURATION - INK_FLOOR), 0, 1)
    out = (255 * (1 - level)).astype(np.uint8)
    _erase_outlines(out, glyph or DEFAULT_GLYPH_HEIGHT)
    return out


def _erase_outlines(ink: np.ndarray, glyph: float) -> None:
    """Whiten thin components much larger than a glyph: button borders, pill outlines, dividers."""
    _, bw = cv2.threshold(ink, 128, 255, cv2.THRESH_BINARY_INV)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    w = stats[:, cv2.CC_STAT_WIDTH]
    h = stats[:, cv2.CC_STAT_HEIGHT]
    area = stats[:, cv2.CC_STAT_AREA]
    big = (w >= OUTLINE_MIN_GLYPHS * glyph) | (h >= OUTLINE_MIN_GLYPHS * glyph)
    thin = area < OUTLINE_MAX_FILL * w * h
    outline = big & thin
    outline[0] = False
    if outline.any():
        mask = outline[labels]
        # Anti-aliased fringes of the outline are below the threshold; take them too.
        mask = cv2.dilate(mask.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
        ink[mask] = 255


def prepare(image: Image.Image) -> Prepared:
    """Scale `image` so text is Tesseract-sized and turn it into dark ink on white."""
    rgb = np.asarray(image.convert("RGB"))
    height = glyph_height(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    scale = working_scale(height)
    if scale < 1.0:
        # Retina: shrink first, everything after is cheaper (the biggest speed win).
        rgb = cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        return Prepared(ink_image(rgb, height * scale if height else None), scale, height)
    # Tiny text: find the ink at native size, then enlarge the one grey channel.
    ink = ink_image(rgb, height, scale)
    if scale > 1.0:
        ink = cv2.resize(ink, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return Prepared(ink, scale, height)


def is_garbage(text: str, conf: float) -> bool:
    if not any(ch.isalnum() for ch in text):
        return True
    return conf < LOW_CONFIDENCE and not PLAUSIBLE_WORD.fullmatch(text)


def _unscale(box: Box, scale: float, limits: tuple[int, int]) -> Box:
    x, y, w, h = box
    x0, y0 = int(x / scale), int(y / scale)
    x1 = min(limits[0], int(np.ceil((x + w) / scale)))
    y1 = min(limits[1], int(np.ceil((y + h) / scale)))
    return (x0, y0, max(1, x1 - x0), max(1, y1 - y0))


def _line_of(words: list[Word]) -> Line:
    words.sort(key=lambda w: w.box[0])
    x0 = min(w.box[0] for w in words)
    y0 = min(w.box[1] for w in words)
    x1 = max(w.box[0] + w.box[2] for w in words)
    y1 = max(w.box[1] + w.box[3] for w in words)
    return Line(tuple(words), (x0, y0, x1 - x0, y1 - y0))


def _split_wide_gaps(words: list[Word]) -> list[list[Word]]:
    words = sorted(words, key=lambda w: w.box[0])
    height = float(np.median([w.box[3] for w in words]))
    runs: list[list[Word]] = [[words[0]]]
    for prev, word in pairwise(words):
        gap = word.box[0] - (prev.box[0] + prev.box[2])
        if gap > LINE_GAP_FACTOR * height:
            runs.append([word])
        else:
            runs[-1].append(word)
    return runs


def _lines_from_data(
    data: dict[str, list], scale: float = 1.0, limits: tuple[int, int] | None = None
) -> tuple[Line, ...]:
    """Tesseract's image_to_data rows → clean lines in reading order, boxes divided by `scale`."""
    limits = limits or (1 << 30, 1 << 30)
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for i, raw in enumerate(data["text"]):
        text = raw.strip()
        conf = float(data["conf"][i])
        if not text or conf < 0 or is_garbage(text, conf):
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        box = (data["left"][i], data["top"][i], data["width"][i], data["height"][i])
        groups.setdefault(key, []).append(Word(text, _unscale(box, scale, limits), conf))
    lines = [_line_of(run) for words in groups.values() for run in _split_wide_gaps(words)]
    return reading_order(lines)


def reading_order(lines: list[Line]) -> tuple[Line, ...]:
    """Top to bottom; lines whose vertical centres are within half a line height count as one row."""
    lines = sorted(lines, key=lambda ln: ln.box[1] + ln.box[3] / 2)
    rows: list[list[Line]] = []
    for line in lines:
        centre = line.box[1] + line.box[3] / 2
        if rows:
            last = rows[-1][0]
            if abs(centre - (last.box[1] + last.box[3] / 2)) < 0.5 * min(line.box[3], last.box[3]):
                rows[-1].append(line)
                continue
        rows.append([line])
    return tuple(ln for row in rows for ln in sorted(row, key=lambda ln: ln.box[0]))


class TesseractEngine:
    """Tesseract through pytesseract on a rescaled, polarity-normalised image (one process per call)."""

    def __init__(self) -> None:
        if shutil.which("tesseract") is None:
            raise MissingDependencyError(
                "Tesseract OCR is not installed: install it with 'sudo apt-get install tesseract-ocr' "
                "(macOS: 'brew install tesseract')."
            )

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        prepared = prepare(image)
        data = _image_to_data(prepared.ink, TESSERACT_CONFIG)
        return _lines_from_data(data, prepared.scale, image.size)


def _image_to_data(image: np.ndarray, config: str) -> dict[str, list]:
    import pytesseract

    from mockcheck.ocr_guard import tesseract_timeout

    # Tesseract's OpenMP threads fight each other (and other workers) on shared cores: one
    # thread per process is faster in a pool. pytesseract's subprocess inherits os.environ, so
    # the limit is set around the call only, unless the caller chose one.
    chosen = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = chosen or "1"
    try:
        return pytesseract.image_to_data(
            image,
            lang="eng",
            config=config,
            output_type=pytesseract.Output.DICT,
            # Past the OCR time limit the tesseract process is killed (ocr_guard.py).
            timeout=tesseract_timeout(),
        )
    finally:
        if chosen is None:
            del os.environ["OMP_THREAD_LIMIT"]


class FakeEngine:
    """Returns given lines whatever the image: for testing the later stages without OCR."""

    def __init__(self, lines: tuple[Line, ...] = ()) -> None:
        self.lines = lines

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        return self.lines
