"""Words + pixels → UI elements: buttons, headings, list items, links, paragraphs."""

from __future__ import annotations

from PIL import Image

from mockcheck.model import Element, Layout, Line


def analyse(image: Image.Image, lines: tuple[Line, ...]) -> Layout:
    """Group OCR lines into elements. First version: every line is text, the tallest lines headings."""
    elements: list[Element] = []
    tallest = max((ln.height for ln in lines), default=0)
    for line in lines:
        kind = "heading" if tallest and line.height >= 0.8 * tallest else "text"
        elements.append(Element(kind, (line,), line.box))
    return Layout(width=image.width, height=image.height, lines=lines, elements=tuple(elements))
