"""HTML for every screen of a desktop / tablet web product, TikTok's web pages, and the browser around them.

Each builder takes a `Ctx` (who, which app, which look, on which device) and a `random.Random`
and returns a whole HTML document. Elements that the truth depends on (the TikTok option, the
data list, the purpose, the buttons, a success message) carry the class `key`; generate checks
that every `key` element is inside the viewport before it keeps a screenshot.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from benchmarks.corpusgen.common import Device
from benchmarks.saasdesk import words as W
from benchmarks.saasdesk.look import Look, css_vars, mix
from benchmarks.saasdesk.words import App, DataItem, DataSet, Pool, Service, Split

TT_RED = "#fe2c55"
TT_CYAN = "#25f4ee"
TT_INK = "#161823"

esc = html.escape


@dataclass(frozen=True)
class Disclosure:
    """What the connecting screen shows; the truth's screen-content rules are read from it."""

    named: tuple[DataSet, ...]  # data sets named on the screen; "all" means all-your-data wording
    purpose: bool
    proceed: bool
    go_back: bool
    ongoing: bool


@dataclass(frozen=True)
class Ctx:
    sid: str
    split: Split
    w: Pool
    app: App
    look: Look
    device: Device
    person: str
    handle: str
    workspace: str
    consent_scopes: tuple[str, ...]  # requested scopes without the "portability." prefix
    browser: Literal["chrome", "safari"] | None  # app screens drawn inside a browser window
    tt_frame: Literal["browser", "bare", "popup"]
    tt_dark: bool
    nav: tuple[str, ...]
    services: tuple[Service, ...]
    layouts: dict[str, str] = field(default_factory=dict)  # per-submission choices, for tags

    @property
    def narrow(self) -> bool:
        return self.device.width < 900

    @property
    def first(self) -> str:
        return self.person.split()[0]

    def fmt(self, text: str) -> str:
        return (
            text.replace("{app}", self.app.name)
            .replace("{handle}", self.handle)
            .replace("{first}", self.first)
        )

    def t(self, text: str) -> str:
        """Formatted and HTML-escaped."""
        return esc(self.fmt(text))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def initials(name: str) -> str:
    parts = [p for p in re.split(r"\s+", name) if p[:1].isalpha()]
    return "".join(p[0] for p in parts[:2]).upper() or name[:1].upper()


# ---------------------------------------------------------------- icons

ICON_PATHS: dict[str, str] = {
    "home": "M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z",
    "chart": "M4 20V10M10 20V4M16 20v-7M22 20H2",
    "calendar": "M4 5h16v15H4zM4 9h16M8 3v4M16 3v4",
    "users": "M16 19v-1a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v1M9 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM22 19v-1a4 4 0 0 0-3-3.9M16 3.1a4 4 0 0 1 0 7.8",
    "folder": "M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z",
    "layers": "M12 2 2 7l10 5 10-5zM2 17l10 5 10-5M2 12l10 5 10-5",
    "file": "M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6",
    "shield": "M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z",
    "gear": "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z",
    "plug": "M9 2v6M15 2v6M6 8h12v4a6 6 0 0 1-12 0zM12 18v4",
    "bell": "M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0",
    "search": "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-4.3-4.3",
    "help": "M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01",
    "lock": "M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4",
    "check": "M20 6 9 17l-5-5",
    "x": "M18 6 6 18M6 6l12 12",
    "down": "M6 9l6 6 6-6",
    "right": "M9 18l6-6-6-6",
    "left": "M15 18l-6-6 6-6",
    "refresh": "M23 4v6h-6M1 20v-6h6M3.5 9a9 9 0 0 1 14.9-3.4L23 10M1 14l4.6 4.4A9 9 0 0 0 20.5 15",
    "swap": "M7 16V4M3 8l4-4 4 4M17 8v12M21 16l-4 4-4-4",
    "dots": "M12 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2zM19 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2zM5 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2z",
    "phone": "M7 2h10v20H7zM11 18h2",
    "user": "M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z",
    "qr": "M3 3h7v7H3zM14 3h7v7h-7zM3 14h7v7H3zM14 14h3v3h-3zM18 18h3v3h-3z",
    "share": "M4 12v8h16v-8M16 6l-4-4-4 4M12 2v13",
    "plus": "M12 5v14M5 12h14",
    "sparkle": "M12 3l2 6 6 2-6 2-2 6-2-6-6-2 6-2z",
}
NAV_ICONS = ("home", "chart", "calendar", "users", "folder", "layers", "file", "shield")


def icon(name: str, size: int = 16, stroke: float = 2.0, color: str = "currentColor") -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" fill="none" stroke="{color}" '
        f'stroke-width="{stroke}" stroke-linecap="round" stroke-linejoin="round" style="flex:none">'
        f'<path d="{ICON_PATHS[name]}"/></svg>'
    )


NOTE = '<circle cx="19" cy="31" r="7"/><path d="M26 31V7"/><path d="M26 8.5c.8 5.5 5 9.5 11 10"/>'


def tt_glyph(size: int) -> str:
    """TikTok's note: white over cyan and red offsets."""
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 48 48" style="flex:none"><g fill="none" stroke-width="5.5">'
        f'<g stroke="{TT_CYAN}" transform="translate(-1.6,-1.3)">{NOTE}</g>'
        f'<g stroke="{TT_RED}" transform="translate(1.6,1.3)">{NOTE}</g>'
        f'<g stroke="#ffffff">{NOTE}</g></g></svg>'
    )


def tt_icon(size: int = 32, radius: float = 0.24) -> str:
    return (
        f'<span class="tticon" style="width:{size}px;height:{size}px;border-radius:{round(size * radius)}px">'
        f"{tt_glyph(round(size * 0.8))}</span>"
    )


def svc_icon(s: Service, size: int = 32) -> str:
    ink = "#111" if s.color in ("#fffc00", "#fcb400") else "#fff"
    return (
        f'<span class="svc" style="width:{size}px;height:{size}px;background:{s.color};color:{ink};'
        f'font-size:{round(size * 0.45)}px">{esc(s.glyph)}</span>'
    )


def app_mark(app: App, size: int = 30) -> str:
    return (
        f'<span class="mark" style="width:{size}px;height:{size}px;font-size:{round(size * 0.42)}px;'
        f'background:{app.color}">{esc(initials(app.name))}</span>'
    )


# ---------------------------------------------------------------- CSS

