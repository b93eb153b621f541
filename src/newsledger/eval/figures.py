"""Score casualty figures against the Gun Violence Archive's registry counts (figures/gva/*.jsonl).

Two levels, both against `gold_incident.num_killed` / `num_injured`:

(a) Article level, on the articles whose text *states* the registry count. The rule, kept deliberately plain so a
    reader can check it: the registry number, in digits or words ("3", "three"), occurs within 60 characters
    before or after a killed word (killed, dead, died, deaths, fatally, slain, murdered, lives) for the killed count,
    or a wounded word (wounded, injured, injuries, hurt, hospitalized) for the injured count; zero counts are never
    "stated". On those articles: the share where the article's extracted count equals the registry's.
(b) Incident level: all articles of an incident reconciled into one best killed and one best injured count
    (`reconcile`), exact-match accuracy over all incidents.

An article's count (`article_counts`): killed = the largest `killed` figure of the article (leads give the toll;
later sentences break it down: "one man died at the scene and another later in hospital"); wounded likewise from
`wounded` figures; and its shot-or-casualty total (killed_or_wounded figures), from which the incident's injured
count is derived when no article states one (`incident_counts`). The article is its body *and its headline*: the
headline is read by the same extractor (`title_figures`; those figures are not in the ledger, whose offsets all
refer to the body). A figure whose scope covers many events — a period or an extent such as "since Friday night",
"this year", "across the city", "in three separate shootings" (`covers_many_events`) — is a tally, not this
incident's count, and is left out. Ranges and vague amounts ("dozens") are not exact counts and are ignored here.

Reconciliation (`reconcile`, `incident_counts`): newest report wins unless contradicted — the count most of the
incident's articles give wins; among counts given by equally many articles, the one from the most recently dated
article (tolls rise as victims die in hospital); among those, the smaller (the larger of two same-day counts is
often an age or another shooting's toll; on the development half of dev this tie-break did better than the
larger). An article that gives no count does not vote. No article with a count → 0 (the registry's count for
incidents where nobody was killed, or injured, is 0 and articles rarely state a zero).

A regex baseline (number right before "killed"/"dead"/"injured"/"wounded", in the headline or the body) is scored
in the same run and reconciled the same way, so the gain of the extractor is visible.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsledger.ledger import Article, Figure

_NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
              10: "ten", 11: "eleven", 12: "twelve"}
_KILLED_WORDS = r"killed|dead|died|deaths?|fatally|slain|murdered|lives"
_INJURED_WORDS = r"wounded|injured|injuries|hurt|hospitali[sz]ed"
_BASELINE_NUMBER = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"


def load_records(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    out = [r for r in out if (r.get("text") or "").strip()]  # a few registry articles have no text to read
    if limit:
        # A fixed subset of whole incidents (the first `limit` incidents by id), never half an incident.
        keep = sorted({r["incident_id"] for r in out})[:limit]
        out = [r for r in out if r["incident_id"] in set(keep)]
    return out


def states_count(text: str, count: int, words: str) -> bool:
    """The article-level rule in the module docstring."""
    if count <= 0:
        return False
    forms = [re.escape(str(count))] + ([_NUM_WORDS[count]] if count in _NUM_WORDS else [])
    number = rf"(?<![\w,.])(?:{'|'.join(forms)})(?![\w,])"
    pattern = rf"{number}.{{0,60}}?\b(?:{words})\b|\b(?:{words})\b.{{0,60}}?{number}"
    return re.search(pattern, text, re.I | re.S) is not None


def article_counts(figures: Iterable[Figure]) -> tuple[int | None, int | None, int | None]:
    """(killed, wounded, shot-or-casualty total) an article gives, by the rule in the module docstring."""
    from newsledger.extract.figures import covers_many_events

    by_cat: dict[str, list[float]] = defaultdict(list)
    for fig in figures:
        if fig.value is not None and fig.unit not in {"percent", "share"} and fig.value == int(fig.value) \
                and not covers_many_events(fig.scope):
            by_cat[fig.category].append(fig.value)

    def largest(category: str) -> int | None:
        return int(max(by_cat[category])) if by_cat[category] else None
    return largest("killed"), largest("wounded"), largest("killed_or_wounded")


def reconcile(reports: list[tuple[str | None, int | None]]) -> int:
    """One best count from (article date, count) reports: the count most articles give; among counts given equally
    often, the newest report's; among those, the smaller."""
    given = [(d or "", c) for d, c in reports if c is not None]
    if not given:
        return 0
    support = Counter(c for _, c in given)
    newest = {c: max(d for d, x in given if x == c) for c in support}
    return max(support, key=lambda c: (support[c], newest[c], -c))


def incident_counts(reports: dict[str, list]) -> dict[str, int]:
    """Best killed and injured counts of one incident. Injured: the explicit wounded count, or — when the articles
    give more people shot than killed — the shot total minus the killed count, whichever is larger (a lone
    "the victim was treated for injuries" must not hide "four people were shot")."""
    killed = reconcile(reports["killed"])
    wounded = reconcile(reports["injured"])
    total = reconcile(reports["total"])
    return {"killed": killed, "injured": max(wounded, total - killed)}


