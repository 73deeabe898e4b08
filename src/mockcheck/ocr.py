"""The OCR engine behind a small interface: image in, text lines with word boxes out."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

import cv2
import numpy as np
from PIL import Image

from mockcheck.errors import MissingDependencyError
from mockcheck.model import Box, Line, Word, boxes_overlap
from mockcheck.textmatch import mentions_tiktok

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
# The measuring copy's background is its median over this many px: wider than body glyphs.
# At full size, unlike ink_image's, though it is a third of prepare()'s CPU time (~30 ms a dev
# screen): computed on a copy shrunk 3x (or even 2x) it moved the measured height on 73-83 of
# the 486 dev screens, 29 by more than 1 px, and with it the scale Tesseract reads at; on every
# 2nd dev screen (benchmarks/ocr_corpus.py) button-label recall fell from 99.0% to 98.4%.
GLYPH_BACKGROUND_WINDOW = 31
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
# Rules: components that long and at most this many glyph heights thick (dividers, the edges
# of a filled button left by the background estimate, the home indicator). Solid, so the fill
# test above misses them, and Tesseract reads a box of them round a label as a picture.
RULE_MAX_THICKNESS = 0.35
# A rule is straight for at least this many glyph heights; letters touching it reach at least
# RULE_GLYPH_MIN glyph heights across it (anti-aliased fringe reaches less).
RULE_RUN_GLYPHS = 2.0
RULE_GLYPH_MIN = 0.3
# Underlined text: a component at most UNDERLINE_MAX_GLYPHS glyph heights tall whose straight
# line runs UNDERLINE_SPAN of its width.
UNDERLINE_MAX_GLYPHS = 3.0
UNDERLINE_SPAN = 0.8
# Rings: components filling under RING_MAX_FILL of their box with at most RING_MAX_INSIDE of
# their pixels further than RING_BAND of the box's smaller side from its edge.
RING_MAX_FILL = 0.6
RING_BAND = 0.25
RING_MAX_INSIDE = 0.03
# Surfaces (_surface_background): patches RIM_REACH glyph heights square whose brightness
# varies by at most RIM_COLOUR_TOLERANCE (JPEG q40 noise on a flat fill is about 12) and each
# channel by at most RIM_CHROMA_TOLERANCE.
RIM_REACH = 1.0
RIM_COLOUR_TOLERANCE = 20
RIM_CHROMA_TOLERANCE = 64
# A pixel off every surface takes the colour of the nearest within SURFACE_REACH patches;
# the nearest is looked up on a copy with SURFACE_CELLS cells a patch side.
SURFACE_REACH = 3.0
SURFACE_CELLS = 4
# ... unless the surfaces on both sides of its row, at most SURFACE_SPAN patches apart, agree.
SURFACE_SPAN = 16.0
# Seams between two surfaces are looked for this many px square round a pixel.
SEAM_REACH = 5
SEAM_CONTRAST = 60

# --- Clean-up. Icons come out as "©", "|", "~~", "»": tokens with no letter or digit are
# dropped; a token Tesseract is unsure of survives only when it looks like a word, brand names
# in CamelCase included (it read 'TikTok.' at confidence 40 on a light grey line).
LOW_CONFIDENCE = 45.0
PLAUSIBLE_WORD = re.compile(r"[(\"'“‘]?[A-Za-z][a-z]+(?:[A-Z][a-z]+)*[.,:;!?'’\")”]*|[A-Z]{2,}|\d+[.,:%]?\d*")
# A line of one word of up to ICON_WORD_CHARS characters, below ICON_WORD_CONF, at least
# ICON_WORD_HEIGHT times the median line height is an icon read as letters.
ICON_WORD_CHARS = 3
ICON_WORD_CONF = 60.0
ICON_WORD_HEIGHT = 1.6
# Words further apart than this many line heights are separate lines (two buttons in a row,
# tab bar labels) even when Tesseract joins them.
LINE_GAP_FACTOR = 1.6

# Page segmentation: sparse text (11), not automatic (3). Mode 3's layout analysis drops lone
# labels beside icons and logos as pictures: the "Next"/"Back" pair above an Android nav bar,
# the names under app tiles, "Allow"/"Not now" under a consent card. On every 6th dev corpus
# screen (81, benchmarks/ocr_corpus.py) mode 11 read 94.8% of the words against 93.1%, button
# labels 96.6% against 94.8%, in the same CPU time. Each text line is its own block in mode
# 11, which _lines_from_data handles as before.
TESSERACT_PSM = 11
TESSERACT_CONFIG = f"--psm {TESSERACT_PSM}"

# --- Second look: label-shaped clusters of ink that the page pass read nothing from (a white
# label on a pastel button, a pill's label inside its 1x outline) are cut out of the original
# pixels, given their own contrast, and read together in one small extra Tesseract call.
# A cluster is glyph-sized components (or letters run together, up to SECOND_LOOK_MAX_RUN
# glyph heights wide, as blurry 1x JPEG labels are)...
SECOND_LOOK_MAX_RUN = 6.0
# ...joined across gaps under this many glyph heights, in a box this many glyph heights tall
# and at least this much wider than tall (icons are square, labels are wide).
SECOND_LOOK_JOIN = 0.8
SECOND_LOOK_HEIGHT = (0.6, 2.6)
SECOND_LOOK_MIN_ASPECT = 1.3
# Clusters are found on a copy with glyphs about this tall.
SECOND_LOOK_GLYPH = 8.0
# At most this many clusters per screen (a busy screen's leftovers are icons, not labels).
SECOND_LOOK_MAX = 24
# Words read there count when Tesseract is this sure of them.
SECOND_LOOK_MIN_CONF = 60.0
# A crop's ink: distance from its border colour, full at this fraction of its strongest
# contrast (white on #F4B4C4 is a 75-level step, below the page pass's saturation).
SECOND_LOOK_SATURATION = 0.7

LUMA = np.array([0.299, 0.587, 0.114], np.float32)
# The stacked pieces are read as one block of lines: sparse mode finds nothing on so small a sheet.
SECOND_LOOK_PSM = 6

# Runs Tesseract on a prepared grey image with a page segmentation mode: image_to_data's dict.
Runner = Callable[[np.ndarray, int], dict[str, list]]


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


def components(binary: np.ndarray) -> tuple[int, np.ndarray, np.ndarray]:
    """(count, labels, stats) of the 8-connected components of `binary`.

    Block-based (BBDT) labelling: the same components as OpenCV's default (Spaghetti) in half
    its CPU time here, 10 against 21 ms a prepared dev screen on one thread.
    """
    count, labels, stats, _ = cv2.connectedComponentsWithStatsWithAlgorithm(
        binary, 8, cv2.CV_32S, cv2.CCL_BBDT
    )
    return count, labels, stats


def glyph_height(gray: np.ndarray) -> float | None:
    """Median height of glyph-like components, in `gray` pixels; None when there is too little text."""
    factor = min(1.0, MEASURE_MAX_WIDTH / gray.shape[1])
    small = (
        gray if factor == 1.0 else cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    )
    ink = cv2.absdiff(small, cv2.medianBlur(small, GLYPH_BACKGROUND_WINDOW))
    _, bw = cv2.threshold(ink, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    _, _, stats = components(bw)
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


def _reduction(window: float) -> tuple[int, int]:
    """(shrink step, median kernel) for a median over about `window` px run on a shrunken copy."""
    step = max(1, round(window / BACKGROUND_KERNEL))
    return step, max(3, int(window / step) | 1)


def local_background(image: np.ndarray, window: float) -> np.ndarray:
    """Median colour of about `window` px round each pixel (uint8, any channels), at `image`'s size.

    Computed on a copy shrunk so the kernel is about BACKGROUND_KERNEL, then enlarged: surfaces
    (page, card, button fill) are wider than the window, so the coarse estimate is their colour.
    """
    h, w = image.shape[:2]
    step, kernel = _reduction(window)
    if step == 1:
        return cv2.medianBlur(image, kernel)
    small = cv2.resize(image, (max(1, w // step), max(1, h // step)), interpolation=cv2.INTER_AREA)
    return cv2.resize(cv2.medianBlur(small, kernel), (w, h), interpolation=cv2.INTER_LINEAR)


def _grey(image: np.ndarray) -> np.ndarray:
    """Brightness of each pixel; a one-channel image is its own."""
    return image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def _flat(rgb: np.ndarray, grey: np.ndarray, size: int) -> np.ndarray:
    """Centres of `size`-px square patches of one flat colour (bool), within JPEG's noise;
    `grey` is `rgb`'s brightness."""
    kernel = np.ones((size, size), np.uint8)

    def spread(channel: np.ndarray) -> np.ndarray:
        return cv2.subtract(cv2.dilate(channel, kernel), cv2.erode(channel, kernel))

    if rgb.ndim == 2:
        return spread(grey) <= RIM_COLOUR_TOLERANCE
    # JPEG keeps brightness at full resolution but halves colour: a saturated blue fill
    # varies by 40 in its blue channel and by 3 in brightness. Flat is flat in brightness,
    # with the colour channels allowed JPEG's chroma noise.
    flat = spread(grey) <= RIM_COLOUR_TOLERANCE
    for channel in cv2.split(rgb):
        flat &= spread(channel) <= RIM_CHROMA_TOLERANCE
    return flat


