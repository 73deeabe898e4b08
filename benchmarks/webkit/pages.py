"""HTML of each screen kind: app pages in the submission's look, and TikTok's authorization page."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from benchmarks.webkit.looks import (
    BASE_CSS,
    CHROME_DARK,
    CHROME_LIGHT,
    LOOK_CSS,
    Device,
    browser_chrome,
    document,
    esc,
    status_bar,
    theme_vars,
    webview_bar,
)

SVC_COLORS = [
    "#ff0033",
    "#c13584",
    "#1db954",
    "#1a73e8",
    "#0061ff",
    "#9146ff",
    "#e60023",
    "#1ab7ea",
    "#f7c500",
    "#ff5500",
    "#0078d4",
    "#0061d5",
    "#ff4500",
    "#ff0084",
]


@dataclass
class Ctx:
    W: dict
    rng: random.Random
    app: str
    accent: str
    look: str
    dark: bool
    device: Device
    fonts: tuple[str, str]
    chrome: str  # mac | win | none (desktop app screens)
    user: str
    domain: str
    tagline: str
    services: list[str] = field(default_factory=list)

    def p(self, key: str) -> str:
        return self.rng.choice(self.W[key])

    def f(self, s: str) -> str:
        return s.format(app=self.app, user=self.user)


def _css(c: Ctx) -> str:
    body, head = c.fonts
    return (
        theme_vars(c.look, c.dark, c.accent)
        + (CHROME_DARK if c.dark else CHROME_LIGHT)
        + ":root{--font:"
        + body
        + ";--hfont:"
        + head
        + "}"
        + BASE_CSS
        + LOOK_CSS[c.look]
    )


def frame(c: Ctx, app_html: str, path: str, title: str, *, tiktok: bool = False) -> str:
    kind = c.device.kind
    url = path if tiktok else f"{c.domain}/{path}"
    parts = []
    if kind == "desktop":
        if c.chrome != "none" or tiktok:
            others = [c.app] if tiktok else []
            parts.append(browser_chrome(title, url, others, c.chrome != "win"))
    else:
        parts.append(status_bar(c.rng.choice(["9:41", "10:08", "14:27", "8:15"])))
        if tiktok:
            parts.append(webview_bar(url.split("/")[0]))
    parts.append(f'<div class="app">{app_html}</div>')
    css = _css(c)
    if tiktok:
        css += TT_CSS
    return document(css, kind, "".join(parts))


# ---------------------------------------------------------------- app furniture


def topbar(c: Ctx, active: int = 0) -> str:
    if c.device.kind == "phone":
        return (
            f'<div class="topbar"><div class="logo"><i></i>{esc(c.app)}</div><div class="sp"></div>'
            f'<span style="font-size:22px">&#9776;</span></div>'
        )
    links = "".join(f"<a>{esc(n)}</a>" for n in c.W["nav"][:4])
    return (
        f'<div class="topbar"><div class="logo"><i></i>{esc(c.app)}</div>{links}<div class="sp"></div>'
        f'<div class="avatar">{esc(c.user[0])}</div></div>'
    )


def sidebar(c: Ctx, on: str) -> str:
    items = "".join(f'<div class="{"on" if n == on else ""}">{esc(n)}</div>' for n in c.W["nav"])
    return f'<div class="side">{items}</div>'


def footer(c: Ctx) -> str:
    links = "".join(f"<span>{esc(x)}</span>" for x in c.W["footer"][:4])
    return f'<div class="footer"><span>&#169; 2024 {esc(c.app)}. {esc(c.W["copyright"])}</span><div class="sp"></div>{links}</div>'


def cookie(c: Ctx) -> str:
    return (
        f'<div class="cookie"><span>{esc(c.p("cookie"))}</span><div class="sp"></div>'
        f'<span class="btn btn-sm btn-ghost" style="color:inherit">{esc(c.p("cookie_no"))}</span>'
        f'<span class="btn btn-sm btn-primary">{esc(c.p("cookie_yes"))}</span></div>'
    )


def stepper(c: Ctx, n: int) -> str:
    m = len(c.W["steps"])
    lbl = c.W["stepper"].format(n=n, m=m)
    if c.device.kind == "phone":
        return f'<div class="stepper"><span class="lbl">{esc(lbl)}</span></div>'
    dots = '<span class="bar"></span>'.join(
        f'<span class="dot {"on" if i + 1 <= n else ""}">{i + 1}</span><span>{esc(s)}</span>'
        for i, s in enumerate(c.W["steps"])
    )
    return f'<div class="stepper"><span class="lbl">{esc(lbl)}</span>{dots}</div>'


def tt_icon(size: int = 44) -> str:
    return f'<div class="ico tt" style="width:{size}px;height:{size}px">&#9834;</div>'


def svc_icon(name: str, color: str) -> str:
    return f'<div class="ico" style="background:{color}">{esc(name[0])}</div>'


def app_icon(c: Ctx, size: int = 44) -> str:
    return (
        f'<div class="ico" style="width:{size}px;height:{size}px;background:{c.accent};'
        f'font-family:var(--hfont)">{esc(c.app[0])}</div>'
    )


def shell(c: Ctx, inner: str, *, side: str | None = None, foot: bool = False, extra: str = "") -> str:
    body = (
        sidebar(c, side) if side and c.device.kind == "desktop" else ""
    ) + f'<div class="main">{inner}</div>'
    return topbar(c) + f'<div class="body">{body}</div>' + (footer(c) if foot else "") + extra


# ---------------------------------------------------------------- connect page


def connect_page(c: Ctx, o: dict) -> tuple[str, str, str]:
    saved, c.rng = c.rng, random.Random(o["seed"])  # same page each time it is drawn (modal backdrop, toast)
    try:
        return _connect_page(c, o)
    finally:
        c.rng = saved


def _extra(c: Ctx, o: dict) -> str:
    """The cookie banner and, for the result drawn as this page, its toast: drawn last, so the
    page's other words come out as on the connect page itself. Every layout shows the toast."""
    extra = cookie(c) if o.get("cookie") else ""
    if o.get("toast"):
        extra += f'<div class="toast"><span style="color:var(--ok);font-family:DejaVu Sans">&#10004;</span>{esc(c.p("toast"))}</div>'
    return extra


