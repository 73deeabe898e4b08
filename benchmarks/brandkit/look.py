"""Devices, brand looks (palette, type, surfaces, backgrounds) and the HTML document around a screen.

A look is one agency's design system for one client: a style family (glassmorphism, Material 3,
iOS, neo-brutalist, editorial, neon, pastel, bold gradient), a palette derived from the client's
two brand colours, display and body fonts from the installed families, and a presentation habit
(plain export, a screen on a captioned canvas, a CSS device frame, a slightly tilted frame).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from html import escape

from benchmarks.brandkit import art
from benchmarks.corpusgen.common import Device

DEVICES: tuple[Device, ...] = (
    Device("iphone-se", 375, 667, 2, "ios"),
    Device("iphone-15-pro", 393, 852, 3, "ios"),
    Device("iphone-15-pro-max", 430, 932, 3, "ios"),
    Device("iphone-14-1x", 390, 844, 1, "ios"),
    Device("pixel-8", 412, 915, 2.625, "android"),
    Device("galaxy-s24", 360, 780, 3, "android"),
    Device("android-1x", 384, 832, 1, "android"),
    Device("galaxy-fold-open", 673, 841, 2, "android"),
    Device("ipad-mini", 744, 1133, 2, "tablet"),
    Device("ipad-air", 820, 1180, 2, "tablet"),
    Device("android-tablet", 800, 1280, 1.5, "tablet"),
)
DEVICE_WEIGHTS = (10, 14, 10, 6, 12, 10, 5, 7, 6, 6, 4)

STYLES = ("glass", "material3", "ios", "brutal", "editorial", "neon", "pastel", "gradient")
PRESENTATIONS = ("plain", "canvas", "device", "tilted")

# Installed families (fc-list) per role; emoji come from DejaVu Sans / Noto Sans Symbols2 fallbacks.
DISPLAY_FONTS: dict[str, tuple[tuple[str, int], ...]] = {
    "glass": (("Inter Display", 800), ("League Spartan", 700), ("Open Sans", 800)),
    "material3": (("Roboto", 500), ("Noto Sans Display", 600), ("Roboto Condensed", 700)),
    "ios": (("Inter Display", 800), ("Open Sans", 800), ("Lato", 900)),
    "brutal": (("League Spartan", 800), ("Roboto Condensed", 800), ("Liberation Sans Narrow", 700)),
    "editorial": (("EB Garamond", 500), ("Noto Serif Display", 600), ("Caladea", 700)),
    "neon": (("League Spartan", 700), ("Open Sans Condensed", 700), ("Fira Code", 600)),
    "pastel": (("Quicksand", 700), ("Comic Neue", 700), ("Lato", 900)),
    "gradient": (("Inter Display", 900), ("Lato", 900), ("Cantarell", 800)),
}
BODY_FONTS: dict[str, tuple[str, ...]] = {
    "glass": ("Inter", "Open Sans"),
    "material3": ("Roboto", "Noto Sans"),
    "ios": ("Inter", "Open Sans"),
    "brutal": ("Inter", "Roboto Condensed", "Liberation Sans"),
    "editorial": ("Lato", "Noto Sans", "Open Sans"),
    "neon": ("Inter", "Roboto"),
    "pastel": ("Quicksand", "Lato", "Comic Neue"),
    "gradient": ("Cantarell", "Lato", "Open Sans"),
}
FALLBACK = "'DejaVu Sans', 'Noto Sans Symbols2', 'Noto Music', sans-serif"


# ---------------------------------------------------------------- colour


def rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def hexc(c: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(v))):02x}" for v in c)


def mix(a: str, b: str, t: float) -> str:
    """t of b into a."""
    ra, rb = rgb(a), rgb(b)
    return hexc(tuple(x + (y - x) * t for x, y in zip(ra, rb, strict=True)))  # type: ignore[arg-type]


def luminance(c: str) -> float:
    def ch(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = rgb(c)
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def dim_for_white(c: str, ratio: float = 4.0) -> str:
    """The colour darkened until white text on it reaches the ratio."""
    for i in range(11):
        d = mix(c, "#000000", i / 12)
        if contrast(d, "#ffffff") >= ratio:
            return d
    return mix(c, "#000000", 0.9)


def lift_for_black(c: str, ratio: float = 8.0) -> str:
    """The colour lightened until black text on it reaches the ratio."""
    for i in range(11):
        d = mix(c, "#ffffff", i / 12)
        if contrast(d, "#000000") >= ratio:
            return d
    return mix(c, "#ffffff", 0.9)


def readable(bg: str, dark: str = "#111111", light: str = "#ffffff") -> str:
    return dark if contrast(bg, dark) >= contrast(bg, light) else light


def ensure(fg: str, bg: str, ratio: float = 4.5) -> str:
    """Darken or lighten fg until it reads on bg."""
    toward = "#000000" if luminance(bg) > 0.35 else "#ffffff"
    c = fg
    for i in range(1, 11):
        if contrast(c, bg) >= ratio:
            return c
        c = mix(fg, toward, i / 10)
    return toward


# ---------------------------------------------------------------- the look


@dataclass(frozen=True)
class Look:
    style: str
    dark: bool  # the page is dark (light text)
    color: str
    accent: str
    page_bg: str  # CSS background of the page
    page_base: str  # a solid colour close to the page, for contrast decisions
    fg: str
    muted: str
    card: str
    card_fg: str
    card_muted: str
    card_border: str
    card_blur: int
    primary: str  # primary button background (may be a gradient)
    primary_fg: str
    card_primary: str  # the same inside a card, when the page's button would vanish on it
    card_primary_fg: str
    link: str  # accent text on the page
    card_link: str  # accent text on cards
    line: str
    display: str
    display_weight: int
    display_case: str
    body: str
    heading: int
    radius: int
    button: str  # pill | rounded | square | brutal | glow
    pattern: str
    deco: str  # blobs | pattern | sparkles | none
    zoom: float = 1.0


def shrink(look: Look) -> Look:
    return replace(look, zoom=round(look.zoom * 0.9, 3))


def make_look(rng: random.Random, color: str, accent: str, device: Device) -> Look:
    style = rng.choice(STYLES)
    if device.platform == "ios" and rng.random() < 0.2:
        style = "ios"
    if device.platform == "android" and rng.random() < 0.2:
        style = "material3"
    display, weight = rng.choice(DISPLAY_FONTS[style])
    body = rng.choice(BODY_FONTS[style])
    wide = device.width >= 600
    heading = rng.randint(30, 44) + (10 if wide else 0)
    pattern = rng.choice(art.PATTERNS)
    deco = rng.choice(("blobs", "pattern", "sparkles", "none"))
    radius = rng.choice((14, 18, 22, 28))
    button = rng.choice(("pill", "rounded", "square", "glow"))
    case = "none"
    white, black = "#ffffff", "#0b0b10"
    if style == "glass":
        dark = True
        base = mix(color, "#05030f", 0.55)
        # The mesh is kept deep enough that white text reads anywhere on it.
        deep, deep_accent = dim_for_white(color), dim_for_white(accent)
        page_bg = (
            f"radial-gradient(at {rng.randint(0, 40)}% {rng.randint(0, 30)}%, {deep} 0, transparent 55%),"
            f"radial-gradient(at {rng.randint(60, 100)}% {rng.randint(20, 60)}%, {deep_accent} 0, transparent 50%),"
            f"radial-gradient(at {rng.randint(10, 70)}% {rng.randint(70, 100)}%, {mix(deep, deep_accent, 0.5)} 0, transparent 55%),"
            f"{base}"
        )
        fg, muted = white, "#ffffffcc"
        card, card_fg, card_muted = "rgba(255,255,255,.14)", white, "#ffffffc8"
        card_border, blur = "rgba(255,255,255,.32)", 22
        primary = white
        primary_fg = ensure(color, white)
        link = mix(accent, white, 0.75)
        card_link = link
        line = "rgba(255,255,255,.22)"
        deco = rng.choice(("blobs", "sparkles", "pattern"))
    elif style == "neon":
        dark = True
        base = "#07070d"
        page_bg = (
            f"radial-gradient(circle at 85% 5%, {color}88 0, transparent 40%),"
            f"radial-gradient(circle at 0% 100%, {accent}77 0, transparent 45%), {base}"
        )
        fg, muted = "#f5f5ff", "#b9b9cc"
        card, card_fg, card_muted = "#14141f", "#f5f5ff", "#b9b9cc"
        card_border, blur = f"{accent}66", 0
        primary = f"linear-gradient(90deg,{color},{accent})"
        primary_fg = readable(mix(color, accent, 0.5))
        link = ensure(mix(accent, white, 0.3), base, 5)
        card_link = ensure(mix(accent, white, 0.3), "#14141f", 5)
        line = "#2a2a3a"
        button = rng.choice(("glow", "pill"))
    elif style == "brutal":
        dark = False
        base = lift_for_black(mix(accent, white, rng.choice((0.15, 0.35, 0.55))))
        page_bg = base
        fg = muted = black
        muted = "#26262b"
        card, card_fg, card_muted = white, black, "#333338"
        card_border, blur = black, 0
        primary, primary_fg = color, readable(color)
        link = ensure(color, base, 4.5)
        card_link = ensure(color, white, 4.5)
        line = black
        button = "brutal"
        radius = rng.choice((0, 6, 12))
        case = rng.choice(("uppercase", "none"))
        deco = rng.choice(("pattern", "none", "sparkles"))
    elif style == "editorial":
        dark = rng.random() < 0.25
        base = "#16130f" if dark else rng.choice(("#f5efe6", "#fbf7f0", "#eee8dc"))
        page_bg = base
        fg = "#f4ede2" if dark else "#1d1a16"
        muted = "#c8bfb1" if dark else "#5d554b"
        card = "#221e19" if dark else "#ffffff"
        card_fg, card_muted = fg, muted
        card_border, blur = ("#3a342c" if dark else "#e2d9ca"), 0
        primary = ensure(color, base, 3)
        primary_fg = readable(primary)
        link = ensure(color, base, 4.5)
        card_link = ensure(color, card, 4.5)
        line = card_border
        button = rng.choice(("square", "pill", "rounded"))
        deco = rng.choice(("none", "sparkles", "pattern"))
    elif style == "pastel":
        dark = False
        base = mix(color, white, 0.86)
        page_bg = f"linear-gradient({rng.randint(120, 200)}deg, {base}, {mix(accent, white, 0.8)})"
        fg, muted = mix(color, "#0a0a23", 0.8), mix(color, "#30304a", 0.7)
        card, card_fg, card_muted = "rgba(255,255,255,.82)", fg, muted
        card_border, blur = "rgba(255,255,255,.95)", 8
        primary = ensure(color, white, 3.2)
        primary_fg = readable(primary)
        link = ensure(color, base, 4.5)
        card_link = ensure(color, white, 4.5)
        line = mix(color, white, 0.75)
        radius = rng.choice((22, 28, 32))
        button = rng.choice(("pill", "rounded"))
        deco = rng.choice(("blobs", "sparkles", "pattern"))
    elif style == "gradient":
        dark = True
        c1, c2 = dim_for_white(color, 3.2), dim_for_white(accent, 3.2)
        base = mix(c1, c2, 0.5)
        page_bg = f"linear-gradient({rng.randint(140, 220)}deg, {c1}, {base} 55%, {c2})"
        fg, muted = white, "#ffffffd9"
        card, card_fg, card_muted = "#ffffff", "#15151c", "#4b4b57"
        card_border, blur = "#ffffff", 0
        primary, primary_fg = "#111111", white
        if rng.random() < 0.5:
            primary, primary_fg = white, ensure(color, white)
        link = white
        card_link = ensure(color, white, 4.5)
        line = "rgba(255,255,255,.3)"
    elif style == "material3":
        dark = rng.random() < 0.4
        base = mix(color, "#141218", 0.88) if dark else mix(color, "#fffbfe", 0.92)
        page_bg = base
        fg = "#e6e1e5" if dark else "#1c1b1f"
        muted = "#cac4d0" if dark else "#49454f"
        card = mix(color, base, 0.8)
        card_fg, card_muted = fg, muted
        card_border, blur = card, 0
        primary = mix(color, white, 0.45) if dark else ensure(color, white, 4.5)
        primary_fg = readable(primary)
        link = ensure(mix(color, white, 0.4) if dark else color, base, 4.5)
        card_link = ensure(link, card, 4.5)
        line = mix(fg, base, 0.8)
        radius = 24
        button = "pill"
        deco = rng.choice(("none", "none", "sparkles"))
    else:  # ios
        dark = rng.random() < 0.4
        base = "#000000" if dark else "#f2f2f7"
        page_bg = base
        fg = white if dark else "#000000"
        muted = "#98989f" if dark else "#6c6c72"
        card = "#1c1c1e" if dark else "#ffffff"
        card_fg, card_muted = fg, muted
        card_border, blur = card, 0
        primary = ensure(color, base, 3) if not dark else ensure(mix(color, white, 0.15), base, 3)
        primary_fg = readable(primary)
        link = ensure(color, base, 4.5)
        card_link = ensure(color, card, 4.5)
        line = "#38383a" if dark else "#d1d1d6"
        radius = 14
        button = rng.choice(("rounded", "pill"))
        deco = "none"
    card_solid = {"glass": mix(base, "#ffffff", 0.14), "pastel": "#ffffff"}.get(style, card)
    primary_solid = mix(color, accent, 0.5) if primary.startswith("linear") else primary
    card_primary, card_primary_fg = primary, primary_fg
    if contrast(primary_solid, card_solid) < 1.6:
        card_primary = ensure(color, card_solid, 3)
        card_primary_fg = readable(card_primary)
    return Look(
        style=style,
        dark=dark,
        color=color,
        accent=accent,
        page_bg=page_bg,
        page_base=base,
        fg=fg,
        muted=muted,
        card=card,
        card_fg=card_fg,
        card_muted=card_muted,
        card_border=card_border,
        card_blur=blur,
        primary=primary,
        primary_fg=primary_fg,
        card_primary=card_primary,
        card_primary_fg=card_primary_fg,
        link=link,
        card_link=card_link,
        line=line,
        display=display,
        display_weight=weight,
        display_case=case,
        body=body,
        heading=heading,
        radius=radius,
        button=button,
        pattern=pattern,
        deco=deco,
        zoom=1.15 if wide else 1.0,  # tablets and unfolded phones set type larger
    )


# ---------------------------------------------------------------- CSS

BASE_CSS = """
*{box-sizing:border-box;margin:0;padding:0}
html,body{overflow:hidden}
body{-webkit-font-smoothing:antialiased}
.app{position:relative;overflow:hidden;font-family:var(--body);color:var(--fg);background:var(--page)}
.deco{position:absolute;inset:0;overflow:hidden;pointer-events:none}
.blob{position:absolute;border-radius:50%}
.spark{position:absolute;opacity:.85}
.status{position:absolute;left:0;right:0;top:0;display:flex;align-items:center;justify-content:space-between;
  padding:0 26px 0 30px;font:600 15px/1 Inter, sans-serif;z-index:20}
