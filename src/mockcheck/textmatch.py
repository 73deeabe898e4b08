"""Fuzzy phrase search over OCR'd lines, tolerant of the errors Tesseract makes on UI text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

# Tesseract on UI fonts confuses these; folding them before matching costs nothing on clean text.
_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "—": "-",
        "–": "-",
        "|": "l",
        "0": "o",
        "1": "l",
        "5": "s",
        "$": "s",
        "€": "e",
        "@": "@",
    }
)

# How close a fuzzy match must be, by phrase length. Short phrases need near-exact matches, or
# "back" finds "black" and "link" finds "line"; long ones tolerate a wrong letter or two.
SHORT_PHRASE_CHARS = 6
SHORT_PHRASE_SCORE = 100.0
MEDIUM_PHRASE_CHARS = 12
MEDIUM_PHRASE_SCORE = 90.0
LONG_PHRASE_SCORE = 86.0
PREFILTER_SLACK = 8.0


def normalise(text: str) -> str:
    """Lower case, ASCII quotes, digits that OCR reads for letters folded, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(_FOLD)
    text = re.sub(r"[^a-z0-9'@/.&%+ -]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def normalise_phrase(phrase: str) -> str:
    """Phrases are folded like OCR text so that both sides meet in the same alphabet."""
    return normalise(phrase)


@lru_cache(maxsize=4096)
def _threshold(length: int) -> float:
    if length <= SHORT_PHRASE_CHARS:
        return SHORT_PHRASE_SCORE
    if length <= MEDIUM_PHRASE_CHARS:
        return MEDIUM_PHRASE_SCORE
    return LONG_PHRASE_SCORE


def _word_bounded(phrase: str, text: str) -> bool:
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if (start == 0 or not text[start - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            return True
        start = text.find(phrase, start + 1)
    return False


def contains(text: str, phrase: str) -> bool:
    """Whether normalised `text` contains normalised `phrase`, allowing OCR errors in long phrases.

    An exact match must start and end on word boundaries, so 'back' is not found in 'feedback'.
    A fuzzy match compares the phrase with runs of whole words of about its length (OCR splits
    and merges words), and the phrase's short words must be there exactly: a slip in 'history'
    is OCR, but 'll your tiktok data' is not 'all your tiktok data'.
    """
    if not phrase or not text:
        return False
    if _word_bounded(phrase, text):
        return True
    threshold = _threshold(len(phrase))
    # A single word is matched exactly: one slip turns 'integrations' into 'interactions'.
    if threshold >= 100.0 or " " not in phrase:
        return False
    # partial_ratio (in C) bounds the best window's score from above, give or take a few points
    # for windows longer than the phrase: most texts are ruled out here, cheaply.
    if not fuzz.partial_ratio(phrase, text, score_cutoff=threshold - PREFILTER_SLACK):
        return False
    words = phrase.split()
    short = [w for w in words if len(w) <= 3]
    tokens = text.split()
    for size in {max(1, len(words) - 1), len(words), len(words) + 1}:
        for start in range(0, max(0, len(tokens) - size) + 1):
            window = tokens[start : start + size]
            if short and any(w not in window for w in short):
                continue
            if fuzz.ratio(phrase, " ".join(window), score_cutoff=threshold):
                return True
    return False


def find_any(text: str, phrases: Iterable[str]) -> str | None:
    """The first of `phrases` (already normalised) found in `text` (already normalised)."""
    for phrase in phrases:
        if contains(text, phrase):
            return phrase
    return None


def mentions_tiktok(text: str) -> bool:
    """'TikTok', 'Tik Tok', 'TIKTOK', "TikTok's", and common OCR slips ('TlkTok', 'TikTek')."""
    if "tiktok" in text or "tik tok" in text or "tik-tok" in text:
        return True
    for token in re.findall(r"[a-z]{5,8}", text):
        if token.startswith("t") and fuzz.ratio(token, "tiktok") >= 80:
            return True
    return False
