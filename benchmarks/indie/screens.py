"""HTML of every screen kind: the app's connect, connecting and result screens, TikTok's own
login and consent pages, extras (sign-in, feed, paywall, settings) and near misses.

Each builder takes a `Ctx` (who, what, on which device, in which look) and a `random.Random`
for layout choices, and returns one HTML document sized for the device's viewport.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from benchmarks.corpusgen.common import Device
from benchmarks.indie.look import Look, app_logo, browser_bar, document, esc, mobile_url_bar, tiktok_logo
from benchmarks.indie.words import (
    BENEFITS,
    DATA,
    OTHER_SERVICES,
    App,
    DataSet,
    Split,
    pick,
)

TT_PINK = "#fe2c55"
TT_CYAN = "#25f4ee"

# TikTok's consent wording per data set (from the spec's scope table).
SCOPE_TEXT: dict[str, str] = {
    "activity.single": "Export a copy of your activity data",
    "activity.ongoing": "Export copies of your activity data",
    "postsandprofile.single": "Export a copy of your posts and profile data",
    "postsandprofile.ongoing": "Export copies of your posts and profile data",
    "directmessages.single": "Export a copy of your direct message data",
    "directmessages.ongoing": "Export copies of your direct message data",
    "all.single": "Export a copy of your full user data archive",
    "all.ongoing": "Export copies of your full user data archive",
}


@dataclass
class Ctx:
    split: Split
    app: App
    look: Look
    device: Device
    handle: str
    person: str
    # What TikTok's consent page lists: "activity.single" etc. (also when the benchmark passes no
    # --scopes, TikTok still asks for something).
    consent_scopes: list[str] = field(default_factory=list)

    @property
    def phone(self) -> bool:
        return self.device.platform in ("ios", "android")

    @property
    def desktop(self) -> bool:
        return self.device.platform == "desktop"

    def fmt(self, text: str) -> str:
        return text.format(app=self.app.name, handle=self.handle, person=self.person)


@dataclass(frozen=True)
class Disclosure:
    """What a connecting screen carries; a break removes a part."""

    named: tuple[DataSet, ...]  # data sets named (empty: no data list at all)
    purpose: bool
    proceed: bool
    go_back: bool
    ongoing: bool  # say the transfer repeats


# ---------------------------------------------------------------- layout helpers


def app_doc(
    ctx: Ctx, rng: random.Random, body: str, *, path: str, css: str = "", width: int | None = None
) -> str:
    """An app screen: phones fill the screen; tablets and desktops centre a column under a top nav."""
    look = ctx.look
    if ctx.phone:
        inner = f'<div class="col grow" style="padding:12px 22px 26px">{body}</div>'
        return document(look, ctx.device, rng, inner, css=css)
    nav_items = rng.sample(["Home", "Library", "Insights", "Explore", "Help", "Account"], 3)
    nav = (
        f'<div class="row" style="padding:16px 32px;border-bottom:1px solid {look.line}">'
        f"{app_logo(ctx.app.name, ctx.app.color, 32)}<b style='font-size:18px'>{esc(ctx.app.name)}</b>"
        f'<div class="grow"></div>'
        + "".join(f'<span class="muted" style="margin-left:22px">{n}</span>' for n in nav_items)
        + "</div>"
    )
    width = width or (600 if ctx.device.platform == "tablet" else 560)
    inner = (
        f'{nav}<div class="grow" style="display:flex;justify-content:center;align-items:center;'
        f'padding:28px">'
        f'<div class="col card" style="width:{width}px;padding:32px;gap:0;background:{look.bg};'
        f'border:1px solid {look.line};box-shadow:0 10px 30px rgba(0,0,0,.08)">{body}</div></div>'
    )
    chrome = browser_bar(f"app.{slug(ctx.app.name)}.com/{path}", look.dark) if ctx.desktop else ""
    return document(look, ctx.device, rng, inner, chrome=chrome, css=css)


def slug(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def buttons(ctx: Ctx, rng: random.Random, proceed: str | None, back: str | None) -> str:
    """Primary and secondary actions in one of the arrangements designers use."""
    p = f'<div class="btn">{esc(proceed)}</div>' if proceed else ""
    b = f'<div class="btn second">{esc(back)}</div>' if back else ""
    if p and b and not ctx.phone and rng.random() < 0.6:
        return (
            f'<div class="row" style="justify-content:flex-end;gap:12px;margin-top:22px">'
            f'<div style="display:contents">{b.replace("btn second", "btn second inline")}</div>'
            f'<div style="display:contents">{p.replace("btn", "btn inline")}</div></div>'
        )
    if p and b and rng.random() < 0.25:
        return (
            f'<div class="row" style="margin-top:auto;padding-top:20px;gap:10px">'
            f'<div class="grow col">{b}</div><div class="grow col">{p}</div></div>'
        )
    return f'<div class="col" style="margin-top:auto;padding-top:20px;gap:10px">{p}{b}</div>'


def lower_first(text: str) -> str:
    return text if len(text) > 1 and text[1].isupper() else text[0].lower() + text[1:]


# ---------------------------------------------------------------- 1. connect


def connect(ctx: Ctx, rng: random.Random, *, tiktok: bool) -> str:
    """The app's page where TikTok is picked; `tiktok=False` is the page that forgot it."""
    look = ctx.look
    others = rng.sample(OTHER_SERVICES, rng.randint(2, 4))
    layout = rng.choice(("list", "grid", "hero", "empty")) if tiktok else rng.choice(("list", "grid"))
    title = ctx.fmt(pick(rng, ctx.split, "connect_title"))
    sub = ctx.fmt(pick(rng, ctx.split, "connect_sub"))
    if layout == "hero":
        hero = ctx.fmt(pick(rng, ctx.split, "connect_hero"))
        btn = pick(rng, ctx.split, "connect_tiktok_btn")
        black = rng.random() < 0.5
        style = "background:#000;color:#fff;border-color:#000" if black else ""
        body = (
            f'<div class="col" style="align-items:center;text-align:center;gap:14px;margin-top:40px">'
            f'<div class="row">{app_logo(ctx.app.name, ctx.app.color, 64)}'
            f'<span class="muted" style="font-size:22px">+</span>{tiktok_logo(64, 16)}</div>'
            f"<h1>{esc(hero)}</h1><p class='muted'>{esc(sub)}</p></div>"
            f'<div class="col" style="margin-top:auto;padding-top:24px;gap:10px">'
            f'<div class="btn" style="{style}">{tiktok_logo(24, 6)}{esc(btn)}</div>'
            f'<div class="btn second">{esc(pick(rng, ctx.split, "skip"))}</div></div>'
        )
        return app_doc(ctx, rng, body, path="onboarding/connect")
    if layout == "empty":
        # A first-run dashboard whose only call to action is linking TikTok.
        btn = pick(rng, ctx.split, "connect_tiktok_btn")
        body = (
            f"<h2 style='margin-top:10px'>Hi {esc(ctx.person)}</h2>"
            f'<div class="card col" style="margin-top:18px;align-items:center;text-align:center;gap:12px;'
            f'padding:28px 20px;border:2px dashed {look.line};background:transparent">{tiktok_logo(48, 12)}'
            f"<h3>{esc(ctx.fmt(pick(rng, ctx.split, 'connect_hero')))}</h3>"
            f"<p class='muted small'>{esc(sub)}</p><div class='btn inline'>{esc(btn)}</div></div>"
            f'<div class="card" style="margin-top:14px;opacity:.5"><b>This week</b>'
            f'<div style="height:90px"></div></div>'
        )
        return app_doc(ctx, rng, body, path="home")
    services = [(name, color, False) for name, color in others]
    if tiktok:
        services.insert(rng.randrange(len(services) + 1), ("TikTok", "#000", True))
    row_btn = pick(rng, ctx.split, "connect_row_btn")
    tt_btn = pick(rng, ctx.split, "connect_tiktok_btn") if rng.random() < 0.4 else row_btn
    items = []
    for name, color, is_tt in services:
        logo = tiktok_logo(40) if is_tt else app_logo(name, color)
        label = tt_btn if is_tt else row_btn
        if layout == "list":
            items.append(
                f'<div class="row" style="padding:12px 0;border-bottom:1px solid {look.line}">{logo}'
                f'<div class="grow"><b>{esc(name)}</b></div>'
                f'<div class="btn inline second" style="text-decoration:none">{esc(label)}</div></div>'
            )
        else:
            items.append(
                f'<div class="card col" style="align-items:center;gap:10px;text-align:center">{logo}'
                f'<b>{esc(name)}</b><div class="btn inline">{esc(label)}</div></div>'
            )
    wrap = (
        f'<div class="col" style="margin-top:18px">{"".join(items)}</div>'
        if layout == "list"
        else f'<div style="display:grid;grid-template-columns:1fr 1fr;gap:12px;margin-top:18px">'
        f"{''.join(items)}</div>"
    )
    body = f"<h1 style='margin-top:14px'>{esc(title)}</h1><p class='muted' style='margin-top:6px'>{esc(sub)}</p>{wrap}"
    return app_doc(ctx, rng, body, path="settings/integrations")


