"""Property-based tests of the report writers: any report, however odd its names and text, gives parseable output.

Reports are generated with every rule and severity, screens with and without pages and board
boxes, and sources, texts and messages full of newlines, quotes, markup, control characters and
non-Latin scripts (all of which reach the writers from file names and OCR).
"""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PIL import Image
from rich.console import Console

from mockcheck.annotate import write_annotations
from mockcheck.model import (
    ClassifiedScreen,
    Element,
    Finding,
    Layout,
    Line,
    Mention,
    Report,
    ScreenFacts,
    Severity,
    Step,
    Word,
)
from mockcheck.report import html, junit, sarif
from mockcheck.report import json as json_report
from mockcheck.report import text as text_report
from mockcheck.rules import RULES

SCHEMA = json.loads(resources.files("mockcheck.report").joinpath("report.schema.json").read_text())
SARIF_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())
# A few dozen reports each in the default run (seconds); MOCKCHECK_FUZZ_EXAMPLES=2000 for a long hunt.
EXAMPLES = int(os.environ.get("MOCKCHECK_FUZZ_EXAMPLES", "20"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
if os.environ.get("MOCKCHECK_FUZZ_NO_SHRINK"):  # a long hunt reports what it found without minimising it
    FUZZ = settings(FUZZ, phases=[Phase.explicit, Phase.reuse, Phase.generate])

# What file names and OCR text really carry: line breaks, quotes, markup, control and format
# characters, right-to-left and wide scripts, emoji; and any other character now and then.
_NASTY = "\n\r\t\x00\x07\x0b\x0c\x1b\x7f\x85\u2028\u2029\ufeff\u200b\u202e\"'`<>&]]>{}[]$%\\/ é漢字ت🙂"
texts = st.text(
    alphabet=st.one_of(st.sampled_from(_NASTY), st.characters(codec="utf-8"), st.sampled_from("ab cd")),
    max_size=40,
)
names = st.one_of(texts, st.sampled_from(["Screen 1.png", "flow.pdf", "a/b c.png", "../x.png", ""]))
coords = st.integers(min_value=0, max_value=5000)
boxes = st.tuples(coords, coords, coords, coords)
pages = st.none() | st.integers(min_value=1, max_value=500)


@st.composite
def lines(draw: st.DrawFn) -> Line:
    words = draw(st.lists(st.builds(Word, texts, boxes, st.floats(0, 100)), min_size=1, max_size=4))
    return Line(tuple(words), draw(boxes))


def mentions() -> st.SearchStrategy[Mention]:
    return st.builds(Mention, texts, texts, boxes, st.sampled_from(["button", "link", "heading", "text"]))


@st.composite
def screens(draw: st.DrawFn) -> ClassifiedScreen:
    width, height = draw(st.integers(1, 3000)), draw(st.integers(1, 6000))
    read = tuple(draw(st.lists(lines(), max_size=5)))
    elements = tuple(
        Element(draw(st.sampled_from(["button", "link", "heading", "list_item", "text"])), (line,), line.box)
        for line in read
    )
    facts = ScreenFacts(
        tiktok_option=draw(st.none() | mentions()),
        proceed=draw(st.none() | mentions()),
        go_back=draw(st.none() | mentions()),
        purpose=tuple(draw(st.lists(mentions(), max_size=2))),
        success=tuple(draw(st.lists(mentions(), max_size=1))),
        data={draw(texts): tuple(draw(st.lists(mentions(), max_size=3)))},
        heading=draw(texts),
    )
    return ClassifiedScreen(
        source=draw(names),
        page=draw(pages),
        box=draw(st.none() | boxes),
        step=draw(st.sampled_from(list(Step))),
        confidence=draw(st.floats(0, 1)),
        evidence=tuple(draw(st.lists(texts, max_size=3))),
        layout=Layout(width, height, read, elements, dark=draw(st.booleans())),
        facts=facts,
        region=draw(st.none() | st.integers(1, 20)),
    )


@st.composite
def reports(draw: st.DrawFn) -> Report:
    shown = tuple(draw(st.lists(screens(), max_size=5)))
    sources = [s.source for s in shown]
    findings = tuple(
        Finding(
            rule=draw(st.sampled_from(sorted(RULES))),
            severity=draw(st.sampled_from(list(Severity))),
            step=draw(st.none() | st.sampled_from(list(Step))),
            # Often a screen's own source (so the writers place it), sometimes any name or none.
            source=draw(st.sampled_from(sources) if sources and draw(st.booleans()) else st.none() | names),
            page=draw(pages),
            message=draw(texts.filter(bool)),
        )
        for _ in range(draw(st.integers(0, 8)))
    )
    return Report(
        target=draw(names),
        screens=shown,
        findings=findings,
        skipped=tuple(draw(st.lists(names, max_size=3))),
        warnings=tuple(draw(st.lists(texts, max_size=2))),
    )


def check_json(report: Report) -> None:
    document = json.loads(json_report.render(report))
    jsonschema.validate(document, SCHEMA)
    assert document["passed"] is report.passed
    assert [s["source"] for s in document["screens"]] == [s.source for s in report.screens]


def check_text(report: Report, width: int) -> None:
    out = io.StringIO()
    text_report.write(report, Console(file=out, width=width, highlight=False))
    printed = out.getvalue().splitlines()
    # The header, then exactly one line per screen, each ending in its step and confidence.
    rows = printed[1 : 1 + len(report.screens)]
    assert len(rows) == len(report.screens)
    for row, screen in zip(rows, report.screens, strict=True):
        assert f"{screen.step.value:<10} {screen.confidence:.2f}" in row, row
    assert ("PASS" if report.passed else "FAIL") in out.getvalue()


def check_sarif(report: Report) -> None:
    document = json.loads(sarif.render(report))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(document)
    assert len(document["runs"][0]["results"]) == len(report.findings)


def check_junit(report: Report) -> None:
    root = ET.fromstring(junit.render(report).encode("utf-8"))
    failing = {f.rule for f in report.findings if f.severity is Severity.ERROR}
    assert {case.get("name") for case in root.iter("testcase") if case.find("failure") is not None} == failing


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.starts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append(tag)


def _tags(document: str) -> list[str]:
    parser = _Tags()
    parser.feed(document)
    parser.close()
    return parser.starts


_TEMPLATE_SCRIPTS = _tags(html.render(Report("x", (), ()))).count("script")


def check_html(report: Report) -> None:
    tags = _tags(html.render(report))
    # Text from file names and OCR never becomes markup: no script or element beyond the template's.
    assert tags.count("script") == _TEMPLATE_SCRIPTS
    assert "iframe" not in tags


@FUZZ
@given(reports(), st.sampled_from([40, 80, 200]))
def test_every_writer_gives_parseable_output_for_any_report(report: Report, width: int) -> None:
    """JSON validates against its schema, SARIF against 2.1.0, JUnit is XML, HTML parses, text is one row a screen.

    One generated report feeds every writer: generating it is most of the time.
    """
    check_json(report)
    check_text(report, width)
    check_sarif(report)
    check_junit(report)
    check_html(report)


@settings(
    max_examples=max(5, EXAMPLES // 5),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(report=reports())
def test_annotated_pngs_are_written_for_any_report(report: Report, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    out = tmp_path_factory.mktemp("annotated")
    drawn = tuple(
        replace(s, image=Image.new("RGB", (min(s.layout.width, 400), min(s.layout.height, 400)), "white"))
        for s in report.screens
    )
    written = write_annotations(replace(report, screens=drawn), out)
    assert len(written) == len(report.screens)
    assert all(path.parent == out for path in written)


# --- what fuzzing found, pinned -------------------------------------------------------------


def _one_screen_report(source: str, message: str) -> Report:
    screen = ClassifiedScreen(source, None, None, Step.CONNECT, 0.2, (), Layout(390, 844, (), ()))
    finding = Finding("unreadable-input", Severity.ERROR, None, source, None, message)
    return Report(source, (screen,), (finding,), skipped=(source,))


def test_junit_of_names_with_control_characters_is_well_formed_xml() -> None:
    report = _one_screen_report("Screen\x001\x1b.png", "Screen\x001\x1b.png could not be read: \x0c")
    root = ET.fromstring(junit.render(report).encode("utf-8"))
    [failure] = [f for f in root.iter("failure")]
    assert failure.get("message") == "Screen\ufffd1\ufffd.png could not be read: \ufffd"


def test_text_row_of_a_screen_named_with_a_newline_stays_one_line() -> None:
    out = io.StringIO()
    report = _one_screen_report("Screen\n2\u202e.png", "bad\nname")
    text_report.write(report, Console(file=out, width=40, highlight=False))
    printed = out.getvalue().splitlines()
    assert printed[1].split() == ["Screen\\n2\\u202e.png", "connect", "0.20", "(unsure:", "check", "this)"]
    assert "  error unreadable-input: bad\\nname" in printed
