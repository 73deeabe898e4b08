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
from benchmarks.studio.look import shrink
from benchmarks.studio.plan import Submission, break_schedule, plan_submission
from benchmarks.studio.screens import slug

DEFAULT_COUNT = 60

# What spills over: any element (outside decorative `.bleed` backdrops) whose box leaves the
# viewport, and one-line labels wider than their box. A clipped Continue button would make
# the truth ("has a proceed control") a lie, so such a screen is re-laid out smaller.
FITS_JS = """() => {
  const vw = innerWidth, vh = innerHeight, bad = [];
  const d = document.documentElement;
  if (d.scrollHeight > vh + 1 || d.scrollWidth > vw + 1) bad.push('scroll');
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.bleed')) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    if (r.top < -1 || r.left < -1 || r.bottom > vh + 1 || r.right > vw + 1) {
      bad.push(el.tagName + '.' + el.className + ':' + (el.textContent || '').slice(0, 30));
      if (bad.length > 4) break;
    }
  }
  for (const el of document.querySelectorAll('.btn, h1, h2, h3, b')) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).whiteSpace === 'nowrap')
      bad.push('nowrap:' + el.textContent);
  }
  return bad;
}"""


class FittingRenderer(Renderer):
    def misfits(self, device: Device) -> list[str]:
        return list(self._page(device).evaluate(FITS_JS))


def natural_key(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def squash(text: str) -> str:
    return " ".join(text.split())


def file_stems(sub: Submission, rng: random.Random) -> list[str]:
    """Names as design tools export them; all sort naturally in journey order."""
    dev = sub.ctx.device
    frame_name = {
        "ios": rng.choice(("iPhone 14", "iPhone 15 Pro", "iPhone SE")),
        "android": rng.choice(("Android Large", "Android Compact", "Pixel 7")),
        "tablet": rng.choice(("iPad Pro 11", "Tablet")),
        "desktop": rng.choice(("Desktop", "MacBook Pro 14", "Web 1440")),
    }[dev.platform]
    style = rng.choice(("numbered", "frame", "device", "retina", "artboard", "app"))
    start = rng.randint(1, 40)
    app = slug(sub.ctx.app.name)
    scale = max(1, round(dev.scale))
    out = []
    for n, s in enumerate(sub.screens, 1):
        out.append(
            {
                "numbered": f"{n:02d} {s.slug}",
                "frame": f"Frame {start + n}",
                "device": f"{frame_name} - {n}",
                "retina": f"screen-{n}@{scale}x",
                "artboard": f"Artboard {n}" + (" copy" if s.duplicate_of is not None else ""),
                "app": f"{app}_{n:02d}_{slug(s.slug)}",
            }[style]
        )
    return out


def render_fitting(renderer: FittingRenderer, sub: Submission, index: int) -> tuple[Any, dict[str, str]]:
    """Screenshot of screen `index`, shrinking the root font size until it fits and every claim shows."""
    ctx = sub.ctx
    screen = sub.screens[index]
    problems: list[str] = []
    for _ in range(7):
        shot = screen.build(ctx, random.Random(f"studio-screen:{sub.id}:{index}"))
        img = renderer.screenshot(shot.html, ctx.device)
        problems = renderer.misfits(ctx.device)
        if not problems:
            text = renderer.visible_text(ctx.device)
            seen = squash(text["all"])
            problems = [f"claim not visible: {c!r}" for c in shot.claims if squash(c) not in seen]
            if not problems:
                return img, text
        ctx = replace(ctx, look=shrink(ctx.look))
    raise RuntimeError(f"{sub.id} screen {index} ({screen.kind}) on {ctx.device.name}: {problems}")


def write_submission(renderer: FittingRenderer, sub: Submission, folder: Path) -> dict[str, object]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(f"studio-export:{sub.id}")
    stems = file_stems(sub, rng)
    images: list[Any] = []
    texts: list[dict[str, str]] = []
    blobs: list[tuple[bytes, str]] = []
    names: list[str] = []
    for i, (screen, stem) in enumerate(zip(sub.screens, stems, strict=True)):
        orig = screen.duplicate_of
        if orig is not None:
            img, text = images[orig], texts[orig]
        else:
            img, text = render_fitting(renderer, sub, i)
        if orig is not None and screen.export == sub.screens[orig].export:
            data, ext = blobs[orig]  # the very same file uploaded twice
        else:
            # Framed exports share one canvas per submission, as one designer's board would.
            how = random.Random(f"studio-frame:{sub.id}") if screen.export == "frame" else rng
            data, ext = export(img, screen.export, sub.ctx.device, how, quality=sub.quality, optimize=False)
        images.append(img)
        texts.append(text)
        blobs.append((data, ext))
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
            rng = random.Random(f"studio-submission:{seed}:{split}:{i}")
            subs.append(plan_submission(f"d{first + i:03d}", split, rng, breaks))  # type: ignore[arg-type]
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
    print(f"{len(subs)} submissions in {time.monotonic() - started:.0f} s", flush=True)
    if not only:
        (out / "index.json").write_text(
            json.dumps({"seed": seed, "count": count, "submissions": truths}, indent=1) + "\n"
        )
