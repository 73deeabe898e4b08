"""What the checker saw on each screen, as marks (kind, box, label), drawn onto PNGs for --annotate.

The marks are computed once here and drawn twice: by Pillow into PNG files (this module) and as
an SVG overlay in the HTML report (report/html.py), so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

from mockcheck.model import Box, ClassifiedScreen, Finding, Mention, Report, Severity, Step, boxes_overlap

MarkKind = Literal[
    "heading", "control", "proceed", "go_back", "tiktok", "data", "purpose", "success", "finding"
]


@dataclass(frozen=True)
class MarkStyle:
    colour: str  # hex; one per kind, chosen to stay apart for the common colour-vision deficiencies
    title: str  # the legend entry
    tag: str  # the short label drawn on the box, so colour is never the only cue


# Legend order is reading order of a connecting screen: what it is, what is shared, why, the controls.
STYLES: dict[MarkKind, MarkStyle] = {
    "heading": MarkStyle("#7c3aed", "Heading", "heading"),
    "tiktok": MarkStyle("#db2777", "TikTok option", "TikTok"),
    "data": MarkStyle("#d97706", "Data to be shared", "data"),
    "purpose": MarkStyle("#059669", "Purpose sentence (why)", "why"),
    "proceed": MarkStyle("#2563eb", "Proceed control", "proceed"),
    "go_back": MarkStyle("#0891b2", "Go back control", "go back"),
    "success": MarkStyle("#65a30d", "Success message", "success"),
    "control": MarkStyle("#64748b", "Other button or link", "button"),
    "finding": MarkStyle("#dc2626", "Finding (numbered)", "!"),
}
WARNING_COLOUR = "#b45309"


@dataclass(frozen=True)
class Mark:
    """One thing drawn on a screen. `box` None means 'the whole screen' (a finding with no one place)."""

    kind: MarkKind
    box: Box | None
    label: str  # drawn on the box
    note: str = ""  # the text seen there, for tooltips
    ghost: bool = False  # dashed: where something missing belongs, not something seen
    number: int | None = None  # a finding's number, shared with the list beside the screen
    severity: Severity | None = None


def union(boxes: Iterable[Box]) -> Box | None:
    boxes = list(boxes)
    if not boxes:
        return None
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[0] + b[2] for b in boxes)
    bottom = max(b[1] + b[3] for b in boxes)
    return (left, top, right - left, bottom - top)


def _data_mentions(screen: ClassifiedScreen) -> list[Mention]:
    facts = screen.facts
    return [m for mentions in facts.data.values() for m in mentions] + list(facts.neutral_data)


def _ghost_beside(control: Box, width: int, height: int) -> Box:
    """Where a missing second control belongs: the same size just below the one there.

    With no room below (a bottom bar), the dashed box rings the control instead of covering
    the text above it: the note then reads "add it beside this".
    """
    x, y, w, h = control
    gap = max(8, h // 3)
    below = y + h + gap
    if below + h <= height:
        return (x, below, w, h)
    margin = max(4, h // 6)
    left, top = max(0, x - margin), max(0, y - margin)
    return (left, top, min(width - 1, x + w + margin) - left, min(height - 1, y + h + margin) - top)


def finding_box(finding: Finding, screen: ClassifiedScreen | None) -> tuple[Box | None, bool]:
    """The place on its screen a finding is about, in screen pixels, and whether it is a ghost.

    Findings name a screen, not a place on it; the place is inferred from the facts the rule
    read, so a designer sees e.g. where the missing "Go back" belongs, beside "Continue".
    """
    if screen is None:
        return None, False
    facts = screen.facts
    width, height = screen.layout.width, screen.layout.height
    data = union(m.box for m in _data_mentions(screen))
    match finding.rule:
        case "missing-go-back" if facts.proceed is not None:
            return _ghost_beside(facts.proceed.box, width, height), True
        case "missing-proceed" if facts.go_back is not None:
            return _ghost_beside(facts.go_back.box, width, height), True
        case "missing-purpose" | "undisclosed-scope" | "unrequested-data" | "ongoing-not-explained":
            return data, False
        case "low-fidelity":
            return union(m.box for m in facts.placeholders), False
    return None, False


def screen_marks(screen: ClassifiedScreen, findings: Sequence[tuple[int, Finding]] = ()) -> list[Mark]:
    """Everything to draw on one screen: the elements and facts seen, then its numbered findings."""
    facts = screen.facts
    marks: dict[tuple[MarkKind, Box], Mark] = {}

    def add(kind: MarkKind, mention_or_box: Mention | Box, note: str = "") -> None:
        box = mention_or_box.box if isinstance(mention_or_box, Mention) else mention_or_box
        note = mention_or_box.text if isinstance(mention_or_box, Mention) else note
        # One box per place: a fact ('proceed') replaces the plain element mark ('button') it sits on.
        for other in [k for k in marks if k[1] == box and k[0] in ("control", "heading")]:
            del marks[other]
        if (kind, box) not in marks:
            marks[(kind, box)] = Mark(kind, box, STYLES[kind].tag, note)

    for element in screen.layout.elements:
        if element.kind == "heading":
            marks[("heading", element.box)] = Mark("heading", element.box, "heading", element.text)
        elif element.kind in ("button", "link"):
            marks[("control", element.box)] = Mark("control", element.box, element.kind, element.text)
    for mention in _data_mentions(screen):
        add("data", mention)
    for mention in facts.purpose:
        add("purpose", mention)
    for mention in facts.success:
        add("success", mention)
    if facts.tiktok_option is not None:
        add("tiktok", facts.tiktok_option)
    if facts.proceed is not None:
        add("proceed", facts.proceed)
    if facts.go_back is not None:
        add("go_back", facts.go_back)

    result = list(marks.values())
    for number, finding in findings:
        box, ghost = finding_box(finding, screen)
        label = f"{number} {finding.rule}"
        result.append(Mark("finding", box, label, finding.message, ghost, number, finding.severity))
    return result


def findings_by_screen(
    report: Report,
) -> tuple[dict[int, list[tuple[int, Finding]]], list[tuple[int, Finding]]]:
    """Pins each finding to the screen it names (by index into report.screens), numbered 1.. in report order.

    A finding names its screen by file and page; a flow board holds several screens per file, so
    the one of the finding's step is preferred. Findings about the submission (a missing step,
    the order, an unreadable file) are returned apart.
    """
    pinned: dict[int, list[tuple[int, Finding]]] = {}
    loose: list[tuple[int, Finding]] = []
    for number, finding in enumerate(report.findings, start=1):
        index = screen_index(report.screens, finding)
        if index is None:
            loose.append((number, finding))
        else:
            pinned.setdefault(index, []).append((number, finding))
    return pinned, loose


def screen_index(screens: Sequence[ClassifiedScreen], finding: Finding) -> int | None:
    if finding.source is None:
        return None
    same = [i for i, s in enumerate(screens) if s.source == finding.source and s.page == finding.page]
    if finding.step is not None:
        of_step = [i for i in same if screens[i].step is finding.step]
        same = of_step or same
    return same[0] if same else None


def _font(size: int) -> ImageFont.FreeTypeFont:
    # Pillow's bundled font: the drawing needs no system font installed.
    return ImageFont.load_default(size=size)  # type: ignore[return-value]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _dashed_rectangle(draw: ImageDraw.ImageDraw, box: Box, colour: str, width: int) -> None:
    x, y, w, h = box
    dash = max(6, width * 4)
    for start in range(x, x + w, dash * 2):
        end = min(start + dash, x + w)
        draw.line([(start, y), (end, y)], fill=colour, width=width)
        draw.line([(start, y + h), (end, y + h)], fill=colour, width=width)
    for start in range(y, y + h, dash * 2):
        end = min(start + dash, y + h)
        draw.line([(x, start), (x, end)], fill=colour, width=width)
        draw.line([(x + w, start), (x + w, end)], fill=colour, width=width)


def mark_colour(mark: Mark) -> str:
    if mark.kind == "finding" and mark.severity is Severity.WARNING:
        return WARNING_COLOUR
    return STYLES[mark.kind].colour


@dataclass(frozen=True)
class Placed:
    """A mark with where its outline and its tag go, in screen pixels; shared by the PNG and the SVG."""

    mark: Mark
    box: Box  # the whole screen for a finding with no one place
    tag: Box
    colour: str
    dashed: bool


@dataclass(frozen=True)
class Drawing:
    width: int
    height: int
    stroke: int
    font_px: int
    pad: int
    placed: tuple[Placed, ...]


def tag_font_px(screen: ClassifiedScreen) -> int:
    """Tags a little smaller than the screen's own body text, so they read at the same zoom as the screen."""
    heights = sorted(line.height for line in screen.layout.lines if line.height > 0)
    body = heights[len(heights) // 2] if heights else screen.layout.width // 30
    return max(10, min(40, round(body * 0.75)))


def layout_marks(marks: Sequence[Mark], width: int, height: int, font_px: int) -> Drawing:
    """Places each mark's tag beside its box (right, above, inside, left) where it hides no other tag."""
    font = _font(font_px)
    stroke = max(2, round(font_px / 7))
    pad = max(2, font_px // 5)
    taken: list[Box] = []
    placed: list[Placed] = []
    corner_y = stroke * 2  # findings about the whole screen stack their tags down the top-right corner
    # Findings are placed first so their tags get the best spots; they are drawn last, on top.
    for mark in sorted(marks, key=lambda m: m.kind != "finding"):
        tw = round(font.getlength(mark.label)) + 2 * pad
        th = font_px + 2 * pad
        if mark.box is None:
            box: Box = (0, 0, width - 1, height - 1)
            tag: Box = (max(0, width - tw - stroke * 2), corner_y, tw, th)
            corner_y += th + pad
        else:
            box = mark.box
            x, y, w, _ = box
            right = (x + w + stroke + 1, y, tw, th)
            above = (min(x, max(0, width - tw)), y - th, tw, th)
            inside = (min(x, max(0, width - tw)), y, tw, th)
            left = (x - tw - stroke - 1, y, tw, th)
            order = [above, inside, right] if mark.kind == "finding" else [right, above, inside, left]
            fits = [
                t for t in order if t[0] >= 0 and t[1] >= 0 and t[0] + tw <= width and t[1] + th <= height
            ]
            free = [t for t in fits if not any(boxes_overlap(t, other) for other in taken)]
            tag = (free or fits or [inside])[0]
        taken.append(tag)
        dashed = mark.ghost or mark.box is None
        placed.append(Placed(mark, box, tag, mark_colour(mark), dashed))
    placed.sort(key=lambda p: p.mark.kind == "finding")
    return Drawing(width, height, stroke, font_px, pad, tuple(placed))


def draw_marks(image: Image.Image, drawing: Drawing) -> Image.Image:
    """A copy of `image` with the marks drawn: outlined boxes, each with its tag."""
    canvas = image.convert("RGB")
    # A translucent wash under the boxes keeps the screen readable while the marks stand out.
    overlay = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    wash = ImageDraw.Draw(overlay)
    for p in drawing.placed:
        if not p.dashed:
            x, y, w, h = p.box
            wash.rectangle([x, y, x + w, y + h], fill=(*_rgb(p.colour), 40))
    canvas = Image.alpha_composite(canvas.convert("RGBA"), overlay).convert("RGB")
    draw = ImageDraw.Draw(canvas)
    font = _font(drawing.font_px)
    for p in drawing.placed:
        x, y, w, h = p.box
        if p.dashed:
            _dashed_rectangle(draw, p.box, p.colour, drawing.stroke)
        else:
            draw.rectangle([x, y, x + w, y + h], outline=p.colour, width=drawing.stroke)
        tx, ty, tw, th = p.tag
        draw.rectangle([tx, ty, tx + tw, ty + th], fill=p.colour)
        draw.text(
            (tx + drawing.pad, ty + drawing.pad + drawing.font_px),
            p.mark.label,
            fill="white",
            font=font,
            anchor="ls",
        )
    return canvas


def screen_drawing(screen: ClassifiedScreen, findings: Sequence[tuple[int, Finding]] = ()) -> Drawing:
    return layout_marks(
        screen_marks(screen, findings), screen.layout.width, screen.layout.height, tag_font_px(screen)
    )


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if font.getlength(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


STEP_NAMES = {
    Step.CONNECT: "Connection page",
    Step.CONNECTING: "Connecting to TikTok",
    Step.AUTHORIZE: "TikTok authorization",
    Step.RESULT: "Confirmation",
    Step.OTHER: "Other screen",
}


def annotated_png(screen: ClassifiedScreen, findings: Sequence[tuple[int, Finding]] = ()) -> Image.Image:
    """The screen with its marks and, below it, a caption: the step chosen and the numbered findings.

    The caption makes the PNG stand alone when pasted into a ticket, away from the report.
    """
    if screen.image is None:
        raise ValueError(f"{screen.label}: no image kept; call check(..., keep_images=True)")
    drawing = screen_drawing(screen, findings)
    marks = [p.mark for p in drawing.placed]
    drawn = draw_marks(screen.image, drawing)
    margin = max(12, drawn.width // 40)
    font = _font(max(14, round(drawing.font_px * 1.2)))
    text_width = drawn.width - 2 * margin
    title = f"{screen.label}: {STEP_NAMES[screen.step]} (confidence {screen.confidence:.2f})"
    rows: list[tuple[str, str]] = [(line, "#111827") for line in _wrap(title, font, text_width)]
    for number, finding in findings:
        colour = mark_colour(Mark("finding", None, "", severity=finding.severity))
        for i, line in enumerate(
            _wrap(f"{number}. {finding.severity.value} {finding.rule}: {finding.message}", font, text_width)
        ):
            rows.append(("   " + line if i else line, colour))
    used = [kind for kind in STYLES if any(m.kind == kind for m in marks)]
    line_height = round(font.size * 1.35)
    # The legend, entries laid out left to right and wrapped by entry, each square in its colour.
    legend: list[list[tuple[float, MarkKind]]] = [[]]
    x = 0.0
    for kind in used:
        entry = font.getlength(f"MM {STYLES[kind].title}   ")
        if x + entry > text_width and legend[-1]:
            legend.append([])
            x = 0.0
        legend[-1].append((x, kind))
        x += entry
    legend_rows = len(legend) if used else 0
    caption_height = margin * 2 + line_height * (len(rows) + legend_rows)
    page = Image.new("RGB", (drawn.width, drawn.height + caption_height), "white")
    page.paste(drawn, (0, 0))
    draw = ImageDraw.Draw(page)
    y = drawn.height + margin
    for text, colour in rows:
        draw.text((margin, y), text, fill=colour, font=font)
        y += line_height
    for row in legend[:legend_rows]:
        for x, kind in row:
            # A drawn swatch: Pillow's bundled font has no '■'.
            size = round(font.size * 0.8)
            top = y + round(font.size * 0.15)
            draw.rectangle([margin + x, top, margin + x + size, top + size], fill=STYLES[kind].colour)
            draw.text((margin + x + font.getlength("MM "), y), STYLES[kind].title, fill="#374151", font=font)
        y += line_height
    return page


def _file_name(screen: ClassifiedScreen, index: int) -> str:
    """A file name per screen that sorts in journey order and stays unique for PDF pages and board regions."""
    stem = Path(screen.source).stem
    if screen.page is not None:
        stem += f"-p{screen.page}"
    if screen.region is not None:
        stem += f"-r{screen.region}"
    elif screen.box is not None:
        stem += f"-{screen.box[0]}x{screen.box[1]}"
    safe = "".join(c if c.isalnum() or c in "-_. " else "_" for c in stem).strip() or "screen"
    return f"{index:02d}-{screen.step.value}-{safe}.png"


def write_annotations(report: Report, out_dir: Path) -> list[Path]:
    """One annotated PNG per screen in `out_dir`, named in journey order; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pinned, _ = findings_by_screen(report)
    written: list[Path] = []
    for index, screen in enumerate(report.screens):
        if screen.image is None:
            continue
        path = out_dir / _file_name(screen, index + 1)
        annotated_png(screen, pinned.get(index, [])).save(path, optimize=True)
        written.append(path)
    return written
