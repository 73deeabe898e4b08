"""Many submissions at once: find them, check each with the same check() as `scan`, in a pool or on Dask.

The main process lists ROOT, hashes each submission when a worker is ready for it (so memory
and start-up stay flat however many there are), answers unchanged ones from the results
store, and hands the rest to an executor: a pool of worker processes here, each with one
warm OCR engine and Tesseract pinned to one thread, or an existing Dask cluster. Every
outcome, including a crash or a timeout, is written to the store the moment it arrives and
streamed to the JSONL/CSV files, so an interrupted batch resumes with nothing lost or doubled.
"""

from __future__ import annotations

import contextlib
import csv
import json
import multiprocessing
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Protocol, TextIO

from mockcheck.config import effective_scopes
from mockcheck.errors import MockcheckError, UsageError
from mockcheck.load import Limits, natural_key
from mockcheck.model import JOURNEY
from mockcheck.store import ResultStore, StoredResult, checker_version, result_key, submission_hash

# A submission is a handful of screens (seconds); a 50-page PDF deck takes about two minutes on
# one core. Past this the worker is stopped and the submission is a failed row.
DEFAULT_TIMEOUT_S = 600.0
# Dask: tasks kept queued on the cluster per worker thread, so a thread never waits for the
# next task while still never shipping the whole batch's list to the scheduler at once.
DASK_TASKS_PER_THREAD = 2
# A worker whose resident memory stays above this after a submission is replaced by a fresh one.
# A worker idles at ~100 MB; the largest corpus submissions peak at ~420 MB (benchmarks/speed.py).
RECYCLE_WORKER_MB = float(os.environ.get("MOCKCHECK_RECYCLE_WORKER_MB", "600"))
# A worker does one thing at a time and there is a worker per core, so every native library in
# it gets one thread. Left alone, each starts a pool of a thread per core: OpenCV's used an
# eighth as much CPU as the OCR thread it helped (per-thread CPU in /proc), time the other
# workers need; pinned, 8 dev submissions (41 screens) took 5-7% less CPU on one worker and
# 12-19% less on two (load average 3-8 from other jobs). These are read when the libraries
# load, before a spawned worker runs any code of ours (unpickling its target imports mockcheck,
# numpy and OpenCV), so the pool puts them in the workers' environment, overriding the user's
# as OMP_THREAD_LIMIT always was; a Dask worker pins what it still can (pin_threads).
WORKER_THREAD_ENV = {
    "OMP_THREAD_LIMIT": "1",  # Tesseract's OpenMP (libgomp, loaded with libtesseract)
    "OPENBLAS_NUM_THREADS": "1",  # numpy's and OpenCV's OpenBLAS
    "OPENCV_FOR_THREADS_NUM": "1",  # OpenCV's parallel_for pool
}


@dataclass(frozen=True)
class Submission:
    name: str  # as listed in ROOT: a folder name or 'client.zip'
    path: Path


@dataclass(frozen=True)
class Job:
    """What a worker needs to check one submission; small and picklable (sent to processes and Dask)."""

    name: str
    path: str
    key: str
    scopes: str | None  # the --scopes flag; None: the submission's mockcheck.toml decides
    ocr_cache: bool = True
    # Tests: a module-level factory of the OCR engine (e.g. a fake), sent to workers by reference.
    engine_factory: Callable[[], Any] | None = None
    # Tests make a worker misbehave on purpose: 'crash' (the process dies) or 'hang'.
    misbehave: str | None = None
    ocr_seconds: float | None = None  # --ocr-timeout; None: Limits' default


def submission_bytes(path: Path) -> int:
    """Bytes of a submission's files (a zip's own size): a cheap stand-in for its checking time."""
    try:
        if not path.is_dir():
            return path.stat().st_size
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    except OSError:
        return 0


def find_submissions(root: Path) -> list[Submission]:
    """Every immediate subfolder of ROOT and every .zip in it, in natural order; hidden entries are not."""
    if not root.is_dir():
        raise UsageError(
            f"{root}: not a folder; give the folder that holds one subfolder or zip per submission."
        )
    found: list[Submission] = []
    with os.scandir(root) as entries:
        for entry in entries:
            if entry.name.startswith(".") or entry.name == "__MACOSX":
                continue
            try:
                is_submission = entry.is_dir() or (entry.name.lower().endswith(".zip") and entry.is_file())
            except OSError:
                continue
            if is_submission:
                found.append(Submission(entry.name, Path(entry.path)))
    found.sort(key=lambda s: natural_key(s.name))
    return found