# ---------------------------------------------------------------- 2. connecting


def data_items(ctx: Ctx, rng: random.Random, named: tuple[DataSet, ...]) -> list[tuple[str, str]]:
    """One to three named items per data set; "all" may be followed by its main categories."""
    out: list[tuple[str, str]] = []
    for ds in named:
        pool = DATA[ds][0 if ctx.split == "dev" else 1]
        n = 1 if ds == "all" else rng.choice((1, 2) if len(named) > 1 else (1, 2, 2, 3))
        out.extend(rng.sample(pool, n))
        if ds == "all" and rng.random() < 0.5:
            for other in ("activity", "postsandprofile", "directmessages"):
                out.append(rng.choice(DATA[other][0 if ctx.split == "dev" else 1]))  # type: ignore[index]
    return out


def purpose_text(ctx: Ctx, rng: random.Random) -> str:
    benefit = rng.choice(BENEFITS[ctx.app.kind][0 if ctx.split == "dev" else 1])
    return ctx.fmt(pick(rng, ctx.split, "purpose").replace("{benefit}", benefit))


def connecting(ctx: Ctx, rng: random.Random, d: Disclosure) -> str:
    look = ctx.look
    layout = rng.choice(("sheet", "sections", "sentence", "toggles"))
    title = ctx.fmt(pick(rng, ctx.split, "connecting_title"))
    lead = ctx.fmt(pick(rng, ctx.split, "connecting_lead"))
    proceed = pick(rng, ctx.split, "proceed") if d.proceed else None
    back = pick(rng, ctx.split, "go_back") if d.go_back else None
    items = data_items(ctx, rng, d.named) if d.named else []
    purpose = purpose_text(ctx, rng) if d.purpose else ""
    sync = f'<p class="small muted" style="margin-top:10px">{esc(pick(rng, ctx.split, "sync_note"))}</p>'
    sync = sync if d.ongoing else ""
    privacy = (
        f'<p class="small muted" style="margin-top:12px">{esc(pick(rng, ctx.split, "privacy_note"))}</p>'
    )
    privacy = privacy if rng.random() < 0.5 else ""
    # Back may also sit top-left as a nav control ("‹ Back" / "Cancel"), iOS-modal style.
    nav = ""
    if back and ctx.phone and rng.random() < 0.3:
        nav = f'<div class="row" style="margin-bottom:6px"><div class="btn second inline" style="padding-left:0">‹ {esc(back)}</div></div>'
        back = None
    logos = (
        f'<div class="row" style="justify-content:center;margin:14px 0 10px">'
        f"{app_logo(ctx.app.name, ctx.app.color, 52)}"
        f'<span class="muted" style="font-family:DejaVu Sans;font-size:20px">⇄</span>{tiktok_logo(52, 14)}</div>'
    )
    intro = ctx.fmt(pick(rng, ctx.split, "data_intro"))
    if layout == "sentence":
        listed = ""
        if items:
            names = [lower_first(t) for t, _ in items]
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            listed = f" {esc(intro.rstrip(':'))}: {esc(joined)}."
        text = f"{esc(lead)}{listed} {esc(purpose)}"
        body = (
            f"{nav}{logos}<h1 style='text-align:center'>{esc(title)}</h1>"
            f'<p style="margin-top:16px;font-size:16px">{text}</p>{sync}{privacy}'
        )
    elif layout == "toggles":
        cards = "".join(
            f'<div class="card row" style="margin-top:8px;padding:12px 14px"><div class="grow">'
            f'<b>{esc(t)}</b><div class="small muted">{esc(det)}</div></div>'
            f'<span style="width:38px;height:22px;border-radius:11px;background:{look.brand};position:relative;'
            f'flex:none"><span style="position:absolute;right:3px;top:3px;width:16px;height:16px;'
            f'border-radius:50%;background:#fff"></span></span></div>'
            for t, det in items
        )
        data = f'<h3 style="margin-top:18px">{esc(intro)}</h3>{cards}' if items else ""
        why = f'<p style="margin-top:14px">{esc(purpose)}</p>' if purpose else ""
        body = f"{nav}<h1 style='margin-top:8px'>{esc(title)}</h1><p class='muted' style='margin-top:8px'>{esc(lead)}</p>{data}{why}{sync}{privacy}"
    else:
        bullets = "".join(
            f'<div class="row" style="align-items:flex-start;margin-top:10px"><span class="check">✓</span>'
            f'<div><b>{esc(t)}</b><div class="small muted">{esc(det)}</div></div></div>'
            for t, det in items
        )
        if layout == "sheet":
            data = (
                f'<div class="card" style="margin-top:16px"><h3>{esc(intro)}</h3>{bullets}</div>'
                if items
                else ""
            )
            why = f'<p style="margin-top:14px">{esc(purpose)}</p>' if purpose else ""
            body = (
                f"{nav}{logos}<h1 style='text-align:center'>{esc(title)}</h1>"
                f"<p class='muted' style='text-align:center;margin-top:8px'>{esc(lead)}</p>{data}{why}{sync}{privacy}"
            )
        else:
            data = f'<h3 style="margin-top:20px">{esc(intro)}</h3>{bullets}' if items else ""
            heading = pick(rng, ctx.split, "purpose_heading")
            why = (
                f'<h3 style="margin-top:20px">{esc(heading)}</h3><p style="margin-top:6px">{esc(purpose)}</p>'
            )
            body = (
                f"{nav}<div class='row' style='margin-top:8px'>{tiktok_logo(36, 9)}<h2>{esc(title)}</h2></div>"
                f"<p class='muted' style='margin-top:10px'>{esc(lead)}</p>{data}{why if purpose else ''}{sync}{privacy}"
            )
    if layout == "sections" and ctx.desktop and items and rng.random() < 0.6:
        # Wide web layout: the explanation and actions on the left, the data list on the right.
        data = f"<h3>{esc(intro)}</h3>{bullets}"
        left = (
            f"{nav}<div class='row' style='margin-top:8px'>{tiktok_logo(36, 9)}<h2>{esc(title)}</h2></div>"
            f"<p class='muted' style='margin-top:10px'>{esc(lead)}</p>{why if purpose else ''}{sync}{privacy}"
            f"{buttons(ctx, rng, proceed, back)}"
        )
        body = (
            f'<div class="row" style="align-items:stretch;gap:36px"><div class="col grow">{left}</div>'
            f'<div class="card" style="width:330px;flex:none">{data}</div></div>'
        )
        return app_doc(ctx, rng, body, path="connect/tiktok", width=880)
    body += buttons(ctx, rng, proceed, back)
    return app_doc(ctx, rng, body, path="connect/tiktok")


