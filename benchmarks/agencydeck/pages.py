"""HTML for the agency's screens: the client's web app (shell, connect, connecting, result, extras)
and TikTok's own authorization page. Pure functions of a Look, the copy pool and an rng."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from typing import Any

from benchmarks.agencydeck.pools import SCOPE_CATEGORY, TIKTOK_PERMISSION

ACCENTS = (
    "#4f46e5",
    "#0f766e",
    "#be123c",
    "#1d4ed8",
    "#7c3aed",
    "#c2410c",
    "#15803d",
    "#0e7490",
    "#a21caf",
    "#334155",
    "#b45309",
    "#0369a1",
)
BODY_FONTS = ("Inter", "Roboto", "Open Sans", "Lato", "Noto Sans", "Liberation Sans", "Carlito", "Cantarell")
HEAD_FONTS = ("Inter Display", "League Spartan", "Inter", "Roboto", "Lato", "Open Sans", "Quicksand")


@dataclass
class Look:
    """One submission's visual identity: every screen of the app shares it."""

    dark: bool
    accent: str
    font: str
    head: str
    radius: int
    button: str  # filled | outline-secondary | pill
    sidebar: str  # light | dark | accent
    density: str  # compact | comfortable
    platform: str  # desktop | tablet | phone
    width: int
    browser: bool  # desktop screens drawn inside a browser window
    tiktok_dark: bool


def e(text: str) -> str:
    return html.escape(text, quote=True)


def pick_look(rng: random.Random, platform: str, width: int) -> Look:
    font = rng.choice(BODY_FONTS)
    return Look(
        dark=rng.random() < 0.3,
        accent=rng.choice(ACCENTS),
        font=font,
        head=rng.choice([font, *HEAD_FONTS]),
        radius=rng.choice([4, 6, 8, 10, 12, 999]),
        button=rng.choice(["filled", "filled", "outline-secondary", "soft"]),
        sidebar=rng.choice(["light", "dark", "accent"]),
        density=rng.choice(["compact", "comfortable"]),
        platform=platform,
        width=width,
        browser=platform == "desktop" and rng.random() < 0.35,
        tiktok_dark=rng.random() < 0.2,
    )


def lighten(color: str, amount: float) -> str:
    rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


