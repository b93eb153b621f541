"""Words of two texts put side by side: the normalisation alignment compares (case, quotes, British/American
spelling, crude stems), the numbers and dates a text names, and the link stage's word lists in ``link/data``."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from newsledger.extract.lexicon import data_lines

DATA = Path(__file__).resolve().parent / "data"


def word_list(name: str) -> frozenset[str]:
    return frozenset(data_lines(DATA / name))


STOPWORDS = word_list("stopwords.txt")


# "one" is left out: "one of the", "no one" are not counts
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


DATE_WORDS = word_list("date_words.txt")


QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")  # letters and digits of any script (ASCII text tokenises the same)


_WORD_ASCII = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")  # the same on ASCII text, and a third faster


NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@lru_cache(maxsize=1)
def _spelling_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for line in data_lines(DATA / "spelling.tsv"):
        pattern, replacement = line.split("\t")[:2]
        rules.append((re.compile(pattern), replacement))
    return tuple(rules)


@lru_cache(maxsize=1)
def counted_classes() -> dict[str, str]:
    out = {}
    for line in data_lines(DATA / "counted.tsv"):
        word, cls = line.split("\t")[:2]
        out[word] = cls
    return out


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(QUOTES).casefold()
    return (_WORD_ASCII if text.isascii() else _WORD).findall(text)


def plain(text: str) -> str:
    """Case, punctuation and whitespace removed: the test for `identical`."""
    return " ".join(words(text))


@lru_cache(maxsize=65536)
def _spell(token: str) -> str:
    for pattern, replacement in _spelling_rules():
        token = pattern.sub(replacement, token)
    return token


def spelled(text: str) -> str:
    """`plain` with British/American spelling folded: the test for `variant`."""
    return " ".join(_spell(w) for w in words(text))


def stem(word: str) -> str:
    """A crude stem so lose/losing and battle/battles meet; only used for overlap between two short texts."""
    word = _spell(word)
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit())


def numbers_in(text: str) -> frozenset[float]:
    found = {float(m.group().replace(",", "")) for m in NUMBER.finditer(text)}
    found |= {float(NUMBER_WORDS[w]) for w in words(text) if w in NUMBER_WORDS}
    return frozenset(found)


def dates_in(text: str) -> frozenset[str]:
    found = {w for w in words(text) if w in DATE_WORDS}
    found |= {m.group() for m in re.finditer(r"\b(?:19|20)\d\d\b", text)}
    return frozenset(found)


def english(lang: str | None) -> bool:
    """Articles whose language is unknown are read as English, as they were before languages were told apart."""
    return lang is None or lang == "en"
