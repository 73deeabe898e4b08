"""Plans one submission (device, look, journey, breaks, exports) and derives its truth.

Labelling conventions (what `truth.json` promises a correct checker would say):

- A screen's `step` is what the screen IS, not the slot it fills in the journey. A
  dashboard or feed shown where the result should be, with no success message, is
  `other`; the submission then has no `result` screen, so `missing-step` is expected,
  and `missing-success-confirmation` too, because the journey's final screen (an app
  screen after TikTok) does not confirm the connection.
- When the journey simply ends on TikTok's authorize page (result dropped), only
  `missing-step` is expected; `missing-success-confirmation` is *tolerated* (listed in
  `tolerated_rules`: a checker may or may not report it).
- A connect page without any TikTok option is still `connect` and expects
  `missing-connect-option` (not `missing-step`). A Google / GitHub consent page or an
  app's own TikTok-looking sign-in is labelled by `tiktok.render_lookalike` (normally
  `other`); put in place of TikTok's page it leaves `authorize` missing.
- Screen-content rules (`missing-proceed`, `missing-go-back`, `missing-data-disclosure`,
  `missing-purpose`, scope rules) are only expected for screens labelled `connecting`.
  With no connecting screen at all, only `missing-step` is expected and `undisclosed-scope`
  is tolerated.
- Scope rules are expected only when `scopes` is non-empty (the benchmark passes them
  with `--scopes`). A scope is disclosed when its data set is named on the connecting
  screen; the `all` scopes need "all your data" wording. A connecting screen without a
  data list names nothing, so every given scope is `undisclosed-scope` as well as
  `missing-data-disclosure`. Data of a set no scope covers is `unrequested-data` (a warning).
- `step-order`: the labels of the non-`other` screens, in file order, are not
  non-decreasing in journey order (repeats, e.g. login then consent, are fine).
- `duplicate-screen`: one screen is uploaded twice, byte-identical or re-exported
  (JPEG / half size), right after the original; both copies carry the same label.
- Ongoing scopes always get a "we sync every day"-style sentence, so no ongoing rule fires.
- `passed` is true iff no expected rule has error severity; warnings are
  `step-order` and `unrequested-data` (and `low-fidelity`, never generated).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from typing import Any, Literal

from benchmarks.corpusgen import screens, vocab
from benchmarks.corpusgen.common import DEVICES, Device, Split
from benchmarks.corpusgen.look import Chrome, Style, draw_chrome, draw_style, esc, page, tiktok_logo

try:  # Another engineer's renderer of TikTok's own pages; the placeholder below stands in until it lands.
    from benchmarks.corpusgen import tiktok as tiktok_pages
except ImportError:  # pragma: no cover - depends on the tree's state
    tiktok_pages = None  # type: ignore[assignment]

Step = Literal["connect", "connecting", "authorize", "result", "other"]
STEPS: tuple[Step, ...] = ("connect", "connecting", "authorize", "result")
DATA_SETS = ("activity", "postsandprofile", "directmessages")
WARNINGS = frozenset({"step-order", "unrequested-data", "low-fidelity"})

# One break per broken submission (a few get two); the name is the tag and the fixture name.
BREAKS: tuple[str, ...] = (
    "missing-connect",
    "missing-connecting",
    "missing-authorize",
    "missing-result",
    "no-go-back",
    "no-proceed",
    "no-data-list",
    "no-purpose",
    "no-success-message",
    "no-tiktok-option",
    "out-of-order",
    "duplicate-screen",
    "undisclosed-scope",
    "unrequested-data",
)
# Breaks that touch the same screen or contradict each other are never combined.
_CONFLICTS: tuple[frozenset[str], ...] = (
    frozenset({"missing-connecting", "no-go-back", "no-proceed", "no-data-list", "no-purpose",
               "undisclosed-scope", "unrequested-data"}),
    frozenset({"no-data-list", "undisclosed-scope", "unrequested-data"}),
    frozenset({"missing-result", "no-success-message"}),
    frozenset({"missing-connect", "no-tiktok-option"}),
    frozenset({"missing-connect", "missing-connecting", "missing-authorize", "missing-result", "out-of-order"}),
)  # fmt: skip
_OTHER = frozenset({"other"})
_OTHER_OR_CONNECT = frozenset({"other", "connect"})
ExportKind = Literal["png", "jpeg", "webp", "half", "frame"]


@dataclass
class Screen:
    step: Step
    kind: str  # what was drawn: connect, connecting, authorize-login, other:feed, lookalike:google ...
    html: str
    connecting: screens.ConnectingParts | None = None
    tiktok_option: bool = True
    duplicate_of: int | None = None  # index into the journey of the screen this one copies
    export: ExportKind = "png"
    jpeg_quality: int = 80


@dataclass
class Submission:
    id: str
    split: Split
    device: Device
    style: Style
    scopes: list[str]
    screens: list[Screen]
    names: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    breaks: list[str] = field(default_factory=list)

    def truth(self) -> dict[str, Any]:
        expected, tolerated = expected_rules(self.screens, self.scopes)
        return {
            "id": self.id,
            "split": self.split,
            "scopes": self.scopes,
            "screens": [{"file": n, "step": s.step} for n, s in zip(self.names, self.screens, strict=True)],
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "passed": not any(r not in WARNINGS for r in expected),
            "tags": sorted(set(self.tags)),
        }


# ---------------------------------------------------------------- truth


def scope_data_set(scope: str) -> str:
    return scope.split(".")[1]


def expected_rules(journey: list[Screen], scopes: list[str]) -> tuple[list[str], list[str]]:
    """The rule ids a correct checker reports for this journey, and those it may report."""
    rules: set[str] = set()
    tolerated: set[str] = set()
    labels = [s.step for s in journey]
    for step in STEPS:
        if step not in labels:
            rules.add("missing-step")
    order = [STEPS.index(s) for s in labels if s != "other"]
    if any(b < a for a, b in itertools.pairwise(order)):
        rules.add("step-order")
    if any(s.duplicate_of is not None for s in journey):
        rules.add("duplicate-screen")
    for s in journey:
        if s.step == "connect" and not s.tiktok_option:
            rules.add("missing-connect-option")
        if s.step != "connecting" or s.connecting is None:
            continue
        parts = s.connecting
        if not parts.proceed:
            rules.add("missing-proceed")
        if not parts.go_back:
            rules.add("missing-go-back")
        if not parts.purpose:
            rules.add("missing-purpose")
        shown = set(parts.data_sets) if parts.data_list else set()
        if not parts.data_list:
            rules.add("missing-data-disclosure")
        if scopes:
            requested = {scope_data_set(x) for x in scopes}
            if any(ds not in shown for ds in requested):
                rules.add("undisclosed-scope")
            if "all" not in requested and any(ds not in requested for ds in shown):
                rules.add("unrequested-data")
    if "connecting" not in labels and scopes:
        tolerated.add("undisclosed-scope")
    if "result" not in labels and journey:
        if journey[-1].step == "other":
            rules.add("missing-success-confirmation")
        else:
            tolerated.add("missing-success-confirmation")
    return sorted(rules), sorted(tolerated - rules)


# ---------------------------------------------------------------- planning


def _pick_device(rng: random.Random) -> Device:
    weights = {"ios": 4, "android": 3, "tablet": 1, "desktop": 2.2}
    by_platform = [d for d in DEVICES]
    return rng.choices(by_platform, weights=[weights[d.platform] / _count(d.platform) for d in by_platform])[
        0
    ]


def _count(platform: str) -> int:
    return sum(1 for d in DEVICES if d.platform == platform)


def _pick_scopes(rng: random.Random, *, allow_none: bool) -> tuple[list[str], tuple[str, ...], bool]:
    """(scopes given to the checker, data sets the app means to disclose, ongoing)."""
    ongoing = rng.random() < 0.35
    suffix = "ongoing" if ongoing else "single"
    if rng.random() < 0.15:
        sets: tuple[str, ...] = ("all",)
    else:
        sets = tuple(sorted(rng.sample(DATA_SETS, rng.choice([1, 1, 1, 2, 2, 3])), key=DATA_SETS.index))
    scopes = [f"portability.{ds}.{suffix}" for ds in sets]
    if rng.random() < 0.15 and allow_none:
        scopes = []  # the submission is checked without --scopes
    return scopes, sets, ongoing


def compatible(first: str, second: str) -> bool:
    """Whether two breaks can go in one submission (different screens, no contradiction)."""
    return first != second and not any({first, second} <= c for c in _CONFLICTS)


def _pick_breaks(rng: random.Random, broken_rate: float) -> list[str]:
    if rng.random() >= broken_rate:
        return []
    first = rng.choice(BREAKS)
    chosen = [first]
    if rng.random() < 0.12:
        options = [b for b in BREAKS if compatible(first, b)]
        chosen.append(rng.choice(options))
    return chosen


def _authorize_html(
    rng: random.Random,
    state: Literal["login", "consent"],
    style: Style,
    scopes: list[str],
    device: Device,
    split: Split,
) -> str:
    if tiktok_pages is not None:
        return tiktok_pages.render_authorize(
            rng,
            state=state,
            app_name=style.app_name,
            app_color=style.brand,
            scopes=scopes,
            device=device,
            theme=style.theme,
            split=split,
        )
    return _placeholder_authorize(rng, state, style, scopes, device)


def _placeholder_authorize(
    rng: random.Random, state: str, style: Style, scopes: list[str], device: Device
) -> str:  # pragma: no cover - replaced by tiktok.py
    """A stand-in for TikTok's page until tiktok.py exists: TikTok's wording on a plain layout."""
    tk = Style(
        **{
            **style.__dict__,
            "brand": "#fe2c55",
            "on_brand": "#fff",
            "font": "Roboto",
            "heading_font": "Roboto",
        }
    )
    chrome = Chrome(
        "9:41", 80, device.platform == "desktop", "www.tiktok.com/v2/auth/authorize", False, False
    )
    if state == "login":
        options = "".join(
            f'<div style="border:1px solid {tk.border};padding:12px;margin:8px 0;border-radius:4px">{o}</div>'
            for o in ("Use QR code", "Use phone / email / username", "Continue with Google")
        )
        body = f'<div style="padding:40px 24px;max-width:420px;margin:0 auto"><h1>Log in to TikTok</h1>{options}</div>'
    else:
        perms = "".join(
            f"<li>{esc(w)}</li>"
            for w in (
                [f"Export a copy of your {scope_data_set(s)} data" for s in scopes]
                or ["Export a copy of your activity data"]
            )
        )
        body = (
            f'<div style="padding:40px 24px;max-width:420px;margin:0 auto">{tiktok_logo(48)}'
            f"<h2>{esc(style.app_name)} is requesting access to your TikTok account</h2><ul>{perms}</ul>"
            f'<div style="background:#fe2c55;color:#fff;padding:12px;text-align:center">Authorize</div>'
            f'<div style="padding:12px;text-align:center">Cancel</div></div>'
        )
    return page(tk, device, chrome, body, title="TikTok", path="")


def plan_submission(
    sub_id: str,
    split: Split,
    rng: random.Random,
    *,
    breaks: list[str] | None = None,
    broken_rate: float = 0.4,
    device: Device | None = None,
    theme: Literal["light", "dark"] | None = None,
    export: ExportKind | Literal["mixed"] | None = None,
    scopes_override: list[str] | None = None,  # [] keeps the drawn scopes but never drops them
    extras: float = 1.0,  # multiplies the odds of extra `other` screens; 0 for none
) -> Submission:
    """Draws everything random about one submission and renders its screens to HTML."""
    device = device or _pick_device(rng)
    style = draw_style(rng, split, theme=theme)
    chrome = draw_chrome(rng, style, device)
    user = f"{vocab.FIRST_NAMES.pick(rng, split)} {vocab.LAST_NAMES.pick(rng, split)}"
    ctx = screens.Ctx(rng, style, device, chrome, split, user)
    scopes, sets, ongoing = _pick_scopes(rng, allow_none=scopes_override is None)
    if scopes_override:
        scopes = scopes_override
        sets = tuple(sorted({scope_data_set(s) for s in scopes}, key=("all", *DATA_SETS).index)) or sets
        ongoing = any(s.endswith(".ongoing") for s in scopes)
    chosen = list(breaks) if breaks is not None else _pick_breaks(rng, broken_rate)
    suffix = "ongoing" if ongoing else "single"
    if {"undisclosed-scope", "unrequested-data"} & set(chosen):
        if "all" in sets or ("unrequested-data" in chosen and len(sets) == len(DATA_SETS)):
            # "All data" covers every set, and unrequested data needs a set left over.
            sets = tuple(sorted(rng.sample(DATA_SETS, rng.choice([1, 2])), key=DATA_SETS.index))
            scopes = []
        scopes = scopes or [f"portability.{ds}.{suffix}" for ds in sets]
    tags: list[str] = [style.theme, device.platform, device.name, *(f"broken:{b}" for b in chosen)]

    # Data sets named on the connecting screen: the requested ones, fewer or more when broken.
    shown = tuple(sets)
    if "all" in shown and rng.random() < 0.5:
        shown = ("all", *rng.sample(DATA_SETS, 2))  # "all your data, including ..."
    if "undisclosed-scope" in chosen:
        if len(sets) == 1:
            # Request one more data set than the screen names.
            extra = rng.choice([d for d in DATA_SETS if d not in sets])
            scopes = sorted({*scopes, f"portability.{extra}.{suffix}"})
        else:
            shown = tuple(sets[:-1])
    if "unrequested-data" in chosen:
        spare = [d for d in DATA_SETS if d not in sets]
        shown = (*shown, rng.choice(spare))
    if not scopes:
        tags.append("no-scopes")
    if ongoing:
        tags.append("ongoing")

    parts = screens.ConnectingParts(
        data_sets=shown,
        ongoing=ongoing,
        proceed="no-proceed" not in chosen,
        go_back="no-go-back" not in chosen,
        data_list="no-data-list" not in chosen,
        purpose="no-purpose" not in chosen,
    )
    journey: list[Screen] = []
    if rng.random() < 0.25 * extras:
        kind = rng.choice(["signin", "onboarding", "signin"])
        journey.append(Screen("other", f"other:{kind}", screens.other(ctx, kind)))
    if tiktok_pages is not None and rng.random() < 0.12 * extras:
        # Before the connect page, a look-alike labelled `connect` is harmless, unless connect is the break.
        connect_break = {"missing-connect", "no-tiktok-option"} & set(chosen)
        journey.append(_lookalike(rng, ctx, allowed=_OTHER if connect_break else _OTHER_OR_CONNECT))
    if "missing-connect" not in chosen:
        tiktok = "no-tiktok-option" not in chosen
        journey.append(
            Screen("connect", "connect", screens.connect(ctx, tiktok=tiktok), tiktok_option=tiktok)
        )
    if rng.random() < 0.08 * extras:
        kind = rng.choice(["pricing", "settings"])
        journey.append(Screen("other", f"other:{kind}", screens.other(ctx, kind)))
    if "missing-connecting" not in chosen:
        journey.append(Screen("connecting", "connecting", screens.connecting(ctx, parts), connecting=parts))
    if "missing-authorize" not in chosen:
        r = rng.random()
        states: list[Literal["login", "consent"]] = (
            ["consent"] if r < 0.6 else ["login"] if r < 0.75 else ["login", "consent"]
        )
        for state in states:
            html = _authorize_html(
                rng, state, style, scopes or [f"portability.{d}.single" for d in sets], device, split
            )
            journey.append(Screen("authorize", f"authorize-{state}", html))
        if len(states) == 2:
            tags.append("authorize:login+consent")
    elif tiktok_pages is not None and rng.random() < 0.5:
        journey.append(_lookalike(rng, ctx, allowed=_OTHER))  # in TikTok's place, so authorize stays missing
    if "no-success-message" in chosen:
        kind = rng.choice(["dashboard", "dashboard", "feed", "profile"])
        journey.append(Screen("other", f"other:{kind}", screens.other(ctx, kind)))
    elif "missing-result" not in chosen:
        journey.append(Screen("result", "result", screens.result(ctx)))
    if rng.random() < 0.15 * extras and not {"missing-result", "no-success-message"} & set(chosen):
        kind = rng.choice(["feed", "dashboard", "profile", "settings"])
        journey.append(Screen("other", f"other:{kind}", screens.other(ctx, kind)))

    if "out-of-order" in chosen:
        _shuffle_steps(rng, journey)
    if "duplicate-screen" in chosen:
        candidates = [i for i, s in enumerate(journey) if s.step != "other"]
        i = rng.choice(candidates)
        orig = journey[i]
        journey.insert(i + 1, Screen(**{**orig.__dict__, "duplicate_of": i}))

    _assign_exports(rng, journey, export)
    sub = Submission(sub_id, split, device, style, scopes, journey, tags=tags, breaks=chosen)
    sub.tags.extend(f"export:{e}" for e in {s.export for s in journey})
    sub.tags.extend(s.kind for s in journey if s.kind.startswith("lookalike:"))
    sub.names = file_names(rng, len(journey), style.app_name)
    return sub


def _lookalike(rng: random.Random, ctx: screens.Ctx, *, allowed: frozenset[str]) -> Screen:
    """A hard negative from tiktok.py whose label (what the page is) is one of `allowed`."""
    assert tiktok_pages is not None
    for _ in range(20):
        kind = rng.choice(tiktok_pages.LOOKALIKE_KINDS)
        html, step = tiktok_pages.render_lookalike(
            rng,
            kind=kind,
            app_name=ctx.style.app_name,
            device=ctx.device,
            theme=ctx.style.theme,
            split=ctx.split,
        )
        if step in allowed:
            return Screen(step, f"lookalike:{kind}", html)  # type: ignore[arg-type]
    raise RuntimeError(f"tiktok.render_lookalike never produced a page labelled {sorted(allowed)}")


def _shuffle_steps(rng: random.Random, journey: list[Screen]) -> None:
    """Moves one step out of journey order, keeping the result last (so the final screen still confirms)."""
    idx = {s.step: i for i, s in reversed(list(enumerate(journey)))}
    move = rng.choice(["swap-connect-connecting", "authorize-first", "connecting-after-authorize"])
    if move == "swap-connect-connecting" and "connect" in idx and "connecting" in idx:
        a, b = idx["connect"], idx["connecting"]
        journey[a], journey[b] = journey[b], journey[a]
    elif move == "authorize-first" and "authorize" in idx:
        auth = [s for s in journey if s.step == "authorize"]
        rest = [s for s in journey if s.step != "authorize"]
        journey[:] = auth + rest
    else:
        conn = journey.pop(idx["connecting"])
        last_auth = max(i for i, s in enumerate(journey) if s.step == "authorize")
        journey.insert(last_auth + 1, conn)


def _assign_exports(
    rng: random.Random, journey: list[Screen], export: ExportKind | Literal["mixed"] | None
) -> None:
    """How the designer saved the screens: one habit per submission, sometimes mixed."""
    kinds: tuple[ExportKind, ...] = ("png", "jpeg", "webp", "half", "frame")
    if export is None:
        export = rng.choices([*kinds, "mixed"], weights=[55, 15, 6, 10, 10, 4])[0]
    quality = rng.randint(40, 80)
    for s in journey:
        s.export = rng.choice(kinds) if export == "mixed" else export
        s.jpeg_quality = quality
    for s in journey:
        if s.duplicate_of is not None and rng.random() < 0.5:
            # A re-export of the same screen: near-identical rather than byte-identical.
            s.export = rng.choice(["jpeg", "half"]) if s.export == "png" else "png"


def file_names(rng: random.Random, n: int, app: str) -> list[str]:
    """Names that never reveal the step; natural order is journey order."""
    style = rng.choice(["screen", "img", "num", "frame", "app", "screenshot", "step"])
    start = rng.choice([1, 1, 1, 2, 7, 8, 9])
    slug = app.lower().replace(" ", "-").replace("+", "plus")
    names: list[str] = []
    k = rng.randint(10, 9000)
    frame = start * rng.randint(1, 5)
    for i in range(n):
        k += rng.randint(1, 9)
        frame += rng.randint(1, 3)
        names.append(
            {
                "screen": f"Screen {start + i}",
                "img": f"IMG_{k:04d}",
                "num": f"{start + i:02d}",
                "frame": f"Frame {frame}",
                "app": f"{slug}-mockup-{start + i}",
                "screenshot": f"Screenshot 2024-05-14 at 10.{12 + i * 3:02d}.{rng.randint(10, 59)}",
                "step": f"Step {start + i}",
            }[style]
        )
    return names
