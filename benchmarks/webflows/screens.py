"""Screen builders: each returns one full HTML document for the submission's device.

Elements the truth depends on (the TikTok option, the data list, the purpose, the proceed and
go-back controls, the success message) carry the class `key`; the generator refuses a render
in which any `key` element is clipped or off-screen, so a label the truth claims is visible.
Background content is free to run off the bottom, as it does in real screenshots.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from benchmarks.corpusgen.common import Device
from benchmarks.webflows import look as L
from benchmarks.webflows.look import Look, esc, icon
from benchmarks.webflows.words import TIKTOK_PERMS, App, Pool

GREEN = "#16a34a"


@dataclass(frozen=True)
class Disclosure:
    named: tuple[str, ...]  # data sets the connecting screen names ("all" = whole-archive wording)
    purpose: bool
    proceed: bool
    go_back: bool
    ongoing: bool  # an ongoing scope is requested: the screen says the transfer repeats


@dataclass(frozen=True)
class Ctx:
    sid: str
    pool: Pool
    app: App
    look: Look
    device: Device
    person: str
    handle: str
    consent_scopes: tuple[str, ...]  # "activity.single", ... as TikTok's consent page lists them
    imported: tuple[str, ...]  # data sets the result may count

    @property
    def phone(self) -> bool:
        return self.device.platform != "desktop"

    @property
    def first(self) -> str:
        return self.person.split()[0]


def fill(ctx: Ctx, text: str, rng: random.Random | None = None) -> str:
    r = rng or random.Random(text)
    return (
        text.replace("{app}", ctx.app.name)
        .replace("{first}", ctx.first)
        .replace("{handle}", ctx.handle)
        .replace("{n}", f"{r.randint(12, 4800):,}")
        .replace("{m}", str(r.randint(12, 88)))
    )


def pick(ctx: Ctx, rng: random.Random, options: list[str]) -> str:
    return esc(fill(ctx, rng.choice(options), rng))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def page(
    ctx: Ctx,
    rng: random.Random,
    body: str,
    *,
    title: str,
    look: Look | None = None,
    url: str | None = None,
    page_bg: str | None = None,
    favicon: str | None = None,
) -> str:
    lk = look or ctx.look
    return L.document(
        body,
        lk,
        ctx.device,
        rng,
        url=url or f"{ctx.app.domain}/{rng.choice(['app', 'dashboard', 'settings', 'workspace'])}",
        tab_title=title,
        favicon=favicon or L.app_logo(ctx.app.name, ctx.app.color, 14),
        bookmarks=ctx.pool.bookmarks,
        tabs=ctx.pool.tabs,
        page_bg=page_bg,
    )


# ---------------------------------------------------------------- app chrome


def sidebar(ctx: Ctx, rng: random.Random, active: str) -> str:
    lk = ctx.look
    items = ""
    icons = ["home", "chart", "users", "star", "plug", "users", "grid", "gear"]
    for i, name in enumerate(ctx.pool.nav):
        on = name == active
        items += (
            f'<div class="row" style="gap:10px;padding:7px 10px;border-radius:7px;'
            f'{"background:" + lk.brand + "22;color:" + lk.brand + ";font-weight:600" if on else "color:" + lk.muted}">'
            f"{icon(icons[i % len(icons)], 15)}<span>{esc(name)}</span></div>"
        )
    return (
        f'<aside style="width:212px;flex:none;background:{lk.card};border-right:1px solid {lk.line};'
        f'padding:16px 12px;display:flex;flex-direction:column;gap:4px">'
        f'<div class="row" style="gap:9px;padding:2px 8px 16px">{L.app_logo(ctx.app.name, ctx.app.color, 26)}'
        f'<b style="font-size:{lk.base + 2}px">{esc(ctx.app.name)}</b></div>{items}'
        f'<div style="margin-top:auto" class="row">{L.avatar(initials(ctx.person), 26, ctx.app.color)}'
        f'<span class="small">{esc(ctx.person)}</span></div></aside>'
    )


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split()[:2]).upper()


def topbar(ctx: Ctx, rng: random.Random, crumbs: list[str]) -> str:
    lk = ctx.look
    crumb = ' <span class="muted">/</span> '.join(
        f'<span class="{"muted" if i < len(crumbs) - 1 else ""}">{esc(c)}</span>'
        for i, c in enumerate(crumbs)
    )
    return (
        f'<header style="height:54px;flex:none;display:flex;align-items:center;gap:16px;padding:0 24px;'
        f'border-bottom:1px solid {lk.line};background:{lk.card}"><div class="small">{crumb}</div>'
        f'<div style="margin-left:auto;width:260px" class="input row small">{icon("search", 14)}'
        f"{pick(ctx, rng, ctx.pool.search)}</div>{icon('bell', 17, lk.muted)}"
        f"{L.avatar(initials(ctx.person), 28, ctx.app.color)}</header>"
    )


def desktop_shell(
    ctx: Ctx, rng: random.Random, main: str, active: str, crumbs: list[str], overlay: str = ""
) -> str:
    return (
        f'<div style="display:flex;flex:1;min-height:0">{sidebar(ctx, rng, active)}'
        f'<div style="flex:1;display:flex;flex-direction:column;min-width:0">{topbar(ctx, rng, crumbs)}'
        f'<main style="flex:1;min-height:0;padding:26px 32px;overflow:hidden;display:flex;flex-direction:column;gap:18px">'
        f"{main}</main></div></div>{overlay}"
    )


def phone_header(ctx: Ctx, title: str, *, back: bool) -> str:
    lk = ctx.look
    left = icon("left", 22, lk.fg) if back else L.app_logo(ctx.app.name, ctx.app.color, 26)
    return (
        f'<div style="height:50px;flex:none;display:flex;align-items:center;gap:12px;padding:0 16px;'
        f'border-bottom:1px solid {lk.line};background:{lk.card}">{left}<b style="font-size:{lk.base + 2}px">'
        f'{esc(title)}</b><span style="margin-left:auto">{icon("bell", 20, lk.muted)}</span></div>'
    )


def tab_bar(ctx: Ctx, active: int) -> str:
    lk = ctx.look
    cells = ""
    for i, (ic, name) in enumerate(
        zip(
            ("home", "chart", "plug", "gear"),
            (ctx.pool.nav[0], ctx.pool.nav[1], ctx.pool.nav[4], ctx.pool.nav[7]),
            strict=True,
        )
    ):
        c = lk.brand if i == active else lk.muted
        cells += f'<div class="col" style="align-items:center;gap:2px;color:{c};font-size:10.5px;flex:1">{icon(ic, 20, c)}<span>{esc(name)}</span></div>'
    return f'<nav style="flex:none;display:flex;padding:7px 6px 5px;border-top:1px solid {lk.line};background:{lk.card}">{cells}</nav>'


def phone_shell(
    ctx: Ctx, title: str, main: str, *, back: bool = False, tabs: int | None = None, overlay: str = ""
) -> str:
    bar = tab_bar(ctx, tabs) if tabs is not None else ""
    return (
        f"{phone_header(ctx, title, back=back)}"
        f'<main style="flex:1;min-height:0;overflow:hidden;padding:16px;display:flex;flex-direction:column;gap:14px">'
        f"{main}</main>{bar}{overlay}"
    )


def chat_bubble(ctx: Ctx, rng: random.Random) -> str:
    if ctx.phone or rng.random() < 0.5:
        return ""
    return (
        f'<div style="position:absolute;right:22px;bottom:20px;display:flex;align-items:center;gap:8px">'
        f'<span class="card small" style="padding:6px 10px">{pick(ctx, rng, ctx.pool.chat)}</span>'
        f'<span style="width:46px;height:46px;border-radius:50%;background:{ctx.look.brand};display:flex;'
        f'align-items:center;justify-content:center">{icon("chat", 22, "#fff")}</span></div>'
    )


def cookie_banner(ctx: Ctx, rng: random.Random) -> str:
    """Only on screens whose truth no stray button can change (never on connecting screens)."""
    if rng.random() < 0.6:
        return ""
    c = ctx.pool.cookie
    return (
        f'<div style="position:absolute;left:16px;right:16px;bottom:14px;display:flex;align-items:center;gap:12px;'
        f"padding:10px 14px;background:{'#2a2e37' if not ctx.look.dark else '#e5e7eb'};color:{'#fff' if not ctx.look.dark else '#111'};"
        f'border-radius:10px;font-size:12.5px"><span style="flex:1">{esc(c[0])}</span>'
        f'<span style="text-decoration:underline">{esc(c[2])}</span>'
        f'<span style="padding:5px 12px;border-radius:6px;background:#fff;color:#111;font-weight:600">{esc(c[1])}</span></div>'
    )


def btn(label: str, kind: str = "primary", extra: str = "", key: bool = False, style: str = "") -> str:
    return f'<span class="btn {kind}{" key" if key else ""} {extra}" style="{style}">{esc(label)}</span>'


def stat_cards(ctx: Ctx, rng: random.Random, n: int) -> str:
    lk = ctx.look
    cards = ""
    for w in rng.sample(ctx.pool.widgets, n):
        delta = rng.uniform(-9, 24)
        cards += (
            f'<div class="card" style="padding:14px 16px;flex:1;min-width:0"><div class="small muted">{esc(w)}</div>'
            f'<div style="font-size:{lk.base + 10}px;font-weight:700">{rng.randint(2, 98)}{rng.choice(["k", "%", "", ".4k"])}</div>'
            f'<div class="tiny" style="color:{GREEN if delta > 0 else "#dc2626"}">{delta:+.1f}% '
            f'<span class="muted">{pick(ctx, rng, ctx.pool.dash_subs)}</span></div>'
            f"{L.sparkline(rng, lk.brand, 200, 40)}</div>"
        )
    return f'<div class="row" style="gap:14px;align-items:stretch;{"flex-direction:column" if ctx.phone else ""}">{cards}</div>'


def dashboard_body(ctx: Ctx, rng: random.Random, n_cards: int = 3) -> str:
    return (
        f'<div><h1 style="font-size:{ctx.look.base + 8}px">{pick(ctx, rng, ctx.pool.greet)}</h1>'
        f'<div class="muted small">{pick(ctx, rng, ctx.pool.dash_subs)}</div></div>{stat_cards(ctx, rng, n_cards)}'
    )


# ---------------------------------------------------------------- connect


def _services(ctx: Ctx, rng: random.Random, n: int) -> list[object]:
    return rng.sample(ctx.pool.services, min(n, len(ctx.pool.services)))


def connect(ctx: Ctx, rng: random.Random, *, tiktok: bool) -> str:
    kind = rng.choice(
        ("grid", "grid", "settings", "onboarding", "empty")
        if not ctx.phone
        else ("list", "list", "onboarding", "empty")
    )
    if kind == "empty" and not tiktok:
        kind = "grid" if not ctx.phone else "list"
    p = ctx.pool
    lk = ctx.look
    cta = pick(ctx, rng, p.connect_cta)
    title = pick(ctx, rng, p.connect_titles)
    if kind in ("grid", "list", "settings"):
        n = rng.randint(6, 11) if kind == "grid" else rng.randint(5, 8)
        svcs = _services(ctx, rng, n)
        rows: list[str] = []
        tt_at = rng.randint(0, min(3, len(svcs)))
        entries: list[object] = list(svcs)
        if tiktok:
            entries.insert(tt_at, "tiktok")
        for e in entries:
            if e == "tiktok":
                logo, name, blurb = (
                    L.tiktok_tile(36 if kind == "grid" else 32),
                    "TikTok",
                    pick(ctx, rng, p.tiktok_blurb),
                )
                action = btn(cta, "primary", key=True)
                status = pick(ctx, rng, p.not_connected)
            else:
                s = e  # type: ignore[assignment]
                logo = L.service_tile(
                    s.letter,
                    s.color,
                    36 if kind == "grid" else 32,
                    "#111" if s.color in ("#fffc00", "#ffe01b", "#f9ab00") else "#fff",
                )  # type: ignore[attr-defined]
                name, blurb = esc(s.name), esc(s.blurb)  # type: ignore[attr-defined]
                on = rng.random() < 0.25
                status = pick(ctx, rng, p.connected_chip) if on else pick(ctx, rng, p.not_connected)
                action = (
                    f'<span class="chip" style="background:{GREEN}22;color:{GREEN}">{icon("check", 11)}{status}</span>'
                    if on
                    else btn(pick(ctx, rng, p.other_cta), "secondary")
                )
            if kind == "grid":
                rows.append(
                    f'<div class="card" style="padding:16px;display:flex;flex-direction:column;gap:10px">'
                    f'<div class="row">{logo}<b>{name}</b></div><div class="small muted" style="min-height:34px">{blurb}</div>'
                    f'<div class="row" style="justify-content:flex-end">{action}</div></div>'
                )
            else:
                rows.append(
                    f'<div class="row" style="padding:11px 4px;border-bottom:1px solid {lk.line}">{logo}'
                    f'<div class="col" style="flex:1;min-width:0"><b>{name}</b><span class="small muted">{blurb}</span></div>{action}</div>'
                )
        cats = "".join(
            f'<span class="chip" style="{"background:" + lk.brand + ";color:#fff" if i == 0 else "border:1px solid " + lk.line}">{esc(c)}</span>'
            for i, c in enumerate(p.categories)
        )
        sub = pick(ctx, rng, p.connect_subs)
        if kind == "grid":
            cols = 3 if ctx.device.width < 1400 else 4
            main = (
                f'<div><h1>{title}</h1><div class="muted">{sub}</div></div><div class="row" style="gap:8px">{cats}</div>'
                f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:14px">{"".join(rows)}</div>'
            )
        elif kind == "settings":
            title = pick(ctx, rng, p.settings_titles)
            main = (
                f'<div><h1>{title}</h1><div class="muted">{pick(ctx, rng, p.settings_subs)}</div></div>'
                f'<div class="card" style="padding:6px 18px;max-width:760px">{"".join(rows)}</div>'
            )
        else:
            main = f'<div><h2>{title}</h2><div class="muted small">{sub}</div></div><div class="card" style="padding:2px 12px">{"".join(rows)}</div>'
        if ctx.phone:
            body = phone_shell(ctx, esc(p.nav[4]), main, tabs=2)
        else:
            body = desktop_shell(
                ctx,
                rng,
                main,
                p.nav[4],
                [p.nav[7], p.nav[4]],
                cookie_banner(ctx, rng) or chat_bubble(ctx, rng),
            )
        return page(
            ctx, rng, body, title=f"{title} · {ctx.app.name}", url=f"{ctx.app.domain}/settings/integrations"
        )
    if kind == "onboarding":
        svcs = _services(ctx, rng, 3)
        buttons = []
        if tiktok:
            buttons.append(
                f'<span class="btn dark block key" style="gap:10px">{L.tiktok_tile(20, 5)}{pick(ctx, rng, p.onboarding_cta)}</span>'
            )
        for s in svcs:
            buttons.append(
                f'<span class="btn secondary block" style="gap:10px">{L.service_tile(s.letter, s.color, 20)}{esc(rng.choice(p.other_cta))} {esc(s.name)}</span>'
            )
        if rng.random() < 0.3:
            rng.shuffle(buttons)  # TikTok not always the first button
        card = (
            f'<div class="card" style="width:{"100%" if ctx.phone else "440px"};padding:28px;display:flex;flex-direction:column;gap:12px">'
            f'<span class="small muted">{pick(ctx, rng, p.step_of)}</span>'
            f'<div style="height:4px;background:{lk.line};border-radius:2px"><div style="height:4px;width:55%;background:{lk.brand};border-radius:2px"></div></div>'
            f'<h2>{pick(ctx, rng, p.onboarding_titles)}</h2><div class="muted">{pick(ctx, rng, p.onboarding_subs)}</div>'
            f'{"".join(buttons)}<div class="small muted" style="text-align:center">{pick(ctx, rng, p.skip)}</div></div>'
        )
        body = (
            f'<div style="flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;padding:16px;gap:18px">'
            f'<div class="row">{L.app_logo(ctx.app.name, ctx.app.color, 30)}<b style="font-size:{lk.base + 4}px">{esc(ctx.app.name)}</b></div>{card}</div>'
        )
        return page(
            ctx, rng, body, title=f"Welcome · {ctx.app.name}", url=f"{ctx.app.domain}/onboarding/channels"
        )
    # empty state on the dashboard, with the TikTok button as its one call to action
    empty = (
        f'<div class="card" style="padding:34px;display:flex;flex-direction:column;align-items:center;gap:12px;text-align:center">'
        f"{L.tiktok_tile(48)}<h2>{pick(ctx, rng, p.empty_titles)}</h2>"
        f'<div class="muted" style="max-width:420px">{pick(ctx, rng, p.empty_subs)}</div>'
        f'<span class="btn primary key">{cta}</span></div>'
    )
    if ctx.phone:
        body = phone_shell(ctx, esc(p.nav[0]), empty, tabs=0)
    else:
        greet = f'<div><h1>{pick(ctx, rng, p.greet)}</h1><div class="muted small">{pick(ctx, rng, p.dash_subs)}</div></div>'
        body = desktop_shell(ctx, rng, greet + empty, p.nav[0], [p.nav[0]], chat_bubble(ctx, rng))
    return page(ctx, rng, body, title=f"{p.nav[0]} · {ctx.app.name}", url=f"{ctx.app.domain}/home")


# ---------------------------------------------------------------- connecting


def _disclosure_blocks(ctx: Ctx, rng: random.Random, d: Disclosure) -> tuple[str, str, str]:
    """(data list html, purpose html, repeat html): each may be empty per the disclosure."""
    p = ctx.pool
    lk = ctx.look
    items: list[tuple[str, str, str]] = []
    for s in d.named:
        pool_items = p.items[s]
        k = 1 if s in ("all", "directmessages") else rng.randint(2, 3)
        for label, detail in rng.sample(pool_items, min(k, len(pool_items))):
            items.append((s, label, detail))
    purposes: list[str] = []
    if d.purpose:
        for s in d.named[:2]:
            purposes.append(fill(ctx, rng.choice(p.purposes[s]), rng))
        if not purposes or rng.random() < 0.4:
            purposes.append(fill(ctx, rng.choice(p.purposes["generic"]), rng))
    style = rng.choice(("bullets", "checks", "table", "chips", "prose", "rows"))
    if style == "table" and not d.purpose:
        style = "rows"
    if style == "prose" and "all" in d.named:
        style = "checks"  # "your all your data" would read wrong
    head = f'<h3 class="key" style="margin-bottom:6px">{pick(ctx, rng, p.data_heads)}</h3>'
    data = ""
    purpose_html = ""
    if items:
        if style == "table":
            th = rng.choice(p.table_heads)
            # Each row's reason is the one written for its own data set when there is one.
            by_set = {s: fill(ctx, rng.choice(p.purposes[s]), rng) for s in d.named}
            firsts = {s: next(i for i, it in enumerate(items) if it[0] == s) for s in d.named}
            body = "".join(
                f'<tr><td style="padding:7px 10px;border-top:1px solid {lk.line};vertical-align:top"><b>{esc(lbl)}</b>'
                f'<div class="tiny muted">{esc(det)}</div></td><td class="key" style="padding:7px 10px;'
                f'border-top:1px solid {lk.line};vertical-align:top">{esc(by_set[s]) if firsts[s] == i else ""}</td></tr>'
                for i, (s, lbl, det) in enumerate(items)
            )
            data = (
                f'<table class="card key" style="border-collapse:separate;border-spacing:0;width:100%;font-size:{lk.base - 0.5}px">'
                f'<tr><th style="text-align:left;padding:7px 10px" class="muted">{esc(th[0])}</th>'
                f'<th style="text-align:left;padding:7px 10px" class="muted">{esc(th[1])}</th></tr>{body}</table>'
            )
            purposes = []
        elif style == "prose":
            bare = [re.sub(r"^[Yy]our ", "", lbl) for _, lbl, _ in items]
            labels = [b[0].lower() + b[1:] if b[1:2].islower() else b for b in bare]
            joined = ", ".join(labels[:-1]) + (" and " if len(labels) > 1 else "") + labels[-1]
            data = (
                f'<p class="key">{esc(fill(ctx, "{app}"))} will receive your {esc(joined)} from TikTok.</p>'
            )
            if rng.random() < 0.5:
                data = head + data
        elif style == "chips":
            data = (
                head
                + '<div class="row key" style="flex-wrap:wrap;gap:6px">'
                + "".join(
                    f'<span class="chip" style="background:{lk.brand}1f;color:{lk.fg};font-size:{lk.base - 1}px;padding:4px 10px">{esc(lbl)}</span>'
                    for _, lbl, _ in items
                )
                + "</div>"
            )
        else:
            mark = {"bullets": "•", "checks": icon("check", 14, GREEN), "rows": icon("shield", 15, lk.brand)}[
                style
            ]
            lis = "".join(
                f'<li class="row key" style="align-items:flex-start;gap:9px;padding:{"6px 0" if style == "rows" else "2px 0"};'
                f'{"border-bottom:1px solid " + lk.line if style == "rows" else ""}"><span style="width:14px;flex:none;text-align:center">{mark}</span>'
                f'<span><b style="font-weight:600">{esc(lbl)}</b>{_detail(det, style)}</span></li>'
                for _, lbl, det in items
            )
            data = head + f'<ul class="plain">{lis}</ul>'
    if purposes:
        pstyle = rng.choice(("section", "bullets", "inline", "fineprint"))
        if pstyle == "section":
            purpose_html = (
                f'<div><h3 class="key" style="margin-bottom:4px">{pick(ctx, rng, p.purpose_heads)}</h3>'
                + "".join(f'<p class="muted key">{esc(s)}</p>' for s in purposes)
                + "</div>"
            )
        elif pstyle == "bullets":
            purpose_html = (
                f'<div><h3 class="key" style="margin-bottom:4px">{pick(ctx, rng, p.purpose_heads)}</h3><ul style="padding-left:18px">'
                + "".join(f'<li class="key">{esc(s)}</li>' for s in purposes)
                + "</ul></div>"
            )
        elif pstyle == "inline":
            purpose_html = f'<p class="key">{esc(" ".join(purposes))}</p>'
        else:
            purpose_html = f'<p class="small muted key">{esc(" ".join(purposes))}</p>'
    repeat = ""
    if d.ongoing:
        repeat = f'<div class="row small key" style="gap:8px;align-items:flex-start">{icon("sync", 14, lk.brand)}<span>{pick(ctx, rng, p.ongoing)}</span></div>'
    elif rng.random() < 0.3:
        repeat = f'<div class="small muted">{pick(ctx, rng, p.single)}</div>'
    return data, purpose_html, repeat


def _detail(det: str, style: str) -> str:
    if style == "bullets":
        return f' <span class="muted">· {esc(det)}</span>'
    return f'<div class="tiny muted">{esc(det)}</div>'


def _connect_buttons(ctx: Ctx, rng: random.Random, d: Disclosure, stacked: bool) -> str:
    p = ctx.pool
    parts = []
    disabled = d.proceed and rng.random() < 0.12
    if d.go_back:
        kind = rng.choice(("secondary", "secondary", "ghost"))
        parts.append(btn(pick(ctx, rng, p.go_back), kind + (" block" if stacked else ""), key=True))
    if d.proceed:
        style = "opacity:.55" if disabled else ""
        parts.append(
            btn(pick(ctx, rng, p.proceed), "primary" + (" block" if stacked else ""), key=True, style=style)
        )
    if stacked:
        parts.reverse()  # phones put the main action on top
        return f'<div class="col" style="gap:8px">{"".join(parts)}</div>'
    return f'<div class="row" style="justify-content:flex-end;gap:10px">{"".join(parts)}</div>'


def _agree(ctx: Ctx, rng: random.Random) -> str:
    return f'<div class="row tiny muted" style="gap:6px;align-items:flex-start"><span style="width:13px;height:13px;border:1.5px solid {ctx.look.muted};border-radius:3px;flex:none;margin-top:2px"></span><span>{pick(ctx, rng, ctx.pool.fine_print)}</span></div>'


def connecting(ctx: Ctx, rng: random.Random, d: Disclosure) -> str:
    p = ctx.pool
    lk = ctx.look
    data, purpose, repeat = _disclosure_blocks(ctx, rng, d)
    title = pick(ctx, rng, p.connecting_titles)
    intro = f'<p class="muted">{pick(ctx, rng, p.connecting_intros)}</p>'
    pair = (
        f'<div class="row" style="gap:10px;justify-content:{"center" if rng.random() < 0.6 else "flex-start"}">'
        f"{L.app_logo(ctx.app.name, ctx.app.color, 40)}"
        f'<span style="color:{lk.muted};letter-spacing:3px">•••</span>{icon("sync", 16, lk.muted)}'
        f'<span style="color:{lk.muted};letter-spacing:3px">•••</span>{L.tiktok_tile(40)}</div>'
    )
    fine = ""
    if d.proceed and rng.random() < 0.5:
        fine = (
            _agree(ctx, rng)
            if rng.random() < 0.4
            else f'<p class="tiny muted">{pick(ctx, rng, p.fine_print)} {pick(ctx, rng, p.redirect)}</p>'
        )
    kind = rng.choice(("modal", "page", "card") if not ctx.phone else ("sheet", "page", "card"))
    close = icon("x", 18, lk.muted) if d.go_back and rng.random() < 0.5 else ""
    content = f"{intro}{data}{purpose}{repeat}{fine}"
    if kind in ("modal", "sheet"):
        # The page behind stays neutral (no data words, no buttons) so only the dialog speaks.
        behind = (
            phone_shell(ctx, esc(p.nav[4]), dashboard_body(ctx, rng, 2), tabs=2)
            if ctx.phone
            else desktop_shell(ctx, rng, dashboard_body(ctx, rng), p.nav[4], [p.nav[7], p.nav[4]])
        )
        if kind == "modal":
            dialog = (
                f'<div class="card" style="width:{rng.choice((480, 520, 560))}px;padding:24px 26px;display:flex;flex-direction:column;gap:12px;'
                f'box-shadow:0 20px 60px rgba(0,0,0,.35)"><div class="row" style="justify-content:space-between">'
                f'<h2 class="key">{title}</h2>{close}</div>{pair if rng.random() < 0.5 else ""}{content}'
                f"{_connect_buttons(ctx, rng, d, False)}</div>"
            )
            overlay = f'<div style="position:absolute;inset:0;background:rgba(10,12,18,.55);display:flex;align-items:center;justify-content:center">{dialog}</div>'
        else:
            dialog = (
                f'<div class="card" style="width:100%;padding:10px 18px 18px;border-radius:18px 18px 0 0;display:flex;flex-direction:column;gap:10px">'
                f'<div style="width:40px;height:4px;background:{lk.line};border-radius:2px;align-self:center"></div>'
                f'<div class="row" style="justify-content:space-between"><h2 class="key">{title}</h2>{close}</div>{content}'
                f"{_connect_buttons(ctx, rng, d, True)}</div>"
            )
            overlay = f'<div style="position:absolute;inset:0;background:rgba(0,0,0,.5);display:flex;align-items:flex-end">{dialog}</div>'
        body = behind + overlay
    elif kind == "page":
        hero = L.hero_art(lk.brand, 220 if ctx.phone else 260, 127 if ctx.phone else 150)
        inner = (
            f'<div style="align-self:center">{hero}</div><h1 class="key" style="text-align:center">{title}</h1>{content}'
            f"{_connect_buttons(ctx, rng, d, ctx.phone)}"
        )
        if ctx.phone:
            body = (
                f'{phone_header(ctx, ctx.app.name, back=d.go_back)}<main style="flex:1;padding:14px 18px;display:flex;'
                f'flex-direction:column;gap:11px;overflow:hidden">{inner}</main>'
            )
        else:
            body = (
                f'<div style="flex:1;display:flex;justify-content:center;overflow:hidden;padding:28px">'
                f'<div style="width:620px;display:flex;flex-direction:column;gap:14px">{inner}</div></div>'
            )
    else:
        card = (
            f'<div class="card" style="width:{"100%" if ctx.phone else "420px"};padding:22px;display:flex;flex-direction:column;gap:10px">'
            f'{pair}<h2 class="key" style="text-align:center">{title}</h2>{content}{_connect_buttons(ctx, rng, d, True)}</div>'
        )
        body = f'<div style="flex:1;display:flex;align-items:center;justify-content:center;padding:14px;overflow:hidden">{card}</div>'
    return page(
        ctx, rng, body, title=f"Connect TikTok · {ctx.app.name}", url=f"{ctx.app.domain}/connect/tiktok"
    )


# ---------------------------------------------------------------- TikTok's own pages


def _tt_look(ctx: Ctx, rng: random.Random) -> Look:
    dark = rng.random() < 0.3
    return replace(
        ctx.look,
        dark=dark,
        brand="#fe2c55",
        font=rng.choice(("Inter", "Roboto", "Noto Sans")),
        radius=4 if rng.random() < 0.5 else 8,
        shell=("browser" if rng.random() < 0.8 else "bare")
        if not ctx.phone
        else rng.choice(("web", "native")),
        base=14,
    )


def _tt_page(ctx: Ctx, rng: random.Random, lk: Look, inner: str, url: str, title: str) -> str:
    bg = "#121212" if lk.dark else "#ffffff"
    fg = "#fff" if lk.dark else "#161823"
    if ctx.phone:
        # In-app web view: a close cross and the address, as apps show TikTok's page.
        top = (
            f'<div style="height:44px;flex:none;display:flex;align-items:center;gap:12px;padding:0 14px;border-bottom:1px solid {"#2f2f2f" if lk.dark else "#eee"}">'
            f'{icon("x", 20, fg)}<div class="col" style="flex:1;align-items:center;line-height:1.2"><b style="font-size:13px">TikTok</b>'
            f'<span class="row tiny" style="gap:4px;color:{"#aaa" if lk.dark else "#666"}">{icon("lock", 10)}{esc(url.split("/")[0])}</span></div>'
            f"{icon('dots', 18, fg)}</div>"
            if lk.shell == "native"
            else ""
        )
        body = f'{top}<div style="flex:1;overflow:hidden;display:flex;flex-direction:column;padding:18px 22px;gap:12px;color:{fg}">{inner}</div>'
    else:
        header = f'<div style="height:60px;flex:none;display:flex;align-items:center;padding:0 24px;border-bottom:1px solid {"#2f2f2f" if lk.dark else "#eee"}">{L.tiktok_wordmark(24, lk.dark)}</div>'
        body = (
            f'{header}<div style="flex:1;overflow:hidden;display:flex;justify-content:center;padding:34px 0;color:{fg}">'
            f'<div style="width:430px;display:flex;flex-direction:column;gap:13px">{inner}</div></div>'
        )
    return page(ctx, rng, body, title=title, look=lk, url=url, page_bg=bg, favicon=L.tiktok_tile(14, 3))


def tiktok_login(ctx: Ctx, rng: random.Random) -> str:
    p = ctx.pool
    lk = _tt_look(ctx, rng)
    border = "#3a3a3a" if lk.dark else "#e3e3e4"
    opts = p.tt_login_options[:2] + rng.sample(p.tt_login_options[2:], rng.randint(1, 3))
    icons = {0: "qr", 1: "user"}
    rows = "".join(
        f'<div class="row key" style="border:1px solid {border};border-radius:8px;height:46px;padding:0 14px;font-weight:600;font-size:15px">'
        f'{icon(icons.get(i, "star"), 18)}<span style="flex:1;text-align:center;margin-right:18px">{esc(o)}</span></div>'
        for i, o in enumerate(opts)
    )
    inner = (
        f'{L.tiktok_wordmark(22, lk.dark) if ctx.phone else ""}<h1 class="key" style="text-align:center;font-size:28px;margin:10px 0 8px">'
        f"{esc(rng.choice(p.tt_login_titles))}</h1>{rows}"
        f'<p class="tiny" style="color:#8a8b91;text-align:center;margin-top:10px">{esc(p.tt_login_footer[1])}</p>'
        f'<p style="text-align:center;margin-top:4px">{esc(p.tt_login_footer[0].split("?")[0])}? '
        f'<span style="color:#fe2c55;font-weight:600">{esc(p.tt_login_footer[0].split("? ")[-1]) if "?" in p.tt_login_footer[0] else ""}</span></p>'
    )
    return _tt_page(
        ctx, rng, lk, inner, "www.tiktok.com/login?redirect_url=%2Fv2%2Fauth%2Fauthorize", "Log in | TikTok"
    )


def tiktok_consent(ctx: Ctx, rng: random.Random) -> str:
    p = ctx.pool
    lk = _tt_look(ctx, rng)
    border = "#3a3a3a" if lk.dark else "#e3e3e4"
    muted = "#a0a0a5" if lk.dark else "#75767c"
    perms = "".join(
        f'<li class="row key" style="gap:10px;padding:9px 0;border-bottom:1px solid {border}">{icon("check", 16, "#fe2c55")}'
        f"<span>{esc(TIKTOK_PERMS[s])}</span></li>"
        for s in ctx.consent_scopes
    )
    logos = (
        f'<div class="row" style="justify-content:center;gap:14px">{L.app_logo(ctx.app.name, ctx.app.color, 52)}'
        f'<span style="color:{muted};letter-spacing:4px">···</span>{L.tiktok_tile(52, 14)}</div>'
    )
    user = (
        f'<div class="row" style="justify-content:center;gap:8px;font-size:13px">{L.avatar(initials(ctx.person), 24, "#444")}'
        f"<span>{esc(ctx.handle)}</span></div>"
    )
    allow = esc(rng.choice(p.tt_consent_allow))
    deny = esc(rng.choice(p.tt_consent_deny))
    inner = (
        f'{logos}<h2 class="key" style="text-align:center;font-size:20px">{pick(ctx, rng, p.tt_consent_lines)}</h2>{user}'
        f'<ul class="plain" style="border-top:1px solid {border}">{perms}</ul>'
        f'<p class="tiny" style="color:{muted}">{esc(rng.choice(p.tt_consent_notes))}</p>'
        f'<div class="col" style="gap:9px;margin-top:4px"><span class="btn block key" style="background:#fe2c55;color:#fff;border-radius:4px;height:44px">{allow}</span>'
        f'<span class="btn block key" style="background:{"#2f2f2f" if lk.dark else "#f1f1f2"};color:inherit;border-radius:4px;height:44px">{deny}</span></div>'
    )
    return _tt_page(
        ctx,
        rng,
        lk,
        inner,
        f"www.tiktok.com/v2/auth/authorize/?client_key=aw{rng.randint(10**9, 10**10)}",
        "TikTok",
    )


# ---------------------------------------------------------------- look-alikes in TikTok's place


def google_consent(ctx: Ctx, rng: random.Random) -> str:
    g = ctx.pool.google
    lk = replace(
        ctx.look,
        dark=False,
        font="Roboto",
        brand="#1a73e8",
        shell="browser" if not ctx.phone else "web",
        base=14,
    )
    gl = "".join(
        f'<span style="color:{c}">{ch}</span>'
        for ch, c in zip(
            "Google", ("#4285f4", "#ea4335", "#fbbc05", "#4285f4", "#34a853", "#ea4335"), strict=True
        )
    )
    inner = (
        f'<div style="font-size:22px;font-weight:500">{gl}</div><h2 style="font-weight:400;font-size:22px">{pick(ctx, rng, [g[3]])}</h2>'
        f'<div class="row small">{L.avatar(initials(ctx.person), 22, "#0b8043")}<span>{esc(ctx.first.lower())}@gmail.com</span></div>'
        f'<p>{pick(ctx, rng, [g[4]])}</p><ul class="plain">'
        + "".join(
            f'<li class="row" style="padding:8px 0;border-bottom:1px solid #e0e0e0">{icon("info", 16, "#5f6368")}{esc(s)}</li>'
            for s in g[5:7]
        )
        + f'</ul><div class="row" style="justify-content:flex-end;gap:10px"><span class="btn ghost" style="color:#1a73e8">{esc(g[8])}</span>'
        f'<span class="btn" style="background:#1a73e8;color:#fff">{esc(g[7])}</span></div>'
    )
    body = f'<div style="flex:1;display:flex;justify-content:center;align-items:center;background:#fff"><div style="width:{"100%" if ctx.phone else "450px"};border:{"0" if ctx.phone else "1px solid #dadce0"};border-radius:8px;padding:30px;display:flex;flex-direction:column;gap:14px;color:#202124">{inner}</div></div>'
    return page(
        ctx, rng, body, title=g[0], look=lk, url="accounts.google.com/o/oauth2/v2/auth", page_bg="#ffffff"
    )


def facebook_consent(ctx: Ctx, rng: random.Random) -> str:
    f = ctx.pool.facebook
    lk = replace(
        ctx.look,
        dark=False,
        font="Roboto",
        brand="#1877f2",
        shell="browser" if not ctx.phone else "web",
        base=14,
    )
    inner = (
        f'<div style="color:#1877f2;font-weight:800;font-size:26px">facebook</div>'
        f'<div class="row" style="justify-content:center;gap:10px">{L.avatar(initials(ctx.person), 48, "#1877f2")}{L.app_logo(ctx.app.name, ctx.app.color, 48)}</div>'
        f"<h3>{pick(ctx, rng, [f[1]])}</h3><p>{esc(f[2])}</p>"
        f'<span class="btn block" style="background:#1877f2;color:#fff">{pick(ctx, rng, [f[3]])}</span>'
        f'<span class="btn block secondary" style="color:#1c1e21">{esc(f[4])}</span><p class="tiny" style="color:#65676b">{pick(ctx, rng, [f[5]])}</p>'
    )
    body = f'<div style="flex:1;display:flex;justify-content:center;align-items:center;background:#f0f2f5"><div style="width:{"100%" if ctx.phone else "420px"};background:#fff;border-radius:8px;padding:24px;display:flex;flex-direction:column;gap:12px;color:#1c1e21;text-align:center">{inner}</div></div>'
    return page(
        ctx, rng, body, title=f[0], look=lk, url="www.facebook.com/v19.0/dialog/oauth", page_bg="#f0f2f5"
    )


def lookalike_signin(ctx: Ctx, rng: random.Random) -> str:
    """The app's own sign-in, dressed in black and TikTok red: not TikTok's page."""
    w = ctx.pool.lookalike
    lk = replace(ctx.look, dark=True, brand="#fe2c55")
    rows = "".join(
        f'<div class="row" style="border:1px solid #3a3a3a;border-radius:8px;height:44px;padding:0 14px;font-weight:600;justify-content:center">{esc(fill(ctx, o))}</div>'
        for o in w[1:3]
    )
    inner = (
        f'<div class="row" style="justify-content:center">{L.app_logo(ctx.app.name, ctx.app.color, 44)}</div>'
        f'<h1 style="text-align:center">{pick(ctx, rng, [w[0]])}</h1>{rows}<span class="btn block" style="background:#fe2c55;color:#fff">{esc(w[3])}</span>'
        f'<p class="small" style="text-align:center;color:#aaa">{pick(ctx, rng, [w[4]])}</p>'
    )
    body = f'<div style="flex:1;display:flex;justify-content:center;align-items:center;padding:18px"><div style="width:{"100%" if ctx.phone else "400px"};display:flex;flex-direction:column;gap:12px">{inner}</div></div>'
    return page(
        ctx, rng, body, title=fill(ctx, w[0]), look=lk, url=f"{ctx.app.domain}/login", page_bg="#121212"
    )


# ---------------------------------------------------------------- result and after


def _counts(ctx: Ctx, rng: random.Random) -> str:
    lk = ctx.look
    cells = ""
    for s in ctx.imported[:3]:
        label = fill(ctx, rng.choice(ctx.pool.counts[s]), rng)
        num, _, rest = label.partition(" ")
        cells += f'<div class="card" style="padding:12px 14px;flex:1"><div style="font-size:{lk.base + 8}px;font-weight:700">{esc(num)}</div><div class="small muted">{esc(rest)}</div></div>'
    return (
        f'<div class="row" style="gap:10px;align-items:stretch;{"flex-wrap:wrap" if ctx.phone else ""}">{cells}</div>'
        if cells
        else ""
    )


def result(ctx: Ctx, rng: random.Random) -> str:
    p = ctx.pool
    lk = ctx.look
    kind = rng.choice(("check", "dashboard", "grid") if not ctx.phone else ("check", "dashboard"))
    title = pick(ctx, rng, p.result_titles)
    sub = pick(ctx, rng, p.result_subs)
    if kind == "check":
        mark = f'<span style="width:64px;height:64px;border-radius:50%;background:{GREEN}22;display:flex;align-items:center;justify-content:center;align-self:center">{icon("check", 34, GREEN, 2.6)}</span>'
        progress = ""
        if rng.random() < 0.5:
            progress = (
                f'<div class="small muted row" style="justify-content:center">{icon("sync", 13)}{pick(ctx, rng, p.syncing)}</div>'
                f'<div style="height:6px;background:{lk.line};border-radius:3px"><div style="height:6px;width:{rng.randint(15, 80)}%;background:{lk.brand};border-radius:3px"></div></div>'
            )
        inner = (
            f'{mark}<h1 class="key" style="text-align:center">{title}</h1><p class="muted key" style="text-align:center">{sub}</p>'
            f'{progress}{_counts(ctx, rng) if rng.random() < 0.5 else ""}<span class="btn primary block">{pick(ctx, rng, p.result_cta)}</span>'
        )
        body = f'<div style="flex:1;display:flex;align-items:center;justify-content:center;padding:20px"><div class="{"" if ctx.phone else "card"}" style="width:{"100%" if ctx.phone else "460px"};padding:{"8px" if ctx.phone else "34px"};display:flex;flex-direction:column;gap:14px">{inner}</div></div>'
        return page(
            ctx, rng, body, title=f"Connected · {ctx.app.name}", url=f"{ctx.app.domain}/connect/tiktok/done"
        )
    toast = (
        f'<div class="key" style="position:absolute;{"left:14px;right:14px;bottom:68px" if ctx.phone else "right:24px;bottom:24px;width:340px"};display:flex;gap:10px;align-items:flex-start;'
        f'padding:12px 14px;background:{lk.card};border:1px solid {lk.line};border-left:4px solid {GREEN};border-radius:8px;box-shadow:0 8px 30px rgba(0,0,0,.2)">'
        f'{icon("check", 18, GREEN, 2.4)}<div><b>{pick(ctx, rng, p.toasts)}</b><div class="small muted">{sub}</div></div>{icon("x", 14, lk.muted)}</div>'
    )
    if kind == "dashboard":
        badge = f'<span class="chip key" style="background:{GREEN}22;color:{GREEN}">{L.tiktok_tile(14, 3)} {pick(ctx, rng, p.badges)}</span>'
        main = (
            f'<div class="row" style="justify-content:space-between;flex-wrap:wrap;gap:8px"><h1 style="font-size:{lk.base + 8}px">{pick(ctx, rng, p.greet)}</h1>{badge}</div>'
            f"{_counts(ctx, rng)}{stat_cards(ctx, rng, 2 if ctx.phone else 3)}"
        )
        body = (
            phone_shell(ctx, p.nav[0], main, tabs=0, overlay=toast)
            if ctx.phone
            else desktop_shell(ctx, rng, main, p.nav[0], [p.nav[0]], toast)
        )
        return page(
            ctx,
            rng,
            body,
            title=f"{p.nav[0]} · {ctx.app.name}",
            url=f"{ctx.app.domain}/home?connected=tiktok",
        )
    # integrations grid again, TikTok now connected, with a banner on top
    banner = (
        f'<div class="key row" style="gap:10px;padding:12px 16px;border-radius:8px;background:{GREEN}1c;border:1px solid {GREEN}55">'
        f'{icon("check", 18, GREEN, 2.4)}<div><b>{title}</b> <span class="muted small">{sub}</span></div></div>'
    )
    cards = (
        f'<div class="card" style="padding:16px;display:flex;flex-direction:column;gap:10px;border-color:{GREEN}"><div class="row">{L.tiktok_tile(36)}<b>TikTok</b></div>'
        f'<div class="small muted">{esc(ctx.handle)}</div><span class="chip" style="background:{GREEN}22;color:{GREEN};align-self:flex-end">{icon("check", 11)}{pick(ctx, rng, p.connected_chip)}</span></div>'
    )
    for s in _services(ctx, rng, 5):
        cards += f'<div class="card" style="padding:16px;display:flex;flex-direction:column;gap:10px"><div class="row">{L.service_tile(s.letter, s.color, 36)}<b>{esc(s.name)}</b></div><div class="small muted">{esc(s.blurb)}</div>{btn(rng.choice(p.other_cta), "secondary", style="align-self:flex-end")}</div>'
    main = f'<h1>{pick(ctx, rng, p.connect_titles)}</h1>{banner}<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:14px">{cards}</div>'
    body = desktop_shell(ctx, rng, main, p.nav[4], [p.nav[7], p.nav[4]])
    return page(
        ctx,
        rng,
        body,
        title=f"{p.nav[4]} · {ctx.app.name}",
        url=f"{ctx.app.domain}/settings/integrations?status=connected",
    )


def dashboard(ctx: Ctx, rng: random.Random) -> str:
    """What the app shows after TikTok with no word about the connection."""
    p = ctx.pool
    main = dashboard_body(ctx, rng, 2 if ctx.phone else 3)
    if not ctx.phone:
        main += f'<div class="card" style="padding:16px"><h3>{esc(rng.choice(p.widgets))}</h3>{L.sparkline(rng, ctx.look.brand, 700, 120)}</div>'
    body = (
        phone_shell(ctx, p.nav[0], main, tabs=0)
        if ctx.phone
        else desktop_shell(ctx, rng, main, p.nav[0], [p.nav[0]], chat_bubble(ctx, rng))
    )
    return page(ctx, rng, body, title=f"{p.nav[0]} · {ctx.app.name}", url=f"{ctx.app.domain}/home")


# ---------------------------------------------------------------- extras


def app_login(ctx: Ctx, rng: random.Random) -> str:
    p = ctx.pool
    lab = [fill(ctx, x) for x in p.login_labels]
    inner = (
        f'<div class="row">{L.app_logo(ctx.app.name, ctx.app.color, 34)}<b style="font-size:{ctx.look.base + 4}px">{esc(ctx.app.name)}</b></div>'
        f'<h1>{pick(ctx, rng, p.login_titles)}</h1><p class="muted">{pick(ctx, rng, p.login_subs)}</p>'
        f'<label class="small">{esc(lab[0])}</label><div class="input">{esc(ctx.first.lower())}@{ctx.app.domain.split(".")[-2]}.com</div>'
        f'<label class="small">{esc(lab[1])}</label><div class="input">••••••••••</div><a class="small">{esc(lab[3])}</a>'
        f'<span class="btn primary block">{esc(lab[2])}</span><span class="btn secondary block">{esc(lab[4])}</span>'
        f'<p class="small muted" style="text-align:center">{esc(lab[5])}</p>'
    )
    body = f'<div style="flex:1;display:flex;align-items:center;justify-content:center;padding:18px"><div class="{"" if ctx.phone else "card"}" style="width:{"100%" if ctx.phone else "400px"};padding:{"4px" if ctx.phone else "30px"};display:flex;flex-direction:column;gap:9px">{inner}</div></div>'
    return page(ctx, rng, body, title=f"Sign in · {ctx.app.name}", url=f"{ctx.app.domain}/login")


def pricing(ctx: Ctx, rng: random.Random) -> str:
    p = ctx.pool
    w = p.pricing
    cols = ""
    for i, name in enumerate(w[2:5]):
        feats = "".join(
            f'<li class="row small" style="gap:6px">{icon("check", 13, GREEN)}{esc(f)}</li>'
            for f in p.plan_features[i : i + 3]
        )
        hot = i == 1
        cols += (
            f'<div class="card" style="flex:1;padding:18px;display:flex;flex-direction:column;gap:8px;{"border:2px solid " + ctx.look.brand if hot else ""}">'
            f'<b>{esc(name)}</b><div><span style="font-size:26px;font-weight:700">${[0, 19, 79][i]}</span> <span class="muted small">{esc(w[6])}</span></div>'
            f'<ul class="plain col" style="gap:4px">{feats}</ul><span class="btn {"primary" if hot else "secondary"}">{esc(w[5])}</span></div>'
        )
    main = f'<div style="text-align:center"><h1>{esc(w[0])}</h1><p class="muted">{esc(w[1])}</p></div><div class="row" style="gap:14px;align-items:stretch;{"flex-direction:column" if ctx.phone else ""}">{cols}</div>'
    body = (
        phone_shell(ctx, p.nav[6], main, tabs=3)
        if ctx.phone
        else desktop_shell(ctx, rng, main, p.nav[6], [p.nav[6]], cookie_banner(ctx, rng))
    )
    return page(ctx, rng, body, title=f"{w[0]} · {ctx.app.name}", url=f"{ctx.app.domain}/pricing")


def feed(ctx: Ctx, rng: random.Random) -> str:
    p = ctx.pool
    lk = ctx.look
    posts = ""
    for i, text in enumerate(rng.sample(p.feed_posts, 3)):
        who = rng.choice(p.people)
        posts += (
            f'<div class="card" style="padding:14px;display:flex;flex-direction:column;gap:8px"><div class="row">{L.avatar(initials(who), 30, ["#f59e0b", "#10b981", "#6366f1"][i])}'
            f'<div class="col"><b>{esc(who)}</b><span class="tiny muted">{rng.randint(2, 58)}m</span></div></div><p>{esc(text)}</p>'
            f'<div style="height:{110 if ctx.phone else 140}px;border-radius:8px;background:linear-gradient(135deg,{lk.brand}55,{rng.choice(["#f59e0b", "#10b981", "#ec4899"])}55)"></div>'
            f'<div class="row small muted" style="gap:16px">{icon("heart", 14)} {rng.randint(3, 900)} {icon("chat", 14)} {rng.randint(0, 80)}</div></div>'
        )
    main = f"<h2>{esc(rng.choice(p.feed_title))}</h2>{posts}"
    body = (
        phone_shell(ctx, ctx.app.name, main, tabs=0)
        if ctx.phone
        else desktop_shell(
            ctx,
            rng,
            f'<div style="width:600px;display:flex;flex-direction:column;gap:14px">{main}</div>',
            p.nav[0],
            [p.nav[0]],
            chat_bubble(ctx, rng),
        )
    )
    return page(ctx, rng, body, title=ctx.app.name, url=f"{ctx.app.domain}/feed")


def account_settings(ctx: Ctx, rng: random.Random) -> str:
    p = ctx.pool
    a = p.account_labels
    tabs = "".join(
        f'<span style="padding:8px 2px;{"border-bottom:2px solid " + ctx.look.brand + ";font-weight:600" if i == 0 else "color:" + ctx.look.muted}">{esc(t)}</span>'
        for i, t in enumerate(a[1:4])
    )
    main = (
        f'<h1>{esc(a[0])}</h1><div class="row" style="gap:20px;border-bottom:1px solid {ctx.look.line}">{tabs}</div>'
        f'<div class="card" style="padding:20px;display:flex;flex-direction:column;gap:10px;max-width:620px">'
        f'<div class="row">{L.avatar(initials(ctx.person), 56, ctx.app.color)}<div class="col"><b>{esc(ctx.person)}</b><span class="small muted">{esc(ctx.first.lower())}@mail.com</span></div></div>'
        f'<label class="small">{esc(a[4])}</label><div class="input">{esc(ctx.person)}</div><label class="small">{esc(a[5])}</label>'
        f'<div class="input">{esc(ctx.first.lower())}@mail.com</div><div class="row"><span class="btn primary">{esc(a[6])}</span>'
        f'<span class="btn ghost" style="color:#dc2626">{esc(a[7])}</span></div></div>'
    )
    body = (
        phone_shell(ctx, a[0], main, tabs=3)
        if ctx.phone
        else desktop_shell(ctx, rng, main, p.nav[7], [p.nav[7]])
    )
    return page(ctx, rng, body, title=f"{a[0]} · {ctx.app.name}", url=f"{ctx.app.domain}/account")


def tt_analytics(ctx: Ctx, rng: random.Random) -> str:
    """A TikTok-branded analytics page inside the app: about TikTok, but not a connect step."""
    a = ctx.pool.analytics
    lk = ctx.look
    tabs = "".join(
        f'<span style="padding:8px 2px;{"border-bottom:2px solid #fe2c55;font-weight:600" if i == 0 else "color:" + lk.muted}">{esc(t)}</span>'
        for i, t in enumerate(a[1:5])
    )
    metrics = "".join(
        f'<div class="card" style="padding:14px;flex:1"><div class="small muted">{esc(m)}</div><div style="font-size:24px;font-weight:700">{rng.randint(1, 99)}.{rng.randint(0, 9)}K</div>{L.sparkline(rng, "#fe2c55", 180, 36)}</div>'
        for m in a[5:8]
    )
    main = (
        f'<div class="row">{L.tiktok_tile(30)}<h1>{esc(a[0])}</h1></div><div class="row" style="gap:20px;border-bottom:1px solid {lk.line}">{tabs}</div>'
        f'<div class="row" style="gap:12px;align-items:stretch;{"flex-direction:column" if ctx.phone else ""}">{metrics}</div>'
    )
    body = (
        phone_shell(ctx, a[0], main, tabs=1)
        if ctx.phone
        else desktop_shell(ctx, rng, main, ctx.pool.nav[1], [ctx.pool.nav[1], a[0]])
    )
    return page(ctx, rng, body, title=f"{a[0]} · {ctx.app.name}", url=f"{ctx.app.domain}/insights/tiktok")
