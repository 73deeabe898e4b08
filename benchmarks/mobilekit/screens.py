"""HTML builders for every screen kind of the mobilekit corpus.

Each builder takes the submission's `Ctx` and a per-screen `random.Random` and returns the
page and the strings the truth relies on ("needs"): generate.py checks each one shows in the
browser's visible text, so a clipped or covered Continue never ends up labelled as present.
"""

from __future__ import annotations

import html as _html
import random
from dataclasses import dataclass

from benchmarks.corpusgen.common import Device
from benchmarks.mobilekit import look as L
from benchmarks.mobilekit.words import App, DataSet, Pool, Split

Built = tuple[str, list[str]]

# TikTok's consent wording per scope (spec's scope table).
CONSENT = {
    "activity.single": "Export a copy of your activity data",
    "activity.ongoing": "Export copies of your activity data",
    "postsandprofile.single": "Export a copy of your posts and profile data",
    "postsandprofile.ongoing": "Export copies of your posts and profile data",
    "directmessages.single": "Export a copy of your direct message data",
    "directmessages.ongoing": "Export copies of your direct message data",
    "all.single": "Export a copy of your full user data archive",
    "all.ongoing": "Export copies of your full user data archive",
}


@dataclass(frozen=True)
class Disclosure:
    named: tuple[DataSet, ...]  # data sets the connecting screen names
    purpose: bool
    proceed: bool
    go_back: bool
    ongoing: bool  # some requested scope repeats: say so


@dataclass
class Ctx:
    split: Split
    pool: Pool
    app: App
    look: L.Look
    device: Device
    handle: str
    person: str
    consent_scopes: list[str]  # "activity.single", ... as TikTok's page lists them


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


SUB_DIV = '<div class="small muted">%s</div>'
SUB_DOT = '<span class="small muted"> · %s</span>'
SUB_PAREN = '<span class="muted">(%s)</span>'


def aside(text: str, template: str) -> str:
    """A data row's sub-line, or nothing when compact rows dropped it."""
    return template % esc(text) if text else ""


def fmt(s: str, c: Ctx) -> str:
    return s.replace("{app}", c.app.name)


def page(
    c: Ctx, inner: str, *, bg: str | None = None, light_text: bool | None = None, extra: str = ""
) -> str:
    lk = c.look
    on_dark = lk.dark if light_text is None else light_text
    home = '<div class="homeind"></div>' if c.device.platform == "ios" else ""
    return (
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        f"{L.css(lk, c.device)}{extra}</style></head><body>"
        f'<div class="app" style="{f"background:{bg};" if bg else ""}">'
        f"{L.status_bar(c.device, not on_dark)}{inner}{home}</div></body></html>"
    )


def header(c: Ctx, title: str = "", *, back: str | None = None, close: bool = False, right: str = "") -> str:
    lk = c.look
    col = lk.link
    left = ""
    if back is not None:
        left = f'<span class="chev btn" style="padding:0">{L.chevron(col)}{esc(back)}</span>'
    elif close:
        left = L.close_x(lk.fg)
    return (
        f'<div class="hdr"><div style="min-width:4.5rem">{left}</div><div class="title">{esc(title)}</div>'
        f'<div style="min-width:4.5rem;text-align:right" class="small muted">{right}</div></div>'
    )


def button(label: str, kind: str = "primary", extra: str = "") -> str:
    return f'<div class="btn {kind}" style="{extra}">{esc(label)}</div>'


def tabs(c: Ctx, rng: random.Random) -> str:
    names = rng.choice(c.pool.tabs)
    on = 0
    return (
        '<div class="tabs">'
        + "".join(
            f'<div class="{"on" if i == on else ""}"><i></i>{esc(n)}</div>' for i, n in enumerate(names)
        )
        + "</div>"
    )


def banner_overlay(c: Ctx, rng: random.Random) -> str:
    """An iOS / Android notification banner caught at the top of the screenshot."""
    text = rng.choice(c.pool.banners)
    return (
        '<div style="position:absolute;top:6px;left:8px;right:8px;background:rgba(245,245,247,0.97);'
        "color:#111;border-radius:18px;padding:10px 12px;display:flex;gap:10px;align-items:center;"
        'box-shadow:0 6px 20px #0003;z-index:5">'
        f"{L.app_icon('M', '#64748b', '#94a3b8', 2.1)}<div class='grow'><div style='font-weight:700;"
        f"font-size:13px'>Messages</div><div style='font-size:13px'>{esc(text)}</div></div>"
        "<div style='font-size:11px;color:#666'>now</div></div>"
    )


def service_icon(name: str) -> str:
    colors = {
        "Instagram": "#d62976",
        "YouTube": "#ff0000",
        "Spotify": "#1db954",
        "Strava": "#fc4c02",
        "Google Fit": "#4285f4",
        "Pinterest": "#e60023",
        "Facebook": "#1877f2",
        "Snapchat": "#f7d000",
        "SoundCloud": "#ff5500",
        "Fitbit": "#00b0b9",
        "Twitch": "#9146ff",
        "X": "#000000",
    }
    col = colors.get(name, "#64748b")
    return f'<div class="icon" style="background:{col}">{esc(name[0])}</div>'


# ---------------------------------------------------------------- connect


