"""Devices, visual looks (CSS) and browser / web-view chrome of the webkit corpus."""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Device:
    name: str
    kind: str  # desktop | tablet | phone
    width: int
    height: int
    scale: float


DEVICES = [
    Device("desk-1280", "desktop", 1280, 800, 1),
    Device("desk-1366", "desktop", 1366, 768, 1),
    Device("desk-1440", "desktop", 1440, 900, 1),
    Device("desk-1536", "desktop", 1536, 864, 1),
    Device("desk-1600", "desktop", 1600, 1000, 1),
    Device("desk-1440-2x", "desktop", 1440, 900, 2),
    Device("desk-1280-2x", "desktop", 1280, 800, 2),
    Device("tab-768", "tablet", 768, 1024, 2),
    Device("tab-820", "tablet", 820, 1180, 2),
    Device("ph-360", "phone", 360, 780, 3),
    Device("ph-375", "phone", 375, 812, 3),
    Device("ph-390", "phone", 390, 844, 3),
    Device("ph-412", "phone", 412, 892, 2),
    Device("ph-430", "phone", 430, 932, 3),
    Device("ph-360-2x", "phone", 360, 740, 2),
]

BRANDS = [
    "#4f46e5",
    "#0d6efd",
    "#e11d48",
    "#059669",
    "#d97706",
    "#7c3aed",
    "#0891b2",
    "#db2777",
    "#2563eb",
    "#16a34a",
    "#ea580c",
    "#9333ea",
]

# look -> (body font stack, heading font stack)
FONTS = {
    "boot": [
        ("'Open Sans', 'Liberation Sans', sans-serif", "'Open Sans', sans-serif"),
        ("'Liberation Sans', Arial, sans-serif", "'Liberation Sans', sans-serif"),
        ("'Carlito', 'Lato', sans-serif", "'Carlito', sans-serif"),
    ],
    "tw": [
        ("'Inter', 'DejaVu Sans', sans-serif", "'Inter Display', 'Inter', sans-serif"),
        ("'Inter', sans-serif", "'Inter', sans-serif"),
        ("'Noto Sans', sans-serif", "'Inter Display', sans-serif"),
    ],
    "mat": [
        ("'Roboto', 'Noto Sans', sans-serif", "'Roboto', sans-serif"),
        ("'Roboto', sans-serif", "'Roboto Condensed', sans-serif"),
    ],
    "brut": [
        ("'Fira Code', 'DejaVu Sans Mono', monospace", "'League Spartan', 'DejaVu Sans', sans-serif"),
        ("'DejaVu Sans Mono', monospace", "'DejaVu Sans Mono', monospace"),
        ("'Liberation Mono', monospace", "'League Spartan', sans-serif"),
    ],
    "play": [
        ("'Quicksand', 'DejaVu Sans', sans-serif", "'League Spartan', sans-serif"),
        ("'Comic Neue', 'Quicksand', sans-serif", "'Comic Neue', sans-serif"),
        ("'Lato', sans-serif", "'Quicksand', sans-serif"),
    ],
    "serif": [
        ("'Lato', sans-serif", "'EB Garamond', 'Noto Serif', serif"),
        ("'Noto Serif', 'DejaVu Serif', serif", "'Noto Serif', serif"),
        ("'Liberation Serif', serif", "'Caladea', serif"),
        ("'Cantarell', sans-serif", "'DejaVu Serif', serif"),
    ],
}
LOOKS = list(FONTS)
DARK_OK = {"boot", "tw", "mat", "serif", "play"}

