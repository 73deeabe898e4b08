"""Screen builders: each takes the submission's context and a seeded rng and returns a `Shot`.

A Shot is the page's HTML plus `claims`, the labels the truth relies on (a Continue button, a
data item, the success heading). The generator checks every claim against the text the
browser reports as visible, so a label that ends up clipped or covered fails loudly instead
of making the truth a lie.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from benchmarks.corpusgen.common import Device
from benchmarks.studio import words as W
from benchmarks.studio.look import (
    Look,
    app_icon,
    avatar,
    browser_bar,
    esc,
    home_indicator,
    icon,
    page,
    service_icon,
    status_bar,
    tiktok_badge,
    tiktok_wordmark,
    webview_bar,
)
from benchmarks.studio.words import TIKTOK_SCOPE_TEXT, App, Pool


@dataclass(frozen=True)
class Disclosure:
    """What the connecting screen shows; the truth is derived from it."""

    named: tuple[str, ...]  # data sets whose items are listed ("all" = whole-archive wording)
    purpose: bool
    proceed: bool
    go_back: bool
    ongoing: bool


@dataclass
class Ctx:
    pool: Pool
    app: App
    look: Look
    device: Device
    person: str
    handle: str
    consent_scopes: list[str]  # "activity.single", ... as TikTok lists them
    disclosure: Disclosure | None = None


@dataclass
class Shot:
    html: str
    claims: list[str] = field(default_factory=list)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def fill(text: str, ctx: Ctx) -> str:
    return text.replace("{app}", ctx.app.name)


def phone(ctx: Ctx) -> bool:
    return ctx.device.platform in ("ios", "android")


def wide(ctx: Ctx) -> bool:
    return ctx.device.platform in ("tablet", "desktop")


def button(label: str, kind: str = "primary", extra: str = "", style: str = "") -> str:
    return f"<span class='btn {kind} {extra}' style='{style}'>{esc(label)}</span>"


# ---------------------------------------------------------------- frames


def frame(ctx: Ctx, content: str, *, path: str = "", tab: str = "") -> str:
    """System chrome around the app: status bar and home indicator, or a browser window."""
    lk = ctx.look
    if ctx.device.platform == "desktop":
        url = f"app.{slug(ctx.app.name)}.com/{path}"
        body = browser_bar(url, lk.dark, tab or ctx.app.name) + f"<div class='app'>{content}</div>"
    else:
        body = (
            status_bar(ctx.device, lk.dark)
            + f"<div class='app'>{content}</div>"
            + home_indicator(ctx.device, lk.dark)
        )
    return page(body, lk, ctx.app.name)


def tabbar(ctx: Ctx, active: int) -> str:
    icons = ("home", "search", "grid", "user")
    items = "".join(
        f"<div class='{'on' if i == active else ''}'>{icon(icons[i], 'currentColor', 1.4)}"
        f"<span>{esc(label)}</span></div>"
        for i, label in enumerate(ctx.pool.nav)
    )
    return f"<div class='tabbar'>{items}</div>"


def sidebar(ctx: Ctx, active: int, rng: random.Random) -> str:
    lk = ctx.look
    icons = ("home", "search", "grid", "gear")
    links = "".join(
        f"<a class='{'on' if i == active else ''}'>{icon(icons[i], 'currentColor', 1.1)}{esc(label)}</a>"
        for i, label in enumerate(ctx.pool.nav)
    )
    return (
        f"<div class='side col' style='gap:0.2rem'><div class='row' style='padding:0 0.5rem 1.2rem'>"
        f"{app_icon(ctx.app.glyph, lk.brand, lk.accent, 2)}<b style='font-size:1.05rem'>{esc(ctx.app.name)}</b>"
        f"</div>{links}<div style='flex:1'></div><div class='row' style='padding:0.5rem'>"
        f"{avatar(ctx.person, lk.accent, 1.8)}<span class='small'>{esc(ctx.person)}</span></div></div>"
    )


def nav_title(ctx: Ctx, title: str, left: str = "", right: str = "") -> str:
    align = "center" if ctx.look.kit == "ios" else "left"
    return (
        f"<div class='row' style='padding:0.6rem 1rem;min-height:3rem'>"
        f"<div style='min-width:4.5rem'>{left}</div><h3 class='grow' style='text-align:{align};font-size:1.05rem'>"
        f"{esc(title)}</h3><div style='min-width:4.5rem;text-align:right'>{right}</div></div>"
    )


def backdrop(ctx: Ctx, rng: random.Random) -> str:
    """A dimmed app screen behind a sheet or modal; only decoration, so it may be cropped."""
    lk = ctx.look
    cards = "".join(
        f"<div class='card pad' style='margin:0.6rem 1rem'><h3>{esc(t)}</h3><p class='muted'>{esc(s)}</p></div>"
        for t, s in rng.sample(ctx.pool.feed_cards, 3)
    )
    head = (
        f"<div class='row pad'>{app_icon(ctx.app.glyph, lk.brand, lk.accent, 2.2)}"
        f"<h2>{esc(ctx.app.name)}</h2></div>"
    )
    return f"<div class='bleed' style='position:absolute;inset:0'>{head}{cards}</div><div class='dim'></div>"


def link_art(ctx: Ctx, size: float = 3.4) -> str:
    """App icon and TikTok's icon joined by a dotted line: the UI-kit 'connect accounts' illustration."""
    lk = ctx.look
    dots = "".join(
        f"<span style='width:0.35rem;height:0.35rem;border-radius:50%;background:{lk.muted};opacity:.6'></span>"
        for _ in range(5)
    )
    return (
        f"<div class='row' style='justify-content:center;gap:0.7rem'>{app_icon(ctx.app.glyph, lk.brand, lk.accent, size)}"
        f"<span class='row' style='gap:0.3rem'>{dots}</span>{tiktok_badge(size)}</div>"
    )


