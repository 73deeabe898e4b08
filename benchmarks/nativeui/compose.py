"""The app's own screens (connect, connecting, result, extras) for one look and one submission."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from benchmarks.nativeui import ui
from benchmarks.nativeui.copydeck import OTHER_SERVICES
from benchmarks.nativeui.ui import ICON, ITEM_ICON, Look, esc, svg


@dataclass
class Ctx:
    """What one submission says: app, copy pool, scopes, and the decisions shared by its screens."""

    app: str
    kind: str
    split: str
    pool: dict
    rng: random.Random
    scopes: list[str]
    time_text: str
    user: str
    handle: str
    logo_color: str
    services: list[str] = field(default_factory=list)
    tiktok_pos: int = 0
    connect_seed: int = 0

    def f(self, text: str) -> str:
        return text.replace("{app}", self.app).replace("{name}", self.user)

    def pick(self, key: str) -> str:
        return self.f(self.rng.choice(self.pool[key]))


def app_tile(ctx: Ctx, size: int) -> str:
    return ui.letter_tile(ctx.app, ctx.logo_color, size, 0.26)


def service_tile(name: str, size: int) -> str:
    return ui.letter_tile(name, ui.SERVICE_COLORS.get(name, "#64748b"), size, 0.26)


def row(icon: str, title: str, sub: str = "", trailing: str = "") -> str:
    s = f'<div class="rowsub">{esc(sub)}</div>' if sub else ""
    return f'<div class="row">{icon}<div class="rowtext"><div class="rowtitle">{esc(title)}</div>{s}</div>{trailing}</div>'


def web_shell(look: Look, ctx: Ctx, inner: str, active: int = 3) -> str:
    items = [*ctx.pool["tabs"][:3], ctx.pool["settings_title"]]
    side = "".join(f'<div class="{"on" if i == active else ""}">{esc(t)}</div>' for i, t in enumerate(items))
    return (
        f'<div class="top">{app_tile(ctx, 30)}<span class="brand">{esc(ctx.app)}</span>'
        f'<span class="right">{ui.svg(ICON["search"], 20, "var(--sub)")}'
        f'<span class="tile" style="width:32px;height:32px;border-radius:50%;background:var(--tint);color:var(--on-tint);'
        f'font-weight:700">{esc(ctx.user[0])}</span></span></div>'
        f'<div class="layout"><div class="side">{side}</div><div class="content">{inner}</div></div>'
    )


# ---------------------------------------------------------------- step 1: connect


def connect_body(look: Look, ctx: Ctx, style: str, connected: bool = False) -> tuple[str, int]:
    """The app's page with a visible TikTok option. Returns (body html, tab bar height)."""
    rng = random.Random(ctx.connect_seed)  # the same page before and after connecting
    pool = ctx.pool
    if style == "settings":
        return _settings_body(look, ctx, connected)
    if style == "onboarding" and not connected:
        return _onboarding_body(look, ctx)
    title = ctx.f(rng.choice(pool["import_titles" if style == "import" else "connect_titles"]))
    intro = ctx.f(rng.choice(pool["connect_intros"]))
    btn = rng.choice(pool["connect_buttons"])
    status = rng.choice(pool["connect_status"])
    size = 40 if look.platform == "android" else 32 if look.platform == "ios" else 36
    rows = []
    for i, name in enumerate(ctx.services):
        if i == ctx.tiktok_pos:
            if connected:
                check = ui.svg(ICON["check"], 20, "#16a34a", 2.6)
                trailing = f'<span class="fit" style="color:#16a34a;font-weight:600;display:flex;gap:4px;align-items:center">{check}{esc(pool["connected_state"])}</span>'
                rows.append(row(ui.tiktok_tile(size), "TikTok", f"@{ctx.handle}", trailing))
            else:
                rows.append(
                    row(
                        ui.tiktok_tile(size), "TikTok", status, f'<span class="pillbtn fit">{esc(btn)}</span>'
                    )
                )
        else:
            other = rng.choice([pool["connected_state"], status])
            trail = (
                ui.switch(True)
                if other == pool["connected_state"] and look.platform != "web" and rng.random() < 0.3
                else f'<span class="pillbtn fit">{esc(btn)}</span>'
                if other != pool["connected_state"]
                else f'<span class="sub fit">{esc(other)}</span>'
            )
            rows.append(
                row(
                    service_tile(name, size),
                    name,
                    other if trail.startswith('<span class="pill') else "",
                    trail,
                )
            )
    group = f'<div class="group">{"".join(rows)}</div>'
    tabh = 0
    if look.platform == "ios":
        back = rng.choice(pool["nav_back"]) if rng.random() < 0.6 else None
        body = (
            f'{ui.nav_bar(look, back)}<div class="main"><div class="col"><div class="big fit">{esc(title)}</div>'
            f'<p class="sub" style="padding:0 20px 14px;font-size:15px">{esc(intro)}</p>{group}</div></div>'
        )
        if rng.random() < 0.5:
            body += ui.tab_bar(look, pool["tabs"], 3)
            tabh = 50
    elif look.platform == "android":
        body = (
            f'{ui.nav_bar(look, "", title)}<div class="main"><div class="col">'
            f'<p class="sub" style="padding:4px 24px 12px;font-size:14px">{esc(intro)}</p>{group}</div></div>'
        )
        if rng.random() < 0.4:
            body += ui.tab_bar(look, pool["tabs"], 3)
            tabh = 80
    else:
        inner = f'<div class="big">{esc(title)}</div><p class="sub" style="margin-bottom:20px">{esc(intro)}</p>{group}'
        body = web_shell(look, ctx, inner)
    return body, tabh


