"""Writes submissions to disk: screens rendered, exported, named, with their truth.json."""

from __future__ import annotations

import json
import random
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.corpusgen.common import Split
from benchmarks.corpusgen.flows import BREAKS, Submission, compatible, plan_submission
from benchmarks.corpusgen.render import Renderer, export

# Dev and holdout sizes of the default corpus: enough for per-break figures on dev, and a
# holdout big enough that one misread submission moves its accuracy by under 3 points.
DEFAULT_COUNT = 140
HOLDOUT_SHARE = 2 / 7
BROKEN_SHARE = 0.4


def natural_key(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def submission_rng(seed: int, split: Split, index: int) -> random.Random:
    # String seeds hash with SHA-512 inside random, so they are stable across runs and machines.
    return random.Random(f"mockcheck-corpus:{seed}:{split}:{index}")


def break_schedule(seed: int, split: Split, n: int) -> list[list[str]]:
    """The breaks of each of `n` submissions: 40% broken, every break about equally often.

    Drawing breaks independently left some rules with one example in 100; dealing them
    round-robin from a shuffled deck gives each rule 2-3 dev examples at the default size.
    """
    rng = random.Random(f"mockcheck-breaks:{seed}:{split}")
    broken = round(n * BROKEN_SHARE)
    deck: list[str] = []
    while len(deck) < broken:
        deck.extend(rng.sample(BREAKS, len(BREAKS)))
    schedule: list[list[str]] = [[b] for b in deck[:broken]] + [[] for _ in range(n - broken)]
    for breaks in schedule[:broken]:
        if rng.random() < 0.12:
            options = [b for b in BREAKS if compatible(breaks[0], b)]
            breaks.append(rng.choice(options))
    rng.shuffle(schedule)
    return schedule


def plan_corpus(seed: int, count: int) -> Iterator[Submission]:
    holdout = round(count * HOLDOUT_SHARE)
    dev = count - holdout
    first = {"dev": 1, "holdout": dev + 1}
    for split, n in (("dev", dev), ("holdout", holdout)):
        for i, breaks in enumerate(break_schedule(seed, split, n)):  # type: ignore[arg-type]
            rng = submission_rng(seed, split, i)  # type: ignore[arg-type]
            yield plan_submission(f"s{first[split] + i:03d}", split, rng, breaks=breaks)  # type: ignore[arg-type]


def write_submission(
    renderer: Renderer, sub: Submission, folder: Path, *, optimize: bool = False
) -> dict[str, object]:
    """Renders and saves every screen of `sub` into `folder`, then its truth.json; returns the truth."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    # Export randomness is separate from planning so that re-rendering one screen is reproducible.
    rng = random.Random(f"export:{sub.id}")
    rendered = []
    names: list[str] = []
    # What Chromium drew as text, the ground truth of OCR recall (benchmarks/ocr_corpus.py).
    texts: list[dict[str, str]] = []
    for screen, stem in zip(sub.screens, sub.names, strict=True):
        if screen.duplicate_of is not None:
            img = rendered[screen.duplicate_of]
            texts.append(texts[screen.duplicate_of])
        else:
            img = renderer.screenshot(screen.html, sub.device)
            texts.append(renderer.visible_text(sub.device))
        rendered.append(img)
        data, ext = export(
            img, screen.export, sub.device, rng, quality=screen.jpeg_quality, optimize=optimize
        )
        name = stem + ext
        (folder / name).write_bytes(data)
        names.append(name)
    assert sorted(names, key=natural_key) == names, names  # file order must be journey order
    sub.names = names
    truth = sub.truth()
    (folder / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")
    # texts.json {file: visible text}; texts-roles.json {file: {"button": ..., "chrome": ...}}.
    (folder / "texts.json").write_text(
        json.dumps({n: t["all"] for n, t in zip(names, texts, strict=True)}, indent=1) + "\n"
    )
    roles = {n: {"button": t["button"], "chrome": t["chrome"]} for n, t in zip(names, texts, strict=True)}
    (folder / "texts-roles.json").write_text(json.dumps(roles, indent=1) + "\n")
    return truth


def generate_corpus(
    out: Path, *, seed: int = 1, count: int = DEFAULT_COUNT, verbose: bool = True
) -> list[dict[str, object]]:
    for split in ("dev", "holdout"):
        # A smaller re-run must not leave submissions of an earlier, bigger one behind.
        shutil.rmtree(out / split, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    truths = []
    started = time.monotonic()
    with Renderer() as renderer:
        for n, sub in enumerate(plan_corpus(seed, count), 1):
            truths.append(write_submission(renderer, sub, out / sub.split / sub.id))
            if verbose and n % 10 == 0:
                print(f"{n}/{count} submissions, {time.monotonic() - started:.0f} s", flush=True)
    (out / "index.json").write_text(
        json.dumps({"seed": seed, "count": count, "submissions": truths}, indent=1) + "\n"
    )
    return truths
