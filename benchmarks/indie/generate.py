"""Renders planned submissions to disk: images in journey order, truth.json and texts.json."""

from __future__ import annotations

import json
import random
import re
import shutil
import time
from pathlib import Path

from benchmarks.corpusgen.common import Device
from benchmarks.corpusgen.render import Renderer, export
from benchmarks.indie.look import shrink
from benchmarks.indie.plan import Submission, break_schedule, plan_submission
from benchmarks.indie.screens import Ctx, slug

DEFAULT_COUNT = 60

# True when nothing spills out of the viewport and no one-line label overflows its box: a
# clipped Continue button would make the truth ("has a proceed control") a lie.
FITS_JS = """() => {
  const d = document.documentElement;
  if (d.scrollHeight > innerHeight + 1 || d.scrollWidth > innerWidth + 1) return false;
  for (const el of document.querySelectorAll('.btn, h1, h2, h3, b')) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).whiteSpace === 'nowrap') return false;
  }
  return true;
}"""


class FittingRenderer(Renderer):
    def fits(self, device: Device) -> bool:
        return bool(self._page(device).evaluate(FITS_JS))


def natural_key(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def file_stems(sub: Submission, rng: random.Random) -> list[str]:
    """Designer-style names that sort in journey order: '03-permissions', 'Screen 3', 'pulsefit_03_...'."""
    style = rng.choice(("dash", "screen", "app", "step"))
    app = slug(sub.ctx.app.name)
    out = []
    for n, s in enumerate(sub.screens, 1):
        out.append(
            {
                "dash": f"{n:02d}-{s.slug}",
                "screen": f"Screen {n}",
                "app": f"{app}_{n:02d}_{s.slug}",
                "step": f"step{n:02d}",
            }[style]
        )
    return out


def render_fitting(renderer: FittingRenderer, sub: Submission, index: int) -> tuple[object, dict[str, str]]:
    """Screenshot of screen `index`, zooming the app's content out until it fits the viewport."""
    ctx: Ctx = sub.ctx
    for _ in range(5):
        html = sub.screens[index].build(ctx, random.Random(f"indie-screen:{sub.id}:{index}"))
        img = renderer.screenshot(html, ctx.device)
        if renderer.fits(ctx.device):
            return img, renderer.visible_text(ctx.device)
        ctx = Ctx(**{**ctx.__dict__, "look": shrink(ctx.look)})
    raise RuntimeError(f"{sub.id} screen {index} ({sub.screens[index].kind}) does not fit {ctx.device.name}")


def write_submission(renderer: FittingRenderer, sub: Submission, folder: Path) -> dict[str, object]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(f"indie-export:{sub.id}")
    stems = file_stems(sub, rng)
    images: list[object] = []
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
            img, screen.export, sub.ctx.device, rng, quality=rng.randint(72, 92), optimize=False
        )  # type: ignore[arg-type]
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
            rng = random.Random(f"indie-submission:{seed}:{split}:{i}")
            subs.append(plan_submission(f"i{first + i:03d}", split, rng, breaks))  # type: ignore[arg-type]
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
