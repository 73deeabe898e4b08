"""Words + pixels → UI elements: buttons, headings, list items, links, inputs and paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from mockcheck.logo import find_tiktok_logos
from mockcheck.model import Box, Element, ElementKind, Layout, Line, Word

# --- Shapes around text. A flood fill seeded just beside a line's text spreads over the
# surface the text sits on: a button's fill, the inside of an outlined pill or input, a card,
# or the whole page. The fill stops at colour steps larger than this per channel (JPEG q40
# noise on flat colour stays under ~6; a dark-mode card #1E1E1E on #121212 differs by 12).
FLOOD_TOLERANCE = 8
# Seeds sit this many line heights beside the text: inside a chip's 12-px padding at 13-px text.
SEED_OFFSET = 0.5
# The flood runs in a band this many line heights above and below the line; a surface that
# reaches the band's edge is the page (or a large panel), not a control.
BAND_LINES = 4.0
# A control holds at most this many rows of text and is at most this many line heights tall
# (a two-line button "Continue / with TikTok" is ~3.5).
CONTROL_MAX_ROWS = 2
CONTROL_MAX_HEIGHT = 5.0
# Within one bar, lines this many line heights apart or closer are one label whose middle OCR
# lost ('Allow & continue' read as 'Allow' and 'continue'); a segmented control's or a tab
# bar's labels stand several heights apart.
LABEL_GAP = 2.0
# Inside a control, a line of at most this many characters all read below this confidence is
# noise from the control's rounded corners or an icon, not part of its label.
SPECK_CHARS = 3
SPECK_CONF = 45.0
# Text starting within this fraction of a box's width from its left edge, and covering less
# than INPUT_MAX_TEXT_FRACTION of it, is a placeholder in a field, not a centred button label.
INPUT_LEFT_FRACTION = 0.2
INPUT_MAX_TEXT_FRACTION = 0.6
# A surface differs from the page background when its colour is this far from it (max channel).
FILL_DIFFERENCE = 24

# Sparse OCR may return the words of one label as lines of their own. Lines on one baseline
# (centres within WORD_JOIN_OFFSET of a line height, heights alike) a word space apart are one
# line: a word space is ~0.3 line heights, the gap between two chips or buttons 1.5 or more.
WORD_JOIN_GAP = 0.8
WORD_JOIN_OFFSET = 0.25
WORD_JOIN_HEIGHT_RATIO = 0.75
# A word of at most MARK_CHARS characters over MARK_HEIGHT times a line's median word height is
# a shape drawn over the row (an annotation's ring, a cursor); one under MARK_SPECK_HEIGHT a speck.
# Tesseract is unsure of either (under MARK_CONF); a real 'Go' boxed tall by a ring it reads sure.
MARK_CHARS = 2
MARK_HEIGHT = 1.6
MARK_SPECK_HEIGHT = 0.4
MARK_CONF = 90.0
# A word read with less confidence than this, and this many times taller than the line's
# sure words, is a misread whose box says nothing about where the line's text is.
UNSURE_WORD_CONF = 20.0
UNSURE_WORD_HEIGHT = 1.6

# --- Text roles.
# Lines this much taller than the body text are headings (h1 24 px over 15-px body is ~1.6;
# bold 17-px card titles ~1.15 stay text).
HEADING_RATIO = 1.3
# Glyph sizes of one short line are noisy (serif ligatures, semi-bold links measured 1.5x body
# on the dev screens), so the line box must agree: h1 boxes are >= 1.35x body boxes there.
HEADING_BOX_RATIO = 1.25
# A link is short: "Go back", "Not now", "Maybe later", "Cancel".
LINK_MAX_WORDS = 4
LINK_MAX_CHARS = 30
# A link's text colour is saturated (max-min channel) at least this much: brand blues and reds
# are > 150, greys are 0.
LINK_MIN_SATURATION = 60
# Centred: within this fraction of the image width of the middle.
CENTRED_FRACTION = 0.08
# Lines closer than this many line heights (gap between boxes) belong to one paragraph.
PARAGRAPH_GAP = 0.9
# ... or overlapping by at most this many.
PARAGRAPH_OVERLAP = 0.15
# A list is at least this many aligned short lines; items are at most LIST_MAX_WORDS words.
LIST_MIN_RUN = 3
LIST_MAX_WORDS = 5
# List rows are spaced up to this many line heights apart (16-px row padding at 15-px text is ~2.5).
LIST_MAX_GAP = 3.0
BULLET = re.compile(r"^(?:[•·●○◦▪■‣⁃\-–*✓✔☑✗✅>]|\d{1,2}[.)])")
DARK_LUMINANCE = 100  # page background luminance below this is a dark theme

# --- Navigation and device chrome ("nav"): not controls of the page. A status bar is the top
# row holding a clock; a browser's tab strip and address bar end with the line that reads as
# a URL in the top BROWSER_CHROME_SHARE of the screen; a tab bar or top menu is a row of
# BAR_MIN_LABELS or more labels of at most BAR_LABEL_WORDS words within BAR_EDGE_SHARE of the
# top or bottom edge ('Home  Discover  Inbox  Profile'). Same measures as facts.py uses.
STATUS_BAR_SHARE = 0.06
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
# A clock among a few status icons read as letters ('9:41 eee;'): a status bar's line.
STATUS_LINE_WORDS = 5
BROWSER_CHROME_SHARE = 0.2
URL = re.compile(r"(?:^|\s)(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?(?:\s|$)", re.IGNORECASE)
BAR_MIN_LABELS = 3
# An app dimmed behind a sheet or dialog: every line on its surface has under BACKDROP_CONTRAST
# of the contrast of the sheet's strongest, and the surface is under BACKDROP_LUMINANCE of the
# sheet's luminance; the sheet holds at least BACKDROP_SHEET_LINES lines. Black at 40-50 % over
# the app leaves 0.5-0.6 of both; a grey card (#F5F5F5 on white) is 0.96 as bright. The sheet
# is the surface with the most lines among those within BACKDROP_CONTRAST_TIE of the strongest;
# a dimmed surface holds BACKDROP_MIN_LINES lines or more (one line on a colour of its own is a
# filled button).
BACKDROP_CONTRAST = 0.65
BACKDROP_LUMINANCE = 0.8
# A light app under an iOS or Material scrim keeps its black text black: its contrast falls only
# to the surface's luminance (0.6 of white), close to a sheet whose strongest line is a blue
# label or grey text. Dark ink on a surface that dark beside a light sheet may keep up to
# BACKDROP_DEEP_CONTRAST.
BACKDROP_DEEP_LUMINANCE = 0.7
BACKDROP_DEEP_CONTRAST = 0.8
BACKDROP_CONTRAST_TIE = 0.9
BACKDROP_SHEET_LINES = 4
BACKDROP_MIN_LINES = 2
# A scrim darkens what it covers to this share of the sheet's brightness at most; a disabled
# button's grey (#BDBDBD on white is 0.74) stays above it.
BACKDROP_SCRIM_LUMINANCE = 0.65
# A scrim's grey: its channels differ by this much at most.
SCRIM_SPREAD = 24
# Where the surface around a card is sampled: a band this far and this wide outside its box,
# and again half its height away.
RING_GAP = 3
RING_WIDTH = 4
BAR_LABEL_WORDS = 2
BAR_EDGE_SHARE = 0.125
# Shapes are found on a copy shrunk so body lines are about this tall: retina screenshots
# flood 9x fewer pixels, and 1.5-px borders at 3x are still 1.5 px there.
WORKING_LINE_HEIGHT = 16


@dataclass(frozen=True)
class Surface:
    """The region a line of text sits on, when it is smaller than the page."""

    box: Box
    filled: bool  # its colour differs from the page background (vs an outline on the page)


def page_background(rgb: np.ndarray) -> np.ndarray:
    """The most common colour of the image border, where page background shows on every mockup."""
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]]).astype(np.int32)
    quantised = border // 8
    keys = quantised[:, 0] * 1024 + quantised[:, 1] * 32 + quantised[:, 2]
    values, counts = np.unique(keys, return_counts=True)
    top = values[np.argmax(counts)]
    return border[keys == top].mean(axis=0)


def _luminance(colour: np.ndarray) -> float:
    r, g, b = (float(c) for c in colour[:3])
    return 0.299 * r + 0.587 * g + 0.114 * b


def is_dark(colour: np.ndarray) -> bool:
    return _luminance(colour) < DARK_LUMINANCE


def find_surface(rgb: np.ndarray, line: Line, page: np.ndarray) -> Surface | None:
    """The control or card `line` sits on, found by flood filling beside its text; None on the page."""
    img_h, img_w = rgb.shape[:2]
    x, y, w, h = line.box
    h = max(h, 4)
    top = max(0, int(y - BAND_LINES * h))
    bottom = min(img_h, int(y + h + BAND_LINES * h))
    band = np.ascontiguousarray(rgb[top:bottom])
    if band.shape[0] == 0:
        return None
    # Clamped: OCR finds slivers of 'text' on the very edge ('ee' 2 px high on the last row).
    cy = min(max(int(y + h / 2) - top, 0), band.shape[0] - 1)
    offset = max(2, int(SEED_OFFSET * h))
    best: Surface | None = None
    for sx in (x - offset, x + w + offset):
        if not 0 <= sx < img_w:
            continue
        mask = np.zeros((band.shape[0] + 2, band.shape[1] + 2), np.uint8)
        flags = 4 | cv2.FLOODFILL_FIXED_RANGE | cv2.FLOODFILL_MASK_ONLY | (255 << 8)
        tol = (FLOOD_TOLERANCE,) * 3
        _, _, _, (rx, ry, rw, rh) = cv2.floodFill(band, mask, (int(sx), cy), (0, 0, 0), tol, tol, flags)
        touches_band = (ry == 0 and top > 0) or (ry + rh >= band.shape[0] and bottom < img_h)
        encloses = rx <= x + 1 and rx + rw >= x + w - 1 and ry <= y - top + 1 and ry + rh >= y - top + h - 1
        if touches_band or not encloses or rw * rh > 0.5 * img_w * img_h:
            continue
        seed_colour = band[cy, int(sx)].astype(np.int32)
        filled = bool(np.abs(seed_colour - page).max() > FILL_DIFFERENCE)
        surface = Surface((rx, ry + top, rw, rh), filled)
        if best is None or rw * rh < best.box[2] * best.box[3]:
            best = surface
    return best


def text_colour(rgb: np.ndarray, line: Line) -> np.ndarray | None:
    """Median colour of the pixels in the line's box that differ most from its edge colour."""
    x, y, w, h = line.box
    crop = rgb[y : y + h, x : x + w].reshape(-1, 3).astype(np.int32)
    if crop.size == 0:
        return None
    edge = _edge_colour(rgb, line.box)
    distance = np.abs(crop - edge).max(axis=1)
    ink = crop[distance >= max(40, 0.6 * distance.max())]
    return np.median(ink, axis=0) if len(ink) else None