def _settings_body(look: Look, ctx: Ctx, connected: bool) -> tuple[str, int]:
    pool = ctx.pool
    rng = random.Random(ctx.connect_seed)
    size = 30 if look.platform == "ios" else 36
    sections = []
    icons = ["user", "lock", "bag", "gear", "refresh", "compass"]
    for n, (head, items) in enumerate(pool["settings_sections"]):
        rows = "".join(
            row(
                f'<span class="tile" style="width:{size}px;height:{size}px;border-radius:8px;background:var(--tint)">'
                f"{svg(ICON[icons[(n * 3 + i) % 6]], 18, 'var(--on-tint)')}</span>",
                it,
                "",
                svg(ICON["chev_right"], 16, "var(--sub)") if look.platform == "ios" else "",
            )
            for i, it in enumerate(items)
        )
        sections.append(f'<div class="hdr">{esc(head)}</div><div class="group">{rows}</div>')
    status = pool["connected_state"] if connected else rng.choice(pool["connect_status"])
    color = "#16a34a" if connected else "var(--sub)"
    linked = row(
        ui.tiktok_tile(size),
        "TikTok",
        "",
        f'<span class="fit" style="color:{color}">{esc(status)}</span>'
        + (svg(ICON["chev_right"], 16, "var(--sub)") if look.platform == "ios" else ""),
    )
    other = ctx.services[0] if ctx.services[0] != "TikTok" else ctx.services[1]
    linked += row(
        service_tile(other, size), other, "", f'<span class="sub fit">{esc(pool["connected_state"])}</span>'
    )
    sections.insert(
        1, f'<div class="hdr">{esc(pool["settings_linked"])}</div><div class="group">{linked}</div>'
    )
    title = pool["settings_title"]
    if look.platform == "ios":
        body = f'{ui.nav_bar(look, None)}<div class="main"><div class="col"><div class="big">{esc(title)}</div>{"".join(sections)}</div></div>'
        body += ui.tab_bar(look, ctx.pool["tabs"], 3)
        return body, 50
    if look.platform == "android":
        body = (
            f'{ui.nav_bar(look, "", title)}<div class="main"><div class="col">{"".join(sections)}</div></div>'
        )
        return body, 0
    inner = f'<div class="big">{esc(title)}</div>{"".join(sections)}'
    return web_shell(look, ctx, inner), 0


