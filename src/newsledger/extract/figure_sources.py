"""Who asserts a figure that no statement holds.

A figure inside a statement's content takes that statement's source and relay chain (figures.py). A figure outside
every statement is not yet the outlet's own claim. In this order:

1. its own sentence attributes it: the sentence holds a statement's reporting frame (`After the gunman killed two
   people, police said he fled`, `..., leaving one dead and two wounded, Detective Flores said` where the content
   was cut short), with a saying verb as its cue; not when the figure is the speaker itself (`Two women stated
   they had been shot`) or in the speaker's noun phrase (`Police trying to learn why a man shot four people in two
   towns said ...`: the writer describing the speaker);
2. its sentence has no attribution of its own and goes on with an attributed sentence of the same paragraph
   (`The agency said 300 were killed. Another 2,700 were wounded.`): the sentence right before it, since one
   unattributed sentence between them already starts the writer's own account; the earlier statement must be its
   sentence's main clause, so a relative clause (`A man who claimed self-defense is under arrest.`) does not
   attribute what follows. Sentences glued by a lost space (`Doss said.The four men`) are two sentences;
3. the article's layout attributes it: a headline led by a source (`Police: 4 shot at party`) or an embedded post
   signed by one (`Several wounded on Elm St. — Fen Police (@fenpolice) June 22, 2016`);
4. the article attributes the same claim elsewhere: a headline or lead repeating a figure whose body sentence is
   attributed: both written as that one number, not one person described (`A 23-year-old man was killed, police
   said` does not attribute the headline's `One dead`) nor people added up (`Four women and one man` is not
   `five`), nor a pointer back (`both`); the same category, or wounded and shot; not a figure whose sentence names
   a year other than the article's (`In December 2012, six adults were killed`: a past incident) unless the other
   names it too; and not a figure that is a statement's speaker (the people speaking).

Rules 1 and 2 run inside figure extraction (`continue_sources`), 3 and 4 once the article's figures are complete
(`attribute_rest`, which may add the headline's or the post's source to the article's sources). Only what is left
is the outlet's (extract/__init__.py gives it the outlet as its source).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from newsledger.extract.doc_cache import doc_text
from newsledger.extract.lexicon import table, words
from newsledger.ledger import Article, Figure, Mention, Source, Statement, stable_id

# categories specific enough that one value in one article names one claim ("other" is not)
_CLAIM_CATEGORIES = frozenset({"killed", "wounded", "killed_or_wounded", "missing", "captured", "displaced",
                               "arrested", "deployed"})
# a count of people shot repeats a count of people wounded ("Four people were wounded, police said" then "Four others
# were shot in the incident"); a death toll is not read into a count of people shot, which may hold survivors
_COMPATIBLE = frozenset({("wounded", "killed_or_wounded"), ("killed_or_wounded", "wounded")})
# sentences back that an unattributed sentence may continue (at two, a quote reaches past the writer's own sentence)
_CONTINUE_REACH = 1
# share of its sentence a statement (content, speaker and cue) must span to be that sentence's main clause
_MAIN_CLAUSE = 0.5
# dependencies of a clause that describes a noun rather than telling what was said
_DESCRIBING = frozenset({"relcl", "acl", "amod", "appos"})


@cache
def _saying() -> frozenset[str]:
    return words("saying_verbs.txt")


@cache
def _official() -> frozenset[str]:
    return words("figure_official_sources.txt")


# a sentence end the parser misses where a page lost its spaces ("Doss said.The four men", "kids."The motive")
_GLUED_END = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z][.!?][\"”])(?=[A-Z][a-z])")


def _pieces(text: str, sent) -> list[tuple[int, int]]:
    cuts = [sent.start_char, *(m.start() for m in _GLUED_END.finditer(text, sent.start_char, sent.end_char)),
            sent.end_char]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _sentence(doc, text: str, pos: int) -> tuple[int, int] | None:
    """The sentence around `pos`: the parser's, cut where it missed a glued sentence end."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return next((p for p in _pieces(text, span[0].sent) if p[0] <= pos < p[1]), None)


