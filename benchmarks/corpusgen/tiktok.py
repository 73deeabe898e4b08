"""Renders TikTok's authorization page (login and consent states) and pages that only resemble it.

The corpus needs the `authorize` step as designers paste it into mockups: TikTok's page inside
an iOS / Android browser or in-app web view, or a desktop browser, light or dark, in many fonts
and wordings. Hard negatives (other providers' consent pages, the app's own TikTok-styled
sign-in, TikTok pages that are not authorization) keep a classifier from learning "TikTok logo
+ red button = authorize".

Wording lives in per-split pools: `dev` renders what the checker is tuned on, `holdout` uses
sentences (and a few layouts and fonts) that dev never shows, so the accuracy figure on holdout
measures generalisation rather than memorised phrases.
"""

from __future__ import annotations

import html
import random
import string
from dataclasses import dataclass
from typing import Literal

from .common import FONTS, Device, Split

TIKTOK_RED = "#FE2C55"
TIKTOK_CYAN = "#25F4EE"

# simple-icons "tiktok" glyph (CC0), 24×24 box: the note drawn three times gives the logo.
_NOTE_PATH = (
    "M12.525.02c1.31-.02 2.61-.01 3.91-.02.08 1.53.63 3.09 1.75 4.17 1.12 1.11 2.7 1.62 4.24 1.79v4.03"
    "c-1.44-.05-2.89-.35-4.2-.97-.57-.26-1.1-.59-1.62-.93-.01 2.92.01 5.84-.02 8.75-.08 1.4-.54 2.79-1.35 "
    "3.94-1.31 1.92-3.58 3.17-5.91 3.21-1.43.08-2.86-.31-4.08-1.03-2.02-1.19-3.44-3.37-3.65-5.71-.02-.5-.03"
    "-1-.01-1.49.18-1.9 1.12-3.72 2.58-4.96 1.66-1.44 3.98-2.13 6.15-1.72.02 1.48-.04 2.96-.04 4.44-.99-.32"
    "-2.15-.23-3.02.37-.63.41-1.11 1.04-1.36 1.75-.21.51-.15 1.07-.14 1.61.24 1.64 1.82 3.02 3.5 2.87 1.12-.01"
    " 2.19-.66 2.77-1.61.19-.33.4-.67.41-1.06.1-1.79.06-3.57.07-5.36.01-4.03-.01-8.05.02-12.07z"
)
_APPLE_PATH = (
    "M16.4 12.6c0-2.5 2-3.7 2.1-3.8-1.2-1.7-3-1.9-3.6-2-1.5-.2-3 .9-3.8.9-.8 0-2-.9-3.3-.9-1.7 0-3.3 1-4.1 "
    "2.5-1.8 3.1-.5 7.6 1.3 10.1.8 1.2 1.8 2.6 3.1 2.5 1.3-.1 1.7-.8 3.2-.8s1.9.8 3.2.8c1.3 0 2.2-1.2 3-2.5"
    ".9-1.4 1.3-2.7 1.3-2.8 0 0-2.5-1-2.4-4zM14 5.2c.7-.8 1.1-1.9 1-3-1 0-2.1.7-2.8 1.5-.6.7-1.2 1.8-1 2.9 "
    "1.1.1 2.1-.6 2.8-1.4z"
)
_GITHUB_PATH = (
    "M12 .3a12 12 0 0 0-3.8 23.4c.6.1.8-.3.8-.6v-2c-3.3.7-4-1.6-4-1.6-.6-1.4-1.4-1.8-1.4-1.8-1-.7.1-.7.1-.7 "
    "1.2.1 1.8 1.2 1.8 1.2 1 1.8 2.8 1.3 3.5 1 0-.8.4-1.3.7-1.6-2.7-.3-5.5-1.3-5.5-6 0-1.2.5-2.3 1.3-3.1-.2-.4"
    "-.6-1.6 0-3.2 0 0 1-.3 3.4 1.2a11.5 11.5 0 0 1 6 0c2.3-1.5 3.3-1.2 3.3-1.2.6 1.6.2 2.8.1 3.2.8.8 1.3 1.9 "
    "1.3 3.2 0 4.6-2.8 5.6-5.5 5.9.5.4.9 1.2.9 2.3v3.3c0 .3.1.7.8.6A12 12 0 0 0 12 .3"
)


# ─── wording pools ────────────────────────────────────────────────────────────────────────────
# Each key maps a split to its own phrasings; {app} is the requesting app's name. Holdout never
# repeats a dev sentence, so phrase lists tuned on dev cannot simply match holdout text.
_WORDING: dict[str, dict[Split, tuple[str, ...]]] = {
    "login_title": {
        "dev": ("Log in to TikTok", "Log in to TikTok", "Log in"),
        "holdout": ("Sign in to TikTok", "Sign in", "Log in to your TikTok account"),
    },
    "login_subtitle": {
        "dev": (
            "to continue to {app}",
            "Log in to continue to {app}",
            "Manage your account, check notifications, comment on videos, and more.",
        ),
        "holdout": (
            "{app} needs you to sign in with TikTok first",
            "Continue to {app} with your TikTok account",
            "Sign in so {app} can connect to your account.",
        ),
    },
    "opt_qr": {"dev": ("Use QR code",), "holdout": ("Scan QR code", "Log in with QR code")},
    "opt_phone": {
        "dev": ("Use phone / email / username",),
        "holdout": ("Use phone, email, or username", "Phone, email or username"),
    },
    "opt_social": {"dev": ("Continue with {p}",), "holdout": ("Log in with {p}", "Sign in with {p}")},
    "terms": {
        "dev": (
            "By continuing with an account located in {country}, you agree to our Terms of Service and "
            "acknowledge that you have read our Privacy Policy.",
            "By continuing, you agree to TikTok's Terms of Service and acknowledge that you have read "
            "TikTok's Privacy Policy.",
        ),
        "holdout": (
            "If you continue, you accept TikTok's Terms of Service and confirm you have read the "
            "Privacy Policy that applies in {country}.",
            "Continuing means you agree to the Terms of Service. Learn how we process your data in our "
            "Privacy Policy.",
        ),
    },
    "signup": {
        "dev": ("Don't have an account? Sign up",),
        "holdout": ("New to TikTok? Create an account", "No account yet? Sign up"),
    },
    "qr_steps": {
        "dev": (
            "1. Open the TikTok app on your mobile device|2. On Profile, tap the menu icon|"
            "3. Tap the scan icon, then scan the QR code to confirm your login",
        ),
        "holdout": (
            "Open TikTok on your phone|Go to Profile and open the menu|"
            "Choose the scanner and point your camera at this code",
        ),
    },
    "form_forgot": {"dev": ("Forgot password?",), "holdout": ("Reset password", "Can't log in?")},
    "form_or": {"dev": ("or",), "holdout": ("Or continue with", "Other ways to sign in")},
    "consent_title": {
        "dev": (
            "{app} would like to access your TikTok account",
            "{app} is requesting access to your TikTok account",
            "Authorize {app}",
            "{app} would like to access your TikTok account",
        ),
        "holdout": (
            "{app} wants to access your TikTok account",
            "Allow {app} to access your TikTok account?",
            "{app} is asking for permission to use your TikTok account",
        ),
    },
    "consent_intro": {
        "dev": ("{app} will be able to:", "This will allow {app} to:", "{app} is requesting access to:"),
        "holdout": ("{app} will get permission to:", "If you allow, {app} can:", "Permissions requested"),
    },
    "account_label": {"dev": ("Logged in as", "Account"), "holdout": ("Signed in as", "Continuing as")},
    "switch": {
        "dev": ("Not you? Switch account", "Switch account"),
        "holdout": ("Use another account", "Not you? Change account"),
    },
    "primary": {
        "dev": ("Authorize", "Allow", "Continue"),
        "holdout": ("Confirm", "Allow access", "Authorize"),
    },
    "secondary": {"dev": ("Cancel", "Deny"), "holdout": ("Decline", "Not now", "Don't allow")},
    "fineprint": {
        "dev": (
            "By authorizing, you allow {app} to use your information in accordance with its "
            "Privacy Policy and Terms of Service.",
            "{app} will use this info in accordance with their privacy policy and terms of service.",
        ),
        "holdout": (
            "{app}'s own privacy policy and terms govern how it uses your data; TikTok does not "
            "control them.",
            "Your data will be handled under the privacy policy and terms of {app}.",
        ),
    },
    "revoke": {
        "dev": (
            "You can manage or revoke access in Settings.",
            "You can manage or revoke access at any time in Settings and privacy > Security > "
            "Manage app permissions.",
        ),
        "holdout": (
            "To remove this app's access later, go to Settings and privacy > Security > Apps and services.",
            "Changed your mind? Turn off access whenever you like from your account settings.",
        ),
    },
    "basic_item": {
        "dev": ("Read your profile info (avatar, display name)",),
        "holdout": ("Access your public profile info (avatar and display name)",),
    },
    "help": {"dev": ("Feedback and help",), "holdout": ("Help center", "Get help")},
}

# TikTok's consent text per scope (spec table). Holdout sometimes uses a rewording that still
# names the data set and the one-time / recurring nature.
_SCOPE_TEXT: dict[str, tuple[str, str]] = {
    "portability.activity.single": (
        "Export a copy of your activity data",
        "Export a one-time copy of your activity data",
    ),
    "portability.activity.ongoing": (
        "Export copies of your activity data",
        "Export copies of your activity data on an ongoing basis",
    ),
    "portability.postsandprofile.single": (
        "Export a copy of your posts and profile data",
        "Export a one-time copy of your posts and profile data",
    ),
    "portability.postsandprofile.ongoing": (
        "Export copies of your posts and profile data",
        "Export recurring copies of your posts and profile data",
    ),
    "portability.directmessages.single": (
        "Export a copy of your direct message data",
        "Export a one-time copy of your direct messages",
    ),
    "portability.directmessages.ongoing": (
        "Export copies of your direct message data",
        "Export recurring copies of your direct messages",
    ),
    "portability.all.single": (
        "Export a copy of your full user data archive",
        "Export a one-time copy of your full TikTok data archive",
    ),
    "portability.all.ongoing": (
        "Export copies of your full user data archive",
        "Export copies of your full TikTok data archive over time",
    ),
}
_SCOPE_DETAIL: dict[str, dict[Split, str]] = {
    "activity": {
        "dev": "Watch history, likes, favorites, search and login history",
        "holdout": "Videos you watched and liked, saved sounds, searches and shares",
    },
    "postsandprofile": {
        "dev": "Your videos, profile info, following and followers lists",
        "holdout": "Posts you published, bio, username, who you follow and who follows you",
    },
    "directmessages": {"dev": "Your chat history", "holdout": "Conversations in your inbox"},
    "all": {
        "dev": "Everything in your TikTok data archive",
        "holdout": "All the data TikTok holds about your account",
    },
}

# Fonts designers substitute for TikTok's proprietary face; holdout gets families dev never uses.
_FONTS_BY_SPLIT: dict[Split, tuple[str, ...]] = {
    "dev": ("Inter", "Roboto", "Open Sans", "Lato", "Inter", "Roboto"),
    "holdout": ("Noto Sans", "Liberation Sans", "Cantarell", "DejaVu Sans", "Carlito"),
}
assert all(f in FONTS["sans"] + FONTS["display"] for fs in _FONTS_BY_SPLIT.values() for f in fs)

_USERS: dict[Split, tuple[tuple[str, str], ...]] = {
    "dev": (
        ("Maya Chen", "maya.creates"),
        ("Jordan Lee", "jordanlee_"),
        ("Sofia Martins", "sofi.dances"),
        ("Alex Rivera", "alexr"),
        ("Priya Patel", "priyacooks"),
    ),
    "holdout": (
        ("Tom Becker", "tombakes"),
        ("Aisha Bello", "aisha.b"),
        ("Lukas Novak", "lukas_travels"),
        ("Emma Wilson", "emmawdraws"),
        ("Kenji Sato", "kenji.fits"),
    ),
}
_COUNTRIES = ("United States", "United Kingdom", "Canada", "Germany", "Australia", "Ireland")


def _w(rng: random.Random, key: str, split: Split, **fmt: str) -> str:
    return rng.choice(_WORDING[key][split]).format(**fmt)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


# ─── palettes, logos, icons ──────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class _Palette:
    bg: str
    surface: str
    text: str
    muted: str
    border: str
    chip: str
    backdrop: str  # behind a desktop card


_LIGHT = _Palette("#ffffff", "#ffffff", "#161823", "#8a8b91", "#e3e3e4", "#f1f1f2", "#f8f8f8")
_DARK = _Palette("#121212", "#1e1e1e", "#f1f1f2", "#a6a6ab", "#2f2f33", "#2a2a2d", "#000000")


def tiktok_note_svg(size: int, fg: str) -> str:
    """The TikTok note with its cyan and red offsets, as an inline SVG."""
    d = _NOTE_PATH
    return (
        f'<svg width="{size}" height="{size}" viewBox="-1 -1 26 26" style="display:block;flex:none">'
        f'<path d="{d}" fill="{TIKTOK_CYAN}" transform="translate(-0.9,-0.7)"/>'
        f'<path d="{d}" fill="{TIKTOK_RED}" transform="translate(0.9,0.7)"/>'
        f'<path d="{d}" fill="{fg}"/></svg>'
    )


def _tiktok_tile(size: int, radius_frac: float = 0.24) -> str:
    """TikTok's app icon: white note on a black rounded square (also used in dark theme)."""
    inner = int(size * 0.6)
    return (
        f'<div style="width:{size}px;height:{size}px;border-radius:{int(size * radius_frac)}px;'
        f'background:#000;display:flex;align-items:center;justify-content:center;flex:none">'
        f"{tiktok_note_svg(inner, '#fff')}</div>"
    )


