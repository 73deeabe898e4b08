"""The visual layer: themes, device shells (browser window, status bars, nav bars), icons, logos.

Everything here is wording-free except what the caller passes in; the words live in words.py.
Screens are HTML bodies; `document()` wraps one in the shell of its device so that the PNG looks
like a screenshot of a shipped product rather than an artboard.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, replace

from benchmarks.corpusgen.common import FONTS, Device

# Own device list: common real screenshot sizes. Phones at 2x keep renders cheap on 2 cores.
DEVICES: tuple[Device, ...] = (
    Device("wf-laptop", 1280, 800, 1, "desktop"),
    Device("wf-hd", 1440, 900, 1, "desktop"),
    Device("wf-1366", 1366, 768, 1, "desktop"),
    Device("wf-retina", 1280, 800, 2, "desktop"),
    Device("wf-iphone13", 390, 844, 2, "ios"),
    Device("wf-iphone-se", 375, 667, 2, "ios"),
    Device("wf-pixel", 412, 892, 2, "android"),
    Device("wf-galaxy", 360, 780, 2, "android"),
)
DEVICE_WEIGHTS = (14, 10, 6, 4, 12, 5, 8, 6)


@dataclass(frozen=True)
class Look:
    dark: bool
    font: str
    brand: str
    radius: int  # corner radius of cards and buttons
    base: float  # body text px: real UIs use 12-14
    shell: str  # desktop: "browser" | "bare"; phones: "native" | "web"
    bookmarks: bool
    zoom: float = 1.0  # lowered when a screen does not fit its viewport

    @property
    def bg(self) -> str:
        return "#0f1115" if self.dark else "#f6f7f9"

    @property
    def card(self) -> str:
        return "#1a1d24" if self.dark else "#ffffff"

    @property
    def fg(self) -> str:
        return "#e8eaed" if self.dark else "#16181d"

    @property
    def muted(self) -> str:
        # Grey secondary text, still above 4.5:1 contrast so a human can read it.
        return "#9aa0aa" if self.dark else "#5f6672"

    @property
    def line(self) -> str:
        return "#2a2e37" if self.dark else "#e3e5e9"


def make_look(rng: random.Random, brand: str, device: Device) -> Look:
    family = rng.choices(("sans", "display", "serif", "condensed"), weights=(70, 12, 8, 10))[0]
    font = rng.choice(FONTS[family])
    phone = device.platform != "desktop"
    return Look(
        dark=rng.random() < 0.3,
        font=font,
        brand=brand,
        radius=rng.choice((4, 6, 8, 10, 12, 999 if phone else 8)),
        base=rng.choice((12.5, 13, 13.5, 14)) if not phone else rng.choice((13, 14, 14.5)),
        shell=(
            rng.choice(("browser", "browser", "browser", "bare"))
            if not phone
            else rng.choice(("native", "native", "web"))
        ),
        bookmarks=rng.random() < 0.5,
    )


def shrink(look: Look) -> Look:
    return replace(look, zoom=round(look.zoom - 0.07, 2))


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# ---------------------------------------------------------------- icons

_ICON_PATHS = {
    "search": '<circle cx="11" cy="11" r="7"/><path d="M20 20l-4-4"/>',
    "bell": '<path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0"/>',
    "home": '<path d="M3 11l9-7 9 7v9H3z"/>',
    "chart": '<path d="M4 20V10M10 20V4M16 20v-7M22 20H2"/>',
    "gear": '<circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2"/>',
    "users": '<circle cx="9" cy="8" r="4"/><path d="M2 21c0-4 3-7 7-7s7 3 7 7M17 11a3 3 0 1 0 0-6M22 21c0-3-2-5-4-6"/>',
    "check": '<path d="M5 12l5 5 9-10"/>',
    "x": '<path d="M6 6l12 12M18 6L6 18"/>',
    "lock": '<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>',
    "shield": '<path d="M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6z"/>',
    "left": '<path d="M15 5l-7 7 7 7"/>',
    "right": '<path d="M9 5l7 7-7 7"/>',
    "info": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7v1"/>',
    "chat": '<path d="M4 5h16v11H9l-5 4z"/>',
    "grid": '<rect x="3" y="3" width="7" height="7"/><rect x="14" y="3" width="7" height="7"/><rect x="3" y="14" width="7" height="7"/><rect x="14" y="14" width="7" height="7"/>',
    "clock": '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>',
    "heart": '<path d="M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z"/>',
    "play": '<rect x="3" y="4" width="18" height="16" rx="3"/><path d="M10 9l5 3-5 3z"/>',
    "user": '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4 4-7 8-7s8 3 8 7"/>',
    "mail": '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>',
    "folder": '<path d="M3 6h6l2 2h10v11H3z"/>',
    "plug": '<path d="M9 2v6M15 2v6M6 8h12v4a6 6 0 0 1-12 0zM12 18v4"/>',
    "sync": '<path d="M4 12a8 8 0 0 1 14-5l2 2M20 12a8 8 0 0 1-14 5l-2-2M20 4v5h-5M4 20v-5h5"/>',
    "star": '<path d="M12 3l3 6 6 1-4.5 4 1 6-5.5-3-5.5 3 1-6L3 10l6-1z"/>',
    "menu": '<path d="M4 6h16M4 12h16M4 18h16"/>',
    "dots": '<circle cx="5" cy="12" r="1.5"/><circle cx="12" cy="12" r="1.5"/><circle cx="19" cy="12" r="1.5"/>',
    "qr": '<rect x="3" y="3" width="7" height="7"/><rect x="14" y="3" width="7" height="7"/><rect x="3" y="14" width="7" height="7"/><path d="M14 14h3v3h-3zM18 18h3v3h-3z"/>',
    "phone": '<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>',
}


def icon(name: str, size: int = 16, color: str = "currentColor", stroke: float = 1.8) -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" fill="none" stroke="{color}" '
        f'stroke-width="{stroke}" stroke-linecap="round" stroke-linejoin="round" '
        f'style="flex:none;vertical-align:middle">{_ICON_PATHS[name]}</svg>'
    )


# TikTok's note, drawn three times (cyan, red, white) the way its logo layers it.
_NOTE = (
    "M16 3h3.2c.3 2.3 1.8 4 4.3 4.3v3.3c-1.6 0-3.1-.5-4.3-1.3v6.9c0 3.6-2.9 6.3-6.4 6.3"
    "S6.5 19.8 6.5 16.4c0-3.6 3.1-6.5 6.9-6.1v3.4c-1.7-.4-3.5.9-3.5 2.7 0 1.6 1.3 2.8 2.9 2.8"
    " 1.7 0 3.2-1.2 3.2-3.1V3z"
)


def tiktok_note(size: int, on_dark: bool = True) -> str:
    top = "#ffffff" if on_dark else "#000000"
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 30 30" style="flex:none">'
        f'<path d="{_NOTE}" fill="#25f4ee" transform="translate(-1,-1)"/>'
        f'<path d="{_NOTE}" fill="#fe2c55" transform="translate(1,1)"/>'
        f'<path d="{_NOTE}" fill="{top}"/></svg>'
    )


def tiktok_tile(size: int = 40, radius: int | None = None) -> str:
    r = size // 4 if radius is None else radius
    return (
        f'<span style="display:inline-flex;align-items:center;justify-content:center;width:{size}px;'
        f'height:{size}px;border-radius:{r}px;background:#000;flex:none">{tiktok_note(int(size * 0.72))}</span>'
    )


def tiktok_wordmark(size: int, dark: bool) -> str:
    """The note and the word, as TikTok's header shows them."""
    color = "#fff" if dark else "#000"
    return (
        f'<span style="display:inline-flex;align-items:center;gap:{size // 5}px;font-weight:800;'
        f'font-size:{size}px;letter-spacing:-0.5px;color:{color};font-family:Inter,sans-serif">'
        f"{tiktok_note(int(size * 1.3), dark)}TikTok</span>"
    )


