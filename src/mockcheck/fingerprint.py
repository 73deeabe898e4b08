"""Perceptual fingerprints of screens, so the same screen uploaded twice is recognised."""

from __future__ import annotations

import numpy as np
from PIL import Image

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
