"""How well the checker reads connecting-screen wording it has never seen, without OCR or layout.

    python -m benchmarks.wording [--set dev|dev2|dev3|dev4|holdout|holdout2|all] [--json FILE] [--errors]

Two helpers, each reading only the guidelines and TikTok's spec (not the checker, the corpora,
nor each other's files), wrote the lines and control labels a connecting screen carries, labelled
by what they say: `purpose.tsv` (does the line say why the data is wanted?) and `controls.tsv`
(does the label proceed to TikTok, go back, or neither?). Set `a` is the dev set, read while
tuning; set `b` is held out and only ever scored. Set `c`, written the same way by a third
helper in the tenth session, was scored once on arrival and is a second dev set since; set `d`,
by a fourth in the eleventh, likewise (`--set dev3`). The dev sets also train the purpose model
(benchmarks/purpose_model.py) and the control models (benchmarks/control_model.py), so their
figures here flatter them: their honest dev figures are those scripts', each set left out in
turn. Set `b` trains nothing.

Sets `e` (dev) and `f` (held out), by two more helpers in the twelfth session, hold the other
wording a flow turns on: `data.tsv` (which of TikTok's data sets does a line of a connecting
screen say the app receives: activity, postsandprofile, directmessages, all, comments, or none)
and `success.tsv` (does a line confirm that the app connected to TikTok?).

Every line is put on a synthetic connecting screen (a title, a data list, the two controls) and
read by `facts.extract`, the function the scan uses, so what is measured is the real path from
elements to facts. What rendering and OCR add (wrapped lines, slips) is the corpora's to measure.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from mockcheck.facts import extract
from mockcheck.model import Element, Layout, Line, ScreenFacts, ScreenImage, ScreenReading, Word

HERE = Path(__file__).parent
SETS = {"dev": "a", "dev2": "c", "dev3": "d", "dev4": "e", "holdout": "b", "holdout2": "f"}
DEV = ("dev", "dev2", "dev3", "dev4")
WIDTH, HEIGHT, ROW = 390, 844, 56

TITLE = ("heading", "Connecting to TikTok")
DATA_LIST = (
    ("text", "Pixeldrop will receive:"),
    ("list_item", "Your profile info"),
    ("list_item", "Your liked videos"),
)
PURPOSE = ("text", "We use them to build your weekly recap.")
PROCEED = ("button", "Continue")
GO_BACK = ("link", "Go back")


@dataclass(frozen=True)
class Case:
    label: str
    text: str


def screen(*elements: tuple[str, str]) -> ScreenFacts:
    """The facts of a phone screen holding `elements` top to bottom, one line each."""
    built: list[Element] = []
    lines: list[Line] = []
    for row, (kind, text) in enumerate(elements):
        y = 60 + row * ROW
        words, x = [], 24
        for token in text.split():
            w = 9 * len(token)
            words.append(Word(token, (x, y, w, 20), 95.0))
            x += w + 6
        line = Line(tuple(words), (24, y, max(x - 30, 1), 20))
        lines.append(line)
        box = (16, y - 12, WIDTH - 32, 44) if kind == "button" else line.box
        built.append(Element(kind, (line,), box))  # type: ignore[arg-type]
    layout = Layout(WIDTH, HEIGHT, tuple(lines), tuple(built))
    return extract(
        ScreenReading(ScreenImage("wording", None, None, Image.new("RGB", (8, 8), "white")), layout)
    )


def load(path: Path) -> list[Case]:
    with path.open(newline="", encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Case(r["label"].strip(), r["text"].strip()) for r in rows if r["label"].strip() != "?"]


def says_purpose(text: str) -> bool:
    return bool(screen(TITLE, *DATA_LIST, ("text", text), PROCEED, GO_BACK).purpose)


def reads_control(case: Case, *, by_rules: bool = False) -> dict[str, bool]:
    """What the checker makes of one label where it matters: as the only button (its words must
    say proceed), as the button beside Go back, and as the link beside Continue. `by_rules`:
    what the hand-written rules alone make of it, without the control models."""
    alone = screen(TITLE, *DATA_LIST, PURPOSE, ("button", case.text))
    beside = screen(TITLE, *DATA_LIST, PURPOSE, ("button", case.text), GO_BACK)
    under = screen(TITLE, *DATA_LIST, PURPOSE, PROCEED, ("link", case.text))

    def reads(facts: ScreenFacts, control: str) -> bool:
        mention = getattr(facts, f"{control}_by_rules" if by_rules else control)
        return mention is not None and mention.text == case.text

    return {
        "proceed alone": reads(alone, "proceed"),
        "back alone": reads(alone, "go_back"),
        "proceed beside go back": reads(beside, "proceed"),
        "go back": reads(under, "go_back"),
    }


def ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def score_purpose(cases: Sequence[Case]) -> tuple[dict[str, Any], list[str]]:
    return score_yes_no(cases, says_purpose)


def score_yes_no(cases: Sequence[Case], says: Callable[[str], bool]) -> tuple[dict[str, Any], list[str]]:
    tp = fp = fn = tn = 0
    errors = []
    for case in cases:
        got = says(case.text)
        truth = case.label == "yes"
        tp += got and truth
        fp += got and not truth
        fn += truth and not got
        tn += not got and not truth
        if got != truth:
            errors.append(f"{'missed' if truth else 'false'}\t{case.text}")
    summary = {
        "lines": len(cases),
        "precision": ratio(tp, tp + fp),
        "recall": ratio(tp, tp + fn),
        "accuracy": ratio(tp + tn, len(cases)),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }
    return summary, errors


def score_controls(cases: Sequence[Case]) -> tuple[dict[str, Any], list[str]]:
    counts = {"proceed": [0, 0, 0], "back": [0, 0, 0], "neither": [0, 0, 0]}
    errors = []
    for case in cases:
        read = reads_control(case)
        c = counts.setdefault(case.label, [0, 0, 0])
        c[0] += read["proceed alone"]
        c[1] += read["proceed beside go back"]
        c[2] += read["go back"]
        if case.label == "proceed" and not read["proceed alone"]:
            errors.append(f"proceed unread\t{case.text}")
        if case.label == "back" and not read["go back"]:
            errors.append(f"back unread\t{case.text}")
        if case.label != "proceed" and read["proceed alone"]:
            errors.append(f"{case.label} read as proceed\t{case.text}")
        elif case.label == "neither" and read["proceed beside go back"]:
            errors.append(f"neither read as proceed beside go back\t{case.text}")
        if case.label != "back" and read["go back"]:
            errors.append(f"{case.label} read as go back\t{case.text}")
    totals = {label: sum(1 for c in cases if c.label == label) for label in counts}
    summary = {
        "labels": len(cases),
        # Recall of each control's own words; the button beside Go back is read whatever it says.
        "proceed_read": ratio(counts["proceed"][0], totals["proceed"]),
        "proceed_read_beside_go_back": ratio(counts["proceed"][1], totals["proceed"]),
        "go_back_read": ratio(counts["back"][2], totals["back"]),
        # What a screen missing a control must not be credited with.
        "back_read_as_proceed": ratio(counts["back"][0], totals["back"]),
        "proceed_read_as_go_back": ratio(counts["proceed"][2], totals["proceed"]),
        "other_read_as_proceed": ratio(counts["neither"][0], totals["neither"]),
        "other_read_as_proceed_beside_go_back": ratio(counts["neither"][1], totals["neither"]),
        "other_read_as_go_back": ratio(counts["neither"][2], totals["neither"]),
    }
    return summary, errors


def reads_data(text: str) -> set[str]:
    """The data sets the checker reads in one line of a connecting screen; comments, named by
    no scope, as 'comments'."""
    facts = screen(TITLE, ("text", text), PURPOSE, PROCEED, GO_BACK)
    return set(facts.data) | ({"comments"} if facts.neutral_data else set())


def score_data(cases: Sequence[Case]) -> tuple[dict[str, Any], list[str]]:
    """Per data set, precision and recall over lines; and how many lines are read exactly."""
    kinds = ("activity", "postsandprofile", "directmessages", "all", "comments")
    counts = {k: [0, 0, 0] for k in kinds}  # tp, fp, fn
    exact = named_none = nones = 0
    errors = []
    for case in cases:
        truth = set() if case.label == "none" else set(case.label.split(","))
        got = reads_data(case.text)
        for k in kinds:
            counts[k][0] += k in got and k in truth
            counts[k][1] += k in got and k not in truth
            counts[k][2] += k in truth and k not in got
        exact += got == truth
        nones += not truth
        named_none += not truth and bool(got)
        if got != truth:
            errors.append(f"data {','.join(sorted(got)) or 'none'} (truth {case.label})\t{case.text}")
    summary: dict[str, Any] = {
        "lines": len(cases),
        "exact": ratio(exact, len(cases)),
        "none_read_as_data": ratio(named_none, nones),
    }
    for k, (tp, fp, fn) in counts.items():
        summary[k] = {
            "precision": ratio(tp, tp + fp),
            "recall": ratio(tp, tp + fn),
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    return summary, errors


def says_success(text: str) -> bool:
    return bool(screen(("text", text), ("button", "Go to dashboard")).success)


def score_success(cases: Sequence[Case]) -> tuple[dict[str, Any], list[str]]:
    summary, errors = score_yes_no(cases, says_success)
    return summary, [f"success {e}" for e in errors]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.wording", description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev", choices=[*SETS, "all"])
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--errors", action="store_true", help="list every line read wrong (dev sets only)")
    args = parser.parse_args(argv)
    if args.errors and args.set not in DEV:
        print("--errors lists the dev sets' lines only: the held-out sets stay unread", file=sys.stderr)
        return 2
    results: dict[str, Any] = {}
    for name in SETS if args.set == "all" else [args.set]:
        folder = HERE / SETS[name]
        results[name], errors = {}, []
        print(f"== {name} (set {SETS[name]}) ==")
        if (folder / "purpose.tsv").exists():
            purpose, purpose_errors = score_purpose(load(folder / "purpose.tsv"))
            controls, control_errors = score_controls(load(folder / "controls.tsv"))
            results[name] |= {"purpose": purpose, "controls": controls}
            errors += purpose_errors + control_errors
            print(
                f"purpose: {purpose['lines']} lines, precision {purpose['precision']}, "
                f"recall {purpose['recall']}, accuracy {purpose['accuracy']}"
            )
            print(f"controls: {controls['labels']} labels")
            for key, value in controls.items():
                if key != "labels":
                    print(f"  {key.replace('_', ' '):<30} {value}")
        if (folder / "data.tsv").exists():
            data, data_errors = score_data(load(folder / "data.tsv"))
            success, success_errors = score_success(load(folder / "success.tsv"))
            results[name] |= {"data": data, "success": success}
            errors += data_errors + success_errors
            print(
                f"data: {data['lines']} lines, read exactly {data['exact']}, "
                f"lines naming none read as data {data['none_read_as_data']}"
            )
            for kind in ("activity", "postsandprofile", "directmessages", "all", "comments"):
                print(f"  {kind:<16} precision {data[kind]['precision']}, recall {data[kind]['recall']}")
            print(
                f"success: {success['lines']} lines, precision {success['precision']}, "
                f"recall {success['recall']}, accuracy {success['accuracy']}"
            )
        if args.errors:
            print(*errors, sep="\n")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