BASE_CSS = """
*{box-sizing:border-box;margin:0;padding:0}
html,body{width:100%;height:100%}
body{font-family:var(--font);background:var(--bg);color:var(--fg);font-size:15px;line-height:1.45;overflow:hidden;-webkit-font-smoothing:antialiased}
.win{display:flex;flex-direction:column;height:100vh}
.app{flex:1;position:relative;overflow:hidden;display:flex;flex-direction:column;background:var(--bg)}
h1,h2,h3{font-family:var(--hfont);line-height:1.2;color:var(--hfg)}
h1{font-size:30px;font-weight:700;margin-bottom:8px} h2{font-size:21px;font-weight:700;margin-bottom:6px}
h3{font-size:16px;font-weight:700;margin:14px 0 6px}
p{margin:4px 0} .muted{color:var(--muted)} .small{font-size:13px}
.topbar{display:flex;align-items:center;gap:26px;padding:14px 32px;background:var(--bar);color:var(--barfg);border-bottom:1px solid var(--border);flex:none}
.topbar .sp{flex:1} .topbar a{color:inherit;opacity:.85;text-decoration:none;font-size:14px}
.logo{font-family:var(--hfont);font-weight:800;font-size:19px;display:flex;gap:9px;align-items:center;white-space:nowrap}
.logo i{width:28px;height:28px;border-radius:8px;background:var(--accent);display:inline-block;flex:none}
.avatar{width:32px;height:32px;border-radius:50%;background:var(--accent);color:var(--accentfg);display:grid;place-items:center;font-size:13px;font-weight:700}
.body{flex:1;display:flex;overflow:hidden}
.side{width:220px;flex:none;padding:22px 14px;border-right:1px solid var(--border);background:var(--side)}
.side div{padding:9px 12px;border-radius:var(--r);font-size:14px;margin-bottom:2px}
.side .on{background:var(--soft);color:var(--accent);font-weight:700}
.main{flex:1;padding:34px 40px;overflow:hidden}
.center{display:flex;justify-content:center;align-items:flex-start;padding-top:48px}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:8px;padding:10px 20px;border-radius:var(--r);font-weight:600;border:1px solid transparent;font-size:15px;white-space:nowrap;font-family:var(--font)}
.btn-primary{background:var(--accent);color:var(--accentfg)}
.btn-ghost{background:transparent;color:var(--fg);border-color:var(--border)}
.btn-link{background:transparent;color:var(--accent);padding-left:6px;padding-right:6px}
.btn-sm{padding:7px 14px;font-size:14px}
.btns{display:flex;gap:12px;margin-top:22px;align-items:center}
.btns.end{justify-content:flex-end}
.card{background:var(--card);border:1px solid var(--border);border-radius:var(--rc);box-shadow:var(--shadow);padding:24px}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:18px;margin-top:24px}
.grid.g4{grid-template-columns:repeat(4,1fr)}
.svc{display:flex;flex-direction:column;gap:12px}
.svc .row{display:flex;align-items:center;gap:12px}
.svc.hl{outline:2px solid var(--accent);outline-offset:-2px}
.ico{width:44px;height:44px;border-radius:12px;display:grid;place-items:center;color:#fff;font-weight:700;font-size:18px;flex:none}
.tt{box-shadow:0 0 0 1px rgba(255,255,255,.18);background:#111;color:#fff;font-family:'DejaVu Sans',sans-serif;text-shadow:-2px -1px 0 #25f4ee,2px 1px 0 #fe2c55;font-size:24px}
.list .item{display:flex;align-items:center;gap:14px;padding:14px 0;border-bottom:1px solid var(--border)}
.list .item .grow{flex:1}
.badge{display:inline-block;padding:3px 10px;border-radius:999px;font-size:12px;font-weight:700;background:var(--okbg);color:var(--ok)}
.checks{list-style:none;margin:8px 0 4px}
.checks li{padding:5px 0 5px 28px;position:relative}
.checks li:before{content:'\\2713';position:absolute;left:4px;top:4px;color:var(--accent);font-weight:800;font-family:'DejaVu Sans',sans-serif}
.pair{display:flex;align-items:center;gap:14px;margin-bottom:18px}
.pair .arrow{font-family:'DejaVu Sans',sans-serif;color:var(--muted);font-size:20px}
.note{font-size:13px;color:var(--muted);margin-top:14px}
.ongoing{margin-top:12px;padding:10px 14px;border-radius:var(--r);background:var(--soft);font-size:14px}
.backdrop{position:absolute;inset:0;background:rgba(8,10,20,.58);backdrop-filter:blur(3px)}
.modal{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:580px}
.sheet{position:absolute;left:0;right:0;bottom:0;border-radius:22px 22px 0 0;padding:22px 20px 26px}
.sheet .grab{width:40px;height:5px;border-radius:3px;background:var(--border);margin:0 auto 14px}
.cookie{position:absolute;bottom:18px;left:50%;transform:translateX(-50%);width:min(760px,92%);display:flex;gap:14px;align-items:center;background:var(--cookie);color:var(--cookiefg);padding:14px 18px;border-radius:var(--r);box-shadow:0 8px 30px rgba(0,0,0,.25);font-size:14px;z-index:5}
.cookie .sp{flex:1}
.footer{display:flex;gap:22px;padding:16px 40px;border-top:1px solid var(--border);font-size:13px;color:var(--muted);flex:none;background:var(--bar)}
.footer .sp{flex:1}
.stepper{display:flex;gap:10px;align-items:center;margin-bottom:22px;font-size:13px;color:var(--muted)}
.stepper .dot{width:24px;height:24px;border-radius:50%;display:grid;place-items:center;background:var(--soft);color:var(--muted);font-weight:700;font-size:12px}
.stepper .dot.on{background:var(--accent);color:var(--accentfg)}
.stepper .bar{width:34px;height:2px;background:var(--border)}
.stepper .lbl{font-weight:700;color:var(--fg);margin-right:12px}
.alert{padding:14px 18px;border-radius:var(--r);background:var(--okbg);color:var(--ok);display:flex;gap:12px;align-items:center;font-weight:600;margin-bottom:22px}
.bigcheck{width:72px;height:72px;border-radius:50%;background:var(--okbg);color:var(--ok);display:grid;place-items:center;font-size:38px;font-family:'DejaVu Sans',sans-serif;margin:0 auto 16px}
.stats{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;margin-top:18px}
.stat{padding:14px;border:1px solid var(--border);border-radius:var(--r);background:var(--card)}
.stat b{display:block;font-size:22px;font-family:var(--hfont)}
.chart{display:flex;align-items:flex-end;gap:8px;height:150px;margin-top:14px}
.chart span{flex:1;background:var(--accent);opacity:.8;border-radius:4px 4px 0 0}
.field{margin:12px 0}.field label{display:block;font-size:13px;font-weight:600;margin-bottom:5px}
.field div{border:1px solid var(--border);border-radius:var(--r);padding:10px 12px;background:var(--bg);color:var(--muted)}
.toast{position:absolute;top:20px;right:24px;background:var(--card);border:1px solid var(--border);border-left:5px solid var(--ok);padding:14px 18px;border-radius:var(--r);box-shadow:0 10px 30px rgba(0,0,0,.18);font-weight:600;display:flex;gap:10px;align-items:center;z-index:6}
.price b{font-size:30px;font-family:var(--hfont)}
.phone .topbar{padding:12px 16px;gap:12px}.phone .main{padding:20px 18px}.phone h1{font-size:24px}
.phone .grid,.phone .stats{grid-template-columns:1fr}.phone .side{display:none}.phone .footer{padding:12px 16px;gap:14px;flex-wrap:wrap}
.phone .center{padding-top:8px}.phone .modal{width:92%}.phone .btns{flex-direction:column-reverse;align-items:stretch}
.phone .btns.keep{flex-direction:row}.phone .toast{left:12px;right:12px;top:12px}
.phone .cookie{flex-wrap:wrap;bottom:10px;padding:10px 12px;gap:8px;font-size:13px}.phone .cookie .sp{display:none}.phone .cookie>span:first-child{width:100%}
.phone .list .item{flex-wrap:wrap;gap:10px 12px}.phone .list .item .grow{min-width:150px}
.tablet .grid{grid-template-columns:repeat(2,1fr)}.tablet .side{display:none}.tablet .modal{width:84%}
.tablet .main{padding:28px 30px}
.compact .stepper{display:none}.compact .main{padding-top:16px}.compact .center{padding-top:10px}
.compact .pair{margin-bottom:8px}.compact .pair .ico{width:34px;height:34px;font-size:16px}.compact .checks li{padding:2px 0 2px 26px}
.compact h3{margin:8px 0 3px}.compact .btns{margin-top:12px}.compact .card{padding:18px}.compact .note{margin-top:8px}
.compact2 body,.compact2{font-size:13.5px}.compact2 .note{display:none}.compact2 h2{font-size:20px !important}
.compact2 .pair{display:none}.compact2 .btn{padding:8px 16px}.compact2 .ongoing{padding:6px 10px;font-size:13px}
/* browser chrome */
.bchrome{flex:none;background:var(--chr);color:var(--chrfg);font-family:'DejaVu Sans',sans-serif;font-size:12.5px;border-bottom:1px solid var(--chrb)}
.tabs{display:flex;align-items:flex-end;gap:6px;padding:8px 12px 0}
.lights{display:flex;gap:7px;padding:0 14px 10px 4px}.lights i{width:12px;height:12px;border-radius:50%;display:block}
.tab{padding:8px 16px;border-radius:9px 9px 0 0;background:var(--chrtab);min-width:190px;max-width:240px;white-space:nowrap;overflow:hidden}
.tab.off{background:transparent;opacity:.7}
.urlrow{display:flex;align-items:center;gap:14px;padding:7px 14px;background:var(--chrtab)}
.url{flex:1;background:var(--chrurl);border-radius:999px;padding:6px 16px;color:var(--chrfg)}
.url s{text-decoration:none;opacity:.6}
.status{flex:none;display:flex;justify-content:space-between;padding:10px 22px 6px;font-family:'DejaVu Sans',sans-serif;font-size:14px;font-weight:700;background:var(--bar);color:var(--barfg)}
.status .bat{display:inline-block;width:24px;height:11px;border:2px solid currentColor;border-radius:3px;vertical-align:-1px;margin-left:6px}
.wv{flex:none;display:flex;align-items:center;gap:12px;padding:8px 14px;background:#f3f3f3;color:#222;font-family:'DejaVu Sans',sans-serif;font-size:13px;border-bottom:1px solid #ddd}
.wv .u{flex:1;text-align:center}
"""

