"""Plans the corpus (which submission is broken how), builds each submission's screens, renders them."""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.corpusgen.common import DEVICES, Device
from benchmarks.corpusgen.render import Renderer, export
from benchmarks.nativeui import compose, tiktokpage, ui
from benchmarks.nativeui.compose import Consent, Ctx
from benchmarks.nativeui.copydeck import EXTRA_SCOPE, KIND_SCOPES, POOLS
from benchmarks.nativeui.ui import Look

BROKEN = (
    "no-connect",
    "no-connecting",
    "no-authorize",
    "no-result",
    "no-go-back",
    "no-proceed",
    "no-data",
    "no-purpose",
    "no-confirm",
    "undisclosed-scope",
    "step-order",
    "duplicate",
)

EXPECTED: dict[str, tuple[list[str], list[str]]] = {
    "pass": ([], []),
    "no-connect": (["missing-step"], ["missing-connect-option"]),
    "no-connecting": (
        ["missing-step"],
        [
            "missing-proceed",
            "missing-go-back",
            "missing-data-disclosure",
            "missing-purpose",
            "undisclosed-scope",
        ],
    ),
    "no-authorize": (["missing-step"], []),
    "no-result": (["missing-step"], ["missing-success-confirmation"]),
    "no-go-back": (["missing-go-back"], []),
    "no-proceed": (["missing-proceed"], []),
    "no-data": (["missing-data-disclosure"], ["undisclosed-scope"]),
    "no-purpose": (["missing-purpose"], []),
    "no-confirm": (["missing-success-confirmation"], ["missing-step"]),
    "undisclosed-scope": (["undisclosed-scope"], []),
    "step-order": (["step-order"], []),
    "duplicate": (["duplicate-screen"], []),
}
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
}

ACCENTS = (
    "#ff5a1f",
    "#0a6cff",
    "#1e9e4a",
    "#7c3aed",
    "#e11d48",
    "#0f766e",
    "#b45309",
    "#2563eb",
    "#db2777",
    "#4f46e5",
    "#059669",
    "#f5c518",
    "#14b8a6",
    "#111827",
)
FONTS = {
    "ios": ("Inter", "Noto Sans", "Open Sans", "Lato", "Cantarell"),
    "android": ("Roboto", "Noto Sans", "Open Sans", "Lato"),
    "web": ("Inter", "Lato", "Open Sans", "Noto Sans", "Liberation Sans", "DejaVu Sans"),
}
HEAD_FONTS = ("Inter Display", "League Spartan", "Quicksand", "Roboto", "Lato", "Open Sans")
DEVICE = {d.name: d for d in DEVICES}
PLATFORM_DEVICES = {
    "ios": ("iphone-se", "iphone-15", "iphone-15", "iphone-15-1x"),
    "android": ("pixel-7", "android-small", "android-2x", "pixel-7"),
    "tablet": ("ipad",),
    "web": ("laptop", "desktop-hd", "macbook-retina"),
}


@dataclass
class Spec:
    index: int
    id: str
    split: str
    variant: str


@dataclass
class Shot:
    step: str
    html: str
    device: Device
    dup_of: int | None = None  # index in the list of the screen this one repeats
    tags: list[str] = field(default_factory=list)


def plan(seed: int, count: int) -> list[Spec]:
    n_pass = round(count * 0.45)
    variants = ["pass"] * n_pass + [BROKEN[i % len(BROKEN)] for i in range(count - n_pass)]
    order = {v: i for i, v in enumerate(["pass", *BROKEN])}
    variants.sort(key=lambda v: order[v])
    splits = ["dev" if i % 2 == 0 else "holdout" for i in range(count)]
    pairs = list(zip(variants, splits, strict=True))
    random.Random(f"nativeui-plan:{seed}").shuffle(pairs)
    return [Spec(i, f"nui-{i + 1:03d}", s, v) for i, (v, s) in enumerate(pairs)]


