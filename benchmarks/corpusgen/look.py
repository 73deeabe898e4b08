"""The look of one submission: theme, colours, fonts, button shapes, and the device chrome around a screen.

A designer keeps one look across the screens of a submission, so a Style is drawn once
per submission and every screen renderer wraps its body with `page()`.
"""

from __future__ import annotations

import colorsys
import html
import random
from dataclasses import dataclass
from typing import Literal

from benchmarks.corpusgen import vocab
from benchmarks.corpusgen.common import Device, Split

Theme = Literal["light", "dark"]
ButtonShape = Literal["filled", "outlined", "pill", "square", "bar"]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _rgb(hex_color: str) -> tuple[float, float, float]:
    h = hex_color.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0, min(1, c)) * 255):02x}" for c in rgb)


def luminance(hex_color: str) -> float:
    r, g, b = _rgb(hex_color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def shade(hex_color: str, lightness_delta: float) -> str:
    h, light, s = colorsys.rgb_to_hls(*_rgb(hex_color))
    return _hex(colorsys.hls_to_rgb(h, max(0, min(1, light + lightness_delta)), s))


def hue_shift(hex_color: str, degrees: float) -> str:
    h, light, s = colorsys.rgb_to_hls(*_rgb(hex_color))
    return _hex(colorsys.hls_to_rgb((h + degrees / 360) % 1, light, s))


@dataclass(frozen=True)
class Style:
    theme: Theme
    brand: str
    brand2: str  # second stop of gradients and accents
    on_brand: str  # text on a brand-coloured button; pastel brands keep white text (low contrast)
    bg: str
    surface: str
    text: str
    muted: str
    border: str
    font: str
    heading_font: str
    radius: int
    button: ButtonShape
    gradient: bool
    app_name: str
    logo_kind: Literal["initials", "shape", "glyph"]
    base_size: int  # body font size in CSS pixels

    @property
    def dark(self) -> bool:
        return self.theme == "dark"


def draw_style(
    rng: random.Random, split: Split, *, theme: Theme | None = None, app_name: str | None = None
) -> Style:
    theme = theme or ("dark" if rng.random() < 0.35 else "light")
    brand = vocab.BRAND_COLORS.pick(rng, split)
    pastel = luminance(brand) > 0.6
    if theme == "dark" and luminance(brand) < 0.12:
        brand = shade(brand, 0.45)  # near-black brands vanish on dark backgrounds
    # Most designers put white text on the brand colour, even pastel ones (the low-contrast case).
    on_brand = "#ffffff" if (not pastel or rng.random() < 0.5) else "#1f2937"
    family = rng.choices(list(vocab.FAMILY_WEIGHTS), weights=list(vocab.FAMILY_WEIGHTS.values()))[0]
    font = vocab.FONT_FAMILIES[family].pick(rng, split)
    heading_family = family if rng.random() < 0.7 else rng.choice(["sans", "display", "serif"])
    heading_font = vocab.FONT_FAMILIES[heading_family].pick(rng, split)
    if theme == "light":
        bg = rng.choice(["#ffffff", "#f7f7f8", "#fafaf9", "#f5f7fb", "#fffdf8"])
        surface = "#ffffff" if bg != "#ffffff" else rng.choice(["#f6f6f7", "#ffffff"])
        text, muted, border = rng.choice(["#111827", "#1c1c1e", "#0f172a", "#222222"]), "#6b7280", "#e5e7eb"
    else:
        bg = rng.choice(["#000000", "#0b0b0f", "#111827", "#18181b", "#121212", "#0f172a"])
        surface = rng.choice(["#1c1c1e", "#1f2937", "#27272a", "#1e1e1e"])
        text, muted, border = rng.choice(["#f9fafb", "#ffffff", "#e5e7eb"]), "#9ca3af", "#374151"
    return Style(
        theme=theme,
        brand=brand,
        brand2=hue_shift(brand, rng.choice([-40, 30, 60])),
        on_brand=on_brand,
        bg=bg,
        surface=surface,
        text=text,
        muted=muted,
        border=border,
        font=font,
        heading_font=heading_font,
        radius=rng.choice([0, 4, 8, 12, 16]),
        button=rng.choice(["filled", "filled", "pill", "outlined", "square", "bar"]),
        gradient=rng.random() < 0.3,
        app_name=app_name or vocab.APP_NAMES.pick(rng, split),
        logo_kind=rng.choice(["initials", "shape", "glyph"]),
        base_size=rng.choice([14, 15, 16, 16, 17]),
    )


# ---------------------------------------------------------------- small components


def initials(name: str) -> str:
    words = [w for w in name.replace("+", " ").split() if w[0].isalnum()]
    return (words[0][0] + (words[1][0] if len(words) > 1 else words[0][1])).upper()


def app_logo(style: Style, size: int = 40) -> str:
    """The app's logo: initials in a circle, a geometric mark, or a glyph on a rounded square."""
    grad = f"linear-gradient(135deg,{style.brand},{style.brand2})"
    if style.logo_kind == "initials":
        return (
            f'<div class="logo" style="width:{size}px;height:{size}px;border-radius:50%;background:{grad};'
            f"color:#fff;font-weight:700;font-size:{size * 0.4:.0f}px;display:flex;align-items:center;"
            f'justify-content:center">{esc(initials(style.app_name))}</div>'
        )
    if style.logo_kind == "shape":
        return (
            f'<svg class="logo" width="{size}" height="{size}" viewBox="0 0 40 40">'
            f'<rect width="40" height="40" rx="10" fill="{style.brand}"/>'
            f'<circle cx="16" cy="20" r="9" fill="#fff" opacity=".9"/>'
            f'<circle cx="25" cy="20" r="9" fill="{style.brand2}" opacity=".85"/></svg>'
        )
    return (
        f'<svg class="logo" width="{size}" height="{size}" viewBox="0 0 40 40">'
        f'<rect width="40" height="40" rx="12" fill="{style.brand}"/>'
        f'<path d="M12 27 L20 11 L28 27 Z" fill="none" stroke="#fff" stroke-width="3.5" stroke-linejoin="round"/>'
        f"</svg>"
    )


def tiktok_logo(size: int = 40, *, rounded: bool = True, dark_bg: bool = True) -> str:
    """A TikTok-like note mark (cyan and red offsets), drawn as SVG."""
    bg = "#000" if dark_bg else "#fff"
    fg = "#fff" if dark_bg else "#000"
    rx = 10 if rounded else 20
    note = "M22 9 v14.5 a4.5 4.5 0 1 1 -4.5 -4.5 M22 9 c0.8 3.6 3.2 5.6 6.6 5.8"
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 40 40"><rect width="40" height="40" rx="{rx}" fill="{bg}"/>'
        f'<g fill="none" stroke-width="3.2" stroke-linecap="round">'
        f'<path d="{note}" stroke="#25F4EE" transform="translate(-1.2,-1)"/>'
        f'<path d="{note}" stroke="#FE2C55" transform="translate(1.2,1)"/>'
        f'<path d="{note}" stroke="{fg}"/></g></svg>'
    )