def _onboarding_body(look: Look, ctx: Ctx) -> tuple[str, int]:
    title, text, go, skip = (ctx.f(s) for s in ctx.rng.choice(ctx.pool["onboarding"]))
    art = (
        f'<div style="display:flex;align-items:center;justify-content:center;gap:18px;padding:26px 0">'
        f"{app_tile(ctx, 76)}{svg(ICON['plus'], 26, 'var(--sub)')}{ui.tiktok_tile(76)}</div>"
    )
    card = (
        f'<div style="background:var(--cell);border-radius:20px;margin:10px 16px;padding:8px 20px 22px;'
        f'box-shadow:0 4px 16px rgba(0,0,0,.08)">{art}<h2 style="font-size:24px;font-family:var(--head),var(--font);'
        f'text-align:center">{esc(title)}</h2><p class="sub" style="text-align:center;margin:8px 0 20px;line-height:1.4">'
        f'{esc(text)}</p><div class="btn primary" style="height:48px;border-radius:var(--r);font-size:16px">'
        f"{ui.tiktok_glyph(20, 'currentColor')}&nbsp; {esc(go)}</div>"
        f'<div class="btn ghost" style="height:44px;margin-top:6px;font-size:16px">{esc(skip)}</div></div>'
    )
    greet = ctx.f(ctx.rng.choice(ctx.pool["home_greetings"]))
    if look.platform == "web":
        inner = f'<div class="big">{esc(greet)}</div><div style="max-width:460px">{card}</div>'
        return web_shell(look, ctx, inner, 0), 0
    head = (
        f'<div class="big fit">{esc(greet)}</div>'
        if look.platform == "ios"
        else f'<div class="big fit" style="padding-top:18px">{esc(greet)}</div>'
    )
    body = f'<div class="main"><div class="col">{head}{card}{_home_cards(look, ctx, 2)}</div></div>'
    tabh = 50 if look.platform == "ios" else 80
    return body + ui.tab_bar(look, ctx.pool["tabs"], 0), tabh


# ---------------------------------------------------------------- step 2: connecting


@dataclass
class Consent:
    """The parts of a connecting screen; None means the part is left out (a broken variant)."""

    title: str
    subtitle: str
    items: list[tuple[str, str, str]] | None  # (scope family, name, description)
    data_style: str  # toggles, bullets, sentence, chips
    data_intro: str
    data_sentence: str
    purpose: str | None
    purpose_label: str | None
    notes: list[str]
    learn_more: str | None
    proceed: str | None
    go_back: str | None
    nav_back: str | None


def items_phrase(items: list[tuple[str, str, str]]) -> str:
    names = [n if n.startswith("TikTok") else n[0].lower() + n[1:] for _, n, _ in items]
    names = [n.replace("dMs", "DMs") for n in names]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def data_block(look: Look, c: Consent, compact: bool = False) -> str:
    if not c.items:
        return ""
    intro = f'<div class="hdr" style="padding-left:{_pad(look)}px">{esc(c.data_intro)}</div>'
    if c.data_style == "sentence":
        return f'<p style="padding:10px {_pad(look)}px 4px;line-height:1.45">{esc(c.data_sentence)}</p>'
    if c.data_style == "chips" and look.platform == "android":
        chips = "".join(
            f'<span class="chip on">{svg(ICON["check"], 16, "var(--on-tint)", 2.4)}{esc(n)}</span>'
            for _, n, _ in c.items
        )
        return f'{intro}<div style="padding:4px 24px 0">{chips}</div>'
    rows = []
    for fam, name, desc in c.items:
        icon = (
            f'<span class="tile" style="width:32px;height:32px;border-radius:{16 if look.platform == "android" else 8}px;'
            f'background:var(--tint)">{svg(ICON[ITEM_ICON[fam]], 18, "var(--on-tint)")}</span>'
        )
        if c.data_style == "toggles":
            rows.append(row(icon, name, desc, ui.switch(True)))
        else:
            rows.append(row(icon, name, "" if compact else desc))
    cls = "group"
    return f'{intro}<div class="{cls}">{"".join(rows)}</div>'


def _pad(look: Look) -> int:
    return 24 if look.platform == "android" else 20 if look.platform == "ios" else 0


def purpose_block(look: Look, c: Consent) -> str:
    if not c.purpose:
        return ""
    p = _pad(look)
    if c.purpose_label:
        return (
            f'<div class="hdr" style="padding-left:{p}px">{esc(c.purpose_label)}</div>'
            f'<p style="padding:0 {p}px;line-height:1.45">{esc(c.purpose)}</p>'
        )
    return f'<p style="padding:14px {p}px 0;line-height:1.45">{esc(c.purpose)}</p>'


