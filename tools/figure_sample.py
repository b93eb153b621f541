"""Draw (and re-check) the hand-annotated precision sample of figures on GVA dev (a developer's tool, not a test).

    .venv/bin/python tools/figure_sample.py draw  --out /tmp/sample.tsv        # the sample, verdict column empty
    .venv/bin/python tools/figure_sample.py show  --sample docs/figures_precision_sample_v3.tsv   # each in context
    .venv/bin/python tools/figure_sample.py diff  --sample docs/figures_precision_sample_v3.tsv   # what changed

The sample: the dev records in file order, first record of each article id, shuffled with random.Random(1616);
the first 150 articles are analysed by the full extractor (`extract_articles`, spaCy and attribution included, as
`newsledger analyze` runs it) and 200 of their body figures, all categories, are drawn with
random.Random(1616).sample over the figures ordered by (article, start, end). `diff` re-extracts the same 150
articles with the current code and lists, for each sampled figure, whether it is still reported (and with which
fields), plus every figure the current code reports on those articles that the sample does not hold.
Context is printed for reading only; the TSV stores ids, offsets and the figure's own span text.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

from newsledger.extract import extract_articles
from newsledger.ingest import article_from_record
from newsledger.ledger import Article, Figure

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "figures" / "gva" / "dev.jsonl"
SEED = 1616
ARTICLES = 150
SIZE = 200
FIELDS = ["article", "start", "end", "text", "value", "low", "high", "qualifier", "category", "counted", "verdict",
          "cause"]


def sample_articles(path: Path = DATA) -> list[Article]:
    seen: dict[str, Article] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if not (rec.get("text") or "").strip():
                continue
            art = article_from_record({k: rec[k] for k in ("id", "title", "date", "url", "text") if k in rec})
            seen.setdefault(art.id, art)
    arts = list(seen.values())
    random.Random(SEED).shuffle(arts)
    return arts[:ARTICLES]


def extract(arts: list[Article]) -> tuple[dict[str, Article], list[Figure]]:
    figures = [f for ex in extract_articles(arts) for f in ex.figures]
    return {a.id: a for a in arts}, sorted(figures, key=lambda f: (f.article, f.start, f.end))


def row(fig: Figure) -> dict[str, object]:
    return {"article": fig.article, "start": fig.start, "end": fig.end, "text": fig.text.replace("\n", " "),
            "value": fig.value, "low": fig.low, "high": fig.high, "qualifier": fig.qualifier or "",
            "category": fig.category, "counted": (fig.counted or "").replace("\n", " "), "verdict": "", "cause": ""}


def read_sample(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


def context(art: Article, start: int, end: int, width: int = 140) -> str:
    t = art.text
    return (t[max(0, start - width):start] + "[[" + t[start:end] + "]]" + t[end:end + width]).replace("\n", " / ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["draw", "show", "diff"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sample", type=Path)
    args = ap.parse_args(argv)
    arts, figures = extract(sample_articles())
    if args.mode == "draw":
        chosen = sorted(random.Random(SEED).sample(figures, SIZE), key=lambda f: (f.article, f.start, f.end))
        with open(args.out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, FIELDS, delimiter="\t")
            w.writeheader()
            for f in chosen:
                w.writerow(row(f))
        print(f"{len(figures)} figures on {len(arts)} articles; wrote {SIZE} to {args.out}")
        return 0
    sample = read_sample(args.sample)
    if args.mode == "show":
        for i, r in enumerate(sample):
            art = arts[r["article"]]
            print(f"{i}\t{r['category']}\t{r['value']}/{r['low']}-{r['high']} {r['qualifier']}\t"
                  f"{context(art, int(r['start']), int(r['end']))}")
        return 0
    now = {(f.article, f.start, f.end): f for f in figures}
    merged = {(f.article, m.start, m.end): f for f in figures for m in f.mentions if (m.start, m.end) != (f.start, f.end)}
    keys = set()
    for i, r in enumerate(sample):
        key = (r["article"], int(r["start"]), int(r["end"]))
        keys.add(key)
        f = now.get(key)
        if f is None and key in merged:
            print(f"{i}\tMERGED into {merged[key].start}\t{r['verdict']}\t{r['text']}")
        elif f is None:
            print(f"{i}\tDROPPED\t{r['verdict']}\t{r['text']}")
        else:
            new = row(f)
            changed = [k for k in ("value", "low", "high", "qualifier", "category")
                       if ("" if new[k] is None else str(new[k])) != r[k]]
            if changed:
                print(f"{i}\tCHANGED {changed}\t{r['verdict']}\t{[new[k] for k in changed]}\t{r['text']}")
    extra = [f for f in figures if (f.article, f.start, f.end) not in keys]
    print(f"# {len(figures)} figures now on the {len(arts)} articles; {len(extra)} not in the sample", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
