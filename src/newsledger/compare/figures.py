"""Findings within one quantity (a figure alignment): discrepancy, qualifier drift, category drift, and figures
attributed to different sources or stated as fact by one outlet.

Rules (figures of one outlet — one article, or that outlet's later updates — are never compared with each other: a
repeat or an update is not drift). Drift is judged among
figures giving the same number (to 1%), each against one reference — the earliest qualified figure, the earliest
killed-or-wounded figure, the most common attribution — so the cost, and the number of findings, grows linearly:

- ``discrepancy``: the lowest and highest estimates of the quantity differ by more than ``DISCREPANCY_RATIO``
  (1,100 vs more than 3,000), or their bounds cannot both hold ("up to 500" vs "at least 800"); not when one
  source raises its own count later (a revision), nor when one is a vague amount whose range the other's bounds
  meet ("dozens" and "more than 40").
- ``qualifier_drift``: the same value from the same source, "more than"/"at least"/… in the reference and a
  different qualifier or none in another outlet.
- ``category_drift``: the same value from the same source, killed-or-wounded in the reference and killed (or
  wounded) in another outlet.
- ``attribution_drift``: the same value attributed through another chain than the usual one (compared by name, the
  original source first, every intermediary, the voice last: an outlet that drops the intermediary — `Tarsk says`
  where others have `a lawmaker says, citing Tarsk's spy agency` — or swaps the origin is flagged), or stated as
  fact (no source, or the outlet itself) where others attribute it — and the reverse; not when every link on both
  sides is an official who routinely gives counts.
"""

from __future__ import annotations

import re
from collections import defaultdict

from newsledger.compare.labels import category_words, figure_phrase, number, possessive
from newsledger.compare.rank import CASUALTIES, says
from newsledger.compare.view import StoryView
from newsledger.extract.lexicon import words
from newsledger.ledger import Figure, Finding, relay_chain
from newsledger.link.quantities import DRIFTS, figure_value, one_person

DISCREPANCY_RATIO = 1.2  # estimates this far apart are not one number rounded differently
LOWER = frozenset({"more than", "at least"})
UPPER = frozenset({"up to", "fewer than"})
OUTLET_KINDS = frozenset({"outlet", "media"})


def bounds(fig: Figure) -> tuple[float, float]:
    """What a figure claims as an interval: 'more than 1,000' is [1,000, ∞)."""
    value = figure_value(fig)
    low = fig.low if fig.low is not None else value
    high = fig.high if fig.high is not None else value
    if fig.qualifier in LOWER:
        high = float("inf")
    if fig.qualifier in UPPER:
        low = 0.0
    return (low if low is not None else 0.0), (high if high is not None else float("inf"))


def _speakers(fig: Figure) -> set[str]:
    """Every source the figure passed through: the origin, each intermediary, the voice in the article."""
    return set(relay_chain(fig))


def _same_claim(a: Figure, b: Figure) -> bool:
    """Same value and the same source (or one side silent about its source)."""
    va, vb = figure_value(a), figure_value(b)
    if va is None or vb is None or abs(va - vb) > 0.01 * max(abs(va), abs(vb)):
        return False
    sa, sb = _speakers(a), _speakers(b)
    return not sa or not sb or bool(sa & sb)


def _chain_names(view: StoryView, fig: Figure) -> tuple[str, ...]:
    """The relay chain by name, the origin first and the voice in the article last; one name said twice in a row
    (two records of one source) is one link."""
    names: list[str] = []
    for sid in relay_chain(fig):
        name = view.speaker(sid) or sid
        if not names or names[-1] != name:
            names.append(name)
    return tuple(names)


def _who(view: StoryView, fig: Figure) -> str:
    """Who asserts the figure, with the chain when a speaker relays another source ("Kirby, citing South Korean
    intelligence"; "a wire agency, citing BCI via Dana Reuel"): a journalist needs both the voice and the origin."""
    names = _chain_names(view, fig)
    if not names:
        return "an unnamed source"
    if len(names) == 1:
        return names[0]
    return f"{names[-1]}, citing {' via '.join(names[:-1])}"


