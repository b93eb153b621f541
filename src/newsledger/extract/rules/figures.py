"""Figures by rules over one language's data: numerals in the local format (3.000, 3 000, 4.700,5), unit characters
(4천700, 1만5천), number words, qualifiers before the number, fused to it (3천여) or after its counter (300명 이상),
and the category of what is counted: named beside the number, or read from where the language says what a count
counts (a part of the count before it, a total it adds up to, a group noun, a list; figure_grammar.tsv)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
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
    vague = {w.casefold() for w in grammar_for(rules.lang).vague_plurals}
    for occ in find_numbers(tokens, rules.lang, 2.0):
        first, last = tokens[occ.start].m, tokens[occ.end - 1].m
        if occ.end - occ.start == 1 and first.group().casefold() in vague:
            continue  # cientos de coches, des millions d'euros: hundreds, millions, no number of them
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
        big = bool(unit) and rules.units[unit] >= 10_000
        # a bare unit counts one (만 = 10⁴, 천백 = 1100), but a bare 만 or 억 after a section multiplies it: 5천만 =
        # 5×10³ × 10⁴, not 5×10³ + 10⁴
        n = _plain_value(digits, rules) if digits else 0.0 if big and section else 1.0
        if not unit:
            section += n
        elif big:  # 만, 억 close a section: 1만5천 = (1)×10⁴ + 5×10³
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


def _is_age(text: str, end: int, grammar: FigureGrammar) -> bool:
    return any(text[end:end + len(a)].casefold() == a.casefold() for a in grammar.ages)


def _qualifier_before(text: str, start: int, floor: int, rules: LanguageRules) -> str | None:
    """The qualifier right before the number, or before the words a language lets stand between them (its article,
    "already", a personal "a": superan ya los 850, ronda el 27 %, al menos a 41; figure_grammar.tsv `qualifier_gap`)."""
    before = text[max(floor, start - 40):start].rstrip(" \u00a0\u202f").casefold()
    gaps = grammar_for(rules.lang).qualifier_gaps
    for _ in range(3):
        for phrase, qualifier in rules.qualifiers_before:
            p = phrase.casefold()
            if before.endswith(p) and not before[:len(before) - len(p)][-1:].isalnum():
                return qualifier
        last = before.rsplit(None, 1)
        if len(last) < 2 or last[1] not in gaps:
            return None
        before = last[0].rstrip(" \u00a0\u202f")
    return None


@dataclass(frozen=True)
class FigureGrammar:
    """Where a language puts what a count counts, beyond the words themselves (figure_grammar.tsv,
    figure_site_people.txt): phrases making a number part of the count before it, group nouns, contrasts, the
    "of" between a scale word and its unit, compounds ending in a category word, where the counted noun sits."""

    part_before: tuple[str, ...] = ()  # darunter, dont, tra cui, 이 가운데 — the number counts part of the one before
    part_after: tuple[str, ...] = ()  # von ihnen, de ellas, dei quali
    group: tuple[str, ...] = ()  # Zahl der, número de, tra le: the category word after it names later numbers
    group_after: tuple[str, ...] = ()  # 실종자 가운데: the same written after the category word
    contrast: tuple[str, ...] = ()  # et non, und nicht: the number after counts what the number before counted
    of: tuple[str, ...] = ()  # millones de euros, millions d'euros
    compounds: bool = False  # a category word may end a compound noun (Hitzetoten, Lawinenopfer)
    counted_before: bool = False  # the counted noun stands before the numeral (직원 1천200여 명)
    person_objects: tuple[str, ...] = ()  # a person noun as the verb's object (실종자를 찾고): someone else
    sought: tuple[str, ...] = ()  # searching for (nach den, buscan a los): the category word after it is the sought
    illness: tuple[str, ...] = ()  # words naming an illness or its cause: a count of the treated is no toll
    object_modifiers: tuple[str, ...] = ()  # a modifier's ending (실종된 배달원을): with an object after it, the same
    clause_ends: tuple[str, ...] = ()  # verb endings joining a clause to the next (숨지고, 있었고, 48명이며)
    partitive_stops: tuple[str, ...] = ()  # after "of", a word making the count a part (de ellos, d'entre eux)
    qualifier_gaps: tuple[str, ...] = ()  # words between a qualifier and its number (superan ya los 850)
    word_counters: tuple[str, ...] = ()  # the counters a number word must stand before to count (세 명, not 두 곳)
    ages: tuple[str, ...] = ()  # fused after a number, it makes an age, not a count (ein 45-jähriger Radfahrer)
    vague_plurals: tuple[str, ...] = ()  # a scale word's plural alone names no amount (cientos de coches)
    site_people: frozenset[str] = frozenset()


@cache
def grammar_for(lang: str) -> FigureGrammar:
    from newsledger.extract.lexicon import has_lexicon, table_in, words_in

    rows = table_in(lang, "figure_grammar.tsv") if has_lexicon("figure_grammar.tsv", lang) else ()

    def of(role: str) -> tuple[str, ...]:
        return tuple(sorted((r[1] for r in rows if r[0] == role and len(r) > 1), key=len, reverse=True))

    return FigureGrammar(
        part_before=of("part_before"), part_after=of("part_after"), group=of("group"), group_after=of("group_after"),
        contrast=of("contrast"), of=of("of"), compounds="yes" in of("compounds"),
        counted_before="before" in of("counted_noun"), person_objects=of("person_object"),
        clause_ends=of("clause_end"), object_modifiers=of("object_modifier"),
        illness=of("illness"), sought=of("sought"), partitive_stops=of("partitive_stop"),
        qualifier_gaps=of("qualifier_gap"), word_counters=of("word_number_counter"),
        ages=of("age_suffix"), vague_plurals=of("vague_plural"),
        site_people=words_in(lang, "figure_site_people.txt") if has_lexicon("figure_site_people.txt", lang)
        else frozenset())


def _category_at(text: str, w: re.Match, window_end: int, rules: LanguageRules, grammar: FigureGrammar
                 ) -> tuple[str, str] | None:
    """(category, strength) of the category word starting at ``w``, a compound's last part included."""
    low = text[w.start():window_end].casefold()
    for phrase, category, strength in rules.categories:
        if low.startswith(phrase.casefold()):
            return category, strength
    if grammar.compounds and w.group()[:1].isupper():
        word = w.group().casefold()
        for i in range(3, len(word) - 3):
            for phrase, category, strength in rules.categories:
                p = phrase.casefold()
                # a compound ends in a noun (Hitzetote), never a verb (Entflohene is no "flohen")
                if (phrase[:1].isupper() and " " not in p and len(p) >= 4 and word.startswith(p, i)
                        and len(word) - i - len(p) <= 2):
                    return category, strength
    return None


