"""Figures that assert one quantity within a story, whoever asserts them.

Figures are blocked by (category family, time span, unit): a weekly count and a running total are different
quantities whoever gives them. Within a block two figures are the same quantity when their counted things and
places fit; values may differ (that is what a discrepancy is). A killed-or-wounded figure and a killed figure are
linked only when one source gives the same value for both (the category-drift case).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

from newsledger.extract.lexicon import data_lines
from newsledger.ledger import Alignment, Article, Figure
from newsledger.link.groups import Edge, alignment_of, first_published, groups_with_edges
from newsledger.link.stories import event_days, month_numbers
from newsledger.link.words import (
    DATA,
    NUMBER,
    NUMBER_WORDS,
    STOPWORDS,
    counted_classes,
    english,
    numbers_in,
    stem,
    word_list,
    words,
)

CASUALTY_FAMILY = frozenset({"killed", "wounded", "killed_or_wounded"})
# A broader category relayed as a narrower one (killed-or-wounded reported as killed) is category drift.
DRIFTS = frozenset({("killed_or_wounded", "killed"), ("killed_or_wounded", "wounded")})
_PERIOD = [
    re.compile(r"\b(?:in|over|during|for|within)\s+(?:just\s+|only\s+)?the\s+(?:past|last|previous|preceding)\s+"
               r"(?:(\d+|two|three|four|five|six|seven|ten)\s+)?(hour|day|week|month|year)s?\b", re.I),
    re.compile(r"\b(?:past|last|previous)\s+(hour|day|week|month|year)\s+alone\b", re.I),
    re.compile(r"\b(?:per|a|each|every)\s+(hour|day|week|month|year)\b", re.I),
    re.compile(r"\b(daily|weekly|monthly|yearly|overnight)\b", re.I),
    # a tally over a stretch of time ("eight people were shot in a five-hour span"): several shootings', not one's
    re.compile(r"\b(?:in|over|during|within)\s+(?:just\s+|only\s+)?(?:a|an|the)\s+(\d+|two|three|four|five|six|seven|"
               r"eight|nine|ten|twelve)[- ](hour|day|week|month)\s+(?:span|period|stretch|window)\b", re.I),
]
_SPAN_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "overnight": "day"}


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span, found by punctuation only (link/ does not re-parse)."""
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i != -1]
    return text[left + 1: min(rights) if rights else len(text)]