def notes_block(look: Look, c: Consent) -> str:
    p = _pad(look)
    out = "".join(
        f'<p class="sub" style="padding:8px {p}px 0;font-size:14px;line-height:1.4;display:flex;gap:8px">'
        f'<span style="flex:none;padding-top:1px">{svg(ICON["shield" if i else "refresh"], 16, "var(--sub)")}</span>'
        f"<span>{esc(n)}</span></p>"
        for i, n in enumerate(c.notes)
    )
    if c.learn_more:
        out += f'<p class="acc" style="padding:10px {p}px 0;font-size:15px;font-weight:600">{esc(c.learn_more)}</p>'
    return out


def buttons(look: Look, c: Consent, rng: random.Random, inline: bool | None = None) -> str:
    btns = []
    if c.proceed:
        btns.append(f'<div class="btn primary">{esc(c.proceed)}</div>')
    if c.go_back:
        kind = rng.choice(["ghost", "tonal", "outline"]) if look.platform != "web" else "outline"
        btns.append(f'<div class="btn {kind}">{esc(c.go_back)}</div>')
    if look.platform == "web":
        return f'<div class="foot" style="flex-direction:row-reverse;justify-content:flex-start">{"".join(btns)}</div>'
    if inline is None:
        inline = look.platform == "android" and rng.random() < 0.5
    cls = "foot inline" if inline else "foot"
    return f'<div class="{cls}">{"".join(btns)}</div>'


def hero(ctx: Ctx, size: int = 60) -> str:
    dots = "".join(
        '<i style="display:inline-block;width:5px;height:5px;border-radius:50%;background:var(--sub);margin:0 3px"></i>'
        for _ in range(3)
    )
    return (
        f'<div class="herorow" style="display:flex;align-items:center;justify-content:center;gap:10px;padding:8px 0 14px">'
        f'<span class="hero tile" style="width:{size}px;height:{size}px">{app_tile(ctx, size)}</span>{dots}'
        f'<span class="hero tile" style="width:{size}px;height:{size}px">{ui.tiktok_tile(size)}</span></div>'
    )


def connecting_full(look: Look, ctx: Ctx, c: Consent) -> str:
    rng = ctx.rng
    inner = (
        hero(ctx, 60 if look.device.height > 700 else 52)
        + f'<div class="big" style="text-align:{rng.choice(["left", "center"])}">{esc(c.title)}</div>'
        + f'<p class="sub" style="padding:0 {_pad(look)}px 6px;line-height:1.4">{esc(c.subtitle)}</p>'
        + data_block(look, c)
        + purpose_block(look, c)
        + notes_block(look, c)
    )
    if look.platform == "web":
        card = (
            f'<div class="card" style="max-width:640px;padding:28px 32px">{inner}'
            f"{buttons(look, c, rng)}</div>"
        )
        return web_shell(look, ctx, card)
    nav = ui.nav_bar(look, c.nav_back, "")
    if look.platform == "android" and c.nav_back is None:
        nav = '<div style="height:16px;flex:none"></div>'
    return f'{nav}<div class="main"><div class="col"><div class="scroll">{inner}</div>{buttons(look, c, rng)}</div></div>'


def connecting_sheet(look: Look, ctx: Ctx, c: Consent) -> str:
    rng = ctx.rng
    p = _pad(look)
    head = (
        f'<div style="display:flex;align-items:center;gap:12px;padding:0 {p}px 6px">{ui.tiktok_tile(40)}'
        f'<h2 style="font-size:21px;font-weight:{600 if look.platform == "ios" else 400};font-family:var(--head),var(--font)">'
        f"{esc(c.title)}</h2></div>"
        f'<p class="sub" style="padding:0 {p}px 2px;font-size:15px;line-height:1.4">{esc(c.subtitle)}</p>'
    )
    body = head + data_block(look, c, compact=True) + purpose_block(look, c) + notes_block(look, c)
    return f'<div class="sheet"><div class="grab"></div>{body}{buttons(look, c, rng)}<div class="home"><i></i></div></div>'