def connect(c: Ctx, rng: random.Random, *, tiktok: bool) -> Built:
    p, lk = c.pool, c.look
    cta = rng.choice(p.connect_ctas)
    others = rng.sample(p.other_services, 3)
    style = rng.choice(("list", "card", "banner", "onboarding", "settings"))
    blurb = fmt(rng.choice(p.connect_blurbs), c)
    needs: list[str] = []
    if style == "list":
        rows = [(s, "Connect") for s in others]
        if tiktok:
            rows.insert(rng.randint(0, 2), ("TikTok", cta if rng.random() < 0.4 else "Connect"))
        items = ""
        for name, label in rows:
            icon = L.tiktok_badge() if name == "TikTok" else service_icon(name)
            items += (
                f'<div class="item">{icon}<div class="grow"><b>{esc(name)}</b></div>'
                f"{button(label, 'secondary inline')}</div>"
            )
            if name == "TikTok":
                needs += ["TikTok", label]
        title = rng.choice(p.connect_titles)
        inner = (
            header(c, "", back="") + f'<div class="body"><h1>{esc(title)}</h1>'
            f'<p class="muted">{esc(blurb) if tiktok else "Choose a service to link."}</p>'
            f'<div class="card list">{items}</div></div>' + tabs(c, rng)
        )
    elif style == "card":
        name = "TikTok" if tiktok else others[0]
        label = cta if tiktok else f"Connect {name}"
        icon = L.tiktok_badge(3.4) if tiktok else service_icon(name)
        inner = (
            header(c, rng.choice(p.connect_titles), close=True)
            + f'<div class="body"><div class="card" style="text-align:center;padding:1.6rem 1.2rem;'
            f'display:flex;flex-direction:column;align-items:center;gap:0.8rem">{icon}'
            f"<h2>{esc(name)}</h2><p class='muted'>{esc(blurb) if tiktok else 'Bring your playlists over.'}</p>"
            f"{button(label, 'primary', 'width:100%')}</div>"
            f'<div class="card list">'
            + "".join(
                f'<div class="item">{service_icon(s)}<div class="grow">{esc(s)}</div>'
                f'<span class="muted small">Soon</span></div>'
                for s in others[1:]
            )
            + "</div></div>"
        )
        if tiktok:
            needs += [label]
    elif style == "banner":
        label = cta if tiktok else f"Connect {others[0]}"
        feed = "".join(
            f'<div class="card row"><div class="icon" style="background:{lk.accent}"></div>'
            f'<div class="grow"><b>{esc(t)}</b><div class="small muted">{esc(c.app.tagline)}</div></div></div>'
            for t in c.app.feed
        )
        inner = (
            f'<div class="hdr"><h2 style="flex:1">{esc(c.app.name)}</h2>{L.app_icon(c.person, lk.accent, lk.brand, 2)}</div>'
            f'<div class="body"><div style="border-radius:{lk.radius}px;padding:1.1rem;color:#fff;'
            f'background:linear-gradient(120deg,#111 0%,{lk.brand} 140%)" class="stack">'
            f'<div class="row">{L.tiktok_badge(2.2) if tiktok else service_icon(others[0])}'
            f"<b style='font-size:1.1rem'>{esc('New: ' + label)}</b></div>"
            f"<div class='small' style='opacity:.9'>{esc(blurb) if tiktok else 'Your mixes, everywhere.'}</div>"
            f"{button(label, 'inline', 'background:#fff;color:#111;align-self:flex-start')}</div>"
            f"{feed}</div>" + tabs(c, rng)
        )
        if tiktok:
            needs += [label]
    elif style == "onboarding":
        label = cta if tiktok else f"Connect {others[0]}"
        n = rng.choice((3, 4, 5))
        k = n - rng.choice((1, 2))
        dots = "".join(f'<i class="{"on" if i == k else ""}"></i>' for i in range(n))
        inner = (
            f'<div class="hdr"><span class="small muted">Step {k + 1} of {n}</span><div style="flex:1"></div>'
            f'<span class="btn text">Skip</span></div>'
            f'<div class="body" style="justify-content:center;text-align:center">'
            f"{L.illustration(rng, lk.brand, lk.accent)}<h1>{esc(rng.choice(p.onboarding_steps))}</h1>"
            f'<p class="muted">{esc(blurb) if tiktok else "Link a service to fill your feed."}</p>'
            f'<div class="dots">{dots}</div></div><div class="bar">'
            f"{button(label, 'primary')}"
            f"{button('I will do it later', 'text')}</div>"
        )
        if tiktok:
            needs += [label]
    else:  # settings list with a TikTok switch, off
        rows = [(s, rng.random() < 0.5) for s in others]
        if tiktok:
            rows.insert(rng.randint(0, 3), ("TikTok", False))
        items = "".join(
            f'<div class="item">{L.tiktok_badge(2) if n == "TikTok" else service_icon(n)}'
            f'<div class="grow">{esc(n)}<div class="tiny muted">{"Connected" if on else "Off"}</div></div>'
            f'<div class="toggle {"on" if on else ""}"></div></div>'
            for n, on in rows
        )
        title = rng.choice(p.settings_titles)
        inner = (
            header(c, title, back="Back" if rng.random() < 0.5 else "")
            + f'<div class="body"><div class="small muted" style="text-transform:uppercase;letter-spacing:.05em">'
            f'Connected accounts</div><div class="card list">{items}</div>'
            f'<p class="small muted">{esc(blurb) if tiktok else "Manage the services linked to your account."}</p>'
            "</div>"
        )
        if tiktok:
            needs += ["TikTok"]
    return page(c, inner), needs


# ---------------------------------------------------------------- connecting


