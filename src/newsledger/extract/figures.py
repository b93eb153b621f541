"""Numeric claims: each count with its qualifier, what it counts, its category, its scope, and who asserts it.

Numbers come from numbers.py (identifiers already dropped). For each, within its sentence:
- `counted`: the words right after the number up to the first function word, plus a following participle phrase
  ("troops killed or wounded"), as written;
- `category`: the nearest *strong* category word after the number and before the next number ("two killed and
  three wounded"), else one the number is the object of ("killed two", "the death toll rose to 5"), else a weak
  one (troops → deployed, shot/victims → killed_or_wounded). Casualties are killed **or** wounded, never deaths;
- `scope`: time and place phrases of the clause ("so far", "in just the past week", "since December", "in Kursk"),
  as written, and the period they cover resolved against the statement's date or the article's; extents that hold
  many events ("since Friday night", "across the city", "in three separate shootings") are looked for in the whole
  sentence (`covers_many_events` tells such a tally from one incident's count);
- `source`: the speaker of the statement whose content holds the figure, with the statement's relay chain; a figure
  in the writer's own sentence is asserted by the outlet (source None, `statement` None).
A spelled-out number ("two", "dozens") is kept only when it counts people or a casualty word is near, or when the
sentence's grammar makes it a count (figure_relations.tsv): the value a running count is set to ("bringing the death
toll from Sunday's collapse to six": killed; "the number of outbreaks rose to five"), a plural noun after it ("three
plants", "eight crew"), or its clause's subject with the noun left out ("nine were dug out alive", "Seven of their
colleagues are still trapped"); "one of the", "two weeks", "both sides" and "a few" are not figures, nor is a
spelled-out number after a definite determiner naming things already introduced ("the two shootings are related"). A
length is a figure when it measures a thing ("a sinkhole 20 metres across", "a 10-kilometre zone", "the 38-km
detour") or a movement ("the river rose 4.5 metres"), not when it places one ("two miles away"). A qualifier may
follow the number or its noun ("30 or so residents", "1,000 jobs or more"), or be the number word's own ("a dozen").
A length of time is a figure, in its unit and category `other`, when it is how long something is expected to last
("repairs would take at least six months") or stays stopped ("the motorway was closed for nearly 12 hours"), not when
it dates or frames ("two years ago", "jailed for three years").
A number followed by an active casualty verb with its own object ("two men walked up and shot him") counts shooters,
not casualties (category `other`); a count of things ("two buildings", "one count of wounding") is no casualty count.

Casualties told without a number are figures too, their span the people as written: one person ("a 15-year-old was
fatally shot", "killing his stepson", a headline's "Teen shot dead in …"), people listed one by one and counted
together ("a mother and her two sons were found dead": 3; "killed his wife, then himself": 2), and an ordinal toll
("a third victim has died": at least 3).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from newsledger.extract.figure_sources import continue_sources
from newsledger.extract.first_chars import quick_start
from newsledger.extract.lexicon import table, words
from newsledger.extract.numbers import NumberMention, find_numbers, is_vague, qualifier_bounds
from newsledger.ledger import Article, Figure, Span, Statement, stable_id

# Words that end a counted phrase: what follows them is the clause, not the thing counted.
_STOP = frozenset(["a", "an", "the", "of", "in", "on", "at", "by", "for", "from", "with", "to", "into", "onto", "over", "under", "since", "during", "until", "after", "before", "about", "around", "near", "across", "through", "within", "without", "per", "as", "than", "and", "or", "but", "nor", "so", "yet", "if", "while", "when", "where", "who", "whom", "whose", "which", "that", "this", "these", "those", "there", "here", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also", "just", "only", "still", "even", "already", "now", "then", "again", "reportedly", "allegedly", "said", "says", "say", "told", "according", "while", "including", "like", "such", "more", "less", "most", "least", "each", "every", "all", "any", "some", "both", "either", "neither", "he", "she", "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "your", "them", "us", "him", "me", "last", "past", "next", "this"])
_DURATION = frozenset(["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "time", "times", "night", "nights", "morning", "mornings", "weekend", "weekends", "round", "rounds", "shot-clock", "blocks", "block", "doors", "miles", "feet", "yards", "metres", "meters", "kilometres", "kilometers", "generations", "takeaways", "things", "ways", "steps", "points", "rounds", "shots", "bullets", "cartridges", "casings"])
# Things, not people: a count of them is no casualty count ("one count of malicious wounding", "three gunshot
# wounds", "between two buildings").
_THINGS = frozenset(["count", "counts", "charge", "charges", "wound", "wounds", "injuries", "buildings", "houses",
                     "homes", "cars", "vehicles", "guns", "handguns", "rifles", "weapons", "dogs", "streets",
                     "apartments", "doors", "windows", "shootings", "incidents", "attacks", "shots", "rounds",
                     "offenses", "offences", "hospitals", "schools", "rewards", "reward", "businesses", "stores"])
_PARTICIPLE = re.compile(r"\s+((?:killed|wounded|injured|dead|missing|captured|displaced|arrested|detained|hurt|shot)"
                         r"(?:\s+(?:or|and)\s+(?:killed|wounded|injured|dead|missing|captured|hurt))?)\b", re.I)
_SCOPE = re.compile(
    r"\b(?:so far|to date|thus far|(?:[Ee]arlier |[Ll]ater )?this (?:year|month|week)|last (?:year|month|week|weekend|night)|"
    r"(?:in|over|during|for|within)\s+(?:just\s+|only\s+)?the\s+(?:past|last|previous|preceding)\s+"
    r"(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)(?:\s+alone)?|"
    r"(?:past|last|previous)\s+(?:hours?|days?|weeks?|months?|years?)\s+alone|"
    r"since\s+(?:(?:early|late|mid-?)\s*)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|since\s+\d{4}|"
    r"(?:in|across|near|around)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of))*)")
# Windows and extents that cover many events, looked for in the whole sentence: a figure scoped so ("at least 74
# people shot since Wednesday in Chicago", "eight killed in shootings across the city", "305 homicides in 2015")
# counts several incidents, not one.
_AGGREGATE_SCOPE = re.compile(
    r"\b(?:since\s+(?:about\s+|around\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|"
    r"since\s+(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:across|throughout|around)\s+the\s+(?:city|state|county|region|country|nation)(?:'s\s+[\w\s]{1,30}?sides?)?|"
    r"(?:city|state|nation|county)-?wide|"
    r"in\s+(?:(?:\w+|\d+)\s+){0,3}?(?:separate\s+|different\s+|other\s+|unrelated\s+)?(?:shootings|incidents|attacks)\b|"
    r"over\s+the\s+(?:[A-Z][\w']*\s+){0,3}?(?:holiday\s+|long\s+)?weekend|"
    r"in\s+(?:a\s+span\s+of|the\s+span\s+of)\s+(?:\w+\s+){0,2}?(?:hours|days|weeks)|"
    r"(?:so\s+far\s+|earlier\s+)?this\s+year|in\s+(?:19|20)\d\d\b)")
# Where an aggregate phrase stops applying: a new clause after a semicolon, or an apposition after a dash ("shot two
# others — a grisly scene that brought to 20 the number of people shot in 80 hours").
_AGGREGATE_BREAK = re.compile(r";|[—–]\s+(?:a|an|the|which|that|it|this)\b|\s-\s+(?:a|an|the|which|that|it|this)\b")
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
# A money unit after the number ("5 million dollars") when no currency sign stood before it.
_MONEY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "pounds": "GBP", "rubles": "RUB",
                "roubles": "RUB", "yuan": "CNY", "yen": "JPY", "won": "KRW"}
_PERCENT = re.compile(r"\s*(?:%|percent\b|per cent\b|pct\b)", re.I)


@cache
def _length_units() -> dict[str, str]:
    """Length unit as written (lower case) → the unit the figure records (figure_relations.tsv `length_unit`)."""
    return {r[0].lower(): r[1] for r in _relations()["length_unit"]}


@cache
def _length_words() -> str:
    return _alternatives("length_unit")


@cache
def _length() -> re.Pattern[str]:
    return re.compile(rf"(?:\s*|-)({_length_words()})\b", re.I)


@cache
def _categories() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    rows = sorted(table("figure_categories.tsv"), key=lambda r: -len(r[0]))
    # "(?!\s+up)": "wound up dead" (wind), "shot up a car" are no casualty words.
    return tuple((re.compile(r"\b" + re.escape(w).replace(r"\ ", r"\s+") + r"\b(?!\s+up\b)", re.I), cat,
                  strength == "strong")
                 for w, cat, strength in rows)


@cache
def _any_category() -> re.Pattern[str]:
    """Matches where any of `_categories()` would (each is self-contained: no groups, the same flags)."""
    return quick_start(re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in _categories()), re.I))


@cache
def _people() -> frozenset[str]:
    return words("figure_people.txt")


# No rule looks further than this from its number: keeps a 20,000-word "sentence" linear, not quadratic.
WINDOW = 400


# A full stop after these is an abbreviation, not a sentence end: "U.S. Rep. Danny Davis", "Omar P. Jarman".
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Sgt|Det|Ofc|Capt|Col|Gen|Cmdr|Supt|Insp|St|"
                           r"Ave|Blvd|Jr|Sr|Ft|Mt|Co|Dept|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S))$")
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’]?\s)|[.!?](?=[\"”])|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span by punctuation and newlines (a full stop after an abbreviation or an initial does
    not end it), cut to WINDOW characters either side."""
    floor, ceiling = max(0, start - WINDOW), min(len(text), end + WINDOW)

    def ends(lo: int, hi: int):
        for m in _SENTENCE_END.finditer(text, lo, hi):
            if m.group() == "." and _ABBREVIATION.search(text, max(0, m.start() - 8), m.start()):
                continue
            yield m.start()
    lefts = list(ends(floor, start))
    left = lefts[-1] + 1 if lefts else floor
    rights = [i for i in (next(ends(end, ceiling), -1), text.find(";", end, ceiling)) if i != -1]
    return left, (min(rights) if rights else ceiling)


