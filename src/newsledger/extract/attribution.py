"""Who said what: direct quotes, partial quotes and reported speech, each with its source.

Order of work: quote spans (quotes.py) and dependency candidates (reported.py, plus 'Speaker: claim' headlines and
'"quote" ― Name' bylines); a cue inside someone else's reported words is dropped unless it is a verb of saying.
Candidates whose content is a quote become direct statements, partly quoted ones partial; an attribution written
inside its content (`"A," he said, "B."`, `The plan, she said, is dead`) splits it into parts; what follows the
frame of a closed quote is kept only when it goes on with the quoted sentence (`"A," she told the crowd on Sunday`
keeps only A), and what precedes a frame only when the frame is set off by commas and the words are no scene-setting
(`When asked, she said, "A."`). Quotes left over continue a statement in their sentence or paragraph (`"A," he
said. "B."`), take their own short frame (`"No," said Mr. Cruz.`), go to the subject of the verb they hang on
(`talked up her "50-state strategy"`; not a label, `the "gun violence" narrative`, nor a copula's predicate), attach
to a cue in their paragraph, or, when a paragraph is only a quote, to the last speaker quoted. Other short quotes
are scare quotes or titles and stay in whatever statement holds them. Speakers are resolved in text order
(speakers.py); the writer's evaluative sentences become editorial findings.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from newsledger.extract.doc_cache import doc_text, entity_index
from newsledger.extract.editorial import find_editorial
from newsledger.extract.lexicon import words
from newsledger.extract.quotes import QuoteSpans, find_quotes, opens_clause
from newsledger.extract.relays import chain_statements
from newsledger.extract.reported import Candidate, find_reported, framed_quote, quoted_words_frame
from newsledger.extract.said_on import resolve_said_on
from newsledger.extract.speakers import Resolver, is_kicker
from newsledger.ledger import PART_JOINER, Article, Finding, Source, Span, Statement, stable_id

_HEADLINE = re.compile(r"^([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*| to){0,5})(:) ([^\n]{12,})$", re.M)
# '"Quote" — Name': a dash after the closing mark (same line or the next paragraph) and a name to the line's end,
# the byline of reader reactions, epigraphs and pull quotes
_DASH_BYLINE = re.compile(r"[\"”'’]{1,3}[ \t\xa0]*(?:\n\s*)?([―—–]|--?)[ \t\xa0]*([A-Z][^\n,.;:()]{1,60})")
# A quote shorter than this many words with no cue of its own is a scare quote or a term, not a statement.
MIN_QUOTE_WORDS = 4


@dataclass(frozen=True)
class Attribution:
    sources: list[Source] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


@dataclass
class _Stmt:
    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    relay: tuple[int, int] | None = None
    alias: tuple[int, int] | None = None
    inherit: bool = False  # speaker is the previous statement's (continuation quote)
    draft: object = None
    relay_draft: object = None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def _kind(parts: list[tuple[int, int]], quotes: QuoteSpans) -> str:
    total = sum(e - s for s, e in parts)
    quoted = sum(_overlap(p, quotes[i]) for p in parts for i in quotes.overlapping(*p))
    if quoted == 0:
        return "indirect"
    return "direct" if quoted >= total - 3 else "partial"


def _has_verb(doc, q: tuple[int, int]) -> bool:
    span = doc.char_span(q[0], q[1], alignment_mode="expand")
    return span is None or any(t.pos_ in {"VERB", "AUX"} for t in span) or not doc.has_annotation("POS")


_MARK_CHARS = "\"“”«»„‟'"


def _close_quotes(span: tuple[int, int], quotes: QuoteSpans, text: str) -> tuple[int, int]:
    """Content the parse cut inside a quote ends where the quote ends, its marks kept when it is partly quoted."""
    s, e = span
    near = [quotes[i] for i in quotes.overlapping(s - 1, e + 1)]
    for qs, qe in near:
        if qs < e < qe and not any(ch.isalnum() for ch in text[e:qe]):
            e = qe
        if qs < s < qe and not any(ch.isalnum() for ch in text[qs:s]):
            s = qs
    for qs, qe in quotes:
        if s < qs and qs < e <= qe:  # opened inside the content: keep the closing mark
            e = qe
            while e < len(text) and e - qe < 3 and text[e] in _MARK_CHARS:
                e += 1
        if qs <= s < qe < e and s == qs:  # the content starts on the quote: keep the opening mark
            while s > 0 and qs - s < 3 and text[s - 1] in _MARK_CHARS:
                s -= 1
    return s, e


def _outside_alnum(text: str, span: tuple[int, int], q: tuple[int, int]) -> bool:
    """Whether `span` has words outside the quote `q`."""
    return any(ch.isalnum() for ch in text[span[0]:q[0]] + text[q[1]:span[1]])


_EDGE_PUNCT = " ,;:—–-\"“”«»„‟'\n"


def _around_frame(c: Candidate, text: str, quotes: QuoteSpans, doc=None) -> list[tuple[int, int]] | None:
    """The content's two sides when the attribution (speaker and cue) sits inside it, else None."""
    frame = [c.cue] + ([c.speaker] if c.speaker else [])
    fs, fe = min(f[0] for f in frame), max(f[1] for f in frame)
    s, e = c.content
    if not (s < fs < e or s < fe < e):
        return None
    # '"A," he said of the plan, "B."': between two quotes, everything outside them is the frame
    inner = [quotes[i] for i in quotes.overlapping(s, e) if s <= quotes[i][0] and quotes[i][1] <= e]
    if any(q[1] <= fs for q in inner) and any(q[0] >= fe for q in inner):
        edges = [s, *[x for q in inner for x in q], e]
        gaps = [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]
        if all(a <= fs and fe <= b or not any(ch.isalnum() for ch in text[a:b]) for a, b in gaps):
            return inner
    left, right = (s, max(s, fs)), (min(fe, e), e)
    while left[1] > left[0] and text[left[1] - 1] in _EDGE_PUNCT:
        left = (left[0], left[1] - 1)
    while right[0] < right[1] and text[right[0]] in _EDGE_PUNCT:
        right = (right[0] + 1, right[1])
    sides = [p for p in (left, right) if any(ch.isalnum() for ch in text[p[0]:p[1]])]
    if len(sides) == 2 and doc is not None and _whole_quote(left, quotes, text) and not _continues_quote(
            doc, right, quotes):
        # '"A," she told the crowd on Sunday': what follows the frame of a closed quote is the frame's setting
        sides = [left]
    elif len(sides) == 2 and doc is not None and _whole_quote(right, quotes, text) and not any(
            True for _ in quotes.overlapping(*left)) and _sets_the_scene(doc, left):
        # 'Asked about the plan, she said, "It is dead."': the words before the frame say when or how it was said
        sides = [right]
    elif len(sides) == 2 and not any(True for _ in quotes.overlapping(*left)) and not any(
            ch in text[fe:right[0]] for ch in ",:;—–(\"“”'") and text[left[0]:left[1]].lower() not in _RELATIVES:
        # 'In a statement on Friday, Cruz said he is certain C': a frame that runs straight into its clause is no
        # inserted frame ('The plan, she said, is dead'); what precedes it is the writer's
        sides = [right]
    return sides or None