def blob_art(ctx: Ctx, rng: random.Random, kind: str = "spark") -> str:
    """A flat illustration from SVG shapes (circles, rounded rects, a wave), as UI kits ship them."""
    lk = ctx.look
    c1, c2 = lk.brand, lk.accent
    shapes = (
        f"<circle cx='100' cy='70' r='62' fill='{c1}' opacity='.14'/>"
        f"<circle cx='{rng.randint(40, 70)}' cy='{rng.randint(30, 60)}' r='14' fill='{c2}' opacity='.8'/>"
        f"<rect x='62' y='40' width='76' height='60' rx='12' fill='{c1}'/>"
        f"<path d='M74 84l16-18 14 12 10-8 14 14' stroke='#fff' stroke-width='5' fill='none' stroke-linecap='round'/>"
        f"<circle cx='150' cy='30' r='7' fill='{c2}'/><path d='M20 120q40-24 80 0t80 0' stroke='{c2}' "
        f"stroke-width='4' fill='none' opacity='.6'/>"
    )
    if kind == "check":
        shapes = (
            f"<circle cx='100' cy='70' r='62' fill='{c1}' opacity='.14'/><circle cx='100' cy='70' r='40' fill='{c1}'/>"
            f"<path d='M82 71l12 12 24-26' stroke='#fff' stroke-width='8' fill='none' stroke-linecap='round' "
            f"stroke-linejoin='round'/><circle cx='40' cy='30' r='6' fill='{c2}'/><circle cx='165' cy='110' r='8' "
            f"fill='{c2}' opacity='.7'/><rect x='150' y='22' width='12' height='12' rx='3' fill='{c2}' "
            f"transform='rotate(20 156 28)'/>"
        )
    return f"<svg viewBox='0 0 200 140' style='width:11rem;height:7.7rem;display:block;margin:0 auto'>{shapes}</svg>"


# ---------------------------------------------------------------- connect page


def connect(ctx: Ctx, rng: random.Random, tiktok: bool = True) -> Shot:
    pool, lk = ctx.pool, ctx.look
    others = rng.sample(pool.other_services, rng.randint(2, 4) if tiktok else rng.randint(3, 5))
    services = list(others)
    if tiktok:
        services.insert(rng.randint(0, len(services)), "TikTok")
    title = fill(rng.choice(pool.connect_titles), ctx)
    sub = fill(rng.choice(pool.connect_subs), ctx)
    chip = rng.choice(pool.row_chips)
    claims: list[str] = []

    def rows(chip_kind: str) -> str:
        out = []
        for s in services:
            label = chip
            out.append(
                f"<div class='row' style='padding:0.8rem 1rem'>{service_icon(s, 2.3)}<div class='grow'>"
                f"<b>{esc(s)}</b></div>{button(label, 'chip', chip_kind)}</div>"
            )
        return f"<div class='card divide' style='margin:0 1rem'>{''.join(out)}</div>"

    def tiles() -> str:
        cap = rng.choice(pool.tile_captions)
        cells = "".join(
            f"<div class='card col' style='align-items:center;gap:0.45rem;padding:1rem 0.5rem'>{service_icon(s, 2.8)}"
            f"<b>{esc(s)}</b><span class='small muted'>{esc(cap)}</span></div>"
            for s in services
        )
        cols = 4 if wide(ctx) else 2
        return f"<div style='display:grid;grid-template-columns:repeat({cols},1fr);gap:0.8rem;padding:0 1rem'>{cells}</div>"

    # Without TikTok the big button names another service, in the same verb.
    cta = rng.choice(pool.connect_ctas) if tiktok else f"{pool.connect_ctas[0].split(' ')[0]} {others[0]}"

    if phone(ctx):
        variant = rng.choice(("list", "tiles", "hero", "empty"))
        if variant in ("list", "tiles"):
            inner = rows(rng.choice(("", "ghost"))) if variant == "list" else tiles()
            if tiktok:
                claims.append("TikTok")
            content = (
                nav_title(ctx, title if lk.kit == "material" else "")
                + f"<div class='pad stack' style='padding-top:0'><h1>{esc(title)}</h1><p class='muted'>{esc(sub)}"
                f"</p></div>{inner}<div style='flex:1'></div>{tabbar(ctx, rng.randint(0, 3))}"
            )
        else:
            dots = "".join(f"<i class='{'on' if i == 1 else ''}'></i>" for i in range(4))
            art = link_art(ctx) if tiktok and rng.random() < 0.5 else blob_art(ctx, rng)
            skip = rng.choice(pool.skip_labels) if variant == "hero" else ""
            head = nav_title(ctx, "", right=button(skip, "text") if skip else "")
            heading = title if variant == "hero" else rng.choice(pool.empty_titles)
            claims.append(cta)
            content = (
                f"{head}<div class='col grow' style='justify-content:center;padding:1.5rem;gap:1rem;text-align:center'>"
                f"{art}<h1>{esc(heading)}</h1><p class='muted'>{esc(sub)}</p></div>"
                f"<div class='pad stack'>{'<div class=dots>' + dots + '</div>' if variant == 'hero' else ''}"
                f"{button(cta, 'primary', 'block')}</div>"
            )
            if variant == "empty":
                content += tabbar(ctx, 2)
        return Shot(frame(ctx, content), claims)

    # Tablet and desktop: a settings page with a sidebar (tablet: a split view).
    if tiktok:
        claims.append("TikTok")
    style = rng.choice(("rows", "cards"))
    if style == "rows":
        inner = rows(rng.choice(("", "ghost")))
    else:
        cap, chip_kind = rng.choice(pool.tile_captions), rng.choice(("", "ghost"))
        cells = "".join(
            f"<div class='card pad col' style='gap:0.6rem'><div class='row'>{service_icon(s, 2.4)}<b>{esc(s)}</b></div>"
            f"<span class='small muted'>{esc(cap)}</span>"
            f"<div>{button(chip, 'chip', chip_kind)}</div></div>"
            for s in services
        )
        cols = 3 if ctx.device.platform == "desktop" else 2
        inner = f"<div style='display:grid;grid-template-columns:repeat({cols},1fr);gap:1rem;padding:0 1rem'>{cells}</div>"
    seg = ""
    if rng.random() < 0.5:
        seg = (
            "<div class='seg' style='margin:0 1rem 1rem;max-width:22rem'><span class='on'>"
            + "</span><span>".join(esc(x) for x in pool.segments)
            + "</span></div>"
        )
    main = (
        f"<div class='col grow' style='padding:1.5rem 1rem;overflow:hidden'><div class='pad stack' style='padding-top:0'>"
        f"<h1>{esc(title)}</h1><p class='muted'>{esc(sub)}</p></div>{seg}{inner}</div>"
    )
    content = f"<div class='row grow' style='align-items:stretch;gap:0'>{sidebar(ctx, 3, rng)}{main}</div>"
    return Shot(frame(ctx, content, path="settings/integrations", tab=title), claims)


