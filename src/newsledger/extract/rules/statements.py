"""Statements by rules over one language's data: quotes by its quote marks, cue-anchored attribution (verb before or
after the speaker, prepositions like laut/selon/según, postpositions like zufolge/에 따르면, reported speech after a
subordinator or a quotative particle), speakers as name spans, pronouns as the most recent named speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import takewhile

from newsledger.extract.lexicon import has_lexicon, table_in
from newsledger.extract.rules.figures import find_figures
from newsledger.extract.rules.language import Cue, LanguageRules, phrase_pattern
from newsledger.extract.rules.speakers import (
    CLAUSE_COMMA,
    SpeakerPhrase,
    after_sentence_adverbs,
    ends_in_noun,
    is_affiliation,
    is_title,
    only_circumstance,
    speaker_after_cue,
    speaker_before_cue,
    strip_particle,
    titled_names,
)

_TRIM = " \t\n\u00a0\u202f,.;:"
_GAP = "…"
_WORDS_GAP = r"(?:\s+[^\s,.;:!?«»“”„\"]+){1,4}?\s+"
_WORDS_TAIL = r"(?:\s+[^\s,.;:!?«»“”„\"]+){1,4}"
_SPACES = re.compile(r"\s*")
# a word between a cue and what it opens; a numeral's separators end no clause (pidió a los 3.000 vecinos que …)
_GAP_WORD = r"(?:\d[\d.,]*\d|[^\s,.;:!?\"„“”«»]+)"
_MIN_QUOTE_WORDS = 4


@dataclass
class Draft:
    start: int
    end: int
    kind: str
    speaker: SpeakerPhrase | None
    cue: tuple[int, int] | None
    quotes: list[tuple[int, int]] = field(default_factory=list)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def find_quotes(text: str, rules: LanguageRules) -> list[tuple[int, int, int, int]]:
    """(open mark, content start, content end, after close mark) for each quotation, never across a paragraph."""
    closing = dict(rules.quote_pairs)
    out = []
    pos = 0
    # the next occurrence of each closing mark (and paragraph break) from where it was last looked for: unmatched
    # opening marks must not make this quadratic
    found: dict[str, int] = {}

    def next_of(mark: str, after: int) -> int:
        at = found.get(mark)
        if at is None or (at != -1 and at < after):
            at = text.find(mark, after)
            found[mark] = at
        return at

    while pos < len(text):
        ch = text[pos]
        close = closing.get(ch)
        if close is None:
            pos += 1
            continue
        stop = next_of(close, pos + 1)
        para = next_of("\n\n", pos + 1)
        if stop < 0 or (0 <= para < stop):
            reopen = _SPACES.match(text, para).end() if para >= 0 else -1
            if para >= 0 and text[reopen:reopen + 1] == ch and text[pos + 1:para].strip():
                # a quotation continued in the next paragraph is left open and the next one reopens it: this part
                # ends with its paragraph (the caller lends it the speaker of the continuation)
                out.append((pos, pos + 1, para, para))
                pos = para
                continue
            pos += 1
            continue
        out.append((pos, pos + 1, stop, stop + 1))
        pos = stop + 1
    return out


def _cue_regex(cues: tuple[Cue, ...], adverbs: frozenset[str] = frozenset()) -> re.Pattern | None:
    if not cues:
        return None
    inside = r"(?:\s+(?:" + "|".join(re.escape(a) for a in sorted(adverbs, key=len, reverse=True)) + r"))?\s+"

    def pattern(c: Cue) -> str:
        if _GAP in c.phrase:  # calificó … de «…»: the verb's object, a few words, stands between its parts
            parts = [part.strip() for part in c.phrase.split(_GAP)]
            body = _WORDS_GAP.join(phrase_pattern(part) for part in parts if part)
            # nannte sie „…“: a gap closing the phrase takes the words up to the quotation
            return body + _WORDS_TAIL if not parts[-1] else body
        body = phrase_pattern(c.phrase, c.fused)
        # a ensuite précisé, ha poi aggiunto: an adverb between the auxiliary and the participle
        return body.replace(r"\s+", inside, 1) if adverbs and " " in c.phrase else body

    return re.compile("|".join(f"(?:{pattern(c)})" for c in cues), re.IGNORECASE)


@dataclass(frozen=True)
class _Patterns:
    verb: re.Pattern | None
    prep: re.Pattern | None
    quote_verb: re.Pattern | None  # verbs citing a speaker only right after a quotation
    person_prep: re.Pattern | None  # a preposition citing only a person, at the sentence's start (Pour le maire, X, …)
    post: re.Pattern | None
    adverb: re.Pattern | None
    quotative: re.Pattern | None
    lead: re.Pattern | None
    frame: re.Pattern | None
    subordinator: re.Pattern | None
    subordinator_after_words: re.Pattern | None
    infinitive: re.Pattern | None  # a marker and an infinitive opening what was said (ha fatto sapere di collaborare)
    subordinator_after_aside: re.Pattern | None = None  # words, an aside between commas, then the subordinator
    # quotatives that mark speech whatever verb follows (…다고 반발했다), not a nominalised clause (…것으로 확인됐다)
    speech_quotative: re.Pattern | None = None
    report_subordinator: re.Pattern | None = None  # a whole-word subordinator after a word (bekräftigte, dass)
    coordinated: re.Pattern | None = None  # … y (anunció) que …: a second thing said (`_coordinated`)
    affiliation_link: re.Pattern | None = None  # vom, do, della: a body attached after its source
    clause_link: re.Pattern | None = None  # mientras que, alors que: a conjunction joining two clauses
    clause_link_comma: re.Pattern | None = None  # the same after a comma
    relative_source: re.Pattern | None = None  # …, secondo cui …
    anaphoric_lead: re.Pattern | None = None  # Das teilte …: a word for the previous sentence as a cue's object
    joined_cue: re.Pattern | None = None  # 밝혔지만,: a saying verb with a connective ending, then a comma


_PATTERNS: dict[str, _Patterns] = {}


def _patterns(rules: LanguageRules) -> _Patterns:
    if rules.lang not in _PATTERNS:
        subs = sorted(rules.subordinators, key=len, reverse=True)
        sub_core = "|".join(re.escape(s) + (r"(?!\w)" if s[-1].isalnum() else "") for s in subs)
        _PATTERNS[rules.lang] = _Patterns(
            verb=_verb_regex(rules), prep=_cue_regex(rules.cues_of("preposition")),
            quote_verb=_cue_regex(rules.cues_of("quote_verb")),
            person_prep=_cue_regex(rules.cues_of("person_preposition")),
            post=_cue_regex(rules.cues_of("postposition")), adverb=_cue_regex(rules.cues_of("adverb")),
            quotative=_cue_regex(rules.cues_of("quotative", "nominal_quotative")),
            speech_quotative=_cue_regex(rules.cues_of("quotative")),
            # longest first: "sprach von einem" must win over "sprach von" where both end before the quote
            lead=_cue_regex(tuple(sorted(rules.cues_of("quote_lead"), key=lambda c: -len(c.phrase))),
                            rules.cue_adverbs),
            frame=_cue_regex(rules.cues_of("quote_frame")),
            # a question's "whether" opens what was asked only right after the cue (preguntó si …): never after
            # other words or by grammar alone, where it is a condition or a doubt (no sabe si …)
            subordinator=re.compile(r",?\s*(?:" + "|".join(
                re.escape(s) + (r"(?!\w)" if s[-1].isalnum() else "")
                for s in sorted(rules.subordinators | rules.question_subordinators, key=len, reverse=True)) + ")",
                re.IGNORECASE) if subs else None,
            infinitive=_infinitive_regex(rules),
            # up to six words between the verb and its subordinator, none of them ending the clause
            subordinator_after_words=re.compile(
                r"(?:\s+" + _GAP_WORD + r"){1,6}?,?\s+(?:" + sub_core + ")", re.IGNORECASE) if subs else None,
            # an aside set off by commas between the verb's words and its subordinator (contó a este diario, bajo
            # condición de anonimato, que …): the subordinator still opens what was said
            subordinator_after_aside=re.compile(
                r"(?:\s+" + _GAP_WORD + r"){0,6}?\s*,(?:\s+" + _GAP_WORD + r"){1,6}?\s*,\s*(?:" + sub_core + ")",
                re.IGNORECASE) if subs else None,
            report_subordinator=re.compile(r"(?<=\w),?\s+(?:" + sub_core + ")", re.IGNORECASE) if subs else None,
            coordinated=_coordinated_regex(rules),
            affiliation_link=_phrases_regex(r"\s+(?:", rules.affiliation_links, r")\s*", flags=0),
            clause_link=_words_regex(r"(?<!\w)(?:", rules.clause_links, r")(?!\w)"),
            clause_link_comma=_words_regex(r",\s*(?:", rules.clause_links, r")(?!\w)"),
            relative_source=_phrases_regex(r"\s*,\s*(?:", rules.relative_sources, r")\s+"),
            anaphoric_lead=_phrases_regex(r"\s*(?:", rules.anaphoric_objects, r")\s+"),
            joined_cue=_joined_cue_regex(rules))
    return _PATTERNS[rules.lang]


def _joined_verbs(rules: LanguageRules) -> str | None:
    """A saying verb listed with its sentence-final ending (밝혔다) written with a connective ending in its place
    (밝혔지만, 밝혔으며): the same cue, closing a clause that reports one source before another's. One stem group and
    one ending group, not a phrase per pair, so the verb pattern stays small."""
    if not rules.predicate_endings or not rules.connective_endings:
        return None
    stems = {c.phrase[:-len(f)] for c in rules.cues_of("verb") for f in rules.predicate_endings
             if " " not in c.phrase and c.phrase.endswith(f) and len(c.phrase) > len(f)}
    if not stems:
        return None
    ends = sorted(rules.connective_endings, key=len, reverse=True)
    return (r"(?<!\w)(?:" + "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True)) + r")(?:"
            + "|".join(re.escape(e) for e in ends) + r")(?!\w)")


def _verb_regex(rules: LanguageRules) -> re.Pattern | None:
    base = _cue_regex(rules.cues_of("verb"), rules.cue_adverbs)
    joined = _joined_verbs(rules)
    if joined is None:
        return base
    return re.compile((base.pattern + "|" if base is not None else "") + f"(?:{joined})", re.IGNORECASE)


def _joined_cue_regex(rules: LanguageRules) -> re.Pattern | None:
    """A saying verb with a connective ending (밝혔지만), then a comma."""
    joined = _joined_verbs(rules)
    return re.compile(f"(?:{joined}),") if joined is not None else None


def _phrases_regex(before: str, phrases, after: str, flags: int = re.IGNORECASE) -> re.Pattern | None:
    return re.compile(before + "|".join(phrase_pattern(p) for p in phrases) + after, flags) if phrases else None


def _words_regex(before: str, words, after: str) -> re.Pattern | None:
    """Whole words, longest first."""
    return re.compile(before + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + after,
                      re.IGNORECASE) if words else None


def _coordinated_regex(rules: LanguageRules) -> re.Pattern | None:
    if not rules.coordinators or not rules.subordinators:
        return None
    # … y anunció que …: a second saying verb of the same subject may stand between the coordinator and its
    # subordinator
    # … e ha assicurato che …: a compound verb (auxiliary and participle) as well as a simple one
    verbs = sorted((c.phrase for c in rules.cues_of("verb") if _GAP not in c.phrase), key=len, reverse=True)
    second_verb = r"(?:(?:" + "|".join(r"\s+".join(map(re.escape, v.split())) for v in verbs) + r")\s+)?" if verbs else ""
    return re.compile(r"\s+(?:" + "|".join(re.escape(c) for c in rules.coordinators) + r")\s+" + second_verb + "(?:"
                      + "|".join(re.escape(s) for s in rules.subordinators) + r")\s+", re.IGNORECASE)


def _infinitive_regex(rules: LanguageRules) -> re.Pattern | None:
    if not rules.infinitives:
        return None
    # a `-` marker: no word marks the infinitive, and the row lists whole infinitives (affirme avoir alerté …)
    options = "|".join(r"(?=(?:" + "|".join(re.escape(e) for e in endings) + r")(?!\w))" if marker == "-"
                       else re.escape(marker) + (r"\s+" if marker[-1].isalnum() else "") + r"(?=\w+(?:"
                       + "|".join(re.escape(e) for e in endings) + r")(?!\w))" for marker, endings in rules.infinitives)
    # up to four words (a circumstance: in una nota) between the verb and the marker
    return re.compile(r"(?:\s+" + _GAP_WORD + r"){0,4}?\s+(?:" + options + ")", re.IGNORECASE)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_CUE_WINDOW = 400  # characters: longer than any cue, its adverb or its gap words


def _quote_attribution(text: str, q: tuple[int, int, int, int], sentence: tuple[int, int], rules: LanguageRules,
                       pats: _Patterns) -> tuple[SpeakerPhrase | None, tuple[int, int] | None]:
    """The speaker and cue of one quotation, from the words right after it („…“, sagte X / "…"고 말했다) or right
    before it (X sagte: „…“)."""
    _open, _cs, _ce, after = q
    s_start, s_end = sentence
    tail_end = max(s_end, after)
    rest = text[after:tail_end]
    # «…» – ha detto X – «…»: a dash opens the frame as a comma does
    lead = len(rest) - len(rest.lstrip(" ,\u00a0–—"))
    at = after + lead
    late_subject: SpeakerPhrase | None = None
    quotative = None
    if pats.quotative is not None:
        m = quotative = pats.quotative.match(text, after)
        if m:
            at = m.end()
            at += len(text[at:tail_end]) - len(text[at:tail_end].lstrip())
            # "…"라고 김 장관은 말했다: a short subject between the quotative and the verb
            if pats.verb is not None and not pats.verb.match(text, at):
                vm = pats.verb.search(text, at, tail_end)
                words = re.compile(r"\S+").findall(text, at, vm.start()) if vm else []
                if vm and 1 <= len(words) <= 3:
                    subj = _trim(text, at, vm.start())
                    cut = strip_particle(text, *subj, rules)
                    if cut < subj[1]:
                        late_subject = speaker_before_cue(text, subj[0], cut, rules)
                        if late_subject is not None:
                            return late_subject, (vm.start(), vm.end())
    if pats.frame is not None and _open > s_start:
        # 김 장관은 "…"며 …: a connective written onto the quotation frames it whatever verb closes the sentence;
        # the speaker is the sentence's subject
        fm = pats.frame.match(text, after)
        subject = _subject(text, s_start, _open, rules) if fm else None
        if fm and subject is not None:
            return subject[0], (fm.start(), fm.end())
    # „Wir haben gemessen.“ Laut Umweltamt …: a quotation closed with its own full stop, then a capital, ends its
    # sentence; what follows frames the next one
    closed = text[max(_cs, _ce - 3):_ce].rstrip(" \u00a0\u202f")[-1:] in (".", "!", "?")
    new_sentence = closed and text[at:at + 1].isupper()
    # Dem „Tagesspiegel“ sagte Falk, …: a quotation inside a clause with no comma after it names a thing; the verb
    # after it frames what follows, not the quotation
    named_thing = text[s_start:_open].strip() != "" and not text[after:at].strip() and text[_open - 1:_open] != ":"
    for pat in (pats.verb, pats.quote_verb, pats.adverb, pats.prep):
        if pat is None or new_sentence or named_thing:
            continue
        m = pat.match(text, at)
        if not m:
            continue
        speaker = _pronoun_in_cue(text, m, rules) or speaker_after_cue(text, m.end(), tail_end, rules)
        if speaker is None and _open > s_start:
            # the speaker is the sentence's subject, before the quote (주지사는 기자들에게 "…"고 말했다)
            speaker = _speaker_before_quote(text, s_start, _open, rules)
        # 이어 "…"라고 강조했다 / Luego: «…», añadió.: only adverbs before the quotation name no one either
        opens_bare = _open <= s_start or not text[after_sentence_adverbs(text, s_start, _open, rules):_open].strip(_TRIM)
        if speaker is None and opens_bare and (not text[m.end():tail_end].strip(_TRIM)
                                               or only_circumstance(text, m.end(), tail_end, rules)):
            speaker = _implicit(m)  # «…», añadió. / «…», afirmó durante una visita.: no word names the speaker
        return speaker, (m.start(), m.end())
    if quotative is not None and _open > s_start and rules.predicate_endings:
        # 이 장관은 "…"고 사과했다: closed by the quotative, then only a predicate: speech, whatever the verb
        pred = re.match(r"(\S+?)[.!?。]?\s*$", text[at:tail_end])
        if pred is not None and pred.group(1).endswith(rules.predicate_endings):
            speaker = _speaker_before_quote(text, s_start, _open, rules)
            if speaker is not None:
                return speaker, (at, at + pred.end(1))
    # X sagte: „…“ / X sprach von einem „…“ — the cue ends right before the quotation
    head = text[s_start:_open].rstrip(" :,\u00a0")
    for pat in (pats.verb, pats.lead):
        if pat is None or not head:
            continue
        # only a cue ending where the head ends counts, and no cue is that long: scanning the whole head for each
        # quotation made a long sentence full of quotations quadratic
        for m in pat.finditer(text, max(s_start, s_start + len(head) - _CUE_WINDOW), s_start + len(head)):
            if m.end() == s_start + len(head):
                # „…“, fügte er hinzu, „…“: a quotation before the cue closes off the subject; with nothing left
                # of it, the cue frames the first half and the sentence's other quotation lends its speaker
                closes = [text.rfind(mark, s_start, m.start()) for pair in rules.quote_pairs for mark in pair[1:]]
                subj_start = max([s_start, *(c + 1 for c in closes if c >= 0)])
                pronoun = _pronoun_in_cue(text, m, rules)
                if pronoun is not None:
                    return pronoun, (m.start(), m.end())
                if subj_start > s_start and not text[subj_start:m.start()].strip(_TRIM):
                    return None, None
                if _fronted(text, subj_start, m.start(), rules):  # Am Abend sagte die Ministerin: „…“
                    return speaker_after_cue(text, m.end(), _open, rules), (m.start(), m.end())
                return speaker_before_cue(text, subj_start, m.start(), rules), (m.start(), m.end())
    # X sprach von einer Tragödie, die „vermeidbar gewesen“ wäre: a few words of the clause between lead and quotation
    for m in pats.lead.finditer(text, s_start, _open) if pats.lead is not None else ():
        gap = text[m.end():_open]
        if 1 <= len(gap.split()) <= _MAX_LEAD_GAP_WORDS and not re.search(r"[.;:!?]", gap) and not any(
                mark in gap for pair in rules.quote_pairs for mark in pair):
            return (_pronoun_in_cue(text, m, rules) or speaker_before_cue(text, s_start, m.start(), rules),
                    (m.start(), m.end()))
    return None, None


_MAX_LEAD_GAP_WORDS = 6


def _opened_span(text: str, q: tuple[int, int, int, int], sentence: tuple[int, int], cue: tuple[int, int],
                 rules: LanguageRules) -> tuple[int, int] | None:
    """Die Verantwortlichen würden sich „vor Gericht verantworten müssen“, kündigte sie an.: the sentence opens with
    the speaker's own clause and quotes only its end; what was said is the clause from the sentence's start."""
    if cue[0] < q[3] or "," not in text[q[3]:cue[0]]:
        return None
    head = text[sentence[0]:q[0]]
    if len(head.split()) < 2 or re.search(r"[:;]", head) or any(
            mark in head for pair in rules.quote_pairs for mark in pair):
        return None
    return _trim(text, sentence[0], q[3])


def _led_span(text: str, q: tuple[int, int, int, int], sentence: tuple[int, int], cue: tuple[int, int],
              pats: _Patterns) -> tuple[int, int] | None:
    """a évoqué « le jour le plus triste » des 90 ans du club: a quotation a lead frames is part of a phrase the
    speaker used; what was said runs from the lead to the sentence's end when words stand around the quotation."""
    if pats.lead is None or cue[1] > q[0]:
        return None
    m = pats.lead.match(text, cue[0])
    if m is None or m.end() != cue[1]:
        return None
    body_end = sentence[1]
    while body_end > q[3] and text[body_end - 1] in ".!?。":
        body_end -= 1
    if not text[cue[1]:q[0]].strip() and not text[q[3]:body_end].strip(_TRIM):
        return None
    return _trim(text, cue[1], max(body_end, q[3]))


