"""Why mockcheck said what it said: every screen's scores per step, facts and text.

python -m benchmarks.explain FOLDER_OR_FILE [--scopes ...] [--text]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mockcheck.classify import SCORERS, STEPS, classify_flow
from mockcheck.layout import analyse
from mockcheck.load import load
from mockcheck.model import ScreenReading
from mockcheck.ocr_cache import default_engine
from mockcheck.rules import run_rules
from mockcheck.scopes import parse_scopes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.explain")
    parser.add_argument("path", type=Path)
    parser.add_argument("--scopes")
    parser.add_argument("--text", action="store_true", help="print the elements read")
    args = parser.parse_args(argv)
    loaded = load(args.path)
    engine = default_engine(cached=True)
    readings = [ScreenReading(s, analyse(s.image, engine.read(s.image))) for s in loaded.screens]
    screens = classify_flow(readings)
    for screen in screens:
        f = screen.facts
        scores = {step.value: round(SCORERS[step](f).score, 2) for step in STEPS}
        print(f"== {screen.label}: {screen.step.value} ({screen.confidence}) scores {scores}")
        print(f"   evidence {list(screen.evidence)}")
        print(
            f"   tiktok={len(f.tiktok)} option={f.tiktok_option and f.tiktok_option.text!r} "
            f"proceed={f.proceed and f.proceed.text!r} go_back={f.go_back and f.go_back.text!r} "
            f"data={ {k: [m.text for m in v] for k, v in f.data.items()} } purpose={[m.text for m in f.purpose][:2]}"
        )
        print(
            f"   success={[m.phrase for m in f.success][:4]} login={[m.phrase for m in f.login_cues][:4]} "
            f"consent={[m.phrase for m in f.consent_cues][:4]} connecting={[m.phrase for m in f.connecting_cues][:4]} "
            f"connect={[m.phrase for m in f.connect_cues][:4]} signin={[m.phrase for m in f.sign_in_cues][:3]}"
        )
        if args.text:
            for e in screen.layout.elements:
                print(f"     {e.kind:<9} {e.box} {e.text!r}")
    for finding in run_rules(screens, loaded.problems, parse_scopes(args.scopes)):
        print(f"-> {finding.rule} [{finding.source}] {finding.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
