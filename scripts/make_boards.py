"""Composes flow boards and multi-screen PDFs from rendered screens, and writes the board fixtures.

A flow board is what designers export from a design tool: every screen of the journey side by
side on a canvas (plain, dark or gradient), in one or two rows, with or without phone frames,
drop shadows, arrows between the screens and step captions above them. The same composer
makes the PDF pages (one or several screens per page) and is used by tests/test_boards.py and
benchmarks/boards.py, so what is tested is what the fixtures show.

Run from the repository root: `python scripts/make_boards.py [--out fixtures/mockups]`.
It reads the screens of fixtures/mockups/<flow>/ (already rendered by make_fixtures.py).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

Box = tuple[int, int, int, int]
Canvas = Literal["light", "dark", "gradient", "white"]
Shadow = Literal["none", "soft", "hard"]

# Canvas colours of the design tools (Figma light/dark, Sketch, a plain export) and gradients
# from presentation templates.
CANVAS_COLOURS: dict[str, tuple[tuple[int, int, int], ...]] = {
    "light": ((245, 245, 245), (229, 229, 229), (238, 240, 244)),
    "dark": ((30, 30, 30), (44, 44, 44), (24, 26, 34)),
    "white": ((255, 255, 255),),
}
GRADIENTS: tuple[tuple[tuple[int, int, int], tuple[int, int, int]], ...] = (
    ((106, 17, 203), (37, 117, 252)),
    ((255, 236, 210), (252, 182, 159)),
    ((15, 32, 39), (44, 83, 100)),
    ((224, 234, 252), (207, 222, 243)),
)
STEP_NAMES = ("Connect", "Connecting", "Authorize", "Connected")


@dataclass(frozen=True)
class BoardStyle:
    """How one board looks; every field is a habit seen in real design-tool exports."""

    canvas: Canvas = "light"
    canvas_index: int = 0
    rows: int = 1
    frame: bool = False  # a device frame (bezel) around each screen
    border: bool = False  # a 1 px stroke around each screen (a Figma frame's stroke), often the only edge
    shadow: Shadow = "none"
    rounded: bool = False  # rounded screen corners (iOS artboards, frames)
    arrows: bool = False
    arrows_touch: bool = False  # FigJam-style connectors that run into the screens
    captions: bool = False  # "Step 2: Connecting" above each screen
    title: bool = False  # the board's name above everything
    gap: int = 80
    margin: int = 60
    screen_height: int = 640  # every screen is drawn at this height, keeping its proportions


def random_style(rng: random.Random, count: int, *, landscape: bool = False) -> BoardStyle:
    """A board style drawn from the habits above; desktop boards of 5+ go in two rows, as they would fit a page."""
    canvas: Canvas = rng.choice(["light", "light", "dark", "gradient", "white"])
    index = rng.randrange(len(GRADIENTS) if canvas == "gradient" else len(CANVAS_COLOURS[canvas]))
    rows = 2 if count >= 5 and (landscape or rng.random() < 0.5) else 1
    shadow: Shadow = rng.choice(["none", "soft", "soft", "hard"])
    frame = not landscape and rng.random() < 0.4
    border = rng.random() < 0.25
    if canvas == "white" and shadow == "none" and not frame and not border:
        # A white screen on a white canvas with no edge is invisible to anyone; designers add a
        # shadow or a stroke.
        shadow = "soft"
    arrows = rng.random() < 0.5
    return BoardStyle(
        canvas=canvas,
        canvas_index=index,
        rows=rows,
        frame=frame,
        border=border,
        shadow=shadow,
        rounded=rng.random() < 0.5,
        arrows=arrows,
        arrows_touch=arrows and rng.random() < 0.3,
        captions=rng.random() < 0.6,
        title=rng.random() < 0.3,
        gap=rng.choice([12, 24, 40, 80, 120, 200]),
        margin=rng.choice([20, 40, 80, 120]),
        screen_height=rng.choice([420, 520, 640]) if landscape else rng.choice([560, 700, 844]),
    )


def compose_board(
    screens: Sequence[Image.Image], style: BoardStyle, captions: Sequence[str] | None = None
) -> tuple[Image.Image, list[Box]]:
    """The board image and each screen's box (frame included) in reading order."""
    tiles = [_tile(s, style) for s in screens]
    per_row = math.ceil(len(tiles) / style.rows)
    rows = [tiles[i : i + per_row] for i in range(0, len(tiles), per_row)]
    font_size = max(14, style.screen_height // 28)
    caption_h = int(font_size * 1.8) if style.captions else 0
    title_h = int(font_size * 3) if style.title else 0
    row_h = max(t.height for t in tiles) + caption_h
    width = max(sum(t.width for t in row) + style.gap * (len(row) - 1) for row in rows) + 2 * style.margin
    height = title_h + style.margin * 2 + row_h * len(rows) + style.gap * (len(rows) - 1)
    board = _canvas(style, width, height)
    draw = ImageDraw.Draw(board)
    ink = _ink(style)
    font = ImageFont.truetype(FONT, font_size)
    if style.title:
        draw.text(
            (style.margin, style.margin // 2 + font_size // 2), "Connect TikTok: flow v2", fill=ink, font=font
        )
    boxes: list[Box] = []
    y = style.margin + title_h
    number = 0
    for row in rows:
        x = style.margin
        previous: Box | None = None
        for tile in row:
            top = y + caption_h
            _paste(board, tile, (x, top), style)
            box = (x, top, tile.width, tile.height)
            if style.captions:
                text = (captions[number] if captions else None) or f"Step {number + 1}"
                draw.text((x, y + caption_h // 6), text, fill=ink, font=font)
            if style.arrows and previous is not None:
                _arrow(draw, previous, box, ink, touch=style.arrows_touch)
            boxes.append(box)
            previous = box
            x += tile.width + style.gap
            number += 1
        y += row_h + style.gap
    return board, boxes


def save_pdf(pages: Sequence[Image.Image], path: Path | io.BytesIO, dpi: float = 144.0) -> None:
    """Pages as a PDF whose pages render, at `dpi` (mockcheck's pdf_dpi), back at the images' pixel size."""
    first, *rest = [p.convert("RGB") for p in pages]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest, quality=85)


def _tile(screen: Image.Image, style: BoardStyle) -> Image.Image:
    """The screen at the board's size, with its frame and rounded corners (RGBA: corners transparent)."""
    screen = screen.convert("RGB")
    scale = style.screen_height / screen.height
    screen = screen.resize(
        (max(1, round(screen.width * scale)), style.screen_height), Image.Resampling.LANCZOS
    )
    radius = screen.width // 10 if style.rounded and screen.height > screen.width else 0
    radius = radius or (12 if style.rounded else 0)
    screen_rgba = screen.convert("RGBA")
    if radius:
        screen_rgba.putalpha(_rounded_mask(screen.size, radius))
    if style.border:
        stroke = (70, 70, 76, 255) if style.canvas == "dark" else (218, 218, 222, 255)
        ImageDraw.Draw(screen_rgba).rounded_rectangle(
            (0, 0, screen.width - 1, screen.height - 1), radius=radius, outline=stroke, width=1
        )
    if not style.frame:
        return screen_rgba
    bezel = max(8, screen.width // 28)
    size = (screen.width + 2 * bezel, screen.height + 2 * bezel)
    frame = Image.new("RGBA", size, (0, 0, 0, 0))
    colour = (20, 20, 22, 255) if style.canvas != "dark" else (200, 200, 205, 255)
    frame.paste(
        Image.new("RGBA", size, colour), (0, 0), _rounded_mask(size, radius + bezel if radius else bezel)
    )
    frame.alpha_composite(screen_rgba, (bezel, bezel))
    return frame


def _rounded_mask(size: tuple[int, int], radius: int) -> Image.Image:
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=radius, fill=255)
    return mask


def _paste(board: Image.Image, tile: Image.Image, at: tuple[int, int], style: BoardStyle) -> None:
    x, y = at
    alpha = tile.getchannel("A")
    if style.shadow != "none":
        pad = 40
        shade = Image.new("L", (tile.width + 2 * pad, tile.height + 2 * pad), 0)
        shade.paste(alpha, (pad, pad))
        if style.shadow == "soft":
            shade = shade.filter(ImageFilter.GaussianBlur(16)).point(lambda v: v * 45 // 100)
            dx, dy = 0, 8
        else:
            shade = shade.point(lambda v: v * 80 // 100)
            dx, dy = 8, 8
        black = Image.new("RGB", shade.size, (0, 0, 0))
        board.paste(black, (x - pad + dx, y - pad + dy), shade)
    board.paste(tile.convert("RGB"), (x, y), alpha)


def _canvas(style: BoardStyle, width: int, height: int) -> Image.Image:
    if style.canvas != "gradient":
        return Image.new("RGB", (width, height), CANVAS_COLOURS[style.canvas][style.canvas_index])
    start, end = GRADIENTS[style.canvas_index]
    # A diagonal linear gradient, the commonest presentation background.
    down = Image.linear_gradient("L").resize((width, height), Image.Resampling.BILINEAR)
    across = Image.linear_gradient("L").rotate(90).resize((width, height), Image.Resampling.BILINEAR)
    mix = Image.blend(down, across, 0.5)
    return Image.composite(
        Image.new("RGB", (width, height), end), Image.new("RGB", (width, height), start), mix
    )


def _ink(style: BoardStyle) -> tuple[int, int, int]:
    if style.canvas == "dark" or (style.canvas == "gradient" and style.canvas_index in (0, 2)):
        return (235, 235, 235)
    return (40, 40, 48)


def _arrow(
    draw: ImageDraw.ImageDraw, left: Box, right: Box, ink: tuple[int, int, int], *, touch: bool
) -> None:
    """An arrow from one screen to the next in the gap between them (or running into both, like a connector)."""
    gap = right[0] - (left[0] + left[2])
    if gap < 30 and not touch:
        return
    inset = 0 if touch else max(6, gap // 6)
    y = left[1] + left[3] // 2
    x0, x1 = left[0] + left[2] + inset, right[0] - inset
    width = 3
    draw.line((x0, y, x1, y), fill=ink, width=width)
    head = min(12, max(4, (x1 - x0) // 3))
    draw.polygon([(x1, y), (x1 - head, y - head // 2 - 2), (x1 - head, y + head // 2 + 2)], fill=ink)


# --- the committed fixtures --------------------------------------------------------------------


@dataclass(frozen=True)
class BoardFixture:
    name: str
    flow: str  # the fixtures/mockups/<flow>/ whose screens the board shows
    style: BoardStyle
    kind: Literal["png", "pdf-one", "pdf-several"] = "png"


FIXTURES: tuple[BoardFixture, ...] = (
    BoardFixture(
        "board-complete",
        "complete-phone-light",
        BoardStyle(
            canvas="light",
            frame=True,
            shadow="soft",
            rounded=True,
            arrows=True,
            captions=True,
            screen_height=640,
        ),
    ),
    BoardFixture(
        "board-missing-authorize",
        "missing-authorize",
        # The captions still promise four steps; the screens show three (plus an app screen).
        BoardStyle(
            canvas="dark", shadow="none", rounded=True, arrows=True, captions=True, gap=40, screen_height=640
        ),
    ),
    BoardFixture(
        "board-desktop-two-rows",
        "complete-desktop-dark",
        BoardStyle(
            canvas="gradient",
            canvas_index=3,
            rows=2,
            shadow="soft",
            captions=True,
            title=True,
            screen_height=800,
        ),
    ),
    BoardFixture(
        "pdf-complete",
        "complete-android-dark",
        BoardStyle(canvas="white", shadow="soft", gap=60),
        "pdf-several",
    ),
    BoardFixture("pdf-one-per-page", "complete-phone-light", BoardStyle(canvas="white"), "pdf-one"),
)


def write_fixture(fixture: BoardFixture, out: Path) -> None:
    source = ROOT / "fixtures" / "mockups" / fixture.flow
    truth = json.loads((source / "truth.json").read_text())
    images = [Image.open(source / s["file"]).convert("RGB") for s in truth["screens"]]
    steps = [s["step"] for s in truth["screens"]]
    # Captions name the journey's four steps in order, whatever the screens show: a board whose
    # captions promise four steps but whose screens show three still misses one.
    captions = [f"Step {i + 1}: {STEP_NAMES[i]}" if i < 4 else f"Step {i + 1}" for i in range(len(images))]
    folder = out / fixture.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    entries: list[dict[str, object]] = []
    if fixture.kind == "png":
        board, boxes = compose_board(images, fixture.style, captions)
        _save_small_png(board, folder / "flow.png")
        entries = [
            {"file": "flow.png", "step": step, "box": list(box)}
            for step, box in zip(steps, boxes, strict=True)
        ]
    elif fixture.kind == "pdf-several":
        # Two screens per landscape page, as a slide deck would hold them.
        pages = []
        for start in range(0, len(images), 2):
            page, boxes = compose_board(images[start : start + 2], fixture.style)
            pages.append(page)
            entries += [
                {"file": "flow.pdf", "page": start // 2 + 1, "step": step, "box": list(box)}
                for step, box in zip(steps[start : start + 2], boxes, strict=True)
            ]
        save_pdf(pages, folder / "flow.pdf")
    else:
        pages = [compose_board([image], replace(fixture.style, margin=40))[0] for image in images]
        save_pdf(pages, folder / "flow.pdf")
        entries = [{"file": "flow.pdf", "page": i + 1, "step": step} for i, step in enumerate(steps)]
    truth.update(
        id=fixture.name,
        screens=entries,
        tags=sorted({*truth.get("tags", []), f"board:{fixture.kind}"}),
    )
    (folder / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")


def _save_small_png(image: Image.Image, path: Path) -> None:
    # 256 colours keep text crisp (screens are flat UI) at a quarter of the bytes.
    image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "fixtures" / "mockups")
    args = parser.parse_args()
    for fixture in FIXTURES:
        write_fixture(fixture, args.out)
        print(f"wrote {args.out / fixture.name}")


if __name__ == "__main__":
    main()
