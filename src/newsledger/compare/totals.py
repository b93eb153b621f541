"""Everyone hit, told two ways: one outlet gives the total shot with its dead inside ("Four people were shot, one
fatally"), another the dead and the wounded apart ("A man was killed and four more were wounded": five shot). The
two totals are one quantity no alignment holds (a total of the hit is no count of the wounded, nor of the dead), so
a disagreement between them (four against five) is found here (issue 16, phase 6).

A given total: a killed-or-wounded count followed in its sentence by a count of the killed no larger ("Four …
shot, one fatally"; not "three other people", a count set beside someone else). A summed total: a count of the
killed and one of the wounded in one sentence of another outlet. Exact counts only ("at least 22 others" adds up
to no total). Not when either article gives the other's total as a count of the hit too (its parts told another
way: "six others injured" where the other outlet says six shot and "a seventh person was injured by glass"). The two are compared
only when their counts of the killed are one quantity (aligned) and the same number: the same dead, so the outlets
differ on the living hit. Not between articles more than LATER_DAYS apart or naming different streets (the doubts of
compare/rank.py). Weighed as a discrepancy on a casualty count between sources (4.5, + the distance between the
totals as rank.py adds it), not by rank() (its figures are three, of two categories).
"""

from __future__ import annotations

import math
import re
from functools import cache
from itertools import product
from pathlib import Path

from newsledger.compare.rank import LATER_DAYS, days_apart, sentence_of, streets
from newsledger.compare.view import StoryView
from newsledger.extract.lexicon import data_lines
from newsledger.ledger import Figure, Finding
from newsledger.link.quantities import figure_value

TOTALS_WEIGHT = 4.5


def _sentence(view: StoryView, fig: Figure) -> tuple[str, int]:
    text = view.articles[fig.article].text
    s = sentence_of(text, fig.start, fig.end)
    return s, text.find(s, max(0, fig.start - len(s)))


def _by_sentence(view: StoryView, figs: list[Figure]) -> dict[tuple[str, int], list[Figure]]:
    out: dict[tuple[str, int], list[Figure]] = {}
    for f in figs:
        out.setdefault((f.article, _sentence(view, f)[1]), []).append(f)
    return out


def _totals(view: StoryView) -> tuple[list[tuple[Figure, Figure]], list[tuple[Figure, Figure]]]:
    """(given totals: killed-or-wounded with its killed), (summed: killed with wounded), each from one sentence."""
    given, summed = [], []
    # "at least 22 others", "nearly two dozen": no total to add up exactly
    valued = [f for f in view.figures.values() if f.value is not None and figure_value(f) is not None
              and f.qualifier is None and not _loose(view, f)]
    for group in _by_sentence(view, valued).values():
        killed = [f for f in group if f.category == "killed"]
        for dead, other in product(killed, group):
            if other.start < dead.end and dead.start < other.end:
                continue  # one span read twice, not two counts
            if other.category == "killed_or_wounded" and figure_value(dead) < figure_value(other) \
                    and other.start < dead.start and not _others(view, other):
                given.append((other, dead))
            elif other.category == "wounded":
                summed.append((dead, other))
    return given, summed


def _others(view: StoryView, fig: Figure) -> bool:
    """"three other people, killing one": a count set beside someone already hit is no total of everyone hit."""
    text = view.articles[fig.article].text
    return re.search(r"\bothers?\b", text[fig.start:fig.end + len(" other")].lower()) is not None


@cache
def _loose_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines(Path(__file__).resolve().parent / "data" / "loose_counts.txt"))


def _loose(view: StoryView, fig: Figure) -> bool:
    """An approximate count (data/loose_counts.txt: "nearly two dozen", "dozens")."""
    before = view.articles[fig.article].text[max(0, fig.start - 20):fig.start].lower().split()
    loose = _loose_words()
    return fig.text.lower() in loose or bool(before) and before[-1] in loose


def _gives(view: StoryView, article_id: str, value: float) -> bool:
    return any(f.article == article_id and f.category == "killed_or_wounded" and figure_value(f) == value
               for f in view.figures.values())


def _aligned(view: StoryView) -> dict[str, str]:
    return {m: al.id for al in view.alignments if al.kind == "figure" for m in al.members}


def total_findings(view: StoryView) -> list[Finding]:
    given, summed = _totals(view)
    if not given or not summed:
        return []
    quantity = _aligned(view)
    out: dict[tuple[str, str], Finding] = {}
    for (total, dead_a), (dead_b, hurt) in product(sorted(given, key=lambda p: p[0].id),
                                                   sorted(summed, key=lambda p: p[1].id)):
        a, b = total.article, hurt.article
        if view.outlet_key(a) == view.outlet_key(b) or (view.outlet_key(a), view.outlet_key(b)) in out:
            continue
        if quantity.get(dead_a.id) is None or quantity.get(dead_a.id) != quantity.get(dead_b.id) \
                or figure_value(dead_a) != figure_value(dead_b):
            continue
        told, added = figure_value(total), figure_value(dead_b) + figure_value(hurt)
        if told == added or _gives(view, a, added) or _gives(view, b, told):
            continue  # one of them gives the other's total too: parts told differently, not two totals
        days = days_apart(view.date(a), view.date(b))
        here, there = streets(view.articles[a].text), streets(view.articles[b].text)
        if days is not None and days > LATER_DAYS or here and there and not here & there:
            continue
        out[(view.outlet_key(a), view.outlet_key(b))] = _finding(view, (total, dead_a), (dead_b, hurt), told, added)
    return list(out.values())


def _finding(view: StoryView, given: tuple[Figure, Figure], summed: tuple[Figure, Figure], told: float,
             added: float) -> Finding:
    (total, dead_a), (dead_b, hurt) = given, summed
    summary = (f"{view.outlet(total.article)} gives {told:g} shot, {figure_value(dead_a):g} of them killed (“{total.text}"
               f"” … “{dead_a.text}”), while {view.outlet(hurt.article)} gives {figure_value(dead_b):g} killed and "
               f"{figure_value(hurt):g} wounded (“{dead_b.text}” … “{hurt.text}”): {added:g} shot.")
    ratio = max(told, added) / min(told, added)
    weight = TOTALS_WEIGHT + min(0.9, math.log10(ratio))
    why = (f"sources disagree on how many were shot: {told:g} against {added:g}, the same {figure_value(dead_a):g} "
           f"killed in both")
    return view.finding("discrepancy", summary, [total.id, dead_a.id, dead_b.id, hurt.id, total.article,
                                                  hurt.article]).model_copy(update={"weight": round(weight, 2),
                                                                                    "why": why})
