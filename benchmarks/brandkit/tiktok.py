"""TikTok's own login / authorize page in an in-app browser, and the near misses that resemble it:
the app's own TikTok-styled sign-in and other providers' consent pages."""

from __future__ import annotations

import random

from benchmarks.brandkit import art
from benchmarks.brandkit.look import Frame, ensure, mix
from benchmarks.brandkit.screens import Ctx, blurred_app, e, fill, logo, pick
from benchmarks.brandkit.words import TIKTOK_PERMISSIONS, Provider


def palette(dark: bool) -> dict[str, str]:
    if dark:
        return {"bg": "#121212", "fg": "#ffffff", "muted": "#a9a9ae", "line": "#2f2f33", "soft": "#2a2a2e"}
    return {"bg": "#ffffff", "fg": "#161823", "muted": "#6f7077", "line": "#e3e3e4", "soft": "#f1f1f2"}


def in_browser(ctx: Ctx, rng: random.Random, page: str, domain: str, dark: bool, title: str) -> Frame:
    """A web page inside the app's browser: an iOS / Android in-app browser, a sheet, or bare."""
    p = palette(dark)
    mode = ctx.tt_mode
    lock = art.icon("lock", 13, p["muted"], 2.4)
    if ctx.wide and mode != "sheet":
        page = (
            f'<div style="width:500px;align-self:center;flex:1;display:flex;flex-direction:column;'
            f'border-left:1px solid {p["line"]};border-right:1px solid {p["line"]}">{page}</div>'
        )
    page_div = f'<div class="fit" style="flex:1;min-height:0;overflow:hidden;display:flex;flex-direction:column;background:{p["bg"]}">{page}</div>'
    if mode == "safari":
        bar_bg = "#1c1c1e" if dark else "#f7f7f8"
        top = (
            f'<div style="display:flex;align-items:center;gap:10px;padding:6px 12px;background:{bar_bg};border-bottom:1px solid {p["line"]}">'
            f'<span style="color:#0a84ff;font:600 16px Inter,sans-serif">{e(ctx.words.browser_done)}</span>'
            f'<span style="flex:1;display:flex;align-items:center;justify-content:center;gap:5px;background:{p["soft"]};'
            f'border-radius:10px;padding:8px;font:500 14px Inter,sans-serif;color:{p["fg"]}">{lock}{e(domain)}</span>'
            f"{art.icon('sync', 18, p['fg'], 2)}</div>"
        )
        bottom = (
            f'<div style="display:flex;justify-content:space-around;padding:10px 0 6px;background:{bar_bg};border-top:1px solid {p["line"]}">'
            + "".join(art.icon(i, 22, "#0a84ff", 2) for i in ("back", "chev", "download", "compass"))
            + "</div>"
        )
        inner = f'<div style="display:flex;flex-direction:column;height:100%">{top}{page_div}{bottom}</div>'
        return Frame(inner, page_bg=bar_bg, status_dark_text=not dark, deco=False, home_dark=not dark)
    if mode == "customtab":
        bar_bg = "#1f1f1f" if dark else "#ffffff"
        top = (
            f'<div style="display:flex;align-items:center;gap:14px;padding:8px 14px;background:{bar_bg};'
            f'border-bottom:1px solid {p["line"]}">{art.icon("x", 22, p["fg"], 2)}'
            f'<div style="flex:1;display:flex;flex-direction:column;gap:2px;font-family:Roboto,sans-serif">'
            f'<b style="font-size:15px;color:{p["fg"]}">{e(title)}</b>'
            f'<span style="display:flex;gap:4px;align-items:center;font-size:12.5px;color:{p["muted"]}">{lock}{e(domain)}</span></div>'
            f"{art.icon('dots', 22, p['fg'], 2.6)}</div>"
        )
        inner = f'<div style="display:flex;flex-direction:column;height:100%">{top}{page_div}</div>'
        return Frame(inner, page_bg=bar_bg, status_dark_text=not dark, deco=False, home_dark=not dark)
    if mode == "sheet":
        head = (
            f'<div style="display:flex;align-items:center;gap:10px;padding:12px 16px 10px;border-bottom:1px solid {p["line"]}">'
            f'<span style="color:{p["fg"]};font:600 15px Inter,sans-serif">{e(ctx.words.browser_done)}</span>'
            f'<span style="flex:1;display:flex;justify-content:center;align-items:center;gap:5px;font:500 13.5px Inter,sans-serif;'
            f'color:{p["muted"]}">{lock}{e(domain)}</span>{art.icon("dots", 20, p["fg"], 2.6)}</div>'
        )
        if ctx.wide:
            box = "left:50%;top:6%;bottom:6%;width:560px;margin-left:-280px;border-radius:18px"
        else:
            box = "left:0;right:0;bottom:0;top:4%;border-radius:14px 14px 0 0"
        inner = (
            f"{blurred_app(ctx, rng)}<div class='scrim'></div>"
            f'<div style="position:absolute;{box};z-index:6;background:{p["bg"]};display:flex;flex-direction:column;'
            f'overflow:hidden;box-shadow:0 -8px 40px rgba(0,0,0,.35)">{head}{page_div}</div>'
        )
        return Frame(inner, dim_status=True, deco=False, home_dark=not dark)
    return Frame(
        f'<div style="display:flex;flex-direction:column;height:100%">{page_div}</div>',
        page_bg=p["bg"],
        status_dark_text=not dark,
        deco=False,
        home_dark=not dark,
    )


