"""Native-looking building blocks: iOS (UIKit-ish), Android (Material 3) and a desktop web shell.

Every function returns HTML. `page()` wraps a screen body with the platform chrome (status bar,
home indicator / gesture bar) and the CSS of the look.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from benchmarks.corpusgen.common import Device


def esc(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True)
class Look:
    platform: str  # "ios", "android" or "web"
    device: Device
    dark: bool
    accent: str
    font: str
    head_font: str
    radius: int  # primary button corner radius in CSS px
    upper_dialog: bool  # Android dialog buttons in capitals
    tablet: bool = False

    @property
    def on_accent(self) -> str:
        return "#111111" if luminance(self.accent) > 0.42 else "#ffffff"

    @property
    def accent_text(self) -> str:
        """The accent as a text colour on the background: lightened on dark themes."""
        return mix(self.accent, "#ffffff", 0.45) if self.dark else darken_for_text(self.accent)


def _rgb(hex_: str) -> tuple[int, int, int]:
    h = hex_.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def luminance(hex_: str) -> float:
    def ch(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(hex_)
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def mix(a: str, b: str, t: float) -> str:
    ra, ga, ba = _rgb(a)
    rb, gb, bb = _rgb(b)
    return f"#{round(ra + (rb - ra) * t):02x}{round(ga + (gb - ga) * t):02x}{round(ba + (bb - ba) * t):02x}"


def darken_for_text(hex_: str) -> str:
    c = hex_
    for _ in range(8):
        if (1.05) / (luminance(c) + 0.05) >= 4.5:
            break
        c = mix(c, "#000000", 0.15)
    return c


# ---------------------------------------------------------------- icons (inline SVG)

TIKTOK_NOTE = (
    "M16.6 5.82A4.28 4.28 0 0 1 15.54 3h-3.09v12.4a2.59 2.59 0 0 1-2.59 2.5c-1.42 0-2.6-1.16-2.6-2.6"
    "c0-1.72 1.66-3.01 3.37-2.48V9.66c-3.45-.46-6.47 2.22-6.47 5.64c0 3.33 2.76 5.7 5.69 5.7"
    "c3.14 0 5.69-2.55 5.69-5.7V9.01a7.35 7.35 0 0 0 4.3 1.38V7.3s-1.88.09-3.24-1.48z"
)


def tiktok_glyph(size: int, fg: str = "#ffffff") -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24">'
        f'<path d="{TIKTOK_NOTE}" fill="#25F4EE" transform="translate(-0.7,-0.5)"/>'
        f'<path d="{TIKTOK_NOTE}" fill="#FE2C55" transform="translate(0.7,0.5)"/>'
        f'<path d="{TIKTOK_NOTE}" fill="{fg}"/></svg>'
    )


def tiktok_tile(size: int, radius: float = 0.24) -> str:
    return (
        f'<span class="tile" style="width:{size}px;height:{size}px;border-radius:{size * radius:.0f}px;'
        f'background:#010101">{tiktok_glyph(int(size * 0.66))}</span>'
    )


def letter_tile(name: str, color: str, size: int, radius: float = 0.24) -> str:
    fg = "#111" if luminance(color) > 0.42 else "#fff"
    return (
        f'<span class="tile" style="width:{size}px;height:{size}px;border-radius:{size * radius:.0f}px;'
        f'background:{color};color:{fg};font-size:{size * 0.46:.0f}px;font-weight:700">{esc(name[0])}</span>'
    )


SERVICE_COLORS = {
    "Instagram": "#C13584",
    "YouTube": "#FF0000",
    "Spotify": "#1DB954",
    "Strava": "#FC4C02",
    "Google Drive": "#1A73E8",
    "Pinterest": "#E60023",
    "Apple Health": "#FF2D55",
    "Facebook": "#1877F2",
    "Snapchat": "#FFFC00",
    "SoundCloud": "#FF5500",
    "Fitbit": "#00B0B9",
    "Dropbox": "#0061FF",
    "Twitch": "#9146FF",
    "Garmin Connect": "#007CC3",
}


def svg(path: str, size: int, color: str, stroke: float = 2.0, fill: str = "none") -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" fill="{fill}" stroke="{color}" '
        f'stroke-width="{stroke}" stroke-linecap="round" stroke-linejoin="round">{path}</svg>'
    )


ICON = {
    "chev_left": '<polyline points="15 4 7 12 15 20"/>',
    "chev_right": '<polyline points="9 5 16 12 9 19"/>',
    "arrow_left": '<line x1="20" y1="12" x2="4" y2="12"/><polyline points="10 6 4 12 10 18"/>',
    "check": '<polyline points="5 12.5 10 17.5 19 7"/>',
    "heart": '<path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z"/>',
    "clock": '<circle cx="12" cy="12" r="8"/><polyline points="12 7 12 12 15 14"/>',
    "user": '<circle cx="12" cy="8" r="4"/><path d="M4 21c1-4 4.5-6 8-6s7 2 8 6"/>',
    "chat": '<path d="M4 5h16v11H9l-5 4z"/>',
    "search": '<circle cx="11" cy="11" r="6"/><line x1="16" y1="16" x2="20" y2="20"/>',
    "music": '<path d="M9 18V6l10-2v12"/><circle cx="7" cy="18" r="2"/><circle cx="17" cy="16" r="2"/>',
    "film": '<rect x="4" y="4" width="16" height="16" rx="3"/><polygon points="10 9 15 12 10 15"/>',
    "users": '<circle cx="9" cy="9" r="3"/><circle cx="17" cy="10" r="2.5"/><path d="M3 20c.8-3 3-5 6-5s5.2 2 6 5"/>',
    "archive": '<rect x="3" y="4" width="18" height="5" rx="1"/><path d="M5 9v10h14V9"/><line x1="10" y1="13" x2="14" y2="13"/>',
    "bag": '<path d="M5 8h14l-1 12H6z"/><path d="M9 8a3 3 0 0 1 6 0"/>',
    "home": '<path d="M4 11l8-7 8 7v9H4z"/>',
    "compass": '<circle cx="12" cy="12" r="8"/><polygon points="15 9 13 13 9 15 11 11"/>',
    "bookmark": '<path d="M6 4h12v16l-6-4-6 4z"/>',
    "plus": '<line x1="12" y1="5" x2="12" y2="19"/><line x1="5" y1="12" x2="19" y2="12"/>',
    "close": '<line x1="6" y1="6" x2="18" y2="18"/><line x1="18" y1="6" x2="6" y2="18"/>',
    "lock": '<rect x="5" y="11" width="14" height="9" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>',
    "shield": '<path d="M12 3l7 3v6c0 4-3 7.5-7 9-4-1.5-7-5-7-9V6z"/>',
    "qr": '<rect x="4" y="4" width="6" height="6"/><rect x="14" y="4" width="6" height="6"/><rect x="4" y="14" width="6" height="6"/><path d="M14 14h2v2h-2zM18 18h2v2h-2zM14 18h2"/>',
    "phone": '<rect x="7" y="3" width="10" height="18" rx="2"/><line x1="11" y1="18" x2="13" y2="18"/>',
    "dots": '<circle cx="5" cy="12" r="1"/><circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/>',
    "gear": '<circle cx="12" cy="12" r="3"/><path d="M12 3v3M12 18v3M3 12h3M18 12h3M5.6 5.6l2.1 2.1M16.3 16.3l2.1 2.1M5.6 18.4l2.1-2.1M16.3 7.7l2.1-2.1"/>',
    "refresh": '<path d="M20 11a8 8 0 1 0-2.3 5.7"/><polyline points="20 5 20 11 14 11"/>',
}

ITEM_ICON = {"activity": "clock", "postsandprofile": "user", "directmessages": "chat", "all": "archive"}


# ---------------------------------------------------------------- theme CSS


def css(look: Look) -> str:
    d = look.dark
    if look.platform == "ios":
        bg, cell, text, sub, sep = (
            ("#000000", "#1c1c1e", "#ffffff", "#aeaeb2", "#38383a")
            if d
            else ("#f2f2f7", "#ffffff", "#000000", "#636366", "#c6c6c8")
        )
        plain = "#000000" if d else "#ffffff"
    elif look.platform == "android":
        bg = mix("#141218", look.accent, 0.06) if d else mix("#fffbff", look.accent, 0.04)
        cell = mix("#211f26", look.accent, 0.1) if d else mix("#f7f2fa", look.accent, 0.08)
        text, sub, sep = ("#e6e0e9", "#cac4d0", "#49454f") if d else ("#1d1b20", "#49454f", "#cac4d0")
        plain = bg
    else:
        bg, cell, text, sub, sep = (
            ("#0f1115", "#1a1d23", "#f3f4f6", "#a1a7b3", "#2d323b")
            if d
            else ("#f6f7f9", "#ffffff", "#111827", "#5b6472", "#e3e6ea")
        )
        plain = cell
    tint = mix(look.accent, cell, 0.78 if not d else 0.7)
    on_tint = mix(look.accent, "#000000", 0.55) if not d else mix(look.accent, "#ffffff", 0.7)
    return f"""
