"""SARIF 2.1.0 for code-scanning UIs (GitHub, GitLab): one result per finding, located on its screen file.

SARIF regions count lines and bytes, not pixels. A result's region is therefore line 1 of the
file (what code-scanning UIs require to show it) with the element's pixel box in its property
bag, and the same box as a SARIF `rectangle` on an attachment of the screen image, the format's
own way of pointing into an image.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mockcheck import __version__
from mockcheck.annotate import finding_box, screen_index
from mockcheck.model import Box, Finding, Report, Severity
from mockcheck.rules import RULES

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
# Results' URIs are relative to the scanned PATH, named by this base id.
BASE_ID = "SCANROOT"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning"}


def _uri(source: str) -> str:
    # Mockup names have spaces ("Screenshot 2024-05-14 at 10.12.17.png"): SARIF wants URI references.
    return quote(source.replace("\\", "/"), safe="/")


def _rule_descriptor(rule_id: str) -> dict[str, Any]:
    rule = RULES[rule_id]
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.guideline},
        "fullDescription": {"text": rule.guideline},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": ["ux-mockup", "tiktok-data-portability"]},
    }


def _rectangle(box: Box, message: str) -> dict[str, Any]:
    x, y, w, h = box
    return {"left": x, "top": y, "right": x + w, "bottom": y + h, "message": {"text": message}}


def _result(report: Report, finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "properties": {"step": finding.step.value if finding.step is not None else None},
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    if finding.source is None:
        # A submission-wide finding (a missing step): it has no file, so it is located nowhere.
        return result
    index = screen_index(report.screens, finding)
    screen = report.screens[index] if index is not None else None
    box, ghost = finding_box(finding, screen)
    if box is not None and screen is not None and screen.box is not None:
        # The layout's pixels are the screen's; a board region sits at an offset in its file.
        box = (box[0] + screen.box[0], box[1] + screen.box[1], box[2], box[3])
    region: dict[str, Any] = {"startLine": 1}
    properties: dict[str, Any] = {}
    if finding.page is not None:
        properties["page"] = finding.page
    if box is not None:
        properties["box"] = list(box)
        properties["boxIs"] = "where the missing control belongs" if ghost else "the element concerned"
    if properties:
        region["properties"] = properties
    location = {"uri": _uri(finding.source), "uriBaseId": BASE_ID}
    result["locations"] = [{"physicalLocation": {"artifactLocation": location, "region": region}}]
    if box is not None:
        result["attachments"] = [
            {
                "description": {"text": "The screen image, with the place the finding is about."},
                "artifactLocation": dict(location),
                "rectangles": [_rectangle(box, finding.message)],
            }
        ]
    return result


def report_sarif(report: Report, root: Path | None = None) -> dict[str, Any]:
    """The SARIF log of one run. `root` (the scanned PATH) anchors the relative URIs when known."""
    rule_ids = list(RULES)
    rule_index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "mockcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule_descriptor(rule_id) for rule_id in rule_ids],
            }
        },
        "results": [_result(report, f, rule_index) for f in report.findings],
        "properties": {"target": report.target, "passed": report.passed},
    }
    if root is not None:
        folder = root if root.is_dir() else root.parent
        run["originalUriBaseIds"] = {BASE_ID: {"uri": folder.resolve().as_uri() + "/"}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, root: Path | None = None) -> str:
    return json.dumps(report_sarif(report, root), indent=2, ensure_ascii=False)
