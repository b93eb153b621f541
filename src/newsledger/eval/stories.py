"""Score story linking against gold clusters: pairwise and BCubed P/R/F1, with a TF-IDF baseline in the same run.

Gold labels: ``incident_id`` (GVA: articles on one gun-violence incident) or ``subtopic`` (ECB+: one seminal event;
its records carry tokenised ``sentences`` — joined here when there is no ``text`` — and no dates).

- pairwise: precision/recall over the pairs of articles put in one cluster;
- BCubed (Bagga & Baldwin 1998): per article, the share of its predicted cluster that is in its gold cluster and
  the reverse, averaged over articles;
- baseline: TF-IDF (sublinear tf, IDF over the scored set, stop words out) + average-link agglomerative clustering
  over all pairs (what StoryIndex avoids), cut at the cosine threshold that gives it its best pairwise F1 on the
  scored set (``tfidf_threshold``): an upper bound for that baseline;
- ``batches`` > 1 links the articles in that many consecutive batches (in date order, as a corpus grows), and
  ``agreement`` compares those stories with one batch's.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from newsledger.eval.attribution import load_records
from newsledger.ingest.identity import normalise_date, outlet_from_url
from newsledger.ledger import Article, stable_id
from newsledger.link.stories import DEFAULT, Params, StoryIndex, common_words

GOLD_KEYS = ("incident_id", "subtopic")
GATE_FILES = {"gva": ("figures", "gva"), "ecbplus": ("stories", "ecbplus")}
# The baseline is cut at each of these and reported at its best pairwise F1: the strongest version of it.
BASELINE_THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 13))


def _text(rec: dict) -> str:
    if rec.get("text"):
        return rec["text"]
    return "\n".join(" ".join(s["tokens"]) for s in rec.get("sentences") or [])


def to_articles(records: Iterable[dict]) -> tuple[list[Article], dict[str, str]]:
    """Articles and their gold story labels."""
    articles, gold = [], {}
    for rec in records:
        aid = str(rec.get("id") or rec.get("doc_id"))
        label = next((str(rec[k]) for k in GOLD_KEYS if rec.get(k) is not None), None)
        if label is None:
            raise ValueError(f"record {aid} has no gold story label ({' or '.join(GOLD_KEYS)})")
        articles.append(Article(id=aid, title=rec.get("title") or None, text=_text(rec), url=rec.get("url"),
                                outlet=rec.get("outlet") or outlet_from_url(rec.get("url")),
                                date=normalise_date(rec.get("date"))))
        gold[aid] = label
    return articles, gold


# -- clusterings -----------------------------------------------------------------------------------------------------


def link(articles: list[Article], batches: int = 1, params: Params = DEFAULT) -> dict[str, str]:
    """Story of each article after linking `articles` in `batches` consecutive batches (date order)."""
    index = StoryIndex(params)
    ordered = sorted(articles, key=lambda a: (a.date or "", a.id))
    size = -(-len(ordered) // max(1, batches))
    for start in range(0, len(ordered), size):
        index.add(ordered[start:start + size])
    return {a.id: index.story_of(a.id) for a in articles}


_TFIDF_WORD = re.compile(r"[a-z][a-z'-]+")


def tfidf_matrix(texts: list[str]) -> np.ndarray:
    """Rows are l2-normalised sublinear TF-IDF vectors (dense: the baseline is all-pairs anyway)."""
    stop = common_words()
    docs = [Counter(w for w in _TFIDF_WORD.findall(t.lower()) if w not in stop) for t in texts]
    vocab = {w: i for i, w in enumerate(sorted({w for d in docs for w in d}))}
    df = np.zeros(len(vocab))
    for d in docs:
        df[[vocab[w] for w in d]] += 1
    idf = np.log((1 + len(docs)) / (1 + df)) + 1
    m = np.zeros((len(docs), len(vocab)), dtype=np.float32)
    for i, d in enumerate(docs):
        if d:
            cols = [vocab[w] for w in d]
            m[i, cols] = (1 + np.log(np.fromiter(d.values(), float))) * idf[cols]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


def tfidf_baseline(articles: list[Article], thresholds: Iterable[float] = BASELINE_THRESHOLDS
                   ) -> dict[float, dict[str, str]]:
    """Clusterings of the average-link tree cut at each cosine-similarity threshold."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(articles) < 2:
        return {t: {a.id: "0" for a in articles} for t in thresholds}
    m = tfidf_matrix([(a.title or "") + "\n" + a.text for a in articles])
    dist = np.clip(1.0 - m @ m.T, 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(dist, checks=False), method="average")
    return {t: {a.id: str(c) for a, c in zip(articles, fcluster(tree, t=1.0 - t, criterion="distance"), strict=True)}
            for t in thresholds}


# -- scores ----------------------------------------------------------------------------------------------------------


