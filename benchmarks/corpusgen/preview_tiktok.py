"""Render a few samples of every TikTok authorize state and look-alike kind to PNG for eyeballing.

Usage: python -m benchmarks.corpusgen.preview_tiktok [OUT_DIR] [--seed N] [--only PREFIX] [--per-combo N]
Prints the folder; file names say state/kind, device, theme and split.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from .common import CHROMIUM, CHROMIUM_ARGS, DEVICES, Device
from .tiktok import LOOKALIKE_KINDS, render_authorize, render_lookalike

APPS = (("Vidsafe", "#5b5bd6"), ("Archivly", "#0e9f6e"), ("ClipVault Pro", "#e8590c"), ("Memento", "#1c7ed6"))
SCOPE_SETS = (
    ["portability.activity.single"],
    ["portability.postsandprofile.ongoing", "portability.activity.ongoing"],
    ["portability.all.single"],
    [
        "portability.activity.single",
        "portability.postsandprofile.single",
        "portability.directmessages.single",
    ],
)


def _samples(seed: int, per_combo: int) -> list[tuple[str, Device, str]]:
    """(file stem, device, html) for every state × theme and every look-alike kind, across devices."""
    rng = random.Random(seed)
    out: list[tuple[str, Device, str]] = []
    n = 0
    for state in ("login", "consent"):
        for split in ("dev", "holdout"):
            for theme in ("light", "dark"):
                for _ in range(per_combo):
                    device = DEVICES[n % len(DEVICES)]
                    n += 3
                    app, color = rng.choice(APPS)
                    html = render_authorize(
                        random.Random(rng.random()),
                        state=state,  # type: ignore[arg-type]
                        app_name=app,
                        app_color=color,
                        scopes=rng.choice(SCOPE_SETS),
                        device=device,
                        theme=theme,  # type: ignore[arg-type]
                        split=split,  # type: ignore[arg-type]
                    )
                    out.append((f"authorize-{state}_{device.name}_{theme}_{split}_{len(out)}", device, html))
    for kind in LOOKALIKE_KINDS:
        for i in range(per_combo):
            device = DEVICES[n % len(DEVICES)]
            n += 7
            theme = rng.choice(("light", "dark"))
            split = ("dev", "holdout")[i % 2]
            html, label = render_lookalike(
                random.Random(rng.random()),
                kind=kind,
                app_name=rng.choice(APPS)[0],
                device=device,
                theme=theme,
                split=split,  # type: ignore[arg-type]
            )
            out.append((f"{label}-{kind}_{device.name}_{theme}_{split}_{len(out)}", device, html))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default="", help="render only samples whose name starts with this")
    parser.add_argument(
        "--per-combo", type=int, default=2, help="samples per state × split × theme and per kind"
    )
    args = parser.parse_args()
    out_dir: Path = args.out or Path(tempfile.mkdtemp(prefix="preview_tiktok_"))
    out_dir.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for stem, device, html in _samples(args.seed, args.per_combo):
            if not stem.startswith(args.only):
                continue
            page = browser.new_page(
                viewport={"width": device.width, "height": device.height}, device_scale_factor=device.scale
            )
            page.set_content(html, wait_until="load")
            page.screenshot(path=str(out_dir / f"{stem}.png"))
            (out_dir / f"{stem}.html").write_text(html, encoding="utf-8")
            page.close()
        browser.close()
    print(out_dir)


if __name__ == "__main__":
    main()
