"""Inline SVG and CSS art: icons, brand marks, background patterns and hero illustrations."""

from __future__ import annotations

import math
import random
from html import escape
from urllib.parse import quote

# 24×24 stroke icons (drawn for this corpus; no icon font is installed).
ICONS: dict[str, str] = {
    "check": '<path d="M5 12.5l4.5 4.5L19 7.5"/>',
    "x": '<path d="M6 6l12 12M18 6L6 18"/>',
    "back": '<path d="M15 5l-7 7 7 7"/>',
    "chev": '<path d="M9 5l7 7-7 7"/>',
    "down": '<path d="M6 9l6 6 6-6"/>',
    "up": '<path d="M6 15l6-6 6 6"/>',
    "lock": '<rect x="5" y="10.5" width="14" height="10" rx="2.5"/><path d="M8 10.5V7.5a4 4 0 018 0v3"/>',
    "shield": '<path d="M12 3l7.5 3v5.5c0 4.6-3.2 8.2-7.5 9.5-4.3-1.3-7.5-4.9-7.5-9.5V6z"/><path d="M8.8 12l2.2 2.2 4.2-4.4"/>',
    "clock": '<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>',
    "heart": '<path d="M12 20s-7.5-4.6-7.5-10A4.2 4.2 0 0112 7.4 4.2 4.2 0 0119.5 10c0 5.4-7.5 10-7.5 10z"/>',
    "play": '<rect x="3.5" y="4.5" width="17" height="15" rx="3"/><path d="M10 9v6l5-3z"/>',
    "user": '<circle cx="12" cy="8.5" r="3.8"/><path d="M4.5 20c.8-4 3.8-6 7.5-6s6.7 2 7.5 6"/>',
    "users": '<circle cx="9" cy="9" r="3.3"/><path d="M3 19c.6-3.4 3-5 6-5s5.4 1.6 6 5"/><path d="M15.5 6.2a3.2 3.2 0 010 6M17.5 14.3c1.8.7 3 2.3 3.5 4.7"/>',
    "chat": '<path d="M4.5 6.5A2.5 2.5 0 017 4h10a2.5 2.5 0 012.5 2.5v7A2.5 2.5 0 0117 16h-6l-4.5 4v-4H7a2.5 2.5 0 01-2.5-2.5z"/>',
    "search": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5 5"/>',
    "star": '<path d="M12 3.8l2.5 5.2 5.6.8-4 4 1 5.6-5.1-2.7-5.1 2.7 1-5.6-4-4 5.6-.8z"/>',
    "bolt": '<path d="M13 3L5 13.5h6L10 21l8-10.5h-6z"/>',
    "sync": '<path d="M19 8a7.5 7.5 0 00-13.4-1.5M5 16a7.5 7.5 0 0013.4 1.5"/><path d="M19 3.5V8h-4.5M5 20.5V16h4.5"/>',
    "download": '<path d="M12 4v11M7.5 10.5L12 15l4.5-4.5M5 19.5h14"/>',
    "home": '<path d="M4 11l8-6.5 8 6.5v8.5a1 1 0 01-1 1h-4.5v-6h-5v6H5a1 1 0 01-1-1z"/>',
    "compass": '<circle cx="12" cy="12" r="8.5"/><path d="M15.5 8.5l-2 5-5 2 2-5z"/>',
    "bookmark": '<path d="M7 4h10v16l-5-3.5L7 20z"/>',
    "bell": '<path d="M6 16.5V11a6 6 0 0112 0v5.5l1.5 1.5h-15z"/><path d="M10 20.5h4"/>',
    "grid": '<rect x="4" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="13.5" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="4" y="13.5" width="6.5" height="6.5" rx="1.5"/><rect x="13.5" y="13.5" width="6.5" height="6.5" rx="1.5"/>',
    "chart": '<path d="M4 20h16"/><path d="M7 16v-4M12 16V8M17 16v-7"/>',
    "music": '<path d="M9 18V6l10-2v12"/><circle cx="6.5" cy="18" r="2.5"/><circle cx="16.5" cy="16" r="2.5"/>',
    "pin": '<path d="M12 21s-6.5-6-6.5-11a6.5 6.5 0 0113 0c0 5-6.5 11-6.5 11z"/><circle cx="12" cy="10" r="2.3"/>',
    "bag": '<path d="M5 8h14l-1 12H6z"/><path d="M9 8V6.5a3 3 0 016 0V8"/>',
    "sparkle": '<path d="M12 3c.6 4.4 2.6 6.4 7 7-4.4.6-6.4 2.6-7 7-.6-4.4-2.6-6.4-7-7 4.4-.6 6.4-2.6 7-7z"/>',
    "qr": '<rect x="4" y="4" width="6" height="6" rx="1"/><rect x="14" y="4" width="6" height="6" rx="1"/><rect x="4" y="14" width="6" height="6" rx="1"/><path d="M14 14h2.5v2.5H14zM17.5 17.5H20V20h-2.5zM14 19h1.5M19 14v1.5"/>',
    "phone": '<rect x="7" y="3" width="10" height="18" rx="2.5"/><path d="M11 18h2"/>',
    "mail": '<rect x="3.5" y="5.5" width="17" height="13" rx="2.5"/><path d="M4 7l8 6 8-6"/>',
    "globe": '<circle cx="12" cy="12" r="8.5"/><path d="M3.5 12h17M12 3.5c2.5 2.6 3.5 5.4 3.5 8.5s-1 5.9-3.5 8.5c-2.5-2.6-3.5-5.4-3.5-8.5s1-5.9 3.5-8.5z"/>',
    "dots": '<circle cx="5.5" cy="12" r="1.2"/><circle cx="12" cy="12" r="1.2"/><circle cx="18.5" cy="12" r="1.2"/>',
    "info": '<circle cx="12" cy="12" r="8.5"/><path d="M12 11v5.5M12 7.6v.4"/>',
    "plus": '<path d="M12 5v14M5 12h14"/>',
    "gear": '<circle cx="12" cy="12" r="3"/><path d="M12 3.5v2.3M12 18.2v2.3M20.5 12h-2.3M5.8 12H3.5M18 6l-1.6 1.6M7.6 16.4L6 18M18 18l-1.6-1.6M7.6 7.6L6 6"/>',
    "image": '<rect x="3.5" y="5" width="17" height="14" rx="2.5"/><circle cx="9" cy="10" r="1.7"/><path d="M4 17l5-4.5 4 3.5 3-2.5 4 3.5"/>',
    "leaf": '<path d="M5 19c0-8 5-13 14-14-1 9-6 14-14 14z"/><path d="M5 19l7-7"/>',
    "film": '<rect x="4" y="4" width="16" height="16" rx="2"/><path d="M8 4v16M16 4v16M4 9h4M4 15h4M16 9h4M16 15h4"/>',
    "eye": '<path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z"/><circle cx="12" cy="12" r="3"/>',
    "link": '<path d="M10 14a4 4 0 005.7 0l3-3a4 4 0 00-5.7-5.7l-1 1"/><path d="M14 10a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1"/>',
    "apple": '<path d="M16 13.2c0-2.2 1.8-3.2 1.9-3.3-1-1.5-2.6-1.7-3.2-1.7-1.4-.1-2.6.8-3.3.8s-1.7-.8-2.9-.8C7 8.3 5 9.8 5 13c0 1.9.7 4 1.6 5.3.8 1.1 1.5 2.1 2.5 2 1-.1 1.4-.6 2.6-.6s1.5.6 2.6.6c1.1 0 1.7-1 2.4-2 .8-1.1 1.1-2.2 1.1-2.3 0 0-2-.8-1.8-2.8zM14 6.8c.6-.7.9-1.6.8-2.5-.8 0-1.7.5-2.3 1.2-.5.6-.9 1.5-.8 2.4.9.1 1.7-.4 2.3-1.1z"/>',
}