def service_logo(name: str, size: int = 36) -> str:
    if name == "TikTok":
        return tiktok_logo(size)
    color = vocab.SERVICE_COLORS.get(name, "#64748b")
    fg = "#111" if luminance(color) > 0.7 else "#fff"
    letter = name[0]
    return (
        f'<div style="width:{size}px;height:{size}px;border-radius:{size // 4}px;background:{color};color:{fg};'
        f"display:flex;align-items:center;justify-content:center;font-weight:800;font-size:{size * 0.5:.0f}px;"
        # The hairline keeps black logos (X, Threads) visible on dark themes, as app icons do.
        f'flex:none;box-shadow:inset 0 0 0 1px rgba(127,127,127,.35)">{esc(letter)}</div>'
    )


def avatar(rng: random.Random, name: str, size: int = 36) -> str:
    hue = rng.randrange(360)
    return (
        f'<div style="width:{size}px;height:{size}px;border-radius:50%;flex:none;'
        f"background:linear-gradient(135deg,hsl({hue},70%,65%),hsl({(hue + 50) % 360},70%,45%));color:#fff;"
        f"display:flex;align-items:center;justify-content:center;font-weight:600;font-size:{size * 0.4:.0f}px"
        f'">{esc(initials(name))}</div>'
    )


ICONS = {
    "check": '<path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.4" '
    'stroke-linecap="round" stroke-linejoin="round"/>',
    "back": '<path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.4" '
    'stroke-linecap="round" stroke-linejoin="round"/>',
    "close": '<path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>',
    "clock": '<circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="2"/>'
    '<path d="M12 7.5V12l3 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>',
    "heart": '<path d="M12 20s-7-4.4-7-10a4 4 0 017-2.6A4 4 0 0119 10c0 5.6-7 10-7 10z" fill="currentColor"/>',
    "user": '<circle cx="12" cy="8.5" r="4" fill="currentColor"/><path d="M4 20c1.5-4 4.5-6 8-6s6.5 2 8 6z" '
    'fill="currentColor"/>',
    "video": '<rect x="3" y="6" width="13" height="12" rx="2.5" fill="currentColor"/>'
    '<path d="M17 10.5l4-2.5v8l-4-2.5z" fill="currentColor"/>',
    "chat": '<path d="M4 5h16v11H9l-5 4z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>',
    "search": '<circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" stroke-width="2.2"/>'
    '<path d="M15 15l5 5" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>',
    "folder": '<path d="M3 6.5h6l2 2h10v10H3z" fill="currentColor"/>',
    "lock": '<rect x="5" y="10" width="14" height="10" rx="2" fill="currentColor"/>'
    '<path d="M8 10V7.5a4 4 0 018 0V10" fill="none" stroke="currentColor" stroke-width="2"/>',
    "home": '<path d="M4 11l8-7 8 7v9h-5v-6H9v6H4z" fill="currentColor"/>',
    "bell": '<path d="M6 16V11a6 6 0 0112 0v5l2 2H4z" fill="currentColor"/>',
    "gear": '<circle cx="12" cy="12" r="3.2" fill="none" stroke="currentColor" stroke-width="2"/>'
    '<circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2.3"/>',
    "plus": '<path d="M12 5v14M5 12h14" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>',
    "chevron": '<path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>',
    "arrows": '<path d="M4 9h14l-3-3M20 15H6l3 3" fill="none" stroke="currentColor" stroke-width="2" '
    'stroke-linecap="round" stroke-linejoin="round"/>',
    "grid": '<rect x="4" y="4" width="7" height="7" rx="1.5" fill="currentColor"/><rect x="13" y="4" width="7" '
    'height="7" rx="1.5" fill="currentColor"/><rect x="4" y="13" width="7" height="7" rx="1.5" fill="currentColor"/>'
    '<rect x="13" y="13" width="7" height="7" rx="1.5" fill="currentColor"/>',
}