def service_tile(letter: str, color: str, size: int = 36, fg: str = "#fff") -> str:
    """A generic brand tile (initials on colour) for the other services of an integrations grid."""
    return (
        f'<span style="display:inline-flex;align-items:center;justify-content:center;width:{size}px;'
        f"height:{size}px;border-radius:{size // 4}px;background:{color};color:{fg};font-weight:700;"
        f'font-size:{int(size * 0.42)}px;flex:none;font-family:Inter,sans-serif">{esc(letter)}</span>'
    )


def app_logo(name: str, color: str, size: int = 32) -> str:
    initials = "".join(w[0] for w in name.replace("-", " ").split()[:2]).upper() or name[:1].upper()
    return (
        f'<span style="display:inline-flex;align-items:center;justify-content:center;width:{size}px;'
        f"height:{size}px;border-radius:{size // 3}px;background:{color};color:#fff;font-weight:800;"
        f'font-size:{int(size * 0.42)}px;flex:none">{esc(initials)}</span>'
    )


def avatar(initials: str, size: int = 28, color: str = "#8b5cf6") -> str:
    return (
        f'<span style="display:inline-flex;align-items:center;justify-content:center;width:{size}px;'
        f"height:{size}px;border-radius:50%;background:{color};color:#fff;font-size:{int(size * 0.4)}px;"
        f'font-weight:600;flex:none">{esc(initials)}</span>'
    )


