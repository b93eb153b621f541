"""Error analysis for attribution on PolNeAR-style JSONL (a developer's tool, not a test).

    .venv/bin/python tools/attribution_errors.py --data ../shared/data/quotes/polnear/train.jsonl --sample 150
    .venv/bin/python tools/attribution_errors.py --data ... --show fn-indirect --n 30

Parsed Docs are cached under /tmp (keyed by the parse code, the cue lexicon and the sampled ids), so a rerun after
an extractor change costs only the extraction. Classes: fn-<type> (gold with no overlapping prediction),
boundary-<type> (gold overlapped by a prediction that misses the 50% bar), fp-<type> (predictions overlapping no
gold), type (matched with the wrong type), speaker (matched, wrong speaker), cues (missed gold cue words).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections import Counter
from pathlib import Path

from newsledger.eval.attribution import _gold, _matches, _ov, entity_rows, load_records, prediction_rows, score
from newsledger.extract.attribution import extract_attribution
from newsledger.extract.quotes import find_quotes
from newsledger.ledger import Article

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path("/tmp/newsledger-attr-cache")


def _cache_key(records: list[dict], selective: bool) -> str:
    h = hashlib.sha1(b"sel" if selective else b"all")
    # whatever decides the parse: the parse code (a module or a package), the model loader, the trigger lexicons
    src = ROOT / "src/newsledger"
    paths = [src / "parse.py", *sorted((src / "parse").glob("*.py")), src / "nlp.py",
             src / "extract/lexicons/cue_words.txt", src / "extract/lexicons/number_words.txt"]
    for path in paths:
        if path.exists():
            h.update(path.read_bytes())
    for r in records:
        h.update(r["id"].encode())
    return h.hexdigest()[:16]


def parsed_docs(records: list[dict], selective: bool = True):
    from spacy.tokens import DocBin

    from newsledger.nlp import load
    from newsledger.parse import parse_articles

    nlp = load()
    path = CACHE / f"{_cache_key(records, selective)}.spacy"
    if path.exists():
        return list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    arts = [Article(id=r["id"], text=r["text"]) for r in records]
    docs = [doc for _, doc in parse_articles(arts, nlp, selective=selective)]
    CACHE.mkdir(exist_ok=True)
    path.write_bytes(DocBin(docs=docs).to_bytes())
    return docs


def _snip(text: str, span: tuple[int, int] | None, width: int = 160) -> str:
    if span is None:
        return "-"
    s = text[span[0]:span[1]].replace("\n", "⏎")
    return s if len(s) <= width else s[: width // 2] + " … " + s[-width // 2:]


def _construction(doc, p: dict) -> str:
    """How the content hangs off the cue: the dependency label of the content's token governed by the cue."""
    if p["cue"] is None:
        return "nocue"
    cue = doc.char_span(*p["cue"], alignment_mode="expand")
    if cue is None:
        return "?"
    s, e = p["span"]
    for t in cue.root.children:
        if s <= t.idx < e:
            return t.dep_
        if t.dep_ == "prep" and any(s <= c.idx < e for c in t.children):
            return "prep"
    return "other"