def _surface_background(
    rgb: np.ndarray, grey: np.ndarray, coarse: np.ndarray, flat: np.ndarray, k: int
) -> np.ndarray:
    """Each pixel's surface colour: its own where it lies on a surface (`flat`: centres of k-px
    patches of one colour, which no stroke of body text fills, and what grows from them), else
    the colour of the nearest surface within SURFACE_REACH patches, else `coarse`.

    The coarse median is wrong at the edges of surfaces smaller than its window: along a small
    button's rim it is the page's colour, so the button's own fill came out as ink, brackets
    Tesseract read into the label ('Connect TikTok' read 'Comes)'); in a heading whose letters
    fill its window it is a mix of letter and fill, against which neither is ink.
    """
    surface = cv2.dilate(flat.view(np.uint8), np.ones((k, k), np.uint8))
    if not surface.any():
        return coarse
    h, w = rgb.shape[:2]
    # Surface colours vary over patches, not pixels: they are found on a copy shrunk to a few
    # cells a patch, where the area average of a cell mostly on surface, divided by its surface
    # share, is the surface's colour there.
    step = max(1, k // SURFACE_CELLS)
    size = (max(1, w // step), max(1, h // step))
    share = cv2.resize(cv2.multiply(surface, 255), size, interpolation=cv2.INTER_AREA)
    solid = (share >= 128).view(np.uint8)
    if not solid.any():
        return coarse
    masked = cv2.resize(cv2.bitwise_and(rgb, rgb, mask=surface), size, interpolation=cv2.INTER_AREA)
    scale = np.where(solid, np.float32(255) / np.maximum(share, 1), 0).astype(np.float32)
    colour = masked.astype(np.float32) * (scale if masked.ndim == 2 else scale[:, :, None])
    _grow_surfaces(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA), solid, colour, 2 * SURFACE_CELLS)
    distance, labels = cv2.distanceTransformWithLabels(
        1 - solid, cv2.DIST_L2, 3, labelType=cv2.DIST_LABEL_PIXEL
    )
    table = np.zeros((labels.max() + 1, *masked.shape[2:]), np.uint8)
    inside = solid > 0
    table[labels[inside]] = np.clip(colour[inside] + 0.5, 0, 255).astype(np.uint8)
    nearest = table[labels]
    far = distance > SURFACE_REACH * k / step
    # A label's own surface is the one on both sides of its line: under a label on a small JPEG
    # button no patch fits, and the nearest surface there was the page beyond the rim.
    enclosing, enclosed = _enclosing_colour(solid, colour, round(SURFACE_SPAN * k / step))
    nearest[enclosed] = enclosing[enclosed]
    far &= ~enclosed
    # The coarse estimate is smooth over many cells: sampled at their centres, it is itself.
    sampled = coarse[step // 2 :: step, step // 2 :: step][: size[1], : size[0]]
    nearest[far] = sampled[far]
    out = cv2.resize(nearest, (w, h), interpolation=cv2.INTER_LINEAR)
    # The pixels of the rounded corners and thin margins of a button, where no patch fits, and
    # of the counters of letters are surface too when their brightness is the surface's.
    _, close = cv2.threshold(cv2.absdiff(grey, _grey(out)), RIM_COLOUR_TOLERANCE, 1, cv2.THRESH_BINARY_INV)
    cv2.bitwise_or(surface, close, dst=surface)
    _take_seams(grey, surface)
    cv2.copyTo(rgb, surface, out)
    return out


def _enclosing_colour(solid: np.ndarray, colour: np.ndarray, span: int) -> tuple[np.ndarray, np.ndarray]:
    """The colour of the surface cells left and right of each cell, where the two are within
    `span` cells of each other and of one colour (uint8 colours, bool mask of where they are)."""
    h, w = solid.shape
    inside = solid > 0
    columns = np.arange(w, dtype=np.int32)[None, :]
    left = np.maximum.accumulate(np.where(inside, columns, -1), axis=1)
    right = np.minimum.accumulate(np.where(inside, columns, w)[:, ::-1], axis=1)[:, ::-1]
    enclosed = (left >= 0) & (right < w) & (right - left <= span)
    rows = np.arange(h)[:, None]
    on_left = colour[rows, np.clip(left, 0, w - 1)]
    on_right = colour[rows, np.clip(right, 0, w - 1)]
    differ = np.abs(on_left - on_right)
    enclosed &= (differ if differ.ndim == 2 else differ.max(axis=2)) <= RIM_COLOUR_TOLERANCE
    return np.clip((on_left + on_right) / 2 + 0.5, 0, 255).astype(np.uint8), enclosed


def _take_seams(grey: np.ndarray, surface: np.ndarray) -> None:
    """Add to `surface` the anti-aliased seams where two surfaces meet: pixels beside both, of a
    brightness between theirs. A button's rim against the page is a blend of fill and page,
    ink against either, and left as a dotted ring round the label it was read as brackets.

    The two must differ by SEAM_CONTRAST: growth takes JPEG noise at the edge of small pastel
    text into the fill, a near second surface only a little brighter.
    """
    seam = np.ones((SEAM_REACH, SEAM_REACH), np.uint8)
    on = surface > 0
    brightest = cv2.dilate(np.where(on, grey, 0).astype(np.uint8), seam).astype(np.int16)
    darkest = cv2.erode(np.where(on, grey, 255).astype(np.uint8), seam).astype(np.int16)
    level = grey.astype(np.int16)
    between = ~on & (brightest - darkest > SEAM_CONTRAST)
    between &= (level >= darkest - RIM_COLOUR_TOLERANCE) & (level <= brightest + RIM_COLOUR_TOLERANCE)
    surface[between] = 1


def _grow_surfaces(cells: np.ndarray, solid: np.ndarray, colour: np.ndarray, steps: int) -> None:
    """Grow `solid` (uint8 0/1 cells, `colour` float32 their surface's colour) a cell a step into
    neighbours of the colour of the surface they touch: a button's fill under its label, where
    JPEG's ringing leaves no flat patch, is still the button's, not the page's beyond its rim.

    A cell taken in gets the surface's colour, not its own, as the one the next step compares
    with: else the growth would creep along an anti-aliased edge into a letter.
    """
    ring = np.ones((3, 3), np.uint8)
    grey = _grey(cells)
    for _ in range(steps):
        edge = cv2.dilate(solid, ring) > solid
        if not edge.any():
            return
        weight = cv2.blur(solid.astype(np.float32), (3, 3))[edge]
        level = cv2.blur(colour, (3, 3))[edge] / (weight if colour.ndim == 2 else weight[:, None])
        level_grey = level if colour.ndim == 2 else level @ np.float32([0.299, 0.587, 0.114])
        close = np.abs(grey[edge] - level_grey) <= RIM_COLOUR_TOLERANCE
        if not close.any():
            return
        ys, xs = np.nonzero(edge)
        solid[ys[close], xs[close]] = 1
        colour[ys[close], xs[close]] = level[close]


def channel_max(image: np.ndarray) -> np.ndarray:
    """Largest channel of each pixel: 2.5 ms a dev screen, where numpy's max(axis=2) took 53 ms."""
    if image.ndim == 2:
        return image
    channels = cv2.split(image)
    out = channels[0]
    for channel in channels[1:]:
        out = cv2.max(out, channel)
    return out


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
    step, kernel = _reduction(window)
    # Odd, so that a patch round a pixel and the dilation back cover the same pixels.
    k = max(3, round(RIM_REACH * (glyph or DEFAULT_GLYPH_HEIGHT))) | 1
    grey = _grey(rgb)
    flat = _flat(rgb, grey, k)
    background = _surface_background(rgb, grey, local_background(rgb, window), flat, k)
    ink = channel_max(cv2.absdiff(rgb, background))
    small_size = (max(1, w // step), max(1, h // step))
    small_ink = ink if step == 1 else cv2.resize(ink, small_size, interpolation=cv2.INTER_NEAREST)
    contrast = cv2.dilate(small_ink, np.ones((kernel, kernel), np.uint8))
    if step != 1:
        contrast = cv2.resize(contrast, (w, h), interpolation=cv2.INTER_LINEAR)
    np.maximum(contrast, MIN_CONTRAST, out=contrast)
    # level = clip((ink - floor) / (saturation * contrast - floor), 0, 1); out = 255 * (1 - level),
    # the same float32 operations in the same order, in place: 7 ms a dev screen against 15 ms
    # with a new array for every step.
    span = contrast.astype(np.float32)
    span *= np.float32(INK_SATURATION)
    span -= np.float32(INK_FLOOR)
    level = ink.astype(np.float32)
    level -= np.float32(INK_FLOOR)
    level /= span
    np.clip(level, 0, 1, out=level)
    np.subtract(1, level, out=level)
    level *= 255
    out = level.astype(np.uint8)
    _erase_outlines(out, glyph or DEFAULT_GLYPH_HEIGHT)
    return out


def _erase_outlines(ink: np.ndarray, glyph: float) -> None:
    """Whiten thin components much larger than a glyph: button borders, pill outlines, dividers."""
    _, bw = cv2.threshold(ink, 128, 255, cv2.THRESH_BINARY_INV)
    _, labels, stats = components(bw)
    w = stats[:, cv2.CC_STAT_WIDTH]
    h = stats[:, cv2.CC_STAT_HEIGHT]
    area = stats[:, cv2.CC_STAT_AREA]
    big = (w >= OUTLINE_MIN_GLYPHS * glyph) | (h >= OUTLINE_MIN_GLYPHS * glyph)
    thin = area < OUTLINE_MAX_FILL * w * h
    rule = np.minimum(w, h) <= RULE_MAX_THICKNESS * glyph
    outline = big & (thin | rule)
    outline[0] = False
    # Rings: a small pill's outline fills more of its box than OUTLINE_MAX_FILL (1-px strokes
    # with anti-aliasing round a 48x18 pill), as does the dark rim the background estimate
    # leaves round a filled button; nothing of them lies inside their box's border band.
    for i in np.flatnonzero(big & ~outline & (area < RING_MAX_FILL * w * h)):
        if i == 0:
            continue
        x, y = stats[i, cv2.CC_STAT_LEFT], stats[i, cv2.CC_STAT_TOP]
        band = max(2, round(RING_BAND * min(w[i], h[i])))
        inner = labels[y + band : y + h[i] - band, x + band : x + w[i] - band]
        if np.count_nonzero(inner == i) <= RING_MAX_INSIDE * area[i]:
            outline[i] = True
    # Underlined text: letters standing on a line as long as they are, one component too solid
    # to be an outline. Tesseract's sparse layout takes it for a picture and skips the line
    # ('Maybe later' went unread): its line is erased and its letters kept, or nothing is.
    underlined = big & ~outline & (h <= UNDERLINE_MAX_GLYPHS * glyph) & (w > h)
    underlined[0] = False
    found = np.flatnonzero(outline | underlined)
    if not len(found):
        return
    # Outlines are a few components in a screen of labels: compared within their boxes they cost
    # ~1 ms, where looking every pixel's label up cost ~8 ms on a 3x screen. Many big boxes
    # (a grid of outlined cards) would compare the same pixels again: then the lookup is cheaper.
    if int((w[found].astype(np.int64) * h[found]).sum()) > labels.size:
        mask = (outline | underlined)[labels].view(np.uint8) * np.uint8(255)
    else:
        mask = np.zeros(ink.shape, np.uint8)
        for i in found:
            x, y = stats[i, cv2.CC_STAT_LEFT], stats[i, cv2.CC_STAT_TOP]
            box = (slice(y, y + h[i]), slice(x, x + w[i]))
            mask[box][labels[box] == i] = 255
    for i in found:
        x, y = stats[i, cv2.CC_STAT_LEFT], stats[i, cv2.CC_STAT_TOP]
        box = (slice(y, y + h[i]), slice(x, x + w[i]))
        component = labels[box] == i
        line = UNDERLINE_SPAN * w[i] if underlined[i] else None
        if not _keep_touching_glyphs(ink[box], mask[box], component, glyph, line) and underlined[i]:
            mask[box][component] = 0
    # Anti-aliased fringes of the outline are below the threshold; take them too.
    erase = cv2.dilate(cv2.threshold(mask, 128, 255, cv2.THRESH_BINARY)[1], np.ones((3, 3), np.uint8))
    erase[mask == 1] = 0
    np.bitwise_or(ink, erase, out=ink)


def _keep_touching_glyphs(
    ink: np.ndarray, mask: np.ndarray, component: np.ndarray, glyph: float, span: float | None = None
) -> bool:
    """Leave in `mask` (to be erased from `ink`) only the straight line of a rule that letters
    touch, and say whether it did; `span`, if given, is the length the line must run.

    An underline meets the descenders of its link ('Maybe later' lost its 'y' and was read 'Ma
    belater'), a text cursor or a table border meets a label: the component is one straight
    line plus glyphs. A box or a pill outline has two parallel sides, so it is erased whole.
    """
    reach = max(3, round(span if span is not None else RULE_RUN_GLYPHS * glyph))
    thickness = max(2, round(RULE_MAX_THICKNESS * glyph)) + 1
    part = component.view(np.uint8)
    along = np.ones((1, reach), np.uint8), np.ones((reach, 1), np.uint8)
    for kernel, other, axis in ((along[0], along[1], 1), (along[1], along[0], 0)):
        straight = cv2.morphologyEx(part, cv2.MORPH_OPEN, kernel)
        across = np.flatnonzero(straight.any(axis=axis))
        if not len(across) or across[-1] - across[0] >= thickness:
            continue
        # Glyph-sized ink left beside the one line: the line goes, the letters stay. What is left
        # of a filled button's rim (its bottom edge and two sides) has long sides: it goes whole.
        rest = component & ~(cv2.dilate(straight, np.ones((3, 3), np.uint8)) > 0)
        if np.count_nonzero(rest.any(axis=axis)) < RULE_GLYPH_MIN * glyph:
            return False
        if cv2.morphologyEx(rest.view(np.uint8), cv2.MORPH_OPEN, other).any():
            return False
        # Marked kept: the fringe taken round what is erased must not take their edges too.
        mask[rest] = 1
        # The line's anti-aliased fringe, lighter than the threshold, reaches a pixel further
        # than the usual one round an erased outline; the letters' own fringe is left alone.
        near = cv2.dilate(straight, np.ones((5, 5), np.uint8)) > 0
        ink[near & (ink >= 128)] = 255
        return True
    return False


def rgb_pixels(image: Image.Image) -> np.ndarray:
    """`image` as an RGB array; convert() would copy an image that is RGB already."""
    return np.asarray(image if image.mode == "RGB" else image.convert("RGB"))


def prepare(image: Image.Image | np.ndarray) -> Prepared:
    """Scale `image` (or its rgb_pixels) so text is Tesseract-sized and turn it into dark ink on white."""
    rgb = image if isinstance(image, np.ndarray) else rgb_pixels(image)
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
    # TikTok's name is the word the checker looks for most: Tesseract, unsure of its capitals
    # beside a logo, read 'TIkTok' at confidence 10 under a tile's icon.
    return conf < LOW_CONFIDENCE and not PLAUSIBLE_WORD.fullmatch(text) and not mentions_tiktok(text.lower())


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
    return reading_order(_without_icon_words(lines))


def _without_icon_words(lines: list[Line]) -> list[Line]:
    """Drop lone short words Tesseract is unsure of that stand much taller than the text: icons
    and logos read as letters ('oy', 'Mm'), which sparse mode reads more of than mode 3."""
    if len(lines) < 3:
        return lines
    typical = float(np.median([ln.box[3] for ln in lines]))
    return [
        ln
        for ln in lines
        if not (
            len(ln.words) == 1
            and len(ln.text) <= ICON_WORD_CHARS
            and ln.words[0].conf < ICON_WORD_CONF
            and ln.box[3] >= ICON_WORD_HEIGHT * typical
        )
    ]


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


def read_lines(image: Image.Image, run: Runner) -> tuple[Line, ...]:
    """The whole OCR of one image, whichever way Tesseract is called (`run`): prepare, read the
    page, take a second look at label-shaped ink it read nothing from, clean up into lines."""
    rgb = rgb_pixels(image)
    prepared = prepare(rgb)
    data = run(prepared.ink, TESSERACT_PSM)
    _second_look(rgb, prepared, data, run)
    return _lines_from_data(data, prepared.scale, image.size)


def _working_glyph(prepared: Prepared) -> float:
    return (prepared.glyph_height or DEFAULT_GLYPH_HEIGHT) * prepared.scale


def _unsure_short(text: str, conf: float) -> bool:
    """A short word Tesseract doubts ('Net' at 59 for a white 'Next' on a blue pill, its rim
    read in): clean-up may drop it as an icon, so its ink is not counted as read."""
    return len(text.strip()) <= ICON_WORD_CHARS and float(conf) < ICON_WORD_CONF


def unread_clusters(ink: np.ndarray, data: dict[str, list], glyph: float) -> list[Box]:
    """Label-shaped clusters of glyph-sized ink in `ink` that no word of `data` covers (working pixels).

    Measured on a copy shrunk to SECOND_LOOK_GLYPH-pixel glyphs: a quarter of the pixels.
    """
    f = min(1.0, SECOND_LOOK_GLYPH / glyph)
    small = ink if f == 1.0 else cv2.resize(ink, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    g = glyph * f
    _, bw = cv2.threshold(small, 160, 255, cv2.THRESH_BINARY_INV)
    pad = 0.3 * g
    for i, raw in enumerate(data["text"]):
        if raw.strip() and float(data["conf"][i]) >= 0 and not _unsure_short(raw, data["conf"][i]):
            x, y, w, h = (data[k][i] * f for k in ("left", "top", "width", "height"))
            bw[max(0, int(y - pad)) : int(y + h + pad + 1), max(0, int(x - pad)) : int(x + w + pad + 1)] = 0
    _, _, stats = components(bw)
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    glyphs = (h >= 0.4 * g) & (h <= 2.2 * g) & (w <= SECOND_LOOK_MAX_RUN * g) & (area >= 2)
    glyphs[0] = False
    if not glyphs.any():
        return []
    keep = np.zeros_like(bw)
    for x, y, w_, h_, _ in stats[glyphs]:
        keep[y : y + h_, x : x + w_] = 1
    join = max(3, round(SECOND_LOOK_JOIN * g)) | 1
    grouped = cv2.dilate(keep, np.ones((1, join), np.uint8))
    m, _, group_stats = components(grouped)
    boxes: list[Box] = []
    for j in range(1, m):
        x, y, gw, gh, _ = group_stats[j]
        x, gw = x + join // 2, gw - 2 * (join // 2)  # undo the dilation's sideways growth
        if gw < SECOND_LOOK_MIN_ASPECT * gh:
            continue
        if not SECOND_LOOK_HEIGHT[0] * g <= gh <= SECOND_LOOK_HEIGHT[1] * g:
            continue
        boxes.append((int(x / f), int(y / f), int(np.ceil(gw / f)), int(np.ceil(gh / f))))
    boxes.sort(key=lambda b: -b[2] * b[3])
    return boxes[:SECOND_LOOK_MAX]


def crop_ink(rgb: np.ndarray, box: Box, scale: float) -> np.ndarray | None:
    """Dark-on-white ink of an original-pixel `box` from its own border colour, at `scale`; None if flat."""
    x, y, w, h = box
    crop = rgb[y : y + h, x : x + w].astype(np.int16)
    if crop.shape[0] < 3 or crop.shape[1] < 3:
        return None
    border = np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]])
    difference = (crop - np.median(border, axis=0)).astype(np.float32)
    # Luminance first: JPEG keeps it at full resolution but halves colour, so colour edges
    # blur letters together ("Next" read "Nest" from the max-channel distance at 1x q70).
    distance = np.abs(difference @ LUMA)
    strongest = float(np.percentile(distance, 99))
    if strongest < 2 * INK_FLOOR:  # same brightness, other hue: fall back to colour
        distance = np.abs(difference).max(axis=2)
        strongest = float(np.percentile(distance, 99))
    if strongest < 2 * INK_FLOOR:
        return None
    level = np.clip((distance - INK_FLOOR) / (SECOND_LOOK_SATURATION * strongest - INK_FLOOR), 0, 1)
    out = (255 * (1 - level)).astype(np.uint8)
    if scale != 1.0:
        out = cv2.resize(out, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return out


def _second_look(rgb: np.ndarray, prepared: Prepared, data: dict[str, list], run: Runner) -> None:
    """Append to `data` (prepared pixels) the words read from clusters the page pass missed."""
    glyph = _working_glyph(prepared)
    clusters = unread_clusters(prepared.ink, data, glyph)
    if not clusters:
        return
    scale = prepared.scale
    margin = max(2, round(0.5 * glyph))
    pieces: list[tuple[np.ndarray, Box]] = []
    img_h, img_w = rgb.shape[:2]
    for x, y, w, h in clusters:
        # The cluster with a margin, in original pixels; its border is the surface's colour.
        x0, y0 = max(0, int((x - margin) / scale)), max(0, int((y - margin) / scale))
        x1 = min(img_w, int(np.ceil((x + w + margin) / scale)))
        y1 = min(img_h, int(np.ceil((y + h + margin) / scale)))
        piece = crop_ink(rgb, (x0, y0, x1 - x0, y1 - y0), scale)
        if piece is not None:
            pieces.append((piece, (round(x0 * scale), round(y0 * scale), piece.shape[1], piece.shape[0])))
    if not pieces:
        return
    # One Tesseract call for all: the pieces stacked, a blank row between them.
    gap = round(glyph)
    width = max(p.shape[1] for p, _ in pieces) + 2 * gap
    height = sum(p.shape[0] + gap for p, _ in pieces) + gap
    sheet = np.full((height, width), 255, np.uint8)
    spans: list[tuple[int, int, Box]] = []
    top = gap
    for piece, where in pieces:
        sheet[top : top + piece.shape[0], gap : gap + piece.shape[1]] = piece
        spans.append((top, top + piece.shape[0], where))
        top += piece.shape[0] + gap
    found = run(sheet, SECOND_LOOK_PSM)
    block = max(data["block_num"], default=0) + 1
    page_words = len(data["text"])
    added: list[Box] = []
    for i, raw in enumerate(found["text"]):
        text, conf = raw.strip(), float(found["conf"][i])
        if len(text) < 2 or conf < SECOND_LOOK_MIN_CONF or not PLAUSIBLE_WORD.fullmatch(text):
            continue
        cy = found["top"][i] + found["height"][i] / 2
        span = next((s for s in spans if s[0] <= cy < s[1]), None)
        if span is None:
            continue
        top, _, (px, py, _, _) = span
        values = {
            "level": 5, "page_num": 1, "block_num": block + spans.index(span), "par_num": 1,
            "line_num": 1, "word_num": found["word_num"][i],
            "left": px + found["left"][i] - gap, "top": py + found["top"][i] - top,
            "width": found["width"][i], "height": found["height"][i], "conf": conf, "text": text,
        }  # fmt: skip
        for key, value in values.items():
            data[key].append(value)
        added.append((values["left"], values["top"], values["width"], values["height"]))
    # The doubtful short words the page pass made of the same ink give way to the second reading.
    doubtful = [
        i
        for i, raw in enumerate(data["text"][:page_words])
        if raw.strip()
        and _unsure_short(raw, data["conf"][i])
        and any(
            boxes_overlap((data["left"][i], data["top"][i], data["width"][i], data["height"][i]), b)
            for b in added
        )
    ]
    for i in doubtful:
        data["conf"][i] = -1  # as Tesseract marks what is no word; clean-up skips it


class TesseractEngine:
    """Tesseract through pytesseract on a rescaled, polarity-normalised image (one process per call)."""

    def __init__(self) -> None:
        if shutil.which("tesseract") is None:
            raise MissingDependencyError(
                "Tesseract OCR is not installed: install it with 'sudo apt-get install tesseract-ocr' "
                "(macOS: 'brew install tesseract')."
            )

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        return read_lines(image, lambda ink, psm: _image_to_data(ink, f"--psm {psm}"))


def _image_to_data(image: np.ndarray, config: str) -> dict[str, list]:
    import pytesseract

    from mockcheck.ocr_guard import tesseract_timeout

    # Tesseract's OpenMP threads fight each other (and other workers) on shared cores: one
    # thread per process is faster in a pool. pytesseract's subprocess inherits os.environ, so
    # the limit is set around the call only, unless the caller chose one.
    chosen = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = chosen or "1"
    # pytesseract hands Tesseract a temporary file in the image's format, PNG unless told: on
    # the dev screens compressing it took 27 ms and reading it back ~10 ms, an uncompressed
    # greymap (PIL's PPM writer) under 1 ms each, for the same words (16 of 16 screens alike).
    picture = Image.fromarray(image)
    picture.format = "PPM"
    try:
        return pytesseract.image_to_data(
            picture,
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
