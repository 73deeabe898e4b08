"""The app's own screens: connect page, connecting screen, result, and extras (onboarding, sign-in,
paywall, feed, dashboard), each in several branded layouts. Every builder returns a `Frame`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape

from benchmarks.brandkit import art
from benchmarks.brandkit.look import Frame, Look, Presentation, mix
from benchmarks.brandkit.words import App, DataSet, TikTokVersion, Tone, ToneWords, Words
from benchmarks.corpusgen.common import Device

SET_ICONS: dict[str, tuple[str, ...]] = {
    "activity": ("eye", "heart", "clock"),
    "postsandprofile": ("user", "film", "users"),
    "directmessages": ("chat", "mail"),
    "all": ("download", "grid"),
}
KIND_ICONS = {
    "analytics": "chart",
    "memories": "image",
    "music": "music",
    "vault": "shield",
    "shop": "bag",
    "wellness": "leaf",
    "portfolio": "star",
    "travel": "pin",
}


@dataclass(frozen=True)
class Ctx:
    split: str
    words: Words
    tt: TikTokVersion
    app: App
    look: Look
    device: Device
    pres: Presentation
    tone: Tone
    person: str
    surname: str
    handle: str
    requested: tuple[str, ...]  # scopes the app asks TikTok for, without "portability."
    logo_shape: int
    tt_mode: str  # how TikTok's page is shown: sheet | safari | customtab | bare
    tt_dark: bool
    connect_layout: str  # grid | list | sheet | hero | carousel
    result_layout: str  # celebrate | summary | toast

    @property
    def tw(self) -> ToneWords:
        return self.words.tone[self.tone]

    @property
    def wide(self) -> bool:
        return self.device.width >= 600


@dataclass(frozen=True)
class Disclosure:
    """What the connecting screen shows; the truth's content rules are read from it."""

    named: tuple[DataSet, ...]  # data sets the screen names ("all" = all-your-data wording)
    purpose: bool
    proceed: bool
    go_back: bool
    ongoing: bool
    fmt: str  # paragraph | bullets | icons | table | toggles | accordion | chips
    layout: str  # full | sheet | modal


def e(text: str) -> str:
    return escape(text, quote=False)


def fill(ctx: Ctx, text: str, **extra: object) -> str:
    return text.format(app=ctx.app.name, person=ctx.person, **extra)


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return rng.choice(list(options))


def btn(label: str, kind: str = "primary", icon_name: str | None = None, extra: str = "") -> str:
    ic = art.icon(icon_name, 20, "currentColor", 2.2) if icon_name else ""
    if icon_name in ("chev", "back"):
        return f'<div class="btn {kind}" style="{extra}"><span>{e(label)}</span>{ic}</div>'
    return f'<div class="btn {kind}" style="{extra}">{ic}<span>{e(label)}</span></div>'


def logo(ctx: Ctx, size: int = 56) -> str:
    return art.app_logo(ctx.app.name, ctx.app.color, ctx.app.accent, size, ctx.look.display, ctx.logo_shape)


def column(ctx: Ctx, body: str, cls: str = "pad") -> str:
    """The screen's content column, centred and narrowed on tablets and unfolded phones."""
    if ctx.wide:
        return (
            f'<div class="{cls}" style="align-self:center;width:{min(600, ctx.device.width - 80)}px;'
            f'padding-top:30px;padding-bottom:34px">{body}</div>'
        )
    return f'<div class="{cls}">{body}</div>'


def brand_row(ctx: Ctx, right: str = "") -> str:
    return (
        f'<div class="topbar"><div class="hrow">{logo(ctx, 34)}'
        f'<b style="font-family:var(--display);font-size:19px;font-weight:var(--dw)">{e(ctx.app.name)}</b></div>'
        f"{right}</div>"
    )


def nav_bar(ctx: Ctx, on: int = 0) -> str:
    icons = ("home", "compass", "bookmark", "user")
    items = "".join(
        f'<div class="{"on" if i == on else ""}">{art.icon(ic, 24)}<span>{e(label)}</span></div>'
        for i, (ic, label) in enumerate(zip(icons, ctx.words.nav, strict=True))
    )
    return f'<div class="nav">{items}</div>'


