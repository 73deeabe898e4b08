"""The results store, the OCR cache and mockcheck.toml: keys, round trips, invalidation, failure tolerance."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PIL import Image

from mockcheck.cli import main
from mockcheck.config import effective_scopes, read_config
from mockcheck.errors import UsageError
from mockcheck.model import Line, Word
from mockcheck.ocr import FakeEngine
from mockcheck.ocr_cache import CachingEngine, OcrCache, engine_key, lines_from_json, lines_to_json
from mockcheck.store import ResultStore, StoredResult, checker_version, result_key, submission_hash

LINES = (
    Line(
        (Word("Connect", (10, 10, 60, 20), 96.0), Word("TikTok", (75, 10, 50, 20), 91.5)), (10, 10, 115, 20)
    ),
    Line((Word("Go back", (10, 50, 60, 20), 88.0),), (10, 50, 60, 20)),
)


class CountingEngine:
    """An engine with a cache key that counts how often it really reads."""

    def __init__(self, key: str = "counting v1") -> None:
        self.cache_key = key
        self.reads = 0

    def read(self, image: Image.Image) -> tuple[Line, ...]:
        self.reads += 1
        return LINES


def image(colour: str = "white") -> Image.Image:
    return Image.new("RGB", (120, 80), colour)


# --- mockcheck.toml ---


def test_scopes_are_read_from_the_submission_folder(tmp_path: Path) -> None:
    (tmp_path / "mockcheck.toml").write_text('scopes = ["portability.activity.single"]\n')
    assert read_config(tmp_path).scopes == ("portability.activity.single",)


def test_scopes_are_read_from_the_top_folder_of_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("app/mockcheck.toml", 'scopes = ["portability.all.ongoing"]')
        zf.writestr("app/Screen 1.png", b"")
    assert read_config(archive).scopes == ("portability.all.ongoing",)


def test_the_command_line_flag_overrides_the_file(tmp_path: Path) -> None:
    (tmp_path / "mockcheck.toml").write_text('scopes = ["portability.activity.single"]\n')
    assert (
        effective_scopes(tmp_path, "portability.directmessages.single") == "portability.directmessages.single"
    )
    assert effective_scopes(tmp_path, None) == ("portability.activity.single",)


def test_a_folder_without_settings_has_no_scopes(tmp_path: Path) -> None:
    assert read_config(tmp_path).scopes is None


@pytest.mark.parametrize(
    "text",
    ["scopes = [", 'scope = ["portability.activity.single"]', "scopes = 3"],
    ids=["syntax", "unknown", "type"],
)
def test_a_malformed_settings_file_is_a_usage_error(tmp_path: Path, text: str) -> None:
    (tmp_path / "mockcheck.toml").write_text(text)
    with pytest.raises(UsageError, match=r"mockcheck\.toml"):
        read_config(tmp_path)


def test_scan_with_an_unknown_scope_in_the_settings_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    image().save(tmp_path / "Screen 1.png")
    (tmp_path / "mockcheck.toml").write_text('scopes = ["portability.nonsense.single"]')
    assert main(["scan", str(tmp_path)]) == 2
    assert "unknown scope 'portability.nonsense.single'" in capsys.readouterr().err


# --- the results store ---


def test_submission_hash_changes_with_content_and_names_only(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"one")
    first = submission_hash(tmp_path)
    assert submission_hash(tmp_path) == first
    (tmp_path / "a.png").write_bytes(b"two")
    second = submission_hash(tmp_path)
    assert second != first
    (tmp_path / "a.png").rename(tmp_path / "b.png")
    assert submission_hash(tmp_path) not in {first, second}


def test_result_key_includes_options_and_checker_version() -> None:
    base = result_key("abc", "scopes=", "1")
    assert base != result_key("abc", "scopes=portability.activity.single", "1")
    assert base != result_key("abc", "scopes=", "2")
    assert checker_version().startswith("0.") or "+" in checker_version()


def test_a_stored_result_round_trips_and_a_recheck_replaces_it(tmp_path: Path) -> None:
    store = ResultStore(tmp_path / "r.sqlite")
    result = StoredResult("k1", "acme", "fail", {"passed": False, "findings": []}, None, 4, 1.5)
    store.put(result, content_hash="h", options="", version="v")
    store.put(result, content_hash="h", options="", version="v")
    assert store.get("k1") == result
    assert store.count() == 1
    assert store.get("nope") is None
    store.close()


def test_results_survive_closing_the_store(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    store = ResultStore(path)
    store.put(StoredResult("k", "a", "pass", {}, None, 1, 0.1), content_hash="h", options="", version="v")
    store.close()
    assert ResultStore(path).get("k") is not None


# --- the OCR cache ---


def test_lines_round_trip_through_json() -> None:
    assert lines_from_json(lines_to_json(LINES)) == LINES


def test_the_second_read_of_the_same_pixels_comes_from_the_cache(tmp_path: Path) -> None:
    engine = CountingEngine()
    caching = CachingEngine(engine, OcrCache(tmp_path / "ocr.sqlite"))
    assert caching.read(image()) == LINES
    assert caching.read(image()) == LINES
    assert engine.reads == 1
    caching.read(image("black"))
    assert engine.reads == 2


def test_the_cache_is_shared_between_processes_through_its_file(tmp_path: Path) -> None:
    CachingEngine(CountingEngine(), OcrCache(tmp_path / "ocr.sqlite")).read(image())
    later = CountingEngine()
    assert CachingEngine(later, OcrCache(tmp_path / "ocr.sqlite")).read(image()) == LINES
    assert later.reads == 0


def test_a_new_engine_version_invalidates_the_cache(tmp_path: Path) -> None:
    CachingEngine(CountingEngine("v1"), OcrCache(tmp_path / "ocr.sqlite")).read(image())
    improved = CountingEngine("v2")
    CachingEngine(improved, OcrCache(tmp_path / "ocr.sqlite")).read(image())
    assert improved.reads == 1


def test_tesseract_key_names_its_version_and_the_ocr_source() -> None:
    from mockcheck.ocr import TesseractEngine

    key = engine_key(TesseractEngine())
    assert key is not None and key.startswith("tesseract ") and "ocr.py" in key


def test_engines_without_a_key_are_not_cached(tmp_path: Path) -> None:
    caching = CachingEngine(FakeEngine(LINES), OcrCache(tmp_path / "ocr.sqlite"))
    caching.read(image())
    assert caching.hits == caching.misses == 0
    assert not (tmp_path / "ocr.sqlite").exists()


def test_an_unusable_cache_location_is_bypassed(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    engine = CountingEngine()
    caching = CachingEngine(engine, OcrCache(blocker / "ocr.sqlite"))
    assert caching.read(image()) == LINES
    assert caching.read(image()) == LINES
    assert engine.reads == 2


def test_a_cache_another_process_is_opening_at_the_same_moment_is_used_after_a_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two batch workers making a new cache file: switching it to WAL fails at once for one of them.
    import sqlite3

    real_connect = sqlite3.connect
    failures = [sqlite3.OperationalError("database is locked")]

    class Racing:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def execute(self, sql: str, *args: object) -> object:
            if "journal_mode" in sql and failures:
                raise failures.pop()
            return self.conn.execute(sql, *args)

        def __getattr__(self, name: str) -> object:
            return getattr(self.conn, name)

        def __enter__(self) -> sqlite3.Connection:
            return self.conn.__enter__()

        def __exit__(self, *exc: object) -> object:
            return self.conn.__exit__(*exc)

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: Racing(real_connect(*a, **k)))
    engine = CountingEngine()
    caching = CachingEngine(engine, OcrCache(tmp_path / "ocr.sqlite"))
    caching.read(image())
    caching.read(image())
    assert not failures and engine.reads == 1 and caching.hits == 1
