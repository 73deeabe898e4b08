"""One image → the screens inside it: a flow board (screens side by side on a canvas) or a PDF page of several.

Designers often upload one wide "flow board" with every screen of the journey on a canvas,
with arrows and step captions between them, or a PDF page holding several screens. Each
screen of such an image is cut out as its own `ScreenImage` (with `box` in the source
image's pixels and `region`, its 1-based number in reading order), and everything else on
the canvas (captions, arrows, a board title) is part of no screen: a caption such as
"Step 2: Connecting" is never evidence that a step was shown.

How a board is recognised, on a copy scaled to `WORK_MAX_PIXELS`:

1. The canvas is flood-filled from the image border with a *floating* tolerance (each pixel
   compared with its filled neighbour), so plain and gradient canvases and the soft edge of
   a drop shadow are all canvas, while the sharp edge of an artboard or a device frame stops
   the fill. What the fill cannot reach is foreground, with the inside of every screen
   whole (nothing inside a screen is reachable from the border).
2. The solid, screen-shaped foreground blobs are candidate screens; text and arrows are thin
   and small, so they never are. A large blob is filled again with a coarser step, which walks
   through the shadowed gap of screens set close together (see SPLIT_FLOOD_STEP).
3. Splitting a real screen is far worse than missing a board (a board read as one screen
   still gets a verdict, only a poorer one), so the candidates must *clearly* make a board:
   see `_is_board` for every condition and the evidence behind each threshold.
4. Where the fill ran into screens of the canvas's colour (white on white, edged only by a
   hard shadow or a stroke), their content is cut apart between gutters, blank columns and rows
   (see `_gutter_blobs`). Either way, a board that leaves screen-sized ink outside its regions
   is refused (see LEFT_OUT_SHARE), and each region is looked at again at a finer scale, where
   two screens whose gap closed come apart (see `_refine`).

Anything that is not clearly a board is returned unchanged, as one screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from math import ceil

import cv2
import numpy as np
from PIL import Image

from mockcheck.model import Box, ScreenImage

# Detection runs on a copy of at most this many pixels (nearest-neighbour, which keeps the
# one-pixel steps at artboard edges that area averaging would smear into ramps the floating
# flood fill walks through). 0.8 MP keeps a 6-phone 2x board (about 5000×1800) at 0.3 scale,
# so a 12 px gap between screens stays 3-4 px wide; at 3 MP detection cost 40-100 ms an image,
# up to a quarter of a scan whose OCR was cached.
WORK_MAX_PIXELS = 800_000
# Screens a narrow, shadowed gap apart merge at that scale (a 12 px gap with an 8 px hard shadow
# leaves 1-2 px of canvas, which the median filter closes): when the shapes look merged, detection
# runs once more on a copy of at most this many pixels (only such images pay for it).
FINER_MAX_PIXELS = 3_200_000
FINER_RETRY = {
    "a screen-sized shape outside the screens",
    "shapes too close side by side",
    "a large shape is not shaped like a screen",
    "the shapes differ in size",
    "a sizeable shape besides the screens",
    "fewer than two large solid shapes",
}
# Once an image is a board, its boxes are measured again on a copy of at most this many pixels
# (only boards pay for it); the finer box must keep this share of the coarse one's area.
REFINE_MAX_PIXELS = 6_000_000
REFINE_MIN_AREA = 0.85
# A box that holds, at the finer scale, two or more screens alike in size (the smaller at least
# REFINE_PAIR_RATIO of the larger: one device's screens differ by their shadows only), together
# REFINE_MIN_AREA of it, is that many screens: their gap closed at the detection scale.
REFINE_PAIR_RATIO = 0.8
# See `_keep_strokes`: a Figma stroke of #DADADE on white stands 37 levels out, #46464C on #2C2C2C
# 26 (measured 43-49 on the benchmark's boards); JPEG ringing beside text 5-15, never in a long
# straight run. A phone frame's corner radius is a tenth of its width, 2-4 % of a board's side.
STROKE_CONTRAST = 20
STROKE_LENGTH = 0.1
STROKE_CORNER = 0.04
# Largest neighbour-to-neighbour step, per channel, that the canvas fill crosses. Gradient
# canvases step by at most 1 level per pixel, and JPEG noise after a 3×3 median by 1-2;
# iOS's grouped background #F2F2F7 on Figma's #F5F5F5 canvas is a step of 3.
FLOOD_STEP = 3
# Border pixels sampled as fill seeds (one every SEED_SPACING), and fills tried at most: a
# screenshot whose border is busy content is not a board, and needs no more looking at.
SEED_SPACING = 6
MAX_FILLS = 120
# Strokes thinner than this share of the image's short side (arrows, connector lines, caption
# text) are not shapes; 1 % of a 1000 px board is 10 px, thicker than any arrow we drew or saw.
THIN_STROKE_SHARE = 0.01
# Share of the image border that must be canvas: a board has canvas all around its screens.
# A screenshot whose content runs to the edge (a header, a photo, a dimmed page) fails this.
MIN_BORDER_CANVAS = 0.9
# A candidate screen fills at least this share of its bounding box: a rounded phone frame
# fills ~0.97, a screen with its drop shadow ~0.95, a dark screen the canvas fill bit into
# from its edge 0.84; text and icons far less (and thin strokes are removed beforehand).
MIN_SOLIDITY = 0.75
# A candidate covers at least this share of the image: a board of 3 to 6 screens in one or two
# rows gives each 8-20 %; video thumbnails in a feed grid are 5-7 % of their screen, and
# buttons or avatars far less (all measured on the corpus and fixtures).
MIN_REGION_SHARE = 0.04
# And is at least this many source pixels on its short side: narrower cannot hold legible UI.
MIN_REGION_SIDE = 120
# Long side / short side of a screen: phones 1.78-2.22 (2.4 with a frame on the long side),
# tablets 1.33-1.43, desktops 1.25-1.78. Squares (tiles, avatars, photos) are not screens.
SCREEN_ASPECT = (1.2, 2.6)
# Screens of one board are drawn at one size: the smallest is at least this share of the largest
# by area (a phone board's frames differ by their shadows only; cards in a page vary more).
MIN_SIZE_RATIO = 0.45
# Canvas between neighbouring screens, as a share of the median screen's short side. Design
# tools space artboards 20-100 px at 1x (5-25 % of a phone's width); cards and thumbnails inside
# one screen sit 1-2 % apart (a TikTok profile grid: 1-2 px between 130 px tiles). Shapes between
# gutters (see GUTTER_RETRY) must keep that distance. Shapes the canvas fill separated need only
# MIN_FILL_GAP_PX source pixels: screens 12 px apart with an 8 px hard shadow leave 4 px of canvas
# (0.4 % of a desktop's height, 1 % of a phone's width), a 1x tile grid 1-2 px; and with the gap
# rule off no single corpus, fixture or real-world screen was split by the fill (777 images: the
# other checks reject cards and tiles, at 2x and 3x too, whose gaps are 3-6 px).
MIN_GAP_SHARE = 0.015
MIN_FILL_GAP_PX = 2.5
# Two screens merged side by side (or stacked) through a closed gap look like one screen twice as
# wide (or tall) as the others: the same height (within PAIR_SAME) and PAIR_WIDTH times as wide.
# The image is then looked at again on the finer copy, where the gap shows.
PAIR_SAME = 0.05
PAIR_WIDTH = (1.8, 2.3)
# Rows of screens together span at least this share of the image height. A board's screens take
# most of it (captions and a title above them leave 75-95 %); cards inside a screen leave room
# for the screen's own header and footer.
MIN_ROWS_COVER = 0.6
# When the image itself has a screen's proportions (see SCREEN_ASPECT), it may be one desktop or
# phone screen holding cards: it must then be covered more fully, with little else on it.
MIN_ROWS_COVER_SCREEN_SHAPED = 0.6
# Foreground outside the screens (captions, arrows, a title) as a share of the screens' area.
# Board captions and arrows take 1-5 %; a screen's own navigation, sidebar or footer far more.
MAX_OUTSIDE_INK = 0.2
MAX_OUTSIDE_INK_SCREEN_SHAPED = 0.08
# A shape besides the screens, after thin strokes are removed, at least this share of a screen's
# area: arrowheads and caption glyphs are under 1 %; a screen the fill leaked into leaves its
# header or cards behind, far more.
MAX_STRAY_SHARE = 0.03
# Pieces of one screen cut apart by a hairline of canvas colour: as wide as each other (shared
# columns) and at most this share of their width apart. Cards in a list sit 2-4 % apart.
JOIN_OVERLAP = 0.95
JOIN_GAP_SHARE = 0.01
# A screen the fill leaked into is taken back when its pieces lie in a row of the board (within
# this share of a screen's height of the row's top and bottom) and hold at least this share of
# a screen's area: a status bar and a few cards fill 15-60 %, an arrowhead under 0.5 %.
LEAK_BAND_SLACK = 0.03
LEAK_MIN_CONTENT = 0.1
# The place between two screens of a row, less the row's gaps, takes a leaked screen when it is
# this close to the others' width (screens of one board differ by their shadows, 1-3 %).
LEAK_HOLE_FIT = 0.05
# A screen-shaped shape lower than this share of its row's screens is such a piece, not a screen.
LEAK_PIECE_HEIGHT = 0.9
# When the fill leaked into white screens on a white page (their top and left edges meet the page
# with no step) or merged screens across a narrow shadowed gap, the screens are looked for again
# between gutters: columns, and then rows, of the foreground with (almost) no ink; an arrow or a
# caption's descender crossing a gutter is under this share of its length.
GUTTER_RETRY = {
    "a screen-sized shape outside the screens",
    "fewer than two large solid shapes",
    "a sizeable shape besides the screens",
    "a large shape is not shaped like a screen",
    "the shapes differ in size",
}
GUTTER_INK = 0.02
# Blank rows inside a screen's column (the empty lower half of a white screen) up to this share
# of the image height do not end it.
GUTTER_ROW_GAP = 0.06
# A column of ink at least this share of its band's height wide may be a whole screen (a phone is
# 0.38-0.56 of its height wide, less with a caption above it in the band); 1.15 of its width holds
# a screen's content columns and its shadow or border (measured: up to 1.10 on white PDF pages).
GUTTER_SCREEN_WIDTH = 0.3
GUTTER_JOIN_WIDTH = 1.15
# Screens a narrow gap apart merge through their drop shadows: across a 12 px gap, a soft shadow
# darkens the canvas by 4-7 levels a pixel at the detection scale, steeper than FLOOD_STEP. Each
# large shape is filled again from the canvas around it with a step of SPLIT_FLOOD_STEP, which
# walks through such a gap but not through an artboard's edge (white on Figma's #F5F5F5 steps by
# 10). The shape is taken apart only when the pieces are each at least SPLIT_MIN_SHARE of its box,
# together keep SPLIT_MIN_KEPT of its pixels (the fill went around screens, not into one), and
# are alike in size (MIN_SIZE_RATIO). The narrower gap of a hard shadow (4 px of canvas) is left
# to the finer copy (FINER_MAX_PIXELS), where the first fill sees it.
SPLIT_FLOOD_STEP = 8
SPLIT_MIN_SHARE = 0.2
SPLIT_MIN_KEPT = 0.85
# A board is refused when the ink between gutters holds a shape this share of a region's area
# that lies in no region: a white screen on a white page whose edges the fill crossed leaves its
# content behind (36 % of its neighbours' area on the page that lost one of its three screens),
# while a caption, an arrow or a board's title is under 5 %.
# (A column of ink spans both rows of a two-row board, and a caption above a screen; at least
# LEFT_OUT_COVERED of it inside the regions counts as covered.)
LEFT_OUT_SHARE = 0.15
LEFT_OUT_COVERED = 0.5
LEFT_OUT = "a screen-sized shape outside the screens"
# See `_holds_two`.
HOLDS_TWO_SHARE = 0.4
# Blobs under this share of the image are never screens nor pieces of one worth keeping.
MIN_BLOB_SHARE = 0.001
# More regions than this is a pattern (a photo grid), not a board of one journey.
MAX_REGIONS = 16


@dataclass(frozen=True)
class _Blob:
    x: int
    y: int
    w: int
    h: int
    pixels: int

    @property
    def area(self) -> int:
        return self.w * self.h

    @property
    def solidity(self) -> float:
        return self.pixels / self.area if self.area else 0.0

    @property
    def aspect(self) -> float:
        return max(self.w, self.h) / max(1, min(self.w, self.h))


def split_boards(screens: Iterable[ScreenImage]) -> tuple[ScreenImage, ...]:
    """Every screen, with each flow board (or PDF page of several screens) replaced by its screens."""
    result: list[ScreenImage] = []
    for screen in screens:
        result.extend(split_board(screen))
    return tuple(result)


def split_board(screen: ScreenImage) -> list[ScreenImage]:
    """The screens inside `screen`'s image in reading order, or `[screen]` when it is not clearly a board."""
    if screen.box is not None:
        return [screen]
    boxes = find_screen_boxes(screen.image)
    if len(boxes) < 2:
        return [screen]
    return [
        replace(screen, box=box, region=number, image=screen.image.crop(_corners(box)))
        for number, box in enumerate(boxes, start=1)
    ]


