"""Numeric claims: each count with its qualifier, what it counts, its category, its scope, and who asserts it.

Numbers come from numbers.py (identifiers already dropped). For each, within its sentence:
- `counted`: the words right after the number up to the first function word, plus a following participle phrase
  ("troops killed or wounded"), as written;
- `category`: the nearest *strong* category word after the number and before the next number ("two killed and
  three wounded"), else one the number is the object of ("killed two", "the death toll rose to 5"), else a weak
  one (troops → deployed, shot/victims → killed_or_wounded). Casualties are killed **or** wounded, never deaths;
- `scope`: time and place phrases of the clause ("so far", "in just the past week", "since December", "in Kursk"),
  as written, and the period they cover resolved against the statement's date or the article's;
- `source`: the speaker of the statement whose content holds the figure, with the statement's relay chain; a figure
  in the writer's own sentence is asserted by the outlet (source None, `statement` None).
A spelled-out number ("two", "dozens") is kept only when it counts people or a casualty word is near: "one of
the", "two weeks" and "a few" are not figures.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import cache

from newsledger.extract.lexicon import table, words
from newsledger.extract.numbers import NumberMention, find_numbers
from newsledger.ledger import Article, Figure, Statement, stable_id

# Words that end a counted phrase: what follows them is the clause, not the thing counted.
_STOP = frozenset(["a", "an", "the", "of", "in", "on", "at", "by", "for", "from", "with", "to", "into", "onto", "over", "under", "since", "during", "until", "after", "before", "about", "around", "near", "across", "through", "within", "without", "per", "as", "than", "and", "or", "but", "nor", "so", "yet", "if", "while", "when", "where", "who", "whom", "whose", "which", "that", "this", "these", "those", "there", "here", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also", "just", "only", "still", "even", "already", "now", "then", "again", "reportedly", "allegedly", "said", "says", "say", "told", "according", "while", "including", "like", "such", "more", "less", "most", "least", "each", "every", "all", "any", "some", "both", "either", "neither", "he", "she", "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "your", "them", "us", "him", "me", "last", "past", "next", "this"])
_DURATION = frozenset(["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "time", "times", "night", "nights", "morning", "mornings", "weekend", "weekends", "round", "rounds", "shot-clock", "blocks", "block", "doors", "miles", "feet", "yards", "metres", "meters", "kilometres", "kilometers", "generations", "takeaways", "things", "ways", "steps", "points", "rounds", "shots", "bullets", "cartridges", "casings"])
_PARTICIPLE = re.compile(r"\s+((?:killed|wounded|injured|dead|missing|captured|displaced|arrested|detained|hurt)"
                         r"(?:\s+(?:or|and)\s+(?:killed|wounded|injured|dead|missing|captured|hurt))?)\b", re.I)
_SCOPE = re.compile(
    r"\b(?:so far|to date|thus far|(?:[Ee]arlier |[Ll]ater )?this (?:year|month|week)|last (?:year|month|week|weekend|night)|"
    r"(?:in|over|during|for|within)\s+(?:just\s+|only\s+)?the\s+(?:past|last|previous|preceding)\s+"
    r"(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)(?:\s+alone)?|"
    r"(?:past|last|previous)\s+(?:hours?|days?|weeks?|months?|years?)\s+alone|"
    r"since\s+(?:(?:early|late|mid-?)\s*)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|since\s+\d{4}|"
    r"(?:in|across|near|around)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of))*)")
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
# A money unit after the number ("5 million dollars") when no currency sign stood before it.
_MONEY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "pounds": "GBP", "rubles": "RUB",
                "roubles": "RUB", "yuan": "CNY", "yen": "JPY", "won": "KRW"}
_PERCENT = re.compile(r"\s*(?:%|percent\b|per cent\b|pct\b)", re.I)
_LENGTH = re.compile(r"\s*(km|kilometres|kilometers|miles|mi|metres|meters|m)\b", re.I)


@cache
def _categories() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    rows = sorted(table("figure_categories.tsv"), key=lambda r: -len(r[0]))
    return tuple((re.compile(r"\b" + re.escape(w).replace(r"\ ", r"\s+") + r"\b", re.I), cat, strength == "strong")
                 for w, cat, strength in rows)


@cache
def _people() -> frozenset[str]:
    return words("figure_people.txt")


# No rule looks further than this from its number: keeps a 20,000-word "sentence" linear, not quadratic.
WINDOW = 400


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span by punctuation and newlines (abbreviations like 'Dec.' are rare enough here),
    cut to WINDOW characters either side."""
    floor, ceiling = max(0, start - WINDOW), min(len(text), end + WINDOW)
    left = max(text.rfind(ch, floor, start) for ch in (". ", "! ", "? ", "\n", '."', ".”"))
    left = floor if left < 0 else left + 1
    rights = [i for i in (text.find(ch, end, ceiling) for ch in (". ", "! ", "? ", "\n", ";")) if i != -1]
    return left, (min(rights) if rights else ceiling)


