"""Renders planned submissions to disk: images in journey order, truth.json and texts.json."""

from __future__ import annotations

import json
import random
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image

from benchmarks.brandkit.look import deco_layer, document, shrink
from benchmarks.brandkit.plan import Submission, break_schedule, plan_submission
from benchmarks.brandkit.words import check_pools
from benchmarks.corpusgen.common import Device
from benchmarks.corpusgen.render import Renderer, export

DEFAULT_COUNT = 60

# True when nothing spills out of the screen's content box, a sheet or a web page, and no
# one-line label overflows: a clipped Continue button would make the truth a lie.
FITS_JS = """() => {
  for (const el of document.querySelectorAll('.z, .fit')) {
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) return false;
  }
  for (const el of document.querySelectorAll('.btn, .h1, .h2, .chip')) {
    if (el.scrollWidth > el.clientWidth + 1) return false;
  }
  return true;
}"""


# Text whose colour nearly matches the solid background behind it (white on a white card): the
# truth would promise a button nobody can see. Gradients and translucent layers are not judged.
FAINT_JS = """() => {
  const bad = [];
  const parse = (c) => { const m = c.match(/[\\d.]+/g); return m ? m.map(Number) : null; };
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.data.trim() || !el || el.closest("style,script,.svc")) continue;  // brand marks keep brand colours
    const fg = parse(getComputedStyle(el).color);
    if (!fg) continue;
    let bg = null;
    for (let a = el; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.backgroundImage !== "none") break;
      const c = parse(s.backgroundColor);
      if (c && (c.length < 4 || c[3] > 0.9)) { bg = c; break; }
      if (c && c.length === 4 && c[3] > 0.05) break;
    }
    if (!bg) continue;
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    if ((a + 0.05) / (b + 0.05) < 2.5) bad.push(n.data.trim().slice(0, 40));
  }
  return bad;
}"""


class FittingRenderer(Renderer):
    """One page per pixel ratio, resized for each shot: boards come in many sizes."""

    def _page(self, device: Device) -> Any:
        key = f"scale-{device.scale}"
        page = self._pages.get(key)
        if page is None:
            context = self._browser.new_context(
                viewport={"width": device.width, "height": device.height},
                device_scale_factor=device.scale,
            )
            page = context.new_page()
            self._pages[key] = page
        size = page.viewport_size
        if size is None or (size["width"], size["height"]) != (device.width, device.height):
            page.set_viewport_size({"width": device.width, "height": device.height})
        return page

    def fits(self, device: Device) -> bool:
        return bool(self._page(device).evaluate(FITS_JS))

    def faint_text(self, device: Device) -> list[str]:
        return list(self._page(device).evaluate(FAINT_JS))


