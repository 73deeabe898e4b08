"""Is a screen written in English? TikTok requires English mockups; other languages earn a warning.

Function words decide it: every sentence of a language uses its own few dozen of them, so even a
screen of short UI strings shows which language it is in, and OCR rarely invents them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ENGLISH = frozenset(
    (
        "a about after all also an and any are as at back be been before but by can cancel connect "
        "continue data do does done don't for from get go has have here how i if in into is it its "
        "it's just let's like log me more my new next no not now of on once one only or our out over "
        "please see share so that the their them then there these they this to up us use we we'll "
        "what when where which who why will with you you'll your you're account allow sign password "
        "email "
    ).split()
)
# Function words of the languages mockups most often come in besides English; words shared with
# English ('a', 'in', 'no', 'on') are left out so they do not vote twice.
OTHER_LANGUAGES: dict[str, frozenset[str]] = {
    "German": frozenset(
        (
            "der die das und ist nicht mit ein eine zu den von für auf sie wir ihr ihre ihren dein deine "
            "deinen werden wird zurück weiter abbrechen verbinden konto daten dass sich auch oder "
        ).split()
    ),
    "French": frozenset(
        (
            "le la les et est pas avec un une des du pour sur vous nous votre vos ce cette sont être "
            "retour continuer annuler connecter compte données que qui dans par au aux "
        ).split()
    ),
    "Spanish": frozenset(
        (
            "el la los las y es con un una del para por su sus tu tus nosotros vuestro volver continuar "
            "cancelar conectar cuenta datos que en al se lo como más "
        ).split()
    ),
    "Portuguese": frozenset(
        (
            "o os as e é não com um uma do da dos das para por seu sua seus você nós voltar continuar "
            "cancelar conectar conta dados que em ao se como mais "
        ).split()
    ),
    "Italian": frozenset(
        (
            "il lo gli le e è non con uno una del della per su tuo tua tuoi noi indietro continua annulla "
            "connetti account dati che di al si come più "
        ).split()
    ),
    "Dutch": frozenset(
        (
            "de het een en is niet met van voor op je jouw uw wij we terug doorgaan annuleren verbinden "
            "account gegevens dat die ook of "
        ).split()
    ),
}
# Below this many function words the screen says too little to judge.
MIN_FUNCTION_WORDS = 4


def _tokens(words: Iterable[str]) -> list[str]:
    # One-letter tokens are left out: OCR reads check marks as 'y' and 'v', which would vote Spanish.
    return [t for w in words for t in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", w.lower()) if len(t) > 1]


def english_ratio(words: Iterable[str]) -> float:
    """Share of the function words on the screen that are English (1.0 when there are too few to tell)."""
    tokens = _tokens(words)
    english = sum(t in ENGLISH for t in tokens)
    other = max((sum(t in vocab for t in tokens) for vocab in OTHER_LANGUAGES.values()), default=0)
    if english + other < MIN_FUNCTION_WORDS:
        return 1.0
    return english / (english + other)


def likely_language(words: Iterable[str]) -> str | None:
    """The non-English language the screen is most likely written in, if any has the most function words."""
    tokens = _tokens(words)
    english = sum(t in ENGLISH for t in tokens)
    best_name, best = None, 0
    for name, vocab in OTHER_LANGUAGES.items():
        hits = sum(t in vocab for t in tokens)
        if hits > best:
            best_name, best = name, hits
    if best_name is None or best <= english or best < MIN_FUNCTION_WORDS:
        return None
    return best_name
