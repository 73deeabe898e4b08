"""Shared vocabulary of the corpus generator: devices, themes, fonts, and the dev / holdout split."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Platform = Literal["ios", "android", "tablet", "desktop"]
Split = Literal["dev", "holdout"]


# Debian's Chromium, never a browser downloaded by Playwright. The machine has no GPU and no
# network beyond package registries: these flags keep Chromium from trying either.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass(frozen=True)
class Device:
    name: str
    width: int  # CSS pixels of the viewport
    height: int
    scale: float  # device pixel ratio: the PNG is width*scale × height*scale
    platform: Platform


DEVICES: tuple[Device, ...] = (
    Device("iphone-se", 375, 667, 2, "ios"),
    Device("iphone-15", 393, 852, 3, "ios"),
    Device("iphone-15-1x", 393, 852, 1, "ios"),
    Device("pixel-7", 412, 915, 2.625, "android"),
    Device("android-small", 360, 740, 1, "android"),
    Device("android-2x", 360, 800, 2, "android"),
    Device("ipad", 820, 1180, 2, "tablet"),
    Device("laptop", 1280, 800, 1, "desktop"),
    Device("desktop-hd", 1440, 900, 1, "desktop"),
    Device("macbook-retina", 1440, 900, 2, "desktop"),
)

# Families installed from Debian's fonts-* packages (see README "Benchmarks").
FONTS: dict[str, tuple[str, ...]] = {
    "sans": (
        "Inter",
        "Roboto",
        "Open Sans",
        "Lato",
        "Cantarell",
        "Noto Sans",
        "Liberation Sans",
        "DejaVu Sans",
    ),
    "serif": ("EB Garamond", "Noto Serif", "Liberation Serif", "DejaVu Serif"),
    "condensed": ("Liberation Sans Narrow", "DejaVu Sans Condensed", "Roboto Condensed"),
    "display": ("League Spartan", "Quicksand", "Comic Neue", "Caladea", "Carlito"),
    "mono": ("Fira Code", "DejaVu Sans Mono"),
}
