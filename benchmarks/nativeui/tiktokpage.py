"""TikTok's own pages (consent and login) inside the browser chrome each platform opens them in."""

from __future__ import annotations

import random

from benchmarks.nativeui import ui
from benchmarks.nativeui.copydeck import TIKTOK_PERMISSION
from benchmarks.nativeui.ui import ICON, Look, esc, svg

TT_CSS = """
.tt{flex:1;min-height:0;overflow:hidden;background:var(--ttbg);color:var(--tttext);font-family:var(--ttfont),sans-serif;
display:flex;flex-direction:column;align-items:center}
.tt .inner{width:100%;max-width:440px;padding:18px 24px;display:flex;flex-direction:column;flex:1;min-height:0}
.tt .inner>*{flex-shrink:0}
body.compact .tt h1{font-size:18px;margin-bottom:10px} body.compact .tt .logo{margin:0 0 10px}
body.compact .tt .perm{padding:4px 0;font-size:14px} body.compact .tt .tbtn{height:40px}
body.compact .tt .opt{height:42px;margin-bottom:9px} body.tight .tt .icons{display:none}
.tt .logo{display:flex;align-items:center;justify-content:center;gap:6px;font-weight:800;font-size:22px;letter-spacing:-0.5px;margin:6px 0 18px}
.tt h1{font-size:21px;font-weight:700;text-align:center;line-height:1.3;margin:0 0 14px}
.tt .acct{display:flex;align-items:center;gap:10px;border:1px solid var(--ttsep);border-radius:8px;padding:10px 12px;font-size:15px}
.tt .perm{display:flex;gap:10px;align-items:flex-start;padding:8px 0;font-size:15px;line-height:1.35}
.tt .small{font-size:12px;color:var(--ttsub);line-height:1.45}
.tt .tbtn{height:46px;border-radius:4px;display:flex;align-items:center;justify-content:center;font-size:16px;font-weight:600;white-space:nowrap}
.tt .red{background:#fe2c55;color:#fff}
.tt .grey{background:var(--ttgrey);color:var(--tttext)}
.tt .opt{display:flex;align-items:center;border:1px solid var(--ttsep);height:48px;border-radius:4px;padding:0 14px;margin-bottom:12px;
font-size:15px;font-weight:600;white-space:nowrap}
.tt .opt span{flex:1;text-align:center;margin-right:22px}
.bbar{flex:none;display:flex;align-items:center;gap:10px;padding:8px 12px;background:var(--barbg);color:var(--bartext);font-size:14px;
border-bottom:1px solid var(--ttsep)}
.bbar .url{flex:1;display:flex;align-items:center;justify-content:center;gap:5px;background:var(--urlbg);border-radius:10px;height:34px;
white-space:nowrap;overflow:hidden}
"""


def _vars(dark: bool, look: Look) -> str:
    if dark:
        v = dict(ttbg="#121212", tttext="#ffffff", ttsub="#a8a8a8", ttsep="#333333", ttgrey="#2a2a2a")
    else:
        v = dict(ttbg="#ffffff", tttext="#161823", ttsub="#6e6f76", ttsep="#e3e3e4", ttgrey="#f1f1f2")
    bar = (
        dict(barbg="#1c1c1e", bartext="#ffffff", urlbg="#2c2c2e")
        if look.dark
        else dict(barbg="#f7f7f8", bartext="#111111", urlbg="#e9e9ec")
    )
    v.update(bar)
    return ":root{" + ";".join(f"--{k}:{val}" for k, val in v.items()) + ";--ttfont:'" + look.font + "'}"


def browser_bar(look: Look, rng: random.Random) -> str:
    lock = svg(ICON["lock"], 13, "var(--bartext)", 2.2)
    host = rng.choice(["www.tiktok.com", "tiktok.com"])
    if look.platform == "ios":
        return (
            f'<div class="bbar"><span style="color:#0a84ff;font-weight:600">Done</span>'
            f'<span class="url">{lock}<span>{host}</span></span><span style="font-size:15px;letter-spacing:-1px">AA</span></div>'
        )
    if look.platform == "android":
        return (
            f'<div class="bbar" style="padding:10px 12px">{svg(ICON["close"], 22, "var(--bartext)")}'
            f'<div style="flex:1;min-width:0;padding-left:8px"><div style="font-weight:600;font-size:15px">TikTok</div>'
            f'<div style="font-size:12px;opacity:.75;display:flex;gap:4px;align-items:center">{lock}{host}</div></div>'
            f"{svg(ICON['dots'], 22, 'var(--bartext)')}</div>"
        )
    path = "/v2/auth/authorize/?client_key=aw" + "".join(rng.choice("0123456789abcdef") for _ in range(10))
    tabs = (
        '<div style="display:flex;gap:8px;padding:8px 12px 0;background:var(--urlbg)">'
        '<span style="display:flex;gap:6px;align-items:center;background:var(--barbg);border-radius:8px 8px 0 0;padding:8px 14px;font-size:13px">'
        f"{ui.tiktok_glyph(14, 'var(--bartext)')}TikTok</span></div>"
    )
    return (
        f'{tabs}<div class="bbar"><span style="opacity:.6">&#8592; &#8594; &#8635;</span><span class="url" '
        f'style="justify-content:flex-start;padding-left:12px">{lock}<span>{host}{path}</span></span></div>'
    )


