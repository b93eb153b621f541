"""Who said what: direct quotes, partial quotes and reported speech, each with its source.

Order of work: quote spans (quotes.py) and dependency candidates (reported.py); candidates whose content is a
quote become direct statements, partly quoted ones partial; quotes left over attach to a cue in their paragraph,
or continue the previous statement (`"A," he said. "B."`, and a paragraph that is only a quote belongs to the
last speaker quoted). Short quotes inside someone else's sentence are scare quotes and stay in that statement.
Speakers are resolved in text order (speakers.py); the writer's evaluative sentences become editorial findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsledger.extract.editorial import find_editorial
from newsledger.extract.quotes import find_quotes
from newsledger.extract.reported import Candidate, find_reported
from newsledger.extract.said_on import resolve_said_on
from newsledger.extract.speakers import Resolver
from newsledger.ledger import Article, Finding, Source, Span, Statement, stable_id

_HEADLINE = re.compile(r"^([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*| to){0,5})(:) ([^\n]{12,})$", re.M)
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
    inherit: bool = False  # speaker is the previous statement's (continuation quote)
    draft: object = None
    relay_draft: object = None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def _kind(parts: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> str:
    total = sum(e - s for s, e in parts)
    quoted = sum(_overlap(p, q) for p in parts for q in quotes)
    if quoted == 0:
        return "indirect"
    return "direct" if quoted >= total - 3 else "partial"


def _has_verb(doc, q: tuple[int, int]) -> bool:
    span = doc.char_span(q[0], q[1], alignment_mode="expand")
    return span is None or any(t.pos_ in {"VERB", "AUX"} for t in span) or not doc.has_annotation("POS")


def _merge(cands: list[Candidate], quotes: list[tuple[int, int]], text: str, doc) -> list[_Stmt]:
    stmts: list[_Stmt] = []
    used: set[int] = set()
    for c in cands:
        inside = [i for i, q in enumerate(quotes) if _overlap(q, c.content) > 0]
        parts = [c.content]
        # the candidate's content is (nearly) one quote: make it exactly the quote
        if len(inside) == 1:
            q = quotes[inside[0]]
            # content holding another cue ("X vouched for Y: "C," he said") is only the quote
            holds_cue = any(o is not c and c.content[0] <= o.cue[0] < c.content[1] and not q[0] <= o.cue[0] < q[1]
                            and _overlap(o.content, q) > 0 for o in cands)
            rest = text[c.content[0]:q[0]] + " " + text[q[1]:c.content[1]]
            # snap to the quote only when nothing but marks and punctuation lie outside it
            if holds_cue or not any(ch.isalnum() for ch in rest):
                parts = [q]
        used.update(inside)
        stmts.append(_Stmt(parts, c.cue, c.speaker, c.relay))
    # nested candidates ("X said Y said C") keep the outer statement and the inner one
    stmts.sort(key=lambda s: s.parts[0][0])
    for i, q in enumerate(quotes):
        if i in used:
            continue
        host = _sentence_host(stmts, q, text)
        if host is not None:
            # 'X said that C "and Q"': the quote finishes reported speech the parse cut short
            host.parts[-1] = (host.parts[-1][0], q[1])
            continue
        if len(text[q[0]:q[1]].split()) < MIN_QUOTE_WORDS or not _has_verb(doc, q):
            continue  # a scare quote, a title or a slogan
        para = _paragraph(text, q[0])
        prev = max((s for s in stmts if s.parts[-1][1] <= q[0]), key=lambda s: s.parts[-1][1], default=None)
        if prev is not None and _paragraph(text, prev.parts[-1][0]) == para and _kind(prev.parts, quotes) == "direct":
            prev.parts.append(q)  # "A," he said. "B."
            continue
        same_para = [s for s in stmts if _paragraph(text, s.parts[0][0]) == para and s.speaker]
        if same_para:
            host = same_para[0]
            stmts.append(_Stmt([q], host.cue, host.speaker, host.relay))
            continue
        # a paragraph that is only a quote continues the last quoted speaker (a quote mid-paragraph with no cue
        # is more often a title or a slogan)
        opens_para = not text[para[0]:q[0]].strip(" \t\"“«„")
        if prev is not None and (opens_para or _kind(prev.parts, quotes) != "indirect"):
            stmts.append(_Stmt([q], None, None, None, inherit=True))
    stmts.sort(key=lambda s: s.parts[0][0])
    return stmts


def _sentence_host(stmts: list[_Stmt], q: tuple[int, int], text: str) -> _Stmt | None:
    """A cued statement in the quote's sentence whose content ends shortly before the quote opens."""
    for s in stmts:
        if s.cue is None or len(s.parts) != 1 or s.cue[0] > q[0]:
            continue
        gap = text[s.parts[-1][1]:q[0]]
        if s.parts[-1][1] <= q[0] and len(gap) < 80 and not any(ch in gap for ch in ".?!\n"):
            return s
    return None


def _headline(text: str, doc) -> list[Candidate]:
    """'Speaker: claim' lines (headlines, live-blog entries): a named speaker before a colon owns the rest."""
    out = []
    for m in _HEADLINE.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not any(e.label_ in {"PERSON", "ORG", "GPE", "NORP"} for e in span.ents):
            continue
        out.append(Candidate((m.start(3), m.end(3)), (m.start(2), m.end(2)), (m.start(1), m.end(1)), None))
    return out


def extract_attribution(article: Article, doc) -> Attribution:
    text = article.text
    quotes = find_quotes(text)
    stmts = _merge(find_reported(doc, quotes) + _headline(text, doc), quotes, text, doc)
    resolver = Resolver(doc)
    # speakers in the order they are written, so a pronoun finds the name written before it
    for s in sorted((s for s in stmts if s.speaker), key=lambda s: s.speaker[0]):
        s.draft = resolver.resolve(*s.speaker, clause=text[s.speaker[0]:s.parts[0][0]])
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
        if key in seen or end <= start:
            continue
        seen.add(key)
        sent = doc.char_span(*s.cue, alignment_mode="expand") if s.cue else None
        said_on = resolve_said_on(sent.sent.text, article.date) if sent is not None else None
        inherit_cue = s.cue if not s.inherit else None
        statements.append(Statement(
            id=stable_id("stmt", article.id, start, end),
            article=article.id, kind=_kind(parts, quotes), start=start, end=end, text=text[start:end],
            parts=[Span(start=a, end=b, text=text[a:b]) for a, b in parts] if len(parts) > 1 else [],
            source=ids.get(id(s.draft)) if s.draft is not None else None,
            speaker_text=text[s.speaker[0]:s.speaker[1]] if s.speaker else None,
            speaker_start=s.speaker[0] if s.speaker else None, speaker_end=s.speaker[1] if s.speaker else None,
            cue=text[inherit_cue[0]:inherit_cue[1]] if inherit_cue else None,
            cue_start=inherit_cue[0] if inherit_cue else None, cue_end=inherit_cue[1] if inherit_cue else None,
            said_on=said_on,
            relayed_from=ids.get(id(s.relay_draft)) if s.relay_draft is not None else None,
        ))
    covered = [(st.start, st.end) for st in statements] + quotes
    findings = find_editorial(article.id, doc, covered)
    return Attribution(sources=sources, statements=statements, findings=findings)