BASE_CSS = """
*{box-sizing:border-box;margin:0;padding:0}
html,body{width:100%;height:100%;overflow:hidden}
body{font-family:var(--font);font-size:var(--fs);line-height:1.45;color:var(--text);background:var(--bg)}
h1,h2,h3,h4{font-family:var(--head);line-height:1.2;font-weight:700;letter-spacing:-.01em}
h1{font-size:calc(var(--fs)*1.8)}h2{font-size:calc(var(--fs)*1.42)}h3{font-size:calc(var(--fs)*1.1)}
p{max-width:70ch}
.muted{color:var(--muted)}.small{font-size:calc(var(--fs)*.88)}.tiny{font-size:12px}
.root{width:100%;height:100%;zoom:var(--zoom);position:relative;overflow:hidden;background:var(--bg)}
.app{display:flex;width:100%;height:100%;position:relative;overflow:hidden;background:var(--bg)}
.app.topnav{flex-direction:column}
.blurred{filter:blur(3px) saturate(.9)}
.mark{border-radius:8px;color:#fff;display:inline-grid;place-items:center;font-weight:800;flex:none;letter-spacing:0;font-family:var(--font)}
.tticon{background:#000;display:inline-grid;place-items:center;flex:none}
.svc{border-radius:8px;display:inline-grid;place-items:center;font-weight:800;flex:none;font-family:'DejaVu Sans',sans-serif}
.side{width:232px;flex:none;display:flex;flex-direction:column;gap:2px;padding:calc(var(--u)*2) calc(var(--u)*1.4);background:var(--side-bg);color:var(--side-fg);border-right:1px solid var(--side-line)}
.side.rail{width:64px;align-items:center;padding:14px 8px}
.brandrow{display:flex;align-items:center;gap:10px;font-weight:700;font-size:calc(var(--fs)*1.05);padding:4px 6px calc(var(--u)*2);white-space:nowrap}
.ws{display:flex;align-items:center;gap:8px;border:1px solid var(--side-line);border-radius:8px;padding:7px 9px;margin-bottom:10px;font-size:calc(var(--fs)*.92);white-space:nowrap}
.ws .sq{width:20px;height:20px;border-radius:5px;background:var(--accent)}
.nav{display:flex;align-items:center;gap:10px;padding:calc(var(--u)*.9) 10px;border-radius:7px;white-space:nowrap;opacity:.9}
.nav.on{background:var(--side-on);color:var(--side-on-fg);font-weight:600;opacity:1}
.navsec{font-size:11px;text-transform:uppercase;letter-spacing:.07em;opacity:.6;padding:14px 10px 6px}
.sidefoot{margin-top:auto;display:flex;align-items:center;gap:10px;padding:12px 6px 2px;border-top:1px solid var(--side-line);white-space:nowrap}
.main{flex:1;min-width:0;display:flex;flex-direction:column;position:relative}
.top{height:calc(42px + var(--u)*1.6);flex:none;display:flex;align-items:center;gap:14px;padding:0 calc(var(--u)*3);background:var(--surface);border-bottom:1px solid var(--border)}
.topnav .top{gap:22px}
.toplinks{display:flex;gap:18px;color:var(--muted);white-space:nowrap}.toplinks .on{color:var(--text);font-weight:600}
.crumbs{display:flex;align-items:center;gap:6px;color:var(--muted);white-space:nowrap}
.crumbs .cur{color:var(--text);font-weight:600}
.search{margin-left:auto;width:min(340px,30%);height:34px;display:flex;align-items:center;gap:8px;padding:0 10px;border:1px solid var(--border);border-radius:8px;background:var(--bg);color:var(--muted);white-space:nowrap;overflow:hidden}
.kbd{margin-left:auto;font-size:11px;border:1px solid var(--border);border-radius:4px;padding:0 5px}
.iconbtn{width:34px;height:34px;border-radius:8px;display:grid;place-items:center;color:var(--muted);flex:none}
.avatar{width:32px;height:32px;border-radius:50%;background:var(--accent);color:#fff;display:grid;place-items:center;font-size:12px;font-weight:700;flex:none}
.planbadge{font-size:12px;padding:3px 9px;border-radius:999px;background:var(--brand-soft);color:var(--brand-text);font-weight:600;white-space:nowrap}
.content{flex:1;min-height:0;overflow:hidden;padding:calc(var(--u)*3.5) calc(var(--u)*4)}
.pagehead{display:flex;align-items:flex-end;gap:16px;margin-bottom:calc(var(--u)*2.5)}
.pagehead p{color:var(--muted);margin-top:6px}
.pagehead .right{margin-left:auto;display:flex;gap:10px;align-items:center}
.card{background:var(--surface);border:1px solid var(--border);border-radius:var(--r);box-shadow:var(--shadow)}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:8px;height:var(--bh);padding:0 calc(var(--u)*2);border-radius:var(--br);font:600 var(--fs)/1 var(--font);white-space:nowrap;border:1px solid transparent;flex:none}
.btn.filled,.btn.pill,.btn.split{background:var(--brand);color:var(--brand-ink)}
.btn.outlined{border-color:var(--brand-text);color:var(--brand-text);background:transparent}
.btn.ghost{background:var(--brand-soft);color:var(--brand-text)}
.btn.text{padding:0 4px;color:var(--brand-text);text-decoration:underline;text-underline-offset:3px}
.btn.neutral{background:var(--surface);border-color:var(--border);color:var(--text)}
.btn.quiet{color:var(--muted);padding:0 8px}
.btn.sm{height:calc(var(--bh) - 6px);padding:0 12px;font-size:calc(var(--fs)*.93)}
.btn.wide{width:100%}
.splitwrap{display:inline-flex;flex:none}.splitwrap>.btn:first-child{border-top-right-radius:0;border-bottom-right-radius:0}
.splitwrap>.caret{border-top-left-radius:0;border-bottom-left-radius:0;border-left:1px solid rgba(255,255,255,.35);padding:0 9px}
.badge{display:inline-flex;align-items:center;gap:5px;font-size:12px;font-weight:600;padding:2px 9px;border-radius:999px;background:var(--raised);color:var(--muted);white-space:nowrap}
.badge.ok{background:var(--ok-bg);color:var(--ok-fg)}
.x{width:30px;height:30px;border-radius:8px;display:grid;place-items:center;color:var(--muted);flex:none;border:1px solid var(--border)}
.scrim{position:absolute;inset:0;background:rgba(10,14,25,.55);display:flex;align-items:center;justify-content:center;z-index:10}
.modal{width:min(620px,92%);max-height:94%;background:var(--surface);color:var(--text);border-radius:calc(var(--r) + 4px);box-shadow:0 24px 70px rgba(0,0,0,.35);display:flex;flex-direction:column;overflow:hidden}
.mh{padding:calc(var(--u)*2.6) calc(var(--u)*3) calc(var(--u)*1.2);display:flex;align-items:flex-start;gap:12px}
.mb{padding:calc(var(--u)*1) calc(var(--u)*3) calc(var(--u)*2.5);display:flex;flex-direction:column;gap:calc(var(--u)*1.8)}
.mf{padding:calc(var(--u)*1.8) calc(var(--u)*3);border-top:1px solid var(--border);display:flex;align-items:center;gap:10px;background:var(--raised)}
.drawer{position:absolute;top:0;right:0;bottom:0;width:min(500px,92%);background:var(--surface);box-shadow:-16px 0 50px rgba(0,0,0,.3);display:flex;flex-direction:column;z-index:11}
.drawer .mb{flex:1;overflow:hidden;padding-top:calc(var(--u)*2)}
.drawer .mh{border-bottom:1px solid var(--border);padding-bottom:calc(var(--u)*2)}
.logos{display:flex;align-items:center;gap:10px;color:var(--muted)}
.logos .dash{width:42px;border-top:2px dashed var(--border)}
.sect h3,.sect h4{margin-bottom:calc(var(--u)*1)}
.sect h4{font-size:calc(var(--fs)*.8);text-transform:uppercase;letter-spacing:.07em;color:var(--muted);font-family:var(--font)}
.dtable{width:100%;border-collapse:collapse;border:1px solid var(--border);border-radius:var(--r);overflow:hidden}
.dtable th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);padding:8px 12px;background:var(--raised);font-weight:600}
.dtable td{padding:9px 12px;border-top:1px solid var(--border);vertical-align:top}
.dtable td .small{display:block}
.checks{list-style:none;display:flex;flex-direction:column;gap:calc(var(--u)*1.1)}
.checks li{display:flex;gap:10px;align-items:flex-start}
.tick{width:20px;height:20px;border-radius:50%;background:var(--brand-soft);color:var(--brand-text);display:grid;place-items:center;flex:none;margin-top:1px}
.chips{display:flex;flex-wrap:wrap;gap:8px}
.chip{padding:5px 12px;border-radius:999px;border:1px solid var(--border);background:var(--raised);font-weight:500;white-space:nowrap}
.dl{display:grid;grid-template-columns:max-content 1fr;gap:8px 22px}
.dl dt{font-weight:600}.dl dd{color:var(--muted)}
.acc{border:1px solid var(--border);border-radius:var(--r);overflow:hidden}
.acc .row{display:flex;align-items:center;gap:10px;padding:10px 14px;border-top:1px solid var(--border);font-weight:600}
.acc .row:first-child{border-top:0}
.acc .row .chev{margin-left:auto;color:var(--muted)}
.acc .body{padding:0 14px 12px 14px;color:var(--muted);font-weight:400}
.minis{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.mini{border:1px solid var(--border);border-radius:var(--r);padding:10px 12px;background:var(--raised)}
.callout{border-radius:var(--r);background:var(--brand-soft);padding:12px 14px;border-left:3px solid var(--brand)}
.callout b{display:block;margin-bottom:3px}
.freq{display:flex;gap:8px;align-items:center;color:var(--muted)}
.stepper{display:flex;align-items:center;gap:10px;margin-bottom:calc(var(--u)*3);color:var(--muted);white-space:nowrap}
.stepper .st{display:flex;align-items:center;gap:8px}
.stepper .n{width:24px;height:24px;border-radius:50%;border:1.5px solid var(--border);display:grid;place-items:center;font-size:12px;font-weight:700}
.stepper .done .n{background:var(--brand);border-color:var(--brand);color:var(--brand-ink)}
.stepper .cur{color:var(--text);font-weight:600}.stepper .cur .n{border-color:var(--brand);color:var(--brand-text)}
.stepper .bar{width:36px;height:2px;background:var(--border)}
.tabsrow{display:flex;align-items:center;gap:6px;margin-bottom:calc(var(--u)*2.2);flex-wrap:nowrap}
.tabsrow .tb{padding:6px 12px;border-radius:8px;color:var(--muted);white-space:nowrap}
.tabsrow .tb.on{background:var(--surface);color:var(--text);font-weight:600;box-shadow:0 0 0 1px var(--border)}
.tabsrow .search{width:260px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(var(--tile),1fr));gap:calc(var(--u)*2)}
.tile{padding:calc(var(--u)*2);display:flex;flex-direction:column;gap:calc(var(--u)*1.2)}
.tilehead{display:flex;align-items:center;gap:10px}
.tilehead .badge{margin-left:auto}
.tilefoot{display:flex;align-items:center;gap:8px;margin-top:auto}
.rows{width:100%;border-collapse:collapse}
.rows th{text-align:left;font-size:12px;color:var(--muted);font-weight:600;padding:10px 16px;border-bottom:1px solid var(--border);text-transform:uppercase;letter-spacing:.04em}
.rows td{padding:12px 16px;border-bottom:1px solid var(--border);vertical-align:middle}
.rows .who{display:flex;align-items:center;gap:10px}
.kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:calc(var(--u)*2);margin-bottom:calc(var(--u)*2)}
.kpi{padding:calc(var(--u)*2)}.kpi .v{font-size:calc(var(--fs)*1.7);font-weight:700;font-family:var(--head);margin-top:4px}
.delta{font-size:12px;font-weight:600;color:var(--ok-fg)}.delta.neg{color:#dc2626}
.two{display:grid;grid-template-columns:2fr 1fr;gap:calc(var(--u)*2)}
.toast{position:absolute;z-index:20;display:flex;gap:12px;align-items:flex-start;background:var(--toast-bg);color:var(--toast-fg);padding:14px 18px;border-radius:10px;box-shadow:0 14px 40px rgba(0,0,0,.28);min-width:330px;max-width:440px}
.toast .okc{width:26px;height:26px;border-radius:50%;background:#22c55e;color:#fff;display:grid;place-items:center;flex:none}
.banner{display:flex;align-items:center;gap:12px;padding:12px 16px;border-radius:var(--r);background:var(--ok-bg);color:var(--ok-fg);margin-bottom:calc(var(--u)*2.5);font-weight:500}
.bigok{width:64px;height:64px;border-radius:50%;background:var(--ok-bg);color:var(--ok-fg);display:grid;place-items:center}
.center{display:flex;flex-direction:column;align-items:center;text-align:center}
.field{display:flex;flex-direction:column;gap:6px}
.field label{font-weight:600;font-size:calc(var(--fs)*.92)}
.input{height:calc(var(--bh) + 4px);border:1px solid var(--border);border-radius:calc(var(--br) / 2 + 3px);background:var(--surface);padding:0 12px;display:flex;align-items:center;color:var(--muted)}
.divider{display:flex;align-items:center;gap:12px;color:var(--muted);font-size:12px}
.divider:before,.divider:after{content:"";flex:1;border-top:1px solid var(--border)}
.menu{position:absolute;z-index:15;background:var(--surface);border:1px solid var(--border);border-radius:10px;box-shadow:0 18px 40px rgba(0,0,0,.18);padding:6px;width:260px}
.menu .it{display:flex;align-items:center;gap:10px;padding:8px 10px;border-radius:7px;white-space:nowrap}
.menu .it.hl{background:var(--brand-soft)}
.menu .cap{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);padding:6px 10px}
.opt{display:flex;align-items:center;gap:12px;padding:12px 14px;border:1px solid var(--border);border-radius:var(--r);background:var(--surface)}
.opt.sel{border-color:var(--brand);box-shadow:0 0 0 3px var(--brand-soft)}
.radio{width:18px;height:18px;border-radius:50%;border:2px solid var(--border);margin-left:auto;flex:none}
.opt.sel .radio{border:5px solid var(--brand)}
.cbox{width:20px;height:20px;border-radius:5px;border:2px solid var(--border);margin-left:auto;display:grid;place-items:center;flex:none}
.opt.sel .cbox{background:var(--brand);border-color:var(--brand);color:var(--brand-ink)}
"""

BROWSER_CSS = """
.bw{display:flex;flex-direction:column;width:100vw;height:100vh;font-family:'Noto Sans','DejaVu Sans',sans-serif;font-size:13px}
.bw .tabstrip{height:38px;display:flex;align-items:flex-end;gap:2px;padding:0 8px;background:var(--bw-strip);color:var(--bw-fg);flex:none}
.bw .lights{display:flex;gap:7px;align-self:center;margin:0 14px 0 6px}
.bw .lights i{width:12px;height:12px;border-radius:50%;display:block}
.bw .tab{height:31px;width:220px;display:flex;align-items:center;gap:8px;padding:0 10px;border-radius:8px 8px 0 0;color:var(--bw-dim);white-space:nowrap;overflow:hidden}
.bw .tab.on{background:var(--bw-bar);color:var(--bw-fg)}
.bw .tab .fav{width:14px;height:14px;border-radius:3px;flex:none}
.bw .tab .ttl{overflow:hidden;text-overflow:ellipsis;flex:1}
.bw .winctl{margin-left:auto;align-self:center;display:flex;gap:18px;color:var(--bw-dim);padding-right:8px}
.bw .toolbar{height:42px;display:flex;align-items:center;gap:10px;padding:0 10px;background:var(--bw-bar);color:var(--bw-dim);border-bottom:1px solid var(--bw-line);flex:none}
.bw .omni{flex:1;height:30px;border-radius:15px;background:var(--bw-omni);display:flex;align-items:center;gap:8px;padding:0 14px;color:var(--bw-fg);white-space:nowrap;overflow:hidden}
.bw .omni .host{color:var(--bw-fg)}.bw .omni .path{color:var(--bw-dim)}
.bw .omni.mid{justify-content:center;border-radius:10px}
.bw .vp{flex:1;position:relative;overflow:hidden}
.bw .prof{width:24px;height:24px;border-radius:50%;background:#8b5cf6;flex:none}
"""


def theme_vars(look: Look) -> str:
    p = look.palette
    side = {
        "light": (p.surface, p.text, p.border, look.brand_soft, look.brand_text),
        "rail": (p.surface, p.muted, p.border, look.brand_soft, look.brand_text),
        "dark": (
            "#0f141f" if not look.dark else "#07090d",
            "#cbd5e1",
            "#1f2937",
            "rgba(255,255,255,.09)",
            "#ffffff",
        ),
        "brand": (
            mix(look.brand, "#000000", 0.35),
            "#eef2ff",
            "rgba(255,255,255,.12)",
            "rgba(255,255,255,.16)",
            "#fff",
        ),
        "top": (p.surface, p.text, p.border, look.brand_soft, look.brand_text),
    }[look.sidebar]
    ok = ("rgba(34,197,94,.16)", "#4ade80") if look.dark else ("#dcfce7", "#166534")
    toast = ("#f8fafc", "#0f172a") if look.dark else ("#111827", "#f9fafb")
    return (
        css_vars(look)
        + f":root{{--side-bg:{side[0]};--side-fg:{side[1]};--side-line:{side[2]};--side-on:{side[3]};"
        f"--side-on-fg:{side[4]};--ok-bg:{ok[0]};--ok-fg:{ok[1]};--toast-bg:{toast[0]};--toast-fg:{toast[1]};"
        f"--tile:{230 if look.density == 'compact' else 250}px}}"
    )


def browser_vars(dark: bool) -> str:
    if dark:
        return ":root{--bw-strip:#1f2023;--bw-bar:#35363a;--bw-omni:#202124;--bw-fg:#e8eaed;--bw-dim:#9aa0a6;--bw-line:#3c3d41}"
    return ":root{--bw-strip:#dee1e6;--bw-bar:#ffffff;--bw-omni:#f1f3f4;--bw-fg:#202124;--bw-dim:#5f6368;--bw-line:#dadce0}"


