"""The final screen: it must confirm that the app connected to TikTok."""

from __future__ import annotations

from collections.abc import Iterator

from mockcheck.model import Severity, Step
from mockcheck.rules.base import Flow, Issue, rule


@rule(
    "missing-success-confirmation",
    Severity.ERROR,
    "Demonstrate confirmation that your app successfully connected to TikTok.",
)
def missing_success_confirmation(flow: Flow) -> Iterator[Issue]:
    """Fails: the last screen shows a feed with no word of the connection. Passes: 'TikTok connected!'."""
    screens = flow.of_step(Step.RESULT)
    if screens and not any(s.facts.success for s in screens):
        yield Issue(
            f"{screens[-1].label} does not confirm that the connection succeeded. Add a clear message "
            'such as "TikTok connected" or "You\'re all set: your TikTok data is imported".',
            screen=screens[-1],
        )


RULES = (missing_success_confirmation,)
