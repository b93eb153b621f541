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
"""

from __future__ import annotations

import math

from newsledger.compare.view import StoryView
from newsledger.ledger import Figure, Finding
from newsledger.link.align import figure_value

CASUALTIES = frozenset({"killed", "wounded", "killed_or_wounded", "missing", "captured"})
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
    elif finding.kind in _DRIFT_BONUS:
        if casualty:
            weight += _DRIFT_BONUS[finding.kind]
        subject = "a casualty figure" if casualty else ("a figure" if figs else "a statement")
        change = {"qualifier_drift": "qualifier changed", "category_drift": "what is counted changed",
                  "attribution_drift": "attribution changed"}[finding.kind]
        why = f"{change} on {subject} across {len(outlets)} outlets"
    return finding.model_copy(update={"weight": round(weight, 2), "why": why})


def by_weight(findings: list[Finding]) -> list[Finding]:
    """Heaviest first; ties in a stable, content-derived order."""
    return sorted(findings, key=lambda f: (-f.weight, f.kind, f.id))
