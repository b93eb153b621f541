"""Score attribution against PolNeAR-style JSONL: overlap-50% one-to-one matching, P/R/F1 by type, speaker
accuracy on matched relations, exact-match F1, and a `split_parts` mode that scores discontinuous parts alone.

A prediction matches a gold relation when each covers at least half of the other's characters; matching is
greedy by overlap, one-to-one. Ledger kinds map to PolNeAR types: direct→direct, partial→mixed,
indirect→indirect. A matched speaker is right when the predicted speaker mention overlaps the gold one, or when
the predicted source has a mention overlapping the gold speaker (a pronoun resolved to its named person).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from newsledger.extract.attribution import extract_attribution
from newsledger.ledger import Article

TYPES = ("direct", "mixed", "indirect")
KIND_TO_TYPE = {"direct": "direct", "partial": "mixed", "indirect": "indirect"}
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "him", "her"})


def load_records(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
            if limit and len(out) >= limit:
                break
    return out


def _ov(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _matches(p: tuple[int, int], g: tuple[int, int]) -> bool:
    o = _ov(p, g)
    return o > 0 and o >= 0.5 * (p[1] - p[0]) and o >= 0.5 * (g[1] - g[0])


def predict(records: list[dict], split_parts: bool = False) -> list[list[dict]]:
    from newsledger.nlp import load
    from newsledger.parse import parse_articles

    nlp = load()
    arts = [Article(id=r["id"], text=r["text"]) for r in records]
    return [prediction_rows(extract_attribution(art, doc), split_parts) for art, doc in parse_articles(arts, nlp)]


def prediction_rows(found, split_parts: bool = False) -> list[dict]:
    """One article's statements in the scorer's row form (one row per part under `split_parts`)."""
    mentions = {s.id: [(m.start, m.end) for m in s.mentions] for s in found.sources}
    rows = []
    for st in found.statements:
        spans = [(p.start, p.end) for p in st.parts] or [(st.start, st.end)]
        spk = (st.speaker_start, st.speaker_end) if st.speaker_start is not None else None
        base = {"type": KIND_TO_TYPE[st.kind], "speaker": spk, "mentions": mentions.get(st.source, []),
                "cue": (st.cue_start, st.cue_end) if st.cue_start is not None else None}
        if split_parts:
            rows += [dict(base, span=s) for s in spans]
        else:
            rows.append(dict(base, span=(st.start, st.end)))
    return rows


def _gold(rec: dict, split_parts: bool) -> list[dict]:
    rows = []
    for q in rec["quotes"]:
        spk = (q["speaker_start"], q["speaker_end"]) if q.get("speaker_start") is not None else None
        spk_text = (q.get("speaker_text") or "").strip().lower()
        base = {"type": q["type"], "speaker": spk, "pronoun": spk_text in PRONOUNS}
        spans = [tuple(s) for s in q.get("quote_spans") or [[q["quote_start"], q["quote_end"]]]]
        if split_parts:
            rows += [dict(base, span=s) for s in spans]
        else:
            rows.append(dict(base, span=(q["quote_start"], q["quote_end"])))
    return rows


_EDGE = "\"“”'‘’«».,;:!? \n"


def _widen(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """PolNeAR spans keep the quote marks and closing punctuation, ours do not: compare both without them."""
    s, e = span
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def _f1(tp: int, np_: int, ng: int) -> tuple[float, float, float]:
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(records: list[dict], preds: list[list[dict]], split_parts: bool = False) -> dict[str, float]:
    tp = exact = 0
    n_pred = n_gold = 0
    by_type = {t: [0, 0, 0] for t in TYPES}  # tp, pred, gold (a match counts for the gold's type)
    spk_ok = spk_n = pron_ok = pron_n = 0
    for rec, pred in zip(records, preds, strict=True):
        gold = _gold(rec, split_parts)
        n_pred += len(pred)
        n_gold += len(gold)
        for p in pred:
            by_type[p["type"]][1] += 1
        for g in gold:
            by_type[g["type"]][2] += 1
        pairs = sorted(((_ov(p["span"], g["span"]), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)
                        if _matches(p["span"], g["span"])), reverse=True)
        used_p, used_g = set(), set()
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = pred[i], gold[j]
            tp += 1
            exact += _widen(rec["text"], p["span"]) == _widen(rec["text"], g["span"])
            if p["type"] == g["type"]:
                by_type[g["type"]][0] += 1
            if g["speaker"] is not None:
                ok = p["speaker"] is not None and (_ov(p["speaker"], g["speaker"]) > 0 or any(
                    _ov(m, g["speaker"]) > 0 for m in p["mentions"]))
                spk_n += 1
                spk_ok += ok
                if g["pronoun"]:
                    pron_n += 1
                    pron_ok += ok
    out: dict[str, float] = {}
    out["precision"], out["recall"], out["f1"] = _f1(tp, n_pred, n_gold)
    out["exact_f1"] = _f1(exact, n_pred, n_gold)[2]
    for t, (t_tp, t_p, t_g) in by_type.items():
        out[f"{t}_f1"] = _f1(t_tp, t_p, t_g)[2]
    out["speaker_accuracy"] = spk_ok / spk_n if spk_n else 0.0
    out["pronoun_accuracy"] = pron_ok / pron_n if pron_n else 0.0
    out["gold"], out["predicted"] = float(n_gold), float(n_pred)
    return {k: round(v, 4) for k, v in out.items()}


def evaluate(path: Path, limit: int | None = None, split_parts: bool = False) -> dict[str, float]:
    records = load_records(path, limit)
    return score(records, predict(records, split_parts), split_parts)


def gate_scores(data_dir: Path, split: str = "dev", limit: int | None = None) -> dict[str, float]:
    """What the CI gate checks (tests/test_eval_gate.py); floors live in eval_baseline.json."""
    return evaluate(Path(data_dir) / "quotes" / "polnear" / f"{split}.jsonl", limit)


def format_table(scores: dict[str, float], keys: Iterable[str] | None = None) -> str:
    keys = list(keys or scores)
    return "\n".join(f"{k:>18}  {scores[k]}" for k in keys)
