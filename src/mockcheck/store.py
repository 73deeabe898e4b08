"""The batch results store: one SQLite row per checked submission, keyed by its content and the checker.

Why it makes a batch resumable: the main process writes a submission's row in one transaction
as soon as its result arrives, so after Ctrl-C or a kill every finished submission is on disk
and an unfinished one is simply not there. The key is the submission's content hash, the
options that change a result (a --scopes override) and the checker's version, so a re-run
skips exactly the unchanged submissions and a row is never written twice (the key is the
primary key; a re-check replaces it). Results of crashes and timeouts are kept for the report
but tried again on the next run: they say more about the machine than about the mockups.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from mockcheck import __version__
from mockcheck.ocr_cache import cache_dir

RESULTS_NAME = "batch-results.sqlite"
BUSY_TIMEOUT_S = 30.0
_CHUNK = 1 << 20


def default_db_path() -> Path:
    return cache_dir() / RESULTS_NAME


@cache
def checker_version() -> str:
    """The release plus a digest of the package's code and data: a changed rule or phrase is a new checker.

    During development the release number stays the same while the checks change; keying
    stored results by the release alone would keep serving yesterday's verdicts.
    """
    package = Path(__file__).parent
    digest = hashlib.blake2b(digest_size=8)
    for file in sorted(package.rglob("*")):
        if file.suffix in {".py", ".json", ".toml", ".txt"} and "__pycache__" not in file.parts:
            digest.update(file.relative_to(package).as_posix().encode())
            digest.update(file.read_bytes())
    return f"{__version__}+{digest.hexdigest()}"


def submission_hash(path: Path) -> str:
    """Content hash of a submission: a zip's bytes, or every file under a folder with its relative path.

    Links are hashed by where they point (not followed: the loader decides about them), and
    anything that cannot be read is hashed by its error, so a fixed permission is a change.
    """
    digest = hashlib.blake2b(digest_size=20)
    if not path.is_dir():
        _hash_file(digest, path)
        return digest.hexdigest()
    pending = [path]
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            digest.update(f"unreadable folder {folder.relative_to(path)}: {exc.errno}\n".encode())
            continue
        for entry in entries:
            rel = Path(entry.path).relative_to(path).as_posix()
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as exc:
                digest.update(f"unstatable {rel}: {exc.errno}\n".encode())
                continue
            if stat.S_ISLNK(mode):
                digest.update(f"link {rel} -> {os.readlink(entry.path)}\n".encode("utf-8", "surrogateescape"))
            elif stat.S_ISDIR(mode):
                digest.update(f"folder {rel}\n".encode("utf-8", "surrogateescape"))
                pending.append(Path(entry.path))
            elif stat.S_ISREG(mode):
                digest.update(f"file {rel}\n".encode("utf-8", "surrogateescape"))
                _hash_file(digest, Path(entry.path))
            else:
                digest.update(f"special {rel}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _hash_file(digest: Any, path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            size = 0
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
            digest.update(f"\n{size}\n".encode())
    except OSError as exc:
        digest.update(f"unreadable: {exc.errno}\n".encode())


def result_key(content_hash: str, options: str, version: str) -> str:
    return hashlib.blake2b(f"{content_hash}\n{options}\n{version}".encode(), digest_size=20).hexdigest()


@dataclass(frozen=True)
class StoredResult:
    """One submission's outcome. `status`: pass, fail (error findings) or error (could not be checked)."""

    key: str
    name: str
    status: str
    report: dict[str, Any] | None
    reason: str | None
    images: int
    seconds: float
    retry: bool = False  # a crash or timeout: check again on the next run


class ResultStore:
    """Results of batch runs in one SQLite file. Only the process that runs the batch writes to it."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
        # WAL: a reader (another batch, a person with sqlite3) does not block the writer; each
        # commit is durable once it returns (synchronous=FULL), which resuming relies on.
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute(
            """CREATE TABLE IF NOT EXISTS results (
                key TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                options TEXT NOT NULL,
                checker_version TEXT NOT NULL,
                name TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'error')),
                report TEXT,
                reason TEXT,
                images INTEGER NOT NULL,
                seconds REAL NOT NULL,
                retry INTEGER NOT NULL,
                checked_at REAL NOT NULL
            )"""
        )
        self.conn.commit()

    def get(self, key: str) -> StoredResult | None:
        row = self.conn.execute(
            "SELECT key, name, status, report, reason, images, seconds, retry FROM results WHERE key = ?",
            (key,),
        ).fetchone()
        if row is None:
            return None
        return StoredResult(
            key=row[0],
            name=row[1],
            status=row[2],
            report=json.loads(row[3]) if row[3] else None,
            reason=row[4],
            images=int(row[5]),
            seconds=float(row[6]),
            retry=bool(row[7]),
        )

    def put(self, result: StoredResult, *, content_hash: str, options: str, version: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    result.key,
                    content_hash,
                    options,
                    version,
                    result.name,
                    result.status,
                    json.dumps(result.report, ensure_ascii=False) if result.report is not None else None,
                    result.reason,
                    result.images,
                    result.seconds,
                    int(result.retry),
                    time.time(),
                ),
            )

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM results").fetchone()[0])

    def names(self) -> Iterator[tuple[str, str]]:
        yield from self.conn.execute("SELECT name, status FROM results ORDER BY name")

    def close(self) -> None:
        self.conn.close()
