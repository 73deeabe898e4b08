"""Every generator's held-out half, rendered if missing and scored in one run.

    python -m benchmarks.heldout [--json benchmarks/results/heldout.json] [--fresh]

Eleven generators, each written apart from the others: corpusgen (the project's own), indie,
studio, webflows, helpdocs, mobilekit, saasdesk, brandkit, nativeui, agencydeck and webkit (each by
someone who never read the checker nor the others' words). Each
renders dev and holdout halves from disjoint word pools; only the holdout halves are scored here,
each on its own and all pooled, because a figure on one generator's corpus says more about that
generator than about mockups nobody here made. A corpus already rendered is reused.

Opened holdout halves are marked `retired`, and the pooled figure of the blind ones is the
measure: corpusgen and indie were opened for error analysis in the fourth session (2026-12-02)
after three sessions of blind scoring, studio and webflows in the same session after one.
nativeui and agencydeck (ninth session) and webkit (twelfth) had only their dev halves opened.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.accuracy import run, summarise


@dataclass(frozen=True)
class Generator:
    name: str
    module: str
    out: Path
    retired: bool = False


GENERATORS = (
    Generator("corpusgen", "benchmarks.corpusgen", Path("benchmarks/corpus"), retired=True),
    Generator("indie", "benchmarks.indie", Path("benchmarks/corpus-indie"), retired=True),
    Generator("studio", "benchmarks.studio", Path("benchmarks/corpus-studio"), retired=True),
    Generator("webflows", "benchmarks.webflows", Path("benchmarks/corpus-webflows"), retired=True),
    Generator("helpdocs", "benchmarks.helpdocs", Path("benchmarks/corpus-helpdocs")),
    Generator("mobilekit", "benchmarks.mobilekit", Path("benchmarks/corpus-mobilekit")),
    Generator("saasdesk", "benchmarks.saasdesk", Path("benchmarks/corpus-saasdesk")),
    Generator("brandkit", "benchmarks.brandkit", Path("benchmarks/corpus-brandkit")),
    Generator("nativeui", "benchmarks.nativeui", Path("benchmarks/corpus-nativeui")),
    Generator("agencydeck", "benchmarks.agencydeck", Path("benchmarks/corpus-agencydeck")),
    Generator("webkit", "benchmarks.webkit", Path("benchmarks/corpus-webkit")),
)


def holdout_folders(root: Path) -> list[Path]:
    split = root / "holdout"
    return sorted(p for p in split.iterdir() if (p / "truth.json").exists()) if split.exists() else []


def render(generator: Generator) -> None:
    print(f"rendering {generator.name} into {generator.out} ...", flush=True)
    subprocess.run([sys.executable, "-m", generator.module, "--out", str(generator.out)], check=True)


def worst(summary: dict[str, Any], key: str) -> str:
    values = [(r[key], rule) for rule, r in summary["rules"].items() if r[key] is not None]
    if not values:
        return "-"
    value, rule = min(values)
    return f"{value:.2f} {rule}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.heldout", description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write every summary here as JSON")
    parser.add_argument("--fresh", action="store_true", help="OCR every image afresh (for timing)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)

    results: dict[str, Any] = {}
    pooled: list[Any] = []
    for generator in GENERATORS:
        folders = holdout_folders(generator.out)
        if not folders:
            render(generator)
            folders = holdout_folders(generator.out)
        outcomes = run(folders, args.workers, not args.fresh)
        results[generator.name] = {"retired": generator.retired, **summarise(outcomes)}
        if not generator.retired:
            pooled += outcomes
    results["blind, pooled"] = {"retired": False, **summarise(pooled)}

    header = f"{'holdout':<15}{'subs':>5}{'screens':>8}{'screen acc':>11}{'verdict':>9}{'FP':>4}{'FF':>4}"
    print(f"\n{header}  {'worst precision':<34}{'worst recall':<34}s/image")
    for name, s in results.items():
        label = f"{name}{' *' if s['retired'] else ''}"
        print(
            f"{label:<15}{s['submissions']:>5}{s['screens']:>8}{s['screen_accuracy']:>11}"
            f"{s['verdict_accuracy']:>9}{len(s['false_passes']):>4}{len(s['false_fails']):>4}"
            f"  {worst(s, 'precision'):<34}{worst(s, 'recall'):<34}{s['seconds_per_image']}"
        )
    print("* retired: opened for error analysis; FP = false passes, FF = false fails")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
