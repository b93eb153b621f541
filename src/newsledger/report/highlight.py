"""Article text with claims highlighted by their offsets: every piece of text is escaped, and spans that cross each
other are split so the markup always nests.

A mark has keys (the anchors it belongs to, written to ``data-s``) and at most one element id. Clicking a link to
``#key`` highlights every element whose ``data-s`` holds the key (report.js), so a statement split into pieces —
by its discontinuous parts or by a crossing span — lights up whole.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

# Outer kinds first: when two spans cover the same text the sentence wraps the statement, which wraps the figure.
KIND_RANK = {"sentence": 0, "editorial": 1, "statement": 2, "speaker": 3, "figure": 4}
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,80}")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")


def anchor(record_id: str) -> str:
    """An element id for a ledger record id; ids that are not plain ASCII words are hashed, never echoed."""
    if _SAFE_ID.fullmatch(record_id):
        return f"r-{record_id}"
    return "r-h" + hashlib.sha1(record_id.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    keys: tuple[str, ...] = ()
    element_id: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    mark: Mark
    first: bool


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], bounded by sentence punctuation or a line break."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    stop = len(text)
    m = _SENTENCE_END.search(text, max(end, begin))
    if m:
        stop = m.start() + len(m.group().rstrip())
    return begin, max(stop, end)


def merge_marks(marks: Iterable[Mark]) -> list[Mark]:
    """One mark per (start, end, kind): two statements sharing one speaker give one speaker mark with both keys."""
    merged: dict[tuple[int, int, str], Mark] = {}
    for m in marks:
        key = (m.start, m.end, m.kind)
        prior = merged.get(key)
        if prior is None:
            merged[key] = m
        else:
            keys = prior.keys + tuple(k for k in m.keys if k not in prior.keys)
            merged[key] = Mark(m.start, m.end, m.kind, keys, prior.element_id or m.element_id,
                               prior.title or m.title)
    return list(merged.values())


def nest(marks: Iterable[Mark], length: int) -> list[_Piece]:
    """Pieces in document order that nest properly: a span crossing the end of an enclosing one is cut there and
    its rest carries on after it (the enclosing span, which started first, stays whole)."""
    heap: list[tuple[int, int, int, int, Mark, bool]] = []
    for seq, m in enumerate(marks):
        if 0 <= m.start < m.end <= length:
            heap.append((m.start, -m.end, KIND_RANK.get(m.kind, 9), seq, m, True))
    heapq.heapify(heap)
    out: list[_Piece] = []
    stack: list[int] = []  # ends of open pieces, innermost last
    while heap:
        start, neg_end, rank, seq, mark, first = heapq.heappop(heap)
        end = -neg_end
        while stack and stack[-1] <= start:
            stack.pop()
        if stack and end > stack[-1]:
            cut = stack[-1]
            heapq.heappush(heap, (cut, -end, rank, seq, mark, False))
            end = cut
        out.append(_Piece(start, end, mark, first))
        stack.append(end)
    return out


def _open_tag(piece: _Piece, used_ids: set[str]) -> Markup:
    mark = piece.mark
    tag = "span" if mark.kind == "sentence" else "mark"
    attrs = [f'class="k-{escape(mark.kind)}"']
    if piece.first and mark.element_id and mark.element_id not in used_ids:
        used_ids.add(mark.element_id)
        attrs.append(f'id="{escape(mark.element_id)}"')
    if mark.keys:
        attrs.append(f'data-s="{escape(" ".join(mark.keys))}"')
    if mark.title and piece.first:
        attrs.append(f'title="{escape(mark.title)}"')
    return Markup(f"<{tag} {' '.join(attrs)}>")


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` as escaped HTML with each mark wrapped in <mark> (sentences in <span>); offsets out of range are
    ignored rather than trusted."""
    pieces = nest(merge_marks(marks), len(text))
    out: list[str] = []
    open_pieces: list[_Piece] = []
    used_ids: set[str] = set()
    pos = 0

    def close() -> None:
        nonlocal pos
        piece = open_pieces.pop()
        out.append(escape(text[pos:piece.end]))
        out.append("</span>" if piece.mark.kind == "sentence" else "</mark>")
        pos = piece.end

    for piece in pieces:
        while open_pieces and open_pieces[-1].end <= piece.start:
            close()
        out.append(escape(text[pos:piece.start]))
        pos = piece.start
        out.append(_open_tag(piece, used_ids))
        open_pieces.append(piece)
    while open_pieces:
        close()
    out.append(escape(text[pos:]))
    return Markup("".join(out))