:root{{--bg:{bg};--cell:{cell};--plain:{plain};--text:{text};--sub:{sub};--sep:{sep};--accent:{look.accent};
--on-accent:{look.on_accent};--acc-text:{look.accent_text};--tint:{tint};--on-tint:{on_tint};--r:{look.radius}px;
--font:'{look.font}';--head:'{look.head_font}'}}
*{{box-sizing:border-box}}
html,body{{margin:0;height:100%;overflow:hidden;background:var(--bg);color:var(--text);font-family:var(--font),sans-serif;
-webkit-font-smoothing:antialiased}}
.app{{position:relative;height:100vh;display:flex;flex-direction:column;overflow:hidden;background:var(--bg)}}
.main{{flex:1;min-height:0;overflow:hidden;display:flex;flex-direction:column}}
.col>*{{flex-shrink:0}} .col>.scroll{{flex-shrink:1}}
.col{{width:100%;max-width:{600 if look.tablet else 10000}px;margin:0 auto;display:flex;flex-direction:column;flex:1;min-height:0}}
.scroll{{flex:1;min-height:0;overflow:hidden}}
.tile{{display:inline-flex;align-items:center;justify-content:center;flex:none}}
.sub{{color:var(--sub)}}
.acc{{color:var(--acc-text)}}
h1,h2,h3,p{{margin:0}}
.btn{{display:flex;align-items:center;justify-content:center;white-space:nowrap;overflow:hidden;cursor:pointer;
font-weight:600;text-align:center}}
.primary{{background:var(--accent);color:var(--on-accent)}}
.ghost{{color:var(--acc-text);background:transparent}}
.tonal{{background:var(--tint);color:var(--on-tint)}}
.outline{{border:1px solid var(--sep);color:var(--acc-text)}}
.fit{{white-space:nowrap;overflow:hidden}}
.scrim{{position:absolute;inset:0;background:rgba(0,0,0,{0.55 if d else 0.42})}}
.kb{{flex:none}}
{PLATFORM_CSS[look.platform]}
body.compact .big{{font-size:26px!important}} body.compact .row{{min-height:40px!important;padding-top:7px!important;padding-bottom:7px!important}}
body.compact p, body.compact .rowsub{{font-size:13px!important}} body.compact .gap{{height:8px!important}}
body.compact .hero{{width:46px!important;height:46px!important}}
body.tight .herorow{{display:none!important}} body.tight p{{line-height:1.3!important}} body.tight .foot{{padding-top:6px!important}}
"""


PLATFORM_CSS = {
    "ios": """