def hero_art(brand: str, w: int = 260, h: int = 150) -> str:
    """An abstract illustration: two linked devices with a dotted line, like onboarding art."""
    return (
        f'<svg width="{w}" height="{h}" viewBox="0 0 260 150" style="flex:none">'
        f'<circle cx="130" cy="75" r="70" fill="{brand}" opacity=".12"/>'
        f'<rect x="40" y="40" width="70" height="70" rx="16" fill="{brand}"/>'
        f'<rect x="150" y="40" width="70" height="70" rx="16" fill="#000"/>'
        f'<path d="M112 75h36" stroke="{brand}" stroke-width="4" stroke-dasharray="4 6"/>'
        f'<circle cx="75" cy="75" r="14" fill="#fff" opacity=".9"/>'
        f'<g transform="translate(168,58) scale(1.15)"><path d="{_NOTE}" fill="#25f4ee" transform="translate(-1,-1)"/>'
        f'<path d="{_NOTE}" fill="#fe2c55" transform="translate(1,1)"/><path d="{_NOTE}" fill="#fff"/></g>'
        f"</svg>"
    )


def sparkline(rng: random.Random, color: str, w: int = 220, h: int = 60) -> str:
    pts = " ".join(f"{i * w / 11:.0f},{h - 6 - rng.random() * (h - 14):.0f}" for i in range(12))
    return (
        f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" style="display:block;max-width:100%">'
        f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="2.2"/></svg>'
    )


# ---------------------------------------------------------------- CSS and shells


def base_css(look: Look) -> str:
    b = look.base
    return f"""
*{{box-sizing:border-box;margin:0;padding:0}}
html,body{{width:100%;height:100%;overflow:hidden}}
body{{font-family:'{look.font}',sans-serif;font-size:{b}px;line-height:1.45;color:{look.fg};
 background:{look.bg};display:flex;flex-direction:column;-webkit-font-smoothing:antialiased}}
.app{{flex:1;min-height:0;display:flex;flex-direction:column;position:relative;overflow:hidden}}
.z{{zoom:{look.zoom};flex:1;min-height:0;display:flex;flex-direction:column;position:relative}}
.muted{{color:{look.muted}}} .small{{font-size:{b - 1.5}px}} .tiny{{font-size:{max(11, b - 2.5)}px}}
h1{{font-size:{b + 9}px;line-height:1.2;font-weight:700}} h2{{font-size:{b + 5}px;line-height:1.25;font-weight:650}}
h3{{font-size:{b + 1.5}px;font-weight:650}}
.card{{background:{look.card};border:1px solid {look.line};border-radius:{min(look.radius, 16)}px}}
.row{{display:flex;align-items:center;gap:10px}} .col{{display:flex;flex-direction:column}}
.btn{{display:inline-flex;align-items:center;justify-content:center;gap:6px;white-space:nowrap;
 padding:8px 16px;border-radius:{look.radius if look.radius < 100 else 999}px;font-weight:600;
 font-size:{b}px;border:1px solid transparent;cursor:pointer}}
.btn.primary{{background:{look.brand};color:#fff}}
.btn.secondary{{background:transparent;color:{look.fg};border-color:{look.line}}}
.btn.ghost{{background:transparent;color:{look.muted}}}
.btn.dark{{background:{"#f1f1f1" if look.dark else "#111"};color:{"#111" if look.dark else "#fff"}}}
.btn.block{{display:flex;width:100%;padding:11px 16px}}
.chip{{display:inline-flex;align-items:center;gap:4px;padding:2px 8px;border-radius:999px;
 font-size:{b - 2}px;font-weight:600;white-space:nowrap}}
.line{{border-top:1px solid {look.line}}}
a,.link{{color:{look.brand};text-decoration:none;font-weight:500}}
ul.plain{{list-style:none}}
input,.input{{font:inherit;color:{look.muted};background:{look.card};border:1px solid {look.line};
 border-radius:{min(look.radius, 10)}px;padding:7px 10px}}
"""