# "three of its soldiers": a part of a group the owner's people make up; what follows the possessive is counted
_PARTITIVE = re.compile(r"\s+of\s+(?:its|their|his|her|our)\s+(?=[A-Za-z])", re.I)


_MORE = re.compile(r"\s+more(?=\s+[A-Za-z])", re.I)


def _counted(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Offsets of the counted phrase after the number: content words, then a participle phrase if one follows."""
    partitive = _PARTITIVE.match(text, pos, limit)
    if partitive:
        noun = re.match(r"[A-Za-z][\w'’-]*", text[partitive.end():limit])
        if noun and noun.group().lower() in _people():
            pos = partitive.end()
    elif text.startswith("-", pos):  # "a 4,700-hectare forest": the measure joined to its number
        pos += 1
    else:
        more = _MORE.match(text, pos, limit)
        if more:  # "two more farms": what is counted comes after "more"
            pos = more.end()
    end = pos
    for n_words, m in enumerate(re.finditer(r"\s*([A-Za-z][\w'’-]*)", text[pos:limit])):
        if m.start() != end - pos or n_words >= 5:
            break
        word = m.group(1)
        if word.lower() in _STOP:
            break
        if _PARTICIPLE.match(" " + word) or (n_words and word.lower().endswith("ed") and word.lower() not in _people()):
            break  # "troops killed": the participle joins below, as a phrase, not as a noun
        end = pos + m.end()
    participle = _PARTICIPLE.match(text, end, limit)
    if participle:
        end = participle.end()
    if end == pos:
        return None
    start = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
    return start, end


def _category(text: str, number: NumberMention, counted_end: int, clause: tuple[int, int],
              next_number: int, total_category: str | None = None) -> tuple[str, bool]:
    """The category and whether a word decided it (False: nothing near says what is counted)."""
    # "four people who were shot": a relative clause right after the counted noun says what happened to them.
    relative = re.match(r"\s+(?:who|that)\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s", text[counted_end:])
    after = (number.end, _clause_end(text, counted_end + (relative.end() if relative else 0),
                                     min(next_number, clause[1])))
    window_after = text[after[0]:after[1]]
    before = text[max(clause[0], number.start - 45):number.start]
    before = re.split(r"[,;:()—–]|\s-\s|\b(?:according to|while|whereas|but|after|before|where|when|which|who)\b",
                      before)[-1]
    best_after: tuple[int, str, bool] | None = None
    best_before: tuple[int, str, bool] | None = None
    # "1,200 nurses at Hansol University Hospital": the named place the counted people are at is where they work,
    # not what happened to them
    workplace = _WORKPLACE.match(text, counted_end, after[1])
    named = (workplace.start(1) - after[0], workplace.end(1) - after[0]) if workplace else (0, 0)
    # most windows hold no category word at all: one search of every word at once says so, instead of one per word
    in_after, in_before = bool(_any_category().search(window_after)), bool(_any_category().search(before))
    for pattern, cat, strong in _categories() if in_after or in_before else ():
        m = pattern.search(window_after) if in_after else None
        while m and not strong and (re.search(r"\bof\s+(?:the\s+|those\s+|his\s+|her\s+|their\s+)?$",
                                              window_after[:m.start()]) or named[0] <= m.start() < named[1]):
            m = pattern.search(window_after, m.end())  # "a dozen friends of the victims": a modifier, not the count
        if m and (best_after is None or (strong, -m.start()) > (best_after[2], -best_after[0])):
            best_after = (m.start(), cat, strong, m.end())
        for mb in pattern.finditer(before) if in_before else ():
            if best_before is None or (strong, mb.end()) > (best_before[2], best_before[0]):
                best_before = (mb.end(), cat, strong)
    if best_before and best_before[2] and not before[best_before[0]:].strip():
        return best_before[1], True  # "killed two men": the verb right before governs the number
    # "killed two", "wounding three", "the death toll rose to 5": the number is what the word before counts — not
    # in "one dead and 11 others shot", "are dead and one remains critical": that word told another number's fate
    gap = before[best_before[0]:] if best_before else ""
    before_governs = bool(best_before) and len(gap) <= 25 and not re.match(r"\s*(?:and|or)\b", gap) \
        and not (best_after and re.search(r"\band\b|,", gap))
    if best_after and best_after[1] in {"killed", "wounded", "killed_or_wounded"} \
            and _agents(window_after[:best_after[0]], text[after[0] + best_after[3]:after[0] + best_after[3] + 80]):
        # "two men walked up and shot him": the casualty verb after the number is theirs, they are the shooters
        return (best_before[1], True) if before_governs and best_before[2] else ("other", True)
    if best_after and best_after[2]:
        return best_after[1], True
    if total_category is not None:  # "the death toll from Sunday's explosion rose to three": the toll's own words
        return total_category, True
    if before_governs and best_before[2]:
        return best_before[1], True
    if best_after:
        return best_after[1], True
    if before_governs:
        return best_before[1], True
    return "other", False


_WORKPLACE = re.compile(r"\s+at\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*)")


@cache
def _object_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(_people(), key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:shot|killed|wounded|injured))?(?:\s+and\s+(?:killed|wounded|injured))?\s+"
                      rf"(?:him|her|them|himself|herself|themselves|(?:a|an|the|his|her|their|\d+|two|three|four|five|"
                      rf"six)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns}))\b", re.I)


def _agents(between: str, following: str) -> bool:
    """Whether the casualty verb after a number is active with its own object ("three men fatally shot two
    others", "two people walked up and shot him"): then the number counts those who shot, not casualties."""
    if re.search(r"\b(?:were|was|are|is|been|being|got|get|who|that|which|whom)\b", between, re.I):
        return False
    return bool(_object_pattern().match(following))


def _unit(text: str, number: NumberMention, counted: str | None) -> tuple[str | None, int]:
    """Unit and where the number expression really ends (after '%' or 'dollars')."""
    if number.unit:
        return number.unit, number.end
    m = _PERCENT.match(text, number.end)
    if m:
        return "percent", m.end()
    m = re.match(r"\s+([a-z]+)\b", text[number.end:number.end + 12])
    if m and m.group(1) in _MONEY_WORDS:
        return _MONEY_WORDS[m.group(1)], number.end
    m = _length().match(text, number.end)
    if m and (not number.spelled or _measures(text, number.end)):
        unit = m.group(1).lower()
        return _length_units().get(unit, unit), number.end
    if counted:
        for word in re.findall(r"[A-Za-z][\w'’-]*", counted):
            lower = word.lower()
            if lower in {"troops", "soldiers", "forces", "servicemen", "fighters"}:
                return "troops", number.end
            if lower in _people() or word in _people():
                return "people", number.end
    return None, number.end


@cache
def _dimension_pattern() -> re.Pattern[str]:
    dimensions = _phrase(r[0] for r in _relations()["dimension"])
    return re.compile(rf"-(?:{_length_words()})\b|\s*(?:{_length_words()})[\s-]+(?:{dimensions})\b", re.I)


@cache
def _extent_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives('extent_verb')})(?:\s+(?:{_alternatives('extent_preposition')}))?\s+$",
                      re.I)


