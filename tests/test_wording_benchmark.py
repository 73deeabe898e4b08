"""The wording benchmark's scorers count what they say, and its held-out sets stay unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.wording.__main__ import Case, load, main, score_data, score_success


def test_data_scores_count_each_data_set_and_the_lines_naming_none() -> None:
    cases = [
        Case("activity", "Your liked videos"),
        Case("activity,directmessages", "Your watch history and your DMs"),
        Case("none", "We never read your DMs."),
        Case("none", "Pick what to bring over"),
    ]
    summary, errors = score_data(cases)
    assert summary["exact"] == 1.0 and errors == []
    assert summary["activity"]["tp"] == 2 and summary["directmessages"]["tp"] == 1
    assert summary["none_read_as_data"] == 0.0


def test_a_data_line_read_wrong_is_listed_with_its_truth() -> None:
    summary, errors = score_data([Case("postsandprofile", "Your liked videos")])
    assert summary["postsandprofile"]["fn"] == 1 and summary["activity"]["fp"] == 1
    assert errors == ["data activity (truth postsandprofile)\tYour liked videos"]


def test_success_scores_are_precision_and_recall_of_yes() -> None:
    summary, errors = score_success([Case("yes", "TikTok connected"), Case("no", "Dropbox connected")])
    assert (summary["precision"], summary["recall"]) == (1.0, 1.0) and errors == []


def test_labels_left_undecided_are_not_scored(tmp_path: Path) -> None:
    (tmp_path / "data.tsv").write_text("label\ttext\n?\tYour stuff\nactivity\tYour likes\n")
    assert load(tmp_path / "data.tsv") == [Case("activity", "Your likes")]


@pytest.mark.parametrize("held_out", ["holdout", "holdout2"])
def test_errors_of_a_held_out_set_are_refused(held_out: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--set", held_out, "--errors"]) == 2
    assert "held-out" in capsys.readouterr().err
