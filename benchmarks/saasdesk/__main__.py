"""python -m benchmarks.saasdesk --out benchmarks/corpus-saasdesk [--seed 1] [--count 60] [--only k007]"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.saasdesk.generate import DEFAULT_COUNT, generate


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.saasdesk", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/corpus-saasdesk"))
    parser.add_argument("--seed", default="1", help="any string; the same seed gives the same corpus")
    parser.add_argument(
        "--count", type=int, default=DEFAULT_COUNT, help="submissions, half dev, half holdout"
    )
    parser.add_argument("--only", help="render just this submission id (to look at its screens)")
    args = parser.parse_args()
    generate(args.out, seed=args.seed, count=args.count, only=args.only)


if __name__ == "__main__":
    main()
