"""HTML renderers of the app's own screens: connect, connecting, result, and everyday `other` screens.

Every renderer takes a Ctx (the submission's look, device and split) and returns a full
HTML document. The switches of `connecting()` and `connect()` are how the flow planner
builds the broken cases; everything else is visual variation.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from benchmarks.corpusgen import vocab
from benchmarks.corpusgen.common import Device, Split
from benchmarks.corpusgen.look import (
    DATA_ICONS,
    Chrome,
    Style,
    app_logo,
    avatar,
    button,
    esc,
    icon,
    link,
    page,
    service_logo,
    shade,
    thumb,
    tiktok_logo,
    toggle,
)


@dataclass
class Ctx:
    rng: random.Random
    style: Style
    device: Device
    chrome: Chrome
    split: Split
    user: str = field(default="")

    @property
    def phone(self) -> bool:
        return self.device.platform in ("ios", "android")

    @property
    def wide(self) -> bool:
        return self.device.platform in ("desktop", "tablet")

    def pick(self, phrases: vocab.Pool[str], /, **fmt: object) -> str:
        return phrases.pick(self.rng, self.split).format(app=self.style.app_name, **fmt)


# ---------------------------------------------------------------- shells


def app_bar(ctx: Ctx, title: str, *, back: bool, close: bool = False, right: str = "") -> str:
    """The top bar of a phone screen; `back` and `close` are go-back controls, so breaks can drop them."""
    s = ctx.style
    lead = ""
    if back:
        lead = (
            f'<div style="display:flex;align-items:center;gap:2px;color:{s.brand}">{icon("back", 22)}</div>'
        )
        if ctx.device.platform == "ios" and ctx.rng.random() < 0.5:
            lead = f'<div style="display:flex;align-items:center;color:{s.brand}">{icon("back", 22)}<span>Back</span></div>'
    elif close:
        lead = icon("close", 22, s.text)
    align = "center" if ctx.device.platform == "ios" else "left"
    return (
        f'<div style="height:52px;display:flex;align-items:center;gap:12px;padding:0 14px;flex:none;'
        f'border-bottom:1px solid {s.border if ctx.rng.random() < 0.5 else "transparent"}">'
        f'<div style="min-width:60px">{lead}</div><div style="flex:1;text-align:{align};font-weight:600;'
        f'font-size:{s.base_size + 1}px">{esc(title)}</div><div style="min-width:60px;text-align:right">{right}</div></div>'
    )


def tab_bar(ctx: Ctx, active: int = 0) -> str:
    s = ctx.style
    names = [
        ("home", "Home"),
        ("search", "Discover"),
        ("plus", "Create"),
        ("bell", "Inbox"),
        ("user", "Profile"),
    ]
    items = "".join(
        f'<div style="display:flex;flex-direction:column;align-items:center;gap:2px;font-size:11px;'
        f'color:{s.brand if i == active else s.muted}">{icon(n, 22)}<span>{label}</span></div>'
        for i, (n, label) in enumerate(names)
    )
    return (
        f'<div style="height:58px;display:flex;justify-content:space-around;align-items:center;flex:none;'
        f'border-top:1px solid {s.border};background:{s.surface}">{items}</div>'
    )


def web_header(ctx: Ctx, links: tuple[str, ...] = ("Home", "Library", "Insights", "Settings")) -> str:
    s = ctx.style
    nav = "".join(f'<span class="muted" style="font-size:14px">{esc(x)}</span>' for x in links)
    return (
        f'<div style="height:64px;display:flex;align-items:center;gap:28px;padding:0 32px;flex:none;'
        f'border-bottom:1px solid {s.border};background:{s.surface}">'
        f'<div style="display:flex;align-items:center;gap:10px;font-weight:700;font-size:18px">{app_logo(s, 30)}'
        f'{esc(s.app_name)}</div><div style="display:flex;gap:24px;flex:1">{nav}</div>'
        f"{avatar(ctx.rng, ctx.user or 'Alex Doe', 34)}</div>"
    )


def sidebar(ctx: Ctx, active: str) -> str:
    s = ctx.style
    items = ["Home", "Library", "Analytics", "Integrations", "Settings"]
    rows = "".join(
        f'<div style="padding:9px 14px;border-radius:8px;font-size:14px;'
        f'{"background:" + s.brand + "22;color:" + s.brand + ";font-weight:600" if x == active else ""}">{x}</div>'
        for x in items
    )
    return (
        f'<div style="width:230px;flex:none;border-right:1px solid {s.border};padding:20px 14px;'
        f'background:{s.surface};display:flex;flex-direction:column;gap:4px">'
        f'<div style="display:flex;align-items:center;gap:10px;font-weight:700;font-size:18px;margin:0 6px 18px">'
        f"{app_logo(s, 30)}{esc(s.app_name)}</div>{rows}</div>"
    )


def desktop_layout(ctx: Ctx, content: str, *, active: str = "Home", max_width: int = 640) -> str:
    """A web app page: header or sidebar, content centred."""
    inner = f'<div style="flex:1;overflow:hidden;padding:40px 48px;display:flex;justify-content:center">' \
            f'<div style="width:100%;max-width:{max_width}px">{content}</div></div>'  # fmt: skip
    if ctx.rng.random() < 0.5:
        return f'<div style="display:flex;flex:1;overflow:hidden">{sidebar(ctx, active)}{inner}</div>'
    return f'{web_header(ctx)}<div style="display:flex;flex:1;overflow:hidden">{inner}</div>'


def dimmed(body: str, overlay_inner: str, *, align: str) -> tuple[str, str]:
    """A page body with a modal or sheet over a dimmed backdrop."""
    overlay = (
        f'<div style="position:absolute;inset:0;background:rgba(0,0,0,.55);display:flex;'
        f'justify-content:center;align-items:{align}">{overlay_inner}</div>'
    )
    return body, overlay


# ---------------------------------------------------------------- connect


def connect(ctx: Ctx, *, tiktok: bool) -> str:
    """The page where the user picks TikTok; without `tiktok` it offers only other services."""
    variant = ctx.rng.choice(["list", "hero", "settings", "grid", "sheet"])
    s = ctx.style
    others = vocab.OTHER_SERVICES.sample(ctx.rng, ctx.split, ctx.rng.randint(2, 5))
    services = list(others)
    if tiktok:
        services.insert(ctx.rng.randrange(len(services) + 1), "TikTok")
    cta = ctx.pick(vocab.CONNECT_TIKTOK_CTA)
    row_btn = ctx.pick(vocab.CONNECT_ROW_BUTTON)

    def row(svc: str, *, connected: bool = False) -> str:
        label = cta if svc == "TikTok" and ctx.rng.random() < 0.4 else row_btn
        action = (
            f'<span class="muted" style="font-size:13px">{icon("check", 16, "#16a34a")} {esc(ctx.pick(vocab.CONNECTED_BADGES))}</span>'
            if connected
            else button(s, label, primary=svc == "TikTok" or ctx.rng.random() < 0.3, full=False, shape="pill")
            .replace("padding:13px 22px", "padding:7px 14px")
            .replace(f"font-size:{s.base_size + 1}px", "font-size:14px")
        )
        return (
            f'<div style="display:flex;align-items:center;gap:12px;padding:12px 4px;border-bottom:1px solid {s.border}">'
            f'{service_logo(svc, 38)}<div style="flex:1;min-width:0"><div style="font-weight:600">{esc(svc)}</div>'
            f'<div class="muted" style="font-size:13px">{esc(ctx.pick(vocab.SERVICE_BLURBS))}</div></div>'
            f"{action}</div>"
        )

    title = ctx.pick(vocab.CONNECT_TITLES)
    subtitle = ctx.pick(vocab.CONNECT_SUBTITLES)
    if variant == "hero":
        if tiktok:
            hero_title, hero_logo, hero_cta = ctx.pick(vocab.CONNECT_HERO_TITLES), tiktok_logo(72), cta
        else:
            svc = others[0]
            hero_title = ctx.pick(vocab.CONNECT_HERO_OTHER, svc=svc)
            hero_logo, hero_cta = service_logo(svc, 72), hero_title
        art = (
            f'<div style="display:flex;align-items:center;justify-content:center;gap:18px;padding:28px 0;'
            f'background:radial-gradient(circle at 50% 40%,{s.brand}33,transparent 65%)">{app_logo(s, 72)}'
            f'<div style="display:flex;gap:5px">{"".join(f"<span style=width:7px;height:7px;border-radius:50%;background:{s.muted};display:inline-block></span>" for _ in range(3))}</div>'
            f"{hero_logo}</div>"
        )
        content = (
            f'{art}<h1 style="text-align:center;margin:8px 0 10px">{esc(hero_title)}</h1>'
            f'<p class="muted" style="text-align:center;margin-bottom:28px">{esc(ctx.pick(vocab.CONNECT_HERO_BODY))}</p>'
            f'<div style="display:flex;flex-direction:column;gap:10px">{button(s, hero_cta, primary=True)}'
            f"{button(s, ctx.pick(vocab.LATER_LINKS), primary=False)}</div>"
        )
        if ctx.wide:
            body = desktop_layout(
                ctx, f'<div class="card" style="padding:36px">{content}</div>', max_width=520
            )
        else:
            body = f'<div style="flex:1;padding:24px 22px;display:flex;flex-direction:column;justify-content:center">{content}</div>'
        return page(s, ctx.device, ctx.chrome, body, title=title, path="/welcome")
    if variant == "settings":
        heading = ctx.pick(vocab.SETTINGS_CONNECTED_TITLES)
        rows = "".join(row(x, connected=(x != "TikTok" and ctx.rng.random() < 0.3)) for x in services)
        content = f'<p class="muted" style="margin:4px 0 12px;font-size:14px">{esc(subtitle)}</p>{rows}'
        if ctx.wide:
            body = desktop_layout(
                ctx, f'<h1 style="margin-bottom:6px">{esc(heading)}</h1>{content}', active="Integrations"
            )
        else:
            body = f'{app_bar(ctx, heading, back=True)}<div style="flex:1;padding:8px 18px;overflow:hidden">{content}</div>'
        return page(s, ctx.device, ctx.chrome, body, title=heading, path="/settings/connections")
    if variant == "grid":
        cols = 3 if ctx.wide else 2
        tiles = "".join(
            f'<div class="card" style="padding:18px 12px;display:flex;flex-direction:column;align-items:center;gap:10px;'
            f'{"border:2px solid " + s.brand + ";" if x == "TikTok" else ""}">{service_logo(x, 44)}'
            f'<div style="font-weight:600;font-size:14px;text-align:center">{esc(x)}</div>'
            f'<div style="font-size:13px">{link(s, row_btn)}</div></div>'
            for x in services
        )
        content = (
            f'<h1 style="margin-bottom:8px">{esc(title)}</h1><p class="muted" style="margin-bottom:20px">{esc(subtitle)}</p>'
            f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:12px">{tiles}</div>'
        )
        if ctx.wide:
            body = desktop_layout(ctx, content, active="Integrations", max_width=760)
        else:
            body = f'{app_bar(ctx, "", back=True)}<div style="flex:1;padding:6px 20px;overflow:hidden">{content}</div>'
        return page(s, ctx.device, ctx.chrome, body, title=title, path="/import")
    rows = "".join(row(x) for x in services)
    if variant == "sheet" and not ctx.wide:
        bg = (
            f"{app_bar(ctx, vocab.DASHBOARD_TITLES.pick(ctx.rng, ctx.split), back=False)}"
            f'<div style="padding:16px;display:grid;grid-template-columns:1fr 1fr;gap:10px">'
            + "".join(thumb(ctx.rng, "100%", 150) for _ in range(6))
            + f"</div>{tab_bar(ctx)}"
        )
        sheet = (
            f'<div style="width:100%;background:{s.surface};border-radius:18px 18px 0 0;padding:10px 20px 24px">'
            f'<div style="width:40px;height:5px;border-radius:3px;background:{s.border};margin:0 auto 14px"></div>'
            f'<h2>{esc(title)}</h2><p class="muted" style="font-size:14px;margin:6px 0 6px">{esc(subtitle)}</p>{rows}</div>'
        )
        body, overlay = dimmed(bg, sheet, align="flex-end")
        return page(s, ctx.device, ctx.chrome, body, title=title, overlay=overlay)
    content = (
        f'<h1 style="margin-bottom:8px">{esc(title)}</h1><p class="muted" style="margin-bottom:14px">{esc(subtitle)}</p>'
        f'{rows}<div style="margin-top:22px;text-align:center;font-size:14px">{link(s, ctx.pick(vocab.LATER_LINKS))}</div>'
    )
    if ctx.wide:
        body = desktop_layout(ctx, f'<div class="card" style="padding:32px">{content}</div>', max_width=560)
    else:
        body = f'<div style="flex:1;padding:26px 20px;overflow:hidden">{content}</div>'
    return page(s, ctx.device, ctx.chrome, body, title=title, path="/onboarding/sources")


# ---------------------------------------------------------------- connecting


@dataclass(frozen=True)
class ConnectingParts:
    """What a connecting screen shows; a False switch is a deliberate break."""

    data_sets: tuple[str, ...]  # data sets named on the screen ("activity", "postsandprofile", ...)
    ongoing: bool
    proceed: bool = True
    go_back: bool = True
    data_list: bool = True
    purpose: bool = True


def _data_items(ctx: Ctx, data_sets: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(data set, title, detail) triples naming the data; 1-3 phrases per set, at most 6."""
    items: list[tuple[str, str, str]] = []
    per_set = 1 if len(data_sets) >= 3 else ctx.rng.randint(1, 3 if len(data_sets) == 1 else 2)
    for ds in data_sets:
        for title, detail in vocab.DATA_WORDS[ds].sample(ctx.rng, ctx.split, per_set):
            items.append((ds, title, detail))
    return items[:6]


