"""One OCR call under a time limit: a stuck, crashing or confused engine is a reason for that screen, never a hang.

`read_guarded(engine, image, seconds)` returns the engine's lines or raises `OcrFailed` whose
message is the reason shown to the designer ("OCR did not finish within 60 s", "Tesseract
failed: ..."); the pipeline turns it into an `unreadable-input` finding and checks the rest.
Only a missing Tesseract (`MissingDependencyError`) passes through: it is the person's to fix
once, and every screen would fail the same way.

How the limit is kept: the read runs on an OCR thread of the calling thread's own (a daemon, so a
stuck read never holds the process at exit) and the caller waits at most `seconds` (plus a grace
for the engine's own stop). The Tesseract program run by pytesseract is killed at the limit
(`tesseract_timeout()` is passed to pytesseract as its `timeout`), so its thread ends too. The
in-process tesserocr engine cannot be interrupted: the scan moves on without it, and the stuck
read keeps one core busy until it ends; in `mockcheck batch` the per-submission `--timeout`
(which stops the whole worker process) is the backstop for that.
"""

from __future__ import annotations

import contextvars
import math
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, Any

from mockcheck.errors import MissingDependencyError
from mockcheck.model import Line, Word

if TYPE_CHECKING:
    from PIL import Image

    from mockcheck.ocr import OcrEngine

# The engine's own stop (pytesseract killing its process) comes first; the wait gives it this
# long to report before the read is abandoned.
GRACE_SECONDS = 2.0
# An engine's error text is Tesseract's stderr, which can run to pages; the reason keeps its start.
MAX_REASON_CHARS = 300

_seconds: contextvars.ContextVar[float | None] = contextvars.ContextVar("ocr_seconds", default=None)


class OcrFailed(Exception):
    """OCR of one screen did not give text lines; the message is the reason shown to the designer."""


def tesseract_timeout() -> float:
    """Seconds the Tesseract program may run for the current guarded read; 0 (no limit) outside one."""
    seconds = _seconds.get()
    return seconds if seconds is not None and math.isfinite(seconds) and seconds > 0 else 0


class _OcrThread:
    """A daemon thread that runs reads one at a time (a warm per-thread engine stays warm)."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._serve, name="mockcheck-ocr", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            self._jobs.get()()

    def submit(self, read: Callable[[], tuple[Line, ...]]) -> Future[tuple[Line, ...]]:
        future: Future[tuple[Line, ...]] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(read())
            except BaseException as exc:  # handed to the waiting caller, whatever it is
                future.set_exception(exc)

        self._jobs.put(run)
        return future


_local = threading.local()


def _ocr_thread() -> _OcrThread:
    worker = getattr(_local, "worker", None)
    if worker is None:
        worker = _local.worker = _OcrThread()
    return worker


def read_guarded(engine: OcrEngine, image: Image.Image, seconds: float | None) -> tuple[Line, ...]:
    """`engine.read(image)` within `seconds` (None or 0: no limit), checked to be text lines."""
    if not seconds or not math.isfinite(seconds) or seconds <= 0:
        return _checked(_call(engine, image, None))
    future = _ocr_thread().submit(lambda: _call(engine, image, seconds))
    try:
        lines = future.result(timeout=seconds + GRACE_SECONDS)
    except FutureTimeout:
        # The read is left to its thread; the next read gets a fresh one.
        _local.worker = None
        raise OcrFailed(_timeout_reason(seconds)) from None
    return _checked(lines)


def _call(engine: OcrEngine, image: Image.Image, seconds: float | None) -> tuple[Line, ...]:
    token = _seconds.set(seconds)
    try:
        return engine.read(image)
    except (MissingDependencyError, OcrFailed):
        raise
    except MemoryError:
        raise OcrFailed("OCR ran out of memory on this screen; export it smaller") from None
    except Exception as exc:
        raise OcrFailed(_failure_reason(exc, seconds)) from exc
    finally:
        _seconds.reset(token)


def _timeout_reason(seconds: float) -> str:
    return (
        f"OCR did not finish within {seconds:g} s (ocr_seconds); export the screen smaller or raise the limit"
    )


def _failure_reason(exc: Exception, seconds: float | None) -> str:
    name = type(exc).__name__
    text = " ".join(str(exc).split())
    if name == "TesseractNotFoundError":  # the program vanished after the engine was made
        raise MissingDependencyError(
            "Tesseract OCR is not installed: install it with 'sudo apt-get install tesseract-ocr' "
            "(macOS: 'brew install tesseract')."
        ) from exc
    if seconds and name == "RuntimeError" and text == "Tesseract process timeout":
        return _timeout_reason(seconds)
    status = getattr(exc, "status", None)
    message = getattr(exc, "message", None)
    if name == "TesseractError" and isinstance(status, int):
        detail = " ".join(str(message or "").split())
        if status < 0:
            detail = f"the tesseract process was stopped by signal {-status}" + (
                f": {detail}" if detail else ""
            )
        elif not detail:
            detail = f"tesseract exited with status {status}"
        return "Tesseract failed: " + _shorten(detail)
    return "Tesseract failed: " + _shorten(f"{name}: {text}" if text else name)


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"


def _checked(lines: Any) -> tuple[Line, ...]:
    """The engine's answer as text lines, or OcrFailed: layout and the rules trust this shape."""
    if not isinstance(lines, tuple | list):
        raise OcrFailed(f"the OCR engine returned {type(lines).__name__}, not text lines")
    for line in lines:
        if not isinstance(line, Line) or not _is_box(line.box) or not isinstance(line.words, tuple):
            raise OcrFailed("the OCR engine returned something other than text lines")
        for word in line.words:
            if not (
                isinstance(word, Word)
                and isinstance(word.text, str)
                and _is_box(word.box)
                and isinstance(word.conf, int | float)
                and math.isfinite(word.conf)
            ):
                raise OcrFailed("the OCR engine returned a malformed word")
    return tuple(lines)


def _is_box(box: Any) -> bool:
    return (
        isinstance(box, tuple)
        and len(box) == 4
        and all(isinstance(v, int) and not isinstance(v, bool) for v in box)
        and box[2] >= 0
        and box[3] >= 0
    )