def _tiktok_wordmark(size: int, fg: str) -> str:
    return (
        f'<div style="display:flex;align-items:center;gap:{max(2, size // 6)}px">'
        f"{tiktok_note_svg(int(size * 1.15), fg)}"
        f'<span style="font-weight:800;font-size:{size}px;letter-spacing:-0.02em;color:{fg}">TikTok</span></div>'
    )


def _initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalnum()]
    return "".join(p[0] for p in parts[:2]).upper() or name[:1].upper()


def _app_icon(rng: random.Random, app_name: str, color: str, size: int) -> str:
    """A plausible app icon: initials, a glyph, or a simple geometric mark in the app's colour."""
    style = rng.choice(("initials", "initial", "ring", "bars"))
    radius = int(size * rng.choice((0.22, 0.28, 0.5)))
    box = (
        f"width:{size}px;height:{size}px;border-radius:{radius}px;background:{color};display:flex;"
        "align-items:center;justify-content:center;flex:none;color:#fff;font-weight:700;"
    )
    if style == "ring":
        s = int(size * 0.55)
        mark = (
            f'<svg width="{s}" height="{s}" viewBox="0 0 10 10"><circle cx="5" cy="5" r="3.6" fill="none" '
            'stroke="#fff" stroke-width="1.6"/><circle cx="5" cy="5" r="1.2" fill="#fff"/></svg>'
        )
    elif style == "bars":
        s = int(size * 0.5)
        mark = (
            f'<svg width="{s}" height="{s}" viewBox="0 0 10 10"><rect x="1" y="5" width="2" height="4" '
            'rx=".6" fill="#fff"/><rect x="4" y="2" width="2" height="7" rx=".6" fill="#fff"/>'
            '<rect x="7" y="4" width="2" height="5" rx=".6" fill="#fff"/></svg>'
        )
    else:
        text = _initials(app_name) if style == "initials" else app_name[:1].upper()
        mark = f'<span style="font-size:{int(size * (0.36 if len(text) > 1 else 0.5))}px">{_e(text)}</span>'
    return f'<div style="{box}">{mark}</div>'


def _avatar(rng: random.Random, name: str, size: int) -> str:
    c1, c2 = rng.choice(
        (("#f6a5c0", "#8e7cf0"), ("#ffd166", "#ef476f"), ("#76c7f0", "#2a6fdb"), ("#9be7a5", "#27a37a"))
    )
    return (
        f'<div style="width:{size}px;height:{size}px;border-radius:50%;flex:none;display:flex;'
        f"align-items:center;justify-content:center;background:linear-gradient(135deg,{c1},{c2});"
        f'color:#fff;font-weight:700;font-size:{int(size * 0.4)}px">{_e(_initials(name))}</div>'
    )


def _google_g(size: int) -> str:
    # Four coloured arcs and the bar: recognisable as Google's G at icon size.
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none">'
        '<path d="M21.6 12.2c0-.7-.1-1.4-.2-2H12v3.8h5.4a4.6 4.6 0 0 1-2 3v2.5h3.2c1.9-1.7 3-4.3 3-7.3z" '
        'fill="#4285F4"/><path d="M12 22c2.7 0 5-.9 6.6-2.5l-3.2-2.5c-.9.6-2 1-3.4 1-2.6 0-4.8-1.8-5.6-4.1H3'
        'v2.6A10 10 0 0 0 12 22z" fill="#34A853"/><path d="M6.4 13.9a6 6 0 0 1 0-3.8V7.5H3a10 10 0 0 0 0 9z"'
        ' fill="#FBBC05"/><path d="M12 6c1.5 0 2.8.5 3.8 1.5l2.9-2.9A10 10 0 0 0 3 7.5l3.4 2.6C7.2 7.8 9.4 '
        '6 12 6z" fill="#EA4335"/></svg>'
    )


def _fb_icon(size: int) -> str:
    return (
        f'<div style="width:{size}px;height:{size}px;border-radius:50%;background:#1877F2;color:#fff;flex:none;'
        f"display:flex;align-items:flex-end;justify-content:center;font:700 {int(size * 0.85)}px Arial,"
        f'sans-serif;overflow:hidden;line-height:1">f</div>'
    )


def _apple_icon(size: int, fg: str) -> str:
    return f'<svg width="{size}" height="{size}" viewBox="0 0 22 24" style="flex:none"><path d="{_APPLE_PATH}" fill="{fg}"/></svg>'


def _x_icon(size: int, fg: str) -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none"><path d="M3 3h5l13 18h-5z'
        f'M3 21 10.5 13M21 3l-7.3 8" stroke="{fg}" stroke-width="2" fill="none"/></svg>'
    )


def _person_icon(size: int, fg: str) -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none"><circle cx="12" cy="8" r="4"'
        f' fill="none" stroke="{fg}" stroke-width="2"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" '
        f'stroke="{fg}" stroke-width="2"/></svg>'
    )


def _qr_icon(size: int, fg: str) -> str:
    sq = "".join(
        f'<rect x="{x}" y="{y}" width="7" height="7" rx="1" fill="none" stroke="{fg}" stroke-width="2"/>'
        for x, y in ((3, 3), (14, 3), (3, 14))
    )
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none">{sq}'
        f'<rect x="14" y="14" width="3" height="3" fill="{fg}"/><rect x="18" y="18" width="3" height="3" '
        f'fill="{fg}"/></svg>'
    )


def _check_icon(size: int, fg: str) -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none"><path d="M5 12.5l4.5 4.5L19'
        f' 7" fill="none" stroke="{fg}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>'
    )


def _lock_icon(size: int, fg: str) -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none"><rect x="5" y="10" width="14"'
        f' height="11" rx="2" fill="{fg}"/><path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="{fg}" '
        'stroke-width="2"/></svg>'
    )


def _chevron(size: int, fg: str, direction: str = "left") -> str:
    d = {"left": "M15 4l-8 8 8 8", "right": "M9 4l8 8-8 8", "down": "M4 9l8 8 8-8"}[direction]
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none"><path d="{d}" fill="none" '
        f'stroke="{fg}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>'
    )


def _close_icon(size: int, fg: str) -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none"><path d="M5 5l14 14M19 5 5 19"'
        f' stroke="{fg}" stroke-width="2.2" stroke-linecap="round"/></svg>'
    )


def _data_icon(kind: str, size: int, fg: str) -> str:
    """Small line icons beside permission items: clock (activity), grid (posts), bubble (DMs), box."""
    paths = {
        "activity": '<circle cx="12" cy="12" r="8"/><path d="M12 7v5l3 2"/>',
        "postsandprofile": '<rect x="4" y="4" width="7" height="7" rx="1"/><rect x="13" y="4" width="7" '
        'height="7" rx="1"/><rect x="4" y="13" width="7" height="7" rx="1"/><rect x="13" y="13" width="7" '
        'height="7" rx="1"/>',
        "directmessages": '<path d="M4 5h16v11H9l-5 4z"/>',
        "all": '<path d="M4 8l8-4 8 4v8l-8 4-8-4z"/><path d="M4 8l8 4 8-4M12 12v8"/>',
        "basic": '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/>',
    }[kind]
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none" fill="none" stroke="{fg}" '
        f'stroke-width="1.9" stroke-linejoin="round" stroke-linecap="round">{paths}</svg>'
    )


_UI_ICONS: dict[str, str] = {
    "heart": '<path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" fill="currentColor"/>',
    "comment": '<path d="M4 5h16v11H9l-5 4z" fill="currentColor"/>',
    "share": '<path d="M13 5l8 7-8 7v-4c-5 0-8 1.5-10 5 .5-6 3.5-10 10-11z" fill="currentColor"/>',
    "home": '<path d="M4 11l8-7 8 7v9h-5v-6H9v6H4z" fill="none" stroke="currentColor" stroke-width="2"/>',
    "friends": '<circle cx="9" cy="8" r="3.5" fill="none" stroke="currentColor" stroke-width="2"/><path '
    'd="M2 20c0-3.9 3.1-6 7-6s7 2.1 7 6M16 4.5a3.5 3.5 0 0 1 0 7M19 14c2 .8 3 2.9 3 6" fill="none" '
    'stroke="currentColor" stroke-width="2"/>',
    "inbox": '<path d="M4 5h16v11H9l-5 4z" fill="none" stroke="currentColor" stroke-width="2"/>',
    "profile": '<circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" stroke-width="2"/><path '
    'd="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" stroke-width="2"/>',
    "grid": '<path d="M4 4h16v16H4zM4 10h16M4 15h16M10 4v16M15 4v16" fill="none" stroke="currentColor" '
    'stroke-width="1.8"/>',
    "lock": '<rect x="5" y="10" width="14" height="11" rx="2" fill="none" stroke="currentColor" '
    'stroke-width="2"/><path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" stroke-width="2"/>',
    "liked": '<path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" fill="none" '
    'stroke="currentColor" stroke-width="2"/>',
}


def _ui_icon(name: str, size: int, color: str) -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none;color:{color}">'
        f"{_UI_ICONS[name]}</svg>"
    )


def _qr_code(rng: random.Random, size: int, fg: str, bg: str) -> str:
    """A QR-looking code: random modules with the three finder patterns."""
    n = 25
    cells: list[str] = []
    for y in range(n):
        for x in range(n):
            in_finder = any(
                fx <= x < fx + 8 and fy <= y < fy + 8 for fx, fy in ((0, 0), (n - 8, 0), (0, n - 8))
            )
            if not in_finder and rng.random() < 0.48:
                cells.append(f"M{x} {y}h1v1h-1z")
    finders = "".join(
        f'<rect x="{fx + 0.5}" y="{fy + 0.5}" width="6" height="6" fill="none" stroke="{fg}"/>'
        f'<rect x="{fx + 2}" y="{fy + 2}" width="3" height="3" fill="{fg}"/>'
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7))
    )
    logo = (
        f'<rect x="10" y="10" width="5" height="5" rx="1" fill="#000"/>'
        f'<svg x="10.5" y="10.5" width="4" height="4" viewBox="-1 -1 26 26"><path d="{_NOTE_PATH}" fill="#fff"/></svg>'
    )
    return (
        f'<svg width="{size}" height="{size}" viewBox="-1 -1 {n + 2} {n + 2}" shape-rendering="crispEdges" '
        f'style="background:{bg};display:block"><path d="{"".join(cells)}" fill="{fg}"/>{finders}{logo}</svg>'
    )


# ─── context ────────────────────────────────────────────────────────────────────────────────
@dataclass
class _Ctx:
    rng: random.Random
    split: Split
    device: Device
    dark: bool
    pal: _Palette
    font: str
    app: str
    app_color: str
    red: str
    mode: str = "bare"  # the chrome around the page, chosen before the page so layouts can fit it

    @property
    def phone(self) -> bool:
        return self.device.platform in ("ios", "android")

    @property
    def narrow(self) -> bool:
        # A desktop OAuth popup is ~500 px wide: TikTok serves it the single-column mobile layout.
        return self.phone or self.mode == "popup"

    @property
    def short(self) -> bool:
        # Small phones (iPhone SE, 360×740) and popups cannot hold the consent page with roomy spacing.
        return (self.phone and self.device.height < 760) or self.mode == "popup"


def _ctx(rng: random.Random, split: Split, device: Device, theme: str, app: str, app_color: str) -> _Ctx:
    dark = theme == "dark"
    pal = _DARK if dark else _LIGHT
    if dark and rng.random() < 0.4:
        pal = _Palette("#000000", "#161616", "#ffffff", "#9a9a9f", "#2a2a2a", "#252525", "#000000")
    # Designers eyedrop TikTok's red with small differences; older brand guides used #EE1D52.
    red = rng.choice((TIKTOK_RED, TIKTOK_RED, TIKTOK_RED, "#EE1D52", "#FF3B5C"))
    return _Ctx(rng, split, device, dark, pal, rng.choice(_FONTS_BY_SPLIT[split]), app, app_color, red)


def _client_key(rng: random.Random) -> str:
    return "aw" + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(14))


def _slug(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum()) or "app"


def _authorize_url(rng: random.Random, app: str, scopes: list[str]) -> str:
    scope = ",".join(["user.info.basic", *scopes]) if rng.random() < 0.7 else ",".join(scopes)
    host = rng.choice(("www.tiktok.com", "www.tiktok.com", "tiktok.com"))
    path = rng.choice(("/v2/auth/authorize/", "/v2/auth/authorize/", "/auth/authorize/"))
    redirect = f"https%3A%2F%2F{_slug(app)}.com%2Fauth%2Ftiktok%2Fcallback"
    state = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))
    return (
        f"https://{host}{path}?client_key={_client_key(rng)}&scope={scope.replace(',', '%2C')}"
        f"&response_type=code&redirect_uri={redirect}&state={state}"
    )


# ─── device chrome ──────────────────────────────────────────────────────────────────────────
def _ios_status(c: _Ctx, fg: str, bg: str) -> str:
    tall = c.device.height >= 800
    h = 54 if tall else 20
    size = 16 if tall else 12
    time = c.rng.choice(("9:41", "10:24", "2:17", "18:05"))
    island = (
        '<div style="position:absolute;left:50%;top:11px;width:124px;height:35px;margin-left:-62px;'
        'border-radius:20px;background:#000"></div>'
        if tall
        else ""
    )
    bars = "".join(
        f'<rect x="{i * 4.5}" y="{9 - (i + 1) * 2.2}" width="3" height="{(i + 1) * 2.2}" rx=".6" fill="{fg}"/>'
        for i in range(4)
    )
    return (
        f'<div style="position:relative;height:{h}px;background:{bg};color:{fg};display:flex;'
        f"align-items:center;justify-content:space-between;padding:{'14px 30px 0 36px' if tall else '0 8px'};"
        f'font:600 {size}px -apple-system,Inter,sans-serif;flex:none;box-sizing:border-box">{island}'
        f'<span>{time}</span><span style="display:flex;gap:5px;align-items:center">'
        f'<svg width="18" height="10" viewBox="0 0 18 10">{bars}</svg>'
        f'<svg width="16" height="12" viewBox="0 0 16 12"><path d="M1 4.5a10 10 0 0 1 14 0M3.5 7a6.5 6.5 0 0 1'
        f' 9 0M6 9.5a3 3 0 0 1 4 0" stroke="{fg}" stroke-width="1.6" fill="none" stroke-linecap="round"/></svg>'
        f'<span style="display:inline-flex;align-items:center"><span style="width:22px;height:11px;'
        f"border:1.2px solid {fg};border-radius:3px;opacity:.9;padding:1px;box-sizing:border-box;display:inline-block"
        f'"><span style="display:block;height:100%;width:{c.rng.randint(45, 95)}%;background:{fg};'
        f'border-radius:1px"></span></span></span></span></div>'
    )