def css(look: Look) -> str:
    link = lighten(look.accent, 0.55) if look.dark else look.accent
    if look.dark:
        bg, surface, text, muted, border, strong = (
            "#0b1120",
            "#131b2e",
            "#e5e7eb",
            "#a3acbd",
            "#27314a",
            "#45506b",
        )
        ok_bg, ok_fg, dim = "#123524", "#86efac", "rgba(0,0,0,.62)"
    else:
        bg, surface, text, muted, border, strong = (
            "#f5f6f8",
            "#ffffff",
            "#111827",
            "#5b6474",
            "#e3e6eb",
            "#c5cad3",
        )
        ok_bg, ok_fg, dim = "#dcfce7", "#166534", "rgba(15,23,42,.5)"
    if look.sidebar == "dark" or (look.dark and look.sidebar == "light"):
        side_bg, side_text, side_on = (
            ("#0f172a" if not look.dark else "#0d1424"),
            "#e2e8f0",
            "rgba(255,255,255,.1)",
        )
    elif look.sidebar == "accent":
        side_bg, side_text, side_on = look.accent, "#ffffff", "rgba(255,255,255,.18)"
    else:
        side_bg, side_text, side_on = surface, text, "rgba(100,116,139,.14)"
    pad = "9px 16px" if look.density == "compact" else "11px 20px"
    size = 14 if look.platform != "phone" else 15
    return f"""
:root {{ --bg:{bg}; --surface:{surface}; --text:{text}; --muted:{muted}; --border:{border};
  --strong:{strong}; --accent:{look.accent}; --link:{link}; --radius:{look.radius}px; --ok-bg:{ok_bg}; --ok-fg:{ok_fg}; }}
* {{ box-sizing:border-box; }}
body {{ margin:0; font-family:'{look.font}', sans-serif; font-size:{size}px; background:var(--bg); color:var(--text);
  -webkit-font-smoothing:antialiased; }}
h1,h2,h3 {{ font-family:'{look.head}', '{look.font}', sans-serif; margin:0; letter-spacing:-.01em; }}
h1 {{ font-size:{26 if look.platform != "phone" else 22}px; line-height:1.2; }}
h2 {{ font-size:18px; }} h3 {{ font-size:15px; }}
p {{ margin:0; line-height:1.55; }}
.muted {{ color:var(--muted); }}
.browser {{ background:{"#1f2430" if look.dark else "#e8eaed"}; padding:8px 14px 8px; display:flex; align-items:center; gap:14px;
  border-bottom:1px solid var(--border); }}
.dots span {{ display:inline-block; width:11px; height:11px; border-radius:50%; margin-right:6px; }}
.url {{ flex:1; min-width:0; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; background:{"#111522" if look.dark else "#ffffff"}; color:{"#cbd5e1" if look.dark else "#3c4043"};
  border-radius:16px; padding:6px 14px; font-size:13px; font-family:'DejaVu Sans', sans-serif; }}
.app {{ display:flex; min-height:100vh; }}
.browser + .app {{ min-height:calc(100vh - 43px); }}
.side {{ width:{236 if look.width >= 1400 else 212}px; background:{side_bg}; color:{side_text}; padding:20px 14px; flex-shrink:0;
  border-right:1px solid var(--border); }}
.brand {{ display:flex; align-items:center; gap:10px; font-weight:700; font-size:17px; margin:0 6px 26px; }}
.mark {{ width:30px; height:30px; border-radius:8px; display:flex; align-items:center; justify-content:center;
  color:#fff; font-weight:700; font-size:15px; background:var(--accent); flex-shrink:0; }}
.side .mark {{ {"background:#ffffff; color:" + look.accent if look.sidebar == "accent" else ""} }}
.nav a {{ display:flex; align-items:center; gap:10px; padding:9px 10px; border-radius:8px; color:inherit;
  text-decoration:none; margin-bottom:2px; opacity:.88; }}
.nav a.on {{ background:{side_on}; opacity:1; font-weight:600; }}
.nav i {{ width:16px; height:16px; border-radius:4px; border:2px solid currentColor; opacity:.6; }}
.nav .sep {{ height:1px; background:currentColor; opacity:.15; margin:14px 6px; }}
main {{ flex:1; min-width:0; display:flex; flex-direction:column; }}
.top {{ height:60px; border-bottom:1px solid var(--border); display:flex; align-items:center; justify-content:space-between;
  padding:0 28px; background:var(--surface); gap:16px; }}
.crumbs {{ color:var(--muted); font-size:13px; white-space:nowrap; }} .crumbs b {{ color:var(--text); font-weight:600; }}
.tools {{ display:flex; align-items:center; gap:14px; }}
.search {{ border:1px solid var(--border); border-radius:8px; padding:7px 12px; width:220px; color:var(--muted); font-size:13px; }}
.avatar {{ width:32px; height:32px; border-radius:50%; background:var(--accent); color:#fff; display:flex; align-items:center;
  justify-content:center; font-size:12px; font-weight:700; flex-shrink:0; }}
.content {{ padding:{"30px 40px" if look.platform != "phone" else "20px 18px"}; flex:1; }}
.narrow {{ max-width:860px; }}
.head {{ display:flex; justify-content:space-between; align-items:flex-end; gap:20px; margin-bottom:22px; }}
.head p {{ color:var(--muted); margin-top:6px; max-width:680px; }}
.btn {{ display:inline-flex; align-items:center; justify-content:center; gap:8px; padding:{pad}; border-radius:var(--radius);
  font-weight:600; font-size:14px; white-space:nowrap; border:1px solid transparent; text-decoration:none; line-height:1.2; }}
.btn.primary {{ background:var(--accent); color:#fff; }}
.btn.secondary {{ background:{"transparent" if look.button != "soft" else "rgba(100,116,139,.14)"}; color:var(--text);
  border-color:{"var(--strong)" if look.button != "soft" else "transparent"}; }}
.btn.line {{ background:transparent; color:var(--link); border-color:var(--link); }}
.btn.sm {{ padding:6px 12px; font-size:13px; }}
.link {{ color:var(--link); text-decoration:none; font-weight:600; }}
.card {{ background:var(--surface); border:1px solid var(--border); border-radius:{min(look.radius + 4, 16)}px; padding:20px; }}
.grid {{ display:grid; grid-template-columns:repeat({4 if look.width >= 1500 else 3 if look.width >= 1000 else 2 if look.width >= 700 else 1},1fr); gap:16px; }}
.svc {{ display:flex; flex-direction:column; gap:10px; }}
.svc .row {{ display:flex; align-items:center; gap:12px; }}
.svc p {{ color:var(--muted); font-size:13px; min-height:40px; }}
.logo {{ width:40px; height:40px; border-radius:10px; display:flex; align-items:center; justify-content:center; color:#fff;
  font-weight:700; font-size:15px; flex-shrink:0; }}
.badge {{ font-size:12px; padding:3px 9px; border-radius:999px; font-weight:600; white-space:nowrap; }}
.badge.ok {{ background:var(--ok-bg); color:var(--ok-fg); }}
.badge.off {{ background:rgba(100,116,139,.15); color:var(--muted); }}
table {{ width:100%; border-collapse:collapse; }}
th, td {{ padding:12px 14px; border-bottom:1px solid var(--border); text-align:left; vertical-align:top; }}
th {{ font-size:12px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); font-weight:600; }}
.overlay {{ position:fixed; inset:0; background:{dim}; display:flex; align-items:center; justify-content:center; padding:20px; }}
.overlay.right {{ justify-content:flex-end; padding:0; align-items:stretch; }}
.modal {{ background:var(--surface); width:{660 if look.platform != "phone" else 380}px; max-width:100%; border-radius:14px;
  box-shadow:0 24px 60px rgba(0,0,0,.35); padding:28px; }}
.drawer {{ background:var(--surface); width:520px; max-width:100%; padding:30px; box-shadow:-12px 0 40px rgba(0,0,0,.3);
  display:flex; flex-direction:column; }}
.pair {{ display:flex; align-items:center; gap:10px; margin-bottom:18px; }}
.pair .arrow {{ color:var(--muted); font-size:18px; }}
.stack > * + * {{ margin-top:14px; }}
ul.data {{ margin:0; padding:0; list-style:none; }}
ul.data li {{ padding:9px 0 9px 28px; position:relative; border-bottom:1px dashed var(--border); line-height:1.45; }}
ul.data li:last-child {{ border-bottom:none; }}
ul.data li::before {{ content:""; position:absolute; left:4px; top:14px; width:10px; height:10px; border-radius:3px; background:var(--accent); }}
ul.data li span {{ color:var(--muted); }}
.chips {{ display:flex; flex-wrap:wrap; gap:8px; }}
.chip {{ border:1px solid var(--border); border-radius:999px; padding:6px 12px; font-size:13px; font-weight:600; white-space:nowrap; }}
.why {{ background:{"rgba(99,102,241,.12)" if look.dark else "#f3f4ff"}; border-left:4px solid var(--accent); padding:14px 16px;
  border-radius:8px; }}
.why h3 {{ margin-bottom:6px; }}
.note {{ font-size:13px; color:var(--muted); }}
.foot {{ font-size:12px; color:var(--muted); border-top:1px solid var(--border); padding-top:12px; }}
.actions {{ display:flex; gap:12px; align-items:center; justify-content:flex-end; margin-top:22px; flex-wrap:wrap; }}
.actions.split {{ justify-content:space-between; }}
.actions.stack-m {{ flex-direction:column-reverse; align-items:stretch; }}
.stepper {{ display:flex; gap:10px; align-items:center; margin-bottom:24px; flex-wrap:wrap; }}
.stepper .s {{ display:flex; align-items:center; gap:8px; color:var(--muted); font-size:13px; white-space:nowrap; }}
.stepper .n {{ width:24px; height:24px; border-radius:50%; border:2px solid var(--strong); display:flex; align-items:center;
  justify-content:center; font-size:12px; font-weight:700; }}
.stepper .s.on {{ color:var(--text); font-weight:600; }} .stepper .s.on .n {{ background:var(--accent); border-color:var(--accent); color:#fff; }}
.stepper .s.done .n {{ border-color:var(--link); color:var(--link); }}
.stepper .bar {{ width:34px; height:2px; background:var(--border); }}
.kpis {{ display:grid; grid-template-columns:repeat({4 if look.width >= 1000 else 2},1fr); gap:14px; margin-bottom:18px; }}
.kpi b {{ display:block; font-size:24px; margin:6px 0 2px; }}
.kpi small {{ color:var(--muted); }}
.chart {{ height:150px; display:flex; align-items:flex-end; gap:8px; padding-top:10px; }}
.chart div {{ flex:1; background:var(--accent); opacity:.75; border-radius:4px 4px 0 0; }}
.banner {{ display:flex; gap:14px; align-items:center; background:var(--ok-bg); color:var(--ok-fg); border-radius:10px;
  padding:14px 18px; margin-bottom:20px; }}
.banner p {{ color:inherit; opacity:.9; }}
.tick {{ width:34px; height:34px; border-radius:50%; background:#16a34a; color:#fff; display:flex; align-items:center;
  justify-content:center; font-size:18px; font-weight:700; flex-shrink:0; }}
.toast h3 {{ font-size:16px; }}
.toast {{ position:fixed; top:{"80px" if look.platform != "phone" else "70px"}; right:24px; left:{"auto" if look.platform != "phone" else "16px"};
  width:{"420px" if look.platform != "phone" else "auto"}; background:var(--surface); border:1px solid var(--border); border-radius:12px;
  box-shadow:0 16px 40px rgba(0,0,0,.22); padding:16px; display:flex; gap:12px; }}
.progress {{ height:8px; border-radius:99px; background:var(--border); overflow:hidden; }}
.progress div {{ height:100%; background:var(--accent); }}
.mtop {{ height:56px; display:flex; align-items:center; justify-content:space-between; padding:0 16px; background:var(--surface);
  border-bottom:1px solid var(--border); }}
.burger {{ width:22px; height:14px; border-top:2px solid var(--text); border-bottom:2px solid var(--text); position:relative; }}
.burger::after {{ content:""; position:absolute; left:0; right:0; top:4px; border-top:2px solid var(--text); }}
.two {{ display:grid; grid-template-columns:{"1.1fr 1fr" if look.width >= 1000 else "1fr"}; gap:28px; align-items:start; }}
.two > *, .grid > *, .kpis > * {{ min-width:0; }}
{"th, td { padding:9px 6px; font-size:13px; }" if look.platform == "phone" else ""}
.subnav a {{ display:block; padding:8px 12px; border-radius:8px; color:var(--muted); text-decoration:none; }}
.subnav a.on {{ background:rgba(100,116,139,.14); color:var(--text); font-weight:600; }}
.setrow {{ display:flex; align-items:center; gap:14px; padding:14px 0; border-bottom:1px solid var(--border); }}
.setrow .grow {{ flex:1; min-width:0; }}
.setrow .grow p {{ color:var(--muted); font-size:13px; }}
.field {{ border:1px solid var(--strong); border-radius:8px; padding:11px 12px; color:var(--muted); margin-top:6px; background:var(--surface); }}
label {{ font-size:13px; font-weight:600; }}
.option {{ border:2px solid var(--border); border-radius:12px; padding:16px; display:flex; gap:12px; align-items:center; }}
.option.sel {{ border-color:var(--accent); }}
.radio {{ width:18px; height:18px; border-radius:50%; border:2px solid var(--strong); flex-shrink:0; }}
.option.sel .radio {{ border:6px solid var(--accent); }}
.skel {{ height:10px; border-radius:5px; background:var(--border); margin:8px 0; }}
"""