def _edge_colour(rgb: np.ndarray, box: Box) -> np.ndarray:
    """The colour a text box sits on: the median of its top and bottom rows."""
    x, y, w, h = box
    return np.median(
        np.concatenate([rgb[y, x : x + w], rgb[min(y + h, rgb.shape[0]) - 1, x : x + w]]), axis=0
    )


def text_size(rgb: np.ndarray, line: Line) -> float:
    """Ascender height of a line's glyphs (upper quartile of their heights), proportional to font size.

    Line boxes of "Quillpad" (Q, p) and "was" differ by 1.5x at one font size, and an ink-density
    band wobbles with the letters used; the tall glyphs of a line (capitals, b, d, h, k, l) do not.
    """
    x, y, w, h = line.box
    crop = rgb[y : y + h, x : x + w].astype(np.int32)
    if crop.size == 0:
        return float(h)
    edge = np.median(np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]]), axis=0)
    distance = np.abs(crop - edge).max(axis=2)
    ink = (distance >= max(30, 0.5 * distance.max())).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    heights = heights[heights >= 3]
    if len(heights) == 0:
        return float(h)
    return float(np.percentile(heights, 75))


def _centre_inside(line: Line, box: Box) -> bool:
    cx, cy = line.box[0] + line.box[2] / 2, line.box[1] + line.box[3] / 2
    return box[0] <= cx <= box[0] + box[2] and box[1] <= cy <= box[1] + box[3]