def find_screen_boxes(image: Image.Image) -> list[Box]:
    """Boxes `[x, y, w, h]` in `image`'s pixels of the screens of a board, in reading order; [] if not a board."""
    return detect(image).boxes


@dataclass(frozen=True)
class Detection:
    """What detection decided about one image: the screens' boxes (empty: one screen) and why."""

    boxes: list[Box]
    reason: str


def detect(image: Image.Image) -> Detection:
    """The screens of `image` when it is clearly a board, with the reason for the decision (for benchmarks and debugging)."""
    found = _detect(image, WORK_MAX_PIXELS)
    width, height = image.size
    if not found.boxes and found.reason in FINER_RETRY and width * height > WORK_MAX_PIXELS:
        finer = _detect(image, FINER_MAX_PIXELS)
        if finer.boxes:
            return finer
    return found


def _detect(image: Image.Image, max_pixels: int) -> Detection:
    width, height = image.size
    if width < 2 * MIN_REGION_SIDE and height < 2 * MIN_REGION_SIDE:
        return Detection([], "too small to hold two screens")
    scale = min(1.0, (max_pixels / (width * height)) ** 0.5)
    work_w, work_h = max(1, round(width * scale)), max(1, round(height * scale))
    small = image if scale == 1.0 else image.resize((work_w, work_h), Image.Resampling.NEAREST)
    raw = np.asarray(small.convert("RGB"))
    # Only a full-size look has every hairline: nearest-neighbour sampling drops most of them.
    pixels = _keep_strokes(raw) if scale == 1.0 and max_pixels > WORK_MAX_PIXELS else cv2.medianBlur(raw, 3)

    canvas = _flood_canvas(pixels)
    if canvas is None:
        return Detection([], "the border is not a canvas")
    foreground = (canvas == 0).astype(np.uint8)
    # Shapes are measured with thin strokes removed, so an arrow or caption that touches a
    # screen neither joins two screens nor stretches one's box; ink is counted before that.
    thin = max(3, round(min(work_w, work_h) * THIN_STROKE_SHARE)) | 1
    solid = cv2.morphologyEx(
        foreground, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (thin, thin))
    )
    count, _, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    blobs = [
        _Blob(
            int(s[cv2.CC_STAT_LEFT]),
            int(s[cv2.CC_STAT_TOP]),
            int(s[cv2.CC_STAT_WIDTH]),
            int(s[cv2.CC_STAT_HEIGHT]),
            int(s[cv2.CC_STAT_AREA]),
        )
        for s in stats[1:count]
        # Glyphs, icons and arrowheads matter to no decision below; dropping them keeps the
        # pairwise steps cheap on text-heavy screens (hundreds of blobs).
        if s[cv2.CC_STAT_WIDTH] * s[cv2.CC_STAT_HEIGHT] >= MIN_BLOB_SHARE * work_w * work_h
    ]
    blobs = _split_merged(pixels, _join_split_screens(blobs, work_w * work_h), thin)
    min_side = MIN_REGION_SIDE * scale
    ink = int(foreground.sum())
    regions, reason = _is_board(blobs, work_w, work_h, ink, min_side, min_gap_px=MIN_FILL_GAP_PX * scale)
    between_gutters = _gutter_blobs(foreground) if regions or reason in GUTTER_RETRY else []
    if regions and _leaves_out(between_gutters, regions):
        regions, reason = [], LEFT_OUT
    if not regions and reason in GUTTER_RETRY:
        gutter_regions, _ = _is_board(between_gutters, work_w, work_h, ink, min_side, MIN_GAP_SHARE)
        if (
            gutter_regions
            and not _leaves_out(between_gutters, gutter_regions)
            and not _holds_two(gutter_regions, blobs, work_w * work_h)
        ):
            regions, reason = gutter_regions, "board (gutters)"
    if not regions:
        return Detection([], reason)
    inverse = 1.0 / scale
    boxes: list[Box] = []
    for b in regions:
        x0, y0 = int(b.x * inverse), int(b.y * inverse)
        x1, y1 = min(width, round((b.x + b.w) * inverse)), min(height, round((b.y + b.h) * inverse))
        boxes.append((x0, y0, x1 - x0, y1 - y0))
    if scale < 1.0:
        boxes = _refine(image, boxes, inverse)
    return Detection(boxes, reason)


