"""python -m benchmarks.brandkit --out benchmarks/corpus-brandkit [--seed 1] [--count 60] [--only b007]"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.brandkit.generate import DEFAULT_COUNT, generate


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.brandkit", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/corpus-brandkit"))
    parser.add_argument("--seed", default="1", help="any string; the same seed gives the same corpus")
    parser.add_argument(
        "--count", type=int, default=DEFAULT_COUNT, help="submissions, split half dev, half holdout"
    )
    parser.add_argument("--only", help="render just this submission id (e.g. b007), to look at it")
    args = parser.parse_args()
    generate(args.out, seed=args.seed, count=args.count, only=args.only)


if __name__ == "__main__":
    main()
