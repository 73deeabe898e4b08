"""The visual side: devices, themes, CSS, system chrome (status bars, browser bars) and SVG icons.

Sizes are in rem so that one number (the root font size, `Look.base`) scales a whole screen
down when it does not fit the viewport; layouts fill the viewport with flex columns instead
of fixed positions so the fit check can see what spills over.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, replace

from benchmarks.corpusgen.common import DEVICES as CORE_DEVICES
from benchmarks.corpusgen.common import FONTS, Device

# corpusgen's devices plus a few more design-tool frame sizes (Figma's presets).
DEVICES: tuple[Device, ...] = (
    *CORE_DEVICES,
    Device("iphone-13-mini", 375, 812, 3, "ios"),
    Device("galaxy-s20", 360, 800, 3, "android"),
    Device("galaxy-tab", 800, 1280, 1.5, "tablet"),
    Device("surface", 1366, 768, 1, "desktop"),
)

FONT_CHOICES = (*FONTS["sans"], *FONTS["sans"], *FONTS["display"], FONTS["serif"][1], FONTS["condensed"][2])


def esc(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True)
class Look:
    dark: bool
    font: str
    brand: str
    accent: str
    radius: float  # rem, cards
    button: str  # "pill", "rounded", "square"
    kit: str  # "ios" or "material": which UI kit the designer started from
    base: float  # root font size in px
    bg: str
    surface: str
    text: str
    muted: str
    line: str


def make_look(rng: random.Random, device: Device, brand: str, accent: str) -> Look:
    dark = rng.random() < 0.3
    kit = (
        "ios"
        if device.platform == "ios"
        else "material"
        if device.platform == "android"
        else rng.choice(("ios", "material"))
    )
    base = {"ios": 16.0, "android": 15.5, "tablet": 17.0, "desktop": 15.0}[device.platform]
    if dark:
        bg, surface, text, muted, line = rng.choice(
            (
                ("#0b0b0f", "#1c1c22", "#f4f4f5", "#a1a1aa", "#2e2e36"),
                ("#111827", "#1f2937", "#f9fafb", "#9ca3af", "#374151"),
                ("#121212", "#1e1e1e", "#ececec", "#a3a3a3", "#333333"),
            )
        )
    else:
        bg, surface, text, muted, line = rng.choice(
            (
                ("#ffffff", "#f4f4f5", "#18181b", "#52525b", "#e4e4e7"),
                ("#f8fafc", "#ffffff", "#0f172a", "#475569", "#e2e8f0"),
                ("#fffbf5", "#ffffff", "#292524", "#57534e", "#e7e5e4"),
                ("#f2f2f7", "#ffffff", "#1c1c1e", "#5b5b60", "#d1d1d6"),
            )
        )
    return Look(
        dark=dark,
        font=rng.choice(FONT_CHOICES),
        brand=brand,
        accent=accent,
        radius=rng.choice((0.5, 0.75, 1.0, 1.25)),
        button=rng.choice(("pill", "rounded", "rounded", "square")),
        kit=kit,
        base=base,
        bg=bg,
        surface=surface,
        text=text,
        muted=muted,
        line=line,
    )


def shrink(look: Look) -> Look:
    return replace(look, base=round(look.base * 0.9, 2))


def css(look: Look) -> str:
    br = {"pill": "999px", "rounded": "0.7rem", "square": "0.3rem"}[look.button]
    on_brand = "#ffffff"
    return f"""
*{{box-sizing:border-box;margin:0;padding:0}}
html{{font-size:{look.base}px}}
body{{font-family:'{look.font}',sans-serif;background:{look.bg};color:{look.text};width:100vw;height:100vh;
 display:flex;flex-direction:column;overflow:hidden;-webkit-font-smoothing:antialiased;line-height:1.35}}
.app{{flex:1;display:flex;flex-direction:column;position:relative;min-height:0}}
h1{{font-size:1.6rem;line-height:1.2;font-weight:700;letter-spacing:-0.01em}}
h2{{font-size:1.25rem;line-height:1.25;font-weight:700}}
h3{{font-size:1rem;font-weight:650}}
p{{font-size:0.95rem}}
.muted{{color:{look.muted}}}
.small{{font-size:0.8rem}}
.btn{{display:inline-flex;align-items:center;justify-content:center;gap:0.4rem;font:inherit;font-weight:650;
 font-size:1rem;padding:0.8rem 1.2rem;border-radius:{br};border:0;white-space:nowrap;cursor:pointer}}