def connecting(c: Ctx, rng: random.Random, d: Disclosure, *, comments: bool) -> Built:
    p, lk = c.pool, c.look
    # Once the type has been shrunk twice, drop decoration (hero, FAQ rows, sub-lines) rather
    # than shrinking text on a 1x phone past reading.
    compact = lk.base < 13.5
    needs: list[str] = []
    title = fmt(rng.choice(p.connecting_titles), c)
    lead = fmt(rng.choice(p.connecting_leads), c)
    needs.append(title)
    list_style = rng.choice(("toggles", "checks", "bullets", "cards", "chips"))
    purpose_style = rng.choice(("sentence", "bullets", "expander", "fine"))
    back_style = rng.choice(("button", "button", "header", "sheet"))
    proceed_style = rng.choice(("button", "button", "arrow"))
    go = rng.choice(p.go_back)
    go_label = "Back" if back_style == "header" and rng.random() < 0.3 else go
    proceed = rng.choice(p.proceed)

    hero = (
        '<div class="row" style="justify-content:center;gap:0.6rem;padding:0.4rem 0">'
        f"{L.app_icon(c.app.name, lk.brand, lk.accent, 3.2)}"
        f'<svg width="40" height="8"><g fill="{lk.muted}"><circle cx="6" cy="4" r="3"/>'
        '<circle cx="20" cy="4" r="3"/><circle cx="34" cy="4" r="3"/></g></svg>'
        f"{L.tiktok_badge(3.2)}</div>"
    )
    # The data list.
    block = ""
    if d.named:
        rows: list[tuple[str, str]] = []
        for ds in d.named:
            pool_items = p.items[ds]
            k = len(pool_items) if ds == "all" else rng.randint(min(2, len(pool_items)), len(pool_items))
            rows += list(pool_items[:1]) + rng.sample(pool_items[1:], max(0, k - 1))
        if comments and "activity" in d.named:
            rows.append(p.items["comments"][0])
        if compact:
            rows = [(a, "") for a, _ in rows]
        intro = fmt(rng.choice(p.data_intros), c)
        needs += [r[0] for r in rows]
        col = lk.link
        if list_style == "toggles":
            items = "".join(
                f'<div class="item"><div class="grow"><b>{esc(a)}</b>{aside(b, SUB_DIV)}'
                f'</div><div class="toggle on"></div></div>'
                for a, b in rows
            )
            lst = f'<div class="card list" style="padding:0.2rem 1rem">{items}</div>'
        elif list_style == "checks":
            items = "".join(
                f'<div class="item"><div class="check">{L.tick(L.readable_on(lk.brand))}</div>'
                f'<div class="grow"><b>{esc(a)}</b>{aside(b, SUB_DOT)}</div></div>'
                for a, b in rows
            )
            lst = f'<div class="list">{items}</div>'
        elif list_style == "bullets":
            items = "".join(
                f'<li style="margin:0.25rem 0">{esc(a)} {aside(b, SUB_PAREN)}</li>' for a, b in rows
            )
            lst = f'<div class="card"><ul style="padding-left:1.1rem">{items}</ul></div>'
        elif list_style == "cards":
            items = "".join(
                f'<div class="card row" style="padding:0.7rem 0.9rem"><div class="icon" style="width:1.9rem;'
                f'height:1.9rem;background:{col}22;color:{col}">{esc(a[0])}</div>'
                f'<div class="grow"><b>{esc(a)}</b>{aside(b, SUB_DIV)}</div></div>'
                for a, b in rows
            )
            lst = f'<div class="stack">{items}</div>'
        else:
            items = "".join(
                f'<span class="pill" style="background:{col}22;color:{col};font-size:0.85rem;'
                f'padding:0.35rem 0.75rem">{esc(a)}</span>'
                for a, _ in rows
            )
            lst = f'<div style="display:flex;flex-wrap:wrap;gap:0.45rem">{items}</div>'
        block = f"<h3>{esc(intro)}</h3>{lst}"
    else:
        block = f'<p class="muted">{esc(fmt(rng.choice(p.nolist_leads), c))}</p>'

    # Why the app asks.
    why = ""
    if d.purpose:
        purposes = list(c.app.purposes)
        head = fmt(rng.choice(p.why_heads), c)
        if purpose_style == "sentence":
            why = f"<p>{esc(purposes[0])}</p>"
            needs.append(purposes[0])
        elif purpose_style == "bullets":
            why = (
                f"<h3>{esc(head)}</h3><ul style='padding-left:1.1rem'>"
                + "".join(f"<li>{esc(x)}</li>" for x in purposes)
                + "</ul>"
            )
            needs += purposes
        elif purpose_style == "expander":
            why = (
                f'<div class="card"><div class="row"><b class="grow">{esc(head)}</b>'
                f'<span class="muted">&#8963;</span></div><p class="small" style="margin-top:0.4rem">'
                f"{esc(purposes[1])}</p></div>"
            )
            needs.append(purposes[1])
        else:
            why = f'<p class="small muted">{esc(purposes[0])}</p>'
            needs.append(purposes[0])
    sync = fmt(rng.choice(p.ongoing if d.ongoing else p.single), c)
    if d.ongoing:
        needs.append(sync)
    extras = ""
    if rng.random() < 0.4 and not compact:
        # Closed FAQ rows: questions only, none of them about why, so a closed row hides no purpose.
        qs = rng.sample(
            ("Can I disconnect later?", "Is my information safe?", "Will anything be published?"), 2
        )
        extras = (
            '<div class="card list" style="padding:0.1rem 1rem">'
            + "".join(
                f'<div class="item small"><span class="grow">{esc(q)}</span><span class="muted">+</span></div>'
                for q in qs
            )
            + "</div>"
        )
    fine = f'<p class="tiny muted">{esc(fmt(rng.choice(p.fine_print), c))}</p>'

    # Controls.
    hdr_back = d.go_back and back_style == "header"
    sheet_cancel = d.go_back and back_style == "sheet"
    if hdr_back:
        top = header(c, "", back=go_label)
    elif sheet_cancel:
        top = (
            f'<div class="hdr"><span class="btn text" style="padding:0">{esc(go_label)}</span>'
            f'<div class="title small">{esc(c.app.name)}</div><div style="min-width:3rem"></div></div>'
        )
    else:
        top = '<div style="height:0.6rem"></div>'
    if d.go_back:
        needs.append(go_label)
    actions: list[str] = []
    if d.proceed:
        needs.append(proceed)
        if proceed_style == "arrow":
            actions.append(
                f'<div class="row" style="justify-content:flex-end"><div class="btn primary" '
                f'style="border-radius:999px;padding:0.75rem 1.2rem">{esc(proceed)} &#8594;</div></div>'
            )
        else:
            full = "width:100%" if lk.button == "bottom-bar" else ""
            actions.append(button(proceed, "primary", full))
    if d.go_back and not (hdr_back or sheet_cancel):
        actions.append(button(go_label, "secondary" if rng.random() < 0.5 else "text"))
    bg = lk.bg
    head_html = f'<h1>{esc(title)}</h1><p class="muted">{esc(lead)}</p>'
    if lk.header == "gradient":
        head_html = (
            f'<div style="margin:-0.75rem -1.25rem 0;padding:1rem 1.25rem 1.3rem;color:#fff;'
            f'background:linear-gradient(160deg,{lk.brand},#000 160%)"><h1>{esc(title)}</h1>'
            f'<p style="opacity:.92">{esc(lead)}</p></div>'
        )
    inner = (
        top
        + f'<div class="body">{hero if lk.header != "gradient" and not compact else ""}{head_html}{block}{why}'
        f'<p class="small">{esc(sync)}</p>{extras}{fine}</div>'
        + (f'<div class="bar">{"".join(actions)}</div>' if actions else "")
    )
    return page(c, inner, bg=bg, light_text=lk.dark), needs