def _connect_page(c: Ctx, o: dict) -> tuple[str, str, str]:
    layout = o["layout"]
    W = c.W
    tt_label = o.setdefault("tt_label", c.p("connect_tt"))
    btn = c.p("connect_btn")
    others = c.services[: o.setdefault("n_other", c.rng.randint(3, 5))]
    colors = SVC_COLORS[:]
    c.rng.shuffle(colors)
    connected_idx = o.get("connected_tiktok", False)
    if layout == "hero":
        if connected_idx:
            tt_label = W["connected_badge"]
        chips = "".join(f'<span class="btn btn-ghost btn-sm">{esc(s)}</span>' for s in others[:3])
        inner = (
            stepper(c, 2) + f'<div class="card" style="max-width:640px;margin:0 auto;text-align:center">'
            f'<div style="display:flex;justify-content:center;margin-bottom:14px">{tt_icon(64)}</div>'
            f'<h1>{esc(c.p("hero_h"))}</h1><p class="muted">{esc(c.p("connect_sub"))}</p>'
            f'<div class="btns" style="justify-content:center"><span class="btn btn-primary">'
            f'{esc(tt_label)}</span></div><p class="note" style="margin-top:24px">{esc(W["connect_h"][0])}</p>'
            f'<div class="btns" style="justify-content:center;flex-wrap:wrap;flex-direction:row;margin-top:8px">{chips}</div></div>'
        )
        inner = f'<div style="max-width:900px;margin:0 auto">{inner}</div>'
        return (
            shell(c, inner, foot=o.get("footer", False), extra=_extra(c, o)),
            "onboarding/connect",
            c.app,
        )
    # grid or list of services, TikTok at some position
    entries = []
    pos = o.setdefault("tt_pos", c.rng.randint(0, len(others)))
    for i, s in enumerate(others):
        entries.append((s, svc_icon(s, colors[i]), W["other_desc"][c.W["services"].index(s)], btn, False))
    tt_btn = W["connected_badge"] if connected_idx else tt_label
    entries.insert(pos, ("TikTok", tt_icon(), c.p("tt_card_desc"), tt_btn, True))
    if layout == "grid":
        cards = ""
        for name, ico, desc, b, is_tt in entries:
            if is_tt and connected_idx:
                ctl = f'<span class="badge">{esc(b)}</span>'
            else:
                ctl = f'<span class="btn {"btn-primary" if is_tt else "btn-ghost"} btn-sm">{esc(b)}</span>'
            cards += (
                f'<div class="card svc {"hl" if is_tt and not connected_idx else ""}"><div class="row">{ico}<div><b>{esc(name)}</b>'
                f'<div class="small muted">{esc(desc)}</div></div></div><div>{ctl}</div></div>'
            )
        g = "g4" if c.device.kind == "desktop" and len(entries) > 5 and not o.get("side") else ""
        inner = f'<h1>{esc(o.setdefault("heading", c.p("connect_h")))}</h1><p class="muted">{esc(c.p("connect_sub"))}</p><div class="grid {g}">{cards}</div>'
    else:
        rows = ""
        for name, ico, desc, b, is_tt in entries:
            if is_tt and connected_idx:
                ctl = f'<span class="badge">{esc(b)}</span>'
            else:
                ctl = f'<span class="btn {"btn-primary" if is_tt else "btn-ghost"} btn-sm">{esc(b)}</span>'
            rows += (
                f'<div class="item">{ico}<div class="grow"><b>{esc(name)}</b><div class="small muted">'
                f"{esc(desc)}</div></div>{ctl}</div>"
            )
        inner = (
            f'<h1>{esc(o.setdefault("heading", c.p("connect_h")))}</h1><p class="muted">{esc(c.p("connect_sub"))}</p>'
            f'<div class="card list" style="margin-top:20px;padding-top:6px;padding-bottom:6px;max-width:860px">{rows}</div>'
        )
    return (
        shell(
            c,
            inner,
            side=W["nav"][-1] if o.get("side") else None,
            foot=o.get("footer", False),
            extra=_extra(c, o),
        ),
        "settings/integrations",
        c.app,
    )


