"""How much each finding matters: a `weight` (higher first) and a one-line `why`.

The rule (kind first, then how many outlets and how far apart):
- base by kind (`ledger.FINDING_BASE_WEIGHT`): discrepancy 4, qualifier drift 3, category drift 2.5, attribution
  drift 2, editorial 1.5, omission 1 (grouped per outlet, omission.py; exclusives 0.5);
- a discrepancy on a casualty figure (killed, wounded, killed or wounded, missing, captured) adds 1 when both figures
  come from original sources (a named person, office or agency, not the outlet's own unattributed sentence), 0.5
  otherwise; and up to 0.9 for the distance between the values (log10 of their ratio: 1,100 vs 3,000 adds 0.44);
- a drift on a casualty figure adds 0.4 (qualifier) or 0.25 (category, attribution);
- every kind adds 0.1 per outlet involved beyond two, up to 0.2 (within a kind; never enough to pass the next kind's
  base, so the order of kinds always holds).

Below the top (phase 3; `TOP_MIN_WEIGHT`): the top five of a story holds only findings of weight TOP_MIN_WEIGHT (1.5)
or more — a story with two such findings shows two. Weighted below it, kept in the full list:
- omission and exclusive lists (1.0–1.45 and 0.5–0.8): what one outlet leaves out or alone carries is as often
  extraction missing a paraphrase as a real gap;
- a figure's attribution drift (1.2): two officials giving one count is no contradiction (the sheriff and the
  police chief both say "three killed"); attribution drift of quoted words stays at 2 unless the words are fewer
  than DRIFT_QUOTE_WORDS (8; 1.2);
- a discrepancy that is probably no disagreement, or none worth a reader's time (1.0): a figure that is no
  casualty count (a reward raised from $20,000 to $40,000, a weight of 210 or 212 pounds); two articles more than
  LATER_DAYS (14) days apart (a trial report's count against the first report's); the outlet giving the larger
  count also gives the smaller one as a casualty count (a part of it, or an earlier count); the smaller count's
  article also gives a killed count that adds up to the larger ("two died; three victims were taken to hospital"
  against "five shot"); the two articles name streets and none in common (two incidents linked into one story:
  compare/data/street_words.txt);
- a qualifier or category drift on a figure that is no casualty count (1.0: "about 210 pounds" against "210
  pounds"), and a category drift of one person between killed and killed or wounded (1.0: "a man was shot" and "a
  man was killed" are both true of one dead man; 500 killed against 500 killed or wounded stays a drift).
A category drift between `wounded` and `killed or wounded` (the exact word for "shot" when nobody died) is no drift
and is not reported (compare/__init__.py), nor a discrepancy between a part and a larger whole.

Phase 4 (what a reader wants at the top when a story holds it):
- an official's quote that every other outlet (two at least) carries, left out by an outlet that names the official
  and covered the same moment (omission.py, 1.55 + 0.1 per outlet beyond two others, up to 0.2): above the
  editorial, below every drift;
- a count corrected in print ("four injured, not five as first reported"; data/count_corrections.txt) stays a
  disagreement even when the larger count's outlet gives the smaller too;
- also doubtful (1.0): a killed count one higher whose sentence counts the attacker ("seven dead including the
  gunman" vs six victims; data/counted_perpetrator.txt); a smaller count from an outlet that gave the larger one as
  early or earlier (its smaller count is a part of it);
- attribution drift of a quote whose speaker is only a pronoun on one side ("he was heard to say", resolved to the
  nearest name) is a guess (1.2).

Phase 5:
- a revision between outlets is worth a reader's attention and stays in the top, its `why` saying "revised": the
  larger count said as an update ("bringing the total injured to 17", data/count_updates.txt) even when its article
  also gives the smaller, earlier count; or simply published a later day (up to LATER_DAYS) than the smaller;
- parts that add up (generalising phase 3's killed-count rule, which also added the dead to a count of the wounded
  only): the smaller count's article gives other counts (up to MAX_PARTS of them, each a casualty count the larger
  one's category holds: no killed count is a part of a count of the wounded) that with it add up to the larger ("wounding three people" + "two deputies were shot" + "one man was shot" against "six wounded"):
  no disagreement (1.0), unless either count's sentence is a correction.

Phase 6:
- one more person hurt said without a number in the smaller count's sentence ("… and another was injured trying to
  flee"; data/one_more_hurt.txt, data/hurt_words.txt) is a part of one; counts in a sentence breaking down a count
  given already ("four of them were hit by the car"; data/breakdown_words.txt) are never parts beside it;
- copies of one text are one outlet for omissions and exclusives (compare/copies.py); the outlets' totals are
  compared again when the smallest count is a part of the largest (compare/figures.py); everyone hit told two ways
  (compare/totals.py, 4.5 + distance) and a victim reported hurt who has since died (compare/later_deaths.py, 3.7,
  below every disagreement between sources) are weighed by their own modules.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import cache
from itertools import combinations
from pathlib import Path

from newsledger.compare.view import StoryView
from newsledger.extract.lexicon import data_lines
from newsledger.ledger import Figure, Finding
from newsledger.link.quantities import figure_value
from newsledger.link.sources import PRONOUNS

CASUALTIES = frozenset({"killed", "wounded", "killed_or_wounded", "missing", "captured"})
TOP_MIN_WEIGHT = 1.5
TOP_N = 5
# Days between two articles beyond which a differing count is a later moment (a trial, an anniversary, a city's
# yearly tally), not a disagreement about the incident: the bound link/quantities.py uses for an earlier incident's count.
LATER_DAYS = 14
# Words a quote needs before two outlets crediting it to different speakers is drift, not one short phrase ("a
# 16-year-old with the gun") two different people said or that court records and a lawyer both use.
DRIFT_QUOTE_WORDS = 8
BELOW_TOP = {"figure_attribution_drift": 1.2, "short_quote_drift": 1.2, "pronoun_drift": 1.2, "doubtful_discrepancy": 1.0,
             "minor_drift": 1.0}
OUTLET_KINDS = frozenset({"outlet", "media"})
_DRIFT_BONUS = {"qualifier_drift": 0.4, "category_drift": 0.25, "attribution_drift": 0.25}


def _original(view: StoryView, fig: Figure) -> bool:
    src = view.sources.get(fig.relayed_from or fig.source or "")
    return src is not None and src.kind not in OUTLET_KINDS


def rank(view: StoryView, finding: Finding) -> Finding:
    """The finding with its weight and why (omissions come weighted from omission.py and pass through)."""
    if finding.kind == "omission":
        return finding
    figs = [view.figures[e] for e in finding.evidence if e in view.figures]
    outlets = {view.outlet_key(e) for e in finding.evidence if e in view.articles}
    spread = min(0.2, 0.1 * max(0, len(outlets) - 2))
    casualty = bool(figs) and all(f.category in CASUALTIES for f in figs)
    weight = {"discrepancy": 4.0, "qualifier_drift": 3.0, "category_drift": 2.5, "attribution_drift": 2.0,
              "editorial": 1.5}[finding.kind] + spread
    why = finding.why
    if finding.kind == "discrepancy":
        original = bool(figs) and all(_original(view, f) for f in figs)
        values = [v for v in (figure_value(f) for f in figs) if v]
        ratio = max(values) / min(values) if len(values) >= 2 and min(values) > 0 else 1.0
        distance = min(0.9, math.log10(ratio)) if ratio > 1 else 0.0
        weight += (1.0 if casualty and original else 0.5 if casualty else 0.0) + distance
        who = "original sources" if original else "sources (one or more only the outlet's own words)"
        what = "a casualty figure" if casualty else "a figure"
        apart = f"{ratio:.1f}× apart" if ratio > 1 else "bounds that cannot both hold"
        why = f"{who} disagree on {what}: {apart}, {len(outlets)} outlets"
        doubt = _doubt(view, figs, casualty)
        if doubt:
            weight, why = BELOW_TOP["doubtful_discrepancy"], f"probably no disagreement: {doubt}"
        elif casualty and (revised := _revised(view, figs)):
            why = f"{why}; {revised}"
    elif finding.kind in _DRIFT_BONUS:
        if casualty:
            weight += _DRIFT_BONUS[finding.kind]
        subject = "a casualty figure" if casualty else ("a figure" if figs else "a statement")
        change = {"qualifier_drift": "qualifier changed", "category_drift": "what is counted changed",
                  "attribution_drift": "attribution changed"}[finding.kind]
        why = f"{change} on {subject} across {len(outlets)} outlets"
        quotes = [view.statements[e] for e in finding.evidence if e in view.statements]
        if finding.kind == "attribution_drift" and figs:
            weight = BELOW_TOP["figure_attribution_drift"]
            why = f"{why}; two named sources may each have given the count"
        elif finding.kind == "attribution_drift" and any(
                (q.speaker_text or "").strip().lower() in PRONOUNS for q in quotes):
            weight = BELOW_TOP["pronoun_drift"]
            why = f"{why}; on one side the speaker is only a pronoun (\"he said\"), so who said it is a guess"
        elif finding.kind == "attribution_drift" and quotes and min(
                len(q.text.split()) for q in quotes) < DRIFT_QUOTE_WORDS:
            weight = BELOW_TOP["short_quote_drift"]
            why = f"{why}; a phrase under {DRIFT_QUOTE_WORDS} words, which two people may both have said"
        elif figs and not casualty:
            weight = BELOW_TOP["minor_drift"]
            why = f"{why}; no casualty count"
        elif finding.kind == "category_drift" and all(figure_value(f) == 1 for f in figs):
            weight = BELOW_TOP["minor_drift"]
            why = f"{why}; one person, of whom \"shot\" and \"killed\" can both be true"
    return finding.model_copy(update={"weight": round(weight, 2), "why": why})


def by_weight(findings: list[Finding]) -> list[Finding]:
    """Heaviest first; ties in a stable, content-derived order."""
    return sorted(findings, key=lambda f: (-f.weight, f.kind, f.id))


def top(findings: list[Finding], n: int = TOP_N) -> list[Finding]:
    """The findings a story opens on: the heaviest n of weight TOP_MIN_WEIGHT or more (fewer when fewer qualify)."""
    return [f for f in by_weight(findings) if f.weight >= TOP_MIN_WEIGHT][:n]


def _doubt(view: StoryView, figs: list[Figure], casualty: bool) -> str | None:
    """Why a discrepancy is probably none (see the module's rule), or None."""
    valued = [(v, f) for f in figs if (v := figure_value(f)) is not None]
    if len(valued) < 2:
        return None
    if not casualty:
        return "a figure that is no casualty count (a reward raised, a weight rounded)"
    low_value, _ = min(valued, key=lambda x: x[0])
    high_value, high = max(valued, key=lambda x: x[0])
    low = min(valued, key=lambda x: x[0])[1]
    if not casualty or low_value >= high_value:
        return None
    days = days_apart(view.date(low.article), view.date(high.article))
    if days is not None and days > LATER_DAYS:
        return f"reported {days} days apart (a later article counting another moment or incident)"
    if figure_value(high) - low_value == 1 and says(view, high, "counted_perpetrator.txt"):
        return "the larger count includes the shooter (\"including the gunman\"), the smaller only victims"
    corrected = says(view, low, "count_corrections.txt") or says(view, high, "count_corrections.txt")
    if not corrected and not says(view, high, "count_updates.txt") and any(
            f.article == high.article and f.category in CASUALTIES and figure_value(f) == low_value
            for f in view.figures.values()):
        return f"{view.outlet(high.article)} gives {low_value:g} too (a part of its count, or an earlier one)"
    low_day = (view.date(low.article) or "")[:10]
    if low_day and any(view.outlet_key(f.article) == view.outlet_key(low.article) and f.category in CASUALTIES
                       and figure_value(f) == high_value and (view.date(f.article) or "9")[:10] <= low_day
                       for f in view.figures.values()):
        return f"{view.outlet(low.article)} gives {high_value:g} too, as early (its {low_value:g} is a part of it)"
    parts = None if corrected else adding_parts(view, low, high)
    if parts:
        given = " + ".join(f"{v:g}" for v in parts)
        return f"{view.outlet(low.article)} gives {low_value:g} and, apart, {given}: the parts add up to {high_value:g}"
    here, there = streets(view.articles[low.article].text), streets(view.articles[high.article].text)
    if here and there and not here & there:
        return "the two articles name different streets (two incidents linked into one story?)"
    return None


# Parts an article may give apart (bystanders, deputies, one man shot in the hand): more than this many adding up to
# the other outlet's count would be chance more often than arithmetic.
MAX_PARTS = 3
# Which counts are parts of a count of each category: the wounded of the wounded (a "shot" count that is not said
# to be a death counts as hurt), anyone hit of a killed-or-wounded total, the dead of the dead.
_PART_CATEGORIES = {"killed": frozenset({"killed"}), "wounded": frozenset({"wounded", "killed_or_wounded"}),
                    "killed_or_wounded": frozenset({"killed", "wounded", "killed_or_wounded"})}


def adding_parts(view: StoryView, low: Figure, high: Figure) -> tuple[float, ...] | None:
    """Other counts of the smaller count's article that with it add up to the larger count (fewest first), or None."""
    low_value, high_value = figure_value(low), figure_value(high)
    allowed = _PART_CATEGORIES.get(high.category, frozenset())
    if low.value is None or high.value is None or low_value is None or high_value is None \
            or low.category not in allowed:
        return None  # a vague amount ("several") has no value its parts could add up to
    spans = set()
    values = []
    text = view.articles[low.article].text
    for f in sorted(view.figures.values(), key=lambda f: (f.start, f.id)):
        v = figure_value(f)
        if (f.article != low.article or f.id == low.id or f.category not in allowed or v is None or v <= 0
                or v >= high_value or f.start < low.end and low.start < f.end or (f.start, f.end) in spans):
            continue
        if _holds(sentence_of(text, f.start, f.end), "breakdown_words.txt"):
            continue  # "four of them were hit by the car": a part of a count given already, not one beside it
        spans.add((f.start, f.end))
        values.append(v)
    if high.category in _HURT_CATEGORIES and one_more_hurt(sentence_of(text, low.start, low.end)):
        values.append(1.0)  # "… and another was injured trying to flee": one more hurt, said without a number
    for size in range(1, MAX_PARTS + 1):
        for combo in combinations(values, size):
            if low_value + sum(combo) == high_value:
                return combo
    return None


_HURT_CATEGORIES = frozenset({"wounded", "killed_or_wounded"})


def one_more_hurt(sentence: str) -> bool:
    """Whether a sentence adds one more person hurt without a number word ("and another was injured trying to
    flee"; data/one_more_hurt.txt, data/hurt_words.txt)."""
    heads = "|".join(re.escape(h) for h in _phrases("one_more_hurt.txt"))
    hurt = "|".join(re.escape(h) for h in _phrases("hurt_words.txt"))
    return re.search(rf"\b(?:{heads})\s+(?:\w+\s+){{0,3}}?(?:{hurt})\b", sentence.lower()) is not None


def _holds(sentence: str, phrases: str) -> bool:
    low = sentence.lower()
    return any(re.search(rf"\b{re.escape(p)}\b", low) for p in _phrases(phrases))


def _revised(view: StoryView, figs: list[Figure]) -> str | None:
    """The `why` of a discrepancy that is a revision between outlets: the larger count said as an update, or given
    a later day than the smaller."""
    valued = [(v, f) for f in figs if (v := figure_value(f)) is not None]
    if len(valued) < 2:
        return None
    (low_value, low), (high_value, high) = min(valued, key=lambda x: x[0]), max(valued, key=lambda x: x[0])
    if low_value >= high_value:
        return None
    low_day, high_day = (view.date(low.article) or "")[:10], (view.date(high.article) or "")[:10]
    said = says(view, high, "count_updates.txt")
    if not said and not (low_day and high_day and high_day > low_day):
        return None
    how = "as an update" if said else f"on {high_day}, after {view.outlet(low.article)}'s {low_value:g} of {low_day}"
    return f"revised from {low_value:g} to {high_value:g}: {view.outlet(high.article)} gives {high_value:g} {how}"


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end]."""
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "! ", "? ", "\n"))
    closing = [i for i in (text.find(stop, end) for stop in (". ", "! ", "? ", "\n")) if i >= 0]
    return text[opening + 1:min(closing) + 1 if closing else len(text)]


def says(view: StoryView, fig: Figure, phrases: str) -> bool:
    """Whether the sentence of a figure holds one of a data file's phrases (compare/data/)."""
    sentence = sentence_of(view.articles[fig.article].text, fig.start, fig.end).lower()
    return any(p in sentence for p in _phrases(phrases))


@cache
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(p.lower() for p in data_lines(Path(__file__).resolve().parent / "data" / name))


def days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else None
    except ValueError:
        return None


@cache
def _street_words() -> str:
    lines = data_lines(Path(__file__).resolve().parent / "data" / "street_words.txt")
    return "|".join(sorted((re.escape(w) for w in lines), key=len, reverse=True))


_STREET_NAME = r"(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))"


def streets(text: str) -> frozenset[str]:
    """The streets an article names ("Princeton Avenue" → princeton; "37th and Nash streets" → 37th, nash)."""
    pattern = re.compile(rf"({_STREET_NAME}(?:\s+and\s+{_STREET_NAME})?)\s+(?:{_street_words()})s?\b\.?",
                         re.IGNORECASE)
    out: set[str] = set()
    for m in pattern.finditer(text):
        if not m.group(0).split()[-1][0].isupper() and " and " not in m.group(1):
            continue  # "the road", "a long way": a street is named with a capital, or as "X and Y streets"
        out.update(part.lower() for part in re.split(r"\s+and\s+", m.group(1)))
    return frozenset(out)
