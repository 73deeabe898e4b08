"""The scopes requested with --scopes must match the data the connecting screen names."""

from __future__ import annotations

from collections.abc import Iterator

from mockcheck.model import Severity, Step
from mockcheck.rules.base import Flow, Issue, rule
from mockcheck.scopes import DataSet, covered_data_sets

GUIDELINE_MATCH = "This selection must clearly match the description and UX mockups you provide."


def _named(flow: Flow) -> set[DataSet]:
    named: set[DataSet] = set()
    for screen in flow.of_step(Step.CONNECTING):
        named |= {DataSet(v) for v in screen.facts.data}
    return named


@rule("undisclosed-scope", Severity.ERROR, GUIDELINE_MATCH)
def undisclosed_scope(flow: Flow) -> Iterator[Issue]:
    """Fails: --scopes portability.directmessages.single and no word of messages. Passes: 'your DMs'."""
    screens = flow.of_step(Step.CONNECTING)
    if not flow.scopes or not screens:
        return
    named = _named(flow)
    specific = {DataSet.ACTIVITY, DataSet.POSTS_AND_PROFILE, DataSet.DIRECT_MESSAGES}
    for scope in flow.scopes:
        # The whole archive is disclosed by saying so, or by listing every data set it holds.
        disclosed = (
            DataSet.ALL in named or specific <= named
            if scope.data_set is DataSet.ALL
            else scope.data_set in named or DataSet.ALL in named
        )
        if not disclosed:
            yield Issue(
                f"The scope {scope.name} transfers {scope.data_set.human}, but {screens[0].label} "
                "does not mention it. Name that data on the connecting screen, or drop the scope.",
                screen=screens[0],
            )


@rule("unrequested-data", Severity.WARNING, GUIDELINE_MATCH)
def unrequested_data(flow: Flow) -> Iterator[Issue]:
    """Fails: 'your direct messages' with only an activity scope. Passes: data named matches the scopes."""
    screens = flow.of_step(Step.CONNECTING)
    if not flow.scopes or not screens:
        return
    covered = covered_data_sets(flow.scopes)
    for screen in screens:
        for value, mentions in screen.facts.data.items():
            data_set = DataSet(value)
            if data_set not in covered:
                yield Issue(
                    f"{screen.label} names '{mentions[0].text}' ({data_set.human}), which none of the "
                    "requested scopes covers. Request the matching scope, or take it off the screen.",
                    screen=screen,
                )


@rule(
    "ongoing-not-explained",
    Severity.WARNING,
    "TikTok's ongoing scopes repeat the transfer over time; users should be told it repeats.",
)
def ongoing_not_explained(flow: Flow) -> Iterator[Issue]:
    """Fails: an ongoing scope and no word of repeated syncing. Passes: 'We sync new videos every day'."""
    screens = flow.of_step(Step.CONNECTING)
    ongoing = [s for s in flow.scopes if s.ongoing]
    if not ongoing or not screens or any(s.facts.recurrence for s in screens):
        return
    yield Issue(
        f"{ongoing[0].name} transfers data again and again, but {screens[0].label} does not say so. "
        "Tell users how often you sync, e.g. \"We'll keep your videos in sync every day until you "
        'disconnect".',
        screen=screens[0],
    )


RULES = (undisclosed_scope, unrequested_data, ongoing_not_explained)
