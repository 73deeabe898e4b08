"""Plans one submission (client, device, look, presentation, scopes, journey, breaks, exports) and
derives its truth from the final list of screens.

Labels follow the conventions in the module docstring of benchmarks/corpusgen/flows.py. The truth
is read from what was drawn (each screen's step, the connecting screen's `Disclosure`, duplicates,
order), never from the break names, so two breaks in one submission still get consistent labels.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from benchmarks.brandkit import screens as S
from benchmarks.brandkit import tiktok as T
from benchmarks.brandkit.look import DEVICE_WEIGHTS, DEVICES, Frame, make_look, make_presentation
from benchmarks.brandkit.words import POOLS, SETS, TIKTOK_VERSIONS, TONES, DataSet, Split

STEP_RANK = {"connect": 0, "connecting": 1, "authorize": 2, "result": 3}
ERROR_RULES = frozenset(
    {
        "missing-step",
        "missing-connect-option",
        "missing-proceed",
        "missing-go-back",
        "missing-data-disclosure",
        "missing-purpose",
        "missing-success-confirmation",
        "undisclosed-scope",
        "duplicate-screen",
        "unreadable-input",
    }
)

CONTENT = ("no-go-back", "no-proceed", "no-data-list", "no-purpose", "undisclosed-scope", "unrequested-data")
BREAKS = (
    "no-connect",
    "no-connecting",
    "no-authorize",
    "no-result",
    *CONTENT,
    "duplicate",
    "out-of-order",
    "no-tiktok-option",
    "no-confirmation",
    "fake-authorize",
)
GROUP = {
    "no-connect": "connect",
    "no-tiktok-option": "connect",
    "no-connecting": "connecting",
    "no-authorize": "tail",
    "fake-authorize": "tail",
    "no-result": "tail",
    "no-confirmation": "tail",
    "duplicate": "duplicate",
    "out-of-order": "order",
    **dict.fromkeys(CONTENT, "content"),
}
FORMATS = ("paragraph", "bullets", "icons", "table", "toggles", "accordion", "chips")

Builder = Callable[[S.Ctx, random.Random], Frame]


@dataclass
class Screen:
    kind: str  # what was drawn: connect, connect-none, connecting, tt-login, lookalike, dashboard, ...
    step: str  # its label
    build: Builder
    slug: str
    export: str = "png"
    duplicate_of: int | None = None


@dataclass
class Submission:
    id: str
    split: Split
    ctx: S.Ctx
    scopes: list[str]  # given to the checker with --scopes (may be empty)
    screens: list[Screen]
    breaks: list[str]
    tags: list[str]
    disclosure: S.Disclosure
    file_style: str = "dash"

    def truth(self, files: list[str]) -> dict[str, object]:
        expected, tolerated = derive_rules(self.screens, self.scopes, self.disclosure)
        return {
            "id": self.id,
            "split": self.split,
            "scopes": self.scopes,
            "screens": [{"file": f, "step": s.step} for f, s in zip(files, self.screens, strict=True)],
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "passed": not (expected & ERROR_RULES),
            "tags": self.tags,
        }


def scope_set(scope: str) -> DataSet:
    return scope.split(".")[1]  # type: ignore[return-value]


def derive_rules(screens: list[Screen], scopes: list[str], d: S.Disclosure) -> tuple[set[str], set[str]]:
    """What a correct checker reports for these screens, following corpusgen/flows.py's conventions."""
    expected: set[str] = set()
    tolerated: set[str] = set()
    steps = [s.step for s in screens]
    if any(step not in steps for step in STEP_RANK):
        expected.add("missing-step")
    ranks = [STEP_RANK[s] for s in steps if s != "other"]
    if any(b < a for a, b in itertools.pairwise(ranks)):
        expected.add("step-order")
    if any(s.kind == "connect-none" for s in screens):
        expected.add("missing-connect-option")
    if any(s.duplicate_of is not None for s in screens):
        expected.add("duplicate-screen")
    if "result" not in steps:
        # An app screen closing the journey without confirming is reported; ending on TikTok's page may be.
        (expected if screens[-1].step == "other" else tolerated).add("missing-success-confirmation")
    if "connecting" not in steps:
        if scopes:
            tolerated.add("undisclosed-scope")
        return expected, tolerated
    if not d.proceed:
        expected.add("missing-proceed")
    if not d.go_back:
        expected.add("missing-go-back")
    if not d.named:
        expected.add("missing-data-disclosure")
    if not d.purpose:
        expected.add("missing-purpose")
    if scopes:
        sets = {scope_set(s) for s in scopes}
        named = set(d.named)
        if any(ds not in named for ds in sets):
            expected.add("undisclosed-scope")
        if "all" not in sets and any(ds not in sets for ds in named):
            expected.add("unrequested-data")
    return expected, tolerated