# a relative pronoun before the frame stands for the one named or described ('which she called "a tax"')
_RELATIVES = frozenset({"which", "that", "who", "whom", "what"})


def _sets_the_scene(doc, span: tuple[int, int]) -> bool:
    """Whether the words before a frame describe the telling rather than start what was told: a participle clause
    ('Asked about it,', 'Speaking in Ohio,'), a 'when' clause, or a sentence of its own ('The row began after
    he spoke, and he said, "..."'); not a condition or a topic ('If it passes, she said, "..."')."""
    span = doc.char_span(span[0], span[1], alignment_mode="expand")
    toks = [t for t in span or [] if not t.is_punct and not t.is_space]
    if not toks:
        return False
    first = toks[0]
    if first.tag_ in {"VBN", "VBG"} or first.lower_ in {"when", "while", "asked", "speaking"}:
        return True
    if first.tag_ == "IN" or first.pos_ in {"SCONJ", "ADV", "CCONJ"}:
        return False
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t.head in toks
               for t in toks)


def _whole_quote(span: tuple[int, int], quotes: QuoteSpans, text: str) -> bool:
    """Whether `span` is one quote (its marks and edge punctuation aside)."""
    start = next((k for k in range(*span) if text[k].isalnum()), None)
    i = quotes.containing(start) if start is not None else None
    return i is not None and not any(ch.isalnum() for ch in text[span[0]:quotes[i][0]] + text[quotes[i][1]:span[1]])


