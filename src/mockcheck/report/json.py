"""The JSON document of ../shared/spec/report-format.md (schema mockcheck.report/1)."""

from __future__ import annotations

import json
from typing import Any

from mockcheck.model import ClassifiedScreen, Finding, Report

SCHEMA = "mockcheck.report/1"


def screen_dict(screen: ClassifiedScreen) -> dict[str, Any]:
    return {
        "source": screen.source,
        "page": screen.page,
        "box": list(screen.box) if screen.box is not None else None,
        "step": screen.step.value,
        "confidence": screen.confidence,
        "evidence": list(screen.evidence),
        "text": screen.text,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "step": finding.step.value if finding.step is not None else None,
        "source": finding.source,
        "page": finding.page,
        "message": finding.message,
    }


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "target": report.target,
        "passed": report.passed,
        "screens": [screen_dict(s) for s in report.screens],
        "findings": [finding_dict(f) for f in report.findings],
        "skipped": list(report.skipped),
    }


def render(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False)
