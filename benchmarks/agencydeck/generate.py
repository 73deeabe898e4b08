"""Plan, render and export the agencydeck corpus: one seeded rng per submission, one browser."""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from benchmarks.agencydeck import pages
from benchmarks.agencydeck.pools import POOLS, SCOPE_CATEGORY, SCOPE_SETS
from benchmarks.corpusgen.common import CHROMIUM, CHROMIUM_ARGS, Device
from benchmarks.corpusgen.render import export

STEPS = ("connect", "connecting", "authorize", "result")

# The ways a submission is broken, each in exactly one way; "complete" passes.
BROKEN = (
    "missing-connect",
    "missing-connecting",
    "missing-authorize",
    "missing-result",
    "no-back",
    "no-proceed",
    "no-data",
    "no-purpose",
    "no-confirmation",
    "undisclosed-scope",
    "step-order",
    "duplicate",
)

DESKTOPS = (
    Device("web-1280", 1280, 800, 1, "desktop"),
    Device("web-1366", 1366, 768, 1, "desktop"),
    Device("web-1440", 1440, 900, 1, "desktop"),
    Device("web-1536", 1536, 960, 1, "desktop"),
    Device("web-1920", 1920, 1080, 1, "desktop"),
    Device("web-1440-2x", 1440, 900, 2, "desktop"),
    Device("web-1280-2x", 1280, 832, 2, "desktop"),
)
TABLETS = (
    Device("tablet-landscape", 1180, 820, 2, "tablet"),
    Device("tablet-portrait", 820, 1180, 2, "tablet"),
)
PHONES = (
    Device("phone-ios-3x", 390, 844, 3, "ios"),
    Device("phone-android-2x", 360, 780, 2, "android"),
    Device("phone-ios-2x", 375, 667, 2, "ios"),
)


# ---------------------------------------------------------------- planning


@dataclass
class Plan:
    id: str
    split: str
    variant: str
    index: int
    tags: list[str] = field(default_factory=list)


def plan(seed: int, count: int) -> list[Plan]:
    """Variants for count submissions: ~45% complete, the rest spread over BROKEN; dev/holdout alternate."""
    rng = random.Random(f"agencydeck-plan-{seed}")
    complete = round(count * 0.45)
    variants = ["complete"] * complete + [BROKEN[i % len(BROKEN)] for i in range(count - complete)]
    # Alternate each variant's copies between the splits so both get the same mix.
    order: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for v in variants:
        n = seen.get(v, 0)
        seen[v] = n + 1
        order.append((v, "dev" if n % 2 == 0 else "holdout"))
    # Balance the splits exactly to half each.
    dev = [o for o in order if o[1] == "dev"]
    hold = [o for o in order if o[1] == "holdout"]
    while len(dev) > len(hold) + 1:
        v, _ = dev.pop()
        hold.append((v, "holdout"))
    while len(hold) > len(dev) + 1:
        v, _ = hold.pop()
        dev.append((v, "dev"))
    rng.shuffle(dev)
    rng.shuffle(hold)
    plans = []
    for split, group, prefix in (("dev", dev, "ad"), ("holdout", hold, "ah")):
        for i, (v, _) in enumerate(group, 1):
            plans.append(Plan(id=f"{prefix}{i:03d}", split=split, variant=v, index=len(plans)))
    return plans


# ---------------------------------------------------------------- rendering


