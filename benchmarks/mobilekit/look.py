"""Devices, visual styles and the shared CSS / SVG pieces of consumer mobile app screens."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from benchmarks.corpusgen.common import FONTS, Device

# Small Android at 1x up to 3x iPhones, a foldable and two tablets in landscape.
DEVICES: tuple[Device, ...] = (
    Device("android-small-1x", 360, 640, 1, "android"),
    Device("android-360-2x", 360, 780, 2, "android"),
    Device("pixel-8", 412, 915, 2.625, "android"),
    Device("galaxy-fold-open", 690, 840, 2, "android"),
    Device("iphone-se", 375, 667, 2, "ios"),
    Device("iphone-13-mini", 375, 812, 3, "ios"),
    Device("iphone-15", 393, 852, 3, "ios"),
    Device("iphone-15-pro-max", 430, 932, 3, "ios"),
    Device("ipad-landscape", 1180, 820, 2, "tablet"),
    Device("android-tab-landscape", 1280, 800, 1.5, "tablet"),
)

BUTTONS = ("pill", "rounded", "square", "outlined-secondary", "bottom-bar")


@dataclass(frozen=True)
class Look:
    font: str
    heading_font: str
    dark: bool
    brand: str
    accent: str
    button: str  # one of BUTTONS
    radius: int  # card corner radius, CSS px
    header: str  # "gradient", "solid", "plain", "fullbleed"
    base: float  # root font size in CSS px; shrunk when a screen does not fit

    @property
    def bg(self) -> str:
        return "#0f1115" if self.dark else "#ffffff"

    @property
    def card(self) -> str:
        return "#1b1e25" if self.dark else "#f4f5f7"

    @property
    def fg(self) -> str:
        return "#f5f6f8" if self.dark else "#14161a"

    @property
    def muted(self) -> str:
        return "#a6adbb" if self.dark else "#555c69"

    @property
    def link(self) -> str:
        """Brand or accent, whichever reads on the background; a neutral blue when neither does."""
        ranked = sorted((self.brand, self.accent), key=luminance, reverse=self.dark)
        best = ranked[0]
        if self.dark:
            return best if luminance(best) > 120 else "#8ab4f8"
        return best if luminance(best) < 150 else "#1d4ed8"

    @property
    def line(self) -> str:
        return "#2c313b" if self.dark else "#e3e5e9"


def make_look(rng: random.Random, brand: str, accent: str) -> Look:
    family = rng.choices(("sans", "display", "condensed", "serif"), weights=(60, 20, 10, 10))[0]
    font = rng.choice(FONTS[family])
    heading = rng.choice((font, font, rng.choice(FONTS["display"] + FONTS["sans"])))
    dark = rng.random() < 0.35
    if dark and luminance(brand) < 70:
        brand, accent = accent, brand  # a near-black brand would vanish on a dark background
    return Look(
        font=font,
        heading_font=heading,
        dark=dark,
        brand=brand,
        accent=accent,
        button=rng.choice(BUTTONS),
        radius=rng.choice((12, 16, 20, 24, 28)),
        header=rng.choice(("gradient", "solid", "plain", "plain", "fullbleed")),
        base=rng.choice((15.0, 16.0, 16.0, 17.0)),
    )


def shrink(look: Look) -> Look:
    return replace(look, base=round(look.base * 0.9, 2))


def luminance(color: str) -> float:
    c = color.lstrip("#")
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return 0.299 * r + 0.587 * g + 0.114 * b


def readable_on(color: str) -> str:
    """Black or white text for a background colour (so brand buttons stay legible)."""
    c = color.lstrip("#")
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return "#111111" if 0.299 * r + 0.587 * g + 0.114 * b > 160 else "#ffffff"


def css(look: Look, device: Device) -> str:
    on_brand = readable_on(look.brand)
    radius_btn = {"pill": 999, "rounded": 14, "square": 6, "outlined-secondary": 999, "bottom-bar": 12}[
        look.button
    ]
    wide = device.width >= 600
    return f"""
*{{box-sizing:border-box;margin:0;padding:0}}
html{{font-size:{look.base}px}}
body{{font-family:'{look.font}',sans-serif;background:{look.bg};color:{look.fg};
  -webkit-font-smoothing:antialiased;line-height:1.35}}
h1,h2,h3{{font-family:'{look.heading_font}','{look.font}',sans-serif;line-height:1.2}}
h1{{font-size:1.75rem;font-weight:800}} h2{{font-size:1.3rem;font-weight:700}} h3{{font-size:1.05rem}}
.app{{min-height:100vh;display:flex;flex-direction:column;position:relative}}
.status{{height:{44 if device.platform == "ios" else 28}px;display:flex;align-items:center;
  justify-content:space-between;padding:0 {22 if device.platform == "ios" else 14}px;font-size:13px;
  font-weight:600;flex:none}}
.status .ic{{display:flex;gap:5px;align-items:center}}
.body{{flex:1;padding:0.75rem 1.25rem 1rem;display:flex;flex-direction:column;gap:0.9rem;
  {"max-width:620px;width:100%;margin:0 auto;" if wide else ""}}}
