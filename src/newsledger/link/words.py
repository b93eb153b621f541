"""Words of two texts put side by side: the normalisation alignment compares (case, quotes, British/American
spelling, crude stems), the numbers and dates a text names, and the link stage's word lists in ``link/data``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
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


RATIO_WHOLE_MAX = 1000  # "one in 1,000" is a share; "5 in 2023" is a count and a year


@lru_cache(maxsize=1)
def _ratio_table() -> tuple[tuple[tuple[tuple[str, ...], bool], ...], dict[str, int], frozenset[str]]:
    """data/ratios.tsv: the link words of a ratio (longest first) with whether the part comes first, small numbers
    in words, and the words that never stand between the first number and the link."""
    links: list[tuple[tuple[str, ...], bool]] = []
    numbers: dict[str, int] = {}
    never: set[str] = set()
    for line in data_lines(DATA / "ratios.tsv"):
        kind, form, arg = line.split("\t")[:3]
        if kind == "link":
            links.append((tuple(words(form)), arg == "part-first"))
        elif kind == "number":
            numbers[form] = int(arg)
        elif kind == "not-between":
            never.add(form)
    links.sort(key=lambda link: -len(link[0]))
    return tuple(links), numbers, frozenset(never)


_LEADING_DIGITS = re.compile(r"^(\d+)\D*$")
_MAX_RATIO_DIGITS = 9
_BREAK = re.compile(r"[,.;:!?()]")


def _small_number(token: str, numbers: dict[str, int]) -> int | None:
    """A number word of the table, or digits with a counter glued to them (9가구)."""
    if token in numbers:
        return numbers[token]
    m = _LEADING_DIGITS.match(token)
    if m is None:
        return None
    # a run of digits too long for int() (Python refuses over 4,300) is far beyond any ratio's whole anyway
    digits = m.group(1).lstrip("0") or "0"
    return int(digits) if len(digits) <= _MAX_RATIO_DIGITS else RATIO_WHOLE_MAX + 1


@dataclass(frozen=True)
class Ratio:
    """A share written as a ratio: text[start:end] ("nine in ten"), its part and whole."""
    start: int
    end: int
    part: float
    whole: float
    noun: str = ""  # a word standing between the first number and the link words ("foyers" in "neuf foyers sur dix")

    @property
    def percent(self) -> float:
        return round(100.0 * self.part / self.whole, 1)


def ratios_in(text: str) -> list[Ratio]:
    """The shares a text writes as ratios ("nine in ten", "neuf foyers sur dix", "10가구 중 9가구"), in text order; a
    noun may stand between the first number and the link words."""
    links, numbers, never = _ratio_table()
    text = unicodedata.normalize("NFC", text).translate(QUOTES)
    toks = [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out: list[Ratio] = []
    i = 0
    while i < len(toks):
        found = _ratio_at(text, toks, i, (links, numbers, never))
        if found is None:
            i += 1
            continue
        out.append(found[0])
        i = found[1]
    return out


def _ratio_at(text: str, toks: list[tuple[str, int, int]], i: int,
              table: tuple[tuple[tuple[tuple[str, ...], bool], ...], dict[str, int], frozenset[str]]
              ) -> tuple[Ratio, int] | None:
    links, numbers, never = table
    first = _small_number(toks[i][0], numbers)
    if first is None:
        return None
    # "one" before a noun is mostly an article ("ein Lösegeld von 3,5 Millionen", "una multa de …")
    for gap in (0, 1) if first > 1 else (0,):
        if gap and (i + 1 >= len(toks) or toks[i + 1][0] in never):
            break
        at = i + 1 + gap
        for link, part_first in links:
            if tuple(t for t, _, _ in toks[at:at + len(link)]) != link or at + len(link) >= len(toks):
                continue
            last = at + len(link)
            second = _small_number(toks[last][0], numbers)
            if second is None:
                continue
            part, whole = (first, second) if part_first else (second, first)
            # one phrase: a comma or a full stop between the numbers parts two ("12명으로, 이 중 3명": of those 12)
            if 0 < part < whole <= RATIO_WHOLE_MAX and not _BREAK.search(text, toks[i][2], toks[last][1]):
                noun = toks[i + 1][0] if gap else ""
                return Ratio(toks[i][1], toks[last][2], float(part), float(whole), noun), last + 1
            return None
    return None


def ratio_percents(text: str) -> dict[float, tuple[float, float]]:
    """The shares a text writes as ratios, as percentages → the (part, whole) they were read from: "nine in ten" →
    {90.0: (9.0, 10.0)}."""
    return {r.percent: (r.part, r.whole) for r in ratios_in(text)}


def percent_written(text: str) -> str:
    """The text with each share written as a ratio written as the percentage ("Nine in ten homes" → "90% homes"):
    the encoder then reads it as another outlet's "90% of homes"."""
    # NFC keeps offsets apart from composed accents; a text it changes is left as it is
    if unicodedata.normalize("NFC", text) != text:
        return text
    for r in reversed(ratios_in(text)):
        noun = f" {r.noun}" if r.noun else ""
        text = f"{text[:r.start]}{r.percent:g}%{noun}{text[r.end:]}"
    return text