class Browser:
    """One Chromium for the run; the viewport grows when a screen is taller than the device."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        self._pages: dict[tuple[str, float], Any] = {}

    def close(self) -> None:
        self._browser.close()
        self._pw.stop()

    def shot(self, html: str, device: Device, grow: bool = True) -> tuple[Image.Image, list[str], str]:
        key = (device.name, device.scale)
        page = self._pages.get(key)
        if page is None:
            ctx = self._browser.new_context(
                viewport={"width": device.width, "height": device.height}, device_scale_factor=device.scale
            )
            page = ctx.new_page()
            self._pages[key] = page
        page.set_viewport_size({"width": device.width, "height": device.height})
        page.set_content(html, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        need = page.evaluate(NEEDED_HEIGHT_JS)
        if grow and need > device.height:
            page.set_viewport_size({"width": device.width, "height": min(int(need) + 8, device.height * 3)})
        problems = page.evaluate(FIT_JS)
        text = page.evaluate("() => document.body.innerText")
        png = page.screenshot(type="png", full_page=False, animations="disabled")
        return Image.open(io.BytesIO(png)).convert("RGB"), problems, text


# Height the content really needs: the document, plus any fixed modal/drawer panel taller than the view.
NEEDED_HEIGHT_JS = """() => {
  let h = document.documentElement.scrollHeight;
  for (const el of document.querySelectorAll('.modal, .drawer, .toast')) {
    const r = el.getBoundingClientRect();
    h = Math.max(h, r.top + el.scrollHeight + 24);
  }
  return h;
}"""

# Labels that are cut off: an element narrower than its text, or text past the right edge.
FIT_JS = """() => {
  const out = [];
  for (const el of document.querySelectorAll('.btn, .chip, .badge, .link, h1, h2, h3, th, .crumbs, .tbtn, .opt, .url')) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') out.push('clip:' + el.innerText);
    const r = el.getBoundingClientRect();
    if (r.right > innerWidth + 1 && !el.classList.contains('url')) out.push('off-right:' + el.innerText.slice(0, 40));
  }
  for (const el of document.querySelectorAll('.btn, .tbtn')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && el.scrollWidth > r.width + 1) out.push('overflow:' + el.innerText);
  }
  return out;
}"""


# ---------------------------------------------------------------- screens


def build_screen(step: str, ctx: pages.Ctx, sub: dict[str, Any]) -> tuple[str, bool]:
    """HTML of one screen and whether the viewport may grow (fixed overlays may not)."""
    rng, pool = ctx.rng, ctx.pool
    variant = sub["variant"]
    if step == "connect":
        layout = sub["connect_layout"]
        body = pages.connect_body(ctx, layout)
        active = pool["nav"][5] if layout != "onboarding" else pool["nav"][0]
        crumbs = [pool["breadcrumb_root"], ctx.fmt(pool["connect_headings"][0])]
        return pages.document(
            ctx, pages.shell(ctx, body, active, crumbs), url=sub["url"] + "/integrations"
        ), True
    if step == "connecting":
        broken = (
            variant
            if variant in ("no-back", "no-proceed", "no-data", "no-purpose", "undisclosed-scope")
            else ""
        )
        consent = pages.build_consent(ctx, broken, rng)
        layout = sub["connecting_layout"]
        data_mode = rng.choice(["bullets", "bullets_desc", "table", "chips"])
        purpose_mode = rng.choice(["paragraph", "box", "box"])
        if data_mode == "table" and rng.random() < 0.6:
            purpose_mode = "column"
        if ctx.look.platform == "phone" and data_mode == "table":
            data_mode = "bullets_desc"
            purpose_mode = "box" if purpose_mode == "column" else purpose_mode
        crumbs = [pool["breadcrumb_root"], ctx.fmt(pool["connect_headings"][0]), "TikTok"]
        pair = rng.random() < 0.6
        if layout in ("modal", "drawer") and variant in ("no-data", "undisclosed-scope"):
            # Nothing behind the panel may name data: these variants hinge on what is not named.
            layout = "wizard" if sub["connect_layout"] == "onboarding" else "page"
        sub["connecting_layout"] = layout
        sub["tags"] += [f"connecting:{layout}", f"data:{data_mode}", f"purpose:{purpose_mode}"]
        if layout in ("modal", "drawer"):
            inner = pages.connecting_inner(ctx, consent, data_mode, purpose_mode, "end", pair)
            behind = (
                pages.connect_body(ctx, sub["connect_layout"])
                if rng.random() < 0.5
                else pages.dashboard_body(ctx)
            )
            sub["busy_background"] = True
            if layout == "modal":
                overlay = f'<div class="overlay"><div class="modal">{inner}</div></div>'
            else:
                overlay = f'<div class="overlay right"><div class="drawer">{inner}</div></div>'
            html = pages.shell(ctx, behind, pool["nav"][5], crumbs[:2], overlay)
            return pages.document(ctx, html, url=sub["url"] + "/integrations"), True
        if layout == "wizard":
            inner = pages.connecting_inner(ctx, consent, data_mode, purpose_mode, "split", pair)
            body = f'<div class="narrow" style="margin:0 auto">{pages.stepper(ctx, 2)}<div class="card" style="padding:30px">{inner}</div></div>'
        else:  # page: two columns, purpose and notes left, data right
            two = ctx.look.width >= 1000
            inner = pages.connecting_inner(ctx, consent, data_mode, purpose_mode, "end", pair, columns=two)
            body = f'<div style="max-width:1180px">{inner}</div>'
        return pages.document(
            ctx, pages.shell(ctx, body, pool["nav"][5], crumbs), url=sub["url"] + "/connect/tiktok"
        ), True
    if step == "authorize":
        return pages.tiktok_page(ctx, sub["tiktok_state"], sub["tiktok_chrome"], ctx.look.tiktok_dark), True
    if step == "result":
        layout = sub["result_layout"]
        fitting = [m for m in pool["success"] if pages.fits(" ".join(m), ctx.kind)]
        headline, subline = rng.choice(fitting)
        headline, subline = ctx.fmt(headline), ctx.fmt(subline)
        cta = rng.choice(pool["result_ctas"])
        crumbs = [pool["breadcrumb_root"], ctx.fmt(pool["connect_headings"][0])]
        if layout == "toast":
            body = pages.connect_body(
                ctx, sub["connect_layout"] if sub["connect_layout"] != "onboarding" else "table", True
            )
            toast = (
                f'<div class="toast"><div class="tick">✓</div><div><h3>{pages.e(headline)}</h3>'
                f'<p class="muted" style="font-size:13px;margin-top:4px">{pages.e(subline)}</p></div></div>'
            )
            return pages.document(
                ctx, pages.shell(ctx, body, pool["nav"][5], crumbs, toast), url=sub["url"] + "/integrations"
            ), True
        if layout == "banner":
            banner = (
                f'<div class="banner"><div class="tick">✓</div><div><h3>{pages.e(headline)}</h3>'
                f'<p style="font-size:13px;margin-top:2px">{pages.e(subline)}</p></div></div>'
            )
            body = pages.dashboard_body(ctx, banner)
            return pages.document(
                ctx, pages.shell(ctx, body, pool["nav"][0], [pool["nav"][0]]), url=sub["url"] + "/home"
            ), True
        if layout == "wizard":
            body = f'<div class="narrow" style="margin:0 auto">{pages.stepper(ctx, 4)}{pages.success_card(ctx, headline, subline, cta)}</div>'
        else:
            body = pages.success_card(ctx, headline, subline, cta)
        return pages.document(
            ctx, pages.shell(ctx, body, pool["nav"][5], crumbs), url=sub["url"] + "/integrations/tiktok"
        ), True
    if step == "dashboard":  # the never-confirming final screen, and an extra
        body = pages.dashboard_body(ctx)
        return pages.document(
            ctx, pages.shell(ctx, body, pool["nav"][0], [pool["nav"][0]]), url=sub["url"] + "/home"
        ), True
    if step == "signin":
        return pages.document(ctx, pages.signin_page(ctx), url=sub["url"] + "/login"), True
    if step == "pricing":
        return pages.document(
            ctx,
            pages.shell(
                ctx,
                pages.pricing_body(ctx),
                pool["nav_extra"][0],
                [pool["breadcrumb_root"], pool["nav_extra"][0]],
            ),
            url=sub["url"] + "/billing",
        ), True
    if step == "team":
        return pages.document(
            ctx,
            pages.shell(
                ctx, pages.team_body(ctx), pool["nav"][6], [pool["breadcrumb_root"], pool["team"]["title"]]
            ),
            url=sub["url"] + "/team",
        ), True
    raise ValueError(step)


# ---------------------------------------------------------------- exports


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default()


CANVASES = ("#eef2ff", "#fef3c7", "#e0f2fe", "#fce7f3", "#ecfccb", "#1e1b4b", "#27272a", "#f5f5f4", "#134e4a")


def presentation(
    img: Image.Image, rng: random.Random, caption: str, number: int, scale: float
) -> Image.Image:
    """The screen on a coloured deck slide with a caption and an annotation number in the margin."""
    unit = max(1.0, scale)
    margin = int(rng.randint(70, 120) * unit)
    top = int(margin * 1.1)
    color = rng.choice(CANVASES)
    dark = color in ("#1e1b4b", "#27272a", "#134e4a")
    canvas = Image.new("RGB", (img.width + 2 * margin, img.height + top + margin), color)
    shadow = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(shadow).rectangle(
        (margin, top + int(10 * unit), margin + img.width, top + img.height + int(10 * unit)), fill=90
    )
    small = shadow.resize((max(1, canvas.width // 8), max(1, canvas.height // 8))).filter(
        ImageFilter.GaussianBlur(3)
    )
    canvas.paste((0, 0, 0), (0, 0), small.resize(canvas.size))
    canvas.paste(img, (margin, top))
    draw = ImageDraw.Draw(canvas)
    ink = "#f4f4f5" if dark else "#27272a"
    r = int(18 * unit)
    cx, cy = margin + r, top // 2
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill="#e11d48" if not dark else "#fbbf24")
    num = f"{number:02d}"
    f = font(int(16 * unit))
    w = draw.textlength(num, font=f)
    draw.text((cx - w / 2, cy - 9 * unit), num, fill="#ffffff" if not dark else "#111111", font=f)
    draw.text((cx + r + 14 * unit, cy - 11 * unit), caption, fill=ink, font=font(int(20 * unit)))
    return canvas


def file_names(rng: random.Random, n: int, exts: list[str], app: str, client: str, frame: str) -> list[str]:
    """n names whose natural order is the upload order, in one designer's habit."""
    style = rng.randrange(8)
    slug = app.lower().replace(" ", "-")
    base = rng.randint(1200, 8800)
    step = rng.randint(1, 7)
    version = rng.randint(2, 6)
    names = []
    for i in range(n):
        x = exts[i]
        if style == 0:
            names.append(f"{i + 1:02d}{x}")
        elif style == 1:
            names.append(f"screen-{i + 1}{x}")
        elif style == 2:
            names.append(f"IMG_{base + i}{x.upper()}")
        elif style == 3:
            names.append(f"Frame {base // 40 + i * step}{x}")
        elif style == 4:
            names.append(f"{client.split()[0].lower()}_{slug}_{i + 1:02d}{x}")
        elif style == 5:
            names.append(f"{frame} - {i + 1}{x}")
        elif style == 6:
            names.append(f"{i + 1} {app} v{version} final{x}")
        else:
            names.append(f"AD-{base}-{chr(65 + i)}{x}")
    return names


