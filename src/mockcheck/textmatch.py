"""Fuzzy phrase search over OCR'd lines, tolerant of the errors Tesseract makes on UI text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

# Typographic variants of the same character; folding them costs nothing on clean text.
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
    }
)

# Fuzzy matching tolerates OCR slips word by word: words of up to SHORT_WORD_CHARS letters
# must be exact ('back' vs 'black'), longer ones may have one slip, and words longer than
# LONG_WORD_CHARS two. Phrases of one word, or this short, are matched exactly.
SHORT_WORD_CHARS = 4
LONG_WORD_CHARS = 9
SHORT_PHRASE_CHARS = 6
GLUED_MAX_WORDS = 3
# A cheap bound that any phrase within the tolerated slips clears.
PREFILTER_SCORE = 75.0


# facts.py reads every element against a dozen phrase families; each asks for the same
# element's normalised text, so it is computed once per distinct string.
@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Lower case, ASCII quotes and dashes, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(_FOLD)
    text = re.sub(r"[^a-z0-9'@/.&%+$ -]+", " ", text)
    # 'phone / email / username': OCR often drops a lone slash, so neither side keeps it.
    text = re.sub(r"\s/(?=\s)", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def normalise_phrase(phrase: str) -> str:
    """Phrases are folded like OCR text so that both sides meet in the same alphabet."""
    return normalise(phrase)


def _word_bounded(phrase: str, text: str) -> tuple[int, int] | None:
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if (start == 0 or not text[start - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            return start, end
        start = text.find(phrase, start + 1)
    return None


def _allowed_edits(word: str) -> int:
    """OCR slips tolerated in one word: none in short words, where one slip makes another word."""
    if len(word) <= SHORT_WORD_CHARS:
        return 0
    return 1 if len(word) <= LONG_WORD_CHARS else 2


def find_span(text: str, phrase: str) -> tuple[int, int] | None:
    """Where normalised `phrase` stands in normalised `text` (character offsets), allowing OCR slips.

    An exact match must start and end on word boundaries, so 'back' is not found in 'feedback'.
    A fuzzy match lines the phrase's words up with a run of the text's words, each within a
    slip or two of OCR (a transposition counts as one): 'watch histroy' is 'watch history',
    but 'connect to tiktok' is not 'connected to tiktok' and 'll your data' is not 'all your data'.
    """
    if not phrase or not text:
        return None
    exact = _word_bounded(phrase, text)
    if exact is not None:
        return exact
    words = phrase.split()
    # Tesseract glues short words set with tight spacing: 'Not now' is read 'Notnow'.
    if 1 < len(words) <= GLUED_MAX_WORDS:
        glued = _word_bounded("".join(words), text)
        if glued is not None:
            return glued
    # A single word is matched exactly: one slip turns 'integrations' into 'interactions'.
    if len(words) < 2 or len(phrase) <= SHORT_PHRASE_CHARS:
        return None
    # partial_ratio (in C) rules most texts out cheaply before the word-by-word comparison.
    if not fuzz.partial_ratio(phrase, text, score_cutoff=PREFILTER_SCORE):
        return None
    offsets = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    tokens = [text[a:b] for a, b in offsets]
    for start in range(len(tokens) - len(words) + 1):
        if all(
            OSA.distance(w, t, score_cutoff=_allowed_edits(w)) <= _allowed_edits(w)
            for w, t in zip(words, tokens[start : start + len(words)], strict=True)
        ):
            return offsets[start][0], offsets[start + len(words) - 1][1]
    return None


def contains(text: str, phrase: str) -> bool:
    """Whether normalised `text` contains normalised `phrase` (see find_span)."""
    return find_span(text, phrase) is not None


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