def option_row(label: str, icon_html: str, p: dict[str, str], font: str) -> str:
    return (
        f'<div style="position:relative;display:flex;align-items:center;justify-content:center;height:46px;'
        f'border:1px solid {p["line"]};border-radius:8px;font:600 15px {font};color:{p["fg"]}">'
        f'<span style="position:absolute;left:14px;top:11px;display:flex">{icon_html}</span>{e(label)}</div>'
    )


def option_icon(label: str, p: dict[str, str]) -> str:
    if "QR" in label or "code" in label.lower():
        return art.icon("qr", 22, p["fg"], 1.8)
    if "Google" in label:
        return art.google_g(22)
    if "Apple" in label:
        return art.icon("apple", 22, p["fg"], 0, p["fg"])
    if "Facebook" in label:
        return art.service_badge("Facebook", 22).replace("border-radius:6px", "border-radius:50%")
    if " X" in label:
        return art.service_badge("X", 22)
    return art.icon("user", 22, p["fg"], 1.8)


TT_FONTS = ("Inter", "Roboto", "Noto Sans", "Open Sans")


def tt_login(ctx: Ctx, rng: random.Random) -> Frame:
    v, p = ctx.tt, palette(ctx.tt_dark)
    font = f"'{rng.choice(TT_FONTS)}', sans-serif"
    top = (
        f'<div style="display:flex;justify-content:space-between;padding:14px 16px">{art.icon("x", 24, p["fg"], 2)}'
        f"{art.icon('info', 24, p['fg'], 1.8)}</div>"
    )
    foot = (
        f'<div style="border-top:1px solid {p["line"]};padding:18px;text-align:center;font:400 15px {font};color:{p["fg"]}">'
        f'{e(v.signup[0])} <b style="color:{art.TIKTOK_PINK}">{e(v.signup[1])}</b></div>'
    )
    terms = f'<div style="padding:0 28px 16px;text-align:center;font:400 12.5px/1.45 {font};color:{p["muted"]}">{e(v.login_terms)}</div>'
    if rng.random() < 0.3:
        tab_a, tab_b = v.form_tabs
        field = f'<div style="background:{p["soft"]};border-radius:6px;padding:13px 14px;font:400 15px {font};color:{p["muted"]}">'
        body = (
            f'<div style="padding:6px 24px;display:flex;flex-direction:column;gap:14px">'
            f'<div style="text-align:center;margin-bottom:4px">{art.tiktok_wordmark(ctx.tt_dark, 24)}</div>'
            f'<div style="font:700 26px {font};color:{p["fg"]}">Log in</div>'
            f'<div style="display:flex;gap:24px;font:600 15px {font};border-bottom:1px solid {p["line"]}">'
            f'<span style="padding-bottom:10px;border-bottom:2px solid {p["fg"]};color:{p["fg"]}">{e(tab_a)}</span>'
            f'<span style="padding-bottom:10px;color:{p["muted"]}">{e(tab_b)}</span></div>'
            f"{field}{e(v.form_fields[0])}</div>{field}{e(v.form_fields[1])}</div>"
            f'<div style="font:600 13px {font};color:{p["fg"]}">Forgot password?</div>'
            f'<div style="background:{art.TIKTOK_PINK};color:#fff;border-radius:4px;height:46px;display:flex;align-items:center;'
            f'justify-content:center;font:600 16px {font}">{e(v.form_button)}</div></div>'
        )
        page = f'{top}{body}<div style="flex:1"></div>{terms}{foot}'
    else:
        rows = "".join(option_row(o, option_icon(o, p), p, font) for o in v.login_options)
        page = (
            f"{top}<div style='padding:8px 24px 0;display:flex;flex-direction:column;gap:12px'>"
            f'<div style="text-align:center;font:700 26px {font};color:{p["fg"]}">Log in to TikTok</div>'
            f'<div style="text-align:center;font:400 14.5px/1.45 {font};color:{p["muted"]};margin-bottom:10px">'
            f"{e(fill(ctx, v.login_sub))}</div>{rows}</div>"
            f'<div style="flex:1"></div>{terms}{foot}'
        )
    return in_browser(ctx, rng, page, rng.choice(("www.tiktok.com", "tiktok.com")), ctx.tt_dark, "TikTok")


