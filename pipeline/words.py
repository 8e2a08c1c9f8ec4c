"""How often a word is written in one of the official languages (pyspellchecker's frequency lists:
English, French, Spanish, Russian, Arabic; Chinese puts no spaces between words). The PDF readers
use it to rejoin a word that a justified line spaced apart ("transfe r", "sele cted")."""
from functools import lru_cache

_LISTS = ("en", "fr", "es", "ru", "ar")      # pyspellchecker's names are the project's language codes


@lru_cache(maxsize=None)
def frequency(lang: str):
    """word (lower case) -> how often it is written (0: not a word of the list); None for a
    language without a list."""
    if lang not in _LISTS:
        return None
    from spellchecker import SpellChecker
    counts = dict(SpellChecker(language=lang, distance=1).word_frequency.dictionary)
    return lambda word: counts.get(word, 0)     # a plain dict: asked for every pair of words
