"""SARIF, JUnit and annotated PNGs over a real scan, and the scan options that write them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest
from PIL import Image

from mockcheck import cli
from mockcheck.annotate import STYLES, write_annotations
from mockcheck.model import Finding, Report, Severity, Step
from mockcheck.report import junit, sarif
from mockcheck.rules import RULES
from reportscans import MOCKUPS, scanned, without_step

SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def no_go_back() -> Report:
    return scanned("no-go-back")


def validate_sarif(document: dict[str, Any]) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text())
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(document)


def test_sarif_validates_against_the_2_1_0_schema(no_go_back: Report) -> None:
    validate_sarif(json.loads(sarif.render(no_go_back, MOCKUPS / "no-go-back")))


def test_sarif_has_one_result_per_finding_located_on_its_screen_file(no_go_back: Report) -> None:
    report = without_step(no_go_back, Step.AUTHORIZE)
    document = sarif.report_sarif(report, MOCKUPS / "no-go-back")
    validate_sarif(document)
    run = document["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == [f.rule for f in report.findings]
    [go_back] = [r for r in run["results"] if r["ruleId"] == "missing-go-back"]
    location = go_back["locations"][0]["physicalLocation"]
    assert unquote(location["artifactLocation"]["uri"]) == "Frame 6.png"
    assert location["artifactLocation"]["uriBaseId"] == sarif.BASE_ID
    x, y, w, h = location["region"]["properties"]["box"]
    assert w > 0 and h > 0
    assert go_back["attachments"][0]["rectangles"][0] == {
        "left": x,
        "top": y,
        "right": x + w,
        "bottom": y + h,
        "message": {"text": go_back["message"]["text"]},
    }
    # A submission-wide finding names no file, so it has no location.
    [missing] = [r for r in run["results"] if r["ruleId"] == "missing-step"]
    assert "locations" not in missing
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == set(RULES)
    assert run["originalUriBaseIds"][sarif.BASE_ID]["uri"].endswith("/no-go-back/")


def test_sarif_of_a_passing_report_has_no_results(no_go_back: Report) -> None:
    document = sarif.report_sarif(replace(no_go_back, findings=()))
    validate_sarif(document)
    assert document["runs"][0]["results"] == []


def test_junit_has_one_testcase_per_rule_failing_only_for_errors(no_go_back: Report) -> None:
    warning = Finding("step-order", Severity.WARNING, None, None, None, "Steps out of order.")
    report = replace(no_go_back, findings=(*no_go_back.findings, warning))
    root = ET.fromstring(junit.render(report))
    [suite] = root.findall("testsuite")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert set(cases) == set(RULES)
    assert suite.get("tests") == str(len(RULES)) and suite.get("failures") == "1"
    assert cases["missing-go-back"].find("failure") is not None
    assert RULES["missing-go-back"].guideline in cases["missing-go-back"].find("failure").text
    assert cases["step-order"].find("failure") is None
    assert "Steps out of order." in cases["step-order"].find("system-out").text


def test_junit_batch_has_one_suite_per_submission(no_go_back: Report) -> None:
    root = ET.fromstring(junit.render_many([("a", no_go_back), ("b", replace(no_go_back, findings=()))]))
    assert [s.get("name") for s in root.findall("testsuite")] == ["a", "b"]
    assert root.get("failures") == "1"


def test_annotate_writes_one_drawn_png_per_screen(no_go_back: Report, tmp_path: Path) -> None:
    written = write_annotations(no_go_back, tmp_path / "annotated")
    assert len(written) == len(no_go_back.screens)
    assert [p.name.split("-")[1] for p in written] == [s.step.value for s in no_go_back.screens]
    index = next(i for i, s in enumerate(no_go_back.screens) if s.source == "Frame 6.png")
    drawn = Image.open(written[index]).convert("RGB")
    original = no_go_back.screens[index].image
    assert original is not None
    assert drawn.width == original.width and drawn.height > original.height  # the caption below
    red = tuple(int(STYLES["finding"].colour[i : i + 2], 16) for i in (1, 3, 5))
    assert red in {colour for _, colour in drawn.crop((0, 0, *original.size)).getcolors(1 << 20)}


def test_scan_writes_html_annotations_and_sarif(
    no_go_back: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: dict[str, Any] = {}

    def fake_check(path: Path, **options: Any) -> Report:
        asked.update(options)
        return no_go_back

    # The scan itself is tested elsewhere; this checks the wiring of the writers without OCR.
    monkeypatch.setattr(cli, "check", fake_check)
    html_file, folder = tmp_path / "out" / "report.html", tmp_path / "annotated"
    args = ["scan", str(MOCKUPS / "no-go-back"), "--format", "sarif"]
    code = cli.main([*args, "--html", str(html_file), "--annotate", str(folder)])
    assert code == 1
    assert asked["keep_images"] is True
    validate_sarif(json.loads(capsys.readouterr().out))
    assert html_file.read_text().startswith("<!doctype html>")
    assert len(list(folder.glob("*.png"))) == len(no_go_back.screens)


def test_scan_junit_format_prints_xml(
    no_go_back: Report, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "check", lambda path, **options: no_go_back)
    assert cli.main(["scan", str(MOCKUPS / "no-go-back"), "--format", "junit"]) == 1
    assert ET.fromstring(capsys.readouterr().out).tag == "testsuites"


def test_reports_are_never_written_inside_the_scanned_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "Screen 1.png").write_bytes(b"")
    assert cli.main(["scan", str(tmp_path), "--annotate", str(tmp_path / "drawn")]) == 2
    assert "inside the scanned folder" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Screen 1.png"]
