"""Flow boards in the accuracy story: screens found, accuracy on board regions vs separate files, no split, time.

    python -m benchmarks.boards [--corpus benchmarks/corpus] [--split dev|holdout|all]
                                [--boards 300] [--scans 24] [--workers 2] [--seed 7]
                                [--json benchmarks/results/boards.json] [--misses DIR]

`--scans 0` skips part 3 and 4 (the OCR scans, minutes), for a quick look at detection alone;
the scans read OCR afresh (an empty cache) unless `--cached-ocr`, which is quicker but makes
detection look a larger share of a scan than it is on a first scan;
`--misses DIR` writes every board page whose count was wrong, with the boxes found drawn on it.

It composes boards (and PDFs with two or three screens per page) from the corpus submissions
with scripts/make_boards.py, in every style the composer knows, and reports:

- count: boards whose number of screens is found exactly (target >= 98 %), with box IoU;
- no split: single corpus images that detection would cut (target: none);
- accuracy: for `--scans` submissions, the accuracy scorer (benchmarks/accuracy.py) on the
  submission as separate files and on the same screens as one board (target: within 1 point);
- time: what detection adds to a scan of the board submissions (target <= 10 %).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from mockcheck.boards import Detection, detect
from mockcheck.model import Box
from mockcheck.ocr_cache import CACHE_ENV

from benchmarks.accuracy import check_submission, summarise

ROOT = Path(__file__).resolve().parent.parent
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp"}


def _composer():
    spec = importlib.util.spec_from_file_location("make_boards", ROOT / "scripts" / "make_boards.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_boards"] = module
    spec.loader.exec_module(module)
    return module


make_boards = _composer()


def _submissions(corpus: Path, split: str) -> list[Path]:
    splits = ["dev", "holdout"] if split == "all" else [split]
    return sorted(p.parent for s in splits for p in (corpus / s).glob("*/truth.json"))


def _screens(folder: Path) -> tuple[dict[str, Any], list[Image.Image]]:
    truth = json.loads((folder / "truth.json").read_text())
    return truth, [Image.open(folder / s["file"]).convert("RGB") for s in truth["screens"]]


def _iou(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


def build_board(
    folder: Path, rng: random.Random, out: Path | None = None, misses: Path | None = None
) -> dict[str, Any]:
    """One board (PNG, or a PDF of 2-3 screens per page) of a submission's screens; written to `out` with truth.

    A page whose count is wrong is drawn to `misses` + `_<page>_<reason>.png` when given."""
    truth, images = _screens(folder)
    images, steps = images[:6], [s["step"] for s in truth["screens"]][:6]
    landscape = images[0].width > images[0].height
    # Boards are exported at 1x: each screen at its logical size (a 3x iPhone capture of 2556 px
    # is 852 pt tall), so OCR reads board regions at the size a designer sees them.
    height = images[0].height
    logical = height // 3 if height >= 2000 and not landscape else height // 2 if height >= 1300 else height
    pdf = rng.random() < 0.2
    pages: list[tuple[Image.Image, list[tuple[int, int, int, int]], list[str]]] = []
    if pdf:
        per_page = 2 if landscape else rng.choice([2, 3])
        style = make_boards.BoardStyle(
            canvas="white", shadow=rng.choice(["soft", "hard"]), gap=60, margin=60, screen_height=logical
        )
        for start in range(0, len(images), per_page):
            chunk = images[start : start + per_page]
            if len(chunk) == 1:
                page, boxes = make_boards.compose_board(chunk, style)
                pages.append((page, [], steps[start : start + 1]))  # one screen: the page itself
            else:
                page, boxes = make_boards.compose_board(chunk, style)
                pages.append((page, boxes, steps[start : start + per_page]))
    else:
        style = replace(
            make_boards.random_style(rng, len(images), landscape=landscape), screen_height=logical
        )
        captions = [f"Step {i + 1}: {make_boards.STEP_NAMES[i % 4]}" for i in range(len(images))]
        board, boxes = make_boards.compose_board(images, style, captions if style.captions else None)
        pages.append((board, boxes, steps))
    record: dict[str, Any] = {"id": folder.name, "pdf": pdf, "style": _style_words(style), "pages": []}
    for number, (page, boxes, _) in enumerate(pages, start=1):
        started = time.perf_counter()
        found = detect(page)
        seconds = time.perf_counter() - started
        ious = (
            [_iou(a, b) for a, b in zip(found.boxes, boxes, strict=False)]
            if len(found.boxes) == len(boxes)
            else []
        )
        record["pages"].append(
            {
                "want": len(boxes),
                "got": len(found.boxes),
                "reason": found.reason,
                "seconds": seconds,
                "ious": ious,
                "boxes": boxes,
            }
        )
        if misses is not None and len(found.boxes) != len(boxes):
            _save_miss(page, boxes, found, misses.parent / f"{misses.name}_{number}.png")
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        name = "flow.pdf" if pdf else "flow.png"
        entries = []
        for number, (_, boxes, page_steps) in enumerate(pages, start=1):
            for i, step in enumerate(page_steps):
                entry: dict[str, Any] = {"file": name, "step": step, "page": number if pdf else None}
                if boxes:
                    entry["box"] = list(boxes[i])
                entries.append(entry)
        if pdf:
            make_boards.save_pdf([p for p, _, _ in pages], out / name)
        else:
            pages[0][0].save(out / name)
        (out / "truth.json").write_text(json.dumps({**truth, "screens": entries}, indent=1))
    return record


def _style_words(style: Any) -> str:
    """The style's fields that differ from the defaults, for reading a miss at a glance."""
    default = make_boards.BoardStyle()
    return " ".join(
        f"{f.name}={getattr(style, f.name)}"
        for f in fields(style)
        if f.name != "screen_height" and getattr(style, f.name) != getattr(default, f.name)
    )