def consent_page(
    look: Look, app: str, app_tile: str, scopes: list[str], handle: str, rng: random.Random, footer: str
) -> str:
    perms = [TIKTOK_PERMISSION[s] for s in scopes]
    if rng.random() < 0.5:
        perms.insert(0, "Access your public profile info (avatar and display name)")
    check = svg(ICON["check"], 18, "#fe2c55", 2.6)
    plist = "".join(f'<div class="perm">{check}<span>{esc(p)}</span></div>' for p in perms)
    avatar = (
        '<span class="tile" style="width:36px;height:36px;border-radius:50%;background:linear-gradient(135deg,#f59e0b,#ec4899);'
        f'color:#fff;font-weight:700">{esc(handle[0].upper())}</span>'
    )
    icons = (
        f'<div class="icons" style="display:flex;align-items:center;justify-content:center;gap:12px;margin:4px 0 16px">{app_tile}'
        f"{svg(ICON['dots'], 22, 'var(--ttsub)')}{ui.tiktok_tile(56, 0.22)}</div>"
    )
    body = (
        f'<div class="tt"><div class="inner"><div class="logo">{ui.tiktok_glyph(26, "var(--tttext)")}TikTok</div>{icons}'
        f"<h1>{esc(app)} wants to access your TikTok account</h1>"
        f'<div class="acct">{avatar}<span style="flex:1">@{esc(handle)}</span><span class="small">Switch account</span></div>'
        f'<div style="font-size:15px;font-weight:600;margin:16px 0 4px">{esc(app)} would like to:</div>{plist}'
        f'<div style="flex:1"></div><p class="small" style="margin:12px 0">By authorizing, you allow {esc(app)} to access '
        f"your data as described above, in line with its Terms of Service and Privacy Policy. {esc(footer)}</p>"
        f'<div class="tbtn red">Authorize</div><div class="tbtn grey" style="margin-top:10px">Cancel</div></div></div>'
    )
    return body


def login_page(look: Look, rng: random.Random, sub: str) -> str:
    opts = [
        ("qr", "Use QR code"),
        ("user", "Use phone / email / username"),
        ("users", "Continue with Facebook"),
        ("compass", "Continue with Google"),
        ("phone", "Continue with Apple"),
    ]
    if look.platform == "android":
        opts = [o for o in opts if "Apple" not in o[1]]
    rows = "".join(
        f'<div class="opt">{svg(ICON[i], 20, "var(--tttext)")}<span>{esc(t)}</span></div>' for i, t in opts
    )
    return (
        f'<div class="tt"><div class="inner"><div class="logo">{ui.tiktok_glyph(26, "var(--tttext)")}TikTok</div>'
        f'<h1 style="font-size:26px;margin-top:10px">Log in to TikTok</h1>'
        f'<p class="small" style="text-align:center;margin:0 0 22px;font-size:14px">{esc(sub)}</p>{rows}'
        f'<div style="flex:1"></div><p class="small" style="text-align:center">By continuing, you agree to TikTok\'s '
        f"Terms of Service and confirm that you have read TikTok's Privacy Policy.</p>"
        f'<p style="text-align:center;font-size:15px;margin:14px 0 4px;border-top:1px solid var(--ttsep);padding-top:14px">'
        f'Don\'t have an account? <b style="color:#fe2c55">Sign up</b></p></div></div>'
    )


def authorize_html(look: Look, content: str, dark_page: bool, rng: random.Random, time_text: str) -> str:
    extra = TT_CSS + _vars(dark_page, look)
    body = browser_bar(look, rng) + content
    return ui.page(look, body, time_text=time_text, extra_css=extra)