def _data_block(ctx: Ctx, parts: ConnectingParts) -> str:
    s = ctx.style
    heading = ctx.pick(vocab.DATA_LIST_HEADINGS)
    if not parts.data_list:
        return ""
    kind = ctx.rng.choice(["checks", "icons", "bullets", "toggles", "inline"])
    items = _data_items(ctx, parts.data_sets)
    with_detail = ctx.rng.random() < 0.5 and not (ctx.device.height < 700 and len(items) > 3)
    if kind == "inline":
        words = [vocab.INLINE_DATA_WORDS[ds].pick(ctx.rng, ctx.split) for ds in parts.data_sets]
        data = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        return f'<p style="margin:14px 0">{esc(ctx.pick(vocab.INLINE_DATA_SENTENCES, data=data))}.</p>'
    rows = []
    for ds, title, detail in items:
        detail_html = (
            f'<div class="muted" style="font-size:13px">{esc(detail)}</div>' if with_detail and detail else ""
        )
        text = f'<div style="flex:1"><div style="font-weight:500">{esc(title)}</div>{detail_html}</div>'
        if kind == "checks":
            lead = icon("check", 20, s.brand if not s.dark else shade(s.brand, 0.2))
        elif kind == "icons":
            lead = (
                f'<div style="width:34px;height:34px;border-radius:{min(s.radius + 4, 17)}px;background:{s.brand}22;'
                f'display:flex;align-items:center;justify-content:center">{icon(DATA_ICONS[ds], 18, s.brand)}</div>'
            )
        elif kind == "bullets":
            lead = (
                f'<div style="width:7px;height:7px;border-radius:50%;background:{s.text};margin:0 4px"></div>'
            )
        else:
            lead = ""
            text += toggle(s, True)
        rows.append(f'<div style="display:flex;align-items:center;gap:12px;padding:7px 0">{lead}{text}</div>')
    boxed = ctx.rng.random() < 0.5
    inner = f'<h3 style="margin-bottom:4px">{esc(heading)}</h3>{"".join(rows)}'
    if boxed:
        return f'<div class="card" style="padding:12px 16px;margin:14px 0">{inner}</div>'
    return f'<div style="margin:14px 0">{inner}</div>'


