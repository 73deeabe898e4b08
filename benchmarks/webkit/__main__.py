"""python -m benchmarks.webkit --out benchmarks/corpus-webkit [--seed 1] [--count 60] [--only ID]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.webkit.build import run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.webkit",
        description="Responsive web-app mockup submissions (Chromium-rendered), labelled, for mockcheck's benchmark.",
    )
    ap.add_argument("--out", type=Path, default=Path("benchmarks/corpus-webkit"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--only", help="render just this submission id (e.g. wk-007)")
    args = ap.parse_args(argv)
    return run(args.out, args.seed, args.count, args.only)


if __name__ == "__main__":
    sys.exit(main())