def _look(rng: random.Random, kind: str) -> Look:
    platform = rng.choices(["ios", "android", "tablet", "web"], weights=[40, 36, 9, 15])[0]
    device = DEVICE[rng.choice(PLATFORM_DEVICES[platform])]
    look_platform = "ios" if platform == "tablet" else platform
    font = rng.choice(FONTS[look_platform])
    head = font if rng.random() < 0.5 else rng.choice(HEAD_FONTS)
    if kind == "recipes" and rng.random() < 0.4:
        head = "EB Garamond"
    radius = {
        "ios": rng.choice([12, 14, 25, 10]),
        "android": rng.choice([22, 20, 12]),
        "web": rng.choice([6, 8, 20]),
    }
    dark = rng.random() < 0.3
    accent = rng.choice(ACCENTS)
    while dark and ui.luminance(accent) < 0.06:
        accent = rng.choice(ACCENTS)
    return Look(
        platform=look_platform,
        device=device,
        dark=dark,
        accent=accent,
        font=font,
        head_font=head,
        radius=radius[look_platform],
        upper_dialog=rng.random() < 0.6,
        tablet=platform == "tablet",
    )


def _items(ctx: Ctx, scopes: list[str]) -> list[tuple[str, str, str]]:
    rng = ctx.rng
    out: list[tuple[str, str, str]] = []
    for scope in scopes:
        fam = scope.split(".")[1]
        pool = ctx.pool["items"][fam]
        if fam == "all":
            out.append((fam, *rng.choice(pool)))
            continue
        n = rng.randint(2, min(3, len(pool))) if len(pool) > 2 else rng.randint(1, 2)
        chosen = rng.sample(pool, n)
        if fam == "activity" and ctx.kind == "budget":
            chosen = [ctx.pool["items"]["budget_activity"], *chosen[:1]]
        out.extend((fam, a, b) for a, b in chosen)
    return out


def _consent(ctx: Ctx, variant: str, disclosed: list[str]) -> Consent:
    rng, pool = ctx.rng, ctx.pool
    items = _items(ctx, disclosed)
    benefit = rng.choice(pool["benefits"][ctx.kind])
    purpose = ctx.f(rng.choice(pool["purposes"])).replace("{benefit}", benefit)
    purpose = purpose[0].upper() + purpose[1:]
    ongoing = any(s.endswith(".ongoing") for s in ctx.scopes)
    notes = []
    if ongoing:
        notes.append(ctx.pick("ongoing_notes"))
    elif rng.random() < 0.3:
        notes.append(ctx.pick("single_notes"))
    if rng.random() < 0.5 or variant == "no-purpose":
        notes.append(ctx.pick("privacy_notes"))
    phrase = compose.items_phrase(items)
    c = Consent(
        title=ctx.pick("connecting_titles"),
        subtitle=ctx.pick("connecting_subtitles"),
        items=items,
        data_style=rng.choice(["toggles", "bullets", "sentence", "chips", "toggles", "bullets"]),
        data_intro=ctx.pick("data_intros"),
        data_sentence=ctx.pick("data_sentences").replace("{items}", phrase),
        purpose=purpose,
        purpose_label=ctx.pick("purpose_labels") if rng.random() < 0.4 else None,
        notes=notes,
        learn_more=ctx.pick("learn_more") if rng.random() < 0.3 or variant == "no-proceed" else None,
        proceed=ctx.pick("proceed"),
        go_back=ctx.pick("go_back"),
        nav_back=ctx.pick("nav_back") if rng.random() < 0.6 else None,
    )
    if variant == "no-go-back":
        c.go_back = None
        c.nav_back = None
    elif variant == "no-proceed":
        c.proceed = None
    elif variant == "no-data":
        c.items = None
    elif variant == "no-purpose":
        c.purpose = None
    return c


