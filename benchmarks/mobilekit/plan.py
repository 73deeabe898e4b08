"""Plans one submission (app, device, look, scopes, journey, breaks, exports) and derives its truth.

Labels follow the conventions in benchmarks/corpusgen/flows.py's module docstring, and the
truth.json shape of benchmarks/indie/plan.py, so one scorer reads every corpus. The truth is
computed from the final screen list (kinds, labels, disclosure), never from break names, so
two breaks in one submission still get consistent labels.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.corpusgen.common import Device
from benchmarks.mobilekit import screens as S
from benchmarks.mobilekit.look import DEVICES, make_look
from benchmarks.mobilekit.words import DATA_WORDS, POOLS, DataSet, Split

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
# Screens that stand where TikTok's page goes; a journey ending on one of them, like one
# ending on TikTok's own page, only tolerates missing-success-confirmation.
TIKTOK_OR_STANDIN = {"tt-login", "tt-consent", "lookalike", "google", "apple"}

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

Builder = Callable[[S.Ctx, random.Random], S.Built]


@dataclass
class Screen:
    kind: str  # what was drawn
    step: str  # its label
    build: Builder
    slug: str  # the designer's word for it, used by some file-name styles
    export: str = "png"
    duplicate_of: int | None = None


@dataclass
class Submission:
    id: str
    split: Split
    ctx: S.Ctx
    scopes: list[str]
    screens: list[Screen]
    breaks: list[str]
    tags: list[str]
    disclosure: S.Disclosure

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
        last = sub.screens[-1]
        # Only an app screen after TikTok that is not a confirmation is surely reported; ending on
        # TikTok's page, a stand-in or the connecting screen makes the missing result the finding.
        ok = last.step == "other" and last.kind not in TIKTOK_OR_STANDIN
        (expected if ok else tolerated).add("missing-success-confirmation")
    elif steps[-1] != "result":
        # A result shown earlier (out of order): whether the final screen must confirm is moot.
        tolerated.add("missing-success-confirmation")
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


def names_data(text: str) -> bool:
    """True when a sentence would name a data set (purposes and sync lines must not)."""
    low = text.lower()
    return any(re.search(r"\b" + re.escape(w), low) for w in DATA_WORDS)


def check_pools() -> None:
    for split, pool in POOLS.items():
        neutral = [
            *pool.connecting_leads,
            *pool.nolist_leads,
            *pool.ongoing,
            *pool.single,
            *pool.fine_print,
            *pool.connecting_titles,
            *(p for a in pool.apps for p in a.purposes),
        ]
        bad = [t for t in neutral if names_data(t)]
        assert not bad, (split, bad)
    dev, hold = POOLS["dev"], POOLS["holdout"]
    assert not {a.name for a in dev.apps} & {a.name for a in hold.apps}
    for f in ("proceed", "go_back", "connect_ctas", "connecting_titles", "result_titles", "purposes"):
        if f == "purposes":
            a = {p for x in dev.apps for p in x.purposes}
            b = {p for x in hold.apps for p in x.purposes}
        else:
            a, b = set(getattr(dev, f)), set(getattr(hold, f))
        assert not a & b, (f, a & b)


# ---------------------------------------------------------------- planning


def choose_scopes(rng: random.Random) -> list[str]:
    if rng.random() < 0.15:
        return [f"portability.all.{rng.choice(('single', 'ongoing'))}"]
    order = ["activity", "postsandprofile", "directmessages"]
    sets = sorted(rng.sample(order, rng.choice((1, 1, 2, 2, 3))), key=order.index)
    return [f"portability.{s}.{rng.choice(('single', 'single', 'ongoing'))}" for s in sets]


def plan_submission(sid: str, split: Split, rng: random.Random, breaks: list[str]) -> Submission:
    pool = POOLS[split]
    app = rng.choice(pool.apps)
    device: Device = rng.choice(DEVICES)
    look = make_look(rng, app.color, app.accent)
    requested = choose_scopes(rng)
    needs_scopes = {"undisclosed-scope", "unrequested-data"} & set(breaks)
    given = requested if (needs_scopes or rng.random() < 0.85) else []
    if "unrequested-data" in breaks and (scope_set(requested[0]) == "all" or len(requested) == 3):
        # Leave a data set for the screen to over-share.
        requested = given = (
            [requested[0]] if scope_set(requested[0]) != "all" else ["portability.activity.single"]
        )
    if "undisclosed-scope" in breaks and len(requested) == 1 and scope_set(requested[0]) != "all":
        other = next(
            s for s in ("directmessages", "postsandprofile", "activity") if s != scope_set(requested[0])
        )
        requested = given = sorted([*requested, f"portability.{other}.single"])
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
    ctx = S.Ctx(
        split=split,
        pool=pool,
        app=app,
        look=look,
        device=device,
        handle=rng.choice(pool.handles),
        person=rng.choice(pool.people),
        consent_scopes=[s.removeprefix("portability.") for s in requested],
    )
    comments = rng.random() < 0.25

    def conn(c: S.Ctx, r: random.Random) -> S.Built:
        return S.connecting(c, r, disclosure, comments=comments)

    def connect_tt(c: S.Ctx, r: random.Random) -> S.Built:
        return S.connect(c, r, tiktok=True)

    def connect_none(c: S.Ctx, r: random.Random) -> S.Built:
        return S.connect(c, r, tiktok=False)

    # Extras come before the connection flow, as the app's own onboarding would show them.
    n_extra = rng.choice((0, 0, 0, 1, 1, 2, 3))
    extra_kinds = sorted(S.EXTRAS)
    if rng.random() < 0.15:
        extra_kinds.append("applogin")
    picked = rng.sample(extra_kinds, min(n_extra, len(extra_kinds)))
    first = [k for k in ("intro", "notifications", "signin", "applogin") if k in picked]
    picked = first + [k for k in picked if k not in first]
    journey = [Screen(k, "other", S.lookalike_login if k == "applogin" else S.EXTRAS[k], k) for k in picked]
    if "no-tiktok-option" in breaks:
        journey.append(Screen("connect-no-tiktok", "connect", connect_none, "connect-accounts"))
    elif "missing-connect" not in breaks:
        journey.append(Screen("connect", "connect", connect_tt, rng.choice(("connect", "link-accounts"))))
    if "missing-connecting" not in breaks:
        journey.append(Screen("connecting", "connecting", conn, rng.choice(("connecting", "data-consent"))))
    login = rng.random() < 0.45
    if "fake-authorize" in breaks:
        kind, fn = rng.choice(
            (("lookalike", S.lookalike_login), ("google", S.google_sheet), ("apple", S.apple_sheet))
        )
        journey.append(Screen(kind, "other", fn, "sign-in"))
    elif "missing-authorize" not in breaks:
        if login:
            journey.append(Screen("tt-login", "authorize", S.tiktok_login, "tiktok-login"))
        journey.append(Screen("tt-consent", "authorize", S.tiktok_consent, "tiktok-authorize"))
    if "no-confirmation" in breaks:
        journey.append(Screen("dashboard", "other", S.dashboard, "home"))
    elif "missing-result" not in breaks:
        journey.append(Screen("result", "result", S.result, rng.choice(("success", "connected", "done"))))
    if "out-of-order" in breaks:
        journey = reorder(journey, rng)

    habit = rng.choices(("png", "jpeg", "webp", "frame", "half"), weights=(50, 17, 10, 13, 10))[0]
    if habit == "half" and device.scale < 2:
        habit = "png"  # half of a 1x export is too small to read
    for s in journey:
        s.export = habit
        if rng.random() < 0.12:
            s.export = rng.choice(("png", "jpeg"))  # one screen re-exported another way

    if "duplicate" in breaks:
        i = rng.choice([i for i, s in enumerate(journey) if s.step != "other"])
        orig = journey[i]
        how = rng.choice(("same", "jpeg", "half" if device.scale >= 2 else "jpeg"))
        copy_export = orig.export if how == "same" else how
        journey.insert(i + 1, Screen(orig.kind, orig.step, orig.build, orig.slug, copy_export, i))

    tags = [f"broken:{b}" for b in breaks] or ["complete"]
    tags += [
        "dark" if look.dark else "light",
        device.platform,
        device.name,
        f"font:{look.font}",
        f"button:{look.button}",
        f"header:{look.header}",
        f"export:{habit}",
        f"kind:{app.kind}",
        f"app:{app.name}",
        "scopes:given" if given else "scopes:none",
        f"screens:{len(journey)}",
    ]
    if login and not ({"missing-authorize", "fake-authorize"} & set(breaks)):
        tags.append("tiktok-login-state")
    if comments and "activity" in named:
        tags.append("lists-comments")
    if picked:
        tags.append(f"extras:{','.join(picked)}")
    return Submission(sid, split, ctx, given, journey, breaks, tags, disclosure)


def reorder(journey: list[Screen], rng: random.Random) -> list[Screen]:
    """Swap connect and connecting, or show TikTok's pages before the connecting screen."""
    steps = [s.step for s in journey]
    options = []
    if "connect" in steps and "connecting" in steps:
        options.append("swap")
    if "authorize" in steps and "connecting" in steps:
        options.append("tiktok-first")
    if "result" in steps and "authorize" in steps:
        options.append("result-first")
    how = rng.choice(options)
    if how == "swap":
        a, b = steps.index("connect"), steps.index("connecting")
        journey[a], journey[b] = journey[b], journey[a]
        return journey
    if how == "result-first":
        res = journey.pop(steps.index("result"))
        journey.insert(steps.index("authorize"), res)
        return journey
    tt = [s for s in journey if s.step == "authorize"]
    rest = [s for s in journey if s.step != "authorize"]
    k = [s.step for s in rest].index("connecting")
    return rest[:k] + tt + rest[k:]


def compatible(a: str, b: str) -> bool:
    if GROUPS[a] == GROUPS[b]:
        return False
    # Reordering needs two of the steps to move; a missing one may leave nothing to swap.
    return not ({a, b} & {"out-of-order"} and {a, b} & {"missing-connecting", "missing-connect"})


def break_schedule(seed: str, split: Split, n: int, share: float = 0.5) -> list[list[str]]:
    """Half the submissions broken; each break dealt once before any repeats, some paired."""
    rng = random.Random(f"mobilekit-breaks:{seed}:{split}")
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
        if len(breaks) == 1 and rng.random() < 0.15:
            breaks.append(rng.choice([b for b in BREAKS if compatible(breaks[0], b)]))
    schedule += [[] for _ in range(n - broken)]
    rng.shuffle(schedule)
    return schedule
