"""JUnit XML for CI test views (Jenkins, GitLab): one test case per rule per submission.

A rule with an error finding fails; warnings do not fail the case but are printed in its
system-out, so the CI's test view shows them without turning the build red.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from mockcheck.model import Finding, Report, Severity
from mockcheck.rules import RULES

# Characters XML 1.0 cannot hold, even escaped. File names and OCR text can carry them (a NUL, an
# escape character): written raw they make the whole file unparseable (tests/test_report_fuzz.py).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _make_xml_safe(root: ET.Element) -> None:
    for element in root.iter():
        if element.text:
            element.text = _xml_text(element.text)
        for name, value in element.attrib.items():
            element.set(name, _xml_text(value))


def _where(finding: Finding) -> str:
    if finding.source is None:
        return f" (step {finding.step.value})" if finding.step is not None else ""
    return f" ({finding.source}{f' page {finding.page}' if finding.page is not None else ''})"


def _suite(name: str, report: Report) -> ET.Element:
    suite = ET.Element("testsuite", name=name)
    failures = 0
    for rule_id, rule in RULES.items():
        found = [f for f in report.findings if f.rule == rule_id]
        case = ET.SubElement(suite, "testcase", classname=f"mockcheck.{name}", name=rule_id)
        errors = [f for f in found if f.severity is Severity.ERROR]
        if errors:
            failures += 1
            failure = ET.SubElement(case, "failure", type=rule_id, message=errors[0].message)
            failure.text = (
                "\n".join(f"{f.message}{_where(f)}" for f in errors) + f"\nGuideline: {rule.guideline}"
            )
        warnings = [f for f in found if f.severity is Severity.WARNING]
        if warnings:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(f"warning: {f.message}{_where(f)}" for f in warnings)
    # Findings of rules not in the registry (none today) still fail the suite rather than vanish.
    for finding in report.findings:
        if finding.rule not in RULES and finding.severity is Severity.ERROR:
            case = ET.SubElement(suite, "testcase", classname=f"mockcheck.{name}", name=finding.rule)
            ET.SubElement(case, "failure", type=finding.rule, message=finding.message)
            failures += 1
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    return suite


def render_many(reports: Sequence[tuple[str, Report]]) -> str:
    """One <testsuite> per (submission name, report), for a batch."""
    root = ET.Element("testsuites", name="mockcheck")
    for name, report in reports:
        root.append(_suite(name, report))
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
    root.set("failures", str(sum(int(s.get("failures", "0")) for s in root)))
    _make_xml_safe(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render(report: Report) -> str:
    return render_many([(report.target, report)])
