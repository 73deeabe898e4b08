"""check(): one submission from files to a report; the CLI, batch and reports all call this."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from mockcheck.boards import split_boards
from mockcheck.classify import classify_flow
from mockcheck.errors import InputError
from mockcheck.layout import analyse
from mockcheck.load import Limits, load, natural_key
from mockcheck.model import LoadProblem, Report, ScreenReading
from mockcheck.ocr import OcrEngine, TesseractEngine
from mockcheck.ocr_guard import OcrFailed, read_guarded
from mockcheck.rules import run_rules
from mockcheck.scopes import parse_scopes


def check(
    path: str | Path,
    scopes: Iterable[str] | str | None = None,
    *,
    engine: OcrEngine | None = None,
    limits: Limits | None = None,
    keep_images: bool = False,
) -> Report:
    """Check the mockups under `path` (a folder or one file) and return the report.

    `keep_images` keeps each screen's pixels on its ClassifiedScreen for the writers that draw
    (HTML, --annotate); off by default so batch runs do not hold every image in memory.
    """
    path = Path(path)
    requested = parse_scopes(scopes)
    limits = limits or Limits()
    loaded = load(path, limits)
    if not loaded.screens and not loaded.problems:
        raise InputError(
            f"{path}: no images or PDFs to check; give a folder of PNG, JPEG, WEBP or PDF mockups."
        )
    # A flow board or a PDF page of several screens becomes one screen per region (boards.py).
    screens = split_boards(loaded.screens)
    engine = engine or TesseractEngine()
    # A stuck or failing OCR call is a finding for its screen (ocr_guard.py); the rest is still checked.
    readings: list[ScreenReading] = []
    problems = list(loaded.problems)
    for screen in screens:
        where = f"region {screen.region} of the board: " if screen.region is not None else ""
        try:
            lines = read_guarded(engine, screen.image, limits.ocr_seconds)
        except OcrFailed as failed:
            problems.append(LoadProblem(screen.source, screen.page, where + str(failed)))
            continue
        try:
            layout = analyse(screen.image, lines)
        except Exception as exc:  # a bug in mockcheck costs this screen, never the whole scan
            reason = f"internal error while reading its layout ({type(exc).__name__}); please report it"
            problems.append(LoadProblem(screen.source, screen.page, where + reason))
            continue
        readings.append(ScreenReading(screen, layout))
    problems.sort(key=lambda p: (natural_key(p.source), p.page or 0))
    classified = classify_flow(readings)
    if any(s.region is not None for s in screens):
        classified = [replace(c, region=r.screen.region) for c, r in zip(classified, readings, strict=True)]
    if keep_images:
        classified = [replace(c, image=r.screen.image) for c, r in zip(classified, readings, strict=True)]
    findings = run_rules(classified, problems, requested)
    target = path.name or str(path)
    return Report(target=target, screens=tuple(classified), findings=tuple(findings), skipped=loaded.skipped)