# ---------------------------------------------------------------- 3. TikTok's own pages


def tiktok_doc(
    ctx: Ctx, rng: random.Random, body: str, *, dark: bool, url: str, header: str | None = None
) -> str:
    """TikTok's web page in a browser (desktop) or an in-app web view (phones); no `.app` wrapper.

    `header` replaces TikTok's top bar on desktop, for other providers' pages drawn the same way.
    """
    from benchmarks.indie.look import status_bar

    bg, fg, muted, line = (
        ("#121212", "#ffffff", "#a1a1a6", "#2f2f33") if dark else ("#ffffff", "#161823", "#6b6d76", "#e3e3e4")
    )
    font = rng.choice(("Inter", "Open Sans", "Liberation Sans", "Noto Sans"))
    css = f"""*{{box-sizing:border-box;margin:0;padding:0}} html,body{{height:100%}}
body{{font-family:'{font}',sans-serif;background:{bg};color:{fg};font-size:15px;line-height:1.4}}
.page{{display:flex;flex-direction:column;min-height:100vh}} .muted{{color:{muted}}} .small{{font-size:12px}}
.logo{{display:flex;align-items:center;justify-content:center;font-weight:700;color:#fff;flex:none}}
.tt{{background:#000;font-family:'DejaVu Sans',sans-serif;text-shadow:-2px -1px 0 {TT_CYAN},2px 1px 0 {TT_PINK}}}
.row{{display:flex;align-items:center;gap:12px}} .col{{display:flex;flex-direction:column}} .grow{{flex:1}}
.btn{{display:flex;align-items:center;justify-content:center;padding:12px;border-radius:4px;font-weight:600;
  font-size:16px;white-space:nowrap}}
.pink{{background:{TT_PINK};color:#fff}} .grey{{background:{"#2f2f33" if dark else "#f1f1f2"};color:{fg}}}
.opt{{border:1px solid {line};border-radius:4px;padding:12px 14px;display:flex;align-items:center;gap:12px;
  font-weight:600;margin-top:10px}}
.line{{border-top:1px solid {line}}}
"""
    if ctx.desktop:
        top = browser_bar(url, dark)
        if header is None:
            header = (
                f'<div class="row" style="padding:14px 28px;border-bottom:1px solid {line}">'
                f'{tiktok_logo(32, 8)}<b style="font-size:22px;letter-spacing:-.5px">TikTok</b></div>'
            )
        page = (
            f'{header}<div class="grow" style="display:flex;justify-content:center;padding-top:30px">'
            f'<div class="col" style="width:460px">{body}</div></div>'
        )
    else:
        top = status_bar(ctx.device, dark, rng) + mobile_url_bar(url.split("/")[0], dark)
        pad = "18px 24px" if ctx.phone else "40px 160px"
        page = f'<div class="col grow" style="padding:{pad}">{body}</div>'
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head>"
        f'<body><div class="page">{top}{page}</div></body></html>'
    )