# --- the worker side: one warm engine per process ---------------------------------------------

_engines: dict[bool, Any] = {}


def _warm_engine(cached: bool) -> Any:
    """One engine per worker process, built on first use and kept: probing Tesseract costs a process."""
    engine = _engines.get(cached)
    if engine is None:
        from mockcheck.ocr_cache import default_engine

        engine = _engines[cached] = default_engine(cached)
    return engine


def _job_engine(job: Job) -> Any:
    """The job's engine behind the OCR cache unless the job says not; a test's engine is cached only
    when it names a cache_key (see ocr_cache.engine_key)."""
    if job.engine_factory is None:
        return _warm_engine(job.ocr_cache)
    from mockcheck.ocr_cache import CachingEngine

    engine = job.engine_factory()
    return CachingEngine(engine) if job.ocr_cache else engine


def _job_limits(job: Job) -> Limits:
    return Limits() if job.ocr_seconds is None else Limits(ocr_seconds=job.ocr_seconds)


def pin_threads() -> None:
    """One thread per native library in this process, which checks one submission at a time.

    For a Dask worker, whose environment is the cluster's, this is the part that can still take
    effect: OpenCV's pool is set at run time, and Tesseract is loaded on the first OCR.
    """
    for name, value in WORKER_THREAD_ENV.items():
        os.environ.setdefault(name, value)
    import cv2

    cv2.setNumThreads(1)


def check_job(job: Job) -> StoredResult:
    """Check one submission; every failure becomes an error outcome with its reason, never an exception."""
    from mockcheck.pipeline import check
    from mockcheck.report.json import report_dict

    pin_threads()
    started = time.perf_counter()
    if job.misbehave == "crash":
        os._exit(70)
    if job.misbehave == "hang":
        time.sleep(3600)
    try:
        path = Path(job.path)
        engine = _job_engine(job)
        limits = _job_limits(job)
        report = check(path, scopes=effective_scopes(path, job.scopes), engine=engine, limits=limits)
    except MockcheckError as exc:
        return _error(job, str(exc), started)
    except MemoryError:
        return _error(
            job, "ran out of memory while checking; export the screens smaller", started, retry=True
        )
    except Exception as exc:  # a bug in mockcheck must not stop the batch; the row names it
        return _error(job, f"internal error ({type(exc).__name__}: {exc}); please report it", started)
    document = report_dict(report)
    reason = None
    if not report.screens:
        # Like `scan`'s exit 2: nothing was readable; the row says why (the findings name each file).
        reasons = [f.message for f in report.findings if f.rule == "unreadable-input"]
        reason = "no mockup could be read" + (f": {reasons[0]}" if reasons else "")
    return StoredResult(
        key=job.key,
        name=job.name,
        status="pass" if report.passed and report.screens else "fail",
        report=document,
        reason=reason,
        images=len(report.screens),
        seconds=time.perf_counter() - started,
    )


@dataclass(frozen=True)
class Prefetch:
    """Tells an idle worker to read, into the shared OCR cache, the screens of a job another worker is checking."""

    job: Job


def prefetch_ocr(job: Job) -> None:
    """OCR `job`'s screens last to first into the OCR cache, for the worker checking them first to last.

    At the end of a batch one worker may still be checking a big submission while the others
    have nothing left: they read its screens from the other end, and the checking worker finds
    them in the cache when it gets there, so the last submission uses every core. Work on a
    screen both reach at once is done twice, and a failure here costs nothing: the checking
    worker reads the screen itself.
    """
    from mockcheck.boards import split_boards
    from mockcheck.load import load
    from mockcheck.ocr_guard import OcrFailed, read_guarded

    pin_threads()
    limits = _job_limits(job)
    try:
        engine = _job_engine(job)
        screens = split_boards(load(Path(job.path), limits).screens)
        for screen in reversed(screens):
            read_guarded(engine, screen.image, limits.ocr_seconds)
    except (MockcheckError, OcrFailed, MemoryError, OSError):
        return


def _prefetchable(job: Job) -> bool:
    return job.ocr_cache and job.misbehave is None