def _prf(p: float, r: float) -> tuple[float, float, float]:
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _pairs(groups: Iterable[set[str]]) -> int:
    return sum(len(g) * (len(g) - 1) // 2 for g in groups)


def _clusters(assign: Mapping[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for item, label in assign.items():
        out[label].add(item)
    return out


def pairwise_prf(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """Over the pairs in one cluster; counted from cluster intersections, never by listing pairs."""
    both = Counter((pred[i], gold[i]) for i in gold)
    tp = sum(n * (n - 1) // 2 for n in both.values())
    n_pred = _pairs(_clusters({i: pred[i] for i in gold}).values())
    n_gold = _pairs(_clusters(gold).values())
    return _prf(tp / n_pred if n_pred else 1.0, tp / n_gold if n_gold else 1.0)


def bcubed_prf(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    both = Counter((pred[i], gold[i]) for i in gold)
    size_p = Counter(pred[i] for i in gold)
    size_g = Counter(gold.values())
    p = sum(both[(pred[i], gold[i])] / size_p[pred[i]] for i in gold) / len(gold)
    r = sum(both[(pred[i], gold[i])] / size_g[gold[i]] for i in gold) / len(gold)
    return _prf(p, r)


def clustering_scores(pred: Mapping[str, str], gold: Mapping[str, str], prefix: str = "") -> dict[str, float]:
    out = {}
    for name, fn in (("pairwise", pairwise_prf), ("bcubed", bcubed_prf)):
        p, r, f = fn(pred, gold)
        out |= {f"{prefix}{name}_precision": p, f"{prefix}{name}_recall": r, f"{prefix}{name}_f1": f}
    return out


def evaluate(path: Path, limit: int | None = None, batches: int = 1, baseline: bool = True,
             params: Params = DEFAULT) -> dict[str, float]:
    articles, gold = to_articles(load_records(path, limit))
    started = time.perf_counter()
    pred = link(articles, 1, params)
    out = clustering_scores(pred, gold) | {
        "seconds": time.perf_counter() - started, "articles": float(len(articles)),
        "gold_stories": float(len(set(gold.values()))), "stories": float(len(set(pred.values())))}
    if batches > 1:
        started = time.perf_counter()
        many = link(articles, batches, params)
        out[f"batches_{batches}_seconds"] = time.perf_counter() - started
        out[f"batches_{batches}_stories"] = float(len(set(many.values())))
        out[f"batches_{batches}_pairwise_f1"] = clustering_scores(many, gold)["pairwise_f1"]
        out[f"batches_{batches}_agreement_f1"] = pairwise_prf(many, pred)[2]
    if baseline:
        runs = {t: clustering_scores(pred, gold, "tfidf_") for t, pred in tfidf_baseline(articles).items()}
        best = max(runs, key=lambda t: (runs[t]["tfidf_pairwise_f1"], -t))
        out |= runs[best] | {"tfidf_threshold": best}
    return {k: round(v, 4) for k, v in out.items()}


def gate_scores(data_dir: Path, split: str = "dev", limit: int | None = None, batches: int = 3) -> dict[str, float]:
    """What the CI gate checks (tests/test_eval_gate.py); floors live in eval_baseline.json. Per data set: the
    F1 scores and, linked in `batches` batches, the agreement with one batch."""
    out = {}
    for name, parts in GATE_FILES.items():
        scores = evaluate(Path(data_dir).joinpath(*parts, f"{split}.jsonl"), limit, batches, baseline=False)
        out |= {f"{name}_{k}": v for k, v in scores.items() if k.endswith("_f1")}
    return out


def format_table(scores: dict[str, float], keys: Iterable[str] | None = None) -> str:
    keys = list(keys or scores)
    return "\n".join(f"{k:>28}  {scores[k]}" for k in keys)


__all__ = ["bcubed_prf", "clustering_scores", "evaluate", "gate_scores", "link", "pairwise_prf", "tfidf_baseline"]


# -- fitting the decision --------------------------------------------------------------------------------------------


def candidate_table(articles: list[Article], gold: Mapping[str, str]) -> tuple[list[str], np.ndarray, np.ndarray,
                                                                                 list[tuple[str, str]]]:
    """Feature names, feature matrix, same-story labels and the pairs, for every pair blocking proposes."""
    index = StoryIndex(replace(DEFAULT, threshold=float("inf")))
    index.add(articles)
    pairs, rows, labels = [], [], []
    names: list[str] = []
    for a, b, feats in index.candidate_pairs():
        names = names or list(feats)
        pairs.append((a, b))
        rows.append([feats[k] for k in names])
        labels.append(gold[a] == gold[b])
    return names, np.array(rows, dtype=float), np.array(labels, dtype=float), pairs


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 0.1, rounds: int = 50,
                 offset: np.ndarray | None = None, bias: bool = True) -> tuple[float, np.ndarray]:
    """L2-regularised logistic regression by Newton's method: (bias, weights); `offset` is a fixed part of each
    row's log-odds (the weights held), `bias=False` keeps the intercept at 0."""
    xb = np.hstack([np.ones((len(x), 1)), x]) if bias else x
    w = np.zeros(xb.shape[1])
    reg = np.eye(xb.shape[1]) * l2
    if bias:
        reg[0, 0] = 0.0
    fixed = np.zeros(len(x)) if offset is None else offset
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-(xb @ w + fixed)))
        grad = xb.T @ (p - y) + reg @ w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return (float(w[0]), w[1:]) if bias else (0.0, w)


def fit_decision(path: Path, half: int | None = 0, only: tuple[str, ...] = ()) -> Params:
    """Weights of the decision fitted on `path` (one half of its gold stories, by hash, or all of them): every
    feature's, or with `only` just those features' weights, the bias and every other weight of DEFAULT held (how
    the named-day weights were fitted, docs/quality.md)."""
    articles, gold = to_articles(load_records(path))
    if half is not None:
        keep = {label for label in set(gold.values()) if int(stable_id("", label)[1:], 16) % 2 == half}
        articles = [a for a in articles if gold[a.id] in keep]
    names, x, y, _ = candidate_table(articles, gold)
    if only:
        held = {k: w for k, w in DEFAULT.weights if k not in only}
        offset = DEFAULT.bias + x[:, [names.index(k) for k in held]] @ np.array(list(held.values()))
        _, w = fit_logistic(x[:, [names.index(k) for k in only]], y, offset=offset, bias=False)
        fitted = dict(zip(only, (round(float(v), 3) for v in w), strict=True))
        return replace(DEFAULT, weights=tuple((k, fitted.get(k, v)) for k, v in DEFAULT.weights))
    bias, w = fit_logistic(x, y)
    return replace(DEFAULT, bias=round(bias, 3), weights=tuple((k, round(float(v), 3)) for k, v in zip(names, w,
                                                                                                      strict=True)))


# -- scaling ---------------------------------------------------------------------------------------------------------

_SYLLABLES = ("ka", "lo", "ver", "mi", "dan", "ro", "sel", "tu", "bra", "ne", "os", "quin", "har", "li", "mor", "ze",
              "pa", "gu", "wen", "tor", "is", "fal", "bei", "cro")
_WORDS = ("police", "said", "shooting", "officers", "found", "man", "woman", "hospital", "night", "home", "street",
          "victim", "suspect", "investigators", "family", "vehicle", "scene", "arrested", "charged", "witnesses",
          "injured", "killed", "wounded", "reported", "according", "department", "authorities", "residents",
          "neighbors", "friends", "vigil", "court", "judge", "bail", "motive", "camera", "footage", "gunfire")


def _pseudo_name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def synthetic_corpus(n: int, seed: int = 0) -> list[Article]:
    """`n` articles in stories of 1-4 articles, over three years, 300 outlets and a few thousand towns: the shape
    of a news corpus (names recur within a story, common words everywhere), for timing only."""
    rng = random.Random(seed)
    towns = [_pseudo_name(rng, 3) for _ in range(max(50, n // 20))]
    outlets = [f"outlet{i}.example" for i in range(300)]
    start = dt.date(2022, 1, 1).toordinal()
    out: list[Article] = []
    story = 0
    while len(out) < n:
        town, day = rng.choice(towns), start + rng.randrange(3 * 365)
        people = [f"{_pseudo_name(rng)} {_pseudo_name(rng, 3)}" for _ in range(rng.randint(1, 3))]
        figure = rng.randint(1, 12)
        for k in range(min(rng.randint(1, 4), n - len(out))):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(60, 160))]
            for person in people:
                words.insert(rng.randrange(len(words)), person)
            words.insert(rng.randrange(len(words)), f"{figure} people")
            out.append(Article(id=f"syn-{story:06d}-{k}", outlet=rng.choice(outlets),
                               date=dt.date.fromordinal(day + rng.randint(0, 5)).isoformat(),
                               title=f"{figure} hurt in {town} {rng.choice(_WORDS)}",
                               text=f"{town.upper()} — " + " ".join(words) + "."))
        story += 1
    return out


def scaling(sizes: Iterable[int] = (500, 5000, 50000), batch: int = 500, seed: int = 0) -> dict[str, Any]:
    """CPU seconds to link synthetic corpora of each size in batches of `batch` (as a store ingests them), and
    the exponent of a power-law fit of time against size (1.0 is linear)."""
    runs = {}
    for n in sizes:
        articles = synthetic_corpus(n, seed)
        index = StoryIndex()
        started = time.process_time()  # CPU time: other work on the machine must not bend the curve
        for i in range(0, n, batch):
            index.add(articles[i:i + batch])
        runs[n] = time.process_time() - started
    xs, ys = np.log(list(runs)), np.log(list(runs.values()))
    exponent = float(np.polyfit(xs, ys, 1)[0]) if len(runs) > 1 else float("nan")
    return {"seconds": {n: round(s, 2) for n, s in runs.items()}, "exponent": round(exponent, 3),
            "articles_per_second": {n: round(n / s, 1) for n, s in runs.items()}}


if __name__ == "__main__":  # python -m newsledger.eval.stories scaling [SIZES...]
    import sys

    if sys.argv[1:2] == ["scaling"]:
        print(json.dumps(scaling([int(x) for x in sys.argv[2:]] or (500, 5000, 50000)), indent=2))