def connecting_dialog(look: Look, ctx: Ctx, c: Consent) -> str:
    """An alert (iOS) / dialog (Android) / modal (web): data as a sentence, since dialogs are small."""
    paras = []
    if c.items:
        if c.data_style == "bullets" and look.platform != "ios":
            lis = "".join(
                f'<div style="display:flex;gap:8px;align-items:center;margin-top:6px">'
                f"{svg(ICON[ITEM_ICON[f]], 16, 'var(--acc-text)')}<span>{esc(n)}</span></div>"
                for f, n, _ in c.items
            )
            paras.append(f'<div style="font-size:14px;margin-top:6px">{esc(c.data_intro)}:{lis}</div>')
        else:
            paras.append(f"<p>{esc(c.data_sentence)}</p>")
    if c.purpose:
        paras.append(f"<p>{esc(c.purpose)}</p>")
    for n in c.notes[:1]:
        paras.append(f'<p class="sub">{esc(n)}</p>')
    if c.learn_more:
        paras.append(f'<p class="acc" style="font-weight:600">{esc(c.learn_more)}</p>')
    text = "".join(paras)
    if look.platform == "ios":
        btns = [(c.go_back, False), (c.proceed, True)]
        btns = [(b, bold) for b, bold in btns if b]
        if len(btns) == 2 and max(len(btns[0][0]), len(btns[1][0])) <= 11 and ctx.rng.random() < 0.6:
            acts = (
                '<div class="pair">'
                + "".join(f'<div class="abtn{" bold" if bold else ""}">{esc(b)}</div>' for b, bold in btns)
                + "</div>"
            )
        else:
            acts = "".join(
                f'<div class="abtn{" bold" if bold else ""}">{esc(b)}</div>' for b, bold in reversed(btns)
            )
        return (
            f'<div class="alert"><div class="body"><div style="display:flex;justify-content:center;margin-bottom:10px">'
            f"{ui.tiktok_tile(44)}</div><h3>{esc(c.title)}</h3>{text}</div>{acts}</div>"
        )
    if look.platform == "android":
        up = (lambda s: s.upper()) if look.upper_dialog else (lambda s: s)
        acts = "".join(f'<span class="abtn">{esc(up(b))}</span>' for b in (c.go_back, c.proceed) if b)
        return f'<div class="alert"><h3>{esc(c.title)}</h3>{text}<div class="acts">{acts}</div></div>'
    return (
        f'<div class="modal"><div style="display:flex;gap:14px;align-items:center;margin-bottom:12px">{app_tile(ctx, 40)}'
        f"{svg(ICON['dots'], 22, 'var(--sub)')}{ui.tiktok_tile(40)}</div><h2>{esc(c.title)}</h2>"
        f'<p class="sub" style="line-height:1.4">{esc(c.subtitle)}</p>'
        f'<div style="line-height:1.45;margin-top:10px">{text.replace("<p>", "<p style=margin-top:10px>")}</div>'
        f"{buttons(look, c, ctx.rng)}</div>"
    )


def action_sheet(look: Look, ctx: Ctx, c: Consent) -> str:
    parts = [c.subtitle]
    if c.items:
        parts.append(c.data_sentence)
    if c.purpose:
        parts.append(c.purpose)
    parts += c.notes[:1]
    msg = " ".join(parts)
    grp = f'<div class="grp"><div class="msg"><b>{esc(c.title)}</b>{esc(msg)}</div>'
    if c.proceed:
        grp += f'<div class="abtn">{esc(c.proceed)}</div>'
    if c.learn_more:
        grp += f'<div class="abtn">{esc(c.learn_more)}</div>'
    grp += "</div>"
    cancel = f'<div class="cancel">{esc(c.go_back)}</div>' if c.go_back else ""
    return f'<div class="asheet">{grp}{cancel}</div>'


# ---------------------------------------------------------------- step 4: result and extras


def _home_cards(look: Look, ctx: Ctx, n: int = 4) -> str:
    items = ctx.pool["home_items"][ctx.kind]
    sec = ctx.pick("home_sections")
    hues = [
        ctx.logo_color,
        ui.mix(ctx.logo_color, "#ffffff", 0.4),
        ui.mix(ctx.logo_color, "#000000", 0.3),
        "#94a3b8",
    ]
    cards = []
    for i, t in enumerate(items[:n]):
        g = f"linear-gradient(135deg,{hues[i % 4]},{hues[(i + 1) % 4]})"
        cards.append(
            f'<div style="background:var(--cell);border-radius:16px;overflow:hidden;min-width:0">'
            f'<div style="height:{96 if look.platform != "web" else 120}px;background:{g}"></div>'
            f'<div style="padding:10px 12px;font-weight:600;font-size:15px;line-height:1.25">{esc(t)}</div></div>'
        )
    p = 20 if look.platform == "ios" else 24 if look.platform == "android" else 0
    cols = 4 if look.platform == "web" else 2
    return (
        f'<div class="hdr" style="padding-left:{p}px">{esc(sec)}</div>'
        f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:12px;padding:0 {p}px">{"".join(cards)}</div>'
    )


