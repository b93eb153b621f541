"""Omissions: a claim most outlets of a story carry that one leaves out, and claims only one outlet carries.

A claim is a statement alignment or a figure alignment (counted once however many members it has), or a
statement or figure no other outlet aligns with. Articles of one outlet count as one outlet. A figure inside a
statement that is itself only in one outlet is covered by that statement's finding and not reported again; a
statement overlapping a claim other outlets carry (holding a count they also give) is not reported as lone.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsledger.compare.figures import by_value
from newsledger.compare.labels import figure_phrase, possessive, quote_excerpt
from newsledger.compare.view import StoryView
from newsledger.ledger import Figure, Finding
from newsledger.link.align import figure_value

MIN_OUTLETS = 2  # with one outlet there is nothing to leave out
MAJORITY_MIN_OUTLETS = 3  # "most outlets" needs at least three to mean more than "the other one"


@dataclass(frozen=True)
class Claim:
    members: tuple[str, ...]  # statement or figure ids
    articles: tuple[str, ...]
    phrase: str  # "Kirby's statement “…”"


def _statement_phrase(view: StoryView, statement_id: str) -> str:
    st = view.statements[statement_id]
    who = view.speaker(st.source)
    return f"{possessive(who)} statement {quote_excerpt(st)}" if who else f"the statement {quote_excerpt(st)}"


def _figure_phrase(view: StoryView, figure_id: str) -> str:
    fig = view.figures[figure_id]
    who = view.speaker(fig.relayed_from or fig.source)
    return f"the figure of {figure_phrase(fig)}" + (f" given by {who}" if who else "")


def claims(view: StoryView) -> list[Claim]:
    aligned: set[str] = set()
    out = []
    counts: list[list[Figure]] = []
    for al in view.alignments:
        members = [m for m in al.members if m in view.statements or m in view.figures]
        aligned.update(members)
        if al.kind == "statement" and members:
            lead = al.first if al.first in members else members[0]
            arts = {view.statements[m].article for m in members}
            out.append(Claim(tuple(sorted(members)), tuple(sorted(arts)), _statement_phrase(view, lead)))
            continue
        # one quantity, different counts: each count is its own claim (1,100 and 3,000 are not the same report)
        figs = [view.figures[m] for m in members if figure_value(view.figures[m]) is not None]
        counts.extend(by_value(figs).values())
    lone_statements = {i for i in view.statements if i not in aligned}
    for same in counts:
        one_outlet = len({view.outlet_key(f.article) for f in same}) == 1
        if one_outlet and all(f.statement in lone_statements for f in same):
            continue  # the statement holding the count is reported on its own
        lead = min(same, key=lambda f: (view.date(f.article) is None, view.date(f.article) or "", f.id))
        out.append(Claim(tuple(sorted(f.id for f in same)), tuple(sorted({f.article for f in same})),
                         _figure_phrase(view, lead.id)))
    # A record overlapping one aligned across outlets in its article (a partial quote inside a reported-speech
    # statement that extraction also kept whole; a statement carrying a count other outlets give too) is that
    # claim again, not one only this outlet carries.
    spans: dict[str, list[tuple[int, int]]] = {}
    for claim in out:
        if len({view.outlet_key(a) for a in claim.articles}) < 2:
            continue
        for m in claim.members:
            rec = view.statements.get(m) or view.figures[m]
            spans.setdefault(rec.article, []).append((rec.start, rec.end))

    def covered(rec) -> bool:
        return any(s < rec.end and rec.start < e for s, e in spans.get(rec.article, []))

    for sid in sorted(lone_statements):
        st = view.statements[sid]
        if st.source is not None and not covered(st):  # an outlet's own unattributed sentence is not a claim here
            out.append(Claim((sid,), (st.article,), _statement_phrase(view, sid)))
    for fid in sorted(i for i in view.figures if i not in aligned):
        fig = view.figures[fid]
        if fig.statement in lone_statements or (fig.value is None and fig.low is None and fig.high is None):
            continue
        if covered(fig):
            continue
        out.append(Claim((fid,), (fig.article,), _figure_phrase(view, fid)))
    return out


def omission_findings(view: StoryView) -> list[Finding]:
    outlets: dict[str, list[str]] = {}
    for art in sorted(view.articles):
        outlets.setdefault(view.outlet_key(art), []).append(art)
    if len(outlets) < MIN_OUTLETS:
        return []
    out = []
    for claim in claims(view):
        carrying = sorted({view.outlet_key(a) for a in claim.articles})
        if len(carrying) == 1:
            art = claim.articles[0]
            summary = f"Only {view.outlet(art)} reports {claim.phrase}."
            out.append(view.finding("omission", summary, [*claim.members, art]))
        elif len(outlets) >= MAJORITY_MIN_OUTLETS and len(carrying) * 2 > len(outlets):
            for key in sorted(set(outlets) - set(carrying)):
                art = outlets[key][0]
                summary = (f"{view.outlet(art)} leaves out {claim.phrase}, which {len(carrying)} of "
                           f"{len(outlets)} outlets report.")
                out.append(view.finding("omission", summary, [*claim.members, *claim.articles, art]))
    return out