SERVICE_COLORS: dict[str, tuple[str, str]] = {
    "TikTok": ("#010101", "#ffffff"),
    "Instagram": ("linear-gradient(45deg,#f9ce34,#ee2a7b 50%,#6228d7)", "#ffffff"),
    "YouTube": ("#ff0000", "#ffffff"),
    "Spotify": ("#1ed760", "#0b0b0b"),
    "Pinterest": ("#e60023", "#ffffff"),
    "Snapchat": ("#fffc00", "#111111"),
    "X": ("#0f1419", "#ffffff"),
    "Twitch": ("#9146ff", "#ffffff"),
    "Facebook": ("#1877f2", "#ffffff"),
    "SoundCloud": ("linear-gradient(180deg,#ff8800,#ff3300)", "#ffffff"),
    "Tumblr": ("#001935", "#ffffff"),
    "Vimeo": ("#1ab7ea", "#ffffff"),
    "Threads": ("#000000", "#ffffff"),
    "Google": ("#ffffff", "#4285f4"),
}

TIKTOK_PINK = "#fe2c55"
TIKTOK_CYAN = "#25f4ee"

# The note-shaped mark, drawn freehand for this corpus in a 48×48 box.
_NOTE = (
    "M25.6 5h6.3c.5 4.4 3.5 7.7 8 8.1v6.3c-3 .1-5.7-.8-8-2.4v11.8c0 6.6-5.3 11.6-11.7 11.6"
    "S8.5 35.4 8.5 29s5.3-11.6 11.7-11.6c.6 0 1.3.1 1.9.2v6.5c-.6-.2-1.2-.3-1.9-.3-2.9 0-5.3 2.4-5.3 5.2"
    "s2.4 5.3 5.3 5.3 5.4-2.3 5.4-5.3z"
)