def _save_miss(page: Image.Image, want: list[Box], found: Detection, path: Path) -> None:
    """The page with the true boxes (green) and the boxes found (red), named for the reason."""
    marked = page.convert("RGB")
    draw = ImageDraw.Draw(marked)
    for colour, boxes in (((0, 200, 0), want), ((230, 0, 0), found.boxes)):
        for x, y, w, h in boxes:
            draw.rectangle((x, y, x + w - 1, y + h - 1), outline=colour, width=3)
    path.parent.mkdir(parents=True, exist_ok=True)
    marked.save(path.with_stem(f"{path.stem}_{found.reason.replace(' ', '-')[:40]}"))


def _scan_pair(args: tuple[str, str]) -> tuple[Any, Any, float, float]:
    """Both scans of one submission, with the seconds detection took in each (files, board)."""
    original, board = args
    from mockcheck import boards as boards_module

    spent = 0.0
    inner = boards_module.find_screen_boxes

    def timed(image: Image.Image):
        nonlocal spent
        started = time.perf_counter()
        try:
            return inner(image)
        finally:
            spent += time.perf_counter() - started

    boards_module.find_screen_boxes = timed
    try:
        as_files = check_submission(original)
        on_files, spent = spent, 0.0
        as_board = check_submission(board)
        return as_files, as_board, on_files, spent
    finally:
        boards_module.find_screen_boxes = inner


