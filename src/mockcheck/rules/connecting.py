"""The "Connecting to TikTok" screen: controls to proceed and go back, what data is shared and why."""

from __future__ import annotations

from collections.abc import Iterator

from mockcheck.model import ClassifiedScreen, Severity, Step
from mockcheck.rules.base import Flow, Issue, rule

GUIDELINE_CONTROLS = 'Give users the ability to "Proceed", "Go back", or similar.'
GUIDELINE_EXPLAIN = (
    "Clearly explain to the user what is happening, including an outline of the data being shared "
    "and an explanation of why this data is being requested."
)


def connecting_screens(flow: Flow) -> tuple[ClassifiedScreen, ...]:
    return flow.of_step(Step.CONNECTING)


@rule("missing-proceed", Severity.ERROR, GUIDELINE_CONTROLS)
def missing_proceed(flow: Flow) -> Iterator[Issue]:
    """Fails: a connecting screen with only a 'Go back' link. Passes: 'Continue' and 'Go back' buttons."""
    screens = connecting_screens(flow)
    if screens and all(s.facts.proceed is None for s in screens):
        yield Issue(
            f"{screens[0].label} has no control to go on to TikTok. Add a primary button such as "
            '"Proceed" or "Continue to TikTok".',
            screen=screens[0],
        )


@rule("missing-go-back", Severity.ERROR, GUIDELINE_CONTROLS)
def missing_go_back(flow: Flow) -> Iterator[Issue]:
    """Fails: a connecting screen with only 'Continue'. Passes: 'Continue' and a 'Not now' link."""
    screens = connecting_screens(flow)
    if screens and all(s.facts.go_back is None for s in screens):
        yield Issue(
            f'{screens[0].label} gives users no way to change their mind. Add a "Go back" or '
            '"Cancel" button or link beside the one that proceeds.',
            screen=screens[0],
        )


@rule("missing-data-disclosure", Severity.ERROR, GUIDELINE_EXPLAIN)
def missing_data_disclosure(flow: Flow) -> Iterator[Issue]:
    """Fails: 'We'll connect to your TikTok account.' and nothing more. Passes: 'We'll receive your watch history'."""
    screens = connecting_screens(flow)
    if screens and not any(s.facts.data or s.facts.neutral_data for s in screens):
        yield Issue(
            f"{screens[0].label} does not say which TikTok data will be shared. List it in words "
            'users understand, e.g. "your profile info, your videos and your watch history"; '
            '"your TikTok data" alone is not enough.',
            screen=screens[0],
        )


@rule("missing-purpose", Severity.ERROR, GUIDELINE_EXPLAIN)
def missing_purpose(flow: Flow) -> Iterator[Issue]:
    """Fails: a data list with no reason given. Passes: 'We use your watch history to recommend playlists.'"""
    screens = connecting_screens(flow)
    if screens and not any(s.facts.purpose for s in screens):
        what = "lists the data shared but not" if any(s.facts.data for s in screens) else "does not explain"
        yield Issue(
            f'{screens[0].label} {what} why it is requested. Add a sentence such as "We use your '
            'watch history to ..." that says what your app does with the data.',
            screen=screens[0],
        )


RULES = (missing_proceed, missing_go_back, missing_data_disclosure, missing_purpose)
