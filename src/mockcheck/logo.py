"""TikTok's logo found by its colours: the note glyph's cyan and red offsets side by side.

Designers mark TikTok with its logo as often as with its name: an empty state under a TikTok
icon with an 'Add source' button, a row of service icons. OCR reads no word there. The logo's
glyph is drawn twice behind itself, once in cyan (#25F4EE) and once in red (#FE2C55), a few
pixels apart; few other things on a screen put those two colours that close together.
"""

from __future__ import annotations

import cv2
import numpy as np

from mockcheck.model import Box

# Cyan #25F4EE and red #FE2C55, with room for JPEG, anti-aliasing and half-size exports (a q40
# JPEG of the logo measured cyan (84, 227, 210) and red (211, 65, 100) at their medians). Sky
# blue (133, 210, 255) is too red for the cyan; orange (211, 134, 64), Google's and others',
# has less blue than green, where TikTok's red has more.
CYAN_MAX_R = 120
CYAN_MIN_G = 180
CYAN_MIN_B = 170
CYAN_MAX_GB_GAP = 45
CYAN_MIN_G_OVER_R = 90
RED_MIN_R = 190
RED_MAX_G = 120
RED_MAX_B = 170
RED_MIN_R_OVER_G = 100
# The two offsets touch after growing each by this share of the screen's shorter side (3 px on a
# 390-px phone at 1x, 9 px at 3x).
TOUCH_SHARE = 0.008
# Each colour covers at least this many pixels per million of the screen (a 20-px logo on a
# 1280x800 page shows ~40 of each) ...
MIN_PIXELS_PER_MP = 25
MIN_PIXELS = 6
# ... and the two within this ratio of each other: the glyph's offsets are the same shape.
MAX_COLOUR_RATIO = 4.0
# A logo is a compact mark: at most this share of the screen's width, and roughly square.
MAX_WIDTH_SHARE = 0.25
MAX_ASPECT = 2.5


def find_tiktok_logos(rgb: np.ndarray) -> tuple[Box, ...]:
    """Boxes of TikTok logos on a screen (RGB array), in reading order."""
    h, w = rgb.shape[:2]
    if h < 8 or w < 8:
        return ()
    r = rgb[..., 0].astype(np.int16)
    g = rgb[..., 1].astype(np.int16)
    b = rgb[..., 2].astype(np.int16)
    cyan = (
        (r <= CYAN_MAX_R)
        & (g >= CYAN_MIN_G)
        & (b >= CYAN_MIN_B)
        & (np.abs(g - b) <= CYAN_MAX_GB_GAP)
        & (g - r >= CYAN_MIN_G_OVER_R)
    )
    red = (r >= RED_MIN_R) & (g <= RED_MAX_G) & (b >= g) & (b <= RED_MAX_B) & (r - g >= RED_MIN_R_OVER_G)
    if not cyan.any() or not red.any():
        return ()
    grow = max(1, round(TOUCH_SHARE * min(h, w)))
    kernel = np.ones((2 * grow + 1, 2 * grow + 1), np.uint8)
    cyan_grown = cv2.dilate(cyan.astype(np.uint8), kernel)
    red_grown = cv2.dilate(red.astype(np.uint8), kernel)
    marks = cv2.dilate(((cyan_grown & red_grown) > 0).astype(np.uint8), kernel)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(marks, connectivity=8)
    min_pixels = max(MIN_PIXELS, MIN_PIXELS_PER_MP * h * w / 1_000_000)
    found: list[Box] = []
    for i in range(1, count):
        x, y, bw, bh = (int(v) for v in stats[i, :4])
        if bw > MAX_WIDTH_SHARE * w or max(bw, bh) > MAX_ASPECT * max(1, min(bw, bh)):
            continue
        region = labels[y : y + bh, x : x + bw] == i
        n_cyan = int((cyan[y : y + bh, x : x + bw] & region).sum())
        n_red = int((red[y : y + bh, x : x + bw] & region).sum())
        if min(n_cyan, n_red) < min_pixels or max(n_cyan, n_red) > MAX_COLOUR_RATIO * min(n_cyan, n_red):
            continue
        found.append((x, y, bw, bh))
    return tuple(sorted(found, key=lambda box: (box[1], box[0])))