def tt_consent(ctx: Ctx, rng: random.Random) -> Frame:
    v, p = ctx.tt, palette(ctx.tt_dark)
    font = f"'{rng.choice(TT_FONTS)}', sans-serif"
    perms = "".join(
        f'<div style="display:flex;gap:12px;align-items:center;padding:10px 0;border-bottom:1px solid {p["line"]}">'
        f'<span style="width:26px;height:26px;border-radius:50%;background:{p["soft"]};display:flex;align-items:center;'
        f'justify-content:center;flex:none">{art.icon("check", 16, p["fg"], 2.6)}</span>'
        f'<span style="font:500 15px/1.35 {font};color:{p["fg"]}">{e(TIKTOK_PERMISSIONS[s])}</span></div>'
        for s in ctx.requested
    )
    dotted = "".join(
        f'<i style="width:5px;height:5px;border-radius:50%;background:{p["muted"]};display:block"></i>'
        for _ in range(3)
    )
    initial = e(ctx.person[:1])
    user = (
        f'<div style="display:flex;align-items:center;gap:12px;padding:12px 14px;background:{p["soft"]};border-radius:10px">'
        f'<span style="width:40px;height:40px;border-radius:50%;background:linear-gradient(135deg,#25f4ee,#fe2c55);color:#fff;'
        f'display:flex;align-items:center;justify-content:center;font:700 18px {font}">{initial}</span>'
        f'<div style="flex:1;display:flex;flex-direction:column;gap:2px"><b style="font:600 15px {font};color:{p["fg"]}">'
        f'{e(ctx.person)} {e(ctx.surname)}</b><span style="font:400 13px {font};color:{p["muted"]}">@{e(ctx.handle)}</span></div>'
        f'<span style="font:600 13px {font};color:{p["fg"]}">{e(v.switch_account)}</span></div>'
    )
    page = (
        f'<div style="padding:14px 22px 0;display:flex;flex-direction:column;gap:16px">'
        f'<div style="text-align:center">{art.tiktok_wordmark(ctx.tt_dark, 22)}</div>'
        f'<div style="display:flex;align-items:center;justify-content:center;gap:12px">{logo(ctx, 60)}'
        f'<span style="display:flex;gap:5px">{dotted}</span>{art.tiktok_badge(60)}</div>'
        f'<div style="text-align:center;font:700 21px/1.3 {font};color:{p["fg"]}">{e(fill(ctx, v.consent_title))}</div>'
        f"{user}"
        f'<div style="font:600 14.5px {font};color:{p["fg"]}">{e(fill(ctx, v.perms_intro))}</div>'
        f'<div style="margin-top:-10px">{perms}</div></div><div style="flex:1"></div>'
        f'<div style="padding:0 22px 12px;font:400 12.5px/1.45 {font};color:{p["muted"]};text-align:center">{e(v.fineprint)}</div>'
        f'<div style="display:flex;gap:12px;padding:4px 22px 20px">'
        f'<div style="flex:1;height:48px;border-radius:6px;background:{p["soft"]};color:{p["fg"]};display:flex;align-items:center;'
        f'justify-content:center;font:600 16px {font}">{e(v.cancel)}</div>'
        f'<div style="flex:1;height:48px;border-radius:6px;background:{art.TIKTOK_PINK};color:#fff;display:flex;align-items:center;'
        f'justify-content:center;font:600 16px {font}">{e(v.authorize)}</div></div>'
    )
    domain = rng.choice(("www.tiktok.com", "tiktok.com/v2/auth/authorize"))
    return in_browser(ctx, rng, page, domain, ctx.tt_dark, "TikTok")


# ---------------------------------------------------------------- near misses


def app_domain(ctx: Ctx) -> str:
    return "".join(c for c in ctx.app.name.lower() if c.isalnum()) + ".app"