def browser_frame(
    ctx: Ctx, inner: str, *, url: str, title: str, fav: str, rng: random.Random, dark: bool | None = None
) -> str:
    """A browser window around the page: Chrome-like tab strip and omnibox, or Safari's bar on tablets."""
    dark = ctx.look.dark if dark is None else dark
    host, _, path = url.partition("/")
    lock = icon("lock", 13, 2.2)
    if ctx.browser == "safari" or (ctx.browser is None and ctx.device.platform == "tablet"):
        bar = (
            f'<div class="toolbar">{icon("left", 18)}{icon("right", 18)}<span style="width:12px"></span>'
            f'<div class="omni mid">{lock}<span class="host">{esc(host)}</span></div>'
            f"{icon('share', 17)}{icon('plus', 18)}</div>"
        )
        return f'<div class="bw">{bar}<div class="vp">{inner}</div></div>'
    others = rng.sample(ctx.w.browser_tabs, 2)
    mac = rng.random() < 0.6
    lights = (
        '<div class="lights"><i style="background:#ff5f57"></i><i style="background:#febc2e"></i>'
        '<i style="background:#28c840"></i></div>'
        if mac
        else ""
    )
    tabs = (
        f'<div class="tab on"><span class="fav" style="background:{fav}"></span><span class="ttl">{esc(title)}</span>'
        f"{icon('x', 12)}</div>"
        + "".join(
            f'<div class="tab"><span class="fav" style="background:#9aa0a6"></span><span class="ttl">{esc(o)}</span></div>'
            for o in others
        )
        + f'<span style="align-self:center;margin-left:6px">{icon("plus", 15)}</span>'
    )
    ctl = "" if mac else '<div class="winctl"><span>—</span><span>▢</span><span>✕</span></div>'
    bar = (
        f'<div class="toolbar">{icon("left", 17)}{icon("right", 17)}{icon("refresh", 15)}'
        f'<div class="omni">{lock}<span><span class="host">{esc(host)}</span><span class="path">/{esc(path)}</span></span></div>'
        f'{icon("dots", 18)}<span class="prof"></span></div>'
    )
    return f'<div class="bw"><div class="tabstrip">{lights}{tabs}{ctl}</div>{bar}<div class="vp">{inner}</div></div>'


def document(ctx: Ctx, body: str, *, extra_css: str = "", title: str = "") -> str:
    fonts = f"'{ctx.look.font}'"
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{esc(title)}</title><style>'
        f"{theme_vars(ctx.look)}{browser_vars(ctx.look.dark)}{BASE_CSS}{BROWSER_CSS}{extra_css}"
        f'</style></head><body style="font-family:{fonts},sans-serif">{body}</body></html>'
    )


def app_document(ctx: Ctx, rng: random.Random, root: str, *, path: str, title: str) -> str:
    """The app's page, inside the browser window when this submission draws one."""
    inner = f'<div class="root">{root}</div>'
    if ctx.browser:
        tab = f"{title} · {ctx.app.name}"
        inner = browser_frame(
            ctx, inner, url=f"app.{ctx.app.domain}/{path}", title=tab, fav=ctx.app.color, rng=rng
        )
    return document(ctx, inner, title=title)


# ---------------------------------------------------------------- the app's shell


def sidebar(ctx: Ctx, active: str) -> str:
    look, w = ctx.look, ctx.w
    if look.sidebar == "top":
        return ""
    items = [*ctx.nav, w.settings_label]
    rail = look.sidebar == "rail"
    links = []
    for i, name in enumerate(items):
        ico = "gear" if name == w.settings_label else NAV_ICONS[i % len(NAV_ICONS)]
        on = " on" if name == active else ""
        label = "" if rail else f"<span>{esc(name)}</span>"
        links.append(f'<div class="nav{on}">{icon(ico, 17)}{label}</div>')
    if rail:
        return f'<aside class="side rail">{app_mark(ctx.app, 32)}<div style="height:18px"></div>{"".join(links)}</aside>'
    sec = ""
    if len(links) > 4:
        sec = f'<div class="navsec">{esc(ctx.workspace)}</div>'
        links.insert(len(links) - 1, sec)
    return (
        f'<aside class="side"><div class="brandrow">{app_mark(ctx.app)}<span>{esc(ctx.app.name)}</span></div>'
        f'<div class="ws"><span class="sq"></span>{esc(ctx.workspace)}<span style="margin-left:auto">{icon("down", 14)}</span></div>'
        f"{''.join(links)}"
        f'<div class="sidefoot"><span class="avatar">{esc(initials(ctx.person))}</span>'
        f'<div><div style="font-weight:600">{esc(ctx.person)}</div>'
        f'<div class="tiny" style="opacity:.7">{esc(ctx.w.plan_badges[0])}</div></div></div></aside>'
    )


def topbar(ctx: Ctx, rng: random.Random, crumbs: Sequence[str], active: str, *, actions: bool = True) -> str:
    look, w = ctx.look, ctx.w
    crumb_html = ""
    if crumbs:
        parts = [f"<span>{esc(c)}</span>" for c in crumbs[:-1]] + [
            f'<span class="cur">{esc(crumbs[-1])}</span>'
        ]
        crumb_html = f'<div class="crumbs">{icon("right", 13).join(parts)}</div>'
    search = (
        f'<div class="search">{icon("search", 15)}<span>{esc(rng.choice(w.search_placeholders))}</span>'
        f'<span class="kbd">⌘K</span></div>'
    )
    if ctx.narrow:
        search = f'<span class="iconbtn" style="margin-left:auto">{icon("search", 18)}</span>'
    act = ""
    if actions and not ctx.narrow and rng.random() < 0.5:
        act = f'<span class="btn neutral sm">{icon("plus", 14)}{esc(rng.choice(w.top_actions))}</span>'
    right = (
        f"{search}{act}<span class='iconbtn'>{icon('bell', 18)}</span>"
        f"<span class='iconbtn'>{icon('help', 18)}</span><span class='avatar'>{esc(initials(ctx.person))}</span>"
    )
    if look.sidebar == "top":
        links = "".join(
            f'<span class="{"on" if n == active else ""}">{esc(n)}</span>'
            for n in [*ctx.nav[: 3 if ctx.narrow else 5], w.settings_label]
        )
        return (
            f'<header class="top"><div class="brandrow" style="padding:0">{app_mark(ctx.app, 28)}'
            f"<span>{esc(ctx.app.name)}</span></div><nav class='toplinks'>{links}</nav>{right}</header>"
        )
    return f'<header class="top">{crumb_html}{right}</header>'


def shell(
    ctx: Ctx,
    rng: random.Random,
    content: str,
    *,
    active: str,
    crumbs: Sequence[str] = (),
    extra_class: str = "",
    actions: bool = True,
) -> str:
    """Sidebar (or top navigation), top bar and the page content."""
    top = ctx.look.sidebar == "top"
    crumb_line = ""
    if top and crumbs:
        crumb_line = (
            '<div class="crumbs" style="margin-bottom:14px">'
            + icon("right", 13).join(f"<span>{esc(c)}</span>" for c in crumbs)
            + "</div>"
        )
    bar = topbar(ctx, rng, crumbs, active, actions=actions)
    body = f'<div class="content">{crumb_line}{content}</div>'
    if top:
        return f'<div class="app topnav {extra_class}">{bar}<div class="main">{body}</div></div>'
    return f'<div class="app {extra_class}">{sidebar(ctx, active)}<div class="main">{bar}{body}</div></div>'


def primary(ctx: Ctx, label: str, *, key: bool = True, arrow: bool = False, size: str = "") -> str:
    style = ctx.look.button
    k = " key" if key else ""
    tail = f" {icon('right', 15)}" if arrow else ""
    if style == "split":
        return (
            f'<span class="splitwrap{k}"><span class="btn split {size}">{esc(label)}</span>'
            f'<span class="btn split caret {size}">{icon("down", 14)}</span></span>'
        )
    if style == "text":
        return f'<span class="btn text{k} {size}">{esc(label)}{icon("right", 15)}</span>'
    return f'<span class="btn {style}{k} {size}">{esc(label)}{tail}</span>'


def secondary(ctx: Ctx, label: str, *, key: bool = True, back_arrow: bool = False) -> str:
    k = " key" if key else ""
    lead = icon("left", 15) if back_arrow else ""
    return f'<span class="btn {ctx.look.secondary}{k}">{lead}{esc(label)}</span>'


# ---------------------------------------------------------------- connect page


def tile_list(ctx: Ctx, rng: random.Random, tiktok: bool, n: int) -> list[Service | None]:
    """Other services, with None where TikTok goes (never at the end, so it stays on screen)."""
    others: list[Service | None] = list(ctx.services[:n])
    if tiktok:
        others.insert(rng.randint(0, min(4, len(others))), None)
    return others


def any_icon(s: Service | None, size: int) -> str:
    return tt_icon(size) if s is None else svc_icon(s, size)


def tiles(ctx: Ctx, rng: random.Random, *, tiktok: bool, state: str = "new", count: int = 8) -> str:
    """The integrations grid; `state` is TikTok's tile: "new" (a Connect button) or "done" (connected)."""
    w = ctx.w
    items = tile_list(ctx, rng, tiktok, count)
    connected_others = set(rng.sample(range(len(items)), 2))
    blurb = ctx.fmt(rng.choice(w.tiktok_blurbs))
    out = []
    btn_label = rng.choice(w.connect_buttons)
    for i, s in enumerate(items):
        name = "TikTok" if s is None else s.name
        desc = blurb if s is None else s.blurb
        badge = ""
        if s is None:
            if state == "done":
                badge = (
                    f'<span class="badge ok key">{icon("check", 12, 3)}{esc(w.connected_badges[0])}</span>'
                )
                foot = f'<span class="btn neutral sm">{esc(rng.choice(w.manage_buttons))}</span>'
            else:
                foot = primary(ctx, btn_label, size="sm")
        elif i in connected_others:
            badge = f'<span class="badge ok">{esc(w.connected_badges[-1])}</span>'
            foot = f'<span class="btn neutral sm">{esc(w.manage_buttons[0])}</span>'
        else:
            foot = f'<span class="btn neutral sm">{esc(btn_label)}</span>'
        key = " key" if s is None else ""
        out.append(
            f'<div class="card tile{key}"><div class="tilehead">{any_icon(s, 36)}<b>{esc(name)}</b>{badge}</div>'
            f'<div class="muted small">{esc(desc)}</div><div class="tilefoot">{foot}</div></div>'
        )
    return f'<div class="grid">{"".join(out)}</div>'


def integrations_content(ctx: Ctx, rng: random.Random, *, tiktok: bool, state: str = "new") -> str:
    w = ctx.w
    head = (
        f'<div class="pagehead"><div><h1 class="key">{ctx.t(rng.choice(w.connect_headings))}</h1>'
        f"<p>{ctx.t(rng.choice(w.connect_subtitles))}</p></div></div>"
    )
    tabs = "".join(
        f'<span class="tb{" on" if i == 0 else ""}">{esc(t)}</span>' for i, t in enumerate(w.filter_tabs)
    )
    search = (
        ""
        if ctx.narrow
        else f'<div class="search" style="margin-left:auto">{icon("search", 14)}{esc(rng.choice(w.integration_search))}</div>'
    )
    count = 6 if ctx.narrow else rng.choice((7, 8, 9))
    foot = f'<p class="small muted" style="margin-top:18px">{esc(rng.choice(w.request_links))}</p>'
    return f'{head}<div class="tabsrow">{tabs}{search}</div>{tiles(ctx, rng, tiktok=tiktok, state=state, count=count)}{foot}'


def settings_wrap(ctx: Ctx, inner: str) -> str:
    """Settings pages put a secondary column of settings sections beside the content on wide screens."""
    if ctx.narrow or ctx.device.width < 1200:
        return inner
    w = ctx.w
    links = "".join(
        f'<div class="nav{" on" if s == w.settings_nav[3] else ""}" style="padding:7px 10px">{esc(s)}</div>'
        for s in w.settings_nav
    )
    return (
        f'<div style="display:flex;gap:28px;height:100%"><div style="width:190px;flex:none">'
        f'<div class="navsec" style="padding-top:0">{esc(w.settings_label)}</div>{links}</div>'
        f'<div style="flex:1;min-width:0">{inner}</div></div>'
    )