.muted{{color:{look.muted}}} .small{{font-size:0.82rem}} .tiny{{font-size:0.72rem}}
.card{{background:{look.card};border-radius:{look.radius}px;padding:1rem}}
.row{{display:flex;align-items:center;gap:0.75rem}}
.grow{{flex:1;min-width:0}}
.btn{{display:flex;align-items:center;justify-content:center;gap:0.5rem;font-weight:700;
  font-size:1rem;padding:0.85rem 1.1rem;border-radius:{radius_btn}px;border:2px solid transparent;
  white-space:nowrap;font-family:inherit;text-align:center}}
.btn.primary{{background:{look.brand};color:{on_brand}}}
.btn.secondary{{background:transparent;color:{look.fg};border-color:{
        look.line if look.button != "outlined-secondary" else look.brand
    }}}
.btn.text{{background:transparent;color:{look.link};padding:0.5rem}}
.btn.dark{{background:#111;color:#fff}}
.btn.inline{{display:inline-flex;padding:0.5rem 0.95rem;font-size:0.9rem}}
.stack{{display:flex;flex-direction:column;gap:0.6rem}}
.bar{{padding:0.8rem 1.25rem {1.6 if device.platform == "ios" else 0.9}rem;border-top:1px solid {look.line};
  background:{look.bg};display:flex;flex-direction:column;gap:0.5rem;flex:none;
  {"max-width:620px;width:100%;margin:0 auto;" if wide else ""}}}
.hdr{{display:flex;align-items:center;gap:0.6rem;padding:0.4rem 1rem;min-height:2.8rem;flex:none}}
.hdr .title{{flex:1;text-align:center;font-weight:700}}
.chev{{display:flex;align-items:center;gap:0.2rem;color:{look.link};
  font-weight:600;white-space:nowrap}}
.list .item{{display:flex;align-items:center;gap:0.75rem;padding:0.7rem 0;border-bottom:1px solid {
        look.line
    }}}
.list .item:last-child{{border-bottom:none}}
.icon{{width:2.4rem;height:2.4rem;border-radius:0.7rem;display:flex;align-items:center;
  justify-content:center;flex:none;font-weight:800;color:#fff}}
.toggle{{width:2.9rem;height:1.7rem;border-radius:1rem;background:{look.line};position:relative;flex:none}}
.toggle::after{{content:'';position:absolute;top:0.2rem;left:0.2rem;width:1.3rem;height:1.3rem;
  border-radius:50%;background:#fff;box-shadow:0 1px 2px #0004}}
.toggle.on{{background:{look.brand}}} .toggle.on::after{{left:1.4rem}}
.check{{width:1.35rem;height:1.35rem;border-radius:0.35rem;background:{look.brand};flex:none;
  display:flex;align-items:center;justify-content:center}}
.dots{{display:flex;gap:0.4rem;justify-content:center}}
.dots i{{width:0.5rem;height:0.5rem;border-radius:50%;background:{look.line}}}
.dots i.on{{background:{look.brand};width:1.3rem;border-radius:0.3rem}}
.tabs{{display:flex;justify-content:space-around;border-top:1px solid {look.line};padding:0.5rem 0
  {1.5 if device.platform == "ios" else 0.6}rem;font-size:0.72rem;flex:none;background:{look.bg}}}
.tabs div{{display:flex;flex-direction:column;align-items:center;gap:0.2rem;color:{look.muted}}}
.tabs div.on{{color:{look.link};font-weight:700}}
.tabs i{{width:1.4rem;height:1.4rem;border-radius:0.4rem;border:2px solid currentColor}}
.homeind{{position:absolute;bottom:8px;left:50%;transform:translateX(-50%);width:134px;height:5px;
  border-radius:3px;background:{look.fg};opacity:0.85}}
.pill{{display:inline-block;padding:0.2rem 0.6rem;border-radius:999px;font-size:0.75rem;font-weight:700}}
"""


def status_bar(device: Device, dark_text: bool, time: str = "9:41") -> str:
    color = "#111" if dark_text else "#fff"
    bars = "".join(
        f'<rect x="{i * 4}" y="{9 - i * 2.5}" width="3" height="{3 + i * 2.5}" rx="0.7"/>' for i in range(4)
    )
    battery = (
        '<svg width="24" height="12" viewBox="0 0 24 12"><rect x="0.5" y="0.5" width="20" height="11" rx="3"'
        f' fill="none" stroke="{color}"/><rect x="2" y="2" width="15" height="8" rx="1.5" fill="{color}"/>'
        f'<rect x="21.5" y="4" width="1.5" height="4" fill="{color}"/></svg>'
    )
    return (
        f'<div class="status" style="color:{color}"><span>{time}</span><span class="ic">'
        f'<svg width="16" height="12" fill="{color}">{bars}</svg>{battery}</span></div>'
    )


def app_icon(name: str, color: str, accent: str, size: float = 2.4) -> str:
    return (
        f'<div class="icon" style="width:{size}rem;height:{size}rem;font-size:{size * 0.45}rem;'
        f'background:linear-gradient(135deg,{color},{accent})">{name[0]}</div>'
    )


# A simplified TikTok note: the same path drawn three times, cyan and red offset under white.
NOTE_PATH = (
    "M16.6 5.8c-1-.9-1.6-2.2-1.7-3.6h-3.2v13.1c0 1.6-1.3 2.9-2.9 2.9s-2.9-1.3-2.9-2.9 "
    "1.3-2.9 2.9-2.9c.3 0 .6 0 .9.1V9.2c-.3 0-.6-.1-.9-.1-3.4 0-6.1 2.8-6.1 6.2s2.7 6.2 6.1 6.2 "
    "6.1-2.8 6.1-6.2V8.7c1.3.9 2.8 1.4 4.4 1.4V6.9c-.9 0-1.8-.4-2.7-1.1z"
)


def tiktok_note(size: float, dark_bg: bool) -> str:
    main = "#ffffff" if dark_bg else "#111111"
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24"><g transform="translate(1 0)">'
        f'<path d="{NOTE_PATH}" fill="#25f4ee" transform="translate(-0.9 -0.7)"/>'
        f'<path d="{NOTE_PATH}" fill="#fe2c55" transform="translate(0.9 0.7)"/>'
        f'<path d="{NOTE_PATH}" fill="{main}"/></g></svg>'
    )


def tiktok_badge(size_rem: float = 2.4) -> str:
    """TikTok's icon as apps show it in their own lists: a black rounded square with the note."""
    return (
        f'<div class="icon" style="width:{size_rem}rem;height:{size_rem}rem;background:#000">'
        f"{tiktok_note(size_rem * 11, True)}</div>"
    )


def illustration(rng: random.Random, brand: str, accent: str, h: float = 9) -> str:
    """A flat onboarding-style illustration: blobs, a phone and a few floating shapes."""
    blobs = "".join(
        f'<circle cx="{rng.randint(20, 280)}" cy="{rng.randint(20, 140)}" r="{rng.randint(10, 40)}" '
        f'fill="{rng.choice((brand, accent))}" opacity="{rng.choice((0.15, 0.25, 0.4))}"/>'
        for _ in range(6)
    )
    return (
        f'<svg viewBox="0 0 300 160" style="width:100%;height:{h}rem" preserveAspectRatio="xMidYMid meet">'
        f'{blobs}<rect x="115" y="18" width="70" height="124" rx="12" fill="{brand}"/>'
        f'<rect x="122" y="30" width="56" height="92" rx="6" fill="#fff" opacity="0.92"/>'
        f'<circle cx="150" cy="62" r="14" fill="{accent}"/>'
        f'<rect x="130" y="86" width="40" height="6" rx="3" fill="{brand}" opacity="0.5"/>'
        f'<rect x="134" y="98" width="32" height="6" rx="3" fill="{brand}" opacity="0.3"/>'
        f'<path d="M60 120 q20 -40 40 0" stroke="{accent}" stroke-width="6" fill="none"/>'
        f'<rect x="210" y="40" width="38" height="38" rx="10" fill="{accent}" transform="rotate(12 229 59)"/>'
        "</svg>"
    )


def confetti(rng: random.Random, colors: tuple[str, ...]) -> str:
    pieces = "".join(
        f'<rect x="{rng.randint(0, 300)}" y="{rng.randint(0, 200)}" width="{rng.randint(4, 9)}" '
        f'height="{rng.randint(8, 14)}" fill="{rng.choice(colors)}" '
        f'transform="rotate({rng.randint(0, 180)} {rng.randint(0, 300)} {rng.randint(0, 200)})"/>'
        for _ in range(40)
    )
    return (
        '<svg viewBox="0 0 300 200" preserveAspectRatio="none" style="position:absolute;left:0;top:0;'
        f'width:100%;height:45%;pointer-events:none">{pieces}</svg>'
    )


def check_circle(color: str, size: float = 5) -> str:
    return (
        f'<svg width="{size}rem" height="{size}rem" viewBox="0 0 48 48"><circle cx="24" cy="24" r="22" '
        f'fill="{color}"/><path d="M14 25 l7 7 l13 -15" stroke="#fff" stroke-width="4.5" fill="none" '
        'stroke-linecap="round" stroke-linejoin="round"/></svg>'
    )


def tick(color: str = "#fff") -> str:
    return (
        f'<svg width="12" height="12" viewBox="0 0 12 12"><path d="M2 6.5 l2.5 2.5 l5.5 -6" stroke="{color}"'
        ' stroke-width="2" fill="none" stroke-linecap="round"/></svg>'
    )


def chevron(color: str, left: bool = True) -> str:
    d = "M10 3 L5 8 L10 13" if left else "M6 3 L11 8 L6 13"
    return (
        f'<svg width="16" height="16" viewBox="0 0 16 16"><path d="{d}" stroke="{color}" stroke-width="2"'
        ' fill="none" stroke-linecap="round"/></svg>'
    )


def close_x(color: str) -> str:
    return (
        f'<svg width="18" height="18" viewBox="0 0 18 18"><path d="M4 4 L14 14 M14 4 L4 14" stroke="{color}"'
        ' stroke-width="2" stroke-linecap="round"/></svg>'
    )
