"""Devices, visual themes and the page shell (status bar, browser bar) around every screen."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, replace

from benchmarks.corpusgen.common import Device

# Own device list (names prefixed so Renderer's per-device page cache never mixes with corpusgen).
DEVICES: tuple[Device, ...] = (
    Device("indie-iphone-mini", 375, 812, 3, "ios"),
    Device("indie-iphone-plus", 428, 926, 2, "ios"),
    Device("indie-iphone-1x", 390, 844, 1, "ios"),
    Device("indie-galaxy", 384, 854, 2, "android"),
    Device("indie-pixel-1x", 412, 892, 1, "android"),
    Device("indie-android-15", 360, 780, 1.5, "android"),
    Device("indie-ipad-mini", 744, 1133, 2, "tablet"),
    Device("indie-tablet-land", 1180, 820, 1, "tablet"),
    Device("indie-web", 1366, 768, 1, "desktop"),
    Device("indie-web-wide", 1536, 864, 1, "desktop"),
    Device("indie-web-2x", 1280, 720, 2, "desktop"),
)

# Families that `fc-list` shows on the machine; a missing one would silently fall back.
SANS = ("Inter", "Open Sans", "Lato", "Cantarell", "Noto Sans", "Liberation Sans", "DejaVu Sans", "Carlito")
DISPLAY = ("League Spartan", "Quicksand", "Inter Display", "EB Garamond", "Noto Serif", "Fira Code")


@dataclass(frozen=True)
class Look:
    dark: bool
    font: str
    head_font: str
    brand: str
    accent: str
    radius: int  # px of cards and buttons; 999 = pill
    button: str  # "filled", "outline", "soft"
    secondary: str  # how the go-back control looks: "outline", "text", "ghost"
    zoom: float = 1.0  # lowered when a screen does not fit its viewport

    @property
    def bg(self) -> str:
        return "#0f1115" if self.dark else "#ffffff"

    @property
    def fg(self) -> str:
        return "#f3f4f6" if self.dark else "#111827"

    @property
    def muted(self) -> str:
        return "#9ca3af" if self.dark else "#5b6472"

    @property
    def card(self) -> str:
        return "#1b1f27" if self.dark else "#f4f5f7"

    @property
    def on_bg(self) -> str:
        """The brand colour where it is drawn on the page itself (links, outlines): a dark brand
        on a dark theme was all but invisible, which no designer would ship, so the theme's
        text colour stands in for it there."""
        r, g, b = (int(self.brand[i : i + 2], 16) for i in (1, 3, 5))
        luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255
        return self.fg if self.dark and luminance < 0.45 else self.brand

    @property
    def line(self) -> str:
        return "#2b313c" if self.dark else "#e5e7eb"


def make_look(rng: random.Random, brand: str, accent: str) -> Look:
    font = rng.choice(SANS)
    return Look(
        dark=rng.random() < 0.35,
        font=font,
        head_font=rng.choice((font, font, *DISPLAY[:4])),
        brand=brand,
        accent=accent,
        radius=rng.choice((4, 8, 12, 16, 999, 999)),
        button=rng.choice(("filled", "filled", "filled", "outline", "soft")),
        secondary=rng.choice(("outline", "text", "ghost")),
    )


def shrink(look: Look) -> Look:
    return replace(look, zoom=round(look.zoom - 0.08, 2))


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def base_css(look: Look) -> str:
    r = f"{look.radius}px"
    fill = {
        "filled": f"background:{look.brand};color:#fff;border:2px solid {look.brand};",
        "outline": f"background:transparent;color:{look.on_bg};border:2px solid {look.on_bg};",
        "soft": f"background:{look.accent};color:#111;border:2px solid {look.accent};",
    }[look.button]
    second = {
        "outline": f"background:transparent;color:{look.fg};border:1.5px solid {look.line};",
        "text": f"background:transparent;color:{look.on_bg};border:none;text-decoration:underline;",
        "ghost": f"background:{look.card};color:{look.fg};border:none;",
    }[look.secondary]
    return f"""
*{{box-sizing:border-box;margin:0;padding:0}}
html,body{{width:100%;height:100%}}
body{{font-family:'{look.font}',sans-serif;background:{look.bg};color:{look.fg};font-size:15px;line-height:1.4;
  -webkit-font-smoothing:antialiased}}
.device{{display:flex;flex-direction:column;min-height:100vh}}
.app{{flex:1;display:flex;flex-direction:column;zoom:{look.zoom}}}
h1,h2,h3{{font-family:'{look.head_font}','{look.font}',sans-serif;line-height:1.2}}
h1{{font-size:26px;font-weight:700}} h2{{font-size:20px;font-weight:700}} h3{{font-size:16px;font-weight:600}}
.muted{{color:{look.muted}}}
.small{{font-size:13px}}
.btn{{display:flex;align-items:center;justify-content:center;gap:8px;padding:13px 18px;border-radius:{r};
  font-weight:600;font-size:16px;white-space:nowrap;{fill}}}