def _rows(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: ln.box[1] + ln.box[3] / 2):
        cy = line.box[1] + line.box[3] / 2
        if rows:
            last = rows[-1][0]
            if abs(cy - (last.box[1] + last.box[3] / 2)) < 0.5 * min(line.box[3], last.box[3]):
                rows[-1].append(line)
                continue
        rows.append([line])
    return rows


def _union(boxes: list[Box]) -> Box:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


def _is_input(line: Line, box: Box) -> bool:
    left = line.box[0] - box[0]
    return left < INPUT_LEFT_FRACTION * box[2] and line.box[2] < INPUT_MAX_TEXT_FRACTION * box[2]


def _controls(
    rgb: np.ndarray, lines: tuple[Line, ...], page: np.ndarray
) -> tuple[list[Element], set[int], dict[int, Box]]:
    """Buttons and inputs (by their shape), and the card each remaining line sits in."""
    surfaces: dict[Box, Surface] = {}
    for line in lines:
        surface = find_surface(rgb, line, page)
        if surface is not None:
            surfaces.setdefault(surface.box, surface)
    elements: list[Element] = []
    used: set[int] = set()
    cards: dict[int, Box] = {}
    # Smallest surfaces first: a button inside a card claims its label before the card does.
    for box in sorted(surfaces, key=lambda b: b[2] * b[3]):
        inside = [i for i, ln in enumerate(lines) if i not in used and _centre_inside(ln, box)]
        if not inside:
            continue
        # Rounded corners read as 'va' or 'XN' would make a button look like a card of three rows.
        labels = [i for i in inside if not _is_speck(lines[i])] or inside
        rows = _rows([lines[i] for i in labels])
        tallest = max(lines[i].box[3] for i in labels)
        # Rows each holding a name and, a column away, its status ('TikTok ... Tap to link' over
        # 'Spotify ... Connected') are a grouped list's card; a button's rows are one label each.
        columns = len(rows) > 1 and all(len(_labels_of_row(row)) > 1 for row in rows)
        if len(rows) <= CONTROL_MAX_ROWS and box[3] <= CONTROL_MAX_HEIGHT * tallest and not columns:
            if len(rows) == 1 and len(rows[0]) > 1:
                # A row of labels on one bar (tab bar, segmented control): one control per label;
                # words a glyph apart ('Allow & continue' without its '&') are one label.
                for words in _labels_of_row(rows[0]):
                    x, _, w, _ = _union([ln.box for ln in words])
                    elements.append(Element("button", tuple(words), (x, box[1], w, box[3])))
            else:
                members = tuple(sorted((lines[i] for i in labels), key=lambda ln: ln.box[1]))
                kind: ElementKind = (
                    "input"
                    if len(members) == 1 and _is_input(members[0], box) and not surfaces[box].filled
                    else "button"
                )
                elements.append(Element(kind, members, box))
            used.update(inside)
        else:
            for i in inside:
                cards.setdefault(i, box)
    return elements, used, cards


