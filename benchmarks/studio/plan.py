"""Plans one submission (app, device, look, scopes, journey, breaks, exports) and derives its truth.

Labels follow benchmarks/corpusgen/flows.py's documented conventions (the same scorer reads
every corpus). The truth is derived from the final screen list and the connecting screen's
Disclosure, never from the break names, so two breaks in one submission still get
consistent labels.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.studio import screens as S
from benchmarks.studio.look import DEVICES, Look, make_look
from benchmarks.studio.words import POOLS, Split

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

# Breaks of the connecting screen's content; each may share a submission with one of SECOND.
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

Builder = Callable[[S.Ctx, random.Random], S.Shot]


@dataclass
class Screen:
    kind: str  # what is drawn: "connect", "tt-login", "dashboard", ...
    step: str  # its label
    build: Builder
    slug: str  # the designer's word for it in the file name
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
    quality: int = 85  # JPEG quality of this designer's exports
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
    """Expected and tolerated rule ids of the final screen list (flows.py conventions)."""
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
        # An app screen last that does not confirm is reported; ending on TikTok's (or a fake
        # identity provider's) page may be, since the journey simply stops there.
        last = sub.screens[-1]
        (expected if last.step == "other" and not last.kind.startswith(("tt-", "fake-")) else tolerated).add(
            "missing-success-confirmation"
        )
    d = sub.ctx.disclosure
    if "connecting" not in steps:
        if sub.scopes:
            tolerated.add("undisclosed-scope")
        return expected, tolerated
    assert d is not None
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
    """What the app asks TikTok for: one to three data sets, or everything; single or ongoing."""
    if rng.random() < 0.15:
        return [f"portability.all.{rng.choice(('single', 'ongoing'))}"]
    sets = sorted(rng.sample(SETS, rng.choice((1, 1, 2, 2, 3))), key=SETS.index)
    return [f"portability.{s}.{rng.choice(('single', 'single', 'ongoing'))}" for s in sets]


def build_disclosure(requested: list[str], breaks: list[str], rng: random.Random) -> S.Disclosure:
    sets = [scope_set(s) for s in requested]
    named = list(sets)
    if "all" in sets and rng.random() < 0.4:
        # Whole-archive wording plus the main categories, as the spec recommends.
        named += rng.sample(SETS, 2)
    if "undisclosed-scope" in breaks:
        if sets == ["all"]:
            named = [rng.choice(SETS)]  # categories but no whole-archive wording
        else:
            named.remove(rng.choice(sets))
    if "unrequested-data" in breaks:
        named.append(rng.choice([s for s in SETS if s not in sets]))
    if "no-data-list" in breaks:
        named = []
    return S.Disclosure(
        named=tuple(named),
        purpose="no-purpose" not in breaks,
        proceed="no-proceed" not in breaks,
        go_back="no-go-back" not in breaks,
        ongoing=any(s.endswith(".ongoing") for s in requested),
    )


EXTRAS_BEFORE = {
    "signin": (S.signin, "Sign in"),
    "feed": (S.feed, "Home"),
    "pricing": (S.pricing, "Pricing"),
    "settings": (S.settings, "Settings"),
    "profile": (S.profile, "Profile"),
}
EXTRAS_AFTER = {
    "feed": (S.feed, "Home"),
    "profile": (S.profile, "Profile"),
    "dashboard": (S.dashboard, "Dashboard"),
}


def plan_submission(sid: str, split: Split, rng: random.Random, breaks: list[str]) -> Submission:
    pool = POOLS[split]
    app = rng.choice(pool.apps)
    device = rng.choice(DEVICES)
    look: Look = make_look(rng, device, app.color, app.accent)
    requested = choose_scopes(rng)
    wants_scopes = bool({"undisclosed-scope", "unrequested-data"} & set(breaks))
    if "unrequested-data" in breaks:
        if scope_set(requested[0]) == "all":
            requested = ["portability.activity.single"]
        requested = requested[:2]  # leave a data set for the screen to over-share
    if "undisclosed-scope" in breaks and len(requested) == 1 and scope_set(requested[0]) != "all":
        # The screen must forget one set and still name another; give it a second one.
        other = next(
            s for s in ("postsandprofile", "directmessages", "activity") if s != scope_set(requested[0])
        )
        requested = sorted(
            [*requested, f"portability.{other}.single"], key=lambda s: SETS.index(scope_set(s))
        )
    given = requested if (wants_scopes or rng.random() < 0.85) else []
    disclosure = build_disclosure(requested, breaks, rng)
    who = rng.randrange(len(pool.people))
    ctx = S.Ctx(
        pool=pool,
        app=app,
        look=look,
        device=device,
        person=pool.people[who],
        handle=pool.handles[who],  # the same person's TikTok handle
        consent_scopes=[s.removeprefix("portability.") for s in requested],
        disclosure=disclosure,
    )

    journey: list[Screen] = []
    n_before = rng.choice((0, 0, 0, 1, 1, 2))
    for k in rng.sample(sorted(EXTRAS_BEFORE), n_before):
        fn, word = EXTRAS_BEFORE[k]
        journey.append(Screen(k, "other", fn, word))
    if "no-tiktok-option" in breaks:
        journey.append(
            Screen("connect-no-tiktok", "connect", lambda c, r: S.connect(c, r, tiktok=False), "Integrations")
        )
    elif "missing-connect" not in breaks:
        journey.append(
            Screen("connect", "connect", S.connect, rng.choice(("Connect", "Integrations", "Sources")))
        )
    if "missing-connecting" not in breaks:
        journey.append(
            Screen(
                "connecting", "connecting", S.connecting, rng.choice(("Connecting", "Permissions", "Consent"))
            )
        )
    login = rng.random() < 0.45
    if "fake-authorize" in breaks:
        fake = rng.choice(((S.google_consent, "Google"), (S.apple_consent, "Apple"), (S.lookalike, "Login")))
        journey.append(Screen("fake-" + fake[1].lower(), "other", fake[0], fake[1]))
    elif "missing-authorize" not in breaks:
        if login:
            journey.append(Screen("tt-login", "authorize", S.tiktok_login, "TikTok login"))
        journey.append(Screen("tt-consent", "authorize", S.tiktok_consent, "TikTok authorize"))
    n_after = 0
    if "no-confirmation" in breaks:
        journey.append(Screen("dashboard", "other", S.dashboard, "Dashboard"))
    elif "missing-result" not in breaks:
        journey.append(Screen("result", "result", S.result, rng.choice(("Success", "Done", "Connected"))))
        # Some designers keep going: the app's home after the confirmation.
        n_after = rng.choice((0, 0, 0, 1))
        for k in rng.sample(sorted(EXTRAS_AFTER), n_after):
            fn, word = EXTRAS_AFTER[k]
            journey.append(Screen(k, "other", fn, word))

    if "out-of-order" in breaks:
        journey = reorder(journey, rng)

    habit = rng.choices(("png", "jpeg", "frame", "half"), weights=(58, 17, 15, 10))[0]
    if habit == "half" and device.scale < 2:
        habit = "png"  # halving a 1x export leaves text too small to read
    # Low JPEG qualities only on dense screens, where the blockiness still leaves text readable.
    quality = rng.randint(40, 90) if device.scale >= 2 else rng.randint(65, 90)
    for s in journey:
        s.export = habit

    if "duplicate" in breaks:
        i = rng.choice([k for k, s in enumerate(journey) if s.step != "other"])
        orig = journey[i]
        copy_export = rng.choice((orig.export, "jpeg", "half" if device.scale >= 2 else "jpeg"))
        if orig.export == "frame":
            copy_export = "frame"  # the same framed file again: a re-export would draw a new canvas
        journey.insert(i + 1, Screen(orig.kind, orig.step, orig.build, orig.slug + " copy", copy_export, i))

    tags = [f"broken:{b}" for b in breaks] or ["complete"]
    tags += [
        "dark" if look.dark else "light",
        device.platform,
        device.name,
        f"kit:{look.kit}",
        f"font:{look.font}",
        f"button:{look.button}",
        f"export:{habit}",
        f"kind:{app.kind}",
        f"app:{app.name}",
        "scopes:given" if given else "scopes:none",
    ]
    if login and not ({"missing-authorize", "fake-authorize"} & set(breaks)):
        tags.append("tiktok-login-state")
    if n_before + n_after:
        tags.append(f"extras:{n_before + n_after}")
    return Submission(sid, split, ctx, given, journey, breaks, tags, quality)


def reorder(journey: list[Screen], rng: random.Random) -> list[Screen]:
    """Swap connect and connecting, show TikTok before the connecting screen, or the result early."""
    steps = [s.step for s in journey]
    options = []
    if "connect" in steps and "connecting" in steps:
        options.append("swap")
    if "authorize" in steps and "connecting" in steps:
        options.append("tiktok-first")
    if "result" in steps and "authorize" in steps:
        options.append("result-early")
    how = rng.choice(options)
    if how == "swap":
        a, b = steps.index("connect"), steps.index("connecting")
        journey[a], journey[b] = journey[b], journey[a]
        return journey
    if how == "result-early":
        res = journey.pop(steps.index("result"))
        journey.insert([s.step for s in journey].index("authorize"), res)
        return journey
    tt = [s for s in journey if s.step == "authorize"]
    rest = [s for s in journey if s.step != "authorize"]
    k = [s.step for s in rest].index("connecting")
    return rest[:k] + tt + rest[k:]


def compatible(a: str, b: str) -> bool:
    """Two breaks can share a submission when they touch different screens and both stay visible."""
    if GROUPS[a] == GROUPS[b]:
        return False
    return {a, b} != {"out-of-order", "missing-connecting"}


def break_schedule(seed: str, split: Split, n: int, share: float = 0.5) -> list[list[str]]:
    """Half the submissions broken; every break dealt once per split before any repeats.

    Breaks left over when there are fewer broken submissions than breaks become second
    breaks of compatible submissions; a few more get a random second break.
    """
    rng = random.Random(f"studio-breaks:{seed}:{split}")
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
