"""What a connecting screen says it takes, and what a result screen says happened: data named
to be left alone is not taken, the app's own things are not TikTok's, and a success word in a
failure or about another service confirms nothing.

The lines are written for this file, in none of the wording sets.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from mockcheck.facts import extract
from mockcheck.model import ScreenReading

from builders import reading


def _data(text: str) -> set[str]:
    return set(extract(reading("c.png", ("heading", "Connecting to TikTok"), ("text", text))).data)


@pytest.mark.parametrize(
    "text",
    [
        "We never look at your private messages.",
        "We do not copy your direct messages.",
        "No DMs, no drafts, no surprises.",
        "Your watch history is not part of this.",
        "Liked videos are never imported.",
        "Your chats stay on TikTok.",
        "Your inbox remains untouched.",
        "Search history is excluded.",
    ],
)
def test_data_named_to_be_left_alone_is_not_taken(text: str) -> None:
    assert _data(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The denial is its own clause: what comes before it is still taken.
        ("We copy your videos, not your messages.", {"postsandprofile"}),
        ("We read your liked videos - never your DMs.", {"activity"}),
        ("We take your clips but never your chats.", {"postsandprofile"}),
        # A denial that keeps the data.
        ("We import not only your videos but your likes too.", {"postsandprofile", "activity"}),
        ("We won't take anything other than your liked videos.", {"activity"}),
        # A purpose after the data, with its own negation.
        ("We import your liked videos so you never lose a favourite.", {"activity"}),
    ],
)
def test_a_denial_takes_only_the_data_it_names(text: str, expected: set[str]) -> None:
    assert _data(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Your followers on Plume are separate.",
        "Your drafts on Plume are kept for 30 days.",
        "See who visited your Plume profile.",
        "Messages you send on Plume are encrypted.",
    ],
)
def test_the_apps_own_things_are_not_tiktok_data(text: str) -> None:
    assert _data(text) == set()


def test_tiktok_data_found_in_the_app_is_still_data() -> None:
    assert _data("We'll check which accounts you follow are already on Plume.") == {"postsandprofile"}
    assert _data("Your TikTok videos will show on your Plume page.") == {"postsandprofile"}


def test_a_title_case_line_names_no_app() -> None:
    # Every word capitalised: 'Your' and 'Videos' are no apps' names.
    assert _data("Import Your Videos From TikTok Today") == {"postsandprofile"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What we copy: profile, posts, likes", {"postsandprofile", "activity"}),
        ("Bio, clips & watch history", {"postsandprofile", "activity"}),
    ],
)
def test_an_inline_list_of_bare_nouns_names_each(text: str, expected: set[str]) -> None:
    assert _data(text) == expected


def test_a_sentence_with_commas_is_no_list() -> None:
    # A generic noun in a sentence still needs an owner, commas or not.
    assert _data("To recommend videos, we look at trends, topics and timing.") == set()


@pytest.mark.parametrize("text", ["Edit your profile", "Change your profile photo", "Add a bio to your page"])
def test_an_instruction_to_change_the_apps_things_names_no_data(text: str) -> None:
    assert _data(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reels you've made", "postsandprofile"),
        ("Gifts you've sent", "activity"),
        ("Your faves", "activity"),
        ("Your pfp", "postsandprofile"),
        ("Who follows you", "postsandprofile"),
    ],
)
def test_everyday_words_for_data_are_read(text: str, expected: str) -> None:
    assert expected in _data(text)


def _success(text: str) -> bool:
    return bool(extract(reading("r.png", ("text", text), ("button", "Open the app"))).success)


@pytest.mark.parametrize(
    "text",
    [
        "TikTok is not connected yet.",
        "Your TikTok account could not be linked.",
        "Sync failed, please try again.",
        "TikTok has been disconnected.",
        "Dropbox connected",
        "Pinterest account linked",
    ],
)
def test_a_failure_or_another_services_success_confirms_nothing(text: str) -> None:
    assert not _success(text)


@pytest.mark.parametrize(
    "text",
    [
        "TikTok connected",
        "Dropbox and TikTok connected",
        "Your TikTok import is in progress.",
        "Your videos came through.",
        "Connection to TikTok established",
        "Your TikTok export has arrived.",
    ],
)
def test_a_success_with_tiktok_in_everyday_words_confirms_it(text: str) -> None:
    assert _success(text)


@pytest.mark.parametrize("intro", ["Not included:", "What we never see", "Off-limits to us:"])
def test_a_list_introduced_as_left_alone_names_no_data(intro: str) -> None:
    facts = extract(
        reading(
            "c.png",
            ("heading", "Connecting to TikTok"),
            ("text", "What we copy:"),
            ("list_item", "Liked videos"),
            ("heading" if not intro.endswith(":") else "text", intro),
            ("list_item", "Direct messages"),
            ("list_item", "Your drafts"),
            ("text", "We use your likes to build your weekly mix."),
        )
    )
    assert set(facts.data) == {"activity"}


@pytest.mark.parametrize("intro", ["Don't worry, here is all we copy:", "No password needed. We copy:"])
def test_a_list_whose_introducer_only_holds_a_negation_is_taken(intro: str) -> None:
    facts = extract(reading("c.png", ("text", intro), ("list_item", "Direct messages")))
    assert set(facts.data) == {"directmessages"}


def test_data_after_the_apps_name_and_a_colon_is_still_data() -> None:
    # Normalised, 'Shared with Plume: search history' loses its colon: the name does not own it.
    assert _data("Shared with Plume: search history and direct messages.") == {"activity", "directmessages"}


def test_a_title_run_into_its_paragraph_is_no_instruction() -> None:
    # The layout may join a heading 'Add TikTok to Plume' to the sentences under it.
    text = "Add TikTok to Plume TikTok will ask you to confirm next. Plume will receive your liked videos and your bio."
    assert _data(text) == {"activity", "postsandprofile"}


def _beside(base_text: str, tail_text: str) -> ScreenReading:
    """A screen with `tail_text` OCR read as a second element right of `base_text`, in its row."""
    base = reading("c.png", ("heading", "Connecting to TikTok"), ("text", base_text), ("text", tail_text))
    head, tail = base.layout.elements[1], base.layout.elements[2]
    x, y, w, h = head.box
    moved = replace(tail, box=(x + w + 4, y, tail.box[2], h))
    return replace(base, layout=replace(base.layout, elements=(base.layout.elements[0], head, moved)))


@pytest.mark.parametrize("tail", ["'ve liked", "ve liked"])
def test_a_chip_cut_at_its_apostrophe_is_read_whole(tail: str) -> None:
    # 'Videos you' alone would be the user's posts; "Videos you've liked" is activity.
    assert set(extract(_beside("Videos you", tail)).data) == {"activity"}


def test_a_contraction_in_another_row_is_not_joined() -> None:
    facts = extract(reading("c.png", ("text", "Videos you"), ("text", "ve liked")))
    assert "postsandprofile" in facts.data


def test_comments_named_to_be_left_alone_disclose_nothing() -> None:
    facts = extract(reading("c.png", ("text", "We never read your comments.")))
    assert facts.neutral_data == ()
    assert extract(reading("c.png", ("list_item", "Your comments"))).neutral_data != ()
