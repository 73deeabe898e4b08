"""Plans one submission (app, device, look, scopes, journey, breaks, exports) and derives its truth.

Labels follow the conventions of benchmarks/corpusgen/flows.py (its module docstring), so the
same scorer reads both corpora. The truth is computed from the final list of screens, not from
the break names, so that two breaks in one submission still get consistent labels.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.corpusgen.common import Device
from benchmarks.indie import screens as S
from benchmarks.indie.look import DEVICES, make_look
from benchmarks.indie.words import APPS, HANDLES, PEOPLE, DataSet, Split

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

# Breaks that change the connecting screen; each may be paired with one from SECOND.
CONTENT = ["no-go-back", "no-proceed", "no-data-list", "no-purpose", "undisclosed-scope", "unrequested-data"]
SECOND = [
    "duplicate",
    "out-of-order",
    "no-tiktok-option",
    "no-confirmation",
    "missing-result",
    "fake-authorize",
]
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

Builder = Callable[[S.Ctx, random.Random], str]


@dataclass
class Screen:
    kind: str  # what was drawn: "connect", "tt-login", "dashboard", "feed", ...
    step: str  # its label
    build: Builder
    slug: str  # the designer's word in the file name
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
    disclosure: S.Disclosure | None
    names: list[str] = field(default_factory=list)  # file stems, set by name_files

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


def scope_set(scope: str) -> DataSet:
    return scope.split(".")[1]  # type: ignore[return-value]


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
        # A final app screen that is not a confirmation is reported; ending on TikTok may be.
        last = sub.screens[-1]
        (expected if last.step == "other" and not last.kind.startswith("tt") else tolerated).add(
            "missing-success-confirmation"
        )
    d = sub.disclosure
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
    """What the app asks TikTok for: one to three data sets, or all (each single or ongoing)."""
    if rng.random() < 0.18:
        return [f"portability.all.{rng.choice(('single', 'ongoing'))}"]
    sets = rng.sample(["activity", "postsandprofile", "directmessages"], rng.choice((1, 1, 2, 2, 3)))
    sets.sort(key=["activity", "postsandprofile", "directmessages"].index)
    return [f"portability.{s}.{rng.choice(('single', 'single', 'ongoing'))}" for s in sets]


def plan_submission(sid: str, split: Split, rng: random.Random, breaks: list[str]) -> Submission:
    app = rng.choice(APPS[split])
    device: Device = rng.choice(DEVICES)
    look = make_look(rng, app.color, app.accent)
    requested = choose_scopes(rng)
    needs_scopes = {"undisclosed-scope", "unrequested-data"} & set(breaks)
    given = requested if (needs_scopes or rng.random() < 0.85) else []
    if "unrequested-data" in breaks and scope_set(requested[0]) == "all":
        requested = given = ["portability.activity.single"]
    if "unrequested-data" in breaks and len(requested) == 3:
        requested = given = requested[:2]  # leave a data set for the screen to over-share
    if "undisclosed-scope" in breaks and len(requested) == 1 and scope_set(requested[0]) != "all":
        # Undisclosed needs a second set the screen forgets; add one.
        extra = next(
            s for s in ("postsandprofile", "directmessages", "activity") if s != scope_set(requested[0])
        )
        requested = given = [*requested, f"portability.{extra}.single"]
    ctx = S.Ctx(
        split=split,
        app=app,
        look=look,
        device=device,
        handle=rng.choice(HANDLES[split]),
        person=rng.choice(PEOPLE[split]),
        consent_scopes=[s.removeprefix("portability.") for s in requested],
    )
    sets: list[DataSet] = [scope_set(s) for s in requested]
    named: list[DataSet] = list(sets)
    if "undisclosed-scope" in breaks:
        if sets == ["all"]:
            named = [rng.choice(["activity", "postsandprofile", "directmessages"])]  # no "all" wording
        else:
            named.remove(rng.choice(sets))
    if "unrequested-data" in breaks:
        named.append(
            rng.choice([s for s in ("activity", "postsandprofile", "directmessages") if s not in sets])
        )
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
        "signin": Screen("signin", "other", S.signin, "login"),
        "feed": Screen("feed", "other", S.feed, "home"),
        "paywall": Screen("paywall", "other", S.paywall, "premium"),
        "settings": Screen("settings", "other", S.settings, "settings"),
    }
    n_extra = rng.choice((0, 0, 0, 1, 1, 2))
    journey = [extras[k] for k in rng.sample(sorted(extras), n_extra)]
    if "no-tiktok-option" in breaks:
        journey.append(Screen("connect-no-tiktok", "connect", connect_none, "integrations"))
    elif "missing-connect" not in breaks:
        journey.append(
            Screen("connect", "connect", connect_tt, rng.choice(("connect", "integrations", "link")))
        )
    if "missing-connecting" not in breaks:
        journey.append(
            Screen(
                "connecting", "connecting", conn, rng.choice(("connecting", "permissions", "before-connect"))
            )
        )
    login = rng.random() < 0.45
    if "fake-authorize" in breaks:
        fake = rng.choice((S.google_consent, S.lookalike_signin))
        journey.append(Screen("fake-auth", "other", fake, "sign-in"))
    elif "missing-authorize" not in breaks:
        if login:
            journey.append(Screen("tt-login", "authorize", S.tiktok_login, "tiktok-login"))
        journey.append(Screen("tt-consent", "authorize", S.tiktok_consent, "tiktok-auth"))
    if "no-confirmation" in breaks:
        journey.append(Screen("dashboard", "other", S.dashboard, "dashboard"))
    elif "missing-result" not in breaks:
        journey.append(Screen("result", "result", S.result, rng.choice(("success", "done", "connected"))))

    if "out-of-order" in breaks:
        journey = reorder(journey, rng)

    habit = rng.choices(("png", "jpeg", "frame", "half"), weights=(60, 15, 15, 10))[0]
    if habit == "half" and device.scale < 2:
        habit = "png"  # halving a 1x export would leave text too small to read
    for s in journey:
        s.export = habit

    if "duplicate" in breaks:
        candidates = [i for i, s in enumerate(journey) if s.step != "other"]
        i = rng.choice(candidates)
        orig = journey[i]
        copy_export = rng.choice((orig.export, "jpeg", "half" if device.scale >= 2 else "jpeg"))
        journey.insert(i + 1, Screen(orig.kind, orig.step, orig.build, orig.slug + "-copy", copy_export, i))
        # Indices after i shifted by one; a duplicate points at its original, just before it.
    tags = [f"broken:{b}" for b in breaks] or ["complete"]
    tags += [
        "dark" if look.dark else "light",
        device.platform,
        device.name,
        f"font:{look.font}",
        f"button:{look.button}",
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
    """Swap connect and connecting, or show TikTok's pages before the connecting screen."""
    steps = [s.step for s in journey]
    options = []
    if "connect" in steps and "connecting" in steps:
        options.append("swap")
    if "authorize" in steps and "connecting" in steps:
        options.append("tiktok-first")
    how = rng.choice(options)
    if how == "swap":
        a, b = steps.index("connect"), steps.index("connecting")
        journey[a], journey[b] = journey[b], journey[a]
        return journey
    tt = [s for s in journey if s.step == "authorize"]
    rest = [s for s in journey if s.step != "authorize"]
    k = [s.step for s in rest].index("connecting")
    return rest[:k] + tt + rest[k:]


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


def compatible(a: str, b: str) -> bool:
    """Two breaks can share a submission when they touch different screens and both stay visible."""
    if GROUPS[a] == GROUPS[b]:
        return False
    # Reordering needs the connecting screen and one neighbour to move.
    return {a, b} != {"out-of-order", "missing-connecting"}


def break_schedule(seed: str, split: Split, n: int, share: float = 0.4) -> list[list[str]]:
    """40% of submissions broken; every break occurs in each split, some paired when too few.

    Each break is dealt once from a shuffled deck before any repeats; breaks left over when
    there are fewer broken submissions than breaks become second breaks of compatible ones.
    """
    rng = random.Random(f"indie-breaks:{seed}:{split}")
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
