"""Who asserts a figure that no statement holds.

A figure inside a statement's content takes that statement's source and relay chain (figures.py). A figure outside
every statement is not yet the outlet's own claim:

- a sentence with no attribution of its own that follows an attributed sentence in the same paragraph goes on with
  it (`The agency said 300 were killed. Another 2,700 were wounded.`): the figure takes that statement's source and
  chain;
- a figure the article attributes elsewhere (a headline or lead repeating a figure whose body sentence is attributed,
  same value and casualty category) takes that attribution.

Only what is left is the outlet's (extract/__init__.py gives it the outlet as its source).
"""

from __future__ import annotations

import bisect

from newsledger.ledger import Figure, Statement

# categories specific enough that one value in one article names one claim ("other" is not)
_CLAIM_CATEGORIES = frozenset({"killed", "wounded", "killed_or_wounded", "missing", "captured", "displaced",
                               "arrested", "deployed"})


def _sentence(doc, pos: int):
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


# pieces starting before a sentence that are looked at for overlapping it (quote parts rarely nest deeper)
_LOOKBACK = 64


def _overlapping(pieces: list[tuple[int, int, Statement]], starts: list[int], lo: int, hi: int) -> list[Statement]:
    i = bisect.bisect_left(starts, hi)
    return [st for s, e, st in pieces[max(0, i - _LOOKBACK):i] if s < hi and e > lo]


def _continued(doc, text: str, fig: Figure, pieces: list, starts: list[int]) -> Statement | None:
    """The sourced statement the figure's unattributed sentence goes on with, if any."""
    sent = _sentence(doc, fig.start)
    if sent is None or sent.start == 0:
        return None
    if _overlapping(pieces, starts, sent.start_char, sent.end_char):
        return None  # the figure's sentence has an attribution of its own, and it does not hold the figure
    prev = doc[sent.start - 1].sent
    if "\n" in text[prev.start_char:sent.start_char].strip(" ") or "\n" in text[prev.end_char:sent.start_char]:
        return None  # a new paragraph starts a new passage
    held = [st for st in _overlapping(pieces, starts, prev.start_char, prev.end_char) if st.source]
    return max(held, key=lambda st: (st.end, st.id)) if held else None


def continue_sources(doc, figures: list[Figure], statements: list[Statement]) -> list[Figure]:
    """`figures` with an asserting source for those that continue an attributed passage or repeat an attributed
    figure (rules in the module docstring)."""
    if doc is None or all(f.source for f in figures):
        return figures
    text = doc.text
    pieces = sorted(((p.start, p.end, st) for st in statements for p in (st.parts or [st])),
                    key=lambda x: (x[0], x[1], x[2].id))
    starts = [p[0] for p in pieces]
    by_claim = {}
    for f in figures:
        if f.source and f.category in _CLAIM_CATEGORIES:
            by_claim.setdefault((f.value, f.low, f.high, f.category), f)
    out = []
    for f in figures:
        if f.source:
            out.append(f)
            continue
        st = _continued(doc, text, f, pieces, starts)
        if st is not None:
            out.append(f.model_copy(update={"source": st.source, "relayed_from": st.relayed_from, "via": st.via}))
            continue
        same = by_claim.get((f.value, f.low, f.high, f.category)) if f.category in _CLAIM_CATEGORIES else None
        if same is not None:
            out.append(f.model_copy(update={"source": same.source, "relayed_from": same.relayed_from, "via": same.via}))
            continue
        out.append(f)
    return out