# Words that open a continuation of the sentence a quote broke off ('"Only you," she said, would do that'), as
# against the frame's setting or addressee ('"No," she told the crowd on Sunday'), an appositive of the speaker or
# an aside ('..., shaking his head', '..., as the crowd booed').
_CONTINUATION_WORDS = frozenset({"that", "to", "because", "than", "if", "unless", "so", "and", "but", "or", "nor"})


def _continues_quote(doc, span: tuple[int, int], quotes: QuoteSpans) -> bool:
    """Whether the words after a closed quote's frame go on with the quoted sentence: a finite verb, a modal or a
    conjunction opens them, or they are quoted themselves."""
    if quotes.containing(span[0]) is not None:
        return True
    tok = next((t for t in doc.char_span(span[0], span[1], alignment_mode="expand") or [] if not t.is_punct), None)
    if tok is None:
        return True
    return tok.lower_ in _CONTINUATION_WORDS or (tok.tag_ in {"VBD", "VBZ", "VBP", "MD"} and tok.pos_ in {
        "VERB", "AUX"})


def _quote_before_frame(c: Candidate, quotes: QuoteSpans, text: str) -> int | None:
    """The quote that breaks off right before the candidate's frame ('"A," he said'), if any."""
    frame = [c.cue] + ([c.speaker] if c.speaker else [])
    fs = min(f[0] for f in frame)
    i = quotes.last_ending_by(fs)
    if i is None:
        return None
    gap = text[quotes[i][1]:fs]
    # the quote breaks off for the frame ("A," he said) rather than ending a sentence of its own ("A.")
    broken = "," in gap or text[quotes[i][1] - 1] in ",?!—–-…"
    # ... and is someone's words, not a title inside the writer's sentence ('On "Face the Nation," she said')
    if not broken or gap.strip(_EDGE_PUNCT) or "\n" in gap or not opens_clause(text, quotes[i][0]):
        return None
    # the frame is this cue's, not an earlier one's sharing its subject ('"Yes," he said when asked if C')
    cues = words("cue_words.txt")
    between = text[quotes[i][1]:c.cue[0]].split()
    return None if any(w.strip(_EDGE_PUNCT).lower() in cues for w in between) else i


def _quote_before_other_frame(c: Candidate, quotes: QuoteSpans, text: str) -> tuple[int, int]:
    """A content that opens on a quote broken off by a comma ('"A," ...') and runs on past it, with the candidate's
    own cue outside it, ends with that quote: what follows is the quote's own frame ('she warned, "A," the mayor
    told reporters', '"A," the delegate, wearing a hat, said'), not more of what was said."""
    s, e = c.content
    i = next(iter(quotes.overlapping(s, e)), None)
    if i is None:
        return c.content
    qs, qe = quotes[i]
    if any(ch.isalnum() for ch in text[s:qs]) or not opens_clause(text, qs) or s <= c.cue[0] < e:
        return c.content
    after = text[qe:qe + 3]
    broken = text[qe - 1] in ",?!" or "," in after
    if not broken or not any(ch.isalnum() for ch in text[qe:e]):
        return c.content
    while qe < e and text[qe] in _MARK_CHARS:
        qe += 1
    return s, qe


def _noun_phrase(doc, span: tuple[int, int], quotes: QuoteSpans) -> bool:
    """Whether an unquoted content is a noun phrase ('warned managers about cracks'), not a clause."""
    if any(True for _ in quotes.overlapping(*span)) or not doc.has_annotation("DEP"):
        return False
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    return toks is not None and len(toks) > 0 and toks.root.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}


