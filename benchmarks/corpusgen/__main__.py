"""`python -m benchmarks.corpusgen --out benchmarks/corpus [--seed 1] [--count N]`: render the labelled corpus."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from benchmarks.corpusgen.generate import DEFAULT_COUNT, generate_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpusgen", description=__doc__)
    parser.add_argument(
        "--out", type=Path, default=Path("benchmarks/corpus"), help="output folder (dev/ and holdout/)"
    )
    parser.add_argument("--seed", type=int, default=1, help="same seed, same corpus")
    parser.add_argument(
        "--count",
        type=int,
        default=DEFAULT_COUNT,
        help=f"submissions in all, 5:2 dev:holdout (default {DEFAULT_COUNT})",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    truths = generate_corpus(args.out, seed=args.seed, count=args.count)
    broken = sum(1 for t in truths if t["expected_rules"])
    print(
        f"wrote {len(truths)} submissions ({broken} with expected findings) to {args.out} "
        f"in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