# ---------------------------------------------------------------- logos


def tiktok_mark(size: int = 40, radius: int = 10) -> str:
    """TikTok's note glyph: a white note with cyan and red offsets on black."""
    note = (
        "M27 6c.6 3.9 3 6.3 6.8 6.6v5.1c-2.5 0-4.7-.8-6.8-2.2v10.3c0 5.2-4 9.2-9.2 9.2S8.6 31 8.6 "
        "25.8c0-5.4 4.5-9.5 10-9v5.3c-2.6-.6-4.9 1.1-4.9 3.7 0 2.2 1.7 3.9 3.9 3.9 2.3 0 4-1.6 "
        "4-4.2V6z"
    )
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 42 42" style="flex-shrink:0">'
        f'<rect width="42" height="42" rx="{radius * 42 // size}" fill="#000"/>'
        f'<path d="{note}" fill="#25f4ee" transform="translate(-1.3 -1.3)"/>'
        f'<path d="{note}" fill="#fe2c55" transform="translate(1.3 1.3)"/>'
        f'<path d="{note}" fill="#fff"/></svg>'
    )


def tiktok_wordmark(dark: bool, size: int = 22) -> str:
    color = "#fff" if dark else "#161823"
    return (
        f"<span style=\"display:inline-flex;align-items:center;gap:8px;font-family:'Inter',sans-serif;"
        f'font-weight:800;font-size:{size}px;color:{color};letter-spacing:-.02em">'
        f"{tiktok_mark(size + 8, 7)}TikTok</span>"
    )


def svc_logo(name: str, color: str, size: int = 40) -> str:
    if name == "TikTok":
        return tiktok_mark(size)
    letters = "".join(w[0] for w in name.replace("(", " ").split()[:2]).upper()[:2]
    return f'<div class="logo" style="background:{color};width:{size}px;height:{size}px">{e(letters)}</div>'


def app_mark(app: str) -> str:
    return f'<div class="mark">{e(app[0])}</div>'