LOOK_CSS = {
    "boot": ".btn{border-radius:6px}.topbar{box-shadow:0 1px 2px rgba(0,0,0,.08)}",
    "tw": ".card{box-shadow:0 1px 3px rgba(15,23,42,.08),0 8px 24px rgba(15,23,42,.06)}.btn-primary{box-shadow:0 1px 2px rgba(0,0,0,.15)}",
    "mat": (
        ".btn{text-transform:uppercase;letter-spacing:.06em;font-size:14px;font-weight:500}.card{border:none;"
        "box-shadow:0 2px 4px rgba(0,0,0,.14),0 4px 10px rgba(0,0,0,.1)}.topbar{background:var(--accent);"
        "color:#fff;border:none;box-shadow:0 2px 6px rgba(0,0,0,.2)}.topbar .logo i{background:#fff}"
    ),
    "brut": (
        ".card,.btn,.stat,.cookie,.alert,.toast,.field div{border:3px solid #111 !important;box-shadow:5px 5px 0 #111;"
        "border-radius:0 !important}.btn-primary{color:#111}.topbar{border-bottom:3px solid #111}"
        ".side{border-right:3px solid #111}.footer{border-top:3px solid #111}h1{text-transform:uppercase;letter-spacing:-.01em}"
    ),
    "play": (
        "body{background:linear-gradient(135deg,var(--bg),var(--bg2))}.app{background:transparent}"
        ".btn{border-radius:999px}.card{border-radius:26px}.logo i{border-radius:50%}.ico{border-radius:50%}"
    ),
    "serif": "h1{font-weight:600;font-size:34px}.btn{border-radius:3px}.card{box-shadow:none}",
}