def blurred_app(ctx: Ctx, rng: random.Random) -> str:
    """The app behind a sheet: shapes of cards and tiles in brand colours, blurred past reading."""
    look = ctx.look
    tiles = "".join(
        f'<div style="height:{rng.randint(90, 150)}px;border-radius:{look.radius}px;'
        f'background:linear-gradient({rng.randint(0, 360)}deg,{look.color},{look.accent});opacity:.8"></div>'
        for _ in range(4)
    )
    return (
        f'<div class="blurred"><div style="padding:20px;display:grid;grid-template-columns:1fr 1fr;gap:14px">'
        f'<div style="grid-column:span 2;height:46px;border-radius:12px;background:{look.card}"></div>{tiles}'
        f'<div style="grid-column:span 2;height:120px;border-radius:{look.radius}px;background:{look.card}"></div>'
        "</div></div>"
    )


def sheet(ctx: Ctx, rng: random.Random, body: str, height: str = "auto") -> str:
    return (
        f'{blurred_app(ctx, rng)}<div class="scrim"></div>'
        f'<div class="sheet fit" style="max-height:94%;height:{height}">'
        f'<div class="grabber"></div><div class="pad" style="padding-top:8px">{body}</div></div>'
    )


def join_inline(parts: list[str], conj: str = "and") -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + f" {conj} " + parts[-1]


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------- connect page


def connect(ctx: Ctx, rng: random.Random, tiktok: bool) -> Frame:
    w, tw = ctx.words, ctx.tw
    layout = ctx.connect_layout
    if not tiktok:
        layout = {"hero": "grid", "carousel": "list"}.get(layout, layout)  # nothing to feature
    headings = [h for h in tw.connect_heading if tiktok or "TikTok" not in h]
    subs = [s for s in tw.connect_sub if tiktok or "TikTok" not in s]
    heading = fill(ctx, pick(rng, headings or list(w.tone["formal"].connect_heading[:1])))
    sub = fill(ctx, pick(rng, subs)) if subs else ""
    others = rng.sample(list(w.services), rng.randint(3, 5))
    services = list(others)
    if tiktok:
        services.insert(rng.choice((0, 0, 1, len(services))), "TikTok")
    linked = rng.choice([s for s in services if s != "TikTok"]) if rng.random() < 0.35 else ""
    tile_cta = pick(rng, tw.tile_cta)
    tt_cta = pick(rng, tw.tiktok_cta)
    head = f'<div class="col" style="gap:10px"><div class="h1">{e(heading)}</div>' + (
        f'<div class="sub">{e(sub)}</div></div>' if sub else "</div>"
    )
    skip = f'<div class="btn ghost">{e(pick(rng, w.connect_skip))}</div>'

    def status(svc: str) -> str:
        if svc == linked:
            return f'<span class="small" style="color:var(--card-link)">{art.icon("check", 14, "currentColor", 2.6)} {e(w.connected_chip)}</span>'
        return f'<span class="small">{e(w.not_connected_chip)}</span>'

    if layout == "grid":
        cols = 3 if ctx.wide else 2
        tiles = []
        for svc in services:
            ring = "outline:3px solid var(--link);outline-offset:2px;" if svc == "TikTok" else ""
            cta = (
                f'<span class="chip" style="background:var(--primary);color:var(--primary-fg);border:none">{e(tile_cta)}</span>'
                if svc != linked
                else f'<span class="chip">{art.icon("check", 14, "currentColor", 2.6)} {e(w.connected_chip)}</span>'
            )
            tiles.append(
                f'<div class="card col center" style="padding:16px 10px;gap:9px;{ring}">'
                f"{art.service_badge(svc, 46)}<b style='font-size:16px'>{e(svc)}</b>{cta}</div>"
            )
        body = (
            f'{brand_row(ctx)}<div style="height:18px"></div>{head}<div style="height:18px"></div>'
            f'<div class="eyebrow" style="margin-bottom:10px">{e(pick(rng, w.connect_section))}</div>'
            f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:12px">{"".join(tiles)}</div>'
            f'<div class="grow"></div>{skip}'
        )
        return Frame(column(ctx, body))
    if layout in ("list", "sheet"):
        rows = []
        for svc in services:
            right = (
                btn(tile_cta, "primary", extra="min-height:38px;padding:0 16px;font-size:15px")
                if svc != linked
                else art.icon("check", 22, "var(--card-link)", 2.6)
            )
            rows.append(
                f'<div class="hrow" style="padding:12px 14px;border-top:1px solid var(--line)">'
                f'{art.service_badge(svc, 40)}<div class="col" style="flex:1;gap:2px"><b style="font-size:16px">{e(svc)}</b>'
                f"{status(svc)}</div>{right}</div>"
            )
        rows[0] = rows[0].replace("border-top:1px solid var(--line)", "", 1)
        card = f'<div class="card" style="overflow:hidden">{"".join(rows)}</div>'
        featured = (
            btn(tt_cta, "primary")
            if tiktok and rng.random() < 0.35
            else f'<div class="small" style="text-align:center">{e(pick(rng, w.connect_footer))}</div>'
        )
        if layout == "list":
            body = (
                f'{brand_row(ctx, art.icon("gear", 24))}<div style="height:16px"></div>{head}'
                f'<div style="height:18px"></div><div class="eyebrow" style="margin-bottom:10px">'
                f'{e(pick(rng, w.connect_section))}</div>{card}<div class="grow"></div>{featured}'
            )
            return Frame(column(ctx, body))
        inner = (
            f'<div class="h2" style="margin-bottom:6px">{e(heading)}</div>'
            + (f'<div class="sub" style="margin-bottom:14px">{e(sub)}</div>' if sub else "")
            + f"{card}<div style='height:14px'></div>{featured}{skip}"
        )
        return Frame(sheet(ctx, rng, inner), dim_status=True, deco=False)
    if layout == "hero":
        shapes = art.hero_shapes(
            rng, [ctx.look.color, ctx.look.accent, mix(ctx.look.color, "#ffffff", 0.5)], 210
        )
        badge = f'<div style="position:absolute;inset:0;display:flex;align-items:center;justify-content:center">{art.tiktok_badge(92)}</div>'
        also = " · ".join(others[:3])
        body = (
            f'{brand_row(ctx)}<div style="position:relative;margin:14px 0 20px">{shapes}{badge}</div>{head}'
            f'<div class="grow"></div><div class="stack">'
            f'<div class="btn primary">{art.tiktok_note(22, ctx.look.primary_fg)}<span>{e(tt_cta)}</span></div>'
            f"{skip}</div>"
            f'<div class="small" style="text-align:center;margin-top:8px">{e(pick(rng, w.connect_section))}: {e(also)}</div>'
        )
        return Frame(column(ctx, body))
    # carousel: the last step of an onboarding tour is the connect page
    n = len(w.onboarding)
    dots = "".join(f'<i class="{"on" if i == n - 1 else ""}"></i>' for i in range(n))
    mark = logo(ctx, 72)
    body = (
        f'<div class="topbar"><span></span><span class="small">{e(w.onboarding_skip)}</span></div>'
        f"{art.link_illustration(mark, rng, ctx.look.link, rng.randint(0, 2))}<div style='height:16px'></div>"
        f'{head}<div class="grow"></div><div class="dots" style="margin-bottom:18px">{dots}</div>'
        f'<div class="stack"><div class="btn primary">{art.tiktok_note(22, ctx.look.primary_fg)}<span>{e(tt_cta)}</span></div>'
        f"{skip}</div>"
    )
    return Frame(column(ctx, body))