body{font-size:17px;letter-spacing:-0.2px}
.sb{height:var(--sbh);flex:none;display:flex;align-items:flex-end;justify-content:space-between;padding:0 26px var(--sbpad) 32px;
font-weight:600;font-size:16px;color:var(--text)}
.nav{height:44px;flex:none;display:flex;align-items:center;padding:0 8px;position:relative;font-size:17px}
.nav .back{display:flex;align-items:center;color:var(--acc-text);gap:2px}
.nav .title{position:absolute;left:0;right:0;text-align:center;font-weight:600;pointer-events:none}
.nav .right{margin-left:auto;color:var(--acc-text)}
.big{font-family:var(--head),var(--font),sans-serif;font-size:32px;font-weight:700;letter-spacing:0.2px;padding:2px 20px 8px}
.hdr{font-size:13px;color:var(--sub);text-transform:uppercase;padding:14px 36px 6px;letter-spacing:0}
.group{margin:0 16px;background:var(--cell);border-radius:11px;overflow:hidden}
.row{display:flex;align-items:center;gap:12px;min-height:46px;padding:9px 16px;position:relative}
.row+.row:before{content:"";position:absolute;top:0;left:60px;right:0;border-top:0.5px solid var(--sep)}
.group.noicon .row+.row:before{left:16px}
.rowtext{flex:1;min-width:0}
.rowsub{font-size:14px;color:var(--sub);margin-top:1px}
.foot{padding:12px 20px 8px;display:flex;flex-direction:column;gap:6px;flex:none}
.foot .btn{height:50px;font-size:17px;border-radius:var(--r)}
.sw{width:51px;height:31px;border-radius:16px;background:#34c759;position:relative;flex:none}
.sw:after{content:"";position:absolute;right:2px;top:2px;width:27px;height:27px;border-radius:50%;background:#fff;box-shadow:0 2px 4px rgba(0,0,0,.2)}
.sw.off{background:var(--sep)} .sw.off:after{right:auto;left:2px}
.pillbtn{font-size:15px;font-weight:600;padding:6px 14px;border-radius:16px;background:var(--tint);color:var(--on-tint)}
.home{height:34px;flex:none;display:flex;align-items:flex-end;justify-content:center;padding-bottom:8px}
.home i{width:134px;height:5px;border-radius:3px;background:var(--text);display:block}
.tabbar{flex:none;display:flex;justify-content:space-around;padding:7px 0 0;border-top:0.5px solid var(--sep);background:var(--cell);font-size:10px;color:var(--sub)}
.tabbar div{display:flex;flex-direction:column;align-items:center;gap:2px}
.tabbar .on{color:var(--acc-text)}
.alert{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:290px;border-radius:14px;overflow:hidden;
background:var(--alertbg);text-align:center}
.alert .body{padding:19px 16px 16px}
.alert h3{font-size:17px;font-weight:600;margin-bottom:4px}
.alert p{font-size:13px;line-height:1.35;margin-top:6px}
.alert .abtn{border-top:0.5px solid var(--sep);height:44px;display:flex;align-items:center;justify-content:center;color:var(--acc-text);font-size:17px}
.alert .abtn.bold{font-weight:600}
.alert .pair{display:flex} .alert .pair .abtn{flex:1} .alert .pair .abtn+.abtn{border-left:0.5px solid var(--sep)}
.sheet{position:absolute;left:0;right:0;bottom:0;background:var(--cell);border-radius:13px 13px 0 0;padding-top:6px;display:flex;flex-direction:column}
.grab{width:36px;height:5px;border-radius:3px;background:var(--sep);margin:0 auto 8px}
.asheet{position:absolute;left:8px;right:8px;bottom:34px;display:flex;flex-direction:column;gap:8px}
.asheet .grp{background:var(--alertbg);border-radius:14px;overflow:hidden;text-align:center}
.asheet .msg{padding:14px 16px;font-size:13px;color:var(--sub);line-height:1.35}
.asheet .msg b{display:block;font-size:13px;font-weight:600;color:var(--sub);margin-bottom:4px}
.asheet .abtn{border-top:0.5px solid var(--sep);height:56px;display:flex;align-items:center;justify-content:center;color:var(--acc-text);font-size:20px}
.asheet .cancel{background:var(--cell);border-radius:14px;height:56px;display:flex;align-items:center;justify-content:center;font-weight:600;color:var(--acc-text);font-size:20px}
.toast{position:absolute;left:50%;transform:translateX(-50%);bottom:calc(var(--tabh) + 48px);background:var(--cell);border-radius:24px;
box-shadow:0 6px 24px rgba(0,0,0,.22);padding:10px 18px 10px 12px;display:flex;align-items:center;gap:10px;font-weight:600;font-size:15px;white-space:nowrap}
.field{background:var(--cell);border-radius:11px;padding:10px 14px;margin:0 16px}
.field label{font-size:13px;color:var(--sub);display:block}
""",
    "android": """
body{font-size:16px;letter-spacing:0.1px}
.sb{height:var(--sbh);flex:none;display:flex;align-items:center;justify-content:space-between;padding:0 18px;font-size:14px;font-weight:500}
.nav{height:64px;flex:none;display:flex;align-items:center;padding:0 6px;gap:6px;font-size:22px}
.nav .back{width:48px;height:48px;display:flex;align-items:center;justify-content:center}
.nav .title{flex:1;padding-left:10px;white-space:nowrap;overflow:hidden}
.nav .back+.title{padding-left:0}
.big{font-family:var(--head),var(--font),sans-serif;font-size:28px;font-weight:400;padding:8px 24px 8px}
.hdr{font-size:14px;font-weight:500;color:var(--acc-text);padding:14px 24px 6px}
.group{margin:0}
.row{display:flex;align-items:center;gap:16px;min-height:56px;padding:10px 24px;position:relative}
.rowtext{flex:1;min-width:0}
.rowsub{font-size:14px;color:var(--sub);margin-top:2px}
.foot{padding:12px 24px 12px;display:flex;flex-direction:column;gap:8px;flex:none}
.foot .btn{height:44px;font-size:15px;font-weight:500;border-radius:var(--r)}
.foot.inline{flex-direction:row-reverse;justify-content:flex-start}
.foot.inline .btn{padding:0 20px}
.sw{width:52px;height:32px;border-radius:16px;background:var(--accent);position:relative;flex:none}
.sw:after{content:"";position:absolute;right:4px;top:4px;width:24px;height:24px;border-radius:50%;background:var(--on-accent)}
.sw.off{background:var(--cell);border:2px solid var(--sub)} .sw.off:after{right:auto;left:4px;top:4px;width:16px;height:16px;background:var(--sub);top:6px}
.pillbtn{font-size:14px;font-weight:500;padding:8px 16px;border-radius:20px;border:1px solid var(--sep);color:var(--acc-text)}
.home{height:24px;flex:none;display:flex;align-items:center;justify-content:center}
.home i{width:108px;height:4px;border-radius:2px;background:var(--text);opacity:.7;display:block}
.tabbar{flex:none;display:flex;justify-content:space-around;padding:12px 0 14px;background:var(--cell);font-size:12px;font-weight:500;color:var(--sub)}
.tabbar div{display:flex;flex-direction:column;align-items:center;gap:4px}
.tabbar .on span.ic{background:var(--tint);border-radius:16px;padding:4px 20px}
.tabbar .on{color:var(--text)}
.alert{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:min(312px,86vw);border-radius:28px;background:var(--alertbg);padding:24px}
.alert h3{font-size:23px;font-weight:400;margin-bottom:14px}
.alert p{font-size:14px;line-height:1.45;color:var(--sub);margin-top:8px}
.alert .acts{display:flex;justify-content:flex-end;gap:8px;margin-top:22px}
.alert .abtn{font-size:14px;font-weight:500;color:var(--acc-text);padding:10px 12px;white-space:nowrap}
.sheet{position:absolute;left:0;right:0;bottom:0;background:var(--alertbg);border-radius:28px 28px 0 0;padding-top:12px;display:flex;flex-direction:column}
.grab{width:32px;height:4px;border-radius:2px;background:var(--sub);opacity:.6;margin:0 auto 14px}
.snack{position:absolute;left:12px;right:12px;bottom:calc(var(--tabh) + 12px);background:#322f35;color:#f5eff7;border-radius:4px;
padding:14px 16px;display:flex;align-items:center;font-size:14px;box-shadow:0 3px 8px rgba(0,0,0,.3)}
.snack .act{margin-left:auto;color:var(--snackacc);font-weight:500;padding-left:16px}
.fab{position:absolute;right:16px;bottom:calc(var(--tabh) + 16px);width:56px;height:56px;border-radius:16px;background:var(--tint);
display:flex;align-items:center;justify-content:center;box-shadow:0 3px 6px rgba(0,0,0,.2)}
.chip{display:inline-flex;align-items:center;gap:6px;border:1px solid var(--sep);border-radius:8px;padding:6px 12px;font-size:14px;margin:0 8px 8px 0}
.chip.on{background:var(--tint);border-color:transparent;color:var(--on-tint)}
.field{border:1px solid var(--sub);border-radius:4px;padding:8px 14px;margin:0 24px;position:relative}
.field.focus{border:2px solid var(--accent)}
.field label{font-size:12px;color:var(--acc-text);display:block}
""",
    "web": """
body{font-size:15px}
.top{height:60px;flex:none;display:flex;align-items:center;gap:12px;padding:0 24px;background:var(--cell);border-bottom:1px solid var(--sep)}
.top .brand{font-weight:700;font-size:18px;font-family:var(--head),var(--font),sans-serif}
.top .right{margin-left:auto;display:flex;gap:18px;align-items:center;color:var(--sub)}
.layout{flex:1;display:flex;min-height:0}
.side{width:220px;flex:none;padding:20px 12px;border-right:1px solid var(--sep);background:var(--cell)}
.side div{padding:9px 12px;border-radius:8px;color:var(--sub);margin-bottom:2px}
.side .on{background:var(--tint);color:var(--on-tint);font-weight:600}
.content{flex:1;min-width:0;padding:32px 40px;overflow:hidden}
.big{font-family:var(--head),var(--font),sans-serif;font-size:28px;font-weight:700;margin-bottom:6px}
.hdr{font-size:13px;color:var(--sub);text-transform:uppercase;letter-spacing:.5px;padding:18px 0 8px}
.group{background:var(--cell);border:1px solid var(--sep);border-radius:12px;max-width:760px}
.row{display:flex;align-items:center;gap:14px;min-height:56px;padding:12px 18px}
.row+.row{border-top:1px solid var(--sep)}
.rowtext{flex:1;min-width:0}
.rowsub{font-size:13px;color:var(--sub);margin-top:2px}
.pillbtn{font-size:14px;font-weight:600;padding:8px 16px;border-radius:var(--r);border:1px solid var(--sep);color:var(--acc-text);background:var(--cell)}
.foot{display:flex;gap:10px;justify-content:flex-end;padding:18px 0 0}
.foot .btn{height:40px;padding:0 18px;font-size:15px;border-radius:var(--r)}
.sw{width:40px;height:22px;border-radius:11px;background:var(--accent);position:relative;flex:none}
.sw:after{content:"";position:absolute;right:3px;top:3px;width:16px;height:16px;border-radius:50%;background:var(--on-accent)}
.sw.off{background:var(--sep)} .sw.off:after{right:auto;left:3px;background:#fff}
.modal{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:520px;background:var(--cell);border-radius:14px;
box-shadow:0 20px 60px rgba(0,0,0,.35);padding:28px 30px 24px}
.modal h2{font-size:22px;margin-bottom:6px;font-family:var(--head),var(--font),sans-serif}
.modal .row{padding:9px 0;min-height:44px}
.wtoast{position:absolute;right:28px;top:76px;background:var(--cell);border:1px solid var(--sep);border-left:4px solid #16a34a;border-radius:10px;
padding:14px 18px;box-shadow:0 10px 30px rgba(0,0,0,.18);display:flex;gap:12px;align-items:center;min-width:320px}
.card{background:var(--cell);border:1px solid var(--sep);border-radius:12px;padding:18px}
.field{border:1px solid var(--sep);border-radius:8px;padding:10px 12px;background:var(--cell)}
.field label{font-size:12px;color:var(--sub);display:block}
""",
}


# ---------------------------------------------------------------- chrome


def status_bar(look: Look, time_text: str, on_dark: bool | None = None) -> str:
    if look.platform == "web":
        return ""
    color = "var(--text)"
    bars = "".join(
        f'<i style="display:inline-block;width:3px;height:{h}px;background:{color};border-radius:1px;margin-left:1.5px"></i>'
        for h in (4, 6, 8, 10)
    )
    wifi = (
        f'<svg width="16" height="12" viewBox="0 0 16 12" style="margin-left:5px"><path d="M8 11.5l2.2-2.6a3.2 3.2 0 0 0-4.4 0z'
        f"M3.6 6.6l1.3 1.5a4.7 4.7 0 0 1 6.2 0l1.3-1.5a6.7 6.7 0 0 0-8.8 0zM1 3.8l1.3 1.5a8.6 8.6 0 0 1 11.4 0L15 3.8"
        f'a10.6 10.6 0 0 0-14 0z" fill="{color}"/></svg>'
    )
    if look.platform == "ios":
        batt = (
            f'<span style="display:inline-block;margin-left:6px;width:25px;height:12px;border:1.2px solid {color};'
            f'border-radius:4px;padding:1.5px;opacity:.95"><i style="display:block;height:100%;width:70%;'
            f'background:{color};border-radius:2px"></i></span>'
        )
    else:
        batt = (
            f'<span style="display:inline-block;margin-left:6px;width:8px;height:14px;border-radius:2px;'
            f'background:linear-gradient(to top,{color} 75%,transparent 75%);border:1px solid {color}"></span>'
        )
    return f'<div class="sb"><span>{esc(time_text)}</span><span style="display:flex;align-items:center">{bars}{wifi}{batt}</span></div>'


def home_indicator(look: Look) -> str:
    if look.platform == "web":
        return ""
    return '<div class="home"><i></i></div>'


def nav_bar(look: Look, back: str | None, title: str = "", right: str = "") -> str:
    if look.platform == "web":
        return ""
    if look.platform == "ios":
        b = (
            f'<span class="back">{svg(ICON["chev_left"], 22, "var(--acc-text)", 2.6)}<span class="fit">{esc(back)}</span></span>'
            if back
            else ""
        )
        r = f'<span class="right">{esc(right)}</span>' if right else ""
        return f'<div class="nav">{b}<span class="title">{esc(title)}</span>{r}</div>'
    b = f'<span class="back">{svg(ICON["arrow_left"], 24, "var(--text)")}</span>' if back is not None else ""
    return f'<div class="nav">{b}<span class="title">{esc(title)}</span></div>'


def tab_bar(look: Look, tabs: list[str], on: int = 0) -> str:
    icons = ["home", "compass", "bookmark", "user"]
    cells = []
    for i, t in enumerate(tabs):
        color = "var(--acc-text)" if (i == on and look.platform == "ios") else "currentColor"
        ic = svg(ICON[icons[i % 4]], 24, color)
        cls = ' class="on"' if i == on else ""
        cells.append(f'<div{cls}><span class="ic">{ic}</span><span>{esc(t)}</span></div>')
    return f'<div class="tabbar">{"".join(cells)}</div>'


def page(
    look: Look, body: str, *, time_text: str, overlay: str = "", extra_css: str = "", tabh: int = 0
) -> str:
    """A whole screen: chrome + body, with an optional overlay (scrim + sheet / dialog)."""
    sbh = 22 if look.device.height < 700 else 47 if look.platform == "ios" else 30
    alertbg = (
        ("#2c2c2e" if look.dark else "#f2f2f2")
        if look.platform == "ios"
        else (mix("#2b2930", look.accent, 0.08) if look.dark else mix("#f3edf7", look.accent, 0.06))
    )
    snackacc = mix(look.accent, "#ffffff", 0.55)
    head = f"<style>{css(look)}:root{{--sbh:{sbh}px;--sbpad:{1 if sbh < 30 else 6}px;--alertbg:{alertbg};--tabh:{tabh}px;--snackacc:{snackacc}}}{extra_css}</style>"
    return (
        f'<!doctype html><html><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="app">{status_bar(look, time_text)}{body}{home_indicator(look)}</div>{overlay}</body></html>'
    )


def switch(on: bool = True) -> str:
    return f'<span class="sw{"" if on else " off"}"></span>'


def keyboard(look: Look) -> str:
    rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
    dark = look.dark
    if look.platform == "ios":
        kb_bg, key, key_fg, mod = (
            ("#2b2b2d", "#6b6b6e", "#fff", "#464649") if dark else ("#d1d3d9", "#fff", "#000", "#acb0ba")
        )
        radius, h = 5, 42
    else:
        kb_bg, key, key_fg, mod = (
            ("#1f1f23", "#3a3a40", "#eee", "#2d2d33")
            if dark
            else ("#edf0f6", "#ffffff", "#1d1b20", "#d7dbe4")
        )
        radius, h = 7, 44
    k = (
        f"display:flex;align-items:center;justify-content:center;height:{h}px;border-radius:{radius}px;background:{key};"
        f"color:{key_fg};font-size:22px;box-shadow:0 1px 0 rgba(0,0,0,.3);flex:1;margin:0 3px"
    )
    out = [f'<div class="kb" style="background:{kb_bg};padding:8px 2px 6px;font-family:var(--font)">']
    for i, r in enumerate(rows):
        pad = "0 18px" if i == 1 else "0"
        keys = "".join(f'<span style="{k}">{c}</span>' for c in r)
        if i == 2:
            keys = (
                f'<span style="{k};flex:1.5;background:{mod};font-size:16px">&#8679;</span>{keys}'
                f'<span style="{k};flex:1.5;background:{mod};font-size:16px">&#9003;</span>'
            )
        out.append(f'<div style="display:flex;margin:0 0 11px;padding:{pad}">{keys}</div>')
    out.append(
        f'<div style="display:flex"><span style="{k};flex:1.3;background:{mod};font-size:15px">123</span>'
        f'<span style="{k};flex:1;background:{mod};font-size:15px">@</span>'
        f'<span style="{k};flex:5;font-size:15px">space</span>'
        f'<span style="{k};flex:2;background:{"var(--accent)" if look.platform == "android" else mod};'
        f'color:{"var(--on-accent)" if look.platform == "android" else key_fg};font-size:15px">'
        f"{'go' if look.platform == 'ios' else '&#10140;'}</span></div>"
    )
    out.append("</div>")
    return "".join(out)


# Reports text that does not fit: cut-off single-line labels, and content pushed out of its box.
FIT_JS = """() => {
  const bad = [];
  const vh = innerHeight, vw = innerWidth;
  for (const el of document.querySelectorAll('.fit, .btn, .abtn, .rowtitle, .big, .pillbtn, .tbtn, .opt')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    if (el.scrollWidth > el.clientWidth + 1) bad.push('clipped: ' + el.textContent.trim().slice(0, 40));
    if (r.bottom > vh + 0.5 || r.right > vw + 0.5 || r.left < -0.5) bad.push('outside: ' + el.textContent.trim().slice(0, 40));
  }
  for (const el of document.querySelectorAll('.scroll, .main, .col, .sheet, .alert, .modal, .card, .group, .tt .inner')) {
    if (el.scrollHeight > el.clientHeight + 2) bad.push('overflow: ' + el.className);
    const r = el.getBoundingClientRect();
    if (r.top < -0.5 || r.bottom > vh + 0.5) bad.push('offscreen: ' + el.className);
  }
  return bad;
}"""
