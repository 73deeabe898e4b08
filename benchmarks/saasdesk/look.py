"""Devices (desktop and tablet viewports) and visual themes: palette, fonts, density, button and sidebar styles."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Literal

from benchmarks.corpusgen.common import Device

# Names prefixed so the Renderer's per-device page cache never mixes with another generator's.
# Widths span 1280–2560 device pixels on desktop; tablets in both orientations.
DESKTOPS: tuple[Device, ...] = (
    Device("sd-laptop", 1280, 800, 1, "desktop"),
    Device("sd-hd", 1366, 768, 1, "desktop"),
    Device("sd-mbp", 1440, 900, 1, "desktop"),
    Device("sd-win-scaled", 1536, 864, 1, "desktop"),
    Device("sd-hd-plus", 1600, 900, 1, "desktop"),
    Device("sd-fhd", 1920, 1080, 1, "desktop"),
    Device("sd-qhd", 2560, 1440, 1, "desktop"),
    Device("sd-retina-13", 1280, 800, 2, "desktop"),
    Device("sd-retina-720", 1280, 720, 2, "desktop"),
)
TABLETS: tuple[Device, ...] = (
    Device("sd-ipad-portrait", 768, 1024, 2, "tablet"),
    Device("sd-ipad-landscape", 1024, 768, 2, "tablet"),
    Device("sd-air-portrait", 820, 1180, 2, "tablet"),
    Device("sd-air-landscape", 1180, 820, 2, "tablet"),
    Device("sd-pro-portrait", 1024, 1366, 1, "tablet"),
    Device("sd-pro-landscape", 1366, 1024, 1, "tablet"),
    Device("sd-android-tab", 800, 1280, 1, "tablet"),
)

SANS = (
    "Inter",
    "Roboto",
    "Open Sans",
    "Lato",
    "Noto Sans",
    "Liberation Sans",
    "DejaVu Sans",
    "Carlito",
    "Cantarell",
)
HEADINGS = (
    "Inter Display",
    "League Spartan",
    "Lato",
    "Roboto",
    "Noto Serif",
    "EB Garamond",
    "Caladea",
    "Quicksand",
)

ButtonStyle = Literal["filled", "outlined", "ghost", "split", "pill", "text"]
SecondaryStyle = Literal["outlined", "ghost", "text", "neutral"]
SidebarStyle = Literal["light", "dark", "brand", "rail", "top"]
Density = Literal["compact", "cozy", "roomy"]


@dataclass(frozen=True)
class Palette:
    bg: str
    surface: str
    raised: str
    text: str
    muted: str
    border: str


LIGHT = (
    Palette("#f8fafc", "#ffffff", "#f1f5f9", "#0f172a", "#64748b", "#e2e8f0"),  # slate
    Palette("#fafafa", "#ffffff", "#f4f4f5", "#18181b", "#71717a", "#e4e4e7"),  # zinc
    Palette("#faf9f7", "#ffffff", "#f3f1ed", "#1c1917", "#78716c", "#e7e5e4"),  # stone
    Palette("#f4f6fb", "#ffffff", "#eef1f8", "#111a33", "#5f6b85", "#dde3ee"),  # blue-grey
    Palette("#ffffff", "#ffffff", "#f6f7f9", "#1f2328", "#656d76", "#d0d7de"),  # flat white
)
DARK = (
    Palette("#0b0d12", "#151922", "#1c212c", "#e5e7eb", "#9aa3b2", "#272d3a"),
    Palette("#0f1117", "#171a23", "#20242f", "#f1f5f9", "#a0a9b8", "#2b3140"),  # navy
    Palette("#121212", "#1e1e1e", "#262626", "#ededed", "#a3a3a3", "#333333"),  # neutral
    Palette("#0d1117", "#161b22", "#1f2630", "#e6edf3", "#8d96a0", "#30363d"),
)


@dataclass(frozen=True)
class Look:
    dark: bool
    palette: Palette
    font: str
    head_font: str
    brand: str
    accent: str
    radius: int  # cards; buttons use `button_radius`
    button: ButtonStyle
    secondary: SecondaryStyle
    sidebar: SidebarStyle
    density: Density
    shadow: str
    zoom: float = 1.0  # a designer's zoomed-out export; lowered further when a screen does not fit

    @property
    def fs(self) -> int:
        return {"compact": 13, "cozy": 14, "roomy": 15}[self.density]

    @property
    def unit(self) -> int:
        return {"compact": 6, "cozy": 8, "roomy": 10}[self.density]

    @property
    def button_radius(self) -> int:
        return 999 if self.button == "pill" else min(self.radius, 10)

    @property
    def brand_ink(self) -> str:
        return "#111111" if luminance(self.brand) > 0.55 else "#ffffff"

    @property
    def brand_text(self) -> str:
        """The brand colour where it is text on the page: lightened on dark themes to stay readable."""
        return mix(self.brand, "#ffffff", 0.45) if self.dark and luminance(self.brand) < 0.35 else self.brand

    @property
    def brand_soft(self) -> str:
        return mix(self.brand, self.palette.surface, 0.82 if not self.dark else 0.75)


def luminance(color: str) -> float:
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def mix(a: str, b: str, t: float) -> str:
    """Colour a blended towards b by t (0..1)."""
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))


def make_look(rng: random.Random, brand: str, accent: str, *, device: Device, research: bool) -> Look:
    dark = rng.random() < 0.3
    palette = rng.choice(DARK if dark else LIGHT)
    font = rng.choice(SANS)
    head = font if rng.random() < 0.45 else rng.choice(HEADINGS)
    if research and rng.random() < 0.5:
        head = rng.choice(("Noto Serif", "EB Garamond", "Caladea"))
    sidebar: SidebarStyle = rng.choice(("light", "light", "dark", "dark", "brand", "rail", "top"))
    if device.width < 900 and sidebar not in ("rail", "top"):
        sidebar = rng.choice(("rail", "top"))  # portrait tablets collapse the sidebar
    zoom = 1.0
    if device.scale >= 2 and rng.random() < 0.3:
        zoom = rng.choice((0.8, 0.85, 0.9))  # exported from a zoomed-out browser
    elif device.width >= 1900 and rng.random() < 0.5:
        zoom = rng.choice((1.1, 1.25, 1.5))  # a big monitor with the browser zoomed in
    return Look(
        dark=dark,
        palette=palette,
        font=font,
        head_font=head,
        brand=brand,
        accent=accent,
        radius=rng.choice((4, 6, 8, 10, 12, 16)),
        button=rng.choices(("filled", "outlined", "ghost", "split", "pill", "text"), (44, 14, 12, 12, 14, 4))[
            0
        ],
        secondary=rng.choice(("outlined", "ghost", "text", "neutral")),
        sidebar=sidebar,
        density=rng.choice(("compact", "cozy", "cozy", "roomy")),
        shadow=rng.choice(
            (
                "none",
                "0 1px 2px rgba(0,0,0,.06)",
                "0 4px 14px rgba(15,23,42,.08)",
                "0 10px 30px rgba(0,0,0,.12)",
            )
        ),
        zoom=zoom,
    )


def shrink(look: Look) -> Look:
    """A denser version of the look, for a screen that does not fit its viewport."""
    if look.density == "roomy":
        return replace(look, density="cozy")
    if look.density == "cozy":
        return replace(look, density="compact")
    return replace(look, zoom=round(look.zoom * 0.92, 3))


def css_vars(look: Look) -> str:
    p = look.palette
    u = look.unit
    return (
        f":root{{--bg:{p.bg};--surface:{p.surface};--raised:{p.raised};--text:{p.text};--muted:{p.muted};"
        f"--border:{p.border};--brand:{look.brand};--brand-ink:{look.brand_ink};--brand-text:{look.brand_text};"
        f"--brand-soft:{look.brand_soft};--accent:{look.accent};--r:{look.radius}px;--br:{look.button_radius}px;"
        f"--fs:{look.fs}px;--u:{u}px;--bh:{28 + u}px;--shadow:{look.shadow};--zoom:{look.zoom};"
        f"--font:'{look.font}',sans-serif;--head:'{look.head_font}','{look.font}',sans-serif}}"
    )
