"""Files that could not be read as mockups."""

from __future__ import annotations

from collections.abc import Iterator

from mockcheck.model import Severity
from mockcheck.rules.base import Flow, Issue, rule


@rule("unreadable-input", Severity.ERROR, "Upload high-fidelity UX mockups.")
def unreadable_input(flow: Flow) -> Iterator[Issue]:
    """Fails: a zero-byte 'Screen 3.png'. Passes: every file decodes."""
    for problem in flow.problems:
        where = problem.source + (f" page {problem.page}" if problem.page else "")
        yield Issue(
            f"{where} could not be read: {problem.reason.rstrip('.')}.",
            source=problem.source,
            page=problem.page,
        )


RULES = (unreadable_input,)