def _android_status(c: _Ctx, fg: str, bg: str) -> str:
    time = c.rng.choice(("12:30", "9:07", "16:42", "8:15"))
    return (
        f'<div style="height:28px;background:{bg};color:{fg};display:flex;align-items:center;flex:none;'
        f'justify-content:space-between;padding:0 16px;font:500 13px Roboto,sans-serif;box-sizing:border-box">'
        f'<span>{time}</span><span style="display:flex;gap:6px;align-items:center">'
        f'<svg width="14" height="12" viewBox="0 0 14 12"><path d="M7 11 0 3a10 10 0 0 1 14 0z" fill="{fg}"/></svg>'
        f'<svg width="12" height="12" viewBox="0 0 12 12"><path d="M12 0v12H0z" fill="{fg}"/></svg>'
        f'<span style="width:8px;height:13px;border-radius:2px;background:{fg};display:inline-block"></span>'
        f"</span></div>"
    )


def _android_nav(fg: str, bg: str, gesture: bool) -> str:
    if gesture:
        return (
            f'<div style="height:20px;background:{bg};display:flex;align-items:center;justify-content:center;'
            f'flex:none"><div style="width:108px;height:4px;border-radius:2px;background:{fg};opacity:.7">'
            "</div></div>"
        )
    return (
        f'<div style="height:44px;background:{bg};display:flex;align-items:center;justify-content:space-around;'
        f'flex:none;padding:0 50px"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M12 2 3 8l9 6z"'
        f' fill="none" stroke="{fg}" stroke-width="1.6"/></svg><svg width="16" height="16"><circle cx="8" cy="8"'
        f' r="6.5" fill="none" stroke="{fg}" stroke-width="1.6"/></svg><svg width="16" height="16"><rect x="2"'
        f' y="2" width="12" height="12" rx="1.5" fill="none" stroke="{fg}" stroke-width="1.6"/></svg></div>'
    )


def _home_indicator(fg: str, bg: str) -> str:
    return (
        f'<div style="height:22px;background:{bg};display:flex;align-items:center;justify-content:center;'
        f'flex:none"><div style="width:134px;height:5px;border-radius:3px;background:{fg}"></div></div>'
    )


def _short_url(url: str) -> str:
    return url.split("://", 1)[-1]


def _phone_frame(c: _Ctx, page: str, url: str, *, domain: str, title: str, mode: str) -> str:
    """Wrap the page body in iOS / Android system bars and browser or web-view chrome."""
    p = c.pal
    dark = c.dark
    bar_bg = "#1c1c1e" if dark else "#f6f6f6"
    fg = "#ffffff" if dark else "#000000"
    muted = "#9a9aa0" if dark else "#6e6e73"
    top = bottom = ""
    if c.device.platform == "ios":
        if mode == "safari_bottom":
            top = _ios_status(c, fg, p.bg)
            bottom = (
                f'<div style="background:{bar_bg};padding:8px 12px 0;flex:none;border-top:1px solid {p.border}">'
                f'<div style="height:44px;border-radius:13px;background:{"#3a3a3c" if dark else "#fff"};'
                f"display:flex;align-items:center;justify-content:space-between;padding:0 14px;"
                f'box-shadow:0 1px 4px rgba(0,0,0,.12);font:400 16px -apple-system,Inter,sans-serif;color:{fg}">'
                f'<span style="font-size:14px;font-weight:600">AA</span><span style="display:flex;gap:5px;'
                f'align-items:center">{_lock_icon(12, muted)}{_e(domain)}</span>'
                f'<span style="font-size:17px;color:{fg}">&#8635;</span></div>'
                f'<div style="height:44px;display:flex;justify-content:space-between;align-items:center;'
                f'padding:0 10px">{_chevron(24, "#0a84ff")}{_chevron(24, muted, "right")}'
                f'<svg width="22" height="22" viewBox="0 0 24 24"><path d="M12 3v12M7 8l5-5 5 5M5 12v8h14v-8"'
                f' fill="none" stroke="#0a84ff" stroke-width="1.8"/></svg><svg width="22" height="22" '
                f'viewBox="0 0 24 24"><path d="M3 5c3-1 6-1 9 1 3-2 6-2 9-1v14c-3-1-6-1-9 1-3-2-6-2-9-1z" '
                f'fill="none" stroke="#0a84ff" stroke-width="1.7"/></svg><svg width="22" height="22" '
                f'viewBox="0 0 24 24"><rect x="3" y="7" width="13" height="13" rx="2" fill="none" '
                f'stroke="#0a84ff" stroke-width="1.7"/><path d="M8 4h11a2 2 0 0 1 2 2v11" fill="none" '
                f'stroke="#0a84ff" stroke-width="1.7"/></svg></div></div>{_home_indicator(fg, bar_bg)}'
            )
        elif mode == "safari_top":
            top = (
                f'<div style="background:{bar_bg};flex:none;border-bottom:1px solid {p.border}">'
                f'{_ios_status(c, fg, bar_bg)}<div style="padding:6px 12px 10px"><div style="height:36px;'
                f"border-radius:10px;background:{'#3a3a3c' if dark else '#e4e4e8'};display:flex;align-items:center;"
                f"justify-content:space-between;padding:0 12px;font:400 15px -apple-system,Inter,sans-serif;"
                f'color:{fg}"><span style="font-size:13px;font-weight:600">AA</span><span style="display:flex;'
                f'gap:5px;align-items:center">{_lock_icon(11, muted)}{_e(domain)}</span><span>&#8635;</span>'
                f"</div></div></div>"
            )
            bottom = _home_indicator(fg, p.bg)
        else:  # in-app auth sheet (ASWebAuthenticationSession / SFSafariViewController)
            top = (
                f'<div style="background:{bar_bg};flex:none;border-bottom:1px solid {p.border}">'
                f'{_ios_status(c, fg, bar_bg)}<div style="height:44px;display:flex;align-items:center;'
                f"justify-content:space-between;padding:0 16px;font:400 17px -apple-system,Inter,sans-serif;"
                f'color:#0a84ff"><span>{c.rng.choice(("Cancel", "Done", "Close"))}</span><span style="'
                f'display:flex;flex-direction:column;align-items:center;color:{fg}">'
                f'<span style="font-size:14px;font-weight:600">{_e(title)}</span><span style="font-size:11px;'
                f'color:{muted};display:flex;gap:3px;align-items:center">{_lock_icon(9, muted)}{_e(domain)}</span>'
                f'</span><span style="font-size:15px;font-weight:600">AA</span></div></div>'
            )
            bottom = _home_indicator(fg, p.bg)
    else:
        gesture = c.rng.random() < 0.6
        nav = _android_nav(fg, p.bg if mode != "chrome" else bar_bg, gesture)
        toolbar_bg = "#303134" if dark else "#ffffff"
        if mode == "chrome":
            top = (
                f'<div style="background:{toolbar_bg};flex:none;border-bottom:1px solid {p.border}">'
                f'{_android_status(c, fg, toolbar_bg)}<div style="height:56px;display:flex;align-items:center;'
                f'gap:10px;padding:0 10px"><svg width="22" height="22" viewBox="0 0 24 24"><path d="M4 11l8-7 '
                f'8 7v9h-5v-6H9v6H4z" fill="none" stroke="{muted}" stroke-width="1.8"/></svg>'
                f'<div style="flex:1;min-width:0;height:40px;border-radius:20px;background:'
                f"{'#202124' if dark else '#f1f3f4'};display:flex;align-items:center;gap:8px;padding:0 12px;"
                f'font:400 15px Roboto,sans-serif;color:{fg}">{_lock_icon(13, muted)}<span style="'
                f'overflow:hidden;white-space:nowrap;text-overflow:ellipsis">{_e(_short_url(url))}</span></div>'
                f'<span style="width:20px;height:20px;border:2px solid {muted};border-radius:4px;font:600 11px '
                f"Roboto,sans-serif;display:flex;align-items:center;justify-content:center;color:{muted};"
                f'box-sizing:border-box">{c.rng.randint(1, 9)}</span><span style="font:700 20px Roboto,'
                f'sans-serif;color:{muted}">&#8942;</span></div></div>'
            )
        else:  # Chrome Custom Tab opened by the app
            top = (
                f'<div style="background:{toolbar_bg};flex:none;border-bottom:1px solid {p.border}">'
                f'{_android_status(c, fg, toolbar_bg)}<div style="height:56px;display:flex;align-items:center;'
                f'gap:14px;padding:0 14px">{_close_icon(22, fg)}<div style="flex:1;min-width:0;'
                f'font:500 16px Roboto,sans-serif;color:{fg}"><div>{_e(title)}</div><div style="display:flex;'
                f'gap:4px;align-items:center;font-size:12px;color:{muted}">{_lock_icon(10, muted)}'
                f'<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">{_e(domain)}</span>'
                f'</div></div><span style="font:700 20px Roboto,sans-serif;color:{muted}">&#8942;</span>'
                f"</div></div>"
            )
        bottom = nav
    return (
        f'<div style="display:flex;flex-direction:column;width:100%;height:100%">{top}'
        f'<div style="flex:1;min-height:0;overflow:hidden;position:relative;background:{p.bg}">{page}</div>'
        f"{bottom}</div>"
    )


def _tablet_frame(c: _Ctx, page: str, domain: str) -> str:
    dark = c.dark
    bar_bg = "#1c1c1e" if dark else "#f6f6f6"
    fg = "#ffffff" if dark else "#000000"
    status = (
        f'<div style="height:24px;display:flex;justify-content:space-between;align-items:center;padding:0 20px;'
        f'font:600 13px -apple-system,Inter,sans-serif;color:{fg}"><span>9:41 Mon Jun 3</span><span>100%</span></div>'
    )
    bar = (
        f'<div style="height:46px;display:flex;align-items:center;gap:18px;padding:0 18px">'
        f'{_chevron(22, "#0a84ff")}{_chevron(22, "#8e8e93", "right")}<div style="flex:1;display:flex;'
        f'justify-content:center"><div style="width:55%;height:34px;border-radius:10px;background:'
        f"{'#3a3a3c' if dark else '#e4e4e8'};display:flex;align-items:center;justify-content:center;gap:6px;"
        f'font:400 15px -apple-system,Inter,sans-serif;color:{fg}">{_lock_icon(11, "#8e8e93")}{_e(domain)}</div>'
        f'</div><span style="color:#0a84ff;font:22px sans-serif">+</span></div>'
    )
    return (
        f'<div style="display:flex;flex-direction:column;width:100%;height:100%"><div style="background:{bar_bg};'
        f'flex:none;border-bottom:1px solid {c.pal.border}">{status}{bar}</div><div style="flex:1;min-height:0;'
        f'overflow:hidden;background:{c.pal.bg}">{page}</div></div>'
    )


def _desktop_window(c: _Ctx, page: str, url: str, tab_title: str, *, show_full_url: bool) -> str:
    """A Chrome-like desktop window: tab strip (macOS or Windows buttons) and the omnibox."""
    dark = c.dark
    strip = "#202124" if dark else "#dee1e6"
    toolbar = "#35363a" if dark else "#ffffff"
    omni = "#202124" if dark else "#f1f3f4"
    fg = "#e8eaed" if dark else "#202124"
    muted = "#9aa0a6" if dark else "#5f6368"
    mac = c.rng.random() < 0.6
    lights = (
        '<div style="display:flex;gap:8px;padding:0 14px 0 12px">'
        + "".join(
            f'<span style="width:12px;height:12px;border-radius:50%;background:{col}"></span>'
            for col in ("#ff5f57", "#febc2e", "#28c840")
        )
        + "</div>"
        if mac
        else '<div style="width:10px"></div>'
    )
    win_btns = (
        ""
        if mac
        else f'<div style="margin-left:auto;display:flex;gap:26px;padding:0 16px;color:{fg};font:14px sans-serif">'
        "<span>&#8212;</span><span>&#9744;</span><span>&#10005;</span></div>"
    )
    other_tab = ""
    if c.rng.random() < 0.6:
        other_tab = (
            f'<div style="height:30px;display:flex;align-items:center;gap:8px;padding:0 12px;width:180px;'
            f'color:{muted};font:400 12px {c.font},sans-serif"><span style="width:14px;height:14px;'
            f'border-radius:3px;background:{c.app_color}"></span><span style="overflow:hidden;white-space:nowrap;'
            f'text-overflow:ellipsis">{_e(c.app)}</span></div>'
        )
    shown = url if show_full_url else _short_url(url).split("?")[0]
    return (
        f'<div style="display:flex;flex-direction:column;width:100%;height:100%;background:{strip}">'
        f'<div style="height:40px;display:flex;align-items:flex-end;flex:none">'
        f'<div style="height:40px;display:flex;align-items:center">{lights}</div>{other_tab}'
        f'<div style="height:32px;display:flex;align-items:center;gap:8px;padding:0 12px;width:220px;'
        f"background:{toolbar};border-radius:8px 8px 0 0;color:{fg};font:400 12px {c.font},sans-serif;"
        f'box-sizing:border-box">{tiktok_note_svg(14, "#fff" if dark else "#000")}<span style="overflow:hidden;'
        f'white-space:nowrap;text-overflow:ellipsis;flex:1">{_e(tab_title)}</span>{_close_icon(10, muted)}</div>'
        f'<span style="color:{muted};font:18px sans-serif;padding:0 10px 6px">+</span>{win_btns}</div>'
        f'<div style="height:40px;background:{toolbar};display:flex;align-items:center;gap:14px;padding:0 12px;'
        f'flex:none;border-bottom:1px solid {"#4a4a4e" if dark else "#dadce0"}">{_chevron(16, muted)}'
        f'{_chevron(16, muted, "right")}<span style="color:{muted};font:16px sans-serif">&#8635;</span>'
        f'<div style="flex:1;min-width:0;height:28px;border-radius:14px;background:{omni};display:flex;'
        f'align-items:center;gap:8px;padding:0 12px;font:400 13px {c.font},sans-serif;color:{fg}">'
        f'{_lock_icon(12, muted)}<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">'
        f'{_e(shown)}</span></div><span style="width:22px;height:22px;border-radius:50%;background:'
        f'{c.app_color}"></span><span style="color:{muted};font:700 16px sans-serif">&#8942;</span></div>'
        f'<div style="flex:1;min-height:0;overflow:hidden;position:relative;background:{c.pal.bg}">{page}</div></div>'
    )