DATA_ICONS = {"activity": "clock", "postsandprofile": "user", "directmessages": "chat", "all": "folder"}


def icon(name: str, size: int = 20, color: str = "currentColor") -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="color:{color};flex:none">'
        f"{ICONS[name]}</svg>"
    )


def button(
    style: Style, label: str, *, primary: bool, full: bool = True, shape: ButtonShape | None = None
) -> str:
    """A button in the submission's shape; secondary buttons are outlined or text links."""
    shape = shape or style.button
    radius = {"pill": 999, "square": 2, "bar": 0}.get(shape, style.radius + 4)
    width = "width:100%;" if full else ""
    base = (
        f"{width}box-sizing:border-box;padding:13px 22px;border-radius:{radius}px;font-weight:600;"
        f"font-size:{style.base_size + 1}px;text-align:center;font-family:inherit;display:inline-block;"
    )
    if primary:
        if shape == "outlined":
            css = f"border:2px solid {style.brand};color:{style.brand};background:transparent;"
        else:
            fill = f"linear-gradient(90deg,{style.brand},{style.brand2})" if style.gradient else style.brand
            css = f"border:none;color:{style.on_brand};background:{fill};"
    else:
        secondary = "text" if shape == "bar" else ("outlined" if shape != "outlined" else "text")
        if secondary == "outlined":
            css = f"border:1.5px solid {style.border};color:{style.text};background:transparent;"
        else:
            css = f"border:none;color:{style.muted if style.dark else style.text};background:transparent;"
    return f'<div class="btn" style="{base}{css}">{esc(label)}</div>'


