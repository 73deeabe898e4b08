"""Writes the committed test fixtures, fixtures/mockups/<name>/, with the corpus generator.

One complete flow per platform family and one flow per broken rule, on small devices
(1x / 2x phones, 1x desktops) saved as optimised PNG so the set stays a few megabytes.
Run from the repository root: `python scripts/make_fixtures.py [--out fixtures/mockups]`.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the generator lives in benchmarks/, outside the installed package

from benchmarks.corpusgen.common import DEVICES, Device  # noqa: E402
from benchmarks.corpusgen.flows import plan_submission  # noqa: E402
from benchmarks.corpusgen.generate import write_submission  # noqa: E402
from benchmarks.corpusgen.render import Renderer  # noqa: E402

DEVICE = {d.name: d for d in DEVICES}


@dataclass(frozen=True)
class Fixture:
    name: str
    device: Device
    theme: Literal["light", "dark"]
    breaks: tuple[str, ...] = ()
    extras: float = 0.0  # odds multiplier of extra screens (sign-in, look-alikes, feeds)


# Each broken fixture is named after its break (flows.BREAKS); devices and themes alternate
# so every rule is seen on a phone and on a desktop somewhere in the set.
FIXTURES: tuple[Fixture, ...] = (
    Fixture("complete-phone-light", DEVICE["iphone-se"], "light"),
    Fixture("complete-desktop-dark", DEVICE["laptop"], "dark"),
    Fixture("complete-android-dark", DEVICE["android-small"], "dark"),
    Fixture("complete-with-extras", DEVICE["iphone-15-1x"], "light", extras=4.0),
    Fixture("no-go-back", DEVICE["android-small"], "light", ("no-go-back",)),
    Fixture("no-proceed", DEVICE["laptop"], "light", ("no-proceed",)),
    Fixture("no-data-list", DEVICE["iphone-se"], "dark", ("no-data-list",)),
    Fixture("no-purpose", DEVICE["laptop"], "dark", ("no-purpose",)),
    Fixture("missing-connect", DEVICE["iphone-15-1x"], "dark", ("missing-connect",)),
    Fixture("missing-connecting", DEVICE["laptop"], "light", ("missing-connecting",)),
    Fixture("missing-authorize", DEVICE["android-small"], "light", ("missing-authorize",)),
    Fixture("missing-result", DEVICE["iphone-15-1x"], "dark", ("missing-result",)),
    Fixture("no-success-message", DEVICE["laptop"], "light", ("no-success-message",)),
    Fixture("no-tiktok-option", DEVICE["iphone-se"], "light", ("no-tiktok-option",)),
    Fixture("out-of-order", DEVICE["android-small"], "dark", ("out-of-order",)),
    Fixture("duplicate-screen", DEVICE["iphone-15-1x"], "light", ("duplicate-screen",)),
    Fixture("undisclosed-scope", DEVICE["laptop"], "dark", ("undisclosed-scope",)),
    Fixture("unrequested-data", DEVICE["android-small"], "dark", ("unrequested-data",)),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "fixtures" / "mockups")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with Renderer() as renderer:
        for fx in FIXTURES:
            rng = random.Random(f"mockcheck-fixture:{fx.name}")
            sub = plan_submission(
                fx.name, "dev", rng, breaks=list(fx.breaks), device=fx.device, theme=fx.theme, export="png",
                extras=fx.extras, scopes_override=[],
            )  # fmt: skip
            folder = args.out / fx.name
            if folder.exists():
                shutil.rmtree(folder)
            truth = write_submission(renderer, sub, folder, optimize=True)
            size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
            print(
                f"{fx.name:24} {len(sub.screens)} screens {size:5.2f} MB  expected {truth['expected_rules']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