def _period_length(start: str, end: str) -> str:
    """Explicit periods by length, so 'Dec 20–27' and 'the past week' meet; unparseable ones as written."""
    try:
        days = (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days + 1
    except ValueError:
        return f"{start}..{end}"
    for name, low, high in (("day", 1, 1), ("week", 6, 8), ("month", 28, 31), ("year", 365, 366)):
        if low <= days <= high:
            return name
    return f"{days} day"


def figure_span(fig: Figure, article: Article | None) -> str:
    """'total' for running totals, else the period a count covers ('week', '3 day', or explicit dates)."""
    if fig.period_start and fig.period_end:
        return _period_length(fig.period_start, fig.period_end)
    context = " ".join(x for x in (fig.scope, fig.text) if x)
    if article is not None and 0 <= fig.start <= fig.end <= len(article.text):
        context += " " + _sentence(article.text, fig.start, fig.end)
    for pattern in _PERIOD:
        m = pattern.search(context)
        if m:
            groups = [g for g in m.groups() if g]
            unit = _SPAN_WORDS.get(groups[-1].lower(), groups[-1].lower())
            return f"{groups[0].lower()} {unit}" if len(groups) > 1 else unit
    return "total"  # an unqualified count in the news is a running total


@lru_cache(maxsize=1)
def _particles() -> tuple[str, ...]:
    return tuple(sorted(data_lines(DATA / "counted_particles.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _fused_qualifiers() -> tuple[str, ...]:
    """Qualifiers a language writes fused after the counter or noun (8만5천 회분가량이, 300명가량): the ones
    extract/rules reads after the number, longest first."""
    from newsledger.extract.rules.language import rules_for

    return tuple(sorted({phrase for lang in word_list("fused_qualifier_languages.txt")
                         for phrase, _ in rules_for(lang).qualifiers_after}, key=len, reverse=True))


def _without_particle(word: str) -> str:
    """The counted word without its particle and a qualifier fused before that (회분가량이 → 회분)."""
    for particle in _particles():
        if word.endswith(particle) and len(word) > len(particle):
            word = word[: -len(particle)]
            break
    for qualifier in _fused_qualifiers():
        if word.endswith(qualifier) and len(word) > len(qualifier):
            return word[: -len(qualifier)]
    return word


_COUNTED_SKIP = word_list("counted_skip.txt")


def counted_words(fig: Figure) -> list[str]:
    source = fig.counted or NUMBER.sub(" ", fig.text)
    return [_without_particle(w) for w in words(source)
            if w not in STOPWORDS and w not in NUMBER_WORDS and w not in _COUNTED_SKIP]


def _head_class(fig: Figure) -> str | None:
    classes = counted_classes()
    for w in reversed(counted_words(fig)):
        for form in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w):
            if form in classes:
                return classes[form]
    return None


def _names(text: str | None) -> frozenset[str]:
    """Capitalised words (places, nationalities) in a scope or counted phrase, folded for comparison."""
    if not text:
        return frozenset()
    return frozenset(stem(w.lower()) for w in re.findall(r"\b[A-Z][a-zA-Z]+", text) if w.lower() not in STOPWORDS)


def figure_value(fig: Figure) -> float | None:
    if fig.value is not None:
        return fig.value
    if fig.low is not None and fig.high is not None:
        return (fig.low + fig.high) / 2
    return fig.low if fig.low is not None else fig.high


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 0.01 * max(abs(x), abs(y))


@lru_cache(maxsize=1)
def _person_traits() -> dict[str, tuple[str, str]]:
    out = {}
    for line in data_lines(DATA / "person_traits.tsv"):
        word, gender, kind = line.split("\t")[:3]
        out[word] = (gender, kind)
    return out


# number words align.NUMBER_WORDS leaves out (it serves statements, where "one" is rarely a count)
_NUMBER_WORDS_EXTRA = {"one": 1, "single": 1, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                       "seventeen": 17, "eighteen": 18, "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80,
                       "ninety": 90, "dozen": 12}
# an age in digits or in words ("a 6-year-old", "a six year old boy", "six-month-old"), read as digits
_SPELLED = {w: n for w, n in {**NUMBER_WORDS, **_NUMBER_WORDS_EXTRA}.items() if n < 100}
_AGE_NUMBER = r"(\d{1,3}|" + "|".join(sorted(_SPELLED, key=len, reverse=True)) + ")"
_AGE = re.compile(r"\b" + _AGE_NUMBER + r"[- ](?:year|month|week|day)s?[- ]old\b|\baged?\s+(\d{1,3})\b", re.I)


def _digits(number: str) -> str:
    return str(_SPELLED.get(number.lower(), number))


def _person_words(fig: Figure) -> list[str]:
    return words(" ".join(x for x in (fig.text, fig.counted) if x))


def pronoun_only(fig: Figure) -> bool:
    """A figure that is only a pronoun ("he", "she") refers inside its own article and names nobody across articles."""
    found = _person_words(fig)
    traits = _person_traits()
    return bool(found) and all(traits.get(w, ("", ""))[1] == "pronoun" for w in found)


def _genders(fig: Figure) -> frozenset[str]:
    traits = _person_traits()
    return frozenset(g for w in _person_words(fig) if (g := traits.get(w, ("-", ""))[0]) != "-")


def _ages(fig: Figure) -> frozenset[str]:
    """The age of one described person ("a 3-year-old boy"); a count's ages describe several people and say less."""
    if figure_value(fig) != 1:
        return frozenset()
    text = " ".join(x for x in (fig.text, fig.counted) if x)
    return frozenset(_digits(next(g for g in m.groups() if g)) for m in _AGE.finditer(text))


@lru_cache(maxsize=1)
def _person_roles() -> tuple[dict[str, str], frozenset[frozenset[str]]]:
    roles = {}
    for line in data_lines(DATA / "person_roles.tsv"):
        word, role = line.split("\t")[:2]
        roles[word.strip()] = role.strip()
    clashes = frozenset(frozenset(x.split()) for x in word_list("role_conflicts.tsv"))
    return roles, clashes


CHILD_BELOW, ADULT_FROM = 13, 18  # "a 17-year-old" may be "a man" (or "a boy"); "a 5-year-old" is a child
# an age told right after one person ("A child, believed to be 5 years old,", "the suspect, 41,")
_AGE_AFTER = re.compile(r"^[\s,(]*(?:(?:who\s+(?:is|was)|believed\s+to\s+be|described\s+as|aged?|about)\s+)*"
                        r"(?:an?\s+)?\d{1,3}(?:[- ](?:year|month|week|day)s?[- ]old\b|(?=\s*[,)]))", re.I)
_AGE_UNIT = re.compile(r"\b" + _AGE_NUMBER + r"(?:[- ](year|month|week|day)s?[- ]old\b|\b)", re.I)


def _age_numbers(said: Iterable[str]) -> frozenset[str]:
    """The number of each age phrase, as `_ages` gives it."""
    return frozenset(_digits(m.group(1)) for x in said for m in _AGE_UNIT.finditer(x))


def _stages(said: Iterable[str]) -> set[str]:
    """A child or an adult by the ages said ("5 years old", "18-month-old", "41")."""
    out = set()
    for x in said:
        for m in _AGE_UNIT.finditer(x):
            years = int(_digits(m.group(1))) if (m.group(2) or "year").lower() == "year" else 0  # months: a baby
            out |= {"child"} if years < CHILD_BELOW else {"adult"} if years >= ADULT_FROM else set()
    return out


def ages_after(fig: Figure, article: Article | None) -> frozenset[str]:
    """One person's age told just after the figure, in its clause."""
    if article is None or figure_value(fig) != 1 or not 0 <= fig.end <= len(article.text):
        return frozenset()
    m = _AGE_AFTER.match(article.text[fig.end:fig.end + 60])
    return frozenset({m.group(0).strip(" ,()")}) if m else frozenset()


def person_roles(fig: Figure, ages_said: frozenset[str] = frozenset()) -> frozenset[str]:
    """Who the counted people are (data/person_roles.tsv; one person's age makes a child or an adult); nothing
    when the figure's own words clash ("a man and his son" lists two people)."""
    roles, clashes = _person_roles()
    found = {r for w in _person_words(fig) if (r := roles.get(w))}
    if figure_value(fig) == 1:
        found |= _stages([*ages_said, *(m.group(0) for m in _AGE.finditer(fig.text + " " + (fig.counted or "")))])
    if any(frozenset({a, b}) in clashes for a in found for b in found):
        return frozenset()
    return frozenset(found)


def _roles_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    clashes = _person_roles()[1]
    return any(frozenset({x, y}) in clashes for x in a for y in b)


def unnumbered(fig: Figure, lang: str | None = None) -> bool:
    """An exact count told without its number: a list of people ("Deputy A, 51, and Officer B", "the man and
    woman"). It counts exactly the people listed, so it is the same quantity only as a count of the same value: two
    named wounded officers are not the incident's three wounded. (Vague words keep their range and are not lists.)"""
    if fig.value is None or fig.low is not None or fig.high is not None:
        return False
    if not english(lang):  # the number is in a local format ("9.000", "3천여", "fünf") these English rules cannot read
        return False
    spelled_out = {float(n) for w, n in _NUMBER_WORDS_EXTRA.items() if w in words(fig.text)}
    return fig.value not in numbers_in(fig.text) | spelled_out


_PART_AFTER = tuple(re.compile(x, re.I) for x in word_list("part_after.txt"))
_LIST_HEAD_AFTER = tuple(re.compile(x, re.I) for x in word_list("list_head_after.txt"))
_WOUNDED_PART_AFTER = tuple(re.compile(x, re.I) for x in word_list("wounded_part_after.txt"))
_NOT_COUNTED = word_list("not_counted.txt")
_OBJECTS = word_list("counted_objects.txt")


_MONTHS = month_numbers()
_MONTH_ALT = "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
_DATED = re.compile(rf"\b({_MONTH_ALT})\.?\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?|((?:19|20)\d\d)\b)")
_YEARS = tuple(re.compile(x) for x in word_list("year_phrases.txt"))
EARLIER_INCIDENT_DAYS = 14  # a count dated this much before its article is another (earlier) incident's


def _sentence_date(sentence: str, published: dt.date) -> dt.date | None:
    """The earliest date a sentence names, read against its article's publication date (a day without a year is
    the latest such day not after publication; a year or a decade is named as data/year_phrases.txt lists: "in
    1994", "November of 1994", "the 2009 shooting", "in the 1990s")."""
    # a year is at the latest its last day ("in 2015"), a decade its last year's ("in the 1990s")
    found = [dt.date(int(y[:4]) + (9 if y.endswith("s") else 0), 12, 31)
             for pattern in _YEARS for m in pattern.finditer(sentence) for y in m.groups() if y]
    for m in _DATED.finditer(sentence):
        month_word, day, year, month_year = m.groups()
        try:
            month = _MONTHS[month_word.lower()]
            if month_year:
                found.append(dt.date(int(month_year), month, 28))
                continue
            when = dt.date(int(year) if year else published.year, month, int(day))
            if not year and when > published:
                when = when.replace(year=when.year - 1)
            found.append(when)
        except ValueError:
            continue
    return min(found) if found else None


def _around(text: str, start: int, end: int, width: int = 160) -> str:
    """The figure's line, at most `width` characters either side: abbreviations ("Nov. 22") cut punctuation-found
    sentences short."""
    left = max(text.rfind("\n", 0, start) + 1, start - width, 0)
    newline = text.find("\n", end)
    right = min(newline if newline != -1 else len(text), end + width)
    return text[left:right]


_EARLIER = tuple(re.compile(x, re.I) for x in word_list("earlier_phrases.txt"))
_EARLIER_AFTER = tuple(re.compile(x, re.I) for x in word_list("earlier_after.txt"))


def _sentence_before(text: str, start: int) -> str:
    """The figure's sentence up to the figure, within its line (`_around`'s reach): a time phrase that opens the
    sentence sets its time ("Six months before that, a gunman killed 14"); one after the count mostly belongs to
    another clause ("the man who killed three officers declared last year that ..."), and one in the sentence
    before is another claim's."""
    head = text[max(text.rfind("\n", 0, start) + 1, start - 160, 0):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
    return head[cut:]


def _sentence_after(text: str, end: int) -> str:
    """The figure's sentence from the figure on, within its line (`_around`'s reach)."""
    newline = text.find("\n", end)
    tail = text[end:min(newline if newline != -1 else len(text), end + 160)]
    m = _SENTENCE_END.search(tail)
    return tail[:m.start() + 1] if m else tail


def _clause_pairs() -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    """data/other_incident_clauses.tsv: (before the figure, after it) pairs of patterns; None matches anything."""
    out = []
    for line in data_lines(DATA / "other_incident_clauses.tsv"):
        before, after = (None if x.strip() == "-" else re.compile(x.strip(), re.I) for x in line.split("\t")[:2])
        out.append((before, after))
    return tuple(out)


_OTHER_INCIDENT = _clause_pairs()


def separate_incident(fig: Figure, article: Article | None) -> bool:
    """A count of people its own sentence puts in another incident than the story's, whatever its category
    (data/other_incident_clauses.tsv): a victim recalled in a clause of time before a new one ("Just hours after a
    student was shot, another teen has been shot"), people sought for another crime ("three suspects police are
    looking for in relation to another murder")."""
    if article is None or not 0 <= fig.start <= fig.end <= len(article.text):
        return False
    before, after = _sentence_before(article.text, fig.start), _sentence_after(article.text, fig.end)
    return any((b is None or b.search(before)) and (a is None or a.match(after)) for b, a in _OTHER_INCIDENT)


def earlier_incident(fig: Figure, article: Article | None, story_began: dt.date | None = None) -> bool:
    """A casualty count in a sentence dated well before its article, or one a time phrase before it puts in an
    earlier or a separate incident ("six months before that", "last year"; data/earlier_phrases.txt), or one its own
    clause dates years back ("killed a man 23 years ago"; data/earlier_after.txt): a history paragraph's earlier
    shooting. ``story_began``: the story's first article's date; a date is earlier only when it is well before that
    too, so a trial's coverage naming "the 2014 shooting" of a story first reported in 2014 keeps its toll."""
    if article is None or fig.category not in CASUALTY_FAMILY:
        return False
    if 0 <= fig.start <= len(article.text) and any(
            p.search(_sentence_before(article.text, fig.start)) for p in _EARLIER):
        return True
    if 0 <= fig.end <= len(article.text) and any(p.match(_sentence_after(article.text, fig.end))
                                                 for p in _EARLIER_AFTER):
        return True
    if not article.date or len(article.date) < 10:
        return False
    try:
        published = dt.date.fromisoformat(article.date[:10])
    except ValueError:
        return False
    when = _sentence_date(_around(article.text, fig.start, fig.end), published)
    began = min(published, story_began) if story_began else published
    return when is not None and (began - when).days > EARLIER_INCIDENT_DAYS


def part_by_context(fig: Figure, article: Article | None) -> bool:
    """A count the words after it make a part ("two of the victims", "four are being treated for other injuries"; for
    the wounded, one set beside another: "injured four and put a pregnant woman in critical condition")."""
    if article is None or not 0 <= fig.end <= len(article.text):
        return False
    after = article.text[fig.end:fig.end + 120]
    patterns = _PART_AFTER + (_WOUNDED_PART_AFTER if fig.category == "wounded" else ())
    return any(p.search(after) for p in patterns)


def heads_a_list(fig: Figure, article: Article | None) -> bool:
    """A count of casualties or arrests at the head of a coordinated list ("Two men and a woman were arrested"): it
    counts one subgroup, so it is the same quantity only as another such head, never as the list's whole ("two people
    detained"). Uncategorised counts are left alone: there the subgroup is what is counted ("three children")."""
    if article is None or fig.category in ("other", "money") or not 0 <= fig.end <= len(article.text):
        return False
    return any(p.search(article.text[fig.end:fig.end + 120]) for p in _LIST_HEAD_AFTER)


_CHARGED_AFTER = tuple(re.compile(x, re.I) for x in word_list("charged_after.txt"))


def charged_by_context(fig: Figure, article: Article | None) -> bool:
    """A count the words after it make a count of people charged ("the two were indicted", "six members of the gang
    pleaded guilty"): the extractor read a casualty count where the sentence counts defendants."""
    if article is None or fig.category not in CASUALTY_FAMILY or not 0 <= fig.end <= len(article.text):
        return False
    after = article.text[fig.end:fig.end + 160]
    return any(p.search(after) for p in _CHARGED_AFTER)


_WITH_PERPETRATOR = tuple(re.compile(x, re.I) for x in word_list("with_perpetrator.txt"))
_OF_ANOTHER = tuple(re.compile(x, re.I) for x in word_list("casualty_of_another.txt"))


def _after(fig: Figure, article: Article | None, reach: int) -> str | None:
    if article is None or not 0 <= fig.end <= len(article.text):
        return None
    return article.text[fig.end:fig.end + reach]


def counts_perpetrator(fig: Figure, article: Article | None) -> bool:
    """A death toll said to count the gunman too ("Four were killed, including himself"): one more than his victims."""
    after = _after(fig, article, 160) if fig.category == "killed" else None
    return after is not None and any(p.match(after) for p in _WITH_PERPETRATOR)


def casualty_of_another(fig: Figure, article: Article | None) -> bool:
    """A count whose casualty word a relative clause says of someone else ("a pregnant woman whose unborn baby was
    killed"): the extractor read the clause's casualty as the count's."""
    after = _after(fig, article, 120) if fig.category in CASUALTY_FAMILY else None
    return after is not None and any(p.match(after) for p in _OF_ANOTHER)


@lru_cache(maxsize=1)
def _harm_words() -> dict[str, str]:
    return dict(tuple(line.split("\t")[:2]) for line in data_lines(DATA / "harm_words.tsv"))


_CLAUSE_END = re.compile(r"[.;!?\n]")
HARM_REACH = 100  # characters after the figure: its own verb, not the next clause's
HARM_BEFORE = 30  # characters before it, of which the last two words are read


def harm(fig: Figure, article: Article | None) -> str | None:
    """'shot' or 'hurt': how a wounded (or killed-or-wounded) count says its people were harmed (data/harm_words.tsv),
    from its own words and the rest of its clause; None when it does not say or a death word comes first."""
    if fig.category not in ("wounded", "killed_or_wounded"):
        return None
    kinds = _harm_words()
    # the verb right before the number comes first ("killed one and injured [four] people, and was then shot"); a
    # death word there is the other count's ("two were killed and [four] others injured")
    before = article.text[max(0, fig.start - HARM_BEFORE):fig.start] if article is not None and fig.start >= 0 else ""
    for w in reversed(words(_CLAUSE_END.split(before)[-1])[-2:]):
        if kinds.get(w) in ("shot", "hurt"):
            return kinds[w]
    after = _after(fig, article, HARM_REACH) or ""
    told = " ".join(x for x in (fig.text, fig.counted, _CLAUSE_END.split(after, maxsplit=1)[0]) if x)
    for w in words(told):
        kind = kinds.get(w)
        if kind is not None:
            return None if kind == "stop" else kind
    return None


_ORDINAL_NOUNS = word_list("ordinal_nouns.txt")


def counts_no_people(fig: Figure) -> bool:
    """A count of people whose counted word is a shot, an arrest or an ordinal ("one shot struck", "three prior
    arrests", "the second victim", "the 4th person"); an ordinal that names a person's grade ("a 10th-grader") is
    none."""
    if fig.category in ("other", "money"):
        return False
    said = words(" ".join(x for x in (fig.text, fig.counted) if x))
    return any(w in _NOT_COUNTED and (i + 1 == len(said) or said[i + 1] not in _ORDINAL_NOUNS)
               for i, w in enumerate(said))


def counts_objects(fig: Figure) -> bool:
    """A count of weapons or ammunition ("several weapons in the vehicle"): articles count different sets of them
    (those in a car, all the gunman had), so no such count is one quantity with another. Only the counted head word
    is read, so "8 sustained gun shot wounds" is not one."""
    head = counted_words(fig)[:1]
    return bool(head) and head[0] in _OBJECTS


_INJURY_WORDS = word_list("injury_words.txt")
_OTHER_OCCASIONS = word_list("other_occasions.txt")
_INJURY_ALT = "|".join(sorted(_INJURY_WORDS, key=len, reverse=True))
# the day must follow the injury word closely, within its clause ("was shot early Thursday"), or name the shooting
# ("In Wednesday's shooting"): a day further on is a saying's, a hearing's or a condition report's ("was injured,
# but her condition improved Thursday")
INJURY_DAY_REACH = 8  # words after the injury word
_DAY_AFTER_INJURY = re.compile(rf"\b(?:{_INJURY_ALT})\b((?:[^\S\n]+[^\s,;:!?]+){{1,{INJURY_DAY_REACH}}})", re.I)
_DAYS_INJURY = re.compile(rf"\b([A-Z][a-z]+)['’]s\s+(?:{_INJURY_ALT})\b")
_DAY_STOPS = word_list("injury_day_stops.txt")


def _clause_start(text: str) -> str:
    """The words of `text` before the first that ends an injury's clause (a saying verb, a conjunction of time)."""
    kept = []
    for token in text.split():
        if token.lower() in _DAY_STOPS:
            break
        kept.append(token)
    return " ".join(kept)


def injury_day(fig: Figure, article: Article | None) -> int | None:
    """The day (an ordinal) a casualty figure's own sentence says its people were shot: a day named right after an
    injury word or as "<day>'s shooting", exactly one, in a sentence that names no death, arrest, hearing or funeral
    (whose day is another occasion of the same victim's). Weekdays resolve against the article's own date
    (link/stories.py `event_days`)."""
    if article is None or not article.date or len(article.date) < 10:
        return None
    sentence = _sentence(article.text, fig.start, fig.end)
    said = set(words(sentence))
    if not said & _INJURY_WORDS or said & _OTHER_OCCASIONS:
        return None
    try:
        published = dt.date.fromisoformat(article.date[:10]).toordinal()
    except ValueError:
        return None
    near = [_clause_start(m.group(1)) for m in _DAY_AFTER_INJURY.finditer(sentence)] + \
        [m.group(1) for m in _DAYS_INJURY.finditer(sentence)]
    days = {d for text in near for d in event_days(text, published)}
    return days.pop() if len(days) == 1 else None


@dataclass(frozen=True)
class Setting:
    """What a figure's article says about its counted people beyond the figure's words: one person's age told after
    it ("A child, believed to be 5 years old,"), and the day its sentence says they were shot (`injury_day`; any
    day a sentence names split one victim's mentions far more often than two victims, as follow-ups name the day of
    a hearing or a death)."""

    ages: frozenset[str] = frozenset()
    day: int | None = None
    role: str | None = None  # the group its category places it in (`_roles_by_category`)


_NO_SETTING = Setting()


def figure_setting(fig: Figure, article: Article | None) -> Setting:
    """One person's age and the injury's day from the article around the figure."""
    if article is None or fig.category not in CASUALTY_FAMILY or not 0 <= fig.start <= fig.end <= len(article.text):
        return _NO_SETTING
    setting = Setting(ages_after(fig, article), injury_day(fig, article))
    return _NO_SETTING if setting == _NO_SETTING else setting


@dataclass(frozen=True)
class _Profile:
    """What makes figures the same quantity, beyond their block: the counted thing's class, the names in it
    (North Korean, Russian), the places in the scope, and who the counted people are (gender; one person's age).
    Empty parts fit anything."""

    classes: frozenset[str]
    names: frozenset[frozenset[str]]
    places: frozenset[frozenset[str]]
    genders: frozenset[frozenset[str]] = frozenset()
    ages: frozenset[frozenset[str]] = frozenset()
    roles: frozenset[frozenset[str]] = frozenset()
    days: frozenset[int] = frozenset()

    @classmethod
    def of(cls, fig: Figure, lang: str | None = None, setting: Setting = _NO_SETTING) -> _Profile:
        # a language that capitalises every noun (German "Menschen", "Bergleute") names nobody by the capital
        names = frozenset() if lang in _noun_capitalising() else _names(fig.counted)
        head, places = _head_class(fig), _names(fig.scope)
        genders, ages = _genders(fig), _ages(fig) | _age_numbers(setting.ages)
        roles = _roles(fig, setting) if english(lang) else frozenset()
        return cls(frozenset({head} if head else ()), frozenset({names} if names else ()),
                   frozenset({places} if places else ()), frozenset({genders} if genders else ()),
                   frozenset({ages} if ages else ()), frozenset({roles} if roles else ()),
                   frozenset({setting.day} if setting.day is not None else ()))

    def fits(self, other: _Profile) -> bool:
        return (len(self.classes | other.classes) <= 1
                and all(a & b for a in self.names for b in other.names)
                and all(a & b for a in self.places for b in other.places)
                and all(a == b for a in self.genders for b in other.genders)
                and all(a == b for a in self.ages for b in other.ages)
                and not any(_roles_clash(a, b) for a in self.roles for b in other.roles)
                and len(self.days | other.days) <= 1)

    def __or__(self, other: _Profile) -> _Profile:
        return _Profile(self.classes | other.classes, self.names | other.names, self.places | other.places,
                        self.genders | other.genders, self.ages | other.ages, self.roles | other.roles,
                        self.days | other.days)


@lru_cache(maxsize=1)
def _noun_capitalising() -> frozenset[str]:
    return word_list("noun_capitalising_languages.txt")


def _speaker_ids(fig: Figure) -> set[str]:
    return {s for s in (fig.source, fig.relayed_from) if s}


def same_quantity(a: Figure, b: Figure, lang_of: dict[str, str | None] | None = None,
                  settings: dict[str, Setting] | None = None) -> bool:
    """Counted things, places and (for category drift) sources fit; both figures are already in one block."""
    lang_of, settings = lang_of or {}, settings or {}
    if not _Profile.of(a, lang_of.get(a.article), settings.get(a.id, _NO_SETTING)).fits(
            _Profile.of(b, lang_of.get(b.article), settings.get(b.id, _NO_SETTING))):
        return False
    if a.category != b.category:
        if (a.category, b.category) not in DRIFTS and (b.category, a.category) not in DRIFTS:
            return False
        va, vb = figure_value(a), figure_value(b)
        # one speaker's "two police officers shot" and "two people killed" are two groups: a drift keeps the group
        # named (an age says too little: "five people" are "one woman and four men", "1" is "a child")
        who_a = _roles(a, settings.get(a.id, _NO_SETTING)) & _GROUP_ROLES
        who_b = _roles(b, settings.get(b.id, _NO_SETTING)) & _GROUP_ROLES
        return va is not None and vb is not None and _close(va, vb) and bool(_speaker_ids(a) & _speaker_ids(b)) \
            and who_a == who_b
    return True


_GROUP_ROLES = frozenset({"officer", "perpetrator", "relative"})


def _roles(fig: Figure, setting: Setting = _NO_SETTING) -> frozenset[str]:
    """Who the counted people are, from the figure's words, one person's age, or its category (`setting.role`)."""
    return person_roles(fig, setting.ages) | ({setting.role} if setting.role else frozenset())


_BY_CATEGORY = ("killed", "wounded")
GROUP_FROM = 2  # `_roles_by_category` places counts of this many people or more


def _group_category(counts: Counter[str]) -> str | None:
    """What a named group of one size mostly is, dead or wounded; none when no figure of it says."""
    told = [(counts[c], c) for c in _BY_CATEGORY if counts[c]]
    return max(told)[1] if told and len({n for n, _ in told}) == len(told) else None


def _roles_by_category(block: Sequence[Figure], settings: dict[str, Setting]) -> tuple[dict[str, str], frozenset[str]]:
    """Casualty counts that name no group ("Both victims", "two people were killed") in a block where one number
    counts two groups that are never the same people (two officers wounded, two relatives killed: role_conflicts.tsv).
    Such a count belongs to the group whose figures mostly share its category (dead or wounded; a killed-or-wounded
    count fits either): with one such group it takes that group's role, with two it could be either and joins
    neither. A group whose figures are split evenly between dead and wounded fits any category; a count whose own
    words clash with a group ("the toddler" and an officer) is not placed in it. One person is left to the one-person
    rules (ages, roles, `_unplaced`): "the man" mostly points back to the one just told of, whoever he is."""
    named: dict[float, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for fig in block:
        value = figure_value(fig)
        if fig.category in CASUALTY_FAMILY and value is not None and value >= GROUP_FROM:
            for role in _roles(fig, settings.get(fig.id, _NO_SETTING)) & _GROUP_ROLES:
                named[round(value, 2)][role][fig.category] += 1
    implied: dict[str, str] = {}
    unplaced = set()
    for fig in block:
        value = figure_value(fig)
        own = _roles(fig, settings.get(fig.id, _NO_SETTING))
        if fig.category not in CASUALTY_FAMILY or value is None or value < GROUP_FROM or own & _GROUP_ROLES:
            continue
        groups = named.get(round(value, 2), {})
        if not any(_roles_clash(frozenset({a}), frozenset({b})) for a, b in combinations(sorted(groups), 2)):
            continue
        fits = [role for role, counts in sorted(groups.items()) if not _roles_clash(own, frozenset({role}))
                and (fig.category == "killed_or_wounded" or _group_category(counts) in (None, fig.category))]
        if len(fits) == 1:
            implied[fig.id] = fits[0]
        elif fits:
            unplaced.add(fig.id)
    return implied, frozenset(unplaced)


def _value_score(a: Figure, b: Figure) -> float:
    va, vb = figure_value(a) or 0.0, figure_value(b) or 0.0
    return 1.0 if va == vb else round(min(abs(va), abs(vb)) / max(abs(va), abs(vb), 1e-9), 3)


def _figure_edges(block: list[Figure], lang_of: dict[str, str | None] | None = None,
                  settings: dict[str, Setting] | None = None) -> list[Edge]:
    """Candidate same-quantity pairs without comparing every pair: figures with one profile and category join their
    group's first figure; groups are compared once by their first figures; category drift is looked up by value
    and speaker."""
    lang_of, settings = lang_of or {}, settings or {}
    groups: dict[tuple[str, _Profile], list[Figure]] = defaultdict(list)
    for fig in block:
        groups[(fig.category, _Profile.of(fig, lang_of.get(fig.article), settings.get(fig.id, _NO_SETTING)))].append(fig)
    edges = []
    keys = sorted(groups, key=lambda k: groups[k][0].id)
    across = not all(english(lang_of.get(f.article)) for f in block)
    for key in keys:
        lead, *rest = groups[key]
        edges.extend(Edge(lead.id, f.id, "same_quantity", _value_score(lead, f)) for f in rest)
        if across:
            # across languages a group mixes values the lead may not join (another value of its own article): every
            # pair is tied, closest values first, so equal counts still meet and a revised or disputed estimate
            # ("More than 40 farms", "47 explotaciones") joins the nearest of its renderings, not only the lead
            edges.extend(Edge(a.id, b.id, "same_quantity", _value_score(a, b))
                         for a, b in combinations(groups[key], 2) if a is not lead)
    for ka, kb in combinations(keys, 2):
        a, b = groups[ka][0], groups[kb][0]
        if ka[0] == kb[0] and ka[1].fits(kb[1]):
            edges.append(Edge(a.id, b.id, "same_quantity", _value_score(a, b)))
            if across:
                # two fitting groups (an amount whose currency one language names and another leaves out) hold
                # several values each: their members meet closest values first, not only through the two leads
                edges.extend(Edge(min(x.id, y.id), max(x.id, y.id), "same_quantity", _value_score(x, y))
                             for x in groups[ka] for y in groups[kb] if (x, y) != (a, b))
    # one person ("a man was killed", "1 dead") is one victim, not a toll: a count of one meets only other counts
    # of one, so it cannot bridge an incident's "4 officers" and "58 officers"; a list of people likewise
    single = {f.id for f in block if figure_value(f) == 1 or unnumbered(f, lang_of.get(f.article))}
    value = {f.id: figure_value(f) for f in block}
    edges = [e for e in edges if not ({e.a, e.b} & single) or _close(value[e.a], value[e.b])]
    # a count of women or men and a count of people are one quantity only at one value: "two female victims" is a
    # part of "four victims", not another count of them
    # an uncategorised vague count ("hitting several drivers") says too little to be an exact one ("two drivers"
    # killed); two vague ones may still be one phrase repeated
    vague = {f.id for f in block if f.category == "other" and f.value is None}
    edges = [e for e in edges if len({e.a, e.b} & vague) != 1]
    gender = {f.id: _genders(f) for f in block}
    edges = [e for e in edges if bool(gender[e.a]) == bool(gender[e.b]) or _close(value[e.a], value[e.b])]
    broad: dict[tuple[float, str], list[Figure]] = defaultdict(list)
    for fig in block:
        if any(fig.category == wide for wide, _ in DRIFTS):
            for speaker in sorted(_speaker_ids(fig)):
                broad[(round(figure_value(fig), 2), speaker)].append(fig)
    for fig in block:
        if any(fig.category == narrow for _, narrow in DRIFTS):
            matches = {m.id: m for sp in sorted(_speaker_ids(fig)) for m in broad[(round(figure_value(fig), 2), sp)]}
            edges.extend(Edge(min(fig.id, m.id), max(fig.id, m.id), "same_quantity", 1.0)
                         for _, m in sorted(matches.items()) if same_quantity(fig, m, lang_of, settings))
    return edges


def _harm_edges(block: list[Figure], lang_of: dict[str, str | None], settings: dict[str, Setting],
                harms: dict[str, str]) -> list[Edge]:
    """Where the shot and the hurt meet, `_group_figures` may refuse the edges `_figure_edges` gives (each figure's
    only to its group's first): every fitting pair of one category may then join ("12 shot" beside "11 others
    wounded" and "13 injured": the 11 and the 13 still meet). Such blocks are few."""
    if len({harms.get(f.id) for f in block} - {None}) < 2:
        return []
    # the same limits as `_figure_edges`: one person, a list of people or a count of women meets only its value,
    # and a vague count ("several") none
    exact = [f for f in block if f.value is not None]
    profile = {f.id: _Profile.of(f, lang_of.get(f.article), settings.get(f.id, _NO_SETTING)) for f in exact}
    loose = {f.id for f in exact if f.value == 1 or unnumbered(f, lang_of.get(f.article)) or _genders(f)}
    return [Edge(a.id, b.id, "same_quantity", _value_score(a, b)) for a, b in combinations(exact, 2)
            if a.category == b.category and profile[a.id].fits(profile[b.id])
            and (_close(a.value or 0.0, b.value or 0.0) or not {a.id, b.id} & loose)]


def one_person(fig: Figure) -> bool:
    """One person told without a number ("a man was killed", "he died"): a victim, not a count."""
    return figure_value(fig) == 1 and not re.search(r"\d|\b(?:one|single)\b", fig.text, re.I)


_NEVER_ONE = frozenset({"killed", "wounded"})
# Values more than this many times apart are never one quantity: "hundreds of bystanders" are not the four wounded,
# "about 200 officers" interviewed not the five killed, a city's 31 homicides this year not the three found dead.
# Revisions of one toll stay well within it (14 -> 17, 1,100 vs 3,000); one person meets only one (`_figure_edges`).
SCALE_APART = 10


ESTIMATES_APART = 2.0  # an article's two values of one quantity, across languages: estimates at most this far apart


def _one_value_per_article(a: dict[str, set[float | None]] | None, b: dict[str, set[float | None]] | None,
                           across: bool = False) -> bool:
    """Amounts and other counts one article gives with two values are two quantities: "Rosales is held on $50,000
    bail, Aguilar on $5,000 bail", "about 30 residents watched ... several residents knew him", a press-release
    page's "two were charged" and "15 people were arrested". Casualty counts are left to the leading-count rule: a
    live blog's "7 hurt" then "9 wounded" is one toll revised. (Arrest counts revised within one article, "three in
    custody" then "four", are lost with it: on GVA dev such groups were mostly press-release pages of many
    arrests.)"""
    if a is None or b is None:
        return True
    if across:
        # in a story told in several languages an article often sets two sources' estimates of one quantity side by
        # side ("4.800 Arbeitsplätze", the union's "mehr als 6.000"): within ESTIMATES_APART they are one quantity
        # whose values differ (a discrepancy); further apart, two quantities of one counted thing
        return all(max(seen) <= ESTIMATES_APART * min(seen)
                   for art in a.keys() & b.keys() if (seen := {v for v in a[art] | b[art] if v}))
    return all(a[art] | b[art] == a[art] == b[art] for art in a.keys() & b.keys())


def _harms_agree(a: dict[str, set[float]] | None, b: dict[str, set[float]] | None) -> bool:
    """Counts of the shot and counts of the hurt, joined, leave one value between them: "Five people were shot"
    and "six injured" (a girl hurt while fleeing) are a part and its whole, "eight shot" and "eight wounded" one."""
    joined: dict[str, set[float]] = defaultdict(set)
    for told in (a or {}, b or {}):
        for kind, seen in told.items():
            joined[kind] |= seen
    if len(joined) < 2:
        return True
    values = set().union(*joined.values())
    return all(_close(x, y) for x in values for y in values)


def _group_figures(block: list[Figure], edges: list[Edge], lang_of: dict[str, str | None] | None = None,
                   settings: dict[str, Setting] | None = None, harms: dict[str, str] | None = None,
                   fallback: Sequence[Edge] = ()) -> list[tuple[list[str], list[Edge]]]:
    """Join figures along edges, strongest first, never joining groups whose counted things or places clash (a bare
    "1,000 troops" must not bridge North Korean and Russian troops), nor a group of the dead with one of the
    wounded: a killed-or-wounded count drifting to each ("two shot" beside "two dead" and "two others hospitalized")
    must not make the dead and the wounded one quantity; nor groups whose values would lie more than SCALE_APART
    times apart; nor a count of people shot with a count of people hurt of another value (``harms``, `harm`: the
    shot are a part of the hurt). ``fallback`` edges (`_harm_edges`) join groups too, but only those that joined
    two are listed with the group's edges."""
    parent = {f.id: f.id for f in block}
    lang_of, settings = lang_of or {}, settings or {}
    across = not all(english(lang_of.get(f.article)) for f in block)
    profile = {f.id: _Profile.of(f, lang_of.get(f.article), settings.get(f.id, _NO_SETTING)) for f in block}
    categories = {f.id: {f.category} for f in block}
    values = {f.id: (figure_value(f) or 0.0,) * 2 for f in block}  # each group's smallest and largest value
    # each group's values per article, outside the casualty family (see `_one_value_per_article`)
    told = {f.id: {f.article: {figure_value(f)}} for f in block if f.category not in CASUALTY_FAMILY}
    harmed: dict[str, dict[str, set[float]]] = {f.id: {h: {figure_value(f) or 0.0}} for f in block
                                                if (h := (harms or {}).get(f.id))}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    used: list[Edge] = []
    listed = {(e.a, e.b) for e in edges}
    for edge in sorted([*edges, *fallback], key=lambda e: (-e.score, (e.a, e.b) not in listed, e.a, e.b)):
        ra, rb = find(edge.a), find(edge.b)
        if ra == rb or not profile[ra].fits(profile[rb]) or categories[ra] | categories[rb] >= _NEVER_ONE:
            continue
        low, high = min(values[ra][0], values[rb][0]), max(values[ra][1], values[rb][1])
        if high > SCALE_APART * max(low, 1.0) or not _one_value_per_article(told.get(ra), told.get(rb), across) \
                or not _harms_agree(harmed.get(ra), harmed.get(rb)):
            continue
        if (edge.a, edge.b) not in listed:
            used.append(edge)
        ra, rb = min(ra, rb), max(ra, rb)
        parent[rb] = ra
        profile[ra] = profile[ra] | profile.pop(rb)
        categories[ra] = categories[ra] | categories.pop(rb)
        values[ra] = (low, high)
        values.pop(rb)
        if ra in told and rb in told:
            for art, seen in told.pop(rb).items():
                told[ra].setdefault(art, set()).update(seen)
        for kind, seen in harmed.pop(rb, {}).items():
            harmed.setdefault(ra, {}).setdefault(kind, set()).update(seen)
    return groups_with_edges(parent, find, [*edges, *used])


_MANY_PLACES = re.compile(r"\b(?:across|throughout|around)\s+the\s+(?:city|state|county|region|country|nation)\b|"
                          r"\b(?:city|state|nation|county)-?wide\b|\bin\s+(?:[\w-]+\s+){0,3}?(?:shootings|incidents|attacks)\b",
                          re.I)


_Toll = tuple[str, str, str, str | None]


def _leading_counts(figures: Sequence[Figure], articles: dict[str, Article], across: bool = False
                    ) -> dict[_Toll, float]:
    """Each article's largest casualty count per category and period (a killed-or-wounded total over all three):
    the toll the article reports. Only that count of an article is its side of the story's casualty timeline.
    ``across`` (a story told in several languages): per class of the counted people too (see `_toll`)."""
    top: dict[_Toll, float] = defaultdict(float)
    for fig in figures:
        value = figure_value(fig)
        if value is None or fig.category not in CASUALTY_FAMILY:
            continue
        span = _span(fig, articles.get(fig.article), across)
        cls = _head_class(fig) if across else None
        for category in {fig.category, "killed_or_wounded"}:
            top[(fig.article, category, span, cls)] = max(top[(fig.article, category, span, cls)], value)
    return top


def _toll(leading: dict[_Toll, float], fig: Figure, span: str, across: bool) -> float:
    """The toll a casualty figure is measured against. In a story told in several languages a count of soldiers and
    a count of civilians are two tolls ("nine civilians ... three soldiers": the three is no part of the nine); a
    count whose people have no class is measured against all of them. English-only stories keep one toll per
    category, as measured on GVA (issue 16)."""
    if not across:
        return leading[(fig.article, fig.category, span, None)]
    cls = _head_class(fig)
    return max((v for (art, cat, sp, c), v in leading.items()
                if art == fig.article and cat == fig.category and sp == span and (cls is None or c in (cls, None))),
               default=0.0)


def _span(fig: Figure, article: Article | None, across: bool) -> str:
    # periods are read by English rules only ("overnight", "in the past week"): in a story told in several
    # languages they would split every English figure from its renderings in the others, so none is compared there
    return "total" if across else figure_span(fig, article)


@lru_cache(maxsize=1)
def _counters() -> frozenset[str]:
    return word_list("counters.txt")


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


_SENTENCE_END = re.compile(r"[.!?。]\s")
_ELISION_REACH = 80


def _classes_elided(figures: list[Figure], articles: dict[str, Article]) -> list[Figure]:
    """A casualty count whose people are not named takes the class of the count before it in its sentence: "three
    soldiers were killed and 11 wounded", "drei Soldaten getötet und elf verwundet", "군인 3명이 숨지고 11명이
    부상했다" — the 11 are soldiers too, a toll of their own beside the civilians'."""
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for fig in figures:
        by_article[fig.article].append(fig)
    replaced: dict[str, Figure] = {}
    for art_id, figs in by_article.items():
        article = articles.get(art_id)
        if article is None:
            continue
        figs = sorted(figs, key=lambda f: f.start)
        for prev, fig in zip(figs, figs[1:], strict=False):
            if fig.category not in CASUALTY_FAMILY or _head_class(fig) is not None:
                continue
            gap = article.text[prev.end:fig.start]
            if prev.category not in CASUALTY_FAMILY or len(gap) > _ELISION_REACH or _SENTENCE_END.search(gap):
                continue
            word = next((w for w in reversed(counted_words(prev)) if w in counted_classes()), None)
            if word is not None:
                replaced[fig.id] = fig.model_copy(update={"counted": f"{fig.counted or ''} {word}".strip()})
    return [replaced.get(f.id, f) for f in figures]


def _counted_before(fig: Figure, article: Article | None) -> Figure:
    """A figure counted with a counter word (민간인 9명이) counts the noun before its number: that noun, or with
    a qualifier between (간호사는 약 1천300명이) the nearest listed one of the two words before, becomes its
    counted word."""
    found = counted_words(fig)
    if article is None or not found or found[-1] not in _counters():
        return fig
    before = [_without_particle(w) for w in _HANGUL_WORD.findall(article.text[max(0, fig.start - 40):fig.start])][-2:]
    if not before:
        return fig
    classes = counted_classes()
    noun = next((w for w in reversed(before) if w in classes), before[-1])
    return fig.model_copy(update={"counted": noun})


_GENERIC = word_list("generic_counted.txt")


def _says_what(fig: Figure) -> bool:
    """A casualty category says what is counted; an uncategorised count or an amount must say it in a counted word
    that is not generic ("two people" opened fire ≠ "several hundred people" inside; "9 percent" of what?)."""
    if fig.category not in ("other", "money"):
        return True
    found = counted_words(fig)
    return bool(found) and (fig.category == "money" or found[-1] not in _GENERIC)


def _part(fig: Figure) -> bool:
    """A part of a total ("three other victims", "two of them"), never the same quantity as the total."""
    return bool(_PART_WORDS & set(words(fig.counted or "")))


_PART_WORDS = word_list("partial_counts.txt")


def figure_block(fig: Figure, article: Article | None, across: bool = False,
                 with_perpetrator: frozenset[str] = frozenset()) -> tuple[str, str, str, str]:
    family = "casualties" if fig.category in CASUALTY_FAMILY else fig.category
    if fig.category in ("other", "money"):  # one quantity only when they count the same thing (a bond ≠ a price)
        head = counted_words(fig)[-1] if counted_words(fig) else ""
        family = f"{fig.category}:{_head_class(fig) or (head[:-1] if head.endswith('s') else head)}"
    # Units separate money from money and shares from counts; for counts of people the "unit" some extractors
    # give ("troops", "people") is the counted thing, compared by same_quantity instead.
    unit = (fig.unit or "").lower()
    unit = unit if fig.category == "money" or unit in ("%", "percent", "per cent") else ""
    # a tally over many places or events ("39 shot across the city", "in three separate shootings") is never one
    # incident's count (periods are already told apart by the span)
    extent = "many" if fig.scope and _MANY_PLACES.search(fig.scope) else "one"
    if fig.id in with_perpetrator or counts_perpetrator(fig, article):
        extent = "with perpetrator"  # the victims and the gunman: a whole whose part is the victims' toll
    elif heads_a_list(fig, article):
        extent = "list head"
    return family, _span(fig, article, across), unit, extent


def _with_perpetrator(figures: Sequence[Figure], articles: dict[str, Article]) -> frozenset[str]:
    """Death tolls that count the gunman though they do not say so: where one article's toll of value V is said to
    include him and another count in the story is V - 1 dead (his victims), an unqualified V ("AT LEAST 4 DEAD") is
    the whole too. Without such a victims' count a V is left alone: it may be the victims."""
    killed = [f for f in figures if f.category == "killed" and figure_value(f) is not None]
    said = {f.id for f in killed if counts_perpetrator(f, articles.get(f.article))}
    wholes = {round(figure_value(f) or 0.0, 2) for f in killed if f.id in said}
    victims = {round(figure_value(f) or 0.0, 2) for f in killed if f.id not in said}
    both = {v for v in wholes if round(v - 1, 2) in victims}
    return frozenset(f.id for f in killed if f.id in said or round(figure_value(f) or 0.0, 2) in both)


def _comparable(fig: Figure, article: Article | None, others_beside: frozenset[str] = frozenset(),
                story_began: dt.date | None = None) -> bool:
    """A figure that can be one side of a same-quantity pair: it has a value, says what it counts, is not a part
    of a total, a pronoun, a count of shots, or an earlier or another incident's count. ("several" or "dozens" with no number
    cannot be compared; an uncategorised count without a counted word cannot be told apart from any other.)
    ``others_beside``: counts whose "others" are the people besides another toll (`_others_beside_a_toll`)."""
    return (figure_value(fig) is not None and _says_what(fig) and (fig.id in others_beside or not _part(fig))
            and not pronoun_only(fig) and not counts_no_people(fig) and not counts_objects(fig)
            and not part_by_context(fig, article)
            and not earlier_incident(fig, article, story_began) and not separate_incident(fig, article)
            and not charged_by_context(fig, article) and not casualty_of_another(fig, article))


_OTHERS = frozenset({"other", "others"})
_KILLED_OR_WOUNDED_APART = frozenset({"killed", "wounded"})
# How far back the count an "others" sets its people apart from may stand: a paragraph or two ("... the remaining
# victim was killed at a delicatessen. [a quoted father's statement] 13 others were wounded").
OTHERS_REACH = 800


def _others_beside_a_toll(figures: Sequence[Figure], articles: dict[str, Article]) -> frozenset[str]:
    """Casualty counts whose only part word is "other(s)" and whose nearest earlier casualty count in the article
    (within OTHERS_REACH characters) is of another category: "killed six people and wounded seven others" — the
    seven are everyone wounded, "others" only sets them apart from the dead, so they are a toll, not a part of one.
    After a count of their own category ("three were wounded ... two others were hurt") they stay a part, and so
    does a killed-or-wounded "others" ("two killed and two others shot"): read as a total it would stand for the
    whole toll and drift against the dead."""
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for fig in figures:
        if fig.category in _KILLED_OR_WOUNDED_APART:
            by_article[fig.article].append(fig)
    out = set()
    for art_id, figs in by_article.items():
        if art_id not in articles:
            continue
        figs = sorted(figs, key=lambda f: f.start)
        for prev, fig in zip(figs, figs[1:], strict=False):
            part_words = _PART_WORDS & set(words(fig.counted or ""))
            if (prev.category != fig.category and part_words and part_words <= _OTHERS
                    and fig.start - prev.end <= OTHERS_REACH):
                out.add(fig.id)
    return frozenset(out)


def _this_incident(fig: Figure, article: Article | None, story_began: dt.date | None = None) -> bool:
    return not (pronoun_only(fig) or counts_no_people(fig) or earlier_incident(fig, article, story_began)
                or separate_incident(fig, article) or charged_by_context(fig, article)
                or casualty_of_another(fig, article))


_INDEFINITE = re.compile(r"an?\s", re.I)  # "a child" brings in someone; "the boy" points back to the one told of


def _unplaced(figures: Sequence[Figure], settings: dict[str, Setting]) -> frozenset[str]:
    """One-person figures that cannot be told apart in an article naming people of two ages in their category ("a
    child" wounded on a page about a wounded 5-year-old and a wounded 7-year-old): one brought in without an age or
    a name ("a child", not "the boy", which points back) could be either, so it joins neither. (A killed 15-year-old and a wounded 14-year-old leave "his friend was
    dead" one person.)"""
    ages: dict[tuple[str, str], set[str]] = defaultdict(set)
    loose: dict[tuple[str, str], list[str]] = defaultdict(list)
    for fig in figures:
        if figure_value(fig) != 1 or fig.category not in CASUALTY_FAMILY:
            continue
        told = _ages(fig) | _age_numbers(settings.get(fig.id, _NO_SETTING).ages)
        ages[(fig.article, fig.category)] |= told
        if not told and one_person(fig) and _INDEFINITE.match(fig.text) \
                and not re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", fig.text):
            loose[(fig.article, fig.category)].append(fig.id)
    # a killed-or-wounded count ("a child was shot") may be either the dead or the wounded
    def near(art: str, cat: str) -> set[str]:
        return set().union(*(ages[(art, c)] for c in CASUALTY_FAMILY if "killed_or_wounded" in (c, cat) or c == cat))

    return frozenset(i for (art, cat), ids in loose.items() if len(near(art, cat)) > 1 for i in ids)


_CURRENCY_REACH = 2  # words after an amount's number: "2,5 millones de euros", "4,5 millions d'euros", "250만 유로를"


def _currency_after(fig: Figure, article: Article | None) -> bool:
    """An uncategorised count whose number is followed by a currency word (a `money` class in counted.tsv) is an
    amount of money whose unit the extractor left in the text."""
    if article is None or fig.category != "other" or not 0 <= fig.end <= len(article.text):
        return False
    classes = counted_classes()
    for word in words(article.text[fig.end:fig.end + 40])[:_CURRENCY_REACH]:
        for form in {word, _without_particle(word), word.split("'")[-1], word.split("’")[-1]}:
            if classes.get(form) == "money" or (form.endswith("s") and classes.get(form[:-1]) == "money"):
                return True
    return False


_NOT_PEOPLE = frozenset({"money", "procedure", "hectare", "equipment", "building"})  # counted.tsv classes


def _counts_people(fig: Figure) -> bool:
    """A count whose counted word is a class of people (counted.tsv) or a word for people in general."""
    head = _head_class(fig)
    if head is not None:
        return head not in _NOT_PEOPLE
    found = counted_words(fig)
    return bool(found) and found[-1] in _GENERIC


def _categories_across(figures: Sequence[Figure], articles: dict[str, Article], lang_of: dict[str, str | None]
                       ) -> list[Figure]:
    """In a story told in several languages, an uncategorised count of people ("quatorze personnes", "drei
    Menschen", "14명") takes the category the story's articles in other languages give its value, when they give it
    one category only: each language's rules find the fate of the counted (killed, missing) in other constructions,
    and the same count of the same story in another language says which it is. A count of things, a part, a vague
    count or one the other languages give two fates stays uncategorised."""
    largest: dict[tuple[str, str], float] = defaultdict(float)
    for fig in figures:
        largest[(fig.article, fig.category)] = max(largest[(fig.article, fig.category)], figure_value(fig) or 0.0)
    fates: dict[float, dict[str, set[str | None]]] = defaultdict(lambda: defaultdict(set))
    for fig in figures:
        value = figure_value(fig)
        # only an article's largest count of its category is its toll: a smaller one ("41 of the 96 injured are in
        # hospital") is a part of it, and says nothing of what a count of that value elsewhere is
        if fig.category not in ("other", "money") and value is not None and value >= largest[(fig.article,
                                                                                               fig.category)]:
            fates[round(value, 2)][fig.category].add(lang_of.get(fig.article))
    taken: dict[float, str] = {}  # value → the category a count of people of that value took
    for fig in figures:
        told = fates.get(round(fig.value, 2)) if fig.category == "other" and fig.value is not None else None
        if told and _counts_people(fig) and not _part(fig) and not _currency_after(fig, articles.get(fig.article)):
            lang = lang_of.get(fig.article)
            found = {category for category, langs in told.items() if langs - {lang}}
            if len(found) == 1:
                taken[round(figure_value(fig) or 0.0, 2)] = found.pop()
    # the same value left uncategorised with a word the tables do not know ("12.000 Fahrgäste", "41 reported") is
    # that count too, unless its word names things
    return [fig.model_copy(update={"category": taken[value]})
            if fig.category == "other" and fig.value is not None and (value := round(fig.value, 2)) in taken
            and _head_class(fig) not in _NOT_PEOPLE and not _part(fig) and not counts_objects(fig)
            and not _currency_after(fig, articles.get(fig.article)) else fig
            for fig in figures]


ACROSS_VALUE_FROM = 10  # an uncategorised count below this is too common a number to name one quantity by itself


def _uncategorised_by_value(figures: Sequence[Figure], articles: dict[str, Article], lang_of: dict[str, str | None],
                            story_began: dt.date | None = None) -> dict[str, str]:
    """Uncategorised counts ("31 ocupantes rescatados", "31 Überlebende", "생존자 31명") that are one quantity across
    languages: their counted nouns are each language's own words (or a generic "Menschen", "명", which says nothing
    in any language), so they cannot meet by noun; in one story told in several languages, the same value of at
    least ACROSS_VALUE_FROM counted once in each of two or more languages' articles is one quantity. An article with
    two such counts of one value, a count of another class than the rest of its value, a part, or another
    incident's count stays out. Amounts likewise ("€2.5 million", "2,5 milioni di euro", "250만 유로"), apart from
    counts. Figure id → the value key of its block."""
    found: dict[str, list[Figure]] = defaultdict(list)
    for fig in figures:
        value, article = figure_value(fig), articles.get(fig.article)
        if (fig.category not in ("other", "money") or value is None or value < ACROSS_VALUE_FROM or fig.value is None
                or _part(fig) or counts_objects(fig) or not _this_incident(fig, article, story_began)
                or part_by_context(fig, article)):
            continue
        found[f"{fig.category}:={round(value, 2):g}"].append(fig)
    out: dict[str, str] = {}
    for key, figs in _estimates_together(found).items():
        per_article = Counter(f.article for f in figs)
        figs = [f for f in figs if per_article[f.article] == 1]
        classes = {c for f in figs if (c := _head_class(f)) is not None}
        if len(classes) > 1:
            continue
        if len({lang_of.get(f.article) for f in figs}) >= 2:
            # counts of a known class ("340 operations", "4.700 Hektar") already meet in their class's block, where
            # the other values of their quantity are: the others of their value join them there
            block = f"{figs[0].category}:{classes.pop()}" if classes else key
            out.update((f.id, block) for f in figs)
    return out


ESTIMATE_ROUNDING = 1.15  # "2만여" (more than 20,000) and "rund 22.000": one crowd, each outlet's rounding of it


def _estimates_together(found: dict[str, list[Figure]]) -> dict[str, list[Figure]]:
    """Value keys of one kind (`_uncategorised_by_value`) joined when their values lie within ESTIMATE_ROUNDING of
    the smallest and one of them is an estimate (a qualifier: "more than 60", "rund 22.000", "una quarantina"): an
    estimate rounds the count another outlet gives exactly or rounds otherwise. Two exact values stay apart (31
    rescued, 29 survivors)."""
    out: dict[str, list[Figure]] = {}
    by_kind: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for key, figs in found.items():
        by_kind[key.split(":=")[0]].append((figure_value(figs[0]) or 0.0, key))
    for entries in by_kind.values():
        first_value, first_key, estimated = 0.0, "", False
        for value, key in sorted(entries):
            here = any(f.qualifier for f in found[key])
            if first_key and value <= ESTIMATE_ROUNDING * first_value and (estimated or here):
                out[first_key] += found[key]
                estimated = estimated or here
                continue
            first_value, first_key, estimated = value, key, here
            out[key] = list(found[key])
    return out


def _story_began(story_articles: Iterable[str], articles: dict[str, Article]) -> dt.date | None:
    """The date of the story's first dated article that carries figures (align_figures sees only those)."""
    days = []
    for art_id in story_articles:
        date = articles[art_id].date or ""
        try:
            days.append(dt.date.fromisoformat(date[:10]))
        except ValueError:
            continue
    return min(days, default=None)


def align_figures(story: str, figures: Sequence[Figure], articles: dict[str, Article]) -> list[Alignment]:
    """One story's figure alignments: figures asserting the same quantity, whoever asserts them."""
    blocks: dict[tuple[str, str, str, str], list[Figure]] = defaultdict(list)
    # the story's own articles only: `articles` may be the whole corpus, and this runs once per story
    lang_of = {f.article: articles[f.article].lang for f in figures if f.article in articles}
    across = not all(english(lang) for lang in lang_of.values())
    ordered = sorted(figures, key=lambda f: f.id)
    if across:
        ordered = _classes_elided([_counted_before(f, articles.get(f.article)) for f in ordered], articles)
        ordered = [f.model_copy(update={"category": "money"}) if _currency_after(f, articles.get(f.article)) else f
                   for f in ordered]
        ordered = _categories_across(ordered, articles, lang_of)
    others_beside = _others_beside_a_toll(ordered, articles)
    began = _story_began(lang_of.keys(), articles)
    comparable = [f for f in ordered if _comparable(f, articles.get(f.article), others_beside, began)]
    by_value = _uncategorised_by_value(ordered, articles, lang_of, began) if across else {}
    by_class = set(by_value.values())
    kept = {f.id for f in comparable}
    comparable += [f for f in ordered if f.id in by_value and f.id not in kept]
    settings = {f.id: figure_setting(f, articles.get(f.article)) for f in comparable}
    comparable = [f for f in comparable if f.id not in _unplaced(comparable, settings)]
    # an article's toll is its largest count of this incident, parts ("three other men") included: a smaller
    # count ("two were listed in critical condition") is a part of it
    whole = _with_perpetrator(comparable, articles)
    # a toll that counts the gunman stays its article's toll: the victims and the gunman it names one by one are
    # parts of it, and compared across articles they would join the gunman to his victims
    leading = _leading_counts([f for f in ordered if _this_incident(f, articles.get(f.article), began)], articles,
                              across)
    harms = {f.id: h for f in comparable if (h := harm(f, articles.get(f.article))) is not None}
    for fig in comparable:
        value = figure_value(fig)
        span = _span(fig, articles.get(fig.article), across)
        if fig.category in CASUALTY_FAMILY and value is not None and value < _toll(leading, fig, span, across):
            continue  # a part of the article's toll ("two are in critical condition") not said to be one
        key = figure_block(fig, articles.get(fig.article), across, whole)
        # an amount by value: the currency the extractor left in the text has no unit to compare with a found one's
        if fig.id in by_value or (fig.category == "money" and f"money:{_head_class(fig)}" in by_class):
            key = (by_value.get(fig.id, f"money:{_head_class(fig)}"), key[1], "", key[3])
        blocks[key].append(fig)
    out: list[Alignment] = []
    for key in sorted(blocks):
        implied, unplaced = _roles_by_category(blocks[key], settings)
        settings.update({i: replace(settings.get(i, _NO_SETTING), role=role) for i, role in implied.items()})
        block = [f for f in blocks[key] if f.id not in unplaced]
        by_id = {f.id: f for f in block}
        edges = _figure_edges(block, lang_of, settings)
        for ids, group_edges in _group_figures(block, edges, lang_of, settings, harms,
                                               _harm_edges(block, lang_of, settings, harms)):
            first = first_published(articles, {i: by_id[i].article for i in ids})
            out.append(alignment_of("figure", story, ids, group_edges, first))
    return out


def statement_figures(alignments: Sequence[Alignment], figures: Sequence[Figure]) -> dict[str, set[tuple[str, float]]]:
    """Statement id → the (figure alignment, value) pairs of the figures it carries."""
    figure_of = {f.id: f for f in figures}
    out: dict[str, set[tuple[str, float]]] = defaultdict(set)
    for al in alignments:
        for member in al.members:
            fig = figure_of.get(member)
            value = figure_value(fig) if fig is not None else None
            if fig is not None and fig.statement and value is not None:
                out[fig.statement].add((al.id, value))
    return out