def _clause_cut(text: str, start: int, end: int, rules: LanguageRules, before_number: bool = False) -> int:
    """Where the clause after a number ends: punctuation, a coordinator opening a new subject (… persone e i
    dispersi …) or, with another number ahead, any coordinator (tuant deux salariés et en blessant 14 autres: what
    follows it counts that number), or a verb joining its clause to the next (60명 넘게 타고 있었고 실종자도 …)."""
    brk = re.compile(r"[;:.]|,\s").search(text, start, end)
    if brk:
        end, before_number = brk.start(), False
    words = list(_WORD.finditer(text, start, end))
    for a, b in zip(words, words[1:], strict=False):
        if a.group().casefold() in rules.coordinators and (
                before_number or b.group().casefold() in rules.determiners):
            return a.start()
    ends = grammar_for(rules.lang).clause_ends
    for w in words:
        if any(w.group().endswith(e) for e in ends):
            return w.end()
    return end


def _clause_start(text: str, start: int, end: int, rules: LanguageRules) -> int:
    """Where the clause before a number starts within [start, end): after the last coordinator (Un ouvrier a été tué
    et 114 personnes …) or the last verb joining its clause to the next (1명이 숨지고 100여 명이 …)."""
    cut = start
    ends = grammar_for(rules.lang).clause_ends
    for w in _WORD.finditer(text, start, end):
        word = w.group()
        if word.casefold() in rules.coordinators or any(word.endswith(e) for e in ends):
            cut = w.end()
    return cut


