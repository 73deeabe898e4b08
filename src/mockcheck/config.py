"""A submission's own settings: `mockcheck.toml` beside its mockups, read by `scan` and `batch` alike.

```toml
# mockcheck.toml, in the submission folder (or at the top of the submission zip)
scopes = ["portability.activity.single", "portability.postsandprofile.ongoing"]
```

A flag given on the command line overrides the file. An unreadable or malformed file is a
usage error for `scan` and a failed row (with the reason) for `batch`: guessing the scopes
would run the scope rules against the wrong request.
"""

from __future__ import annotations

import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from mockcheck.errors import UsageError

CONFIG_NAME = "mockcheck.toml"
# A settings file is a few lines; anything larger is not one (and is not read into memory).
MAX_CONFIG_BYTES = 64 * 1024
KNOWN_KEYS = frozenset({"scopes"})


@dataclass(frozen=True)
class SubmissionConfig:
    """What a submission declares about itself; None means 'not declared'."""

    scopes: tuple[str, ...] | None = None
    source: str | None = None  # where it was read from, for messages


def read_config(path: Path | str) -> SubmissionConfig:
    """The settings of the submission at `path` (a folder or a zip); empty when it has none."""
    path = Path(path)
    try:
        if path.is_dir():
            return _from_folder(path)
        if path.suffix.lower() == ".zip" and path.is_file():
            return _from_zip(path)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read {CONFIG_NAME} ({exc.strerror or exc}).") from exc
    return SubmissionConfig()


def effective_scopes(path: Path | str, flag: str | None) -> str | tuple[str, ...] | None:
    """The scopes to check against: the command-line flag when given, else the submission's file."""
    if flag is not None:
        return flag
    return read_config(path).scopes


def _from_folder(folder: Path) -> SubmissionConfig:
    file = folder / CONFIG_NAME
    if not file.is_file():
        return SubmissionConfig()
    if file.stat().st_size > MAX_CONFIG_BYTES:
        raise UsageError(f"{file}: larger than {MAX_CONFIG_BYTES // 1024} KB; it should hold a few settings.")
    return parse_config(file.read_bytes(), str(file))


def _from_zip(archive_path: Path) -> SubmissionConfig:
    try:
        with zipfile.ZipFile(archive_path) as archive:
            member = config_member(archive)
            if member is None:
                return SubmissionConfig()
            if member.file_size > MAX_CONFIG_BYTES:
                raise UsageError(
                    f"{archive_path}: its {member.filename} is larger than {MAX_CONFIG_BYTES // 1024} KB."
                )
            data = archive.read(member)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, EOFError):
        # The loader reports a broken zip as an unreadable-input finding; no settings to read here.
        return SubmissionConfig()
    return parse_config(data, f"{archive_path}:{member.filename}")


def config_member(archive: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    """The settings file at the top of the zip, or inside its single top folder (how Finder zips a folder)."""
    candidates = [
        info
        for info in archive.infolist()
        if PurePosixPath(info.filename).name == CONFIG_NAME
        and len(PurePosixPath(info.filename).parts) <= 2
        and not info.filename.startswith("__MACOSX/")
    ]
    candidates.sort(key=lambda info: len(PurePosixPath(info.filename).parts))
    return candidates[0] if candidates else None


def parse_config(data: bytes, source: str) -> SubmissionConfig:
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(
            f'{source}: not valid TOML ({exc}); write e.g. scopes = ["portability.activity.single"].'
        ) from exc
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise UsageError(
            f"{source}: unknown setting {unknown[0]!r}; the settings are: {', '.join(sorted(KNOWN_KEYS))}."
        )
    scopes = table.get("scopes")
    if scopes is None:
        return SubmissionConfig(source=source)
    if isinstance(scopes, str):
        scopes = [part for part in scopes.split(",") if part.strip()]
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        raise UsageError(
            f'{source}: scopes must be a list of scope names, e.g. scopes = ["portability.activity.single"].'
        )
    return SubmissionConfig(scopes=tuple(s.strip() for s in scopes), source=source)