def _measures(text: str, pos: int) -> bool:
    """Whether the length after a number measures a thing: written onto it ("a 10-kilometre zone", "an eight-metre-deep
    crater") or followed by the dimension it gives ("20 metres across"), not a distance from somewhere ("two miles
    away"), which places rather than counts."""
    return bool(_dimension_pattern().match(text, pos))


def _period(scope: str | None, reference: str | None) -> tuple[str | None, str | None]:
    """The dates a scope covers, against the date the words were said (or published)."""
    if not scope or not reference or len(reference) < 10:
        return None, None
    try:
        today = dt.date.fromisoformat(reference[:10])
    except ValueError:
        return None, None
    lower = scope.lower()
    # "in the past week", "in the last three days", "last week alone" (not "last week": the calendar week before)
    m = re.search(r"(?:the\s+(?:past|last|previous|preceding)\s+(?:(\w+)\s+)?(hour|day|week|month|year)s?)|"
                  r"(?:(?:past|last)\s+()(hour|day|week|month|year)\s+alone)", lower)
    if m:
        m_count, m_unit = m.group(1) or m.group(3), m.group(2) or m.group(4)
        count = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}.get(m_count or "", 1)
        if (m_count or "").isdigit():
            count = int(m_count)
        days = {"hour": 1, "day": 1, "week": 7, "month": 30, "year": 365}[m_unit] * count
        return (today - dt.timedelta(days=days - 1)).isoformat(), today.isoformat()
    if re.search(r"\b(?:so far|to date|thus far)\b", lower):
        return None, today.isoformat()
    if "this year" in lower:
        return dt.date(today.year, 1, 1).isoformat(), today.isoformat()
    m = re.search(r"since\s+(?:(?:early|late|mid-?)\s*)?([a-z]+)", lower)
    if m and m.group(1) in _MONTH_NUMBER:
        month = _MONTH_NUMBER[m.group(1)]
        year = today.year if month <= today.month else today.year - 1
        return dt.date(year, month, 1).isoformat(), today.isoformat()
    return None, None


_CLAUSE_BREAK = re.compile(r",\s+(?!including\b)\w+ing\b|,\s+(?:a|an|the|where|which|who|after|before|when|while|but|as|and|according)\b|\s(?:where|which|who|after|"
                           r"because|but|while|when|that)\b|[;:()—–]|\s-\s")


# "last month", "last year" are not here: a later article names the incident's own date so ("the shooting last year").
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_HEADLINE_VERB = (r"(?:(?:accidentally|fatally|critically|seriously|allegedly)\s+)?(?:shot\s+(?:and\s+killed|dead|to\s+death)|"
                  r"shot,\s+killed|killed|dies|died|dead|slain|murdered|shot|wounded|injured|hurt|hospitali[sz]ed|"
                  r"expected\s+to\s+survive|in\s+(?:critical|stable|serious|grave|fair)\s+condition|"
                  r"(?:struck|hit|grazed)\s+by\s+(?:an?\s+)?(?:stray\s+)?(?:bullets?|gunfire|gunshots?|rounds?))")
_MANY_EVENTS = re.compile(r"\b(?:so far|to date|thus far|since|this (?:year|month|week)|(?:past|previous|preceding)\s+"
                          r"(?:\w+\s+)?(?:days?|weeks?|months?|years?)|last\s+\w+\s+(?:days|weeks|months|years))\b", re.I)


def covers_many_events(scope: str | None) -> bool:
    """Whether a figure's scope is a period or an extent that holds many events ("since Friday night", "this year",
    "across the city", "in three separate shootings"): such a count is a tally, not one incident's toll."""
    return bool(scope) and bool(_AGGREGATE_SCOPE.search(scope) or _MANY_EVENTS.search(scope))


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the number's own clause stops: an appositive, a relative clause or 'after …' starts something else."""
    m = _CLAUSE_BREAK.search(text, pos, limit)
    return m.start() if m else limit


class _StatementIndex:
    """Statements by the pieces of text they cover, for 'which statement holds this span' in log time: an article
    of 8,000 statements and 8,000 figures must not cost 64 million comparisons."""

    # Quote parts rarely nest; looking back over this many earlier-starting pieces finds every holder in news text.
    LOOKBACK = 64

    def __init__(self, statements: list[Statement]) -> None:
        pieces = []
        for st in statements:
            for part in st.parts or [st]:
                pieces.append((part.start, part.end, st))
        pieces.sort(key=lambda x: (x[0], x[1], x[2].id))
        self._starts = [p[0] for p in pieces]
        self._pieces = pieces

    def at(self, start: int, end: int) -> Statement | None:
        """The narrowest statement whose content (one of its parts) holds the span."""
        i = bisect.bisect_right(self._starts, start)
        holding = [st for s, e, st in self._pieces[max(0, i - self.LOOKBACK):i] if s <= start and end <= e]
        return min(holding, key=lambda st: (st.end - st.start, st.id)) if holding else None


# "three of them", "four of whom": a part of a group the same sentence has just counted
_PART_OF_GROUP = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)


# "14 deaths, up from nine a day earlier": the same count's earlier value
_EARLIER_VALUE = re.compile(r"\b(?:up|down)\s+from\s+$", re.I)


def _group_of(text: str, number: NumberMention, pos: int, clause: tuple[int, int],
              figures: list[Figure]) -> Figure | None:
    """The count of people, earlier in the same sentence, that a number followed by "of them" is a part of, or
    whose earlier value it is ("up from nine")."""
    if not (_PART_OF_GROUP.match(text, pos)
            or _EARLIER_VALUE.search(text[max(clause[0], number.start - 12):number.start])):
        return None
    earlier = [f for f in figures if clause[0] <= f.start and f.end <= pos and f.category not in {"other", "money"}]
    return earlier[-1] if earlier else None


_SPELLED_COUNT_FLOOR = 12


@cache
def _relations() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for role, *rest in table("figure_relations.tsv"):
        out.setdefault(role, []).append(tuple(rest))
    return {role: tuple(rows) for role, rows in out.items()}


@cache
def _qualifiers_after() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = table("figure_qualifiers_after.tsv")
    return (re.compile(rf"\s*,?\s+({_phrase(r[0] for r in rows)})\b", re.I),
            {" ".join(r[0].lower().split()): r[1] for r in rows})


@cache
def _round_words() -> dict[str, str]:
    return {" ".join(r[0].lower().split()): r[1] for r in table("figure_round_words.tsv")}


@cache
def _sign_pattern() -> tuple[re.Pattern[str], dict[str, float]]:
    rows = table("figure_signs.tsv")
    return re.compile(rf"\b({_phrase(r[0] for r in rows)})\s+$", re.I), {r[0].lower(): float(r[1]) for r in rows}


def _qualified(number: NumberMention, qualifier: str) -> NumberMention:
    low, high = qualifier_bounds(number.value, qualifier)
    return replace(number, qualifier=qualifier, low=low, high=high)