# ---------------------------------------------------------------- TikTok's own pages


def _browser_chrome(c: Ctx, dark: bool) -> str:
    fg = "#fff" if dark else "#111"
    bg = "#1c1c1e" if dark else "#f2f2f7"
    if c.device.platform == "ios":
        return (
            f'<div style="background:{bg};color:{fg};display:flex;align-items:center;padding:8px 14px;'
            f'font-size:15px;gap:10px"><b style="color:#0a84ff">Done</b><div style="flex:1;text-align:center">'
            f'<div style="font-size:13px;font-weight:600">&#128274; www.tiktok.com</div></div>'
            f'<span style="font-size:14px">aA</span></div>'
        )
    return (
        f'<div style="background:{bg};color:{fg};display:flex;align-items:center;padding:8px 12px;gap:12px">'
        f'{L.close_x(fg)}<div style="flex:1"><div style="font-size:14px;font-weight:600">TikTok</div>'
        '<div style="font-size:12px;opacity:.7">www.tiktok.com</div></div><span>&#8942;</span></div>'
    )


def _tt_page(c: Ctx, dark: bool, inner: str) -> str:
    bg, fg = ("#121212", "#ffffff") if dark else ("#ffffff", "#161823")
    status = L.status_bar(c.device, not dark)
    home = (
        f'<div style="position:absolute;bottom:8px;left:50%;transform:translateX(-50%);width:134px;'
        f'height:5px;border-radius:3px;background:{fg}"></div>'
        if c.device.platform == "ios"
        else ""
    )
    font = "'Inter','Roboto','Noto Sans',sans-serif"
    return (
        "<!doctype html><html><head><meta charset='utf-8'><style>*{box-sizing:border-box;margin:0;padding:0}"
        f"body{{font-family:{font};background:{bg};color:{fg};-webkit-font-smoothing:antialiased}}"
        ".wrap{min-height:100vh;display:flex;flex-direction:column;position:relative}"
        # The status bar and app icon classes of the app's stylesheet, which TikTok's page lacks.
        f".status{{height:{44 if c.device.platform == 'ios' else 28}px;display:flex;align-items:center;"
        "justify-content:space-between;padding:0 18px;font-size:13px;font-weight:600;flex:none}"
        ".status .ic{display:flex;gap:5px;align-items:center}"
        ".icon{border-radius:12px;display:flex;align-items:center;justify-content:center;flex:none;"
        "font-weight:800;color:#fff}"
        # TikTok's sizes are fixed px; zoom follows the look's base size so a page that does not
        # fit a small phone shrinks like the app's own screens do.
        ".col{flex:1;display:flex;flex-direction:column;width:100%;max-width:480px;margin:0 auto;padding:0 20px;"
        f"zoom:{c.look.base / 16:.3f}}}.foot{{zoom:{c.look.base / 16:.3f}}}"
        f".opt{{display:flex;align-items:center;gap:12px;border:1px solid {'#333' if dark else '#e3e3e4'};"
        "padding:11px 12px;font-size:15px;font-weight:600;border-radius:4px;margin-bottom:12px}"
        ".opt .g{width:22px;height:22px;display:flex;align-items:center;justify-content:center;font-weight:800}"
        ".opt span.l{flex:1;text-align:center;margin-right:22px}"
        ".btn{border-radius:4px;text-align:center;font-weight:600;font-size:16px;padding:12px;white-space:nowrap}"
        f"</style></head><body><div class='wrap'>{status}{_browser_chrome(c, dark)}{inner}{home}</div></body></html>"
    )