def _category(text: str, start: int, end: int, sentence: tuple[int, int], numbers: list[tuple[int, int]],
              rules: LanguageRules) -> tuple[str, str | None, bool]:
    """The category named nearest after the number in its clause, else nearest before it; the counted word; and
    whether a strong word named it."""
    grammar = grammar_for(rules.lang)
    k = bisect.bisect_right(numbers, (start, float("inf")))
    nxt_number = numbers[k][0] if k < len(numbers) else sentence[1]
    after_end = min(nxt_number, sentence[1], end + 120)  # a clause, not the rest of a run-on text
    after_end = _clause_cut(text, end, after_end, rules, before_number=after_end == nxt_number)
    j = bisect.bisect_left(numbers, (start, -1)) - 1
    prev_number = numbers[j][1] if j >= 0 and numbers[j][1] <= start else sentence[0]
    # a category word before the number only when it is close (사망자가 2명으로): farther back it names another count
    before_start = max(prev_number, sentence[0], start - 24)
    commas = [m.end() for m in re.finditer(r"[;:]|,\s", text[before_start:start])]
    if commas:
        before_start += commas[-1]
    before_start = _clause_start(text, before_start, start, rules)
    counted = _next_word(text, end, after_end)
    if counted is not None and counted.group().casefold() in rules.determiners:
        # Sono circa 1.200 gli infermieri …: the count fronted before its noun's article
        counted = _next_word(text, counted.end(), after_end) or counted
    # the count as a subject (450여 명이 투입돼): a person noun the verb then takes as object is someone else
    subject = bool(rules.particle_classes) and any(
        re.match(rf"\s*\S*?{re.escape(p)}(?!\w)", text[end:after_end]) for p in rules.speaker_particles)
    best = None
    for window, nearest_last in (((end, after_end), False), ((before_start, start), True)):
        found = list(_WORD.finditer(text, *window))
        for w in (reversed(found) if nearest_last else found):
            if subject and (any(w.group().endswith(o) for o in grammar.person_objects) or (
                    any(w.group().endswith(m) for m in grammar.object_modifiers)
                    and (o := _next_word(text, w.end(), window[1])) is not None
                    and o.group().endswith(rules.object_particles or ("\0",)))):
                continue  # 450여 명이 투입돼 실종자를 찾고; 120여 명이 투입돼 실종된 배달원을 찾고
            if _ends_with_phrase(text[window[0]:w.start()], grammar.sought):
                continue  # 450 Einsatzkräfte suchen nach den Vermissten: those searched for are not those counted
            hit = _category_at(text, w, window[1], rules, grammar)
            if hit is None:
                continue
            if hit[1] == "strong":
                return hit[0], counted.group() if counted else None, True
            best = best or hit[0]
        if best:
            break
    return best or "other", counted.group() if counted else None, False


COUNTER_REACH = 3  # characters of a counter or unit fused to the number before its qualifier (명가량, ㎞가량, 마리)