def theme_vars(look: str, dark: bool, accent: str) -> str:
    if look == "brut":
        v = dict(
            bg="#fff6d6",
            bg2="#fff6d6",
            fg="#111",
            hfg="#111",
            muted="#444",
            card="#fff",
            border="#111",
            bar="#ffd23f",
            barfg="#111",
            side="#fff6d6",
            soft="#ffe98a",
            r="0px",
            rc="0px",
            shadow="none",
            cookie="#111",
            cookiefg="#fff",
            okbg="#c8f7c5",
            ok="#0b5d1e",
        )
        v["accent"] = "#ff5c8a" if accent in ("#e11d48", "#db2777") else "#6fd3ff"
        v["accentfg"] = "#111"
    elif dark:
        v = dict(
            bg="#0f1117",
            bg2="#1b1530",
            fg="#e6e8ef",
            hfg="#ffffff",
            muted="#9aa3b5",
            card="#181b24",
            border="#2c3140",
            bar="#141720",
            barfg="#e6e8ef",
            side="#12151d",
            soft="#242a3a",
            r="8px",
            rc="14px",
            shadow="0 10px 30px rgba(0,0,0,.35)",
            cookie="#262b3a",
            cookiefg="#e6e8ef",
            okbg="#12351f",
            ok="#5fe08f",
            accent=accent,
            accentfg="#ffffff",
        )
    else:
        v = dict(
            bg="#f6f7fb",
            bg2="#eef0ff",
            fg="#1f2430",
            hfg="#10131a",
            muted="#5d6575",
            card="#ffffff",
            border="#dfe3ea",
            bar="#ffffff",
            barfg="#1f2430",
            side="#fbfbfd",
            soft="#eef1f8",
            r="8px",
            rc="14px",
            shadow="0 4px 18px rgba(20,30,60,.07)",
            cookie="#1f2430",
            cookiefg="#ffffff",
            okbg="#e3f6ea",
            ok="#146c36",
            accent=accent,
            accentfg="#ffffff",
        )
        if look == "play":
            v.update(bg="#fff1f6", bg2="#e8f4ff", r="16px", rc="26px")
        if look == "serif":
            v.update(bg="#fbf8f1", bar="#fbf8f1", card="#fffdf8", border="#e4dccb", r="3px", rc="6px")
    return ":root{" + ";".join(f"--{k}:{val}" for k, val in v.items()) + "}"