def _previous(doc, text: str, lo: int) -> tuple[int, int] | None:
    """The sentence before the one starting at `lo`, if any."""
    span = doc.char_span(lo, lo + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    before = [p for p in _pieces(text, sent) if p[0] < lo]
    if before:
        return before[-1]
    return _pieces(text, doc[sent.start - 1].sent)[-1] if sent.start > 0 else None


# pieces starting before a sentence that are looked at for overlapping it (quote parts rarely nest deeper)
_LOOKBACK = 64


def _frame(st: Statement) -> tuple[int, int]:
    """The statement with its speaker and cue."""
    ends = [st.start, st.end, *(x for x in (st.speaker_start, st.speaker_end, st.cue_start, st.cue_end)
                                if x is not None)]
    return min(ends), max(ends)


class _Index:
    """Statements by their pieces (content parts) and frames, for sentence look-ups."""

    def __init__(self, statements: list[Statement]) -> None:
        self.pieces = sorted(((p.start, p.end, st) for st in statements for p in (st.parts or [st])),
                             key=lambda x: (x[0], x[1], x[2].id))
        self.starts = [p[0] for p in self.pieces]
        self.frames = sorted(((*_frame(st), st) for st in statements), key=lambda x: (x[0], x[1], x[2].id))
        self.frame_starts = [f[0] for f in self.frames]

    def content_in(self, lo: int, hi: int) -> list[Statement]:
        i = bisect.bisect_left(self.starts, hi)
        return [st for s, e, st in self.pieces[max(0, i - _LOOKBACK):i] if s < hi and e > lo]

    def framed_in(self, lo: int, hi: int) -> list[Statement]:
        """Statements whose reporting frame (speaker or cue) lies in [lo, hi)."""
        i = bisect.bisect_left(self.frame_starts, hi)
        out = []
        for _, _, st in self.frames[max(0, i - _LOOKBACK):i]:
            marks = [x for x in (st.cue_start, st.speaker_start) if x is not None]
            if marks and all(lo <= x < hi for x in marks):
                out.append(st)
        return out


def _saying_cue(st: Statement) -> bool:
    cue = (st.cue or "").split()
    return bool(cue) and cue[0].lower() in _saying()


def _in_subject(doc, st: Statement, fig: Figure) -> bool:
    """Whether the figure is in the subject of the statement's cue: the outlet describing the speaker ('Police
    trying to find out why a man shot four people said ...'), not the speaker's claim."""
    if st.cue_start is None:
        return False
    cue = doc.char_span(st.cue_start, st.cue_start + 1, alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    for child in cue[0].children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            sub = list(child.subtree)
            if sub[0].idx <= fig.start < sub[-1].idx + len(sub[-1]):
                return True
    return False


def _before_speaker(text: str, st: Statement, fig: Figure) -> bool:
    """Whether the figure runs into the speaker with no break between them: part of the subject the speaker heads
    ('Police trying to learn why a man shot four people in two villages said ...') even where the parse missed
    it; a fronted clause ('After the gunman killed two people, police said ...') ends at a comma."""
    if st.speaker_start is None or fig.end > st.speaker_start:
        return False
    between = text[fig.end:st.speaker_start]
    return not re.search(r"[,;:—–()\"“”]|\s-\s|\b(?:and|but|as|while|when|after|before)\b", between)


def _own_sentence(doc, index: _Index, fig: Figure, lo: int, hi: int) -> Statement | None:
    """Rule 1: the statement whose frame is in the figure's sentence, the nearest when there are several."""
    framed = [st for st in index.framed_in(lo, hi) if st.source and _saying_cue(st)
              and not (st.speaker_start is not None and st.speaker_end is not None
                       and st.speaker_start <= fig.start < st.speaker_end)
              and not _in_subject(doc, st, fig) and not _before_speaker(doc_text(doc), st, fig)]
    if not framed:
        return None

    def distance(st: Statement) -> int:
        a, b = _frame(st)
        return 0 if a <= fig.start < b else min(abs(fig.start - a), abs(fig.start - b))
    return min(framed, key=lambda st: (distance(st), st.id))


def _main_clause(doc, st: Statement, lo: int, hi: int) -> bool:
    """Whether the statement is what its sentence says, not a clause describing someone in it ('A man who claimed
    self-defense is under arrest'): its cue is in no relative or adnominal clause, and its frame spans enough."""
    a, b = _frame(st)
    if (min(b, hi) - max(a, lo)) < _MAIN_CLAUSE * max(1, hi - lo):
        return False
    if st.cue_start is None:
        return True
    cue = doc.char_span(st.cue_start, st.cue_start + 1, alignment_mode="expand")
    if cue is None or not len(cue):
        return True
    tok = cue[0]
    for _ in range(8):
        if tok.dep_ in _DESCRIBING:
            return False
        if tok.head is tok:
            break
        tok = tok.head
    return True


def _continued(doc, text: str, index: _Index, lo: int, hi: int) -> Statement | None:
    """Rule 2: the sourced statement the figure's unattributed sentence [lo, hi) goes on with, if any."""
    if index.content_in(lo, hi) or index.framed_in(lo, hi):
        return None  # the figure's sentence has an attribution of its own, and it does not hold the figure
    for _ in range(_CONTINUE_REACH):
        prev = _previous(doc, text, lo)
        if prev is None:
            return None
        if "\n" in text[prev[0]:lo].strip(" ") or "\n" in text[prev[1]:lo]:
            return None  # a new paragraph starts a new passage
        held = {st.id: st for st in [*index.content_in(*prev), *index.framed_in(*prev)]}.values()
        if held:
            main = [st for st in held if st.source and _saying_cue(st) and _main_clause(doc, st, *prev)]
            return max(main, key=lambda st: (st.end, st.id)) if main else None
        lo = prev[0]
    return None


def _take(fig: Figure, st: Statement | Figure) -> Figure:
    return fig.model_copy(update={"source": st.source, "relayed_from": st.relayed_from, "via": list(st.via)})


def continue_sources(doc, figures: list[Figure], statements: list[Statement]) -> list[Figure]:
    """`figures` with an asserting source for those their own sentence attributes or that continue an attributed
    passage (rules 1 and 2 of the module docstring)."""
    if doc is None or all(f.source for f in figures):
        return figures
    text = doc_text(doc)  # Doc.text joins every token again on each access
    index = _Index(statements)
    out = []
    for f in figures:
        if f.source or f.statement:
            out.append(f)  # held by a statement: its speaker, even an unresolved one, is the one to fix
            continue
        sent = _sentence(doc, text, f.start)
        if sent is None:
            out.append(f)
            continue
        st = _own_sentence(doc, index, f, *sent) or _continued(doc, text, index, *sent)
        out.append(_take(f, st) if st is not None else f)
    return out


# --- the layout: headlines led by a source, embedded posts --------------------------------------------------------

# `Police: 4 shot at party`: one to four words before a colon opening the headline
_HEADLINE_SOURCE = re.compile(r"(?P<name>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}):\s+\S")
_HEADLINE_MAX = 200
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?")
# an embedded post's signature: `— Fen Police (@fenpolice) June 22, 2016` ends the paragraph that is the post
_POST_SIGNATURE = re.compile(
    r"[—–-]\s*(?P<name>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,5}?)\s+\(@\w{1,30}\)\s+(?:" + _MONTHS
    + r")\s+\d{1,2},\s+\d{4}[ \t]*(?=\n|$)")


def _headline(article: Article) -> tuple[int, int] | None:
    text = article.text
    end = text.find("\n")
    end = len(text) if end < 0 else end
    if article.title and text.startswith(article.title):
        end = min(end, len(article.title))
    return (0, end) if 0 < end <= _HEADLINE_MAX else None


def _is_source_name(name: str, sources: list[Source]) -> bool:
    low = name.lower()
    if any(low == n.lower() for s in sources if s.kind != "outlet" for n in (s.name, *s.aliases)):
        return True
    return any(re.sub(r"['’]s$", "", w) in _official() for w in re.findall(r"[\w'’]+", low))


def _layout_sources(article: Article, sources: list[Source]) -> list[tuple[int, int, str, int]]:
    """(region start, region end, source name, name start) for each region the layout attributes (rule 3)."""
    text = article.text
    out = []
    head = _headline(article)
    if head is not None:
        m = _HEADLINE_SOURCE.match(text, head[0], head[1])
        if m and _is_source_name(m.group("name"), sources):
            out.append((m.end("name"), head[1], m.group("name"), m.start("name")))
    for m in _POST_SIGNATURE.finditer(text):
        para = text.rfind("\n", 0, m.start()) + 1
        out.append((para, m.start(), m.group("name"), m.start("name")))
    return out


def _source_named(article: Article, name: str, at: int, sources: list[Source]) -> tuple[Source, bool]:
    """The article's source of that name, or a new one (and True) mentioned at `at`."""
    low = name.lower()
    for s in sources:
        if s.kind != "outlet" and low in {n.lower() for n in (s.name, *s.aliases)}:
            return s, False
    kind = next((row[1] for row in table("source_kinds.tsv") if len(row) == 2 and row[0] in low), "unknown")
    if kind == "unknown" and any(re.sub(r"['’]s$", "", w) in _official() for w in re.findall(r"[\w'’]+", low)):
        kind = "government"
    mention = Mention(article=article.id, start=at, end=at + len(name), text=name)
    return Source(id=stable_id("src", article.id, name), name=name, aliases=[name], kind=kind,
                  mentions=[mention]), True


# --- the same claim attributed elsewhere ----------------------------------------------------------------------------

# words that count people already counted ('both were shot'): a pointer back, not a claim of its own
_ANAPHORIC = frozenset({"both", "all"})


@cache
def _number_values() -> dict[str, float]:
    return {row[0].lower(): float(row[1]) for row in table("figure_numbers.tsv") if len(row) == 2}


def _is_count(fig: Figure) -> bool:
    """The figure's value written as one number ('two', '1,200', 'at least three'), not one person described
    ('A 23-year-old') nor people listed and added up ('Four women and one man')."""
    for tok in re.findall(r"[\w,.-]+", fig.text.lower()):
        tok = tok.strip(",.")
        if tok in _ANAPHORIC:
            continue
        if tok.replace(",", "").isdigit():
            value = float(tok.replace(",", ""))
        elif tok in _number_values():
            value = _number_values()[tok]
        else:
            continue
        if value == fig.value:
            return True
    return False


def _same_claim(a: Figure, b: Figure) -> bool:
    if (a.value, a.low, a.high) != (b.value, b.low, b.high):
        return False
    if a.category != b.category and (a.category, b.category) not in _COMPATIBLE:
        return False
    if a.period_start and b.period_start and a.period_start != b.period_start:
        return False  # another period: another incident
    return a.value is not None and _is_count(a) and _is_count(b)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")


def _years(text: str, fig: Figure) -> frozenset[str]:
    """Years written in the figure's sentence ('In December 2012, six adults were killed')."""
    before = [m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, fig.start - 400), fig.start)]
    after = _SENTENCE_EDGE.search(text, fig.end, fig.end + 400)
    lo, hi = (before[-1] if before else max(0, fig.start - 400)), (after.start() if after else fig.end + 400)
    return frozenset(_YEAR.findall(text, lo, hi))


