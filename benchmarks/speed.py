"""Speed of mockcheck against a plain pytesseract loop, in one run on the same images (issue 6).

Measures seconds per image (wall and CPU) of:
  (a) plain      a loop of pytesseract.image_to_string over the images (Tesseract's defaults)
  (b) scan       `mockcheck scan` once per submission, a process each, cold OCR cache
  (c) batch-1    `mockcheck batch --workers 1`, cold store and cache
      batch-N    `mockcheck batch` on all cores, cold
  (d) warm       the same batch again: every submission answered from the results store
      scan-warm  `mockcheck scan` again per submission: OCR answered from the cache
plus the peak memory of a worker (ru_maxrss of the batch's children) on 3x retina screens, and
a profile of where one image's time goes (decode, OCR preprocessing, Tesseract, layout,
classify + rules), with tesserocr (in-process Tesseract) against pytesseract when installed.

Every mode runs in its own child process, so its CPU time and peak memory are its own. On a
shared machine wall time is noisy: compare CPU seconds, or wall seconds within one run.

Run:  python -m benchmarks.speed [--limit N] [--json benchmarks/results/speed.json]
      (--limit 0: the whole corpus; the corpus is made by `python -m benchmarks.corpusgen`,
       without it the fixtures in fixtures/mockups are used)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from mockcheck.load import IMAGE_SUFFIXES, natural_key  # noqa: E402

CORPUS = REPO / "benchmarks" / "corpus"
FIXTURES = REPO / "fixtures" / "mockups"
# Issue 6's targets.
TARGETS = {
    "batch-N / plain (wall per image)": ("<=", 0.4),
    "batch-1 / plain (wall per image)": ("<=", 1.0),
    "throughput batch-N / batch-1": (">=", 1.8),
    "cold / warm (batch wall)": (">=", 20.0),
    "peak MB per worker, 3x retina": ("<=", 400.0),
}


@dataclass
class Run:
    mode: str
    images: int
    wall: float
    cpu: float  # user + system of the mode's processes (children included)
    maxrss_mb: float  # largest process of the mode (a batch's worker or Tesseract)

    @property
    def wall_per_image(self) -> float:
        return self.wall / max(1, self.images)

    @property
    def cpu_per_image(self) -> float:
        return self.cpu / max(1, self.images)


# --- what is measured ------------------------------------------------------------------------


def pick_submissions(limit: int, only_tag: str | None = None) -> list[Path]:
    """Every k-th corpus submission (so a sample spans devices and themes), or the fixtures."""
    index = CORPUS / "index.json"
    if index.exists():
        entries = json.loads(index.read_text())["submissions"]
        if only_tag:
            entries = [e for e in entries if only_tag in e["tags"]]
        folders = [CORPUS / e["split"] / e["id"] for e in entries]
    else:
        folders = sorted((p for p in FIXTURES.iterdir() if p.is_dir()), key=lambda p: natural_key(p.name))
    folders = [f for f in folders if f.is_dir()]
    if limit and len(folders) > limit:
        step = len(folders) / limit
        folders = [folders[int(i * step)] for i in range(limit)]
    return folders


def images_of(folder: Path) -> list[Path]:
    return sorted(
        (p for p in folder.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES),
        key=lambda p: natural_key(p.name),
    )


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run `command` in a child that reports its own children's CPU time and peak RSS: one mode's figures."""
    probe = (
        "import resource, subprocess, sys, json, time\n"
        "t = time.perf_counter()\n"
        "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - t\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps([code, wall, r.ru_utime + r.ru_stime, r.ru_maxrss / 1024]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *command], env=env, capture_output=True, text=True, check=True
    )
    code, wall, cpu, rss = json.loads(out.stdout.strip().splitlines()[-1])
    if code not in (0, 1):
        raise SystemExit(f"speed: {' '.join(command)} exited {code}")
    return wall, cpu, rss


def plain_loop(images: list[Path]) -> None:
    """(a) as a developer would write it first: decode, image_to_string, nothing else."""
    import pytesseract
    from PIL import Image

    for path in images:
        with Image.open(path) as image:
            pytesseract.image_to_string(image)


def mockcheck_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mockcheck", *args]