# ---------------------------------------------------------------- app shell


@dataclass
class Ctx:
    """What a screen needs: the app, its copy pool and the submission's look."""

    app: str
    kind: str
    tagline: str
    pool: dict[str, Any]
    look: Look
    rng: random.Random
    handle: str
    person: str
    scopes: list[str]

    def fmt(self, text: str) -> str:
        domain = self.app.lower().replace(" ", "") + ".com"
        return text.format(
            app=self.app, handle=self.handle, person=self.person, domain=domain, n=1, client="", total=4
        )


def document(ctx: Ctx, body: str, url: str | None = None) -> str:
    look = ctx.look
    chrome = ""
    if look.browser:
        chrome = (
            '<div class="browser"><div class="dots"><span style="background:#ff5f57"></span>'
            '<span style="background:#febc2e"></span><span style="background:#28c840"></span></div>'
            f'<div class="url">{e(url or "app." + ctx.app.lower().replace(" ", "") + ".com")}</div></div>'
        )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{css(look)}</style></head>"
        f"<body>{chrome}{body}</body></html>"
    )


def shell(ctx: Ctx, inner: str, active: str, crumbs: list[str], overlay: str = "") -> str:
    """The client's app frame: sidebar + top bar on wide screens, a compact bar on phones."""
    pool, look = ctx.pool, ctx.look
    initials = "".join(w[0] for w in ctx.person.split())
    if look.platform == "phone" or look.width < 900:
        body = (
            f'<div class="app" style="flex-direction:column"><div class="mtop"><div class="burger"></div>'
            f'<div class="brand" style="margin:0">{app_mark(ctx.app)}{e(ctx.app)}</div>'
            f'<div class="avatar">{e(initials)}</div></div><div class="content">{inner}</div></div>{overlay}'
        )
        return body
    nav = pool["nav"]
    links = "".join(f'<a class="{"on" if n == active else ""}"><i></i>{e(n)}</a>' for n in nav)
    extra = "".join(f"<a><i></i>{e(n)}</a>" for n in pool["nav_extra"])
    crumb_html = (
        " / ".join(e(c) for c in crumbs[:-1]) + (" / " if len(crumbs) > 1 else "") + f"<b>{e(crumbs[-1])}</b>"
    )
    return (
        f'<div class="app"><aside class="side"><div class="brand">{app_mark(ctx.app)}{e(ctx.app)}</div>'
        f'<nav class="nav">{links}<div class="sep"></div>{extra}</nav></aside>'
        f'<main><div class="top"><div class="crumbs">{crumb_html}</div><div class="tools">'
        f'<div class="search">{e(pool["search"])}…</div><div class="avatar">{e(initials)}</div></div></div>'
        f'<div class="content">{inner}</div></main></div>{overlay}'
    )


def nav_name(ctx: Ctx, index: int) -> str:
    return ctx.pool["nav"][index]


# ---------------------------------------------------------------- connect


def services(ctx: Ctx, k: int) -> list[tuple[str, str, str]]:
    """k services with TikTok among them, at a random position."""
    others = ctx.rng.sample(ctx.pool["other_services"], k - 1)
    tiktok = ("TikTok", ctx.fmt(ctx.rng.choice(ctx.pool["tiktok_blurbs"])), "#000")
    others.insert(ctx.rng.randrange(k), tiktok)
    return others


def connect_body(ctx: Ctx, layout: str, tiktok_connected: bool = False) -> str:
    """Content of the connection page; with tiktok_connected it is the same page after success."""
    pool, rng = ctx.pool, ctx.rng
    heading = ctx.fmt(rng.choice(pool["connect_headings"]))
    intro = ctx.fmt(rng.choice(pool["connect_intros"]))
    btn_label = rng.choice(pool["connect_buttons"])
    svcs = services(ctx, rng.choice([5, 6, 7]) if ctx.look.width >= 1000 else 4)
    pre_connected = rng.choice([None, *[s[0] for s in svcs if s[0] != "TikTok"][:2]])

    def control(name: str) -> str:
        if (name == "TikTok" and tiktok_connected) or name == pre_connected:
            return f'<span class="badge ok">{e(pool["connected_badge"])}</span>'
        cls = "primary" if name == "TikTok" and rng.random() < 0.5 else "secondary"
        label = btn_label if rng.random() < 0.8 or name != "TikTok" else f"{btn_label} TikTok"
        return f'<a class="btn {cls} sm">{e(label)}</a>'

    head = f'<div class="head"><div><h1>{e(heading)}</h1><p>{e(intro)}</p></div></div>'
    if layout == "grid":
        cards = "".join(
            f'<div class="card svc"><div class="row">{svc_logo(n, c)}<h3>{e(n)}</h3></div><p>{e(d)}</p>'
            f"<div>{control(n)}</div></div>"
            for n, d, c in svcs
        )
        return head + f'<div class="grid">{cards}</div>'
    if layout == "table":
        cols = pool["connect_table_cols"]
        rows = ""
        for n, d, c in svcs:
            on = (n == "TikTok" and tiktok_connected) or n == pre_connected
            state = (
                f'<span class="badge ok">{e(pool["connected_badge"])}</span>'
                if on
                else f'<span class="badge off">{e(pool["not_connected"])}</span>'
            )
            when = "2 min ago" if on else "—"
            action = "" if on else control(n)
            rows += (
                f'<tr><td><div style="display:flex;gap:12px;align-items:center">{svc_logo(n, c, 32)}'
                f'<div><b>{e(n)}</b><div class="muted" style="font-size:13px">{e(d)}</div></div></div></td>'
                f'<td>{state}</td><td class="muted">{when}</td><td style="text-align:right">{action}</td></tr>'
            )
        th = "".join(f"<th>{e(c)}</th>" for c in cols)
        return head + f'<div class="card" style="padding:4px 8px"><table><tr>{th}</tr>{rows}</table></div>'
    if layout == "settings":
        sub = ["Profile", "Notifications", heading, "Security", "Billing"] if pool is not None else []
        if ctx.pool["breadcrumb_root"] == "Workspace":
            sub = ["General", "Members", heading, "Privacy", "Plan"]
        subnav = "".join(f'<a class="{"on" if s == heading else ""}">{e(s)}</a>' for s in sub)
        rows = "".join(
            f'<div class="setrow">{svc_logo(n, c, 36)}<div class="grow"><h3>{e(n)}</h3><p>{e(d)}</p></div>'
            f"{control(n)}</div>"
            for n, d, c in svcs
        )
        if ctx.look.width < 1000:
            return head + f'<div class="card">{rows}</div>'
        return (
            f'<div style="display:grid;grid-template-columns:200px 1fr;gap:32px"><nav class="subnav">{subnav}</nav>'
            f'<div>{head}<div class="card" style="padding:4px 20px">{rows}</div></div></div>'
        )
    # onboarding: a wizard's first step, the options as tiles
    title = ctx.fmt(rng.choice(pool["onboarding_titles"]))
    steps = stepper(ctx, 1)
    tiles = "".join(
        f'<div class="option {"sel" if n == "TikTok" else ""}"><div class="radio"></div>{svc_logo(n, c, 34)}'
        f'<div><h3>{e(n)}</h3><div class="muted" style="font-size:13px">{e(d)}</div></div></div>'
        for n, d, c in svcs[:4]
    )
    cols = 2 if ctx.look.width >= 900 else 1
    return (
        f'<div class="narrow" style="margin:0 auto">{steps}<h1>{e(title)}</h1>'
        f'<p class="muted" style="margin:8px 0 22px">{e(intro)}</p>'
        f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:14px">{tiles}</div>'
        f'<div class="actions"><a class="btn primary">{e(btn_label)}</a></div></div>'
    )


