"""Exit codes and the exceptions that end a run, each carrying its exit code (mapped once, in the CLI)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1  # at least one error-severity finding
    USAGE = 2  # usage error, or nothing could be scanned


class MockcheckError(Exception):
    """An error for a person: its message is one line saying what is wrong and how to fix it."""

    exit_code: ExitCode = ExitCode.USAGE


class UsageError(MockcheckError):
    pass


class InputError(MockcheckError):
    """The path given has nothing that can be scanned."""


class MissingDependencyError(MockcheckError):
    """A program mockcheck needs (Tesseract) is not installed."""