def _error(job: Job, reason: str, started: float, *, retry: bool = False) -> StoredResult:
    return StoredResult(
        key=job.key,
        name=job.name,
        status="error",
        report=None,
        reason=" ".join(reason.split()),
        images=0,
        seconds=time.perf_counter() - started,
        retry=retry,
    )


def _worker_loop(conn: Connection) -> None:
    """A pool worker: warm up, say so, then check jobs from the pipe until told to stop.

    Messages to the parent: ("ready",) once imports are done (so start-up, seconds on a busy
    machine, never counts against a submission's timeout), ("done", result, leaving) per job and
    ("prefetched", leaving) per Prefetch. Ctrl-C is the parent's to handle.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import mockcheck.pipeline  # noqa: F401  (the expensive imports: numpy, OpenCV, the checker)

    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if isinstance(job, Prefetch):
            prefetch_ocr(job.job)
            message: tuple[Any, ...] = ("prefetched",)
        else:
            message = ("done", check_job(job))
        # Freed image buffers are not always returned to the system (heap fragmentation): a
        # worker past RECYCLE_WORKER_MB leaves, and a fresh one keeps memory at one submission's worth.
        leaving = _resident_mb() > RECYCLE_WORKER_MB
        conn.send((*message, leaving))
        if leaving:
            return


def _resident_mb() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):  # not Linux: no recycling
        return 0.0


# --- executors ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """`values` in os.environ while a child is started (a spawned child inherits it), then as before."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class Executor(Protocol):
    peak_workers: int

    def run(self, jobs: Iterator[Job]) -> Iterator[StoredResult]:
        """Check `jobs` (pulled lazily, one per free slot) and yield each outcome as it arrives."""
        ...


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    job: Job | None = None
    deadline: float = 0.0
    ready: bool = False  # imports done; a job's timeout starts only then
    helping: Job | None = None  # a job of another worker whose screens this one is prefetching

    @property
    def idle(self) -> bool:
        return self.ready and self.job is None and self.helping is None