def run_modes(submissions: list[Path], workers: int, work: Path) -> list[Run]:
    root = work / "root"
    root.mkdir()
    for folder in submissions:
        shutil.copytree(folder, root / f"{folder.parent.name}-{folder.name}")
    folders = sorted(root.iterdir(), key=lambda p: natural_key(p.name))
    count = sum(len(images_of(f)) for f in folders)
    listing = work / "images.txt"
    listing.write_text("\n".join(str(p) for f in folders for p in images_of(f)))
    base_env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    base_env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), str(REPO), base_env.get("PYTHONPATH", "")])
    runs: list[Run] = []

    def mode(name: str, command: list[str], cache: str, images: int = count) -> Run:
        env = {**base_env, "MOCKCHECK_CACHE_DIR": str(work / cache)}
        wall, cpu, rss = measured(command, env)
        run = Run(name, images, wall, cpu, rss)
        runs.append(run)
        print(
            f"  {name:<10} {run.wall_per_image:6.2f} s/img wall  {run.cpu_per_image:6.2f} s/img CPU  {rss:6.0f} MB",
            file=sys.stderr,
        )
        return run

    mode("plain", [sys.executable, "-m", "benchmarks.speed", "--plain-loop", str(listing)], "none")
    scan_script = ";".join(
        [
            "import subprocess, sys",
            "[subprocess.call([sys.executable, '-m', 'mockcheck', 'scan', f,"
            " '--format', 'json'], stdout=subprocess.DEVNULL) for f in sys.argv[1:]]",
        ]
    )
    scan = [sys.executable, "-c", scan_script, *map(str, folders)]
    mode("scan", scan, "scan-cache")
    mode("scan-warm", scan, "scan-cache")
    mode(
        "batch-1",
        mockcheck_command("batch", str(root), "--workers", "1", "--db", str(work / "b1.sqlite")),
        "b1",
    )
    batch_n = mockcheck_command(
        "batch", str(root), "--workers", str(workers), "--db", str(work / "bn.sqlite")
    )
    mode(f"batch-{workers}", batch_n, "bn")
    mode("warm", batch_n, "bn")
    return runs