# ---------------------------------------------------------------- connecting screen


def data_items(ctx: Ctx, rng: random.Random, named: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(label, detail, icon) for every data set named, 1-3 items each; comments only beside activity."""
    icons = {"activity": "clock", "postsandprofile": "film", "directmessages": "chat", "all": "archive"}
    out: list[tuple[str, str, str]] = []
    for ds in named:
        pool = ctx.pool.data[ds]
        k = 1 if ds == "all" else rng.randint(1, min(3, len(pool)))
        for label, detail in rng.sample(pool, k):
            ic = "user" if "rofile" in label or "Bio" in label else icons[ds]
            out.append((label, detail, ic))
        if ds == "activity" and rng.random() < 0.3:
            out.append((*ctx.pool.comments, "chat"))
    return out


def data_block(ctx: Ctx, rng: random.Random, d: Disclosure) -> tuple[str, list[str]]:
    if not d.named:
        return "", []
    lk = ctx.look
    items = data_items(ctx, rng, d.named)
    head = fill(rng.choice(ctx.pool.list_heads), ctx)
    style = rng.choice(("icons", "bullets", "toggles", "checks", "chips"))
    detail = rng.random() < 0.6 and style != "chips"
    rows = []
    for label, sub, ic in items:
        text = f"<b>{esc(label)}</b>" + (f"<div class='small muted'>{esc(sub)}</div>" if detail else "")
        if style == "icons":
            lead = (
                f"<span class='icon' style='width:2.1rem;height:2.1rem;border-radius:0.6rem;background:{lk.surface};"
                f"border:1px solid {lk.line}'>{icon(ic, lk.brand, 1.1)}</span>"
            )
            rows.append(
                f"<div class='row' style='padding:0.35rem 0'>{lead}<div class='grow'>{text}</div></div>"
            )
        elif style == "bullets":
            rows.append(
                f"<div class='row' style='padding:0.2rem 0;align-items:flex-start'><span style='color:{lk.brand};"
                f"font-weight:800'>&bull;</span><div class='grow'>{text}</div></div>"
            )
        elif style == "toggles":
            rows.append(
                f"<div class='row' style='padding:0.45rem 0'><div class='grow'>{text}</div><span class='switch'></span></div>"
            )
        elif style == "checks":
            rows.append(
                f"<div class='row' style='padding:0.35rem 0'><span class='check'>{icon('check', '#fff', 0.9, 3)}</span>"
                f"<div class='grow'>{text}</div></div>"
            )
        else:
            rows.append(
                f"<span class='row' style='gap:0.35rem;padding:0.35rem 0.7rem;border-radius:999px;border:1px solid "
                f"{lk.line};background:{lk.surface};font-size:0.9rem'>{icon(ic, lk.brand, 0.95)}{esc(label)}</span>"
            )
    if style == "chips":
        body = f"<div style='display:flex;flex-wrap:wrap;gap:0.45rem'>{''.join(rows)}</div>"
    elif style in ("toggles", "checks") and rng.random() < 0.6:
        body = f"<div class='card divide' style='padding:0.2rem 0.9rem'>{''.join(rows)}</div>"
    else:
        body = "".join(rows)
    return f"<div class='col' style='gap:0.35rem'><h3>{esc(head)}</h3>{body}</div>", [i[0] for i in items]


def purpose_block(ctx: Ctx, rng: random.Random, d: Disclosure) -> tuple[str, list[str]]:
    if not d.purpose:
        return "", []
    app = ctx.app
    if rng.random() < 0.5:
        sentence = rng.choice(ctx.pool.purpose_sentences).replace("{goal}", rng.choice(app.goals))
        sentence = fill(sentence, ctx)
        if rng.random() < 0.4:
            head = esc(rng.choice(ctx.pool.purpose_heads))
            return f"<div class='col' style='gap:0.3rem'><h3>{head}</h3><p>{esc(sentence)}</p></div>", [
                sentence
            ]
        return f"<p>{esc(sentence)}</p>", [sentence]
    head = rng.choice(ctx.pool.purpose_heads)
    bullets = rng.sample(app.bullets, rng.randint(2, len(app.bullets)))
    items = "".join(
        f"<div class='row' style='gap:0.5rem;padding:0.15rem 0'>{icon('check', ctx.look.brand, 1.1, 2.6)}"
        f"<span>{esc(b)}</span></div>"
        for b in bullets
    )
    return f"<div class='col' style='gap:0.3rem'><h3>{esc(head)}</h3>{items}</div>", [head, *bullets]


def connecting(ctx: Ctx, rng: random.Random) -> Shot:
    d = ctx.disclosure
    assert d is not None
    pool, lk = ctx.pool, ctx.look
    title = fill(rng.choice(pool.connecting_titles), ctx)
    intro = fill(rng.choice(pool.connecting_intros), ctx)
    data_html, data_claims = data_block(ctx, rng, d)
    purpose_html, purpose_claims = purpose_block(ctx, rng, d)
    # Designers put the "why" before or after the list; both are common.
    blocks = [data_html, purpose_html] if rng.random() < 0.65 else [purpose_html, data_html]
    when = rng.choice(pool.ongoing) if d.ongoing else (rng.choice(pool.single) if rng.random() < 0.4 else "")
    foot = rng.choice(pool.footers) if rng.random() < 0.6 else ""
    proceed = rng.choice(pool.proceed)
    back = rng.choice(pool.go_back)
    back_style = rng.choice(("button", "button", "chevron", "x"))
    claims = [title, *data_claims, *purpose_claims]
    if d.ongoing:
        claims.append(when)
    if d.proceed:
        claims.append(proceed)
    if d.go_back:
        claims.append(
            back
            if back_style == "button"
            else pool.back_labels[0]
            if back_style == "chevron"
            else pool.close_labels[0]
        )

    top_left = top_right = ""
    if d.go_back and back_style == "chevron":
        top_left = f"<span class='btn text' style='padding-left:0'>{icon('back', 'currentColor', 1.2)}{esc(pool.back_labels[0])}</span>"
    if d.go_back and back_style == "x":
        top_right = (
            f"<span class='btn text'>{icon('x', 'currentColor', 1.1)}{esc(pool.close_labels[0])}</span>"
        )
    side_by_side = wide(ctx) or rng.random() < 0.3
    acts = []
    if d.go_back and back_style == "button":
        acts.append(button(back, rng.choice(("secondary", "text", "tonal")), "" if side_by_side else "block"))
    if d.proceed:
        acts.append(button(proceed, "primary", "" if side_by_side else "block"))
    if not side_by_side:
        acts.reverse()  # stacked: the primary on top, the way iOS and Material kits stack them
        actions = f"<div class='col' style='gap:0.5rem'>{''.join(acts)}</div>"
    else:
        actions = f"<div class='row' style='justify-content:flex-end;gap:0.6rem'>{''.join(acts)}</div>"
    if not acts:
        actions = ""
    texts = [f"<p class='muted'>{esc(intro)}</p>", *[b for b in blocks if b]]
    if when:
        texts.append(
            f"<p class='small row' style='gap:0.4rem'>{icon('clock', lk.muted, 1)}<span>{esc(when)}</span></p>"
        )
    if foot:
        texts.append(f"<p class='small muted'>{esc(foot)}</p>")
    body = "".join(texts)

    variants = (
        ["page", "sheet", "stepper"]
        if phone(ctx)
        else ["modal", "page", "sheet" if ctx.device.platform == "tablet" else "modal"]
    )
    variant = rng.choice(variants)
    art = link_art(ctx, 3.0 if phone(ctx) else 3.4) if rng.random() < 0.75 else blob_art(ctx, rng)
    if variant in ("page", "stepper"):
        head = nav_title(ctx, "", top_left, top_right)
        steps = ""
        if variant == "stepper":
            n, m = 2, rng.choice((3, 4))
            label = rng.choice(pool.steps_label).replace("{n}", str(n)).replace("{m}", str(m))
            bar = "".join(
                f"<span style='flex:1;height:0.3rem;border-radius:1rem;background:{lk.brand if i < n else lk.line}'></span>"
                for i in range(m)
            )
            steps = f"<div class='col' style='gap:0.35rem'><span class='small muted'>{esc(label)}</span><div class='row' style='gap:0.3rem'>{bar}</div></div>"
        inner = (
            f"<div class='col grow' style='padding:0.5rem 1.4rem 1rem;gap:1rem;max-width:40rem;width:100%;margin:0 auto'>"
            f"{steps}{art}<h1>{esc(title)}</h1>{body}</div>"
            f"<div style='padding:0.6rem 1.4rem 1.2rem;max-width:40rem;width:100%;margin:0 auto'>{actions}</div>"
        )
        if ctx.device.platform == "desktop":
            inner = f"<div class='row grow' style='align-items:stretch;gap:0'>{sidebar(ctx, 3, rng)}<div class='col grow' style='padding-top:1rem'>{head}{inner}</div></div>"
            return Shot(frame(ctx, inner, path="settings/integrations/tiktok", tab=title), claims)
        return Shot(frame(ctx, head + inner), claims)

    hdr = (
        f"<div class='row' style='justify-content:space-between;min-height:2.2rem'>{top_left or '<span></span>'}"
        f"{top_right}</div>"
    )
    card = f"<div class='col' style='gap:0.9rem'>{hdr}{art}<h2 style='font-size:1.45rem'>{esc(title)}</h2>{body}{actions}</div>"
    if variant == "sheet":
        content = (
            f"{backdrop(ctx, rng)}<div class='col' style='position:relative;flex:1;justify-content:flex-end'>"
            f"<div class='sheet'><div class='grabber'></div><div style='padding:0.6rem 1.4rem 1.4rem'>{card}</div></div></div>"
        )
        return Shot(frame(ctx, content), claims)
    width = "34rem" if ctx.device.platform == "desktop" else "30rem"
    content = (
        f"{backdrop(ctx, rng)}<div class='col' style='position:relative;flex:1;justify-content:center;"
        f"align-items:center;padding:1rem'><div class='modal' style='width:{width};max-width:100%;padding:1.4rem'>{card}</div></div>"
    )
    return Shot(frame(ctx, content, path="settings/integrations", tab=title), claims)


# ---------------------------------------------------------------- TikTok's own pages


def tiktok_shell(ctx: Ctx, rng: random.Random, dark: bool, inner: str, url: str) -> str:
    """TikTok's web page in an in-app browser (phones, tablets) or a desktop browser window (no `.app`)."""
    bg, fg = ("#121212", "#ffffff") if dark else ("#ffffff", "#161823")
    look = ctx.look
    style = (
        f"<style>body{{background:{bg};color:{fg};font-family:'Inter','Liberation Sans',sans-serif}}"
        f".tt-opt{{display:flex;align-items:center;gap:0.8rem;border:1px solid {'#3a3a3a' if dark else '#e3e3e4'};"
        f"padding:0.8rem 1rem;font-weight:600;font-size:0.95rem;border-radius:0.25rem}}"
        f".tt-muted{{color:{'#a8a8a8' if dark else '#6b6d77'}}}</style>"
    )
    if ctx.device.platform == "desktop":
        chrome = browser_bar(url, dark, W.TIKTOK_TAB)
        inner = (
            f"<div class='row' style='padding:1rem 2rem;border-bottom:1px solid {'#2a2a2a' if dark else '#eee'}'>"
            f"{tiktok_wordmark(dark, 1.5)}</div><div class='col grow' style='align-items:center;justify-content:center'>"
            f"<div style='width:30rem;padding:2rem;border-radius:0.6rem;"
            f"{'background:#1e1e1e' if dark else 'box-shadow:0 4px 30px rgba(0,0,0,.12)'}'>{inner}</div></div>"
        )
        body = chrome + f"<div class='col grow' style='min-height:0'>{inner}</div>"
    else:
        done = rng.choice(W.WEBVIEW_DONE)
        body = (
            status_bar(ctx.device, dark, bg=bg)
            + webview_bar(url, dark, ctx.device, done)
            + f"<div class='col grow' style='min-height:0;padding:1rem 1.4rem;"
            f"{'max-width:32rem;margin:0 auto;width:100%' if ctx.device.platform == 'tablet' else ''}'>{inner}</div>"
            + home_indicator(ctx.device, dark, bg=bg)
        )
    return page(style + body, look, "TikTok")


def tiktok_login(ctx: Ctx, rng: random.Random) -> Shot:
    dark = rng.random() < (0.6 if ctx.look.dark else 0.25)
    pool = ctx.pool
    title = rng.choice(pool.tt_login_title)
    options = rng.choice(pool.tt_login_options)
    fg = "#fff" if dark else "#161823"
    icons = {
        "QR": "qr",
        "phone": "user",
        "Facebook": "user",
        "Google": "mail",
        "Apple": "user",
        "X": "user",
        "email": "mail",
    }
    rows = "".join(
        f"<div class='tt-opt'>{icon(next((v for k, v in icons.items() if k in o), 'user'), fg, 1.3)}"
        f"<span class='grow' style='text-align:center;margin-right:1.3rem'>{esc(o)}</span></div>"
        for o in options
    )
    footer = rng.choice(pool.tt_login_footer)
    inner = (
        f"<div class='col grow' style='gap:0.8rem'><div style='text-align:center;padding:0.6rem 0'>{tiktok_wordmark(dark, 1.4)}</div>"
        f"<h1 style='text-align:center;font-size:1.7rem;margin:0.4rem 0'>{esc(title)}</h1>"
        f"<p class='tt-muted' style='text-align:center;font-size:0.9rem'>{esc(W.TIKTOK_LOGIN_SUB)}</p>"
        f"{rows}<div class='grow'></div>"
        f"<p class='tt-muted small' style='text-align:center'>{esc(W.TIKTOK_TERMS)}</p>"
        f"<p style='text-align:center;font-size:0.95rem;padding:0.6rem 0'>{esc(footer.split('?')[0])}? "
        f"<b style='color:#fe2c55'>{esc(footer.split('? ')[1])}</b></p></div>"
    )
    url = "www.tiktok.com/login?redirect_url=auth"
    return Shot(tiktok_shell(ctx, rng, dark, inner, url), [title, options[0]])


def tiktok_consent(ctx: Ctx, rng: random.Random) -> Shot:
    dark = rng.random() < (0.6 if ctx.look.dark else 0.25)
    pool, lk = ctx.pool, ctx.look
    lead = fill(rng.choice(pool.tt_consent_lead), ctx)
    ok, cancel = rng.choice(pool.tt_consent_buttons)
    perms = [TIKTOK_SCOPE_TEXT[s] for s in ctx.consent_scopes] or [TIKTOK_SCOPE_TEXT["activity.single"]]
    fg = "#fff" if dark else "#161823"
    plist = "".join(
        f"<div class='row' style='gap:0.6rem;padding:0.45rem 0;font-size:0.95rem'>{icon('check', fg, 1.1, 2.4)}"
        f"<span>{esc(p)}</span></div>"
        for p in perms
    )
    dots = "".join(
        "<span style='width:0.3rem;height:0.3rem;border-radius:50%;background:#8a8b91'></span>"
        for _ in range(3)
    )
    note = rng.choice(pool.tt_consent_note)
    line = "#333" if dark else "#eee"
    inner = (
        f"<div class='col grow' style='gap:1rem'><div class='row' style='justify-content:center;gap:0.8rem;padding-top:1rem'>"
        f"{app_icon(ctx.app.glyph, lk.brand, lk.accent, 3.6)}<span class='row' style='gap:0.3rem'>{dots}</span>"
        f"{tiktok_badge(3.6)}</div>"
        f"<h2 style='text-align:center;font-size:1.3rem'>{esc(lead)}</h2>"
        f"<div class='row' style='gap:0.6rem;padding:0.6rem 0;border-top:1px solid {line};border-bottom:1px solid {line}'>"
        f"{avatar(ctx.person, '#fe2c55', 2.2)}<div class='col'><b style='font-size:0.95rem'>{esc(ctx.handle)}</b>"
        f"<span class='tt-muted small'>{esc(W.TIKTOK_SWITCH)}</span></div></div>"
        f"<div><p class='tt-muted' style='font-size:0.9rem;margin-bottom:0.2rem'>{esc(W.TIKTOK_PERMS_HEAD)}</p>{plist}</div>"
        f"<div class='grow'></div><p class='tt-muted small'>{esc(note)}</p>"
        f"<div class='col' style='gap:0.6rem'><span class='btn block' style='background:#fe2c55;color:#fff;border-radius:0.25rem'>"
        f"{esc(ok)}</span><span class='btn block' style='background:{'#2f2f2f' if dark else '#f1f1f2'};color:{fg};"
        f"border-radius:0.25rem'>{esc(cancel)}</span></div></div>"
    )
    url = "www.tiktok.com/v2/auth/authorize/"
    return Shot(tiktok_shell(ctx, rng, dark, inner, url), [lead, *perms, ok])


# ---------------------------------------------------------------- result


def result(ctx: Ctx, rng: random.Random) -> Shot:
    pool = ctx.pool
    title = fill(rng.choice(pool.result_titles), ctx)
    body = fill(rng.choice(pool.result_bodies), ctx)
    cta = rng.choice(pool.result_buttons)
    preview = ""
    if rng.random() < 0.45:
        n1, n2 = rng.randint(12, 480), rng.randint(3, 90)
        preview = (
            f"<div class='card pad col' style='gap:0.5rem;text-align:left'><span class='small muted'>"
            f"{esc(pool.imported_heads[0])}</span><div class='row'>{tiktok_badge(2)}<div class='grow'>"
            f"<b>{esc(ctx.handle)}</b><div class='small muted'>{esc(pool.preview_counts.format(a=n1, b=n2))}</div></div>"
            f"<span class='badge'>{rng.randint(10, 95)}%</span></div></div>"
        )
    variant = rng.choice(("page", "page", "modal")) if phone(ctx) else rng.choice(("modal", "banner"))
    art = blob_art(ctx, rng, "check")
    if variant == "page":
        content = (
            nav_title(ctx, "")
            + f"<div class='col grow' style='justify-content:center;align-items:center;text-align:center;gap:1rem;"
            f"padding:1.5rem'>{art}<h1>{esc(title)}</h1><p class='muted'>{esc(body)}</p>{preview}</div>"
            f"<div class='pad'>{button(cta, 'primary', 'block')}</div>"
        )
        return Shot(frame(ctx, content), [title])
    if variant == "modal":
        card = (
            f"<div class='col' style='gap:0.9rem;text-align:center'>{art}<h2 style='font-size:1.45rem'>{esc(title)}</h2>"
            f"<p class='muted'>{esc(body)}</p>{preview}{button(cta, 'primary', 'block')}</div>"
        )
        content = (
            f"{backdrop(ctx, rng)}<div class='col' style='position:relative;flex:1;justify-content:center;"
            f"align-items:center;padding:1.2rem'><div class='modal' style='width:28rem;max-width:100%;padding:1.5rem'>"
            f"{card}</div></div>"
        )
        return Shot(frame(ctx, content, path="settings/integrations", tab=title), [title])
    # Banner on the integrations page, with TikTok's row now showing as connected.
    banner = (
        f"<div class='row card' style='margin:0 1rem 1rem;padding:0.9rem 1rem;border-color:#22c55e;'>"
        f"<span class='icon' style='width:1.8rem;height:1.8rem;border-radius:50%;background:#22c55e'>"
        f"{icon('check', '#fff', 1.1, 3)}</span><div class='grow'><b>{esc(title)}</b><div class='small muted'>"
        f"{esc(body)}</div></div>{button(cta, 'text')}</div>"
    )
    others = rng.sample(pool.other_services, 3)
    rows = [
        f"<div class='row' style='padding:0.8rem 1rem'>{service_icon('TikTok', 2.3)}<div class='grow'><b>TikTok</b>"
        f"<div class='small muted'>{esc(ctx.handle)}</div></div><span class='badge' style='color:#16a34a'>"
        f"{esc(rng.choice(pool.connected_badges))}</span></div>"
    ] + [
        f"<div class='row' style='padding:0.8rem 1rem'>{service_icon(s, 2.3)}<div class='grow'><b>{esc(s)}</b></div>"
        f"{button(pool.row_chips[0], 'chip', 'ghost')}</div>"
        for s in others
    ]
    main = (
        f"<div class='col grow' style='padding:1.5rem 1rem'><div class='pad' style='padding-top:0'><h1>"
        f"{esc(pool.connect_titles[0])}</h1></div>{banner}<div class='card divide' style='margin:0 1rem'>{''.join(rows)}</div></div>"
    )
    content = f"<div class='row grow' style='align-items:stretch;gap:0'>{sidebar(ctx, 3, rng)}{main}</div>"
    return Shot(frame(ctx, content, path="settings/integrations", tab=title), [title])


# ---------------------------------------------------------------- extras and near misses


def _shell(ctx: Ctx, rng: random.Random, title: str, inner: str, active: int, path: str) -> str:
    """An app screen with the platform's navigation: tab bar on phones, sidebar on big screens."""
    if phone(ctx):
        return frame(
            ctx,
            nav_title(ctx, title)
            + f"<div class='col grow' style='gap:0.8rem;padding:0 1rem'>{inner}</div>"
            + tabbar(ctx, active),
        )
    content = (
        f"<div class='row grow' style='align-items:stretch;gap:0'>{sidebar(ctx, active, rng)}<div class='col grow' "
        f"style='padding:2rem;gap:1rem'><h1>{esc(title)}</h1>{inner}</div></div>"
    )
    return frame(ctx, content, path=path, tab=title)


def signin(ctx: Ctx, rng: random.Random) -> Shot:
    pool, lk = ctx.pool, ctx.look
    title = fill(rng.choice(pool.signin_titles), ctx)
    form = (
        f"<div class='col' style='gap:0.9rem;width:100%;max-width:24rem;margin:0 auto'>"
        f"<div style='text-align:center'>{app_icon(ctx.app.glyph, lk.brand, lk.accent, 3.6)}</div>"
        f"<h1 style='text-align:center'>{esc(title)}</h1><p class='muted' style='text-align:center'>{esc(ctx.app.tagline)}</p>"
        f"<div class='field'>{esc(ctx.person.split()[0].lower())}@example.com</div><div class='field'>&bull;&bull;&bull;&bull;&bull;&bull;&bull;&bull;</div>"
        f"{button(rng.choice(pool.signin_buttons), 'primary', 'block')}"
        f"<p class='small muted' style='text-align:center'>{esc(pool.or_label)}</p>{button(W.APP_SIGNIN_ALT, 'secondary', 'block')}</div>"
    )
    return Shot(
        frame(
            ctx,
            f"<div class='col grow' style='justify-content:center;padding:1.5rem'>{form}</div>",
            path="login",
        ),
        [title],
    )


def feed(ctx: Ctx, rng: random.Random) -> Shot:
    pool, lk = ctx.pool, ctx.look
    title = rng.choice(pool.feed_titles)
    cards = "".join(
        f"<div class='card' style='overflow:hidden'><div style='height:4.5rem;background:linear-gradient(120deg,"
        f"{lk.brand},{lk.accent});opacity:.85'></div><div class='pad' style='padding:0.8rem 1rem'><h3>{esc(t)}</h3>"
        f"<p class='muted small'>{esc(s)}</p></div></div>"
        for t, s in rng.sample(pool.feed_cards, 3 if phone(ctx) else 4)
    )
    seg = (
        "<div class='seg'><span class='on'>"
        + esc(pool.nav[0])
        + "</span><span>"
        + esc(pool.nav[1])
        + "</span></div>"
    )
    grid = (
        cards
        if phone(ctx)
        else f"<div style='display:grid;grid-template-columns:repeat(2,1fr);gap:1rem'>{cards}</div>"
    )
    return Shot(_shell(ctx, rng, title, seg + grid, 0, "home"), [title])


def pricing(ctx: Ctx, rng: random.Random) -> Shot:
    pool, lk = ctx.pool, ctx.look
    title = rng.choice(pool.pricing_titles)
    prices = ("$0", f"${rng.choice((4, 5, 7))}.99", f"${rng.choice((9, 12, 15))}.99")
    plans = "".join(
        f"<div class='card pad col' style='gap:0.4rem;{'border:2px solid ' + lk.brand if i == 1 else ''}'>"
        f"<div class='row'><h3 class='grow'>{esc(n)}</h3><b>{p}<span class='small muted'>{esc(pool.per_month)}</span></b></div>"
        + "".join(
            f"<span class='small muted'>{icon('check', lk.brand, 0.9)} {esc(k)}</span>"
            for k in rng.sample(pool.plan_perks, 2)
        )
        + "</div>"
        for i, (n, p) in enumerate(zip(pool.plan_names, prices, strict=True))
    )
    layout = (
        plans
        if phone(ctx)
        else f"<div style='display:grid;grid-template-columns:repeat(3,1fr);gap:1rem'>{plans}</div>"
    )
    return Shot(
        _shell(ctx, rng, title, layout + button(pool.plan_names[1], "primary", "block"), 2, "pricing"),
        [title],
    )


def settings(ctx: Ctx, rng: random.Random) -> Shot:
    pool, lk = ctx.pool, ctx.look
    rows = "".join(
        f"<div class='row' style='padding:0.85rem 1rem'><span class='grow'>{esc(r)}</span>"
        + ("<span class='switch'></span>" if i % 3 == 1 else icon("chev", lk.muted, 1))
        + "</div>"
        for i, r in enumerate(pool.settings_rows)
    )
    head = f"<div class='row card pad'>{avatar(ctx.person, lk.accent, 2.6)}<div><b>{esc(ctx.person)}</b><div class='small muted'>{esc(ctx.handle)}</div></div></div>"
    title = pool.nav[3] if pool.nav[3] in ("Settings",) else pool.settings_rows[0]
    return Shot(_shell(ctx, rng, title, head + f"<div class='card divide'>{rows}</div>", 3, "settings"), [])


def profile(ctx: Ctx, rng: random.Random) -> Shot:
    pool, lk = ctx.pool, ctx.look
    stats = "".join(
        f"<div class='col' style='align-items:center;flex:1'><b style='font-size:1.2rem'>{rng.randint(3, 240)}</b>"
        f"<span class='small muted'>{esc(s)}</span></div>"
        for s in pool.profile_stats
    )
    grid = "".join(
        f"<div style='aspect-ratio:1;border-radius:0.6rem;background:linear-gradient({rng.randint(0, 360)}deg,"
        f"{lk.brand},{lk.accent});opacity:{rng.uniform(0.45, 0.95):.2f}'></div>"
        for _ in range(6)
    )
    inner = (
        f"<div class='col' style='align-items:center;gap:0.4rem'>{avatar(ctx.person, lk.accent, 4.5)}<h2>{esc(ctx.person)}</h2>"
        f"<span class='muted'>{esc(ctx.handle)}</span></div><div class='row card' style='padding:0.8rem'>{stats}</div>"
        f"<div style='display:grid;grid-template-columns:repeat({3 if phone(ctx) else 6},1fr);gap:0.5rem'>{grid}</div>"
    )
    return Shot(_shell(ctx, rng, ctx.person.split()[0], inner, 3, "profile"), [ctx.person])


def dashboard(ctx: Ctx, rng: random.Random) -> Shot:
    """The app's home after TikTok, with numbers but no word that the connection worked."""
    pool, lk = ctx.pool, ctx.look
    title = rng.choice(pool.dashboard_titles)
    cells = "".join(
        f"<div class='card pad col' style='gap:0.2rem'><span class='small muted'>{esc(k)}</span>"
        f"<b style='font-size:1.4rem'>{esc(v)}</b></div>"
        for k, v in pool.dashboard_widgets
    )
    bars = "".join(
        f"<div style='flex:1;height:{rng.randint(20, 100)}%;background:{lk.brand};border-radius:0.3rem 0.3rem 0 0;opacity:.8'></div>"
        for _ in range(10)
    )
    chart = f"<div class='card pad'><div class='row' style='align-items:flex-end;height:7rem;gap:0.35rem'>{bars}</div></div>"
    cols = 2 if phone(ctx) else 4
    inner = (
        f"<div style='display:grid;grid-template-columns:repeat({cols},1fr);gap:0.7rem'>{cells}</div>{chart}"
    )
    return Shot(_shell(ctx, rng, title, inner, 0, "dashboard"), [title])


def google_consent(ctx: Ctx, rng: random.Random) -> Shot:
    """Google's account chooser / consent page, where TikTok's page should have been."""
    pool = ctx.pool
    lead = fill(rng.choice(pool.google_lead), ctx)
    g = "".join(
        f"<span style='color:{c};font-weight:700;font-size:1.5rem;font-family:Roboto,sans-serif'>{ch}</span>"
        for ch, c in zip(
            "Google", ("#4285f4", "#ea4335", "#fbbc05", "#4285f4", "#34a853", "#ea4335"), strict=True
        )
    )
    perms = "".join(
        f"<div class='row' style='padding:0.6rem 0;border-bottom:1px solid #e0e0e0'>{icon('user', '#5f6368', 1.2)}"
        f"<span style='font-size:0.92rem'>{esc(p)}</span></div>"
        for p in pool.google_perms
    )
    inner = (
        f"<div class='col' style='gap:1rem;max-width:28rem;margin:0 auto;width:100%;color:#202124'><div>{g}</div>"
        f"<h1 style='font-size:1.5rem;font-weight:400'>{esc(lead)}</h1>"
        f"<div class='row' style='border:1px solid #dadce0;border-radius:2rem;padding:0.3rem 0.8rem;align-self:flex-start'>"
        f"{avatar(ctx.person, '#1a73e8', 1.4)}<span class='small'>{esc(ctx.person.split()[0].lower())}@gmail.com</span></div>"
        f"{perms}<p class='small' style='color:#5f6368'>{esc(fill(W.GOOGLE_TRUST, ctx))}</p>"
        f"<div class='row' style='justify-content:flex-end;gap:0.6rem'><span class='btn' style='color:#1a73e8;background:none'>{W.GOOGLE_BUTTONS[0]}</span>"
        f"<span class='btn' style='background:#1a73e8;color:#fff;border-radius:2rem'>{W.GOOGLE_BUTTONS[1]}</span></div></div>"
    )
    if ctx.device.platform == "desktop":
        body = browser_bar("accounts.google.com/o/oauth2/v2/auth", False, W.GOOGLE_TAB) + (
            f"<div class='col grow' style='justify-content:center;background:#fff;padding:2rem'>{inner}</div>"
        )
    else:
        body = (
            status_bar(ctx.device, False, bg="#fff")
            + webview_bar("accounts.google.com", False, ctx.device)
            + f"<div class='col grow' style='background:#fff;padding:1.5rem'>{inner}</div>"
            + home_indicator(ctx.device, False, bg="#fff")
        )
    return Shot(page(f"<style>body{{background:#fff}}</style>{body}", ctx.look, "Google"), [lead])


def apple_consent(ctx: Ctx, rng: random.Random) -> Shot:
    """Sign in with Apple's sheet over the app, where TikTok's page should have been."""
    pool, lk = ctx.pool, ctx.look
    lead = fill(rng.choice(pool.apple_lead), ctx)
    apple = (
        "<svg viewBox='0 0 24 24' style='width:2rem;height:2rem'><path fill='currentColor' d='M16.4 12.6c0-2.4 2-3.5 "
        "2-3.6-1.1-1.6-2.8-1.8-3.4-1.8-1.4-.2-2.8.8-3.5.8s-1.8-.8-3-.8C6.9 7.3 5.4 8.2 4.6 9.7c-1.7 2.9-.4 7.2 1.2 9.6"
        ".8 1.2 1.7 2.4 2.9 2.4 1.2 0 1.6-.8 3-.8s1.8.8 3 .8 2-1.2 2.8-2.4c.9-1.3 1.2-2.6 1.3-2.7-.1 0-2.4-.9-2.4-4z"
        "M14.2 5.5c.6-.8 1.1-1.9 1-3-1 0-2.1.7-2.8 1.5-.6.7-1.1 1.8-1 2.9 1.1.1 2.2-.6 2.8-1.4z'/></svg>"
    )
    card = (
        f"<div class='col' style='gap:0.9rem;text-align:center;align-items:center'><div class='row' style='width:100%;"
        f"justify-content:space-between'>{apple}<span class='btn text'>{icon('x', 'currentColor', 1)}</span></div>"
        f"{app_icon(ctx.app.glyph, lk.brand, lk.accent, 3.4)}<h2>{esc(lead)}</h2>"
        f"<div class='card' style='width:100%;text-align:left;padding:0.8rem 1rem'><b>{esc(ctx.person)}</b>"
        f"<div class='small muted'>{W.APPLE_ROWS[0]}</div></div>"
        f"<span class='btn block' style='background:{'#fff' if lk.dark else '#000'};color:{'#000' if lk.dark else '#fff'}'>"
        f"{W.APPLE_ROWS[1]}</span></div>"
    )
    content = (
        f"{backdrop(ctx, rng)}<div class='col' style='position:relative;flex:1;justify-content:flex-end'>"
        f"<div class='sheet' style='padding:1.2rem 1.4rem 1.6rem'>{card}</div></div>"
    )
    return Shot(frame(ctx, content, path="login/apple"), [lead])


def lookalike(ctx: Ctx, rng: random.Random) -> Shot:
    """The app's own login, styled like TikTok's (black, pink, option rows), but naming the app."""
    pool = ctx.pool
    rows = "".join(
        f"<div class='row' style='border:1px solid #3a3a3a;padding:0.8rem 1rem;font-weight:600;border-radius:0.25rem'>"
        f"{icon('user', '#fff', 1.2)}<span class='grow' style='text-align:center'>{esc(o)}</span></div>"
        for o in pool.lookalike_options
    )
    title = fill(pool.lookalike_title, ctx)
    inner = (
        f"<div class='col grow' style='gap:0.8rem;padding:1.5rem;max-width:28rem;margin:0 auto;width:100%;color:#fff'>"
        f"<div style='text-align:center'>{app_icon(ctx.app.glyph, '#fe2c55', '#25f4ee', 3.2)}</div>"
        f"<h1 style='text-align:center'>{esc(title)}</h1><p style='text-align:center;color:#aaa'>{esc(ctx.app.tagline)}</p>"
        f"{rows}<div class='grow'></div><p style='text-align:center'>{esc(pool.lookalike_footer[0])} <b style='color:#fe2c55'>{esc(pool.lookalike_footer[1])}</b></p></div>"
    )
    if ctx.device.platform == "desktop":
        body = (
            browser_bar(f"app.{slug(ctx.app.name)}.com/login", True, title)
            + f"<div class='app' style='background:#111'>{inner}</div>"
        )
    else:
        body = (
            status_bar(ctx.device, True, bg="#111")
            + f"<div class='app' style='background:#111'>{inner}</div>"
            + home_indicator(ctx.device, True, bg="#111")
        )
    return Shot(page(f"<style>body{{background:#111}}</style>{body}", ctx.look, title), [title])