def _keep_strokes(raw: np.ndarray) -> np.ndarray:
    """The image median-filtered against JPEG noise, with its long straight hairlines put back.

    The 3×3 median erases a 1 px line, and with it the stroke around a Figma frame: often the
    only edge between a screen and a canvas of its colour (dark on dark, white on white). Lines
    as long as STROKE_LENGTH of the image's short side that stand out from the median by
    STROKE_CONTRAST are kept, and grown back along their marks round a frame's rounded corners
    (STROKE_CORNER); text and icons have no straight stroke that long.
    """
    pixels = cv2.medianBlur(raw, 3)
    # cv2's per-channel maximum: numpy's max over the channel axis took 45 ms on a 3 MP screen.
    red, green, blue = cv2.split(cv2.absdiff(raw, pixels))
    marks = (cv2.max(cv2.max(red, green), blue) >= STROKE_CONTRAST).astype(np.uint8)
    length = max(9, round(STROKE_LENGTH * min(raw.shape[:2])))
    lines = cv2.morphologyEx(marks, cv2.MORPH_OPEN, np.ones((1, length), np.uint8)) | cv2.morphologyEx(
        marks, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8)
    )
    if not lines.any():
        return pixels
    kernel = np.ones((3, 3), np.uint8)
    for _ in range(max(2, round(STROKE_CORNER * min(raw.shape[:2])))):
        grown = cv2.dilate(lines, kernel) & marks
        if np.array_equal(grown, lines):
            break
        lines = grown
    pixels = pixels.copy()
    pixels[lines > 0] = raw[lines > 0]
    return pixels