def retina_memory(work: Path, limit: int) -> Run | None:
    """Peak RSS of one batch worker (and its Tesseract) on 3x iPhone screens (1179×2556)."""
    submissions = [
        s
        for s in pick_submissions(0, only_tag="iphone-15")
        if any(_width(p) >= 1100 for p in images_of(s)[:1])
    ][: max(2, limit // 3)]
    if not submissions:
        return None
    root = work / "retina"
    root.mkdir()
    for folder in submissions:
        shutil.copytree(folder, root / f"{folder.parent.name}-{folder.name}")
    count = sum(len(images_of(f)) for f in root.iterdir())
    env = {**os.environ, "MOCKCHECK_CACHE_DIR": str(work / "retina-cache")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    wall, cpu, rss = measured(
        mockcheck_command("batch", str(root), "--workers", "1", "--db", str(work / "retina.sqlite")), env
    )
    print(
        f"  retina-3x  {wall / count:6.2f} s/img wall  {cpu / count:6.2f} s/img CPU  {rss:6.0f} MB",
        file=sys.stderr,
    )
    return Run("batch-1 3x retina", count, wall, cpu, rss)


def _width(path: Path) -> int:
    from PIL import Image

    with Image.open(path) as image:
        return image.size[0]


# --- where one image's time goes --------------------------------------------------------------


def profile_stages(submissions: list[Path]) -> dict[str, Any]:
    """Seconds per image of each stage, in this process, without the OCR cache."""
    import numpy as np
    import pytesseract

    from mockcheck import ocr
    from mockcheck.classify import classify_flow
    from mockcheck.layout import analyse
    from mockcheck.load import load
    from mockcheck.model import ScreenReading
    from mockcheck.rules import run_rules

    os.environ["OMP_THREAD_LIMIT"] = "1"
    totals = dict.fromkeys(["decode", "prepare", "tesseract", "parse", "layout", "classify+rules"], 0.0)
    cpu_tesseract = 0.0
    images = 0
    prepared_samples: list[np.ndarray] = []
    for folder in submissions:
        t = time.perf_counter()
        loaded = load(folder)
        totals["decode"] += time.perf_counter() - t
        readings = []
        for screen in loaded.screens:
            images += 1
            t = time.perf_counter()
            prepared = ocr.prepare(screen.image)
            totals["prepare"] += time.perf_counter() - t
            if len(prepared_samples) < 12:
                prepared_samples.append(prepared.ink)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            data = pytesseract.image_to_data(
                prepared.ink, lang="eng", config=ocr.TESSERACT_CONFIG, output_type=pytesseract.Output.DICT
            )
            totals["tesseract"] += time.perf_counter() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu_tesseract += (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            t = time.perf_counter()
            lines = ocr._lines_from_data(data, prepared.scale, screen.image.size)
            totals["parse"] += time.perf_counter() - t
            t = time.perf_counter()
            readings.append(ScreenReading(screen, analyse(screen.image, lines)))
            totals["layout"] += time.perf_counter() - t
        t = time.perf_counter()
        run_rules(classify_flow(readings), loaded.problems, ())
        totals["classify+rules"] += time.perf_counter() - t
    per_image = {k: v / max(1, images) for k, v in totals.items()}
    result: dict[str, Any] = {
        "images": images,
        "seconds_per_image": per_image,
        "tesseract_cpu_per_image": cpu_tesseract / max(1, images),
    }
    result["tesserocr"] = compare_tesserocr(prepared_samples)
    return result


def compare_tesserocr(samples: list[Any]) -> dict[str, Any]:
    """The same prepared images through pytesseract (a process per call) and tesserocr (in-process)."""
    import pytesseract

    from mockcheck import ocr

    try:
        import tesserocr
        from PIL import Image
    except ImportError as exc:
        return {"available": False, "why": f"tesserocr is not installed ({exc})"}
    t = time.perf_counter()
    for ink in samples:
        pytesseract.image_to_data(
            ink, lang="eng", config=ocr.TESSERACT_CONFIG, output_type=pytesseract.Output.DICT
        )
    py_wall = (time.perf_counter() - t) / len(samples)
    cpu0 = time.process_time()
    t = time.perf_counter()
    with tesserocr.PyTessBaseAPI(lang="eng", psm=tesserocr.PSM.AUTO) as api:
        for ink in samples:
            api.SetImage(Image.fromarray(ink))
            api.GetTSVText(0)
    in_wall = (time.perf_counter() - t) / len(samples)
    in_cpu = (time.process_time() - cpu0) / len(samples)
    return {
        "available": True,
        "images": len(samples),
        "pytesseract_wall_per_image": py_wall,
        "tesserocr_wall_per_image": in_wall,
        "tesserocr_cpu_per_image": in_cpu,
        "speedup": py_wall / in_wall if in_wall else None,
    }


# --- the report -------------------------------------------------------------------------------


def compare(runs: list[Run], retina: Run | None, workers: int) -> dict[str, float]:
    by = {r.mode: r for r in runs}
    plain, one, many, warm = by["plain"], by["batch-1"], by[f"batch-{workers}"], by["warm"]
    figures = {
        "batch-N / plain (wall per image)": many.wall_per_image / plain.wall_per_image,
        "batch-1 / plain (wall per image)": one.wall_per_image / plain.wall_per_image,
        "throughput batch-N / batch-1": one.wall / many.wall,
        "cold / warm (batch wall)": many.wall / warm.wall,
    }
    if retina:
        figures["peak MB per worker, 3x retina"] = retina.maxrss_mb
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=12, help="submissions to sample (0: all)")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--json", type=Path, default=REPO / "benchmarks" / "results" / "speed.json")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--plain-loop", type=Path, help=argparse.SUPPRESS)  # the child of mode (a)
    args = parser.parse_args(argv)
    if args.plain_loop:
        plain_loop([Path(p) for p in args.plain_loop.read_text().splitlines()])
        return 0

    from mockcheck.ocr_cache import default_engine

    engine = type(getattr(default_engine(), "engine", None)).__name__
    submissions = pick_submissions(args.limit)
    load_before = os.getloadavg()[0]
    print(
        f"speed: {len(submissions)} submissions, {args.workers} workers, engine {engine}, load {load_before:.1f}",
        file=sys.stderr,
    )
    with tempfile.TemporaryDirectory(prefix="mockcheck-speed-") as tmp:
        work = Path(tmp)
        runs = run_modes(submissions, args.workers, work)
        retina = retina_memory(work, args.limit)
    profile = None if args.no_profile else profile_stages(submissions[:4])
    figures = compare(runs, retina, args.workers)

    print(f"\n{'mode':<18}{'images':>7}{'wall s':>9}{'s/img':>8}{'CPU s/img':>11}{'peak MB':>9}")
    for run in [*runs, *([retina] if retina else [])]:
        print(
            f"{run.mode:<18}{run.images:>7}{run.wall:>9.1f}{run.wall_per_image:>8.2f}"
            f"{run.cpu_per_image:>11.2f}{run.maxrss_mb:>9.0f}"
        )
    print(f"\n{'target':<36}{'measured':>10}{'target':>10}  met")
    verdicts = {}
    for name, value in figures.items():
        op, goal = TARGETS[name]
        met = value <= goal if op == "<=" else value >= goal
        verdicts[name] = met
        print(f"{name:<36}{value:>10.2f}{op + ' ' + str(goal):>10}  {'yes' if met else 'NO'}")
    if profile:
        print(f"\nwhere one image's time goes ({profile['images']} images, seconds, in-process):")
        for stage, seconds in profile["seconds_per_image"].items():
            print(f"  {stage:<16}{seconds:7.3f}")
        tess = profile["tesserocr"]
        if tess.get("available"):
            print(
                f"  tesserocr in-process {tess['tesserocr_wall_per_image']:.3f} s vs pytesseract "
                f"{tess['pytesseract_wall_per_image']:.3f} s per image ({tess['speedup']:.2f}x)"
            )
        else:
            print(f"  tesserocr: {tess['why']}")
    load_after = os.getloadavg()[0]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "submissions": [
                    str(s.relative_to(REPO)) if s.is_relative_to(REPO) else str(s) for s in submissions
                ],
                "workers": args.workers,
                "engine": engine,
                "load_average": [load_before, load_after],
                "runs": [
                    asdict(r) | {"wall_per_image": r.wall_per_image, "cpu_per_image": r.cpu_per_image}
                    for r in [*runs, *([retina] if retina else [])]
                ],
                "figures": figures,
                "targets": {
                    k: {"op": op, "goal": goal, "met": verdicts.get(k)} for k, (op, goal) in TARGETS.items()
                },
                "profile": profile,
            },
            indent=2,
        )
    )
    print(f"\nload average {load_before:.1f} → {load_after:.1f}; written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
