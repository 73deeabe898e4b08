"""The HTML report: one self-contained file (images as data URIs, no network) that shows what was found where.

Also the batch index page (render_index), which links the reports of many submissions.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from PIL import Image

from mockcheck import __version__
from mockcheck.annotate import STEP_NAMES, STYLES, Drawing, findings_by_screen, screen_drawing
from mockcheck.model import JOURNEY, ClassifiedScreen, Finding, Report, Severity, Step
from mockcheck.report.text import LOW_CONFIDENCE
from mockcheck.rules import RULES

# A portrait (phone) screen is shown about this tall on a laptop so a whole screen fits in view;
# a landscape (desktop) one as wide as the column allows.
SCREEN_DISPLAY_HEIGHT = 820
SCREEN_DISPLAY_MAX_WIDTH = 900
# Embedded pixels per displayed CSS pixel: sharp on 2x displays without a heavy file.
EMBED_DENSITY = 2
STRIP_THUMB_HEIGHT = 150
INDEX_THUMB_HEIGHT = 56
JPEG_QUALITY = 80

_env = Environment(
    loader=PackageLoader("mockcheck.report", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def embed(image: Image.Image, max_width: int, max_height: int) -> str:
    """The image scaled to fit max_width × max_height, as a data URI: JPEG or PNG, whichever is smaller.

    Flat UI mockups are often smaller as PNG; photos and gradients as JPEG.
    """
    scale = min(1.0, max_width / image.width, max_height / image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    small = image.convert("RGB")
    if size != small.size:
        small = small.resize(size, Image.Resampling.LANCZOS)
    jpeg = io.BytesIO()
    small.save(jpeg, "JPEG", quality=JPEG_QUALITY, optimize=True)
    png = io.BytesIO()
    # A 256-colour palette keeps flat UI crisp; it is only used when it comes out smaller than the JPEG.
    small.quantize(256, dither=Image.Dither.NONE).save(png, "PNG", optimize=True)
    if png.tell() < jpeg.tell():
        return "data:image/png;base64," + base64.b64encode(png.getvalue()).decode("ascii")
    return "data:image/jpeg;base64," + base64.b64encode(jpeg.getvalue()).decode("ascii")


def display_width(width: int, height: int) -> int:
    return max(120, min(SCREEN_DISPLAY_MAX_WIDTH, width, round(SCREEN_DISPLAY_HEIGHT * width / height)))


@dataclass
class FindingView:
    number: int
    finding: Finding
    guideline: str
    screen_id: str | None
    screen_label: str | None


@dataclass
class ScreenView:
    index: int
    id: str
    screen: ClassifiedScreen
    step_name: str
    unsure: bool
    findings: list[FindingView]
    drawing: Drawing
    seen: list[tuple[str, str, str]]  # (mark kind, what, text) for the 'what the checker saw' list
    image: str | None = None
    thumb: str | None = None
    width: int = 0  # CSS pixels to show it at
    worst: str = ""  # 'error', 'warning' or '' for the strip's badge
    marks_used: list[str] = field(default_factory=list)


def _seen(screen: ClassifiedScreen) -> list[tuple[str, str, str]]:
    """The facts the rules read on this screen, in words, each with its mark colour."""
    facts = screen.facts
    seen: list[tuple[str, str, str]] = []
    if facts.tiktok_option is not None:
        seen.append(("tiktok", "TikTok option", facts.tiktok_option.text))
    data = [m for mentions in facts.data.values() for m in mentions] + list(facts.neutral_data)
    if data:
        # The words as the screen puts them, since that is what the designer wrote and can change.
        texts = list(dict.fromkeys(m.text.strip() for m in data))
        shown = "; ".join(texts[:6]) + (f"; and {len(texts) - 6} more" if len(texts) > 6 else "")
        seen.append(("data", "Data named", shown))
    for mention in facts.purpose[:2]:
        seen.append(("purpose", "Purpose", mention.text))
    if facts.proceed is not None:
        seen.append(("proceed", "Proceed", facts.proceed.text))
    if facts.go_back is not None:
        seen.append(("go_back", "Go back", facts.go_back.text))
    for mention in facts.success[:1]:
        seen.append(("success", "Success", mention.text))
    return seen


def _finding_view(number: int, finding: Finding, screen: ScreenView | None) -> FindingView:
    rule = RULES.get(finding.rule)
    return FindingView(
        number,
        finding,
        rule.guideline if rule is not None else "",
        screen.id if screen else None,
        screen.screen.label if screen else None,
    )


def report_context(report: Report, *, with_images: bool = True) -> dict[str, Any]:
    """Everything the report template shows, computed here so the template only lays it out."""
    pinned, loose = findings_by_screen(report)
    screens: list[ScreenView] = []
    for index, screen in enumerate(report.screens):
        numbered = pinned.get(index, [])
        view = ScreenView(
            index=index,
            id=f"screen-{index + 1}",
            screen=screen,
            step_name=STEP_NAMES[screen.step],
            unsure=screen.confidence < LOW_CONFIDENCE,
            findings=[],
            drawing=screen_drawing(screen, numbered),
            seen=_seen(screen),
        )
        view.findings = [_finding_view(n, f, view) for n, f in numbered]
        severities = {f.severity for _, f in numbered}
        view.worst = (
            "error" if Severity.ERROR in severities else "warning" if Severity.WARNING in severities else ""
        )
        view.marks_used = sorted({p.mark.kind for p in view.drawing.placed}, key=list(STYLES).index)
        width, height = screen.layout.width, screen.layout.height
        view.width = display_width(width, height)
        if with_images and screen.image is not None:
            view.image = embed(screen.image, view.width * EMBED_DENSITY, height)
            view.thumb = embed(screen.image, 4 * STRIP_THUMB_HEIGHT, STRIP_THUMB_HEIGHT * EMBED_DENSITY)
        screens.append(view)

    loose_views = [_finding_view(n, f, None) for n, f in loose]
    all_views = sorted(loose_views + [f for s in screens for f in s.findings], key=lambda f: f.number)
    missing = {f.finding.step: f for f in loose_views if f.finding.rule == "missing-step" and f.finding.step}
    strip = [
        {
            "number": n,
            "step": step,
            "name": STEP_NAMES[step],
            "screens": [s for s in screens if s.screen.step is step],
            "missing": missing.get(step),
        }
        for n, step in enumerate(JOURNEY, start=1)
    ]
    extras = [s for s in screens if s.screen.step is Step.OTHER]
    errors = sum(f.severity is Severity.ERROR for f in report.findings)
    return {
        "report": report,
        "version": __version__,
        "passed": report.passed,
        "errors": errors,
        "warnings": len(report.findings) - errors,
        "steps_found": sum(1 for slot in strip if slot["screens"]),
        "strip": strip,
        "extras": extras,
        "screens": screens,
        "findings": all_views,
        "loose": loose_views,
        "styles": STYLES,
        "used_kinds": [k for k in STYLES if any(k in s.marks_used for s in screens)],
    }


def render(report: Report) -> str:
    """The report as one HTML document. Screens are drawn only when check(..., keep_images=True) kept them."""
    return _env.get_template("report.html.j2").render(**report_context(report))


def write(report: Report, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(report), encoding="utf-8")
    return path


def index_row(name: str, report: Report, link: str) -> dict[str, Any]:
    errors = sum(f.severity is Severity.ERROR for f in report.findings)
    found = {s.step for s in report.screens}
    thumbs = []
    # One thumbnail per journey step in order (the first screen of each), then a count of the rest.
    for step in JOURNEY:
        screen = next((s for s in report.screens if s.step is step), None)
        uri = (
            embed(screen.image, 3 * INDEX_THUMB_HEIGHT * EMBED_DENSITY, INDEX_THUMB_HEIGHT * EMBED_DENSITY)
            if screen is not None and screen.image is not None
            else None
        )
        thumbs.append(
            {"step": step, "name": STEP_NAMES[step], "uri": uri, "found": step in found, "screen": screen}
        )
    return {
        "name": name,
        "link": link,
        "passed": report.passed,
        "errors": errors,
        "warnings": len(report.findings) - errors,
        "findings": len(report.findings),
        "steps_found": sum(step in found for step in JOURNEY),
        "screens": len(report.screens),
        "rules": sorted({f.rule for f in report.findings}),
        "thumbs": thumbs,
    }


def render_index(reports: list[tuple[str, Report, str]], out_dir: Path) -> Path:
    """Writes out_dir/index.html: one row per (submission name, report, relative link to its report).

    For the batch command: the table sorts by any column and filters by name, rule and verdict.
    Thumbnails appear for reports checked with keep_images=True; otherwise each step shows as a chip.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = [index_row(name, report, link) for name, report, link in reports]
    passed = sum(1 for r in rows if r["passed"])
    html = _env.get_template("index.html.j2").render(
        rows=rows,
        total=len(rows),
        passed=passed,
        failed=len(rows) - passed,
        version=__version__,
        journey=[(step, STEP_NAMES[step]) for step in JOURNEY],
    )
    path = out_dir / "index.html"
    path.write_text(html, encoding="utf-8")
    return path
