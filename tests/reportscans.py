"""Scans shared by the report tests: each fixture is checked once per test session (real OCR takes seconds)."""

from __future__ import annotations

import functools
import shutil
from dataclasses import replace
from pathlib import Path

from mockcheck.model import Finding, Report, Severity, Step
from mockcheck.pipeline import check

MOCKUPS = Path(__file__).resolve().parent.parent / "fixtures" / "mockups"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@functools.cache
def scanned(name: str) -> Report:
    return check(MOCKUPS / name, keep_images=True)


def without_step(report: Report, step: Step) -> Report:
    """The report as if the submission had no screen of `step`: a missing slot, without another OCR run."""
    screens = tuple(s for s in report.screens if s.step is not step)
    missing = Finding("missing-step", Severity.ERROR, step, None, None, f"No {step.value} screen found.")
    return replace(report, screens=screens, findings=(*report.findings, missing))


def chromium_missing_reason() -> str | None:
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        return "Debian's chromium is not installed at /usr/bin/chromium (scripts/setup --test installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None