def natural_key(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def file_stems(sub: Submission) -> list[str]:
    """Designer-style names that sort in journey order."""
    app = re.sub(r"[^a-z0-9]+", "", sub.ctx.app.name.lower())
    out = []
    for n, s in enumerate(sub.screens, 1):
        out.append(
            {
                "dash": f"{n:02d}-{s.slug}",
                "screen": f"Screen {n}",
                "app": f"{app}_{n:02d}_{s.slug}",
                "artboard": f"{n:02d} - {s.slug.replace('-', ' ').title()}",
            }[sub.file_style]
        )
    return out


def caption(sub: Submission, index: int, rng: random.Random) -> str:
    words = sub.ctx.words
    fmt = rng.choice(words.caption_format)
    return fmt.format(n=index + 1, label=words.captions[sub.screens[index].kind])


def render_fitting(
    renderer: FittingRenderer, sub: Submission, index: int, seed: str
) -> tuple[Image.Image, dict[str, str], Device]:
    """Screenshot of screen `index`, zooming the content out until it fits its box."""
    ctx = sub.ctx
    cap_rng = random.Random(f"brandkit-caption:{seed}:{sub.id}")
    cap = caption(sub, index, cap_rng)
    project = random.Random(f"brandkit-project:{seed}:{sub.id}").choice(ctx.words.project)
    project = f"{ctx.app.name} · {project}"
    for _ in range(7):
        rng = random.Random(f"brandkit-screen:{seed}:{sub.id}:{index}")
        frame = sub.screens[index].build(ctx, rng)
        deco = deco_layer(random.Random(f"brandkit-deco:{seed}:{sub.id}"), ctx.look)
        html, viewport = document(frame, ctx.look, ctx.device, ctx.pres, deco, cap, project)
        img = renderer.screenshot(html, viewport)
        if renderer.fits(viewport):
            faint = renderer.faint_text(viewport)
            if faint:
                raise RuntimeError(
                    f"{sub.id} screen {index} ({sub.screens[index].kind}) has faint text: {faint}"
                )
            return img, renderer.visible_text(viewport), viewport
        ctx = replace(ctx, look=shrink(ctx.look))
    raise RuntimeError(f"{sub.id} screen {index} ({sub.screens[index].kind}) does not fit {ctx.device.name}")


def write_submission(
    renderer: FittingRenderer, sub: Submission, folder: Path, seed: str
) -> dict[str, object]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(f"brandkit-export:{seed}:{sub.id}")
    stems = file_stems(sub)
    shots: list[tuple[Image.Image, dict[str, str], Device]] = []
    names: list[str] = []
    for i, (screen, stem) in enumerate(zip(sub.screens, stems, strict=True)):
        shot = (
            shots[screen.duplicate_of]
            if screen.duplicate_of is not None
            else render_fitting(renderer, sub, i, seed)
        )
        shots.append(shot)
        img, _, viewport = shot
        low = 60 if viewport.scale < 2 else 40
        data, ext = export(img, screen.export, viewport, rng, quality=rng.randint(low, 80), optimize=False)
        (folder / (stem + ext)).write_bytes(data)
        names.append(stem + ext)
    assert sorted(names, key=natural_key) == names, names  # file order is the journey order
    truth = sub.truth(names)
    (folder / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    texts = {n: t["all"] for n, (_, t, _) in zip(names, shots, strict=True)}
    (folder / "texts.json").write_text(json.dumps(texts, indent=1, ensure_ascii=False) + "\n")
    return truth


def plan_corpus(seed: str, count: int) -> list[Submission]:
    dev = count - count // 2
    subs = []
    for split, n, first in (("dev", dev, 1), ("holdout", count - dev, dev + 1)):
        for i, breaks in enumerate(break_schedule(seed, split, n)):  # type: ignore[arg-type]
            subs.append(plan_submission(f"b{first + i:03d}", split, seed, i, breaks))  # type: ignore[arg-type]
    return subs


def generate(out: Path, *, seed: str = "1", count: int = DEFAULT_COUNT, only: str | None = None) -> None:
    check_pools()
    subs = plan_corpus(seed, count)
    if only:
        subs = [s for s in subs if s.id in only.split(",")]
        if not subs:
            raise SystemExit(f"no submission {only!r} in a corpus of {count}")
    else:
        for split in ("dev", "holdout"):
            shutil.rmtree(out / split, ignore_errors=True)  # no leftovers from a bigger earlier run
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    truths = []
    with FittingRenderer() as renderer:
        for n, sub in enumerate(subs, 1):
            truths.append(write_submission(renderer, sub, out / sub.split / sub.id, seed))
            if n % 10 == 0:
                print(f"{n}/{len(subs)} submissions, {time.monotonic() - started:.0f} s", flush=True)
    print(f"{len(subs)} submissions in {time.monotonic() - started:.0f} s", flush=True)
    if not only:
        (out / "index.json").write_text(
            json.dumps({"seed": seed, "count": count, "submissions": truths}, indent=1, ensure_ascii=False)
            + "\n"
        )