def _counted(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Offsets of the counted phrase after the number: content words, then a participle phrase if one follows."""
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
              next_number: int) -> tuple[str, bool]:
    """The category and whether a word decided it (False: nothing near says what is counted)."""
    after = (number.end, _clause_end(text, counted_end, min(next_number, clause[1])))
    window_after = text[after[0]:after[1]]
    before = text[max(clause[0], number.start - 45):number.start]
    before = re.split(r"[,;:()—–]|\s-\s|\b(?:according to|while|whereas|but|after|before)\b", before)[-1]
    best_after: tuple[int, str, bool] | None = None
    best_before: tuple[int, str, bool] | None = None
    for pattern, cat, strong in _categories():
        m = pattern.search(window_after)
        if m and (best_after is None or (strong, -m.start()) > (best_after[2], -best_after[0])):
            best_after = (m.start(), cat, strong)
        for mb in pattern.finditer(before):
            if best_before is None or (strong, mb.end()) > (best_before[2], best_before[0]):
                best_before = (mb.end(), cat, strong)
    if best_before and best_before[2] and not before[best_before[0]:].strip():
        return best_before[1], True  # "killed two men": the verb right before governs the number
    if best_after and best_after[2]:
        return best_after[1], True
    # "killed two", "wounding three", "the death toll rose to 5": the number is what the word counts.
    if best_before and best_before[2] and len(before) - best_before[0] <= 25:
        return best_before[1], True
    if best_after:
        return best_after[1], True
    if best_before and len(before) - best_before[0] <= 25:
        return best_before[1], True
    return "other", False


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
    m = _LENGTH.match(text, number.end)
    if m and not number.spelled:
        return m.group(1).lower().replace("kilometres", "km").replace("kilometers", "km"), number.end
    if counted:
        for word in re.findall(r"[A-Za-z][\w'’-]*", counted):
            lower = word.lower()
            if lower in {"troops", "soldiers", "forces", "servicemen", "fighters"}:
                return "troops", number.end
            if lower in _people() or word in _people():
                return "people", number.end
    return None, number.end


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


def _keep(number: NumberMention, category: str, decided: bool, counted: str | None, unit: str | None) -> bool:
    head_words = [w.lower().rstrip("'’") for w in re.findall(r"[A-Za-z][\w'’-]*", counted or "")]
    if head_words and head_words[-1] in _DURATION or (head_words and head_words[0] in _DURATION):
        return False  # "two weeks", "three years in prison": a duration, not a count
    if counted and re.match(r"of\b", counted):
        return False
    if not number.spelled:
        return True
    counts_people = any(w in _people() for w in head_words)
    if number.value == 1 and not (counts_people or (decided and category != "other")):
        return False
    return counts_people or (decided and category != "other") or unit is not None or number.low is not None


# One person killed or hurt, said without a number: "A 15-year-old boy was fatally shot", "the victim died",
# "he was pronounced dead", "killing a man". News gives most single deaths this way, so a ledger that only read
# digits would miss the commonest casualty count of all. The figure's span is the person phrase; its value 1.
_PERSON = (r"(?:(?:a|an|the|one)\s+(?:(?!(?:after|before|of|in|on|at|from|day|week|month|year|another|other|and|or|where|that|who|which|shooting|when)\b)"
           r"[\w'’-]+\s+){0,3}?(?:{nouns})|he|she)")
_SINGLE_PREDICATE = (
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:{filler}{0,6}?(?:was|is|has been|had been|got)\s+{filler}{0,6}?"
    r"(?P<passive>shot\s+and\s+killed|shot\s+to\s+death|killed|shot\s+dead|fatally\s+(?:shot|wounded|injured|stabbed)|"
    r"pronounced\s+dead|found\s+dead|dead|wounded|injured|hurt|hospitali[sz]ed|grazed|"
    r"(?:listed\s+)?in\s+(?:[\w-]+\s+)?(?:stable|critical|serious|fair|good|grave)\s+condition|recovering|"
    r"(?:treated|transported|taken|rushed|airlifted|flown)\s+(?:[\w'’-]+\s+){0,5}?for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds?)|"
    r"with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds?)|shot)|"
    r"{filler}{0,6}?(?P<active>died|dies|has\s+died|shot\s+(?:himself|herself)|suffered\s+(?:[\w'’-]+\s+){0,3}?(?:wounds?|injur\w+)))\b")
# Filler words inside the predicate may not start a new clause ("a man was arrested after deputies say he shot").
_FILLER = r"(?:(?!(?:after|before|when|while|says?|said|and|but|because|as|who|whom|which|the|a|an)\b)[\w'’-]+\s+)"
_SINGLE_PREDICATE = _SINGLE_PREDICATE.replace("{filler}", _FILLER)
_LATER_DEATH = re.compile(r"(?:(?!\b(?:before|after|when|while|as|since|until)\b)[^.;\n]){0,80}?\b(?:and|but|,)?\s*"
                          r"(?:was\s+|later\s+|has\s+|had\s+)*(?:killed|died|dies|dead|fatally)\b", re.I)
_SINGLE_OBJECT = (r"\b(?P<verb>killing|killed|wounding|wounded|injuring|injured|fatally\s+shot|shot\s+and\s+killed|"
                  r"(?:shooting\s+)?death\s+of|murder\s+of|homicide\s+of|pronounced)\s+")
_SINGLE_CATEGORY = {"died": "killed", "dies": "killed", "dead": "killed", "killed": "killed", "death": "killed",
                    "fatally": "killed", "shot": "killed_or_wounded"}


@cache
def _single_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    collective = {"family", "personnel", "others", "members", "relatives"}  # "killing the family": not one person
    nouns = "|".join(sorted((w for w in _people() if not w.endswith("s") and w not in collective), key=len,
                            reverse=True))
    nouns += r"|\d+-year-old|teen|toddler|infant|baby|driver|motorist|clerk|father|mother|son|daughter|husband|wife|brother|sister"
    person = _PERSON.replace("{nouns}", nouns)
    return (re.compile(rf"\b(?P<who>{person})\b{_SINGLE_PREDICATE}", re.I),
            re.compile(rf"{_SINGLE_OBJECT}(?P<who>(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns}))\b", re.I),
            # "left a man dead"
            re.compile(rf"\b(?P<verb>left)\s+(?P<who>(?:a|an|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns}))\s+dead\b", re.I),
            # "Malik Ethridge, 19, was pronounced dead": a named person's death (deaths only — a named wounded
            # person is usually someone already counted)
            re.compile(r"\b(?P<who>(?!(?:North|South|East|West|New|Fort|Saint|St|Port|Lake|Mount)\b)[A-Z][a-z'’-]+"
                       r"(?:\s+[A-Z]\.)?(?:\s+(?!(?:School|County|City|Department|Hospital|Center|College|University|"
                       r"Police|Park|Street|Avenue|Road|Church|Academy)\b)[A-Z][a-z'’-]+){1,2})(?:\s*,\s*\d{1,3}\s*,)?\s+"
                       r"(?P<verb>was\s+(?:later\s+)?pronounced\s+dead|(?:later\s+)?died|was\s+(?:shot\s+and\s+)?killed|"
                       r"was\s+fatally\s+shot|was\s+shot\s+to\s+death)\b"))


def _single_category(predicate: str) -> str:
    lower = predicate.lower()
    if re.search(r"kill|dead|died|dies|fatally|to death|death|murder|homicide|pronounced", lower):
        return "killed"
    if re.search(r"wounded|injur|hurt|hospitali|grazed|wound|condition|recovering", lower):
        return "wounded"
    return "killed_or_wounded"


def _single_casualties(article: Article, taken: list[tuple[int, int]], statements: _StatementIndex) -> list[Figure]:
    text = article.text
    out = []
    subject, obj, left_dead, named = _single_patterns()
    for pattern, predicate_group in ((subject, None), (obj, "verb"), (left_dead, "verb"), (named, "verb")):
        for m in pattern.finditer(text):
            start, end = m.span("who")
            i = bisect.bisect_left(taken, (start, end))
            if any(s < end and start < e for s, e in taken[max(0, i - 1):i + 1]):
                continue
            predicate = m.group(predicate_group) if predicate_group else m.group("passive") or m.group("active")
            who = m.group("who")
            category = "killed" if pattern is left_dead else _single_category(predicate)
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
                relayed_from=statement.relayed_from if statement else None))
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
        clause = _sentence_bounds(text, number.start, number.end)
        next_number = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
        unit, expr_end = _unit(text, number, None)
        counted_span = _counted(text, expr_end, min(clause[1], next_number))
        counted = text[counted_span[0]:counted_span[1]] if counted_span else None
        if unit is None:
            unit, _ = _unit(text, number, counted)
        category, decided = _category(text, number, counted_span[1] if counted_span else expr_end, clause,
                                      next_number)
        if unit in {"USD", "EUR", "GBP", "JPY", "RUB", "CNY", "KRW", "UAH"}:
            category, decided = "money", True
        elif unit in {"percent", "share", "km", "miles", "mi", "metres", "meters", "m"}:
            category = "other"
        if not _keep(number, category, decided, counted, unit):
            continue
        scope_end = _clause_end(text, counted_span[1] if counted_span else expr_end, clause[1])
        scope_matches = [m.group(0) for m in _SCOPE.finditer(text, clause[0], scope_end)
                         if not (m.start() < number.end and m.end() > number.start)]
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
            relayed_from=statement.relayed_from if statement else None))
    taken = sorted((f.start, f.end) for f in figures)  # figure spans never overlap each other
    return sorted(figures + _single_casualties(article, taken, statements), key=lambda f: (f.start, f.end))
