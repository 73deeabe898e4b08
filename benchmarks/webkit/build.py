"""Renders the planned submissions with headless Chromium and writes screens + truth.json."""

from __future__ import annotations

import io
import json
import random
import shutil
import sys
import time
from pathlib import Path

from PIL import Image

from benchmarks.webkit import pages
from benchmarks.webkit.plan import ERRORS as _ERR
from benchmarks.webkit.plan import Plan, plan_all, slug
from benchmarks.webkit.words import POOLS, check_disjoint

CHROMIUM = "/usr/bin/chromium"
# true when the connecting screen's heading, data list, purpose and buttons are all inside the viewport
FIT_JS = """() => { const H = innerHeight;
  for (const e of document.querySelectorAll('h2, .checks, .why, .ongoing, .btns')) {
    const r = e.getBoundingClientRect(); if (r.height > 0 && (r.bottom > H + 1 || r.top < 0)) return false; }
  return true; }"""


def _ctx(p: Plan) -> pages.Ctx:
    W = POOLS[p.split]
    r = random.Random(p.seed)
    services = W["services"][:]
    r.shuffle(services)
    dom = slug(p.app).replace("-", "") + r.choice([".com", ".io", ".app", ".co"])
    return pages.Ctx(
        W=W,
        rng=r,
        app=p.app,
        accent=p.accent,
        look=p.look,
        dark=p.dark,
        device=p.device,
        fonts=p.fonts,
        chrome=p.chrome,
        user=r.choice(W["users"]),
        domain=r.choice(["app.", "www.", ""]) + dom,
        tagline=r.choice(W["taglines"]),
        services=services,
    )


def _html(c: pages.Ctx, p: Plan, s) -> str:
    connect_o = next((x.opts for x in p.screens if x.kind == "connect"), None)
    if connect_o is None:  # connect dropped: backdrop / toast pages still need one
        connect_o = dict(layout="list", seed=p.seed, side=False, cookie=False, footer=False)
    if s.kind == "connect":
        body, path, title = pages.connect_page(c, s.opts)
    elif s.kind == "connecting":
        body, path, title = pages.connecting_page(c, s.opts, connect_o)
    elif s.kind == "result":
        body, path, title = pages.result_page(c, s.opts, connect_o)
    elif s.kind == "auth":
        body, path, title = pages.tiktok_page(c, s.opts, p.scopes)
        return pages.frame(c, body, path, title, tiktok=True)
    elif s.kind == "dashboard":
        body, path, title = pages.dashboard_page(c, s.opts)
    elif s.kind == "signin":
        body, path, title = pages.signin_page(c, s.opts)
    else:
        body, path, title = pages.pricing_page(c, s.opts)
    return pages.frame(c, body, path, f"{title}: {path.split('/')[-1]}")


def _encode(png: bytes, fmt: str, quality: int, half: bool) -> bytes:
    im = Image.open(io.BytesIO(png)).convert("RGB")
    if half:
        im = im.resize((im.width // 2, im.height // 2), Image.LANCZOS)
    buf = io.BytesIO()
    if fmt == "jpeg":
        im.save(buf, "JPEG", quality=quality)
    else:
        im.save(buf, "PNG")
    return buf.getvalue()


def render_plan(browser, p: Plan, out: Path) -> None:
    c = _ctx(p)
    d = out / p.split / p.id
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    ctx = browser.new_context(
        viewport={"width": p.device.width, "height": p.device.height}, device_scale_factor=p.device.scale
    )
    page = ctx.new_page()
    fr = random.Random(p.seed + 7)
    entries = []
    prev: tuple[bytes, str, bool] | None = None  # raw png, fmt, half of the previous screen
    prev_bytes = b""
    for n, s in enumerate(p.screens, 1):
        if s.dup and prev is not None:
            raw, fmt0, half0 = prev
            if s.dup == "same":
                fmt, half, q = fmt0, half0, p.quality
                data = prev_bytes
            elif s.dup == "jpeg":
                fmt, half, q = (
                    "jpeg",
                    half0,
                    max(50, min(85, p.quality - 12 if fmt0 == "jpeg" else p.quality)),
                )
                data = _encode(raw, fmt, q, half)
            else:
                fmt, half, q = fmt0, True, p.quality
                data = _encode(raw, fmt, q, True)
        else:
            page.set_content(_html(c, p, s), wait_until="load")
            page.evaluate("document.fonts.ready.then(() => 1)")
            if s.kind == "connecting":
                for level in ("compact", "compact2"):
                    if page.evaluate(FIT_JS):
                        break
                    page.evaluate(f"document.body.classList.add('{level}')")
                if not page.evaluate(FIT_JS):
                    print(f"warning: {p.id} connecting screen does not fit", file=sys.stderr)
            raw = page.screenshot(type="png")
            fmt = p.fmt if p.fmt != "mixed" else fr.choice(["png", "jpeg"])
            half = p.half
            data = _encode(raw, fmt, p.quality, half)
        prev, prev_bytes = (raw, fmt, half), data
        name = p.naming.format(n=n, slug=slug(p.app)) + (".jpg" if fmt == "jpeg" else ".png")
        (d / name).write_bytes(data)
        entries.append({"file": name, "step": s.step})
    ctx.close()
    t = {
        "id": p.id,
        "split": p.split,
        "scopes": p.scopes,
        "expected_rules": p.expected,
        "tolerated_rules": p.tolerated,
        "passed": not any(r in _ERR for r in p.expected),
        "tags": p.tags,
        "screens": entries,
    }
    (d / "truth.json").write_text(json.dumps(t, indent=2) + "\n")


def run(out: Path, seed: int, count: int, only: str | None = None) -> int:
    from playwright.sync_api import sync_playwright

    check_disjoint()
    plans = plan_all(seed, count)
    if only:
        plans = [p for p in plans if p.id == only]
        if not plans:
            print(f"no submission {only}", file=sys.stderr)
            return 2
    t0 = time.time()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for p in plans:
            render_plan(browser, p, out)
            print(
                f"{p.id} {p.split:8s} {p.brk or 'clean':18s} {len(p.screens)} screens  "
                f"{','.join(p.expected) or '-'}",
                file=sys.stderr,
            )
        browser.close()
    print(f"{len(plans)} submissions in {time.time() - t0:.0f}s -> {out}", file=sys.stderr)
    return 0