def _qualifier_after(text: str, end: int, limit: int, rules: LanguageRules) -> str | None:
    """A qualifier after the number's counter or unit, fused to it (500명가량, 25㎞가량, 3천 대가량도) or as the next
    word after its particle (300명 이상, 900명에 육박, 27% 안팎, 250마리가 넘고, 3만 건에 육박)."""
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
    found = next((q for phrase, q in rules.qualifiers_after if text.startswith(phrase, pos)), None)
    if found or counter or pos >= limit:
        return found
    # a counter or unit the lexicon does not list (대, 마리, %, ㎞): the qualifier fused after it, else the next word
    word_end = pos
    while word_end < limit and not text[word_end].isspace():
        word_end += 1
    for at in range(pos, min(pos + COUNTER_REACH, word_end) + 1):
        found = next((q for phrase, q in rules.qualifiers_after if text.startswith(phrase, at)), None)
        if found:
            return found
    if word_end - pos > COUNTER_REACH + 1:
        return None  # a noun, not a counter with its particle: what follows it is said of something else
    nxt = word_end
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    return next((q for phrase, q in rules.qualifiers_after if text.startswith(phrase, nxt)), None)


def _ranges(text: str, numbers: list[tuple[int, int, float]], rules: LanguageRules,
            scale_of: dict[int, float] | None = None) -> list[tuple[int, int, float, float]]:
    """(start, end, low, high): two numbers joined as a range (zwischen 30 und 40, 30~40명) become one. A scale word
    after the second number scales the first too (entre 70 e 80 milhões: 70 million, not 70)."""
    scale_of = scale_of or {}
    out: list[tuple[int, int, float, float]] = []
    i = 0
    while i < len(numbers):
        start, end, value = numbers[i]
        if i + 1 < len(numbers):
            n_start, n_end, n_value = numbers[i + 1]
            between = _without_article(text[end:n_start].strip().casefold(), rules)
            for prefix, joiner in rules.ranges:
                if between != joiner.casefold() or n_value <= value:
                    continue
                head = text[:start].rstrip()
                if prefix and not _ends_with_word(head, prefix):
                    head = _without_article(head, rules).rstrip()
                if prefix and not _ends_with_word(head, prefix):
                    continue
                shared = scale_of.get(n_start, 1.0) if start not in scale_of else 1.0
                low = value * shared if value * shared < n_value else value
                out.append((start - (len(text[:start]) - len(head)) - len(prefix) if prefix else start, n_end,
                            low, n_value))
                i += 2
                break
            else:
                out.append((start, end, value, value))
                i += 1
            continue
        out.append((start, end, value, value))
        i += 1
    return out


def _scale_word(text: str, end: int, limit: int, rules: LanguageRules) -> tuple[int, float] | None:
    """(end, factor) of a scale word right after a number (2 millones), its abbreviation's full stop included
    (2,5 Mio., 3 Mrd.)."""
    scale = _next_word(text, end, limit)
    if scale is None or scale.start() - end > 1:
        return None
    word = scale.group().casefold()
    if text.startswith(".", scale.end()) and word + "." in rules.scales:
        return scale.end() + 1, rules.scales[word + "."]
    return (scale.end(), rules.scales[word]) if word in rules.scales else None


def _compound_amounts(text: str, scaled: list[tuple[int, int, float]], scale_of: dict[int, float]
                      ) -> list[tuple[int, int, float]]:
    """A scaled number and a smaller number right after its scale word are one amount (1 million 200 000 = 1.2
    million): a number below the scale cannot be a count of its own fused to the scale word. The follower must
    reach the scale's thousandth, as a written-out remainder does: in "2 millones 15 personas" the 15 is a count."""
    out: list[tuple[int, int, float]] = []
    for start, end, value in scaled:
        if out and (prev := out[-1])[0] in scale_of and re.fullmatch(r"[ \u00a0\u202f]", text[prev[1]:start]) \
                and scale_of[prev[0]] / 1000 <= value < scale_of[prev[0]]:
            out[-1] = (prev[0], end, prev[2] + value)
            continue
        out.append((start, end, value))
    return out


def _without_article(s: str, rules: LanguageRules) -> str:
    """The text without the article closing it: each bound of a range may take one (entre un 10 y un 15 %, tra il
    20 e il 25 per cento)."""
    parts = s.rsplit(None, 1)
    articles = rules.determiners | rules.indefinite_articles
    return parts[0] if len(parts) == 2 and parts[1].casefold() in articles else s