def unkeyed(markup: str) -> str:
    """The same markup with no `key` elements: a page behind a modal need not fit the viewport."""
    return re.sub(
        r'class="([^"]*)"',
        lambda m: 'class="' + " ".join(c for c in m.group(1).split() if c != "key") + '"',
        markup,
    )


def blurred_backdrop(ctx: Ctx, rng: random.Random) -> str:
    """The integrations page, blurred, behind a modal, drawer or popup."""
    w = ctx.w
    back = unkeyed(integrations_content(ctx, rng, tiktok=True))
    return shell(
        ctx,
        rng,
        back,
        active=w.settings_label,
        crumbs=(w.settings_label, w.integrations_label),
        extra_class="blurred",
    )


def connect_grid(ctx: Ctx, rng: random.Random, tiktok: bool) -> str:
    w = ctx.w
    content = settings_wrap(ctx, integrations_content(ctx, rng, tiktok=tiktok))
    root = shell(ctx, rng, content, active=w.settings_label, crumbs=(w.settings_label, w.integrations_label))
    return app_document(ctx, rng, root, path="settings/integrations", title=w.integrations_label)


def connect_list(ctx: Ctx, rng: random.Random, tiktok: bool) -> str:
    w = ctx.w
    items = tile_list(ctx, rng, tiktok, 5 if ctx.device.height < 900 else 6)
    connected = set(rng.sample(range(len(items)), 2))
    label = rng.choice(w.connect_buttons)
    rows = []
    for i, s in enumerate(items):
        name = "TikTok" if s is None else s.name
        desc = ctx.fmt(rng.choice(w.tiktok_blurbs)) if s is None else s.blurb
        if s is not None and i in connected:
            status = f'<span class="badge ok">{esc(w.connected_badges[0])}</span>'
            act = f'<span class="btn neutral sm">{esc(rng.choice(w.manage_buttons))}</span>'
        else:
            status = f'<span class="badge">{esc(rng.choice(w.not_connected))}</span>'
            act = primary(ctx, f"{label} {name}" if s is None else label, size="sm", key=s is None)
            if s is not None:
                act = f'<span class="btn neutral sm">{esc(label)}</span>'
        cls = ' class="key"' if s is None else ""
        rows.append(
            f'<tr{cls}><td><div class="who">{any_icon(s, 32)}<div><b>{esc(name)}</b>'
            f'<div class="small muted">{esc(desc)}</div></div></div></td><td>{status}</td>'
            f'<td style="text-align:right">{act}</td></tr>'
        )
    h = w.list_headers
    table = (
        f'<div class="card" style="overflow:hidden"><table class="rows"><tr><th>{esc(h[0])}</th><th>{esc(h[1])}</th>'
        f'<th style="text-align:right">{esc(h[2])}</th></tr>{"".join(rows)}</table></div>'
    )
    head = (
        f'<div class="pagehead"><div><h1>{ctx.t(rng.choice(w.connect_headings))}</h1>'
        f"<p>{ctx.t(rng.choice(w.connect_subtitles))}</p></div></div>"
    )
    root = shell(
        ctx, rng, head + table, active=w.settings_label, crumbs=(w.settings_label, w.integrations_label)
    )
    return app_document(ctx, rng, root, path="settings/channels", title=w.integrations_label)


def connect_empty(ctx: Ctx, rng: random.Random, tiktok: bool) -> str:
    w = ctx.w
    items = tile_list(ctx, rng, tiktok, 4)
    verb = rng.choice(w.connect_buttons)
    buttons = []
    for s in items:
        name = "TikTok" if s is None else s.name
        cls = "opt key" if s is None else "opt"
        buttons.append(
            f'<div class="{cls}" style="min-width:250px">{any_icon(s, 28)}<b>{esc(f"{verb} {name}")}</b>'
            f'<span style="margin-left:auto;color:var(--muted)">{icon("right", 16)}</span></div>'
        )
    bubbles = "".join(
        f'<span style="margin-left:-10px;border:3px solid var(--bg);border-radius:12px;display:inline-flex">{any_icon(s, 44)}</span>'
        for s in items[:4]
    )
    block = (
        f'<div class="center" style="padding-top:5vh;gap:14px"><div style="display:flex;padding-left:10px">{bubbles}</div>'
        f"<h1>{esc(rng.choice(w.empty_headings))}</h1><p class='muted'>{ctx.t(rng.choice(w.empty_bodies))}</p>"
        f'<div style="display:grid;grid-template-columns:repeat({1 if ctx.narrow else 2},minmax(250px,320px));gap:12px;margin-top:10px;text-align:left">'
        f"{''.join(buttons)}</div></div>"
    )
    root = shell(ctx, rng, block, active=ctx.nav[0], crumbs=(ctx.workspace, ctx.nav[0]))
    return app_document(ctx, rng, root, path="home", title=ctx.nav[0])


def dashboard_content(ctx: Ctx, rng: random.Random, *, banner: str = "", table: str = "") -> str:
    w = ctx.w
    greet = ctx.t(rng.choice(w.greetings))
    kpis = rng.sample(w.kpis, 4)
    cards = "".join(
        f'<div class="card kpi"><div class="muted small">{esc(k)}</div><div class="v">{value(rng, k)}</div>'
        f'<span class="delta{" neg" if sign == "-" else ""}">{sign}{rng.randint(1, 24)}.{rng.randint(0, 9)}%</span></div>'
        for k, sign in zip(kpis, rng.choices("++-", k=4), strict=True)
    )
    if ctx.narrow:
        cards = cards.replace('class="card kpi"', 'class="card kpi" style="min-width:0"')
    chart_card = (
        f'<div class="card" style="padding:18px"><div style="display:flex;align-items:center;margin-bottom:10px">'
        f"<b>{esc(rng.choice(w.chart_titles))}</b><span class='badge' style='margin-left:auto'>30d</span></div>"
        f"{chart(ctx, rng)}</div>"
    )
    panel = (
        f'<div class="card" style="padding:18px"><b>{esc(rng.choice(w.panel_titles))}</b>'
        + "".join(
            f'<div style="display:flex;gap:10px;align-items:center;padding:9px 0;border-bottom:1px solid var(--border)">'
            f'<span class="cbox" style="margin:0"></span><span>{esc(t)}</span></div>'
            for t in rng.sample(w.tasks, 3)
        )
        + "</div>"
    )
    grid = (
        f'<div class="two" style="margin-bottom:16px">{chart_card}{panel}</div>'
        if not ctx.narrow
        else f'<div style="margin-bottom:16px">{chart_card}</div>'
    )
    body = table or data_table(ctx, rng)
    kpi_grid = (
        f'<div class="kpis" style="grid-template-columns:repeat({2 if ctx.narrow else 4},1fr)">{cards}</div>'
    )
    return f'<div class="pagehead"><div><h1>{greet}</h1></div></div>{banner}{kpi_grid}{grid}{body}'


def value(rng: random.Random, label: str) -> str:
    if "rate" in label.lower() or "%" in label:
        return f"{rng.randint(2, 9)}.{rng.randint(0, 9)}%"
    n = rng.choice((rng.randint(3, 99), rng.randint(100, 990), rng.randint(1000, 99000)))
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


def chart(ctx: Ctx, rng: random.Random) -> str:
    pts = [rng.uniform(0.25, 0.9)]
    for _ in range(23):
        pts.append(min(0.95, max(0.1, pts[-1] + rng.uniform(-0.12, 0.13))))
    w_, h_ = 600, 150
    coords = " ".join(f"{i * w_ / 23:.1f},{h_ - p * h_:.1f}" for i, p in enumerate(pts))
    color = ctx.look.brand_text
    grid = "".join(
        f'<line x1="0" x2="{w_}" y1="{y}" y2="{y}" stroke="var(--border)"/>' for y in (30, 75, 120)
    )
    return (
        f'<svg viewBox="0 0 {w_} {h_}" preserveAspectRatio="none" style="width:100%;height:150px">{grid}'
        f'<polygon points="0,{h_} {coords} {w_},{h_}" fill="{color}" opacity=".12"/>'
        f'<polyline points="{coords}" fill="none" stroke="{color}" stroke-width="2.5"/></svg>'
    )