def _signed(text: str, number: NumberMention) -> NumberMention:
    """"minus 18 degrees": the value below zero, the span from the sign word (figure_signs.tsv)."""
    if number.value is None or number.qualifier is not None:
        return number
    pattern, signs = _sign_pattern()
    m = pattern.search(text, max(0, number.start - 12), number.start)
    if not m:
        return number
    return replace(number, start=m.start(), value=number.value * signs[m.group(1).lower()])


def _read_qualifier(text: str, number: NumberMention, expr_end: int, counted_span: tuple[int, int] | None,
                    limit: int) -> NumberMention:
    """The qualifier English may write elsewhere than before the number: after it or after the noun it counts
    ("the remaining 30 or so residents", "€10 million or more": figure_qualifiers_after.tsv), or carried by a round
    number word itself ("a dozen officers were injured": figure_round_words.tsv). One written before it wins."""
    if number.qualifier is not None or number.value is None:
        return number
    pattern, names = _qualifiers_after()
    for pos in (expr_end, counted_span[1] if counted_span else None):
        m = pattern.match(text, pos, limit) if pos is not None else None
        if m:
            return _qualified(number, names[" ".join(m.group(1).lower().split())])
    word = _round_words().get(" ".join(text[number.number_start:number.end].lower().split()))
    return _qualified(number, word) if word else number


def _phrase(words_: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words_, key=len, reverse=True))


def _alternatives(role: str) -> str:
    """A role's words as a regex alternation in the file's order (the order the code's own lists had)."""
    return "|".join(re.escape(r[0]).replace(r"\ ", r"\s+") for r in _relations()[role])


@cache
def _total_patterns() -> tuple[re.Pattern[str], ...]:
    """A number that is the value a running count is set to, anchored at the end of the text before the number:
    "the death toll from Sunday's explosion rose to", "bringing the number of outbreaks to", "put the toll at"."""
    rel = _relations()
    noun = rf"(?P<np>(?:[\w'’-]+\s+){{0,2}}?(?:{_phrase(r[0] for r in rel['total'])}))"
    # what is counted ("of outbreaks", "of people killed") and where or whence ("from the collapse of the viaduct
    # near Castrovalle"): no digit, so the phrase never reaches back over another number
    of = r"(?P<of>\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
    extent = rf"(?:\s+(?:{_alternatives('total_extent')})\b[^.;:!?\d\n]{{0,100}}?)?"
    auxiliary = rf"(?:\s+(?:{_alternatives('total_auxiliary')}))*"
    change = _phrase(r[0] for r in rel["total_change"])
    determiners = _alternatives("total_determiner")
    by_preposition: dict[str, list[str]] = {}
    for verb, preposition in rel["total_setter"]:
        by_preposition.setdefault(preposition, []).append(verb)
    setters = tuple(re.compile(rf"\b(?:{_phrase(verbs)})\s+(?:{determiners})\s+{noun}{of}{extent}\s+"
                               rf"{re.escape(preposition)}\s+$", re.I)
                    for preposition, verbs in sorted(by_preposition.items()))
    # "a death toll of six", "revising its earlier count of nine": the total's value in apposition after "of"
    valued = re.compile(rf"\b{noun}\s+(?:{_alternatives('total_value_preposition')})\s+$", re.I)
    return (*setters, re.compile(rf"\b{noun}{of}{extent}{auxiliary}\s+(?:{change})\s+$", re.I), valued)


@cache
def _total_last_words() -> frozenset[str]:
    rel = _relations()
    return frozenset([r[0].split()[-1].lower() for r in rel["total_change"]] + [r[1].lower() for r in rel["total_setter"]]
                     + [r[0].lower() for r in rel["total_value_preposition"]])


@cache
def _total_noun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_phrase(r[0] for r in _relations()['total'])})\b", re.I)


def _total_of(text: str, start: int, clause_start: int) -> tuple[str, str | None, bool] | None:
    """(what the running count is of, its "of" phrase, whether it only names its value — "a toll of six" — rather
    than set it) when the number at `start` is the value a running count is set to; None otherwise."""
    before = text[max(clause_start, start - 220):start]
    last = re.search(r"(\w+)\s+$", before)
    # most numbers follow no running count: the last word and one noun lookup say so before the anchored patterns
    if not last or last.group(1).lower() not in _total_last_words() or not _total_noun().search(before):
        return None
    for pattern in _total_patterns():
        m = pattern.search(before)
        if m:
            of = m.groupdict().get("of")
            return m.group("np"), (of.strip()[3:].strip() if of else None), "of" not in m.groupdict()
    return None


def _total_category(np: str, of: str | None) -> str:
    """A running count's category from its own words ("death toll": killed; "number of people hurt": wounded)."""
    phrase = f"{np} {of or ''}"
    found = [(strong, cat) for pattern, cat, strong in _categories() if pattern.search(phrase)]
    return max(found, key=lambda x: x[0])[1] if found else "other"


# A clause opener right before a spelled-out number: "…; nine were dug out alive", "and seven were pulled out",
# "Of the ten, seven were rescued".
@cache
def _clause_open() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[.!?;:,][\"”’]?\s+|\n\s*|\b(?:{_alternatives('clause_conjunction')})\s+)$")


@cache
def _subject_pattern() -> re.Pattern[str]:
    """A number standing for its noun as a clause's subject ("nine were dug out alive", "Seven of the ten people on
    the raft were rescued", "two had suffered minor cuts"), anchored at the number's end."""
    verbs = _phrase(r[0] for r in _relations()["subject_verb"])
    determiners, adverbs = _alternatives("subject_part_determiner"), _alternatives("subject_adverb")
    return re.compile(rf"(?:\s+of\s+(?:{determiners})(?:\s+[\w'’-]+){{1,6}}?)?"
                      rf"(?:\s+(?:{adverbs}))?\s+(?:{verbs})\b", re.I)


@cache
def _invariant_plurals() -> frozenset[str]:
    return frozenset(r[0].lower() for r in _relations().get("invariant_plural", ()))


@cache
def _not_counts() -> frozenset[str]:
    return frozenset(r[0].lower() for r in _relations()["not_count"])


@cache
def _not_plurals() -> frozenset[str]:
    return frozenset(r[0].lower() for r in _relations()["not_plural"])


@cache
def _reference_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_phrase(r[0] for r in _relations()['reference_determiner'])})\s+$", re.I)


def _counts_by_grammar(text: str, number: NumberMention, head_words: list[str]) -> bool:
    """Whether a spelled-out number counts something by its place in the sentence, though no people noun or category
    word says what: a plural noun follows it ("three plants", "two cars", "eight crew"), or it is its clause's
    subject with the noun left out ("nine were dug out alive")."""
    if number.value is None or number.value < 2 or text[number.number_start:number.end].lower() in _not_counts():
        return False  # "one" is a pronoun as often as a count; "both" a determiner
    # "the two shootings are related", "all three classes": a definite determiner refers back to things already
    # introduced (or known: "the five boroughs"); the number names them again, it reports no count
    referring = bool(_reference_pattern().search(text, max(0, number.start - 12), number.start))
    opens_clause = bool(_clause_open().search(text, max(0, number.start - 12), number.start))
    # a verb's object: an -ed word after the number is an adjective of the noun counted ("buried three abandoned
    # houses"); after a preposition the phrase sets the scene ("searching the ruins of two burned barns")
    word_before = re.search(r"([A-Za-z]+)\s+$", text[max(0, number.start - 20):number.start])
    object_of_verb = not opens_clause and bool(word_before) and word_before.group(1).lower() not in _STOP
    for word in head_words[:3] if not referring else ():
        if word in _invariant_plurals() or (word not in _not_plurals() and re.fullmatch(r"[a-z][\w'’-]*[^su'’]s", word)):
            return True
        if word.endswith("ed") and not object_of_verb:
            break  # "Six received injuries": a verb, the number its subject; what it received is not what it counts
    if _part_of_whole().match(text, number.end):
        return True  # "reopened eight of the 14 stations": a part of a whole whose size is given is a count too
    if not opens_clause:
        return False
    return bool(_subject_pattern().match(text, number.end))