def link(style: Style, label: str) -> str:
    return f'<span style="color:{style.brand if not style.dark else shade(style.brand, 0.2)};font-weight:600">{esc(label)}</span>'


def toggle(style: Style, on: bool = True) -> str:
    track = style.brand if on else style.border
    knob = "right:3px" if on else "left:3px"
    return (
        f'<div style="position:relative;width:46px;height:28px;border-radius:14px;background:{track};flex:none">'
        f'<div style="position:absolute;top:3px;{knob};width:22px;height:22px;border-radius:50%;background:#fff;'
        f'box-shadow:0 1px 3px rgba(0,0,0,.3)"></div></div>'
    )


def _subject(rng: random.Random) -> str:
    """Something in the 'photo' (a person, a horizon, a sun) so thumbnails read as content, not grey boxes."""
    kind = rng.choice(["person", "horizon", "sun", "none"])
    if kind == "person":
        x = rng.randint(25, 60)
        return (
            f'<div style="position:absolute;left:{x}%;bottom:0;width:38%;height:42%;border-radius:50% 50% 0 0;'
            f'background:rgba(20,20,30,.55)"></div><div style="position:absolute;left:calc({x}% + 9%);bottom:40%;'
            f'width:20%;aspect-ratio:1;border-radius:50%;background:rgba(20,20,30,.55)"></div>'
        )
    if kind == "horizon":
        return (
            f'<div style="position:absolute;left:-10%;right:-10%;bottom:0;height:{rng.randint(25, 45)}%;'
            f'border-radius:50% 50% 0 0;background:rgba(10,40,20,.45)"></div>'
        )
    if kind == "sun":
        return (
            f'<div style="position:absolute;right:{rng.randint(10, 40)}%;top:{rng.randint(10, 30)}%;width:26%;'
            f'aspect-ratio:1;border-radius:50%;background:rgba(255,240,200,.75)"></div>'
        )
    return ""


def thumb(rng: random.Random, w: int | str, h: int, *, label: str = "") -> str:
    """A video thumbnail: a CSS gradient 'photo' with a play count, not a grey placeholder box."""
    hue = rng.randrange(360)
    w_css = w if isinstance(w, str) else f"{w}px"
    count = f"{rng.randint(1, 999)}.{rng.randint(0, 9)}K"
    return (
        f'<div style="position:relative;width:{w_css};height:{h}px;border-radius:8px;overflow:hidden;'
        f"background:radial-gradient(circle at {rng.randint(20, 80)}% {rng.randint(20, 70)}%,"
        f"hsl({(hue + 40) % 360},80%,75%),hsl({hue},65%,45%) 55%,hsl({(hue + 200) % 360},45%,20%));"
        f'flex:none">{_subject(rng)}<div style="position:absolute;left:6px;bottom:5px;color:#fff;font-size:11px;'
        f'font-weight:600;text-shadow:0 1px 2px rgba(0,0,0,.6)">▶ {count}</div>{label}</div>'
    )


# ---------------------------------------------------------------- device chrome

_SIGNAL = (
    '<svg width="18" height="12" viewBox="0 0 18 12"><rect x="0" y="8" width="3" height="4" rx="1"/>'
    '<rect x="5" y="5.5" width="3" height="6.5" rx="1"/><rect x="10" y="3" width="3" height="9" rx="1"/>'
    '<rect x="15" y="0" width="3" height="12" rx="1"/></svg>'
)
_WIFI = (
    '<svg width="16" height="12" viewBox="0 0 16 12"><path d="M8 11.5l2.2-2.6a3.4 3.4 0 00-4.4 0z"/>'
    '<path d="M3.6 6.9a6.6 6.6 0 018.8 0l1.5-1.8a9 9 0 00-11.8 0z"/>'
    '<path d="M.6 3.4a11 11 0 0114.8 0L16 2.6 15.4 1.8a12.6 12.6 0 00-14.8 0L0 2.6z"/></svg>'
)


