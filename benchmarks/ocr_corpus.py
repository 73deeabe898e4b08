"""OCR word recall on the labelled corpus, against the text Chromium drew on each screen.

    python -m benchmarks.ocr_corpus [--corpus benchmarks/corpus] [--limit N] [--jobs 1]
                                    [--engine ours|pytesseract|string] [--json FILE] [--misses]

The corpus generator saves each submission's visible words (texts.json, a line per text node,
only words inside the viewport and not clipped or covered) and the words of its `.btn`
controls and of the device/browser chrome (texts-roles.json). Recall is the share of truth
words (two characters or more: single letters are logo tiles and icons) that some OCR token
matches (rapidfuzz ratio >= 80, exact for words of up to 3 letters), each token used once.

Rows are per category of the image: device scale, theme, export (png, jpeg, webp, half =
downscaled, frame = on a canvas), platform; columns split the words into button labels,
chrome (status bar, browser bar) and content. Seconds per image are wall and CPU (this
process and its children, so pytesseract's `tesseract` runs are counted) of the engine alone.

Only the dev split is read: holdout is not to be tuned on.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from benchmarks.ocr_quality import MATCH_RATIO, _tokens

# (css width, css height, scale, platform) of the generator's devices (benchmarks/corpusgen/common.py).
DEVICES = {
    "iphone-se": (375, 667, 2.0, "phone"),
    "iphone-15": (393, 852, 3.0, "phone"),
    "iphone-15-1x": (393, 852, 1.0, "phone"),
    "pixel-7": (412, 915, 2.625, "phone"),
    "android-small": (360, 740, 1.0, "phone"),
    "android-2x": (360, 800, 2.0, "phone"),
    "ipad": (820, 1180, 2.0, "tablet"),
    "laptop": (1280, 800, 1.0, "desktop"),
    "desktop-hd": (1440, 900, 1.0, "desktop"),
    "macbook-retina": (1440, 900, 2.0, "desktop"),
}
ROLES = ("all", "content", "button", "chrome")


def words(text: str) -> list[str]:
    return [t for t in _tokens(text) if len(t) >= 2]


def recall(truth: list[str], left: Counter[str]) -> tuple[int, list[str]]:
    """Truth words matched by some token still in `left` (each token once, taken out), and those missed."""
    from rapidfuzz import fuzz

    found = 0
    missed: list[str] = []
    for word in truth:
        if left[word] > 0:
            left[word] -= 1
            found += 1
            continue
        best, best_tok = 0.0, None
        if len(word) > 3:
            for tok, n in left.items():
                if n > 0:
                    score = fuzz.ratio(tok, word)
                    if score > best:
                        best, best_tok = score, tok
        if best >= MATCH_RATIO and best_tok is not None:
            left[best_tok] -= 1
            found += 1
        else:
            missed.append(word)
    return found, missed


def score(truth: dict[str, str], text: str) -> tuple[dict[str, tuple[int, int]], dict[str, list[str]]]:
    """(found, expected) and the missed words per role; one pool of OCR tokens, buttons matched first."""
    pool = Counter(words(text))
    counts: dict[str, tuple[int, int]] = {}
    misses: dict[str, list[str]] = {}
    for role, truth_words in split_roles(truth).items():
        found, missed = recall(truth_words, pool)
        counts[role] = (found, len(truth_words))
        misses[role] = missed
    counts["all"] = (sum(f for f, _ in counts.values()), sum(t for _, t in counts.values()))
    return counts, misses


def categories(path: Path, tags: list[str], size: tuple[int, int]) -> list[str]:
    device = next((t for t in tags if t in DEVICES), None)
    cats = ["all", "dark" if "dark" in tags else "light"]
    if device is None:
        return cats
    width, _, scale, platform = DEVICES[device]
    ext = path.suffix.lower()
    if ext in (".jpg", ".jpeg"):
        export = "jpeg"
    elif ext == ".webp":
        export = "webp"
    elif size[0] < width * scale * 0.75:
        export = "half"
    elif size[0] > width * scale:
        export = "frame"
    else:
        export = "png"
    shown = scale / 2 if export == "half" else scale
    cats += [f"scale {shown:g}x", f"export {export}", platform]
    if shown <= 1:
        cats.append("small-px (<=1x)")
    return cats


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


_engine: Any = None


def _make_engine(kind: str) -> Any:
    if kind == "string":
        return None
    if kind == "ours":
        from mockcheck.ocr_inprocess import TesserocrEngine, available

        if available():
            return TesserocrEngine()
    from mockcheck.ocr import TesseractEngine

    return TesseractEngine()


def read_one(job: tuple[str, str]) -> tuple[str, str, float, float]:
    """(path, text read, wall s, cpu s) for one image."""
    global _engine
    path, kind = job
    from PIL import Image

    image = Image.open(path).convert("RGB")
    if _engine is None and kind != "string":
        _engine = _make_engine(kind)
    start, cpu = time.perf_counter(), _cpu()
    if kind == "string":
        import pytesseract

        text = pytesseract.image_to_string(image, lang="eng")
    else:
        text = "\n".join(line.text for line in _engine.read(image))
    return path, text, time.perf_counter() - start, _cpu() - cpu


def collect(corpus: Path, limit: int) -> list[tuple[Path, dict[str, str], list[str]]]:
    """(image, {role: truth text}, tags) of the dev screens that have texts.json."""
    out = []
    folders = sorted(p for p in (corpus / "dev").iterdir() if (p / "texts.json").exists())
    for folder in folders[: limit or None]:
        texts = json.loads((folder / "texts.json").read_text())
        # Only corpusgen saves the words of buttons and chrome; other generators' words are all content.
        roles_file = folder / "texts-roles.json"
        roles = json.loads(roles_file.read_text()) if roles_file.exists() else {}
        tags = json.loads((folder / "truth.json").read_text()).get("tags", [])
        for name, text in texts.items():
            out.append((folder / name, {"all": text, **roles.get(name, {})}, tags))
    return out


def split_roles(truth: dict[str, str]) -> dict[str, list[str]]:
    """Truth words by role: button labels, chrome (status and browser bars), the rest."""
    all_lines = truth["all"].splitlines()
    lines = Counter(all_lines)
    roles: dict[str, list[str]] = {"button": [], "chrome": [], "content": []}
    chrome = truth.get("chrome", "").splitlines()
    if len(chrome) == len(all_lines):
        chrome = []  # a page without the generator's .app frame (TikTok's pages): chrome unknown
    for role, role_lines in (("button", truth.get("button", "").splitlines()), ("chrome", chrome)):
        for line in role_lines:
            roles[role].extend(words(line))
            lines[line] -= 1
    for line, n in lines.items():
        for _ in range(max(0, n)):
            roles["content"].extend(words(line))
    return roles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ocr_corpus", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("benchmarks/corpus"))
    parser.add_argument("--limit", type=int, default=0, help="first N dev submissions")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--every", type=int, default=1, help="every Nth image only (quick comparisons)")
    parser.add_argument("--engine", choices=("ours", "pytesseract", "string"), default="ours")
    parser.add_argument("--json", type=Path, help="write the summary and every image's misses here")
    parser.add_argument("--misses", action="store_true", help="print each image's missed words")
    parser.add_argument("--rescore", type=Path, help="score the texts of an earlier --json run, no OCR")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    screens = collect(args.corpus, args.limit)[:: args.every]
    if not screens:
        print(f"no texts.json under {args.corpus}/dev: run python -m benchmarks.corpusgen", file=sys.stderr)
        return 1
    jobs = [(str(p), args.engine) for p, _, _ in screens]
    started = time.perf_counter()
    if args.rescore:
        # Score an earlier run's texts again (after a change to the scoring, not to the OCR).
        earlier = {r["image"]: r for r in json.loads(args.rescore.read_text())["images"]}
        results = [
            (j[0], earlier[j[0]]["text"], earlier[j[0]]["seconds"], earlier[j[0]]["cpu"]) for j in jobs
        ]
    elif args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(read_one, jobs, chunksize=4))
    else:
        results = [read_one(j) for j in jobs]
    total_wall = time.perf_counter() - started

    # table[category][role] = [found, total]; timing[category] = [wall, cpu, n]
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    timing: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    rows = []
    from PIL import Image

    for (path, truth, tags), (_, text, wall, cpu) in zip(screens, results, strict=True):
        with Image.open(path) as im:
            size = im.size
        cats = categories(path, tags, size)
        per_role, misses = score(truth, text)
        row: dict[str, Any] = {"image": str(path), "categories": cats, "seconds": wall, "cpu": cpu}
        row.update(text=text, recall=per_role, missed=misses)
        missed_all = misses["button"] + misses["content"]
        for cat in cats:
            for role, (f, t) in per_role.items():
                table[cat][role][0] += f
                table[cat][role][1] += t
            timing[cat][0] += wall
            timing[cat][1] += cpu
            timing[cat][2] += 1
        rows.append(row)
        if args.misses and missed_all:
            print(f"{path.parent.name}/{path.name} [{' '.join(cats[1:])}]: {' '.join(missed_all)}")

    order = sorted(table, key=lambda c: (c != "all", c.split()[0], c))
    print(f"\nengine={args.engine} images={len(rows)} jobs={args.jobs} wall={total_wall:.0f}s")
    print(f"{'category':18s} {'n':>4s} {'s/img':>6s} {'cpu/img':>7s} " + " ".join(f"{r:>14s}" for r in ROLES))
    summary = {}
    for cat in order:
        wall, cpu, n = timing[cat]
        cells = {r: table[cat][r] for r in ROLES}
        summary[cat] = {
            "images": n,
            "seconds_per_image": round(wall / n, 3),
            "cpu_seconds_per_image": round(cpu / n, 3),
            "recall": {r: round(f / t, 4) if t else None for r, (f, t) in cells.items()},
            "words": {r: [f, t] for r, (f, t) in cells.items()},
        }
        print(
            f"{cat:18s} {n:4d} {wall / n:6.2f} {cpu / n:7.2f} "
            + " ".join(f"{f / t:7.1%} {t:6d}" if t else f"{'-':>14s}" for f, t in cells.values())
        )
    if args.json:
        args.json.write_text(
            json.dumps({"engine": args.engine, "summary": summary, "images": rows}, indent=1)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
