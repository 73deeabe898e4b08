"""The control models: asked about buttons and links whose words no rule knows.

The labels here are written for this file, in none of the wording sets, so a pass says the
models read labels they were not trained on.
"""

from __future__ import annotations

import pytest

from mockcheck import facts
from mockcheck.facts import extract
from mockcheck.model import ScreenFacts
from mockcheck.wording_model import Reader

from builders import DATA_LIST, reading

PURPOSE = ("text", "We use them to build your weekly recap.")


def _screen(*controls: tuple[str, str]) -> ScreenFacts:
    return extract(reading("connecting.png", *DATA_LIST, PURPOSE, *controls))


@pytest.mark.parametrize("label", ["Head over to TikTok", "Jump to TikTok"])
def test_a_way_on_no_rule_knows_is_read_by_the_model(label: str) -> None:
    found = _screen(("button", label))
    assert found.proceed_by_rules is None
    assert found.proceed is not None and found.proceed.text == label
    assert found.proceed.phrase == "model proceed"


@pytest.mark.parametrize("label", ["Leave it for now", "Keep things as they are"])
def test_a_way_back_no_rule_knows_is_read_by_the_model(label: str) -> None:
    found = _screen(("button", "Continue"), ("link", label))
    assert found.go_back_by_rules is None
    assert found.go_back is not None and found.go_back.text == label


def test_a_way_back_the_model_finds_lets_the_rules_place_the_way_on() -> None:
    # Known neither by words: the model reads the way back, and the button beside it proceeds.
    found = _screen(("button", "Ready when you are"), ("link", "Leave it for now"))
    assert found.go_back is not None and found.go_back.text == "Leave it for now"
    assert found.proceed is not None and found.proceed.text == "Ready when you are"
    assert found.proceed_by_rules is None and found.go_back_by_rules is None


@pytest.mark.parametrize("label", ["Cookie settings", "Dark mode", "Ready when you are"])
def test_a_label_the_model_is_unsure_of_is_no_control(label: str) -> None:
    found = _screen(("button", label))
    assert found.proceed is None and found.go_back is None


def test_the_rules_read_stands_and_the_models_are_not_asked() -> None:
    found = _screen(("button", "Continue"), ("link", "Go back"))
    assert found.proceed == found.proceed_by_rules and found.go_back == found.go_back_by_rules


def test_only_short_labels_without_a_question_or_address_are_asked() -> None:
    assert facts.model_may_name("Head over to TikTok")
    assert not facts.model_may_name("Why do we need this?")
    assert not facts.model_may_name("tiktok.com/auth")
    assert not facts.model_may_name("Head over to TikTok now and approve it")
    assert not facts.model_may_name("OK")


def test_the_likelier_control_wins_only_when_sure() -> None:
    assert facts.control_verdict(0.9, 0.05) == (Reader.PROCEED, 0.9)
    assert facts.control_verdict(0.1, 0.75) == (Reader.BACK, 0.75)
    assert facts.control_verdict(0.6, 0.3)[0] is None