def _battery(level: int) -> str:
    return (
        f'<svg width="26" height="12" viewBox="0 0 26 12"><rect x=".5" y=".5" width="22" height="11" rx="3" '
        f'fill="none" stroke="currentColor" opacity=".45"/><rect x="2" y="2" width="{19 * level / 100:.1f}" '
        f'height="8" rx="1.6"/><rect x="23.5" y="4" width="1.8" height="4" rx="1" opacity=".45"/></svg>'
    )


@dataclass(frozen=True)
class Chrome:
    """Per-submission device chrome choices (the same clock and battery on every screen looks real)."""

    time: str
    battery: int
    browser_bar: bool
    url_host: str
    android_buttons: bool
    status_on_brand: bool


def draw_chrome(rng: random.Random, style: Style, device: Device) -> Chrome:
    hour = rng.choice([9, 10, 11, 12, 1, 2, 3, 4, 5, 8])
    if device.platform == "android":
        hour = rng.choice([hour, hour + 12]) % 24
    host = style.app_name.lower().replace(" ", "").replace("+", "plus").replace("(", "").replace(")", "")
    return Chrome(
        time=f"{hour}:{rng.randrange(60):02d}" if rng.random() < 0.7 else "9:41",
        battery=rng.randint(20, 100),
        browser_bar=device.platform == "desktop" and rng.random() < 0.6,
        url_host=rng.choice([f"app.{host}.com", f"{host}.io", f"www.{host}.app", f"{host}.co/settings"]),
        android_buttons=rng.random() < 0.4,
        status_on_brand=rng.random() < 0.2,
    )


def status_bar(style: Style, device: Device, chrome: Chrome, *, on_color: str | None = None) -> str:
    fg = "#fff" if (on_color and luminance(on_color) < 0.6) or (not on_color and style.dark) else "#111"
    bg = on_color or "transparent"
    icons = f'<div style="display:flex;gap:6px;align-items:center;fill:{fg};color:{fg}">{_SIGNAL}{_WIFI}{_battery(chrome.battery)}</div>'
    if device.platform == "android":
        return (
            f'<div class="status" style="height:28px;padding:0 16px;display:flex;justify-content:space-between;'
            f'align-items:center;font-size:13px;color:{fg};background:{bg};font-family:Roboto">'
            f"<span>{chrome.time}</span>{icons}</div>"
        )
    height = 44 if device.height > 700 else 22
    return (
        f'<div class="status" style="height:{height}px;padding:0 26px;display:flex;justify-content:space-between;'
        f"align-items:center;font-size:{15 if height > 30 else 12}px;font-weight:600;color:{fg};background:{bg};"
        f'font-family:Inter,Roboto,sans-serif"><span>{chrome.time}</span>{icons}</div>'
    )


def bottom_bar(style: Style, device: Device, chrome: Chrome) -> str:
    if device.platform in ("ios", "tablet"):
        color = "#fff" if style.dark else "#111"
        return (
            f'<div style="height:28px;display:flex;justify-content:center;align-items:center;flex:none">'
            f'<div style="width:134px;height:5px;border-radius:3px;background:{color}"></div></div>'
        )
    if device.platform == "android":
        color = "#e5e7eb" if style.dark else "#333"
        if chrome.android_buttons:
            return (
                f'<div style="height:44px;display:flex;justify-content:space-around;align-items:center;flex:none;'
                f'background:{"#000" if style.dark else "#f3f4f6"};color:{color}">'
                f'<svg width="16" height="16" viewBox="0 0 16 16"><path d="M12 2L3 8l9 6z" fill="none" '
                f'stroke="currentColor" stroke-width="1.6"/></svg>'
                f'<svg width="16" height="16"><circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" '
                f'stroke-width="1.6"/></svg>'
                f'<svg width="16" height="16"><rect x="2" y="2" width="12" height="12" rx="2" fill="none" '
                f'stroke="currentColor" stroke-width="1.6"/></svg></div>'
            )
        return (
            f'<div style="height:20px;display:flex;justify-content:center;align-items:center;flex:none">'
            f'<div style="width:108px;height:4px;border-radius:2px;background:{color}"></div></div>'
        )
    return ""