def stepper(ctx: Ctx, current: int) -> str:
    names = ctx.pool["stepper"]
    if ctx.look.width < 900:
        label = ctx.pool["step_of"].format(n=current, total=len(names))
        return f'<div class="stepper"><span class="badge off">{e(label)}</span><b>{e(names[current - 1])}</b></div>'
    parts = []
    for i, n in enumerate(names, 1):
        cls = "on" if i == current else "done" if i < current else ""
        mark = "✓" if i < current else str(i)
        parts.append(f'<div class="s {cls}"><div class="n">{mark}</div>{e(n)}</div>')
    label = ctx.pool["step_of"].format(n=current, total=len(names))
    return (
        f'<div class="stepper"><span class="badge off">{e(label)}</span>'
        + '<div class="bar"></div>'.join(parts)
        + "</div>"
    )


# ---------------------------------------------------------------- connecting


@dataclass
class Consent:
    """What the connecting screen says; each field None when the variant drops it."""

    heading: str
    intro: str
    items: list[dict[str, str]] | None
    breakdown: str | None
    purpose: str | None
    purpose_title: str
    frequency: str | None
    privacy: str | None
    footnote: str | None
    learn: str
    proceed: str | None
    back: str | None


# Purposes that only make sense for some products, recognised by their words.
PURPOSE_KINDS = (
    (("study", "research", "participant"), {"research"}),
    (("archive", "backup", "restore"), {"archive"}),
    (
        ("brand deal", "brands", "campaign", "sponsored", "deal", "media kit", "advertisers"),
        {"marketplace", "crm", "analytics"},
    ),
    (("schedule", "calendar", "planner", "post next"), {"scheduler", "analytics"}),
    (("benchmark", "insights tab", "scoring engine", "growth"), {"analytics", "marketplace", "scheduler"}),
    (
        ("clients", "client workspace", "agency", "account manager"),
        {"analytics", "crm", "scheduler", "marketplace"},
    ),
)


def fits(purpose: str, kind: str) -> bool:
    low = purpose.lower()
    return all(kind in kinds for words, kinds in PURPOSE_KINDS if any(w in low for w in words))


def build_consent(ctx: Ctx, broken: str, rng: random.Random) -> Consent:
    pool = ctx.pool
    disclosed = list(ctx.scopes)
    if broken == "undisclosed-scope":
        # Keep one data set, never activity alone: its items mention videos, which may read as posts.
        keep = [s for s in disclosed if SCOPE_CATEGORY[s] != "activity"]
        disclosed = (keep or disclosed)[:1]
    cats: list[str] = []
    for s in disclosed:
        c = SCOPE_CATEGORY[s]
        if c not in cats:
            cats.append(c)
    items: list[dict[str, str]] = []
    for c in cats:
        options = pool["items"][c]
        k = min(len(options), rng.randint(2, 4) if c in ("activity", "posts") else rng.randint(1, 2))
        items += rng.sample(options, k)
    breakdown = pool["all_breakdown"] if "all" in cats else None
    purposes = [p for p in pool["purposes"] if fits(p, ctx.kind)] or list(pool["purposes"])
    if broken == "no-data":
        items, breakdown = [], None
    ongoing = any(s.endswith(".ongoing") for s in ctx.scopes)
    freq = rng.choice(pool["ongoing_notes"] if ongoing else pool["single_notes"])
    if broken == "no-data":
        intro = rng.choice(pool["no_data_intro"])
    else:
        intro = rng.choice(pool["connecting_intros"])
    title = ctx.fmt(rng.choice(pool["purpose_titles"]))
    purpose = None if broken == "no-purpose" else ctx.fmt(rng.choice(purposes))
    if purpose and purpose.lower().startswith(title.lower()):
        title = next(
            t for t in map(ctx.fmt, pool["purpose_titles"]) if not purpose.lower().startswith(t.lower())
        )
    return Consent(
        heading=ctx.fmt(rng.choice(pool["connecting_headings"])),
        intro=ctx.fmt(intro),
        items=items or None,
        breakdown=breakdown,
        purpose=purpose,
        purpose_title=title,
        frequency=ctx.fmt(freq) if rng.random() < 0.7 or ongoing else None,
        privacy=ctx.fmt(rng.choice(pool["privacy_notes"]))
        if rng.random() < 0.7 or broken == "no-purpose"
        else None,
        footnote=ctx.fmt(rng.choice(pool["footnotes"])) if rng.random() < 0.4 else None,
        learn=rng.choice(pool["learn_more"]),
        proceed=None if broken == "no-proceed" else rng.choice(pool["proceed"]),
        back=None if broken == "no-back" else rng.choice(pool["back"]),
    )


