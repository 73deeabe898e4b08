"""Renders planned submissions: images in journey order, truth.json, texts.json, index.json."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path

from PIL import Image

from benchmarks.corpusgen.common import Device
from benchmarks.corpusgen.render import Renderer, export
from benchmarks.mobilekit.look import shrink
from benchmarks.mobilekit.plan import Submission, break_schedule, check_pools, plan_submission

DEFAULT_COUNT = 60

# Nothing may spill out of the viewport and no one-line label may overflow its box: a clipped
# Continue button would make the truth ("has a proceed control") a lie.
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


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


PRETTY = {
    "iphone-se": "iPhone SE (3rd generation)",
    "iphone-13-mini": "iPhone 13 mini",
    "iphone-15": "iPhone 15",
    "iphone-15-pro-max": "iPhone 15 Pro Max",
    "ipad-landscape": "iPad Air (5th generation)",
}


def file_stems(sub: Submission, rng: random.Random) -> list[str]:
    """How people name exported screens; every style sorts naturally in journey order."""
    ios = sub.ctx.device.platform == "ios" or sub.ctx.device.name in PRETTY
    styles = ["onboarding", "mock", "screen", "app", "img"] + (["simulator"] if ios else ["android"])
    style = rng.choice(styles)
    app = re.sub(r"[^a-z0-9]+", "", sub.ctx.app.name.lower())
    clock = dt.datetime(
        2026,
        rng.randint(1, 4),
        rng.randint(1, 28),
        rng.randint(9, 17),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )
    img0 = rng.randint(1000, 8000)
    out = []
    for n, s in enumerate(sub.screens, 1):
        clock += dt.timedelta(seconds=rng.randint(4, 90))
        out.append(
            {
                "onboarding": f"{rng.choice(('onboarding', 'flow'))}-{n}" if n == 1 else "",
                "mock": f"mock_{n:02d}",
                "screen": f"Screen_{n:02d}",
                "app": f"{app}-{n:02d}-{s.slug}",
                "img": f"IMG_{img0 + n}",
                "simulator": f"Simulator Screen Shot - {PRETTY.get(sub.ctx.device.name, 'iPhone 15')} - "
                f"{clock:%Y-%m-%d at %H.%M.%S}",
                "android": f"Screenshot_{clock:%Y%m%d-%H%M%S}",
            }[style]
        )
    if style == "onboarding":
        word = out[0].split("-")[0]
        out = [f"{word}-{n}" for n in range(1, len(sub.screens) + 1)]
    return out


def render_fitting(renderer: FittingRenderer, sub: Submission, index: int) -> tuple[Image.Image, str]:
    """Screenshot of screen `index`, shrinking the type until the page fits the viewport."""
    ctx = sub.ctx
    screen = sub.screens[index]
    for _ in range(7):
        html, needs = screen.build(ctx, random.Random(f"mobilekit-screen:{sub.id}:{index}"))
        img = renderer.screenshot(html, ctx.device)
        if renderer.fits(ctx.device):
            text = renderer.visible_text(ctx.device)["all"]
            seen = squash(text)
            missing = [n for n in needs if squash(n) not in seen]
            if missing:
                raise RuntimeError(f"{sub.id} screen {index} ({screen.kind}): not visible: {missing}")
            return img, text
        ctx = replace(ctx, look=shrink(ctx.look))
    raise RuntimeError(f"{sub.id} screen {index} ({screen.kind}) does not fit {ctx.device.name}")


def write_submission(renderer: FittingRenderer, sub: Submission, folder: Path) -> dict[str, object]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(f"mobilekit-export:{sub.id}")
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
        # Low JPEG qualities only for 2x and up: at 1x they would blur text past reading.
        quality = rng.randint(40, 90) if sub.ctx.device.scale >= 2 else rng.randint(65, 90)
        data, ext = export(img, screen.export, sub.ctx.device, rng, quality=quality, optimize=False)
        (folder / (stem + ext)).write_bytes(data)
        names.append(stem + ext)
    assert sorted(names, key=natural_key) == names, names  # file order is the journey order
    assert len(set(names)) == len(names), names
    truth = sub.truth(names)
    (folder / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")
    (folder / "texts.json").write_text(json.dumps(dict(zip(names, texts, strict=True)), indent=1) + "\n")
    return truth


def plan_corpus(seed: str, count: int) -> list[Submission]:
    check_pools()
    dev = count - count // 2
    subs = []
    for split, n, first in (("dev", dev, 1), ("holdout", count - dev, dev + 1)):
        for i, breaks in enumerate(break_schedule(seed, split, n)):  # type: ignore[arg-type]
            rng = random.Random(f"mobilekit-submission:{seed}:{split}:{i}")
            subs.append(plan_submission(f"m{first + i:03d}", split, rng, breaks))  # type: ignore[arg-type]
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
