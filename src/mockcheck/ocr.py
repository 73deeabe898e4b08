"""The OCR engine behind a small interface: image in, text lines with word boxes out."""

from __future__ import annotations

import shutil
from typing import Protocol

from PIL import Image

from mockcheck.errors import MissingDependencyError
from mockcheck.model import Line, Word


class OcrEngine(Protocol):
    def read(self, image: Image.Image) -> tuple[Line, ...]:
        """Text lines of `image` (RGB) in reading order, boxes in `image` pixels."""
        ...


def _lines_from_data(data: dict[str, list]) -> tuple[Line, ...]:
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = text.strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        box = (data["left"][i], data["top"][i], data["width"][i], data["height"][i])
        groups.setdefault(key, []).append(Word(text, box, conf))
    lines = []
    for words in groups.values():
        words.sort(key=lambda w: w.box[0])
        x0 = min(w.box[0] for w in words)
        y0 = min(w.box[1] for w in words)
        x1 = max(w.box[0] + w.box[2] for w in words)
        y1 = max(w.box[1] + w.box[3] for w in words)
        lines.append(Line(tuple(words), (x0, y0, x1 - x0, y1 - y0)))
    lines.sort(key=lambda ln: (ln.box[1], ln.box[0]))
    return tuple(lines)


class TesseractEngine:
    """Tesseract through pytesseract (one process per call)."""

    def __init__(self) -> None:
        if shutil.which("tesseract") is None:
            raise MissingDependencyError(
                "Tesseract OCR is not installed: install it with 'sudo apt-get install tesseract-ocr' "
                "(macOS: 'brew install tesseract')."
            )

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        import pytesseract

        data = pytesseract.image_to_data(image, lang="eng", output_type=pytesseract.Output.DICT)
        return _lines_from_data(data)


class FakeEngine:
    """Returns given lines whatever the image: for testing the later stages without OCR."""

    def __init__(self, lines: tuple[Line, ...] = ()) -> None:
        self.lines = lines

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        return self.lines