def icon(
    name: str, size: int = 22, color: str = "currentColor", width: float = 1.9, fill: str = "none"
) -> str:
    return (
        f'<svg class="ic" width="{size}" height="{size}" viewBox="0 0 24 24" fill="{fill}" stroke="{color}" '
        f'stroke-width="{width}" stroke-linecap="round" stroke-linejoin="round">{ICONS[name]}</svg>'
    )


def tiktok_note(size: int = 28, main: str = "#ffffff") -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 48 48">'
        f'<path d="{_NOTE}" fill="{TIKTOK_CYAN}" transform="translate(-1.6 -1.4)"/>'
        f'<path d="{_NOTE}" fill="{TIKTOK_PINK}" transform="translate(1.6 1.4)"/>'
        f'<path d="{_NOTE}" fill="{main}"/></svg>'
    )


def tiktok_badge(size: int = 44, radius: float = 0.28) -> str:
    return (
        f'<span class="svc" style="width:{size}px;height:{size}px;border-radius:{size * radius:.0f}px;'
        f'background:#010101;box-shadow:inset 0 0 0 1px rgba(255,255,255,.22)">{tiktok_note(round(size * 0.62))}</span>'
    )


def tiktok_wordmark(dark: bool = False, size: int = 26) -> str:
    fg = "#ffffff" if dark else "#161823"
    return (
        f'<span style="display:inline-flex;align-items:center;gap:4px;font:800 {size}px/1 Inter, sans-serif;'
        f'color:{fg};letter-spacing:-.5px">{tiktok_note(round(size * 1.15), fg)}TikTok</span>'
    )