def tiktok_login(ctx: Ctx, rng: random.Random) -> str:
    dark = rng.random() < 0.3
    title = pick(rng, ctx.split, "tt_login_title")
    if rng.random() < 0.55:
        opts = [
            ("▦", "Use QR code"),
            ("◯", "Use phone / email / username"),
            ("f", "Continue with Facebook"),
            ("G", "Continue with Google"),
        ]
        if ctx.device.platform == "ios" or rng.random() < 0.3:
            opts.append(("", "Continue with Apple"))
        rows = "".join(
            f'<div class="opt"><span style="width:22px;text-align:center;font-family:DejaVu Sans">{i}</span>'
            f'<span class="grow" style="text-align:center">{esc(t)}</span><span style="width:22px"></span></div>'
            for i, t in opts
        )
        sub = "Manage your account, check notifications, comment on videos, and more."
        body = (
            f'<h1 style="font-size:28px;text-align:center;margin-top:18px">{title}</h1>'
            f'<p class="muted" style="text-align:center;margin:10px 0 8px">{sub}</p>{rows}'
        )
    else:
        body = (
            f'<h1 style="font-size:28px;margin-top:18px">{title}</h1>'
            f'<div class="row" style="margin-top:18px;justify-content:space-between"><b>Phone</b>'
            f'<span class="muted">Log in with email or username</span></div>'
            f'<div class="opt" style="font-weight:400"><span class="muted">US +1</span>'
            f'<span class="muted">Phone number</span></div>'
            f'<div class="opt" style="font-weight:400"><span class="muted grow">Enter 6-digit code</span>'
            f'<span class="muted">Send code</span></div>'
            f'<p class="small muted" style="margin-top:10px">Log in with password</p>'
            f'<div class="btn pink" style="margin-top:18px">Log in</div>'
        )
    body += (
        f'<div class="grow"></div><div class="line" style="margin-top:24px;padding-top:14px;text-align:center">'
        f'Don\'t have an account? <b style="color:{TT_PINK}">Sign up</b></div>'
    )
    return tiktok_doc(ctx, rng, body, dark=dark, url="www.tiktok.com/login")