.btn.second{{{second}}}
.btn.inline{{display:inline-flex;padding:8px 14px;font-size:14px}}
.card{{background:{look.card};border-radius:{min(look.radius, 18)}px;padding:16px}}
.row{{display:flex;align-items:center;gap:12px}}
.col{{display:flex;flex-direction:column}}
.grow{{flex:1}}
.logo{{width:40px;height:40px;border-radius:{min(look.radius, 12)}px;display:flex;align-items:center;
  justify-content:center;color:#fff;font-weight:700;font-size:18px;flex:none}}
.tt{{background:#000;color:#fff;font-family:'DejaVu Sans',sans-serif;text-shadow:-2px -1px 0 #25f4ee,2px 1px 0 #fe2c55}}
.dot{{width:8px;height:8px;border-radius:50%;background:{look.brand};flex:none}}
.check{{color:{look.brand};font-family:'DejaVu Sans';font-weight:700}}
.hr{{height:1px;background:{look.line}}}
.chip{{display:inline-block;padding:4px 10px;border-radius:999px;background:{look.accent};color:#111;font-size:12px;
  font-weight:600}}
"""


def tiktok_logo(size: int = 40, radius: int = 10) -> str:
    """TikTok's note mark drawn with text shadows in its cyan and pink (no image assets offline)."""
    return (
        f'<div class="logo tt" style="width:{size}px;height:{size}px;border-radius:{radius}px;'
        f'font-size:{int(size * 0.55)}px">♪</div>'
    )


def app_logo(name: str, color: str, size: int = 40) -> str:
    return (
        f'<div class="logo" style="width:{size}px;height:{size}px;background:{color};'
        f'font-size:{int(size * 0.45)}px">{esc(name[0])}</div>'
    )


def status_bar(device: Device, dark: bool, rng: random.Random) -> str:
    if device.platform == "desktop":
        return ""
    fg = "#fff" if dark else "#000"
    time = rng.choice(("9:41", "10:24", "12:30", "16:05")) if device.platform != "ios" else "9:41"
    bars = "".join(
        f'<span style="display:inline-block;width:3px;height:{h}px;background:{fg};margin-left:2px;'
        f'border-radius:1px"></span>'
        for h in (4, 6, 8, 10)
    )
    battery = (
        f'<span style="display:inline-block;width:22px;height:11px;border:1.5px solid {fg};border-radius:3px;'
        f'margin-left:6px;position:relative"><span style="position:absolute;left:1px;top:1px;bottom:1px;'
        f'width:14px;background:{fg};border-radius:1px"></span></span>'
    )
    pad = "14px 26px 6px" if device.platform == "ios" else "8px 16px 4px"
    weight = 600 if device.platform == "ios" else 500
    return (
        f'<div style="display:flex;justify-content:space-between;align-items:center;padding:{pad};'
        f"font:{weight} 14px 'Inter',sans-serif;color:{fg}\"><span>{time}</span>"
        f'<span style="display:flex;align-items:flex-end">{bars}{battery}</span></div>'
    )


def browser_bar(url: str, dark: bool) -> str:
    """A desktop browser's tab strip and address bar, outside `.app` so it counts as chrome."""
    bg, fg, field = ("#202124", "#e8eaed", "#35363a") if dark else ("#dee1e6", "#3c4043", "#f1f3f4")
    dots = "".join(
        f'<span style="width:12px;height:12px;border-radius:50%;background:{c};display:inline-block;'
        f'margin-right:7px"></span>'
        for c in ("#ff5f57", "#febc2e", "#28c840")
    )
    return (
        f'<div style="background:{bg};color:{fg};padding:10px 14px;display:flex;align-items:center;gap:16px;'
        f'font:13px \'Inter\',sans-serif"><span>{dots}</span><span style="color:{fg}">‹ ›</span>'
        f'<div style="flex:1;background:{field};border-radius:16px;padding:6px 14px">'
        f'<span style="display:inline-block;width:9px;height:7px;border:1.5px solid {fg};border-radius:2px;'
        f'margin-right:8px"></span>{esc(url)}</div></div>'
    )


def mobile_url_bar(url: str, dark: bool) -> str:
    """An in-app browser's top bar (close, host, share) as seen when an app opens a web page."""
    bg, fg = ("#161616", "#f1f1f1") if dark else ("#f7f7f7", "#161823")
    return (
        f'<div style="background:{bg};color:{fg};display:flex;align-items:center;justify-content:space-between;'
        f"padding:8px 16px;font:14px 'Inter',sans-serif;border-bottom:1px solid rgba(128,128,128,.25)\">"
        f"<span style=\"font-size:20px;font-family:'DejaVu Sans'\">×</span>"
        f'<span style="text-align:center"><b>{esc(url)}</b></span>'
        f"<span style=\"font-size:18px;font-family:'DejaVu Sans'\">⋯</span></div>"
    )


def document(
    look: Look, device: Device, rng: random.Random, body: str, *, chrome: str = "", css: str = ""
) -> str:
    """A full HTML page: status bar (phones/tablets) or `chrome` (desktop browser bar), then `.app`."""
    top = status_bar(device, look.dark, rng) + chrome
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{base_css(look)}{css}</style></head>"
        f'<body><div class="device">{top}<div class="app">{body}</div></div></body></html>'
    )