def _repeated(article: Article, figures: list[Figure]) -> list[Figure]:
    """Rule 4: a figure without a source takes the attribution of the first attributed figure of the same claim;
    an exact category match is preferred over a compatible one. A figure whose sentence names a year other than the
    article's is an earlier incident (a round-up of past shootings): only a figure naming that year repeats it."""
    attributed = [f for f in figures if f.source and f.category in _CLAIM_CATEGORIES and _is_count(f)]
    this_year = frozenset((article.date or "")[:4].split()) - {""}
    out = []
    for f in figures:
        if f.source or f.category not in _CLAIM_CATEGORIES:
            out.append(f)
            continue
        same = [g for g in attributed if _same_claim(f, g)]
        past = _years(article.text, f) - this_year
        if past:
            same = [g for g in same if past & _years(article.text, g)]
        same.sort(key=lambda g: (g.category != f.category, g.start))
        out.append(_take(f, same[0]) if same else f)
    return out


def attribute_rest(article: Article, figures: list[Figure], sources: list[Source],
                   statements: list[Statement] | tuple[Statement, ...] = ()) -> tuple[list[Figure], list[Source]]:
    """Rules 3 and 4 of the module docstring: `figures` with the layout's and the repeated claims' sources, and
    `sources` with any source the layout names that the article had not. A figure that is a statement's speaker
    (`Two women stated they had been shot`) counts the people speaking: the writer's count, never a repeat."""
    if all(f.source for f in figures):
        return figures, sources
    sources = list(sources)
    regions = _layout_sources(article, sources)
    if regions:
        out = []
        for f in figures:
            region = next((r for r in regions if r[0] <= f.start and f.end <= r[1]), None)
            if f.source or f.statement or region is None:
                out.append(f)
                continue
            src, new = _source_named(article, region[2], region[3], sources)
            if new:
                sources.append(src)
            out.append(f.model_copy(update={"source": src.id, "relayed_from": None, "via": []}))
        figures = out
    speakers = [(st.speaker_start, st.speaker_end) for st in statements
                if st.speaker_start is not None and st.speaker_end is not None]
    speaking = {f.id for f in figures if any(a <= f.start < b for a, b in speakers)}
    counted_speakers = [f for f in figures if f.id in speaking]
    repeated = _repeated(article, [f for f in figures if f.id not in speaking])
    return sorted([*repeated, *counted_speakers], key=lambda f: (f.start, f.end, f.id)), sources
