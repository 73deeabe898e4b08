"""Tesseract in-process through tesserocr: the same preprocessing, page mode and clean-up as
TesseractEngine, without a process and a model load per image.

Why: pytesseract runs the `tesseract` program once per image, which writes the image to a
temporary PNG and loads the 'eng' LSTM model again every time. benchmarks/speed.py measured
the same prepared images at 0.75 s (pytesseract) against 0.41 s (tesserocr) per image, and the
words read are the same (tests/test_ocr_inprocess.py). tesserocr is optional
(`pip install 'mockcheck[fast]'`, built against the system's libtesseract); without it
mockcheck uses pytesseract.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from mockcheck import ocr
from mockcheck.errors import MissingDependencyError
from mockcheck.model import Line

_COLUMNS = (
    "level", "page_num", "block_num", "par_num", "line_num", "word_num",
    "left", "top", "width", "height", "conf", "text",
)  # fmt: skip


def _pin_threads() -> None:
    """OpenMP reads its thread limit once, when libtesseract is loaded: this must run before any import.

    One thread: Tesseract's OpenMP threads spin while they wait, so on 5 screens one scan took
    12.5 s of CPU with them and 6.4 s without, and no less wall time (benchmarks/speed.py); in a
    pool of workers they would also fight each other for the cores.
    """
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def available() -> bool:
    _pin_threads()
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return False
    return True


class TesserocrEngine:
    """One warm Tesseract API per thread (the API is not thread-safe; Dask runs tasks in threads)."""

    def __init__(self) -> None:
        _pin_threads()
        import tesserocr

        self._tesserocr = tesserocr
        self._local = threading.local()
        version = tesserocr.tesseract_version().split()[1]
        source = hashlib.blake2b(Path(ocr.__file__).read_bytes(), digest_size=8).hexdigest()
        # Same Tesseract and same ocr.py read the same words; the engine is named anyway, so a
        # difference between the two ways of calling it can never leak through the OCR cache.
        self.cache_key = f"tesserocr {version} ocr.py {source} {ocr.TESSERACT_CONFIG}"
        # The model is loaded on the first read, not here: a warm re-scan answered wholly from
        # the OCR cache never pays the ~0.3 s.

    def _api(self) -> Any:
        api = getattr(self._local, "api", None)
        if api is None:
            try:
                api = self._tesserocr.PyTessBaseAPI(lang="eng", psm=self._tesserocr.PSM.AUTO)
            except RuntimeError as exc:
                raise MissingDependencyError(
                    "Tesseract's English language data is missing: install it with "
                    "'sudo apt-get install tesseract-ocr-eng' (or set MOCKCHECK_OCR=pytesseract)."
                ) from exc
            self._local.api = api
        return api

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        # ocr.py does the rest (preparation, page mode, second look, clean-up); this runs Tesseract.
        return ocr.read_lines(image, self._run)

    def _run(self, image: np.ndarray, psm: int) -> dict[str, list[Any]]:
        api = self._api()
        api.SetPageSegMode(psm)
        ink = np.ascontiguousarray(image)
        # Raw pixels carry no resolution, so Tesseract estimates it from the text as the
        # `tesseract` program does for a PNG without one (SetImage on a PIL image passes 96 dpi,
        # which reads some words differently from pytesseract).
        api.SetImageBytes(ink.tobytes(), ink.shape[1], ink.shape[0], 1, ink.shape[1])
        data = tsv_to_data(api.GetTSVText(0))
        api.Clear()
        return data


def tsv_to_data(tsv: str) -> dict[str, list[Any]]:
    """Tesseract's TSV rows → the dict pytesseract.image_to_data(output_type=DICT) returns."""
    data: dict[str, list[Any]] = {name: [] for name in _COLUMNS}
    for row in tsv.splitlines():
        fields = row.split("\t", len(_COLUMNS) - 1)
        if len(fields) < len(_COLUMNS) - 1:
            continue
        if len(fields) == len(_COLUMNS) - 1:
            fields.append("")
        for name, value in zip(_COLUMNS[:10], fields[:10], strict=True):
            data[name].append(int(value))
        data["conf"].append(float(fields[10]))
        data["text"].append(fields[11])
    return data
