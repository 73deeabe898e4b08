"""Plans one submission (app, device, look, scopes, journey, breaks, exports) and derives its truth.

Labels follow the conventions in the module docstring of benchmarks/corpusgen/flows.py. The truth
is computed from the final list of screens and the connecting screen's `Disclosure`, never from
the break names, so two breaks in one submission still get consistent labels.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.saasdesk import screens as S
from benchmarks.saasdesk.look import DESKTOPS, TABLETS, make_look
from benchmarks.saasdesk.words import POOLS, DataSet, Split

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

# Breaks that change what the connecting screen shows.
CONTENT_BREAKS = (
    "no-go-back",
    "no-proceed",
    "no-data-list",
    "no-purpose",
    "undisclosed-scope",
    "unrequested-data",
)
FLOW_BREAKS = (
    "missing-connect",
    "missing-connecting",
    "missing-authorize",
    "missing-result",
    "no-confirmation",
    "fake-authorize",
    "duplicate",
    "out-of-order",
    "no-tiktok-option",
)
ALL_BREAKS = CONTENT_BREAKS + FLOW_BREAKS
# Breaks touching the same screen cannot share a submission (one would hide the other).
GROUP = {
    **dict.fromkeys(CONTENT_BREAKS, "connecting"),
    "missing-connecting": "connecting",
    "missing-connect": "connect",
    "no-tiktok-option": "connect",
    "missing-authorize": "authorize",
    "fake-authorize": "authorize",
    "missing-result": "result",
    "no-confirmation": "result",
    "duplicate": "duplicate",
    "out-of-order": "order",
}
MISSING = {"missing-connect", "missing-connecting", "missing-authorize", "missing-result"}
# App screens that may end a journey without confirming anything.
APP_ENDINGS = {"dashboard", "report"}
THIRD_PARTY = {"tt-login", "tt-consent", "google", "lookalike"}

Builder = Callable[[S.Ctx, random.Random], str]


@dataclass
class Screen:
    kind: str  # what was drawn: "connect", "tt-consent", "dashboard", ...
    step: str  # its label
    build: Builder
    slug: str  # the designer's word for it in a file name
    export: str = "png"
    duplicate_of: int | None = None


@dataclass
class Submission:
    id: str
    split: Split
    ctx: S.Ctx
    scopes: list[str]  # given to the checker with --scopes (may be empty)
    requested: list[str]  # what the app asks TikTok for (shown on TikTok's consent page)
    screens: list[Screen]
    breaks: list[str]
    disclosure: S.Disclosure | None
    tags: list[str] = field(default_factory=list)

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


def data_set(scope: str) -> DataSet:
    return scope.split(".")[1]  # type: ignore[return-value]


def derive_rules(sub: Submission) -> tuple[set[str], set[str]]:
    expected: set[str] = set()
    tolerated: set[str] = set()
    steps = [s.step for s in sub.screens]
    if any(step not in steps for step in STEP_RANK):
        expected.add("missing-step")
    ranks = [STEP_RANK[s] for s in steps if s != "other"]
    if any(b < a for a, b in itertools.pairwise(ranks)):
        expected.add("step-order")
    if any(s.kind == "connect-no-tiktok" for s in sub.screens):
        expected.add("missing-connect-option")
    if any(s.duplicate_of is not None for s in sub.screens):
        expected.add("duplicate-screen")
    last = sub.screens[-1]
    if "result" not in steps:
        # An app page after TikTok that says nothing of the connection is reported; a journey
        # that stops on a third party's page or on the app's own earlier screen may or may not be.
        if last.step == "other" and last.kind in APP_ENDINGS:
            expected.add("missing-success-confirmation")
        else:
            tolerated.add("missing-success-confirmation")
    elif last.step != "result":
        tolerated.add("missing-success-confirmation")  # the confirmation exists but is not the final screen
    if "connecting" not in steps:
        if sub.scopes:
            tolerated.add("undisclosed-scope")
        return expected, tolerated
    d = sub.disclosure
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
        sets = {data_set(s) for s in sub.scopes}
        named = set(d.named)
        if any(ds not in named for ds in sets):
            expected.add("undisclosed-scope")
        if "all" not in sets and named - sets:
            expected.add("unrequested-data")
    return expected, tolerated


# ---------------------------------------------------------------- breaks


def compatible(a: str, b: str) -> bool:
    if a == b or GROUP[a] == GROUP[b]:
        return False
    if a in MISSING and b in MISSING:
        return False  # two dropped steps leave too little of a journey to be a mockup set
    return {a, b} != {"out-of-order", "missing-connecting"}


def break_schedule(seed: str, split: Split, n: int, share: float = 0.5) -> list[list[str]]:
    """Half the submissions broken. Breaks are dealt from shuffled full decks, so each occurs
    once per split before any repeats; a quarter of the broken ones get a second, compatible break."""
    rng = random.Random(f"saasdesk-breaks:{seed}:{split}")
    broken = round(n * share)
    deck: list[str] = []
    while len(deck) < broken:
        deck += rng.sample(ALL_BREAKS, len(ALL_BREAKS))
    schedule = [[b] for b in deck[:broken]]
    for breaks in schedule:
        if rng.random() < 0.25:
            breaks.append(rng.choice([b for b in ALL_BREAKS if compatible(breaks[0], b)]))
    schedule += [[] for _ in range(n - broken)]
    rng.shuffle(schedule)
    return schedule


# ---------------------------------------------------------------- planning


def choose_scopes(rng: random.Random) -> list[str]:
    if rng.random() < 0.2:
        return [f"portability.all.{rng.choice(('single', 'ongoing'))}"]
    order = ["activity", "postsandprofile", "directmessages"]
    sets = sorted(rng.sample(order, rng.choice((1, 1, 2, 2, 3))), key=order.index)
    return [f"portability.{s}.{rng.choice(('single', 'single', 'ongoing'))}" for s in sets]


def fit_scopes(requested: list[str], breaks: list[str], rng: random.Random) -> list[str]:
    """Adjust the requested scopes so a scope break has something to act on."""
    sets = [data_set(s) for s in requested]
    if "unrequested-data" in breaks and (sets == ["all"] or len(sets) == 3):
        keep = rng.sample(["activity", "postsandprofile", "directmessages"], rng.choice((1, 2)))
        return [f"portability.{s}.single" for s in sorted(keep)]
    if "undisclosed-scope" in breaks and len(sets) == 1 and sets != ["all"]:
        extra = rng.choice([s for s in ("activity", "postsandprofile", "directmessages") if s != sets[0]])
        order = ["activity", "postsandprofile", "directmessages"]
        both = sorted([sets[0], extra], key=order.index)
        kinds = {data_set(s): s.split(".")[2] for s in requested}
        return [f"portability.{s}.{kinds.get(s, 'single')}" for s in both]
    return requested


def disclosure_for(requested: list[str], breaks: list[str], rng: random.Random) -> S.Disclosure:
    sets: list[DataSet] = [data_set(s) for s in requested]
    named: list[DataSet] = list(sets)
    if "undisclosed-scope" in breaks:
        if sets == ["all"]:
            named = [
                rng.choice(["activity", "postsandprofile", "directmessages"])
            ]  # no all-your-data wording
        else:
            named.remove(rng.choice(sets))
    if "unrequested-data" in breaks:
        named.append(
            rng.choice([s for s in ("activity", "postsandprofile", "directmessages") if s not in sets])
        )
        order = ["activity", "postsandprofile", "directmessages"]
        named.sort(key=order.index)
    if "no-data-list" in breaks:
        named = []
    return S.Disclosure(
        named=tuple(named),
        purpose="no-purpose" not in breaks,
        proceed="no-proceed" not in breaks,
        go_back="no-go-back" not in breaks,
        ongoing=any(s.endswith(".ongoing") for s in requested),
    )


def reorder(journey: list[Screen], rng: random.Random) -> tuple[list[Screen], str]:
    """Connect and connecting swapped, TikTok's pages before the connecting screen, or the result before TikTok."""
    steps = [s.step for s in journey]
    options = []
    if "connect" in steps and "connecting" in steps:
        options.append("swap")
    if "authorize" in steps and "connecting" in steps:
        options.append("tiktok-first")
    if "authorize" in steps and "result" in steps:
        options.append("result-early")
    how = rng.choice(options)
    if how == "swap":
        a, b = steps.index("connect"), steps.index("connecting")
        journey[a], journey[b] = journey[b], journey[a]
        return journey, how
    tt = [s for s in journey if s.step == "authorize"]
    rest = [s for s in journey if s.step != "authorize"]
    anchor = "connecting" if how == "tiktok-first" else "result"
    k = [s.step for s in rest].index(anchor)
    if how == "tiktok-first":
        return rest[:k] + tt + rest[k:], how
    return rest[: k + 1] + tt + rest[k + 1 :], how