@cache
def _part_of_whole() -> re.Pattern[str]:
    """'of', a determiner and a number (digits or a word of figure_numbers.tsv), anchored after a number."""
    number_words = _phrase(r[0] for r in table("figure_numbers.tsv"))
    return re.compile(rf"\s+of\s+(?:{_alternatives('subject_part_determiner')})\s+(?:\d|(?:{number_words})\b)", re.I)


@cache
def _duration_units() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in _relations().get("duration_unit", ())}


@cache
def _duration_lead() -> re.Pattern[str]:
    """What governs a length of time, anchored at the end of the text before the number: a verb of lasting or
    needing after a modal ("would take", "will last"), or a participle of stopping and its "for" ("was closed for",
    "to shut … for")."""
    rel = _relations()
    # the verb after a modal or "to", or after "and" joining it to a modal's first verb ("would cost about €45 million
    # and take at least six months"; `_duration` looks for that modal): "the first and last two days" is no verb
    modal = (rf"(?:\b(?:{_alternatives('modal')}|(?P<joined>{_alternatives('modal_joiner')}))"
             rf"(?:\s+(?:{_alternatives('negation')}))?|{_alternatives('modal_clitic')})"
             rf"(?:\s+(?:\w+ly|{_alternatives('duration_adverb')}))?\s+")
    verb = rf"{modal}(?:{_phrase(r[0] for r in rel['duration_verb'])})"
    state = rf"\b(?:{_phrase(r[0] for r in rel['duration_state'])})"
    # "closed in both directions for", "shut to traffic for": a few words, no new clause
    gap = rf"(?:\s+(?!(?:{_alternatives('duration_gap_stop')})\b)[\w'’-]+){{0,4}}?"
    return re.compile(rf"(?:{verb}|{state}{gap}\s+for)\s+$", re.I)


def _duration(text: str, number: NumberMention, counted: str | None) -> str | None:
    """The unit of a length of time a number gives when a verb of lasting or of stopping governs it ("repairs would
    take at least six months", "the motorway was closed for nearly 12 hours": how long, a claim a ledger compares);
    None for a time that only dates or frames something ("ten days before", "over the past two years", "jailed for
    three years") and for a vague one ("several hours": nothing to compare)."""
    if (number.value is None and (number.low is None or number.high is None)) or is_vague(number, text):
        return None
    head = re.match(r"[A-Za-z]+", counted or "")
    unit = _duration_units().get(head.group().lower()) if head else None
    if unit and _compound_length().match(text, text.find(head.group(), number.end) + len(head.group())):
        return None  # "2 hours and 45 minutes": one length, which the number alone would misstate
    lead = _duration_lead().search(text, max(0, number.start - 80), number.start) if unit else None
    if lead is None:
        return None
    if lead.group("joined") and not _modal_before().search(
            re.split(r"[.!?;:\n]", text[max(0, lead.start() - 120):lead.start()])[-1]):
        return None
    return unit


@cache
def _compound_length() -> re.Pattern[str]:
    return re.compile(rf"\s+and\s+(?:(?:{_alternatives('compound_length_fraction')})\b|"
                      rf"[\w-]+\s+(?:{_alternatives('compound_length_unit')})\b)", re.I)


@cache
def _modal_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives('modal')})\s+(?:(?:{_alternatives('negation')})\s+)?[a-z]+\b", re.I)


def _keep(number: NumberMention, category: str, decided: bool, counted: str | None, unit: str | None,
          text: str, total: bool) -> bool:
    head_words = [w.lower().rstrip("'’") for w in re.findall(r"[A-Za-z][\w'’-]*", counted or "")]
    if _measures(text, number.end):
        return True  # "a sinkhole 20 metres across": a length that measures a thing
    if _length().match(text, number.end) and _extent_verb().search(text, max(0, number.start - 30), number.start):
        return True  # "the river rose 4.5 metres": the length measures the movement, it places nothing
    if head_words and head_words[-1] in _DURATION or (head_words and head_words[0] in _DURATION):
        return False  # "two weeks", "three years in prison": a duration, not a count
    if counted and re.match(r"of\b", counted):
        return False
    if not number.spelled or total:
        return True  # "bringing the death toll to nine": the value a running count is set to
    counts_people = any(w in _people() for w in head_words)
    if number.value is not None and number.value >= _SPELLED_COUNT_FLOOR and head_words:
        return True  # "two dozen houses", "fifteen trucks": no idiom is this large, it counts what follows
    if _counts_by_grammar(text, number, head_words):
        return True
    if number.value == 1 and category == "other":
        return False  # "one resident said", "One officer was patrolling": a person, not a count
    return counts_people or (decided and category != "other") or unit is not None or (number.value is None and number.low is not None)


# One person killed or hurt, said without a number: "A 15-year-old boy was fatally shot", "the victim died",
# "he was pronounced dead", "killing a man". News gives most single deaths this way, so a ledger that only read
# digits would miss the commonest casualty count of all. The figure's span is the person phrase; its value 1.
_PERSON = (r"(?:(?:a|an|the|one|his|her|their|another)\s+(?:(?!(?:but|after|before|of|in|on|at|from|day|week|month|year|another|other|and|or|where|that|who|which|shooting|when|the|a|an|how|why|what|time|if|whether)\b)"
           r"[\w'’-]+\s+){0,3}?(?:[\w'’]+-)?(?:{nouns})|"
           # "one of the victims died", "one of them has died": one person out of a group already counted
           r"one\s+of\s+(?:them|those\s+(?:shot|wounded|injured|hurt)|the\s+(?:[\w'’-]+\s+){0,2}?(?:{plurals}))|he|she)")
_SINGLE_PREDICATE = (
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:{filler}{0,6}?(?:was|is|has been|had been|got)\s+{filler}{0,6}?"
    r"(?P<passive>shot\s+and\s+killed|shot\s+to\s+death|killed|shot\s+dead|fatally\s+(?:shot|wounded|injured|stabbed)|"
    r"pronounced\s+dead|found\s+dead|dead|wounded|injured|hurt|hospitali[sz]ed|grazed|"
    r"(?:listed\s+)?in\s+(?:[\w-]+\s+){0,3}?(?:stable|critical|serious|fair|good|grave)\s+condition|recovering|"
    r"(?:treated|transported|taken|rushed|airlifted|flown)\s+(?:[\w'’-]+\s+){0,5}?for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds?)|"
    r"with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds?)|"
    # "was struck in the hand by a stray bullet", "was hit by gunfire", "was grazed in the arm"
    r"(?:struck|hit|grazed)(?:\s+(?:in|on)\s+(?:the|his|her)\s+[\w-]+(?:\s+[\w-]+)?)?\s+by\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bullets?|gunfire|rounds?|shots?|pellets?|gunshots?)|grazed|shot)|"
    r"(?:who\s+)?{filler}{0,6}?(?P<active>died|dies|has\s+died|(?:accidentally\s+)?(?:shot|shoots|wounded|wounds)\s+"
    r"(?:himself|herself)|(?:suffered|sustained|received)\s+(?:[\w'’-]+\s+){0,3}?(?:wounds?|injur\w+)))\b")
# Filler words inside the predicate may not start a new clause ("a man was arrested after deputies say he shot").
_FILLER = r"(?:(?!(?:after|before|when|while|says?|said|and|but|because|as|who|whom|which|the|a|an|not|never|nearly|almost)\b)[\w'’-]+\s+)"
_SINGLE_PREDICATE = _SINGLE_PREDICATE.replace("{filler}", _FILLER)
# ("was seriously injured and her son was killed" is someone else's death: "and" must go on with the same subject)
_LATER_DEATH = re.compile(r"(?:(?!\b(?:before|after|when|while|as|since|until)\b|\band\s+(?!(?:later|then|subsequently|"
                          r"eventually|was|has|had|is|died|dies|killed)\b))[^.;\n]){0,80}?\b(?:and|but|,)?\s*"
                          r"(?:was\s+|later\s+|has\s+|had\s+)*(?:killed|died|dies|dead|fatally)\b", re.I)