def tiktok_consent(ctx: Ctx, rng: random.Random) -> str:
    dark = rng.random() < 0.3
    title = ctx.fmt(pick(rng, ctx.split, "tt_consent_title"))
    intro = ctx.fmt(pick(rng, ctx.split, "tt_allow_intro"))
    perms = [SCOPE_TEXT[s] for s in ctx.consent_scopes]
    confirm = rng.choice(("Authorize", "Authorize", "Authorize", "Allow", "Continue"))
    if rng.random() < 0.5:
        perms.insert(0, "Access your profile info (avatar and display name)")
    rows = "".join(
        f'<div class="row" style="margin-top:12px;align-items:flex-start">'
        f'<span style="color:{TT_PINK};font-family:DejaVu Sans">✓</span><span>{esc(p)}</span></div>'
        for p in perms
    )
    avatar = (
        f'<div class="logo" style="width:36px;height:36px;border-radius:50%;background:{TT_CYAN};color:#000">'
        f"{esc(ctx.handle[0].upper())}</div>"
    )
    body = (
        f'<div class="row" style="justify-content:center;gap:18px;margin-top:16px">'
        f'<div class="logo" style="width:60px;height:60px;border-radius:14px;background:{ctx.app.color};'
        f'font-size:26px">{esc(ctx.app.name[0])}</div>'
        f'<span class="muted" style="letter-spacing:3px">• • •</span>{tiktok_logo(60, 14)}</div>'
        f'<h2 style="text-align:center;font-size:21px;margin-top:18px">{esc(title)}</h2>'
        f'<div class="row" style="margin-top:16px;padding:10px 0">{avatar}<span class="grow">@{esc(ctx.handle)}'
        f'</span><span class="muted small">Switch account</span></div>'
        f'<div class="line" style="padding-top:12px"><b>{esc(intro)}</b>{rows}</div>'
        f'<div class="grow" style="min-height:20px"></div>'
        f'<p class="small muted" style="margin-bottom:12px">You can manage app permissions in Settings and privacy. '
        f"By authorizing, you agree to {esc(ctx.app.name)}'s Terms of Service and Privacy Policy.</p>"
        + (
            '<div class="row" style="gap:10px"><div class="btn grey grow">Cancel</div>'
            f'<div class="btn pink grow">{confirm}</div></div>'
            if rng.random() < 0.4
            else f'<div class="col" style="gap:10px"><div class="btn pink">{confirm}</div>'
            '<div class="btn grey">Cancel</div></div>'
        )
    )
    return tiktok_doc(ctx, rng, body, dark=dark, url="www.tiktok.com/v2/auth/authorize/")