def _split_merged(pixels: np.ndarray, blobs: list[_Blob], thin: int) -> list[_Blob]:
    """Large shapes that are screens merged through a narrow, shadowed gap, taken apart (see SPLIT_FLOOD_STEP)."""
    height, width = pixels.shape[:2]
    result: list[_Blob] = []
    for blob in blobs:
        if blob.area < MIN_REGION_SHARE * width * height or blob.solidity < MIN_SOLIDITY:
            result.append(blob)
            continue
        result.extend(_split_blob(pixels, blob, thin) or [blob])
    return result


def _split_blob(pixels: np.ndarray, blob: _Blob, thin: int) -> list[_Blob] | None:
    height, width = pixels.shape[:2]
    x0, y0 = max(0, blob.x - 2), max(0, blob.y - 2)
    x1, y1 = min(width, blob.x + blob.w + 2), min(height, blob.y + blob.h + 2)
    canvas = _flood_canvas(np.ascontiguousarray(pixels[y0:y1, x0:x1]), SPLIT_FLOOD_STEP, min_border=0.0)
    if canvas is None:
        return None
    foreground = (canvas == 0).astype(np.uint8)
    solid = cv2.morphologyEx(
        foreground, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (thin, thin))
    )
    count, _, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    pieces = [s for s in stats[1:count] if s[cv2.CC_STAT_AREA] >= SPLIT_MIN_SHARE * blob.area]
    if len(pieces) < 2:
        return None
    areas = [int(s[cv2.CC_STAT_AREA]) for s in pieces]
    if sum(areas) < SPLIT_MIN_KEPT * blob.pixels or min(areas) < MIN_SIZE_RATIO * max(areas):
        return None
    return [
        _Blob(
            x0 + int(s[cv2.CC_STAT_LEFT]),
            y0 + int(s[cv2.CC_STAT_TOP]),
            int(s[cv2.CC_STAT_WIDTH]),
            int(s[cv2.CC_STAT_HEIGHT]),
            int(s[cv2.CC_STAT_AREA]),
        )
        for s in pieces
    ]