def _drop_nested_non_speech(cands: list[Candidate], text: str, doc, quotes: QuoteSpans) -> list[Candidate]:
    """'He said he would welcome talks': a cue inside someone's reported words is part of them, unless it is a verb
    of saying ('she said the police had claimed C' reports the police's claim too) with a claim of its own: a noun
    phrase it governs ('said the crew had warned managers about cracks') names what was said, and the outer report
    already carries it."""
    saying = words("saying_verbs.txt")
    spans = sorted(c.content for c in cands)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end among contents started so far
    out = []
    for c in cands:
        k = bisect.bisect_right(starts, c.cue[0])
        # ('too early to say whether C': a verb of saying with nobody saying it reports no one's claim either)
        nested = k and reach[k - 1] > c.cue[0] and (
            (text[c.cue[0]:c.cue[1]].split() or [""])[0].lower() not in saying or c.speaker is None
            or _noun_phrase(doc, c.content, quotes))
        # (a content that holds its own frame, 'which he called "a tax"', 'The plan, she argued, is dead', does not
        # count against itself)
        if nested and (not c.content[0] <= c.cue[0] < c.content[1] or any(
                o is not c and o.content[0] <= c.cue[0] < o.content[1] for o in cands)):
            continue
        out.append(c)
    return out


def _merge(cands: list[Candidate], quotes: QuoteSpans, text: str, doc) -> list[_Stmt]:
    cands = _drop_nested_non_speech(cands, text, doc, quotes)
    stmts: list[_Stmt] = []
    used: set[int] = set()
    by_cue = sorted(cands, key=lambda o: o.cue[0])
    cue_starts = [o.cue[0] for o in by_cue]
    for c in cands:
        c.content = _close_quotes(c.content, quotes, text)
        c.content = _quote_before_other_frame(c, quotes, text)
        inside = list(quotes.overlapping(*c.content))
        framed = _around_frame(c, text, quotes, doc)
        if framed is not None:
            # '"A," he said, "B."' / 'The plan, she said, is dead': the inserted attribution splits the content
            parts = [_close_quotes(p, quotes, text) for p in framed]
            parts = [next((q for q in quotes if _overlap(q, p) > 0 and not _outside_alnum(text, p, q)), p)
                     for p in parts]
            used.update(inside)
            stmts.append(_Stmt(parts, c.cue, c.speaker, c.relay, c.alias))
            continue
        parts = [c.content]
        # the candidate's content is (nearly) one quote: make it exactly the quote
        if len(inside) == 1:
            q = quotes[inside[0]]
            # content holding the quote's own attribution after it ("X vouched for Y: "C," he said") is only the
            # quote; a cue before the quote ("called on them to oppose "bigotry"") is part of the content
            later = by_cue[bisect.bisect_left(cue_starts, q[1]):bisect.bisect_left(cue_starts, c.content[1])]
            holds_cue = any(o is not c and _overlap(o.content, q) > 0 for o in later)
            rest = text[c.content[0]:q[0]] + " " + text[q[1]:c.content[1]]
            # snap to the quote only when nothing but marks and punctuation lie outside it
            if holds_cue or not any(ch.isalnum() for ch in rest):
                parts = [q]
        lead = _quote_before_frame(c, quotes, text)
        fe = max(c.cue[1], c.speaker[1] if c.speaker else 0)
        if (lead is not None and parts == [c.content] and c.content[0] < quotes[lead][0] < c.content[1] <= fe
                and text[c.content[0]:quotes[lead][0]].rstrip(" " + _MARK_CHARS)[-1:] in {":", "—", "–", "-", "("}):
            # 'X vouched for Y: "A," he said': the frame right after a set-off quote claims only that quote
            parts = [quotes[lead]]
        elif lead is not None and lead not in used and parts[0][0] >= fe:
            # '"Honestly," he continued, "B."': the quote just before the frame opens the statement; words after
            # the frame that do not go on with it are the frame's addressee or setting ('"No," she told the crowd')
            parts = [quotes[lead]] + (parts if _continues_quote(doc, parts[0], quotes) else [])
            inside = [lead] + (inside if len(parts) > 1 else [])
        used.update(inside)
        stmts.append(_Stmt(parts, c.cue, c.speaker, c.relay, c.alias))
    # nested candidates ("X said Y said C") keep the outer statement and the inner one
    _place_leftover_quotes(stmts, [i for i in range(len(quotes)) if i not in used], quotes, doc)
    stmts.sort(key=lambda s: s.parts[0][0])
    _take_lead_noun_phrase(stmts, quotes, doc)
    return stmts


