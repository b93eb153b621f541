"""Relay chains across nested reported speech.

`according to the state news agency, the ministry said C` and `Dana Reuel said, citing the BCI's briefing, that C, a
wire agency reported` give two statements, the inner one's frame inside the outer one's content. The outer statement
is the claim as the article tells it, so it carries the whole chain: the inner statement's original source first,
every intermediary in order, its own speaker last (``relayed_from``, ``via``, ``source``; see
``ledger.relay_chain``). The inner statement keeps its own speaker as its source: those are that speaker's words.
A figure held by an inner statement takes the outermost chain, since the article reports it through all of them.
"""

from __future__ import annotations

import bisect
import itertools

from newsledger.ledger import Figure, Statement, relay_chain


def _frame(st: Statement) -> tuple[int, int] | None:
    """The statement's content with its speaker and cue: the whole thing an outer statement must hold."""
    if st.source is None or st.speaker_start is None or st.speaker_end is None or st.cue_start is None:
        return None
    lo = min(st.start, st.speaker_start, st.cue_start)
    hi = max(st.end, st.speaker_end, st.cue_end or st.cue_start)
    return lo, hi


def _parents(statements: list[Statement]) -> dict[str, Statement]:
    """Each nested statement's narrowest enclosing statement told by another source."""
    pieces = sorted(((p.start, p.end, st) for st in statements for p in (st.parts or [st])),
                    key=lambda x: (x[0], x[1]))
    starts = [a for a, _, _ in pieces]
    # Nesting is rare: the furthest end among pieces starting at or before a point rules out most frames at once,
    # so an article of thousands of quotes is not compared pair by pair.
    reach = list(itertools.accumulate((b for _, b, _ in pieces), max))
    out: dict[str, Statement] = {}
    for st in statements:
        frame = _frame(st)
        if frame is None:
            continue
        upto = bisect.bisect_right(starts, frame[0])
        if not upto or reach[upto - 1] < frame[1]:
            continue
        holding = [o for a, b, o in pieces[:upto] if o.id != st.id and o.source and o.source != st.source
                   and frame[1] <= b]
        if holding:
            out[st.id] = min(holding, key=lambda o: (o.end - o.start, o.id))
    return out


def _join(inner: list[str], outer: str) -> list[str]:
    # a source never relays itself: 'X said, citing X's statement' stays one link
    return [s for s in inner if s != outer] + [outer]


def chain_statements(statements: list[Statement]) -> list[Statement]:
    """`statements` with each outer statement of a nested relay given the full chain (module docstring)."""
    parents = _parents(statements)
    if not parents:
        return statements
    children: dict[str, list[Statement]] = {}
    for child_id, parent in parents.items():
        children.setdefault(parent.id, []).append(next(s for s in statements if s.id == child_id))
    memo: dict[str, list[str]] = {}

    def chain(st: Statement, depth: int = 0) -> list[str]:
        if st.id in memo:
            return memo[st.id]
        kids = children.get(st.id)
        if not kids or st.relayed_from or depth > 8:
            memo[st.id] = relay_chain(st)
        else:
            widest = max(kids, key=lambda k: (k.end - k.start, k.id))
            memo[st.id] = _join(chain(widest, depth + 1), st.source or "")
        return memo[st.id]

    out = []
    for st in statements:
        full = chain(st)
        if st.id in children and len(full) > 1 and not st.relayed_from:
            st = st.model_copy(update={"relayed_from": full[0], "via": full[1:-1]})
        out.append(st)
    return out


def _inside(fig: Figure, st: Statement) -> bool:
    return any(p.start <= fig.start and fig.end <= p.end for p in (st.parts or [st]))


def chain_figures(figures: list[Figure], statements: list[Statement]) -> list[Figure]:
    """Figures held by a nested statement, given the chain of the outermost statement that relays it; a figure in
    an outer statement's content but outside the relayed words ('A student who shot three people wrote C,
    police said') is the outer speaker's own claim."""
    parents = _parents(statements)
    if not parents:
        return figures
    by_id = {st.id: st for st in statements}
    children: dict[str, list[Statement]] = {}
    for child_id, parent in parents.items():
        children.setdefault(parent.id, []).append(by_id[child_id])
    out = []
    for f in figures:
        top = by_id.get(f.statement or "")
        kids = children.get(top.id, []) if top is not None else []
        if top is not None and kids and not any(_inside(f, k) for k in kids):
            widest = max(kids, key=lambda k: (k.end - k.start, k.id))
            if relay_chain(top) == _join(relay_chain(widest), top.source or ""):
                # the outer statement's chain came from the nested one, which does not hold this figure
                f = f.model_copy(update={"source": top.source, "relayed_from": None, "via": []})
            out.append(f)
            continue
        seen = 0
        while top is not None and top.id in parents and seen < 8:
            top = by_id.get(parents[top.id].id)
            seen += 1
        if seen and top is not None and top.source:
            f = f.model_copy(update={"source": top.source, "relayed_from": top.relayed_from, "via": list(top.via)})
        out.append(f)
    return out
