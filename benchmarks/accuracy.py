"""Accuracy of mockcheck on a labelled corpus: screens, verdicts, false passes, every rule, speed.

    python -m benchmarks.accuracy [--corpus benchmarks/corpus] [--split dev|holdout|all]
                                  [--json benchmarks/results/accuracy-dev.json] [--errors]
    python -m benchmarks.accuracy --realworld ../shared/realworld

A corpus is folders of submissions, each with its images and a truth.json (see
benchmarks/corpusgen/flows.py for the labelling conventions). The realworld mode scores single
screenshots from MANIFEST.tsv, where only TikTok's page is `authorize`: another provider's
consent or login page is `other` for mockcheck.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STEPS = ("connect", "connecting", "authorize", "result", "other")


@dataclass
class Outcome:
    """One submission: truth beside what mockcheck said."""

    id: str
    split: str
    truth_steps: dict[str, str]
    predicted_steps: dict[str, str]
    expected_rules: set[str]
    tolerated_rules: set[str]
    predicted_rules: set[str]
    truth_passed: bool
    predicted_passed: bool
    seconds: float
    images: int
    confidences: dict[str, float] = field(default_factory=dict)
    error: str | None = None


def _screen_key(source: str, box: Any) -> str:
    return source if not box else f"{source}#{','.join(str(v) for v in box)}"


def check_submission(folder: str, cached: bool = True) -> Outcome:
    import mockcheck

    path = Path(folder)
    truth = json.loads((path / "truth.json").read_text())
    started = time.perf_counter()
    error = None
    try:
        # The OCR cache makes re-scoring after a classifier change take seconds; --no-cache for timing.
        if cached:
            from mockcheck.ocr_cache import default_engine

            report = mockcheck.check(path, scopes=truth.get("scopes") or None, engine=default_engine(True))
        else:
            report = mockcheck.check(path, scopes=truth.get("scopes") or None)
        predicted = {}
        confidences = {}
        for s in report.screens:
            key = s.source if s.page is None else f"{s.source}#p{s.page}"
            # Boards: several regions per file; truth lists them in reading order.
            if key in predicted:
                n = sum(1 for k in predicted if k.split("@")[0] == key)
                key = f"{key}@{n}"
            predicted[key] = s.step.value
            confidences[key] = s.confidence
        rules = {f.rule for f in report.findings}
        passed = report.passed
    except Exception as exc:
        predicted, confidences, rules, passed, error = {}, {}, set(), True, f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - started
    truth_steps: dict[str, str] = {}
    for screen in truth["screens"]:
        key = screen["file"] if screen.get("page") is None else f"{screen['file']}#p{screen['page']}"
        if key in truth_steps:
            n = sum(1 for k in truth_steps if k.split("@")[0] == key)
            key = f"{key}@{n}"
        truth_steps[key] = screen["step"]
    return Outcome(
        id=truth.get("id", path.name),
        split=truth.get("split", path.parent.name),
        truth_steps=truth_steps,
        predicted_steps=predicted,
        expected_rules=set(truth.get("expected_rules", [])),
        tolerated_rules=set(truth.get("tolerated_rules", [])),
        predicted_rules=rules,
        truth_passed=bool(truth["passed"]),
        predicted_passed=passed,
        seconds=seconds,
        images=len({s["file"] for s in truth["screens"]}),
        confidences=confidences,
        error=error,
    )


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    confusion: dict[str, Counter[str]] = {t: Counter() for t in STEPS}
    screens = correct = 0
    for o in outcomes:
        for key, step in o.truth_steps.items():
            got = o.predicted_steps.get(key, "missing")
            confusion[step][got] += 1
            screens += 1
            correct += got == step
    verdict_ok = sum(o.truth_passed == o.predicted_passed for o in outcomes)
    false_passes = [o.id for o in outcomes if not o.truth_passed and o.predicted_passed]
    false_fails = [o.id for o in outcomes if o.truth_passed and not o.predicted_passed]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        for rule in (o.expected_rules | o.predicted_rules) - o.tolerated_rules:
            hit = (rule in o.expected_rules, rule in o.predicted_rules)
            counts[rule]["tp" if hit == (True, True) else "fn" if hit[0] else "fp"] += 1
    rules = {}
    for rule, c in sorted(counts.items()):
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        rules[rule] = {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        }
    images = sum(o.images for o in outcomes)
    seconds = sum(o.seconds for o in outcomes)
    pairs = [
        (o.confidences.get(key, 0.0), o.predicted_steps.get(key) == step)
        for o in outcomes
        for key, step in o.truth_steps.items()
        if key in o.predicted_steps
    ]
    return {
        "submissions": len(outcomes),
        "screens": screens,
        "screen_accuracy": round(correct / screens, 4) if screens else None,
        "verdict_accuracy": round(verdict_ok / len(outcomes), 4) if outcomes else None,
        "false_passes": false_passes,
        "false_fails": false_fails,
        "confusion": {t: dict(c) for t, c in confusion.items()},
        "rules": rules,
        "images": images,
        "seconds_per_image": round(seconds / images, 3) if images else None,
        "crashes": [f"{o.id}: {o.error}" for o in outcomes if o.error],
        "calibration": calibration(pairs),
    }


# Confidence bands of the report: under 0.5 the text report says 'unsure: check this'.
CALIBRATION_BANDS = (0.0, 0.5, 0.8, 0.95, 1.01)


def calibration(pairs: list[tuple[float, bool]]) -> dict[str, Any]:
    """How far a screen's confidence is from how often such screens are right.

    Per band: screens, mean confidence, accuracy; and the expected calibration error (the
    band-weighted gap). A calibrated 0.7 is right seven times in ten.
    """
    bands = []
    gap = 0.0
    for low, high in itertools.pairwise(CALIBRATION_BANDS):
        inside = [(c, ok) for c, ok in pairs if low <= c < high]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        accuracy = sum(ok for _, ok in inside) / len(inside)
        gap += len(inside) * abs(mean - accuracy)
        bands.append(
            {
                "band": f"{low:.2f}-{min(high, 1.0):.2f}",
                "screens": len(inside),
                "confidence": round(mean, 3),
                "accuracy": round(accuracy, 3),
            }
        )
    return {"bands": bands, "ece": round(gap / len(pairs), 4) if pairs else None}


def print_table(name: str, summary: dict[str, Any], out=sys.stdout) -> None:
    p = lambda *a: print(*a, file=out)  # noqa: E731
    p(f"\n== {name}: {summary['submissions']} submissions, {summary['screens']} screens ==")
    p(f"screen accuracy   {summary['screen_accuracy']}")
    p(f"verdict accuracy  {summary['verdict_accuracy']}")
    p(f"false passes      {len(summary['false_passes'])} {summary['false_passes'][:10]}")
    p(f"false fails       {len(summary['false_fails'])} {summary['false_fails'][:10]}")
    p(f"seconds / image   {summary['seconds_per_image']}")
    p("\nconfusion (rows truth, columns predicted)")
    cols = [*STEPS, "missing"]
    p("".join(f"{c:>12}" for c in ["", *cols]))
    for t in STEPS:
        row = summary["confusion"][t]
        p(f"{t:>12}" + "".join(f"{row.get(c, 0):>12}" for c in cols))
    p("\nrule                            precision  recall   tp  fp  fn")
    for rule, r in summary["rules"].items():
        prec = "-" if r["precision"] is None else f"{r['precision']:.3f}"
        rec = "-" if r["recall"] is None else f"{r['recall']:.3f}"
        p(f"{rule:<32}{prec:>9}{rec:>8}{r['tp']:>5}{r['fp']:>4}{r['fn']:>4}")
    cal = summary["calibration"]
    p(f"\ncalibration (expected calibration error {cal['ece']})")
    p("band         screens  confidence  accuracy")
    for b in cal["bands"]:
        p(f"{b['band']:<13}{b['screens']:>7}{b['confidence']:>12.3f}{b['accuracy']:>10.3f}")
    for crash in summary["crashes"]:
        p(f"CRASH {crash}")


def print_errors(outcomes: list[Outcome], out=sys.stdout) -> None:
    for o in outcomes:
        wrong = [
            f"{k}: {t}→{o.predicted_steps.get(k, 'missing')} ({o.confidences.get(k, 0):.2f})"
            for k, t in o.truth_steps.items()
            if o.predicted_steps.get(k) != t
        ]
        missed = sorted(o.expected_rules - o.predicted_rules - o.tolerated_rules)
        extra = sorted(o.predicted_rules - o.expected_rules - o.tolerated_rules)
        if wrong or missed or extra:
            print(f"{o.split}/{o.id}: screens {wrong} missed {missed} extra {extra}", file=out)


def run(folders: list[Path], workers: int, cached: bool) -> list[Outcome]:
    if workers <= 1:
        return [check_submission(str(f), cached) for f in folders]
    with ProcessPoolExecutor(workers) as pool:
        return list(
            pool.map(check_submission, [str(f) for f in folders], [cached] * len(folders), chunksize=1)
        )


def realworld(folder: Path) -> dict[str, Any]:
    import mockcheck
    from mockcheck.ocr_cache import default_engine

    rows = [line.split("\t") for line in (folder / "MANIFEST.tsv").read_text().splitlines()[1:] if line]
    confusion: dict[str, Counter[str]] = {t: Counter() for t in STEPS}
    correct = 0
    details = []
    for file, label, *_ in rows:
        # Only TikTok's own page is the authorize step; these providers are others.
        truth = "other" if label == "authorize" else label
        report = mockcheck.check(folder / file, engine=default_engine(True))
        got = report.screens[0].step.value if report.screens else "missing"
        confusion[truth][got] += 1
        correct += got == truth
        details.append({"file": file, "truth": truth, "predicted": got})
    return {
        "screens": len(rows),
        "screen_accuracy": round(correct / len(rows), 4) if rows else None,
        "confusion": {t: dict(c) for t, c in confusion.items()},
        "details": details,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.accuracy", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--corpus", type=Path, default=Path("benchmarks/corpus"))
    parser.add_argument(
        "--split", default="dev", help="dev, holdout, all (both), or any subfolder of --corpus"
    )
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--errors", action="store_true", help="list every wrong screen and rule")
    parser.add_argument("--limit", type=int, help="score only the first N submissions of each split")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-cache", action="store_true", help="OCR every image afresh (for timing)")
    parser.add_argument("--realworld", type=Path, help="score the real screenshots of this folder instead")
    args = parser.parse_args(argv)

    if args.realworld:
        summary = realworld(args.realworld)
        print(f"realworld screen accuracy {summary['screen_accuracy']} on {summary['screens']} screens")
        for t, row in summary["confusion"].items():
            print(f"{t:>12} {dict(row)}")
        for d in summary["details"]:
            if d["truth"] != d["predicted"]:
                print(f"  wrong: {d['file']} {d['truth']}→{d['predicted']}")
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(summary, indent=2))
        return 0

    splits = ["dev", "holdout"] if args.split == "all" else [args.split]
    results: dict[str, Any] = {}
    for split in splits:
        root = args.corpus / split
        folders = sorted(p for p in root.iterdir() if (p / "truth.json").exists()) if root.exists() else []
        if args.limit:
            folders = folders[: args.limit]
        if not folders:
            print(
                f"no submissions under {root}; render the corpus: python -m benchmarks.corpusgen",
                file=sys.stderr,
            )
            return 2
        outcomes = run(folders, args.workers, not args.no_cache)
        summary = summarise(outcomes)
        results[split] = summary
        print_table(split, summary)
        if args.errors:
            print_errors(outcomes)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