def browser_bar(style: Style, chrome: Chrome, path: str, title: str) -> str:
    dark = style.dark
    frame = "#202124" if dark else "#dee1e6"
    tab = "#35363a" if dark else "#ffffff"
    fg = "#e8eaed" if dark else "#3c4043"
    dots = "".join(
        f'<span style="width:12px;height:12px;border-radius:50%;background:{c};display:inline-block"></span>'
        for c in ("#ff5f57", "#febc2e", "#28c840")
    )
    return (
        f"<div style=\"background:{frame};font-family:Roboto,'Noto Sans',sans-serif;color:{fg};flex:none\">"
        f'<div style="display:flex;align-items:flex-end;gap:14px;padding:8px 12px 0;height:34px">'
        f'<div style="display:flex;gap:8px;padding-bottom:10px">{dots}</div>'
        f'<div style="background:{tab};border-radius:8px 8px 0 0;padding:8px 14px;font-size:12px;width:200px;'
        f'white-space:nowrap;overflow:hidden;text-overflow:ellipsis">{esc(title)}</div></div>'
        f'<div style="background:{tab};display:flex;align-items:center;gap:14px;padding:6px 14px">'
        f'<span style="font-size:16px;opacity:.7">← → ⟳</span>'
        f'<div style="flex:1;background:{frame};border-radius:16px;padding:6px 14px;font-size:13px">'
        f'<span style="opacity:.6;vertical-align:-3px">{icon("lock", 13)}</span> '
        f"{esc(chrome.url_host.split('/')[0])}{esc(path)}</div></div></div>"
    )


def page(
    style: Style,
    device: Device,
    chrome: Chrome,
    body: str,
    *,
    title: str,
    path: str = "/",
    status_color: str | None = None,
    overlay: str = "",
) -> str:
    """A full HTML document: device chrome around `body`, sized to the viewport.

    `overlay` is positioned over the whole app area (modals, bottom sheets, toasts).
    """
    top = ""
    bottom = bottom_bar(style, device, chrome)
    if device.platform == "desktop":
        if chrome.browser_bar:
            top = browser_bar(style, chrome, path, f"{title} · {style.app_name}")
    else:
        top = status_bar(style, device, chrome, on_color=status_color)
    css = f"""
    *{{box-sizing:border-box}}
    html,body{{margin:0;height:100%;overflow:hidden}}
    body{{background:{style.bg};color:{style.text};font-family:'{style.font}',sans-serif;
      font-size:{style.base_size}px;line-height:1.45;-webkit-font-smoothing:antialiased}}
    .frame{{display:flex;flex-direction:column;height:100vh}}
    .app{{flex:1;position:relative;overflow:hidden;display:flex;flex-direction:column}}
    h1,h2,h3{{font-family:'{style.heading_font}','{style.font}',sans-serif;margin:0;line-height:1.2}}
    h1{{font-size:{style.base_size + 12}px;font-weight:700}}
    h2{{font-size:{style.base_size + 5}px;font-weight:700}}
    h3{{font-size:{style.base_size + 1}px;font-weight:600}}
    p{{margin:0}}
    .muted{{color:{style.muted}}}
    .card{{background:{style.surface};border-radius:{style.radius + 4}px;border:1px solid {style.border}}}
    """
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        f'<style>{css}</style></head><body><div class="frame">{top}<div class="app">{body}{overlay}</div>'
        f"{bottom}</div></body></html>"
    )
