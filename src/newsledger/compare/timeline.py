"""Estimates over time: for each quantity (a figure alignment), every source's estimates by date, reconciled into
low/best/high the way UCDP GED codes fatalities.

The rule (UCDP GED keeps a low, a best and a high estimate per event, and takes as best the most reliable
report, not an average; this is our reading of it for running counts reported by several sources over time):

1. A point is one figure: its date is when the words were said (the statement's ``said_on``, read from "on Sunday",
   "yesterday", … against the article date, see extract/said_on.py) or else the article's date; its source is whom
   the figure is relayed from, else who asserts it, else the article itself.
2. Each source's latest estimate supersedes its earlier ones (a running total is revised, not added to).
3. ``low`` is the smallest lower bound among the sources' latest estimates ("more than 1,000" bounds at 1,000; a
   range at its low end; a ceiling "up to 50" gives no lower bound); ``high`` is the largest upper bound among them,
   and a floor is an upper bound only of itself: when the largest bound is a floor ("more than 3,000" and nothing
   above 3,000), ``high`` is that floor and ``high_open`` is true — the report and chart show it as "3,000+".
4. ``best`` is the latest credible figure from the original sources, not a median across time: among the sources'
   latest estimates, those attributed to a source (a person, office or agency) are preferred over an outlet's own
   unattributed figure; of those, the most recently dated; on the same day, the larger (a toll revised from 14 to
   17 has best 17 — tolls are revised upward as victims are found or die). A median would let an early, superseded
   toll of one source outvote the latest toll of another. Where UCDP would pick the most reliable source by hand,
   we pick the newest original report; the low/high band keeps the disagreement visible.
"""

from __future__ import annotations

from newsledger.compare.view import StoryView
from newsledger.ledger import Estimate, EstimatePoint, stable_id
from newsledger.link.quantities import figure_span, figure_value


def _point(view: StoryView, figure_id: str) -> EstimatePoint:
    fig = view.figures[figure_id]
    statement = view.statements.get(fig.statement) if fig.statement else None
    date = (statement.said_on if statement is not None and statement.said_on else None) or view.date(fig.article)
    return EstimatePoint(date=date, source=fig.relayed_from or fig.source, figure=fig.id, article=fig.article,
                         value=figure_value(fig), low=fig.low, high=fig.high, qualifier=fig.qualifier)


def _date_key(point: EstimatePoint) -> tuple:
    return (point.date is None, point.date or "", point.figure)


_FLOORS = frozenset(["more than", "at least"])
_CEILINGS = frozenset(["up to", "fewer than", "nearly"])


def _bounds(p: EstimatePoint) -> tuple[float | None, float | None, bool]:
    """(lower bound, upper bound, whether the upper bound is only a floor) of one point, by its qualifier."""
    low = p.low if p.low is not None else (None if p.qualifier in _CEILINGS else p.value)
    if p.high is not None and p.qualifier not in _FLOORS:
        return low, p.high, False
    if p.qualifier in _FLOORS:
        return low, (p.low if p.low is not None else p.value), True
    return low, p.value, False


def latest_by_source(points: list[EstimatePoint]) -> dict[str, EstimatePoint]:
    latest: dict[str, EstimatePoint] = {}
    for p in sorted(points, key=_date_key):
        if p.value is None:
            continue
        key = p.source or f"article:{p.article}"
        current = latest.get(key)
        # undated points sort last, so only let them stand in for a source that has nothing dated
        if current is None or p.date is not None or current.date is None:
            latest[key] = p
    return latest


def reconcile_open(points: list[EstimatePoint]) -> tuple[float | None, float | None, float | None, bool]:
    """low, best, high and whether high is open (the rule in the module docstring)."""
    latest = latest_by_source(points)
    if not latest:
        return None, None, None, False
    bounds = [_bounds(p) for p in latest.values()]
    lows = [lo for lo, _, _ in bounds if lo is not None]
    closed = [hi for _, hi, floor in bounds if hi is not None and not floor]
    floors = [hi for _, hi, floor in bounds if hi is not None and floor]
    high = max(closed + floors) if closed or floors else None
    high_open = bool(floors) and max(floors) >= max(closed, default=float("-inf"))
    original = [p for p in latest.values() if p.source is not None] or list(latest.values())
    best = max(original, key=lambda p: (p.date is not None, p.date or "", p.value, p.figure)).value
    return (min(lows) if lows else None), best, high, high_open


def reconcile(points: list[EstimatePoint]) -> tuple[float | None, float | None, float | None]:
    low, best, high, _ = reconcile_open(points)
    return low, best, high


def estimates(view: StoryView) -> list[Estimate]:
    out = []
    for al in view.alignments:
        if al.kind != "figure":
            continue
        members = [m for m in al.members if m in view.figures]
        if not members:
            continue
        points = sorted((_point(view, m) for m in members), key=lambda p: (*_date_key(p), p.source or ""))
        lead = view.figures[al.first if al.first in view.figures else members[0]]
        low, best, high, high_open = reconcile_open(points)
        out.append(Estimate(
            id=stable_id("est", al.id), story=view.story, alignment=al.id, category=lead.category,
            counted=lead.counted, span=figure_span(lead, view.articles.get(lead.article)), points=points,
            low=low, best=best, high=high, high_open=high_open,
        ))
    return out
