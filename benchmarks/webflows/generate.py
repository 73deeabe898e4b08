"""Renders planned submissions to disk: images in journey order, truth.json, texts.json, index.json."""

from __future__ import annotations

import json
import random
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.corpusgen.common import Device
from benchmarks.corpusgen.render import Renderer, export
from benchmarks.webflows.look import shrink
from benchmarks.webflows.plan import Submission, break_schedule, plan_submission
from benchmarks.webflows.screens import slug

DEFAULT_COUNT = 60

# True when every `key` element (what the truth relies on) is inside the viewport and not cut
# by a clipping ancestor or covered by another element, and no one-line button label overflows its box.
FITS_JS = """() => {
  const vw = innerWidth, vh = innerHeight;
  for (const el of document.querySelectorAll('.key')) {
    const r = el.getBoundingClientRect();
    const why = (w) => w + ': ' + el.textContent.trim().slice(0, 40);
    if (r.width < 1 || r.height < 1) return why('empty');
    if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5) return why('off-screen');
    // Nothing (cookie banner, chat bubble, toast) may sit on top of it.
    const top = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
    if (top && !el.contains(top) && !top.contains(el)) return why('covered');
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 0.5 || r.top < b.top - 0.5 || r.right > b.right + 0.5 || r.bottom > b.bottom + 0.5) return why('clipped');
      }
    }
  }
  for (const el of document.querySelectorAll('.btn, h1, h2, h3, b')) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).whiteSpace === 'nowrap') return 'overflowing label: ' + el.textContent.trim().slice(0, 40);
  }
  return '';
}"""


class FittingRenderer(Renderer):
    def misfit(self, device: Device) -> str:
        """Why the page last shot does not fit, or '' when it does."""
        return str(self._page(device).evaluate(FITS_JS))


def natural_key(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def file_stems(sub: Submission, rng: random.Random) -> tuple[list[str], bool]:
    """Names as people save screenshots; all sort naturally in journey order. Second: upper-case extension."""
    n = len(sub.screens)
    style = rng.choice(("mac", "mac", "ios", "android", "step", "num", "flow", "figma"))
    out: list[str] = []
    if style == "mac":
        day = f"2026-0{rng.randint(1, 6)}-{rng.randint(10, 28)}"
        t = rng.randint(9 * 3600, 17 * 3600)
        for _ in range(n):
            t += rng.randint(8, 400)
            out.append(f"Screenshot {day} at {t // 3600}.{t % 3600 // 60:02d}.{t % 60:02d}")
    elif style == "ios":
        k = rng.randint(100, 9000)
        for _ in range(n):
            k += rng.randint(1, 3)
            out.append(f"IMG_{k:04d}")
    elif style == "android":
        t = rng.randint(10 * 3600, 16 * 3600)
        day = f"202603{rng.randint(10, 28)}"
        for _ in range(n):
            t += rng.randint(5, 300)
            out.append(f"Screenshot_{day}-{t // 3600:02d}{t % 3600 // 60:02d}{t % 60:02d}")
    elif style == "step":
        sep = rng.choice(("_", " ", "-"))
        word = rng.choice(("step", "Step", "screen"))
        out = [f"{word}{sep}{i}" for i in range(1, n + 1)]
    elif style == "num":
        out = [str(i) for i in range(1, n + 1)]
    elif style == "flow":
        app = slug(sub.ctx.app.name)
        out = [f"{app}-tiktok-{i:02d}-{s.slug}" for i, s in enumerate(sub.screens, 1)]
    else:
        k = rng.randint(2, 40)
        out = [f"Frame {k + i}" for i in range(n)]
    return out, style == "ios"


def render_fitting(renderer: FittingRenderer, sub: Submission, index: int) -> tuple[Any, dict[str, str]]:
    """Screenshot of screen `index`, zooming the app's content out until every key element shows."""
    ctx = sub.ctx
    why = ""
    for _ in range(6):
        html = sub.screens[index].build(ctx, random.Random(f"webflows-screen:{sub.id}:{index}"))
        img = renderer.screenshot(html, ctx.device)
        why = renderer.misfit(ctx.device)
        if not why:
            return img, renderer.visible_text(ctx.device)
        ctx = replace(ctx, look=shrink(ctx.look))
    raise RuntimeError(
        f"{sub.id} screen {index} ({sub.screens[index].kind}) does not fit {ctx.device.name}: {why}"
    )


def write_submission(renderer: FittingRenderer, sub: Submission, folder: Path) -> dict[str, object]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(f"webflows-export:{sub.id}")
    stems, upper = file_stems(sub, rng)
    images: list[Any] = []
    texts: list[dict[str, str]] = []
    names: list[str] = []
    for i, (screen, stem) in enumerate(zip(sub.screens, stems, strict=True)):
        if screen.duplicate_of is not None:
            img, text = images[screen.duplicate_of], texts[screen.duplicate_of]
        else:
            img, text = render_fitting(renderer, sub, i)
        images.append(img)
        texts.append(text)
        data, ext = export(
            img, screen.export, sub.ctx.device, rng, quality=rng.randint(40, 90), optimize=False
        )
        if upper:
            ext = ext.upper()  # iPhone exports: IMG_0412.PNG
        (folder / (stem + ext)).write_bytes(data)
        names.append(stem + ext)
    assert sorted(names, key=natural_key) == names, names  # file order is the journey order
    truth = sub.truth(names)
    (folder / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")
    (folder / "texts.json").write_text(
        json.dumps({n: t["all"] for n, t in zip(names, texts, strict=True)}, indent=1) + "\n"
    )
    return truth


def plan_corpus(seed: str, count: int) -> list[Submission]:
    dev = count - count // 2
    subs = []
    for split, n, first in (("dev", dev, 1), ("holdout", count - dev, dev + 1)):
        for i, breaks in enumerate(break_schedule(seed, split, n)):  # type: ignore[arg-type]
            rng = random.Random(f"webflows-submission:{seed}:{split}:{i}")
            subs.append(plan_submission(f"w{first + i:03d}", split, rng, breaks))  # type: ignore[arg-type]
    return subs


def generate(out: Path, *, seed: str = "1", count: int = DEFAULT_COUNT, only: str | None = None) -> None:
    subs = plan_corpus(seed, count)
    if only:
        subs = [s for s in subs if s.id == only]
    else:
        for split in ("dev", "holdout"):
            shutil.rmtree(out / split, ignore_errors=True)  # no leftovers from a bigger earlier run
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    truths = []
    with FittingRenderer() as renderer:
        for n, sub in enumerate(subs, 1):
            truths.append(write_submission(renderer, sub, out / sub.split / sub.id))
            if n % 10 == 0:
                print(f"{n}/{len(subs)} submissions, {time.monotonic() - started:.0f} s", flush=True)
    if not only:
        (out / "index.json").write_text(
            json.dumps({"seed": seed, "count": count, "submissions": truths}, indent=1) + "\n"
        )
    print(f"{len(subs)} submissions in {time.monotonic() - started:.0f} s", flush=True)