# ---------------------------------------------------------------- 4. result


def stats(ctx: Ctx, rng: random.Random) -> str:
    labels = {
        "fitness": ("Workouts matched", "Coaches", "Streak"),
        "music": ("Tracks found", "Playlists", "Artists"),
        "shopping": ("Picks for you", "Saved items", "Deals"),
        "analytics": ("Followers", "Avg. views", "Engagement"),
        "dating": ("Interests", "Matches", "Likes"),
        "education": ("Lessons", "Topics", "Goals"),
        "news": ("Topics", "Stories today", "Sources"),
        "photo": ("Photos", "Albums", "Edits"),
    }[ctx.app.kind]
    values = (str(rng.randint(12, 980)), f"{rng.randint(2, 48)}", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}k")
    cells = "".join(
        f'<div class="card col grow" style="gap:2px;padding:12px"><span class="small muted">{esc(lab)}</span>'
        f'<b style="font-size:20px">{v}</b></div>'
        for lab, v in zip(labels, values, strict=True)
    )
    return f'<div class="row" style="gap:8px;margin-top:16px;align-items:stretch">{cells}</div>'


def chart(ctx: Ctx, rng: random.Random) -> str:
    bars = "".join(
        f'<div style="flex:1;height:{rng.randint(20, 100)}%;background:{ctx.look.brand if i % 3 else ctx.look.accent};'
        f'border-radius:4px 4px 0 0"></div>'
        for i in range(10)
    )
    return (
        f'<div class="card" style="margin-top:14px"><b>This week</b>'
        f'<div style="display:flex;align-items:flex-end;gap:6px;height:110px;margin-top:10px">{bars}</div></div>'
    )


def result(ctx: Ctx, rng: random.Random) -> str:
    title = ctx.fmt(pick(rng, ctx.split, "result_title"))
    sub = ctx.fmt(pick(rng, ctx.split, "result_sub"))
    btn = ctx.fmt(pick(rng, ctx.split, "result_btn"))
    look = ctx.look
    layout = rng.choice(("center", "center", "banner", "list"))
    if layout == "list":
        toast = (
            f'<div class="card row" style="background:#16a34a;color:#fff;margin-top:6px">'
            f'<span style="font-family:DejaVu Sans;font-size:20px">✓</span><div><b>{esc(title)}</b>'
            f'<div class="small">{esc(sub)}</div></div></div>'
        )
        rows = [
            f'<div class="row" style="padding:12px 0;border-bottom:1px solid {look.line}">{tiktok_logo(40)}'
            f'<div class="grow"><b>TikTok</b><div class="small muted">@{esc(ctx.handle)}</div></div>'
            f'<span class="chip" style="background:#dcfce7;color:#166534">Connected</span></div>'
        ]
        for name, color in rng.sample(OTHER_SERVICES, 2):
            rows.append(
                f'<div class="row" style="padding:12px 0;border-bottom:1px solid {look.line}">{app_logo(name, color)}'
                f'<div class="grow"><b>{esc(name)}</b></div><span class="muted small">Not linked</span></div>'
            )
        heading = pick(rng, ctx.split, "connect_title")
        body = f"{toast}<h2 style='margin-top:20px'>{esc(ctx.fmt(heading))}</h2>{''.join(rows)}"
        return app_doc(ctx, rng, body, path="settings/integrations")
    if layout == "center":
        body = (
            f'<div class="col" style="align-items:center;text-align:center;margin-top:60px;gap:14px">'
            f'<div class="logo" style="width:84px;height:84px;border-radius:50%;background:{look.brand};'
            f'font-size:44px;font-family:DejaVu Sans">✓</div><h1>{esc(title)}</h1>'
            f'<p class="muted">{esc(sub)}</p></div>'
            f'<div class="col" style="margin-top:auto;padding-top:24px"><div class="btn">{esc(btn)}</div></div>'
        )
    else:
        body = (
            f'<div class="card row" style="background:{look.accent};color:#111;margin-top:10px">'
            f'<span style="font-family:DejaVu Sans;font-size:22px">✓</span><div><b>{esc(title)}</b>'
            f'<div class="small">{esc(sub)}</div></div></div>'
            f"<h2 style='margin-top:18px'>Hi {esc(ctx.person)}</h2>{stats(ctx, rng)}{chart(ctx, rng)}"
            f'<div class="col" style="margin-top:auto;padding-top:20px"><div class="btn">{esc(btn)}</div></div>'
        )
    return app_doc(ctx, rng, body, path="welcome")