def home_body(look: Look, ctx: Ctx, title: str | None = None) -> tuple[str, int]:
    greet = title or ctx.f(ctx.rng.choice(ctx.pool["home_greetings"]))
    tag = ctx.pool["tagline"][ctx.kind]
    stats = "".join(
        f'<div style="flex:1;background:var(--tint);color:var(--on-tint);border-radius:14px;padding:12px">'
        f'<div style="font-size:22px;font-weight:700">{v}</div><div class="fit" style="font-size:13px">{esc(t)}</div></div>'
        for v, t in (
            (ctx.rng.randint(3, 19), ctx.pool["home_sections"][1]),
            (ctx.rng.randint(20, 240), ctx.pool["tabs"][2]),
        )
    )
    if look.platform == "web":
        inner = (
            f'<div class="big">{esc(greet)}</div><p class="sub">{esc(tag)}</p>'
            f'<div style="display:flex;gap:12px;margin:18px 0;max-width:520px">{stats}</div>{_home_cards(look, ctx)}'
        )
        return web_shell(look, ctx, inner, 0), 0
    p = 20 if look.platform == "ios" else 24
    top = (
        f'<div class="big fit" style="padding-top:{6 if look.platform == "ios" else 18}px">{esc(greet)}</div>'
        f'<p class="sub" style="padding:0 {p}px 12px">{esc(tag)}</p>'
        f'<div style="display:flex;gap:12px;padding:0 {p}px 4px">{stats}</div>'
    )
    body = f'<div class="main"><div class="col">{top}{_home_cards(look, ctx)}</div></div>'
    if look.platform == "android":
        body += f'<div class="fab" style="bottom:{80 + 16 + 24 + 40}px">{svg(ICON["plus"], 24, "var(--on-tint)")}</div>'
    return body + ui.tab_bar(look, ctx.pool["tabs"], 0), 50 if look.platform == "ios" else 80


def result_check_body(look: Look, ctx: Ctx, title: str, text: str, done: str) -> str:
    circle = (
        f'<div class="hero" style="width:88px;height:88px;border-radius:50%;background:var(--accent);display:flex;'
        f'align-items:center;justify-content:center;margin:0 auto 22px">{svg(ICON["check"], 48, "var(--on-accent)", 3)}</div>'
    )
    linked = (
        f'<div style="display:flex;align-items:center;gap:12px;background:var(--cell);border-radius:14px;padding:12px 14px;'
        f'margin:22px auto 0;max-width:340px;text-align:left">{ui.tiktok_tile(36)}<div style="flex:1;min-width:0">'
        f'<div class="fit" style="font-weight:600">TikTok</div><div class="rowsub fit">@{esc(ctx.handle)}</div></div>'
        f"{svg(ICON['check'], 20, '#16a34a', 2.6)}</div>"
    )
    core = (
        f'{circle}<h1 class="big" style="text-align:center;padding:0 20px">{esc(title)}</h1>'
        f'<p class="sub" style="text-align:center;padding:6px 28px 0;line-height:1.45">{esc(text)}</p>'
        f"{linked if ctx.rng.random() < 0.6 else ''}"
    )
    if look.platform == "web":
        card = (
            f'<div class="card" style="max-width:520px;margin:30px auto;padding:40px 30px;text-align:center">{core}'
            f'<div class="foot" style="justify-content:center"><div class="btn primary">{esc(done)}</div></div></div>'
        )
        return web_shell(look, ctx, card)
    close = ui.nav_bar(look, None, "", done if look.platform == "ios" and ctx.rng.random() < 0.3 else "")
    return (
        f'{close}<div class="main"><div class="col"><div class="scroll" style="display:flex;flex-direction:column;'
        f'justify-content:center">{core}</div><div class="foot"><div class="btn primary">{esc(done)}</div></div></div></div>'
    )