def _ends_with_word(head: str, phrase: str) -> bool:
    return head.casefold().endswith(phrase.casefold()) and not head[:len(head) - len(phrase)][-1:].isalnum()


def _elided_count(text: str, start: int, s_start: int, before: list[tuple[int, int, float]],
                  rules: LanguageRules) -> bool:
    """A number word closing its sentence with its noun left out: after a copula (i morti sono cinque), or as the
    second of two counts a comma sets side by side (… cinco fallecidos y la prefectura, de siete)."""
    if _previous_word(text, start, s_start).casefold() in rules.copulas:
        return True
    # a comma after any earlier count is one after the earliest: one search, not one per count
    earliest = min((b for _, b, _ in before if b < start), default=None)
    if earliest is not None and re.search(r"[,;]", text[earliest:start]):
        return True
    # … die Zahl der Verletzten auf drei; I feriti salgono così a tre: the clause named what it counts before it
    grammar = grammar_for(rules.lang)
    if _group_category(text, s_start, start, rules, grammar):
        return True
    near = max(s_start, start - 40)
    return any((hit := _category_at(text, w, start, rules, grammar)) is not None and hit[1] == "strong"
               for w in _WORD.finditer(text, near, start))


_TOLL = {"killed", "wounded", "killed_or_wounded", "missing"}


def _a_person(text: str, pos: int, limit: int, rules: LanguageRules) -> bool:
    """The word after the article names a person (source_nouns.txt, a compound ending in one: Hafenarbeiter)."""
    nxt = _next_word(text, pos, limit)
    word = nxt.group().casefold() if nxt else ""
    return any(word == n or (len(n) >= 4 and word.endswith(n)) for n in rules.source_nouns)


def _names_a_toll(text: str, pos: int, limit: int, rules: LanguageRules) -> bool:
    """The word after the article is itself a dead, wounded or missing person (Un morto e tre feriti …)."""
    nxt = _next_word(text, pos, limit)
    hit = _category_at(text, nxt, nxt.end(), rules, grammar_for(rules.lang)) if nxt else None
    return hit is not None and hit[1] == "strong" and hit[0] in _TOLL


def _lone_one(text: str, sentence: tuple[int, int], hits: list[tuple[int, int, float]], rules: LanguageRules
              ) -> tuple[int, int, float] | None:
    """Ein Hafenarbeiter kam ums Leben; Un ouvrier a été tué; Um trabalhador morreu: the indefinite article opening
    a sentence counts one person when the sentence tells that person's fate (kept only with a people category)."""
    first = _WORD.match(text, sentence[0], sentence[1])
    if first is None or first.group().casefold() not in rules.indefinite_articles or any(
            a <= first.start() < b for a, b, _ in hits):
        return None
    return first.start(), first.end(), 1.0


def _ends_with_phrase(before: str, phrases: tuple[str, ...]) -> bool:
    """One of the phrases closes the text as whole words (a comma after it aside)."""
    before = before.rstrip(" \u00a0\u202f,").casefold()
    return any(before.endswith(p.casefold()) and not before[:len(before) - len(p)][-1:].isalnum() for p in phrases)


def _part_before(before: str, phrases: tuple[str, ...]) -> bool:
    """The phrase ends the text, or stands a verb or two before its end (entre los que había dos; tra cui ci sono)."""
    words = list(_WORD.finditer(before))
    return any(_ends_with_phrase(before[:words[-k].start()] if k else before, phrases)
               for k in range(min(3, len(words) + 1)))


# How much of the following text a phrase test reads: phrases are a few words, and reading (casefolding) the whole
# rest of a sentence at every word made a long run of numbers without full stops cubic (800 ranges: 32 s).
_PHRASE_WINDOW = 120
_GROUP_WINDOW = 400


def _starts_with_phrase(after: str, phrases: tuple[str, ...]) -> bool:
    after = after[:_PHRASE_WINDOW].lstrip(" \u00a0\u202f").casefold()
    return any(after.startswith(p.casefold()) and not after[len(p):len(p) + 1].isalnum() for p in phrases)


