"""The final screen: it must confirm that the app connected to TikTok."""

from __future__ import annotations

from collections.abc import Iterator

from mockcheck.model import Severity, Step
from mockcheck.rules.base import Flow, Issue, rule

NO_CONFIRMATION = (
    'does not confirm that the connection succeeded. Add a clear message such as "TikTok '
    'connected" or "You\'re all set: your TikTok data is imported".'
)


@rule(
    "missing-success-confirmation",
    Severity.ERROR,
    "Demonstrate confirmation that your app successfully connected to TikTok.",
)
def missing_success_confirmation(flow: Flow) -> Iterator[Issue]:
    """Fails: the last screen shows a feed with no word of the connection. Passes: 'TikTok connected!'."""
    screens = flow.of_step(Step.RESULT)
    if screens:
        if not any(s.facts.success for s in screens):
            yield Issue(f"{screens[-1].label} {NO_CONFIRMATION}", screen=screens[-1])
        return
    # No confirmation screen, but the journey goes on after TikTok's page: its last screen is
    # where the designer meant to confirm, and it does not (a feed, a dashboard).
    last_step = max(
        (i for i, s in enumerate(flow.screens) if s.step in (Step.AUTHORIZE, Step.CONNECTING)), default=None
    )
    if last_step is None:
        return
    after = [s for s in flow.screens[last_step + 1 :] if s.step is Step.OTHER]
    if after:
        yield Issue(f"{after[-1].label}, the last screen of the journey, {NO_CONFIRMATION}", screen=after[-1])


RULES = (missing_success_confirmation,)
