"""Renders planned submissions to disk: images in journey order, truth.json, texts.json and an index."""

from __future__ import annotations

import io
import json
import random
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path

from PIL import Image

from benchmarks.corpusgen.common import Device
from benchmarks.corpusgen.render import Renderer, framed
from benchmarks.saasdesk import words
from benchmarks.saasdesk.look import shrink
from benchmarks.saasdesk.plan import Submission, plan_corpus
from benchmarks.saasdesk.screens import Ctx, slug

DEFAULT_COUNT = 60
FIT_ATTEMPTS = 6

# Every `.key` element (the TikTok option, data list, purpose, buttons, success message) lies
# inside the viewport and inside every clipping ancestor, and no one-line label overflows its
# box: a clipped Continue button would make the truth ("has a proceed control") a lie.
FITS_JS = """() => {
  const vw = innerWidth, vh = innerHeight, bad = [];
  for (const el of document.querySelectorAll('.key')) {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) { bad.push('empty ' + el.className); continue; }
    if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) { bad.push('out ' + el.className); continue; }
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 1 || r.top < b.top - 1 || r.right > b.right + 1 || r.bottom > b.bottom + 1) {
          bad.push('clipped ' + el.className); break;
        }
      }
    }
  }
  for (const el of document.querySelectorAll('.btn, h1, h2')) {
    if (el.closest('.blurred')) continue;
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).whiteSpace === 'nowrap')
      bad.push('nowrap ' + el.textContent.slice(0, 30));
  }
  return bad;
}"""


class FittingRenderer(Renderer):
    def misfits(self, device: Device) -> list[str]:
        return list(self._page(device).evaluate(FITS_JS))


def natural_key(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def file_stems(sub: Submission, rng: random.Random) -> list[str]:
    """Designer-style names that sort in journey order: 'Screen 3', 'Desktop - 3', '03-connecting', ..."""
    style = rng.choice(("screen", "figma", "dash", "app", "frame", "step"))
    frame_word = (
        "iPad" if sub.ctx.device.platform == "tablet" else rng.choice(("Desktop", "MacBook Pro", "Web"))
    )
    app = slug(sub.ctx.app.name)
    numbers = list(range(1, len(sub.screens) + 1))
    if style == "frame":
        start = rng.randint(2, 40)
        numbers = [start + sum(rng.randint(1, 4) for _ in range(i)) for i in range(len(sub.screens))]
        numbers = (
            sorted(set(numbers))
            if len(set(numbers)) == len(numbers)
            else list(range(start, start + len(sub.screens)))
        )
    out = []
    for n, s in zip(numbers, sub.screens, strict=True):
        out.append(
            {
                "screen": f"Screen {n}",
                "figma": f"{frame_word} - {n}",
                "dash": f"{n:02d}-{s.slug}",
                "app": f"{app}_tiktok_{n:02d}",
                "frame": f"Frame {n}",
                "step": f"step{n}-{s.slug}",
            }[style]
        )
    return out


def render_fitting(
    renderer: FittingRenderer, sub: Submission, index: int
) -> tuple[Image.Image, dict[str, str], int]:
    """Screenshot of screen `index`, made denser (then zoomed out) until every key element fits."""
    ctx: Ctx = sub.ctx
    problems: list[str] = []
    for attempt in range(FIT_ATTEMPTS):
        html = sub.screens[index].build(ctx, random.Random(f"saasdesk-screen:{sub.id}:{index}"))
        img = renderer.screenshot(html, ctx.device)
        problems = renderer.misfits(ctx.device)
        if not problems:
            return img, renderer.visible_text(ctx.device), attempt
        ctx = replace(ctx, look=shrink(ctx.look))
    raise RuntimeError(
        f"{sub.id} screen {index} ({sub.screens[index].kind}) does not fit {ctx.device.name}: {problems}"
    )


def encode(img: Image.Image, habit: str, device: Device, rng: random.Random) -> tuple[bytes, str]:
    """One screen saved the way a designer would: halved, framed on a canvas, JPEG at q40–80, or PNG."""
    if habit.startswith("half"):
        img = img.resize((img.width // 2, img.height // 2), Image.Resampling.LANCZOS)
    if habit.startswith("frame"):
        img = framed(img, device, rng)
    buf = io.BytesIO()
    if habit.endswith("jpeg"):
        img.save(buf, "JPEG", quality=rng.randint(40, 80))
        return buf.getvalue(), ".jpg"
    img.save(buf, "PNG", compress_level=rng.choice((3, 6, 9)))
    return buf.getvalue(), ".png"


def write_submission(renderer: FittingRenderer, sub: Submission, folder: Path) -> dict[str, object]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(f"saasdesk-export:{sub.id}")
    stems = file_stems(sub, rng)
    images: list[Image.Image] = []
    texts: list[dict[str, str]] = []
    blobs: list[tuple[bytes, str]] = []
    names: list[str] = []
    shrunk = 0
    for i, (screen, stem) in enumerate(zip(sub.screens, stems, strict=True)):
        if screen.duplicate_of is not None:
            j = screen.duplicate_of
            img, text = images[j], texts[j]
            same = screen.export == sub.screens[j].export
            data, ext = blobs[j] if same else encode(img, screen.export, sub.ctx.device, rng)
        else:
            img, text, attempts = render_fitting(renderer, sub, i)
            shrunk += attempts > 0
            data, ext = encode(img, screen.export, sub.ctx.device, rng)
        images.append(img)
        texts.append(text)
        blobs.append((data, ext))
        (folder / (stem + ext)).write_bytes(data)
        names.append(stem + ext)
    assert sorted(names, key=natural_key) == names, names  # file order is the journey order
    if shrunk:
        sub.tags.append("shrunk-to-fit")
    truth = sub.truth(names)
    (folder / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")
    (folder / "texts.json").write_text(
        json.dumps({n: t["all"] for n, t in zip(names, texts, strict=True)}, indent=1) + "\n"
    )
    return truth


def generate(out: Path, *, seed: str = "1", count: int = DEFAULT_COUNT, only: str | None = None) -> None:
    shared = words.overlap()
    leaked = words.leaks()
    if shared or leaked:
        raise SystemExit(
            f"word pools are not clean: shared {sorted(shared)}, data words in neutral text {leaked}"
        )
    subs = plan_corpus(seed, count)
    if only:
        subs = [s for s in subs if s.id == only]
        if not subs:
            raise SystemExit(f"no submission {only} in a corpus of {count}")
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
    print(f"{len(subs)} submissions in {time.monotonic() - started:.0f} s -> {out}", flush=True)