def _whose_figure(view: StoryView, fig: Figure) -> str:
    """"Varga's figure of 500", or with a relay chain "the figure of 1,000 (Kirby, citing South Korean intelligence)"."""
    who, value = _who(view, fig), number(figure_value(fig))
    return f"the figure of {value} ({who})" if ", citing " in who else f"{possessive(who)} figure of {value}"


def _when(view: StoryView, fig: Figure) -> str | None:
    statement = view.statements.get(fig.statement) if fig.statement else None
    return (statement.said_on if statement is not None else None) or view.date(fig.article)


def _revision(view: StoryView, low: Figure, high: Figure) -> bool:
    """One source raising its own running count later is an update, not a disagreement."""
    when_low, when_high = _when(view, low), _when(view, high)
    return bool(_speakers(low) & _speakers(high)) and bool(when_low and when_high and when_low < when_high)


# A killed-or-wounded count is a total of everyone hit: it leads only when no casualty count of its article is larger.
_LEADS_OVER = {"killed_or_wounded": ("killed", "wounded", "killed_or_wounded")}


def _leading(view: StoryView) -> dict[tuple[str, str], float]:
    """Each article's largest count per category: the toll it reports, not one of its parts."""
    top: dict[tuple[str, str], float] = {}
    for fig in view.figures.values():
        value = figure_value(fig)
        if value is not None:
            for category, over in _LEADS_OVER.items():
                if fig.category in over:
                    top[(fig.article, category)] = max(top.get((fig.article, category), value), value)
            key = (fig.article, fig.category)
            top[key] = max(top.get(key, value), value)
    return top


def _discrepancy(view: StoryView, figs: list[Figure]) -> list[Finding]:
    """Per category; only figures that are their article's largest of that category take part: "two victims are in
    critical condition" is a part of the toll "16 shot" the same article gives, not a rival count."""
    top = _leading(view)
    out: list[Finding] = []
    for category in sorted({f.category for f in figs}):
        same = [f for f in figs if f.category == category and figure_value(f) is not None
                and figure_value(f) >= top.get((f.article, category), float("-inf"))]
        out.extend(_discrepancy_of(view, same))
    return out


def _discrepancy_of(view: StoryView, figs: list[Figure]) -> list[Finding]:
    valued = [f for f in figs if figure_value(f) is not None]
    if len({f.article for f in valued}) < 2:
        return []
    # at one value a count outranks a floor ("14 died" against "17", not "at least 14", which 17 meets)
    low = min(valued, key=lambda f: (figure_value(f), f.qualifier in LOWER, f.id))
    # at one value another outlet's count is the rival: the low outlet's own later update is not
    high = max(valued, key=lambda f: (figure_value(f), view.outlet_key(f.article) != view.outlet_key(low.article),
                                      f.id))
    if view.outlet_key(low.article) == view.outlet_key(high.article) or _revision(view, low, high):
        return []  # one outlet's articles disagreeing over time is that outlet updating itself
    lo_b, hi_b = bounds(low), bounds(high)
    ratio = figure_value(high) / max(figure_value(low), 1e-9)
    if ratio <= DISCREPANCY_RATIO and lo_b[1] >= hi_b[0]:
        return []
    vague = low.value is None or high.value is None
    if vague and lo_b[0] <= hi_b[1] and hi_b[0] <= lo_b[1]:
        return []  # "dozens" (24–99) and "more than 40" can both hold: a vague amount is no discrepancy
    if low.qualifier in LOWER and high.qualifier is None and lo_b[0] <= figure_value(high):
        return []  # "at least three shot" and "four shot": the count meets the floor (two floors stay estimates)
    if high.qualifier in UPPER and low.qualifier is None and figure_value(low) <= hi_b[1]:
        return []  # "as many as 20 injured" and "14 injured": the count is within the ceiling
    summary = (f"{view.outlet(low.article)} gives {figure_phrase(low)}, according to {_who(view, low)}, while "
               f"{view.outlet(high.article)} gives {figure_phrase(high)}, according to {_who(view, high)}.")
    found = [view.finding("discrepancy", summary, [low.id, high.id, low.article, high.article])]
    if _given_as_part(view, high, figure_value(low)) and not any(
            says(view, f, name) for f in (low, high) for name in ("count_updates.txt", "count_corrections.txt")):
        # the smallest count may be a part the largest count's article gives too (seven of fourteen hurt "from
        # gunshot wounds"), yet the other outlets' totals can still disagree (13 against 14): compare them too (an
        # update or a correction keeps the pair a disagreement already, compare/rank.py)
        found += _discrepancy_of(view, [f for f in valued if view.outlet_key(f.article) != view.outlet_key(low.article)])
    return found


