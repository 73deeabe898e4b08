"""The shipped wording models: trained on the current dev sets only, read with the features they
were trained on."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import pytest

from mockcheck import wording_model
from mockcheck.wording_model import Reader

WORDING = Path(__file__).parents[1] / "benchmarks" / "wording"
# What each model learns from, per set; b, the held-out set, never trains one.
TRAINED_ON = {
    Reader.PURPOSE: ("purpose.tsv", {"a", "c", "d", "rows"}),
    Reader.PROCEED: ("controls.tsv", {"a", "c", "d"}),
    Reader.BACK: ("controls.tsv", {"a", "c", "d"}),
}


@pytest.mark.parametrize("reader", list(Reader))
def test_the_shipped_model_was_trained_on_the_current_dev_sets_only(reader: Reader) -> None:
    # Editing a set without retraining would leave the model describing data that is gone.
    model = json.loads(resources.files("mockcheck").joinpath(reader.file).read_text())
    file, sets = TRAINED_ON[reader]
    assert model["features_version"] == wording_model.FEATURES_VERSION
    assert set(model["trained_on"]) == sets
    for name, digest in model["trained_on"].items():
        assert hashlib.sha256((WORDING / name / file).read_bytes()).hexdigest() == digest, (
            f"set {name} changed since training: python -m benchmarks.{reader.trainer} --write"
        )


def test_a_model_trained_on_other_features_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    wording_model._model.cache_clear()
    monkeypatch.setattr(wording_model, "FEATURES_VERSION", wording_model.FEATURES_VERSION + 1)
    try:
        with pytest.raises(RuntimeError, match="retrain"):
            wording_model.probability("Your likes become a playlist.")
        with pytest.raises(RuntimeError, match=r"benchmarks\.control_model"):
            wording_model.probability("Onward", Reader.PROCEED)
    finally:
        wording_model._model.cache_clear()
