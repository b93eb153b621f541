"""Whether a name written in Hangul and a name written in Latin letters can be one name.

Korean outlets write foreign names in Hangul (루치아 페란디 for Lucia Ferrandi) and Korean names are romanised in
European outlets (서민재 / Seo Min-jae). Neither script can be read back into the other exactly, so both are reduced
to a key of consonant sound classes (``data/phonetic_classes.tsv``); two names fit when their keys are equal or, for
keys long enough to be telling, differ by one class (Hangul drops a final English "r", German writes "j" for "y").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from newsledger.extract.lexicon import data_lines
from newsledger.link.sources import ascii_fold

_DATA = Path(__file__).resolve().parent / "data"
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_FINALS_PER_INITIAL = 21 * 28
# shorter keys are shared by chance ("KM": Kim, Kami, Come), and below five classes a one-class difference is too
# (조태민 STMN and "Lee Tae-min" RTMN are two surnames)
_EXACT_MIN = 3
_FUZZY_MIN = 5


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[tuple[re.Pattern[str], str], ...], tuple[str, ...], tuple[str, ...]]:
    latin: list[tuple[re.Pattern[str], str]] = []
    initials: list[str] = []
    finals: list[str] = [""]  # index 0: a syllable without a final consonant
    for line in data_lines(_DATA / "phonetic_classes.tsv"):
        kind, letter, cls = line.split("\t")[:3]
        cls = "" if cls == "-" else cls
        if kind == "latin":
            latin.append((re.compile(letter), cls))
        elif kind == "initial":
            initials.append(cls)
        elif kind == "final":
            finals.append(cls)
    if len(initials) != 19 or len(finals) != 28:
        raise ValueError("phonetic_classes.tsv must list 19 Hangul initials and 27 finals")
    return tuple(latin), tuple(initials), tuple(finals)


@lru_cache(maxsize=1)
def _readings() -> dict[str, tuple[str, ...]]:
    """Classes a Latin letter is read more than one way by (the table's `reading` rows: W, a leading L, ch, soft g)."""
    out = {}
    for line in data_lines(_DATA / "phonetic_classes.tsv"):
        kind, cls, readings = line.split("\t")[:3]
        if kind == "reading":
            out[cls] = tuple("" if r == "-" else r for r in readings.split("|"))
    return out


def has_hangul(text: str) -> bool:
    return any(_HANGUL_FIRST <= ord(c) <= _HANGUL_LAST for c in text)


def _collapse(classes: str) -> str:
    return re.sub(r"(.)\1+", r"\1", classes)


def _hangul_key(token: str) -> str:
    _, initials, finals = _tables()
    out = ""
    last_final = ""
    for c in token:
        code = ord(c) - _HANGUL_FIRST
        if 0 <= code <= _HANGUL_LAST - _HANGUL_FIRST:
            initial, final = initials[code // _FINALS_PER_INITIAL], finals[code % 28]
            # a consonant written twice across syllables (벨레 for "Vele", 안나 for "Anna") is one sound; two
            # syllables each opening with one (최재 for "Choi Jae") are two
            if last_final and initial == last_final[-1]:
                initial = ""
            out += initial + final
            last_final = final
    return out


def _latin_key(token: str) -> str:
    latin, _, _ = _tables()
    word = re.sub(r"[^a-z]", "", ascii_fold(token))
    for pattern, cls in latin:
        word = pattern.sub(cls, word)
    return _collapse(re.sub(r"[a-z]", "", word))  # vowels, h, y: what no rule rewrote; doubled letters once


def _latin_keys(token: str, first: bool) -> tuple[str, ...]:
    """Every reading of a token's classes: W is a glide in romanised Korean (Hwang) and a consonant in German
    spellings (Welesowa); a name's leading L is silent in Korean surnames (Lim: 임) and sounded in others (Lucia:
    루치아); ch and a soft g are read as each language whose names carry them reads them."""
    out = [""]
    for i, cls in enumerate(_latin_key(token)):
        readings = _readings().get(cls, (cls,)) if cls != "L" or (first and i == 0) else ("R",)
        out = [o + (r or _SILENT) for o in out for r in readings]
    # a class read as nothing can leave one sound written twice across it ("rchr"), which is then one sound; a
    # leading L read as nothing is no such place (Lorenz: 로렌츠 writes the R twice)
    return tuple(dict.fromkeys(_ACROSS_SILENT.sub(r"\1", o.lstrip(_SILENT)).replace(_SILENT, "") for o in out))


_SILENT = "\0"
_ACROSS_SILENT = re.compile("(.)\0+\\1")


def keys(name: str) -> frozenset[str]:
    """The name's consonant classes, token by token, repeats collapsed: 'Lucia Ferrandi' and '루치아 페란디' →
    {'RSPRNT'} (a Latin name with a w, or opening with an l, has more than one reading)."""
    out = [""]
    for i, t in enumerate(name.replace("-", " ").split()):
        parts = (_hangul_key(t),) if has_hangul(t) else _latin_keys(t, first=i == 0)
        out = [o + p for o in out for p in parts]
    return frozenset(out)


def same_name(hangul: str, latin: str) -> bool:
    """Whether a name in Hangul and one in Latin letters can be one name: whole keys fit, or the last words' keys
    (a surname written alone on one side: 페란디 / Lucia Ferrandi)."""
    ha, la = hangul.split(), latin.replace("-", " ").split()
    # a Korean source may be named with its body and title after the name (윤서연 한솔대병원 노조위원장) or before
    # it (철도회사 대변인 헨리케 마스): every run of its words is tried as the name
    pairs = [(" ".join(ha[i:j]), latin) for i in range(len(ha)) for j in range(len(ha), i, -1)]
    if ha and la:
        pairs.append((ha[-1], la[-1]))
    return any(_fits(a, b) for h, lat in pairs for a in keys(h) for b in keys(lat))


def _fits(a: str, b: str) -> bool:
    if len(a) < _EXACT_MIN or len(b) < _EXACT_MIN:
        return False
    if a == b:
        return True
    return min(len(a), len(b)) >= _FUZZY_MIN and Levenshtein.distance(a, b) <= 1


# Romanisations are spelled out for words of at most this many syllables: names are short, and the spellings of a
# word multiply with its length.
_ROMANISED_MAX = 4


@lru_cache(maxsize=1)
def _romanisation() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """(initials, vowels, finals), each a tuple of spellings per jamo in Unicode order (data/hangul_romanisation.tsv)."""
    kinds: dict[str, list[tuple[str, ...]]] = {"initial": [], "vowel": [], "final": []}
    for line in data_lines(_DATA / "hangul_romanisation.tsv"):
        kind, _, spellings = line.split("\t")[:3]
        kinds[kind].append(tuple("" if s == "-" else s for s in spellings.split("|")))
    if (len(kinds["initial"]), len(kinds["vowel"]), len(kinds["final"])) != (19, 21, 28):
        raise ValueError("hangul_romanisation.tsv must list 19 initials, 21 vowels and 28 finals")
    return tuple(kinds["initial"]), tuple(kinds["vowel"]), tuple(kinds["final"])


@lru_cache(maxsize=65536)
def romanisations(word: str) -> frozenset[str]:
    """The Latin spellings a Korean word of Hangul syllables is given (서림 → seorim, 황석 → hwangseok, hwangsuk, …),
    lower case; empty for a word with anything but Hangul syllables, or longer than a name."""
    if not word or len(word) > _ROMANISED_MAX or not all(_HANGUL_FIRST <= ord(c) <= _HANGUL_LAST for c in word):
        return frozenset()
    initials, vowels, finals = _romanisation()
    out = [""]
    for c in word:
        code = ord(c) - _HANGUL_FIRST
        parts = (initials[code // _FINALS_PER_INITIAL], vowels[code // 28 % 21], finals[code % 28])
        out = [o + i + v + f for o in out for i in parts[0] for v in parts[1] for f in parts[2]]
    return frozenset(out)