def _parts_of_a_total(figs: list[FoundFigure]) -> dict[int, int]:
    """Counts listed beside a total they add up to (dez mortos — oito reclusos e dois guardas; 재소자 8명과 교도관 2명
    등 10명이 숨지고): index of each part → index of its total."""
    out: dict[int, int] = {}
    for t, total in enumerate(figs):
        if total.category not in _PEOPLE or total.value is None:
            continue
        for run in (range(t + 1, len(figs)), range(t - 1, -1, -1)):
            acc, members = 0.0, []
            for i in run:
                if figs[i].value is None or figs[i].category not in ("other", total.category):
                    break
                acc += figs[i].value
                members.append(i)
                if acc >= total.value:
                    break
            if len(members) >= 2 and acc == total.value:
                out.update({i: t for i in members if figs[i].category == "other"})
    return out


def _group_category(text: str, sentence_start: int, pos: int, rules: LanguageRules, grammar: FigureGrammar
                    ) -> str | None:
    """The category a group noun earlier in the sentence names (Die Zahl der Toten ist auf …; tra le vittime ci
    sono …; 실종자 가운데는 …)."""
    # a group noun stands within a clause or two of its count: reading back further made a sentence-long run of
    # numbers quadratic in its length
    sentence_start = max(sentence_start, pos - _GROUP_WINDOW)
    head = text[sentence_start:pos].casefold()
    best = None
    for phrase in grammar.group:
        for m in re.finditer(rf"(?<!\w){re.escape(phrase.casefold())}\s+", head):
            between = text[sentence_start + m.end():pos]
            if re.search(r"[;:]", between) or any(
                    w.group().casefold() in rules.coordinators for w in _WORD.finditer(between)):
                continue  # … subiu para 42 desde o início da vaga, e cerca de 2.300 pessoas: another count
            w = _WORD.match(text, sentence_start + m.end(), pos)
            for _ in range(2):  # an article or adjective may stand between (entre los fallecidos, Zahl der Hitzetoten)
                if w is None:
                    break
                hit = _category_at(text, w, pos, rules, grammar)
                if hit is not None:
                    best = hit[0]
                    break
                w = _next_word(text, w.end(), pos)
    for w in _WORD.finditer(text, sentence_start, pos):
        if _starts_with_phrase(text[w.end():min(pos, w.end() + _PHRASE_WINDOW)], grammar.group_after) or any(
                w.group().endswith(p) and len(w.group()) > len(p) for p in grammar.group_after):
            hit = _category_at(text, w, pos, rules, grammar)
            if hit is not None:
                best = hit[0]
    return best


def _after_of(word: str, text: str, end: int, limit: int, grammar: FigureGrammar) -> str:
    """The unit after a scale word's "of" (2,5 millones de euros, 4,5 millions d'euros), else the counted word."""
    for p in grammar.of:
        if word.casefold() == p.casefold():
            at = text.find(word, end, limit)
            nxt = _next_word(text, at + len(word), limit) if at >= 0 else None
            return nxt.group() if nxt else word
        if p.endswith(("'", "’")) and word.casefold().startswith(p.casefold()[:-1]) and word[len(p) - 1:len(p)] in (
                "'", "’"):
            return word[len(p):]
    return word


def _partitive(counted: str, text: str, end: int, limit: int, rules: LanguageRules, grammar: FigureGrammar) -> str:
    """The noun a collective or scale numeral counts through its "of" (una quarantina di comuni, un centenar de
    detenidos, 1,2 millones de personas): that noun is the counted word. "Of" before a determiner or a pronoun (dos
    de los heridos, deux d'entre eux) makes a part of a group told elsewhere, and the "of" stays the counted word."""
    noun = _after_of(counted, text, end, limit, grammar)
    if noun == counted or not noun.isalpha() or noun.casefold() in rules.determiners | rules.pronouns \
            or noun.casefold() in grammar.partitive_stops:
        return counted
    return noun