.status .si{display:flex;gap:6px;align-items:center}
.app.dim .status::after{content:"";position:absolute;inset:0;background:rgba(0,0,0,.42)}
.homebar{position:absolute;left:50%;bottom:8px;width:134px;height:5px;margin-left:-67px;border-radius:3px;z-index:20}
.content{position:absolute;left:0;right:0}
.z{position:relative;overflow:hidden;display:flex;flex-direction:column}
.pad{padding:10px 22px 18px;display:flex;flex-direction:column;flex:1;min-height:0}
.col{display:flex;flex-direction:column}
.center{align-items:center;text-align:center}
.grow{flex:1 1 auto;min-height:8px}
.h1{font-family:var(--display);font-weight:var(--dw);text-transform:var(--dcase);font-size:var(--h);
  line-height:1.04;letter-spacing:var(--dls);}
.h2{font-family:var(--display);font-weight:var(--dw);text-transform:var(--dcase);font-size:calc(var(--h)*.62);line-height:1.1}
.h3{font-weight:700;font-size:17px;line-height:1.25}
.sub{color:var(--muted);font-size:16px;line-height:1.45}
.small{font-size:13.5px;line-height:1.4;color:var(--muted)}
.eyebrow{font-size:12.5px;font-weight:700;letter-spacing:.12em;text-transform:uppercase;color:var(--link)}
.link{color:var(--link);font-weight:700}
.card{background:var(--card);color:var(--card-fg);border:1px solid var(--card-border);border-radius:var(--r);
  backdrop-filter:blur(var(--blur));-webkit-backdrop-filter:blur(var(--blur))}