# ---------------------------------------------------------------- connecting screen


def connecting_body(c: Ctx, o: dict) -> str:
    W = c.W
    h = f'<h2 style="font-size:24px">{esc(c.p("cing_h"))}</h2>'
    pair = f'<div class="pair">{app_icon(c)}<span class="arrow">&#8644;</span>{tt_icon()}</div>'
    parts = [pair, h]
    if o["datalist"]:
        parts.append(f'<p class="muted">{esc(c.f(c.p("cing_intro")))}</p>')
        lines = []
        named = o["named"]
        if "all" in named:
            lines_html = f'<p style="margin-top:14px"><b>{esc(c.p("all_line"))}</b></p>'
            cats = c.rng.sample(W["all_cats"], k=c.rng.randint(3, 4))
            lines_html += '<ul class="checks">' + "".join(f"<li>{esc(x)}</li>" for x in cats) + "</ul>"
        else:
            for ds in named:
                lines += c.rng.sample(W["data"][ds], k=min(len(W["data"][ds]), c.rng.randint(1, 3)))
            lines_html = '<ul class="checks">' + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>"
        parts.append(f"<h3>{esc(c.p('data_h'))}</h3>{lines_html}")
    else:
        parts.append(f'<p class="muted">{esc(c.f(c.p("cing_nodata")))}</p>')
    if o["purpose"]:
        parts.append(f'<h3>{esc(c.p("purpose_h"))}</h3><p class="why">{esc(c.f(c.p("purpose")))}</p>')
    if o["ongoing"]:
        parts.append(f'<div class="ongoing">&#8635; {esc(c.f(c.p("ongoing")))}</div>')
    parts.append(f'<p class="note">{esc(c.p("fine"))}</p>')
    btns = []
    if o["back"]:
        btns.append(f'<span class="btn {c.rng.choice(["btn-ghost", "btn-link"])}">{esc(c.p("back"))}</span>')
    if o["proceed"]:
        btns.append(f'<span class="btn btn-primary">{esc(c.p("proceed"))}</span>')
    parts.append(f'<div class="btns end">{"".join(btns)}</div>')
    return "".join(parts)