def _desktop_popup(c: _Ctx, page: str, url: str, w: int, h: int, title: str) -> str:
    """The OAuth popup window over the app's own (dimmed) page."""
    dark = c.dark
    app_bg = "#15171c" if dark else "#f4f5f7"
    block = "#23262d" if dark else "#e4e6ea"
    fg = "#e8eaed" if dark else "#202124"
    muted = "#9aa0a6" if dark else "#5f6368"
    blocks = "".join(
        f'<div style="height:{c.rng.randint(60, 160)}px;border-radius:12px;background:{block};margin-bottom:18px">'
        "</div>"
        for _ in range(4)
    )
    app_page = (
        f'<div style="position:absolute;inset:0;background:{app_bg}"><div style="height:60px;display:flex;'
        f"align-items:center;gap:12px;padding:0 28px;background:{'#1b1e24' if dark else '#fff'};"
        f'border-bottom:1px solid {block}">{_app_icon(c.rng, c.app, c.app_color, 30)}<b style="font:700 17px '
        f'{c.font},sans-serif;color:{fg}">{_e(c.app)}</b></div><div style="padding:30px 15%">{blocks}</div>'
        f'<div style="position:absolute;inset:0;background:rgba(0,0,0,.45)"></div></div>'
    )
    window = (
        f'<div style="position:absolute;left:50%;top:50%;width:{w}px;height:{h}px;margin:-{h // 2}px 0 0 '
        f"-{w // 2}px;border-radius:10px;overflow:hidden;box-shadow:0 20px 60px rgba(0,0,0,.5);display:flex;"
        f'flex-direction:column;background:{c.pal.bg}"><div style="height:30px;flex:none;display:flex;'
        f"align-items:center;gap:8px;padding:0 10px;background:{'#35363a' if dark else '#eceef1'};"
        f'font:400 12px {c.font},sans-serif;color:{fg}">{tiktok_note_svg(12, "#fff" if dark else "#000")}'
        f'<span>{_e(title)}</span></div><div style="height:28px;flex:none;display:flex;align-items:center;'
        f"gap:6px;padding:0 10px;background:{'#202124' if dark else '#fff'};font:400 12px {c.font},sans-serif;"
        f'color:{muted};border-bottom:1px solid {c.pal.border}">{_lock_icon(10, muted)}<span style="'
        f'overflow:hidden;white-space:nowrap;text-overflow:ellipsis">{_e(url)}</span></div>'
        f'<div style="flex:1;min-height:0;overflow:hidden;position:relative">{page}</div></div>'
    )
    return f'<div style="position:relative;width:100%;height:100%">{app_page}{window}</div>'


def _document(c: _Ctx, body: str, title: str) -> str:
    d = c.device
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
        f'<meta name="viewport" content="width={d.width}"><style>'
        f"html,body{{margin:0;padding:0;width:{d.width}px;height:{d.height}px;overflow:hidden;"
        f"background:{c.pal.bg};color:{c.pal.text};font-family:'{c.font}',sans-serif;"
        "-webkit-font-smoothing:antialiased}*{box-sizing:border-box}"
        "p{margin:0}</style></head>"
        f"<body>{body}</body></html>"
    )


def _choose_mode(rng: random.Random, device: Device) -> str:
    """Which chrome surrounds the page; 'bare' is a cropped page screenshot as designers often paste."""
    if device.platform == "ios":
        return rng.choice(("safari_bottom", "safari_bottom", "safari_top", "inapp", "bare"))
    if device.platform == "android":
        return rng.choice(("chrome", "chrome", "custom_tab", "bare"))
    if device.platform == "tablet":
        return rng.choice(("tablet", "tablet", "bare"))
    return rng.choice(("window", "window", "window", "popup", "bare"))


def _wrap(c: _Ctx, page: str, url: str, tab_title: str, popup_size: tuple[int, int] = (480, 660)) -> str:
    """Place a TikTok page inside the chrome chosen in c.mode."""
    rng = c.rng
    domain = rng.choice(("tiktok.com", "tiktok.com", "www.tiktok.com"))
    plat = c.device.platform
    mode = c.mode
    if mode == "bare":
        if c.phone:
            status = (
                _ios_status(c, "#fff" if c.dark else "#000", c.pal.bg)
                if plat == "ios"
                else _android_status(c, "#fff" if c.dark else "#000", c.pal.bg)
            )
            body = (
                f'<div style="display:flex;flex-direction:column;height:100%">{status}'
                f'<div style="flex:1;min-height:0;overflow:hidden;position:relative">{page}</div></div>'
            )
        else:
            body = f'<div style="position:relative;width:100%;height:100%;overflow:hidden">{page}</div>'
    elif c.phone:
        body = _phone_frame(c, page, url, domain=domain, title=tab_title.split(" | ")[0], mode=mode)
    elif mode == "tablet":
        body = _tablet_frame(c, page, domain)
    elif mode == "popup":
        w, h = popup_size
        body = _desktop_popup(c, page, url, w, min(h, c.device.height - 60), tab_title)
    else:
        body = _desktop_window(c, page, url, tab_title, show_full_url=rng.random() < 0.6)
    return _document(c, body, tab_title)


# ─── TikTok page pieces ─────────────────────────────────────────────────────────────────────
def _btn(c: _Ctx, label: str, *, primary: bool, h: int, radius: int, extra: str = "") -> str:
    if primary:
        colors = f"background:{c.red};color:#fff;border:none"
    else:
        colors = f"background:{c.pal.chip};color:{c.pal.text};border:1px solid {c.pal.border}"
    return (
        f'<div style="height:{h}px;border-radius:{radius}px;display:flex;align-items:center;'
        f'justify-content:center;font-weight:600;font-size:{15 if h >= 44 else 14}px;{colors};{extra}">'
        f"{_e(label)}</div>"
    )


def _page_header(c: _Ctx, *, close: bool) -> str:
    """TikTok's top bar: wordmark (desktop) or close / logo / help (phone)."""
    p = c.pal
    fg = "#fff" if c.dark else "#000"
    if c.phone:
        left = _close_icon(22, p.text) if close else _chevron(22, p.text)
        center = tiktok_note_svg(26, fg) if c.rng.random() < 0.5 else _tiktok_wordmark(18, fg)
        help_ = (
            f'<svg width="22" height="22" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" '
            f'stroke="{p.text}" stroke-width="1.8"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7"'
            f' fill="none" stroke="{p.text}" stroke-width="1.8"/><circle cx="12" cy="17" r="1" fill="{p.text}"/>'
            "</svg>"
        )
        return (
            f'<div style="height:52px;display:flex;align-items:center;justify-content:space-between;'
            f'padding:0 16px;flex:none">{left}{center}{help_}</div>'
        )
    if c.narrow:
        return (
            f'<div style="height:48px;display:flex;align-items:center;padding:0 18px;flex:none;'
            f'border-bottom:1px solid {p.border}">{_tiktok_wordmark(18, fg)}</div>'
        )
    return (
        f'<div style="height:64px;display:flex;align-items:center;justify-content:space-between;padding:0 24px;'
        f'flex:none;border-bottom:1px solid {p.border}">{_tiktok_wordmark(24, fg)}<span style="display:flex;'
        f'gap:6px;align-items:center;font-size:15px;font-weight:600;color:{p.text}">'
        f'<svg width="18" height="18" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" '
        f'stroke="{p.text}" stroke-width="1.8"/><path d="M12 11v6M12 7.5v.5" stroke="{p.text}" '
        f'stroke-width="2"/></svg>{_e(_w(c.rng, "help", c.split))}</span></div>'
    )


def _login_options(c: _Ctx, *, compact: bool) -> str:
    rng = c.rng
    p = c.pal
    fg = "#fff" if c.dark else "#000"
    opts: list[tuple[str, str]] = []
    if rng.random() < 0.85:
        opts.append((_qr_icon(20, p.text), _w(rng, "opt_qr", c.split)))
    opts.append((_person_icon(20, p.text), _w(rng, "opt_phone", c.split)))
    socials = [("Facebook", _fb_icon(20)), ("Google", _google_g(20)), ("Apple", _apple_icon(20, fg))]
    if rng.random() < 0.4:
        socials.append(("X", _x_icon(18, fg)))
    if rng.random() < 0.3:
        socials.insert(
            1, ("LINE", '<div style="width:20px;height:20px;border-radius:5px;background:#06C755">')
        )
        socials[1] = ("LINE", socials[1][1] + "</div>")
    k = len(socials) if not compact else min(len(socials), 3)
    fmt = rng.choice(_WORDING["opt_social"][c.split])
    for name, icon in socials[:k]:
        opts.append((icon, fmt.format(p=name)))
    h = 44 if compact else rng.choice((46, 48, 52))
    gap = 10 if compact else rng.choice((12, 14, 16))
    radius = rng.choice((4, 8, 8, 24))
    rows = "".join(
        f'<div style="height:{h}px;border:1px solid {p.border};border-radius:{radius}px;display:flex;'
        f"align-items:center;padding:0 14px;position:relative;font-weight:600;font-size:15px;color:{p.text};"
        f'background:{p.surface}"><span style="position:absolute;left:14px;display:flex">{icon}</span>'
        f'<span style="flex:1;text-align:center;padding:0 26px">{_e(label)}</span></div>'
        for icon, label in opts
    )
    return f'<div style="display:flex;flex-direction:column;gap:{gap}px">{rows}</div>'


def _terms(c: _Ctx, size: int) -> str:
    text = _e(_w(c.rng, "terms", c.split, country=c.rng.choice(_COUNTRIES)))
    for term in ("Terms of Service", "Privacy Policy"):
        text = text.replace(term, f'<b style="color:{c.pal.text}">{term}</b>', 1)
    return f'<p style="font-size:{size}px;line-height:1.5;color:{c.pal.muted};text-align:center">{text}</p>'


def _signup_footer(c: _Ctx) -> str:
    text = _w(c.rng, "signup", c.split)
    q, _, a = text.rpartition("? ")
    return (
        f'<div style="border-top:1px solid {c.pal.border};padding:18px 0;text-align:center;font-size:15px;'
        f'color:{c.pal.text};flex:none">{_e(q)}? <span style="color:{c.red};font-weight:600">{_e(a)}</span></div>'
    )


