"""Perceptual fingerprints of screens, so the same screen uploaded twice is recognised."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image
from rapidfuzz import fuzz

from mockcheck.textmatch import normalise

if TYPE_CHECKING:
    from mockcheck.model import Layout, Line

HASH_SIDE = 16  # 16×16 difference hash: 256 bits, robust to re-export, scaling and JPEG
# Bits that may differ for two exports of the same screen. Different screens of one app
# (same header, same palette) measured 40+ bits apart; re-encoded copies under 12.
NEAR_DUPLICATE_BITS = 20


def dhash(image: Image.Image) -> int:
    small = image.convert("L").resize((HASH_SIDE + 1, HASH_SIDE), Image.Resampling.BILINEAR)
    pixels = np.asarray(small, dtype=np.int16)
    bits = (pixels[:, 1:] > pixels[:, :-1]).flatten()
    return int("".join("1" if b else "0" for b in bits), 2)


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


# Under this many differing bits two images are the same picture whatever OCR reads on them
# (a half-size re-export of a screen measured 0 bits from its original).
SAME_PICTURE_BITS = 8


def _same_shape(aspect_a: float, aspect_b: float) -> bool:
    return abs(aspect_a - aspect_b) < 0.05 * max(aspect_a, aspect_b)


def near_duplicates(a: int, b: int, aspect_a: float, aspect_b: float) -> bool:
    """Close hashes and the same shape (a hash alone ignores the aspect ratio): worth comparing the text."""
    return distance(a, b) <= NEAR_DUPLICATE_BITS and _same_shape(aspect_a, aspect_b)


def same_picture(a: int, b: int, aspect_a: float, aspect_b: float) -> bool:
    """So close that no text comparison is needed: a copy, a re-encoding or a rescaled export."""
    return distance(a, b) <= SAME_PICTURE_BITS and _same_shape(aspect_a, aspect_b)


# A same-size copy of a screen (re-encoded, re-exported) reads the same words, bar a few OCR
# slips. More new words than this, and this share of the later screen's words, is new content:
# a banner 'Your TikTok is linked' over the same settings page is another screen. A rescaled
# copy is not compared by its words: OCR of a half-size copy invents slips by the handful
# ('inport', 'wtories' for 'import', 'stories' in the duplicate-screen fixture).
NEW_CONTENT_WORDS = 3
NEW_CONTENT_SHARE = 0.2
SAME_SIZE_TOLERANCE = 0.03
# A line of the later screen whose best likeness to any line of the earlier is under this is new.
NEW_LINE_SIMILARITY = 60.0
# ... and read with at least this mean confidence.
NEW_LINE_CONFIDENCE = 60.0


# Words this long or longer: OCR's specks and stray letters are shorter.
LONG_WORD_CHARS = 4
# The same screen exported again in another device frame or on another canvas is another
# picture but reads the same: this many long words, in an order at least this similar.
SAME_TEXT_MIN_WORDS = 10
SAME_TEXT_SIMILARITY = 95.0


def _long_words(text: str) -> list[str]:
    return [w for w in text.split() if len(w) >= LONG_WORD_CHARS]


def same_words(text_a: str, text_b: str) -> bool:
    """Whether two normalised texts read as the same screen, whatever frame or canvas is round it."""
    words_a, words_b = _long_words(text_a), _long_words(text_b)
    return (
        min(len(words_a), len(words_b)) >= SAME_TEXT_MIN_WORDS
        # In any order: a frame's shadow or margin shifts which line OCR reads first in a row.
        and fuzz.token_sort_ratio(" ".join(words_a), " ".join(words_b)) >= SAME_TEXT_SIMILARITY
    )


def _shows_new_content(
    earlier: str,
    later: str,
    earlier_size: tuple[int, int],
    later_size: tuple[int, int],
    earlier_lines: Sequence[str] = (),
    later_lines: Iterable[Line] = (),
) -> bool:
    """Whether normalised `later`, at the same size as `earlier`, holds words (four letters or more) it lacks."""
    if any(
        abs(a - b) > SAME_SIZE_TOLERANCE * max(a, b) for a, b in zip(earlier_size, later_size, strict=True)
    ):
        return False
    seen = set(_long_words(earlier))
    words = _long_words(later)
    new = {w for w in words if w not in seen}
    if len(new) >= NEW_CONTENT_WORDS and len(new) >= NEW_CONTENT_SHARE * len(set(words)):
        return True
    return _new_line(earlier_lines, later_lines)


def _new_line(earlier_lines: Sequence[str], later_lines: Iterable[Line]) -> bool:
    """Whether a line of `later_lines`, of some words read with confidence, is like no line of
    `earlier_lines`: a toast or banner on the same page ('TikTok account connected
    successfully'). OCR's slips leave a line like itself; a line it garbles (a JPEG copy's
    address bar) it reads with low confidence."""
    for line in later_lines:
        text = normalise(line.text)
        if (
            len(_long_words(text)) >= NEW_CONTENT_WORDS
            and sum(w.conf for w in line.words) >= NEW_LINE_CONFIDENCE * len(line.words)
            and all(fuzz.ratio(text, old) < NEW_LINE_SIMILARITY for old in earlier_lines)
        ):
            return True
    return False


def shows_new_line(a: Layout, b: Layout) -> bool:
    """Whether screen `b`, at the size of screen `a`, holds a line `a` lacks: the same page in a
    new state. Rescaled copies are not compared, as their OCR slips too much."""
    if any(
        abs(x - y) > SAME_SIZE_TOLERANCE * max(x, y) for x, y in ((a.width, b.width), (a.height, b.height))
    ):
        return False
    return _new_line([normalise(line.text) for line in a.lines], b.lines)


def is_copy(fingerprint_a: int, a: Layout, fingerprint_b: int, b: Layout) -> bool:
    """Whether screen `b` is a copy of screen `a` (re-encoded, re-exported, rescaled): the same
    picture and, when the two are the same size, no new words."""
    return same_picture(fingerprint_a, fingerprint_b, a.width / a.height, b.width / b.height) and not (
        _shows_new_content(
            normalise(a.text),
            normalise(b.text),
            (a.width, a.height),
            (b.width, b.height),
            [normalise(line.text) for line in a.lines],
            b.lines,
        )
    )