def service_badge(name: str, size: int = 44) -> str:
    """A brand-coloured tile with a drawn glyph; the service's name is printed beside it by the caller."""
    if name == "TikTok":
        return tiktok_badge(size)
    bg, fg = SERVICE_COLORS.get(name, ("#444444", "#ffffff"))
    s = round(size * 0.56)
    glyphs = {
        "Instagram": f'<svg width="{s}" height="{s}" viewBox="0 0 24 24" fill="none" stroke="{fg}" stroke-width="2.2"><rect x="3" y="3" width="18" height="18" rx="5.5"/><circle cx="12" cy="12" r="4.2"/><circle cx="17.4" cy="6.6" r="1" fill="{fg}"/></svg>',
        "YouTube": f'<svg width="{s}" height="{s}" viewBox="0 0 24 24"><path d="M9 7.5v9l8-4.5z" fill="{fg}"/></svg>',
        "Spotify": f'<svg width="{s}" height="{s}" viewBox="0 0 24 24" fill="none" stroke="{fg}" stroke-width="2.3" stroke-linecap="round"><path d="M5 9c4.5-1.5 9.5-1 14 1.3M6 12.8c3.8-1.1 7.6-.7 11 1M7 16.4c3-.8 5.8-.5 8.4.8"/></svg>',
        "SoundCloud": f'<svg width="{s}" height="{s}" viewBox="0 0 24 24" fill="{fg}"><path d="M9 17V9.5a5.5 5.5 0 0110.4 2.2 3 3 0 01-.4 5.3zM6.5 17v-6h1.3v6zM4 17v-4h1.3v4z"/></svg>',
        "Snapchat": f'<svg width="{s}" height="{s}" viewBox="0 0 24 24" fill="#fff" stroke="{fg}" stroke-width="1.6"><path d="M12 3.5c3 0 5 2.2 5 5.2v2.2l1.8-.4c.5 0 .7.7.2 1l-2 1c.4 1.7 1.8 3 3.5 3.5-.3.8-1.5 1-2.6 1.1-.3.9-.5 1.4-1.3 1.2-1.8-.4-2.5.8-4.6.8s-2.8-1.2-4.6-.8c-.8.2-1-.3-1.3-1.2-1.1-.1-2.3-.3-2.6-1.1 1.7-.5 3.1-1.8 3.5-3.5l-2-1c-.5-.3-.3-1 .2-1l1.8.4V8.7c0-3 2-5.2 5-5.2z"/></svg>',
    }
    letters = {
        "Pinterest": "P",
        "X": "X",
        "Twitch": "t",
        "Facebook": "f",
        "Tumblr": "t",
        "Vimeo": "v",
        "Threads": "@",
        "Google": "G",
    }
    inner = glyphs.get(name) or (
        f'<b style="font:800 {round(size * 0.5)}px/1 Inter, sans-serif;color:{fg}">'
        f"{escape(letters.get(name, name[:1]))}</b>"
    )
    return (
        f'<span class="svc" style="width:{size}px;height:{size}px;border-radius:{round(size * 0.26)}px;'
        f'background:{bg}">{inner}</span>'
    )


def google_g(size: int = 40) -> str:
    r = 8
    arcs = (("#4285f4", -40, 45), ("#34a853", 45, 150), ("#fbbc05", 150, 215), ("#ea4335", 215, 320))
    parts = []
    for color, a, b in arcs:
        x1, y1 = 12 + r * math.cos(math.radians(a)), 12 + r * math.sin(math.radians(a))
        x2, y2 = 12 + r * math.cos(math.radians(b)), 12 + r * math.sin(math.radians(b))
        parts.append(
            f'<path d="M{x1:.2f} {y1:.2f}A{r} {r} 0 0 1 {x2:.2f} {y2:.2f}" stroke="{color}" '
            f'stroke-width="3.4" fill="none"/>'
        )
    parts.append('<path d="M12 12h8" stroke="#4285f4" stroke-width="3.4"/>')
    return f'<svg width="{size}" height="{size}" viewBox="0 0 24 24">{"".join(parts)}</svg>'


def app_logo(name: str, color: str, accent: str, size: int = 56, font: str = "Inter", shape: int = 0) -> str:
    """The client's mark: a gradient tile with a monogram and a small drawn flourish."""
    letter = escape(name.strip()[0].upper())
    radius = (0.28, 0.5, 0.18, 0.36)[shape % 4]
    flourish = (
        f'<svg style="position:absolute;right:{size * 0.08:.0f}px;top:{size * 0.08:.0f}px" width="{size * 0.3:.0f}" '
        f'height="{size * 0.3:.0f}" viewBox="0 0 24 24"><path d="{ICONS["sparkle"][9:-3]}" fill="#ffffffcc"/></svg>'
        if shape % 2 == 0
        else f'<span style="position:absolute;left:-{size * 0.15:.0f}px;bottom:-{size * 0.15:.0f}px;width:{size * 0.6:.0f}px;'
        f'height:{size * 0.6:.0f}px;border-radius:50%;background:#ffffff2e"></span>'
    )
    return (
        f'<span class="logo" style="width:{size}px;height:{size}px;border-radius:{size * radius:.0f}px;'
        f"background:linear-gradient(135deg,{color},{accent});font:800 {size * 0.52:.0f}px/1 '{font}',sans-serif\">"
        f"{flourish}<span style='position:relative'>{letter}</span></span>"
    )


# ---------------------------------------------------------------- backgrounds


def _svg_url(svg: str) -> str:
    return 'url("data:image/svg+xml,' + quote(svg) + '")'