# ---------------------------------------------------------------- connecting screen


def set_items(ctx: Ctx, rng: random.Random, ds: DataSet, many: bool) -> list[str]:
    pool = list(ctx.words.data[ds])
    return rng.sample(pool, rng.randint(1, 2) if many else rng.randint(2, 3))


def all_phrase(ctx: Ctx, rng: random.Random) -> tuple[str, list[str]]:
    """The all-your-data wording and, sometimes, the main categories it covers."""
    title = pick(rng, ctx.words.all_items)
    cats = [
        lower_first(pick(rng, ctx.words.data_groups[s]))
        for s in ("activity", "postsandprofile", "directmessages")
    ]
    return title, cats if rng.random() < 0.7 else []


def frequency(ctx: Ctx, ds: DataSet) -> str:
    ongoing = f"{ds}.ongoing" in ctx.requested or "all.ongoing" in ctx.requested
    return ctx.words.freq_daily if ongoing else ctx.words.freq_once


def disclosure_block(ctx: Ctx, rng: random.Random, d: Disclosure) -> str:
    w = ctx.words
    many = len(d.named) > 1
    intro = f'<div class="h3" style="margin-bottom:10px">{e(fill(ctx, pick(rng, w.intro)))}</div>'
    groups: list[tuple[DataSet, str, list[str], str]] = []  # set, title, items, note
    for ds in d.named:
        if ds == "all":
            title, cats = all_phrase(ctx, rng)
            groups.append(
                (
                    ds,
                    title,
                    cats,
                    fill(ctx, pick(rng, w.all_includes), items=join_inline(cats)) if cats else "",
                )
            )
        else:
            groups.append(
                (ds, pick(rng, w.data_groups[ds]), set_items(ctx, rng, ds, many), pick(rng, w.data_notes[ds]))
            )
    card = "card" if ctx.look.style not in ("editorial",) or rng.random() < 0.5 else ""
    pad = "padding:16px 18px" if card else "padding:4px 0"
    if d.fmt == "paragraph":
        phrases = []
        for ds, title, items, _ in groups:
            if ds == "all":
                inc = fill(ctx, pick(rng, w.all_includes), items=join_inline(items)) if items else ""
                phrases.append(f"<b>{e(lower_first(title))}</b>" + (f" ({e(inc)})" if inc else ""))
            else:
                phrases.extend(f"<b>{e(lower_first(i))}</b>" for i in items)
        text = e(fill(ctx, pick(rng, w.paragraph), items="\x00")).replace("\x00", join_inline(phrases))
        return f'<div class="{card}" style="{pad};font-size:17px;line-height:1.5">{text}</div>'
    if d.fmt in ("bullets", "toggles", "table", "chips"):
        flat: list[tuple[DataSet, str]] = []
        for ds, title, items, _ in groups:
            if ds == "all":
                flat.append((ds, title))
                flat.extend((ds, i[:1].upper() + i[1:]) for i in items)
            else:
                flat.extend((ds, i) for i in items)
        if d.fmt == "bullets":
            mark = rng.choice(("check", "dot", "sparkle"))
            lis = []
            for _, item in flat:
                if mark == "dot":
                    m = '<span style="width:8px;height:8px;border-radius:50%;background:var(--card-link);margin:7px 3px 0;flex:none"></span>'
                else:
                    m = art.icon(
                        mark, 20, "var(--card-link)", 2.4, "var(--card-link)" if mark == "sparkle" else "none"
                    )
                lis.append(f"<li>{m}<span>{e(item)}</span></li>")
            return f'<div class="{card}" style="{pad}">{intro}<ul class="list">{"".join(lis)}</ul></div>'
        if d.fmt == "toggles":
            rows = "".join(
                f'<div class="hrow" style="padding:10px 0;border-top:1px solid var(--line)"><span style="flex:1;font-size:16px">'
                f'{e(item)}</span><span class="tog"></span></div>'
                for _, item in flat
            )
            hint = (
                f'<div class="small" style="margin-top:8px">{e(pick(rng, w.toggle_hint))}</div>'
                if rng.random() < 0.6
                else ""
            )
            return f'<div class="{card}" style="{pad}">{intro}{rows}{hint}</div>'
        if d.fmt == "chips":
            chips = "".join(
                f'<span class="chip" style="background:color-mix(in srgb, var(--link) 14%, transparent);color:var(--fg);border-color:var(--line)">'
                f"{art.icon(SET_ICONS[ds][0], 16, 'var(--link)', 2.2)}{e(item)}</span>"
                for ds, item in flat
            )
            return f'<div>{intro}<div style="display:flex;flex-wrap:wrap;gap:8px">{chips}</div></div>'
        head = rng.choice(w.table_head)
        rows = "".join(f"<tr><td>{e(item)}</td><td>{e(frequency(ctx, ds))}</td></tr>" for ds, item in flat)
        return (
            f"<div>{intro}<div class='card' style='overflow:hidden;padding:0'><table class='tbl'>"
            f"<tr><th>{e(head[0])}</th><th>{e(head[1])}</th></tr>{rows}</table></div></div>"
        )
    if d.fmt == "icons":
        rows = []
        for ds, title, items, note in groups:
            sub = note if ds != "all" or note else ""
            if ds != "all" and rng.random() < 0.5:
                sub = join_inline(items)
            tile = (
                f'<span class="badge" style="width:42px;height:42px;border-radius:13px;'
                f'background:{mix(ctx.look.color, "#ffffff", 0.82)};flex:none">'
                f"{art.icon(rng.choice(SET_ICONS[ds]), 22, ctx.look.color, 2.1)}</span>"
            )
            rows.append(
                f'<div class="hrow" style="align-items:flex-start;padding:8px 0">{tile}<div class="col" style="gap:3px">'
                f'<b style="font-size:16.5px">{e(title)}</b>'
                + (f'<span class="small">{e(sub)}</span>' if sub else "")
                + "</div></div>"
            )
        return f'<div class="{card}" style="{pad}">{intro}{"".join(rows)}</div>'
    # accordion: the first section open, the others closed on their headers
    secs = []
    for k, (_ds, title, items, note) in enumerate(groups):
        open_ = k == 0
        body = ""
        if open_:
            entries = items or ([note] if note else [])
            body = (
                '<ul class="list" style="padding:2px 0 12px 4px">'
                + "".join(
                    f"<li>{art.icon('check', 18, 'var(--card-link)', 2.4)}<span>{e(i[:1].upper() + i[1:])}</span></li>"
                    for i in entries
                )
                + "</ul>"
            )
        else:
            body = (
                f'<div class="small" style="padding:0 0 10px">{e(w.accordion_more)}</div>'
                if rng.random() < 0.5
                else ""
            )
        secs.append(
            f'<div style="border-top:1px solid var(--line);padding-top:12px"><div class="hrow" style="justify-content:space-between;'
            f'padding-bottom:8px"><b style="font-size:16.5px">{e(title)}</b>{art.icon("up" if open_ else "down", 20)}</div>{body}</div>'
        )
    secs[0] = secs[0].replace("border-top:1px solid var(--line);", "", 1)
    return f'<div class="{card}" style="{pad}">{intro}{"".join(secs)}</div>'


