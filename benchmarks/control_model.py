"""Train and measure the control models (`mockcheck.wording_model`, proceed and back) on the dev
wording sets.

    python -m benchmarks.control_model            # leave one dev set out, set by set
    python -m benchmarks.control_model --write    # train on every dev set, write both models

Two models read a control's label: is it the way on to TikTok (proceed), is it the way back
out (back). Each is trained on the labels of the dev sets' controls.tsv, the other two kinds
and 'neither' as its negatives. `facts` asks them only about buttons and links whose words no
rule knows, so what is measured here is what they add to the rules: each set left out in turn,
the rules' reads alone against the rules and models as `facts` combines them. The held-out set
`b` is not read here. Needs scikit-learn (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence

from mockcheck import facts
from mockcheck.wording_model import Reader, probability_under

from benchmarks.purpose_model import DEV_SETS, fit, save
from benchmarks.wording.__main__ import HERE as WORDING
from benchmarks.wording.__main__ import Case, load, reads_control

FILE = "controls.tsv"
# Weight of the data against the L2 penalty; chosen by leaving one dev set out (C in 1, 3, 10).
C = 3.0
LABELS = {Reader.PROCEED: "proceed", Reader.BACK: "back"}

Models = dict[Reader, tuple[dict[str, float], float]]


def train(cases: Sequence[Case]) -> Models:
    texts = [c.text for c in cases]
    return {reader: fit(texts, [c.label == label for c in cases], C) for reader, label in LABELS.items()}


def combined(case: Case, models: Models) -> dict[str, bool]:
    """What `facts` makes of the label with these models: the rules' reads, and the models' where
    the rules read no control of that kind (the screens' other control is a known word)."""
    rules = reads_control(case, by_rules=True)
    if not facts.model_may_name(case.text):
        return rules
    read, _ = facts.control_verdict(*(probability_under(models[r], case.text) for r in LABELS))
    return {
        "proceed alone": rules["proceed alone"] or (not rules["back alone"] and read is Reader.PROCEED),
        "go back": rules["go back"] or read is Reader.BACK,
    }


def rates(cases: Sequence[Case], reads: Sequence[dict[str, bool]]) -> str:
    totals = Counter(c.label for c in cases)
    hits: Counter[tuple[str, str]] = Counter()
    for case, read in zip(cases, reads, strict=True):
        hits[case.label, "proceed"] += read["proceed alone"]
        hits[case.label, "back"] += read["go back"]

    def share(label: str, as_: str) -> str:
        return f"{hits[label, as_] / max(totals[label], 1):.3f}"

    return (
        f"proceed {share('proceed', 'proceed')} back {share('back', 'back')} | "
        f"back->proceed {share('back', 'proceed')} other->proceed {share('neither', 'proceed')} "
        f"other->back {share('neither', 'back')} proceed->back {share('proceed', 'back')}"
    )


def leave_one_out() -> None:
    data = {name: load(WORDING / name / FILE) for name in DEV_SETS}
    print("read as the right control (recall) | read as the wrong one, or as one when neither")
    for left in DEV_SETS:
        models = train([c for name in DEV_SETS if name != left for c in data[name]])
        test = data[left]
        print(f"{left} rules alone     {rates(test, [reads_control(c, by_rules=True) for c in test])}")
        print(f"{left} rules + models  {rates(test, [combined(c, models) for c in test])}")
    print("(rules were tuned on sets a and c: their rows flatter them; set d's are honest)")


def write() -> None:
    cases = [c for name in DEV_SETS for c in load(WORDING / name / FILE)]
    for reader, model in train(cases).items():
        save(reader, model, C, FILE, DEV_SETS, len(cases))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.control_model", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--write", action="store_true", help="train on every dev set and write the models")
    args = parser.parse_args(argv)
    write() if args.write else leave_one_out()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