def pattern(kind: str, color: str, opacity: float) -> str:
    """A repeating inline-SVG pattern as a CSS background layer."""
    c = color
    o = f"{opacity:.2f}"
    svgs = {
        "dots": f'<svg xmlns="http://www.w3.org/2000/svg" width="22" height="22"><circle cx="3" cy="3" r="1.6" fill="{c}" fill-opacity="{o}"/></svg>',
        "grid": f'<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28"><path d="M28 0H0V28" fill="none" stroke="{c}" stroke-opacity="{o}"/></svg>',
        "waves": f'<svg xmlns="http://www.w3.org/2000/svg" width="60" height="24"><path d="M0 12c10-10 20-10 30 0s20 10 30 0" fill="none" stroke="{c}" stroke-opacity="{o}" stroke-width="2"/></svg>',
        "stripes": f'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M-4 4l8-8M0 16L16 0M12 20l8-8" stroke="{c}" stroke-opacity="{o}" stroke-width="3"/></svg>',
        "rings": f'<svg xmlns="http://www.w3.org/2000/svg" width="70" height="70"><circle cx="35" cy="35" r="22" fill="none" stroke="{c}" stroke-opacity="{o}" stroke-width="2"/><circle cx="35" cy="35" r="10" fill="none" stroke="{c}" stroke-opacity="{o}" stroke-width="2"/></svg>',
        "confetti": f'<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><rect x="8" y="10" width="8" height="3" rx="1.5" transform="rotate(30 12 11)" fill="{c}" fill-opacity="{o}"/><circle cx="52" cy="18" r="2.5" fill="{c}" fill-opacity="{o}"/><rect x="36" y="52" width="9" height="3" rx="1.5" transform="rotate(-40 40 53)" fill="{c}" fill-opacity="{o}"/><path d="M66 58l3 5-6 0z" fill="{c}" fill-opacity="{o}"/><circle cx="14" cy="62" r="1.8" fill="{c}" fill-opacity="{o}"/></svg>',
        "squiggle": f'<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><path d="M4 24q5-10 10 0t10 0 10 0 10 0" fill="none" stroke="{c}" stroke-opacity="{o}" stroke-width="2.4" stroke-linecap="round"/></svg>',
        "checker": f'<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="16" height="16" fill="{c}" fill-opacity="{o}"/><rect x="16" y="16" width="16" height="16" fill="{c}" fill-opacity="{o}"/></svg>',
    }
    return _svg_url(svgs[kind])


PATTERNS = ("dots", "grid", "waves", "stripes", "rings", "confetti", "squiggle", "checker")


def blobs(rng: random.Random, colors: list[str], n: int = 3, blur: int = 46) -> str:
    """Soft coloured blobs behind the content (a mesh-gradient look)."""
    out = []
    for i in range(n):
        size = rng.randint(160, 300)
        x, y = rng.randint(-30, 80), rng.randint(-10, 85)
        out.append(
            f'<span class="blob" style="width:{size}px;height:{size}px;left:{x}%;top:{y}%;'
            f"background:{colors[i % len(colors)]};filter:blur({blur}px);margin-left:-{size // 2}px;"
            f'opacity:{rng.uniform(0.55, 0.9):.2f}"></span>'
        )
    return "".join(out)


def sparkles(rng: random.Random, color: str, n: int = 5, edges: bool = False) -> str:
    """Little four-point stars; with `edges`, kept to the margins so they never sit on text."""
    out = []
    for _ in range(n):
        s = rng.randint(10, 22)
        left = rng.choice((rng.randint(0, 2), rng.randint(93, 95))) if edges else rng.randint(4, 92)
        top = rng.randint(8, 85) if edges else rng.randint(3, 40)
        out.append(
            f'<svg class="spark" style="left:{left}%;top:{top}%" width="{s}" '
            f'height="{s}" viewBox="0 0 24 24"><path d="{ICONS["sparkle"][9:-3]}" fill="{color}"/></svg>'
        )
    return "".join(out)


# ---------------------------------------------------------------- illustrations


def link_illustration(app_mark: str, rng: random.Random, accent: str, style: int) -> str:
    """The app's mark and TikTok's, joined by a dotted line or overlapping, with decoration."""
    joiner = (
        f'<span class="joint">{"".join(f"<i style=background:{accent}></i>" for _ in range(4))}</span>',
        f'<span class="joint swap">{icon("sync", 22, accent, 2.2)}</span>',
        f'<span class="joint plus">{icon("link", 20, accent, 2.2)}</span>',
    )[style % 3]
    return f'<div class="illus link">{sparkles(rng, accent, 4)}{app_mark}{joiner}{tiktok_badge(64)}</div>'