def connecting(ctx: Ctx, rng: random.Random, d: Disclosure) -> Frame:
    w, tw = ctx.words, ctx.tw
    heading = pick(rng, tw.connecting_heading)
    sub = pick(rng, tw.connecting_sub)
    mark = logo(ctx, 60 if d.layout == "full" else 50)
    illus = art.link_illustration(mark, rng, ctx.look.link, rng.randint(0, 2))
    step = fill(ctx, pick(rng, w.step_label), n=2, total=3) if rng.random() < 0.5 else ""
    back_icon = d.go_back and rng.random() < 0.6
    top = (
        '<div class="topbar">'
        + (f'<span class="iconbtn">{art.icon("back", 20)}</span>' if back_icon else "<span></span>")
        + (f'<span class="small" style="font-weight:700">{e(step)}</span>' if step else "")
        + "<span style='width:40px'></span></div>"
    )
    block = disclosure_block(ctx, rng, d) if d.named else ""
    purpose = ""
    if d.purpose:
        sentence = fill(ctx, pick(rng, w.purposes[ctx.app.kind]))
        if rng.random() < 0.6:
            purpose = (
                f'<div class="col" style="gap:4px"><div class="eyebrow">{e(pick(rng, w.purpose_label))}</div>'
                f'<div style="font-size:16px;line-height:1.45">{e(sentence)}</div></div>'
            )
        else:
            purpose = (
                f'<div class="hrow" style="align-items:flex-start">{art.icon(KIND_ICONS[ctx.app.kind], 22, "var(--link)", 2)}'
                f'<div style="font-size:16px;line-height:1.45">{e(sentence)}</div></div>'
            )
    notes = []
    if d.ongoing:
        notes.append(("sync", pick(rng, w.ongoing)))
    elif rng.random() < 0.3:
        notes.append(("clock", pick(rng, w.single_note)))
    if rng.random() < 0.55:
        notes.append(("lock", fill(ctx, pick(rng, w.privacy))))
    note_html = "".join(
        f'<div class="hrow small" style="gap:8px">{art.icon(ic, 17, "currentColor", 2)}<span>{e(t)}</span></div>'
        for ic, t in notes
    )
    side = d.proceed and d.go_back and (ctx.wide or rng.random() < 0.2)
    flex = "flex:1" if side else ""
    buttons = []
    if d.proceed:
        buttons.append(btn(pick(rng, tw.proceed), "primary", rng.choice((None, None, "chev")), flex))
    if d.go_back:
        buttons.append(btn(pick(rng, tw.go_back), rng.choice(("secondary", "ghost")), None, flex))
    if side:
        btn_html = f'<div class="hrow" style="gap:10px">{"".join(reversed(buttons))}</div>'
    else:
        btn_html = f'<div class="stack">{"".join(buttons)}</div>'
    text_block = (
        f'<div class="col" style="gap:8px"><div class="h1" style="font-size:calc(var(--h)*.86)">{e(heading)}</div>'
        f'<div class="sub">{e(sub)}</div></div>'
    )
    gap = "<div style='height:14px'></div>"
    parts = [text_block, gap, block, gap if block else "", purpose, gap if purpose else "", note_html]
    if d.layout == "sheet":
        inner = (
            f'<div class="hrow" style="justify-content:center">{mark}<span class="joint">{art.icon("sync", 20, ctx.look.link, 2.2)}</span>'
            f"{art.tiktok_badge(50)}</div><div style='height:12px'></div>"
            + "".join(parts)
            + f"<div style='height:16px'></div>{btn_html}"
        )
        return Frame(sheet(ctx, rng, inner), dim_status=True, deco=False)
    if d.layout == "modal":
        body = (
            f'<div class="grow"></div><div class="card" style="padding:22px 20px;display:flex;flex-direction:column">'
            f"{illus}{''.join(parts)}<div style='height:18px'></div>{btn_html}</div><div class='grow'></div>"
        )
        return Frame(column(ctx, body))
    body = top + illus + "".join(parts) + '<div class="grow"></div>' + btn_html
    return Frame(column(ctx, body))