def status_bar(device: Device, dark_text: bool, rng: random.Random, bg: str) -> str:
    """iOS: time left, notch, icons right. Android: smaller, time left, icons right."""
    color = "#fff" if not dark_text else "#000"
    time = f"{rng.randint(8, 11)}:{rng.randint(0, 59):02d}"
    batt = rng.randint(22, 98)
    icons = (
        f'<svg width="17" height="11" viewBox="0 0 17 11"><rect x="0" y="7" width="3" height="4" fill="{color}"/>'
        f'<rect x="4.5" y="5" width="3" height="6" fill="{color}"/><rect x="9" y="2.5" width="3" height="8.5" fill="{color}"/>'
        f'<rect x="13.5" y="0" width="3" height="11" fill="{color}"/></svg>'
        f'<svg width="15" height="11" viewBox="0 0 15 11"><path d="M1 4a9 9 0 0 1 13 0M3.5 6.5a5.5 5.5 0 0 1 8 0M6 9a2 2 0 0 1 3 0" stroke="{color}" stroke-width="1.6" fill="none"/></svg>'
        f'<span style="display:inline-flex;align-items:center;gap:1px"><span style="width:22px;height:11px;border:1.2px solid {color};'
        f'border-radius:3px;padding:1px;display:inline-block"><span style="display:block;height:100%;width:{batt}%;'
        f'background:{color};border-radius:1px"></span></span></span>'
    )
    if device.platform == "ios":
        notch = '<span style="position:absolute;left:50%;top:9px;width:112px;height:30px;margin-left:-56px;background:#000;border-radius:18px"></span>'
        return (
            f'<div style="height:47px;flex:none;position:relative;background:{bg};display:flex;align-items:center;'
            f'justify-content:space-between;padding:6px 28px 0 34px;font:600 15px Inter,sans-serif;color:{color}">'
            f'<span>{time}</span>{notch}<span class="row" style="gap:5px">{icons}</span></div>'
        )
    return (
        f'<div style="height:28px;flex:none;background:{bg};display:flex;align-items:center;justify-content:space-between;'
        f'padding:0 14px;font:500 12.5px Roboto,sans-serif;color:{color}">'
        f'<span>{time}</span><span class="row" style="gap:5px">{icons}<span>{batt}%</span></span></div>'
    )


def android_nav(dark: bool, rng: random.Random) -> str:
    bg = "#000" if dark else "#f2f2f2"
    fg = "#ddd" if dark else "#333"
    if rng.random() < 0.5:
        inner = f'<span style="width:110px;height:4px;border-radius:3px;background:{fg}"></span>'
        h = 20
    else:
        inner = (
            f'<span style="width:0;height:0;border-top:7px solid transparent;border-bottom:7px solid transparent;border-right:11px solid {fg}"></span>'
            f'<span style="width:14px;height:14px;border-radius:50%;border:2px solid {fg}"></span>'
            f'<span style="width:13px;height:13px;border:2px solid {fg};border-radius:2px"></span>'
        )
        h = 44
    return (
        f'<div style="height:{h}px;flex:none;background:{bg};display:flex;align-items:center;'
        f'justify-content:space-around;padding:0 60px">{inner}</div>'
    )


def ios_home(dark: bool) -> str:
    fg = "#fff" if dark else "#000"
    return (
        '<div style="height:22px;flex:none;display:flex;align-items:center;justify-content:center">'
        f'<span style="width:134px;height:5px;border-radius:3px;background:{fg}"></span></div>'
    )


