"""Second readers of wording: logistic models over words and word pairs.

The hand-written readers in `facts` (stock phrases, sentence shapes, control words) are precise
on the wording they were tuned on, but every designer finds new ways to say why ('Posts + our
templates = a book') or to label a button ('Yep, send me over'). A bag of words trained on the
dev wording sets, written by helpers who never saw the checker, read a set by another author
better than the rules did (benchmarks/purpose_model.py and benchmarks/control_model.py measure
it set by set). `facts` asks both: a model adds what it is sure of, and the purpose model also
vetoes the rules' weakest reads.

Each model is a file of weights, made from the dev sets only; the held-out set never trains one:
- purpose: does a line say why the data is wanted;
- proceed / back: is a control's label the way on to TikTok, or the way back out.
"""

from __future__ import annotations

import json
import math
import re
from enum import StrEnum
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from mockcheck.textmatch import normalise

# Version of `features`: a model trained on other features must not be read with these.
FEATURES_VERSION = 2
# Sentences longer than this add no new signal, only words for the weights to drown in.
MAX_TOKENS = 40

# 'one-to-one' is one word: split, its 'to' would read as the 'to' of a reason.
_TOKEN = re.compile(r"[a-z]+(?:['-][a-z]+)*|[0-9]+|[+&%$]")


class Reader(StrEnum):
    PURPOSE = "purpose"
    PROCEED = "proceed"
    BACK = "back"

    @property
    def file(self) -> str:
        return f"{self.value}_model.json"

    @property
    def trainer(self) -> str:
        return "purpose_model" if self is Reader.PURPOSE else "control_model"


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
def _model(reader: Reader) -> tuple[dict[str, float], float]:
    raw: dict[str, Any] = json.loads(resources.files("mockcheck").joinpath(reader.file).read_text())
    if raw["features_version"] != FEATURES_VERSION:
        raise RuntimeError(
            f"{reader.file} was trained on features v{raw['features_version']}, "
            f"this code makes v{FEATURES_VERSION}: retrain with python -m benchmarks.{reader.trainer} --write"
        )
    return raw["weights"], float(raw["bias"])


def probability(text: str, reader: Reader = Reader.PURPOSE) -> float:
    """How likely `text` is what `reader` looks for (a reason, a way on, a way back), by its
    shipped model alone."""
    return probability_under(_model(reader), text)


def probability_under(model: tuple[dict[str, float], float], text: str) -> float:
    """The same, by any weights and bias: training measures models it has not written yet."""
    weights, bias = model
    score = bias + sum(weights.get(f, 0.0) for f in features(text))
    return 1.0 / (1.0 + math.exp(-score))