# ---------------------------------------------------------------- result


def result(ctx: Ctx, rng: random.Random) -> Frame:
    w, tw = ctx.words, ctx.tw
    heading = pick(rng, tw.success_heading)
    sub = fill(ctx, pick(rng, tw.success_sub))
    cta = fill(ctx, pick(rng, tw.result_cta))
    layout = ctx.result_layout
    colors = [ctx.look.color, ctx.look.accent, "#ffd166", "#06d6a0", "#ffffff"]
    check = (
        f'<span class="badge" style="position:relative;z-index:1;width:108px;height:108px;background:var(--primary);color:var(--primary-fg);'
        f'box-shadow:0 18px 40px rgba(0,0,0,.25)">{art.icon("check", 56, "currentColor", 3)}</span>'
    )
    stats = "".join(
        f'<div class="card col" style="padding:12px 14px;gap:2px;flex:1"><b style="font-size:20px">{e(v)}</b>'
        f'<span class="small">{e(k)}</span></div>'
        for v, k in rng.sample(list(w.result_stats), 2)
    )
    if layout == "celebrate":
        body = (
            f'<div class="grow"></div><div style="position:relative;height:200px;display:flex;align-items:center;'
            f'justify-content:center">{art.confetti_burst(rng, colors)}{check}</div>'
            f'<div class="col center" style="gap:10px"><div class="h1">{e(heading)}</div><div class="sub">{e(sub)}</div></div>'
            + (
                f'<div class="hrow" style="margin-top:20px;align-items:stretch">{stats}</div>'
                if rng.random() < 0.5
                else ""
            )
            + f'<div class="grow"></div>{btn(cta)}'
        )
        return Frame(column(ctx, body))
    if layout == "summary":
        mark = logo(ctx, 56)
        link = (
            f'<div class="hrow" style="justify-content:center;gap:10px;padding:22px 0">{mark}'
            f'<span class="badge" style="width:34px;height:34px;background:#22c55e">{art.icon("check", 20, "#fff", 3)}</span>'
            f"{art.tiktok_badge(56)}</div>"
        )
        rows = "".join(
            f'<div class="hrow" style="justify-content:space-between;padding:12px 0;border-top:1px solid var(--line)">'
            f'<span class="sub" style="font-size:15px">{e(k[:1].upper() + k[1:])}</span><b>{e(v)}</b></div>'
            for v, k in w.result_stats
        )
        body = (
            f"{brand_row(ctx)}{link}"
            f'<div class="col" style="gap:8px"><div class="h1">{e(heading)}</div><div class="sub">{e(sub)}</div></div>'
            f'<div class="card" style="padding:4px 18px 6px;margin-top:20px">{rows.replace("border-top:1px solid var(--line)", "", 1)}</div>'
            f'<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:10px;margin-top:16px">'
            f"{''.join(art.thumb(rng, colors[:3], 84) for _ in range(3))}</div>"
            f'<div class="grow"></div>{btn(cta)}'
        )
        return Frame(column(ctx, body))
    toast = (
        f'<div class="card hrow" style="padding:14px 16px;align-items:flex-start;border-left:5px solid #22c55e">'
        f'<span class="badge" style="width:30px;height:30px;background:#22c55e;flex:none">{art.icon("check", 18, "#fff", 3)}</span>'
        f'<div class="col" style="gap:3px"><b style="font-size:17px">{e(heading)}</b><span class="small">{e(sub)}</span>'
        f'<span class="small">{e(pick(rng, w.result_toast_sub))}</span></div></div>'
    )
    cards = "".join(
        f'<div class="col" style="gap:6px">{art.thumb(rng, colors[:3], rng.choice((110, 140)))}<b style="font-size:14.5px">{e(t)}</b>'
        f'<span class="small" style="font-size:12.5px">{e(pick(rng, w.feed_meta))}</span></div>'
        for t in rng.sample(list(w.feed_cards), 4)
    )
    body = (
        f'<div class="pad">{brand_row(ctx, art.icon("bell", 24))}<div style="height:12px"></div>{toast}'
        f'<div class="h2" style="margin:20px 0 10px">{e(fill(ctx, pick(rng, w.feed_greeting)))}</div>'
        f'<div style="display:grid;grid-template-columns:1fr 1fr;gap:12px">{cards}</div><div class="grow"></div></div>'
        f"{nav_bar(ctx)}"
    )
    return Frame(body)