def browser_chrome(
    url: str,
    tab_title: str,
    favicon: str,
    look: Look,
    rng: random.Random,
    bookmarks: list[str],
    tabs: list[str],
) -> str:
    """A Chromium-like window top: traffic lights, tabs, address bar, optional bookmarks bar."""
    dark = look.dark
    strip = "#202124" if dark else "#dee1e6"
    bar = "#35363a" if dark else "#ffffff"
    fg = "#e8eaed" if dark else "#202124"
    dim = "#9aa0a6" if dark else "#5f6368"
    others = rng.sample(tabs, 2)
    strip_html = (
        f'<div style="display:flex;align-items:center;gap:7px;background:{bar};color:{fg};padding:0 12px;height:32px;'
        f'border-radius:8px 8px 0 0;width:230px;font-size:12px;margin-top:6px">{favicon}'
        f'<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;flex:1">{esc(tab_title)}</span>'
        f"{icon('x', 11, dim)}</div>"
    )
    for t in others:
        strip_html += (
            f'<div style="display:flex;align-items:center;gap:7px;color:{dim};padding:0 12px;height:32px;width:170px;'
            f'font-size:12px;margin-top:6px;border-right:1px solid {dim}55"><span style="width:12px;height:12px;'
            f'border-radius:3px;background:{dim}"></span><span>{esc(t)}</span></div>'
        )
    lights = "".join(
        f'<span style="width:12px;height:12px;border-radius:50%;background:{c}"></span>'
        for c in ("#ff5f57", "#febc2e", "#28c840")
    )
    host, _, path = url.partition("/")
    addr = (
        f'<div style="display:flex;align-items:center;gap:12px;background:{bar};height:38px;padding:0 12px;color:{dim}">'
        f"{icon('left', 16, dim)}{icon('right', 16, dim)}{icon('sync', 14, dim)}"
        f'<div style="flex:1;display:flex;align-items:center;gap:8px;background:{"#202124" if dark else "#f1f3f4"};'
        f'border-radius:16px;height:28px;padding:0 14px;font:13px Roboto,Inter,sans-serif;color:{fg}">'
        f'{icon("lock", 12, dim)}<span>{esc(host)}<span style="color:{dim}">{"/" + esc(path) if path else ""}</span></span></div>'
        f"{icon('star', 15, dim)}{avatar('M', 22, '#1a73e8')}{icon('dots', 16, dim)}</div>"
    )
    marks = ""
    if look.bookmarks:
        marks = (
            f'<div style="display:flex;align-items:center;gap:18px;background:{bar};height:26px;padding:0 16px;'
            f'font:12px Roboto,Inter,sans-serif;color:{fg};border-bottom:1px solid {"#4a4b4f" if dark else "#dadce0"}">'
            + "".join(
                f'<span class="row" style="gap:6px">{icon("folder", 12, dim)}{esc(m)}</span>'
                for m in bookmarks
            )
            + "</div>"
        )
    return (
        f'<div style="flex:none;background:{strip}"><div style="display:flex;align-items:flex-end;gap:2px;height:38px;'
        f'padding:0 8px 0 14px"><div class="row" style="gap:8px;align-self:center;margin-right:14px">{lights}</div>{strip_html}</div>'
        f"{addr}{marks}</div>"
    )


def mobile_url_bar(url: str, dark: bool, top: bool) -> str:
    bg = "#1c1c1e" if dark else "#f2f2f7"
    fg = "#fff" if dark else "#000"
    pill = "#2c2c2e" if dark else "#e4e4ea"
    return (
        f'<div style="flex:none;background:{bg};padding:{"6px 12px 8px" if top else "8px 12px 4px"}">'
        f'<div style="background:{pill};border-radius:11px;height:36px;display:flex;align-items:center;'
        f'justify-content:center;gap:6px;font:14px Inter,sans-serif;color:{fg}">{icon("lock", 11, fg)}'
        f"{esc(url.split('/')[0])}</div></div>"
    )


def document(
    body: str,
    look: Look,
    device: Device,
    rng: random.Random,
    *,
    url: str,
    tab_title: str,
    favicon: str,
    bookmarks: list[str],
    tabs: list[str],
    page_bg: str | None = None,
    extra_css: str = "",
) -> str:
    """The screen body inside the device shell; `.app` marks the product's own pixels."""
    bg = page_bg or look.bg
    top = bottom = ""
    if device.platform == "desktop":
        if look.shell == "browser":
            top = browser_chrome(url, tab_title, favicon, look, rng, bookmarks, tabs)
    else:
        light_bar = not look.dark if page_bg is None else _is_light(bg)
        top = status_bar(device, light_bar, rng, bg)
        if look.shell == "web":
            bar_top = device.platform == "android"
            if bar_top:
                top += mobile_url_bar(url, look.dark, True)
            else:
                bottom = mobile_url_bar(url, look.dark, False)
        bottom += android_nav(look.dark, rng) if device.platform == "android" else ios_home(not light_bar)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{base_css(look)}{extra_css}</style></head>"
        f'<body style="background:{bg}">{top}<div class="app" style="background:{bg}"><div class="z">{body}</div></div>'
        f"{bottom}</body></html>"
    )


def _is_light(color: str) -> bool:
    c = color.lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return r * 0.299 + g * 0.587 + b * 0.114 > 150
