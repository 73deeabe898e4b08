"""Renders planned submissions to disk: images in journey order, truth.json, texts.json, index.json."""

from __future__ import annotations

import json
import random
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path

from PIL import Image

from benchmarks.corpusgen.render import Renderer, export
from benchmarks.helpdocs.look import shrink
from benchmarks.helpdocs.plan import Submission, break_schedule, plan_submission
from benchmarks.helpdocs.screens import slug

DEFAULT_COUNT = 60

# True when every piece of text inside the app area is wholly inside it (and above a phone's
# tab bar), and no one-line button overflows: a clipped "Continue" would make the truth lie.
# Words of a sidebar deliberately cut at the window's edge (`.side` when cropped) are exempt.
FITS_JS = """(cropped) => {
  const d = document.documentElement;
  if (d.scrollHeight > innerHeight + 1 || d.scrollWidth > innerWidth + 1) return 'document';
  for (const app of document.querySelectorAll('.app')) {
    const a = app.getBoundingClientRect();
    const bar = app.querySelector('.tabbar');
    const barTop = bar ? bar.getBoundingClientRect().top : Infinity;
    for (const el of app.querySelectorAll('*')) {
      if (cropped && el.closest('.side')) continue;
      const own = [...el.childNodes].some(n => n.nodeType === 3 && n.data.trim());
      if (!own) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < a.left - 1 || r.right > a.right + 1 || r.top < a.top - 1 || r.bottom > a.bottom + 1)
        return 'out:' + el.textContent.slice(0, 40);
      if (!el.closest('.tabbar') && r.bottom > barTop + 1 && !el.closest('[style*="position:absolute"]'))
        return 'tabbar:' + el.textContent.slice(0, 40);
    }
  }
  for (const el of document.querySelectorAll('.btn, h1, h2, h3, b')) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).whiteSpace === 'nowrap') return 'nowrap';
  }
  return '';
}"""


def natural_key(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def file_stems(sub: Submission, rng: random.Random) -> list[str]:
    """Names a documentation writer gives screenshots; they sort naturally in journey order."""
    style = rng.choice(("step", "figure", "dated", "slide", "mac", "help"))
    app = slug(sub.ctx.app.name)
    hh, mm, ss = rng.randint(9, 17), rng.randint(0, 40), rng.randint(0, 59)
    out = []
    for n, s in enumerate(sub.screens, 1):
        ss += rng.randint(4, 50)
        mm, ss = mm + ss // 60, ss % 60
        out.append(
            {
                "step": f"step{n}",
                "figure": f"Figure {n}",
                "dated": f"2026-05-01_{app}_{n}",
                "slide": f"slide-{n:02d}",
                "mac": f"Screenshot 2026-05-01 at {hh}.{mm:02d}.{ss:02d}",
                "help": f"{app}-tiktok-{n:02d}-{s.slug}",
            }[style]
        )
    return out


def render_fitting(renderer: Renderer, sub: Submission, index: int) -> tuple[Image.Image, str]:
    """Screenshot of screen `index`, zooming the content out until every word fits."""
    ctx = replace(sub.ctx, n=index + 1, step=sub.screens[index].step)
    why = ""
    for _ in range(5):
        html = sub.screens[index].build(ctx, random.Random(f"helpdocs-screen:{sub.id}:{index}"))
        img = renderer.screenshot(html, ctx.look.device)
        page = renderer._page(ctx.look.device)  # the Renderer keeps one page per device
        why = page.evaluate(FITS_JS, ctx.look.crop)
        if not why:
            return img, renderer.visible_text(ctx.look.device)["all"]
        ctx = replace(ctx, look=shrink(ctx.look))
    raise RuntimeError(f"{sub.id} screen {index} ({sub.screens[index].kind}) does not fit: {why}")


def write_submission(renderer: Renderer, sub: Submission, folder: Path) -> dict[str, object]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(f"helpdocs-export:{sub.id}")
    stems = file_stems(sub, rng)
    images: list[Image.Image] = []
    texts: list[str] = []
    names: list[str] = []
    for i, (screen, stem) in enumerate(zip(sub.screens, stems, strict=True)):
        if screen.duplicate_of is not None:
            img, text = images[screen.duplicate_of], texts[screen.duplicate_of]
        else:
            img, text = render_fitting(renderer, sub, i)
        images.append(img)
        texts.append(text)
        data, ext = export(
            img, screen.export, sub.ctx.look.device, rng, quality=rng.randint(40, 90), optimize=False
        )
        (folder / (stem + ext)).write_bytes(data)
        names.append(stem + ext)
    assert sorted(names, key=natural_key) == names, names  # file order is the journey order
    truth = sub.truth(names)
    (folder / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")
    (folder / "texts.json").write_text(json.dumps(dict(zip(names, texts, strict=True)), indent=1) + "\n")
    return truth


def plan_corpus(seed: str, count: int) -> list[Submission]:
    dev = count - count // 2
    subs = []
    for split, n, first in (("dev", dev, 1), ("holdout", count - dev, dev + 1)):
        for i, breaks in enumerate(break_schedule(seed, split, n)):  # type: ignore[arg-type]
            rng = random.Random(f"helpdocs-submission:{seed}:{split}:{i}")
            subs.append(plan_submission(f"h{first + i:03d}", split, rng, breaks))  # type: ignore[arg-type]
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
    with Renderer() as renderer:
        for n, sub in enumerate(subs, 1):
            truths.append(write_submission(renderer, sub, out / sub.split / sub.id))
            if n % 10 == 0:
                print(f"{n}/{len(subs)} submissions, {time.monotonic() - started:.0f} s", flush=True)
    print(f"done: {len(subs)} submissions in {time.monotonic() - started:.0f} s", flush=True)
    if not only:
        (out / "index.json").write_text(
            json.dumps({"seed": seed, "count": count, "submissions": truths}, indent=1) + "\n"
        )