def build(spec: Spec, seed: int) -> tuple[list[Shot], dict]:
    rng = random.Random(f"nativeui:{seed}:{spec.index}")
    pool = POOLS[spec.split]
    app, kind = rng.choice(pool["apps"])
    scopes = list(rng.choice(KIND_SCOPES[kind]))
    disclosed = list(scopes)
    if spec.variant == "undisclosed-scope":
        fam = scopes[0].split(".")[1]
        extra = f"portability.{EXTRA_SCOPE[fam]}.{scopes[0].split('.')[2]}"
        scopes.append(extra)
    look = _look(rng, kind)
    services = compose.other_services(spec.split, rng)
    pos = rng.randint(0, len(services))
    services.insert(pos, "TikTok")
    ctx = Ctx(
        app=app,
        kind=kind,
        split=spec.split,
        pool=pool,
        rng=rng,
        scopes=scopes,
        time_text="9:41"
        if look.platform == "ios" and rng.random() < 0.7
        else f"{rng.randint(8, 11)}:{rng.randint(0, 59):02d}",
        user=rng.choice(pool["names"]),
        handle=rng.choice(pool["names"]).lower() + rng.choice(["", "_", "."]) + str(rng.randint(7, 99)),
        logo_color=rng.choice(ACCENTS),
        services=services,
        tiktok_pos=pos,
        connect_seed=rng.randint(0, 2**31),
    )
    dev = look.device
    tags = [
        f"platform:{'tablet' if look.tablet else look.platform}",
        f"device:{dev.name}",
        "dark" if look.dark else "light",
    ]

    def page(body: str, overlay: str = "", tabh: int = 0) -> str:
        return ui.page(look, body, time_text=ctx.time_text, overlay=overlay, tabh=tabh)

    shots: list[Shot] = []
    # Extra screens before the journey: sign-in (with keyboard), a paywall, the home feed.
    if rng.random() < 0.35:
        shots.append(Shot("other", page(compose.signin_body(look, ctx)), dev, tags=["extra:signin"]))
    if rng.random() < 0.2:
        if rng.random() < 0.5:
            shots.append(Shot("other", page(compose.paywall_body(look, ctx)), dev, tags=["extra:paywall"]))
        else:
            body, tabh = compose.home_body(look, ctx)
            shots.append(Shot("other", page(body, tabh=tabh), dev, tags=["extra:home"]))

    # 1. connect
    cstyle = rng.choice(["list", "settings", "onboarding", "import", "list"])
    connect_body, connect_tabh = compose.connect_body(look, ctx, cstyle)
    if spec.variant != "no-connect":
        shots.append(Shot("connect", page(connect_body, tabh=connect_tabh), dev, tags=[f"connect:{cstyle}"]))

    # 2. connecting
    consent = _consent(ctx, spec.variant, disclosed)
    containers = {
        "ios": ["full", "full", "sheet", "dialog", "actionsheet"],
        "android": ["full", "full", "sheet", "dialog"],
        "web": ["full", "dialog"],
    }[look.platform]
    container = rng.choice(containers)
    if spec.variant == "undisclosed-scope" and cstyle == "settings":
        container = (
            "full"  # a dimmed "Profile" settings row behind a sheet could pass for naming profile data
        )
    if spec.variant == "no-connect":
        container = "full"  # a dimmed connect page behind a sheet would still show the TikTok option
    if container == "actionsheet" and not consent.go_back and rng.random() < 0.5:
        container = "full"
    if container == "full":
        html = page(compose.connecting_full(look, ctx, consent))
    else:
        builder = {
            "sheet": compose.connecting_sheet,
            "dialog": compose.connecting_dialog,
            "actionsheet": compose.action_sheet,
        }[container]
        html = page(
            connect_body, overlay='<div class="scrim"></div>' + builder(look, ctx, consent), tabh=connect_tabh
        )
    if spec.variant != "no-connecting":
        shots.append(
            Shot("connecting", html, dev, tags=[f"connecting:{container}", f"data:{consent.data_style}"])
        )

    # 3. TikTok's page
    auth = rng.choices(["consent", "login", "both"], weights=[60, 25, 15])[0]
    dark_tt = rng.random() < 0.2
    tile = compose.app_tile(ctx, 56)
    consent_html = tiktokpage.authorize_html(
        look,
        tiktokpage.consent_page(look, app, tile, scopes, ctx.handle, rng, pool["tiktok_footer"]),
        dark_tt,
        rng,
        ctx.time_text,
    )
    login_html = tiktokpage.authorize_html(
        look, tiktokpage.login_page(look, rng, pool["login_sub"]), dark_tt, rng, ctx.time_text
    )
    if spec.variant != "no-authorize":
        if auth in ("login", "both"):
            shots.append(Shot("authorize", login_html, dev, tags=["authorize:login"]))
        if auth in ("consent", "both"):
            shots.append(Shot("authorize", consent_html, dev, tags=["authorize:consent"]))

    # 4. result
    rstyle = rng.choice(["check", "check", "toast", "toast", "list"])
    if cstyle == "onboarding" and rstyle == "list":
        rstyle = "check"
    if spec.variant == "no-confirm":
        body, tabh = compose.home_body(look, ctx, ctx.pick("dashboard_titles"))
        shots.append(Shot("other", page(body, tabh=tabh), dev, tags=["result:dashboard"]))
    elif spec.variant != "no-result":
        title = ctx.pick("success_titles")
        if rstyle == "check":
            html = page(
                compose.result_check_body(
                    look, ctx, title, ctx.pick("success_bodies"), ctx.pick("done_buttons")
                )
            )
        elif rstyle == "toast":
            body, tabh = compose.home_body(look, ctx)
            html = page(
                body, overlay=compose.toast(look, ctx.pick("snackbars"), ctx.pick("snack_actions")), tabh=tabh
            )
        else:
            body, tabh = compose.connect_body(look, ctx, cstyle, connected=True)
            html = page(body, overlay=compose.toast(look, title, ctx.pick("snack_actions")), tabh=tabh)
        shots.append(Shot("result", html, dev, tags=[f"result:{rstyle}"]))

    if spec.variant == "step-order":
        _shuffle_steps(shots, rng)
    if spec.variant == "duplicate":
        journey = [i for i, s in enumerate(shots) if s.step != "other"]
        i = rng.choice(journey)
        shots.insert(i + 1, Shot(shots[i].step, shots[i].html, dev, dup_of=i, tags=["duplicate"]))

    expected, tolerated = EXPECTED[spec.variant]
    if container != "full" and cstyle == "settings" and spec.variant != "no-connecting":
        # The dimmed settings page behind the sheet / dialog shows rows such as "Profile".
        tolerated = [*tolerated, "unrequested-data"]
    truth = {
        "id": spec.id,
        "split": spec.split,
        "scopes": scopes,
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(tolerated),
        "passed": not (set(expected) & ERRORS),
        "tags": ["nativeui", f"variant:{spec.variant}", f"app:{kind}", *tags],
    }
    return shots, truth