EXTRA_ORDER = ("pricing", "signin", "lookalike", "google", "onboarding", "dashboard")


def plan_submission(sid: str, split: Split, rng: random.Random, breaks: list[str]) -> Submission:
    w = POOLS[split]
    app = rng.choice(w.apps)
    device = rng.choice(DESKTOPS) if rng.random() < 0.68 else rng.choice(TABLETS)
    look = make_look(rng, app.color, app.accent, device=device, research=app.kind == "research")
    requested = fit_scopes(choose_scopes(rng), breaks, rng)
    scope_breaks = {"undisclosed-scope", "unrequested-data"} & set(breaks)
    given = list(requested) if scope_breaks or rng.random() < 0.85 else []
    disclosure = disclosure_for(requested, breaks, rng)

    browser: str | None = None
    if rng.random() < 0.38:
        browser = "safari" if device.platform == "tablet" and rng.random() < 0.7 else "chrome"
    tt_frame = (
        rng.choices(("browser", "popup"), (60, 40))[0]
        if browser
        else rng.choices(("bare", "browser", "popup"), (35, 40, 25))[0]
    )
    layouts = {
        "connect": rng.choice(tuple(S.CONNECT_LAYOUTS)),
        "connecting": rng.choice(tuple(S.CONNECTING_LAYOUTS)),
        "datalist": rng.choice(("table", "checks", "chips", "dl", "sentence", "accordion", "minis")),
        "purpose": rng.choice(("callout", "section", "paragraph")),
        "result": rng.choice(tuple(S.RESULT_LAYOUTS)),
        "tt_login": rng.choices(("options", "qr", "form"), (60, 20, 20))[0],
    }
    ctx = S.Ctx(
        sid=sid,
        split=split,
        w=w,
        app=app,
        look=look,
        device=device,
        person=rng.choice(w.people),
        handle=rng.choice(w.handles),
        workspace=rng.choice(w.workspaces),
        consent_scopes=tuple(s.removeprefix("portability.") for s in requested),
        browser=browser,  # type: ignore[arg-type]
        tt_frame=tt_frame,  # type: ignore[arg-type]
        tt_dark=rng.random() < 0.2,
        nav=w.nav[app.kind],
        services=tuple(rng.sample(w.services, 9)),
        layouts=layouts,
    )

    def connecting_builder(c: S.Ctx, r: random.Random) -> str:
        return S.connecting(c, r, disclosure)

    def connect_with(c: S.Ctx, r: random.Random) -> str:
        return S.connect(c, r, tiktok=True)

    def connect_without(c: S.Ctx, r: random.Random) -> str:
        return S.connect(c, r, tiktok=False)

    extras = {
        "pricing": Screen("pricing", "other", S.pricing, "pricing"),
        "signin": Screen("signin", "other", S.signin, "sign-in"),
        "lookalike": Screen("lookalike", "other", S.lookalike_signin, "login"),
        "google": Screen("google", "other", S.google_consent, "google-signup"),
        "onboarding": Screen("onboarding", "other", S.onboarding, "onboarding"),
        "dashboard": Screen("dashboard", "other", S.dashboard, "dashboard"),
    }
    n_extra = rng.choices((0, 1, 2), (45, 35, 20))[0]
    weights = {"pricing": 2, "signin": 4, "lookalike": 2, "google": 2, "onboarding": 2, "dashboard": 3}
    picked: list[str] = []
    while len(picked) < n_extra:
        k = rng.choices(list(weights), list(weights.values()))[0]
        if k not in picked and not (
            k in ("lookalike", "google", "signin") and {"lookalike", "google", "signin"} & set(picked)
        ):
            picked.append(k)
    journey = [extras[k] for k in EXTRA_ORDER if k in picked]

    if "no-tiktok-option" in breaks:
        journey.append(Screen("connect-no-tiktok", "connect", connect_without, "integrations"))
    elif "missing-connect" not in breaks:
        journey.append(
            Screen("connect", "connect", connect_with, rng.choice(("integrations", "connect", "channels")))
        )
    if "missing-connecting" not in breaks:
        journey.append(
            Screen(
                "connecting",
                "connecting",
                connecting_builder,
                rng.choice(("connecting", "permissions", "review")),
            )
        )
    tt_state = rng.choices(("both", "consent", "login"), (30, 55, 15))[0]
    fake = ""
    if "fake-authorize" in breaks:
        fake = rng.choice(("lookalike", "google"))
        slug = "login" if fake == "lookalike" else "google-auth"
        builder = S.lookalike_signin if fake == "lookalike" else S.google_consent
        journey.append(Screen(fake, "other", builder, slug))
    elif "missing-authorize" not in breaks:
        if tt_state in ("both", "login"):
            journey.append(Screen("tt-login", "authorize", S.tiktok_login, "tiktok-login"))
        if tt_state in ("both", "consent"):
            journey.append(Screen("tt-consent", "authorize", S.tiktok_consent, "tiktok-authorize"))
    ending = ""
    if "no-confirmation" in breaks:
        ending = rng.choice(("dashboard", "report"))
        builder = S.dashboard if ending == "dashboard" else S.report_page
        journey.append(Screen(ending, "other", builder, ending))
    elif "missing-result" not in breaks:
        journey.append(Screen("result", "result", S.result, rng.choice(("success", "connected", "done"))))

    how = ""
    if "out-of-order" in breaks:
        journey, how = reorder(journey, rng)

    habits = ["png", "jpeg", "frame", "frame-jpeg"] + (["half", "half-jpeg"] if device.scale >= 2 else [])
    weights_h = [40, 25, 15, 8] + ([8, 4] if device.scale >= 2 else [])
    habit = rng.choices(habits, weights_h)[0]
    mixed = rng.random() < 0.15
    for s in journey:
        s.export = rng.choices(habits, weights_h)[0] if mixed else habit

    if "duplicate" in breaks:
        i = rng.choice([i for i, s in enumerate(journey) if s.step != "other"])
        orig = journey[i]
        again = rng.choice((orig.export, "jpeg", "half" if device.scale >= 2 else "jpeg"))
        journey.insert(i + 1, Screen(orig.kind, orig.step, orig.build, orig.slug, again, duplicate_of=i))

    tags = [f"broken:{b}" for b in breaks] or ["complete"]
    tags += [
        "dark" if look.dark else "light",
        device.platform,
        device.name,
        "portrait" if device.height > device.width else "landscape",
        f"font:{look.font}",
        f"button:{look.button}",
        f"sidebar:{look.sidebar}",
        f"density:{look.density}",
        f"connect:{layouts['connect']}",
        f"connecting:{layouts['connecting']}",
        f"datalist:{layouts['datalist']}",
        f"result:{layouts['result']}",
        f"tiktok:{tt_frame}",
        f"export:{'mixed' if mixed else habit}",
        f"kind:{app.kind}",
        "scopes:given" if given else "scopes:none",
    ]
    if browser:
        tags.append(f"browser:{browser}")
    if look.zoom != 1:
        tags.append("zoomed-out" if look.zoom < 1 else "zoomed-in")
    if not ({"missing-authorize", "fake-authorize"} & set(breaks)):
        tags.append(f"tiktok-state:{tt_state}")
        if tt_state != "consent":
            tags.append(f"tiktok-login:{layouts['tt_login']}")
    if any(s.endswith(".ongoing") for s in requested):
        tags.append("ongoing")
    if n_extra:
        tags.append(f"extras:{n_extra}")
    for k in picked:
        if k in ("lookalike", "google"):
            tags.append(f"near-miss:{k}-extra")
    if fake:
        tags.append(f"near-miss:{fake}-instead-of-tiktok")
    if ending:
        tags.append(f"near-miss:{ending}-at-end")
    if how:
        tags.append(f"order:{how}")
    return Submission(sid, split, ctx, given, requested, journey, breaks, disclosure, tags)


def plan_corpus(seed: str, count: int) -> list[Submission]:
    dev = count - count // 2
    subs = []
    for split, n, first in (("dev", dev, 1), ("holdout", count - dev, dev + 1)):
        for i, breaks in enumerate(break_schedule(seed, split, n)):  # type: ignore[arg-type]
            rng = random.Random(f"saasdesk-submission:{seed}:{split}:{i}")
            subs.append(plan_submission(f"k{first + i:03d}", split, rng, breaks))  # type: ignore[arg-type]
    return subs