# ---------------------------------------------------------------- extras


def onboarding(ctx: Ctx, rng: random.Random) -> Frame:
    w = ctx.words
    k = rng.randrange(len(w.onboarding) - 1)
    title, text = w.onboarding[k]
    dots = "".join(f'<i class="{"on" if i == k else ""}"></i>' for i in range(len(w.onboarding)))
    shapes = art.hero_shapes(
        rng,
        [ctx.look.color, ctx.look.accent, mix(ctx.look.accent, "#ffffff", 0.5)],
        280,
        KIND_ICONS[ctx.app.kind],
    )
    body = (
        f'<div class="topbar"><span>{logo(ctx, 32)}</span><span class="small" style="font-weight:700">{e(w.onboarding_skip)}</span></div>'
        f'<div style="margin:16px 0 26px">{shapes}</div>'
        f'<div class="col" style="gap:12px"><div class="h1">{e(fill(ctx, title))}</div><div class="sub">{e(fill(ctx, text))}</div></div>'
        f'<div class="grow"></div><div class="hrow" style="justify-content:space-between">'
        f'<div class="dots">{dots}</div>{btn(w.onboarding_next, "primary", "chev", "padding:0 26px")}</div>'
    )
    return Frame(column(ctx, body))


def signin(ctx: Ctx, rng: random.Random) -> Frame:
    w = ctx.words
    email = f"{ctx.person.lower()}@{ctx.surname.lower()}.me"
    social = "".join(btn(s, "secondary", "apple" if "Apple" in s else None) for s in w.signin_social)
    body = (
        f'<div class="col center" style="gap:14px;padding-top:18px">{logo(ctx, 72)}'
        f'<div class="h1">{e(fill(ctx, pick(rng, w.signin_heading)))}</div>'
        f'<div class="sub">{e(pick(rng, w.signin_sub))}</div></div><div style="height:22px"></div>'
        f'<div class="card stack" style="padding:18px">'
        f'<div class="field"><span>{e(w.signin_email)}</span><b>{e(email)}</b></div>'
        f'<div class="field"><span>{e(w.signin_password)}</span><b>••••••••••</b></div>'
        f'<div class="small" style="text-align:right"><span class="link">{e(w.signin_forgot)}</span></div>'
        f"{btn(w.signin_button)}</div>"
        f'<div class="small" style="text-align:center;margin:14px 0">{e(w.signin_or)}</div><div class="stack">{social}</div>'
        f'<div class="grow"></div><div class="small" style="text-align:center">{e(fill(ctx, w.signin_create))}</div>'
    )
    return Frame(column(ctx, body))