def _login_page(c: _Ctx) -> str:
    rng = c.rng
    p = c.pal
    layouts = ["options", "options", "form"]
    if not c.narrow:
        layouts.append("qr")
    if c.split == "holdout":
        layouts.append("form_social")  # a layout dev never shows
    layout = rng.choice(layouts)
    title = _w(rng, "login_title", c.split)
    subtitle = _w(rng, "login_subtitle", c.split, app=c.app) if rng.random() < 0.55 else ""
    title_size = rng.choice((26, 28, 32)) if not c.short else 24
    with_app = rng.random() < 0.35
    head = ""
    if with_app:
        head = (
            f'<div style="display:flex;justify-content:center;align-items:center;gap:12px;margin-bottom:18px">'
            f'{_app_icon(rng, c.app, c.app_color, 44)}<span style="color:{p.muted};letter-spacing:3px">'
            f"&#8226;&#8226;&#8226;</span>{_tiktok_tile(44)}</div>"
        )
    head += (
        f'<h1 style="margin:0 0 {8 if subtitle else 22}px;font-size:{title_size}px;font-weight:700;'
        f'text-align:center;color:{p.text}">{_e(title)}</h1>'
    )
    if subtitle:
        head += (
            f'<p style="margin:0 0 22px;text-align:center;font-size:15px;color:{p.muted};line-height:1.4">'
            f"{_e(subtitle)}</p>"
        )

    if layout == "options":
        body = _login_options(c, compact=c.short)
    elif layout == "qr":
        steps = "".join(
            f'<li style="margin-bottom:8px">{_e(s)}</li>' for s in _w(rng, "qr_steps", c.split).split("|")
        )
        body = (
            f'<div style="display:flex;gap:32px;align-items:center;justify-content:center">'
            f'<div style="padding:12px;border:1px solid {p.border};border-radius:8px;background:#fff">'
            f'{_qr_code(rng, 170, "#000", "#fff")}</div><ol style="margin:0;padding-left:18px;font-size:15px;'
            f'line-height:1.45;color:{p.text};max-width:250px">{steps}</ol></div><p style="margin-top:26px;'
            f'text-align:center;font-size:15px;font-weight:600;color:{p.text}">'
            f"{_e(_w(rng, 'opt_phone', c.split))}</p>"
        )
    else:
        tabs = rng.choice((("Phone", "Email / Username"), ("Phone", "Email or username")))
        field_bg = p.chip
        r = rng.choice((2, 4, 8))
        active = rng.randint(0, 1)
        tab_html = "".join(
            f'<span style="padding-bottom:8px;font-weight:600;font-size:15px;color:{p.text if i == active else p.muted};'
            f'{"border-bottom:2px solid " + p.text if i == active else ""}">{_e(t)}</span>'
            for i, t in enumerate(tabs)
        )
        first = (
            f'<div style="display:flex;align-items:center;height:46px;background:{field_bg};border-radius:{r}px;'
            f'border:1px solid {p.border};padding:0 12px;font-size:15px;color:{p.muted}">'
            + (
                f'<span style="color:{p.text};padding-right:10px;border-right:1px solid {p.border};'
                f'margin-right:10px">US +1 &#9662;</span>Phone number'
                if active == 0
                else "Email or username"
            )
            + "</div>"
        )
        second = (
            f'<div style="display:flex;align-items:center;justify-content:space-between;height:46px;'
            f"background:{field_bg};border-radius:{r}px;border:1px solid {p.border};padding:0 12px;font-size:15px;"
            f'color:{p.muted}"><span>{"Enter 6-digit code" if active == 0 else "Password"}</span>'
            + (f'<b style="color:{p.text};font-size:14px">Send code</b>' if active == 0 else "")
            + "</div>"
        )
        enabled = rng.random() < 0.5
        btn = _btn(
            c,
            rng.choice(("Log in", "Log in")) if c.split == "dev" else rng.choice(("Sign in", "Next")),
            primary=True,
            h=46,
            radius=r,
            extra="" if enabled else "opacity:.45",
        )
        body = (
            f'<div style="display:flex;gap:24px;margin-bottom:16px;border-bottom:1px solid {p.border}">'
            f'{tab_html}</div><div style="display:flex;flex-direction:column;gap:12px">{first}{second}'
            f'<span style="font-size:13px;color:{p.muted}">{_e(_w(rng, "form_forgot", c.split))}</span>'
            f"{btn}</div>"
        )
        if layout == "form_social":
            fg = "#fff" if c.dark else "#000"
            circle = (
                f"width:46px;height:46px;border-radius:50%;border:1px solid {p.border};display:flex;"
                "align-items:center;justify-content:center"
            )
            body += (
                f'<p style="text-align:center;color:{p.muted};font-size:13px;margin:20px 0 12px">'
                f'{_e(_w(rng, "form_or", c.split))}</p><div style="display:flex;justify-content:center;gap:18px">'
                f'<div style="{circle}">{_qr_icon(20, p.text)}</div><div style="{circle}">{_google_g(20)}</div>'
                f'<div style="{circle}">{_fb_icon(22)}</div><div style="{circle}">{_apple_icon(20, fg)}</div></div>'
            )

    terms = _terms(c, 12 if c.narrow else 13) if rng.random() < 0.85 else ""
    footer = _signup_footer(c) if rng.random() < 0.85 else ""
    if c.narrow:
        pad = 20 if c.short else rng.choice((20, 24, 28))
        return (
            f'<div style="display:flex;flex-direction:column;height:100%;background:{p.bg}">'
            f'{_page_header(c, close=rng.random() < 0.5)}<div style="flex:1;min-height:0;overflow:hidden;'
            f'padding:{8 if c.short and c.phone else 24}px {pad}px 0">{head}{body}<div style="margin-top:18px">{terms}'
            f"</div></div>{footer}</div>"
        )
    width = 560 if layout == "qr" else rng.choice((360, 380, 400, 420))
    card = rng.random() < 0.4
    box = (
        f"background:{p.surface};border-radius:12px;padding:36px 40px;box-shadow:0 4px 24px rgba(0,0,0,.08);"
        f"border:1px solid {p.border}"
        if card
        else "padding:8px 0"
    )
    lang = (
        f'<div style="display:flex;justify-content:space-between;padding:14px 32px;font-size:13px;color:{p.muted};'
        f'border-top:1px solid {p.border};flex:none"><span>English (US) &#9662;</span><span>© 2025 TikTok</span>'
        "</div>"
    )
    return (
        f'<div style="display:flex;flex-direction:column;height:100%;background:{p.backdrop if card else p.bg}">'
        f'{_page_header(c, close=False) if rng.random() < 0.8 else ""}<div style="flex:1;min-height:0;'
        f'overflow:hidden;display:flex;flex-direction:column;align-items:center;padding-top:{rng.choice((28, 40, 56))}px">'
        f'<div style="width:{width + (80 if card else 0)}px;{box}">{head}{body}<div style="margin-top:20px">{terms}</div>'
        f"</div></div>{footer if not card else ''}{lang if rng.random() < 0.6 else ''}</div>"
    )


def _scope_kind(scope: str) -> str:
    parts = scope.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in _SCOPE_DETAIL else "all"


def _scope_label(c: _Ctx, scope: str) -> str:
    if scope not in _SCOPE_TEXT:
        return scope
    official, reworded = _SCOPE_TEXT[scope]
    if c.split == "holdout" and c.rng.random() < 0.45:
        return reworded
    return official


def _permission_items(c: _Ctx, scopes: list[str]) -> list[tuple[str, str, str]]:
    """(icon kind, label, detail) per permission row, basic profile item first when shown."""
    rng = c.rng
    items: list[tuple[str, str, str]] = []
    if rng.random() < 0.6:
        items.append(("basic", _w(rng, "basic_item", c.split), ""))
    details = rng.random() < (0.25 if c.short else 0.45)
    for scope in scopes:
        kind = _scope_kind(scope)
        detail = _SCOPE_DETAIL[kind][c.split] if details else ""
        items.append((kind, _scope_label(c, scope), detail))
    return items


def _permission_list(c: _Ctx, scopes: list[str], style: str) -> str:
    p = c.pal
    items = _permission_items(c, scopes)
    size = 14 if c.short else c.rng.choice((14, 15, 16))
    gap = 10 if c.short else c.rng.choice((12, 14, 18))
    rows: list[str] = []
    for i, (kind, label, detail) in enumerate(items):
        if style == "check":
            mark = _check_icon(18, p.text)
        elif style == "icon":
            mark = (
                f'<span style="width:34px;height:34px;border-radius:50%;background:{p.chip};display:flex;'
                f'align-items:center;justify-content:center;flex:none">{_data_icon(kind, 18, p.text)}</span>'
            )
        elif style == "bullet":
            mark = (
                f'<span style="width:6px;height:6px;border-radius:50%;background:{p.text};margin:0 6px;'
                f'flex:none;align-self:flex-start;margin-top:{size // 2}px"></span>'
            )
        else:  # checkbox: the basic item is required (disabled), the others pre-ticked
            on = c.red if kind != "basic" else p.muted
            mark = (
                f'<span style="width:18px;height:18px;border-radius:4px;background:{on};display:flex;'
                f'align-items:center;justify-content:center;flex:none">{_check_icon(14, "#fff")}</span>'
            )
        sub = (
            f'<div style="font-size:{size - 2}px;color:{p.muted};margin-top:2px;line-height:1.35">{_e(detail)}</div>'
            if detail
            else ""
        )
        divider = f"border-top:1px solid {p.border};padding-top:{gap}px;" if style == "icon" and i else ""
        rows.append(
            f'<div style="display:flex;gap:12px;align-items:{"center" if style != "bullet" else "flex-start"};'
            f'{divider}"><span style="display:flex">{mark}</span><div style="font-size:{size}px;line-height:1.4;'
            f'color:{p.text}">{_e(label)}{sub}</div></div>'
        )
    return f'<div style="display:flex;flex-direction:column;gap:{gap}px">{"".join(rows)}</div>'


def _account_row(c: _Ctx, *, force_inline: bool = False) -> str:
    rng = c.rng
    p = c.pal
    name, handle = rng.choice(_USERS[c.split])
    switch = _w(rng, "switch", c.split)
    label = _w(rng, "account_label", c.split) if rng.random() < 0.4 else ""
    inline = force_inline or rng.random() < 0.6
    label_html = f'<div style="font-size:12px;color:{p.muted}">{_e(label)}</div>' if label else ""
    who = (
        f'<div style="flex:1;min-width:0">{label_html}<div style="font-weight:600;font-size:15px;color:{p.text}">'
        f"{_e(name)}</div>"
        f'<div style="font-size:13px;color:{p.muted}">@{_e(handle)}</div></div>'
    )
    if inline:
        link = f'<span style="font-size:13px;font-weight:600;color:{c.red};white-space:nowrap">{_e(switch)}</span>'
        return (
            f'<div style="display:flex;align-items:center;gap:12px;padding:12px 14px;border-radius:10px;'
            f'background:{p.chip}">{_avatar(rng, name, 40)}{who}{link}</div>'
        )
    return (
        f'<div style="display:flex;flex-direction:column;align-items:center;gap:6px">{_avatar(rng, name, 56)}'
        f'<div style="font-weight:600;font-size:15px;color:{p.text}">@{_e(handle)}</div><div style="font-size:13px;'
        f'color:{p.muted}">{_e(switch)}</div></div>'
    )


def _consent_page(c: _Ctx, scopes: list[str]) -> str:
    rng = c.rng
    p = c.pal
    layouts = ["stacked", "stacked", "left"]
    if not c.narrow:
        layouts.append("card")
    if c.split == "holdout":
        layouts.append("banner")  # a layout dev never shows
    layout = rng.choice(layouts)
    title = _w(rng, "consent_title", c.split, app=c.app)
    intro = _w(rng, "consent_intro", c.split, app=c.app)
    primary = _w(rng, "primary", c.split)
    secondary = _w(rng, "secondary", c.split)
    fine = _w(rng, "fineprint", c.split, app=c.app) if rng.random() < 0.75 else ""
    revoke = _w(rng, "revoke", c.split) if rng.random() < 0.7 else ""
    icon = 56 if c.short else rng.choice((56, 64, 72))
    connector = rng.choice(
        (
            f'<span style="color:{p.muted};letter-spacing:3px;font-size:14px">&#8226;&#8226;&#8226;</span>',
            f'<span style="color:{p.muted};font-size:20px">&#8644;</span>',
            f'<span style="width:40px;border-top:2px dashed {p.border}"></span>',
            "",
        )
    )
    tt_first = rng.random() < 0.3
    a_icon = _app_icon(rng, c.app, c.app_color, icon)
    t_icon = _tiktok_tile(icon)
    icons = (
        f'<div style="display:flex;align-items:center;justify-content:{"center" if layout != "left" else "flex-start"};'
        f'gap:{14 if connector else 10}px">{t_icon if tt_first else a_icon}{connector}'
        f"{a_icon if tt_first else t_icon}</div>"
    )
    if layout == "banner":
        icons = (
            f'<div style="background:linear-gradient(135deg,{c.app_color},{c.red});height:{icon + 40}px;'
            f'display:flex;align-items:center;justify-content:center;gap:0;margin:0 -24px">'
            f'<div style="border:3px solid {p.bg};border-radius:18px">{a_icon}</div>'
            f'<div style="border:3px solid {p.bg};border-radius:18px;margin-left:-12px">{t_icon}</div></div>'
        )
    title_size = 20 if c.short else rng.choice((20, 22, 24))
    align = "left" if layout == "left" else "center"
    head = (
        f'<div style="margin-bottom:{16 if c.short else 22}px">{icons}</div><h1 style="margin:0 0 '
        f"{14 if c.short else 20}px;font-size:{title_size}px;line-height:1.3;font-weight:700;text-align:{align};"
        f'color:{p.text}">{_e(title)}</h1>'
    )
    account = _account_row(c, force_inline=layout == "left") if rng.random() < 0.85 else ""
    style = rng.choice(("check", "check", "icon", "bullet") + (("checkbox",) if c.split == "holdout" else ()))
    perms = (
        f'<div style="margin-top:{14 if c.short else 20}px"><p style="font-size:15px;font-weight:600;'
        f'margin-bottom:12px;color:{p.text}">{_e(intro)}</p>{_permission_list(c, scopes, style)}</div>'
    )
    small = "".join(
        f'<p style="font-size:12px;line-height:1.45;color:{p.muted};text-align:{align};margin-top:8px">{_e(t)}</p>'
        for t in (fine, revoke)
        if t
    )
    radius = rng.choice((4, 8, 24))
    bh = 44 if c.short else rng.choice((44, 48))
    side_by_side = (not c.narrow and rng.random() < 0.6) or rng.random() < 0.2
    pbtn = _btn(c, primary, primary=True, h=bh, radius=radius, extra="flex:1" if side_by_side else "")
    sbtn = _btn(c, secondary, primary=False, h=bh, radius=radius, extra="flex:1" if side_by_side else "")
    if side_by_side:
        buttons = f'<div style="display:flex;gap:12px">{sbtn}{pbtn}</div>'
    else:
        buttons = f'<div style="display:flex;flex-direction:column;gap:10px">{pbtn}{sbtn}</div>'

    if c.narrow:
        pad = 20 if c.short else rng.choice((20, 24))
        sticky = rng.random() < 0.5
        top_header = _page_header(c, close=True) if rng.random() < 0.6 else '<div style="height:12px"></div>'
        if sticky:
            # Buttons pinned to the bottom of the web view, as TikTok's mobile page does.
            return (
                f'<div style="display:flex;flex-direction:column;height:100%;background:{p.bg}">{top_header}'
                f'<div style="flex:1;min-height:0;overflow:hidden;padding:{4 if c.short else 12}px {pad}px 0">'
                f'{head}{account}{perms}</div><div style="flex:none;padding:12px {pad}px 14px;'
                f'border-top:1px solid {p.border}">{buttons}{small}</div></div>'
            )
        return (
            f'<div style="display:flex;flex-direction:column;height:100%;background:{p.bg}">{top_header}'
            f'<div style="flex:1;min-height:0;overflow:hidden;padding:{4 if c.short else 12}px {pad}px 0">'
            f'{head}{account}{perms}<div style="margin-top:{18 if c.short else 26}px">{buttons}</div>{small}'
            f"</div></div>"
        )
    width = rng.choice((400, 420, 460, 480))
    card = layout == "card" or rng.random() < 0.4
    box = (
        f"background:{p.surface};border-radius:{rng.choice((8, 12, 16))}px;padding:32px 36px;"
        f"box-shadow:0 4px 24px rgba(0,0,0,.08);border:1px solid {p.border}"
        if card
        else "padding:0"
    )
    return (
        f'<div style="display:flex;flex-direction:column;height:100%;background:{p.backdrop if card else p.bg}">'
        f'{_page_header(c, close=False) if rng.random() < 0.75 else ""}<div style="flex:1;min-height:0;'
        f'overflow:hidden;display:flex;justify-content:center;padding-top:{rng.choice((24, 32, 48))}px">'
        f'<div style="width:{width + (72 if card else 0)}px;{box};align-self:flex-start">{head}{account}{perms}'
        f'<div style="margin-top:26px">{buttons}</div>{small}</div></div></div>'
    )