def lookalike(ctx: Ctx, rng: random.Random) -> Frame:
    """The app's own sign-in drawn in TikTok's manner: white page, bordered option rows, a red link."""
    w = ctx.words
    dark = rng.random() < 0.3
    p = palette(dark)
    font = f"'{rng.choice(TT_FONTS)}', sans-serif"
    accent = ensure(mix(ctx.app.color, "#ff0050", 0.35), p["bg"], 4.5)
    rows = "".join(
        option_row(o, option_icon(o, p), p, font) for o in rng.sample(list(w.lookalike_options), 4)
    )
    page = (
        f'<div style="display:flex;justify-content:space-between;padding:14px 16px">{art.icon("x", 24, p["fg"], 2)}'
        f"{art.icon('info', 24, p['fg'], 1.8)}</div>"
        f"<div style='padding:0 24px;display:flex;flex-direction:column;gap:12px'>"
        f'<div style="display:flex;justify-content:center;margin-bottom:6px">{logo(ctx, 58)}</div>'
        f'<div style="text-align:center;font:700 25px {font};color:{p["fg"]}">{e(fill(ctx, pick(rng, w.lookalike_heading)))}</div>'
        f'<div style="text-align:center;font:400 14.5px/1.45 {font};color:{p["muted"]};margin-bottom:10px">'
        f"{e(fill(ctx, pick(rng, w.lookalike_sub)))}</div>{rows}</div><div style='flex:1'></div>"
        f'<div style="padding:0 28px 16px;text-align:center;font:400 12.5px/1.45 {font};color:{p["muted"]}">'
        f"{e(fill(ctx, w.lookalike_terms))}</div>"
        f'<div style="border-top:1px solid {p["line"]};padding:18px;text-align:center;font:400 15px {font};color:{p["fg"]}">'
        f'{e(fill(ctx, w.lookalike_footer[0]))} <b style="color:{accent}">{e(w.lookalike_footer[1])}</b></div>'
    )
    return in_browser(ctx, rng, page, "accounts." + app_domain(ctx), dark, ctx.app.name)


def provider(ctx: Ctx, rng: random.Random) -> Frame:
    """Another platform's consent page (Google-, Instagram-, Facebook- or Twitch-like)."""
    prov: Provider = rng.choice(ctx.words.providers)
    p = palette(False)
    font = f"'{rng.choice(('Roboto', 'Open Sans', 'Inter'))}', sans-serif"
    email = f"{ctx.person.lower()}.{ctx.surname.lower()}@mail.com"
    perms = "".join(
        f'<div style="display:flex;gap:12px;align-items:flex-start;padding:10px 0;border-bottom:1px solid {p["line"]}">'
        f"{art.icon('info' if i else 'user', 20, prov.color, 2)}"
        f'<span style="font:400 15px/1.4 {font};color:{p["fg"]}">{e(fill(ctx, t))}</span></div>'
        for i, t in enumerate(prov.perms)
    )
    if prov.name == "Google":
        mark = f'<div style="display:flex;align-items:center;gap:8px;font:500 15px {font};color:{p["fg"]}">{art.google_g(22)}{e(prov.title)}</div>'
    else:
        mark = (
            f'<div style="display:flex;align-items:center;gap:10px;font:700 17px {font};color:{p["fg"]}">'
            f"{art.service_badge(prov.name, 30)}{e(fill(ctx, prov.title))}</div>"
        )
    page = (
        f'<div style="padding:18px 24px;display:flex;flex-direction:column;gap:16px">{mark}'
        f'<div style="display:flex;align-items:center;gap:10px;margin-top:8px">{logo(ctx, 48)}'
        f"{art.icon('link', 20, p['muted'], 2)}{art.service_badge(prov.name, 48)}</div>"
        f'<div style="font:500 23px/1.3 {font};color:{p["fg"]}">{e(fill(ctx, prov.request))}</div>'
        f'<div style="display:inline-flex;align-self:flex-start;align-items:center;gap:8px;border:1px solid {p["line"]};'
        f'border-radius:20px;padding:5px 12px 5px 5px;font:500 14px {font};color:{p["fg"]}">'
        f'<span style="width:24px;height:24px;border-radius:50%;background:{prov.color};color:#fff;display:flex;'
        f'align-items:center;justify-content:center;font-size:12px">{e(ctx.person[:1])}</span>{e(email)}</div>'
        f'<div style="font:500 15px {font};color:{p["fg"]}">{e(fill(ctx, prov.allow_intro))}</div>'
        f'<div style="margin-top:-8px">{perms}</div>'
        f'<div style="font:400 13px/1.45 {font};color:{p["muted"]}">{e(fill(ctx, prov.trust))}</div></div>'
        f'<div style="flex:1"></div><div style="display:flex;justify-content:flex-end;gap:12px;padding:14px 24px 22px">'
        f'<div style="padding:11px 22px;border-radius:20px;font:500 15px {font};color:{prov.color}">{e(fill(ctx, prov.cancel))}</div>'
        f'<div style="padding:11px 24px;border-radius:20px;background:{prov.color};color:#fff;font:500 15px {font}">'
        f"{e(fill(ctx, prov.allow))}</div></div>"
    )
    domains = {"Google": "accounts.google.com", "Twitch": "id.twitch.tv"}
    domain = domains.get(prov.name, f"www.{prov.name.lower()}.com")
    return in_browser(ctx, rng, page, domain, False, prov.name)
