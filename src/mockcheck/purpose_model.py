"""A second reader of purpose lines: a logistic model over words and word pairs.

The hand-written reader in `facts` (stock phrases, sentence shapes, verbs of doing something
with data) is precise on the wording it was tuned on, but every designer finds new ways to say
why ('Posts + our templates = a book', 'Think of it as feeding the robot'). A bag of words
trained on the dev wording sets, written by helpers who never saw the checker, read a set by a
fourth author better than the rules did (benchmarks/purpose_model.py measures it set by set).
`facts` asks both: the model adds the lines it is sure of and vetoes the rules' weakest reads.

The weights are data, made by `python -m benchmarks.purpose_model --write` from the dev sets
only; the held-out set never trains it.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from mockcheck.textmatch import normalise

MODEL_FILE = "purpose_model.json"
# Version of `features`: a model trained on other features must not be read with these.
FEATURES_VERSION = 2
# Sentences longer than this add no new signal, only words for the weights to drown in.
MAX_TOKENS = 40

# 'one-to-one' is one word: split, its 'to' would read as the 'to' of a reason.
_TOKEN = re.compile(r"[a-z]+(?:['-][a-z]+)*|[0-9]+|[+&%$]")


def features(text: str) -> set[str]:
    """Words, adjacent word pairs, the first word and a length band of one line of text."""
    tokens = _TOKEN.findall(normalise(text))[:MAX_TOKENS]
    found = {f"w:{t}" for t in tokens}
    found |= {f"p:{a}_{b}" for a, b in pairwise(tokens)}
    if tokens:
        found.add(f"first:{tokens[0]}")
    found.add(f"len:{min(len(tokens) // 3, 5)}")
    return found


@cache
def _model() -> tuple[dict[str, float], float]:
    raw: dict[str, Any] = json.loads(resources.files("mockcheck").joinpath(MODEL_FILE).read_text())
    if raw["features_version"] != FEATURES_VERSION:
        raise RuntimeError(
            f"{MODEL_FILE} was trained on features v{raw['features_version']}, "
            f"this code makes v{FEATURES_VERSION}: retrain with python -m benchmarks.purpose_model --write"
        )
    return raw["weights"], float(raw["bias"])


def probability(text: str) -> float:
    """How likely `text` says why the data is wanted, by the shipped model alone."""
    return probability_under(_model(), text)


def probability_under(model: tuple[dict[str, float], float], text: str) -> float:
    """The same, by any weights and bias: training measures models it has not written yet."""
    weights, bias = model
    score = bias + sum(weights.get(f, 0.0) for f in features(text))
    return 1.0 / (1.0 + math.exp(-score))