def connecting_page(c: Ctx, o: dict, connect_o: dict) -> tuple[str, str, str]:
    layout = o["layout"]
    body = connecting_body(c, o)
    if layout in ("modal", "sheet"):
        bg, _, _ = connect_page(c, dict(connect_o, cookie=False, toast=False))
        cls = "card modal" if layout == "modal" else "card sheet"
        grab = '<div class="grab"></div>' if layout == "sheet" else ""
        return (
            bg + f'<div class="backdrop"></div><div class="{cls}">{grab}{body}</div>',
            "settings/integrations/tiktok",
            c.app,
        )
    if layout == "split" and c.device.kind == "desktop":
        left = (
            f'<div style="flex:1;background:var(--accent);color:var(--accentfg);padding:60px;display:flex;'
            f'flex-direction:column;justify-content:center"><div class="logo" style="font-size:26px;color:#fff">'
            f'<i style="background:#fff"></i>{esc(c.app)}</div><p style="margin-top:18px;font-size:20px;opacity:.9">'
            f"{esc(c.tagline)}</p></div>"
        )
        right = f'<div style="flex:1.2;padding:56px 64px;overflow:hidden">{stepper(c, 2)}{body}</div>'
        return f'<div class="body">{left}{right}</div>', "connect/tiktok", c.app
    step = stepper(c, 2) if o.get("stepper") else ""
    inner = f'<div style="max-width:640px;margin:0 auto">{step}<div class="card">{body}</div></div>'
    return shell(c, inner), "connect/tiktok", c.app


# ---------------------------------------------------------------- result screen


def result_page(c: Ctx, o: dict, connect_o: dict) -> tuple[str, str, str]:
    layout = o["layout"]
    W = c.W
    if layout == "toast":
        return connect_page(c, dict(connect_o, connected_tiktok=True, toast=True, cookie=False))
    n = [c.rng.randint(40, 900), c.rng.randint(200, 5000)]
    stats = (
        f'<div class="stats"><div class="stat"><span class="small muted">{esc(W["res_stats"][0])}</span><b>{n[0]:,}</b></div>'
        f'<div class="stat"><span class="small muted">{esc(W["res_stats"][1])}</span><b>{n[1]:,}</b></div>'
        f'<div class="stat"><span class="small muted">{esc(W["res_stats"][2])}</span><b>{esc(W["res_when"])}</b></div></div>'
    )
    head, body, btn = c.p("res_h"), c.f(c.p("res_body")), c.p("res_btn")
    if layout == "banner":
        bars = "".join(f'<span style="height:{c.rng.randint(15, 100)}%"></span>' for _ in range(16))
        inner = (
            f'<div class="alert"><span style="font-family:DejaVu Sans">&#10004;</span>{esc(head)}</div>'
            f'<h1>{esc(c.f(c.p("dash_hi")))}</h1><p class="muted">{esc(body)}</p>{stats}'
            f'<div class="card" style="margin-top:18px"><b>{esc(c.p("dash_chart"))}</b><div class="chart">{bars}</div></div>'
        )
        return shell(c, inner, side=W["nav"][0] if o.get("side") else None), "dashboard", c.app
    step = stepper(c, 4) if o.get("stepper") else ""
    inner = (
        f'<div style="max-width:620px;margin:0 auto">{step}<div class="card" style="text-align:center">'
        f'<div class="bigcheck">&#10003;</div><h1>{esc(head)}</h1><p class="muted">{esc(body)}</p>{stats}'
        f'<div class="btns" style="justify-content:center"><span class="btn btn-primary">{esc(btn)}</span></div></div></div>'
    )
    return (
        shell(c, inner, foot=o.get("footer", False), extra=cookie(c) if o.get("cookie") else ""),
        "connect/done",
        c.app,
    )