def _is_speck(line: Line) -> bool:
    """A word or two of noise, read with little confidence from an edge or an icon."""
    return len(line.text.strip()) <= SPECK_CHARS and max(w.conf for w in line.words) < SPECK_CONF


def _labels_of_row(row: list[Line]) -> list[list[Line]]:
    """The labels of one bar, left to right: lines closer than LABEL_GAP line heights are one label."""
    row = sorted(row, key=lambda ln: ln.box[0])
    labels = [[row[0]]]
    for line in row[1:]:
        prev = labels[-1][-1]
        gap = line.box[0] - (prev.box[0] + prev.box[2])
        if gap <= LABEL_GAP * max(prev.box[3], line.box[3]):
            labels[-1].append(line)
        else:
            labels.append([line])
    return labels


def _scale_box(box: Box, f: float) -> Box:
    return (int(box[0] * f), int(box[1] * f), max(1, round(box[2] * f)), max(1, round(box[3] * f)))


def _controls_scaled(
    rgb: np.ndarray, lines: tuple[Line, ...], page: np.ndarray
) -> tuple[list[Element], set[int], dict[int, Box]]:
    """`_controls` on a copy shrunk to WORKING_LINE_HEIGHT, with boxes mapped back to `rgb` pixels."""
    heights = sorted(ln.box[3] for ln in lines)
    f = min(1.0, WORKING_LINE_HEIGHT / heights[len(heights) // 2]) if heights else 1.0
    if f > 0.9:
        # floodFill wants a writable image even in mask-only mode.
        return _controls(np.array(rgb), lines, page)
    small = cv2.resize(rgb, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    scaled = tuple(Line(ln.words, _scale_box(ln.box, f)) for ln in lines)
    elements, used, cards = _controls(small, scaled, page)
    back = 1.0 / f
    originals = {id(s): o for s, o in zip(scaled, lines, strict=True)}
    elements = [
        Element(e.kind, tuple(originals[id(ln)] for ln in e.lines), _scale_box(e.box, back)) for e in elements
    ]
    return elements, used, {i: _scale_box(b, back) for i, b in cards.items()}


def _is_list_start(line: Line) -> bool:
    return bool(BULLET.match(line.text))


def _short(line: Line) -> bool:
    return len(line.words) <= LIST_MAX_WORDS and not line.text.rstrip().endswith((".", ","))


def trim_unsure_words(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Lines whose box a word Tesseract barely believes stretches: 'Looks' read as 'tasks' at
    5 % with a box twice the label's height, so the label no longer fits inside its button.
    Such a word keeps its text but takes the vertical extent of the line's sure words."""
    out: list[Line] = []
    for line in lines:
        sure = [w for w in line.words if w.conf >= UNSURE_WORD_CONF]
        if not sure or len(sure) == len(line.words):
            out.append(line)
            continue
        top = min(w.box[1] for w in sure)
        bottom = max(w.box[1] + w.box[3] for w in sure)
        height = float(np.median([w.box[3] for w in sure]))
        words = tuple(
            Word(w.text, (w.box[0], top, w.box[2], bottom - top), w.conf)
            if w.conf < UNSURE_WORD_CONF and w.box[3] > UNSURE_WORD_HEIGHT * height
            else w
            for w in line.words
        )
        out.append(Line(words, _union([w.box for w in words])))
    return tuple(out)


def split_at_drawn_marks(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Two lines where a shape drawn over a row was read as a letter between its labels:
    'Cancel C 7 Next', the 'C' a reviewer's ellipse round 'Next' (twice the labels' height),
    the '7' a speck of it. Such marks are dropped; a label is read on each side."""
    out: list[Line] = []
    for line in lines:
        words = line.words
        heights = sorted(w.box[3] for w in words if len(w.text) > MARK_CHARS)
        if len(words) < 3 or not heights:
            out.append(line)
            continue
        height = heights[(len(heights) - 1) // 2]
        inner = words[1:-1]
        if not any(_drawn_mark(w, height) and w.box[3] > MARK_HEIGHT * height for w in inner):
            out.append(line)
            continue
        part: list[Word] = []
        for w in words:
            if _drawn_mark(w, height):
                if part:
                    out.append(Line(tuple(part), _union([p.box for p in part])))
                    part = []
                continue
            part.append(w)
        if part:
            out.append(Line(tuple(part), _union([p.box for p in part])))
    return tuple(out)


def _drawn_mark(word: Word, height: int) -> bool:
    """A letter or two read off a shape: far taller or shorter than the line's words, and unsure."""
    return (
        len(word.text) <= MARK_CHARS
        and word.conf < MARK_CONF
        and not MARK_SPECK_HEIGHT * height <= word.box[3] <= MARK_HEIGHT * height
    )


def join_word_fragments(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """One line for words that sparse OCR returned as separate lines though they stand a word
    space apart on one baseline ('Never' 'mind'): a label is read whole or not at all."""
    out: list[Line] = []
    for line in lines:  # reading order: a row's lines come left to right
        if out:
            prev = out[-1]
            gap = line.box[0] - (prev.box[0] + prev.box[2])
            height = max(prev.box[3], line.box[3])
            centres = abs((prev.box[1] + prev.box[3] / 2) - (line.box[1] + line.box[3] / 2))
            alike = min(prev.box[3], line.box[3]) >= WORD_JOIN_HEIGHT_RATIO * height
            if 0 <= gap <= WORD_JOIN_GAP * height and centres <= WORD_JOIN_OFFSET * height and alike:
                words = (*prev.words, *line.words)
                out[-1] = Line(words, _union([prev.box, line.box]))
                continue
        out.append(line)
    return tuple(out)


def analyse(image: Image.Image, lines: tuple[Line, ...]) -> Layout:
    """Group OCR lines into UI elements in reading order, finding controls by the shapes around text."""
    rgb = np.asarray(image.convert("RGB"))
    lines = join_word_fragments(trim_unsure_words(split_at_drawn_marks(lines)))
    page = page_background(rgb)
    dark = is_dark(page)
    controls, used, cards = _controls_scaled(rgb, lines, page)
    rest = [i for i in range(len(lines)) if i not in used]
    # Body size over every line, button labels included: a screen of a title and a button
    # still has a heading.
    sizes = {i: text_size(rgb, line) for i, line in enumerate(lines)}
    # The lower median: with a title and one label, the label is the body size.
    ordered = sorted(sizes.values())
    body = ordered[(len(ordered) - 1) // 2] if ordered else 0.0
    boxes = sorted(line.box[3] for line in lines)
    body_box = boxes[(len(boxes) - 1) // 2] if boxes else 0
    img_w = rgb.shape[1]

    kinds: dict[int, ElementKind] = {}
    for i in rest:
        # An icon read as "x" or "<" is tall but not a heading.
        wordy = _wordy(lines[i].text)
        tall_box = lines[i].box[3] >= HEADING_BOX_RATIO * body_box
        # A short line beside a button, in its row, is the other choice ('Nope, go back' in bold
        # beside 'Yep, continue'), not a title: no screen puts its title in a row of buttons.
        beside = _beside_button(lines[i], controls)
        if body and sizes[i] >= HEADING_RATIO * body and tall_box and i not in cards and wordy and not beside:
            kinds[i] = "heading"
    _mark_lists(lines, rest, kinds, cards)
    _mark_links(rgb, lines, rest, kinds, controls, img_w)

    elements = list(controls)
    group: list[int] = []

    def flush() -> None:
        if group:
            members = tuple(lines[j] for j in group)
            elements.append(Element(kinds.get(group[0], "text"), members, _union([m.box for m in members])))
            group.clear()

    for i in rest:
        kind = kinds.get(i, "text")
        if group and kind in ("text", "heading") and kinds.get(group[-1], "text") == kind:
            prev = lines[group[-1]]
            gap = lines[i].box[1] - (prev.box[1] + prev.box[3])
            # By the size of the letters where it could be measured: a line's box grows with a
            # descender or a JPEG speck ('your TikTok data.' boxed 20 px under a 12-px line).
            size, prev_size = sizes[i], sizes[group[-1]]
            if size > 0 and prev_size > 0:
                similar = 0.7 <= size / prev_size <= 1.4
            else:
                similar = 0.7 <= lines[i].box[3] / max(prev.box[3], 1) <= 1.4
            overlap = min(prev.box[0] + prev.box[2], lines[i].box[0] + lines[i].box[2]) > max(
                prev.box[0], lines[i].box[0]
            )
            # Boxes of one paragraph's lines may overlap by a pixel or two ('requesting' boxed
            # taller by its 'q'): the gap only has to be no worse than that.
            if -PARAGRAPH_OVERLAP * prev.box[3] <= gap <= PARAGRAPH_GAP * prev.box[3] and similar and overlap:
                group.append(i)
                continue
        flush()
        group.append(i)
        if kind not in ("text", "heading"):
            flush()
    flush()
    elements = _mark_navigation(elements, image.height)
    elements = _mark_backdrop(rgb, elements)
    return Layout(
        width=image.width,
        height=image.height,
        lines=lines,
        elements=tuple(_reading_order(elements)),
        dark=dark,
        logos=find_tiktok_logos(rgb),
    )


def _shares_rows(a: Element, b: Element) -> bool:
    """Whether half the shorter of two elements lies in the other's rows: a button beside a
    label and its caption, whose centres differ."""
    top, bottom = max(a.box[1], b.box[1]), min(a.box[1] + a.box[3], b.box[1] + b.box[3])
    return bottom - top >= 0.5 * min(a.box[3], b.box[3])


def _same_row(a: Element, b: Element) -> bool:
    ca, cb = a.box[1] + a.box[3] / 2, b.box[1] + b.box[3] / 2
    return abs(ca - cb) < 0.5 * min(a.box[3], b.box[3])


def _shows_clock(element: Element) -> bool:
    return any(CLOCK.match(w.text) for ln in element.lines for w in ln.words)


def _in_column(a: Box, b: Box) -> bool:
    """Whether two boxes overlap horizontally: one stands above or below the other."""
    return min(a[0] + a[2], b[0] + b[2]) > max(a[0], b[0])


def _mark_navigation(elements: list[Element], height: int) -> list[Element]:
    """Status bar, browser chrome and tab bars become "nav" elements (headings stay headings)."""
    nav: set[int] = set()
    for e in elements:
        if e.box[1] + e.box[3] <= height * STATUS_BAR_SHARE and _shows_clock(e):
            nav.update(j for j, o in enumerate(elements) if _same_row(e, o))
    url_bottoms = [
        e.box[1] + e.box[3]
        for e in elements
        if e.box[1] < height * BROWSER_CHROME_SHARE and URL.search(e.text) and len(e.text.split()) <= 3
    ]
    if url_bottoms:
        bottom = max(url_bottoms)
        nav.update(i for i, e in enumerate(elements) if e.box[1] + e.box[3] <= bottom + 2)
    edge = [
        i
        for i, e in enumerate(elements)
        if len(e.text.split()) <= BAR_LABEL_WORDS
        and (e.box[1] + e.box[3] <= height * BAR_EDGE_SHARE or e.box[1] >= height * (1 - BAR_EDGE_SHARE))
    ]
    for i in edge:
        row = [j for j in edge if _same_row(elements[i], elements[j])]
        if len(row) >= BAR_MIN_LABELS:
            nav.update(row)
    return [
        Element("nav", e.lines, e.box) if i in nav and e.kind != "heading" else e
        for i, e in enumerate(elements)
    ]


def _line_contrast(rgb: np.ndarray, line: Line) -> tuple[np.ndarray, float, bool] | None:
    """The colour a line sits on (its box's top and bottom rows), how far its ink stands from it,
    and whether the ink is the darker."""
    x, y, w, h = line.box
    img_h, img_w = rgb.shape[:2]
    if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > img_w or y + h > img_h:
        return None  # OCR boxes off the image are no text to measure
    edge = _edge_colour(rgb, line.box)
    ink = text_colour(rgb, line)
    if ink is None:
        return None
    return edge, float(np.abs(ink - edge).max()), _luminance(ink) < _luminance(edge)


def _mark_backdrop(rgb: np.ndarray, elements: list[Element]) -> list[Element]:
    """The app dimmed behind a bottom sheet or dialog becomes "backdrop": read, but not the screen's content.

    Lines are grouped by the colour they sit on. The surface with the strongest text is the
    screen's own (the sheet, or the page); a surface much darker than it whose every line is
    faint is the app under a black overlay, which dims the colour and the contrast of all it
    covers alike. A grey card is barely darker than the page; captions on a dark page are the
    page's own when its title is as strong as any.
    """
    measured = [
        (i, m)
        for i, e in enumerate(elements)
        if e.kind != "nav"
        for line in e.lines
        if (m := _line_contrast(rgb, line)) is not None
    ]
    colours: list[np.ndarray] = []
    for _, (edge, _, _) in measured:
        if all(np.abs(colour - edge).max() > FILL_DIFFERENCE for colour in colours):
            colours.append(edge)
    if not colours:
        return elements
    # Each line joins the nearest surface colour, not the first one close enough: on a dark
    # theme a dimmed card (13,13,13), a button's fill and the sheet (28,27,32) all lie within
    # FILL_DIFFERENCE of one another, and the order lines come in would chain them together.
    groups: list[tuple[np.ndarray, list[tuple[int, float]], list[bool]]] = [(c, [], []) for c in colours]
    for i, (edge, contrast, dark_ink) in measured:
        nearest = min(range(len(colours)), key=lambda g: float(np.abs(colours[g] - edge).max()))
        groups[nearest][1].append((i, contrast))
        groups[nearest][2].append(dark_ink)
    groups = [g for g in groups if g[1]]
    # A button's fill or an app icon's letter holds one strong label and is no sheet; of the
    # surfaces with lines enough, the sheet, as strong as any or nearly, holds the most.
    candidates = [g for g in groups if len(g[1]) >= BACKDROP_SHEET_LINES]
    if not candidates:
        return elements
    top = max(max(c for _, c in members) for _, members, _ in candidates)
    strongest = max(
        (g for g in candidates if max(c for _, c in g[1]) >= BACKDROP_CONTRAST_TIE * top),
        key=lambda g: len(g[1]),
    )
    sheet_contrast = max(c for _, c in strongest[1])
    sheet_luminance = _luminance(strongest[0])
    dimmed: set[int] = set()
    sheet_dark_ink = _mostly(strongest[2])
    for colour, members, dark_ink in groups:
        contrast = max(c for _, c in members) / sheet_contrast
        luminance = _luminance(colour) / sheet_luminance if sheet_luminance else 1.0
        # Only dark ink keeps its contrast under a scrim, and a scrim never makes light text of
        # dark: a dark sidebar's white labels beside a light page are no app under a scrim.
        dark_on_light = sheet_dark_ink and _mostly(dark_ink)
        faint = contrast < BACKDROP_CONTRAST or (
            contrast < BACKDROP_DEEP_CONTRAST and luminance < BACKDROP_DEEP_LUMINANCE and dark_on_light
        )
        darker = luminance < BACKDROP_LUMINANCE
        # One line on its own colour is a filled control ('Agree and continue' on a mid-blue).
        if faint and darker and len(members) >= BACKDROP_MIN_LINES:
            dimmed |= {i for i, _ in members if elements[i].kind != "button"}
    dimmed -= {i for i, _ in strongest[1]}  # an element with any line on the sheet is the sheet's
    # What lies behind a sheet is never framed by the screen's own lines above and below it: a
    # translucent card inside a glass dialog is the dialog's (a presentation canvas, with its
    # caption in strong dark text, may have looked like the sheet).
    group_of = {i: g for g, (_, members, _) in enumerate(groups) for i, _ in members}
    dimmed -= {i for i in dimmed if _between_content(i, elements, dimmed, group_of)}
    # A faint button in the row of a dimmed line is dimmed with it: each service's 'Connect'
    # under the sheet sits on a fill of its own, so no surface colour tells it apart.
    strongest_line: dict[int, float] = {}
    for i, (_, contrast, _) in measured:
        strongest_line[i] = max(contrast, strongest_line.get(i, 0.0))
    # By its strongest line: a row of the sheet's list, a name over a grey caption, is no fainter
    # than its name.
    faint_buttons = {
        i
        for i, contrast in strongest_line.items()
        if elements[i].kind == "button" and contrast < BACKDROP_CONTRAST * sheet_contrast
    }
    # So is one with dimmed lines above and below it in its column: the app's own call to action
    # ('Add TikTok' between its pitch and 'Remind me later'), on a fill of its own.
    dimmed |= {
        i
        for i in faint_buttons
        if any(_shares_rows(elements[i], elements[j]) for j in dimmed) or _framed_by(i, elements, dimmed)
    }
    # A faint card alone under the scrim ('Top clips' above a bottom sheet) has no dimmed line
    # beside it for the grouping to see: the scrim around it tells, much darker than the sheet,
    # in rows of its own. Dark ink only, as above: a scrim never makes light text of dark. A
    # light sheet only: on a dark one every filled button is lighter than the ring around it.
    sheet_rows = [elements[i] for i, _ in strongest[1]] if not is_dark(strongest[0]) else []
    in_sheet = {i for i, _ in strongest[1]}
    dark_ink_of = {i: dark for i, (_, _, dark) in measured}
    dimmed |= {
        i
        for i, contrast in strongest_line.items()
        if sheet_rows
        and i not in dimmed
        and i not in in_sheet
        and dark_ink_of[i]
        and contrast < BACKDROP_CONTRAST * sheet_contrast
        and not any(_shares_rows(elements[i], e) for e in sheet_rows)
        and _on_scrim(rgb, elements[i].box, sheet_luminance)
    }
    return [Element("backdrop", e.lines, e.box) if i in dimmed else e for i, e in enumerate(elements)]


def _mostly(flags: list[bool]) -> bool:
    return sum(flags) * 2 > len(flags)


def _on_scrim(rgb: np.ndarray, box: Box, sheet_luminance: float) -> bool:
    """Whether what surrounds a box, close by and half its height away, is grey and much darker
    than the sheet: a scrim. A thick dark border ends before the far ring; a scrim does not."""
    near = _ring_colour(rgb, box, RING_GAP)
    far = _ring_colour(rgb, box, max(RING_GAP, box[3] // 2))
    if sheet_luminance <= 0 or near is None or far is None:
        return False
    # A scrim over a page is grey; a control's fill with dark ink on it is a brand colour.
    grey = all(float(c.max() - c.min()) <= SCRIM_SPREAD for c in (near, far))
    return grey and max(_luminance(near), _luminance(far)) / sheet_luminance < BACKDROP_SCRIM_LUMINANCE


def _ring_colour(rgb: np.ndarray, box: Box, gap: int) -> np.ndarray | None:
    """The median colour of a band RING_WIDTH wide, `gap` pixels outside each side of a box;
    None at the image's edge."""
    x, y, w, h = box
    img_h, img_w = rgb.shape[:2]
    a, b = gap, gap + RING_WIDTH
    if x - b < 0 or y - b < 0 or x + w + b > img_w or y + h + b > img_h:
        return None
    strips = [
        rgb[y - b : y - a, x : x + w].reshape(-1, 3),
        rgb[y + h + a : y + h + b, x : x + w].reshape(-1, 3),
        rgb[y : y + h, x - b : x - a].reshape(-1, 3),
        rgb[y : y + h, x + w + a : x + w + b].reshape(-1, 3),
    ]
    return np.median(np.concatenate(strips), axis=0)


def _framed_by(index: int, elements: list[Element], members: set[int]) -> bool:
    """Whether elements of `members` stand both above and below element `index` in its column."""
    box = elements[index].box
    in_column = [elements[j].box for j in members if _in_column(box, elements[j].box)]
    _, y, _, h = box
    return any(oy + oh <= y for _, oy, _, oh in in_column) and any(oy >= y + h for _, oy, _, _ in in_column)


def _between_content(index: int, elements: list[Element], dimmed: set[int], group_of: dict[int, int]) -> bool:
    """Whether lines of one surface, not dimmed, stand above and below element `index` in its
    column: a card inside that surface. The app's own header above a sheet is another surface."""
    _, y, _, h = elements[index].box
    above: set[int] = set()
    below: set[int] = set()
    for i, other in enumerate(elements):
        if i in dimmed or other.kind == "nav" or i == index or i not in group_of:
            continue
        if len(other.text.split()) <= STATUS_LINE_WORDS and _shows_clock(other):
            continue  # a status bar, the scrim stopping under it: a phone on a canvas
        if not _in_column(elements[index].box, other.box):
            continue
        _, oy, _, oh = other.box
        if oy + oh <= y:
            above.add(group_of[i])
        elif oy >= y + h:
            below.add(group_of[i])
    return bool(above & below)


def _mark_lists(lines: tuple[Line, ...], rest: list[int], kinds: dict[int, ElementKind], cards: dict) -> None:
    for i in rest:
        if i not in kinds and _is_list_start(lines[i]) and len(lines[i].words) > 1:
            kinds[i] = "list_item"
    # Rows in a card: several short lines on one panel.
    by_card: dict[Box, list[int]] = {}
    for i, box in cards.items():
        by_card.setdefault(box, []).append(i)
    for members in by_card.values():
        if len(members) >= 2 and all(_short(lines[i]) for i in members):
            for i in members:
                kinds.setdefault(i, "list_item")
    # A vertical run of short, left-aligned lines of one height.
    candidates = [i for i in rest if kinds.get(i) in (None, "list_item") and _short(lines[i])]
    run: list[int] = []

    def close() -> None:
        if len(run) >= LIST_MIN_RUN:
            for j in run:
                kinds[j] = "list_item"
        run.clear()

    for i in candidates:
        if run:
            prev = lines[run[-1]]
            line = lines[i]
            aligned = abs(line.box[0] - prev.box[0]) <= 0.6 * prev.box[3]
            similar = 0.75 <= line.box[3] / max(prev.box[3], 1) <= 1.33
            near = 0 <= line.box[1] - (prev.box[1] + prev.box[3]) <= LIST_MAX_GAP * prev.box[3]
            if not (aligned and similar and near):
                close()
        run.append(i)
    close()


def _mark_links(
    rgb: np.ndarray,
    lines: tuple[Line, ...],
    rest: list[int],
    kinds: dict[int, ElementKind],
    controls: list[Element],
    img_w: int,
) -> None:
    rows = _rows([lines[i] for i in rest])
    row_of = {id(ln): row for row in rows for ln in row}
    for position, i in enumerate(rest):
        line = lines[i]
        if i in kinds or len(line.words) > LINK_MAX_WORDS or len(line.text) > LINK_MAX_CHARS:
            continue
        if line.text.rstrip().endswith((".", ",", ":")) or len(row_of[id(line)]) > 1:
            continue
        # Not in a paragraph: no text line of similar height just above or below.
        neighbours = [
            lines[j]
            for j in (rest[position - 1] if position else None, *rest[position + 1 : position + 2])
            if j is not None
        ]
        # Of similar height and wordy: a speck read as 'i}' under a link makes no paragraph.
        in_paragraph = any(
            abs((n.box[1] + n.box[3] / 2) - (line.box[1] + line.box[3] / 2)) < 1.9 * line.box[3]
            and kinds.get(lines.index(n), "text") == "text"
            and n.box[3] >= 0.6 * line.box[3]
            and _wordy(n.text)
            for n in neighbours
        )
        if in_paragraph:
            continue
        colour = text_colour(rgb, line)
        coloured = colour is not None and float(colour.max() - colour.min()) >= LINK_MIN_SATURATION
        centred = abs(line.box[0] + line.box[2] / 2 - img_w / 2) < CENTRED_FRACTION * img_w
        below_control = any(
            0 <= line.box[1] - (c.box[1] + c.box[3]) <= 4 * line.box[3]
            for c in controls
            if c.kind == "button"
        )
        if coloured or (centred and below_control) or _beside_button(line, controls):
            kinds[i] = "link"


def _wordy(text: str) -> bool:
    """At least two letters or digits: a word, not an icon or a speck read as 'x' or 'i}'."""
    return sum(ch.isalnum() for ch in text) >= 2


def _beside_button(line: Line, controls: list[Element]) -> bool:
    """Whether `line` is a short label in a button's row: centred on its middle, clear of it."""
    if len(line.words) > LINK_MAX_WORDS or len(line.text) > LINK_MAX_CHARS:
        return False
    middle = line.box[1] + line.box[3] / 2
    for c in controls:
        if c.kind != "button":
            continue
        clear = line.box[0] >= c.box[0] + c.box[2] or line.box[0] + line.box[2] <= c.box[0]
        if clear and abs(middle - (c.box[1] + c.box[3] / 2)) <= c.box[3] / 2:
            return True
    return False


def _reading_order(elements: list[Element]) -> list[Element]:
    ordered = sorted(elements, key=lambda e: e.box[1] + min(e.box[3], 60) / 2)
    rows: list[list[Element]] = []
    for element in ordered:
        cy = element.box[1] + element.box[3] / 2
        if rows:
            last = rows[-1][0]
            if abs(cy - (last.box[1] + last.box[3] / 2)) < 0.5 * min(element.box[3], last.box[3]):
                rows[-1].append(element)
                continue
        rows.append([element])
    return [e for row in rows for e in sorted(row, key=lambda e: e.box[0])]
