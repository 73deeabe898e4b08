"""The TikTok connection page: users must see where to pick TikTok."""

from __future__ import annotations

from collections.abc import Iterator

from mockcheck.model import Severity, Step
from mockcheck.rules.base import Flow, Issue, rule


@rule(
    "missing-connect-option",
    Severity.ERROR,
    'Show the initial option(s) where users can see "Connect to TikTok", or similar. Demonstrate '
    "where your users can select TikTok to connect it to your product or service.",
)
def missing_connect_option(flow: Flow) -> Iterator[Issue]:
    """Fails: a 'Connect a service' page listing Instagram and YouTube only. Passes: a 'Connect TikTok' button."""
    screens = flow.of_step(Step.CONNECT)
    if not screens or any(s.facts.tiktok_option is not None for s in screens):
        return
    screen = screens[0]
    yield Issue(
        f"{screen.label} is the connection page but shows no way to pick TikTok. Add a clearly "
        'labelled option such as a "Connect to TikTok" button or a TikTok entry in the list of '
        "services.",
        screen=screen,
    )


RULES = (missing_connect_option,)