class ProcessPool:
    """Worker processes fed one job at a time over a pipe, so a crash or a hang costs one submission.

    concurrent.futures' pool cannot do this: one dead worker breaks the whole pool, and a
    running task cannot be stopped. Here a worker that dies mid-job or passes the timeout is
    replaced, and only its job becomes a failed row.
    """

    def __init__(self, workers: int, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.workers = max(1, workers)
        self.timeout = timeout
        # spawn, not fork: the main process runs a progress thread, and forking a threaded process
        # can deadlock. Not forkserver either: spawned workers are the batch's own children, so
        # their CPU time and peak memory are accounted to it (benchmarks/speed.py reads both).
        self.context = multiprocessing.get_context("spawn")
        self.slots: list[_Slot] = []
        self.peak_workers = 0

    def _start(self) -> _Slot:
        parent, child = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=_worker_loop, args=(child,), daemon=True, name="mockcheck-worker"
        )
        with _environment(WORKER_THREAD_ENV):
            process.start()
        child.close()
        self.peak_workers = max(self.peak_workers, len(self.slots) + 1)
        return _Slot(process, parent)

    def run(self, jobs: Iterator[Job]) -> Iterator[StoredResult]:
        pending: Job | None = None  # pulled from `jobs`, waiting for a ready worker
        exhausted = False
        failed_starts = 0
        try:
            while True:
                while True:
                    if pending is None and not exhausted:
                        pending = next(jobs, None)
                        exhausted = pending is None
                    if pending is None:
                        break
                    idle = next((s for s in self.slots if s.idle), None)
                    if idle is None:
                        # Workers are started only when there is work: a warm re-run starts none.
                        while len(self.slots) < self.workers:
                            self.slots.append(self._start())
                        break
                    try:
                        idle.conn.send(pending)
                    except OSError:  # died while idle; its replacement takes the job
                        self._drop(idle)
                        continue
                    idle.job, idle.deadline = pending, time.monotonic() + self.timeout
                    pending = None
                if not self.slots:
                    return
                if exhausted and pending is None:
                    self._help()
                busy = [s for s in self.slots if s.job is not None]
                nearest = min((s.deadline for s in busy), default=time.monotonic() + 1.0)
                ready = wait(
                    [s.conn for s in self.slots] + [s.process.sentinel for s in self.slots],
                    timeout=max(0.0, min(nearest - time.monotonic(), 1.0)),
                )
                for slot in list(self.slots):
                    if slot.conn in ready or slot.conn.poll():
                        try:
                            message = slot.conn.recv()
                        except (EOFError, OSError):
                            message = None
                        if message is not None and message[0] == "ready":
                            slot.ready, failed_starts = True, 0
                            continue
                        if message is not None and message[0] == "prefetched":
                            slot.helping = None
                            if message[1]:
                                self._drop(slot)
                            continue
                        if message is not None and message[0] == "done":
                            _, result, leaving = message
                            slot.job = None
                            if leaving:
                                self._drop(slot)
                            yield result
                            continue
                    if slot.process.sentinel in ready or not slot.process.is_alive():
                        job = slot.job
                        if job is None and slot.helping is not None:  # lost a prefetch: no harm
                            self._drop(slot)
                            continue
                        if job is not None:
                            yield self._replace(slot, job, self._death_reason(slot))
                        else:
                            if not slot.ready:
                                failed_starts += 1
                                if failed_starts >= 3:
                                    raise RuntimeError(
                                        f"batch workers die while starting ({self._death_reason(slot)})"
                                    )
                            self._drop(slot)
                    elif slot.job is not None and time.monotonic() >= slot.deadline:
                        yield self._replace(
                            slot,
                            slot.job,
                            f"timed out after {self.timeout:g} s (a hang or a huge submission); "
                            "the worker was stopped",
                        )
                if exhausted and pending is None and not any(s.job is not None for s in self.slots):
                    return
        finally:
            self.close()

    def _help(self) -> None:
        """Idle workers prefetch the OCR of jobs still running, the most recently started first.

        Only for jobs read through the shared OCR cache: without it (--no-ocr-cache) nothing
        read here would reach the checking worker. One helper per job is enough on the few
        cores of one machine.
        """
        helped = {id(s.helping) for s in self.slots if s.helping is not None}
        running = sorted(
            (s for s in self.slots if s.job is not None and _prefetchable(s.job) and id(s.job) not in helped),
            key=lambda s: s.deadline,
            reverse=True,
        )
        for slot in self.slots:
            if not running:
                return
            if slot.idle:
                job = running.pop(0).job
                assert job is not None
                try:
                    slot.conn.send(Prefetch(job))
                except OSError:
                    continue  # died while idle; the loop below drops it
                slot.helping = job

    def _drop(self, slot: _Slot) -> None:
        self._stop(slot)
        self.slots.remove(slot)

    def _death_reason(self, slot: _Slot) -> str:
        slot.process.join(1)
        code = slot.process.exitcode
        if code is not None and code < 0:
            try:
                how = signal.Signals(-code).name
            except ValueError:
                how = f"signal {-code}"
            if -code == signal.SIGKILL:
                how += ", often the system running out of memory"
            return f"the worker process crashed ({how}) while checking this submission"
        return f"the worker process exited (code {code}) while checking this submission"

    def _replace(self, slot: _Slot, job: Job, reason: str) -> StoredResult:
        """Stop the slot's worker, put a fresh one in its place (started on demand), and fail the job."""
        self._stop(slot)
        self.slots.remove(slot)
        return StoredResult(job.key, job.name, "error", None, reason, 0, 0.0, retry=True)

    def _stop(self, slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    def close(self) -> None:
        for slot in self.slots:
            # A prefetch left running when the batch is over is of no use: stopped, not awaited.
            if slot.job is None and slot.helping is None and slot.process.is_alive():
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
        deadline = time.monotonic() + 2
        for slot in self.slots:
            if slot.job is None and slot.helping is None:
                slot.process.join(max(0.0, deadline - time.monotonic()))
            self._stop(slot)
        self.slots.clear()


class DaskExecutor:
    """Submissions as tasks on an existing Dask cluster (`pip install 'mockcheck[dask]'`).

    The workers read the submissions by the same path, so ROOT must be on storage every
    worker machine mounts at that path. A task past the timeout is cancelled and failed; a
    task whose worker dies is retried by Dask on another worker and, after Dask's allowed
    failures, is a failed row (KilledWorker).
    """

    def __init__(self, scheduler: str | Any, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError as exc:
            raise UsageError(
                "--executor dask needs the 'distributed' package: pip install 'mockcheck[dask]'."
            ) from exc
        self.scheduler = scheduler
        self.timeout = timeout
        self.peak_workers = 0

    def run(self, jobs: Iterator[Job]) -> Iterator[StoredResult]:
        from distributed import Client
        from distributed import wait as dask_wait

        try:
            client = Client(self.scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(
                f"cannot reach the Dask scheduler at {self.scheduler} ({exc}); start it first."
            ) from exc
        try:
            threads = sum(client.nthreads().values()) or 1
            self.peak_workers = len(client.nthreads())
            capacity = max(2, DASK_TASKS_PER_THREAD * threads)
            running: dict[Any, tuple[Job, float]] = {}
            exhausted = False
            while True:
                while not exhausted and len(running) < capacity:
                    job = next(jobs, None)
                    if job is None:
                        exhausted = True
                        break
                    future = client.submit(
                        check_job, job, pure=False, key=f"mockcheck-{job.key[:16]}-{time.time_ns()}"
                    )
                    running[future] = (job, time.monotonic() + self.timeout)
                if not running:
                    return
                nearest = min(deadline for _, deadline in running.values())
                try:
                    done, _ = dask_wait(
                        list(running),
                        timeout=max(0.05, min(nearest - time.monotonic(), 1.0)),
                        return_when="FIRST_COMPLETED",
                    )
                except TimeoutError:
                    done = set()
                for future in done:
                    job, _ = running.pop(future)
                    yield self._outcome(future, job)
                now = time.monotonic()
                for future, (job, deadline) in list(running.items()):
                    if now >= deadline:
                        running.pop(future)
                        future.cancel()
                        yield StoredResult(
                            job.key,
                            job.name,
                            "error",
                            None,
                            f"timed out after {self.timeout:g} s on the cluster",
                            0,
                            0.0,
                            retry=True,
                        )
        finally:
            client.close()

    @staticmethod
    def _outcome(future: Any, job: Job) -> StoredResult:
        try:
            return future.result()
        except Exception as exc:
            name = type(exc).__name__
            reason = (
                "the Dask worker checking it died (KilledWorker), several times"
                if name == "KilledWorker"
                else f"the cluster failed to run it ({name}: {exc})"
            )
            return StoredResult(job.key, job.name, "error", None, reason, 0, 0.0, retry=True)


# --- output files -------------------------------------------------------------------------------


def step_screens(report: dict[str, Any]) -> dict[str, str]:
    """Each journey step → the screen(s) classified as it, named as in the report."""
    found: dict[str, list[str]] = {step.value: [] for step in JOURNEY}
    for screen in report.get("screens", []):
        if screen["step"] in found:
            label = screen["source"] + (f" page {screen['page']}" if screen.get("page") else "")
            found[screen["step"]].append(label)
    return {step: " | ".join(labels) for step, labels in found.items()}


def result_document(result: StoredResult) -> dict[str, Any]:
    """The JSONL line: the report document plus `submission`; a submission that could not be
    checked gets an empty report with `error` saying why, so every submission has its line."""
    if result.report is not None:
        document = dict(result.report)
        document["target"] = result.name
    else:
        document = {
            "schema": "mockcheck.report/1",
            "target": result.name,
            "passed": False,
            "screens": [],
            "findings": [],
            "skipped": [],
            "error": result.reason,
        }
    document["submission"] = result.name
    return document


class _AtomicText:
    """A file written under FILE.partial and renamed when the batch completes: a complete FILE is a complete run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        path.parent.mkdir(parents=True, exist_ok=True)
        # Open for the whole run (rows are streamed), closed by finish() or abandon().
        self.handle: TextIO = open(self.partial, "w", encoding="utf-8", newline="")  # noqa: SIM115

    def finish(self) -> None:
        self.handle.close()
        os.replace(self.partial, self.path)

    def abandon(self) -> None:
        self.handle.close()


class JsonlWriter:
    def __init__(self, path: Path) -> None:
        self.file = _AtomicText(path)

    def write(self, result: StoredResult) -> None:
        self.file.handle.write(json.dumps(result_document(result), ensure_ascii=False) + "\n")
        self.file.handle.flush()


class CsvWriter:
    def __init__(self, path: Path) -> None:
        from mockcheck.rules import RULES

        self.file = _AtomicText(path)
        self.rules = list(RULES)
        self.writer = csv.writer(self.file.handle)
        self.writer.writerow(
            ["submission", "verdict", "reason", "images", "seconds", *(s.value for s in JOURNEY), *self.rules]
        )

    def write(self, result: StoredResult) -> None:
        report = result.report or {}
        counts = Counter(f["rule"] for f in report.get("findings", []))
        steps = step_screens(report) if report else {s.value: "" for s in JOURNEY}
        self.writer.writerow(
            [
                result.name,
                result.status,
                result.reason or "",
                result.images,
                f"{result.seconds:.2f}",
                *(steps[s.value] for s in JOURNEY),
                *(counts.get(rule, 0) for rule in self.rules),
            ]
        )
        self.file.handle.flush()


# --- the run ------------------------------------------------------------------------------------


@dataclass
class BatchOptions:
    root: Path
    db: Path
    workers: int = 0  # 0: every core
    scopes: str | None = None
    force: bool = False
    timeout: float = DEFAULT_TIMEOUT_S
    jsonl: Path | None = None
    csv: Path | None = None
    ocr_cache: bool = True
    executor: str = "local"
    scheduler: str | Any | None = None
    engine_factory: Callable[[], Any] | None = None  # tests: a picklable factory of a fake engine
    ocr_seconds: float | None = None  # --ocr-timeout: seconds one OCR call may take (Limits.ocr_seconds)
    _misbehave: dict[str, str] = field(default_factory=dict)  # tests: submission name → 'crash' | 'hang'


@dataclass
class BatchSummary:
    submissions: int = 0
    passed: int = 0
    failed: int = 0
    errors: int = 0
    reused: int = 0  # answered from the store
    images: int = 0  # images checked in this run (not reused)
    check_seconds: float = 0.0
    wall_seconds: float = 0.0
    workers: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    error_rows: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.submissions == 0 or self.errors == self.submissions:
            return 2
        return 0 if self.passed == self.submissions else 1


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def validate(options: BatchOptions) -> None:
    """Usage errors before any work: an unknown scope, a results file inside ROOT."""
    from mockcheck.scopes import parse_scopes

    parse_scopes(options.scopes)
    root = options.root.resolve()
    if options.db.resolve().is_relative_to(root):
        raise UsageError(
            f"--db {options.db}: the results store must not be inside ROOT (it would change a submission)."
        )
    if options.executor == "dask" and not options.scheduler:
        raise UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786).")
    if options.executor not in {"local", "dask"}:
        raise UsageError(f"--executor {options.executor}: use 'local' or 'dask'.")


def run_batch(
    options: BatchOptions,
    on_result: Callable[[StoredResult, BatchSummary], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Check every submission under options.root; results go to the store, the files and `on_result`."""
    validate(options)
    started = time.perf_counter()
    submissions = find_submissions(options.root)
    summary = BatchSummary(submissions=len(submissions))
    if on_start:
        on_start(len(submissions))
    if not submissions:
        return summary
    version = checker_version()
    scope_option = (
        ",".join(sorted(s.strip() for s in options.scopes.split(",") if s.strip())) if options.scopes else ""
    )
    option_text = f"scopes={scope_option}"
    if options.ocr_seconds is not None and options.ocr_seconds != Limits().ocr_seconds:
        # Another OCR time limit can turn a screen into an unreadable-input finding (or back).
        option_text += f" ocr_seconds={options.ocr_seconds:g}"
    store = ResultStore(options.db)
    writers: list[JsonlWriter | CsvWriter] = []
    if options.jsonl:
        writers.append(JsonlWriter(options.jsonl))
    if options.csv:
        writers.append(CsvWriter(options.csv))
    hashes: dict[str, str] = {}  # key → content hash, for the jobs in flight

    def record(result: StoredResult, *, fresh: bool) -> None:
        if fresh:
            store.put(result, content_hash=hashes.get(result.key, ""), options=option_text, version=version)
            summary.images += result.images
            summary.check_seconds += result.seconds
        else:
            summary.reused += 1
        if result.status == "pass":
            summary.passed += 1
        elif result.status == "fail":
            summary.failed += 1
        else:
            summary.errors += 1
            summary.error_rows.append((result.name, result.reason or ""))
        if result.report:
            summary.rules.update(f["rule"] for f in result.report.get("findings", []))
        for writer in writers:
            writer.write(result)
        if on_result:
            on_result(result, summary)

    def jobs() -> Iterator[Job]:
        # Same content under two names (a copied zip) is checked once per name: simple, and rare.
        # Largest first: a pool that meets its biggest submission last ends with one worker busy
        # and the others idle (8 corpus submissions on 2 workers: 1.78x one worker in natural
        # order). Results are written as they complete, so the order was never the folder's.
        for submission in sorted(submissions, key=lambda s: -submission_bytes(s.path)):
            content = submission_hash(submission.path)
            key = result_key(content, option_text, version)
            stored = None if options.force else store.get(key)
            if stored is not None and not stored.retry:
                record(replace(stored, name=submission.name), fresh=False)
                continue
            hashes[key] = content
            yield Job(
                submission.name,
                str(submission.path),
                key,
                options.scopes,
                options.ocr_cache,
                options.engine_factory,
                options._misbehave.get(submission.name),
                options.ocr_seconds,
            )

    executor: Executor
    if options.executor == "dask":
        executor = DaskExecutor(options.scheduler, options.timeout)
    else:
        executor = ProcessPool(options.workers or default_workers(), options.timeout)
    completed = False
    try:
        for result in executor.run(jobs()):
            record(result, fresh=True)
        completed = True
    finally:
        summary.workers = executor.peak_workers
        for writer in writers:
            if completed:
                writer.file.finish()
            else:
                writer.file.abandon()
        store.close()
        summary.wall_seconds = time.perf_counter() - started
    return summary


# --- what a person sees -------------------------------------------------------------------------


def run_with_progress(options: BatchOptions, console_err: Any, console_out: Any) -> BatchSummary:
    """run_batch with a live progress bar on a terminal (nothing on a pipe or in CI), then the summary."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    show = console_err.is_terminal
    progress = Progress(
        TextColumn("[bold]checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} img/s"),
        TextColumn(
            "[green]{task.fields[passes]} pass[/] [red]{task.fields[fails]} fail[/] {task.fields[errors]} error"
        ),
        TimeRemainingColumn(),
        console=console_err,
        disable=not show,
        transient=False,
    )
    task = progress.add_task("batch", total=None, rate="-", passes=0, fails=0, errors=0)
    clock = time.perf_counter()

    def on_start(total: int) -> None:
        progress.update(task, total=total)

    def on_result(result: StoredResult, summary: BatchSummary) -> None:
        elapsed = time.perf_counter() - clock
        rate = f"{summary.images / elapsed:.1f}" if summary.images and elapsed > 0 else "-"
        progress.update(
            task, advance=1, rate=rate, passes=summary.passed, fails=summary.failed, errors=summary.errors
        )

    with progress:
        summary = run_batch(options, on_result=on_result, on_start=on_start)
    write_summary(summary, console_out)
    return summary


def write_summary(summary: BatchSummary, console: Any) -> None:
    from rich.table import Table

    table = Table(title="mockcheck batch", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("submissions", str(summary.submissions))
    table.add_row("[green]passed", str(summary.passed))
    table.add_row("[red]failed (error findings)", str(summary.failed))
    table.add_row("could not be checked", str(summary.errors))
    table.add_row("reused from the results store", str(summary.reused))
    table.add_row("images checked now", str(summary.images))
    rate = summary.images / summary.wall_seconds if summary.wall_seconds and summary.images else 0.0
    table.add_row("wall time", f"{summary.wall_seconds:.1f} s ({rate:.2f} images/s)")
    console.print(table)
    if summary.rules:
        rules = Table(title="findings by rule", title_justify="left")
        rules.add_column("rule")
        rules.add_column("findings", justify="right")
        for rule, count in summary.rules.most_common():
            rules.add_row(rule, str(count))
        console.print(rules)
    for name, reason in summary.error_rows[:20]:
        console.print(f"[red]could not check[/] {name}: {reason}", highlight=False)
    if len(summary.error_rows) > 20:
        console.print(f"... and {len(summary.error_rows) - 20} more (see the CSV or JSONL)")


__all__ = [
    "BatchOptions",
    "BatchSummary",
    "DaskExecutor",
    "Job",
    "ProcessPool",
    "Submission",
    "check_job",
    "find_submissions",
    "run_batch",
]