def data_block(ctx: Ctx, c: Consent, mode: str) -> str:
    pool = ctx.pool
    if not c.items:
        return ""
    title = ctx.fmt(ctx.rng.choice(pool["data_titles"]))
    lead = ctx.fmt(ctx.rng.choice(pool["data_lead"]))
    extra = f'<p class="note" style="margin-top:8px">{e(c.breakdown)}</p>' if c.breakdown else ""
    if mode == "table":
        cols = pool["table_cols"] if c.purpose else pool["table_cols"][:2]
        th = "".join(f"<th>{e(x)}</th>" for x in cols)
        rows = ""
        for it in c.items:
            use = f'<td class="muted">{e(it["use"])}</td>' if c.purpose else ""
            rows += f'<tr><td><b>{e(it["name"])}</b></td><td class="muted">{e(it["what"])}</td>{use}</tr>'
        return f'<div><h2 style="margin-bottom:10px">{e(title)}</h2><div class="card" style="padding:2px 6px"><table><tr>{th}</tr>{rows}</table></div>{extra}</div>'
    if mode == "chips":
        chips = "".join(f'<span class="chip">{e(it["name"])}</span>' for it in c.items)
        return f'<div><h3 style="margin-bottom:10px">{e(title)}</h3><div class="chips">{chips}</div>{extra}</div>'
    if mode == "bullets":
        lis = "".join(f"<li><b>{e(it['name'])}</b></li>" for it in c.items)
    else:
        lis = "".join(f"<li><b>{e(it['name'])}</b> <span>· {e(it['what'])}</span></li>" for it in c.items)
    return f'<div><h3 style="margin-bottom:4px">{e(title)}</h3><p class="note">{e(lead)}</p><ul class="data">{lis}</ul>{extra}</div>'


def purpose_block(c: Consent, mode: str) -> str:
    if not c.purpose:
        return ""
    if mode == "box":
        return f'<div class="why"><h3>{e(c.purpose_title)}</h3><p>{e(c.purpose)}</p></div>'
    if mode == "column":
        return f'<p class="note">{e(c.purpose)}</p>'
    return f"<p>{e(c.purpose)}</p>"


def buttons(ctx: Ctx, c: Consent, align: str) -> str:
    look = ctx.look
    parts = []
    back_as_link = ctx.rng.random() < 0.25
    if c.back:
        if back_as_link:
            parts.append(f'<a class="link">{"← " if ctx.rng.random() < 0.5 else ""}{e(c.back)}</a>')
        else:
            parts.append(f'<a class="btn secondary">{e(c.back)}</a>')
    if not c.proceed:
        parts.append(f'<a class="link">{e(c.learn)}</a>')
    if c.proceed:
        cls = "line" if look.button == "outline-secondary" and ctx.rng.random() < 0.3 else "primary"
        parts.append(f'<a class="btn {cls}">{e(c.proceed)}</a>')
    cls = "actions"
    if look.platform == "phone":
        cls += " stack-m"
    elif align == "split" and len(parts) > 1:
        cls += " split"
    return f'<div class="{cls}">{"".join(parts)}</div>'


def connecting_inner(
    ctx: Ctx, c: Consent, data_mode: str, purpose_mode: str, align: str, pair: bool, columns: bool = False
) -> str:
    logos = ""
    if pair:
        logos = (
            f'<div class="pair">{app_mark(ctx.app).replace("mark", "mark", 1)}'
            f'<span class="arrow">⇄</span>{tiktok_mark(30, 8)}</div>'
        )
    learn = f' <a class="link">{e(c.learn)}</a>' if c.proceed and ctx.rng.random() < 0.5 else ""
    parts = [logos + f"<h1>{e(c.heading)}</h1>", f'<p class="muted">{e(c.intro)}</p>']
    block_d = data_block(ctx, c, data_mode)
    block_p = purpose_block(c, purpose_mode)
    if columns:
        left = [*parts, block_p]
        if c.frequency:
            left.append(f'<p class="note">{e(c.frequency)}</p>')
        if c.privacy:
            left.append(f'<p class="note">{e(c.privacy)}{learn}</p>')
        right = [block_d] + ([f'<p class="foot">{e(c.footnote)}</p>'] if c.footnote else [])
        return (
            f'<div class="two"><div class="stack">{"".join(x for x in left if x)}</div>'
            f'<div class="stack">{"".join(x for x in right if x)}</div></div>' + buttons(ctx, c, align)
        )
    if purpose_mode == "box" and ctx.rng.random() < 0.4:
        parts += [block_p, block_d]
    else:
        parts += [block_d, block_p]
    if c.frequency:
        parts.append(f'<p class="note">{e(c.frequency)}</p>')
    if c.privacy:
        parts.append(f'<p class="note">{e(c.privacy)}{learn}</p>')
    if c.footnote:
        parts.append(f'<p class="foot">{e(c.footnote)}</p>')
    return '<div class="stack">' + "".join(p for p in parts if p) + "</div>" + buttons(ctx, c, align)


# ---------------------------------------------------------------- result and others


def success_card(ctx: Ctx, headline: str, sub: str, cta: str) -> str:
    pct = ctx.rng.choice([12, 27, 41, 63, 88])
    return (
        f'<div class="card" style="max-width:560px;margin:40px auto;text-align:center;padding:40px 34px">'
        f'<div class="tick" style="margin:0 auto 18px;width:56px;height:56px;font-size:28px">✓</div>'
        f'<div class="pair" style="justify-content:center">{app_mark(ctx.app)}<span class="arrow">⇄</span>{tiktok_mark(30, 8)}</div>'
        f'<h1>{e(headline)}</h1><p class="muted" style="margin:10px 0 22px">{e(sub)}</p>'
        f'<div style="text-align:left;margin-bottom:24px"><div style="display:flex;justify-content:space-between;font-size:13px;margin-bottom:6px">'
        f'<span>{e(ctx.pool["sync_label"])}</span><span class="muted">{pct}%</span></div>'
        f'<div class="progress"><div style="width:{pct}%"></div></div></div>'
        f'<a class="btn primary">{e(cta)}</a></div>'
    )