.btn.primary{{background:{look.brand};color:{on_brand}}}
.btn.secondary{{background:transparent;color:{look.text};border:1.5px solid {look.line}}}
.btn.tonal{{background:{look.surface};color:{look.text}}}
.btn.text{{background:transparent;color:{look.brand if not look.dark else look.text};padding:0.6rem 0.8rem}}
.btn.chip{{font-size:0.85rem;padding:0.4rem 0.9rem;background:{look.brand};color:#fff;border-radius:999px}}
.btn.chip.ghost{{background:transparent;color:{look.brand if not look.dark else look.text};border:1.5px solid {look.line}}}
.btn.block{{width:100%}}
.card{{background:{look.surface};border-radius:{look.radius}rem;border:1px solid {look.line}}}
.row{{display:flex;align-items:center;gap:0.8rem}}
.col{{display:flex;flex-direction:column}}
.grow{{flex:1;min-width:0}}
.pad{{padding:1.25rem}}
.stack>*+*{{margin-top:0.75rem}}
.divide>*+*{{border-top:1px solid {look.line}}}
.icon{{flex:none;display:inline-flex;align-items:center;justify-content:center}}
.dim{{position:absolute;inset:0;background:rgba(0,0,0,0.45)}}
.bleed{{overflow:hidden}}
.sheet{{background:{look.bg};border-radius:1.4rem 1.4rem 0 0;position:relative}}
.modal{{background:{look.bg};border:1px solid {look.line};border-radius:1.1rem;position:relative;box-shadow:0 20px 60px rgba(0,0,0,.35)}}
.grabber{{width:2.4rem;height:0.3rem;border-radius:1rem;background:{look.line};margin:0.5rem auto 0}}
.switch{{width:2.6rem;height:1.5rem;border-radius:1rem;background:{look.brand};position:relative;flex:none}}
.switch::after{{content:'';position:absolute;right:0.15rem;top:0.15rem;width:1.2rem;height:1.2rem;border-radius:50%;background:#fff}}
.check{{width:1.3rem;height:1.3rem;border-radius:0.35rem;background:{look.brand};flex:none;display:flex;align-items:center;justify-content:center}}
.badge{{font-size:0.75rem;font-weight:650;padding:0.15rem 0.55rem;border-radius:999px;background:{look.surface};color:{look.muted};border:1px solid {look.line};white-space:nowrap}}
.dots{{display:flex;gap:0.4rem;justify-content:center}}
.dots i{{width:0.5rem;height:0.5rem;border-radius:50%;background:{look.line};display:block}}
.dots i.on{{background:{look.brand};width:1.4rem;border-radius:1rem}}
.seg{{display:flex;background:{look.surface};border-radius:0.6rem;padding:0.2rem;border:1px solid {look.line}}}
.seg span{{flex:1;text-align:center;font-size:0.85rem;padding:0.35rem;border-radius:0.45rem;color:{look.muted}}}
.seg span.on{{background:{look.bg};color:{look.text};font-weight:650;box-shadow:0 1px 3px rgba(0,0,0,.15)}}
.tabbar{{display:flex;justify-content:space-around;border-top:1px solid {look.line};padding:0.45rem 0 0.3rem;background:{look.bg}}}
.tabbar div{{display:flex;flex-direction:column;align-items:center;font-size:0.68rem;color:{look.muted};gap:0.15rem}}
.tabbar div.on{{color:{look.brand}}}
.side{{width:15rem;flex:none;border-right:1px solid {look.line};background:{look.surface};padding:1.2rem 0.8rem}}
.side a{{display:flex;align-items:center;gap:0.6rem;padding:0.55rem 0.7rem;border-radius:0.5rem;font-size:0.92rem;color:{look.muted};text-decoration:none}}
.side a.on{{background:{look.bg};color:{look.text};font-weight:650}}
.field{{border:1.5px solid {look.line};border-radius:0.6rem;padding:0.75rem 0.9rem;font-size:0.95rem;color:{look.muted};background:{look.surface}}}
ul.plain{{list-style:none}}
"""


def page(body: str, look: Look, title: str = "mockup") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
        f"<style>{css(look)}</style></head><body>{body}</body></html>"
    )


# ---------------------------------------------------------------- icons (inline SVG)

_PATHS = {
    "check": "M5 12.5l4.5 4.5L19 7.5",
    "x": "M6 6l12 12M18 6L6 18",
    "back": "M15 5l-7 7 7 7",
    "chev": "M9 5l7 7-7 7",
    "play": "M8 5v14l11-7z",
    "heart": "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
    "search": "M11 4a7 7 0 1 1 0 14 7 7 0 0 1 0-14zM16.5 16.5L21 21",
    "user": "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6",
    "chat": "M4 5h16v11H9l-5 4z",
    "film": "M4 4h16v16H4zM4 9h16M4 15h16M9 4v16M15 4v16",
    "lock": "M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3",
    "home": "M4 11l8-7 8 7v9H4z",
    "grid": "M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z",
    "gear": "M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2",
    "bell": "M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20h4",
    "link": "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
    "archive": "M4 5h16v4H4zM5 9v10h14V9M10 13h4",
    "star": "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1L3.2 9.5l6.1-.9z",
    "clock": "M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 7v5l3 2",
    "plus": "M12 5v14M5 12h14",
    "qr": "M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2",
    "mail": "M3 6h18v12H3zM3 6l9 7 9-7",
    "shield": "M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6z",
}


def icon(name: str, color: str, size: float = 1.25, stroke: float = 2.0) -> str:
    fill = color if name in ("play",) else "none"
    return (
        f"<span class='icon' style='width:{size}rem;height:{size}rem'><svg viewBox='0 0 24 24' "
        f"width='100%' height='100%' fill='{fill}' stroke='{color}' stroke-width='{stroke}' "
        f"stroke-linecap='round' stroke-linejoin='round'><path d='{_PATHS[name]}'/></svg></span>"
    )


def app_icon(glyph: str, brand: str, accent: str, size: float = 3.0, round_: bool = False) -> str:
    r = "50%" if round_ else f"{size * 0.26}rem"
    return (
        f"<span class='icon' style='width:{size}rem;height:{size}rem;border-radius:{r};"
        f"background:linear-gradient(135deg,{brand},{accent});color:#fff;font-weight:800;"
        f"font-size:{size * 0.42}rem;letter-spacing:-0.03em'>{esc(glyph)}</span>"
    )


# TikTok's note: the same glyph in cyan and red, offset, under a white or black one.
_NOTE = (
    "M16.6 5.8a4.3 4.3 0 0 1-1-2.8h-3.1v12.4a2.6 2.6 0 1 1-2.6-2.6c.3 0 .5 0 .8.1V9.7a5.8 5.8 0 1 0 5 5.7V9.1"
    "a7.4 7.4 0 0 0 4.3 1.4V7.4a4.3 4.3 0 0 1-3.4-1.6z"
)


def tiktok_note(size: float, dark_bg: bool) -> str:
    main = "#ffffff" if dark_bg else "#000000"
    return (
        f"<span class='icon' style='width:{size}rem;height:{size}rem'><svg viewBox='0 0 24 24' width='100%' "
        f"height='100%'><path d='{_NOTE}' fill='#25f4ee' transform='translate(-0.7,-0.6)'/>"
        f"<path d='{_NOTE}' fill='#fe2c55' transform='translate(0.7,0.6)'/><path d='{_NOTE}' fill='{main}'/>"
        "</svg></span>"
    )


def tiktok_badge(size: float = 3.0, round_: bool = False) -> str:
    """TikTok's app icon: the note on black."""
    r = "50%" if round_ else f"{size * 0.26}rem"
    return (
        f"<span class='icon' style='width:{size}rem;height:{size}rem;border-radius:{r};background:#000'>"
        f"{tiktok_note(size * 0.62, True)}</span>"
    )


def tiktok_wordmark(dark_bg: bool, size: float = 1.6) -> str:
    color = "#fff" if dark_bg else "#000"
    return (
        f"<span class='row' style='gap:0.3rem'>{tiktok_note(size * 1.2, dark_bg)}"
        f"<span style='font-weight:800;font-size:{size}rem;color:{color};letter-spacing:-0.02em;"
        f"font-family:Inter,sans-serif'>TikTok</span></span>"
    )


SERVICE_COLORS = {
    "Instagram": "#d62976",
    "YouTube": "#ff0000",
    "Spotify": "#1db954",
    "Google Drive": "#1a73e8",
    "Dropbox": "#0061ff",
    "Pinterest": "#e60023",
    "Strava": "#fc4c02",
    "Facebook": "#1877f2",
    "Snapchat": "#fffc00",
    "X": "#000000",
}


def service_icon(name: str, size: float = 2.4) -> str:
    if name == "TikTok":
        return tiktok_badge(size)
    color = SERVICE_COLORS.get(name, "#64748b")
    fg = "#000" if name == "Snapchat" else "#fff"
    return (
        f"<span class='icon' style='width:{size}rem;height:{size}rem;border-radius:{size * 0.26}rem;"
        f"background:{color};color:{fg};font-weight:800;font-size:{size * 0.45}rem'>{esc(name[0])}</span>"
    )


def avatar(name: str, color: str, size: float = 2.2) -> str:
    initials = "".join(w[0] for w in name.split()[:2])
    return (
        f"<span class='icon' style='width:{size}rem;height:{size}rem;border-radius:50%;background:{color};"
        f"color:#fff;font-weight:700;font-size:{size * 0.4}rem'>{esc(initials)}</span>"
    )


# ---------------------------------------------------------------- system chrome


def status_bar(device: Device, dark: bool, time: str = "9:41", bg: str | None = None) -> str:
    """iOS or Android status bar; tablets get the iPad one. Desktop has none."""
    if device.platform == "desktop":
        return ""
    color = "#fff" if dark else "#000"
    bars = "".join(
        f"<rect x='{i * 4}' y='{9 - i * 2.5}' width='3' height='{3 + i * 2.5}' rx='0.8' fill='{color}'/>"
        for i in range(4)
    )
    icons = (
        f"<svg width='18' height='12' viewBox='0 0 16 12'>{bars}</svg>"
        f"<svg width='16' height='12' viewBox='0 0 16 12'><path d='M1 4a10 10 0 0 1 14 0M3.5 6.8a6.5 6.5 0 0 1 9 0"
        f"M6 9.5a3 3 0 0 1 4 0' stroke='{color}' stroke-width='1.8' fill='none' stroke-linecap='round'/></svg>"
        f"<svg width='26' height='12' viewBox='0 0 26 12'><rect x='0.5' y='0.5' width='22' height='11' rx='3' "
        f"fill='none' stroke='{color}' opacity='.5'/><rect x='2' y='2' width='17' height='8' rx='1.8' fill='{color}'/>"
        f"<rect x='23.5' y='4' width='1.8' height='4' rx='1' fill='{color}' opacity='.5'/></svg>"
    )
    background = f"background:{bg};" if bg else ""
    if device.platform == "android":
        return (
            f"<div style='{background}height:28px;flex:none;display:flex;align-items:center;justify-content:"
            f"space-between;padding:0 16px;font:500 13px Roboto,sans-serif;color:{color}'>"
            f"<span>{time.replace('9:41', '12:30')}</span><span class='row' style='gap:5px'>{icons}</span></div>"
        )
    height = 24 if device.platform == "tablet" else 47
    return (
        f"<div style='{background}height:{height}px;flex:none;display:flex;align-items:center;justify-content:"
        f"space-between;padding:0 {22 if height > 30 else 14}px 0 {30 if height > 30 else 16}px;"
        f"font:600 15px Inter,sans-serif;color:{color}'>"
        f"<span>{time}</span><span class='row' style='gap:5px'>{icons}</span></div>"
    )


def home_indicator(device: Device, dark: bool, bg: str | None = None) -> str:
    if device.platform == "desktop":
        return ""
    color = "#fff" if dark else "#000"
    background = f"background:{bg};" if bg else ""
    if device.platform == "android":
        return (
            f"<div style='{background}height:20px;flex:none;display:flex;align-items:center;justify-content:center'>"
            f"<div style='width:108px;height:4px;border-radius:3px;background:{color};opacity:.45'></div></div>"
        )
    return (
        f"<div style='{background}height:26px;flex:none;display:flex;align-items:center;justify-content:center'>"
        f"<div style='width:134px;height:5px;border-radius:3px;background:{color}'></div></div>"
    )


def browser_bar(url: str, dark: bool, tab_title: str) -> str:
    """A desktop browser window's tab strip and address bar (outside `.app`)."""
    bg, tab, text, field = (
        ("#202124", "#35363a", "#e8eaed", "#282828") if dark else ("#dee1e6", "#ffffff", "#202124", "#f1f3f4")
    )
    dots = "".join(
        f"<span style='width:12px;height:12px;border-radius:50%;background:{c};display:inline-block'></span>"
        for c in ("#ff5f57", "#febc2e", "#28c840")
    )
    return (
        f"<div style='flex:none;background:{bg};font:13px Inter,sans-serif;color:{text}'>"
        f"<div style='display:flex;align-items:flex-end;gap:10px;padding:8px 12px 0'>"
        f"<span style='display:flex;gap:7px;padding:0 8px 10px 0'>{dots}</span>"
        f"<span style='background:{tab};padding:8px 16px;border-radius:8px 8px 0 0;min-width:180px'>"
        f"{esc(tab_title)}</span></div>"
        f"<div style='background:{tab};padding:6px 12px;display:flex;gap:12px;align-items:center'>"
        f"<span style='opacity:.6'>&#8592; &#8594; &#8635;</span>"
        f"<span style='flex:1;background:{field};border-radius:16px;padding:6px 14px'>{esc(url)}"
        f"</span></div></div>"
    )


def webview_bar(url: str, dark: bool, device: Device, done: str = "Done") -> str:
    """An in-app browser's top bar on a phone: Done / address / reload (outside any `.app`)."""
    bg, text = ("#1c1c1e", "#f2f2f7") if dark else ("#f7f7f7", "#111111")
    return (
        f"<div style='flex:none;background:{bg};color:{text};font:14px Inter,sans-serif;display:flex;"
        f"align-items:center;gap:8px;padding:8px 14px;border-bottom:1px solid rgba(128,128,128,.25)'>"
        f"<span style='color:#0a84ff;font-weight:600'>{esc(done)}</span>"
        f"<span style='flex:1;text-align:center;font-size:13px;opacity:.85'>{esc(url)}</span>"
        f"<span style='opacity:.6'>&#8635;</span></div>"
    )