def _refine(image: Image.Image, boxes: list[Box], inverse: float) -> list[Box]:
    """Boxes measured again at a finer scale, once an image is known to be a board.

    Sampling coarsely multiplies a soft shadow's gradient, so at the detection scale the fill
    stops inside the shadow and boxes take in a few pixels of it; OCR and layout read those
    edges as content. Only boards pay for this second, finer fill.
    """
    width, height = image.size
    scale = min(1.0, (REFINE_MAX_PIXELS / (width * height)) ** 0.5)
    pad = ceil(inverse) + 2
    refined: list[Box] = []
    for x, y, w, h in boxes:
        x0, y0 = max(0, x - pad), max(0, y - pad)
        x1, y1 = min(width, x + w + pad), min(height, y + h + pad)
        crop = image.crop((x0, y0, x1, y1))
        if scale < 1.0:
            crop = crop.resize(
                (max(1, round(crop.width * scale)), max(1, round(crop.height * scale))),
                Image.Resampling.NEAREST,
            )
        canvas = _flood_canvas(cv2.medianBlur(np.asarray(crop.convert("RGB")), 3))
        if canvas is None:
            refined.append((x, y, w, h))
            continue
        foreground = (canvas == 0).astype(np.uint8)
        count, _, stats, _ = cv2.connectedComponentsWithStats(foreground, connectivity=8)
        if count < 2:
            refined.append((x, y, w, h))
            continue
        found = [
            (x0 + round(bx / scale), y0 + round(by / scale), round(bw / scale), round(bh / scale))
            for bx, by, bw, bh, pixels in stats[1:count]
            if pixels >= SPLIT_MIN_SHARE * crop.width * crop.height
        ]
        areas = [bw * bh for _, _, bw, bh in found]
        if (
            len(found) >= 2
            and sum(areas) >= REFINE_MIN_AREA * w * h
            and min(areas) >= REFINE_PAIR_RATIO * max(areas)
        ):
            # Two screens the detection scale saw as one (a 4 px gap beside a hard shadow).
            refined.extend(found)
            continue
        best = 1 + int(np.argmax(stats[1:count, cv2.CC_STAT_AREA]))
        bx, by, bw, bh = (int(v) for v in stats[best, :4])
        box = (x0 + round(bx / scale), y0 + round(by / scale), round(bw / scale), round(bh / scale))
        # The finer box must be the same screen: nearly as large, else keep the coarse one.
        refined.append(box if box[2] * box[3] >= REFINE_MIN_AREA * w * h else (x, y, w, h))
    if len(refined) == len(boxes):
        return refined
    ordered = _rows([_Blob(*box, box[2] * box[3]) for box in refined])
    return [(b.x, b.y, b.w, b.h) for row in ordered for b in row]


def _flood_canvas(
    pixels: np.ndarray, flood_step: int = FLOOD_STEP, min_border: float = MIN_BORDER_CANVAS
) -> np.ndarray | None:
    """A mask (h × w) that is non-zero on the canvas, or None if the border is not canvas."""
    h, w = pixels.shape[:2]
    mask = np.zeros((h + 2, w + 2), np.uint8)
    step = (flood_step,) * 3
    # 4-connectivity: an 8-connected fill slips through the anti-aliased corner of an artboard.
    flags = 4 | cv2.FLOODFILL_MASK_ONLY | (1 << 8)
    seeds = _border_points(w, h)
    fills = 0
    for x, y in seeds:
        if mask[y + 1, x + 1]:
            continue
        if fills >= MAX_FILLS:
            return None
        cv2.floodFill(pixels, mask, (int(x), int(y)), (0, 0, 0), step, step, flags)
        fills += 1
    ring = np.concatenate([mask[1, 1:-1], mask[-2, 1:-1], mask[1:-1, 1], mask[1:-1, -2]])
    if ring.mean() < min_border:
        return None
    return mask[1:-1, 1:-1]


def _border_points(w: int, h: int) -> list[tuple[int, int]]:
    xs = list(range(0, w, SEED_SPACING))
    ys = list(range(0, h, SEED_SPACING))
    return [(x, 0) for x in xs] + [(x, h - 1) for x in xs] + [(0, y) for y in ys] + [(w - 1, y) for y in ys]


