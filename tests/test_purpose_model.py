"""The purpose model: trained on the dev wording sets only, and asked alongside the rules.

The sentences here are written for this file, in none of the wording sets, so a pass says the
model reads wording it was not trained on rather than remembering its training lines.
"""

from __future__ import annotations

import pytest

from mockcheck import facts, wording_model
from mockcheck.facts import extract

from builders import CONTROLS, DATA_LIST, reading


def test_features_are_words_pairs_first_word_and_length() -> None:
    assert wording_model.features("So we can BUILD it.") == {
        "w:so", "w:we", "w:can", "w:build", "w:it",
        "p:so_we", "p:we_can", "p:can_build", "p:build_it",
        "first:so", "len:1",
    }  # fmt: skip
    # 'one-to-one' stays one word: its 'to' is not the 'to' of a reason.
    assert "w:to" not in wording_model.features("Your one-to-one chats")


def test_a_data_row_with_its_caption_is_no_reason() -> None:
    # OCR reads a row and its caption as one line; a long line about 'your' things is no reason.
    assert _purpose("Your chats Your one-to-one and group chats") == ()


def _purpose(text: str) -> tuple[str, ...]:
    found = extract(reading("connecting.png", *DATA_LIST, ("text", text), *CONTROLS)).purpose
    return tuple(m.text for m in found)


@pytest.mark.parametrize(
    "text",
    [
        # No stock phrase, no verb the rules know: the model reads them.
        "Your posts and our layouts come together as a coffee-table book.",
        "Fresh mixes built from the sounds you keep replaying",
        "Every clip you have posted, arranged as a printed yearbook.",
    ],
)
def test_a_reason_no_rule_reads_is_found_by_the_model(text: str) -> None:
    assert not facts.rule_purpose_phrase(text)
    assert wording_model.probability(text) >= facts.MODEL_SURE
    assert _purpose(text) == (text,)


@pytest.mark.parametrize(
    "text",
    [
        # 'so' and 'get ... for' fool the rules; the model has seen such lines say nothing.
        "So that is all: one tap and you are connected.",
        "You will get a voucher for taking part in the survey.",
    ],
)
def test_a_rule_read_the_model_rejects_is_dropped(text: str) -> None:
    assert facts.rule_purpose_phrase(text)
    assert wording_model.probability(text) < facts.MODEL_VETO
    assert _purpose(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Kitchenly will receive your liked videos.",
        "You can disconnect at any time in Settings.",
        "We never post to TikTok without asking you first.",
        "Tap Continue to sign in with TikTok.",
    ],
)
def test_lines_that_give_no_reason_stay_without_one(text: str) -> None:
    assert _purpose(text) == ()


def test_a_pointer_with_its_reason_below_is_read_without_asking_the_model() -> None:
    # The model sees one line; 'Why we need this' alone scores low, but the line under it answers.
    elements = (
        *DATA_LIST,
        ("heading", "Why we need this"),
        ("text", "It keeps your recap fresh."),
        *CONTROLS,
    )
    assert wording_model.probability("Why we need this") < facts.MODEL_VETO
    assert "Why we need this" in {m.text for m in extract(reading("c.png", *elements)).purpose}


def test_the_model_reads_the_surest_sentence_of_a_paragraph() -> None:
    text = "Pixeldrop is free. Your posts and our layouts come together as a coffee-table book."
    sentence, p = facts._model_read(text)
    assert sentence.startswith("your posts") and p >= facts.MODEL_SURE


def test_a_stock_phrase_of_a_reason_stands_against_the_model() -> None:
    # The model learnt 'can't' from lines that deny a use; 'use this data' is a reason however said.
    text = "We can't tag workouts unless we use this data."
    assert facts.rule_purpose_phrase(text) == "use this data"
    assert facts._model_read(text)[1] < facts.MODEL_VETO
    assert _purpose(text) == (text,)


def test_a_sentence_the_rules_know_gives_no_reason_is_not_the_models_to_read() -> None:
    # 'Find the TikTok app ... and sign in' scores high on its 'your' things; it is an instruction.
    text = "Find the TikTok app on your home screen and sign in."
    assert not facts.model_may_read(text)
    assert facts._model_read(text) == ("", None)
    assert _purpose(text) == ()