def render_authorize(
    rng: random.Random,
    *,
    state: Literal["login", "consent"],
    app_name: str,
    app_color: str,
    scopes: list[str],
    device: Device,
    theme: Literal["light", "dark"],
    split: Split,
) -> str:
    """A full HTML document of TikTok's authorization page."""
    c = _ctx(rng, split, device, theme, app_name, app_color)
    c.mode = _choose_mode(rng, device)
    url = _authorize_url(rng, app_name, scopes)
    if state == "login":
        page = _login_page(c)
        tab = rng.choice(("Log in | TikTok", "TikTok", "Log in | TikTok"))
    else:
        page = _consent_page(c, scopes)
        tab = rng.choice(("Authorize | TikTok", "TikTok", "TikTok Login Kit"))
    return _wrap(c, page, url, tab, popup_size=(500, 700))


# ─── look-alikes ────────────────────────────────────────────────────────────────────────────
LOOKALIKE_KINDS: tuple[str, ...] = (
    "google_consent",
    "google_choose_account",
    "github_oauth",
    "instagram_consent",
    "youtube_consent",
    "spotify_consent",
    "app_signin_tiktok_style",
    "app_login_social",
    "app_connect_tiktok",
    "tiktok_feed",
    "tiktok_profile",
    "tiktok_studio",
    "tiktok_dev_portal",
)


def _generic_wrap(c: _Ctx, page: str, url: str, tab_title: str, favicon: str) -> str:
    """Chrome for non-TikTok pages: same devices and browsers, other addresses and tab icons."""
    rng = c.rng
    domain = url.split("://", 1)[-1].split("/")[0]
    if c.phone:
        mode = rng.choice(
            ("safari_bottom", "inapp", "bare")
            if c.device.platform == "ios"
            else ("chrome", "custom_tab", "bare")
        )
        if mode == "bare":
            status = (
                _ios_status(c, "#fff" if c.dark else "#000", c.pal.bg)
                if c.device.platform == "ios"
                else _android_status(c, "#fff" if c.dark else "#000", c.pal.bg)
            )
            body = (
                f'<div style="display:flex;flex-direction:column;height:100%">{status}'
                f'<div style="flex:1;min-height:0;overflow:hidden;position:relative">{page}</div></div>'
            )
        else:
            body = _phone_frame(c, page, url, domain=domain, title=tab_title, mode=mode)
    elif c.device.platform == "tablet":
        body = _tablet_frame(c, page, domain)
    elif rng.random() < 0.75:
        body = _desktop_window(c, page, url, tab_title, show_full_url=rng.random() < 0.5)
        # The generic window draws TikTok's note as the tab icon; swap in this site's own.
        note = tiktok_note_svg(14, "#fff" if c.dark else "#000")
        body = body.replace(note, favicon, 1)
    else:
        body = f'<div style="position:relative;width:100%;height:100%;overflow:hidden">{page}</div>'
    return _document(c, body, tab_title)


def _provider_consent(
    c: _Ctx,
    *,
    logo: str,
    heading: str,
    sub: str,
    items: list[str],
    primary: tuple[str, str, str, str],
    secondary: str,
    small: str,
    card: bool,
) -> str:
    """A neutral OAuth consent layout that other providers' pages are built from."""
    p = c.pal
    bg, fg, radius, label = primary  # button colours, corner radius, label
    rows = "".join(
        f'<div style="display:flex;gap:12px;align-items:center;padding:10px 0;border-bottom:1px solid {p.border};'
        f'font-size:14px;color:{p.text}">{_check_icon(18, p.muted)}<span>{_e(it)}</span></div>'
        for it in items
    )
    inner = (
        f'<div style="margin-bottom:20px">{logo}</div><h1 style="font-size:{22 if c.phone else 24}px;margin:0 0 8px;'
        f'font-weight:500;color:{p.text};line-height:1.3">{heading}</h1><p style="font-size:14px;color:{p.muted};'
        f'margin-bottom:18px;line-height:1.5">{sub}</p>{rows}<p style="font-size:12px;color:{p.muted};'
        f'margin-top:16px;line-height:1.5">{small}</p><div style="display:flex;justify-content:flex-end;gap:12px;'
        f'margin-top:22px"><div style="padding:10px 22px;border-radius:{radius}px;color:{p.text};font-size:14px;'
        f'font-weight:600;border:1px solid {p.border}">{_e(secondary)}</div><div style="padding:10px 24px;'
        f'border-radius:{radius}px;background:{bg};color:{fg};font-size:14px;font-weight:600">'
        f"{_e(label)}</div></div>"
    )
    if c.phone:
        return f'<div style="padding:24px 22px;height:100%;background:{p.bg}">{inner}</div>'
    box = (
        f"width:450px;border:1px solid {p.border};border-radius:8px;padding:40px;background:{p.surface}"
        if card
        else "width:450px;padding:20px 0"
    )
    return (
        f'<div style="height:100%;display:flex;justify-content:center;align-items:flex-start;padding-top:60px;'
        f'background:{p.backdrop if card else p.bg}"><div style="{box}">{inner}</div></div>'
    )


def _scope_words(rng: random.Random) -> str:
    return rng.choice(("your watch history", "your TikTok videos", "your data", "your profile and posts"))


def _lookalike_google(c: _Ctx, choose: bool) -> tuple[str, str]:
    rng = c.rng
    p = c.pal
    _, handle = rng.choice(_USERS[c.split])
    email = f"{handle.replace('.', '').replace('_', '')}@gmail.com"
    logo = (
        f'<div style="display:flex;align-items:center;gap:8px">{_google_g(22)}<span style="font-size:14px;'
        f'color:{p.muted}">Sign in with Google</span></div>'
    )
    if choose:
        accounts = "".join(
            f'<div style="display:flex;gap:12px;align-items:center;padding:12px 0;border-bottom:1px solid '
            f'{p.border}">{_avatar(rng, n, 32)}<div><div style="font-size:14px;color:{p.text};font-weight:500">'
            f'{_e(n)}</div><div style="font-size:12px;color:{p.muted}">{_e(h.replace(".", ""))}@gmail.com</div>'
            f"</div></div>"
            for n, h in rng.sample(_USERS[c.split], 2)
        )
        accounts += (
            f'<div style="display:flex;gap:12px;align-items:center;padding:12px 0;font-size:14px;color:{p.text}">'
            f"{_person_icon(22, p.muted)}Use another account</div>"
        )
        inner = (
            f'<div style="margin-bottom:20px">{logo}</div><h1 style="font-size:24px;font-weight:400;margin:0 0 6px;'
            f'color:{p.text}">Choose an account</h1><p style="font-size:15px;color:{p.text};margin-bottom:18px">'
            f'to continue to <span style="color:#1a73e8">{_e(c.app)}</span></p>{accounts}<p style="font-size:12px;'
            f'color:{p.muted};margin-top:18px;line-height:1.5">To continue, Google will share your name, email '
            f"address, language preference, and profile picture with {_e(c.app)}. Before using this app, you can "
            f"review {_e(c.app)}'s privacy policy and terms of service.</p>"
        )
        page = (
            f'<div style="padding:24px 22px;background:{p.bg};height:100%">{inner}</div>'
            if c.phone
            else f'<div style="height:100%;display:flex;justify-content:center;padding-top:60px;background:'
            f'{p.backdrop}"><div style="width:450px;border:1px solid {p.border};border-radius:8px;padding:40px;'
            f'background:{p.surface};align-self:flex-start">{inner}</div></div>'
        )
    else:
        items = rng.sample(
            [
                "See, edit, create, and delete all your Google Drive files",
                "View your Google Contacts",
                "See your primary Google Account email address",
                "View and download your Google Photos library",
                "See your personal info, including any personal info you've made publicly available",
            ],
            3,
        )
        page = _provider_consent(
            c,
            logo=logo,
            heading=f"{_e(c.app)} wants access to your Google Account",
            sub=f"{_e(email)}",
            items=items,
            primary=("#1a73e8", "#fff", "20", "Continue"),
            secondary="Cancel",
            small=f"Make sure you trust {_e(c.app)}. You may be sharing sensitive info with this site or app. "
            "You can always see or remove access in your Google Account.",
            card=rng.random() < 0.7,
        )
    url = "https://accounts.google.com/o/oauth2/v2/auth/oauthchooseaccount?client_id=1234-abc.apps.googleusercontent.com"
    return _generic_wrap(c, page, url, "Sign in - Google Accounts", _google_g(14)), "other"


def _lookalike_github(c: _Ctx) -> tuple[str, str]:
    rng = c.rng
    p = c.pal
    fg = "#fff" if c.dark else "#1f2328"
    _, handle = rng.choice(_USERS[c.split])
    icons = (
        f'<div style="display:flex;justify-content:center;align-items:center;gap:18px;margin-bottom:18px">'
        f'{_app_icon(rng, c.app, c.app_color, 64)}<span style="color:{p.muted}">&#8226;&#8226;&#8226;</span>'
        f'<svg width="64" height="64" viewBox="-0.5 -0.5 25 25"><path d="{_GITHUB_PATH}" fill="{fg}"/></svg></div>'
    )
    perms = "".join(
        f'<div style="display:flex;gap:12px;padding:12px 0;border-top:1px solid {p.border}">'
        f'{_data_icon(k, 20, p.muted)}<div><b style="font-size:14px;color:{p.text}">{_e(t)}</b><div '
        f'style="font-size:12px;color:{p.muted}">{_e(d)}</div></div></div>'
        for k, t, d in (
            ("basic", "Personal user data", "Email addresses (read-only)"),
            ("all", "Repositories", "Public and private"),
        )[: rng.randint(1, 2)]
    )
    inner = (
        f'{icons}<h1 style="text-align:center;font-size:24px;font-weight:300;margin:0 0 16px;color:{p.text}">'
        f'Authorize {_e(c.app)}</h1><div style="border:1px solid {p.border};border-radius:6px;padding:16px;'
        f'background:{p.surface}"><p style="font-size:14px;color:{p.text};margin-bottom:10px"><b>{_e(c.app)}</b>'
        f" by <b>{_e(_slug(c.app))}-dev</b> wants to access your <b>{_e(handle)}</b> account</p>{perms}"
        f'<div style="margin-top:16px;display:flex;gap:10px"><div style="flex:1;height:34px;border:1px solid '
        f"{p.border};border-radius:6px;display:flex;align-items:center;justify-content:center;font-size:14px;"
        f'color:{p.text};font-weight:600">Cancel</div><div style="flex:1;height:34px;border-radius:6px;'
        f"background:#1f883d;color:#fff;display:flex;align-items:center;justify-content:center;font-size:14px;"
        f'font-weight:600">Authorize {_e(_slug(c.app))}</div></div><p style="font-size:12px;color:{p.muted};'
        f'text-align:center;margin-top:12px">Authorizing will redirect to https://{_slug(c.app)}.com</p></div>'
    )
    page = (
        f'<div style="height:100%;display:flex;justify-content:center;padding:{24 if c.phone else 48}px 16px;'
        f'background:{p.backdrop}"><div style="width:{"100%" if c.phone else "440px"}">{inner}</div></div>'
    )
    url = f"https://github.com/login/oauth/authorize?client_id=Iv1.{_client_key(rng)[:12]}&scope=read:user"
    fav = (
        f'<svg width="14" height="14" viewBox="-0.5 -0.5 25 25"><path d="{_GITHUB_PATH}" fill="{fg}"/></svg>'
    )
    return _generic_wrap(c, page, url, f"Authorize application {c.app}", fav), "other"