def _given_as_part(view: StoryView, whole: Figure, value: float) -> bool:
    """Whether the article of a count gives a smaller casualty count of this value too."""
    return any(f.article == whole.article and f.category in CASUALTIES and figure_value(f) == value
               for f in view.figures.values())


def _official(view: StoryView, fig: Figure) -> bool:
    """Stated as fact, or attributed (every link of its chain) to officials who routinely give counts
    (lexicons/figure_official_sources)."""
    ids = relay_chain(fig)
    if not ids:
        return True
    officials = words("figure_official_sources.txt")
    for sid in ids:
        src = view.sources.get(sid)
        if src is None or src.kind in OUTLET_KINDS:
            continue
        named = " ".join([src.name, *src.descriptions]).lower()
        if not any(re.sub(r"['’]s$", "", w) in officials for w in re.findall(r"[\w'’]+", named)):
            return False
    return True


def _one_outlet(view: StoryView, a: Figure, b: Figure) -> bool:
    """Figures of one outlet (one article, or its updates) are never compared: a repeat or an update is not drift."""
    return view.outlet_key(a.article) == view.outlet_key(b.article)


def _earliest(view: StoryView, figs: list[Figure]) -> Figure:
    return min(figs, key=lambda f: (_when(view, f) is None, _when(view, f) or "", f.id))


def by_value(figs: list[Figure]) -> dict[float, list[Figure]]:
    """Figures of one quantity that give the same number (to 1%): the ones that can drift from each other."""
    groups: dict[float, list[Figure]] = {}
    for fig in sorted(figs, key=lambda f: (figure_value(f), f.id)):
        value = figure_value(fig)
        key = next((k for k in groups if abs(k - value) <= 0.01 * max(abs(k), abs(value))), value)
        groups.setdefault(key, []).append(fig)
    return groups


def _qualifier_drift(view: StoryView, figs: list[Figure]) -> list[Finding]:
    """Each figure compared with the earliest qualified one of the same number: linear, one finding per outlet."""
    qualified = [f for f in figs if f.qualifier]
    if not qualified:
        return []
    kept = _earliest(view, qualified)
    out = []
    for fig in figs:
        if _one_outlet(view, fig, kept) or fig.qualifier == kept.qualifier or not _same_claim(kept, fig):
            continue
        if fig.qualifier is None:
            summary = (f"{view.outlet(fig.article)} reports {_whose_figure(view, kept)} without the qualifier "
                       f"'{kept.qualifier}' used by {view.outlet(kept.article)}.")
        else:
            summary = (f"{view.outlet(fig.article)} reports {_whose_figure(view, kept)} as '{fig.qualifier}' "
                       f"where {view.outlet(kept.article)} has '{kept.qualifier}'.")
        out.append(view.finding("qualifier_drift", summary, [kept.id, fig.id, kept.article, fig.article]))
    return out