def _is_board(
    blobs: Sequence[_Blob],
    width: int,
    height: int,
    ink: int,
    min_side: float,
    min_gap_share: float = 0.0,
    min_gap_px: float = 0.0,
) -> tuple[list[_Blob], str]:
    """The screens in reading order when the blobs clearly make a board of screens, else [] and why not."""
    image_area = width * height
    large = [b for b in blobs if b.area >= MIN_REGION_SHARE * image_area and b.solidity >= MIN_SOLIDITY]
    if len(large) < 2:
        return [], "fewer than two large solid shapes"
    if len(large) > MAX_REGIONS:
        return [], "too many shapes: a pattern, not a journey"
    # Every large solid thing must be a screen: a sidebar, a banner or a square photo says
    # this image is a screen itself.
    if any(not (SCREEN_ASPECT[0] <= b.aspect <= SCREEN_ASPECT[1]) for b in large):
        return [], "a large shape is not shaped like a screen"
    if any(min(b.w, b.h) < min_side for b in large):
        return [], "a large shape is too small to hold a legible screen"
    largest = max(b.area for b in large)
    if min(b.area for b in large) < MIN_SIZE_RATIO * largest or _merged_pair(large):
        return [], "the shapes differ in size"
    strays = [b for b in blobs if b not in large]
    # A shape much lower than the others may be the top of a screen the fill leaked into.
    full_height = LEAK_PIECE_HEIGHT * float(np.median([b.h for b in large]))
    full = [b for b in large if b.h >= full_height]
    if len(full) >= 2:
        pieces = strays + [b for b in large if b not in full]
        slots, absorbed = _leaked_screens(full, pieces, width, height)
        large = full + slots
        strays = [b for b in pieces if b not in absorbed]
    rows = _rows(large)
    # A single column of stacked rectangles is what a list of cards in a screen looks like;
    # boards put screens side by side (a stack of screens is a known miss, see the module doc).
    if all(len(row) < 2 for row in rows):
        return [], "a single column of shapes"
    short = float(np.median([min(b.w, b.h) for b in large]))
    min_gap = max(min_gap_px, min_gap_share * short)
    for row in rows:
        for left, right in pairwise(row):
            if right.x - (left.x + left.w) < min_gap:
                return [], "shapes too close side by side"
    for upper, lower in pairwise(rows):
        if min(b.y for b in lower) - max(b.y + b.h for b in upper) < min_gap:
            return [], "rows too close"
    # Anything else sizeable on the canvas may be a screen whose edge the fill crossed: cutting
    # out only the others would drop it from the check, so the image stays whole.
    area = float(np.median([b.area for b in large]))
    if any(b.area >= MAX_STRAY_SHARE * area for b in strays):
        return (
            [],
            "a sizeable shape besides the screens",
        )
    screen_shaped = SCREEN_ASPECT[0] <= max(width, height) / min(width, height) <= SCREEN_ASPECT[1]
    cover = sum(max(b.y + b.h for b in row) - min(b.y for b in row) for row in rows) / height
    if cover < (MIN_ROWS_COVER_SCREEN_SHAPED if screen_shaped else MIN_ROWS_COVER):
        return [], f"the shapes cover {cover:.0%} of the height"
    inside = sum(b.pixels for b in large)
    outside = (ink - inside) / inside
    if outside > (MAX_OUTSIDE_INK_SCREEN_SHAPED if screen_shaped else MAX_OUTSIDE_INK):
        return [], f"ink outside the shapes is {outside:.0%} of theirs"
    return [b for row in rows for b in row], "board"


def _merged_pair(shapes: Sequence[_Blob]) -> bool:
    """Whether one shape is two of another side by side or stacked (see PAIR_WIDTH)."""
    for a in shapes:
        for b in shapes:
            if abs(a.h - b.h) <= PAIR_SAME * b.h and PAIR_WIDTH[0] <= a.w / b.w <= PAIR_WIDTH[1]:
                return True
            if abs(a.w - b.w) <= PAIR_SAME * b.w and PAIR_WIDTH[0] <= a.h / b.h <= PAIR_WIDTH[1]:
                return True
    return False