def _lookalike_social_consent(c: _Ctx, brand: str) -> tuple[str, str]:
    rng = c.rng
    p = c.pal
    name, handle = rng.choice(_USERS[c.split])
    if brand == "instagram":
        mark = (
            '<div style="width:40px;height:40px;border-radius:11px;background:linear-gradient(45deg,#feda75,'
            '#fa7e1e,#d62976,#962fbf,#4f5bd5);display:flex;align-items:center;justify-content:center">'
            '<div style="width:20px;height:20px;border:2.5px solid #fff;border-radius:7px;display:flex;'
            'align-items:center;justify-content:center"><div style="width:8px;height:8px;border:2.5px solid #fff;'
            'border-radius:50%"></div></div></div>'
        )
        logo = f'<div style="display:flex;align-items:center;gap:10px">{mark}<b style="font-size:22px">Instagram</b></div>'
        items = ["Your profile info (username, account type)", "Your photos and videos", "Media insights"]
        btn = ("#0095f6", "#fff", "8", rng.choice(("Allow", "Authorize")))
        url = "https://www.instagram.com/oauth/authorize?client_id=987654321&scope=instagram_business_basic"
        heading = f"{_e(c.app)} would like to access your Instagram account"
        fav = mark.replace("40px", "14px").replace("20px", "7px").replace("8px", "3px")
    elif brand == "youtube":
        mark = (
            '<div style="width:44px;height:31px;border-radius:8px;background:#ff0000;display:flex;'
            'align-items:center;justify-content:center"><div style="width:0;height:0;border-left:13px solid #fff;'
            'border-top:8px solid transparent;border-bottom:8px solid transparent;margin-left:3px"></div></div>'
        )
        logo = (
            f'<div style="display:flex;align-items:center;gap:6px">{mark}<b style="font-size:22px;'
            f'letter-spacing:-1px">YouTube</b></div>'
        )
        items = ["View your YouTube account", "View your YouTube watch history", "Manage your YouTube videos"]
        btn = ("#065fd4", "#fff", "18", "Allow")
        url = (
            "https://accounts.google.com/o/oauth2/auth?scope=https://www.googleapis.com/auth/youtube.readonly"
        )
        heading = f"{_e(c.app)} wants to access your YouTube channel"
        fav = '<div style="width:14px;height:10px;border-radius:3px;background:#ff0000"></div>'
    else:
        mark = (
            '<svg width="40" height="40" viewBox="0 0 24 24"><circle cx="12" cy="12" r="12" fill="#1ED760"/>'
            '<path d="M6 9c4-1.3 8.5-1 12 1M6.8 12.3c3.3-1 7-.7 9.8.9M7.5 15.3c2.7-.7 5.5-.5 7.8.8" '
            'stroke="#000" stroke-width="1.6" fill="none" stroke-linecap="round"/></svg>'
        )
        logo = f'<div style="display:flex;align-items:center;gap:8px">{mark}<b style="font-size:24px">Spotify</b></div>'
        items = [
            "View your Spotify account data",
            "View your activity on Spotify",
            "Your recently played content",
            "Your top artists and content",
        ]
        btn = ("#1ED760", "#000", "24", "Agree")
        url = "https://accounts.spotify.com/en/authorize?client_id=5fe01282e44241328a84e7c5cc169165&response_type=code"
        heading = f"Connect {_e(c.app)} to your Spotify account"
        fav = mark.replace('width="40" height="40"', 'width="14" height="14"')
    page = _provider_consent(
        c,
        logo=logo,
        heading=heading,
        sub=f"Logged in as <b>{_e(name if brand == 'youtube' else handle)}</b>. "
        f'<span style="color:{p.muted}">Not you?</span>',
        items=rng.sample(items, min(len(items), rng.randint(2, 4))),
        primary=btn,
        secondary=rng.choice(("Cancel", "Deny", "Not now")),
        small=f"You can remove this access at any time in your {brand.title()} account settings. For more "
        f"information about how {_e(c.app)} can use your personal data, see its privacy policy.",
        card=rng.random() < 0.6,
    )
    return _generic_wrap(c, page, url, f"{brand.title()} - Authorize", fav), "other"


def _fake_note(c: _Ctx, size: int) -> str:
    """A note-like mark in the app's colours: close enough to TikTok's to confuse a logo matcher."""
    d = _NOTE_PATH
    return (
        f'<svg width="{size}" height="{size}" viewBox="-1 -1 26 26"><path d="{d}" fill="{c.app_color}" '
        f'transform="translate(-1,-0.5) rotate(8 12 12)"/><path d="{d}" fill="#fff" transform="rotate(8 12 12)"/></svg>'
    )


def _lookalike_app_signin(c: _Ctx, tiktok_style: bool) -> tuple[str, str]:
    """The app's own sign-in page. TikTok-styled variant: dark, note-like logo, red button."""
    rng = c.rng
    if tiktok_style:
        c.dark = True
        c.pal = _Palette("#000000", "#121212", "#ffffff", "#9a9a9f", "#2a2a2a", "#1e1e1e", "#000000")
    p = c.pal
    accent = TIKTOK_RED if tiktok_style else c.app_color
    logo = (
        f'<div style="display:flex;align-items:center;gap:10px;justify-content:center">'
        f"{_fake_note(c, 40) if tiktok_style else _app_icon(rng, c.app, c.app_color, 40)}"
        f'<b style="font-size:26px;color:{p.text}">{_e(c.app)}</b></div>'
    )
    title = rng.choice(("Log in", f"Log in to {c.app}", "Welcome back", f"Sign in to {c.app}"))
    field = (
        f"height:48px;border-radius:8px;border:1px solid {p.border};background:{p.chip};display:flex;"
        f"align-items:center;padding:0 14px;font-size:15px;color:{p.muted}"
    )
    socials = ""
    if rng.random() < 0.6:
        socials = (
            f'<p style="text-align:center;color:{p.muted};font-size:13px;margin:18px 0 12px">or</p>'
            f'<div style="{field};justify-content:center;gap:10px;color:{p.text};font-weight:600;background:'
            f'transparent">{_google_g(18)}Continue with Google</div><div style="{field};justify-content:center;'
            f'gap:10px;color:{p.text};font-weight:600;margin-top:10px;background:transparent">'
            f"{_apple_icon(18, p.text)}Continue with Apple</div>"
        )
    inner = (
        f'{logo}<h1 style="text-align:center;font-size:24px;margin:28px 0 20px;color:{p.text}">{_e(title)}</h1>'
        f'<div style="display:flex;flex-direction:column;gap:12px"><div style="{field}">Email</div>'
        f'<div style="{field}">Password</div><div style="height:48px;border-radius:8px;background:{accent};'
        f'color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:16px">'
        f'{_e(rng.choice(("Log in", "Sign in", "Continue")))}</div></div>{socials}<p style="text-align:center;'
        f'font-size:14px;color:{p.muted};margin-top:22px">Don\'t have an account? <b style="color:{accent}">'
        f"Sign up</b></p>"
    )
    page = (
        f'<div style="height:100%;display:flex;justify-content:center;padding:{40 if c.phone else 80}px 24px 0;'
        f'background:{p.bg}"><div style="width:{"100%" if c.phone else "380px"}">{inner}</div></div>'
    )
    url = f"https://{_slug(c.app)}.com/login"
    fav = f'<span style="width:14px;height:14px;border-radius:3px;background:{c.app_color}"></span>'
    return _generic_wrap(c, page, url, f"Log in | {c.app}", fav), "other"


def _tiktok_button(c: _Ctx, label: str, h: int) -> str:
    return (
        f'<div style="height:{h}px;border-radius:8px;background:#000;color:#fff;display:flex;align-items:center;'
        f'justify-content:center;gap:10px;font-weight:600;font-size:15px;border:1px solid #333">'
        f"{tiktok_note_svg(20, '#fff')}{_e(label)}</div>"
    )


def _lookalike_app_login_social(c: _Ctx) -> tuple[str, str]:
    """The app's login with 'Continue with TikTok' among other identity providers: not a connect step."""
    rng = c.rng
    p = c.pal
    field = (
        f"height:46px;border-radius:8px;border:1px solid {p.border};display:flex;align-items:center;"
        f"padding:0 14px;font-size:15px;color:{p.muted}"
    )
    outline = f"{field};justify-content:center;gap:10px;color:{p.text};font-weight:600"
    inner = (
        f'<div style="display:flex;justify-content:center">{_app_icon(rng, c.app, c.app_color, 52)}</div>'
        f'<h1 style="text-align:center;font-size:24px;margin:18px 0 6px;color:{p.text}">'
        f'{_e(rng.choice(("Log in", "Welcome back", f"Sign in to {c.app}")))}</h1><p style="text-align:center;'
        f'font-size:14px;color:{p.muted};margin-bottom:22px">'
        f"{_e(rng.choice(('Good to see you again.', f'Use your {c.app} account or a social login.')))}</p>"
        f'<div style="display:flex;flex-direction:column;gap:10px">{_tiktok_button(c, "Continue with TikTok", 46)}'
        f'<div style="{outline}">{_google_g(18)}Continue with Google</div><div style="{outline}">'
        f'{_apple_icon(18, p.text)}Continue with Apple</div></div><p style="text-align:center;color:{p.muted};'
        f'font-size:13px;margin:16px 0">or</p><div style="display:flex;flex-direction:column;gap:10px">'
        f'<div style="{field}">Email address</div><div style="{field}">Password</div><div style="height:46px;'
        f"border-radius:8px;background:{c.app_color};color:#fff;font-weight:700;display:flex;align-items:center;"
        f'justify-content:center">Log in</div></div><p style="text-align:center;font-size:13px;color:{p.muted};'
        f'margin-top:18px">Forgot password? · Create account</p>'
    )
    page = (
        f'<div style="height:100%;display:flex;justify-content:center;padding:{28 if c.phone else 60}px 22px 0;'
        f'background:{p.bg}"><div style="width:{"100%" if c.phone else "380px"}">{inner}</div></div>'
    )
    fav = f'<span style="width:14px;height:14px;border-radius:3px;background:{c.app_color}"></span>'
    return _generic_wrap(c, page, f"https://app.{_slug(c.app)}.com/login", f"{c.app} – Log in", fav), "other"


def _lookalike_app_connect(c: _Ctx) -> tuple[str, str]:
    """The app's page whose purpose is picking TikTok as the source to connect: the `connect` step."""
    rng = c.rng
    p = c.pal
    heading = rng.choice(
        ("Connect your TikTok account", "Import your TikTok data", f"Bring your TikTok history to {c.app}")
    )
    body = rng.choice(
        (
            f"Link TikTok so {c.app} can import {_scope_words(rng)}.",
            f"Connect once and {c.app} will copy {_scope_words(rng)} into your library.",
        )
    )
    others = "".join(
        f'<div style="height:46px;border-radius:8px;border:1px solid {p.border};display:flex;align-items:center;'
        f'justify-content:center;font-size:15px;color:{p.muted}">{_e(n)} · Coming soon</div>'
        for n in rng.sample(["Instagram", "YouTube", "Spotify"], rng.randint(0, 2))
    )
    inner = (
        f'<div style="display:flex;justify-content:center;gap:14px;align-items:center">'
        f'{_app_icon(rng, c.app, c.app_color, 56)}<span style="color:{p.muted}">+</span>{_tiktok_tile(56)}</div>'
        f'<h1 style="text-align:center;font-size:24px;margin:22px 0 10px;color:{p.text}">{_e(heading)}</h1>'
        f'<p style="text-align:center;font-size:15px;color:{p.muted};line-height:1.5;margin-bottom:26px">'
        f'{_e(body)}</p><div style="display:flex;flex-direction:column;gap:12px">'
        f"{_tiktok_button(c, rng.choice(('Continue with TikTok', 'Connect TikTok')), 50)}{others}</div>"
        f'<p style="text-align:center;font-size:13px;color:{p.muted};margin-top:20px">'
        f"{_e(rng.choice(('Maybe later', 'Skip for now')))}</p>"
    )
    page = (
        f'<div style="height:100%;display:flex;justify-content:center;padding:{40 if c.phone else 80}px 22px 0;'
        f'background:{p.bg}"><div style="width:{"100%" if c.phone else "420px"}">{inner}</div></div>'
    )
    fav = f'<span style="width:14px;height:14px;border-radius:3px;background:{c.app_color}"></span>'
    return _generic_wrap(c, page, f"https://{_slug(c.app)}.com/connect", f"Connect · {c.app}", fav), "connect"


def _lookalike_tiktok_feed(c: _Ctx) -> tuple[str, str]:
    """TikTok's For You feed: TikTok-branded, full of TikTok words, and not an authorization page."""
    rng = c.rng
    _, handle = rng.choice(_USERS[c.split])
    caption = rng.choice(
        (
            "POV: you finally tried the viral pasta recipe #fyp #foodtok",
            "Day 3 of learning to skate #skateboarding #progress",
            "This sound is stuck in my head #dance #trend",
        )
    )
    counts = [f"{rng.randint(10, 990)}.{rng.randint(0, 9)}K" for _ in range(3)]
    side = "".join(
        f'<div style="display:flex;flex-direction:column;align-items:center;gap:4px;color:#fff;font-size:12px;'
        f'font-weight:600"><div style="width:40px;height:40px;border-radius:50%;background:rgba(255,255,255,.18);'
        f'display:flex;align-items:center;justify-content:center">{_ui_icon(icon, 24, "#fff")}</div>{n}</div>'
        for icon, n in zip(("heart", "comment", "share"), counts, strict=True)
    )
    g1, g2 = rng.choice((("#3a1c71", "#d76d77"), ("#0f2027", "#2c5364"), ("#42275a", "#734b6d")))
    video = (
        f'<div style="position:absolute;inset:0;background:linear-gradient(170deg,{g1},{g2})"></div>'
        f'<div style="position:absolute;left:22%;top:26%;width:56%;height:48%;border-radius:45% 45% 30% 30%;'
        f"background:radial-gradient(circle at 50% 30%,rgba(255,220,200,.55),rgba(0,0,0,.15) 70%);"
        f'filter:blur(6px)"></div>'
        f'<div style="position:absolute;left:0;right:0;top:14px;display:flex;justify-content:center;gap:20px;'
        f'color:rgba(255,255,255,.7);font-size:16px;font-weight:600"><span>Following</span><span style="color:#fff;'
        f'border-bottom:2px solid #fff;padding-bottom:4px">For You</span></div>'
        f'<div style="position:absolute;right:10px;bottom:90px;display:flex;flex-direction:column;gap:18px">{side}</div>'
        f'<div style="position:absolute;left:14px;right:70px;bottom:80px;color:#fff"><b style="font-size:16px">'
        f'@{_e(handle)}</b><p style="font-size:14px;margin-top:6px;line-height:1.4">{_e(caption)}</p>'
        f'<p style="font-size:13px;margin-top:8px">&#9835; original sound - {_e(handle)}</p></div>'
    )
    tab_items = [
        f'<span style="display:flex;flex-direction:column;align-items:center;gap:2px;font-size:10px;color:'
        f'{"#fff" if icon == "home" else "#aaa"}">{_ui_icon(icon, 22, "#fff" if icon == "home" else "#aaa")}'
        f"<span>{label}</span></span>"
        for icon, label in (
            ("home", "Home"),
            ("friends", "Friends"),
            ("inbox", "Inbox"),
            ("profile", "Profile"),
        )
    ]
    # TikTok's "+" create button: white pill with the cyan and red edges.
    tab_items.insert(
        2,
        f'<span style="width:44px;height:28px;border-radius:8px;background:#fff;border-left:3px solid '
        f"{TIKTOK_CYAN};border-right:3px solid {TIKTOK_RED};color:#000;font:700 20px sans-serif;"
        f'text-align:center;line-height:26px">+</span>',
    )
    tabs = "".join(tab_items)
    if c.phone:
        page = (
            f'<div style="position:relative;height:100%;background:#000">{video}<div style="position:absolute;'
            f"left:0;right:0;bottom:0;height:64px;background:#000;display:flex;justify-content:space-around;"
            f'align-items:center">{tabs}</div></div>'
        )
    else:
        nav = "".join(
            f'<div style="padding:10px 8px;font-size:17px;font-weight:600;color:{TIKTOK_RED if i == 0 else c.pal.text}">'
            f"{t}</div>"
            for i, t in enumerate(
                ("For You", "Explore", "Following", "Friends", "LIVE", "Messages", "Profile")
            )
        )
        page = (
            f'<div style="display:flex;height:100%;background:{c.pal.bg}"><div style="width:240px;padding:16px;'
            f'border-right:1px solid {c.pal.border}">{_tiktok_wordmark(26, "#fff" if c.dark else "#000")}'
            f'<div style="margin-top:18px;height:38px;border-radius:20px;background:{c.pal.chip};color:{c.pal.muted};'
            f'display:flex;align-items:center;padding:0 14px;font-size:14px">Search</div><div style="margin-top:'
            f'12px">{nav}</div></div><div style="flex:1;display:flex;justify-content:center;padding:20px">'
            f'<div style="position:relative;width:{int((c.device.height - 140) * 0.56)}px;border-radius:14px;'
            f'overflow:hidden">{video}</div></div></div>'
        )
    url = f"https://www.tiktok.com/foryou?lang=en{'' if rng.random() < 0.5 else '&is_from_webapp=1'}"
    return _generic_wrap(
        c, page, url, "TikTok - Make Your Day", tiktok_note_svg(14, "#fff" if c.dark else "#000")
    ), "other"