# words of a noun phrase that may stand before a quote opening inside it ('The union endorsement "was early"')
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADP", "CCONJ", "PRON"})


def _take_lead_noun_phrase(stmts: list[_Stmt], quotes: QuoteSpans, doc) -> None:
    """A statement that opens on a quote starting mid-sentence takes the unquoted noun phrase before it: the subject
    whose predicate is quoted ('The union endorsement "was early," she said') or the article of a quoted noun ('the
    "phony system"'). Only a phrase that runs back to the sentence's start, or only articles and adjectives."""
    if not doc.has_annotation("POS"):
        return
    text = doc_text(doc)
    taken = sorted(p for st in stmts for p in st.parts)
    for st in stmts:
        qs = st.parts[0][0]
        while qs < len(text) and text[qs] in _MARK_CHARS:
            qs += 1
        i = quotes.containing(qs)
        before = text[:qs].rstrip(" \t\xa0" + _MARK_CHARS)[-1:]
        if i is None or quotes[i][0] != qs or not before.isalnum():
            continue
        tok = next((t for t in doc.char_span(qs, quotes[i][1], alignment_mode="expand") or []), None)
        if tok is None:
            continue
        run = []
        k = tok.i - 1
        while k >= tok.sent.start and (doc[k].is_quote or doc[k].is_space):
            k -= 1
        while k >= tok.sent.start and doc[k].pos_ in _NP_POS and not doc[k].is_quote:
            run.append(doc[k])
            k -= 1
        if not run or not any(t.pos_ in {"DET", "NOUN", "PROPN", "PRON"} for t in run):
            continue
        at_start = k < tok.sent.start
        modifiers = all(t.pos_ in {"DET", "ADJ"} for t in run)
        if not (at_start or modifiers) or run[0].pos_ in {"ADP", "CCONJ"}:
            continue
        start = run[-1].idx
        j = bisect.bisect_left(taken, (start, start))
        if any(a < st.parts[0][0] and b > start for a, b in taken[max(0, j - 1):j + 1]):
            continue  # the words are another statement's
        st.parts[0] = (start, st.parts[0][1])


class _ByParagraph:
    """Statements filed by paragraph and by end, so that placing each left-over quote looks only at its own
    paragraph (articles with thousands of quotes must stay linear)."""

    def __init__(self, stmts: list[_Stmt], text: str) -> None:
        self.text = text
        self.stmts = stmts
        self.paras: dict[int, list[_Stmt]] = {}
        self.ends: list[tuple[int, int]] = []  # (end of last part, index in stmts)
        self.index: dict[int, int] = {}
        for k, st in enumerate(stmts):
            self._file(st, k)

    def _file(self, st: _Stmt, k: int) -> None:
        self.index[id(st)] = k
        for pos in {st.parts[0][0], st.parts[-1][0]}:
            bucket = self.paras.setdefault(_paragraph(self.text, pos)[0], [])
            if st not in bucket:
                bucket.append(st)
        bisect.insort(self.ends, (st.parts[-1][1], k))

    def add(self, st: _Stmt) -> None:
        self.stmts.append(st)
        self._file(st, len(self.stmts) - 1)

    def grew(self, st: _Stmt) -> None:
        """`st` took a new last part."""
        self._file(st, self.index[id(st)])

    def in_paragraph(self, para: tuple[int, int]) -> list[_Stmt]:
        return sorted(self.paras.get(para[0], []), key=lambda s: s.parts[0][0])

    def last_before(self, pos: int) -> _Stmt | None:
        i = bisect.bisect_right(self.ends, (pos, len(self.stmts)))
        return self.stmts[self.ends[i - 1][1]] if i else None