.card{--fg:var(--card-fg);--muted:var(--card-muted);--link:var(--card-link);
  --primary:var(--card-primary);--primary-fg:var(--card-primary-fg);
  --line:color-mix(in srgb, var(--card-fg) 16%, transparent)}
.card .sub,.card .small{color:var(--card-muted)}
.card .link{color:var(--card-link)}
.card .btn.secondary{border-color:var(--line);background:transparent;color:var(--card-fg)}
.btn{display:flex;align-items:center;justify-content:center;gap:8px;min-height:54px;padding:0 22px;font-weight:700;
  font-size:17px;white-space:nowrap;border-radius:var(--br);border:2px solid transparent;font-family:var(--body)}
.btn.primary{background:var(--primary);color:var(--primary-fg)}
.btn.secondary{background:transparent;color:var(--fg);border-color:var(--line)}
.btn.ghost{background:transparent;color:var(--link);min-height:44px}
.stack{display:flex;flex-direction:column;gap:10px}
.hrow{display:flex;align-items:center;gap:12px}
.svc{display:inline-flex;align-items:center;justify-content:center;flex:none;overflow:hidden}
.logo{position:relative;display:inline-flex;align-items:center;justify-content:center;color:#fff;flex:none;
  overflow:hidden;box-shadow:0 10px 26px rgba(0,0,0,.22)}