def _lookalike_tiktok_profile(c: _Ctx) -> tuple[str, str]:
    """A TikTok profile (the user's own, with Edit profile): TikTok-branded but not a step of the flow."""
    rng = c.rng
    p = c.pal
    name, handle = rng.choice(_USERS[c.split])
    stats = "".join(
        f'<div style="text-align:center"><b style="font-size:17px;color:{p.text}">{v}</b><div style="font-size:13px;'
        f'color:{p.muted}">{k}</div></div>'
        for k, v in (
            ("Following", rng.randint(10, 900)),
            ("Followers", f"{rng.randint(1, 99)}.{rng.randint(0, 9)}K"),
            ("Likes", f"{rng.randint(100, 999)}K"),
        )
    )
    cols = 3 if c.narrow else 5
    tiles = "".join(
        f'<div style="aspect-ratio:3/4;background:hsl({rng.randint(0, 360)},45%,{rng.randint(30, 60)}%);'
        f'position:relative"><span style="position:absolute;left:6px;bottom:4px;color:#fff;font-size:12px">'
        f"&#9655; {rng.randint(1, 99)}.{rng.randint(0, 9)}K</span></div>"
        for _ in range(cols * 4)
    )
    bio = rng.choice(
        ("making things & sharing them", "dance • food • travel", "daily sketches, new one every morning")
    )
    chip = f"border-radius:4px;background:{p.chip};font-weight:600;font-size:15px;color:{p.text}"
    top = (
        f'<div style="display:flex;justify-content:space-between;align-items:center;padding:12px 16px;'
        f'font-weight:700;font-size:17px;color:{p.text}">{_ui_icon("friends", 22, p.text)}'
        f"<span>{_e(name)} &#9662;</span><span>&#9776;</span></div>"
        if c.narrow
        else f'<div style="display:flex;align-items:center;gap:16px;padding:12px 24px;border-bottom:1px solid '
        f'{p.border}">{_tiktok_wordmark(24, "#fff" if c.dark else "#000")}<div style="margin-left:auto;'
        f"width:360px;height:38px;border-radius:20px;background:{p.chip};color:{p.muted};display:flex;"
        f'align-items:center;padding:0 16px;font-size:14px">Search</div><div style="margin-left:auto;'
        f'padding:8px 16px;{chip}">+ Upload</div>{_avatar(rng, name, 32)}</div>'
    )
    tabs = (
        f'<div style="display:flex;justify-content:space-around;border-bottom:1px solid {p.border}">'
        f'<span style="border-bottom:2px solid {p.text};padding:8px 30px">{_ui_icon("grid", 20, p.text)}</span>'
        f'<span style="padding:8px 30px">{_ui_icon("lock", 20, p.muted)}</span>'
        f'<span style="padding:8px 30px">{_ui_icon("liked", 20, p.muted)}</span></div>'
    )
    profile = (
        f'<div style="display:flex;flex-direction:column;align-items:center;gap:8px;padding:8px 0 14px">'
        f'{_avatar(rng, name, 96)}<b style="font-size:17px;color:{p.text}">@{_e(handle)}</b>'
        f'<div style="display:flex;gap:28px;margin:6px 0">{stats}</div><div style="display:flex;gap:8px">'
        f'<div style="padding:10px 26px;{chip}">Edit profile</div><div style="padding:10px 16px;{chip}">'
        f'Share profile</div></div><p style="font-size:14px;color:{p.text}">{_e(bio)}</p></div>{tabs}'
        f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:2px">{tiles}</div>'
    )
    width = "100%" if c.narrow else "860px"
    page = (
        f'<div style="height:100%;background:{p.bg};overflow:hidden">{top}<div style="width:{width};'
        f'margin:{0 if c.narrow else 20}px auto 0">{profile}</div></div>'
    )
    url = f"https://www.tiktok.com/@{handle}"
    return _generic_wrap(c, page, url, f"{name} (@{handle}) | TikTok", tiktok_note_svg(14, "#888")), "other"


def _lookalike_tiktok_studio(c: _Ctx) -> tuple[str, str]:
    rng = c.rng
    p = c.pal
    metrics = ("Video views", "Profile views", "Likes", "Comments", "Shares")
    cards = "".join(
        f'<div style="flex:1;padding:14px;border:1px solid {p.border};border-radius:8px;min-width:0">'
        f'<div style="font-size:13px;color:{p.muted}">{m}</div><b style="font-size:22px;color:{p.text}">'
        f'{rng.randint(1, 999):,}</b><div style="font-size:12px;color:#1aa260">+{rng.randint(1, 40)}%</div></div>'
        for m in metrics[: (2 if c.phone else 5)]
    )
    pts = " ".join(f"{x * 40},{rng.randint(10, 140)}" for x in range(16))
    chart = (
        f'<svg viewBox="0 0 600 150" preserveAspectRatio="none" style="width:100%;height:180px;border:1px solid '
        f'{p.border};border-radius:8px"><polyline points="{pts}" fill="none" stroke="#1e6bff" stroke-width="2.5"/>'
        "</svg>"
    )
    sources = "".join(
        f'<div style="margin-top:10px;font-size:14px;color:{p.text}">{s}<div style="height:6px;border-radius:3px;'
        f'background:{p.chip};margin-top:4px"><div style="height:6px;border-radius:3px;width:{w}%;background:'
        f'#1e6bff"></div></div></div>'
        for s, w in (
            ("For You", rng.randint(60, 90)),
            ("Personal profile", rng.randint(5, 20)),
            ("Search", 3),
        )
    )
    main = (
        f'<div style="display:flex;gap:26px;font-size:16px;font-weight:600;color:{p.muted};border-bottom:1px solid'
        f' {p.border};margin-bottom:16px"><span style="color:{p.text};border-bottom:2px solid {p.text};'
        f'padding-bottom:10px">Overview</span><span>Content</span><span>Viewers</span><span>Followers</span></div>'
        f'<div style="display:flex;justify-content:space-between;align-items:center;margin-bottom:14px">'
        f'<b style="font-size:20px;color:{p.text}">Analytics</b><span style="border:1px solid {p.border};'
        f'border-radius:6px;padding:6px 12px;font-size:14px;color:{p.text}">Last 7 days &#9662;</span></div>'
        f'<div style="display:flex;gap:10px;margin-bottom:16px">{cards}</div>{chart}<div style="margin-top:16px;'
        f'border:1px solid {p.border};border-radius:8px;padding:14px"><b style="color:{p.text}">Traffic source</b>'
        f"{sources}</div>"
    )
    side = (
        ""
        if c.phone
        else f'<div style="width:210px;border-right:1px solid {p.border};padding:16px;flex:none">'
        f'<div style="display:flex;gap:8px;align-items:center">{tiktok_note_svg(26, "#fff" if c.dark else "#000")}'
        f'<b style="font-size:16px;color:{p.text}">TikTok Studio</b></div><div style="margin:20px 0;height:38px;'
        f"border-radius:6px;background:{TIKTOK_RED};color:#fff;display:flex;align-items:center;justify-content:"
        f'center;font-weight:600">+ Upload</div>'
        + "".join(
            f'<div style="padding:9px 4px;font-size:15px;color:{p.text}">{t}</div>'
            for t in ("Home", "Posts", "Analytics", "Comments", "Inspiration", "Feedback")
        )
        + "</div>"
    )
    page = (
        f'<div style="display:flex;height:100%;background:{p.bg}">{side}<div style="flex:1;padding:20px;'
        f'overflow:hidden;min-width:0">{main}</div></div>'
    )
    url = "https://www.tiktok.com/tiktokstudio/analytics"
    return _generic_wrap(c, page, url, "TikTok Studio", tiktok_note_svg(14, "#888")), "other"


def _lookalike_dev_portal(c: _Ctx) -> tuple[str, str]:
    """TikTok for Developers app configuration: lists portability scopes, but for the developer."""
    rng = c.rng
    p = c.pal
    # Developer-facing descriptions: the portal shows scope ids, which the consent page never does.
    described = {"user.info.basic": "Read a user's profile info"} | {
        s: _SCOPE_TEXT[s][0] for s in rng.sample(sorted(_SCOPE_TEXT), rng.randint(2, 4))
    }
    rows = "".join(
        f'<div style="display:flex;justify-content:space-between;gap:12px;padding:12px 0;border-top:1px solid '
        f'{p.border};font-size:14px"><div><code style="font-family:\'Fira Code\',monospace;color:{p.text}">{s}'
        f'</code><div style="color:{p.muted};font-size:13px;margin-top:3px">{_e(text)}</div></div>'
        f'<span style="color:{rng.choice(("#1aa260", "#d98a00"))};font-size:13px;white-space:nowrap">'
        f"{rng.choice(('Approved', 'In review', 'Added'))}</span></div>"
        for s, text in described.items()
    )
    page = (
        f'<div style="height:100%;background:{p.backdrop};overflow:hidden"><div style="height:56px;display:flex;'
        f'align-items:center;gap:10px;padding:0 24px;background:{p.surface};border-bottom:1px solid {p.border}">'
        f'{tiktok_note_svg(24, "#fff" if c.dark else "#000")}<b style="color:{p.text}">TikTok for Developers</b>'
        f'<span style="margin-left:auto;font-size:14px;color:{p.muted}">Docs · Manage apps</span></div>'
        f'<div style="padding:24px {16 if c.phone else 60}px"><div style="font-size:13px;color:{p.muted}">'
        f'Apps / {_e(c.app)}</div><h1 style="font-size:22px;margin:6px 0 18px;color:{p.text}">'
        f'{_e(c.app)} — Production</h1><div style="background:{p.surface};border:1px solid {p.border};'
        f'border-radius:8px;padding:18px"><b style="color:{p.text}">Products</b><p style="font-size:14px;'
        f'color:{p.muted};margin:6px 0 12px">Login Kit · Data Portability API</p><b style="color:{p.text}">'
        f'Scopes</b>{rows}<div style="margin-top:16px;display:flex;gap:10px"><div style="padding:9px 18px;'
        f'border-radius:6px;background:{TIKTOK_RED};color:#fff;font-weight:600;font-size:14px">Submit for review'
        f'</div><div style="padding:9px 18px;border-radius:6px;border:1px solid {p.border};color:{p.text};'
        f'font-size:14px">Add scopes</div></div></div></div></div>'
    )
    return (
        _generic_wrap(
            c,
            page,
            "https://developers.tiktok.com/app/7301234567890/pending",
            "Manage apps | TikTok for Developers",
            tiktok_note_svg(14, "#888"),
        ),
        "other",
    )


def render_lookalike(
    rng: random.Random, *, kind: str, app_name: str, device: Device, theme: str, split: Split
) -> tuple[str, str]:
    """HTML of a page that is NOT TikTok's authorize step but resembles one, and its step label (normally "other")."""
    if kind not in LOOKALIKE_KINDS:
        raise ValueError(f"unknown lookalike kind {kind!r}; expected one of {LOOKALIKE_KINDS}")
    color = rng.choice(("#5b5bd6", "#0e9f6e", "#e8590c", "#1c7ed6", "#ae3ec9", "#d6336c", "#2b8a3e"))
    c = _ctx(rng, split, device, theme, app_name, color)
    if kind == "google_consent":
        return _lookalike_google(c, choose=False)
    if kind == "google_choose_account":
        return _lookalike_google(c, choose=True)
    if kind == "github_oauth":
        return _lookalike_github(c)
    if kind in ("instagram_consent", "youtube_consent", "spotify_consent"):
        return _lookalike_social_consent(c, kind.split("_")[0])
    if kind == "app_signin_tiktok_style":
        return _lookalike_app_signin(c, tiktok_style=True)
    if kind == "app_login_social":
        return _lookalike_app_login_social(c)
    if kind == "app_connect_tiktok":
        return _lookalike_app_connect(c)
    if kind == "tiktok_feed":
        return _lookalike_tiktok_feed(c)
    if kind == "tiktok_profile":
        return _lookalike_tiktok_profile(c)
    if kind == "tiktok_studio":
        return _lookalike_tiktok_studio(c)
    return _lookalike_dev_portal(c)