# A drawn apple: the Apple logo glyph (U+F8FF) is private-use and no Debian font has it.
APPLE = (
    '<svg width="16" height="18" viewBox="0 0 16 18"><path d="M8 5c1-2 3-3 4-3-.2 1.5-1 3-4 3z" '
    'fill="currentColor"/><path d="M8 6c-2-1.2-6-1-6 4 0 4 2.5 7 4 7 1 0 1.3-.5 2-.5s1 .5 2 .5c1.5 0 '
    '4-3 4-7 0-5-4-5.2-6-4z" fill="currentColor"/></svg>'
)
PERSON = (
    '<svg width="20" height="20" viewBox="0 0 20 20"><circle cx="10" cy="6.5" r="3.6" fill="none" '
    'stroke="currentColor" stroke-width="1.8"/><path d="M3 18c.8-4 3.6-6 7-6s6.2 2 7 6" fill="none" '
    'stroke="currentColor" stroke-width="1.8"/></svg>'
)


def tiktok_login(c: Ctx, rng: random.Random) -> Built:
    dark = rng.random() < 0.4
    muted = "#a1a1a6" if dark else "#6b6e76"
    subtitle = rng.choice(
        (
            "Manage your account, check notifications, comment on videos, and more.",
            f"Log in to continue to {c.app.name}.",
        )
    )
    opts = [("QR", "Use QR code"), (PERSON, "Use phone / email / username")]
    more = [("f", "Continue with Facebook"), ("G", "Continue with Google"), ("X", "Continue with X")]
    if c.device.platform == "ios":
        more.insert(0, (APPLE, "Continue with Apple"))
    opts += rng.sample(more, rng.randint(1, 3))
    rows = "".join(
        f'<div class="opt"><span class="g">{g}</span><span class="l">{t}</span></div>' for g, t in opts
    )
    bottom_bg = "#1e1e1e" if dark else "#f8f8f8"
    inner = (
        '<div class="col"><div style="display:flex;justify-content:flex-end;padding:10px 0;'
        f'color:{muted};font-size:20px">?</div>'
        f'<div style="display:flex;justify-content:center;padding:6px 0 14px">{L.tiktok_note(44, dark)}</div>'
        '<h1 style="font-size:26px;text-align:center;margin-bottom:10px">Log in to TikTok</h1>'
        f'<p style="color:{muted};text-align:center;font-size:14px;margin-bottom:22px">{subtitle}</p>'
        f"{rows}<div style='flex:1'></div>"
        f'<p style="color:{muted};font-size:11px;text-align:center;margin:12px 0">By continuing with an account '
        "located in United States, you agree to our Terms of Service and acknowledge that you have read our "
        "Privacy Policy.</p></div>"
        f'<div class="foot" style="background:{bottom_bg};text-align:center;padding:18px 0 26px;font-size:15px">'
        "Don't have an account? <b style='color:#fe2c55'>Sign up</b></div>"
    )
    return _tt_page(c, dark, inner), ["Log in to TikTok"]


def tiktok_consent(c: Ctx, rng: random.Random) -> Built:
    dark = rng.random() < 0.4
    muted = "#a1a1a6" if dark else "#6b6e76"
    line = "#333" if dark else "#eee"
    ask = rng.choice(
        (
            f"{c.app.name} would like to access your TikTok account",
            f"{c.app.name} is requesting access to your TikTok account",
        )
    )
    perms = [CONSENT[s] for s in c.consent_scopes]
    items = "".join(
        f'<div style="display:flex;gap:10px;padding:11px 0;border-bottom:1px solid {line};font-size:15px">'
        f'<span style="color:#fe2c55">&#10003;</span><span>{p}</span></div>'
        for p in perms
    )
    lk = c.look
    sideways = rng.random() < 0.5
    buttons = (
        '<div style="display:flex;gap:10px">'
        f'<div class="btn" style="flex:1;background:{"#2f2f2f" if dark else "#f1f1f2"}">Cancel</div>'
        '<div class="btn" style="flex:1;background:#fe2c55;color:#fff">Authorize</div></div>'
        if sideways
        else '<div class="btn" style="background:#fe2c55;color:#fff;margin-bottom:10px">Authorize</div>'
        f'<div class="btn" style="background:{"#2f2f2f" if dark else "#f1f1f2"}">Cancel</div>'
    )
    inner = (
        '<div class="col" style="padding-top:18px">'
        '<div style="display:flex;justify-content:center;align-items:center;gap:14px;margin:10px 0 18px">'
        f'{L.app_icon(c.app.name, lk.brand, lk.accent, 3.4)}<span style="color:{muted}">&#8226; &#8226; &#8226;</span>'
        '<div style="width:54px;height:54px;border-radius:12px;background:#000;display:flex;align-items:center;'
        f'justify-content:center">{L.tiktok_note(34, True)}</div></div>'
        f'<h1 style="font-size:21px;text-align:center;line-height:1.3;margin-bottom:14px">{esc(ask)}</h1>'
        f'<div style="display:flex;align-items:center;gap:10px;padding:10px;border:1px solid {line};'
        'border-radius:8px;margin-bottom:14px"><div style="width:34px;height:34px;border-radius:50%;'
        f'background:linear-gradient(135deg,#25f4ee,#fe2c55)"></div><div style="flex:1"><b>{esc(c.handle)}</b>'
        f'<div style="font-size:12px;color:{muted}">Not you? Switch account</div></div></div>'
        f'<div style="font-size:14px;font-weight:600;margin-bottom:4px">{esc(c.app.name)} will be able to:</div>'
        f"{items}<div style='flex:1;min-height:14px'></div>"
        f'<p style="font-size:11.5px;color:{muted};margin:12px 0">By authorizing, you allow {esc(c.app.name)} '
        "to use your information in accordance with its Terms of Service and Privacy Policy. You can remove "
        f"access anytime in your TikTok settings.</p>{buttons}<div style='height:26px'></div></div>"
    )
    return _tt_page(c, dark, inner), [ask, "Authorize", "Cancel", *perms]