def dashboard(ctx: Ctx, rng: random.Random) -> str:
    """Near miss of a result: the app's home after connecting, with no word that it worked."""
    greet = rng.choice(("Good morning", "Welcome back", "Hello"))
    body = (
        f"<h2 style='margin-top:10px'>{greet}, {esc(ctx.person)}</h2>"
        f"<p class='muted'>Here's your overview.</p>{stats(ctx, rng)}{chart(ctx, rng)}{chart(ctx, rng)}"
    )
    return app_doc(ctx, rng, body, path="home")


# ---------------------------------------------------------------- extras and near misses


def signin(ctx: Ctx, rng: random.Random) -> str:
    title = ctx.fmt(pick(rng, ctx.split, "signin_title"))
    field_css = f"border:1px solid {ctx.look.line};border-radius:{min(ctx.look.radius, 12)}px;padding:13px 14px;margin-top:12px"
    body = (
        f'<div class="col" style="align-items:center;margin-top:30px">{app_logo(ctx.app.name, ctx.app.color, 60)}</div>'
        f"<h1 style='text-align:center;margin-top:16px'>{esc(title)}</h1>"
        f'<div class="muted" style="{field_css};margin-top:26px">Email</div>'
        f'<div class="muted" style="{field_css}">Password</div>'
        f'<p class="small" style="text-align:right;margin-top:8px;color:{ctx.look.on_bg}">Forgot password?</p>'
        f'<div class="col" style="margin-top:auto;padding-top:20px;gap:10px"><div class="btn">Log in</div>'
        f'<div class="btn second">Continue with Google</div>'
        f'<p class="small muted" style="text-align:center">New here? Create an account</p></div>'
    )
    return app_doc(ctx, rng, body, path="login")


def feed(ctx: Ctx, rng: random.Random) -> str:
    title = pick(rng, ctx.split, "feed_title")
    topics = {
        "fitness": ("20-min HIIT burner", "Mobility for desk workers", "Your first 5K"),
        "music": ("Late-night lo-fi", "Indie rising", "Throwback Thursday"),
        "shopping": ("Spring sneakers", "Under $25", "Cozy home picks"),
        "analytics": ("Best time to post", "Hook ideas that work", "Monthly recap"),
        "dating": ("Nearby today", "New in your area", "Shared playlists"),
        "education": ("Intro to statistics", "Spanish in 5 minutes", "The physics of sound"),
        "news": ("Markets open higher", "City council votes on parks", "Weekend weather"),
        "photo": ("Golden hour tips", "Film looks", "Portrait lighting"),
    }[ctx.app.kind]
    cards = "".join(
        f'<div class="card" style="margin-top:12px;display:flex;gap:12px;align-items:center">'
        f'<div style="width:72px;height:60px;border-radius:10px;background:linear-gradient(135deg,'
        f'{ctx.app.color},{ctx.app.accent});flex:none"></div><div><b>{esc(t)}</b>'
        f'<div class="small muted">{rng.randint(2, 59)} min ago</div></div></div>'
        for t in topics
    )
    return app_doc(ctx, rng, f"<h1 style='margin-top:10px'>{esc(title)}</h1>{cards}", path="feed")