# ---------------------------------------------------------------- one submission


def submission(p: Plan, seed: int, browser: Browser, out: Path, problems: list[str]) -> dict[str, Any]:
    rng = random.Random(f"agencydeck-{seed}-{p.id}")
    pool = POOLS[p.split]
    app, kind, tagline = rng.choice(pool["apps"])
    roll = rng.random()
    device = (
        rng.choice(DESKTOPS) if roll < 0.7 else rng.choice(TABLETS) if roll < 0.85 else rng.choice(PHONES)
    )
    platform = (
        "desktop" if device.platform == "desktop" else "tablet" if device.platform == "tablet" else "phone"
    )
    look = pages.pick_look(rng, platform, device.width)
    scope_sets = SCOPE_SETS[kind]
    if p.variant == "undisclosed-scope":
        multi = [s for s in scope_sets if len({SCOPE_CATEGORY[x] for x in s}) > 1]
        scopes = (
            list(rng.choice(multi))
            if multi
            else ["portability.postsandprofile.single", "portability.activity.single"]
        )
    else:
        scopes = list(rng.choice(scope_sets))
    ctx = pages.Ctx(
        app=app,
        kind=kind,
        tagline=tagline,
        pool=pool,
        look=look,
        rng=rng,
        handle=rng.choice(pool["handles"]),
        person=rng.choice(pool["people"]),
        scopes=scopes,
    )
    tags = [
        p.variant,
        f"kind:{kind}",
        f"device:{device.name}",
        platform,
        "dark" if look.dark else "light",
        f"font:{look.font}",
        f"button:{look.button}",
        f"radius:{look.radius}",
        f"sidebar:{look.sidebar}",
    ]
    sub: dict[str, Any] = {
        "variant": p.variant,
        "tags": tags,
        "url": "https://app." + app.lower().replace(" ", "") + ".com",
        "connect_layout": rng.choice(["grid", "table", "settings", "onboarding", "grid"]),
        "connecting_layout": rng.choice(["modal", "wizard", "page", "drawer", "modal"]),
        "result_layout": rng.choice(["toast", "page", "banner", "wizard"]),
        "tiktok_state": "consent" if rng.random() < 0.72 else "login",
    }
    if platform == "phone":
        sub["tiktok_chrome"] = "phone"
        if sub["connecting_layout"] == "drawer":
            sub["connecting_layout"] = "modal"
    else:
        sub["tiktok_chrome"] = (
            "popup" if platform == "desktop" and device.height >= 860 and rng.random() < 0.3 else "desktop"
        )
    if sub["result_layout"] == "wizard" and sub["connect_layout"] != "onboarding":
        sub["result_layout"] = "page"
    tags += [
        f"connect:{sub['connect_layout']}",
        f"result:{sub['result_layout']}",
        f"tiktok:{sub['tiktok_chrome']}",
        f"tiktok-state:{sub['tiktok_state']}",
    ]

    # The journey: (what to draw, truth step)
    journey: list[tuple[str, str]] = [(s, s) for s in STEPS]
    if p.variant == "no-confirmation":
        journey[3] = ("dashboard", "other")
    if p.variant.startswith("missing-"):
        gone = p.variant.removeprefix("missing-")
        journey = [j for j in journey if j[1] != gone]
    if rng.random() < 0.3:
        extra = rng.choice(["signin", "signin", "pricing", "team", "dashboard"])
        journey.insert(0, (extra, "other"))
        tags.append(f"extra:{extra}")
    if p.variant == "step-order":
        core = [i for i, j in enumerate(journey) if j[1] in STEPS]
        moved = [journey[i] for i in core]
        while [m[1] for m in moved] == list(STEPS):
            rng.shuffle(moved)
        for i, m in zip(core, moved, strict=True):
            journey[i] = m
    dup_of = None
    if p.variant == "duplicate":
        dup_of = rng.choice([i for i, j in enumerate(journey) if j[1] in STEPS])
        journey.insert(dup_of + 1, journey[dup_of])
        tags.append(f"duplicate:{journey[dup_of][1]}")

    # Exports: one habit per submission, sometimes mixed.
    habits = ["png", "jpeg", "frame", "deck"] + (["half"] if device.scale >= 2 else [])
    habit = rng.choice(habits)
    tags.append(f"export:{habit}")
    quality = rng.randint(40, 80)
    client = rng.choice(pool["clients"])
    images: list[tuple[bytes, str]] = []
    wrong = {"light" if look.dark else "dark", *({"desktop", "tablet"} - {platform})}
    captions = [c for c in pool["captions"] if not any(w in c.lower() for w in wrong)]
    texts: list[str] = []
    for n, (draw, _) in enumerate(journey):
        if dup_of is not None and n == dup_of + 1:
            images.append(images[-1])
            texts.append(texts[-1])
            continue
        html, grow = build_screen(draw, ctx, sub)
        img, bad, text = browser.shot(html, device, grow)
        problems += [f"{p.id}/{draw}: {b}" for b in bad]
        kind_n = habit if rng.random() < 0.85 else rng.choice(habits)
        if kind_n == "deck":
            caption = rng.choice(captions).format(n=n + 1, client=client)
            img = presentation(img, rng, caption, n + 1, device.scale)
            kind_n = "png" if rng.random() < 0.6 else "jpeg"
        data, ext = export(img, kind_n, device, rng, quality=quality, optimize=False)
        images.append((data, ext))
        texts.append(text)
    frame = {"desktop": "Desktop", "tablet": "iPad Pro 11", "phone": "iPhone 15"}[platform]
    if device.platform == "android":
        frame = "Android Large"
    names = file_names(rng, len(images), [x for _, x in images], app, client, frame)
    folder = out / p.split / p.id
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name, (data, _) in zip(names, images, strict=True):
        (folder / name).write_bytes(data)

    expected: list[str] = []
    tolerated: list[str] = []
    v = p.variant
    if v.startswith("missing-"):
        expected.append("missing-step")
        gone = v.removeprefix("missing-")
        tolerated += {
            "connect": ["missing-connect-option"],
            "connecting": [
                "missing-proceed",
                "missing-go-back",
                "missing-data-disclosure",
                "missing-purpose",
                "undisclosed-scope",
            ],
            "authorize": [],
            "result": ["missing-success-confirmation"],
        }[gone]
    rule = {
        "no-back": "missing-go-back",
        "no-proceed": "missing-proceed",
        "no-data": "missing-data-disclosure",
        "no-purpose": "missing-purpose",
        "no-confirmation": "missing-success-confirmation",
        "undisclosed-scope": "undisclosed-scope",
        "step-order": "step-order",
        "duplicate": "duplicate-screen",
    }.get(v)
    if rule:
        expected.append(rule)
    if v == "no-data":
        tolerated.append("undisclosed-scope")
    if v == "no-confirmation":
        tolerated.append("missing-step")
    if v == "step-order":
        # A shuffled journey may put a non-result screen last.
        tolerated.append("missing-success-confirmation")
    cats = {SCOPE_CATEGORY[s] for s in scopes}
    covered = "all" in cats or {"posts", "activity"} <= cats
    if not covered and (sub.get("busy_background") or cats == {"activity"}):
        # The dimmed page behind a modal names posts and watch time; activity items mention videos.
        # Either may read as data no scope covers.
        tolerated.append("unrequested-data")
    if habit == "half":
        tolerated.append("low-fidelity")
    warnings = {"step-order", "unrequested-data", "low-fidelity"}
    truth = {
        "id": p.id,
        "split": p.split,
        "scopes": scopes,
        "screens": [{"file": name, "step": step} for name, (_, step) in zip(names, journey, strict=True)],
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(set(tolerated)),
        "passed": not any(r not in warnings for r in expected),
        "tags": tags,
    }
    (folder / "truth.json").write_text(json.dumps(truth, indent=1) + "\n")
    (folder / "texts.json").write_text(json.dumps(dict(zip(names, texts, strict=True)), indent=1) + "\n")
    return truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.agencydeck", description=__doc__)
    ap.add_argument("--out", default="benchmarks/corpus-agencydeck")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--only", help="render only this submission id (e.g. ad003)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    plans = plan(args.seed, args.count)
    if args.only:
        plans = [p for p in plans if p.id == args.only]
        if not plans:
            print(f"no submission {args.only!r} for count {args.count}", file=sys.stderr)
            return 2
    elif out.exists():
        for split in ("dev", "holdout"):
            shutil.rmtree(out / split, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    truths = []
    browser = Browser()
    try:
        for p in plans:
            truths.append(submission(p, args.seed, browser, out, problems))
            print(f"{p.id} {p.split} {p.variant}", file=sys.stderr)
    finally:
        browser.close()
    if not args.only:
        index = {"seed": args.seed, "count": args.count, "submissions": truths}
        (out / "index.json").write_text(json.dumps(index, indent=1) + "\n")
    for line in problems:
        print("fit:", line, file=sys.stderr)
    return 0