def _purpose_block(ctx: Ctx, parts: ConnectingParts) -> str:
    if not parts.purpose:
        return ""
    sentence = ctx.pick(vocab.PURPOSE_SENTENCES, p=ctx.pick(vocab.PURPOSES))
    if ctx.rng.random() < 0.4:
        return f'<h3 style="margin-top:6px">{esc(ctx.pick(vocab.PURPOSE_HEADINGS))}</h3><p class="muted">{esc(sentence)}</p>'
    return f'<p style="margin-top:4px">{esc(sentence)}</p>'


def connecting(ctx: Ctx, parts: ConnectingParts) -> str:
    s = ctx.style
    variant = ctx.rng.choice(["page", "page", "sheet", "modal"])
    title = ctx.pick(vocab.CONNECTING_TITLES)
    logos = (
        f'<div style="display:flex;align-items:center;justify-content:center;gap:14px;margin:6px 0 18px">'
        f'{app_logo(s, 56)}<div style="color:{s.muted}">{icon("arrows", 26)}</div>{tiktok_logo(56)}</div>'
    )
    show_logos = ctx.rng.random() < 0.7 and not (ctx.device.height < 700 and variant != "page")
    ongoing = (
        f'<p class="muted" style="font-size:14px;margin-top:8px">{esc(ctx.pick(vocab.ONGOING_SENTENCES))}</p>'
    )
    note = (
        f'<p class="muted" style="font-size:13px;margin-top:10px;display:flex;gap:6px;align-items:center">'
        f"{icon('lock', 14)}{esc(ctx.pick(vocab.PRIVACY_NOTES))}</p>"
    )
    main = (
        (logos if show_logos else "")
        + f'<h2 style="text-align:{"center" if show_logos else "left"}">{esc(title)}</h2>'
        + f'<p class="muted" style="margin-top:8px;text-align:{"center" if show_logos else "left"}">'
        + f"{esc(ctx.pick(vocab.CONNECTING_INTROS))}</p>"
        + _data_block(ctx, parts)
        + _purpose_block(ctx, parts)
        + (ongoing if parts.ongoing else "")
        + (note if ctx.rng.random() < 0.5 and ctx.device.height >= 700 else "")
    )
    buttons = []
    if parts.proceed:
        buttons.append(button(s, ctx.pick(vocab.PROCEED_WORDS), primary=True))
    if parts.go_back:
        buttons.append(button(s, ctx.pick(vocab.GO_BACK_WORDS), primary=False))
    if ctx.wide and ctx.rng.random() < 0.6:
        footer = (
            '<div style="display:flex;flex-direction:row-reverse;gap:12px;margin-top:22px">'
            + "".join(b.replace("width:100%;", "") for b in buttons)
            + "</div>"
        )
    else:
        footer = f'<div style="display:flex;flex-direction:column;gap:8px;margin-top:18px">{"".join(buttons)}</div>'

    if variant == "page" or (variant == "sheet" and ctx.wide):
        if ctx.wide:
            body = desktop_layout(
                ctx, f'<div class="card" style="padding:32px">{main}{footer}</div>', max_width=560
            )
        else:
            bar = app_bar(
                ctx, "TikTok" if ctx.rng.random() < 0.3 else "", back=parts.go_back and ctx.rng.random() < 0.6
            )
            body = (
                f'{bar}<div style="flex:1;padding:10px 22px;overflow:hidden">{main}</div>'
                f'<div style="padding:0 22px 14px;flex:none">{footer}</div>'
            )
        return page(s, ctx.device, ctx.chrome, body, title=title, path="/connect/tiktok")
    bg = _background_page(ctx)
    if variant == "sheet":
        panel = (
            f'<div style="width:100%;max-height:92%;background:{s.surface};border-radius:20px 20px 0 0;'
            f'padding:10px 22px 22px;overflow:hidden">'
            f'<div style="width:40px;height:5px;border-radius:3px;background:{s.border};margin:0 auto 14px"></div>'
            f"{main}{footer}</div>"
        )
        body, overlay = dimmed(bg, panel, align="flex-end")
    else:
        width = "520px" if ctx.wide else "90%"
        panel = (
            f'<div style="width:{width};max-height:94%;background:{s.surface};border-radius:{s.radius + 8}px;'
            f'padding:22px;overflow:hidden;box-shadow:0 20px 60px rgba(0,0,0,.4)">{main}{footer}</div>'
        )
        body, overlay = dimmed(bg, panel, align="center")
    return page(s, ctx.device, ctx.chrome, body, title=title, overlay=overlay)


