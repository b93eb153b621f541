"""Turning store rows and ledgers into what templates show. Templates escape every value (autoescape is on); this
module never builds HTML itself, it only cuts texts into pieces and picks which URLs may become links."""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsledger.ledger import Figure, Ledger, Statement, relay_chain


@dataclass(frozen=True)
class Piece:
    text: str
    mark: str | None = None  # the record id a highlighted piece belongs to
    kind: str | None = None  # statement | speaker | figure


def safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links: an article's `javascript:` or `data:` URL stays text."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def pieces(text: str, spans: list[tuple[int, int, str, str]]) -> list[Piece]:
    """Cut `text` at the (start, end, id, kind) spans; where spans overlap the earlier-starting one wins."""
    out: list[Piece] = []
    at = 0
    for start, end, mark, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        if start > at:
            out.append(Piece(text[at:start]))
        out.append(Piece(text[start:end], mark, kind))
        at = end
    if at < len(text):
        out.append(Piece(text[at:]))
    return out


def relay_chains(ledger: Ledger) -> dict[str, str]:
    """'BCI → Dana Reuel → a wire agency' by the id of each relayed statement or figure (origin first)."""
    names = {s.id: s.name for s in ledger.sources}
    out = {}
    records: list[Statement | Figure] = [*ledger.statements, *ledger.figures]
    for rec in records:
        chain = relay_chain(rec)
        if len(chain) > 1:
            out[rec.id] = " → ".join(names.get(i, i) for i in chain)
    return out


def story_view(ledger: Ledger, story_id: str) -> dict:
    """What the story page shows: header, who said what by source, figures, estimates, findings and each article's
    text cut into highlighted pieces."""
    story = next(s for s in ledger.stories if s.id == story_id)
    articles = {a.id: a for a in ledger.articles}
    sources = {s.id: s for s in ledger.sources}
    by_source: dict[str, list] = defaultdict(list)
    for st in ledger.statements:
        by_source[st.source or f"as written: {st.speaker_text or 'unattributed'}"].append(st)
    first_of = {m: a.first for a in ledger.alignments for m in a.members if a.first}
    relation_of = {m: a.relation for a in ledger.alignments for m in a.members if len(a.members) > 1}
    who = []
    for key, statements in by_source.items():
        src = sources.get(key)
        statements.sort(key=lambda s: (articles[s.article].date or "", s.article, s.start))
        who.append({"id": src.id if src else None, "name": src.name if src else key.removeprefix("as written: "),
                    "descriptions": src.descriptions if src else [],
                    "statements": [{"record": s, "article": articles[s.article], "relation": relation_of.get(s.id),
                                    "first": first_of.get(s.id) == s.id} for s in statements]})
    who.sort(key=lambda w: (-len(w["statements"]), w["name"] or ""))
    spans: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for st in ledger.statements:
        spans[st.article].append((st.start, st.end, st.id, "statement"))
        if st.speaker_start is not None and st.speaker_end is not None:
            spans[st.article].append((st.speaker_start, st.speaker_end, st.id, "speaker"))
    for fig in ledger.figures:
        spans[fig.article].append((fig.start, fig.end, fig.id, "figure"))
    ordered = sorted(ledger.articles, key=lambda a: (a.date or "", a.outlet or "", a.id))
    return {
        "story": story,
        "who": who,
        "figures": sorted(ledger.figures, key=lambda f: (articles[f.article].date or "", f.article, f.start)),
        "articles_by_id": articles,
        "sources_by_id": sources,
        "chains": relay_chains(ledger),
        "estimates": ledger.estimates,
        "findings": ledger.findings,
        "articles": [{"record": a, "href": safe_href(a.url), "pieces": pieces(a.text, spans[a.id])} for a in ordered],
    }


def sha256_source(text: str) -> str:
    """The CSP source expression allowing exactly this inline block."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