def data_table(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    h = w.dash_headers
    rows = "".join(
        f'<tr><td><b>{esc(n)}</b></td><td><div class="who"><span class="avatar" style="width:26px;height:26px;font-size:11px;'
        f'background:{rng.choice(("#f59e0b", "#10b981", "#6366f1", "#ec4899"))}">{esc(initials(p))}</span>{esc(p)}</div></td>'
        f'<td><span class="badge">{esc(rng.choice(w.statuses))}</span></td><td class="muted">{rng.randint(2, 28)} Oct</td></tr>'
        for n, p in zip(rng.sample(w.row_names, 4), rng.sample(w.people, 4), strict=True)
    )
    return (
        f'<div class="card" style="overflow:hidden"><div style="padding:14px 16px"><b>{esc(rng.choice(w.table_titles))}</b></div>'
        f'<table class="rows"><tr><th>{esc(h[0])}</th><th>{esc(h[1])}</th><th>{esc(h[2])}</th><th>{esc(h[3])}</th></tr>{rows}</table></div>'
    )


def connect_picker(ctx: Ctx, rng: random.Random, tiktok: bool) -> str:
    w = ctx.w
    items = tile_list(ctx, rng, tiktok, 4 if ctx.device.height < 850 else 5)
    opts = []
    for s in items:
        name = "TikTok" if s is None else s.name
        desc = ctx.fmt(rng.choice(w.tiktok_blurbs)) if s is None else s.blurb
        cls = "opt sel key" if s is None else "opt"
        opts.append(
            f'<div class="{cls}">{any_icon(s, 34)}<div><b>{esc(name)}</b><div class="small muted">{esc(desc)}</div></div>'
            f'<span class="radio"></span></div>'
        )
    modal = (
        f'<div class="modal" style="width:min(560px,92%)"><div class="mh"><h2 style="flex:1">{esc(rng.choice(w.picker_titles))}</h2>'
        f'<span class="x">{icon("x", 16)}</span></div><div class="mb" style="gap:10px">'
        f'<div class="input">{icon("search", 15)}&nbsp;{esc(rng.choice(w.integration_search))}</div>{"".join(opts)}</div>'
        f'<div class="mf"><span style="flex:1"></span><span class="btn {ctx.look.secondary}">{esc(w.picker_close[0])}</span>'
        f"{primary(ctx, w.picker_next[0], key=False)}</div></div>"
    )
    back = shell(ctx, rng, dashboard_content(ctx, rng), active=ctx.nav[0], crumbs=(ctx.workspace, ctx.nav[0]))
    root = back + f'<div class="scrim">{modal}</div>'
    return app_document(ctx, rng, root, path="sources/new", title=ctx.nav[0])


def connect_menu(ctx: Ctx, rng: random.Random, tiktok: bool) -> str:
    w = ctx.w
    items = tile_list(ctx, rng, tiktok, 5)
    entries = "".join(
        f'<div class="it{" hl key" if s is None else ""}">{any_icon(s, 24)}<span>{esc("TikTok" if s is None else s.name)}</span></div>'
        for s in items
    )
    label = rng.choice(w.split_buttons)
    button = (
        f'<span class="splitwrap"><span class="btn filled">{icon("plus", 15)}{esc(label)}</span>'
        f'<span class="btn filled caret">{icon("down", 14)}</span></span>'
    )
    head = (
        f'<div class="pagehead" style="position:relative"><div><h1>{ctx.t(rng.choice(w.connect_headings))}</h1>'
        f'<p>{ctx.t(rng.choice(w.connect_subtitles))}</p></div><div class="right">{button}</div>'
        f'<div class="menu" style="right:0;top:calc(100% + 6px)"><div class="cap">{esc(label)}</div>{entries}</div></div>'
    )
    existing = [s for s in ctx.services[5:8]]
    rows = "".join(
        f'<tr><td><div class="who">{svc_icon(s, 30)}<b>{esc(s.name)}</b></div></td>'
        f'<td><span class="badge ok">{esc(w.connected_badges[0])}</span></td>'
        f'<td style="text-align:right"><span class="btn neutral sm">{esc(w.manage_buttons[0])}</span></td></tr>'
        for s in existing
    )
    h = w.list_headers
    table = (
        f'<div class="card" style="overflow:hidden"><table class="rows"><tr><th>{esc(h[0])}</th><th>{esc(h[1])}</th>'
        f'<th style="text-align:right">{esc(h[2])}</th></tr>{rows}</table></div>'
    )
    root = shell(
        ctx, rng, head + table, active=ctx.nav[1], crumbs=(ctx.workspace, w.integrations_label), actions=False
    )
    return app_document(ctx, rng, root, path="channels", title=w.integrations_label)


def bare_top(ctx: Ctx, rng: random.Random, right: str = "") -> str:
    return (
        f'<header style="display:flex;align-items:center;gap:12px;padding:18px 32px">{app_mark(ctx.app, 32)}'
        f'<b style="font-size:calc(var(--fs)*1.1)">{esc(ctx.app.name)}</b><span style="margin-left:auto" class="muted">{right}</span></header>'
    )


def connect_onboarding(ctx: Ctx, rng: random.Random, tiktok: bool) -> str:
    w = ctx.w
    items = tile_list(ctx, rng, tiktok, 5 if ctx.narrow else 7)
    cards = "".join(
        f'<div class="opt{" sel key" if s is None else ""}" style="padding:16px">{any_icon(s, 36)}'
        f'<b>{esc("TikTok" if s is None else s.name)}</b><span class="cbox">{icon("check", 13, 3) if s is None else ""}</span></div>'
        for s in items
    )
    cols = 2 if ctx.narrow else 3
    step = esc(w.step_of[0].replace("{n}", "2").replace("{m}", "4"))
    body = (
        f'<div class="app" style="flex-direction:column">{bare_top(ctx, rng, step)}'
        f'<div class="center" style="flex:1;padding:3vh 32px;gap:10px"><h1>{esc(rng.choice(w.onboarding_pick_headings))}</h1>'
        f'<p class="muted">{ctx.t(rng.choice(w.empty_bodies))}</p>'
        f'<div style="display:grid;grid-template-columns:repeat({cols},240px);gap:14px;margin-top:18px;text-align:left">{cards}</div>'
        f'<div style="display:flex;gap:12px;margin-top:26px"><span class="btn quiet">{esc(w.onboarding_skip[0])}</span>'
        f"{primary(ctx, w.picker_next[0], key=False)}</div></div></div>"
    )
    return app_document(ctx, rng, body, path="welcome/platforms", title=w.onboarding_headings[0])


CONNECT_LAYOUTS = {
    "grid": connect_grid,
    "list": connect_list,
    "empty": connect_empty,
    "picker": connect_picker,
    "menu": connect_menu,
    "onboarding": connect_onboarding,
}


def connect(ctx: Ctx, rng: random.Random, *, tiktok: bool) -> str:
    return CONNECT_LAYOUTS[ctx.layouts["connect"]](ctx, rng, tiktok)


# ---------------------------------------------------------------- connecting screen


@dataclass(frozen=True)
class Entry:
    data_set: DataSet
    item: DataItem
    purpose: str


def entries(ctx: Ctx, rng: random.Random, named: tuple[DataSet, ...], compact: bool) -> list[Entry]:
    w = ctx.w
    out: list[Entry] = []
    for ds in named:
        why = rng.choice(w.row_purposes[ds])
        if ds == "all":
            label = rng.choice(w.all_labels)
            phrase = rng.choice(w.all_phrases)
            examples = [
                rng.choice(w.data[s]).phrase for s in ("activity", "postsandprofile", "directmessages")
            ]
            detail = f"{rng.choice(w.all_includes)} {examples[0]}, {examples[1]} and {examples[2]}"
            out.append(Entry("all", DataItem(label, detail, phrase), why))
            continue
        pool = w.data[ds]
        k = 1 if compact else rng.choice((1, 2, 2, 3))
        for item in rng.sample(pool, min(k, len(pool))):
            out.append(Entry(ds, item, why))
    return out


def join_phrases(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def data_list(
    ctx: Ctx, rng: random.Random, es: list[Entry], style: str, row_purpose: bool, ongoing: bool
) -> str:
    w = ctx.w
    freq = rng.choice(w.ongoing_badges) if ongoing else ""
    if style == "table":
        h = w.table_headers
        cols = [h[0]] + ([h[1]] if row_purpose else []) + ([h[2]] if ongoing else [])
        head = "".join(f"<th>{esc(c)}</th>" for c in cols)
        rows = ""
        for e in es:
            cells = (
                f'<td><b>{esc(e.item.label)}</b><span class="small muted">{esc(e.item.detail)}</span></td>'
            )
            if row_purpose:
                cells += f"<td>{esc(e.purpose)}</td>"
            if ongoing:
                cells += f'<td class="muted" style="white-space:nowrap">{esc(freq)}</td>'
            rows += f"<tr>{cells}</tr>"
        return f'<table class="dtable key"><tr>{head}</tr>{rows}</table>'
    if style == "checks":
        lis = "".join(
            f'<li><span class="tick">{icon("check", 12, 3)}</span><div><b>{esc(e.item.label)}</b>'
            f'<div class="small muted">{esc(e.purpose if row_purpose else e.item.detail)}</div></div></li>'
            for e in es
        )
        return f'<ul class="checks key">{lis}</ul>'
    if style == "chips":
        return (
            '<div class="chips key">'
            + "".join(f'<span class="chip">{esc(e.item.label)}</span>' for e in es)
            + "</div>"
        )
    if style == "dl":
        return (
            '<dl class="dl key">'
            + "".join(
                f"<dt>{esc(e.item.label)}</dt><dd>{esc(e.purpose if row_purpose else e.item.detail)}</dd>"
                for e in es
            )
            + "</dl>"
        )
    if style == "sentence":
        phrases = join_phrases([e.item.phrase for e in es])
        text = ctx.fmt(rng.choice(w.inline_templates)).replace("{items}", phrases)
        return f'<p class="key" style="font-size:calc(var(--fs)*1.05)">{esc(text)}</p>'
    if style == "accordion":
        rows = ""
        for i, e in enumerate(es):
            chev = icon("down" if i == 0 else "right", 15)
            rows += f'<div class="row">{esc(e.item.label)}<span class="chev">{chev}</span></div>'
            if i == 0:
                extra = f" — {esc(e.purpose)}" if row_purpose else ""
                rows += f'<div class="body">{esc(e.item.detail)}{extra}</div>'
        return f'<div class="acc key">{rows}</div>'
    # mini cards
    return (
        '<div class="minis key">'
        + "".join(
            f'<div class="mini"><b>{esc(e.item.label)}</b><div class="small muted">{esc(e.item.detail)}</div></div>'
            for e in es
        )
        + "</div>"
    )


def disclosure_body(ctx: Ctx, rng: random.Random, d: Disclosure, *, intro: bool, tight: bool) -> str:
    """Intro, data list, purpose, frequency and privacy note (each only when the disclosure has it)."""
    w = ctx.w
    parts: list[str] = []
    if intro:
        parts.append(f'<p class="muted">{ctx.t(rng.choice(w.connecting_intros))}</p>')
    style = ctx.layouts["datalist"]
    row_purpose = d.purpose and style in ("table", "checks", "dl", "accordion") and rng.random() < 0.5
    if d.named:
        es = entries(ctx, rng, d.named, compact=tight or len(d.named) >= 3)
        title = ctx.t(rng.choice(w.data_titles))
        badge = ""
        if d.ongoing and style != "table" and rng.random() < 0.5:
            badge = f' <span class="badge" style="margin-left:6px">{icon("refresh", 11)}{esc(rng.choice(w.ongoing_badges))}</span>'
        parts.append(
            f'<div class="sect"><h4>{title}{badge}</h4>{data_list(ctx, rng, es, style, row_purpose, d.ongoing)}</div>'
        )
    if d.purpose:
        goal = rng.choice(w.goals[ctx.app.kind])
        sentence = ctx.t(rng.choice(w.purpose_templates)).replace("{goal}", esc(goal))
        how = ctx.layouts["purpose"]
        if row_purpose and style == "table" and rng.random() < 0.5:
            pass  # the table's purpose column already says why, row by row
        elif how == "callout":
            parts.append(
                f'<div class="callout key"><b>{ctx.t(rng.choice(w.purpose_titles))}</b>{sentence}</div>'
            )
        elif how == "section":
            parts.append(
                f'<div class="sect key"><h4>{ctx.t(rng.choice(w.purpose_titles))}</h4><p>{sentence}</p></div>'
            )
        else:
            parts.append(f'<p class="key">{sentence}</p>')
    if d.ongoing:
        parts.append(
            f'<div class="freq key">{icon("refresh", 15)}<span>{ctx.t(rng.choice(w.ongoing))}</span></div>'
        )
    elif rng.random() < 0.4:
        parts.append(f'<div class="freq">{icon("check", 15)}<span>{ctx.t(rng.choice(w.once))}</span></div>')
    if rng.random() < 0.6:
        parts.append(f'<p class="small muted">{icon("lock", 12)} {ctx.t(rng.choice(w.privacy_notes))}</p>')
    return "".join(parts)


def actions(ctx: Ctx, rng: random.Random, d: Disclosure, *, stacked: bool = False) -> str:
    w = ctx.w
    out = []
    back_first = rng.random() < 0.7
    proceed = primary(ctx, rng.choice(w.proceed), arrow=rng.random() < 0.3) if d.proceed else ""
    back = secondary(ctx, rng.choice(w.go_back), back_arrow=ctx.look.secondary == "text") if d.go_back else ""
    if stacked:
        proceed = proceed.replace('class="btn ', 'class="btn wide ', 1)
        back = back.replace('class="btn ', 'class="btn wide ', 1)
        return f'<div style="display:flex;flex-direction:column;gap:10px;width:100%">{proceed}{back}</div>'
    out = (
        [back, '<span style="flex:1"></span>', proceed]
        if back_first
        else ['<span style="flex:1"></span>', proceed, back]
    )
    return "".join(out)


def pair_logos(ctx: Ctx, size: int = 40) -> str:
    return f'<div class="logos">{app_mark(ctx.app, size)}<span class="dash"></span>{icon("swap", 16)}<span class="dash"></span>{tt_icon(size)}</div>'


def connecting_modal(ctx: Ctx, rng: random.Random, d: Disclosure) -> str:
    w = ctx.w
    head = ctx.t(rng.choice(w.connecting_headings))
    x = f'<span class="x">{icon("x", 16)}</span>' if d.go_back and rng.random() < 0.6 else ""
    logos = pair_logos(ctx, 36) if rng.random() < 0.6 else tt_icon(40)
    modal = (
        f'<div class="modal"><div class="mh"><div style="flex:1;display:flex;flex-direction:column;gap:14px">{logos}'
        f'<h2 class="key">{head}</h2></div>{x}</div>'
        f'<div class="mb">{disclosure_body(ctx, rng, d, intro=rng.random() < 0.7, tight=ctx.device.height < 850)}</div>'
        f'<div class="mf">{actions(ctx, rng, d)}</div></div>'
    )
    root = blurred_backdrop(ctx, rng)
    return app_document(
        ctx,
        rng,
        root + f'<div class="scrim">{modal}</div>',
        path="settings/integrations/tiktok",
        title=w.integrations_label,
    )


def connecting_drawer(ctx: Ctx, rng: random.Random, d: Disclosure) -> str:
    w = ctx.w
    head = ctx.t(rng.choice(w.connecting_headings))
    x = f'<span class="x">{icon("x", 16)}</span>' if d.go_back else ""
    drawer = (
        f'<div class="drawer"><div class="mh"><div style="flex:1;display:flex;gap:12px;align-items:center">{tt_icon(38)}'
        f'<h2 class="key" style="font-size:calc(var(--fs)*1.3)">{head}</h2></div>{x}</div>'
        f'<div class="mb">{disclosure_body(ctx, rng, d, intro=True, tight=ctx.device.height < 850)}</div>'
        f'<div class="mf">{actions(ctx, rng, d)}</div></div>'
    )
    root = blurred_backdrop(ctx, rng)
    return app_document(
        ctx,
        rng,
        root + f'<div class="scrim" style="justify-content:flex-end"></div>{drawer}',
        path="settings/integrations/tiktok",
        title="TikTok",
    )


def stepper(ctx: Ctx) -> str:
    labels = ctx.w.stepper
    out = []
    for i, label in enumerate(labels):
        cls = "done" if i == 0 else "cur" if i == 1 else ""
        n = icon("check", 12, 3) if i == 0 else str(i + 1)
        out.append(f'<span class="st {cls}"><span class="n">{n}</span>{esc(label)}</span>')
    return '<div class="stepper">' + '<span class="bar"></span>'.join(out) + "</div>"


def connecting_page(ctx: Ctx, rng: random.Random, d: Disclosure) -> str:
    w = ctx.w
    head = ctx.t(rng.choice(w.connecting_headings))
    steps = stepper(ctx) if d.proceed and d.go_back and rng.random() < 0.6 else ""
    card = (
        f'<div class="card" style="max-width:760px;padding:calc(var(--u)*3.5);display:flex;flex-direction:column;gap:calc(var(--u)*2)">'
        f'<div style="display:flex;align-items:center;gap:14px">{pair_logos(ctx, 34)}'
        f'<span class="badge" style="margin-left:auto">{icon("lock", 11)}{esc(rng.choice(w.read_only))}</span></div>'
        f'<h1 class="key" style="font-size:calc(var(--fs)*1.6)">{head}</h1>'
        f"{disclosure_body(ctx, rng, d, intro=rng.random() < 0.8, tight=ctx.device.height < 850)}"
        f'<div style="display:flex;gap:10px;align-items:center;border-top:1px solid var(--border);padding-top:calc(var(--u)*2)">{actions(ctx, rng, d)}</div></div>'
    )
    crumbs = (w.settings_label, w.integrations_label, "TikTok") if d.go_back else ()
    root = shell(ctx, rng, steps + card, active=w.settings_label, crumbs=crumbs, actions=False)
    return app_document(ctx, rng, root, path="settings/integrations/tiktok/setup", title="TikTok")


def connecting_split(ctx: Ctx, rng: random.Random, d: Disclosure) -> str:
    w = ctx.w
    head = ctx.t(rng.choice(w.connecting_headings))
    ink = ctx.look.brand_ink
    left = (
        f'<div style="width:40%;background:{ctx.look.brand};color:{ink};padding:6vh 4vw;display:flex;flex-direction:column;gap:22px">'
        f'<div style="display:flex;align-items:center;gap:10px"><span class="mark" style="width:34px;height:34px;background:rgba(255,255,255,.2);color:{ink}">'
        f"{esc(initials(ctx.app.name))}</span><b>{esc(ctx.app.name)}</b></div>"
        f'<div style="margin-top:8vh">{tt_icon(56)}</div><h1 class="key" style="font-size:calc(var(--fs)*2.1)">{head}</h1>'
        f'<p style="opacity:.85">{ctx.t(rng.choice(w.connecting_intros))}</p></div>'
    )
    right = (
        f'<div style="flex:1;padding:6vh 4vw;display:flex;flex-direction:column;gap:calc(var(--u)*2.2);justify-content:center;max-width:720px">'
        f"{disclosure_body(ctx, rng, d, intro=False, tight=ctx.device.height < 850)}"
        f'<div style="display:flex;gap:10px;align-items:center;margin-top:8px">{actions(ctx, rng, d)}</div></div>'
    )
    if ctx.narrow:
        left = left.replace("width:40%", "width:100%").replace("margin-top:8vh", "margin-top:0")
        right = right.replace("justify-content:center", "justify-content:flex-start")
        body = f'<div class="app" style="flex-direction:column">{left}{right}</div>'
    else:
        body = f'<div class="app" style="background:var(--surface)">{left}{right}</div>'
    return app_document(ctx, rng, body, path="connect/tiktok", title="TikTok")


def connecting_card(ctx: Ctx, rng: random.Random, d: Disclosure) -> str:
    w = ctx.w
    head = ctx.t(rng.choice(w.connecting_headings))
    card = (
        f'<div class="card" style="width:min(600px,92%);padding:calc(var(--u)*4);display:flex;flex-direction:column;gap:calc(var(--u)*2.2)">'
        f'<div class="center" style="gap:16px">{pair_logos(ctx, 48)}<h2 class="key">{head}</h2></div>'
        f"{disclosure_body(ctx, rng, d, intro=rng.random() < 0.8, tight=ctx.device.height < 850)}"
        f"{actions(ctx, rng, d, stacked=rng.random() < 0.5)}</div>"
    )
    body = (
        f'<div class="app" style="flex-direction:column;background:radial-gradient(circle at 20% 0%,var(--brand-soft),var(--bg) 55%)">'
        f'{bare_top(ctx, rng, esc(ctx.person))}<div style="flex:1;display:flex;align-items:center;justify-content:center;padding-bottom:40px">{card}</div></div>'
    )
    return app_document(ctx, rng, body, path="oauth/tiktok/start", title="TikTok")


CONNECTING_LAYOUTS = {
    "modal": connecting_modal,
    "drawer": connecting_drawer,
    "page": connecting_page,
    "split": connecting_split,
    "card": connecting_card,
}


def connecting(ctx: Ctx, rng: random.Random, d: Disclosure) -> str:
    return CONNECTING_LAYOUTS[ctx.layouts["connecting"]](ctx, rng, d)


# ---------------------------------------------------------------- TikTok's web pages

TT_CSS = """
.tt{width:100%;height:100%;display:flex;flex-direction:column;background:var(--tt-bg);color:var(--tt-fg);font-family:var(--tt-font);position:relative;overflow:hidden}
.tt .hdr{height:60px;display:flex;align-items:center;gap:8px;padding:0 24px;border-bottom:1px solid var(--tt-line);flex:none}
.tt .word{font-weight:800;font-size:22px;letter-spacing:-.5px}
.tt .hdr .r{margin-left:auto;display:flex;align-items:center;gap:8px;color:var(--tt-fg);font-weight:600;font-size:14px}
.tt .mid{flex:1;display:flex;flex-direction:column;align-items:center;overflow:hidden;padding:5vh 20px 0}
.tt h1{font-size:32px;font-weight:800;margin-bottom:20px;text-align:center;font-family:var(--tt-font)}
.tt h2{font-size:21px;font-weight:700;text-align:center;line-height:1.3;font-family:var(--tt-font)}
.tt .opts{width:375px;display:flex;flex-direction:column;gap:14px}
.tt .o{height:46px;border:1px solid var(--tt-line2);display:flex;align-items:center;padding:0 12px;font-weight:600;font-size:15px;position:relative}
.tt .o .ic{position:absolute;left:12px;display:flex}
.tt .o span.l{flex:1;text-align:center}
.tt .terms{width:375px;font-size:12px;color:var(--tt-muted);text-align:center;margin-top:22px;line-height:1.5}
.tt .terms b{color:var(--tt-fg);font-weight:600}
.tt .signup{height:64px;border-top:1px solid var(--tt-line);display:flex;align-items:center;justify-content:center;gap:6px;font-size:15px;flex:none}
.tt .signup a{color:var(--tt-red);font-weight:600}
.tt .foot{height:54px;display:flex;align-items:center;gap:20px;padding:0 28px;background:var(--tt-foot);font-size:12px;color:var(--tt-muted);flex:none}
.tt .sel{border:1px solid var(--tt-line2);padding:4px 10px;color:var(--tt-fg)}
.tt .ttcard{width:440px;border:1px solid var(--tt-line);border-radius:8px;padding:32px 32px 26px;display:flex;flex-direction:column;gap:16px;background:var(--tt-card)}
.tt .pair{display:flex;align-items:center;justify-content:center;gap:12px}
.tt .pair i{width:5px;height:5px;border-radius:50%;background:var(--tt-muted);display:block}
.tt .acct{display:flex;align-items:center;gap:10px;padding:10px 12px;background:var(--tt-soft);border-radius:6px;font-size:14px}
.tt .acct .av{width:32px;height:32px;border-radius:50%;background:linear-gradient(135deg,#fbbf24,#f472b6)}
.tt .acct a{margin-left:auto;color:var(--tt-muted);font-weight:600;font-size:13px}
.tt .perm{display:flex;gap:10px;align-items:flex-start;font-size:15px;padding:4px 0}
.tt .perm svg{margin-top:2px}
.tt .note{font-size:12px;color:var(--tt-muted);line-height:1.5}
.tt .btns{display:flex;gap:12px}
.tt .b{flex:1;height:44px;border-radius:4px;display:flex;align-items:center;justify-content:center;font-weight:600;font-size:15px}
.tt .b.red{background:var(--tt-red);color:#fff}.tt .b.grey{background:var(--tt-soft);color:var(--tt-fg)}
.tt .inp{height:44px;background:var(--tt-soft);border:1px solid var(--tt-line);border-radius:2px;padding:0 12px;display:flex;align-items:center;color:var(--tt-muted);font-size:15px;width:375px}
.tt .qr{width:180px;height:180px;padding:10px;background:#fff;border:1px solid #e3e3e4;display:grid;grid-template-columns:repeat(21,1fr)}
.tt .qr i{display:block}
.popwin{position:absolute;z-index:30;left:50%;top:50%;transform:translate(-50%,-50%);width:520px;height:min(720px,calc(100% - 50px));background:#fff;border-radius:10px;overflow:hidden;box-shadow:0 30px 80px rgba(0,0,0,.45);display:flex;flex-direction:column;border:1px solid rgba(0,0,0,.2)}
.popwin .pt{height:34px;display:flex;align-items:center;gap:10px;padding:0 12px;background:#e8eaed;color:#3c4043;font:12px 'Noto Sans',sans-serif;flex:none}
.popwin .pu{height:30px;display:flex;align-items:center;gap:6px;padding:0 12px;background:#f8f9fa;color:#5f6368;font:12px 'Noto Sans',sans-serif;border-bottom:1px solid #dadce0;flex:none;white-space:nowrap;overflow:hidden}
.popwin .pb{flex:1;position:relative;overflow:hidden}
.popwin .tt .mid{padding-top:24px}
.popwin .tt .ttcard{width:auto;max-width:440px;border:0;padding:4px 28px}
.popwin .tt .opts,.popwin .tt .terms,.popwin .tt .inp{width:380px}
"""


def tt_vars(ctx: Ctx, font: str) -> str:
    if ctx.tt_dark:
        v = (
            "#121212",
            "#ffffff",
            "rgba(255,255,255,.12)",
            "rgba(255,255,255,.2)",
            "rgba(255,255,255,.6)",
            "#1e1e1e",
            "#2f2f2f",
            "#181818",
        )
    else:
        v = (
            "#ffffff",
            TT_INK,
            "rgba(22,24,35,.12)",
            "rgba(22,24,35,.2)",
            "rgba(22,24,35,.55)",
            "#ffffff",
            "#f1f1f2",
            "#f8f8f8",
        )
    return (
        f":root{{--tt-bg:{v[0]};--tt-fg:{v[1]};--tt-line:{v[2]};--tt-line2:{v[3]};--tt-muted:{v[4]};--tt-card:{v[5]};"
        f"--tt-soft:{v[6]};--tt-foot:{v[7]};--tt-red:{TT_RED};--tt-font:'{font}',sans-serif}}"
    )


def tt_header(ctx: Ctx, right: bool = True) -> str:
    r = f'<div class="r">{icon("help", 18)}{esc(W.TT_FEEDBACK)}</div>' if right else ""
    return f'<div class="hdr">{tt_icon(34, 0.22)}<span class="word">TikTok</span>{r}</div>'


def tt_footer() -> str:
    links = "".join(f"<span>{esc(x)}</span>" for x in W.TT_FOOTER)
    return f'<div class="foot"><span class="sel">{esc(W.TT_LANGUAGE)} ▾</span>{links}</div>'


def option_icon(label: str) -> str:
    low = label.lower()
    if "qr" in low:
        return icon("qr", 20)
    if "phone" in low or "email" in low:
        return icon("user", 20)
    colors = {
        "facebook": "#1877f2",
        "google": "#ea4335",
        "apple": "var(--tt-fg)",
        "line": "#06c755",
        "kakao": "#fee500",
        " x": "#000",
    }
    for k, c in colors.items():
        if k in low:
            letter = "" if k == "apple" else k.strip()[0].upper()
            return f'<span style="width:20px;height:20px;border-radius:50%;background:{c};color:#fff;display:grid;place-items:center;font:700 11px sans-serif">{letter}</span>'
    return icon("user", 20)


def qr_code(rng: random.Random) -> str:
    cells = []
    for y in range(21):
        for x in range(21):
            finder = any(x0 <= x < x0 + 7 and y0 <= y < y0 + 7 for x0, y0 in ((0, 0), (14, 0), (0, 14)))
            if finder:
                fx, fy = x % 7 if x < 7 else (x - 14) % 7, y % 7 if y < 7 else (y - 14) % 7
                on = fx in (0, 6) or fy in (0, 6) or (2 <= fx <= 4 and 2 <= fy <= 4)
            else:
                on = rng.random() < 0.48
            cells.append(f'<i style="background:{"#000" if on else "#fff"}"></i>')
    return f'<div class="qr">{"".join(cells)}</div>'


def tt_login_body(ctx: Ctx, rng: random.Random, variant: str, compact: bool) -> str:
    w = ctx.w
    cont = ""
    if rng.random() < 0.5:
        cont = f'<p style="margin:-10px 0 18px;color:var(--tt-muted);font-size:15px">{ctx.t(rng.choice(w.tt_continue_to))}</p>'
    if variant == "qr":
        steps = "".join(f"<li>{esc(s)}</li>" for s in W.TT_QR_STEPS)
        mid = (
            f'<h1 class="key">{esc(W.TT_QR_HEADING)}</h1>{cont}<div style="display:flex;gap:28px;align-items:center">{qr_code(rng)}'
            f'<ol style="width:260px;font-size:14px;line-height:1.7;padding-left:18px">{steps}</ol></div>'
            f'<p style="margin-top:24px;font-weight:600">{esc(W.TT_LOGIN_OPTIONS[1])}</p>'
        )
    elif variant == "form":
        mid = (
            f'<h1 class="key">{esc(W.TT_FORM_HEADING)}</h1>{cont}<div style="display:flex;flex-direction:column;gap:12px">'
            f'<div style="font-weight:600;font-size:15px">{esc(W.TT_FORM_LABEL)}</div>'
            f'<div class="inp">{esc(ctx.handle.lstrip("@"))}</div><div class="inp">{esc(W.TT_FORM_PASSWORD)}</div>'
            f'<div style="font-size:12px;font-weight:600">{esc(W.TT_FORM_FORGOT)}</div>'
            f'<div class="b red key" style="width:375px;flex:none">{esc(W.TT_FORM_HEADING)}</div></div>'
        )
    else:
        n = rng.randint(3, 4) if compact else rng.randint(4, 6)
        extra = rng.sample(W.TT_LOGIN_OPTIONS[2:], n - 2)
        opts = "".join(
            f'<div class="o"><span class="ic">{option_icon(o)}</span><span class="l">{esc(o)}</span></div>'
            for o in (*W.TT_LOGIN_OPTIONS[:2], *extra)
        )
        terms = W.TT_LOGIN_TERMS.replace("{country}", rng.choice(W.TT_COUNTRIES))
        terms_html = (
            esc(terms)
            .replace("Terms of Service", "<b>Terms of Service</b>")
            .replace("Privacy Policy", "<b>Privacy Policy</b>")
        )
        mid = f'<h1 class="key">{esc(W.TT_LOGIN_HEADING)}</h1>{cont}<div class="opts key">{opts}</div><div class="terms">{terms_html}</div>'
    signup = f'<div class="signup">{esc(W.TT_SIGNUP)} <a>{esc(W.TT_SIGNUP_LINK)}</a></div>'
    foot = "" if compact else tt_footer()
    return f'<div class="tt">{tt_header(ctx, not compact)}<div class="mid">{mid}</div>{signup}{foot}</div>'


def tt_consent_body(ctx: Ctx, rng: random.Random, compact: bool) -> str:
    w = ctx.w
    perms = "".join(
        f'<div class="perm">{icon("check", 18, 2.4, TT_RED)}<span>{esc(W.TT_SCOPE_TEXT[s])}</span></div>'
        for s in ctx.consent_scopes
    )
    acct = ""
    if rng.random() < 0.75:
        acct = (
            f'<div class="acct"><span class="av"></span><b>{esc(ctx.handle)}</b>'
            f"<a>{esc(rng.choice(w.tt_switch))}</a></div>"
        )
    logos = f'<div class="pair">{app_mark(ctx.app, 56)}<i></i><i></i><i></i>{tt_icon(56, 0.24)}</div>'
    card = (
        f'<div class="ttcard">{logos}<h2 class="key">{ctx.t(rng.choice(w.tt_consent_sentences))}</h2>{acct}'
        f'<div style="font-weight:600;font-size:15px">{ctx.t(rng.choice(w.tt_will_be_able))}</div>'
        f'<div class="key">{perms}</div><div class="note">{ctx.t(rng.choice(w.tt_manage_notes))}</div>'
        f'<div class="btns key"><div class="b grey">{esc(W.TT_CANCEL)}</div><div class="b red">{esc(rng.choice(w.tt_allow))}</div></div></div>'
    )
    foot = "" if compact else tt_footer()
    return f'<div class="tt">{tt_header(ctx, not compact)}<div class="mid" style="padding-top:{3 if compact else 7}vh">{card}</div>{foot}</div>'


def tiktok_page(ctx: Ctx, rng: random.Random, body_fn: str, variant: str = "") -> str:
    """TikTok's page in a browser window, bare, or as a popup window over the app."""
    font = rng.choice(("Liberation Sans", "Noto Sans", "Inter", "Roboto"))
    path = "v2/auth/authorize/?client_key=aw" + "".join(rng.choice("0123456789abcdef") for _ in range(12))
    css = TT_CSS + tt_vars(ctx, font)

    def body(compact: bool) -> str:
        if body_fn == "login":
            return tt_login_body(ctx, rng, variant, compact)
        return tt_consent_body(ctx, rng, compact)

    if ctx.tt_frame == "popup":
        app_bg = blurred_backdrop(ctx, rng)
        win = (
            f'<div class="popwin"><div class="pt">{tt_icon(16, 0.2)}<span>TikTok</span><span style="margin-left:auto">—&nbsp;&nbsp;▢&nbsp;&nbsp;✕</span></div>'
            f'<div class="pu">{icon("lock", 12)}https://www.tiktok.com/{esc(path[:48])}</div><div class="pb">{body(True)}</div></div>'
        )
        root = f'<div class="root">{app_bg}<div class="scrim"></div>{win}</div>'
        if ctx.browser:
            root = browser_frame(
                ctx,
                root,
                url=f"app.{ctx.app.domain}/settings/integrations",
                title=ctx.app.name,
                fav=ctx.app.color,
                rng=rng,
            )
        return document(ctx, root, extra_css=css, title="TikTok")
    page = body(False)
    if ctx.tt_frame == "browser":
        page = browser_frame(
            ctx, page, url=f"www.tiktok.com/{path}", title="TikTok", fav="#000", rng=rng, dark=ctx.tt_dark
        )
    return document(ctx, page, extra_css=css, title="TikTok")


def tiktok_login(ctx: Ctx, rng: random.Random) -> str:
    return tiktok_page(ctx, rng, "login", ctx.layouts.get("tt_login", "options"))


def tiktok_consent(ctx: Ctx, rng: random.Random) -> str:
    return tiktok_page(ctx, rng, "consent")


# ---------------------------------------------------------------- near misses


def lookalike_signin(ctx: Ctx, rng: random.Random) -> str:
    """The app's own sign-in, drawn in TikTok's login layout (dark, option rows); not TikTok's page."""
    w = ctx.w
    opts = "".join(
        f'<div class="o"><span class="ic">{option_icon(o)}</span><span class="l">{esc(o)}</span></div>'
        for o in w.lookalike_options
    )
    hdr = f'<div class="hdr">{app_mark(ctx.app, 32)}<span class="word" style="font-size:19px">{esc(ctx.app.name)}</span></div>'
    page = (
        f'<div class="tt" style="--tt-red:{ctx.app.color}">{hdr}<div class="mid"><h1>{ctx.t(rng.choice(w.lookalike_headings))}</h1>'
        f'<div class="opts">{opts}</div></div><div class="signup">{ctx.t(w.lookalike_footers[0])}</div></div>'
    )
    css = TT_CSS + tt_vars(replace(ctx, tt_dark=rng.random() < 0.7), ctx.look.font)
    if ctx.browser:
        page = browser_frame(
            ctx, page, url=f"app.{ctx.app.domain}/login", title=ctx.app.name, fav=ctx.app.color, rng=rng
        )
    return document(ctx, page, extra_css=css, title=ctx.app.name)


GOOGLE_CSS = """
.gpage{width:100%;height:100%;background:#f0f4f9;display:flex;flex-direction:column;align-items:center;justify-content:center;font-family:'Roboto','Noto Sans',sans-serif;color:#1f1f1f}
.gcard{width:min(860px,92%);background:#fff;border-radius:28px;padding:36px 40px;display:flex;gap:40px}
.gcard h1{font:400 32px 'Roboto',sans-serif;margin:18px 0 12px;color:#1f1f1f}
.gchip{display:inline-flex;align-items:center;gap:8px;border:1px solid #747775;border-radius:16px;padding:3px 12px 3px 4px;font-size:14px}
.gchip i{width:22px;height:22px;border-radius:50%;background:#8e24aa;display:block}
.gl li{padding:10px 0;border-bottom:1px solid #e0e0e0;list-style:none;font-size:14px;display:flex;gap:10px}
.gbtn{height:40px;padding:0 24px;border-radius:20px;display:inline-flex;align-items:center;font-weight:500;font-size:14px}
.gfoot{width:min(860px,92%);display:flex;gap:28px;font-size:12px;color:#444;margin-top:14px;padding:0 12px}
"""


def google_consent(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    g = "".join(
        f'<span style="color:{c}">{ch}</span>'
        for ch, c in zip(
            "Google", ("#4285f4", "#ea4335", "#fbbc05", "#4285f4", "#34a853", "#ea4335"), strict=True
        )
    )
    email = slug(ctx.person).replace("-", ".") + "@gmail.com"
    items = "".join(f"<li>{icon('user', 18)}<span>{esc(s)}</span></li>" for s in w.google_scopes)
    card = (
        f'<div class="gcard"><div style="flex:1"><div style="font:500 22px Roboto,sans-serif">{g}</div>'
        f'<div style="font-size:14px;margin-top:4px">{esc(W.GOOGLE_BRAND)}</div>'
        f"<h1>{ctx.t(rng.choice(w.google_intros))}</h1>"
        f'<span class="gchip"><i></i>{esc(email)}</span></div>'
        f'<div style="flex:1.1"><ul class="gl">{items}</ul><p style="font-size:13px;color:#444;margin:16px 0">{ctx.t(w.google_trust[0])}</p>'
        f'<div style="display:flex;justify-content:flex-end;gap:10px"><span class="gbtn" style="color:#0b57d0">{esc(W.GOOGLE_CANCEL)}</span>'
        f'<span class="gbtn" style="background:#0b57d0;color:#fff">{esc(W.GOOGLE_CONTINUE)}</span></div></div></div>'
    )
    foot = "".join(f"<span>{esc(x)}</span>" for x in W.GOOGLE_FOOTER)
    page = f'<div class="gpage">{card}<div class="gfoot">{foot}</div></div>'
    if ctx.browser or rng.random() < 0.6:
        page = browser_frame(
            ctx,
            page,
            url="accounts.google.com/o/oauth2/v2/auth?client_id=8841",
            title="Sign in – Google Accounts",
            fav="#4285f4",
            rng=rng,
            dark=False,
        )
    return document(ctx, page, extra_css=GOOGLE_CSS, title="Google")


# ---------------------------------------------------------------- result


def connected_line(ctx: Ctx, rng: random.Random) -> str:
    return ctx.t(rng.choice(ctx.w.connected_as))


def import_table(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    h = w.import_headers
    rows = "".join(
        f'<tr><td><div class="who"><span style="width:44px;height:30px;border-radius:5px;flex:none;'
        f'background:linear-gradient(135deg,{rng.choice(("#f472b6", "#60a5fa", "#fbbf24", "#34d399"))},{rng.choice(("#7c3aed", "#0f172a", "#ea580c"))})"></span>'
        f"<b>{esc(c)}</b></div></td><td>{rng.randint(2, 980)}.{rng.randint(0, 9)}k</td><td class='muted'>{rng.randint(1, 28)} Sep</td></tr>"
        for c in rng.sample(w.captions, 4)
    )
    return (
        f'<div class="card" style="overflow:hidden"><div style="padding:14px 16px;display:flex;gap:10px;align-items:center">{tt_icon(22)}'
        f'<b>TikTok</b><span class="badge ok" style="margin-left:auto">{esc(w.sync_status[0])}</span></div>'
        f'<table class="rows"><tr><th>{esc(h[0])}</th><th>{esc(h[1])}</th><th>{esc(h[2])}</th></tr>{rows}</table></div>'
    )


def result_toast(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    content = settings_wrap(ctx, integrations_content(ctx, rng, tiktok=True, state="done"))
    root = shell(ctx, rng, content, active=w.settings_label, crumbs=(w.settings_label, w.integrations_label))
    pos = rng.choice(
        ("top:74px;right:28px", "bottom:28px;right:28px", "bottom:28px;left:50%;transform:translateX(-50%)")
    )
    toast = (
        f'<div class="toast key" style="{pos}"><span class="okc">{icon("check", 15, 3)}</span><div>'
        f'<b>{ctx.t(rng.choice(w.toasts))}</b><div class="small" style="opacity:.75">{connected_line(ctx, rng)}</div></div>'
        f'<span style="margin-left:auto;opacity:.6">{icon("x", 14)}</span></div>'
    )
    return app_document(
        ctx, rng, root + toast, path="settings/integrations?connected=tiktok", title=w.integrations_label
    )


def result_page(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    labels = w.result_stats
    stats = "".join(
        f'<div class="card kpi" style="min-width:170px;text-align:left"><div class="muted small">{esc(lab)}</div><div class="v">{v}</div></div>'
        for lab, v in zip(
            labels,
            (
                str(rng.randint(12, 480)),
                f"{rng.randint(1, 250)}.{rng.randint(0, 9)}k",
                rng.choice(("just now", "2 min ago", "10:42")),
            ),
            strict=True,
        )
    )
    block = (
        f'<div class="center" style="gap:14px;padding-top:6vh"><div class="bigok">{icon("check", 32, 3)}</div>'
        f'<h1 class="key">{ctx.t(rng.choice(w.success_headings))}</h1><p class="muted key">{ctx.t(rng.choice(w.success_bodies))}</p>'
        f'<div style="display:flex;gap:8px;align-items:center" class="muted">{tt_icon(20)}{connected_line(ctx, rng)}</div>'
        f'<div style="display:flex;gap:14px;margin:14px 0">{stats}</div>{primary(ctx, rng.choice(w.result_ctas), key=False)}</div>'
    )
    root = shell(
        ctx, rng, block, active=w.settings_label, crumbs=(w.settings_label, w.integrations_label, "TikTok")
    )
    return app_document(ctx, rng, root, path="settings/integrations/tiktok/done", title="TikTok")


def result_banner(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    banner = (
        f'<div class="banner key">{icon("check", 18, 3)}<b>{ctx.t(rng.choice(w.success_headings))}</b>'
        f'<span>{ctx.t(rng.choice(w.success_bodies))}</span><span style="margin-left:auto;text-decoration:underline;white-space:nowrap">'
        f"{esc(w.banner_links[0])}</span></div>"
    )
    content = dashboard_content(ctx, rng, banner=banner, table=import_table(ctx, rng))
    root = shell(ctx, rng, content, active=ctx.nav[0], crumbs=(ctx.workspace, ctx.nav[0]))
    return app_document(ctx, rng, root, path="home?tiktok=connected", title=ctx.nav[0])


def result_modal(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    modal = (
        f'<div class="modal center" style="width:min(460px,90%);padding:34px 32px;gap:14px">'
        f'<div style="position:relative">{tt_icon(56)}<span style="position:absolute;right:-8px;bottom:-8px" class="okc">'
        f'<span class="bigok" style="width:26px;height:26px;background:#22c55e;color:#fff">{icon("check", 14, 3)}</span></span></div>'
        f'<h2 class="key">{ctx.t(rng.choice(w.success_headings))}</h2><p class="muted key">{ctx.t(rng.choice(w.success_bodies))}</p>'
        f'<span class="badge">{connected_line(ctx, rng)}</span>'
        f'<div style="margin-top:8px">{primary(ctx, rng.choice(w.result_ctas), key=False)}</div></div>'
    )
    back = shell(ctx, rng, dashboard_content(ctx, rng), active=ctx.nav[0], crumbs=(ctx.workspace, ctx.nav[0]))
    return app_document(ctx, rng, back + f'<div class="scrim">{modal}</div>', path="home", title=ctx.nav[0])


RESULT_LAYOUTS = {"toast": result_toast, "page": result_page, "banner": result_banner, "modal": result_modal}


def result(ctx: Ctx, rng: random.Random) -> str:
    return RESULT_LAYOUTS[ctx.layouts["result"]](ctx, rng)


# ---------------------------------------------------------------- extras


def dashboard(ctx: Ctx, rng: random.Random) -> str:
    root = shell(ctx, rng, dashboard_content(ctx, rng), active=ctx.nav[0], crumbs=(ctx.workspace, ctx.nav[0]))
    return app_document(ctx, rng, root, path="home", title=ctx.nav[0])


def report_page(ctx: Ctx, rng: random.Random) -> str:
    """A second kind of app page after the flow: a report list with no word about TikTok."""
    w = ctx.w
    head = f'<div class="pagehead"><div><h1>{esc(ctx.nav[1])}</h1></div><div class="right">{primary(ctx, w.top_actions[0], key=False)}</div></div>'
    content = (
        head
        + f'<div class="card" style="padding:18px;margin-bottom:16px">{chart(ctx, rng)}</div>'
        + data_table(ctx, rng)
    )
    root = shell(ctx, rng, content, active=ctx.nav[1], crumbs=(ctx.workspace, ctx.nav[1]), actions=False)
    return app_document(ctx, rng, root, path=slug(ctx.nav[1]), title=ctx.nav[1])


def signin(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    sso = "".join(
        f'<span class="btn neutral wide">{esc(s)}</span>'
        for s in rng.sample(w.sso_buttons, rng.choice((1, 2)))
    )
    form = (
        f'<div style="width:380px;display:flex;flex-direction:column;gap:14px">{app_mark(ctx.app, 40)}'
        f"<h1>{ctx.t(rng.choice(w.signin_headings))}</h1><p class='muted' style='margin-top:-6px'>{ctx.t(rng.choice(w.signin_subtitles))}</p>"
        f'{sso}<div class="divider">or</div>'
        f'<div class="field"><label>{esc(w.email_labels[0])}</label><div class="input">{esc(slug(ctx.person).replace("-", "."))}@{esc(ctx.app.domain)}</div></div>'
        f'<div class="field"><label>{esc(w.password_labels[0])}</label><div class="input">••••••••••</div></div>'
        f'<div class="small" style="text-align:right;color:var(--brand-text)">{esc(w.forgot_links[0])}</div>'
        f'<span class="btn filled wide">{esc(w.signin_buttons[0])}</span>'
        f'<p class="small muted" style="text-align:center">{esc(w.no_account[0])}</p></div>'
    )
    if ctx.narrow or rng.random() < 0.4:
        body = f'<div class="app" style="align-items:center;justify-content:center;background:var(--bg)"><div class="card" style="padding:40px">{form}</div></div>'
    else:
        ink = ctx.look.brand_ink
        quote = (
            f'<div style="width:46%;background:linear-gradient(160deg,{ctx.look.brand},{mix(ctx.look.brand, "#000000", 0.4)});color:{ink};'
            f'padding:8vh 5vw;display:flex;flex-direction:column;justify-content:flex-end;gap:18px">'
            f'<p style="font-size:calc(var(--fs)*1.6);font-family:var(--head);line-height:1.35">{ctx.t(rng.choice(w.quotes))}</p>'
            f'<div style="opacity:.8">{esc(rng.choice(w.people))} · {esc(rng.choice(w.workspaces))}</div></div>'
        )
        body = f'<div class="app" style="background:var(--surface)">{quote}<div style="flex:1;display:grid;place-items:center">{form}</div></div>'
    return app_document(ctx, rng, body, path="login", title=w.signin_buttons[0])


def pricing(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    pop = rng.randint(1, 2)
    cards = ""
    for i, p in enumerate(w.plans):
        feats = "".join(
            f'<li style="display:flex;gap:8px;padding:5px 0">{icon("check", 16, 2.5, "var(--brand-text)")}{esc(f)}</li>'
            for f in p.features
        )
        hl = "border:2px solid var(--brand);" if i == pop else ""
        badge = (
            f'<span class="badge" style="background:var(--brand-soft);color:var(--brand-text)">{esc(w.popular[0])}</span>'
            if i == pop
            else ""
        )
        btn = f'<span class="btn {"filled" if i == pop else "neutral"} wide">{esc(w.pricing_cta[0])}</span>'
        cards += (
            f'<div class="card" style="{hl}padding:28px;display:flex;flex-direction:column;gap:14px"><div style="display:flex;align-items:center;gap:8px">'
            f'<h3>{esc(p.name)}</h3>{badge}</div><div><span style="font-size:36px;font-weight:800;font-family:var(--head)">{esc(p.price)}</span>'
            f'<span class="muted"> / mo</span></div><ul style="list-style:none">{feats}</ul><div style="margin-top:auto">{btn}</div></div>'
        )
    nav = "".join(f"<span>{esc(n)}</span>" for n in w.marketing_nav)
    t0, t1 = w.billing_toggle
    body = (
        f'<div class="app" style="flex-direction:column;background:var(--bg)">'
        f'<header style="display:flex;align-items:center;gap:28px;padding:18px 40px;border-bottom:1px solid var(--border);background:var(--surface)">'
        f'<div class="brandrow" style="padding:0">{app_mark(ctx.app)}<span>{esc(ctx.app.name)}</span></div>'
        f'<nav class="toplinks">{nav}</nav><span style="margin-left:auto">{esc(w.signin_buttons[0])}</span>'
        f"{primary(ctx, w.pricing_cta[0], key=False)}</header>"
        f'<div class="center" style="padding:5vh 40px 3vh;gap:12px"><h1 style="font-size:calc(var(--fs)*2.4)">{esc(rng.choice(w.pricing_headings))}</h1>'
        f'<p class="muted">{esc(w.pricing_subtitles[0])}</p><div style="display:inline-flex;border:1px solid var(--border);border-radius:999px;padding:3px;margin-top:6px">'
        f'<span class="btn filled sm" style="border-radius:999px">{esc(t0)}</span><span class="btn quiet sm">{esc(t1)}</span></div></div>'
        f'<div style="display:grid;grid-template-columns:repeat(3,minmax(0,330px));gap:22px;justify-content:center;padding:0 40px">{cards}</div></div>'
    )
    return app_document(ctx, rng, body, path="pricing", title=w.marketing_nav[1])


def onboarding(ctx: Ctx, rng: random.Random) -> str:
    w = ctx.w
    opts = "".join(
        f'<span class="chip" style="{"border-color:var(--brand);background:var(--brand-soft);color:var(--brand-text)" if i == 1 else ""}">{esc(o)}</span>'
        for i, o in enumerate(w.onboarding_options)
    )
    f0, f1, f2 = w.onboarding_fields
    step = esc(w.step_of[0].replace("{n}", "1").replace("{m}", "4"))
    card = (
        f'<div class="card" style="width:min(560px,92%);padding:36px;display:flex;flex-direction:column;gap:18px">'
        f'<div class="muted small">{step}</div><h1>{esc(rng.choice(w.onboarding_headings))}</h1>'
        f'<p class="muted" style="margin-top:-8px">{ctx.t(w.onboarding_subtitles[0])}</p>'
        f'<div class="field"><label>{esc(f0)}</label><div class="input" style="color:var(--text)">{esc(ctx.workspace)}</div></div>'
        f'<div class="field"><label>{esc(f1)}</label><div class="input" style="justify-content:space-between">{esc(w.select_placeholder)}{icon("down", 14)}</div></div>'
        f'<div class="field"><label>{esc(f2)}</label><div class="chips">{opts}</div></div>'
        f'<div style="display:flex;align-items:center;gap:12px;margin-top:8px"><span class="btn quiet">{esc(w.onboarding_skip[0])}</span>'
        f'<span style="flex:1"></span>{primary(ctx, w.onboarding_buttons[0], key=False)}</div></div>'
    )
    body = f'<div class="app" style="flex-direction:column">{bare_top(ctx, rng)}<div style="flex:1;display:grid;place-items:center">{card}</div></div>'
    return app_document(ctx, rng, body, path="welcome", title=w.onboarding_headings[0])