def analyse(records: list[dict], preds: list[list[dict]], docs=None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    cues: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    cue_stats: dict[str, list[int]] = {}  # cue word -> [unmatched, matched] predictions
    nested: dict[str, list[int]] = {}  # the same, for cues inside another prediction's content

    def add(cls: str, line: str) -> None:
        out.setdefault(cls, []).append(line)

    for n, (rec, pred) in enumerate(zip(records, preds, strict=True)):
        text = rec["text"]
        gold = _gold(rec, False)
        for g, q in zip(gold, rec["quotes"], strict=True):
            g["cue"] = (q["cue_start"], q["cue_end"]) if q.get("cue_start") is not None else None
        pairs = sorted(((_ov(p["span"], g["span"]), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)
                        if _matches(p["span"], g["span"])), reverse=True)
        used_p: dict[int, int] = {}
        used_g: dict[int, int] = {}
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p[i], used_g[j] = j, i
        counts.update(f"gold-{g['type']}" for g in gold)
        counts.update(f"pred-{p['type']}" for p in pred)
        for j, g in enumerate(gold):
            if j in used_g:
                p = pred[used_g[j]]
                counts[f"tp-{g['type']}"] += p["type"] == g["type"]
                if p["type"] != g["type"]:
                    add("type", f"{g['type']}->{p['type']} G[{_snip(text, g['span'])}] P[{_snip(text, p['span'])}]")
                if g["speaker"] is not None:
                    ok = p["speaker"] is not None and (_ov(p["speaker"], g["speaker"]) > 0 or any(
                        _ov(m, g["speaker"]) > 0 for m in p["mentions"]))
                    if not ok:
                        add("speaker", f"gold={_snip(text, g['speaker'])!r} pred={_snip(text, p['speaker'])!r} "
                                       f"cue={_snip(text, g['cue'])!r} :: {_snip(text, g['span'], 90)}")
                continue
            near = [p for p in pred if _ov(p["span"], g["span"]) > 0]
            cue = _snip(text, g["cue"]).lower()
            if near:
                add(f"boundary-{g['type']}", f"cue={cue!r} G[{_snip(text, g['span'])}]\n      "
                                             f"P[{_snip(text, near[0]['span'])}]")
            else:
                cues[cue] += 1
                add(f"fn-{g['type']}", f"cue={cue!r} spk={_snip(text, g['speaker'])!r} G[{_snip(text, g['span'])}]")
        for q in find_quotes(text):
            if any(p["span"][0] <= q[0] and q[1] <= p["span"][1] for p in pred):
                continue
            host = next((g for g in gold if g["span"][0] <= q[0] and q[1] <= g["span"][1]), None)
            add(f"uncovered-{'gold' if host else 'none'}", f"Q[{_snip(text, q)}] in G[{_snip(text, host and host['span'])}]"
                f" cue={_snip(text, host and host['cue'])!r}")
        for i, p in enumerate(pred):
            word = _snip(text, p["cue"]).lower()
            if p["cue"] and any(o is not p and o["span"][0] <= p["cue"][0] < o["span"][1] for o in pred):
                nested.setdefault(word, [0, 0])[i in used_p] += 1
            if docs is not None:
                word += " " + _construction(docs[n], p)
            cue_stats.setdefault(word, [0, 0])[i in used_p] += 1
            if i in used_p:
                continue
            near = [g for g in gold if _ov(p["span"], g["span"]) > 0]
            if near:
                g = max(near, key=lambda g: _ov(p["span"], g["span"]))
                add(f"pboundary-{p['type']}", f"cue={_snip(text, p['cue'])!r} P[{_snip(text, p['span'])}]\n      "
                                             f"G[{_snip(text, g['span'])}] {g['type']} cue={_snip(text, g['cue'])!r}")
                continue
            add(f"fp-{p['type']}", f"cue={_snip(text, p['cue'])!r} spk={_snip(text, p['speaker'])!r} "
                                   f"P[{_snip(text, p['span'])}]")
    out["cues"] = [f"{n:4d} {c}" for c, n in cues.most_common(60)]
    out["cue-precision"] = [f"{m / (m + u):.2f} {m:4d}/{m + u:<4d} {w}" for w, (u, m) in
                            sorted(cue_stats.items(), key=lambda kv: kv[1][1] / sum(kv[1]) - 0.001 * sum(kv[1]))]
    out["nested-precision"] = [f"{m / (m + u):.2f} {m:4d}/{m + u:<4d} {w}" for w, (u, m) in
                               sorted(nested.items(), key=lambda kv: -sum(kv[1]))]
    out["counts"] = [f"{k}={v}" for k, v in sorted(counts.items())]
    return out


def entity_errors(records: list[dict], preds: list[list[dict]], split_parts: bool, context: int
                  ) -> dict[str, list[str]]:
    """Matched gold quotes whose predicted source does not name the gold `speaker_ref`, by gold speaker group."""
    text_of = {r["id"]: r["text"] for r in records}
    out: dict[str, list[str]] = {}
    for row in entity_rows(records, preds, split_parts):
        if row["ok"]:
            continue
        text = text_of[row["article"]]
        s, e = row["span"]
        before = text[max(0, s - context):s].replace("\n", "⏎")
        out.setdefault(f"entity-{row['group']}", []).append(
            f"[{row['article']}] gold={row['ref']!r} (mention {row['gold_speaker']!r}) pred={row['pred_speaker']!r} "
            f"names={row['names'][:3]}\n      …{before}【{_snip(text, (s, e), 200)}】{text[e:e + 80]!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--sample", type=int, default=0, help="a fixed random sample of this many articles")
    ap.add_argument("--show", action="append", default=[], help="error class to list (repeatable)")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--full-parse", action="store_true", help="parse every chunk (no selective parsing)")
    ap.add_argument("--split-parts", action="store_true", help="score discontinuous quote parts alone (GGT)")
    ap.add_argument("--context", type=int, default=300, help="characters of text shown before an entity error")
    args = ap.parse_args(argv)
    records = load_records(args.data)
    if args.sample:
        records = sorted(random.Random(0).sample(records, args.sample), key=lambda r: r["id"])
    docs = parsed_docs(records, selective=not args.full_parse)
    preds = [prediction_rows(extract_attribution(Article(id=r["id"], text=r["text"]), d), args.split_parts)
             for r, d in zip(records, docs, strict=True)]
    scores = score(records, preds, args.split_parts)
    print("  ".join(f"{k}={v}" for k, v in scores.items()))
    errors = analyse(records, preds, docs)
    errors.update(entity_errors(records, preds, args.split_parts, args.context))
    print("  ".join(f"{k}:{len(v)}" for k, v in sorted(errors.items()) if k not in {"cues", "counts", "cue-precision", "nested-precision"}))
    print("  ".join(errors["counts"]))
    for cls in args.show:
        print(f"\n== {cls}")
        for line in errors.get(cls, [])[: args.n]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
