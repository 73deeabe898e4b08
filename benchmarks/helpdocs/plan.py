"""Plans one submission (app, look, scopes, journey, breaks, exports) and derives its truth.

Labels follow the conventions in the module docstring of benchmarks/corpusgen/flows.py, and
truth.json has the shape of benchmarks/indie/plan.py's `truth()`, so one scorer reads every
corpus. The truth is computed from the final screen list (what was drawn), never from the
break names, so that two breaks in one submission still get consistent labels.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.helpdocs import screens as S
from benchmarks.helpdocs.look import make_look
from benchmarks.helpdocs.words import POOLS, Split

STEP_ORDER = {"connect": 0, "connecting": 1, "authorize": 2, "result": 3}
ERROR_RULES = {
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
SETS = ("activity", "postsandprofile", "directmessages")

# Breaks of the connecting screen's content; each may share a submission with a journey break.
CONTENT = ["no-go-back", "no-proceed", "no-data-list", "no-purpose", "undisclosed-scope", "unrequested-data"]
BREAKS = [
    *CONTENT,
    "missing-connect",
    "missing-connecting",
    "missing-authorize",
    "missing-result",
    "no-confirmation",
    "fake-authorize",
    "duplicate",
    "out-of-order",
    "no-tiktok-option",
]
GROUPS = {
    "missing-connect": "connect",
    "no-tiktok-option": "connect",
    "missing-authorize": "authorize",
    "fake-authorize": "authorize",
    "missing-result": "result",
    "no-confirmation": "result",
    "missing-connecting": "connecting",
    "duplicate": "duplicate",
    "out-of-order": "order",
    **dict.fromkeys(CONTENT, "connecting"),
}

Builder = Callable[[S.Ctx, random.Random], str]


@dataclass
class Screen:
    kind: str  # what was drawn: "connect", "tt-login", "google", "dashboard", ...
    step: str  # its label
    build: Builder
    slug: str  # the writer's word for file names
    export: str = "png"
    duplicate_of: int | None = None


@dataclass
class Submission:
    id: str
    split: Split
    ctx: S.Ctx
    scopes: list[str]  # given to the checker (may be empty)
    screens: list[Screen]
    breaks: list[str]
    tags: list[str]
    disclosure: S.Disclosure
    names: list[str] = field(default_factory=list)

    def truth(self, files: list[str]) -> dict[str, object]:
        expected, tolerated = derive_rules(self)
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


def scope_set(scope: str) -> str:
    return scope.split(".")[1]


def derive_rules(sub: Submission) -> tuple[set[str], set[str]]:
    expected: set[str] = set()
    tolerated: set[str] = set()
    steps = [s.step for s in sub.screens]
    if any(step not in steps for step in STEP_ORDER):
        expected.add("missing-step")
    ranks = [STEP_ORDER[s] for s in steps if s != "other"]
    if any(b < a for a, b in itertools.pairwise(ranks)):
        expected.add("step-order")
    if any(s.kind == "connect-no-tiktok" for s in sub.screens):
        expected.add("missing-connect-option")
    if any(s.duplicate_of is not None for s in sub.screens):
        expected.add("duplicate-screen")
    if "result" not in steps:
        # An app screen last that confirms nothing is reported; ending on TikTok's page (or a
        # stand-in for it) may or may not be.
        last = sub.screens[-1]
        ends_off_app = last.step == "authorize" or last.kind in ("google", "github", "lookalike")
        (tolerated if ends_off_app else expected).add("missing-success-confirmation")
    if "connecting" not in steps:
        if sub.scopes:
            tolerated.add("undisclosed-scope")
        return expected, tolerated
    d = sub.disclosure
    if not d.proceed:
        expected.add("missing-proceed")
    if not d.go_back:
        expected.add("missing-go-back")
    if not d.named:
        expected.add("missing-data-disclosure")
    if not d.purpose:
        expected.add("missing-purpose")
    if sub.scopes:
        sets = {scope_set(s) for s in sub.scopes}
        if any(ds not in d.named for ds in sets):
            expected.add("undisclosed-scope")
        if "all" not in sets and any(ds not in sets for ds in d.named):
            expected.add("unrequested-data")
    return expected, tolerated


# ---------------------------------------------------------------- planning


def choose_scopes(rng: random.Random) -> list[str]:
    if rng.random() < 0.15:
        return [f"portability.all.{rng.choice(('single', 'ongoing'))}"]
    sets = sorted(rng.sample(SETS, rng.choice((1, 1, 2, 2, 3))), key=SETS.index)
    return [f"portability.{s}.{rng.choice(('single', 'single', 'ongoing'))}" for s in sets]


def plan_submission(sid: str, split: Split, rng: random.Random, breaks: list[str]) -> Submission:
    pool = POOLS[split]
    app = rng.choice(pool.apps)
    look = make_look(rng, app.color, app.accent)
    requested = choose_scopes(rng)
    if "unrequested-data" in breaks and scope_set(requested[0]) == "all":
        requested = ["portability.postsandprofile.single"]
    if "unrequested-data" in breaks and len(requested) == 3:
        requested = requested[:2]  # leave a data set for the screen to over-share
    if "undisclosed-scope" in breaks and len(requested) == 1 and scope_set(requested[0]) != "all":
        extra = next(s for s in SETS if s != scope_set(requested[0]))
        requested = sorted(
            [*requested, f"portability.{extra}.single"], key=lambda s: SETS.index(scope_set(s))
        )
    needs_scopes = {"undisclosed-scope", "unrequested-data"} & set(breaks)
    given = requested if (needs_scopes or rng.random() < 0.85) else []
    ctx = S.Ctx(
        pool=pool,
        app=app,
        look=look,
        person=rng.choice(pool.people),
        handle=rng.choice(pool.handles),
        consent_scopes=[s.removeprefix("portability.") for s in requested],
    )
    sets = [scope_set(s) for s in requested]
    named = list(sets)
    if "undisclosed-scope" in breaks:
        forgotten = rng.choice(sets)
        named = [rng.choice(SETS)] if sets == ["all"] else [s for s in sets if s != forgotten]
    if "unrequested-data" in breaks:
        named.append(rng.choice([s for s in SETS if s not in sets]))
    if "no-data-list" in breaks:
        named = []
    disclosure = S.Disclosure(
        named=tuple(named),
        purpose="no-purpose" not in breaks,
        proceed="no-proceed" not in breaks,
        go_back="no-go-back" not in breaks,
        ongoing=any(s.endswith(".ongoing") for s in requested),
    )

    def conn(c: S.Ctx, r: random.Random) -> str:
        return S.connecting(c, r, disclosure)

    def connect_tt(c: S.Ctx, r: random.Random) -> str:
        return S.connect(c, r, tiktok=True)

    def connect_none(c: S.Ctx, r: random.Random) -> str:
        return S.connect(c, r, tiktok=False)

    extras = {
        "signin": Screen("signin", "other", S.signin, "sign-in"),
        "dashboard": Screen("dashboard", "other", S.dashboard, "dashboard"),
        "pricing": Screen("pricing", "other", S.pricing, "pricing"),
        "settings": Screen("settings", "other", S.settings, "account"),
        "devportal": Screen("devportal", "other", S.dev_portal, "dev-portal"),
    }
    # Clean flows are often longer (5-7 screens): help articles start from the login or home.
    n_extra = rng.choice((0, 1, 1, 2, 2, 3)) if not breaks else rng.choice((0, 0, 1, 1, 2))
    journey = [extras[k] for k in rng.sample(sorted(extras), n_extra)]
    if "no-tiktok-option" in breaks:
        journey.append(Screen("connect-no-tiktok", "connect", connect_none, "connections"))
    elif "missing-connect" not in breaks:
        journey.append(
            Screen("connect", "connect", connect_tt, rng.choice(("connect", "integrations", "sources")))
        )
    if "missing-connecting" not in breaks:
        journey.append(
            Screen("connecting", "connecting", conn, rng.choice(("review", "permissions", "details")))
        )
    login = rng.random() < 0.45
    if "fake-authorize" in breaks:
        kind, build = rng.choice(
            (("google", S.google_consent), ("github", S.github_consent), ("lookalike", S.lookalike_signin))
        )
        journey.append(Screen(kind, "other", build, "authorize"))
    elif "missing-authorize" not in breaks:
        if login:
            journey.append(Screen("tt-login", "authorize", S.tiktok_login, "tiktok-login"))
        journey.append(Screen("tt-consent", "authorize", S.tiktok_consent, "tiktok-consent"))
    if "no-confirmation" in breaks:
        journey.append(Screen("dashboard-after", "other", S.dashboard, "dashboard"))
    elif "missing-result" not in breaks:
        journey.append(Screen("result", "result", S.result, rng.choice(("done", "success", "linked"))))
    if "out-of-order" in breaks:
        journey = reorder(journey, rng)

    habit = rng.choices(("png", "jpeg", "frame", "half"), weights=(55, 18, 15, 12))[0]
    if habit == "half" and look.device.scale < 2:
        habit = "png"  # halving a 1x shot leaves text too small to read
    if habit == "frame" and look.mode == "slide":
        habit = "png"  # a slide is already a composed picture
    for s in journey:
        s.export = habit
    if "duplicate" in breaks:
        i = rng.choice([k for k, s in enumerate(journey) if s.step != "other"])
        orig = journey[i]
        copy = rng.choice((orig.export, "jpeg", "half" if look.device.scale >= 2 else "jpeg"))
        journey.insert(i + 1, Screen(orig.kind, orig.step, orig.build, orig.slug, copy, i))

    tags = [f"broken:{b}" for b in breaks] or ["complete"]
    tags += [
        "dark" if look.dark else "light",
        f"mode:{look.mode}",
        look.device.name,
        f"browser:{look.browser}" if look.mode == "window" else "browser:none",
        f"font:{look.font}",
        f"button:{look.button}",
        f"annotate:{look.annotate}",
        f"layout:{look.layout}",
        f"export:{habit}",
        f"kind:{app.kind}",
        f"app:{app.name}",
        "scopes:given" if given else "scopes:none",
    ]
    if look.caption:
        tags.append("caption")
    if look.crop:
        tags.append("cropped")
    if n_extra:
        tags.append(f"extras:{n_extra}")
    return Submission(sid, split, ctx, given, journey, breaks, tags, disclosure)


def reorder(journey: list[Screen], rng: random.Random) -> list[Screen]:
    """Swap connect and connecting, or show TikTok's pages before the connecting screen."""
    steps = [s.step for s in journey]
    options = []
    if "connect" in steps and "connecting" in steps:
        options.append("swap")
    if "authorize" in steps and "connecting" in steps:
        options.append("tiktok-first")
    if not options:
        return journey
    if rng.choice(options) == "swap":
        a, b = steps.index("connect"), steps.index("connecting")
        journey[a], journey[b] = journey[b], journey[a]
        return journey
    tt = [s for s in journey if s.step == "authorize"]
    rest = [s for s in journey if s.step != "authorize"]
    k = [s.step for s in rest].index("connecting")
    return rest[:k] + tt + rest[k:]


def compatible(a: str, b: str) -> bool:
    """Two breaks share a submission only when they touch different screens and both stay visible."""
    if GROUPS[a] == GROUPS[b]:
        return False
    return {a, b} != {"out-of-order", "missing-connecting"}


def break_schedule(seed: str, split: Split, n: int, share: float = 0.5) -> list[list[str]]:
    """Half the submissions broken; each break dealt once before any repeats, leftovers paired."""
    rng = random.Random(f"helpdocs-breaks:{seed}:{split}")
    broken = max(1, round(n * share))
    deck: list[str] = []
    while len(deck) < max(broken, len(BREAKS)):
        deck.extend(rng.sample(BREAKS, len(BREAKS)))
    schedule: list[list[str]] = [[b] for b in deck[:broken]]
    for extra in deck[broken : len(BREAKS)]:
        hosts = [s for s in schedule if len(s) == 1 and compatible(s[0], extra)]
        if hosts:
            rng.choice(hosts).append(extra)
    for breaks in schedule:
        if len(breaks) == 1 and rng.random() < 0.12:
            breaks.append(rng.choice([b for b in BREAKS if compatible(breaks[0], b)]))
    schedule += [[] for _ in range(n - broken)]
    rng.shuffle(schedule)
    return schedule
