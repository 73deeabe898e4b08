"""Mockups must be high-fidelity and in English."""

from __future__ import annotations

from collections.abc import Iterator

from mockcheck.language import likely_language
from mockcheck.model import Severity
from mockcheck.rules.base import Flow, Issue, rule

# A screen with less legible text than this is a sketch or a blurred export (real app screens
# carry a heading, a sentence and a button at least).
MIN_LEGIBLE_WORDS = 4


@rule(
    "low-fidelity",
    Severity.WARNING,
    "Upload high-fidelity UX mockups.",
)
def low_fidelity(flow: Flow) -> Iterator[Issue]:
    """Fails: a wireframe with 'Lorem ipsum' and 'Button'. Passes: a finished screen with real copy."""
    for screen in flow.screens:
        if screen.facts.placeholders:
            found = ", ".join(sorted({f"'{m.text}'" for m in screen.facts.placeholders})[:3])
            yield Issue(
                f"{screen.label} shows placeholder text ({found}). Replace it with the real copy "
                "users will read: TikTok asks for high-fidelity mockups.",
                screen=screen,
            )
        elif screen.facts.word_count < MIN_LEGIBLE_WORDS:
            yield Issue(
                f"{screen.label} has almost no legible text. Export the screen at full resolution "
                "(not a thumbnail or a blurred copy) so reviewers can read it.",
                screen=screen,
            )


@rule(
    "non-english",
    Severity.WARNING,
    "The whole application, mockups included, must be in English.",
)
def non_english(flow: Flow) -> Iterator[Issue]:
    """Fails: a screen worded in German. Passes: English copy."""
    for screen in flow.screens:
        words = [w.text for line in screen.layout.lines for w in line.words]
        language = likely_language(words)
        if language:
            yield Issue(
                f"{screen.label} seems to be in {language}. TikTok requires the mockups in English; "
                "mockcheck reads English only, so its step and findings for this screen may be wrong.",
                screen=screen,
            )


RULES = (low_fidelity, non_english)