def baseline_counts(text: str) -> tuple[int | None, int | None]:
    """The plain regex baseline: the largest number right before a killed / injured word."""
    def largest(words: str) -> int | None:
        found = [m.group(1).lower() for m in re.finditer(
            rf"\b{_BASELINE_NUMBER}\s+(?:\w+\s+){{0,2}}?(?:(?:were|was|are|have been|had been)\s+)?(?:{words})\b",
            text, re.I)]
        values = [int(x) if x.isdigit() else {v: k for k, v in _NUM_WORDS.items()}[x] for x in found]
        values = [v for v in values if v < 1000]
        return max(values) if values else None
    return largest(_KILLED_WORDS), largest(_INJURED_WORDS)


def _extract(records: list[dict], model: str | None) -> Iterator[tuple[dict, list[Figure]]]:
    from newsledger.extract import extract_articles
    from newsledger.ingest import article_from_record

    articles: list[Article] = []
    by_id: dict[str, list[dict]] = defaultdict(list)
    for rec in records:
        article = article_from_record({k: rec[k] for k in ("id", "title", "date", "url", "text") if k in rec})
        if article.id not in by_id:
            articles.append(article)
        by_id[article.id].append(rec)  # the same article filed under two incidents is scored for each
    for extraction in extract_articles(articles, model=model):
        figures = extraction.figures + title_figures(extraction.article)
        for rec in by_id[extraction.article.id]:
            yield rec, figures


def title_figures(article: Article) -> list[Figure]:
    """The headline's figures ("2 dead, 4 wounded in …", "Teen shot dead in …"), read by the same extractor. The
    ledger's figures are spans of the body (every offset refers to `article.text`), so these are not in the
    ledger; the scorer counts them with the body's because the headline is part of what the article states."""
    from newsledger.extract.figures import extract_figures

    title = (article.title or "").strip()
    if not title:
        return []
    return extract_figures(Article(id=article.id, title=None, date=article.date, text=title), None, None)


def _share(hits: int, total: int) -> float:
    return round(hits / total, 3) if total else 0.0


def score(pairs: list[tuple[dict, list[Figure]]]) -> dict[str, float]:
    scores: dict[str, float] = {}
    systems = {
        "": lambda rec, figs: article_counts(figs),
        # The baseline reads the headline too, as the extractor does (`title_figures`).
        "baseline_": lambda rec, figs: (*baseline_counts(f'{rec.get("title") or ""}\n{rec["text"]}'), None),
    }
    for prefix, counts_of in systems.items():
        stated = {"killed": [0, 0], "injured": [0, 0]}
        incidents: dict[str, dict[str, list]] = defaultdict(lambda: {"killed": [], "injured": [], "total": []})
        gold: dict[str, tuple[int, int]] = {}
        for rec, figs in pairs:
            killed, injured, total = counts_of(rec, figs)
            g = rec["gold_incident"]
            gk, gi = int(g.get("num_killed") or 0), int(g.get("num_injured") or 0)
            gold[rec["incident_id"]] = (gk, gi)
            incidents[rec["incident_id"]]["killed"].append((rec.get("date"), killed))
            incidents[rec["incident_id"]]["injured"].append((rec.get("date"), injured))
            incidents[rec["incident_id"]]["total"].append((rec.get("date"), total))
            if injured is None and total is not None and total > (killed or 0):
                injured = total - (killed or 0)  # the article-level reading of "three shot, one fatally"
            for kind, value, truth, words in (("killed", killed, gk, _KILLED_WORDS),
                                               ("injured", injured, gi, _INJURED_WORDS)):
                if states_count(rec["text"], truth, words):
                    stated[kind][0] += 1
                    stated[kind][1] += int(value == truth)
        for kind in ("killed", "injured"):
            scores[f"{prefix}article_{kind}_accuracy"] = _share(stated[kind][1], stated[kind][0])
            if not prefix:
                scores[f"articles_stating_{kind}"] = stated[kind][0]
            hits = sum(int(incident_counts(incidents[i])[kind] == gold[i][0 if kind == "killed" else 1]) for i in gold)
            scores[f"{prefix}incident_{kind}_accuracy"] = _share(hits, len(gold))
        scores["articles"] = len(pairs)
        scores["incidents"] = len(gold)
    return scores


def evaluate(path: Path, limit: int | None = None, model: str | None = None) -> dict[str, float]:
    records = load_records(Path(path), limit)
    return score(list(_extract(records, model)))


def gate_scores(data_dir: Path, split: str = "dev", limit: int | None = None) -> dict[str, float]:
    """What the CI gate checks (tests/test_eval_gate.py); floors live in eval_baseline.json."""
    return evaluate(Path(data_dir) / "figures" / "gva" / f"{split}.jsonl", limit)


def format_table(scores: dict[str, float]) -> str:
    rows = ["metric                              newsledger   regex baseline"]
    for key in ("article_killed_accuracy", "article_injured_accuracy", "incident_killed_accuracy",
                "incident_injured_accuracy"):
        rows.append(f"{key:<36}{scores[key]:>10}   {scores.get('baseline_' + key, ''):>10}")
    rows.append(f"articles {scores['articles']}, incidents {scores['incidents']}, articles stating the killed count "
                f"{scores['articles_stating_killed']}, the injured count {scores['articles_stating_injured']}")
    return "\n".join(rows)