def paywall(ctx: Ctx, rng: random.Random) -> str:
    title = ctx.fmt(pick(rng, ctx.split, "paywall_title"))
    perks = rng.sample(
        ["No ads", "Unlimited history", "Priority support", "Offline mode", "Custom themes"], 3
    )
    rows = "".join(
        f'<div class="row" style="margin-top:10px"><span class="check">✓</span>{p}</div>' for p in perks
    )
    price = rng.choice(("$4.99", "$7.99", "$9.99"))
    body = (
        f"<h1 style='margin-top:24px'>{esc(title)}</h1>{rows}"
        f'<div class="card" style="margin-top:20px;border:2px solid {ctx.look.brand}"><b>Yearly</b>'
        f'<div class="muted small">{price} / month, billed annually</div></div>'
        f'<div class="col" style="margin-top:auto;padding-top:20px;gap:10px"><div class="btn">Start free trial</div>'
        f'<div class="btn second">Restore purchase</div></div>'
    )
    return app_doc(ctx, rng, body, path="premium")


def settings(ctx: Ctx, rng: random.Random) -> str:
    rows = "".join(
        f'<div class="row" style="padding:14px 0;border-bottom:1px solid {ctx.look.line}"><span class="grow">{r}</span>'
        f'<span class="muted">›</span></div>'
        for r in ("Account", "Notifications", "Privacy", "Appearance", "Help & feedback", "About")
    )
    return app_doc(
        ctx,
        rng,
        f"<h1 style='margin-top:10px'>Settings</h1><div style='margin-top:10px'>{rows}</div>",
        path="settings",
    )


def google_consent(ctx: Ctx, rng: random.Random) -> str:
    """Google's account chooser for the app: a near miss for TikTok's page (labelled other)."""
    letters = zip("Google", ("#4285f4", "#ea4335", "#fbbc05", "#4285f4", "#34a853", "#ea4335"), strict=True)
    word = "".join(f'<span style="color:{c}">{ch}</span>' for ch, c in letters)
    body = (
        f'<div class="col" style="align-items:center;text-align:center;margin-top:24px;gap:10px">'
        f'<b style="font-size:26px;letter-spacing:-.5px">{word}</b><h2>Choose an account</h2>'
        f'<p class="muted">to continue to {esc(ctx.app.name)}</p></div>'
        f'<div class="row line" style="margin-top:22px;padding:12px 0">'
        f'<div class="logo" style="width:34px;height:34px;border-radius:50%;background:#7b61ff">{esc(ctx.person[0])}</div>'
        f"<div><b>{esc(ctx.person)} Rivera</b><div class='small muted'>{esc(ctx.person.lower())}@gmail.com</div></div></div>"
        f'<div class="row line" style="padding:12px 0">Use another account</div>'
        f'<p class="small muted line" style="padding-top:16px">To continue, Google will share your name, email '
        f"address, language preference and profile picture with {esc(ctx.app.name)}.</p>"
    )
    return tiktok_doc(
        ctx,
        rng,
        body,
        dark=False,
        url="accounts.google.com/o/oauth2/v2/auth",
        header="<div style='height:40px'></div>",
    )


def lookalike_signin(ctx: Ctx, rng: random.Random) -> str:
    """The app's own sign-in dressed in TikTok-like black and pink: a near miss (labelled other)."""
    ctx = replace(ctx, look=replace(ctx.look, dark=True))  # always dark, like TikTok's own login
    opts = ("Use phone / email / username", "Continue with Google", "Continue with Apple")
    rows = "".join(
        f'<div class="btn second" style="margin-top:10px;border:1px solid #3a3a3a;background:#1c1c1c;'
        f'color:#fff;text-decoration:none">{o}</div>'
        for o in opts
    )
    body = (
        f'<div class="col" style="align-items:center;margin-top:36px">{app_logo(ctx.app.name, "#fe2c55", 64)}</div>'
        f"<h1 style='text-align:center;margin-top:18px;color:#fff'>Log in to {esc(ctx.app.name)}</h1>"
        f'<p style="text-align:center;color:#aaa;margin:8px 0 14px">Pick up where you left off.</p>{rows}'
        f'<div class="grow"></div><p style="text-align:center;color:#aaa;margin-top:20px">'
        f'No account? <b style="color:#fe2c55">Sign up</b></p>'
    )
    return app_doc(ctx, rng, body, path="login")