def _at_a_site(text: str, start: int, counted: str | None, grammar: FigureGrammar) -> bool:
    """Workers, passengers or skiers evacuated from where they were are not displaced from their homes (the
    counted noun, after the numeral or, where the language puts it there, before it: 직원 1천200여 명)."""
    words = [counted.casefold()] if counted else []
    if grammar.counted_before:
        before = _WORD.findall(text[max(0, start - 30):start])
        words += [before[-1].casefold()] if before else []
    return any(w in grammar.site_people for w in words)


def _names_illness(text: str, sentence: tuple[int, int], grammar: FigureGrammar) -> bool:
    """The sentence names an illness or its cause (colpi di calore, sintomas, 환자): those treated are the sick."""
    low = text[sentence[0]:sentence[1]].casefold()
    return any(re.search(rf"(?<!\w){re.escape(p.casefold())}", low) for p in grammar.illness)


def _relate(text: str, sentence: tuple[int, int], figs: list[FoundFigure], rules: LanguageRules
            ) -> list[FoundFigure]:
    """A number that names nothing it counts takes the category of the count it belongs to: a part of the count
    before it (elf von ihnen, dont quatre), a part of a total it adds up to, the next item of a list, a number left
    alone at the clause's end (…, die Präfektur sieben), after a contrast (et non quatre), or after a group noun
    earlier in the sentence (Die Zahl der Toten ist auf 31 gestiegen)."""
    grammar = grammar_for(rules.lang)
    parts = _parts_of_a_total(figs)
    out: list[FoundFigure] = []
    for i, f in enumerate(figs):
        category = None
        if f.category == "other" and f.unit in (None, "people"):
            prev = next((p for p in reversed(out) if p.category in _PEOPLE), None)
            last = out[-1] if out else None
            before = text[sentence[0]:f.start]
            after = text[f.end:sentence[1]]
            nxt = _next_word(text, f.end, sentence[1])
            # left alone at its clause's end (…, die Präfektur sieben), unless a copula gave it its own subject
            # (i sopravvissuti sono 31)
            closing = nxt is None or nxt.group().casefold() in rules.coordinators | rules.subordinators or bool(
                re.match(r"\s*[,;:.!?)\u2014\u2013]", after))
            alone = closing and _previous_word(text, f.start, sentence[0]).casefold() not in rules.copulas
            if i in parts:
                category = figs[parts[i]].category
            elif prev is not None and (_part_before(before, grammar.part_before)
                                       or _starts_with_phrase(after, grammar.part_after)
                                       or _ends_with_phrase(before, grammar.contrast)):
                category = prev.category
            elif last is not None and last.category in _PEOPLE and re.fullmatch(
                    r"[^;:.!?]*", text[last.end:f.start]) and (
                    _ends_with_phrase(text[last.end:f.start], tuple(rules.coordinators))):
                category = last.category  # quatro sul-coreanos e três alemães
            elif prev is not None and alone:
                category = prev.category
            else:
                category = _group_category(text, sentence[0], f.start, rules, grammar)
        if category and category != f.category:
            f = replace(f, category=category, unit=f.unit or "people")
        out.append(f)
    return out


def _one_named(text: str, sentence: tuple[int, int], hits: list[tuple[int, int, float]], rules: LanguageRules
               ) -> list[tuple[int, int, float]]:
    """È di un morto e …; un muerto y dos heridos: an indefinite article right before a word naming a dead, wounded
    or missing person counts one."""
    out = []
    grammar = grammar_for(rules.lang)
    for w in _WORD.finditer(text, *sentence):
        if w.group().casefold() not in rules.indefinite_articles or w.start() == sentence[0] or any(
                a <= w.start() < b for a, b, _ in hits):
            continue
        nxt = _next_word(text, w.end(), sentence[1])
        hit = _category_at(text, nxt, nxt.end(), rules, grammar) if nxt else None  # one word: un morto, not un état grave
        if hit is not None and hit[1] == "strong" and hit[0] in _TOLL:
            out.append((w.start(), w.end(), 1.0))
    return out


