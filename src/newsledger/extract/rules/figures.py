"""Figures by rules over one language's data: numerals in the local format (3.000, 3 000, 4.700,5), unit characters
(4천700, 1만5천), number words, qualifiers before the number, fused to it (3천여) or after its counter (300명 이상),
and the category of what is counted."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from newsledger.extract.rules.language import LanguageRules, phrase_pattern, rules_for

_WORD_NUMBER_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")
_PEOPLE = {"killed", "wounded", "killed_or_wounded", "missing", "displaced", "arrested", "captured"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class FoundFigure:
    start: int
    end: int
    value: float | None
    low: float
    high: float
    qualifier: str | None
    unit: str | None
    counted: str | None
    category: str


@cache
def numeral_pattern(lang: str) -> re.Pattern:
    rules = rules_for(lang)
    seps = "|".join(re.escape(s) for s in rules.thousands) or "(?!)"
    dec = re.escape(rules.decimal)
    plain = rf"(?:\d{{1,3}}(?:(?:{seps})\d{{3}})+(?!\d)|\d+)(?:{dec}\d+)?"
    if rules.units:
        units = "".join(re.escape(u) for u in rules.units)
        plain = rf"{plain}(?:[{units}](?:{plain})?)*"
    return re.compile(rf"(?<![\w.,]){plain}")


@cache
def _number_words(lang: str) -> re.Pattern | None:
    rules = rules_for(lang)
    if not rules.number_words:
        return None
    words = sorted(rules.number_words, key=len, reverse=True)
    return re.compile("|".join(f"(?:{phrase_pattern(w)})" for w in words), re.IGNORECASE)


class _Token:
    """A word as text2num's find_numbers reads it (its Token protocol)."""

    __slots__ = ("m",)

    def __init__(self, m: re.Match) -> None:
        self.m = m

    def text(self) -> str:
        return self.m.group()

    def nt_separated(self, previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _parsed_number_words(text: str, start: int, end: int, rules: LanguageRules) -> list[tuple[int, int, float]]:
    """Number words text2num reads in this language (dreitausend, duemila, veintidós, vinte e duas), as spans."""
    if rules.word_numbers != "text2num":
        return []
    from text_to_num import find_numbers

    tokens = [_Token(m) for m in _WORD_NUMBER_TOKEN.finditer(text, start, end)]
    if not tokens:
        return []
    out = []
    for occ in find_numbers(tokens, rules.lang, 2.0):
        first, last = tokens[occ.start].m, tokens[occ.end - 1].m
        # a lone "un"/"ein"/"unos" is an article, not a count; ordinals are ranks
        if occ.is_ordinal or (occ.end - occ.start == 1 and occ.value < 2):
            continue
        if not first.group()[:1].isalpha():
            continue
        out.append((first.start(), last.end(), float(occ.value)))
    return out


def _plain_value(s: str, rules: LanguageRules) -> float:
    for sep in rules.thousands:
        s = re.sub(rf"{re.escape(sep)}(?=\d{{3}}(?!\d))", "", s)
    return float(s.replace(rules.decimal, "."))


def parse_numeral(s: str, rules: LanguageRules) -> float:
    """The value of one numeral written in the language's format (unit characters included: 1만5천 = 15000)."""
    if not rules.units or not any(u in s for u in rules.units):
        return _plain_value(s, rules)
    units = "".join(re.escape(u) for u in rules.units)
    total = section = 0.0
    for digits, unit in re.findall(rf"([^{units}]*)([{units}]?)", s):
        if not digits and not unit:
            continue
        n = _plain_value(digits, rules) if digits else 1.0
        if not unit:
            section += n
        elif rules.units[unit] >= 10_000:  # 만, 억 close a section: 1만5천 = (1)×10⁴ + 5×10³
            total += (section + n) * rules.units[unit]
            section = 0.0
        else:
            section += n * rules.units[unit]
    return total + section


def _next_word(text: str, pos: int, limit: int) -> re.Match | None:
    m = re.compile(r"[\s\u00a0\u202f]*").match(text, pos)
    return _WORD.match(text, m.end() if m else pos, limit) if pos < limit else None


def _previous_word(text: str, pos: int, floor: int) -> str:
    words = _WORD.findall(text[max(floor, pos - 40):pos])
    return words[-1] if words else ""


def _is_date(text: str, start: int, end: int, limit: int, rules: LanguageRules, floor: int) -> bool:
    if re.fullmatch(r"(19|20)\d\d", text[start:end]):
        return True
    if text[end:end + 1] in (":", ".") and text[end + 1:end + 2].isdigit():  # a time: 10.30 Uhr, 14:00
        return True
    rest = text[end:limit]
    fused = rest[:1].isalpha()
    nxt = _next_word(text, end + (1 if text.startswith(".", end) else 0), limit)
    if fused and any(rest.startswith(w) for w in rules.date_words):
        return True
    if nxt and not fused and nxt.group().casefold() in rules.date_words:
        return True
    return _previous_word(text, start, floor).casefold() in rules.date_words


def _qualifier_before(text: str, start: int, floor: int, rules: LanguageRules) -> str | None:
    before = text[max(floor, start - 40):start].rstrip(" \u00a0\u202f").casefold()
    for phrase, qualifier in rules.qualifiers_before:
        p = phrase.casefold()
        if before.endswith(p) and not before[:len(before) - len(p)][-1:].isalnum():
            return qualifier
    return None


def _category(text: str, start: int, end: int, sentence: tuple[int, int], numbers: list[tuple[int, int]],
              rules: LanguageRules) -> tuple[str, str | None]:
    """The category named nearest after the number in its clause, else before it; and the counted word."""
    k = bisect.bisect_right(numbers, (start, float("inf")))
    nxt_number = numbers[k][0] if k < len(numbers) else sentence[1]
    after_end = min(nxt_number, sentence[1], end + 120)  # a clause, not the rest of a run-on text
    brk = re.compile(r"[;:.]|,\s").search(text, end, after_end)
    after_end = brk.start() if brk else after_end
    j = bisect.bisect_left(numbers, (start, -1)) - 1
    prev_number = numbers[j][1] if j >= 0 and numbers[j][1] <= start else sentence[0]
    # a category word before the number only when it is close (사망자가 2명으로): farther back it names another count
    before_start = max(prev_number, sentence[0], start - 24)
    commas = [m.end() for m in re.finditer(r"[;:]|,\s", text[before_start:start])]
    if commas:
        before_start += commas[-1]
    counted = _next_word(text, end, after_end)
    if counted is not None and counted.group().casefold() in rules.determiners:
        # Sono circa 1.200 gli infermieri …: the count fronted before its noun's article
        counted = _next_word(text, counted.end(), after_end) or counted
    best = None
    for window in ((end, after_end), (before_start, start)):
        for w in _WORD.finditer(text, *window):
            low = text[w.start():window[1]].casefold()
            for phrase, category, strength in rules.categories:
                if low.startswith(phrase.casefold()):
                    if strength == "strong":
                        return category, counted.group() if counted else None
                    best = best or category
                    break
        if best:
            break
    return best or "other", counted.group() if counted else None


def _qualifier_after(text: str, end: int, limit: int, rules: LanguageRules) -> str | None:
    """A qualifier after the number's counter (300명 이상, 500명가량)."""
    if not rules.qualifiers_after:
        return None
    pos = end
    while pos < limit and text[pos].isspace():
        pos += 1
    counter = next((c for c in sorted(rules.counters, key=len, reverse=True) if text.startswith(c, pos)), None)
    if counter:
        pos += len(counter)
        particle = next((p for p in rules.figure_particles if text.startswith(p, pos)), None)
        if particle and pos + len(particle) < limit and text[pos + len(particle)].isspace():
            pos += len(particle)  # 900명에 육박: the counted noun's particle, then its qualifier
        while pos < limit and text[pos].isspace():
            pos += 1
    return next((q for phrase, q in rules.qualifiers_after if text.startswith(phrase, pos)), None)


def _ranges(text: str, numbers: list[tuple[int, int, float]], rules: LanguageRules
            ) -> list[tuple[int, int, float, float]]:
    """(start, end, low, high): two numbers joined as a range (zwischen 30 und 40, 30~40명) become one."""
    out: list[tuple[int, int, float, float]] = []
    i = 0
    while i < len(numbers):
        start, end, value = numbers[i]
        if i + 1 < len(numbers):
            n_start, n_end, n_value = numbers[i + 1]
            between = text[end:n_start].strip().casefold()
            for prefix, joiner in rules.ranges:
                if between != joiner.casefold() or n_value <= value:
                    continue
                head = text[:start].rstrip()
                if prefix and not (head.casefold().endswith(prefix.casefold())
                                   and not head[:len(head) - len(prefix)][-1:].isalnum()):
                    continue
                out.append((start - (len(text[:start]) - len(head)) - len(prefix) if prefix else start, n_end,
                            value, n_value))
                i += 2
                break
            else:
                out.append((start, end, value, value))
                i += 1
            continue
        out.append((start, end, value, value))
        i += 1
    return out


def _elided_count(text: str, start: int, s_start: int, before: list[tuple[int, int, float]],
                  rules: LanguageRules) -> bool:
    """A number word closing its sentence with its noun left out: after a copula (i morti sono cinque), or as the
    second of two counts a comma sets side by side (… cinco fallecidos y la prefectura, de siete)."""
    if _previous_word(text, start, s_start).casefold() in rules.copulas:
        return True
    return any(b < start and re.search(r"[,;]", text[b:start]) for _, b, _ in before)


_TOLL = {"killed", "wounded", "killed_or_wounded", "missing"}


def _a_person(text: str, pos: int, limit: int, rules: LanguageRules) -> bool:
    """The word after the article names a person (source_nouns.txt, a compound ending in one: Hafenarbeiter)."""
    nxt = _next_word(text, pos, limit)
    word = nxt.group().casefold() if nxt else ""
    return any(word == n or (len(n) >= 4 and word.endswith(n)) for n in rules.source_nouns)


def _lone_one(text: str, sentence: tuple[int, int], hits: list[tuple[int, int, float]], rules: LanguageRules
              ) -> tuple[int, int, float] | None:
    """Ein Hafenarbeiter kam ums Leben; Un ouvrier a été tué; Um trabalhador morreu: the indefinite article opening
    a sentence counts one person when the sentence tells that person's fate (kept only with a people category)."""
    first = _WORD.match(text, sentence[0], sentence[1])
    if first is None or first.group().casefold() not in rules.indefinite_articles or any(
            a <= first.start() < b for a, b, _ in hits):
        return None
    return first.start(), first.end(), 1.0


def find_figures(text: str, sentences: list[tuple[int, int]], rules: LanguageRules) -> list[FoundFigure]:
    numeral = numeral_pattern(rules.lang)
    words = _number_words(rules.lang)
    out: list[FoundFigure] = []
    for sentence in sentences:
        s_start, s_end = sentence
        hits: list[tuple[int, int, float]] = []
        for m in numeral.finditer(text, s_start, s_end):
            if _is_date(text, m.start(), m.end(), s_end, rules, s_start):
                continue
            hits.append((m.start(), m.end(), parse_numeral(m.group(), rules)))
        word_hits = [(m.start(), m.end(), rules.number_words[" ".join(m.group().casefold().split())])
                      for m in (words.finditer(text, s_start, s_end) if words is not None else ())]
        for start, end, value in word_hits + _parsed_number_words(text, s_start, s_end, rules):
            nxt = _next_word(text, end, s_end)
            # a lone number word needs what it counts after it (Sei tu?); a round-number noun stands alone
            approximate = " ".join(text[start:end].casefold().split()) in rules.approximate_words
            if (nxt is None and not approximate and not _elided_count(text, start, s_start, hits, rules)) or _is_date(
                    text, start, end, s_end, rules, s_start):
                continue
            hits.append((start, end, value))
        one = _lone_one(text, sentence, hits, rules)
        if one is not None:
            hits.append(one)
        scaled: list[tuple[int, int, float]] = []
        # the longest reading of words starting at one place wins (dos mil, not dos)
        for start, end, value in sorted(hits, key=lambda h: (h[0], -h[1])):
            if scaled and start < scaled[-1][1]:  # the scale word of the number before (12 mil pessoas)
                continue
            scale = _next_word(text, end, s_end)
            if scale and scale.group().casefold() in rules.scales and scale.start() - end <= 1:
                value *= rules.scales[scale.group().casefold()]
                end = scale.end()
            scaled.append((start, end, value))
        merged = _ranges(text, scaled, rules)
        spans = [(a, b) for a, b, _, _ in merged]
        for start, end, low, high in merged:
            value = low if low == high else None
            qualifier = (_qualifier_before(text, start, s_start, rules)
                         or rules.approximate_words.get(" ".join(text[start:end].casefold().split())))
            if value is None:  # a range's qualifier stands before its first word (mehr als zwischen … is rare)
                qualifier = None
            for phrase, q in rules.qualifiers_suffix:
                if text.startswith(phrase, end):
                    end += len(phrase)
                    qualifier = qualifier or q
                    break
            category, counted = _category(text, start, end, sentence, spans, rules)
            unit = None
            if counted:
                word = counted.casefold()
                fused = text[end:end + 1].isalpha()
                unit = next((u for c, u in rules.counters.items()
                             if word == c or ((fused or not any(ch.isupper() or ch.islower() for ch in word))
                                              and word.startswith(c))), None)
            qualifier = qualifier or _qualifier_after(text, end, s_end, rules)
            if unit is not None and len(unit) == 3 and unit.isupper():  # an ISO currency code (units.tsv)
                category = "money"
            if one is not None and start == one[0] and not (category in _TOLL and _a_person(text, end, s_end, rules)):
                continue  # Ein Zug fuhr …: an article, unless it opens a toll (Ein Arbeiter kam ums Leben)
            if unit is None and category in _PEOPLE:
                unit = "people"
            out.append(FoundFigure(start, end, value, low, high, qualifier, unit, counted, category))
    return out
