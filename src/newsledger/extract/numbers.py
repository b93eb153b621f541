"""Number expressions in running text: where they are, what they are worth, and which are not counts at all.

A `NumberMention` is the number as written ("more than 3,000", "10,000 to 12,000", "several hundred", "two",
"$1.2 million", "27-hundred", "3,000-plus") with its value or bounds and its normalised qualifier. Everything
that looks like a number but identifies rather than counts — years, dates, clock times, ages ("a 22-year-old",
"Dustin Grey, 21,", "the victim, 20,", "two men, 24 and 31,", "Miranda, three,"), street numbers and addresses,
phone numbers, the emergency number 911, speeds, television stations ("told 12 News"), route and model numbers,
ordinals — is dropped here, so the figure extractor never sees it.

Only regular expressions over the text: the same article always gives the same mentions, whatever the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from newsledger.extract.lexicon import table
from newsledger.ingest.decode import INVISIBLE

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
                   "pounds": "GBP", "gbp": "GBP", "rubles": "RUB", "roubles": "RUB", "yuan": "CNY", "yen": "JPY",
                   "won": "KRW", "hryvnias": "UAH"}
_FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
              "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25,
              "three quarters": 0.75, "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2}
_STREET = (r"street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|court|ct|place|pl|way|highway|hwy|"
           r"parkway|pkwy|circle|cir|terrace|trail|block|blk|freeway|fwy|expressway|expy|turnpike|tollway|motorway")
# Words that, right before a number, make it a label ("Route 52", "Flight 17", "No. 5"), not a count.
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:route|highway|interstate|flight|room|apartment|apt|unit|suite|box|page|chapter|section|article|"
    r"game|week|day|round|act|phase|level|grade|number|no|code|channel|district|ward|precinct|squad|company|"
    r"battalion|brigade|division|platoon|regiment|station|engine|ladder|gate|terminal|lot|exit|mile|model|"
    r"version|covid|u|s|i|sr|us|state)\.?|#)\s*$", re.I)


@dataclass(frozen=True)
class NumberMention:
    start: int  # the whole expression, qualifier included
    end: int
    number_start: int  # the number itself, without qualifier
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    unit: str | None  # USD/EUR/… for money, "percent", "share" for fractions; None for counts
    spelled: bool  # written in words ("two", "dozens"): only a count when a counted noun or casualty follows


@cache
def _qualifiers() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((p.lower(), q) for p, q in table("figure_qualifiers.tsv")), key=lambda x: -len(x[0])))


@cache
def _qualifier_names() -> dict[str, str]:
    return dict(_qualifiers())


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    """Every qualifier, anchored at the end of the text before a number. The leftmost match is the longest
    phrase, as the table's longest-first order asks."""
    alternatives = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase, _ in _qualifiers())
    return re.compile(rf"(?:^|(?<=[^\w]))({alternatives})\s+$")


@cache
def _number_words() -> dict[str, float]:
    return {w.lower(): float(v) for w, v in table("figure_numbers.tsv")}


@cache
def _vague() -> dict[str, tuple[float, float, str]]:
    return {p.lower(): (float(lo), float(hi), q) for p, lo, hi, q in table("figure_vague.tsv")}


def is_vague(mention: NumberMention, text: str) -> bool:
    """Whether a mention is a vague amount ("several", "dozens"), which has bounds but no number to compare."""
    return " ".join(text[mention.number_start:mention.end].lower().split()) in _vague()


@cache
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for phrase, _ in _qualifiers() for w in phrase.split())


@cache
def counted_hint_words() -> frozenset[str]:
    """Words that, right after a number, show it counts something (casualty words, people nouns)."""
    words = {w.lower() for w, *_ in table("figure_categories.tsv") if " " not in w}
    return frozenset(words | {w.lower() for w in table_words("figure_people.txt")})


