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


def number_words() -> dict[str, int]:
    """The numbers in words a statement names: story keys' count words (count_words.tsv, bar the rows its third column
    keeps to story keys) and the tens and scale words of large_number_words.tsv, in the files' order."""
    out: dict[str, int] = {}
    for name in ("count_words.tsv", "large_number_words.tsv"):
        for line in data_lines(DATA / name):
            word, value, *scope = (col.strip() for col in line.split("\t"))
            if scope not in ([], ["keys"]):
                raise ValueError(f"{name}: {word}: third column {scope[0]!r} is not 'keys'")
            if not scope:
                out[word] = int(value)
    return out


NUMBER_WORDS = number_words()


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


# A number as a local format writes it: digits with their group and decimal marks, and what follows without a space
# or after one (4만2천, 85mila, 1,2 millones, 40 millions).
_NUMBER_CORE = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")
_NUMBER_TAIL = re.compile(r" ?[^\W_]+")
SCALED = 100  # a word after the digits is their scale when the value is at least this many times what they read


def written_digits(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def digits_in(span: str, value: float) -> str:
    """A figure's words with its number written as plain digits ("mehr als 110.000" → "mehr als 110000", "4만2천" →
    "42000", "50mila" → "50000", "€1 million" → "€1000000"), the words around it kept: the multilingual encoder reads
    "85.000", "85mila" and "8만5천" as different words, extraction's value as one. A spelled number is replaced when
    it is the figure's only word ("zwanzig"); a word after the digits goes only when the value shows it scales them
    (`SCALED`: 30여 keeps its 여, "110.000 Dosen" its noun)."""
    first = re.search(r"\d", span)
    if first is None:
        return written_digits(value) if len(span.split()) == 1 else span
    core = _NUMBER_CORE.match(span, first.start())
    if core is None:  # pragma: no cover - a digit always starts a core
        return span
    end = core.end()
    read = re.sub(r"\D", "", core.group())
    if read and value >= SCALED * max(int(read), 1):
        tail = _NUMBER_TAIL.match(span, end)
        end = tail.end() if tail else end
    return span[:first.start()] + written_digits(value) + span[end:]