def dashboard_body(ctx: Ctx, banner: str = "") -> str:
    pool, rng = ctx.pool, ctx.rng
    title = rng.choice(pool["dashboard_titles"])
    kpis = rng.sample(pool["kpis"], 4)
    cards = "".join(
        f'<div class="card kpi"><small>{e(a)}</small><b>{e(b)}</b><small>{e(c)}</small></div>'
        for a, b, c in kpis
    )
    bars = "".join(f'<div style="height:{rng.randint(20, 100)}%"></div>' for _ in range(16))
    th = "".join(f"<th>{e(h)}</th>" for h in pool["table_heads"])
    rows = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in pool["table_rows"])
    return (
        f'{banner}<div class="head"><div><h1>{e(title)}</h1></div></div><div class="kpis">{cards}</div>'
        f'<div class="two"><div class="card"><h3>{e(kpis[0][0])}</h3><div class="chart">{bars}</div></div>'
        f'<div class="card" style="padding:6px 8px"><table><tr>{th}</tr>{rows}</table></div></div>'
    )


def signin_page(ctx: Ctx) -> str:
    s = ctx.pool["signin"]
    wide = ctx.look.width >= 900
    form = (
        f'<div style="width:100%;max-width:380px"><div class="brand">{app_mark(ctx.app)}{e(ctx.app)}</div>'
        f"<h1>{e(ctx.fmt(s['title']))}</h1><p class='muted' style='margin:8px 0 24px'>{e(ctx.fmt(s['sub']))}</p>"
        f"<label>{e(s['email'])}</label><div class='field'>{e(ctx.person.split()[0].lower())}@{e(ctx.app.lower().replace(' ', ''))}.com</div>"
        f"<div style='height:14px'></div><label>{e(s['password'])}</label><div class='field'>••••••••••</div>"
        f"<a class='btn primary' style='width:100%;margin-top:22px'>{e(s['button'])}</a>"
        f"<a class='btn secondary' style='width:100%;margin-top:10px'>{e(s['alt'])}</a>"
        f"<p class='note' style='margin-top:18px;text-align:center'>{e(ctx.fmt(s['foot']))}</p></div>"
    )
    if not wide:
        return f'<div class="app" style="align-items:center;justify-content:center;padding:24px">{form}</div>'
    return (
        f'<div class="app"><div style="flex:1;display:flex;align-items:center;justify-content:center;padding:40px">{form}</div>'
        f'<div style="flex:1;background:var(--accent);color:#fff;display:flex;align-items:flex-end;padding:56px">'
        f'<h1 style="font-size:38px;max-width:460px">{e(ctx.tagline)}</h1></div></div>'
    )


def pricing_body(ctx: Ctx) -> str:
    p = ctx.pool["pricing"]
    cols = 3 if ctx.look.width >= 900 else 1
    cards = "".join(
        f'<div class="card" style="text-align:center;padding:28px"><h2>{e(n)}</h2><div style="font-size:34px;font-weight:700;margin:14px 0">{e(v)}</div>'
        f'<p class="muted">{e(d)}</p><a class="btn {"primary" if i == 1 else "secondary"}" style="margin-top:18px">{e(p["cta"])}</a></div>'
        for i, (n, v, d) in enumerate(p["plans"])
    )
    return (
        f'<div class="head"><div><h1>{e(p["title"])}</h1><p>{e(p["sub"])}</p></div></div>'
        f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:18px">{cards}</div>'
    )


def team_body(ctx: Ctx) -> str:
    t = ctx.pool["team"]
    th = "".join(f"<th>{e(c)}</th>" for c in t["cols"])
    rows = "".join(
        f'<tr><td><b>{e(p)}</b></td><td>{e(t["roles"][i % 4])}</td><td class="muted">{i + 1} days ago</td></tr>'
        for i, p in enumerate(ctx.pool["people"])
    )
    return (
        f'<div class="head"><div><h1>{e(t["title"])}</h1><p>{e(t["sub"])}</p></div><a class="btn primary">{e(t["cta"])}</a></div>'
        f'<div class="card" style="padding:4px 8px"><table><tr>{th}</tr>{rows}</table></div>'
    )


# ---------------------------------------------------------------- TikTok's page