# ---------------------------------------------------------------- breaks


def compatible(a: str, b: str) -> bool:
    """Two breaks share a submission when they touch different things and both stay visible."""
    if a == b:
        return False
    if GROUP[a] == GROUP[b] != "content":
        return False
    pair = {a, b}
    if "no-connecting" in pair and (GROUP[a] == "content" or GROUP[b] == "content" or "out-of-order" in pair):
        return False
    if GROUP[a] == GROUP[b] == "content":
        scope_breaks = {"no-data-list", "undisclosed-scope", "unrequested-data"}
        return len(pair & scope_breaks) < 2
    return True


def break_schedule(seed: str, split: Split, n: int, share: float = 0.5) -> list[list[str]]:
    """Half the submissions broken; each break dealt once before any repeats, leftovers paired up."""
    rng = random.Random(f"brandkit-breaks:{seed}:{split}")
    broken = max(1, round(n * share))
    deck: list[str] = []
    while len(deck) < max(broken, len(BREAKS)):
        deck.extend(rng.sample(BREAKS, len(BREAKS)))
    schedule = [[b] for b in deck[:broken]]
    for extra in deck[broken : len(BREAKS)]:
        hosts = [s for s in schedule if len(s) == 1 and compatible(s[0], extra)]
        if hosts:
            rng.choice(hosts).append(extra)
    for breaks in schedule:
        if len(breaks) == 1 and rng.random() < 0.15:
            breaks.append(rng.choice([b for b in BREAKS if compatible(breaks[0], b)]))
    schedule += [[] for _ in range(n - broken)]
    rng.shuffle(schedule)
    return schedule


# ---------------------------------------------------------------- planning


def choose_scopes(rng: random.Random) -> list[str]:
    if rng.random() < 0.2:
        return [f"portability.all.{rng.choice(('single', 'ongoing'))}"]
    sets = sorted(rng.sample(SETS, rng.choice((1, 1, 2, 2, 3))), key=SETS.index)
    return [f"portability.{s}.{rng.choice(('single', 'single', 'ongoing'))}" for s in sets]


def fit_scopes(requested: list[str], breaks: list[str], rng: random.Random) -> list[str]:
    """Make the scope-dependent breaks possible: room to over-share, a second set to forget."""
    sets = [scope_set(s) for s in requested]
    if "unrequested-data" in breaks:
        if "all" in sets:
            requested = [f"portability.{rng.choice(SETS)}.single"]
        elif len(sets) == 3:
            requested = requested[:2]
    sets = [scope_set(s) for s in requested]
    if "undisclosed-scope" in breaks and len(sets) == 1 and sets[0] != "all":
        extra = next(s for s in SETS if s != sets[0])
        requested = sorted(
            [*requested, f"portability.{extra}.single"], key=lambda s: SETS.index(scope_set(s))
        )
    return requested