def toast(look: Look, text: str, action: str) -> str:
    check = svg(ICON["check"], 18, "#ffffff", 3)
    dot = f'<span class="tile" style="width:26px;height:26px;border-radius:50%;background:#16a34a">{check}</span>'
    if look.platform == "ios":
        return f'<div class="toast">{dot}<span>{esc(text)}</span></div>'
    if look.platform == "android":
        return f'<div class="snack"><span class="fit">{esc(text)}</span><span class="act">{esc(action)}</span></div>'
    return f'<div class="wtoast">{dot}<div><div style="font-weight:600">{esc(text)}</div></div></div>'


def signin_body(look: Look, ctx: Ctx) -> str:
    s = ctx.pool["signin"]
    p = 16 if look.platform == "ios" else 24
    dots = "&#8226;" * 9
    if look.platform == "web":
        form = (
            f'<div class="card" style="width:400px;margin:60px auto;padding:32px">{app_tile(ctx, 44)}'
            f'<h2 style="font-size:24px;margin:16px 0 18px">{esc(s["title"])}</h2>'
            f'<div class="field"><label>{esc(s["email_label"])}</label>{esc(s["email"])}</div>'
            f'<div class="field" style="margin-top:12px"><label>{esc(s["password_label"])}</label>{dots}</div>'
            f'<div class="btn primary" style="height:42px;border-radius:var(--r);margin-top:18px">{esc(s["button"])}</div>'
            f'<p class="acc" style="margin-top:14px;font-size:14px">{esc(s["forgot"])}</p>'
            f'<p class="sub" style="margin-top:8px;font-size:14px">{esc(s["alt"])}</p></div>'
        )
        return f'<div class="main" style="background:var(--bg)">{form}</div>'
    return (
        f'<div class="main"><div class="col"><div style="padding:18px {p + 4}px 8px">{app_tile(ctx, 48)}</div>'
        f'<div class="big fit">{esc(s["title"])}</div>'
        f'<div class="field" style="margin-top:8px"><label>{esc(s["email_label"])}</label>{esc(s["email"])}</div>'
        f'<div class="field focus" style="margin-top:10px"><label>{esc(s["password_label"])}</label>{dots}'
        f'<span style="display:inline-block;width:2px;height:18px;background:var(--accent);vertical-align:middle"></span></div>'
        f'<div class="btn primary" style="height:48px;border-radius:var(--r);margin:16px {p}px 0">{esc(s["button"])}</div>'
        f'<p class="acc" style="text-align:center;margin-top:12px;font-size:15px">{esc(s["forgot"])}</p></div></div>'
        f"{ui.keyboard(look)}"
    )


def paywall_body(look: Look, ctx: Ctx) -> str:
    w = ctx.pool["paywall"]
    lines = "".join(
        f'<div style="display:flex;gap:12px;align-items:center;padding:9px 0">{svg(ICON["check"], 22, "var(--acc-text)", 2.6)}'
        f"<span>{esc(t)}</span></div>"
        for t in w["lines"]
    )
    band = (
        f'<div style="height:200px;background:linear-gradient(160deg,{ctx.logo_color},{ui.mix(ctx.logo_color, "#000000", 0.5)});'
        f'display:flex;align-items:flex-end;padding:20px 24px;color:#fff;flex:none"><h1 style="font-size:32px;'
        f'font-family:var(--head),var(--font)">{esc(ctx.f(w["title"]))}</h1></div>'
    )
    inner = (
        f'<div style="padding:18px 28px">{lines}</div><p class="sub" style="text-align:center">{esc(w["price"])}</p>'
        f'<div class="btn primary" style="height:50px;border-radius:var(--r);margin:16px 24px 0;font-size:17px">{esc(w["button"])}</div>'
        f'<p class="acc" style="text-align:center;margin-top:14px;font-size:15px">{esc(w["dismiss"])}</p>'
    )
    if look.platform == "web":
        return web_shell(
            look,
            ctx,
            f'<div class="card" style="max-width:460px;padding:0;overflow:hidden">{band}{inner}</div>',
            2,
        )
    return f'<div class="main"><div class="col">{band}{inner}</div></div>'


def other_services(split: str, rng: random.Random) -> list[str]:
    names = rng.sample(OTHER_SERVICES[split], rng.randint(2, 4))
    return names