def _place_leftover_quotes(stmts: list[_Stmt], left: list[int], quotes: QuoteSpans, doc) -> None:
    """Quotes no candidate claimed: a continuation of a quote or clause before them, a quote with its own short
    frame, someone's quoted words in a writer's sentence, or a paragraph that is only a quote."""
    text = doc_text(doc)
    index = _ByParagraph(stmts, text)
    for i in left:
        q = quotes[i]
        para = _paragraph(text, q[0])
        here = index.in_paragraph(para)
        host = _sentence_host(here, q, text)
        if host is not None and host.parts[-1][1] <= host.cue[0] < q[0]:
            # '"A," he said, "because B."': the quote resumes right after the frame (a quote further on, after
            # more words, is a title or a term: '"A," he told the "Off Message" podcast')
            after = max(host.cue[1], host.speaker[1] if host.speaker else 0)
            if len([w for w in text[after:q[0]].split() if any(ch.isalnum() for ch in w)]) <= 3:
                host.parts.append(q)
                index.grew(host)
            continue
        if host is not None:
            # 'X said that C "and Q"': the quote finishes reported speech the parse cut short
            host.parts[-1] = (host.parts[-1][0], q[1])
            index.grew(host)
            continue
        framed = framed_quote(doc, q)
        if framed is not None:
            index.add(_Stmt([q], framed.cue, framed.speaker))
            continue
        # "A," he said. "B." (also past a reported clause of the same frame: '"A," said X, who noted C. "B."');
        # a quote that opens its own sentence continues, however short ("No," he said. "Never.")
        quoted = max((s for s in here if s.parts[-1][1] <= q[0] and _paragraph(text, s.parts[-1][0]) == para
                      and _continues(s, quotes, text)), key=lambda s: s.parts[-1][1], default=None)
        opens_sentence = text[para[0]:q[0]].rstrip(" \t\xa0" + _MARK_CHARS)[-1:] in {"", ".", "?", "!", ":"}
        long_enough = len(text[q[0]:q[1]].split()) >= MIN_QUOTE_WORDS and _has_verb(doc, q)
        if quoted is not None and (long_enough or opens_sentence):
            quoted.parts.append(q)
            index.grew(quoted)
            continue
        if not long_enough:
            licensed = quoted_words_frame(doc, q)
            if licensed is not None and not any(_overlap(licensed.content, p) > 0 for s in here for p in s.parts):
                index.add(_Stmt([_close_quotes(licensed.content, quotes, text)], licensed.cue, licensed.speaker))
            continue  # otherwise a scare quote, a title or a slogan
        same_para = [s for s in here if _paragraph(text, s.parts[0][0]) == para and s.speaker]
        if same_para:
            host = same_para[0]
            index.add(_Stmt([q], host.cue, host.speaker, host.relay))
            continue
        # a paragraph that is only a quote continues the last quoted speaker (a quote mid-paragraph with no cue
        # is more often a title or a slogan)
        prev = index.last_before(q[0])
        opens_para = not text[para[0]:q[0]].strip(" \t\"“«„")
        if prev is not None and (opens_para or _kind(prev.parts, quotes) != "indirect"):
            index.add(_Stmt([q], None, None, None, inherit=True))


def _continues(st: _Stmt, quotes: QuoteSpans, text: str) -> bool:
    """Whether a later quote in the paragraph goes on with `st`: a direct quote, or a clause that ends in a quote
    with its frame after it ('Golf clubs are "just scraping by," Hedge said. "It is a thin business."')."""
    if _kind(st.parts, quotes) == "direct":
        return True
    end = st.parts[-1][1]
    while end > st.parts[-1][0] and text[end - 1] in _MARK_CHARS:
        end -= 1
    last = quotes.containing(end - 1)
    return (last is not None and quotes[last][1] == end and st.cue is not None and st.cue[0] >= st.parts[-1][1]
            and _kind(st.parts, quotes) == "partial")


def _sentence_host(stmts: list[_Stmt], q: tuple[int, int], text: str) -> _Stmt | None:
    """A cued statement in the quote's sentence whose content ends shortly before the quote opens."""
    for s in stmts:
        if s.cue is None or len(s.parts) != 1 or s.cue[0] > q[0]:
            continue
        gap = text[s.parts[-1][1]:q[0]]
        # the content closed its sentence inside its quote ('called it "childish." He ...')
        ended = text[s.parts[0][0]:s.parts[-1][1]].rstrip(_MARK_CHARS + " ")[-1:] in {".", "?", "!"}
        if s.parts[-1][1] <= q[0] and len(gap) < 80 and not ended and not any(ch in gap for ch in ".?!\n"):
            return s
    return None