# "The other, 20, is in fair condition", "One, 21, is critical": words that stand for a person already named.
_PRONOUN_HEADS = frozenset(["one", "other", "another", "latter", "former", "eldest", "oldest", "youngest", "younger",
                            "older", "first", "second", "third"])


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns for people (figure_people.txt), for "the victim, 20,"."""
    return frozenset(table_words("figure_people.txt"))


def table_words(name: str) -> frozenset[str]:
    from newsledger.extract.lexicon import words
    return words(name)


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# A metric length written onto its number measures a thing ("a 10-kilometre zone", "an eight-metre-deep crater",
# abbreviated "the 38-km detour"); feet, inches and miles are left out: "a 6-foot fence", "a six-inch knife", "a
# 5-mile chase" (the US crime reports' unit) describe an object or an event, they count nothing a story reports.
# A power rating written onto its number ("the 480-megawatt farm") is the size outlets give of a plant, no label.
_MEASURE_COMPOUND = r"(?:(?:kilomet(?:re|er)|met(?:re|er)|(?:mega|giga)watt)s?|km|m|mw|gw)\b"


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|trillion)\b|(?:k|mn|bn|m)\b)"


@cache
def _pattern() -> re.Pattern[str]:
    units = _number_words()
    simple = [w for w in units if " " not in w and w not in {"both"}]
    tens = [w for w in simple if 20 <= units[w] <= 90 and units[w] % 10 == 0]
    ones = [w for w in simple if 1 <= units[w] <= 9]
    word_number = (rf"(?:(?:{_alternation(tens)})[-\s](?:{_alternation(ones)})|{_alternation(units)})"
                   rf"(?:\s+(?:hundred|thousand|million|billion)(?:\s+and\s+(?:{_alternation(simple)}))?)?")
    vague = _alternation(_vague())
    fraction = _alternation(_FRACTIONS)
    currency = r"(?:US\$|\$|€|£|¥)"
    digit = rf"(?:{currency}\s?)?(?:{_DIGITS})(?:-hundred\b)?{_SCALE}?"
    one = rf"{digit}|{word_number}"
    # The scan runs over every article's whole text. Every alternative starts with a digit, a full stop, a currency
    # sign or a lexicon word ("between" included), so a lookahead on the first two characters (the first alone when
    # the second is no letter: "a dozen", "$") lets it skip most positions without trying every alternative there:
    # the same matches in half the time a first-character lookahead (first_chars.py) takes, a third of none.
    starts: dict[str, set[str]] = {}
    for w in (*units, *_vague(), *_FRACTIONS, *_CURRENCY, "between"):
        starts.setdefault(w[0], set()).add(w[1] if len(w) > 1 and w[1].isalpha() else "")
    heads = "|".join(re.escape(c) + ("" if "" in after else f"[{''.join(sorted(after))}]")
                     for c, after in sorted(starts.items()))
    return re.compile(
        rf"(?=\d|\.|{heads})(?:"
        rf"(?P<range>(?:\bbetween\s+(?P<a1>{one})\s+and\s+(?P<b1>{one}))|(?:(?P<a>{one})\s+to\s+(?P<b>{one}))|(?:(?P<ad>{digit})\s*[-–—]\s*(?P<bd>{digit})))"
        rf"|(?P<vague>\b(?:{vague})\b)"
        rf"|(?P<fraction>\b(?:{fraction})\s+of\b)"
        rf"|(?P<one>(?<![\w.,$€£¥-])(?:{currency}\s?)?(?:{_DIGITS})(?:-hundred\b)?{_SCALE}?(?P<plus>-plus\b|\+|-odd\b)?"
        rf"|\b{word_number}\b))",
        re.I)


def _parse_one(raw: str) -> tuple[float | None, str | None, bool]:
    """Value, currency unit, spelled — of one number as written."""
    text = raw.strip().lower()
    unit = None
    for sym, code in sorted(_CURRENCY.items(), key=lambda x: -len(x[0])):
        if text.startswith(sym):
            unit, text = code, text[len(sym):].strip()
            break
    m = re.match(rf"({_DIGITS})(-hundred)?\s*(hundred|thousand|million|billion|trillion|k|mn|bn|m)?$", text)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= 100
        if m.group(3):
            value *= _SCALES[m.group(3)]
        return value, unit, False
    words = _number_words()
    total, current = 0.0, 0.0
    for token in re.split(r"[\s-]+", text.replace(" and ", " ")):
        if token in {"a", "an", "of", "single", "couple", "pair"} and text in words:
            break
        if token in _SCALES and token not in {"k", "m", "mn", "bn"}:
            current = max(current, 1.0) * _SCALES[token]
            if _SCALES[token] >= 1000:
                total, current = total + current, 0.0
        elif token in words:
            current += words[token]
        else:
            break
    if text in words:
        return words[text], unit, True
    value = total + current
    return (value if value else None), unit, True


def _qualifier_before(text: str, start: int) -> tuple[int, str | None]:
    """A qualifier right before the number ("more than", "an estimated", "some"), with where it starts."""
    before = text[max(0, start - 40):start].lower()
    m = _qualifier_pattern().search(before)
    if m:
        return start - (len(before) - m.start()), _qualifier_names()[" ".join(m.group(1).split())]
    return start, None


def _is_identifier(text: str, start: int, end: int, value: float | None, spelled: bool) -> bool:
    """Years, dates, times, ages, addresses, phone and label numbers: numbers that name rather than count."""
    before, after = text[max(0, start - 30):start], text[end:end + 40]
    raw = text[start:end]
    token = re.search(r"\S*$", text[max(0, start - 200):start]).group() + re.match(r"\S*", text[end:end + 200]).group()
    if re.search(r"/|https?:|www\.|\.html?|\[|\]", token):
        return True  # inside a URL, a path or a citation mark: "[9]", ".../2-suspects-dead-..."
    if re.match(r"\s+of\s*/?\s*\d", after) or re.search(
            r"\b(?:image|photo|slide|picture|video|page|part)\s+$|\d\s+of\s*/?\s*$", before, re.I):
        return True  # "Image 7 of 8", "1 of 12": a position in a gallery or series
    if re.match(r"\s*y\s*[/.]\s*o\b|\s*yo\b|\s*yrs?\.?\s+old\b", after, re.I):
        return True  # "43 y/o man", "17 y.o"
    if _not_a_count(text, start, end, raw, before, after):
        return True
    if spelled:
        if re.match(rf"-(?!plus\b|hundred\b|thousand\b|million\b|fold\b|{_MEASURE_COMPOUND})[a-z]", after, re.I):
            return True  # "a four-door car", "a two-story house", "a three-block area": a compound adjective
        if re.match(r"[A-Z]", raw) and re.search(r"\b[a-z][\w'’-]*\s+$", before):
            following = re.match(r"\s+([A-Z][A-Za-z-]*)", after)
            if following and following.group(1).lower() not in counted_hint_words():
                return True  # "near Six Flags", "at Five Points": a capitalised name in the middle of a sentence
        if re.search(r"\b(?:father|mother|parent|dad|mom|grandfather|grandmother|grandparent)\s+of\s+$", before, re.I):
            return True  # "a father of two": a description of the person, not a count of casualties
        if re.search(r"[A-Z][\w'’.-]+,\s*$", before) and re.match(r"\s*,\s*(?:was|is|who|and|of)\b", after):
            return True  # "Miranda Doerr, three, was shot": an age in apposition, in words
        return bool(re.match(r"[-\s]*(?:years?|months?|weeks?)[-\s]old\b|-year\b", after, re.I))
    if re.match(r"\s*(?:st|nd|rd|th)\b|[:/]\d|\.\d|\s*(?:a\.?m\b|p\.?m\b|o'clock|gmt|utc|et\b|edt|est\b|pst|cst)"
                r"|[-\s]*(?:years?|yrs?|months?|weeks?|days?)[-\s]*old\b|-year\b|-month\b|-week\b|-day\b|-hour\b"
                rf"|-?(?:mm|caliber|calibre|gauge|inch)\b|-(?!plus\b|odd\b|hundred\b|(?:hectare|acre)s?\b|{_MEASURE_COMPOUND})[a-z]|\s*(?:-|x)\s*\d+\s*(?:mm|cm|in)\b|[A-Za-z]", after, re.I):
        return True
    if re.search(rf"\b(?:{_MONTHS})\.?\s*$|\b(?:aged?|ages|age\s+of)\s*$|\d\s*[:/.-]\s*$|-\s*$", before, re.I):
        return True
    if re.search(r"\b(?:aged?|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|or|to|through)?\s*$", before, re.I):
        return True  # the later ages of a list: "two men, ages 26 and 27", "ages 18, 21 and 35"
    if value is not None and value <= 110 and re.search(r"\b(?:who|that)\s+(?:is|was|are|were)\s+$", before, re.I) \
            and re.match(r"\s*(?:,|\.|;|\)|and\b|years?\b)", after):
        return True  # "three who were 17, to the hospital": an age
    if re.match(r"(?:\s+(?:or|to|and)\s+\d+)?\s*(?:mph|miles\s+(?:an|per)\s+hour|km/h|kph)\b", after, re.I):
        return True  # a speed: "going 60 or 70 mph"
    if re.search(r"\b(?:pronounced\s+dead|died|arrived|arrested)\s+(?:at|about|around)\s+$", before, re.I):
        return True  # a clock time without a.m./p.m.: "was pronounced dead at 5"
    if value == 911 and "," not in raw:
        return True  # the emergency number: "a 911 call", "called 911"
    if re.search(r"\b(?:father|mother|parent|dad|mom|grandfather|grandmother|grandparent)\s+of\s+$", before, re.I):
        return True  # "a father of 2"
    if re.match(rf"\s*(?:{_MONTHS})\b", after, re.I) and value is not None and value <= 31:
        return True
    if re.match(rf"(?:\s+[A-Z][\w.]*){{0,3}}\s+(?i:{_STREET})\b\.?", after) or re.match(r"\s+(?:block|blk)\b", after, re.I):
        return True  # "1400 N. 60th Street", "2850 Brewer Avenue", "300 block"
    if value is not None and value >= 100 and "," not in raw and re.search(r"\b(?:at|on)\s+$", before) \
            and re.match(r"\s+[A-Z][a-z]", after):
        return True  # "found at 16411 Saybrook": an address without its street word
    if _LABEL_BEFORE.search(before) and "," not in raw:
        return True
    # "Glock 19", "Apollo 11": a capitalised name right before a bare number labels it — unless a counted word
    # follows, as in the title-case headline "Shooting Leaves 2 Dead".
    label = re.search(r"(?<![.!?:\n])\s([A-Z][a-zA-Z]+)\s+$", before)
    if label and "," not in raw and label.group(1).lower() not in _qualifier_words():
        following = re.match(r"\s+([A-Za-z-]+)", after)
        if not following or following.group(1).lower() not in counted_hint_words():
            return True
    # "Photo: Pro 21 Video", "Channel 4 Eyewitness": a bare number between two capitalised words is inside a name,
    # whatever ends the sentence before it — unless the word after says what it counts ("Gunman Kills 3 Officers").
    inside = re.search(r"\b([A-Z][a-zA-Z]+)\s+$", before)
    named_after = re.match(r"[^\S\n]+([A-Z][a-z][a-zA-Z-]*)\b", after)  # Title case: an all-caps line is no name
    if inside and named_after and "," not in raw and raw.strip().isdigit() \
            and inside.group(1).lower() not in _qualifier_words() \
            and named_after.group(1).lower() not in counted_hint_words() | _qualifier_words() \
            | table_words("title_case_verbs.txt"):
        return True
    if value is not None and "," not in raw and "." not in raw and 1800 <= value <= 2100 and len(raw.strip()) == 4:
        return True  # a bare four-digit number in this range is a year in news text
    # "Dustin Grey, 21," / "Jones, 34, of Dayton": an age in apposition to a name.
    if value is not None and value <= 110 and re.search(
            r"\b[a-z]+,\s*(?:\d{1,3}\s*,\s*)*\d{1,3}\s*,?\s+(?:and|or)\s+$", before, re.I) \
            and (re.search(r"\b(?:ages?|aged)\s+\d", before, re.I)
                 or (re.search(r"\b([a-z]+),\s*\d", before, re.I).group(1).lower() in _person_nouns() | _PRONOUN_HEADS)
                 or re.search(r"[A-Z][\w'’.-]+,\s*\d{1,3}\s*,?\s+(?:and|or)\s+$", before)):
        return True  # the last age of a list: "two of the boys, 14 and 15,", "two males, 30 and 42"
    if value is not None and value <= 110 and re.match(r"-?\s+(?:and|or|to)\s+\d{1,3}[\s-]+years?[\s-]+old\b", after, re.I):
        return True  # "were 13 and 19 years old"
    if re.match(r"\s+(?:News|TV|Action\s+News|Eyewitness|NewsChannel)\b", after):
        return True  # a television station: "Deputies told 59 News"
    if value is not None and "," not in raw and re.search(r"\b(?:at|on)\s+$", before) \
            and re.match(r"\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]|\s+[NSEW]\.\s", after):
        return True  # an address: "at 63 Nury Trace", "at 1082 E. 105th"
    if value is not None and value <= 110 and re.search(r"[A-Z][\w'’.-]+,\s*(?:also\s+|both\s+|each\s+)?$", before) \
            and re.match(r"\s*(?:,|\.|\)|;|and\b|of\b|from\b|who\b|was\b|were\b)", after):
        return True
    # "The victim, 20, was pronounced dead", "a woman, 41, were injured": an age in apposition to a person noun.
    person = re.search(r"\b([a-z]+),\s*(?:also\s+|both\s+|each\s+)?$", before, re.I)
    if value is not None and value <= 110 and person \
            and (person.group(1).lower() in _person_nouns() or person.group(1).lower() in _PRONOUN_HEADS) \
            and re.match(r"\s*(?:,|\)|and\b|of\b|from\b|who\b|was\b|were\b|is\b|remains?\b)", after):
        return True
    # "(555) 123-4567", "555-1234": phone numbers.
    return bool(re.match(r"\d{3}[-.\s]\d{4}\b", text[start:start + 12])) or bool(
        re.match(r"[-.]\d{3,4}\b", after))


# Telephone numbers and their pieces ("(313) 596-1616", "493-TIPS (8477)", "text CRIMES (274637)", "1-800-…"),
# postal codes ("Norfolk, VA (23510)", "Detroit, MI 48226"): these digits address, they do not count.
_PHONE_AFTER = re.compile(r"\)\s*\d{3}\s*[-.]\s*(?:\d{4}|[A-Z]{4})\b")
_PHONE_BEFORE = re.compile(r"(?:\b1-8\d\d-|\d{3}-)(?:\d{3}-)?[A-Z]{3,}\s*\($")
# Ages that no person noun introduces: "in their 20's", "anyone 17 or younger", "(she, 16, while he, 35)", "the
# children, who were 16, 14, 9 and 10".
_AGE_AFTER = re.compile(r"['’]s\b|\s+(?:or|and)\s+(?:younger|older|under|over)\b|['’]\s*\d")
_AGE_BEFORE = re.compile(r"\b(?:he|she|him|her)\s*,\s*$|\b(?:anyone|anybody|people|persons?|those|someone|children|"
                         r"kids|minors|juveniles|youths?|all|both|each)\s+(?:under|over|younger\s+than|older\s+than)\s+$|"
                         r"\bin\s+age\s+from\s+$|"
                         r"\b(?:who|that)\s+(?:is|was|are|were)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and\s+)?$", re.I)


def _not_a_count(text: str, start: int, end: int, raw: str, before: str, after: str) -> bool:
    """Addresses, calibres, heights, pagers, page furniture and bare ages that the older rules let through."""
    digits = raw.strip()
    if digits.isdigit() and len(digits) >= 3 and re.search(r"\(\s*$", before) and re.match(r"\s*\)", after):
        return True  # "(313) 596-1616", "Crimes (274637)", "Norfolk, VA (23510)": a bare code in brackets
    if _PHONE_AFTER.match(after) or _PHONE_BEFORE.search(before):
        return True
    if digits.isdigit() and len(digits) == 5 and re.search(r"\b[A-Z]{2}\.?\s+$", before):
        return True  # a ZIP code after a state abbreviation
    if digits.startswith(".") and not re.match(r"\s*(?:%|percent\b|per\s*cent\b)", after, re.I):
        return True  # a calibre: "a .357 magnum", "a .38 pistol"
    if raw[:1].isdigit() and (_AGE_AFTER.match(after) or _AGE_BEFORE.search(before) or re.search(r"\d['’]\s*$", before)):
        return True  # "in their 20's", "5'11", "anyone 17 or younger", "she, 16,"
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not text[line_start:start].strip() and not text[end:line_end if line_end != -1 else len(text)].strip() \
            and digits.isdigit():
        return True  # a number alone on its line: a gallery pager, a list marker
    if re.search(r"\b(?:pct|prec|dist|no|nos|sta|ste|rm|apt|bldg|sec)\.\s*$", before, re.I):
        return True  # "Pct. 4 Constable", "Apt. 3"
    if re.match(r"\s+(?:NEWS|News|TV|CBS|NBC|ABC|FOX|WKYC|WSB)\b(?!\s+(?:outlets?|organi[sz]ations?|crews?|reports?|"
                r"stations?|agencies)\b)", after):
        return True  # "2 NEWS is working to bring you …": a station's name
    return bool(re.match(r"\s+(?:Pending\s+)?Comments?\b", after, re.I))  # page furniture: "0 Pending Comments"


_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def _read_as_seen(text: str) -> list[NumberMention]:
    """The numbers a reader sees: read with the invisible characters left out ("3\u200b00" is 300), their offsets
    mapped back to `text`, so that text[start:end] is still the expression as written."""
    kept = [i for i, ch in enumerate(text) if ch not in INVISIBLE]
    seen = find_numbers("".join(text[i] for i in kept))
    return [replace(m, start=kept[m.start], end=kept[m.end - 1] + 1, number_start=kept[m.number_start]) for m in seen]


def find_numbers(text: str) -> list[NumberMention]:
    """Every number expression that can be a count, in text order, none overlapping."""
    if _INVISIBLE.search(text):
        return _read_as_seen(text)
    out: list[NumberMention] = []
    for m in _pattern().finditer(text):
        start, end = m.start(), m.end()
        if m.group("range"):
            a_group = next(g for g in ("a1", "a", "ad") if m.group(g))
            low, unit, spelled_a = _parse_one(m.group(a_group))
            high, unit_b, spelled_b = _parse_one(m.group({"a1": "b1", "a": "b", "ad": "bd"}[a_group]))
            if a_group == "ad" and (low is None or high is None or high <= low
                                    or not re.match(r"\s+[a-z]", text[end:end + 3])):
                continue  # "3-2", "24-7", "18-25." with nothing counted after: a score, label or code
            if low is None or high is None or high <= low:
                out.extend(find_numbers_simple(text, start, end))
                continue
            if _is_identifier(text, m.start(a_group), end, low, spelled_a and spelled_b):
                continue
            qstart, qualifier = _qualifier_before(text, start)
            out.append(NumberMention(qstart, end, start, None, low, high, qualifier, unit or unit_b,
                                     spelled_a and spelled_b))
            continue
        if m.group("vague"):
            low, high, qualifier = _vague()[re.sub(r"\s+", " ", m.group("vague").lower())]
            out.append(NumberMention(start, end, start, None, low, high, qualifier, None, True))
            continue
        if m.group("fraction"):
            phrase = re.sub(r"\s+", " ", m.group("fraction").lower())[:-3].strip()
            qstart, qualifier = _qualifier_before(text, start)
            out.append(NumberMention(qstart, end, start, _FRACTIONS[phrase], None, None, qualifier, "share", True))
            continue
        raw = m.group("one")
        plus = m.group("plus")
        body_end = m.end() - (len(plus) if plus else 0)
        value, unit, spelled = _parse_one(text[start:body_end])
        if value is None or _is_identifier(text, start, body_end, value, spelled):
            continue
        qstart, qualifier = _qualifier_before(text, start)
        if plus == "-odd":  # "some 15,000-odd": round, a little over — an estimate, not a floor
            qualifier = qualifier or "about"
        elif plus:
            qualifier = "more than"
        if not raw:
            continue
        low, high = qualifier_bounds(value, qualifier)
        out.append(NumberMention(qstart, end, start, value, low, high, qualifier, unit, spelled))
    return out


# How a qualifier bounds a single number (the reading README and docs/quality.md give): "more than X", "at least X"
# and "X-plus" are floors (low X, no high: the count is open above); "up to X", "fewer than X", "nearly X" are
# ceilings (high X, no low); "about X" and "exactly X" are points (no bounds). `value` stays X in every case.
_FLOORS = frozenset(["more than", "at least"])
_CEILINGS = frozenset(["up to", "fewer than", "nearly"])


def qualifier_bounds(value: float | None, qualifier: str | None) -> tuple[float | None, float | None]:
    if qualifier in _FLOORS:
        return value, None
    if qualifier in _CEILINGS:
        return None, value
    return None, None


def find_numbers_simple(text: str, start: int, end: int) -> list[NumberMention]:
    """The single numbers inside a span that did not read as a range."""
    out = []
    for m in re.finditer(rf"(?<![\w.,])(?:{_DIGITS})(?![\w])", text[start:end]):
        s, e = start + m.start(), start + m.end()
        value = float(m.group().replace(",", ""))
        if not _is_identifier(text, s, e, value, False):
            out.append(NumberMention(s, e, s, value, None, None, None, None, False))
    return out