def hero_shapes(rng: random.Random, colors: list[str], height: int = 180, motif: str = "") -> str:
    """An abstract composition of drawn shapes: circles, pills, cards and a star."""
    parts = []
    for i in range(rng.randint(4, 6)):
        w = rng.randint(40, 120)
        h = w if rng.random() < 0.5 else rng.randint(24, 60)
        r = "50%" if w == h else f"{h // 2}px"
        parts.append(
            f'<span style="position:absolute;left:{rng.randint(2, 78)}%;top:{rng.randint(0, 70)}%;width:{w}px;'
            f"height:{h}px;border-radius:{r};background:{colors[i % len(colors)]};opacity:.9;"
            f'transform:rotate({rng.randint(-30, 30)}deg)"></span>'
        )
    if motif:
        parts.append(
            f'<span style="position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:88px;height:88px;'
            f"border-radius:28px;background:#ffffff;display:flex;align-items:center;justify-content:center;"
            f'box-shadow:0 18px 40px #0003">{icon(motif, 44, colors[0], 2.2)}</span>'
        )
    return f'<div class="illus shapes" style="height:{height}px">{"".join(parts)}</div>'


def thumb(rng: random.Random, colors: list[str], h: int = 96) -> str:
    """A drawn thumbnail for a feed card: gradient, a sun or a wave, a play mark."""
    a, b = rng.sample(colors, 2) if len(colors) > 1 else (colors[0], colors[0])
    motif = rng.choice(
        (
            '<span style="position:absolute;right:14%;top:18%;width:34px;height:34px;border-radius:50%;background:#ffffffcc"></span>',
            '<svg style="position:absolute;left:0;bottom:0" width="100%" height="50%" viewBox="0 0 100 40" preserveAspectRatio="none"><path d="M0 25 Q25 5 50 22 T100 18 V40 H0z" fill="#ffffff55"/></svg>',
            f'<span style="position:absolute;left:50%;top:50%;transform:translate(-50%,-50%)">{icon("play", 30, "#fff", 2)}</span>',
            '<span style="position:absolute;left:12%;bottom:14%;width:46%;height:10px;border-radius:5px;background:#ffffff88"></span>',
        )
    )
    return (
        f'<div class="thumb" style="height:{h}px;background:linear-gradient({rng.randint(0, 360)}deg,{a},{b})">'
        f"{motif}</div>"
    )


def confetti_burst(rng: random.Random, colors: list[str], n: int = 14) -> str:
    out = []
    for _ in range(n):
        w, h = rng.choice(((8, 8), (10, 4), (6, 12)))
        out.append(
            f'<span style="position:absolute;left:{rng.randint(5, 95)}%;top:{rng.randint(0, 95)}%;width:{w}px;'
            f"height:{h}px;border-radius:{rng.choice(('50%', '2px'))};background:{rng.choice(colors)};"
            f'transform:rotate({rng.randint(0, 90)}deg)"></span>'
        )
    return "".join(out)


def chart(rng: random.Random, color: str, w: int = 300, h: int = 90, bars: bool = False) -> str:
    vals = [rng.uniform(0.2, 1.0) for _ in range(7)]
    if bars:
        bw = w / 7
        rects = "".join(
            f'<rect x="{i * bw + bw * 0.2:.1f}" y="{h - v * h:.1f}" width="{bw * 0.6:.1f}" height="{v * h:.1f}" rx="4" fill="{color}"/>'
            for i, v in enumerate(vals)
        )
        return (
            f'<svg width="100%" height="{h}" viewBox="0 0 {w} {h}" preserveAspectRatio="none">{rects}</svg>'
        )
    pts = " ".join(f"{i * w / 6:.1f},{h - v * (h - 8) - 4:.1f}" for i, v in enumerate(vals))
    return (
        f'<svg width="100%" height="{h}" viewBox="0 0 {w} {h}" preserveAspectRatio="none">'
        f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="3" stroke-linejoin="round"/>'
        f'<polyline points="0,{h} {pts} {w},{h}" fill="{color}" fill-opacity=".15" stroke="none"/></svg>'
    )