def paywall(ctx: Ctx, rng: random.Random) -> Frame:
    w = ctx.words
    perks = "".join(
        f"<li>{art.icon('check', 20, 'var(--card-link)', 2.6)}<span>{e(p)}</span></li>"
        for p in w.paywall_perks
    )
    plans = "".join(
        f'<div class="card col" style="padding:14px;gap:3px;flex:1;{"outline:3px solid var(--link);" if i == 0 else ""}">'
        f'<span class="small">{e(name)}</span><b style="font-size:19px">{e(price)}</b>'
        + (
            f'<span class="chip" style="align-self:flex-start;padding:3px 9px;font-size:12px">{e(note)}</span>'
            if note
            else ""
        )
        + "</div>"
        for i, (name, price, note) in enumerate(w.paywall_plans)
    )
    shapes = art.hero_shapes(rng, [ctx.look.color, ctx.look.accent, "#ffd166"], 150, "star")
    body = (
        f'<div class="topbar"><span class="iconbtn">{art.icon("x", 20)}</span><span></span></div>'
        f"{shapes}<div style='height:16px'></div>"
        f'<div class="h1">{e(pick(rng, w.paywall_heading))}</div><div class="sub" style="margin-top:6px">'
        f"{e(pick(rng, w.paywall_sub))}</div>"
        f'<div class="card" style="padding:14px 16px;margin:16px 0"><ul class="list">{perks}</ul></div>'
        f'<div class="hrow" style="gap:10px">{plans}</div><div class="grow"></div>'
        f'<div class="stack" style="margin-top:14px">{btn(w.paywall_cta)}<div class="btn ghost">{e(w.paywall_restore)}</div></div>'
    )
    return Frame(column(ctx, body))


