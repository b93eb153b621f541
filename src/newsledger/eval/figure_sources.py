"""Who asserts each casualty figure, against the hand-annotated sample in tests/data/figure_sources.jsonl.

The gold (protocol in docs/quality.md) gives, for 305 casualty figures in 93 randomly drawn GVA dev articles, the
article id, the number's character offsets, the asserting (original) source and the relay chain, original source
first (`["deputies", "Bronson"]`: deputies told Bronson, who told the reporter); `"outlet"` when nothing in the
article attributes the figure. The file holds no article text: the articles are read from ../shared.

Scores, over the gold figures a system figure overlaps (`figure_found` says how many that is):
- `source_accuracy`: the system's asserting source (`relayed_from` when set, else `source`; an outlet source or none
  is "outlet") names the gold source: `eval.attribution.names_entity` on the source's name and aliases, or every
  word of one name is a word of the other (`police` / `Tampa police`, `deputies` / `Polk County deputies`);
- `chain_exact`: the chain (`ledger.relay_chain`: `relayed_from`, each of `via`, then `source`) has the gold chain's
  length and each link matches;
- `source_accuracy_all`: as `source_accuracy`, with a gold figure no system figure overlaps counted wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from newsledger.eval.attribution import names_entity
from newsledger.ledger import Article, ArticleExtraction, Source, relay_chain

GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "figure_sources.jsonl"
OUTLET = "outlet"
_SMALL = frozenset({"the", "a", "an", "of", "'s", "’s"})


def load_gold(path: Path = GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w'’-]+", name.lower()) if w not in _SMALL}


def same_source(names: Iterable[str], gold: str) -> bool:
    """Whether a system source (its name and aliases) is the gold source (rules in the module docstring)."""
    names = [n for n in names if n and n.strip()]
    if gold == OUTLET:
        return names == [OUTLET]
    gw = _words(gold)
    for n in names:
        if n == OUTLET:
            continue
        nw = _words(n)
        if names_entity(n, gold) or (gw and nw and (gw <= nw or nw <= gw)):
            return True
    return False


def _names(src: Source | None) -> list[str]:
    if src is None or src.kind == "outlet":
        return [OUTLET]
    return [src.name, *src.aliases]


def score(gold: list[dict], extractions: dict[str, ArticleExtraction]) -> dict[str, float]:
    found = right = chain_ok = 0
    for g in gold:
        x = extractions.get(g["article"])
        if x is None:
            continue
        fig = next((f for f in x.figures if f.start < g["end"] and g["start"] < f.end), None)
        if fig is None:
            continue
        found += 1
        sources = {s.id: s for s in x.sources}
        origin = sources.get(fig.relayed_from or fig.source or "")
        right += same_source(_names(origin), g["source"])
        chain = [sources.get(i) for i in relay_chain(fig)] or [None]
        chain_ok += len(chain) == len(g["chain"]) and all(
            same_source(_names(s), c) for s, c in zip(chain, g["chain"], strict=True))
    n = len(gold)
    return {
        "gold": float(n), "figure_found": round(found / n, 4) if n else 0.0,
        "source_accuracy": round(right / found, 4) if found else 0.0,
        "chain_exact": round(chain_ok / found, 4) if found else 0.0,
        "source_accuracy_all": round(right / n, 4) if n else 0.0,
    }


def evaluate(data: Path, gold_path: Path = GOLD, model: str | None = None) -> dict[str, float]:
    """Extract the gold's articles from the GVA JSONL `data` and score them."""
    from newsledger.extract import extract_articles

    gold = load_gold(gold_path)
    wanted = {g["article"] for g in gold}
    articles = []
    with open(data, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec["id"] in wanted:
                articles.append(Article(id=rec["id"], text=rec["text"], title=rec.get("title"), date=rec.get("date")))
    extractions = {x.article.id: x for x in extract_articles(articles, model=model)}
    return score(gold, extractions)


def gate_scores(data_dir: Path, split: str = "dev") -> dict[str, float]:
    """What the CI gate checks (tests/test_eval_gate.py); floors live in eval_baseline.json."""
    return evaluate(Path(data_dir) / "figures" / "gva" / f"{split}.jsonl")


def format_table(scores: dict[str, float]) -> str:
    return "\n".join(f"{k:>20}  {v}" for k, v in scores.items())