_SINGLE_OBJECT = (r"\b(?P<verb>killing|killed|fatally\s+(?:wounding|wounded|injuring)|wounding|wounded|injuring|injured|"
                  r"fatally\s+shot|shot\s+and\s+killed|"
                  r"(?:shooting\s+)?death\s+of|murder\s+of|homicide\s+of|pronounced|"
                  # someone shot (and not said to die): a casualty, killed or wounded — "accidentally shot his brother",
                  # "the bullet struck the girl", "the shooting of a man"
                  r"(?:accidentally\s+|fatally\s+|critically\s+)?(?:shot|shoots|shooting(?:\s+of)?)|"
                  r"(?:bullet|round|gunfire|shots?|pellets?)\s+(?:\w+\s+)?(?:struck|hit|hitting|striking))\s+")
_SINGLE_CATEGORY = {"died": "killed", "dies": "killed", "dead": "killed", "killed": "killed", "death": "killed",
                    "fatally": "killed", "shot": "killed_or_wounded"}


@cache
def _single_patterns() -> tuple[re.Pattern[str], ...]:
    # "killing the family": not one person; "the men were shot": not one either
    collective = {"family", "personnel", "others", "members", "relatives", "men", "women", "people", "children"}
    nouns = "|".join(sorted((w for w in _people() if not w.endswith("s") and w not in collective), key=len,
                            reverse=True))
    nouns += r"|[A-Za-z\d]+-year-old"
    plurals = "|".join(sorted((w for w in _people() if w.endswith("s")), key=len, reverse=True))
    person = _PERSON.replace("{nouns}", nouns).replace("{plurals}", plurals)
    # each scans every article's whole text; the headline ones start at any line start, where a first-character
    # lookahead (first_chars.py) would only cost
    return (quick_start(re.compile(rf"\b(?P<who>{person})\b{_SINGLE_PREDICATE}", re.I)),
            quick_start(re.compile(rf"{_SINGLE_OBJECT}(?P<who>(?:a|an|the|his|her|their|another)\s+(?:[\w'’-]+\s+){{0,3}}?"
                       rf"(?:[\w'’]+-)?(?:{nouns}))\b", re.I)),
            # A headline, or a lead written like one, names its victim without an article: "Man shot dead in …",
            # "Police: 17-year-old boy shot, killed", "Teen dies after …". Only at the start of a line.
            re.compile(rf"(?m)(?:^[ \t]*(?:[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?:\s+)?|[,;]\s+)(?:[\w'’-]+\s+){{0,2}}?"
                       rf"(?P<who>(?:\d+-year-old\s+)?(?:[\w'’]+-)?(?:{nouns}))(?:\s*,\s*\d{{1,3}}\s*,)?\s+"
                       rf"(?P<verb>(?:is|was|has\s+been|found)\s+{_HEADLINE_VERB}\b|(?:(?:accidentally|fatally)\s+)?(?:kills|shoots|shot|killed|wounds|wounded)\s+"
                       rf"(?:himself|herself|self)\b|{_HEADLINE_VERB}\b"
                       # bare, the verb must be passive, not "Gunman shot and killed two men": nothing but a place,
                       # time or cause follows it
                       rf"(?=\s*$|\s*[,.;:!?'\"’”(|–—-]|\s+(?:in|at|on|near|after|outside|inside|during|while|by|as|"
                       rf"when|early|late|overnight|last|this|from|over|following|with|{_WEEKDAYS})\b))", re.I),
            # "Eight-year-old accidentally shoots 12-year-old brother": the headline's object is the casualty.
            re.compile(rf"(?m)^[ \t]*(?:[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?:\s+)?(?:[\w'’-]+\s+){{0,2}}?"
                       rf"(?:{nouns})(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?P<verb>(?:accidentally\s+|fatally\s+)?"
                       rf"(?:shoots|kills|shot|killed))\s+(?P<who>(?:(?:his|her|their)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{nouns}))\b", re.I),
            # "left a man dead"
            quick_start(re.compile(rf"\b(?P<verb>left)\s+(?P<who>(?:a|an|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns}))\s+"
                       rf"(?P<state>dead|(?:critically\s+|seriously\s+)?(?:wounded|injured)|in\s+(?:\w+\s+)?condition)\b",
                       re.I)),
            # "Malik Ethridge, 19, was pronounced dead": a named person's death (deaths only — a named wounded
            # person is usually someone already counted)
            quick_start(re.compile(r"\b(?P<who>(?!(?:North|South|East|West|New|Fort|Saint|St|Port|Lake|Mount)\b)[A-Z][a-z'’-]+"
                       r"(?:\s+[A-Z]\.)?(?:\s+(?!(?:School|County|City|Department|Hospital|Center|College|University|"
                       r"Police|Park|Street|Avenue|Road|Church|Academy)\b)[A-Z][a-z'’-]+){1,2})(?:\s*,\s*\d{1,3}\s*,)?\s+"
                       r"(?P<verb>was\s+(?:later\s+)?pronounced\s+dead|(?:later\s+)?died|was\s+(?:shot\s+and\s+)?killed|"
                       r"was\s+fatally\s+shot|was\s+shot\s+to\s+death)\b")))


_NOT_HIT = re.compile(r"\s+(?:them|him|her|themselves|his|their|at\s*[,.;:!?\"”’'])", re.I)


def _single_category(predicate: str) -> str:
    lower = predicate.lower()
    if re.match(r"(?:suffered|sustained|received)\b", lower) and "injur" not in lower:
        return "killed_or_wounded"  # "the boy received a gunshot wound to the head": shot; whether he lived is told elsewhere
    if re.search(r"kill|dead|died|dies|fatally|to death|death|murder|homicide|pronounced|slain", lower):
        return "killed"
    if re.search(r"wounded|injur|hurt|hospitali|grazed|wound|condition|recovering|survive", lower):
        return "wounded"
    return "killed_or_wounded"


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@cache
def _coordination_patterns() -> tuple[re.Pattern[str], ...]:
    """People listed one by one and counted together: "a mother and her young son were found shot to death",
    "the deaths of his wife, son and daughter", "two children and their father were found dead"."""
    irregular = {"children", "men", "women", "people", "personnel", "family"}
    nouns = "|".join(sorted((w for w in _people() if not w.endswith("s") and w not in irregular),
                            key=len, reverse=True)) + r"|\d+-year-old"
    plurals = "|".join(sorted((w for w in _people() if w.endswith("s") or w in irregular), key=len, reverse=True))
    small = "|".join(_SMALL_NUMBERS)
    one = (rf"(?:(?i:(?:(?:his|her|their|the|all)\s+)?(?:{small}|\d)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{plurals}))"
           rf"|(?i:(?:1|one)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns}))"
           rf"|(?i:(?:a|an|the|his|her|their|one|my|our)\s+)?(?:(?i:(?!(?:and|or|of|with|a|an|the|his|her|their|said|says|say|told|that|who|when|while|after|before|"
           rf"was|were|is|are|police|in|on|at|to|for|by|from|{small}|one|\w+ing|\w+ed|\d+)\b)[\w'’-]+)\s+){{0,2}}?"
           rf"(?i:(?:[\w'’]+-)?(?:{nouns}))(?:,\s*\d{{1,3}})?"
           rf"|[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){{1,2}}(?:,\s*\d{{1,3}})?)")
    people = rf"(?P<who>{one}(?:\s*,\s*{one}){{0,3}}\s*,?\s+(?i:and|along\s+with)\s+{one})\b"
    # "he and four others were shot": a pronoun only as the subject, never after "killed" ("killed his two kids
    # and he shot his wife")
    subject_one = one[:-1] + "|(?i:he|she))"
    subject_people = (rf"(?P<who>{subject_one}(?:\s*,\s*{subject_one}){{0,3}}\s*,?\s+(?i:and|along\s+with)\s+"
                      rf"{subject_one})\b")
    # "killed his wife and then himself", "killing his two children, then himself": the shooter counted with them
    with_self = (rf"(?P<who>{one}(?:\s*,\s*{one}){{0,3}}(?:\s*,?\s+(?i:and|along\s+with)\s+{one})?"
                 rf"\s*,?\s+(?i:(?:and\s+)?(?:then\s+)?)(?i:himself|herself))\b")
    subject = re.compile(
        rf"(?<![\w,])\s*{subject_people}(?:\s*,)?\s+(?i:(?:were|are|have\s+been|had\s+been)\s+(?:(?:both|all|later|reportedly|"
        rf"found|each|fatally|critically|seriously)\s+){{0,2}}(?P<verb>shot\s+(?:and\s+killed|dead|to\s+death)|dead|"
        rf"killed|slain|murdered|pronounced\s+dead|wounded|injured|hurt|hospitali[sz]ed|shot))\b")
    # a headline's list: "2 Girls, 2 Men Shot At Birthday Party", "4 teens, 1 adult shot outside supermarket"
    listed = rf"(?P<who>{one}(?:\s*,\s*{one}){{1,3}}|{one}(?:\s*,\s*{one}){{0,3}}\s*,?\s+(?i:and)\s+{one})"
    headline = re.compile(
        rf"(?m)^[ \t]*(?:[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?:\s+)?{listed}\s+(?P<verb>(?i:{_HEADLINE_VERB}))\b"
        rf"(?=\s*$|\s*[,.;:!?'\"’”(|–—-]|\s+(?i:in|at|on|near|after|outside|inside|during|while|by|as|when|early|late|"
        rf"overnight|last|this|from|over|following|with|{_WEEKDAYS})\b)")
    obj = re.compile(rf"(?i:\b(?P<verb>(?:shooting\s+)?deaths?\s+of|murders?\s+of|killings?\s+of|killing|killed|"
                     rf"shot\s+and\s+killed|fatally\s+shot(?:\s+and\s+killed)?))\s+{people}")
    obj_self = re.compile(rf"(?i:\b(?P<verb>kill(?:s|ed|ing)|shot\s+and\s+killed|fatally\s+shot))\s+{with_self}")
    return subject, headline, obj_self, obj