def tiktok_css(dark: bool, phone: bool) -> str:
    bg, text, muted, line, btn2 = (
        ("#121212", "#ffffff", "#a8a8ad", "#2f2f33", "#2f2f33")
        if dark
        else ("#ffffff", "#161823", "#6b6c75", "#e3e3e4", "#f1f1f2")
    )
    return f"""
* {{ box-sizing:border-box; }}
body {{ margin:0; background:{bg}; color:{text}; font-family:'Inter','Roboto',sans-serif; font-size:15px; }}
.tbar {{ height:60px; display:flex; align-items:center; padding:0 24px; border-bottom:1px solid {line}; }}
.tcard {{ width:{"100%" if phone else "480px"}; margin:{"0" if phone else "40px auto"}; padding:{"24px 20px" if phone else "36px 40px"};
  {"" if phone else f"border:1px solid {line}; border-radius:8px;"} }}
.icons {{ display:flex; align-items:center; justify-content:center; gap:14px; margin-bottom:22px; }}
.dotsrow {{ color:{muted}; letter-spacing:4px; font-weight:700; }}
.appicon {{ width:56px; height:56px; border-radius:14px; display:flex; align-items:center; justify-content:center; color:#fff;
  font-weight:800; font-size:24px; }}
h1 {{ font-size:{"21px" if phone else "24px"}; text-align:center; margin:0 0 18px; line-height:1.3; font-weight:700; }}
.acct {{ display:flex; align-items:center; gap:10px; padding:12px 0; border-top:1px solid {line}; border-bottom:1px solid {line};
  margin-bottom:18px; font-size:14px; }}
.acct .av {{ width:34px; height:34px; border-radius:50%; background:#ffd6de; }}
.acct .sw {{ margin-left:auto; color:{muted}; font-weight:600; }}
.lead {{ font-weight:600; margin-bottom:12px; }}
.perm {{ display:flex; gap:12px; align-items:flex-start; padding:8px 0; line-height:1.4; }}
.perm .ck {{ color:#fe2c55; font-weight:800; }}
.fine {{ font-size:12.5px; color:{muted}; line-height:1.5; margin:18px 0 22px; }}
.tbtns {{ display:flex; gap:12px; }}
.tbtn {{ flex:1; height:46px; border-radius:4px; display:flex; align-items:center; justify-content:center; font-weight:700;
  font-size:15px; }}
.tbtn.red {{ background:#fe2c55; color:#fff; }} .tbtn.grey {{ background:{btn2}; color:{text}; }}
.opt {{ height:48px; border:1px solid {line}; border-radius:4px; display:flex; align-items:center; padding:0 14px; gap:14px;
  margin-bottom:12px; font-weight:600; font-size:15px; }}
.opt i {{ width:22px; height:22px; border-radius:5px; border:2px solid {text}; opacity:.8; }}
.sub {{ text-align:center; color:{muted}; font-size:14px; margin:-8px 0 24px; line-height:1.5; }}
.bottom {{ border-top:1px solid {line}; text-align:center; padding:18px; font-size:15px; margin-top:24px; }}
.bottom b {{ color:#fe2c55; }}
.browser {{ background:{"#1f1f1f" if dark else "#e8eaed"}; padding:8px 14px; display:flex; align-items:center; gap:14px; }}
.dots span {{ display:inline-block; width:11px; height:11px; border-radius:50%; margin-right:6px; }}
.url {{ flex:1; min-width:0; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; background:{"#2b2b2b" if dark else "#fff"}; color:{"#ddd" if dark else "#3c4043"}; border-radius:16px; padding:6px 14px;
  font-size:13px; font-family:'DejaVu Sans',sans-serif; }}
.murl {{ background:{"#1f1f1f" if dark else "#f1f3f4"}; padding:10px 14px; font-size:13px; text-align:center; color:{muted};
  font-family:'DejaVu Sans',sans-serif; }}
"""


def tiktok_page(ctx: Ctx, state: str, chrome: str, dark: bool) -> str:
    """TikTok's own login or consent page; chrome: desktop | phone | popup (a window over the app)."""
    a = ctx.pool["auth"]
    phone = chrome == "phone"
    key = "".join(ctx.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
    scope_q = ",".join(ctx.scopes)
    url = (
        f"https://www.tiktok.com/v2/auth/authorize/?client_key={key}&scope={scope_q}&response_type=code"
        if state == "consent"
        else "https://www.tiktok.com/login?redirect_url=%2Fv2%2Fauth%2Fauthorize%2F"
    )
    if state == "consent":
        perms = "".join(
            f'<div class="perm"><span class="ck">✓</span><span>{e(TIKTOK_PERMISSION[s])}</span></div>'
            for s in ctx.scopes
        )
        card = (
            f'<div class="tcard"><div class="icons"><div class="appicon" style="background:{ctx.look.accent}">{e(ctx.app[0])}</div>'
            f'<span class="dotsrow">···</span>{tiktok_mark(56, 14)}</div>'
            f"<h1>{e(ctx.fmt(a['consent_title']))}</h1>"
            f'<div class="acct"><div class="av"></div><span>{e(ctx.fmt(a["account"]))}</span><span class="sw">{e(a["switch"])}</span></div>'
            f'<div class="lead">{e(ctx.fmt(a["consent_lead"]))}</div>{perms}'
            f'<div class="fine">{e(ctx.fmt(a["fineprint"]))}</div>'
            f'<div class="tbtns"><div class="tbtn grey">{e(a["cancel"])}</div><div class="tbtn red">{e(a["confirm"])}</div></div></div>'
        )
    else:
        opts = "".join(
            f'<div class="opt"><i></i>{e(o)}</div>' for o in a["login_options"][: 5 if not phone else 4]
        )
        card = (
            f'<div class="tcard"><h1>{e(a["login_title"])}</h1><p class="sub">{e(ctx.fmt(a["login_sub"]))}</p>{opts}'
            f'<p class="fine" style="text-align:center">{e(a["login_terms"])}</p></div>'
            f'<div class="bottom">{e(a["login_foot"]).replace("Sign up", "<b>Sign up</b>")}</div>'
        )
    header = f'<div class="tbar">{tiktok_wordmark(dark)}</div>'
    style = tiktok_css(dark, phone)
    if phone:
        body = f'<div class="murl">🔒 tiktok.com</div>{header}{card}'
        return f"<!doctype html><html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"
    window = (
        '<div class="browser"><div class="dots"><span style="background:#ff5f57"></span><span style="background:#febc2e">'
        f'</span><span style="background:#28c840"></span></div><div class="url">{e(url)}</div></div>{header}{card}'
    )
    if chrome == "desktop":
        return f"<!doctype html><html><head><meta charset='utf-8'><style>{style}</style></head><body>{window}</body></html>"
    # popup: TikTok's window floating over the client's dimmed app
    behind = shell(ctx, dashboard_body(ctx), nav_name(ctx, 0), [ctx.pool["nav"][0]])
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{css(ctx.look)}</style></head><body>{behind}"
        f'<div class="overlay"><iframe style="width:620px;height:calc(100vh - 60px);border:0;border-radius:10px;'
        f'box-shadow:0 30px 80px rgba(0,0,0,.5);background:#fff" srcdoc="{e(f"<html><head><style>{style}</style></head><body>{window}</body></html>")}">'
        "</iframe></div></body></html>"
    )