def _background_page(ctx: Ctx) -> str:
    """A neutral app page to dim behind a modal or sheet."""
    cards = "".join(
        f'<div class="card" style="padding:12px;display:flex;gap:10px;align-items:center">{thumb(ctx.rng, 56, 56)}'
        f'<div><div style="font-weight:600">{esc(vocab.FEED_CAPTIONS.pick(ctx.rng, ctx.split))}</div>'
        f'<div class="muted" style="font-size:13px">{ctx.rng.randint(2, 59)} min ago</div></div></div>'
        for _ in range(6)
    )
    content = f'<h1 style="margin-bottom:14px">{esc(ctx.pick(vocab.DASHBOARD_TITLES))}</h1><div style="display:flex;flex-direction:column;gap:10px">{cards}</div>'
    if ctx.wide:
        return desktop_layout(ctx, content, max_width=760)
    return f'<div style="flex:1;padding:18px;overflow:hidden">{content}</div>{tab_bar(ctx)}'


# ---------------------------------------------------------------- result


def result(ctx: Ctx) -> str:
    """The app's confirmation that TikTok is connected, sometimes with the imported data."""
    s = ctx.style
    variant = ctx.rng.choice(["hero", "imported", "toast", "settings"])
    title = ctx.pick(vocab.RESULT_TITLES)
    n = ctx.rng.randint(12, 480)
    body_text = ctx.pick(vocab.RESULT_BODIES, n=n)
    check = (
        f'<div style="width:84px;height:84px;border-radius:50%;background:#16a34a22;display:flex;align-items:center;'
        f'justify-content:center;margin:0 auto 18px"><div style="width:60px;height:60px;border-radius:50%;'
        f'background:#16a34a;display:flex;align-items:center;justify-content:center">{icon("check", 34, "#fff")}</div></div>'
    )
    if variant == "hero":
        content = (
            f'{check}<h1 style="text-align:center">{esc(title)}</h1><p class="muted" style="text-align:center;'
            f'margin:10px 0 26px">{esc(body_text)}</p>'
            f'<div class="card" style="padding:12px 16px;display:flex;align-items:center;gap:12px;margin-bottom:24px">'
            f'{tiktok_logo(36)}<div style="flex:1"><div style="font-weight:600">TikTok</div><div class="muted" style="'
            f'font-size:13px">@{esc((ctx.user or "alex").split()[0].lower())}{ctx.rng.randint(1, 99)}</div></div>'
            f"{icon('check', 20, '#16a34a')}</div>{button(s, ctx.pick(vocab.RESULT_BUTTONS), primary=True)}"
        )
        if ctx.wide:
            body = desktop_layout(
                ctx, f'<div class="card" style="padding:40px">{content}</div>', max_width=480
            )
        else:
            body = f'<div style="flex:1;padding:28px 24px;display:flex;flex-direction:column;justify-content:center">{content}</div>'
        return page(s, ctx.device, ctx.chrome, body, title=title, path="/connect/tiktok/done")
    if variant == "imported":
        cols = 5 if ctx.device.platform == "desktop" else (4 if ctx.wide else 3)
        rows = 2 if ctx.device.height < 900 else 3
        grid = "".join(thumb(ctx.rng, "100%", 140 if ctx.wide else 120) for _ in range(cols * rows))
        stats = "".join(
            f'<div class="card" style="padding:10px 12px;flex:1"><div style="font-size:20px;font-weight:700">{v}</div>'
            f'<div class="muted" style="font-size:12px">{k}</div></div>'
            for k, v in (
                ("Videos", n),
                ("Likes", f"{ctx.rng.randint(2, 90)}K"),
                ("Followers", ctx.rng.randint(80, 9000)),
            )
        )
        banner = (
            f'<div style="display:flex;gap:10px;align-items:center;margin-bottom:14px">{icon("check", 26, "#16a34a")}'
            f'<div><h2>{esc(title)}</h2><p class="muted" style="font-size:14px">{esc(body_text)}</p></div></div>'
        )
        content = (
            f'{banner}<div style="display:flex;gap:10px;margin-bottom:14px">{stats}</div>'
            f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:8px">{grid}</div>'
        )
        if ctx.wide:
            body = desktop_layout(ctx, content, active="Library", max_width=900)
        else:
            body = f'{app_bar(ctx, "Library", back=False)}<div style="flex:1;padding:14px;overflow:hidden">{content}</div>{tab_bar(ctx, 0)}'
        return page(s, ctx.device, ctx.chrome, body, title=title, path="/library")
    if variant == "settings":
        heading = ctx.pick(vocab.SETTINGS_CONNECTED_TITLES)
        svcs = vocab.OTHER_SERVICES.sample(ctx.rng, ctx.split, 2)
        rows = "".join(
            f'<div style="display:flex;align-items:center;gap:12px;padding:12px 0;border-bottom:1px solid {s.border}">'
            f'{service_logo(x, 36)}<div style="flex:1;font-weight:600">{esc(x)}</div>'
            + (
                f'<span style="color:#16a34a;font-weight:600;font-size:14px">{icon("check", 16, "#16a34a")} {esc(ctx.pick(vocab.CONNECTED_BADGES))}</span>'
                if x == "TikTok"
                else link(s, "Connect")
            )
            + "</div>"
            for x in ["TikTok", *svcs]
        )
        banner = (
            f'<div style="background:#16a34a1f;border:1px solid #16a34a66;border-radius:{s.radius + 2}px;padding:12px 14px;'
            f'display:flex;gap:10px;align-items:center;margin:10px 0">{icon("check", 20, "#16a34a")}<div>'
            f'<div style="font-weight:700">{esc(title)}</div><div style="font-size:13px">{esc(body_text)}</div></div></div>'
        )
        if ctx.wide:
            body = desktop_layout(ctx, f"<h1>{esc(heading)}</h1>{banner}{rows}", active="Integrations")
        else:
            body = f'{app_bar(ctx, heading, back=True)}<div style="flex:1;padding:8px 18px;overflow:hidden">{banner}{rows}</div>'
        return page(s, ctx.device, ctx.chrome, body, title=heading, path="/settings/connections")
    # toast over a dashboard
    toast = (
        f'<div style="position:absolute;left:50%;transform:translateX(-50%);{"top:18px" if ctx.wide else "bottom:76px"};'
        f"background:{'#f9fafb' if s.dark else '#111827'};color:{'#111' if s.dark else '#fff'};border-radius:12px;"
        f'padding:12px 16px;display:flex;gap:10px;align-items:center;box-shadow:0 8px 30px rgba(0,0,0,.3);width:max-content;max-width:90%">'
        f'{icon("check", 20, "#22c55e")}<div><div style="font-weight:700">{esc(ctx.pick(vocab.RESULT_TOASTS))}</div>'
        f'<div style="font-size:13px;opacity:.8">{esc(body_text)}</div></div></div>'
    )
    return page(s, ctx.device, ctx.chrome, _dashboard_body(ctx), title=title, overlay=toast)