def _dash_bylines(text: str, quotes: list[tuple[int, int]], doc) -> list[Candidate]:
    """'"Quote" ― Name': the name after a dash that follows a quote is its speaker."""
    out = []
    for q in quotes:
        m = _DASH_BYLINE.match(text, q[1])
        if m is None:
            continue
        name = (m.start(2), m.start(2) + len(m.group(2).rstrip(" \xa0")))
        span = doc.char_span(*name, alignment_mode="expand")
        words_ = text[name[0]:name[1]].split()
        named = span is not None and any(e.label_ in {"PERSON", "ORG"}
                                             for e in entity_index(doc).within(span.start_char, span.end_char))
        if named or (len(words_) <= 4 and all(w[:1].isupper() for w in words_)):
            out.append(Candidate(q, (m.start(1), m.end(1)), name, None))
    return out


def _headline(text: str, doc) -> list[Candidate]:
    """'Speaker: claim' lines (headlines, live-blog entries): a named speaker before a colon owns the rest."""
    out = []
    for m in _HEADLINE.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not any(e.label_ in {"PERSON", "ORG", "GPE", "NORP"}
                                       for e in entity_index(doc).within(span.start_char, span.end_char)):
            continue
        if is_kicker(m.group(1)):
            continue
        out.append(Candidate((m.start(3), m.end(3)), (m.start(2), m.end(2)), (m.start(1), m.end(1)), None))
    return out


def extract_attribution(article: Article, doc) -> Attribution:
    text = article.text
    quotes = QuoteSpans(find_quotes(text))
    stmts = _merge(find_reported(doc, quotes) + _headline(text, doc) + _dash_bylines(text, quotes, doc), quotes,
                   text, doc)
    resolver = Resolver(doc, quotes)
    # speakers in the order they are written, so a pronoun finds the name written before it
    for s in sorted((s for s in stmts if s.speaker), key=lambda s: s.speaker[0]):
        s.draft = resolver.resolve(*s.speaker, clause=text[s.speaker[0]:s.parts[0][0]])
        if s.draft is not None and s.alias:
            s.draft.mentions.append(s.alias)
    last = None
    for s in sorted(stmts, key=lambda s: s.parts[0][0]):
        if s.inherit and last is not None:
            s.draft = last.draft
            s.speaker = last.speaker
        if s.relay:
            s.relay_draft = resolver.resolve(*s.relay)
        if s.draft is not None:
            last = s
    sources, ids = resolver.sources(article.id, text)
    statements = []
    seen = set()
    for s in stmts:
        parts = sorted(set(s.parts))
        start, end = parts[0][0], parts[-1][1]
        key = (start, end)
        if key in seen or end <= start or text[start:end].strip(_EDGE_PUNCT + ".").lower() in words(
                "non_statements.txt"):
            continue  # 'declined to comment': a refusal, not a statement
        seen.add(key)
        sent = doc.char_span(*s.cue, alignment_mode="expand") if s.cue else None
        said_on = resolve_said_on(sent.sent.text, article.date) if sent is not None else None
        inherit_cue = s.cue if not s.inherit else None
        statements.append(Statement(
            id=stable_id("stmt", article.id, start, end),
            article=article.id, kind=_kind(parts, quotes), start=start, end=end,
            text=PART_JOINER.join(text[a:b] for a, b in parts) if len(parts) > 1 else text[start:end],
            parts=[Span(start=a, end=b, text=text[a:b]) for a, b in parts] if len(parts) > 1 else [],
            source=ids.get(id(s.draft)) if s.draft is not None else None,
            speaker_text=text[s.speaker[0]:s.speaker[1]] if s.speaker else None,
            speaker_start=s.speaker[0] if s.speaker else None, speaker_end=s.speaker[1] if s.speaker else None,
            cue=text[inherit_cue[0]:inherit_cue[1]] if inherit_cue else None,
            cue_start=inherit_cue[0] if inherit_cue else None, cue_end=inherit_cue[1] if inherit_cue else None,
            said_on=said_on,
            relayed_from=ids.get(id(s.relay_draft)) if s.relay_draft is not None else None,
        ))
    statements = chain_statements(statements)
    covered = [(st.start, st.end) for st in statements] + quotes
    findings = find_editorial(article.id, doc, covered)
    return Attribution(sources=sources, statements=statements, findings=findings)