# ---------------------------------------------------------------- stand-ins for TikTok's page


def lookalike_login(c: Ctx, rng: random.Random) -> Built:
    """The app's own sign-in, styled like TikTok's: dark, bordered option rows, 'Log in to <App>'."""
    lk = c.look
    rows = "".join(
        f'<div class="btn secondary" style="border-radius:6px;border-color:#444;color:#fff;'
        f'justify-content:flex-start;font-weight:600">{esc(t)}</div>'
        for t in ("Use phone / email / username", "Continue with Google", "Continue with Apple")
    )
    inner = (
        f'{header(c, "", close=True)}<div class="body" style="text-align:center">'
        f'<div style="display:flex;justify-content:center">{L.app_icon(c.app.name, lk.brand, lk.accent, 3.6)}</div>'
        f"<h1>Log in to {esc(c.app.name)}</h1><p class='muted'>{esc(c.app.tagline)}</p>"
        f'<div class="stack">{rows}</div><div style="flex:1"></div>'
        '<p class="small muted">Don\'t have an account? <b>Sign up</b></p></div>'
    )
    return page(c, inner, bg="#111", light_text=True, extra=".app{color:#fff}.muted{color:#aaa}"), [
        f"Log in to {c.app.name}"
    ]


def google_sheet(c: Ctx, rng: random.Random) -> Built:
    accounts = "".join(
        f'<div style="display:flex;gap:12px;align-items:center;padding:12px 0;border-bottom:1px solid #e5e5e5">'
        f'<div style="width:34px;height:34px;border-radius:50%;background:{col};color:#fff;display:flex;'
        f'align-items:center;justify-content:center;font-weight:700">{n[0]}</div><div><div style="font-weight:600">'
        f'{n}</div><div style="font-size:13px;color:#5f6368">{n.lower()}@gmail.com</div></div></div>'
        for n, col in ((c.person, "#1a73e8"), ("Work", "#188038"))
    )
    inner = (
        '<div class="body" style="justify-content:flex-end;padding:0"><div style="background:#fff;color:#202124;'
        'border-radius:20px 20px 0 0;padding:22px 22px 40px;font-family:Roboto,sans-serif">'
        '<div style="display:flex;gap:8px;align-items:center;font-size:15px"><b style="color:#4285f4">G</b>'
        "Sign in with Google</div>"
        f'<h2 style="margin:16px 0 4px;font-weight:500">Choose an account</h2>'
        f'<div style="font-size:14px;color:#5f6368;margin-bottom:10px">to continue to {esc(c.app.name)}</div>'
        f"{accounts}<div style='font-size:13px;color:#5f6368;margin-top:14px'>To continue, Google will share your "
        f"name, email address and profile picture with {esc(c.app.name)}.</div></div></div>"
    )
    return page(c, inner, bg="#5c5c60", light_text=True), ["Choose an account"]


def apple_sheet(c: Ctx, rng: random.Random) -> Built:
    inner = (
        '<div class="body" style="justify-content:flex-end;padding:0"><div style="background:#f2f2f7;color:#000;'
        'border-radius:14px 14px 0 0;padding:18px 20px 44px;font-family:Inter,sans-serif;text-align:center">'
        '<div style="display:flex;justify-content:space-between;font-size:15px"><b>' + APPLE + " Apple ID</b>"
        '<span style="color:#007aff">Cancel</span></div>'
        f'<h2 style="margin:18px 0 8px">Sign in to {esc(c.app.name)} with your Apple ID</h2>'
        f'<div style="font-size:14px;color:#666;margin-bottom:18px">{esc(c.person)} · {esc(c.person.lower())}@icloud.com</div>'
        '<div style="background:#000;color:#fff;border-radius:12px;padding:14px;font-weight:600">Continue</div>'
        "</div></div>"
    )
    return page(c, inner, bg="#5c5c60", light_text=True), [f"Sign in to {c.app.name} with your Apple ID"]


# ---------------------------------------------------------------- result