.ic{flex:none}
.topbar{display:flex;align-items:center;justify-content:space-between;min-height:48px;gap:10px}
.iconbtn{width:40px;height:40px;border-radius:50%;display:flex;align-items:center;justify-content:center;
  background:var(--card);border:1px solid var(--card-border);color:var(--card-fg)}
.dots{display:flex;gap:7px;align-items:center;justify-content:center}
.dots i{width:8px;height:8px;border-radius:4px;background:var(--line)}
.dots i.on{width:24px;background:var(--link)}
.illus{position:relative;display:flex;align-items:center;justify-content:center;width:100%}
.illus.link{gap:14px;padding:18px 0 8px;margin-bottom:12px;overflow:hidden}
.illus.shapes{overflow:hidden;border-radius:var(--r)}
.joint{display:flex;gap:6px;align-items:center}
.joint i{width:7px;height:7px;border-radius:50%;display:block}
.thumb{position:relative;border-radius:calc(var(--r)*.7);overflow:hidden}
.chip{display:inline-flex;align-items:center;gap:6px;padding:7px 13px;border-radius:999px;font-size:14px;font-weight:600;
  background:var(--card);color:var(--card-fg);border:1px solid var(--card-border)}
.list{list-style:none;display:flex;flex-direction:column;gap:9px}
.list li{display:flex;gap:10px;align-items:flex-start;font-size:16px;line-height:1.35}
.list li .ic{margin-top:1px}
.tbl{width:100%;border-collapse:collapse;font-size:15px}
.tbl th{text-align:left;font-size:12.5px;text-transform:uppercase;letter-spacing:.08em;padding:10px 14px;color:var(--card-muted)}
.tbl td{padding:11px 14px;border-top:1px solid var(--line)}
.tog{width:46px;height:28px;border-radius:14px;background:var(--card-link);position:relative;flex:none}
.tog::after{content:"";position:absolute;right:3px;top:3px;width:22px;height:22px;border-radius:50%;background:#fff}
.field{border:1.5px solid var(--line);border-radius:calc(var(--r)*.6);padding:10px 14px;display:flex;flex-direction:column;gap:3px}
.field span{font-size:12.5px;color:var(--muted)}
.field b{font-weight:500;font-size:16px}
.nav{display:flex;justify-content:space-around;padding:8px 6px 4px;border-top:1px solid var(--line);background:var(--page-solid)}
.nav div{display:flex;flex-direction:column;align-items:center;gap:3px;font-size:11.5px;color:var(--muted)}
.nav div.on{color:var(--link)}
.sheet{position:absolute;left:0;right:0;bottom:0;background:var(--page-solid);color:var(--fg);
  border-radius:26px 26px 0 0;display:flex;flex-direction:column;overflow:hidden;z-index:6;box-shadow:0 -10px 40px rgba(0,0,0,.3)}
.grabber{width:40px;height:5px;border-radius:3px;background:var(--line);margin:9px auto 4px}
.scrim{position:absolute;inset:0;background:rgba(5,5,12,.48);z-index:5}
.blurred{position:absolute;inset:0;filter:blur(7px);opacity:.9}
.badge{display:inline-flex;align-items:center;justify-content:center;border-radius:50%}
"""

STYLE_CSS = {
    "brutal": """
.card{box-shadow:5px 5px 0 #000;border-width:2.5px}
.btn{border:2.5px solid #000;box-shadow:4px 4px 0 #000}
.btn.secondary{background:#fff;color:#000;border-color:#000}
.btn.ghost{box-shadow:none;border-color:transparent}
.chip{border:2px solid #000}
.iconbtn{border:2px solid #000;box-shadow:2px 2px 0 #000}
""",
    "neon": """
.btn.primary{box-shadow:0 0 24px var(--glow),0 0 2px var(--glow)}
.h1{text-shadow:0 0 28px var(--glow)}
""",
    "glass": """
.h1,.sub{text-shadow:0 2px 14px rgba(0,0,0,.35)}
.card{box-shadow:0 18px 50px rgba(0,0,0,.25)}
.btn.secondary{background:rgba(255,255,255,.1);border-color:rgba(255,255,255,.45)}
""",
    "gradient": """
.h1{text-shadow:0 3px 20px rgba(0,0,0,.2)}
.card{box-shadow:0 20px 48px rgba(0,0,0,.22)}
.btn.secondary{border-color:rgba(255,255,255,.6)}
""",
    "ios": """
.card{border:none}
.h1{letter-spacing:-.02em}
""",
    "material3": """
.card{border:none}
.btn{font-weight:600;letter-spacing:.01em;min-height:52px}
""",
    "pastel": """
.card{box-shadow:0 14px 36px rgba(60,40,120,.12)}
""",
    "editorial": """
.h1{letter-spacing:-.01em}
.eyebrow{font-family:var(--body)}
""",
}


def css_vars(look: Look, device: Device) -> str:
    br = {"pill": "999px", "rounded": f"{max(10, look.radius - 6)}px", "square": "6px", "glow": "999px"}.get(
        look.button, f"{look.radius}px"
    )
    if look.style == "brutal":
        br = f"{look.radius}px"
    page_solid = look.page_base
    if look.style == "pastel":
        page_solid = mix(look.color, "#ffffff", 0.93)
    if look.style in ("glass", "gradient"):
        page_solid = mix(look.page_base, "#000000", 0.35)
    return (
        f"--page:{look.page_bg};--page-solid:{page_solid};--fg:{look.fg};--muted:{look.muted};--card:{look.card};"
        f"--card-fg:{look.card_fg};--card-muted:{look.card_muted};--card-border:{look.card_border};"
        f"--blur:{look.card_blur}px;--primary:{look.primary};--primary-fg:{look.primary_fg};--link:{look.link};"
        f"--card-link:{look.card_link};--card-primary:{look.card_primary};--card-primary-fg:{look.card_primary_fg};"
        f"--line:{look.line};--display:'{look.display}', {FALLBACK};"
        f"--dw:{look.display_weight};--dcase:{look.display_case};"
        f"--dls:{'-0.02em' if look.display_weight >= 800 else '0'};--body:'{look.body}', {FALLBACK};"
        f"--h:{look.heading}px;--r:{look.radius}px;--br:{br};--glow:{look.accent};"
    )


# ---------------------------------------------------------------- the document


@dataclass(frozen=True)
class Presentation:
    kind: str  # plain | canvas | device | tilted
    canvas: str  # CSS background of the board
    caption: bool
    caption_font: str
    caption_color: str
    angle: float
    margin: int
    bezel: str


def make_presentation(rng: random.Random, look: Look, device: Device) -> Presentation:
    kind = rng.choices(PRESENTATIONS, weights=(50, 18, 20, 12))[0]
    canvases = (
        "#f4f1ec",
        "#e9ecf5",
        "#111318",
        mix(look.color, "#ffffff", 0.82),
        mix(look.accent, "#ffffff", 0.75),
        f"linear-gradient(135deg,{mix(look.color, '#ffffff', 0.7)},{mix(look.accent, '#ffffff', 0.6)})",
        f"linear-gradient(160deg,{mix(look.color, '#000000', 0.55)},{mix(look.accent, '#000000', 0.6)})",
    )
    canvas = rng.choice(canvases)
    dark_canvas = canvas == "#111318" or canvas.startswith("linear-gradient(160deg")
    return Presentation(
        kind=kind,
        canvas=canvas,
        caption=kind != "plain" and rng.random() < 0.85,
        caption_font=rng.choice(
            ("League Spartan", "Inter Display", "EB Garamond", "Roboto Condensed", "Lato")
        ),
        caption_color="#f5f5f7" if dark_canvas else "#17171c",
        angle=rng.choice((-3.0, -2.0, -1.5, 1.5, 2.0, 2.5)) if kind == "tilted" else 0.0,
        margin=rng.randint(48, 80),
        bezel=rng.choice(("#111111", "#1f2024", "#d9d9de", "#2b2b30")),
    )


@dataclass(frozen=True)
class Frame:
    """What a screen builder hands back: the app's inner HTML and how the screen around it looks."""

    inner: str
    page_bg: str | None = None  # overrides the look's background (TikTok's page is white)
    status_dark_text: bool | None = None  # None: from the look
    deco: bool = True
    dim_status: bool = False
    home_dark: bool | None = None


def status_bar(device: Device, dark_text: bool) -> tuple[str, int]:
    color = "#000000" if dark_text else "#ffffff"
    ios = device.platform == "ios" or device.name.startswith("ipad")
    sig = (
        f'<svg width="18" height="12" viewBox="0 0 18 12" fill="{color}"><rect x="0" y="8" width="3" height="4" rx="1"/>'
        '<rect x="5" y="5.5" width="3" height="6.5" rx="1"/><rect x="10" y="3" width="3" height="9" rx="1"/>'
        '<rect x="15" y="0" width="3" height="12" rx="1"/></svg>'
    )
    wifi = (
        f'<svg width="17" height="12" viewBox="0 0 17 12" fill="none" stroke="{color}" stroke-width="2" '
        'stroke-linecap="round"><path d="M1.5 4.3a10 10 0 0114 0M4 7a6.3 6.3 0 019 0"/>'
        f'<circle cx="8.5" cy="10" r="1.3" fill="{color}" stroke="none"/></svg>'
    )
    batt = (
        f'<svg width="27" height="13" viewBox="0 0 27 13"><rect x=".5" y=".5" width="23" height="12" rx="3.5" '
        f'fill="none" stroke="{color}" stroke-opacity=".5"/><rect x="2.5" y="2.5" width="17" height="8" rx="2" fill="{color}"/>'
        f'<rect x="24.5" y="4" width="2" height="5" rx="1" fill="{color}" fill-opacity=".5"/></svg>'
    )
    if ios:
        h = 24 if device.name.startswith("ipad") else (20 if device.name == "iphone-se" else 54)
        left = "9:41 Tue 14 May" if device.name.startswith("ipad") else "9:41"
        bar = (
            f'<div class="status" style="height:{h}px;color:{color};padding-top:{6 if h > 40 else 0}px">'
            f'<span>{left}</span><span class="si">{sig}{wifi}{batt}</span></div>'
        )
        return bar, h
    h = 32
    cam = '<span style="position:absolute;left:50%;top:9px;width:13px;height:13px;margin-left:-6px;border-radius:50%;background:#000"></span>'
    bar = (
        f'<div class="status" style="height:{h}px;color:{color};font:500 14px/1 Roboto, sans-serif;padding:0 18px">'
        f'<span>12:30</span>{cam}<span class="si">{wifi}{sig}'
        f'<svg width="11" height="16" viewBox="0 0 11 16"><rect x="0" y="2" width="11" height="14" rx="2" fill="{color}"/>'
        f'<rect x="3" y="0" width="5" height="3" rx="1" fill="{color}"/></svg></span></div>'
    )
    return bar, h


def document(
    frame: Frame,
    look: Look,
    device: Device,
    pres: Presentation,
    deco_html: str,
    caption: str,
    project: str,
) -> tuple[str, Device]:
    """The full HTML page for one screen and the viewport to shoot it in."""
    dark_text = frame.status_dark_text if frame.status_dark_text is not None else not look.dark
    bar, top = status_bar(device, dark_text)
    home_dark = frame.home_dark if frame.home_dark is not None else dark_text
    bottom = 22 if (device.platform == "ios" or device.name.startswith("ipad")) and top > 30 else 14
    if device.name == "iphone-se":
        bottom = 0
    w, h = device.width, device.height
    ch = h - top - bottom
    z = look.zoom
    page = frame.page_bg or "var(--page)"
    app = (
        f'<div class="app{" dim" if frame.dim_status else ""}" style="width:{w}px;height:{h}px;background:{page}">'
        f"{deco_html if frame.deco else ''}{bar}"
        f'<div class="content" style="top:{top}px;height:{ch}px">'
        f'<div class="z" style="zoom:{z};width:{w / z:.2f}px;height:{ch / z:.2f}px">{frame.inner}</div></div>'
        + (
            f'<div class="homebar" style="background:{"#000" if home_dark else "#fff"}"></div>'
            if bottom
            else ""
        )
        + "</div>"
    )
    style = f"<style>{BASE_CSS}{STYLE_CSS.get(look.style, '')}</style>"
    root = f"<!DOCTYPE html><html><head><meta charset='utf-8'>{style}</head>"
    vars_ = css_vars(look, device)
    if pres.kind == "plain":
        return f'{root}<body style="{vars_}">{app}</body></html>', device
    m = pres.margin
    bezel = 0 if pres.kind == "canvas" else (16 if device.width < 600 else 22)
    cap_h = 78 if pres.caption else 0
    radius = 44 if device.platform == "ios" else 30
    if device.width >= 600:
        radius = 26
    tilt_pad = 40 if pres.kind == "tilted" else 0
    vw = w + 2 * bezel + 2 * m + tilt_pad
    vh = h + 2 * bezel + 2 * m + cap_h + tilt_pad
    island = (
        '<span style="position:absolute;left:50%;top:11px;width:118px;height:34px;margin-left:-59px;'
        'border-radius:20px;background:#000;z-index:30"></span>'
        if device.platform == "ios" and top > 40 and bezel
        else ""
    )
    cap = (
        f'<div style="height:{cap_h}px;display:flex;flex-direction:column;justify-content:center;gap:6px;'
        f"color:{pres.caption_color};font-family:'{pres.caption_font}', {FALLBACK}\">"
        f'<div style="font-size:30px;font-weight:700;letter-spacing:-.01em">{escape(caption)}</div>'
        f'<div style="font:500 15px Inter, sans-serif;opacity:.7">{escape(project)}</div></div>'
        if pres.caption
        else ""
    )
    shell_style = (
        f"position:relative;padding:{bezel}px;border-radius:{radius + bezel}px;background:{pres.bezel};"
        f"box-shadow:0 30px 70px rgba(0,0,0,.35),0 8px 20px rgba(0,0,0,.2);transform:rotate({pres.angle}deg);"
        "display:inline-block"
    )
    if pres.kind == "canvas":
        shell_style = (
            f"position:relative;border-radius:{radius - 8}px;overflow:hidden;display:inline-block;"
            "box-shadow:0 24px 60px rgba(0,0,0,.28)"
        )
    inner_clip = f'<div style="border-radius:{radius}px;overflow:hidden;position:relative">{app}</div>'
    board = (
        f'<div style="width:{vw}px;height:{vh}px;padding:{m // 2 + 6}px {m}px {m}px;background:{pres.canvas};'
        f'display:flex;flex-direction:column;align-items:center">{cap}'
        f'<div style="flex:1;display:flex;align-items:center;justify-content:center;width:100%">'
        f'<div style="{shell_style}">{island}{inner_clip}</div></div></div>'
    )
    scale = min(device.scale, 2.0)
    viewport = Device(f"{device.name}-{pres.kind}", vw, vh, scale, device.platform)
    return f'{root}<body style="{vars_}">{board}</body></html>', viewport


def deco_layer(rng: random.Random, look: Look) -> str:
    if look.deco == "blobs":
        colors = [look.color, look.accent, mix(look.color, look.accent, 0.5)]
        if look.dark:
            colors = [dim_for_white(c) for c in colors]
        else:
            colors = [mix(c, "#ffffff", 0.55) for c in colors]  # pale enough for dark text
        return f'<div class="deco">{art.blobs(rng, colors)}</div>'
    if look.deco == "pattern":
        color = "#ffffff" if look.dark else "#000000"
        op = 0.09 if look.dark else 0.07
        return f'<div class="deco" style="background:{art.pattern(look.pattern, color, op)}"></div>'
    if look.deco == "sparkles":
        return f'<div class="deco">{art.sparkles(rng, look.link, 6, edges=True)}</div>'
    return ""