def _speaker_before_quote(text: str, s_start: int, open_mark: int, rules: LanguageRules) -> SpeakerPhrase | None:
    """The sentence's subject before a quotation, closed by its particle where the language has them."""
    subject = _subject(text, s_start, open_mark, rules)
    if subject is not None:
        return subject[0]
    subj_end = strip_particle(text, *_trim(text, s_start, open_mark), rules)
    return speaker_before_cue(text, s_start, subj_end, rules)


def _implicit(m: re.Match) -> SpeakerPhrase:
    return SpeakerPhrase(m.start(), m.start(), "", None, pronoun=True, implicit=True)


def _fronted(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """The words before a cue open a fronted adverbial (Am Morgen sagte Adler …): the subject follows the verb."""
    first = re.match(r"\s*(\w+)", text[start:end])
    return first is not None and first.group(1).casefold() in rules.adverbial_openers


def _time_word(word: str, rules: LanguageRules) -> bool:
    """이날, 2일, 18日: a day or time, a numeral with a date unit included."""
    low = word.casefold()
    return low in rules.time_words or (low[:1].isdigit() and low.lstrip("0123456789") in rules.date_words)


_MAX_CIRCUMSTANCE_WORDS = 3  # a preposition, an article and one noun: Al termine, Na ocasião, En la cita


def _circumstance_alone(text: str, start: int, end: int) -> bool:
    """A fronted phrase of a few words with no capital after its first (Al termine, Na ocasião) holds no name,
    so it cannot hide the subject of the verb after it."""
    ws = text[start:end].split()
    return 0 < len(ws) <= _MAX_CIRCUMSTANCE_WORDS and not any(w[:1].isupper() for w in ws[1:])


def _pronoun_in_cue(text: str, m: re.Match, rules: LanguageRules) -> SpeakerPhrase | None:
    """The subject pronoun an inverted cue carries (a-t-il déclaré, ajoute-t-elle)."""
    for w in re.finditer(r"\w+", m.group()):
        if w.group().casefold() in rules.pronouns:
            start, end = m.start() + w.start(), m.start() + w.end()
            return SpeakerPhrase(start, end, text[start:end], None, pronoun=True)
    # demande-t-il, s'interroge-t-elle: the pronoun joined to any cue by a hyphen
    joined = _JOINED_PRONOUN.match(text, m.end())
    if joined is not None and joined.group(1).casefold() in rules.pronouns:
        return SpeakerPhrase(joined.start(1), joined.end(1), joined.group(1), None, pronoun=True)
    return None


def _possessive_in_cue(text: str, m: re.Match, rules: LanguageRules) -> SpeakerPhrase | None:
    """The possessive a source cue carries in place of its source (nach seinen Angaben): the last speaker."""
    for w in re.finditer(r"\w+", m.group()):
        if w.group().casefold() in rules.possessives:
            start, end = m.start() + w.start(), m.start() + w.end()
            return SpeakerPhrase(start, end, text[start:end], None, pronoun=True)
    return None


def _possessive_source(text: str, start: int, end: int, rules: LanguageRules) -> SpeakerPhrase | None:
    """Ihren Angaben zufolge: a source noun led by a possessive, no name, before a postposition: the possessive stands
    for the speaker last named."""
    words = list(re.finditer(r"\w+", text[start:end]))
    if len(words) != 2 or words[0].group().casefold() not in rules.possessives:
        return None
    return SpeakerPhrase(start + words[0].start(), start + words[0].end(), words[0].group(), None, pronoun=True)


_JOINED_PRONOUN = re.compile(r"-(?:t-)?(\w+)(?!\w)")


def _reported(text: str, sentence: tuple[int, int], rules: LanguageRules, pats: _Patterns,
              quotes: list[tuple[int, int]], counted: bool = True) -> Draft | None:
    """Reported speech in one sentence, tried in order: a postposition (X zufolge …, X에 따르면 …), a preposition
    (Laut X …, Selon X, …), a saying verb (X sagte, dass …; …, informou X; X은 …고 밝혔다)."""
    s_start, s_end = sentence
    body_end = s_end
    while body_end > s_start and text[body_end - 1] in ".!?。":
        body_end -= 1
    if pats.post is not None:
        for m in pats.post.finditer(text, s_start, body_end):
            if _inside(m.start(), quotes):
                continue
            src_start = text.rfind(",", s_start, m.start()) + 1 or s_start
            src_start = max(src_start, s_start)
            # 사고조사위원회를 이끄는 다리오 펜치 조사단장에 따르면: a relative clause or genitive describes the source
            src_start = _after_modifiers(text, src_start, m.start(), rules)
            speaker = (_possessive_source(text, *_trim(text, src_start, m.start()), rules)
                       or speaker_before_cue(text, *_trim(text, src_start, m.start()), rules))
            content = _trim(text, m.end(), body_end)
            if speaker and content[1] - content[0] > 8:
                return Draft(*content, "indirect", speaker, (m.start(), m.end()))
    # Ma per la ong X a bordo c'erano …: a conjunction opening the sentence does not stop the source leading it
    first = re.match(r"\s*(\w+)\s+", text[s_start:body_end])
    lead = s_start + first.end() if first is not None and first.group(1).casefold() in rules.conjunctions else s_start
    if pats.prep is not None:
        for m in pats.prep.finditer(text, s_start, body_end):
            if _inside(m.start(), quotes):
                continue
            at_start = not text[lead:m.start()].strip()
            after_comma = text[s_start:m.start()].rstrip().endswith(",")
            if not (at_start or after_comma):
                inner = _inner_source(text, m, (s_start, body_end), rules)
                if inner is not None:
                    return inner
                continue
            own = _possessive_in_cue(text, m, rules) if at_start else None
            if own is not None:  # Nach seinen Angaben werden noch 17 Menschen vermisst.
                speaker, content = own, _trim(text, m.end(), _semicolon(text, m.end(), body_end, rules))
            elif at_start:
                speaker, content_start = _prep_source(text, m.end(), body_end, rules)
                if speaker is None:
                    continue
                content = _quoted_tail(
                    text, _trim(text, content_start, _semicolon(text, content_start, body_end, rules)), quotes)
            else:
                speaker = speaker_after_cue(text, m.end(), body_end, rules, direct=True)
                content = _trim(text, s_start, m.start())
                close = _clause_comma(text, m.end(), body_end)
                if _relative_before_comma(text, s_start, m.start(), rules) and close >= 0:
                    # …, que, segundo ele, esvaziou a cabine …: the relative clause the source interrupts is what
                    # it said
                    content = _trim(text, close + 1, body_end)
            if speaker and content[1] - content[0] > 8:
                quoted = [q for q in quotes if q[0] < content[0] and content[1] < q[1]]
                return Draft(*content, "direct" if quoted else "indirect", speaker, (m.start(), m.end()),
                             [content] if quoted else [])
    m = pats.person_prep.match(text, lead) if pats.person_prep is not None else None
    if m is not None:
        speaker, content_start = _prep_source(text, m.end(), body_end, rules)
        # Per Giada Rinaldelli, docente di … al Politecnico di X, «…».: appositives, then the quotation said
        content = _quoted_tail(text, _trim(text, content_start, body_end), quotes)
        if speaker is not None and _a_person(speaker) and content[1] - content[0] > 8:
            quoted = [q for q in quotes if q[0] < content[0] and content[1] < q[1]]
            return Draft(*content, "direct" if quoted else "indirect", speaker, (m.start(), m.end()),
                         [content] if quoted else [])
    if pats.verb is not None:
        deferred: Draft | None = None
        for m in pats.verb.finditer(text, s_start, body_end):
            if _inside(m.start(), quotes):
                continue
            draft = _verb_reported(text, m, (s_start, body_end), rules, pats)
            if draft is not None and draft.speaker is not None and draft.speaker.implicit and _impersonal(
                    m.group(), rules):
                continue  # …, heißt es im Rathaus.: "es" is the subject, so no unwritten one stands for the last speaker
            if draft is not None and _impersonal(m.group(), rules) and _names_no_one(draft.speaker, m.start(), rules):
                draft = Draft(draft.start, draft.end, draft.kind, None, draft.cue, draft.quotes)
            if draft is not None and _in_relative_clause(text, m.start(), s_start, rules):
                # Um farmacêutico, que pediu anonimato, relatou que …: the verb of a relative clause describing the
                # subject is not the sentence's own; a saying verb after it is
                deferred = deferred or draft
                continue
            if draft is not None:
                return draft
        if deferred is not None:
            return deferred
    claim = _counted_claim(text, (s_start, body_end), rules, pats, quotes) if counted else None
    if claim is not None:
        return claim
    predicate = _predicate_report(text, (s_start, body_end), rules, pats, quotes)
    if predicate is not None:
        return predicate
    claim = _claim_frame(text, (s_start, body_end), rules)
    if claim is not None:
        return claim
    if pats.adverb is not None:  # Das Wasser sinke bereits, so Holub.
        for m in pats.adverb.finditer(text, s_start, body_end):
            head = text[s_start:m.start()].rstrip()
            content = _trim(text, s_start, m.start())
            if _inside(m.start(), quotes) or not head.endswith(",") or content[1] - content[0] <= 8:
                continue
            speaker = speaker_after_cue(text, m.end(), body_end, rules)
            if speaker is not None and not text[speaker.end:body_end].strip(" ,"):
                return Draft(*content, "indirect", speaker, (m.start(), m.end()))
    return _grammar_report(text, (s_start, body_end), rules, pats, quotes)


_RELATIVE_BEFORE = re.compile(r",\s*(\w+)\s+$")


def _in_relative_clause(text: str, at: int, floor: int, rules: LanguageRules) -> bool:
    """The word at ``at`` opens a relative clause's predicate: a comma and a relative pronoun right before it."""
    m = _RELATIVE_BEFORE.search(text, floor, at)
    return m is not None and m.group(1).casefold() in rules.relatives


_COMPARATIVE_REACH = 5  # words between a comparative and its que/che (más personas de las previstas que …)


def _impersonal(written: str, rules: LanguageRules) -> bool:
    key = " ".join(written.casefold().split())
    return any(c.impersonal and c.phrase.casefold() == key for c in rules.cues_of("verb"))


def _names_no_one(sp: SpeakerPhrase | None, cue_start: int, rules: LanguageRules) -> bool:
    """Es wurde mitgeteilt, …; Am Abend hieß es, …: before an impersonal cue, an expletive subject or a fronted time
    is no source."""
    if sp is None or sp.implicit or sp.pronoun or sp.end > cue_start:
        return False
    words = [w.casefold() for w in sp.name.split()]
    return (" ".join(words) in rules.expletives
            or all(w in rules.adverbial_openers or w in rules.time_words or w in rules.date_words for w in words))


def _guarded(head: str, rules: LanguageRules) -> bool:
    """The words before a subordinator make it no report opener: fused with a preposition or conjunction (so dass,
    para que, parce que) or closing a comparative (plus … que; a guard written "plus …")."""
    words = head.casefold().split()
    tail = " " + " ".join(words[-3:])
    for guard in rules.report_guards:
        if guard.endswith(_GAP):
            if guard[:-1].strip() in words[-_COMPARATIVE_REACH:]:
                return True
        elif tail.endswith(" " + guard):
            return True
    return False


def _not_speech(verb: str, rules: LanguageRules) -> bool:
    """A verb of perceiving or causing (vio que, hat verhindert, dass): what follows was seen or brought about."""
    low = verb.casefold()
    return low in rules.report_non_speech or any(
        w.endswith("*") and low.startswith(w[:-1]) for w in rules.report_non_speech)


def _grammar_report(text: str, span: tuple[int, int], rules: LanguageRules, pats: _Patterns,
                    quotes: list[tuple[int, int]]) -> Draft | None:
    """Reported speech whose verb no lexicon lists (Die Ministerin bekräftigte, dass …; El alcalde lamentó que …;
    Il prefetto ha ribadito che …): a subordinator right after a lower-case word, the finite verb or a compound
    tense's participle, whose subject before it names a person or a body. Fresh text brings verbs nobody listed."""
    if not rules.report_guards or pats.report_subordinator is None:
        return None
    s_start, body_end = span
    for sm in pats.report_subordinator.finditer(text, s_start, body_end):
        if _inside(sm.start(), quotes):
            continue
        head = text[s_start:sm.start()]
        word = re.search(r"[^\W\d_]+$", head)
        if (word is None or not word.group()[:1].islower() or _guarded(head, rules)
                or _not_speech(word.group(), rules)):
            continue
        verb_start = s_start + word.start()
        article = re.search(r"(\S+)\s+$", text[s_start:verb_start])
        if text[verb_start - 1:verb_start] in "'’" or (
                article is not None and article.group(1).casefold() in rules.determiners | rules.indefinite_articles):
            continue  # una orden que …, un'ordinanza che …: an article makes the word a noun, the clause relative
        aux = re.search(r"([^\W\d_]+)\s+$", text[s_start:verb_start])
        if aux is not None and aux.group(1).casefold() in rules.report_auxiliaries:
            verb_start = s_start + aux.start()
        m = re.compile(re.escape(text[verb_start:s_start + word.end()])).match(text, verb_start)
        if m is None:
            continue
        draft = _verb_reported(text, m, span, rules, pats)
        speaker = draft.speaker if draft is not None else None
        if speaker is not None and not speaker.implicit and _names_someone(text, speaker, rules):
            return draft
    return None


_MAX_REPORT_SUBJECT_WORDS = 6
_BODY_HEAD_REACH = 2  # the head noun first, or after one word (die städtische Behörde)
_QUOTE_TAIL_WORD = re.compile(r"\s*,\s*([^\W\d_]+)\s+")


def _grammar_quote_tail(text: str, after: int, end: int, rules: LanguageRules
                        ) -> tuple[SpeakerPhrase, tuple[int, int]] | None:
    """„…“, polterte Anna Berger. / «…», ha tuonato il prefetto.: right after a quotation a comma, a lower-case
    verb no cue file lists (or an auxiliary and its participle), then a subject naming a person or a body."""
    if not rules.report_guards:
        return None
    m = _QUOTE_TAIL_WORD.match(text, after)
    if m is None or not m.group(1)[:1].islower():
        return None
    verb_start, verb_end = m.start(1), m.end(1)
    if m.group(1).casefold() in rules.report_auxiliaries:
        participle = re.compile(r"([^\W\d_]+)\s+").match(text, m.end())
        if participle is None or not participle.group(1)[:1].islower():
            return None
        verb_end = participle.end(1)
    elif m.group(1).casefold() in rules.determiners | rules.pronouns | rules.relatives | rules.coordinators:
        return None  # «…», una frase que …; «…», y luego …: no verb opens the tail
    speaker = speaker_after_cue(text, verb_end, end, rules, closes=True)
    if speaker is None or speaker.implicit or not _names_someone(text, speaker, rules):
        return None
    return speaker, (verb_start, verb_end)


def _body_noun(word: str, rules: LanguageRules) -> bool:
    """A body's head noun, or a compound ending in one (Bergarbeitergewerkschaft), as for titles."""
    return ends_in_noun(word, rules.report_bodies, word[:1].isupper())


def _names_someone(text: str, speaker: SpeakerPhrase, rules: LanguageRules) -> bool:
    """A person or a body: a pronoun, a title or source noun, a full name, or one word that an earlier full name
    ends in (Iriberri after Ana Iriberri); not a capitalised sentence opener (Es posible que …)."""
    words = speaker.name.split()
    if speaker.pronoun or speaker.description is not None:
        return True
    if not words or len(words) > _MAX_REPORT_SUBJECT_WORDS:
        return False
    if is_title(words[-1], rules) or words[-1].casefold() in rules.source_nouns:
        return True
    if any(_body_noun(w, rules) for w in words[:_BODY_HEAD_REACH]):
        return True  # la agencia estatal de seguridad, die Polizei der Stadt: a body headed by its noun
    # a name: capitalised words and the connectors inside names only (È stato ritrovato … is a clause, no name)
    if not all(w[:1].isupper() or w.casefold() in rules.connectors for w in words):
        return False
    if len(words) >= 2:
        return True
    earlier = re.finditer(r"(\w[\w-]*)\s+" + re.escape(speaker.name) + r"(?!\w)", text[:speaker.start])
    return any(m.group(1)[:1].isupper() for m in earlier)


def _counted_claim(text: str, span: tuple[int, int], rules: LanguageRules, pats: _Patterns,
                   quotes: list[tuple[int, int]]) -> Draft | None:
    """Die Gewerkschaft spricht dagegen von mindestens zwölf toten Häftlingen; il sindacato parla di almeno dodici
    detenuti uccisi: a lead (speaks of) whose object, no quotation, gives a count is a claim of that figure; what
    was said is the object."""
    if pats.lead is None:
        return None
    for m in pats.lead.finditer(text, *span):
        content = _trim(text, m.end(), span[1])
        if (_inside(m.start(), quotes) or content[1] - content[0] <= 8 or any(
                content[0] <= q[0] < content[1] for q in quotes) or not find_figures(text, [content], rules)):
            continue
        before = _after_clause_link(text, _trim(text, span[0], m.start()), rules)
        first = re.match(r"(\w+)\s+", text[before[0]:before[1]])
        if first is not None and first.group(1).casefold() in rules.conjunctions:  # Ma il sindacato parla di …
            before = (before[0] + first.end(), before[1])
        speaker = _pronoun_in_cue(text, m, rules) or _coordinated_subject(text, before, m, rules)
        last = re.search(r"(\w+)\W*$", text[before[0]:before[1]])
        if speaker is None and last is not None and last.group(1).casefold() in rules.coordinators:
            continue  # La compañía canceló 48 travesías y cifra en …: the subject is the first verb's, not found
        speaker = speaker or speaker_before_cue(text, *before, rules)
        if speaker is not None:
            return Draft(*content, "indirect", speaker, (m.start(), m.end()))
    return None


def _predicate_report(text: str, span: tuple[int, int], rules: LanguageRules, pats: _Patterns,
                      quotes: list[tuple[int, int]]) -> Draft | None:
    """교도관 노조는 정부 발표가 축소됐다고 반발했다: a declarative clause closed by the quotative (…다고, …라고) and
    then only the sentence's predicate is reported speech whatever the verb, as for a quotation ("…"고 사과했다);
    the speaker is the sentence's subject."""
    if not rules.predicate_endings or pats.speech_quotative is None or any(span[0] <= q[0] < span[1] for q in quotes):
        return None
    pred = re.search(r"\s(\S+)$", text[span[0]:span[1]])
    if pred is None or not pred.group(1).endswith(rules.predicate_endings):
        return None
    head_end = span[0] + len(text[span[0]:span[0] + pred.start()].rstrip())
    said = next((m for m in pats.speech_quotative.finditer(text, span[0], head_end) if m.end() == head_end), None)
    # …고 alone also joins two clauses (먹고 잤다): only after a declarative ending (…다고) is it the quotative
    if said is None or (len(said.group()) == 1 and not text[:said.start()].endswith(rules.predicate_endings)):
        return None
    subject = _subject(text, span[0], said.start(), rules)
    if subject is None:
        return None
    content = _trim(text, subject[1], said.start())
    return Draft(*content, "indirect", subject[0], (span[0] + pred.start(1), span[1])) if content[1] - content[0] > 4 \
        else None


_CLAIM_FRAMES: dict[str, re.Pattern | None] = {}


def _claim_frame_regex(rules: LanguageRules) -> re.Pattern | None:
    if rules.lang not in _CLAIM_FRAMES:
        parts = {role: "|".join(re.escape(f) for f in sorted((f for r, f, _ in rules.claim_frames if r == role),
                                                             key=len, reverse=True))
                 for role in ("ending", "link", "genitive", "noun", "copula")}
        _CLAIM_FRAMES[rules.lang] = re.compile(
            rf"(?P<ending>{parts['ending']})\s+(?:{parts['link']})\s+(?P<source>\S+(?:\s+\S+){{0,3}}?)"
            rf"(?:{parts['genitive']})\s+(?P<cue>(?:{parts['noun']})(?:{parts['copula']}))\s*$") if all(
            parts.values()) else None
    return _CLAIM_FRAMES[rules.lang]


def _claim_frame(text: str, span: tuple[int, int], rules: LanguageRules) -> Draft | None:
    """제어 기판의 결함으로 실외기가 과열될 수 있다는 게 회사의 설명이다: a clause named as a source's account after
    it is that source's reported speech (claim_frames.tsv)."""
    pattern = _claim_frame_regex(rules) if rules.claim_frames else None
    m = pattern.search(text, *span) if pattern is not None else None
    if m is None or m.end() != span[1]:
        return None
    speaker = speaker_before_cue(text, m.start("source"), m.end("source"), rules)
    kept = next((k for r, f, k in rules.claim_frames if r == "ending" and f == m.group("ending")), "")
    content = _trim(text, span[0], m.start("ending") + len(kept))
    if speaker is None or content[1] - content[0] <= 4:
        return None
    return Draft(*content, "indirect", speaker, (m.start("cue"), m.end("cue")))


def _quoted_tail(text: str, content: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """Según X, director de Y, la empresa que …, "…": more appositives of the source, then a comma and a quotation
    closing the sentence: the quotation is what was said."""
    for q_open, q_end in quotes:
        # the quotation must open inside the clause (a later sentence's quotation is no part of it)
        # (or opens it, the appositives already passed)
        if content[0] <= q_open < content[1] <= q_end and (q_open == content[0]
                                                            or text[content[0]:q_open].rstrip().endswith(",")):
            inner = _trim(text, q_open + 1, q_end - 1)
            return inner if inner[1] > inner[0] else content
    return content


def _inner_source(text: str, m: re.Match, sentence: tuple[int, int], rules: LanguageRules) -> Draft | None:
    """Nordkorea hat nach Angaben des Geheimdienstes weitere Soldaten geschickt.: a source inside the clause (for
    the prepositions inner_prepositions.txt lists); what was said is the longer side of it."""
    s_start, body_end = sentence
    if " ".join(m.group().casefold().split()) not in rules.inner_prepositions:
        return None
    nxt = re.match(r"\s*(\w[\w'’-]*)", text[m.end():body_end])
    ends_in_article = m.group().split()[-1].casefold() in rules.determiners  # nach Angaben des …
    if nxt is None or not (ends_in_article or nxt.group(1)[:1].isupper()
                           or nxt.group(1).casefold() in rules.determiners):
        return None  # er lachte laut auf: an adverb, not a source
    speaker = speaker_after_cue(text, m.end(), body_end, rules, direct=True)
    if speaker is None or speaker.pronoun or not any(w[:1].isupper() for w in speaker.name.split()):
        return None
    before, after = _trim(text, s_start, m.start()), _trim(text, speaker.end, body_end)
    content = max(before, after, key=lambda span: span[1] - span[0])
    return Draft(*content, "indirect", speaker, (m.start(), m.end())) if content[1] - content[0] > 8 else None


def _semicolon(text: str, start: int, end: int, rules: LanguageRules) -> int:
    """Selon la police, 96 blessés ; la mairie n'en compte que 41: a source fronted before the first clause vouches
    for that clause only when the clause after the semicolon has a source of its own for subject (a body, a title, a
    person); otherwise it goes on with what the source said (Nach Angaben der Küstenwache flossen 800 Tonnen Öl ins
    Meer; ein Ölteppich verschmutzt 25 Kilometer Küste)."""
    at = text.find(";", start, end)
    if at < 0:
        return end
    words = [w.group() for w in re.finditer(r"[^\W\d_]+", text[at + 1:end])][:3]
    while words and words[0].casefold() in rules.determiners:
        words = words[1:]
    head = words[0] if words else ""
    # a full name heads the next clause (…; Anna Berg nennt eine höhere Zahl): two capitalised words, which a noun
    # and its verb (…; ein Ölteppich verschmutzt …) are not even where every noun is capitalised
    named = len(words) >= 2 and all(w[:1].isupper() and w.casefold() not in rules.determiners for w in words[:2])
    return at if head and (_body_noun(head, rules) or is_title(head, rules) or named
                           or head.casefold() in rules.source_nouns) else end


def _a_person(speaker: SpeakerPhrase) -> bool:
    """Pour la procureure, Nathalie Roux, …, not Pour la première fois, …: a title or a name of two words."""
    return not speaker.pronoun and (speaker.description is not None
                                    or (len(speaker.name.split()) >= 2 and speaker.name[:1].isupper()))


def _prep_source(text: str, start: int, end: int, rules: LanguageRules) -> tuple[SpeakerPhrase | None, int]:
    """After Selon/Laut: the source up to its comma (and a short appositive: Selon le chef, Marek Holub, …), or for
    a clause with no comma a name run (Laut Feuerwehrchef Kang Dong Hoon wurde …)."""
    comma = _clause_comma(text, start, end)
    if comma >= 0 and _verb_after_name(text, start, comma, rules):
        comma = -1  # Laut Lanticq wurde der Schütze, ein 34-Jähriger, …: the comma sets off an aside in the report
    # a count before the comma is the report, not its source (Nach Angaben der Behörden kamen 14 Menschen …, …)
    if comma >= 0 and len(text[start:comma].split()) <= 8 and not re.search(r"\d", text[start:comma]):
        src_end = comma
        nxt = _clause_comma(text, comma + 1, end)
        if nxt >= 0 and len(text[comma + 1:nxt].split()) <= 4:
            src_end = nxt
        speaker = speaker_before_cue(text, *_trim(text, start, src_end), rules)
        return speaker, _after_appositives(text, src_end, end, rules) + 1
    speaker = speaker_after_cue(text, start, end, rules, direct=True)
    if speaker is None:
        return None, start
    body = _affiliation_after(text, speaker.end, end, rules)
    if body > speaker.end:  # Laut der Geologin Lucía Paredes vom Andinen Institut für Geodynamik ist …
        speaker = SpeakerPhrase(speaker.start, body, speaker.name, speaker.description)
    return speaker, speaker.end


_MAX_APPOSITIVES = 3


def _after_appositives(text: str, comma: int, end: int, rules: LanguageRules) -> int:
    """The comma closing the pieces that still describe a fronted source (D'après X, cheffe de la mission …, qui a
    déployé 140 observateurs, …): a piece headed by a title or a noun for a person, or a relative clause, each closed
    by a comma; what follows the last is what was said."""
    for _ in range(_MAX_APPOSITIVES):
        nxt = _clause_comma(text, comma + 1, end)
        first = re.match(r"\s*(\w+)(?:\s+(\w+))?", text[comma + 1:end])
        if nxt < 0 or first is None:
            break
        head = first.group(1).casefold()
        if head in rules.determiners and first.group(2):
            head = first.group(2).casefold()
        if not (first.group(1).casefold() in rules.relatives or is_title(head, rules) or head in rules.source_nouns):
            break
        comma = nxt
    return comma


def _affiliation_after(text: str, start: int, end: int, rules: LanguageRules) -> int:
    """End of the body a source belongs to, attached right after it by a preposition (vom Andinen Institut für
    Geodynamik, do Instituto Andino de Geodinâmica): a run of capitalised words and name connectors; else start."""
    link = _patterns(rules).affiliation_link
    m = link.match(text, start, end) if link is not None else None
    if m is None:
        return start
    stop, pos = start, m.end()
    for w in re.finditer(r"\w[\w'’.-]*\w|\w", text[m.end():end]):
        at = m.end() + w.start()
        if text[pos:at].strip():  # punctuation ends the body
            break
        if w.group()[:1].isupper():
            stop = at + len(w.group())
        elif w.group().casefold() not in rules.connectors:
            break
        pos = at + len(w.group())
    return stop


def _verb_after_name(text: str, start: int, comma: int, rules: LanguageRules) -> bool:
    """Before the comma, a source's name is followed by a lower-case word that neither continues nor describes it
    (Laut Lanticq wurde der Schütze, …): the source ended at the name and the report began (verb second)."""
    speaker = speaker_after_cue(text, start, comma, rules, direct=True)
    if speaker is None or speaker.pronoun or not text[speaker.end - 1:speaker.end].isalpha():
        return False
    last = re.search(r"(\w[\w'’-]*)$", text[start:speaker.end])
    nxt = re.match(r"\s+(\w[\w'’-]*)", text[speaker.end:comma])
    if last is None or nxt is None or not last.group(1)[:1].isupper():
        return False
    word = nxt.group(1).casefold()
    return (word[:1].islower() and not is_title(word, rules)
            and word not in rules.determiners | rules.connectors | rules.relatives | rules.adverbial_openers
            and not any(word == p or word.startswith(p) for p in rules.affiliation_links))


_MAX_SUBJECT_REACH = 300
# a few words between the verb and the comma that opens what was said (sagte am Abend, …)
_WORDS_THEN_COMMA = re.compile(r"(?:\s+[^\s,.;:!?\"„“”«»]+){1,4}?\s*,(?!\d)")


_WORDS_THEN_COLON = re.compile(r"(?:\s+[^\s,.;:!?\"„“”«»]+){0,4}?\s*:\s+(?![\"„“”«»‘’‚「『])")

_MAX_CIRCUMSTANCE_WORDS = 6


def _circumstance(rest: str, rules: LanguageRules, pats: _Patterns) -> bool:
    """A few words after a closing speaker that add where or when, not a clause of their own."""
    if len(rest.split()) > _MAX_CIRCUMSTANCE_WORDS or CLAUSE_COMMA.search(rest) or any(
            mark in rest for pair in rules.quote_pairs for mark in pair):
        return False
    return not (pats.subordinator is not None and pats.subordinator.search(rest))


def _passive(text: str, s_start: int, cue: re.Match, rules: LanguageRules) -> bool:
    """A passive auxiliary right after the cue (…, die für ungültig erklärt wurden) or earlier in its clause
    (Stimmzettel wurden für ungültig erklärt, …): the cue is a participle of the passive, not a saying verb."""
    if not rules.passive_auxiliaries:
        return False
    nxt = re.compile(r"\s+(\w+)").match(text, cue.end())
    clause = text[max(s_start, text.rfind(",", s_start, cue.start()) + 1):cue.start()]
    return ((nxt is not None and nxt.group(1).casefold() in rules.passive_auxiliaries)
            or any(w.casefold() in rules.passive_auxiliaries for w in re.findall(r"\w+", clause)))


def _relative_after_comma(text: str, sub: re.Match, rules: LanguageRules) -> bool:
    """The subordinator a match ends on follows a comma and is also a relative pronoun (che, que): in languages
    whose subordinator takes no comma, that opens a relative clause about the words before it."""
    word = re.search(r"(\w+)$", sub.group())
    return (word is not None and word.group(1).casefold() in rules.relatives
            and sub.group()[:word.start()].rstrip().endswith(","))


# a comma-enclosed appositive of at most twelve words, no clause break or quotation inside it (the aside a relative
# source may follow)
_APPOSITIVE = re.compile(r"\s*,(?:\s+[^\s,.;:!?\"„“”«»]+){1,12}?(?=\s*,)")
_RELATIVE_TO_END = re.compile(r"\s+(\w+)\s[^,;:.!?\n]*[.!?]?(?:\s*\n|\s*$|(?<=[.!?]))")


def _describes_speaker(text: str, pos: int, rules: LanguageRules) -> bool:
    """…, informou a Polícia Nacional, que mantém barreiras …; …, a indiqué la préfecture, sans préciser …: after a
    closing speaker, a comma and a relative pronoun or a circumstance opener begin a clause about the speaker or its
    act, not a new report."""
    m = re.compile(r"\s*,\s*(\w+)").match(text, pos)
    if m is not None and m.group(1).casefold() in rules.relatives | rules.adverbial_openers:
        return True
    # …, ha fatto sapere la società che la gestisce.: a relative clause with no comma closing the sentence
    m = _RELATIVE_TO_END.match(text, pos)
    return m is not None and m.group(1).casefold() in rules.relatives


def _clause_comma(text: str, start: int, end: int) -> int:
    m = CLAUSE_COMMA.search(text, start, end)
    return m.start() if m else -1


def _comma_before(text: str, pos: int, floor: int) -> bool:
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return pos > floor and text[pos - 1] == ","


def _verb_reported(text: str, m: re.Match, span: tuple[int, int], rules: LanguageRules,
                   pats: _Patterns) -> Draft | None:
    s_start, body_end = span
    cue = (m.start(), m.end())
    before = _trim(text, s_start, m.start())
    if m.start() - s_start > _MAX_SUBJECT_REACH and not _comma_before(text, m.start(), s_start):
        return None  # a subject this far from its verb is no speaker phrase
    cue_entry = rules.cue_named(m.group())
    after = m.end()
    if _passive(text, s_start, m, rules):
        return None  # Stimmzettel wurden für ungültig erklärt: a participle in the passive says nothing
    between: tuple[int, int] | None = None  # words between the verb and its particle (hatte die Polizei mitgeteilt)
    if cue_entry is not None and cue_entry.particle:  # teilte mit, dass …
        # the particle closes the verb's clause, its object and adverbs between them (rief die Bevölkerung auf, …;
        # schloss nicht aus, dass …)
        part = "(?:" + "|".join(re.escape(p) for p in cue_entry.particle.split("|")) + ")"
        pm = re.compile(r"(?:\s+" + _GAP_WORD + r"){0,6}?\s+" + part + r"(?!\w)(?=\s*(?:[,.;!?]|$))",
                        re.IGNORECASE).match(text, after) or re.compile(
            r"\s+" + part + r"(?!\w)", re.IGNORECASE).match(text, after)
        if pm:
            between = (after, pm.end() - len(pm.group().split()[-1]))
            after = pm.end()
        elif cue_entry.required:
            return None
    sub = pats.subordinator.match(text, after) if pats.subordinator is not None else None
    if sub is None and pats.subordinator_after_words is not None:  # dijo a los periodistas que …
        sub = pats.subordinator_after_words.match(text, after)
        if sub is not None and (_relative_after_comma(text, sub, rules)
                                or _relative_after_subject(text, m, sub, s_start, rules)):
            sub = None  # …, hanno fatto sapere i vigili del fuoco, che andranno avanti …: a relative clause
    if sub is None and pats.subordinator_after_aside is not None:  # contó a este diario, bajo anonimato, que …
        sub = pats.subordinator_after_aside.match(text, after)
    if sub is None and pats.infinitive is not None:  # ha fatto sapere in una nota di collaborare …
        sub = pats.infinitive.match(text, after)
    # El presidente, Volodímir Zelenski, dijo que …: the commas belong to the subject when the verb opens a clause
    colon = _WORDS_THEN_COLON.match(text, after)
    opens_clause = sub is not None or text.startswith(",", after) or colon is not None
    trailing = _trailing_clause(text, m, s_start, body_end, rules)
    if trailing is not None:  # …, wie eine Sprecherin sagte.
        return trailing
    # …, informou o Corpo de Bombeiros. — content first, the verb and its speaker close the sentence; …, ha fatto
    # sapere l'Autorità portuale: …: a colon after the speaker closes that clause (what follows is not its object);
    # not after a subject set off by its own commas (Der Unternehmer X, bei dem …, verteidigte seinen Fahrer: …)
    clause_end = text.index(":", after, colon.end()) if (
        colon is not None and sub is None and not text.startswith(",", after)
        and "," not in text[before[0]:before[1]]) else body_end
    if (_comma_before(text, m.start(), s_start) and before[1] - before[0] > 8
            and (not opens_clause or clause_end < body_end) and not _subject_appositive(text, before, rules)):
        # …, fügte er hinzu.: the pronoun the cue carries is the speaker, the rest starts after the whole cue
        speaker = _pronoun_in_cue(text, m, rules) or speaker_after_cue(text, m.end(), clause_end, rules, closes=True)
        if speaker is None and (not text[m.end():clause_end].strip(_TRIM)
                                or only_circumstance(text, m.end(), clause_end, rules)):
            speaker = _implicit(m)  # …, explicó.: the verb closes the sentence and no word names its subject
        rest = text[max(speaker.end, m.end()):clause_end].strip(" ,") if speaker is not None else ""
        # …, teilte das Landratsamt mit.: the separable particle closes the sentence; …, sagte Selenskyj am Abend in
        # einer Videobotschaft.: a short circumstance, no new clause, may follow the speaker
        particles = cue_entry.particle.casefold().split("|") if cue_entry is not None and cue_entry.particle else []
        if speaker is not None and (not rest or rest.casefold() in particles or _circumstance(rest, rules, pats)
                                    or _describes_speaker(text, speaker.end, rules)):
            return Draft(*before, "indirect", speaker, cue)
    # También advirtió que …: an adverb alone before the cue leaves the subject unwritten
    before = (after_sentence_adverbs(text, *before, rules), before[1])
    if before[1] <= before[0]:
        # Ha aggiunto che …: a sentence opened by its cue and a subordinator has an unwritten subject
        content = _trim(text, sub.end(), body_end) if sub is not None else (0, 0)
        return Draft(*content, "indirect", _implicit(m), cue) if content[1] - content[0] > 8 else None
    if _fronted(text, *before, rules):
        comma = _clause_comma(text, *before)
        if comma < 0 and between is not None and text[between[0]:between[1]].strip():
            # Zuvor hatte die Polizei mitgeteilt, dass …: the subject stands between the auxiliary and its participle
            speaker = speaker_after_cue(text, between[0], between[1], rules)
            sub_at = sub.end() if sub is not None else (after + 1 if text.startswith(",", after) else -1)
            content = _trim(text, sub_at, body_end) if speaker is not None and sub_at >= 0 else (0, 0)
            return Draft(*content, "indirect", speaker, cue) if content[1] - content[0] > 8 else None
        if comma < 0:  # Am Morgen sagte Adler, …: no comma, so the subject follows the verb
            inverted = _inverted(text, m, after, body_end, rules, pats)
            if inverted is not None:
                return inverted
            if sub is not None and _circumstance_alone(text, *before):
                # Al termine ha dichiarato che …; Na ocasião prometeu que …: a short circumstance and no subject
                # after the verb either, so the subject is unwritten (the last speaker's)
                content = _trim(text, sub.end(), body_end)
                return Draft(*content, "indirect", _implicit(m), cue) if content[1] - content[0] > 8 else None
        elif not _opens_relative(text, comma + 1, before[1], rules):
            # Ao PÚBLICO, uma moradora contou …: the subject follows the fronted phrase (in In una nota la X, che
            # gestisce la cava, sostiene …, the comma opens a relative clause describing the subject before it)
            before = _trim(text, comma + 1, before[1])
    # Korean order: subject, content, quotative, verb at the end (서 군수는 …다고 밝혔다), or the subject right
    # before the verb (…다고 경찰은 밝혔다)
    if pats.quotative is not None and not text[m.end():body_end].strip():
        q = None
        late_subject: SpeakerPhrase | None = None
        for qm in pats.quotative.finditer(text, s_start, m.start()):
            between = _trim(text, qm.end(), m.start())
            if between[0] >= between[1]:
                q, late_subject = qm, None
            elif all(_time_word(w, rules) for w in text[between[0]:between[1]].split()):
                q, late_subject = qm, None  # …리콜한다고 2일 밝혔다: only when it was said stands between
            elif len(text[between[0]:between[1]].split()) <= 3:
                # …다고 현지 당국이 18일 밝혔다: the subject closed by its particle, then perhaps when it spoke
                for wm in re.finditer(r"\S+", text[between[0]:between[1]]):
                    word_end = between[0] + wm.end()
                    cut = strip_particle(text, between[0] + wm.start(), word_end, rules)
                    if cut < word_end:
                        q, late_subject = qm, speaker_before_cue(text, between[0], cut, rules)
                        break
        if q is not None:
            if late_subject is not None:
                subject: tuple[SpeakerPhrase, int] | None = (late_subject, s_start)
            else:
                subject = _subject(text, s_start, q.start(), rules)
            if subject is None:
                return None
            speaker, content_start = subject
            content = _trim(text, content_start, q.start())
            last_comma = text.rfind(",", *content) if late_subject is None else -1
            if last_comma >= 0 and rules.connective_endings and not text[content[0]:last_comma].rstrip().endswith(
                    rules.connective_endings):
                last_comma = -1  # 환자가 480명, 사망자가 11명으로 늘었다고: a list, not the speaker's act
            if last_comma >= 0:  # 대피시켰으며, 피해 면적은 …: the speaker's act, then what it said
                content = _trim(text, last_comma + 1, content[1])
            if content[1] - content[0] > 4:
                return Draft(*content, "indirect", speaker, cue)
        return None
    linked = _after_clause_link(text, before, rules)
    if linked != before and linked[1] <= linked[0] and sub is not None:
        # …, pero aseguró que …: no subject after the conjunction, so it is the unwritten one of the first clause
        content = _trim(text, sub.end(), body_end)
        return Draft(*content, "indirect", _implicit(m), cue) if content[1] - content[0] > 8 else None
    before = linked
    speaker = _coordinated_subject(text, before, m, rules) or speaker_before_cue(text, *before, rules)
    if speaker is None:
        return None
    late_comma = None if sub is not None or text.startswith(",", after) else _WORDS_THEN_COMMA.match(text, after)
    # Der Unternehmer verteidigte seinen Fahrer: Dieser fahre die Strecke seit Jahren.: a colon with no quotation
    late_colon = _WORDS_THEN_COLON.match(text, after) if sub is None and late_comma is None else None
    if late_colon is not None:
        late_comma = late_colon
    if sub is not None:
        content = _trim(text, sub.end(), body_end)
    elif text.startswith(",", after):
        content = _trim(text, after + 1, body_end)
    elif late_comma is not None:
        content = _trim(text, late_comma.end(), body_end)
    else:
        return None
    content = _before_clause_link(text, content, rules)
    if content[1] - content[0] <= 8:
        return None
    return Draft(*content, "indirect", speaker, cue)


def _relative_after_subject(text: str, cue: re.Match, sub: re.Match, s_start: int, rules: LanguageRules) -> bool:
    """L'autostrada è rimasta chiusa, ha fatto sapere la società che la gestisce.: after what was said and its comma,
    the verb's subject follows it, article first, and the subordinator's word after that subject opens a relative
    clause describing it."""
    first = re.match(r"\s*(\w+)", text[cue.end():sub.end()])
    return (_comma_before(text, cue.start(), s_start) and len(text[s_start:cue.start()].strip()) > 8
            and first is not None and first.group(1).casefold() in rules.determiners)


def _relative_before_comma(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    last = re.search(r"(\w+)\s*,\s*$", text[start:end])
    return last is not None and last.group(1).casefold() in rules.relatives


def _opens_relative(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    first = re.match(r"\s*(\w+)", text[start:end])
    return first is not None and first.group(1).casefold() in rules.relatives


def _before_clause_link(text: str, content: tuple[int, int], rules: LanguageRules) -> tuple[int, int]:
    """La empresa calcula que unos 8.000 pasajeros no han podido viajar, mientras que el SUT habla de …: a conjunction
    joining two clauses after a comma ends what the first subject said; the second clause has its own subject."""
    link = _patterns(rules).clause_link_comma
    m = link.search(text, *content) if link is not None else None
    return _trim(text, content[0], m.start()) if m else content


def _after_clause_link(text: str, before: tuple[int, int], rules: LanguageRules) -> tuple[int, int]:
    """La policía cifró 96 heridos, mientras que el club aseguró que …: after a conjunction joining two clauses, the
    subject of the verb is in the second one."""
    link = _patterns(rules).clause_link
    if link is None:
        return before
    found = list(link.finditer(text[before[0]:before[1]]))
    return _trim(text, before[0] + found[-1].end(), before[1]) if found else before


def _coordinated_subject(text: str, before: tuple[int, int], cue: re.Match, rules: LanguageRules
                         ) -> SpeakerPhrase | None:
    """A prefeita Marta Ribas determinou a interdição e afirmou que …: a cue coordinated with an earlier verb shares
    its subject, the sentence's opening words up to that verb (the first lower-case word that is no title, article
    or name connector)."""
    words = list(re.finditer(r"\w[\w'’.-]*", text[before[0]:before[1]]))
    if words and words[-1].group().casefold() in rules.coordinators:
        words.pop()
    elif cue.group().split()[0].casefold() not in rules.coordinators:  # a fait fermer le stade et promis que …
        return None
    if len(words) < 2:
        return None
    named = False
    for w in words:
        word = w.group()
        if word[:1].isupper() and word.casefold() not in rules.determiners:  # La società, X, …: no name yet
            named = True
        elif named and not is_title(word, rules) and word.casefold() not in rules.determiners | rules.connectors:
            return speaker_before_cue(text, *_trim(text, before[0], before[0] + w.start()), rules)
    return None


def _subject_appositive(text: str, span: tuple[int, int], rules: LanguageRules) -> bool:
    """La ministre-présidente du Land, Hanna Vogel, a promis …: what stands before the verb's comma is its subject
    with an appositive name (the last piece is a name alone), not what was said."""
    pieces = CLAUSE_COMMA.split(text[span[0]:span[1]])
    last = pieces[-1].split()
    return (len(pieces) > 1 and 2 <= len(last) <= 4
            and all(w[:1].isupper() or w.casefold() in rules.connectors for w in last))


def _trailing_clause(text: str, m: re.Match, s_start: int, body_end: int, rules: LanguageRules) -> Draft | None:
    """…, wie eine Sprecherin sagte. / …, comme l'a indiqué le préfet.: a clause opener after the content's comma,
    the speaker and the verb closing the sentence."""
    comma = text.rfind(",", s_start, m.start())
    if comma < 0 or text[m.end():body_end].strip(_TRIM):
        return None
    clause = _trim(text, comma + 1, m.start())
    first = re.match(r"\w+", text[clause[0]:clause[1]])
    if first is None or first.group().casefold() not in rules.openers:
        return None
    subject_end = clause[1]
    # …, wie der Zivilschutz der Provinz am Dienstag mitteilte: a circumstance before the final verb closes the subject
    for w in re.finditer(r"\s(\w+)(?=\s)", text[clause[0] + first.end():clause[1]]):
        if w.start() > 0 and w.group(1).casefold() in rules.adverbial_openers | rules.time_words:
            subject_end = clause[0] + first.end() + w.start()
            break
    speaker = (speaker_before_cue(text, clause[0] + first.end(), subject_end, rules) if subject_end > clause[0]
               else None)
    content = _trim(text, s_start, comma)
    if speaker is None or content[1] - content[0] <= 8:
        return None
    return Draft(*content, "indirect", speaker, (m.start(), m.end()))


_NEXT_WORD = re.compile(r"\s+(\w+)(?!\w)")


def _inverted(text: str, m: re.Match, after: int, body_end: int, rules: LanguageRules,
              pats: _Patterns) -> Draft | None:
    """Am Morgen sagte Adler, das Feuer sei …: after a fronted adverbial the speaker follows the verb, and what
    was said follows the speaker."""
    # Questionada pelos jornalistas, disse apenas que …: an adverb of the cue right after the verb is no subject
    adverb = _NEXT_WORD.match(text, after, body_end)
    while adverb is not None and adverb.group(1).casefold() in rules.cue_adverbs:
        after = adverb.end()
        adverb = _NEXT_WORD.match(text, after, body_end)
    if pats.subordinator is not None and pats.subordinator.match(text, after) is not None and not _pronoun_in_cue(
            text, m, rules):
        return None  # disse que …: the subordinator follows the verb at once, so no subject stands after it
    speaker = _pronoun_in_cue(text, m, rules) or speaker_after_cue(text, after, body_end, rules)
    if speaker is None:
        return None
    sub = pats.subordinator.match(text, speaker.end) if pats.subordinator is not None else None
    if sub is not None:
        content = _trim(text, sub.end(), body_end)
    elif text[speaker.end:body_end].lstrip().startswith(","):
        content = _trim(text, text.index(",", speaker.end) + 1, body_end)
    else:
        return None
    return Draft(*content, "indirect", speaker, (m.start(), m.end())) if content[1] - content[0] > 8 else None


# a subject with a relative clause and a body before it (현지에 참관인 140여 명을 보낸 국제 선거감시단 ‘…’의 X 단장은)
# still starts its topic particle within this many characters
_MAX_SUBJECT_CHARS = 70


def _subject(text: str, start: int, end: int, rules: LanguageRules) -> tuple[SpeakerPhrase, int] | None:
    """The sentence subject closed by a topic/subject particle (마렉 홀룹 구조대장은 …) and where the rest begins."""
    # 12일 홍성민 의원은, 지난 12일 경찰은: when it was said may open the sentence; it is no part of the subject;
    # 이에 대해 회사 측은: an adverb opening the sentence is no part of it either
    start = after_sentence_adverbs(text, start, end, rules)
    lead = re.match(r"\s*(\S+)\s+", text[start:end])
    while lead is not None and _time_word(lead.group(1), rules):
        start = after_sentence_adverbs(text, start + lead.end(), end, rules)
        lead = re.match(r"\s*(\S+)\s+", text[start:end])
    # the words the subject may be made of, not every word of a long sentence (this runs once per quotation)
    words = list(takewhile(lambda m: m.start() <= _MAX_SUBJECT_CHARS, re.finditer(r"\S+", text[start:end])))
    # 그는 사망자 가운데 1명은 …: a pronoun opening the sentence is its subject, whatever particle comes later
    for particle in rules.speaker_particles:
        if words and words[0].group().endswith(particle) and words[0].group()[:-len(particle)] in rules.pronouns:
            word_end = start + words[0].end()
            speaker = speaker_before_cue(text, start, word_end - len(particle), rules)
            return (speaker, word_end) if speaker else None
    # 작업을 지휘한, 댐을 운영하는: the verb after an object heads a relative clause (never the subject, whatever
    # it ends in) and closes a description of the speaker, like a genitive
    clause_verbs = {k for k in range(1, len(words)) if rules.object_particles
                    and words[k - 1].group().endswith(rules.object_particles)}
    # 오민석 구조대장이 생존자는 더 없다고: a title closed by the sentence's first particle, whichever, is the subject;
    # a topic after it (생존자는) opens what was said
    titled = _first_titled_subject(text, start, words, clause_verbs, rules)
    if titled is not None:
        return titled
    for forms in rules.particle_classes:  # in order of preference: the topic marker (은/는, either) first
        for k, m in enumerate(words):
            word_end = start + m.end()
            if k in clause_verbs or _suffix_follows(words, k, rules):
                continue
            particle = next((p for p in forms if text.endswith(p, start + m.start(), word_end)
                             and word_end - len(p) > start + m.start()), None)
            if particle is not None:
                # 독일 여행사 베르크팔케 라이젠의 토비아스 벤들링거 대표는: what a genitive closes describes the speaker
                modified = [start + w.end() for j, w in enumerate(words) if w.end() <= m.start()
                            and (j in clause_verbs or (rules.modifier_endings
                                                       and w.group().endswith(rules.modifier_endings)))]
                speaker = speaker_before_cue(text, modified[-1] if modified else start, word_end - len(particle),
                                             rules)
                return (speaker, word_end) if speaker else None
    return None


def _first_titled_subject(text: str, start: int, words: list[re.Match], clause_verbs: set[int],
                          rules: LanguageRules) -> tuple[SpeakerPhrase, int] | None:
    for k, m in enumerate(words):
        if k in clause_verbs or _suffix_follows(words, k, rules):
            continue
        word = m.group()
        particle = next((p for forms in rules.particle_classes for p in forms
                         if word.endswith(p) and len(word) > len(p)), None)
        if particle is None:
            continue
        if not is_title(word[:-len(particle)], rules):
            return None  # only the first word closed by a particle may be the subject this way
        modified = [start + w.end() for j, w in enumerate(words) if w.end() <= m.start()
                    and (j in clause_verbs or (rules.modifier_endings and w.group().endswith(rules.modifier_endings)))]
        word_end = start + m.end()
        speaker = speaker_before_cue(text, modified[-1] if modified else start, word_end - len(particle), rules)
        return (speaker, word_end) if speaker else None
    return None


def _after_modifiers(text: str, start: int, end: int, rules: LanguageRules) -> int:
    """Where the source starts after the words that modify it (a genitive, 회사의; a relative clause, 위원회를
    이끄는: the verb after an object): languages whose modifiers precede the noun."""
    words = list(re.finditer(r"\S+", text[start:end]))
    last = None
    for j, w in enumerate(words[:-1]):
        clause_verb = j >= 1 and rules.object_particles and words[j - 1].group().endswith(rules.object_particles)
        if clause_verb or (rules.modifier_endings and w.group().endswith(rules.modifier_endings)):
            last = start + w.end()
    return last if last is not None else start


def _suffix_follows(words: list[re.Match], k: int, rules: LanguageRules) -> bool:
    """류다은 씨는: an honorific written as a word of its own follows the name, so the name's last syllable is no
    particle (the particle is on the honorific)."""
    if k + 1 >= len(words):
        return False
    nxt = words[k + 1].group()
    if any(nxt == s or (nxt.startswith(s) and nxt[len(s):] in rules.speaker_particles) for s in rules.name_suffixes):
        return True
    # 이정은 보건복지부 대변인은: a title carrying the particle a few words on closes the subject, so a name ending
    # in the particle's syllable is still the name; a title with a particle of another kind after a word that is
    # no body (경찰은 김 장관이 …) is the subject inside what the topic said
    mine = next((forms for forms in rules.particle_classes if words[k].group().endswith(forms)), ())
    for j in range(k + 1, min(len(words), k + 1 + _MAX_WORDS_BEFORE_TITLE)):
        word = words[j].group()
        particle = next((p for p in rules.speaker_particles if word.endswith(p) and is_title(word[:-len(p)], rules)),
                        None)
        if particle is not None:
            return particle in mine or all(is_affiliation(w.group(), rules) for w in words[k + 1:j])
    return False


_MAX_WORDS_BEFORE_TITLE = 3  # the name, then a body of up to two words, then the title (이정은 보건복지부 대변인은)


_MAX_COLON_SPEAKER_WORDS = 5
_MAX_COLON_HEAD_WORDS = 16
_MAX_COLON_SUBJECT_WORDS = 8  # Le maire de Valcourt, Didier Fontaine, …


def _colon_speaker(text: str, start: int, open_mark: int, rules: LanguageRules) -> SpeakerPhrase | None:
    """A name and a colon right before a quotation, nothing else in the sentence before it."""
    head = text[start:open_mark].rstrip(" \u00a0")
    if not head.endswith(":") or len(head.split()) > _MAX_COLON_HEAD_WORDS:
        return None
    a, b = _trim(text, start, start + len(head) - 1)
    if len(head.split()) > _MAX_COLON_SPEAKER_WORDS:
        # Die Bahnsprecherin Henrike Maas versprach eine rasche Aufklärung: — the subject ends at its verb, the
        # first lower-case word that is no article, name connector or title
        # La ministra dell'Interno, Maren Dulavic, ha escluso …: — a name set off by commas closes the subject
        aside = re.match(r"[^,]+,\s*([^,]+?)\s*,\s", text[a:b])
        if aside is not None and len(aside.group(1).split()) >= 2 and all(
                w[:1].isupper() or w.casefold() in rules.connectors for w in aside.group(1).split()):
            b = a + aside.end(1)
            phrase = speaker_before_cue(text, a, b, rules)
            return phrase if phrase is not None and not phrase.pronoun else None
        verb = next((w for w in re.finditer(r"\S+", text[a:b]) if w.start() > 0 and w.group()[:1].islower()
                     and w.group().casefold() not in rules.determiners | rules.connectors
                     and not is_title(w.group(), rules)), None)
        if verb is None:
            return None
        b = _trim(text, a, a + verb.start())[1]
        if len(text[a:b].split()) > _MAX_COLON_SUBJECT_WORDS:
            return None
        phrase = speaker_before_cue(text, a, b, rules)
        # a name of its own (two capitalised words), not a body or a noun the verb's object begins with
        if phrase is None or phrase.pronoun or len(phrase.name.split()) < 2 or not phrase.name[:1].isupper():
            return None
        return phrase
    # Feuerwehrsprecher Lars Gerber widersprach: — a verb the lexicon does not know closes the subject
    for _ in range(2):
        last = re.search(r"(\S+)$", text[a:b])
        if last is None or not last.group(1)[:1].islower() or last.start() == 0:
            break
        b = _trim(text, a, a + last.start())[1]
    phrase = speaker_before_cue(text, a, b, rules)
    # a name or a title (El alcalde fue tajante: «…»), not "aggiornamento:"
    if phrase is None or phrase.pronoun or (phrase.name[:1].islower() and not is_title(phrase.name, rules)):
        return None
    return phrase


_DASH_FRAME = re.compile(r"\s*[—–]\s*")


def _dash_frame(text: str, content: tuple[int, int], rules: LanguageRules, pats: _Patterns) -> list[Draft] | None:
    """A frame set off by dashes inside a quotation (—dijo el alcalde, Tomás Vidal—): the quotation's two parts,
    each with the frame's speaker."""
    for dash in _DASH_FRAME.finditer(text, *content):
        m = pats.verb.match(text, dash.end()) if pats.verb is not None else None
        close = text.find(dash.group().strip(), m.end(), content[1]) if m else -1
        if m is None or close < 0:
            continue
        speaker = _pronoun_in_cue(text, m, rules) or speaker_after_cue(text, m.end(), close, rules)
        first, second = _trim(text, content[0], dash.start()), _trim(text, close + 1, content[1])
        parts = [p for p in (first, second) if p[1] - p[0] > 0]
        if speaker is None or not parts:
            return None
        return [Draft(*p, "direct", speaker, (m.start(), m.end()), [p]) for p in parts]
    return None


def _neighbour_speaker(text: str, q: tuple[int, int, int, int], drafts: list[Draft]) -> SpeakerPhrase | None:
    """A quotation that is its whole paragraph continues a speaker's quotation across paragraphs: left open, it is
    continued by the next paragraph's quotation; closed, it goes on from the previous paragraph's last quotation."""
    para_start = text.rfind("\n\n", 0, q[0]) + 2 if text.rfind("\n\n", 0, q[0]) >= 0 else 0
    para_end = text.find("\n\n", q[2])
    para_end = len(text) if para_end < 0 else para_end
    if text[para_start:q[0]].strip() or text[q[3]:para_end].strip(_TRIM + "!?"):
        return None
    direct = [d for d in drafts if d.kind == "direct" and d.cue is not None]
    if q[2] == q[3]:  # left open: the continuation's speaker
        after = [d for d in direct if para_end <= d.start and not text[para_end:d.start].strip(_TRIM + "„“”«»\"")]
        return after[0].speaker if after else None
    prev_para = text.rfind("\n\n", 0, max(0, para_start - 2))
    before = [d for d in drafts if (prev_para if prev_para >= 0 else 0) <= d.start < para_start]
    last = max(before, key=lambda d: d.start) if before else None
    if last is None or last.kind != "direct" or last.cue is None:
        return None
    # only when that quotation's sentence closes its paragraph: narrative after it ends the speaker's turn
    return None if _SENTENCE_BREAK.search(text, last.end, para_start) else last.speaker


_SENTENCE_BREAK = re.compile(r"[.!?][\s\u00a0]+\w")


def _framed_report(text: str, q: tuple[int, int, int, int], sentence: tuple[int, int], speaker: SpeakerPhrase | None,
                   rules: LanguageRules, pats: _Patterns) -> Draft | None:
    """대표는 "…"며 비용을 회사가 부담하겠다고 밝혔다: after a quotation its frame joins to a second thing said, reported
    with the quotative before the sentence's closing verb, by the same speaker."""
    if pats.frame is None or pats.quotative is None or pats.verb is None:
        return None
    fm = pats.frame.match(text, q[3])
    if fm is None:
        return None
    body_end = sentence[1]
    while body_end > fm.end() and text[body_end - 1] in ".!?。 ":
        body_end -= 1
    # only cues ending at body_end / head_end count: a window longer than any cue keeps this linear per quotation
    verb = next((m for m in pats.verb.finditer(text, max(fm.end(), body_end - _CUE_WINDOW), body_end)
                 if m.end() == body_end), None)
    if verb is None:
        return None
    head_end = len(text[:verb.start()].rstrip())
    said = next((m for m in pats.quotative.finditer(text, max(fm.end(), head_end - _CUE_WINDOW), head_end)
                 if m.end() == head_end), None)
    if said is None:
        return None
    content = _trim(text, fm.end(), said.start())
    # "…"며 "…"고 말했다: a second quotation is the sentence's other direct statement, not a report
    if content[1] - content[0] <= 8 or any(mark in text[content[0]:content[1]] for pair in rules.quote_pairs
                                           for mark in pair):
        return None
    return Draft(*content, "indirect", speaker, (verb.start(), verb.end()))


def _after_fronted_source(text: str, sentence: tuple[int, int], at: int, rules: LanguageRules,
                          pats: _Patterns) -> bool:
    """D'après un ouvrier qui a requis l'anonymat, l'équipe avait signalé « … » …: a source fronted by a preposition
    at the sentence's start vouches for the clause after its comma, a quotation inside that clause included."""
    if pats.prep is None:
        return False
    start = sentence[0] + len(text[sentence[0]:sentence[1]]) - len(text[sentence[0]:sentence[1]].lstrip())
    m = pats.prep.match(text, start, sentence[1])
    if m is None:
        return False
    speaker, content_start = _prep_source(text, m.end(), sentence[1], rules)
    return speaker is not None and m.end() < content_start <= at and "," in text[m.end():content_start]


def _coordinated_report(text: str, q: tuple[int, int, int, int], sentence: tuple[int, int],
                        speaker: SpeakerPhrase | None, cue: tuple[int, int], pats: _Patterns,
                        quotes: list[tuple[int, int, int, int]]) -> Draft | None:
    """Il proprietario si è detto «distrutto» e ha assicurato che l'albergo era in regola: after the quotation, a
    coordinator, a second saying verb and its subordinator report what the same speaker also said."""
    if pats.coordinated is None or pats.verb is None:
        return None
    body_end = sentence[1]
    while body_end > q[3] and text[body_end - 1] in ".!?。 ":
        body_end -= 1
    m = pats.coordinated.search(text, q[3], body_end)
    # "e che" alone continues the quoted clause; only a verb of its own makes a second report
    if m is None or _inside(m.start(), [(x[0], x[3]) for x in quotes]) or pats.verb.search(
            text, m.start(), m.end()) is None:
        return None
    content = _trim(text, m.end(), body_end)
    inner = [(x[1], x[2]) for x in quotes if content[0] <= x[0] and x[3] <= content[1] + 1]
    if content[1] - content[0] <= 8:
        return None
    return Draft(*content, "partial" if inner else "indirect", speaker, cue, inner)


def _relative_report(text: str, sentence: tuple[int, int], speaker: SpeakerPhrase | None, rules: LanguageRules,
                     pats: _Patterns) -> Draft | None:
    """«…», disse o presidente, Wellington Sardinha, que garantiu que a arquibancada …: a relative clause after
    the speaker, its verb a cue with a subordinator, reports what that speaker also said."""
    if speaker is None or speaker.implicit:
        return None
    body_end = sentence[1]
    while body_end > speaker.end and text[body_end - 1] in ".!?。":
        body_end -= 1
    if _patterns(rules).relative_source is not None:  # …, ha detto il ministro X, secondo cui il guasto è partito …
        source = _patterns(rules).relative_source.match(text, speaker.end)
        if source is None:
            # …, ha detto Ruth Amberg, presidente dell'associazione X, secondo cui …: one appositive describing the
            # speaker may stand between the name and the relative source
            aside = _APPOSITIVE.match(text, speaker.end, body_end)
            source = _patterns(rules).relative_source.match(text, aside.end()) if aside is not None else None
        if source is not None:
            content = _trim(text, source.end(), body_end)
            if content[1] - content[0] > 8:
                return Draft(*content, "indirect", speaker, (source.start(), source.end()))
    if not rules.relatives or pats.verb is None or pats.subordinator is None:
        return None
    rel = re.compile(r"\s*,\s*(\w+)\s+").match(text, speaker.end)
    if rel is None or rel.group(1).casefold() not in rules.relatives:
        return None
    verb = pats.verb.match(text, rel.end())
    sub = pats.subordinator.match(text, verb.end()) if verb is not None else None
    if sub is None and verb is not None and pats.subordinator_after_words is not None:
        sub = pats.subordinator_after_words.match(text, verb.end())  # que pediu aos vizinhos que …
    if sub is None and verb is not None and pats.infinitive is not None:
        sub = pats.infinitive.match(text, verb.end())  # que se comprometió a devolver …
    if sub is None:
        return None
    body_end = sentence[1]
    while body_end > sub.end() and text[body_end - 1] in ".!?。":
        body_end -= 1
    content = _trim(text, sub.end(), body_end)
    return Draft(*content, "indirect", speaker, (verb.start(), verb.end())) if content[1] - content[0] > 8 else None


def _clause_parts(text: str, sentence: tuple[int, int], quotes: list[tuple[int, int]],
                  breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of one sentence between its breaks (start and end of each) outside quotation marks."""
    parts, start = [], sentence[0]
    for at, after in sorted(breaks):
        if not _inside(at, quotes) and at > start:
            parts.append((start, at))
            start = after
    return [*parts, (start, sentence[1])]


def _reported_parts(text: str, sentence: tuple[int, int], rules: LanguageRules, pats: _Patterns,
                    quotes: list[tuple[int, int]]) -> list[Draft]:
    """Reported speech in each clause a colon or a semicolon joins when one after the first has its own (X afirmó
    que …: según ella, …; nennt eine andere Zahl: Nach ihrer Darstellung kamen …; die Veranstalter sprechen von
    70.000; laut Polizei waren es 18.000), or in each of two clauses a clause link joins when both have theirs (X
    disse que …, enquanto Y afirma que …; 경찰은 …라고 밝혔지만, 주최 측은 …고 주장했다), else in the whole sentence (X
    sagte: Die Lage …; X sagte, es gebe drei Gründe: Geld, Zeit und Personal)."""
    marks = [(sentence[0] + m.start(), sentence[0] + m.end()) for m in re.finditer(r"[:;]\s", text[slice(*sentence)])]
    parts = _clause_parts(text, sentence, quotes, marks)
    if len(parts) > 1:
        found = [(k, d) for k, part in enumerate(parts) if (d := _reported(text, part, rules, pats, quotes)) is not None]
        # X sagte, es gebe drei Gründe: Geld, Zeit und Personal: a report only before the colon runs on after it
        if found and found[-1][0] > 0:
            return [_colon_subject_speaks(text, parts, k, d, rules) for k, d in found]
    linked = _linked_parts(text, sentence, rules, pats, quotes)
    if linked:
        return linked
    whole = _reported(text, sentence, rules, pats, quotes)
    if whole is None and len(parts) > 1:
        whole = _colon_mood_report(text, parts, rules)
    return [whole] if whole is not None else []


def _linked_parts(text: str, sentence: tuple[int, int], rules: LanguageRules, pats: _Patterns,
                  quotes: list[tuple[int, int]]) -> list[Draft]:
    """Two or more clauses joined by a comma and a clause link (, mientras que; , enquanto) or by a saying verb's
    connective ending (밝혔지만,), each reporting its own source by a cue (a count one merely speaks of, cifró en 96,
    is no report of its own here)."""
    breaks = []
    if pats.clause_link_comma is not None:
        breaks += [(m.start(), m.start() + 1) for m in pats.clause_link_comma.finditer(text, *sentence)]
    if pats.joined_cue is not None:
        breaks += [(m.end() - 1, m.end()) for m in pats.joined_cue.finditer(text, *sentence)]
    parts = _clause_parts(text, sentence, quotes, breaks)
    if len(parts) < 2:
        return []
    found = [d for part in parts if (d := _reported(text, part, rules, pats, quotes, counted=False)) is not None]
    return found if len(found) >= 2 else []


def _mood_clause(text: str, span: tuple[int, int], rules: LanguageRules) -> bool:
    return any(w.casefold() in rules.reported_moods for w in _WORD.findall(text, *span))


def _verb_second_subject(text: str, span: tuple[int, int], rules: LanguageRules) -> SpeakerPhrase | None:
    """Renndirektor X wies Kritik zurück; Ein Sprecher der Airline, X, lobte die Besatzung: in a language that
    capitalises its nouns and puts the finite verb second, the subject is what stands before the first lower-case
    word that is no article, name connector or preposition; it must name a person or a body."""
    skip = rules.determiners | rules.connectors | rules.adverbial_openers | frozenset(rules.affiliation_links)
    for w in _WORD.finditer(text, *span):
        if w.start() > span[0] and w.group()[:1].islower() and w.group().casefold() not in skip:
            speaker = speaker_before_cue(text, span[0], w.start(), rules)
            if speaker is not None and not speaker.pronoun and _names_someone(text, speaker, rules):
                return speaker
            return None
    return None


def _colon_mood_report(text: str, parts: list[tuple[int, int]], rules: LanguageRules) -> Draft | None:
    """Ein Sprecher der Airline, X, lobte die Besatzung: Sie habe die Kabine in zwei Minuten geräumt.: a clause in
    the reported mood after a colon, with no cue of its own, is what the subject of the clause before it said."""
    if not rules.reported_moods or text[parts[0][1]:parts[0][1] + 1] != ":" or not _mood_clause(
            text, parts[1], rules):
        return None
    speaker = _verb_second_subject(text, parts[0], rules)
    content = _trim(text, *parts[1])
    return Draft(*content, "indirect", speaker, None) if speaker is not None and content[1] - content[0] > 8 else None


def _colon_subject_speaks(text: str, parts: list[tuple[int, int]], k: int, draft: Draft,
                          rules: LanguageRules) -> Draft:
    """Die Gewerkschaft sieht das anders: In dem Stollen habe es Steinschläge gegeben, teilte sie mit.: the pronoun
    of a report in the reported mood after a colon is the subject of the clause before it."""
    if (k == 0 or draft.speaker is None or not draft.speaker.pronoun or not rules.reported_moods
            or text[parts[0][1]:parts[0][1] + 1] != ":" or not _mood_clause(text, parts[k], rules)):
        return draft
    speaker = _verb_second_subject(text, parts[0], rules)
    return draft if speaker is None else Draft(draft.start, draft.end, draft.kind, speaker, draft.cue, draft.quotes)


def _quotes_in(quotes: list[tuple[int, int]], span: tuple[int, int]) -> list[tuple[int, int]]:
    return [q for q in quotes if span[0] <= q[0] and q[1] <= span[1] + 1]


def _coordinated(text: str, drafts: list[Draft], rules: LanguageRules) -> list[Draft]:
    """afirmó que hay 25 desaparecidos y que la tragedia se podía evitar: two things said, one statement each."""
    joint = _patterns(rules).coordinated
    if joint is None:
        return drafts
    out = []
    for draft in drafts:
        start = draft.start
        for m in joint.finditer(text, draft.start, draft.end):
            head = _trim(text, start, m.start())
            if head[1] > head[0]:
                out.append(Draft(*head, draft.kind, draft.speaker, draft.cue, _quotes_in(draft.quotes, head)))
            start = m.end()
        if start == draft.start:
            out.append(draft)
        else:
            tail = _trim(text, start, draft.end)
            out.append(Draft(*tail, draft.kind, draft.speaker, draft.cue, _quotes_in(draft.quotes, tail)))
    return out


_CLOSING_WINDOW = 40  # characters before a span's end: longer than any ending of reporting_connectives.tsv


def _connective_report(text: str, span: tuple[int, int], rules: LanguageRules, quotes: list[tuple[int, int]],
                       closing: bool = False) -> Draft | None:
    """The sentence subject's clause closed by a quotative connective (주민들은 악취가 심하다며 …): what it said;
    `closing`: only a clause ending where the span ends (right before a quotation) counts."""
    if _reporting_connectives(rules.lang)[0] is None:
        return None
    end = len(text[:span[1]].rstrip())
    subject = _subject(text, span[0], end, rules)
    if subject is None:
        return None
    speaker, content_start = subject
    # closing: a connective ending where the span ends is a few characters long; no need to scan the whole clause
    scan_from = max(content_start, end - _CLOSING_WINDOW) if closing else content_start
    for m, claim_end in _connectives(text, scan_from, end + 1 if closing else span[1], rules, quotes):
        if closing and m.end() != end:
            continue
        content = _trim(text, content_start, claim_end)
        if content[1] - content[0] <= 4 or any(a < content[1] and content[0] < b for a, b in quotes):
            return None
        return Draft(*content, "indirect", speaker, (m.start(), m.end()))
    return None


@cache
def _reporting_connectives(lang: str) -> tuple[re.Pattern | None, frozenset[str]]:
    """The endings of ko/reporting_connectives.tsv as one pattern (the part kept in what was said as its group 1),
    and the words that only look like one."""
    rows = table_in(lang, "reporting_connectives.tsv") if has_lexicon("reporting_connectives.tsv", lang) else ()
    endings = sorted(((r[1], r[2] if len(r) > 2 else "") for r in rows if r[0] == "ending" and len(r) > 1),
                     key=lambda e: len(e[0]), reverse=True)
    if not endings:
        return None, frozenset()
    alternatives = "|".join("(" + re.escape(kept) + ")" + re.escape(ending[len(kept):]) if kept and ending.startswith(kept)
                            else "()" + re.escape(ending) for ending, kept in endings)
    pattern = re.compile(r"(?<=\S)(?:" + alternatives + r")(?=\s)")
    return pattern, frozenset(r[1] for r in rows if r[0] == "not" and len(r) > 1)


def _connectives(text: str, start: int, end: int, rules: LanguageRules, quotes: list[tuple[int, int]]
                 ) -> Iterator[tuple[re.Match, int]]:
    """Each quotative connective in text[start:end] with where the claim it closes ends (다며: the 다 stays in what
    was said); a word that only ends like one (바라며) or a connective inside a quotation closes no claim."""
    pattern, lookalikes = _reporting_connectives(rules.lang)
    if pattern is None:
        return
    for m in pattern.finditer(text, start, end):
        word_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if text[word_start:m.end()] in lookalikes or _inside(m.start(), quotes):
            continue
        yield m, m.start() + len(next(g for g in m.groups() if g is not None))


def _connected_reports(text: str, drafts: list[Draft], rules: LanguageRules,
                       quotes: list[tuple[int, int]]) -> list[Draft]:
    """서 청장은 산불이 진화됐다며 헬기를 남겨두겠다고 밝혔다: a reported clause closed by a quotative connective is
    one thing said, the clause after it another, both by the same speaker (one statement each)."""
    if _reporting_connectives(rules.lang)[0] is None:
        return drafts
    out = []
    for draft in drafts:
        if draft.kind != "indirect":
            out.append(draft)
            continue
        start = draft.start
        for m, claim_end in _connectives(text, draft.start, draft.end, rules, quotes):
            head = _trim(text, start, claim_end)
            tail = _trim(text, m.end(), draft.end)
            if head[1] - head[0] <= 4 or tail[1] - tail[0] <= 4:
                continue  # too short to be a clause of its own
            out.append(Draft(*head, draft.kind, draft.speaker, draft.cue, _quotes_in(draft.quotes, head)))
            start = tail[0]
        if start == draft.start:
            out.append(draft)
        else:
            tail = _trim(text, start, draft.end)
            out.append(Draft(*tail, draft.kind, draft.speaker, draft.cue, _quotes_in(draft.quotes, tail)))
    return out


def find_statements(text: str, sentences: list[tuple[int, int]], rules: LanguageRules) -> list[Draft]:
    pats = _patterns(rules)
    quotes = find_quotes(text, rules)
    quote_spans = [(q[0], q[3]) for q in quotes]
    drafts: list[Draft] = []
    attributed_sentences: set[int] = set()
    unattributed: list[tuple[int, int, int, int]] = []

    starts = [a for a, _ in sentences]

    def sentence_of(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sentences[i][1] else -1

    for q in quotes:
        content = _trim(text, q[1], q[2])
        if content[1] <= content[0]:
            continue
        i = sentence_of(q[0])
        sentence = sentences[i] if i >= 0 else (q[0], q[3])
        end_i = sentence_of(max(q[2] - 1, q[0]))
        if end_i >= 0:
            sentence = (sentence[0], max(sentence[1], sentences[end_i][1]))
            if q[3] >= sentence[1] and end_i + 1 < len(sentences):
                sentence = (sentence[0], sentences[end_i + 1][1])
        if i >= 0 and _after_fronted_source(text, sentences[i], q[0], rules, pats):
            unattributed.append(q)  # D'après un ouvrier, l'équipe avait signalé « … »: the source's report holds it
            continue
        speaker, cue = _quote_attribution(text, q, sentence, rules, pats)
        if cue is None:
            inside = _dash_frame(text, content, rules, pats)
            if inside is not None:  # «La situación es grave —dijo el alcalde—, pero está bajo control»
                drafts.extend(inside)
                continue
            unattributed.append(q)
            continue
        first = max(0, bisect.bisect_right(starts, q[0]) - 1)
        last = bisect.bisect_left(starts, q[3])
        attributed_sentences.update(k for k in range(first, last) if sentences[k][0] < q[3] and q[0] < sentences[k][1])
        led = _led_span(text, q, sentence, cue, pats) or _opened_span(text, q, sentence, cue, rules)
        if led is not None:
            drafts.extend(_coordinated(text, [Draft(*led, "partial", speaker, cue, [content])], rules))
            continue
        drafts.append(Draft(*content, "direct", speaker, cue, [content]))
        framed = (_framed_report(text, q, sentence, speaker, rules, pats)
                  or _relative_report(text, sentence, speaker, rules, pats)
                  or _coordinated_report(text, q, sentence, speaker, cue, pats, quotes))
        if framed is not None:
            drafts.append(framed)
        before = _connective_report(text, (sentence[0], q[0]), rules, quote_spans, closing=True)
        if before is not None and before.speaker is not None and speaker is not None \
                and before.speaker.name == speaker.name:
            drafts.append(before)  # 서 청장은 …다며 "…"고 말했다: what the speaker said before the quotation

    for i, sentence in enumerate(sentences):
        if i in attributed_sentences:
            continue
        parts = _connected_reports(text, _coordinated(text, _reported_parts(text, sentence, rules, pats, quote_spans),
                                                      rules), rules, quote_spans)
        if not parts:  # 주민들은 …라며 집회를 열었다: a claim joined to an act that is no speech
            parts = [d for d in [_connective_report(text, sentence, rules, quote_spans)] if d is not None]
        for draft in parts:
            inner = [(q[1], q[2]) for q in quotes if draft.start <= q[0] and q[3] <= draft.end + 1]
            if inner:
                draft.kind = "partial"
                draft.quotes = inner
            drafts.append(draft)

    # a quotation no cue frames, long enough to be a statement: the person the sentence opens with, else the last
    # speaker of its paragraph said it
    introduced: list[SpeakerPhrase] | None = None
    for q in unattributed:
        content = _trim(text, q[1], q[2])
        if any(d.start <= content[0] and content[1] <= d.end for d in drafts):
            continue
        i = sentence_of(q[0])
        j = sentence_of(q[3])
        inverted = _grammar_quote_tail(text, q[3], sentences[j][1] if j >= 0 else len(text), rules)
        if inverted is not None:  # «…», a martelé le préfet.: a verb no cue file lists, then its subject
            drafts.append(Draft(*content, "direct", inverted[0], inverted[1], [content]))
            continue
        named = _colon_speaker(text, sentences[i][0] if i >= 0 else q[0], q[0], rules)
        if named is not None:  # Selenskyj: „Wir werden nicht aufgeben.“
            drafts.append(Draft(*content, "direct", named, None, [content]))
            continue
        if _quoted_name(text, q, rules):
            continue  # sagte Jörg Quandt dem „Talboten“: a newspaper's name, no words of anyone's
        # a second quotation in the sentence of an attributed one (김 장관은 "…"며 "…"고 말했다): the same voice
        sibling = next((d for d in drafts if d.kind == "direct" and d.cue is not None and i >= 0
                        and sentence_of(d.start) == i), None)
        if sibling is not None:
            drafts.append(Draft(*content, "direct", sibling.speaker, sibling.cue, [content]))
            continue
        if len(text[content[0]:content[1]].split()) < _MIN_QUOTE_WORDS:
            continue
        if i >= 0 and introduced is None:
            introduced = titled_names(text, rules)
        opener = _opening_person(text, sentences[i], introduced) if i >= 0 and introduced else None
        if opener is not None:  # le PDG de X, Marc-Antoine Feyrolles, a eu « une pensée … »: the subject's words
            drafts.append(Draft(*content, "direct", opener, None, [content]))
            continue
        para_start = text.rfind("\n\n", 0, q[0]) + 1
        previous = [d for d in drafts if para_start <= d.start < q[0] and d.speaker is not None]
        speaker = max(previous, key=lambda d: d.start).speaker if previous else _neighbour_speaker(text, q, drafts)
        drafts.append(Draft(*content, "direct", speaker, None, [content]))
    drafts.extend(_anaphoric_reports(text, sentences, drafts, rules, pats))
    drafts.extend(_mood_continuations(text, sentences, drafts, rules, quotes))
    return sorted((part for d in drafts for part in _colon_quotation(text, d, quotes)), key=lambda d: d.start)


_MAX_NAME_WORDS = 5


def _quoted_name(text: str, q: tuple[int, int, int, int], rules: LanguageRules) -> bool:
    """A quotation right after an article (or a preposition fused with one) holding only capitalised words and the
    lower-case links inside names (Corriere della Valle), no sentence mark: the name of a newspaper or a programme."""
    before = re.search(r"(\S+)\s*$", text[max(0, q[0] - 20):q[0]])
    if before is None or before.group(1).casefold() not in rules.determiners | rules.title_leads:
        return False
    words = text[q[1]:q[2]].split()
    return (0 < len(words) <= _MAX_NAME_WORDS and not re.search(r"[.,;:!?]", text[q[1]:q[2]])
            and words[0][:1].isupper()
            and all(w[:1].isupper() or w.casefold() in rules.connectors | rules.determiners for w in words))


def _colon_quotation(text: str, draft: Draft, quotes: list[tuple[int, int, int, int]]) -> list[Draft]:
    """X ha ribadito che la Rete non pagherà: «Non tratteremo con dei criminali».; Para X, a ajuda não chega: muitas
    famílias “perderam tudo”: a colon outside quotation marks, then a clause holding a quotation, ends one thing said
    and opens the next, by the same speaker."""
    for m in re.finditer(r":\s", text[draft.start:draft.end]):
        colon = draft.start + m.start()
        if any(q[0] < colon < q[3] for q in quotes):
            continue
        head, tail = _trim(text, draft.start, colon), _trim(text, colon + 1, draft.end)
        inner = [q for q in quotes if tail[0] <= q[0] and q[3] <= draft.end + 1]
        if not inner or head[1] - head[0] <= 8:
            continue
        whole = len(inner) == 1 and inner[0][0] == tail[0]  # the clause is the quotation alone
        tail_draft = (Draft(*_trim(text, inner[0][1], inner[0][2]), "direct", draft.speaker, draft.cue,
                            [(inner[0][1], inner[0][2])]) if whole
                      else Draft(*tail, "partial", draft.speaker, draft.cue, [(q[1], q[2]) for q in inner]))
        head_quotes = _quotes_in(draft.quotes, head)
        return [Draft(*head, "partial" if head_quotes else "indirect", draft.speaker, draft.cue, head_quotes),
                tail_draft]
    return [draft]


def _anaphoric_reports(text: str, sentences: list[tuple[int, int]], drafts: list[Draft], rules: LanguageRules,
                       pats: _Patterns) -> list[Draft]:
    """Die Zahl der Toten ist auf 31 gestiegen. Das teilte die Gesundheitsbehörde am Mittwoch mit.: a sentence whose
    saying verb takes a word for the previous sentence as its object reports that sentence, said by its subject."""
    lead = pats.anaphoric_lead
    if lead is None or pats.verb is None:
        return []
    found = []
    for i in range(1, len(sentences)):
        s_start, s_end = sentences[i]
        m = lead.match(text, s_start, s_end)
        verb = pats.verb.match(text, m.end(), s_end) if m else None
        prev = sentences[i - 1]
        if verb is None or "\n\n" in text[prev[1]:s_start] or any(
                d.start < prev[1] and prev[0] < d.end for d in (*drafts, *found)):
            continue
        body_end = s_end
        while body_end > verb.end() and text[body_end - 1] in ".!?。":
            body_end -= 1
        speaker = _pronoun_in_cue(text, verb, rules) or speaker_after_cue(text, verb.end(), body_end, rules,
                                                                          closes=True)
        content = _trim(text, *prev)
        if speaker is not None and content[1] - content[0] > 8:
            found.append(Draft(*content, "indirect", speaker, (verb.start(), verb.end())))
    return found


_WORD = re.compile(r"\w+")


_SUBJECT_REACH = 12  # characters before an opening subject's name (Der Leiter der Behörde, …)


def _opening_person(text: str, sentence: tuple[int, int], introduced: list[SpeakerPhrase]) -> SpeakerPhrase | None:
    """The person a sentence opens with, named with a title or an appositive, when the sentence reports no one."""
    for phrase in introduced:
        if sentence[0] <= phrase.start and phrase.end <= sentence[1] and not re.search(r"[.;:!?]", text[sentence[0]:phrase.start]) and (
                phrase.start - sentence[0] <= _SUBJECT_REACH or "," in text[sentence[0]:phrase.start]):
            return phrase
    return None


def _quoted_words_only(text: str, sentence: tuple[int, int], mine: list[Draft], rules: LanguageRules) -> bool:
    """The statements found in a sentence are only its quotations, framed by no cue, and a reported mood stands
    outside them."""
    if not all(d.cue is None and d.kind in ("direct", "partial") for d in mine):
        return False
    outside = text[sentence[0]:sentence[1]]
    for d in mine:
        a, b = max(d.start, sentence[0]) - sentence[0], min(d.end, sentence[1]) - sentence[0]
        outside = outside[:a] + " " * (b - a) + outside[b:]
    return any(w.casefold() in rules.reported_moods for w in _WORD.findall(outside))


def _mood_continuations(text: str, sentences: list[tuple[int, int]], drafts: list[Draft], rules: LanguageRules,
                        quotes: list[tuple[int, int, int, int]]) -> list[Draft]:
    """Sentences a language marks as reported by their verb's mood alone (Die Lage sei ernst.), right after a
    sentence of the same paragraph that carries a speaker's statement: that speaker goes on speaking."""
    if not rules.reported_moods:
        return []
    found: list[Draft] = []
    speaker_of: dict[int, SpeakerPhrase] = {}
    introduced: list[SpeakerPhrase] | None = None
    for i, (s_start, s_end) in enumerate(sentences):
        mine = [d for d in (*drafts, *found) if d.start < s_end and s_start < d.end]
        if mine and _quoted_words_only(text, (s_start, s_end), mine, rules) and i - 1 in speaker_of:
            # Die Regeln seien aber „nicht überall gleich angewandt worden“.: the sentence, in the reported mood
            # outside its quotation too, is what the speaker said; the quotation is its quoted part
            for d in mine:
                (drafts if d in drafts else found).remove(d)
            mine = []
        if mine:
            spoken = [d for d in mine if d.speaker is not None]
            if spoken:
                speaker_of[i] = max(spoken, key=lambda d: d.start).speaker
            continue
        # Das teilte das Ministerium mit. Mehr als 400 Praxen hätten …: a sentence that only reports the one before
        # it holds no statement of its own, yet its speaker goes on speaking
        cued = [d for d in drafts if d.cue is not None and d.speaker is not None and s_start <= d.cue[0] < s_end
                and d.end <= s_start]
        if cued:
            speaker_of[i] = max(cued, key=lambda d: d.start).speaker
            continue
        if i == 0 or "\n\n" in text[sentences[i - 1][1] - 1:s_start + 1]:
            continue
        if not any(w.casefold() in rules.reported_moods for w in _WORD.findall(text, s_start, s_end)):
            continue
        # Der Leiter der Behörde, Dario Fenzi, wollte sich nicht festlegen. Es sei zu früh, …: with no statement
        # before, the person the previous sentence opens with (introduced by a title or an appositive) speaks
        if introduced is None:
            introduced = titled_names(text, rules)
        previous = speaker_of.get(i - 1) or _opening_person(text, sentences[i - 1], introduced)
        if previous is None:
            continue
        start, end = _trim(text, s_start, s_end)
        inner = [(q[1], q[2]) for q in quotes if start <= q[0] and q[3] <= end + 1]
        found.append(Draft(start, end, "partial" if inner else "indirect", previous, None, inner))
        speaker_of[i] = previous
    return found