_COORDINATION_HINT = re.compile(r"\s(?:and|along\s+with)\s[^.\n]{0,100}?\s(?:were|are|have\s+been|had\s+been)\s", re.I)
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6,
             "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8}


@cache
def _ordinal_death_pattern() -> re.Pattern[str]:
    """"A third person has died", "Third victim dies": the toll of the incident is now that ordinal (not "the fourth
    man died", one of a group just listed)."""
    nouns = "|".join(sorted((w for w in _people() if not w.endswith("s") and w not in {"men", "women", "people",
                                                                                       "children"}),
                            key=len, reverse=True))
    return quick_start(re.compile(rf"(?<!\bthe\s)(?<!\bThe\s)\b(?P<who>(?P<ord>{'|'.join(_ORDINALS)})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns}))\b"
                      rf"(?:\s*,[^,.;]{{1,60}},)?\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|later\s+|now\s+)?"
                      rf"(?:died|dies|succumbed|been\s+pronounced\s+dead)\b", re.I))


@cache
def _ordinal_victim_pattern() -> re.Pattern[str]:
    """"The second victim was taken to hospital", "a fourth person was critically injured": at least that many
    people were shot."""
    nouns = "|".join(sorted((w for w in _people() if not w.endswith("s") and w not in {"men", "women", "people",
                                                                                       "children", "victim"}),
                            key=len, reverse=True))
    return quick_start(re.compile(
        rf"\b(?P<who>(?P<ord>{'|'.join(_ORDINALS)})\s+(?:(?:shooting|gunshot)\s+)?victim|"
        rf"(?P<ord2>{'|'.join(_ORDINALS)})\s+(?:[\w'’-]+\s+){{0,1}}?(?:{nouns})(?=(?:\s*,[^,.;]{{1,60}},)?\s+"
        rf"(?:was|is|has\s+been)\s+(?:also\s+)?(?:critically\s+|seriously\s+)?(?:shot|wounded|injured|hit|struck|"
        rf"hospitali[sz]ed|grazed|taken|transported|rushed|in\s+(?:\w+\s+)?condition)))\b", re.I))


def _ordinal_deaths(article: Article, statements: _StatementIndex) -> list[Figure]:
    text = article.text
    out = []
    found = [(m, "killed") for m in _ordinal_death_pattern().finditer(text)]
    found += [(m, "killed_or_wounded") for m in _ordinal_victim_pattern().finditer(text)
              if not any(d.start() < m.end() and m.start() < d.end() for d, _ in found)]
    for m, category in found:
        start, end = m.span("who")
        statement = statements.at(start, end)
        ordinal = (m.groupdict().get("ord") or m.groupdict().get("ord2")).lower()
        out.append(Figure(
            id=stable_id("figure", article.id, start, end), article=article.id,
            # "a fourth person has died" states the toll (four), while "a fourth man was shot" only shows that at
            # least four were hit: outlets give the death as the count, the victim as a floor
            value=float(_ORDINALS[ordinal]), qualifier=None if category == "killed" else "at least", unit="people",
            counted=text[start:end], category=category, start=start, end=end, text=text[start:end],
            source=statement.source if statement else None, statement=statement.id if statement else None,
            relayed_from=statement.relayed_from if statement else None, via=list(statement.via) if statement else []))
    return out


def _coordinated_casualties(article: Article, statements: _StatementIndex) -> list[Figure]:
    text = article.text
    out: list[Figure] = []
    subject = _coordination_patterns()[0]
    for pattern in _coordination_patterns():
        if pattern is subject:  # the costly one: only where "… and … were" occurs
            windows = [(max(0, h.start() - 160), min(len(text), h.end() + 60)) for h in _COORDINATION_HINT.finditer(text)]
            found = {m.span(): m for lo, hi in windows for m in pattern.finditer(text, lo, hi)}
            matches = [found[k] for k in sorted(found)]
        else:
            matches = list(pattern.finditer(text))
        for m in matches:
            start, end = m.span("who")
            if any(f.start < end and start < f.end for f in out) or "\n" in text[start:end]:
                continue
            parts = re.split(r",(?!\s*\d{1,3}\s*(?:,|$|and\b|or\b))\s*(?:and\s+|along\s+with\s+)?(?:then\s+)?|\s+(?:and|along\s+with)\s+(?:then\s+)?|"
                             r"\s+then\s+", m.group("who"))
            parts = [p for p in parts if p.strip() and not p.strip().isdigit()]
            value = 0
            for part in parts:
                words_ = re.sub(r"^(?:his|her|their|the|all)\s+", "", part.strip(), flags=re.I).split()
                value += _SMALL_NUMBERS.get(words_[0].lower(), int(words_[0]) if words_[0].isdigit() else 1)
            category = _single_category(m.group("verb"))
            if category != "killed" and _LATER_DEATH.match(text, m.end()):
                category = "killed"
            statement = statements.at(start, end)
            out.append(Figure(
                id=stable_id("figure", article.id, start, end), article=article.id, value=float(value),
                unit="people", counted=text[start:end], category=category, start=start, end=end,
                text=text[start:end], source=statement.source if statement else None,
                statement=statement.id if statement else None,
                relayed_from=statement.relayed_from if statement else None, via=list(statement.via) if statement else []))
    return out