# ---------------------------------------------------------------- other app screens


def dashboard_page(c: Ctx, o: dict) -> tuple[str, str, str]:
    W = c.W
    stats = "".join(
        f'<div class="stat"><span class="small muted">{esc(s)}</span><b>{c.rng.randint(12, 98000):,}</b></div>'
        for s in c.rng.sample(W["dash_stats"], 3)
    )
    bars = "".join(f'<span style="height:{c.rng.randint(15, 100)}%"></span>' for _ in range(20))
    tasks = "".join(f'<div class="item"><div class="grow">{esc(t)}</div></div>' for t in W["dash_tasks"])
    inner = (
        f'<h1>{esc(c.f(c.p("dash_hi")))}</h1><p class="muted">{esc(c.p("dash_h"))}</p><div class="stats">{stats}</div>'
        f'<div class="card" style="margin-top:18px"><b>{esc(c.p("dash_chart"))}</b><div class="chart">{bars}</div></div>'
        f'<div class="card list" style="margin-top:18px;padding-top:4px;padding-bottom:4px">{tasks}</div>'
    )
    return shell(c, inner, side=W["nav"][0]), "home", c.app


def signin_page(c: Ctx, o: dict) -> tuple[str, str, str]:
    W = c.W
    inner = (
        f'<div class="center"><div class="card" style="width:400px;max-width:100%"><div class="logo" style="margin-bottom:16px">'
        f'<i></i>{esc(c.app)}</div><h2>{esc(c.f(c.p("signin_h")))}</h2><p class="muted small">{esc(c.tagline)}</p>'
        f'<div class="field"><label>{esc(W["email"])}</label><div>{esc(c.user.lower())}@example.com</div></div>'
        f'<div class="field"><label>{esc(W["password"])}</label><div>&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;</div></div>'
        f'<div class="btns" style="flex-direction:column;align-items:stretch"><span class="btn btn-primary">{esc(W["signin_btn"])}</span>'
        f'<span class="btn btn-link">{esc(W["forgot"])}</span></div><p class="note" style="text-align:center">{esc(W["no_account"])}</p></div></div>'
    )
    return (
        f'<div class="main">{inner}</div>' + (footer(c) if c.device.kind != "phone" else ""),
        "login",
        c.app,
    )


def pricing_page(c: Ctx, o: dict) -> tuple[str, str, str]:
    W = c.W
    cards = ""
    for i, t in enumerate(W["tiers"]):
        price = [0, 12, 39][i] + (c.rng.randint(0, 3) if i else 0)
        feats = "".join(f"<li>{esc(x)}</li>" for x in W["features"][: 2 + i])
        cls = "btn-primary" if i == 1 else "btn-ghost"
        cards += (
            f'<div class="card price"><h2>{esc(t)}</h2><b>${price}</b> <span class="muted">{esc(W["per"])}</span>'
            f'<ul class="checks">{feats}</ul><div class="btns"><span class="btn {cls}">{esc(W["choose"])}</span></div></div>'
        )
    inner = f'<h1 style="text-align:center">{esc(c.p("pricing_h"))}</h1><p class="muted" style="text-align:center">{esc(c.tagline)}</p><div class="grid">{cards}</div>'
    return shell(c, inner, foot=True), "pricing", c.app


# ---------------------------------------------------------------- TikTok's page