def _leaked_screens(
    screens: list[_Blob], strays: list[_Blob], width: int, height: int
) -> tuple[list[_Blob], list[_Blob]]:
    """Screens whose edge the canvas fill crossed (a white screen on a white canvas): they leave
    their content as pieces in a row of the board, where a screen of the others' size fits."""
    ref_w = float(np.median([b.w for b in screens]))
    ref_h = float(np.median([b.h for b in screens]))
    gaps = [right.x - (left.x + left.w) for row in _rows(screens) for left, right in pairwise(row)]
    # The narrowest: a gap beside a leaked screen's pieces is that screen's width and more.
    gap = float(min(gaps)) if gaps else 0.0
    found: list[_Blob] = []
    absorbed: list[_Blob] = []
    for row in _rows(screens):
        top = float(np.median([b.y for b in row]))
        bottom = top + ref_h
        slack = LEAK_BAND_SLACK * ref_h
        pieces = sorted(
            (b for b in strays if b.y >= top - slack and b.y + b.h <= bottom + slack),
            key=lambda b: b.x,
        )
        # A piece in a found screen's column (its status bar or home indicator, cut off by a
        # canvas-coloured band) belongs to that screen.
        for piece in list(pieces):
            for i, screen in enumerate(screens):
                overlap = min(piece.x + piece.w, screen.x + screen.w) - max(piece.x, screen.x)
                if screen in row and overlap >= JOIN_OVERLAP * piece.w:
                    screens[i] = _union(screen, piece)
                    row[row.index(screen)] = screens[i]
                    pieces.remove(piece)
                    absorbed.append(piece)
                    break
        clusters: list[list[_Blob]] = []
        for piece in pieces:
            if clusters and piece.x <= max(b.x + b.w for b in clusters[-1]) + MIN_GAP_SHARE * ref_w:
                clusters[-1].append(piece)
            else:
                clusters.append([piece])
        for cluster in clusters:
            x0 = min(b.x for b in cluster)
            x1 = max(b.x + b.w for b in cluster)
            if x1 - x0 > ref_w * 1.05 or sum(b.pixels for b in cluster) < LEAK_MIN_CONTENT * ref_w * ref_h:
                continue
            left = round(
                max(0.0, min(width - ref_w, (x0 + x1) / 2 - ref_w / 2) if x1 - x0 < 0.9 * ref_w else x0)
            )
            slot = _Blob(
                left, round(top), round(ref_w), round(min(ref_h, height - top)), round(ref_w * ref_h)
            )
            hole = _hole(row, x0, x1, gap, ref_w)
            if hole is not None:
                slot = replace(slot, x=hole[0], w=hole[1] - hole[0])
            if not any(_overlaps(slot, b) for b in [*screens, *found]):
                found.append(slot)
                absorbed += cluster
    return found, absorbed


def _hole(row: Sequence[_Blob], x0: int, x1: int, gap: float, ref_w: float) -> tuple[int, int] | None:
    """[left, right) of the place between the screens of `row` on either side of a leaked screen's
    pieces (x0 to x1), less the row's usual gap on each side, when a screen fits there (within
    LEAK_HOLE_FIT of the others' width): screens set a few pixels apart leave no room for a slot
    of the others' width placed by the pieces, which are narrower than the screen and off its middle."""
    lefts = [b.x + b.w for b in row if b.x + b.w <= x0]
    rights = [b.x for b in row if b.x >= x1]
    if not lefts or not rights:
        return None
    left, right = round(max(lefts) + gap), round(min(rights) - gap)
    if abs((right - left) - ref_w) > LEAK_HOLE_FIT * ref_w:
        return None
    return left, right


