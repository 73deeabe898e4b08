"""Plans each submission (look, device, journey, break, exports) and derives its truth.json.

Labelling follows benchmarks/corpusgen/flows.py's conventions: a screen's step is what it
is; a dashboard put where the result belongs is `other` (missing-step and
missing-success-confirmation expected); a journey ending on TikTok's page after the result
was dropped tolerates missing-success-confirmation; no connecting screen tolerates
undisclosed-scope; screen-content rules only for the connecting screen; step-order when
the non-`other` labels are not non-decreasing in journey order; a duplicate sits right after
its original and carries the same label.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field

from benchmarks.webkit.looks import BRANDS, DARK_OK, DEVICES, FONTS, LOOKS, Device
from benchmarks.webkit.words import POOLS

KINDS = [
    "drop-connect",
    "drop-connecting",
    "drop-authorize",
    "drop-result",
    "no-go-back",
    "no-proceed",
    "no-data-list",
    "no-purpose",
    "no-confirm",
    "undisclosed-scope",
    "unrequested-data",
    "out-of-order",
    "duplicate",
]
ORDER = {"connect": 0, "connecting": 1, "authorize": 2, "result": 3}
ERRORS = {
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
SETS = ["activity", "postsandprofile", "directmessages"]


@dataclass
class Screen:
    kind: str  # connect connecting auth result dashboard signin pricing
    step: str
    opts: dict = field(default_factory=dict)
    dup: str | None = None  # for a duplicate: same | jpeg | half


@dataclass
class Plan:
    id: str
    split: str
    seed: int
    brk: str | None
    scopes: list[str]
    device: Device
    look: str
    dark: bool
    accent: str
    fonts: tuple[str, str]
    chrome: str
    app: str
    screens: list[Screen]
    fmt: str
    quality: int
    half: bool
    naming: str
    tags: list[str]
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)


def _scopes(r: random.Random, brk: str | None) -> tuple[list[str], list[str]]:
    """Scopes requested, and the data sets the connecting screen names."""
    kinds = ["single"] if brk in ("no-purpose", "no-data-list") else ["single", "ongoing"]
    if brk == "undisclosed-scope":
        sets = r.sample(SETS, 2)
        scopes = [f"portability.{s}.{r.choice(kinds)}" for s in sets]
        return scopes, [sets[0]]
    if brk == "unrequested-data":
        sets = r.sample(SETS, r.choice([1, 1, 2]))
        extra = r.choice([s for s in SETS if s not in sets])
        return [f"portability.{s}.{r.choice(kinds)}" for s in sets], [*sets, extra]
    roll = r.random()
    if roll < 0.2:
        sets = ["all"]
    elif roll < 0.65:
        sets = [r.choice(SETS)]
    elif roll < 0.92:
        sets = r.sample(SETS, 2)
    else:
        sets = SETS[:]
    sets = [s for s in [*SETS, "all"] if s in sets]
    return [f"portability.{s}.{r.choice(kinds)}" for s in sets], sets


def _journey(
    r: random.Random, dev: Device, brk: str | None, named: list[str], scopes: list[str]
) -> list[Screen]:
    desk = dev.kind == "desktop"
    out: list[Screen] = []
    roll = r.random()
    if roll < 0.12:
        out += [Screen("signin", "other"), Screen("dashboard", "other")]
    elif roll < 0.42:
        out.append(Screen(r.choice(["signin", "pricing", "dashboard"]), "other"))
    c_layout = r.choice(
        ["grid", "list", "hero"]
        if desk
        else ["list", "hero", "grid"]
        if dev.kind == "tablet"
        else ["list", "hero"]
    )
    cop = dict(
        layout=c_layout,
        side=desk and c_layout != "hero" and r.random() < 0.55,
        cookie=r.random() < 0.3,
        footer=desk and r.random() < 0.45,
        seed=r.randrange(1 << 30),
    )
    out.append(Screen("connect", "connect", cop))
    layouts = (
        ["page", "modal", "split"]
        if desk
        else ["page", "modal"]
        if dev.kind == "tablet"
        else ["page", "sheet"]
    )
    if brk == "drop-connect":
        layouts = [x for x in layouts if x not in ("modal", "sheet")]
    cing = dict(
        layout=r.choice(layouts),
        stepper=r.random() < 0.5,
        back=brk != "no-go-back",
        proceed=brk != "no-proceed",
        datalist=brk != "no-data-list",
        purpose=brk != "no-purpose",
        named=named,
        ongoing=any(s.endswith(".ongoing") for s in scopes),
    )
    out.append(Screen("connecting", "connecting", cing))
    states = r.choice([["consent"], ["consent"], ["login", "consent"], ["login"]])
    tdark = r.random() < 0.2
    for st in states:
        out.append(Screen("auth", "authorize", dict(state=st, dark=tdark)))
    rl = r.choice(["center", "banner", "toast"] if brk != "drop-connect" else ["center", "banner"])
    out.append(
        Screen(
            "result",
            "result",
            dict(
                layout=rl,
                stepper=r.random() < 0.4,
                side=desk and r.random() < 0.5,
                footer=desk and r.random() < 0.35,
                cookie=r.random() < 0.15,
            ),
        )
    )
    # breaks that reshape the journey
    drop = {
        "drop-connect": "connect",
        "drop-connecting": "connecting",
        "drop-authorize": "authorize",
        "drop-result": "result",
    }.get(brk or "")
    if drop:
        out = [s for s in out if s.step != drop]
    if brk == "no-confirm":
        out = [
            s if s.step != "result" else Screen("dashboard", "other", {"replaces_result": True}) for s in out
        ]
    if brk == "out-of-order":
        how = r.choice(["swap-first", "result-early", "auth-early"])
        idx = {s.step: i for i, s in reversed(list(enumerate(out)))}
        if how == "swap-first":
            i, j = idx["connect"], idx["connecting"]
            out[i], out[j] = out[j], out[i]
        elif how == "result-early":
            res = [s for s in out if s.step == "result"]
            out = [s for s in out if s.step != "result"]
            out.insert(idx["connect"] + 1, res[0])
        else:
            auth = [s for s in out if s.step == "authorize"]
            out = [s for s in out if s.step != "authorize"]
            out[idx["connecting"] : idx["connecting"]] = auth
    if brk == "duplicate":
        cands = [i for i, s in enumerate(out) if s.step != "other"]
        i = r.choice(cands)
        mode = r.choice(["same", "jpeg", "half"] if dev.scale >= 2 else ["same", "jpeg"])
        out.insert(i + 1, Screen(out[i].kind, out[i].step, out[i].opts, dup=mode))
    return out


def truth(p: Plan) -> tuple[list[str], list[str]]:
    exp: list[str] = []
    tol: list[str] = []
    labels = [s.step for s in p.screens]
    for step in ORDER:
        if step not in labels:
            exp.append("missing-step")
    if "result" not in labels:
        last = p.screens[-1]
        after_tiktok = "authorize" in labels and labels.index("authorize") < len(labels) - 1
        if last.step == "other" and after_tiktok:
            exp.append("missing-success-confirmation")
        else:
            tol.append("missing-success-confirmation")
    cing = [s for s in p.screens if s.step == "connecting"]
    if not cing:
        if p.scopes:
            tol.append("undisclosed-scope")
    else:
        o = cing[0].opts
        if not o["proceed"]:
            exp.append("missing-proceed")
        if not o["back"]:
            exp.append("missing-go-back")
        if not o["purpose"]:
            exp.append("missing-purpose")
        named = set(o["named"]) if o["datalist"] else set()
        if not o["datalist"]:
            exp.append("missing-data-disclosure")
        if p.scopes:
            covered = {s.split(".")[1] for s in p.scopes}
            for s in p.scopes:
                ds = s.split(".")[1]
                if ds not in named:
                    exp.append("undisclosed-scope")
            if "all" not in covered and named - covered - {"all"}:
                exp.append("unrequested-data")
    seq = [ORDER[x] for x in labels if x != "other"]
    if any(b < a for a, b in itertools.pairwise(seq)):
        exp.append("step-order")
    if any(s.dup for s in p.screens):
        exp.append("duplicate-screen")
    exp = sorted(set(exp))
    return exp, sorted(set(tol) - set(exp))


def plan_all(seed: int, count: int) -> list[Plan]:
    splits = ["dev" if i % 2 == 0 else "holdout" for i in range(count)]
    brks: list[str | None] = [None] * count
    for sp in ("dev", "holdout"):
        idx = [i for i in range(count) if splits[i] == sp]
        r = random.Random(f"webkit-{seed}-{sp}-breaks")
        n = round(len(idx) * 13 / 30)
        kinds = []
        while len(kinds) < n:
            k = KINDS[:]
            r.shuffle(k)
            kinds += k
        for i, k in zip(r.sample(idx, n), kinds[:n], strict=False):
            brks[i] = k
    return [_plan(seed, i, splits[i], brks[i]) for i in range(count)]


def _plan(seed: int, i: int, split: str, brk: str | None) -> Plan:
    r = random.Random(f"webkit-{seed}-{i}")
    W = POOLS[split]
    dev = r.choice(DEVICES)
    look = r.choice(LOOKS)
    dark = look in DARK_OK and r.random() < 0.3
    scopes, named = _scopes(r, brk)
    screens = _journey(r, dev, brk, named, scopes)
    app = r.choice(W["apps"])
    fmt = r.choice(["png", "png", "jpeg", "mixed"])
    half = dev.scale >= 2 and r.random() < 0.3
    p = Plan(
        id=f"wk-{i + 1:03d}",
        split=split,
        seed=r.randrange(1 << 30),
        brk=brk,
        scopes=scopes,
        device=dev,
        look=look,
        dark=dark,
        accent=r.choice(BRANDS),
        fonts=r.choice(FONTS[look]),
        chrome=r.choice(["mac", "win", "none"]) if dev.kind == "desktop" else "webview",
        app=app,
        screens=screens,
        fmt=fmt,
        quality=r.randint(50, 85),
        half=half,
        naming=r.choice(["{n:02d}", "screen-{n}", "Frame {n}", "{slug}_{n:02d}", "Screen {n}"]),
        tags=[],
    )
    cing = next((s for s in screens if s.step == "connecting"), None)
    con = next((s for s in screens if s.step == "connect"), None)
    res = next((s for s in screens if s.step == "result"), None)
    auth = [s.opts["state"] for s in screens if s.step == "authorize"]
    p.tags = (
        [
            "webkit",
            f"break:{brk}" if brk else "clean",
            f"look:{look}",
            "dark" if dark else "light",
            f"device:{dev.name}",
            f"form:{dev.kind}",
            f"chrome:{p.chrome}",
            f"export:{fmt}",
        ]
        + (["half-size"] if half else [])
        + ([f"connect:{con.opts['layout']}"] if con else [])
        + ([f"connecting:{cing.opts['layout']}"] if cing else [])
        + ([f"result:{res.opts['layout']}"] if res else [])
        + ([f"authorize:{'+'.join(dict.fromkeys(auth))}"] if auth else [])
        + ([f"missing:{s}" for s in ORDER if s not in [x.step for x in screens]])
        + (
            ["extras"]
            if any(s.step == "other" and not s.opts.get("replaces_result") for s in screens)
            else []
        )
    )
    p.expected, p.tolerated = truth(p)
    return p


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