TT_CSS = """
.ttp{flex:1;background:#fff;color:#161823;font-family:'Inter','Roboto',sans-serif;display:flex;flex-direction:column;align-items:center;overflow:hidden}
.ttp.dk{background:#121212;color:#f1f1f2}
.ttp .hd{width:100%;display:flex;align-items:center;gap:8px;padding:14px 24px;font-weight:800;font-size:22px;border-bottom:1px solid rgba(128,128,128,.2)}
.ttp .box{width:460px;max-width:100%;padding:34px 26px;text-align:center}
.ttp h1{font-family:'Inter','Roboto',sans-serif;font-size:28px;font-weight:800;margin:8px 0 22px;color:inherit;text-transform:none;letter-spacing:0}
.ttp .mark{display:flex;justify-content:center;margin-bottom:6px}
.ttp .opt{display:flex;align-items:center;gap:14px;border:1px solid rgba(128,128,128,.3);padding:12px 16px;margin:10px 0;font-weight:600;font-size:15px;border-radius:4px;text-align:left}
.ttp .opt i{font-style:normal;width:22px;text-align:center;font-family:'DejaVu Sans',sans-serif}
.ttp .foot{margin-top:26px;font-size:14px;opacity:.8}
.ttp .perm{text-align:left;border-top:1px solid rgba(128,128,128,.25);margin-top:16px;padding-top:10px}
.ttp .perm div{padding:10px 0;font-size:15px;display:flex;gap:10px}
.ttp .perm div:before{content:'\\2713';color:#fe2c55;font-weight:800;font-family:'DejaVu Sans',sans-serif}
.ttp .acct{display:flex;align-items:center;gap:10px;justify-content:center;margin:8px 0 6px;font-size:14px;opacity:.85}
.ttp .row{display:flex;gap:12px;margin-top:24px}.ttp .row span{flex:1;padding:12px;border-radius:4px;font-weight:700}
.ttp .ok{background:#fe2c55;color:#fff}.ttp .no{background:rgba(128,128,128,.14)}
.ttp .legal{font-size:12px;opacity:.65;margin-top:16px}
"""


def tiktok_page(c: Ctx, o: dict, scopes: list[str]) -> tuple[str, str, str]:
    W = c.W
    dk = " dk" if o.get("dark") else ""
    head = '<div class="hd">' + tt_icon(30) + "TikTok</div>" if c.device.kind != "phone" else ""
    if o["state"] == "login":
        icons = ["&#9638;", "&#9786;"] + [esc(t.split()[-1][0]) for t in W["tt_login_opts"][2:]]
        opts = "".join(
            f'<div class="opt"><i>{i}</i>{esc(t)}</div>'
            for i, t in zip(icons, W["tt_login_opts"], strict=False)
        )
        mark = f'<div class="mark">{tt_icon(52)}</div>' if c.device.kind == "phone" else ""
        box = f'<div class="box">{mark}<h1>{esc(W["tt_login_h"])}</h1>{opts}<div class="foot">{esc(W["tt_login_foot"])}</div></div>'
        path = "www.tiktok.com/login?redirect_url=auth"
    else:
        perms = []
        for s in scopes:
            _, ds, kind = s.split(".")
            perms.append(W["tt_scope"][kind][ds])
        plist = "".join(f"<div>{esc(p)}</div>" for p in perms)
        box = (
            f'<div class="box" style="padding-top:26px"><div class="pair" style="justify-content:center">{app_icon(c, 56)}'
            f'<span class="arrow">&#8943;</span>{tt_icon(56)}</div>'
            f'<h1 style="font-size:22px">{esc(c.f(W["tt_consent"]))}</h1>'
            f'<div class="acct"><span class="avatar" style="background:#888">{esc(c.user[0])}</span>@{esc(c.user.lower())}.creates</div>'
            f'<div class="perm"><b>{esc(c.f(W["tt_perm_h"]))}</b>{plist}</div>'
            f'<div class="row"><span class="no">{esc(W["tt_cancel"])}</span><span class="ok">{esc(W["tt_ok"])}</span></div>'
            f'<div class="legal">{esc(W["tt_legal"])}</div></div>'
        )
        path = "www.tiktok.com/v2/auth/authorize/?client_key=" + o.setdefault(
            "key", "aw" + "".join(c.rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(14))
        )
    return f'<div class="ttp{dk}">{head}{box}</div>', path, "TikTok"