def _shuffle_steps(shots: list[Shot], rng: random.Random) -> None:
    """Put the journey's screens out of order (extras keep their place at the front)."""
    idx = [i for i, s in enumerate(shots) if s.step != "other"]
    journey = [shots[i] for i in idx]
    kind = rng.choice(["swap-middle", "result-first", "authorize-first", "reverse"])
    if kind == "swap-middle":
        # connecting after TikTok's page
        a = next(i for i, s in enumerate(journey) if s.step == "connecting")
        b = max(i for i, s in enumerate(journey) if s.step == "authorize")
        journey.insert(b, journey.pop(a))
    elif kind == "result-first":
        journey.insert(0, journey.pop())
    elif kind == "authorize-first":
        auths = [s for s in journey if s.step == "authorize"]
        journey = auths + [s for s in journey if s.step != "authorize"]
    else:
        journey.reverse()
    for i, s in zip(idx, journey, strict=True):
        shots[i] = s


# ---------------------------------------------------------------- files


def _names(rng: random.Random, n: int, scheme: str, pool: dict, device: Device) -> list[str]:
    """File stems that sort naturally in journey order, without naming the step."""
    if scheme == "plain":
        z = rng.choice([True, False])
        return [f"{i + 1:02d}" if z else f"{i + 1}" for i in range(n)]
    if scheme == "screen":
        fmt = rng.choice(["screen-{}", "Screen {}", "mockup_{}", "Frame {}"])
        base = rng.choice([1, 1, 10])
        return [fmt.format(base + i) for i in range(n)]
    if scheme == "img":
        num = rng.randint(1200, 8800)
        out = []
        for _ in range(n):
            out.append(f"IMG_{num}")
            num += rng.randint(1, 3)
        return out
    if scheme == "sim":
        # Timestamps that only go forward, so the names sort in the order they were taken.
        t = rng.randint(14 * 3600, 17 * 3600)
        times = []
        for _ in range(n):
            times.append((t // 3600, t // 60 % 60, t % 60))
            t += rng.randint(8, 150)
        day = f"2025-03-{rng.randint(10, 28)}"
        if device.platform == "android":
            return [f"Screenshot_{day.replace('-', '')}-{h:02d}{m:02d}{s:02d}" for h, m, s in times]
        if device.platform == "desktop":
            return [f"Screen Shot {day} at {h}.{m:02d}.{s:02d}" for h, m, s in times]
        model = {"ios": "iPhone 15", "tablet": "iPad Air"}[device.platform]
        if device.name == "iphone-se":
            model = "iPhone SE (3rd generation)"
        return [f"Simulator Screenshot - {model} - {day} at {h:02d}.{m:02d}.{s:02d}" for h, m, s in times]
    words = pool["named_words"]
    picked = rng.sample(words, n) if n <= len(words) else [rng.choice(words) for _ in range(n)]
    return [f"{i + 1:02d} {w}" for i, w in enumerate(picked)]


def natural_key(name: str) -> list[object]:
    return [int(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", name)]


def write_submission(renderer: Renderer, spec: Spec, seed: int, out: Path) -> list[str]:
    shots, truth = build(spec, seed)
    rng = random.Random(f"nativeui-files:{seed}:{spec.index}")
    folder = out / spec.split / spec.id
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    device = shots[0].device
    scheme = rng.choice(POOLS[spec.split]["filenames"])
    stems = _names(rng, len(shots), scheme, POOLS[spec.split], device)
    assert len(set(stems)) == len(stems) and sorted(stems, key=natural_key) == stems, stems
    habit = rng.choices(["png", "jpeg", "half", "frame"], weights=[40, 25, 15, 20])[0]
    if habit == "half" and device.scale < 2:
        habit = "png"
    warnings: list[str] = []
    screens = []
    encoded: list[tuple[bytes, str]] = []
    for n, shot in enumerate(shots):
        if shot.dup_of is not None:
            data, ext = encoded[shot.dup_of]
        else:
            img = renderer.screenshot(shot.html, shot.device)
            problems = renderer._page(shot.device).evaluate(ui.FIT_JS)
            for fallback in ("compact", "compact tight"):
                if not problems:
                    break
                img = renderer.screenshot(
                    shot.html.replace("<body>", f'<body class="{fallback}">', 1), shot.device
                )
                problems = renderer._page(shot.device).evaluate(ui.FIT_JS)
            if problems:
                warnings.append(f"{spec.id} screen {n + 1} ({shot.step}): {'; '.join(problems[:3])}")
            kind = habit if rng.random() < 0.9 else rng.choice(["png", "jpeg"])
            if kind == "half" and device.scale < 2:
                kind = "png"
            data, ext = export(
                img, kind, shot.device, rng, quality=rng.randint(40, 80), optimize=rng.random() < 0.5
            )
        encoded.append((data, ext))
        if scheme == "img":
            ext = ext.upper()
        name = stems[n] + ext
        (folder / name).write_bytes(data)
        screens.append({"file": name, "step": shot.step})
    truth["screens"] = screens
    truth["tags"] += [*sorted({t for s in shots for t in s.tags}), f"export:{habit}", f"names:{scheme}"]
    (folder / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")
    return warnings


def run(out: Path, seed: int, count: int, only: str | None) -> int:
    specs = plan(seed, count)
    if only:
        specs = [s for s in specs if s.id == only]
        if not specs:
            print(f"no submission {only!r} in this plan", file=sys.stderr)
            return 2
    else:
        for split in ("dev", "holdout"):
            if (out / split).exists():
                shutil.rmtree(out / split)
    warnings: list[str] = []
    with Renderer() as renderer:
        for spec in specs:
            warnings += write_submission(renderer, spec, seed, out)
            print(f"{spec.split}/{spec.id} {spec.variant}", file=sys.stderr)
    for w in warnings:
        print("fit warning:", w, file=sys.stderr)
    return 0
