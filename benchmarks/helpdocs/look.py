"""Visual choices of one submission: how it is shot (window, slide, phone), theme, font, buttons, annotations."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Literal

from benchmarks.corpusgen.common import DEVICES as PHONES_ALL
from benchmarks.corpusgen.common import FONTS, Device

Mode = Literal["window", "slide", "phone"]

# Help-centre screenshots are mostly desktop browser windows; slides put a phone on a plain
# background; a few submissions paste bare phone screenshots.
WINDOWS = (
    Device("hd-laptop", 1280, 800, 1, "desktop"),
    Device("hd-desktop", 1440, 900, 1, "desktop"),
    Device("hd-retina", 1280, 800, 2, "desktop"),
)
SLIDES = (Device("slide-1x", 1440, 900, 1, "desktop"), Device("slide-2x", 1280, 800, 2, "desktop"))
PHONES = tuple(
    d for d in PHONES_ALL if d.name in ("iphone-se", "iphone-15-1x", "android-2x", "android-small")
)


@dataclass(frozen=True)
class Look:
    mode: Mode
    device: Device
    browser: str  # safari, firefox, edge, chrome (window mode)
    dark: bool
    font: str
    size: float  # base text px
    zoom: float  # shrunk by the fitter when a page does not fit
    color: str
    accent: str
    button: str  # filled, outline, pill, link
    annotate: str  # none, rect, circle, arrow, badge, cursor, highlight
    ink: str  # annotation colour
    caption: bool
    redact: str  # box, blur
    layout: str  # modal, page, card
    crop: bool  # page cut at the left edge (a sidebar half off-screen)


def make_look(rng: random.Random, color: str, accent: str) -> Look:
    mode: Mode = rng.choices(("window", "slide", "phone"), weights=(58, 24, 18))[0]
    device = rng.choice({"window": WINDOWS, "slide": SLIDES, "phone": PHONES}[mode])
    fam = rng.choices(("sans", "condensed", "display", "serif"), weights=(70, 10, 12, 8))[0]
    return Look(
        mode=mode,
        device=device,
        browser=rng.choice(("safari", "firefox", "edge", "chrome")),
        dark=rng.random() < 0.3,
        font=rng.choice(FONTS[fam]),
        size=rng.choice((12.5, 13, 13.5, 14, 14.5)) if mode == "window" else rng.choice((14, 15, 16)),
        zoom=1.0,
        color=color,
        accent=accent,
        button=rng.choice(("filled", "filled", "outline", "pill", "link")),
        annotate=rng.choices(
            ("none", "rect", "circle", "arrow", "badge", "cursor", "highlight"),
            weights=(34, 14, 10, 14, 12, 8, 8),
        )[0],
        ink=rng.choice(("#ef4444", "#f97316", "#e11d48", "#f59e0b")),
        caption=rng.random() < 0.3,
        redact=rng.choice(("box", "blur")),
        layout=rng.choice(("modal", "page", "card")),
        crop=mode == "window" and rng.random() < 0.15,
    )


def shrink(look: Look) -> Look:
    """Smaller text for a page that spilled out of its viewport (paddings are in em, so they follow)."""
    return replace(look, size=round(look.size * 0.9, 2), zoom=round(look.zoom * 0.9, 3))