def result(c: Ctx, rng: random.Random) -> Built:
    p, lk = c.pool, c.look
    title = fmt(rng.choice(p.result_titles), c)
    body = fmt(rng.choice(p.result_bodies), c)
    cta = rng.choice(p.result_ctas)
    style = rng.choice(("confetti", "import", "toast", "confetti", "synced"))
    col = lk.link
    if style == "confetti" or (style == "import" and "TikTok" not in body):
        inner = (
            L.confetti(rng, (lk.brand, lk.accent, "#fe2c55", "#25f4ee", "#facc15"))
            + '<div class="body" style="justify-content:center;align-items:center;text-align:center">'
            f"{L.check_circle(col)}<h1>{esc(title)}</h1><p class='muted'>{esc(body)}</p>"
            '<div class="row" style="justify-content:center;gap:0.5rem;margin-top:0.5rem">'
            f"{L.app_icon(c.app.name, lk.brand, lk.accent, 2.4)}<span class='muted'>+</span>{L.tiktok_badge(2.4)}</div>"
            f'</div><div class="bar">{button(cta, "primary")}</div>'
        )
        return page(c, inner), [title, body]
    if style == "import":
        pct = rng.randint(12, 78)
        lines = "".join(
            f'<div class="item"><div class="grow">{esc(t)}</div><span class="small muted">{s}</span></div>'
            for t, s in (("Connection", "Done"), ("Importing", f"{pct}%"), ("Personalising", "Queued"))
        )
        inner = (
            header(c, c.app.name, close=True)
            + f'<div class="body"><div class="row">{L.check_circle(col, 2.6)}<h2 class="grow">{esc(title)}</h2></div>'
            f"<p>{esc(body)}</p>"
            f'<div style="height:0.6rem;border-radius:1rem;background:{lk.line}"><div style="width:{pct}%;height:100%;'
            f'border-radius:1rem;background:{col}"></div></div>'
            f'<div class="card list" style="padding:0.2rem 1rem">{lines}</div>'
            f'<p class="small muted">You can keep using {esc(c.app.name)} while this finishes.</p></div>'
            f'<div class="bar">{button(cta, "primary")}</div>'
        )
        return page(c, inner), [title, body]
    if style == "toast":
        toast = rng.choice(p.toasts)
        feed = "".join(
            f'<div class="card"><b>{esc(t)}</b><div class="small muted">{esc(c.app.tagline)}</div>'
            f'<div style="height:4rem;margin-top:0.6rem;border-radius:{lk.radius // 2}px;'
            f'background:linear-gradient(120deg,{lk.brand}55,{lk.accent}55)"></div></div>'
            for t in c.app.feed[:2]
        )
        inner = (
            f'<div class="hdr"><h2 style="flex:1">{esc(c.app.name)}</h2></div><div class="body">{feed}'
            '<div style="flex:1"></div>'
            '<div style="background:#222;color:#fff;border-radius:12px;padding:0.85rem 1rem;display:flex;'
            'align-items:center;gap:0.6rem;box-shadow:0 6px 18px #0004">'
            f'{L.check_circle("#22c55e", 1.4)}<span class="grow"><b>{esc(toast)}</b></span>'
            f'<span style="color:#8ab4f8;font-weight:700">OK</span></div></div>' + tabs(c, rng)
        )
        return page(c, inner), [toast]
    # synced: the connections list again, TikTok now on, with a success card at the top.
    others = rng.sample(p.other_services, 2)
    rows = "".join(
        f'<div class="item">{L.tiktok_badge(2) if n == "TikTok" else service_icon(n)}<div class="grow">{n}'
        f'<div class="tiny muted">{s}</div></div><div class="toggle {"on" if n == "TikTok" else ""}"></div></div>'
        for n, s in (("TikTok", f"Connected as {esc(c.handle)}"), (others[0], "Off"), (others[1], "Off"))
    )
    inner = (
        header(c, rng.choice(p.settings_titles), back="")
        + f'<div class="body"><div class="card row" style="background:{col}22">{L.check_circle(col, 2.2)}'
        f'<div class="grow"><b>{esc(title)}</b><div class="small">{esc(body)}</div></div></div>'
        f'<div class="card list">{rows}</div></div>'
    )
    return page(c, inner), [title, body]


# ---------------------------------------------------------------- extras (all `other`)


def dashboard(c: Ctx, rng: random.Random) -> Built:
    """The app's home right after TikTok, with no word about the connection."""
    lk = c.look
    cards = "".join(
        f'<div class="card"><div class="small muted">{esc(c.app.tagline)}</div><h3>{esc(t)}</h3>'
        f'<div style="height:3rem;margin-top:0.5rem;border-radius:{lk.radius // 2}px;'
        f'background:linear-gradient(120deg,{lk.brand}66,{lk.accent}44)"></div></div>'
        for t in c.app.feed
    )
    fab = (
        f'<div style="position:absolute;right:1.2rem;bottom:5.5rem;width:3.4rem;height:3.4rem;border-radius:50%;'
        f"background:{lk.brand};color:{L.readable_on(lk.brand)};display:flex;align-items:center;justify-content:center;"
        'font-size:1.8rem;box-shadow:0 6px 16px #0004">+</div>'
    )
    inner = (
        f'<div class="hdr"><div class="grow"><div class="small muted">Hi {esc(c.person)}</div>'
        f"<h2>{esc(c.app.name)}</h2></div>{L.app_icon(c.person, lk.accent, lk.brand, 2.2)}</div>"
        f'<div class="body">{cards}</div>{fab}' + tabs(c, rng)
    )
    over = banner_overlay(c, rng) if rng.random() < 0.3 else ""
    return page(c, inner + over), []


def feed(c: Ctx, rng: random.Random) -> Built:
    return dashboard(c, rng)


def signin(c: Ctx, rng: random.Random) -> Built:
    p, lk = c.pool, c.look
    title = fmt(rng.choice(p.signin_titles), c)
    field = (
        f'<div style="border:1.5px solid {lk.line};border-radius:{min(lk.radius, 14)}px;padding:0.85rem 1rem" '
        'class="muted">{}</div>'
    )
    bg = f"linear-gradient(180deg,{lk.brand}33,{lk.bg} 45%)" if lk.header != "plain" else lk.bg
    inner = (
        f'<div class="body" style="justify-content:center">{L.app_icon(c.app.name, lk.brand, lk.accent, 3.6)}'
        f"<h1>{esc(title)}</h1><p class='muted'>{esc(c.app.tagline)}</p>"
        + field.format("Email")
        + field.format("Password")
        + f"{button('Sign in', 'primary')}<p class='small muted' style='text-align:center'>or</p>"
        f"{button('Continue with Google', 'secondary')}{button('Continue with Apple', 'dark')}"
        "<p class='small' style='text-align:center'>New here? <b>Create an account</b></p></div>"
    )
    return page(c, inner, bg=bg), []