def _scans(chosen: list[Path], seed: int, workers: int, cached: bool) -> dict[str, Any]:
    """Each submission scanned as separate files and as one board: accuracy of both and detection's share of the time.

    Unless `cached`, OCR is read afresh (an empty cache folder): with the OCR of an earlier run
    cached, a scan is mostly detection and the share says nothing about a user's first scan.
    """
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as fresh:
        previous = os.environ.get(CACHE_ENV)
        if not cached:
            os.environ[CACHE_ENV] = fresh
        pairs = []
        for folder in chosen:
            out = Path(tmp) / folder.parent.name / folder.name
            build_board(folder, random.Random(f"{seed}-{folder.name}"), out)
            pairs.append((str(folder), str(out)))
        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(workers) as pool:
                results = list(pool.map(_scan_pair, pairs))
        else:
            results = [_scan_pair(p) for p in pairs]
        if previous is None:
            os.environ.pop(CACHE_ENV, None)
        else:
            os.environ[CACHE_ENV] = previous
    files = summarise([r[0] for r in results])
    board_summary = summarise([r[1] for r in results])
    detection_files = sum(r[2] for r in results)
    detection_board = sum(r[3] for r in results)
    files_scan = sum(r[0].seconds for r in results)
    board_scan = sum(r[1].seconds for r in results)
    return {
        "scanned_submissions": len(results),
        "screen_accuracy_files": files["screen_accuracy"],
        "screen_accuracy_boards": board_summary["screen_accuracy"],
        "verdict_accuracy_files": files["verdict_accuracy"],
        "verdict_accuracy_boards": board_summary["verdict_accuracy"],
        "detection_share_of_board_scan": round(detection_board / board_scan, 4) if board_scan else None,
        "detection_share_of_files_scan": round(detection_files / files_scan, 4) if files_scan else None,
        "board_crashes": board_summary["crashes"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "corpus")
    parser.add_argument("--split", default="all", choices=["dev", "holdout", "all"])
    parser.add_argument("--boards", type=int, default=300)
    parser.add_argument("--scans", type=int, default=24)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--misses", type=Path, help="folder for the board pages counted wrong")
    parser.add_argument(
        "--cached-ocr",
        action="store_true",
        help="scan with the user's OCR cache (quick; time share meaningless)",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folders = _submissions(args.corpus, args.split)
    if not folders:
        sys.exit(f"no submissions under {args.corpus}; render them with `python -m benchmarks.corpusgen`")

    # 1. the right number of screens, on boards and PDF pages of several screens
    records = []
    for number in range(args.boards):
        folder = rng.choice(folders)
        prefix = args.misses / f"{number:03d}_{folder.parent.name}_{folder.name}" if args.misses else None
        records.append({**build_board(folder, rng, misses=prefix), "number": number})
    pages = [p for r in records for p in r["pages"]]
    exact = sum(all(p["got"] == p["want"] for p in r["pages"]) for r in records)
    ious = [i for p in pages for i in p["ious"]]
    misses: dict[str, int] = {}
    for p in pages:
        if p["got"] != p["want"]:
            misses[p["reason"]] = misses.get(p["reason"], 0) + 1

    # 2. no single screen split, on every corpus image
    singles = [
        f for folder in folders for f in sorted(folder.iterdir()) if f.suffix.lower() in IMAGE_SUFFIXES
    ]
    split: list[str] = []
    single_seconds = 0.0
    for path in singles:
        started = time.perf_counter()
        if detect(Image.open(path).convert("RGB")).boxes:
            split.append(str(path.relative_to(args.corpus)))
        single_seconds += time.perf_counter() - started

    # 3. accuracy on board regions vs separate files, and 4. the time detection adds to a scan
    scans: dict[str, Any] = {"scanned_submissions": 0}
    if args.scans > 0:
        scans = _scans(
            rng.sample(folders, min(args.scans, len(folders))), args.seed, args.workers, args.cached_ocr
        )

    report = {
        "boards": len(records),
        "pdf_boards": sum(r["pdf"] for r in records),
        "count_exact": round(exact / len(records), 4),
        "box_iou_median": round(sorted(ious)[len(ious) // 2], 3) if ious else None,
        "count_misses_by_reason": misses,
        "single_images": len(singles),
        "single_images_split": split,
        "single_detect_ms": round(1000 * single_seconds / max(1, len(singles)), 1),
        "board_detect_ms": round(1000 * sum(p["seconds"] for p in pages) / max(1, len(pages)), 1),
        "count_missed_pages": [
            f"{r['number']:03d} {r['id']} page {n}: {p['got']} of {p['want']} ({p['reason']}; {r['style']})"
            for r in records
            for n, p in enumerate(r["pages"], start=1)
            if p["got"] != p["want"]
        ],
        **scans,
    }
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