# ---------------------------------------------------------------- other screens

OTHER_KINDS: tuple[str, ...] = ("signin", "feed", "pricing", "settings", "profile", "onboarding", "dashboard")


def _dashboard_body(ctx: Ctx) -> str:
    s = ctx.style
    bars = "".join(
        f'<div style="flex:1;height:{ctx.rng.randint(20, 100)}%;background:linear-gradient({s.brand},{s.brand2});'
        f'border-radius:4px 4px 0 0;opacity:.85"></div>'
        for _ in range(12 if ctx.wide else 8)
    )
    kpis = "".join(
        f'<div class="card" style="padding:12px 14px;flex:1"><div class="muted" style="font-size:12px">{k}</div>'
        f'<div style="font-size:22px;font-weight:700">{v}</div><div style="font-size:12px;color:#16a34a">'
        f"+{ctx.rng.randint(1, 40)}%</div></div>"
        for k, v in (
            ("Views", f"{ctx.rng.randint(10, 900)}K"),
            ("Engagement", f"{ctx.rng.randint(2, 19)}.{ctx.rng.randint(0, 9)}%"),
            ("Posts", ctx.rng.randint(10, 300)),
        )[: 3 if ctx.wide else 2]
    )
    items = "".join(
        f'<div style="display:flex;gap:10px;align-items:center;padding:8px 0;border-bottom:1px solid {s.border}">'
        f'{thumb(ctx.rng, 44, 44)}<div style="flex:1"><div style="font-weight:500;font-size:14px">'
        f'{esc(vocab.FEED_CAPTIONS.pick(ctx.rng, ctx.split))}</div><div class="muted" style="font-size:12px">'
        f'{ctx.rng.randint(1, 30)} days ago</div></div><div style="font-weight:600;font-size:14px">'
        f"{ctx.rng.randint(1, 99)}K</div></div>"
        for _ in range(4)
    )
    content = (
        f'<h1 style="margin-bottom:14px">{esc(ctx.pick(vocab.DASHBOARD_TITLES))}</h1>'
        f'<div style="display:flex;gap:10px;margin-bottom:14px">{kpis}</div>'
        f'<div class="card" style="padding:14px;margin-bottom:14px"><h3 style="margin-bottom:8px">Weekly views</h3>'
        f'<div style="height:120px;display:flex;align-items:flex-end;gap:6px">{bars}</div></div>'
        f'<div class="card" style="padding:4px 14px"><h3 style="margin:10px 0 4px">Top posts</h3>{items}</div>'
    )
    if ctx.wide:
        return desktop_layout(ctx, content, max_width=900)
    return f'<div style="flex:1;padding:16px;overflow:hidden">{content}</div>{tab_bar(ctx)}'