def _single_casualties(article: Article, taken: list[tuple[int, int]], statements: _StatementIndex) -> list[Figure]:
    text = article.text
    out = []
    subject, obj, headline, headline_object, left_dead, named = _single_patterns()
    for pattern, predicate_group in ((subject, None), (obj, "verb"), (headline, "verb"), (headline_object, "verb"),
                                     (left_dead, "verb"), (named, "verb")):
        for m in pattern.finditer(text):
            start, end = m.span("who")
            i = bisect.bisect_left(taken, (start, end))
            if any(s < end and start < e for s, e in taken[max(0, i - 1):i + 1]):
                continue
            if i and not text[taken[i - 1][1]:start].strip():
                continue  # "One adult is dead": the number right before already counts this person
            predicate = m.group(predicate_group) if predicate_group else m.group("passive") or m.group("active")
            if re.fullmatch(r"shot", predicate or "", re.I) and _NOT_HIT.match(text, m.end()):
                continue  # "she was shot at", "their father is thought to have shot them": no one hit, or the shooter
            who = m.group("who")
            category = _single_category(m.group("state")) if pattern is left_dead else _single_category(predicate)
            if category != "killed" and _LATER_DEATH.match(text, m.end()):
                category = "killed"  # "was shot in the head and killed", "shot himself … has died"
            if "\n" in text[start:m.end()]:
                continue
            if who.lower() in {"he", "she"} and category == "wounded":
                continue  # "he suffered a head wound": someone already counted, often the one who died
            bisect.insort(taken, (start, end))
            statement = statements.at(start, end)
            counted = re.sub(r"^(?:a|an|the|one)\s+", "", who, flags=re.I)
            out.append(Figure(
                id=stable_id("figure", article.id, start, end), article=article.id, value=1.0, unit="people",
                counted=counted if counted.lower() not in {"he", "she"} else None,
                category=category, start=start, end=end, text=text[start:end],
                source=statement.source if statement else None, statement=statement.id if statement else None,
                relayed_from=statement.relayed_from if statement else None, via=list(statement.via) if statement else []))
    return out


def extract_figures(article: Article, doc, attribution) -> list[Figure]:
    """Every figure in one article. `doc` is unused today (the rules read the text); it stays in the signature so
    a parse-based counted-phrase rule can replace the text rule without touching callers."""
    text = article.text
    statements = _StatementIndex(list(getattr(attribution, "statements", []) or []))
    numbers = find_numbers(text)
    figures: list[Figure] = []
    for i, number in enumerate(numbers):
        if re.search(r"\b(?:no|not|any)\s*$", text[max(0, number.start - 5):number.start], re.I):
            continue  # "no one else was injured"
        if text[number.number_start:number.end].strip().lower() in {"one"} and re.match(
                r"\s+(?:of|another|day|time|point|way|thing|more|side|by)\b", text[number.end:number.end + 10]):
            continue
        number = _signed(text, number)
        clause = _sentence_bounds(text, number.start, number.end)
        next_number = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
        unit, expr_end = _unit(text, number, None)
        counted_span = _counted(text, expr_end, min(clause[1], next_number))
        number = _read_qualifier(text, number, expr_end, counted_span, clause[1])
        counted = text[counted_span[0]:counted_span[1]] if counted_span else None
        if unit is None:
            unit, _ = _unit(text, number, counted)
        total = _total_of(text, number.start, clause[0])
        total_category = _total_category(*total[:2]) if total else None
        if total and total[2] and total_category == "other":
            total_category = None  # "a total of three were hurt": a total naming no category leaves it to the clause
        category, decided = _category(text, number, counted_span[1] if counted_span else expr_end, clause,
                                      next_number, total_category)
        head = re.findall(r"[A-Za-z][\w'’-]*", counted or "")
        if head == ["shot"] and (re.match(r"\s+(?:that|which)\b", text[counted_span[1]:])
                                 or re.search(r"\bfired\s+$", text[max(0, number.start - 10):number.start])):
            head = ["shots"]  # "fired at least one shot that struck the windshield": a shot, not a person shot
        if head and head[-1].lower() in _THINGS and category in {"killed", "wounded", "killed_or_wounded", "arrested",
                                                                 "captured"}:
            category = "other"
        if unit in {"USD", "EUR", "GBP", "JPY", "RUB", "CNY", "KRW", "UAH"}:
            category, decided = "money", True
        elif unit in {"percent", "share", "km", "miles", "mi", "metres", "meters", "m"}:
            category = "other"
        group = _group_of(text, number, expr_end, clause, figures)
        if group is not None:  # "Seventeen people were injured, three of them seriously": three of the same
            counted, category, decided = group.counted, group.category, True
        duration = _duration(text, number, counted)
        if duration is not None:  # how long something lasts counts no people, whatever casualty word is near
            unit, category = duration, "other"
        elif not _keep(number, category, decided, counted, unit, text, total is not None):
            continue
        scope_end = _clause_end(text, counted_span[1] if counted_span else expr_end, clause[1])
        left = max([clause[0]] + [m.end() for m in _AGGREGATE_BREAK.finditer(text, clause[0], number.start)])
        right = _AGGREGATE_BREAK.search(text, number.end, clause[1])
        many = [m.span() for m in _AGGREGATE_SCOPE.finditer(text, left, right.start() if right else clause[1])]
        # "in Labor Day weekend shootings" is one extent, not the place "in Labor Day"
        spans = [m.span() for m in _SCOPE.finditer(text, clause[0], scope_end)
                 if not any(s < m.end() and m.start() < e for s, e in many)] + many
        scope_matches = [text[s:e] for s, e in sorted(spans) if not (s < number.end and e > number.start)]
        scope = ", ".join(dict.fromkeys(scope_matches)) or None
        statement = statements.at(number.number_start, expr_end)
        reference = (statement.said_on if statement else None) or article.date
        period_start, period_end = _period(scope, reference)
        start, end = number.start, expr_end
        figures.append(Figure(
            id=stable_id("figure", article.id, start, end), article=article.id, value=number.value,
            low=number.low, high=number.high, qualifier=number.qualifier, unit=unit, counted=counted,
            category=category, scope=scope, period_start=period_start, period_end=period_end, start=start,
            end=end, text=text[start:end], source=statement.source if statement else None,
            statement=statement.id if statement else None,
            relayed_from=statement.relayed_from if statement else None, via=list(statement.via) if statement else []))
    # A list of people counted together replaces the numbers inside it ("two children and their father": 3).
    listed = _coordinated_casualties(article, statements)
    listed += [f for f in _ordinal_deaths(article, statements)
               if not any(c.start < f.end and f.start < c.end for c in listed)]
    figures = [f for f in figures if not any(c.start < f.end and f.start < c.end for c in listed)] + listed
    taken = sorted((f.start, f.end) for f in figures)  # figure spans never overlap each other
    figures = one_record_per_claim(figures + _single_casualties(article, taken, statements))
    # a figure no statement holds may still continue an attributed passage (figure_sources.py)
    return continue_sources(doc, figures, list(getattr(attribution, "statements", []) or []))


def _claim_key(fig: Figure) -> tuple:
    counted = re.sub(r"^(?:a|an|the|one|all|both)\s+", "", (fig.counted or "").lower()).strip()
    if fig.value == 1 and len(counted.split()) < 2:
        # "he", "one man", "the person": in a round-up of shootings these are different people; only a described
        # person ("a 22-month-old girl") repeated is surely the same one
        return (fig.id,)
    return (fig.value, fig.low, fig.high, fig.qualifier, fig.unit, fig.category, counted, fig.scope)


def one_record_per_claim(figures: list[Figure]) -> list[Figure]:
    """One figure per claim of an article: a span yields one figure, and the same figure repeated (same value,
    bounds, qualifier, unit, category, counted phrase and scope — "Seven people were shot" in five captions) is
    one record with every place it is given in `mentions`. The record's own span is the first attributed mention
    (a figure said once by the police and once in the writer's words is the police's), else the first."""
    by_span: dict[tuple[int, int], Figure] = {}
    for fig in sorted(figures, key=lambda f: (f.start, f.end)):
        by_span.setdefault((fig.start, fig.end), fig)
    groups: dict[tuple, list[Figure]] = {}
    for fig in by_span.values():
        groups.setdefault(_claim_key(fig), []).append(fig)
    out = []
    for same in groups.values():
        lead = next((f for f in same if f.source is not None), same[0])
        mentions = [Span(start=f.start, end=f.end, text=f.text) for f in same] if len(same) > 1 else []
        out.append(lead.model_copy(update={"mentions": mentions}) if mentions else lead)
    return sorted(out, key=lambda f: (f.start, f.end))
