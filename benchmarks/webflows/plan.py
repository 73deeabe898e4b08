"""Plans one submission (app, device, look, scopes, journey, breaks, export habit) and derives its truth.

Labels follow benchmarks/corpusgen/flows.py's documented conventions so the same scorer reads
this corpus; the truth.json shape is benchmarks/indie/plan.py's. The truth is computed from the
final list of screens and the connecting screen's disclosure, never from break names, so two
breaks in one submission still get consistent labels.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.webflows import screens as S
from benchmarks.webflows.look import DEVICE_WEIGHTS, DEVICES, make_look
from benchmarks.webflows.words import POOLS, Split

STEP_ORDER = {"connect": 0, "connecting": 1, "authorize": 2, "result": 3}
SETS = ("activity", "postsandprofile", "directmessages")
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
    kind: str  # what was drawn
    step: str  # its label
    build: Builder
    slug: str  # the designer's word for it, used by some naming habits
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
            "tolerated_rules": sorted(tolerated - expected),
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
        # An app screen last that does not confirm is reported; ending on TikTok's page may be.
        last = sub.screens[-1]
        # A provider look-alike last (Google, Facebook) is no app screen after TikTok either.
        app_screen = last.step == "other" and not last.kind.startswith("tt-") and last.kind != "fake-auth"
        (expected if app_screen else tolerated).add("missing-success-confirmation")
    d = sub.disclosure
    if "connecting" not in steps:
        if sub.scopes:
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
    device = rng.choices(DEVICES, weights=DEVICE_WEIGHTS)[0]
    look = make_look(rng, app.color, device)
    requested = choose_scopes(rng)
    needs_scopes = bool({"undisclosed-scope", "unrequested-data"} & set(breaks))
    if "unrequested-data" in breaks and (scope_set(requested[0]) == "all" or len(requested) == 3):
        requested = requested[:2] if scope_set(requested[0]) != "all" else ["portability.activity.single"]
    if "undisclosed-scope" in breaks and len(requested) == 1 and scope_set(requested[0]) != "all":
        extra = next(
            s for s in ("postsandprofile", "directmessages", "activity") if s != scope_set(requested[0])
        )
        requested = sorted(
            [*requested, f"portability.{extra}.single"], key=lambda s: SETS.index(scope_set(s))
        )
    given = requested if (needs_scopes or rng.random() < 0.85) else []
    sets = [scope_set(s) for s in requested]
    named = list(sets)
    if "undisclosed-scope" in breaks:
        if sets == ["all"]:
            named = [rng.choice(SETS)]  # one category, no whole-archive wording
        else:
            named.remove(rng.choice(sets))
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
    who = rng.randrange(len(pool.people))  # the handle belongs to the same person
    person = pool.people[who]
    ctx = S.Ctx(
        sid=sid,
        pool=pool,
        app=app,
        look=look,
        device=device,
        person=person,
        handle=pool.handles[who % len(pool.handles)],
        consent_scopes=tuple(s.removeprefix("portability.") for s in requested),
        imported=tuple(sets),
    )

    def conn(c: S.Ctx, r: random.Random) -> str:
        return S.connecting(c, r, disclosure)

    def connect_tt(c: S.Ctx, r: random.Random) -> str:
        return S.connect(c, r, tiktok=True)

    def connect_none(c: S.Ctx, r: random.Random) -> str:
        return S.connect(c, r, tiktok=False)

    extras = {
        "app-login": Screen("app-login", "other", S.app_login, "login"),
        "feed": Screen("feed", "other", S.feed, "home"),
        "pricing": Screen("pricing", "other", S.pricing, "pricing"),
        "account": Screen("account", "other", S.account_settings, "account"),
        "tt-analytics-page": Screen("app-tt-analytics", "other", S.tt_analytics, "tiktok-insights"),
    }
    # Clean flows get the longest journeys (5-7 screens) now and then, as real decks do.
    n_extra = rng.choice((0, 0, 1, 1, 2) if breaks else (0, 0, 1, 1, 2, 3))
    journey = [extras[k] for k in rng.sample(sorted(extras), n_extra)]
    if "app-login" in [s.kind for s in journey]:
        journey.sort(key=lambda s: s.kind != "app-login")  # one signs in first
    if "no-tiktok-option" in breaks:
        journey.append(Screen("connect-no-tiktok", "connect", connect_none, "integrations"))
    elif "missing-connect" not in breaks:
        journey.append(
            Screen("connect", "connect", connect_tt, rng.choice(("connect", "integrations", "sources")))
        )
    if "missing-connecting" not in breaks:
        journey.append(
            Screen("connecting", "connecting", conn, rng.choice(("permissions", "connecting", "consent")))
        )
    login = rng.random() < 0.45
    if "fake-authorize" in breaks:
        fake = rng.choice((S.google_consent, S.facebook_consent, S.lookalike_signin))
        journey.append(Screen("fake-auth", "other", fake, "sign-in"))
    elif "missing-authorize" not in breaks:
        if login:
            journey.append(Screen("tt-login", "authorize", S.tiktok_login, "tiktok-login"))
        journey.append(Screen("tt-consent", "authorize", S.tiktok_consent, "authorize"))
    if "no-confirmation" in breaks:
        journey.append(Screen("dashboard", "other", S.dashboard, "dashboard"))
    elif "missing-result" not in breaks:
        journey.append(Screen("result", "result", S.result, rng.choice(("success", "done", "connected"))))
    if "out-of-order" in breaks:
        journey = reorder(journey, rng)

    habit = rng.choices(("png", "jpeg", "frame", "half"), weights=(58, 18, 14, 10))[0]
    if habit == "half" and device.scale < 2:
        habit = "png"  # halving a 1x screenshot would leave 6 px text
    for s in journey:
        s.export = habit
    if "duplicate" in breaks:
        i = rng.choice([k for k, s in enumerate(journey) if s.step != "other"])
        orig = journey[i]
        copy_export = rng.choice((orig.export, "jpeg", "half" if device.scale >= 2 else "jpeg"))
        journey.insert(i + 1, Screen(orig.kind, orig.step, orig.build, orig.slug + "-2", copy_export, i))
    tags = [f"broken:{b}" for b in breaks] or ["complete"]
    tags += [
        "dark" if look.dark else "light",
        device.platform,
        device.name,
        f"shell:{look.shell}",
        f"font:{look.font}",
        f"export:{habit}",
        f"kind:{app.kind}",
        f"app:{app.name}",
        "scopes:given" if given else "scopes:none",
    ]
    if login and not ({"missing-authorize", "fake-authorize"} & set(breaks)):
        tags.append("tiktok-login-state")
    if n_extra:
        tags.append(f"extras:{n_extra}")
    return Submission(sid, split, ctx, given, journey, breaks, tags, disclosure)


def reorder(journey: list[Screen], rng: random.Random) -> list[Screen]:
    """Swap connect and connecting, put TikTok before the connecting screen, or the result first."""
    steps = [s.step for s in journey]
    options = []
    if "connect" in steps and "connecting" in steps:
        options.append("swap")
    if "authorize" in steps and "connecting" in steps:
        options.append("tiktok-first")
    if "result" in steps and "connect" in steps:
        options.append("result-first")
    how = rng.choice(options)
    if how == "swap":
        a, b = steps.index("connect"), steps.index("connecting")
        journey[a], journey[b] = journey[b], journey[a]
        return journey
    if how == "result-first":
        res = [s for s in journey if s.step == "result"]
        rest = [s for s in journey if s.step != "result"]
        k = [s.step for s in rest].index("connect")
        return rest[:k] + res + rest[k:]
    tt = [s for s in journey if s.step == "authorize"]
    rest = [s for s in journey if s.step != "authorize"]
    k = [s.step for s in rest].index("connecting")
    return rest[:k] + tt + rest[k:]


def compatible(a: str, b: str) -> bool:
    if GROUPS[a] == GROUPS[b]:
        return False
    return {a, b} != {"out-of-order", "missing-connecting"} and {a, b} != {"out-of-order", "missing-connect"}


def break_schedule(seed: str, split: Split, n: int, share: float = 0.5) -> list[list[str]]:
    """Half the submissions broken; every break dealt once before any repeats, leftovers paired."""
    rng = random.Random(f"webflows-breaks:{seed}:{split}")
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