def other(ctx: Ctx, kind: str) -> str:
    """An everyday screen of the app that is none of the four steps."""
    s = ctx.style
    if kind == "dashboard":
        return page(s, ctx.device, ctx.chrome, _dashboard_body(ctx), title="Dashboard", path="/home")
    if kind == "signin":
        field_css = (
            f"border:1px solid {s.border};border-radius:{s.radius + 2}px;padding:12px 14px;background:{s.surface};"
            f"color:{s.muted};margin-bottom:12px"
        )
        providers = "".join(
            button(s, f"Continue with {p}", primary=False, shape="outlined") for p in ("Google", "Apple")
        )
        content = (
            f'<div style="display:flex;justify-content:center;margin-bottom:20px">{app_logo(s, 56)}</div>'
            f'<h1 style="text-align:center;margin-bottom:22px">{esc(ctx.pick(vocab.SIGNIN_TITLES))}</h1>'
            f'<div style="{field_css}">you@example.com</div><div style="{field_css}">••••••••••</div>'
            f'<div style="text-align:right;font-size:14px;margin-bottom:18px">{link(s, "Forgot password?")}</div>'
            f'{button(s, "Sign in", primary=True)}<div class="muted" style="text-align:center;margin:16px 0;font-size:13px">or</div>'
            f'<div style="display:flex;flex-direction:column;gap:10px">{providers}</div>'
        )
        if ctx.wide:
            body = f'<div style="flex:1;display:flex;align-items:center;justify-content:center;background:linear-gradient(135deg,{s.brand}22,{s.bg})"><div class="card" style="width:420px;padding:36px">{content}</div></div>'
        else:
            body = f'<div style="flex:1;padding:40px 24px">{content}</div>'
        return page(s, ctx.device, ctx.chrome, body, title="Sign in", path="/login")
    if kind == "onboarding":
        art = (
            f'<div style="height:260px;position:relative;margin-bottom:28px">'
            f'<div style="position:absolute;left:12%;top:20px;width:170px;height:170px;border-radius:50%;background:{s.brand};opacity:.9"></div>'
            f'<div style="position:absolute;right:14%;top:70px;width:130px;height:130px;border-radius:28px;background:{s.brand2};transform:rotate(18deg);opacity:.85"></div>'
            f'<div style="position:absolute;left:40%;top:150px;width:90px;height:90px;border-radius:50%;border:10px solid {s.text};opacity:.15"></div></div>'
        )
        dots = "".join(
            f'<span style="width:{18 if i == 0 else 8}px;height:8px;border-radius:4px;background:{s.brand if i == 0 else s.border};display:inline-block"></span>'
            for i in range(3)
        )
        content = (
            f'{art}<h1 style="text-align:center">{esc(ctx.pick(vocab.ONBOARDING_TITLES))}</h1>'
            f'<p class="muted" style="text-align:center;margin:12px 0 24px">Save, sort and relive the moments that matter.</p>'
            f'<div style="display:flex;gap:6px;justify-content:center;margin-bottom:26px">{dots}</div>'
            f"{button(s, 'Get started', primary=True)}"
        )
        width = "max-width:460px;margin:0 auto;" if ctx.wide else ""
        body = f'<div style="flex:1;padding:30px 24px;display:flex;flex-direction:column;justify-content:center;{width}">{content}</div>'
        return page(s, ctx.device, ctx.chrome, body, title="Welcome")
    if kind == "pricing":
        plans = vocab.PLAN_NAMES.of(ctx.split)
        cards = "".join(
            f'<div class="card" style="padding:18px;flex:1;{"border:2px solid " + s.brand if i == 1 else ""}">'
            f'<h3>{p}</h3><div style="font-size:28px;font-weight:800;margin:6px 0">${[0, 8, 19][i]}<span class="muted" '
            f'style="font-size:14px;font-weight:400">/mo</span></div>'
            + "".join(
                f'<div style="display:flex;gap:8px;font-size:14px;padding:3px 0">{icon("check", 16, s.brand)}{f}</div>'
                for f in ("Unlimited boards", "HD exports", "Priority support")[: i + 1]
            )
            + "</div>"
            for i, p in enumerate(plans)
        )
        direction = "row" if ctx.wide else "column"
        content = (
            f'<h1 style="text-align:center;margin-bottom:6px">Choose your plan</h1><p class="muted" style="text-align:center;margin-bottom:20px">Cancel anytime.</p>'
            f'<div style="display:flex;flex-direction:{direction};gap:12px;margin-bottom:18px">{cards}</div>'
            f"{button(s, 'Start free trial', primary=True)}"
        )
        body = (
            desktop_layout(ctx, content, max_width=860)
            if ctx.wide
            else f'{app_bar(ctx, "Upgrade", back=True)}<div style="flex:1;padding:14px 18px;overflow:hidden">{content}</div>'
        )
        return page(s, ctx.device, ctx.chrome, body, title="Pricing", path="/pricing")
    if kind == "settings":
        rows = "".join(
            f'<div style="display:flex;align-items:center;gap:12px;padding:14px 0;border-bottom:1px solid {s.border}">'
            f'{icon(ic, 20, s.muted)}<div style="flex:1">{label}</div>'
            + (toggle(s, ctx.rng.random() < 0.6) if tog else icon("chevron", 18, s.muted))
            + "</div>"
            for ic, label, tog in (
                ("user", "Account", False),
                ("bell", "Push notifications", True),
                ("lock", "Privacy", False),
                ("gear", "Autoplay videos", True),
                ("heart", "Help & feedback", False),
            )
        )
        content = f'<div style="display:flex;gap:12px;align-items:center;margin-bottom:12px">{avatar(ctx.rng, ctx.user or "Alex Doe", 52)}<div><h3>{esc(ctx.user or "Alex Doe")}</h3><div class="muted" style="font-size:13px">Free plan</div></div></div>{rows}'
        body = (
            desktop_layout(ctx, f"<h1 style='margin-bottom:18px'>Settings</h1>{content}", active="Settings")
            if ctx.wide
            else f'{app_bar(ctx, "Settings", back=True)}<div style="flex:1;padding:12px 18px;overflow:hidden">{content}</div>'
        )
        return page(s, ctx.device, ctx.chrome, body, title="Settings", path="/settings")
    if kind == "profile":
        name = ctx.user or "Alex Doe"
        grid = "".join(thumb(ctx.rng, "100%", 130) for _ in range(9 if not ctx.wide else 12))
        cols = 3 if not ctx.wide else 4
        content = (
            f'<div style="display:flex;flex-direction:column;align-items:center;gap:6px;margin-bottom:14px">'
            f'{avatar(ctx.rng, name, 84)}<h2>{esc(name)}</h2><div class="muted">@{esc(name.split()[0].lower())}</div>'
            f'<div style="display:flex;gap:26px;margin:8px 0">'
            + "".join(
                f'<div style="text-align:center"><div style="font-weight:700">{ctx.rng.randint(3, 999)}</div><div class="muted" style="font-size:12px">{k}</div></div>'
                for k in ("Posts", "Fans", "Boards")
            )
            + f"</div>{button(s, 'Edit profile', primary=False, full=False)}</div>"
            f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:4px">{grid}</div>'
        )
        body = (
            desktop_layout(ctx, content, max_width=800)
            if ctx.wide
            else f'<div style="flex:1;padding:16px;overflow:hidden">{content}</div>{tab_bar(ctx, 4)}'
        )
        return page(s, ctx.device, ctx.chrome, body, title=name, path="/me")
    # feed
    posts = "".join(
        f'<div style="margin-bottom:16px"><div style="display:flex;gap:10px;align-items:center;margin-bottom:8px">'
        f'{avatar(ctx.rng, nm, 34)}<div><div style="font-weight:600;font-size:14px">{esc(nm)}</div>'
        f'<div class="muted" style="font-size:12px">{ctx.rng.randint(1, 23)}h</div></div></div>'
        f'{thumb(ctx.rng, "100%", 220 if ctx.phone else 300)}<p style="margin-top:8px;font-size:14px">'
        f"{esc(vocab.FEED_CAPTIONS.pick(ctx.rng, ctx.split))}</p></div>"
        for nm in (
            f"{vocab.FIRST_NAMES.pick(ctx.rng, ctx.split)} {vocab.LAST_NAMES.pick(ctx.rng, ctx.split)}"
            for _ in range(3)
        )
    )
    body = (
        desktop_layout(ctx, posts, max_width=560)
        if ctx.wide
        else f'{app_bar(ctx, s.app_name, back=False, right=icon("bell", 22))}<div style="flex:1;padding:12px 16px;overflow:hidden">{posts}</div>{tab_bar(ctx)}'
    )
    return page(s, ctx.device, ctx.chrome, body, title="Feed", path="/feed")
