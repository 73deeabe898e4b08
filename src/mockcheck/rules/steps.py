"""The journey as a whole: all four steps present, in order, on distinct screens."""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz

from mockcheck.fingerprint import is_copy, near_duplicates, same_words, shows_new_line
from mockcheck.model import JOURNEY, Severity, Step
from mockcheck.rules.base import Flow, Issue, rule
from mockcheck.textmatch import normalise

GUIDELINE_FOUR_SCREENS = (
    "Your upload must ... demonstrate the end-to-end user journey. This includes showing four "
    "distinct screens that clearly illustrate each step."
)

WHAT_TO_ADD: dict[Step, str] = {
    Step.CONNECT: (
        'Add the TikTok connection page: the screen where users see "Connect to TikTok" (or similar) '
        "and select TikTok to connect it to your product."
    ),
    Step.CONNECTING: (
        'Add a "Connecting to TikTok" screen: it tells users your service is connecting to TikTok, '
        'outlines the data being shared and why it is requested, and offers "Proceed" and "Go back".'
    ),
    Step.AUTHORIZE: (
        "Add TikTok's login / authorization page where it appears in the journey. You cannot change "
        "that page, but the guidelines ask for it in the mockups."
    ),
    Step.RESULT: (
        "Add the final screen that confirms your app connected to TikTok successfully (it may also "
        "show the synced data)."
    ),
}
STEP_NAMES = {
    Step.CONNECT: "TikTok connection page",
    Step.CONNECTING: "Connecting to TikTok screen",
    Step.AUTHORIZE: "TikTok authorization page",
    Step.RESULT: "final confirmation screen",
}
# Two screens are the same screen uploaded twice when their pictures and their text agree.
DUPLICATE_TEXT_SIMILARITY = 92.0


@rule("missing-step", Severity.ERROR, GUIDELINE_FOUR_SCREENS)
def missing_step(flow: Flow) -> Iterator[Issue]:
    """Fails: a folder with connect, connecting and result screens only. Passes: all four steps."""
    if not flow.screens:
        return
    for step in JOURNEY:
        if not flow.of_step(step):
            yield Issue(f"No {STEP_NAMES[step]} found. {WHAT_TO_ADD[step]}", step=step)


@rule("step-order", Severity.WARNING, GUIDELINE_FOUR_SCREENS)
def step_order(flow: Flow) -> Iterator[Issue]:
    """Fails: the result screen comes before TikTok's page. Passes: connect, connecting, authorize, result."""
    furthest = -1
    furthest_screen = None
    for screen in flow.screens:
        if screen.step is Step.OTHER:
            continue
        index = JOURNEY.index(screen.step)
        if index < furthest and furthest_screen is not None:
            yield Issue(
                f"{screen.label} ({STEP_NAMES[screen.step]}) comes after {furthest_screen.label} "
                f"({STEP_NAMES[furthest_screen.step]}). Order the files as the user meets the screens: "
                "connection page, connecting screen, TikTok's page, confirmation (name them "
                "'1 ...', '2 ...' so they sort that way).",
                screen=screen,
            )
            return
        if index > furthest:
            furthest, furthest_screen = index, screen


@rule("duplicate-screen", Severity.ERROR, GUIDELINE_FOUR_SCREENS)
def duplicate_screen(flow: Flow) -> Iterator[Issue]:
    """Fails: 'Screen 2.png' and a re-exported copy 'Screen 2 copy.jpg'. Passes: four different screens."""
    for i, later in enumerate(flow.screens):
        for earlier in flow.screens[:i]:
            a, b = earlier.layout, later.layout
            text_a, text_b = normalise(a.text), normalise(b.text)
            if not near_duplicates(
                earlier.facts.fingerprint, later.facts.fingerprint, a.width / a.height, b.width / b.height
            ) and not same_words(text_a, text_b):
                continue
            copy = is_copy(earlier.facts.fingerprint, a, later.facts.fingerprint, b)
            if not copy and (
                shows_new_line(a, b)
                or ((text_a or text_b) and fuzz.token_sort_ratio(text_a, text_b) < DUPLICATE_TEXT_SIMILARITY)
            ):
                continue  # a page in a new state ('TikTok connected' over the connect page) is another screen
            yield Issue(
                f"{later.label} is the same screen as {earlier.label}. The guidelines ask for four "
                "distinct screens: replace the copy with the screen that is missing.",
                screen=later,
            )
            break


RULES = (missing_step, step_order, duplicate_screen)