def paywall(c: Ctx, rng: random.Random) -> Built:
    p, lk = c.pool, c.look
    perks = "".join(
        f'<div class="row"><div class="check" style="background:#fff">{L.tick(lk.brand)}</div>{esc(x)}</div>'
        for x in p.paywall_perks
    )
    inner = (
        f'{header(c, "", close=True)}<div class="body" style="color:#fff">'
        f"{L.illustration(rng, '#ffffff', lk.accent, 7)}<h1>{esc(rng.choice(p.paywall_titles))}</h1>"
        f'<div class="stack">{perks}</div><div style="flex:1"></div>'
        '<div class="card" style="background:#ffffff22;color:#fff"><b>Yearly · $59.99</b>'
        '<div class="small">7-day free trial, then billed yearly</div></div>'
        '<div class="btn" style="background:#fff;color:#111">Start free trial</div>'
        '<div class="small" style="text-align:center;opacity:.85">Restore purchase · Terms</div></div>'
    )
    return page(c, inner, bg=f"linear-gradient(170deg,{lk.brand},#0b0b12)", light_text=True), []


def profile(c: Ctx, rng: random.Random) -> Built:
    lk = c.look
    stats = "".join(
        f'<div style="text-align:center"><b style="font-size:1.2rem">{rng.randint(3, 900)}</b>'
        f'<div class="small muted">{n}</div></div>'
        for n in ("Friends", "Badges", "Days")
    )
    inner = (
        header(c, "Profile", right="Edit")
        + f'<div class="body" style="align-items:center;text-align:center">'
        f"{L.app_icon(c.person, lk.accent, lk.brand, 5)}<h2>{esc(c.person)}</h2>"
        f'<div class="muted">{esc(c.handle)}</div><div class="row" style="gap:2rem">{stats}</div>'
        f'<div class="card" style="width:100%;text-align:left">{esc(c.app.feed[0])}</div>'
        f'<div class="card" style="width:100%;text-align:left">{esc(c.app.feed[1])}</div></div>'
        + tabs(c, rng)
    )
    return page(c, inner), []


def settings(c: Ctx, rng: random.Random) -> Built:
    rows = "".join(
        f'<div class="item"><div class="grow">{esc(n)}</div><div class="toggle {"on" if on else ""}"></div></div>'
        for n, on in (("Dark mode", c.look.dark), ("Daily reminder", True), ("Sound effects", False))
    )
    links = "".join(
        f'<div class="item"><div class="grow">{n}</div>{L.chevron(c.look.muted, left=False)}</div>'
        for n in ("Account", "Subscription", "Help centre", "Log out")
    )
    inner = (
        header(c, rng.choice(c.pool.settings_titles), back="")
        + f'<div class="body"><div class="card list">{rows}</div><div class="card list">{links}</div>'
        '<p class="tiny muted" style="text-align:center">Version 4.2.1</p></div>'
    )
    return page(c, inner), []


def notif_prompt(c: Ctx, rng: random.Random) -> Built:
    """The OS asking about notifications, over the dimmed onboarding."""
    lk = c.look
    ask = fmt(rng.choice(c.pool.notif_asks), c)
    if c.device.platform == "ios":
        dialog = (
            '<div style="width:270px;background:rgba(242,242,247,0.98);color:#000;border-radius:14px;'
            'text-align:center;font-family:Inter,sans-serif;overflow:hidden"><div style="padding:18px 16px">'
            f'<b style="font-size:16px">{esc(ask)}</b><div style="font-size:13px;margin-top:6px">'
            "Notifications may include alerts, sounds, and icon badges.</div></div>"
            '<div style="display:flex;border-top:1px solid #ccc;color:#007aff;font-size:16px">'
            '<div style="flex:1;padding:11px;border-right:1px solid #ccc">Don\'t Allow</div>'
            '<div style="flex:1;padding:11px;font-weight:600">Allow</div></div></div>'
        )
    else:
        dialog = (
            '<div style="width:300px;background:#eef0f7;color:#1b1b1f;border-radius:26px;padding:22px;'
            'font-family:Roboto,sans-serif"><div style="text-align:center;font-size:18px;margin-bottom:18px">'
            f"{esc(ask)}</div>"
            '<div style="background:#d6e0ff;border-radius:20px;padding:10px;text-align:center;margin-bottom:8px">'
            'Allow</div><div style="background:#d6e0ff;border-radius:20px;padding:10px;text-align:center">'
            "Don't allow</div></div>"
        )
    inner = (
        f'<div class="body" style="justify-content:center;text-align:center">'
        f"{L.illustration(rng, lk.brand, lk.accent)}<h1>{esc(c.pool.onboarding[1][0])}</h1></div>"
        '<div style="position:absolute;inset:0;background:rgba(0,0,0,0.45);display:flex;align-items:center;'
        f'justify-content:center">{dialog}</div>'
    )
    return page(c, inner), [ask]


def intro(c: Ctx, rng: random.Random) -> Built:
    """First onboarding carousel page: full-bleed colour, illustration, page dots."""
    lk = c.look
    k = rng.randrange(len(c.pool.onboarding))
    title, sub = c.pool.onboarding[k]
    dots = "".join(
        f'<i class="{"on" if i == k else ""}" style="background:#fff{"" if i == k else "66"}"></i>'
        for i in range(4)
    )
    inner = (
        '<div class="body" style="justify-content:center;text-align:center;color:#fff">'
        f"{L.illustration(rng, '#ffffff', lk.accent, 11)}<h1>{esc(title)}</h1><p>{esc(sub)}</p>"
        f'<div class="dots">{dots}</div></div><div style="padding:1rem 1.25rem 2.2rem">'
        '<div class="btn" style="background:#fff;color:#111">Get started</div></div>'
    )
    return page(c, inner, bg=f"linear-gradient(160deg,{lk.brand},#000 170%)", light_text=True), []


EXTRAS = {
    "intro": intro,
    "signin": signin,
    "notifications": notif_prompt,
    "paywall": paywall,
    "profile": profile,
    "settings": settings,
    "home": feed,
}
