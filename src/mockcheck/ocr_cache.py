"""OCR results cached by image content, behind the OcrEngine protocol (CachingEngine wraps any engine).

OCR is most of a scan's time (see benchmarks/speed.py), and designers re-scan a folder after
changing one screen: the unchanged screens are read from the cache. The key is the decoded
pixels (so a re-export with other PNG settings but the same pixels still hits) plus the
engine's own key (Tesseract's version, the OCR module's source, its config), so a better OCR
invalidates every entry without anyone deleting a file.

The cache is a convenience and never a reason for a scan to fail: an unwritable cache
directory, a locked or damaged database are silently bypassed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from PIL import Image

from mockcheck.model import Line, Word
from mockcheck.ocr import OcrEngine

CACHE_ENV = "MOCKCHECK_CACHE_DIR"
OCR_CACHE_NAME = "ocr-cache.sqlite"
# Several batch workers write at once; SQLite serialises writers, and a write is ~1 ms.
BUSY_TIMEOUT_MS = 30_000
# Opening a new cache while another process opens it can fail at once; tried this many times.
OPEN_ATTEMPTS = 10


def cache_dir() -> Path:
    """The user's cache directory for mockcheck ($MOCKCHECK_CACHE_DIR, else platformdirs / XDG)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("mockcheck", appauthor=False))
    except ImportError:  # pragma: no cover - platformdirs is a dependency; XDG is its Linux answer
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "mockcheck"


def default_ocr_cache_path() -> Path:
    return cache_dir() / OCR_CACHE_NAME


def engine_key(engine: OcrEngine) -> str | None:
    """What identifies the engine's output; None for engines whose output is not worth caching (fakes)."""
    key = getattr(engine, "cache_key", None)
    if isinstance(key, str):
        return key
    from mockcheck.ocr import TesseractEngine

    if isinstance(engine, TesseractEngine):
        return tesseract_key()
    return None


_tesseract_key: str | None = None


def tesseract_key() -> str:
    """Tesseract's version + the OCR module's source: preprocessing, config and clean-up all live there."""
    global _tesseract_key
    if _tesseract_key is None:
        import pytesseract

        from mockcheck import ocr

        try:
            version = str(pytesseract.get_tesseract_version())
        except Exception:  # the engine raises the helpful error when it is used
            version = "unknown"
        source = Path(ocr.__file__).read_bytes()
        digest = hashlib.blake2b(source, digest_size=8).hexdigest()
        _tesseract_key = f"tesseract {version} ocr.py {digest} {ocr.TESSERACT_CONFIG}"
    return _tesseract_key


def image_key(image: Image.Image) -> str:
    """The decoded pixels, their size and mode: what the engine actually sees."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{image.mode} {image.size[0]}x{image.size[1]}\n".encode())
    digest.update(image.tobytes())
    return digest.hexdigest()


def lines_to_json(lines: tuple[Line, ...]) -> str:
    return json.dumps(
        [[[[w.text, *w.box, w.conf] for w in line.words], list(line.box)] for line in lines],
        separators=(",", ":"),
        ensure_ascii=False,
    )


def lines_from_json(text: str) -> tuple[Line, ...]:
    rows: list[Any] = json.loads(text)
    return tuple(
        Line(
            tuple(Word(w[0], (int(w[1]), int(w[2]), int(w[3]), int(w[4])), float(w[5])) for w in words),
            (int(box[0]), int(box[1]), int(box[2]), int(box[3])),
        )
        for words, box in rows
    )


class OcrCache:
    """image key + engine key → OCR lines, in one SQLite file shared by every process of the user."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._local = threading.local()  # sqlite3 connections are per thread (Dask runs tasks in threads)
        self.broken = False

    def _connection(self) -> sqlite3.Connection | None:
        if self.broken:
            return None
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._open()
            if conn is None:
                self.broken = True
                return None
            self._local.conn = conn
        return conn

    def _open(self) -> sqlite3.Connection | None:
        """A connection to the cache, made ready; None when the file cannot be used.

        Batch workers open a new cache at the same moment, and switching a new file to WAL
        then fails at once with 'database is locked' for one of them, busy timeout or not (6
        of 60 pairs of processes): that one waits and tries again rather than going without
        the cache for its whole life.
        """
        for attempt in range(OPEN_ATTEMPTS):
            conn = None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")  # a lost cache entry after a power cut is harmless
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS ocr (image TEXT, engine TEXT, lines TEXT, used REAL,"
                    " PRIMARY KEY (image, engine))"
                )
                conn.commit()
                return conn
            except sqlite3.OperationalError as exc:
                if conn is not None:
                    conn.close()
                if "locked" not in str(exc) and "busy" not in str(exc):
                    return None
                time.sleep(0.05 * (attempt + 1))
            except (sqlite3.Error, OSError):
                if conn is not None:
                    conn.close()
                return None
        return None

    def get(self, image: str, engine: str) -> tuple[Line, ...] | None:
        conn = self._connection()
        if conn is None:
            return None
        try:
            row = conn.execute(
                "SELECT lines FROM ocr WHERE image = ? AND engine = ?", (image, engine)
            ).fetchone()
            return lines_from_json(row[0]) if row else None
        except (sqlite3.Error, ValueError, TypeError, IndexError):
            return None

    def put(self, image: str, engine: str, lines: tuple[Line, ...]) -> None:
        conn = self._connection()
        if conn is None:
            return
        try:
            with conn:
                conn.execute(
                    "INSERT OR REPLACE INTO ocr VALUES (?, ?, ?, ?)",
                    (image, engine, lines_to_json(lines), time.time()),
                )
        except sqlite3.Error:
            pass

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


class CachingEngine:
    """An OcrEngine that answers from the cache when it has read the same pixels with the same engine."""

    def __init__(self, engine: OcrEngine, cache: OcrCache | None = None) -> None:
        self.engine = engine
        self.cache = cache if cache is not None else OcrCache(default_ocr_cache_path())
        self.key = engine_key(engine)
        self.hits = 0
        self.misses = 0

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        if self.key is None:
            return self.engine.read(image)
        pixels = image_key(image)
        found = self.cache.get(pixels, self.key)
        if found is not None:
            self.hits += 1
            return found
        self.misses += 1
        lines = self.engine.read(image)
        self.cache.put(pixels, self.key, lines)
        return lines


def default_engine(cached: bool = True) -> OcrEngine:
    """The fastest working Tesseract, behind the OCR cache unless `cached` is False (--no-ocr-cache).

    In-process tesserocr when it is installed and loads (same words, about 1.5-1.8x faster per
    image, see benchmarks/speed.py), else pytesseract; MOCKCHECK_OCR=pytesseract forces the latter.
    """
    from mockcheck.ocr import TesseractEngine

    engine: OcrEngine | None = None
    if os.environ.get("MOCKCHECK_OCR", "").lower() != "pytesseract":
        from mockcheck import ocr_inprocess

        if ocr_inprocess.available():
            engine = ocr_inprocess.TesserocrEngine()
    engine = engine or TesseractEngine()
    return CachingEngine(engine) if cached else engine