def feed(ctx: Ctx, rng: random.Random) -> Frame:
    w = ctx.words
    colors = [ctx.look.color, ctx.look.accent, mix(ctx.look.color, "#ffffff", 0.4), "#ffd166"]
    stories = "".join(
        f'<div class="col center" style="gap:5px"><span style="width:60px;height:60px;border-radius:50%;padding:3px;'
        f'background:linear-gradient(45deg,{ctx.look.color},{ctx.look.accent})"><span style="display:block;width:100%;'
        f'height:100%;border-radius:50%;border:3px solid var(--page-solid);background:{rng.choice(colors)}"></span></span>'
        f'<span class="small" style="font-size:12px">{e(name)}</span></div>'
        for name in rng.sample(list(w.people), 4)
    )
    cols = 3 if ctx.wide else 2
    cards = "".join(
        f'<div class="col" style="gap:6px">{art.thumb(rng, colors, rng.choice((120, 150)))}<b style="font-size:15px">{e(t)}</b>'
        f'<span class="small" style="font-size:12.5px">{e(pick(rng, w.feed_meta))}</span></div>'
        for t in rng.sample(list(w.feed_cards), 4)
    )
    body = (
        f'<div class="pad">{brand_row(ctx, art.icon("search", 24))}'
        f'<div class="h1" style="margin:14px 0 12px;font-size:calc(var(--h)*.8)">{e(fill(ctx, pick(rng, w.feed_greeting)))}</div>'
        f'<div class="hrow" style="gap:14px;margin-bottom:18px">{stories}</div>'
        f'<div class="eyebrow" style="margin-bottom:10px">{e(pick(rng, w.feed_sections))}</div>'
        f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:14px">{cards}</div><div class="grow"></div></div>'
        f"{nav_bar(ctx)}"
    )
    return Frame(body)


def dashboard(ctx: Ctx, rng: random.Random) -> Frame:
    """A home dashboard with no word about the connection: shown where the result should be."""
    w = ctx.words
    stats = "".join(
        f'<div class="card col" style="padding:14px;gap:2px;flex:1"><span class="small">{e(k)}</span>'
        f'<b style="font-size:22px">{e(v)}</b></div>'
        for k, v in w.dashboard_stats
    )
    tips = "".join(
        f'<div class="card hrow" style="padding:14px 16px">{art.icon(rng.choice(("sparkle", "bolt", "star")), 22, "var(--card-link)", 2)}'
        f'<span style="flex:1;font-size:15.5px">{e(t)}</span>{art.icon("chev", 18)}</div>'
        for t in w.dashboard_cards
    )
    body = (
        f'<div class="pad">{brand_row(ctx, art.icon("bell", 24))}'
        f'<div class="h1" style="margin:14px 0 16px;font-size:calc(var(--h)*.8)">{e(pick(rng, w.dashboard_heading))}</div>'
        f'<div class="hrow" style="gap:10px;align-items:stretch">{stats}</div>'
        f'<div class="card" style="padding:14px 16px;margin:14px 0"><div class="small" style="margin-bottom:8px">'
        f"{e(w.dashboard_chart)}</div>{art.chart(rng, ctx.look.card_link, bars=rng.random() < 0.5)}</div>"
        f'<div class="stack">{tips}</div><div class="grow"></div></div>{nav_bar(ctx, 0)}'
    )
    return Frame(body)