def find_figures(text: str, sentences: list[tuple[int, int]], rules: LanguageRules) -> list[FoundFigure]:
    numeral = numeral_pattern(rules.lang)
    words = _number_words(rules.lang)
    grammar = grammar_for(rules.lang)
    out: list[FoundFigure] = []
    for sentence in sentences:
        s_start, s_end = sentence
        found: list[FoundFigure] = []
        hits: list[tuple[int, int, float]] = []
        for m in numeral.finditer(text, s_start, s_end):
            if _is_date(text, m.start(), m.end(), s_end, rules, s_start) or _is_age(text, m.end(), grammar):
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
            if grammar.word_counters and not (nxt and nxt.group().startswith(grammar.word_counters)):
                continue  # 두 곳, 두 배, 세 번: places, times and folds, not a count a paper reports
            hits.append((start, end, value))
        # each clause a semicolon opens tells a fate of its own (…; ein Skifahrer wurde noch vermisst)
        clauses = [s_start] + [m.end() for m in re.compile(r";\s+").finditer(text, s_start, s_end)]
        ones = [o for c in clauses if (o := _lone_one(text, (c, s_end), hits, rules)) is not None]
        hits.extend(ones)
        hits.extend(_one_named(text, sentence, hits, rules))
        scaled: list[tuple[int, int, float]] = []
        scale_of: dict[int, float] = {}  # start of a number → the scale word's factor it took
        # the longest reading of words starting at one place wins (dos mil, not dos)
        for start, end, value in sorted(hits, key=lambda h: (h[0], -h[1])):
            if scaled and start < scaled[-1][1]:  # the scale word of the number before (12 mil pessoas)
                continue
            scale = _scale_word(text, end, s_end, rules)
            if scale is not None:
                value *= scale[1]
                scale_of[start] = scale[1]
                end = scale[0]
            scaled.append((start, end, value))
        scaled = _compound_amounts(text, scaled, scale_of)
        merged = _ranges(text, scaled, rules, scale_of)
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
            category, counted, strong = _category(text, start, end, sentence, spans, rules)
            if category == "wounded" and not strong and _names_illness(text, sentence, grammar):
                category = "other"  # 900 persone ricoverate per colpi di calore: the sick, not the hurt
            unit = None
            if counted:
                counted = _partitive(counted, text, end, s_end, rules, grammar)
                word = _after_of(counted, text, end, s_end, grammar).casefold()
                fused = text[end:end + 1].isalpha()
                unit = next((u for c, u in rules.counters.items()
                             if word == c or ((fused or not any(ch.isupper() or ch.islower() for ch in word))
                                              and word.startswith(c))), None)
            sign = text[end:end + 2].lstrip(" \u00a0\u202f")[:1]
            if sign and not sign.isalnum() and sign in rules.counters:
                unit = rules.counters[sign]  # a currency sign no word reads (12 000 € par logement)
            qualifier = qualifier or _qualifier_after(text, end, s_end, rules)
            if unit is not None and len(unit) == 3 and unit.isupper():  # an ISO currency code (units.tsv)
                category = "money"
            if any(start == o[0] for o in ones) and not (category in _TOLL and (
                    _a_person(text, end, s_end, rules) or _names_a_toll(text, end, s_end, rules))):
                continue  # Ein Zug fuhr …: an article, unless it opens a toll (Ein Arbeiter kam ums Leben)
            if category == "displaced" and _at_a_site(text, start, counted, grammar):
                category = "other"
            if unit is None and category in _PEOPLE:
                unit = "people"
            found.append(FoundFigure(start, end, value, low, high, qualifier, unit, counted, category))
        out.extend(_relate(text, sentence, found, rules))
    return out