def _runs(active: np.ndarray, bridge: int = 0) -> list[tuple[int, int]]:
    """[start, end) of the runs of True in `active`, runs fewer than `bridge` apart joined."""
    padded = np.concatenate([[False], active, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    runs: list[tuple[int, int]] = []
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        if runs and start - runs[-1][1] < bridge:
            runs[-1] = (runs[-1][0], int(end))
        else:
            runs.append((int(start), int(end)))
    return runs


def _gutter_blobs(foreground: np.ndarray) -> list[_Blob]:
    """Shapes between gutters: row bands split by blank rows, each cut at blank columns, each
    piece trimmed to its ink; solid by construction (the checks of `_is_board` then decide)."""
    height, width = foreground.shape
    blobs: list[_Blob] = []
    bridge = max(2, round(GUTTER_ROW_GAP * height))
    bands: list[tuple[int, int]] = []
    for top, bottom in _runs(foreground.sum(axis=1) > GUTTER_INK * width, bridge):
        # A line running down through the blank rows (a screen's border or hard shadow, with an
        # empty middle of a white screen beside it) keeps the rows above and below one band.
        if bands and foreground[bands[-1][1] : top].all(axis=0).any():
            bands[-1] = (bands[-1][0], bottom)
        else:
            bands.append((top, bottom))
    for top, bottom in bands:
        band = foreground[top:bottom]
        columns = _runs(band.sum(axis=0) > GUTTER_INK * (bottom - top))
        for left, right in _join_fragments(columns, bottom - top):
            rows = _runs(band[:, left:right].sum(axis=1) > 0, bridge)
            start, end = max(rows, key=lambda r: r[1] - r[0])
            w, h = right - left, end - start
            blobs.append(_Blob(left, top + start, w, h, w * h))
    return blobs


def _join_fragments(columns: list[tuple[int, int]], band_height: int) -> list[tuple[int, int]]:
    """Columns of ink between gutters joined into screens: a white screen on a white canvas is
    blank between its label and its buttons, so its content comes apart into narrow columns
    (and its hard shadow or border into a thin one). The widest column, when screen-wide
    (GUTTER_SCREEN_WIDTH of the band's height), is the measure: neighbouring columns join while
    together no wider than GUTTER_JOIN_WIDTH of it. Joining never adds a shape, so it can only
    turn a board's fragments into screens or a screen's columns into one."""
    widest = max((right - left for left, right in columns), default=0)
    if widest < GUTTER_SCREEN_WIDTH * band_height:
        return columns
    joined: list[tuple[int, int]] = []
    for left, right in columns:
        if joined and right - joined[-1][0] <= GUTTER_JOIN_WIDTH * widest:
            joined[-1] = (joined[-1][0], right)
        else:
            joined.append((left, right))
    return joined


def _leaves_out(shapes: Sequence[_Blob], regions: Sequence[_Blob]) -> bool:
    """Whether ink between gutters, screen-sized beside the regions (LEFT_OUT_SHARE), lies mostly
    outside them (LEFT_OUT_COVERED): a screen whose edge the fill crossed left only its content, and
    cutting out the others would drop it from the check."""
    area = float(np.median([r.area for r in regions]))
    for shape in shapes:
        if shape.area < LEFT_OUT_SHARE * area:
            continue
        inside = sum(_intersection(shape, r) for r in regions)
        if inside < LEFT_OUT_COVERED * shape.area:
            return True
    return False


def _holds_two(regions: Sequence[_Blob], shapes: Sequence[_Blob], image_area: int) -> bool:
    """Whether a region between gutters holds two screen-shaped shapes the canvas fill found, one
    above the other or side by side, each HOLDS_TWO_SHARE of its height: two screens of two rows
    whose band the captions between them held together (a region as tall as both, which a
    tablet's proportions let through: each screen 0.46 of it; cards in a white screen are not
    screen-shaped or under 0.4)."""
    large = [
        b
        for b in shapes
        if b.area >= MIN_REGION_SHARE * image_area and SCREEN_ASPECT[0] <= b.aspect <= SCREEN_ASPECT[1]
    ]
    for region in regions:
        inside = [
            b for b in large if _intersection(b, region) >= 0.5 * b.area and b.h >= HOLDS_TWO_SHARE * region.h
        ]
        for a, b in pairwise(sorted(inside, key=lambda s: (s.y, s.x))):
            apart_down = b.y >= a.y + a.h * (1 - LEAK_BAND_SLACK)
            apart_across = b.x >= a.x + a.w * (1 - LEAK_BAND_SLACK) or a.x >= b.x + b.w * (
                1 - LEAK_BAND_SLACK
            )
            if apart_down or apart_across:
                return True
    return False


def _intersection(a: _Blob, b: _Blob) -> int:
    w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    return max(0, w) * max(0, h)


def _union(a: _Blob, b: _Blob) -> _Blob:
    x0, y0 = min(a.x, b.x), min(a.y, b.y)
    x1, y1 = max(a.x + a.w, b.x + b.w), max(a.y + a.h, b.y + b.h)
    return _Blob(x0, y0, x1 - x0, y1 - y0, a.pixels + b.pixels)


def _overlaps(a: _Blob, b: _Blob) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def _join_split_screens(blobs: list[_Blob], image_area: int) -> list[_Blob]:
    """Blobs that are one screen cut by a canvas-coloured line (a status bar above content of the
    canvas's colour) joined again: same columns, one above the other, a hairline apart.

    Two pieces that are each a screen (see `_screen_sized`) are two rows of a board whose gap the
    detection scale narrowed to a hairline (12 px at 0.3 is 3-4 px), not one screen: a status bar
    is a thin strip, never screen-shaped."""
    joined = sorted(blobs, key=lambda b: (b.x, b.y))
    changed = True
    while changed:
        changed = False
        for i, upper in enumerate(joined):
            for j, lower in enumerate(joined):
                if i == j or lower.y < upper.y:
                    continue
                overlap = min(upper.x + upper.w, lower.x + lower.w) - max(upper.x, lower.x)
                gap = lower.y - (upper.y + upper.h)
                hairline = max(2.0, JOIN_GAP_SHARE * max(upper.w, lower.w))
                if (
                    0 <= gap <= hairline
                    and overlap >= JOIN_OVERLAP * max(upper.w, lower.w)
                    and not (_screen_sized(upper, image_area) and _screen_sized(lower, image_area))
                ):
                    x0, y0 = min(upper.x, lower.x), upper.y
                    x1 = max(upper.x + upper.w, lower.x + lower.w)
                    y1 = max(upper.y + upper.h, lower.y + lower.h)
                    merged = _Blob(x0, y0, x1 - x0, y1 - y0, upper.pixels + lower.pixels)
                    joined = [b for k, b in enumerate(joined) if k not in (i, j)] + [merged]
                    changed = True
                    break
            if changed:
                break
    return joined


def _screen_sized(blob: _Blob, image_area: int) -> bool:
    """Whether a blob could be a screen of a board on its own: large, solid and screen-shaped."""
    return (
        blob.area >= MIN_REGION_SHARE * image_area
        and blob.solidity >= MIN_SOLIDITY
        and SCREEN_ASPECT[0] <= blob.aspect <= SCREEN_ASPECT[1]
    )


def _rows(blobs: Sequence[_Blob]) -> list[list[_Blob]]:
    """Blobs grouped into rows (a blob joins a row when its vertical middle lies within it), top to bottom, each left to right."""
    rows: list[list[_Blob]] = []
    for blob in sorted(blobs, key=lambda b: b.y):
        middle = blob.y + blob.h / 2
        for row in rows:
            top = min(b.y for b in row)
            bottom = max(b.y + b.h for b in row)
            if top <= middle <= bottom:
                row.append(blob)
                break
        else:
            rows.append([blob])
    return [sorted(row, key=lambda b: b.x) for row in rows]


def _corners(box: Box) -> tuple[int, int, int, int]:
    x, y, w, h = box
    return (x, y, x + w, y + h)