def plan_submission(sid: str, split: Split, seed: str, index: int, breaks: list[str]) -> Submission:
    rng = random.Random(f"brandkit-submission:{seed}:{split}:{index}")
    words = POOLS[split]
    app = rng.choice(words.apps)
    device = rng.choices(DEVICES, weights=DEVICE_WEIGHTS)[0]
    look = make_look(rng, app.color, app.accent, device)
    pres = make_presentation(rng, look, device)
    tone = rng.choice(TONES)
    if tone == "terse":
        look = replace(look, heading=look.heading + 12)  # few words, set huge
    requested = fit_scopes(choose_scopes(rng), breaks, rng)
    scope_breaks = {"undisclosed-scope", "unrequested-data"} & set(breaks)
    given = list(requested) if scope_breaks or rng.random() < 0.85 else []
    sets = [scope_set(s) for s in requested]
    ios = device.platform == "ios" or device.name.startswith("ipad")
    tt_mode = rng.choice(("sheet", "safari", "bare") if ios else ("sheet", "customtab", "bare"))
    person, handle = rng.choice(words.people), rng.choice(words.handles)
    ctx = S.Ctx(
        split=split,
        words=words,
        tt=rng.choice(TIKTOK_VERSIONS[split]),
        app=app,
        look=look,
        device=device,
        pres=pres,
        tone=tone,
        person=person,
        surname=rng.choice(words.surnames),
        handle=next((h for h in words.handles if h[:3] == person.lower()[:3]), handle),
        requested=tuple(s.removeprefix("portability.") for s in requested),
        logo_shape=rng.randrange(4),
        tt_mode=tt_mode,
        tt_dark=rng.random() < 0.2,
        connect_layout=rng.choice(("grid", "list", "sheet", "hero", "carousel")),
        result_layout=rng.choice(("celebrate", "summary", "toast")),
    )

    named: list[DataSet] = list(sets)
    if "undisclosed-scope" in breaks:
        if sets == ["all"]:
            named = [rng.choice(SETS)]  # a specific set, without the all-your-data wording
        else:
            named.remove(rng.choice(sets))
    if "unrequested-data" in breaks:
        named.append(rng.choice([s for s in SETS if s not in sets]))
        named.sort(key=SETS.index)
    if "no-data-list" in breaks:
        named = []
    layouts = ("full", "modal") if ctx.wide else ("full", "full", "sheet", "modal")
    disclosure = S.Disclosure(
        named=tuple(named),
        purpose="no-purpose" not in breaks,
        proceed="no-proceed" not in breaks,
        go_back="no-go-back" not in breaks,
        ongoing=any(s.endswith(".ongoing") for s in requested),
        fmt=rng.choice(FORMATS),
        layout=rng.choice(layouts),
    )

    def slug(kind: str) -> str:
        return rng.choice(words.slugs[kind])

    def build_connecting(c: S.Ctx, r: random.Random) -> Frame:
        return S.connecting(c, r, disclosure)

    def build_connect(c: S.Ctx, r: random.Random) -> Frame:
        return S.connect(c, r, tiktok=True)

    def build_connect_none(c: S.Ctx, r: random.Random) -> Frame:
        return S.connect(c, r, tiktok=False)

    # Extras come before the connect page, as a designer shows the way in.
    n_extra = rng.choices((0, 1, 2, 3), weights=(35, 35, 22, 8))[0]
    extra_kinds: list[str] = []
    if n_extra:
        entry = rng.choice(("signin", "signin", "lookalike", "provider"))
        pool = ["onboarding", entry, "paywall", "feed"]
        extra_kinds = [k for k in pool if k in rng.sample(pool, n_extra)]
    builders: dict[str, Builder] = {
        "onboarding": S.onboarding,
        "signin": S.signin,
        "lookalike": T.lookalike,
        "provider": T.provider,
        "paywall": S.paywall,
        "feed": S.feed,
    }
    journey = [Screen(k, "other", builders[k], slug(k)) for k in extra_kinds]
    if "no-tiktok-option" in breaks:
        journey.append(Screen("connect-none", "connect", build_connect_none, slug("connect-none")))
    elif "no-connect" not in breaks:
        journey.append(Screen("connect", "connect", build_connect, slug("connect")))
    if "no-connecting" not in breaks:
        journey.append(Screen("connecting", "connecting", build_connecting, slug("connecting")))
    login = rng.random() < 0.45
    fake: str | None = None
    if "fake-authorize" in breaks:
        fake = rng.choice([k for k in ("lookalike", "provider") if k not in extra_kinds])
        journey.append(Screen(fake, "other", builders[fake], slug(fake)))
    elif "no-authorize" not in breaks:
        if login:
            journey.append(Screen("tt-login", "authorize", T.tt_login, slug("tt-login")))
        journey.append(Screen("tt-consent", "authorize", T.tt_consent, slug("tt-consent")))
    if "no-confirmation" in breaks:
        journey.append(Screen("dashboard", "other", S.dashboard, slug("dashboard")))
    elif "no-result" not in breaks:
        journey.append(Screen("result", "result", S.result, slug("result")))

    applied = list(breaks)
    if "out-of-order" in breaks and not reorder(journey, rng):
        applied.remove("out-of-order")

    habit = rng.choices(("png", "jpeg", "half", "frame"), weights=(45, 25, 15, 15))[0]
    if habit == "frame" and pres.kind != "plain":
        habit = "png"  # a board already has its own frame
    shot_scale = device.scale if pres.kind == "plain" else min(device.scale, 2.0)
    can_half = shot_scale >= 2  # halving a 1x shot would leave text too small to read
    if habit == "half" and not can_half:
        habit = "jpeg"
    for s in journey:
        s.export = habit
        if rng.random() < 0.08:
            s.export = "jpeg" if habit != "jpeg" else "png"  # one screen re-exported differently

    if "duplicate" in breaks:
        i = rng.choice([k for k, s in enumerate(journey) if s.step != "other"])
        orig = journey[i]
        copy_export = rng.choice((orig.export, "jpeg", "half" if can_half else "png"))
        journey.insert(i + 1, Screen(orig.kind, orig.step, orig.build, orig.slug + "-copy", copy_export, i))

    kinds = {s.kind for s in journey}
    connect_tags = [f"connect:{ctx.connect_layout}"] if kinds & {"connect", "connect-none"} else []
    if "connecting" in kinds:
        connect_tags += [f"disclosure:{disclosure.fmt}", f"connecting:{disclosure.layout}"]
    if "result" in kinds:
        connect_tags.append(f"result:{ctx.result_layout}")
    tags = [f"broken:{b}" for b in applied] or ["complete"]
    tags += [
        "dark" if look.dark else "light",
        f"style:{look.style}",
        device.platform,
        device.name,
        f"presentation:{pres.kind}",
        *(["caption"] if pres.caption else []),
        f"export:{habit}",
        f"tone:{tone}",
        f"font:{look.display}",
        f"kind:{app.kind}",
        f"app:{app.name}",
        f"tiktok:{tt_mode}",
        *connect_tags,
        "scopes:given" if given else "scopes:none",
    ]
    if any(s.kind == "tt-login" for s in journey):
        tags.append("tiktok-login-state")
    if ctx.tt_dark and any(s.step == "authorize" for s in journey):
        tags.append("tiktok-dark")
    if extra_kinds:
        tags.append(f"extras:{len(extra_kinds)}")
    tags += [f"near-miss:{k}" for k in extra_kinds if k in ("lookalike", "provider")]
    if fake:
        tags.append(f"near-miss:{fake}")
    file_style = rng.choice(("dash", "screen", "app", "artboard"))
    return Submission(sid, split, ctx, given, journey, applied, tags, disclosure, file_style)


def reorder(journey: list[Screen], rng: random.Random) -> bool:
    """Swap the connect page and the connecting screen, or show TikTok's pages first; False if neither fits."""
    steps = [s.step for s in journey]
    options = []
    if "connect" in steps and "connecting" in steps:
        options.append("swap")
    if "authorize" in steps and "connecting" in steps:
        options.append("tiktok-first")
    if not options:
        return False
    if rng.choice(options) == "swap":
        a, b = steps.index("connect"), steps.index("connecting")
        journey[a], journey[b] = journey[b], journey[a]
    else:
        tt = [s for s in journey if s.step == "authorize"]
        rest = [s for s in journey if s.step != "authorize"]
        k = [s.step for s in rest].index("connecting")
        journey[:] = rest[:k] + tt + rest[k:]
    return True