def _category_drift(view: StoryView, figs: list[Figure]) -> list[Finding]:
    out = []
    for wide, narrow in sorted(DRIFTS):
        broad = [f for f in figs if f.category == wide]
        if not broad:
            continue
        ref = _earliest(view, broad)
        for fig in figs:
            if fig.category != narrow or _one_outlet(view, fig, ref) or not (_speakers(fig) & _speakers(ref)):
                continue
            summary = (f"{view.outlet(fig.article)} reports {_whose_figure(view, ref)} as {category_words(narrow)}, where "
                       f"{view.outlet(ref.article)} reports it as {category_words(wide)}.")
            out.append(view.finding("category_drift", summary, [ref.id, fig.id, ref.article, fig.article]))
    return out


def _attribution_drift(view: StoryView, figs: list[Figure]) -> list[Finding]:
    """Figures whose attribution differs from the most common one for the same number (ties: the earliest)."""

    def as_fact(fig: Figure) -> bool:
        src = view.sources.get(fig.source) if fig.source else None
        return fig.source is None or (src is not None and src.kind in OUTLET_KINDS)

    def attribution(fig: Figure) -> tuple[str, ...]:
        # the whole chain by name: an outlet that drops an intermediary or swaps the origin gives another one
        return () if as_fact(fig) else _chain_names(view, fig)

    # one person told without a number ("he was shot", attributed here, told as fact there) is no figure whose
    # attribution a reader needs to check
    figs = [f for f in figs if not any(view.unresolved(s) for s in relay_chain(f)) and not one_person(f)]
    counts: dict[tuple[str, ...], int] = defaultdict(int)
    for fig in figs:
        counts[attribution(fig)] += 1
    if len(counts) < 2:
        return []
    order = sorted(figs, key=lambda f: (_when(view, f) is None, _when(view, f) or "", f.id))
    usual = max(counts, key=lambda a: (counts[a], -next(i for i, f in enumerate(order) if attribution(f) == a)))
    ref = next(f for f in order if attribution(f) == usual)
    out = []
    for fig in order:
        mine = attribution(fig)
        if _one_outlet(view, fig, ref) or mine == usual:
            continue  # one chain of names ("police" here and there, two records of one name) is no drift
        if _official(view, fig) and _official(view, ref):
            continue  # police here, deputies or the outlet's own words there: routine newswriting, not drift
        value = number(figure_value(fig))
        where = f"while {view.outlet(ref.article)}"
        if not mine:
            summary = (f"{view.outlet(fig.article)} states the figure of {value} as fact, {where} attributes it to "
                       f"{_who(view, ref)}.")
        elif not usual:
            summary = (f"{view.outlet(fig.article)} attributes the figure of {value} to {_who(view, fig)}, {where} "
                       f"states it as fact.")
        else:
            summary = (f"{view.outlet(fig.article)} attributes the figure of {value} to {_who(view, fig)}, {where} "
                       f"attributes it to {_who(view, ref)}.")
        out.append(view.finding("attribution_drift", summary, [ref.id, fig.id, ref.article, fig.article]))
    return out


def figure_findings(view: StoryView) -> list[Finding]:
    """Per figure alignment; every check compares each figure with one reference, so cost grows linearly."""
    out: list[Finding] = []
    for alignment in view.alignments:
        if alignment.kind != "figure":
            continue
        figs = sorted((view.figures[m] for m in alignment.members if m in view.figures), key=lambda f: f.id)
        figs = [f for f in figs if figure_value(f) is not None]
        out.extend(_discrepancy(view, figs))
        for same in by_value(figs).values():
            # "four dead, including the shooter" and "three to four others" count different people at one value
            if len({says(view, f, "counted_perpetrator.txt") for f in same}) == 1:
                out.extend(_qualifier_drift(view, same))
                out.extend(_category_drift(view, same))
            out.extend(_attribution_drift(view, same))
    return out