CHROME_LIGHT = ":root{--chr:#dee1e6;--chrfg:#202124;--chrb:#c5c8cc;--chrtab:#ffffff;--chrurl:#f1f3f4}"
CHROME_DARK = ":root{--chr:#202124;--chrfg:#e8eaed;--chrb:#3c4043;--chrtab:#35363a;--chrurl:#202124}"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def browser_chrome(title: str, url: str, other_tabs: list[str], mac: bool) -> str:
    lights = (
        (
            '<div class="lights"><i style="background:#ff5f57"></i><i style="background:#febc2e"></i>'
            '<i style="background:#28c840"></i></div>'
        )
        if mac
        else ""
    )
    tabs = "".join(f'<div class="tab off">{esc(t)}</div>' for t in other_tabs)
    host, _, rest = url.partition("/")
    return (
        f'<div class="bchrome"><div class="tabs">{lights}<div class="tab">{esc(title)}</div>{tabs}</div>'
        f'<div class="urlrow"><span>&#8592;</span><span>&#8594;</span><span>&#8635;</span>'
        f'<div class="url">&#128274; {esc(host)}<s>/{esc(rest)}</s></div><span>&#8942;</span></div></div>'
    )


def status_bar(clock: str) -> str:
    return f'<div class="status"><span>{clock}</span><span>&#9679;&#9679;&#9679; <i class="bat"></i></span></div>'


def webview_bar(host: str) -> str:
    return f'<div class="wv"><span>&#10005;</span><span class="u">&#128274; {esc(host)}</span><span>&#8943;</span></div>'


def document(css: str, body_class: str, inner: str) -> str:
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><style>{css}</style></head>'
        f'<body class="{body_class}"><div class="win">{inner}</div></body></html>'
    )
