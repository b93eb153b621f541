"""Measure findings noise and alignment precision on GVA dev stories (a developer's tool, not a test; issue 16).

    .venv/bin/python tools/signal_measure.py build --out /tmp/gva_ledger.json     # analyse all of GVA dev
    .venv/bin/python tools/signal_measure.py stats --ledger /tmp/gva_ledger.json  # findings per 3+-article story
    .venv/bin/python tools/signal_measure.py sample --ledger /tmp/gva_ledger.json # 20 stories: top five + pairs
    .venv/bin/python tools/signal_measure.py pairs --ledger /tmp/gva_ledger.json  # 60 figure pairs to judge
    .venv/bin/python tools/signal_measure.py relink --ledger /tmp/gva_ledger.json --out /tmp/relinked.json
    .venv/bin/python tools/signal_measure.py tops --ledger /tmp/relinked.json   # every top finding, 3+-article stories

`relink` recomputes only alignments, findings and estimates of a built ledger with the current link/ and compare/
code (extraction and stories kept; editorial findings are extraction's and kept as built), for quick iteration.
`pairs` lists every figure pair of the 20 sampled stories in `sample`'s order and draws 60 of them with
random.Random(1616).sample, each with both sentences, for a reader to judge same-quantity precision.

`sample` draws 20 of the stories with 3 or more articles with random.Random(1616).sample over story ids in sorted
order, and prints each story's top five (the five weightiest of weight 1.5 or more, compare/rank.py `top`) and every aligned pair (figures: value, category, counted,
the sentence around; statements: both texts) for a reader to judge.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "figures" / "gva" / "dev.jsonl"
SEED = 1616
TOP_MIN_WEIGHT, TOP_N = 1.5, 5  # compare/rank.py: a story's top five holds findings of this weight or more


def build(out: Path) -> None:
    from newsledger.api import analyze_articles
    from newsledger.ingest import article_from_record

    seen = {}
    lines = DATA.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.strip():
            rec = json.loads(line)
            if (rec.get("text") or "").strip():
                art = article_from_record({k: rec[k] for k in ("id", "title", "date", "url", "text") if k in rec})
                seen.setdefault(art.id, art)
    ledger = analyze_articles(list(seen.values()))
    out.write_text(ledger.to_json(indent=None), encoding="utf-8")
    print(f"{len(seen)} articles, {len(ledger.stories)} stories, {len(ledger.findings)} findings -> {out}")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def big_stories(led: dict) -> list[dict]:
    return sorted((s for s in led["stories"] if len(s["articles"]) >= 3), key=lambda s: s["id"])


def stats(led: dict) -> None:
    per = Counter(f["story"] for f in led["findings"])
    big = big_stories(led)
    counts = [per.get(s["id"], 0) for s in big]
    kinds = Counter(f["kind"] for f in led["findings"] if f["story"] in {s["id"] for s in big})
    print(f"stories with 3+ articles: {len(big)}; findings per story: median {statistics.median(counts)}, "
          f"mean {statistics.mean(counts):.1f}, max {max(counts)}; by kind: {dict(kinds)}")


def _sentence(text: str, start: int, end: int, width: int = 110) -> str:
    return (text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]).replace("\n", " / ")


def sample(led: dict, n: int = 20) -> None:
    big = big_stories(led)
    chosen = random.Random(SEED).sample(big, min(n, len(big)))
    arts = {a["id"]: a for a in led["articles"]}
    figs = {f["id"]: f for f in led["figures"]}
    sts = {s["id"]: s for s in led["statements"]}
    for story in chosen:
        print(f"\n=== {story['id']} ({len(story['articles'])} articles) {story['label']}")
        found = sorted((f for f in led["findings"] if f["story"] == story["id"]),
                       key=lambda f: (-f.get("weight", 0), f["kind"], f["id"]))
        shown = [f for f in found if f.get("weight", 0) >= TOP_MIN_WEIGHT][:TOP_N]
        print(f"  findings: {len(found)}; top (weight >= {TOP_MIN_WEIGHT}): {len(shown)}")
        for f in shown:
            print(f"  F {f['id']} {f['kind']} {f.get('weight', '')}: {f['summary'][:400]}")
        for al in (a for a in led["alignments"] if a["story"] == story["id"]):
            for p in al["pairs"]:
                x, y = (figs.get(p["a"]) or sts.get(p["a"])), (figs.get(p["b"]) or sts.get(p["b"]))
                if al["kind"] == "figure":
                    print(f"  A fig {p['relation']}: {x['value']} {x['category']} | "
                          f"{_sentence(arts[x['article']]['text'], x['start'], x['end'])}")
                    print(f"      vs {y['value']} {y['category']} | "
                          f"{_sentence(arts[y['article']]['text'], y['start'], y['end'])}")
                else:
                    print(f"  A st {p['relation']} {p['score']}: {x['text'][:200]}")
                    print(f"      vs {y['text'][:200]}")


def tops(led: dict) -> None:
    """Every story's top findings (weight >= TOP_MIN_WEIGHT, five at most) over all stories with 3+ articles."""
    big = big_stories(led)
    shown = 0
    for story in big:
        found = sorted((f for f in led["findings"] if f["story"] == story["id"] and f.get("weight", 0) >= TOP_MIN_WEIGHT),
                       key=lambda f: (-f.get("weight", 0), f["kind"], f["id"]))[:TOP_N]
        for f in found:
            shown += 1
            print(f"{story['id']}\t{f['kind']}\t{f.get('weight', '')}\t{f['summary'][:300]}")
    print(f"{shown} top findings in {len(big)} stories with 3+ articles")


def relink(led_path: Path, out: Path) -> None:
    from newsledger.compare import estimate_all, find_all
    from newsledger.ledger import Ledger
    from newsledger.link.align import align

    led = Ledger.from_json(led_path.read_text(encoding="utf-8"))
    alignments = align(led.articles, led.statements, led.figures, led.sources, led.stories)
    draft = led.model_copy(update={"alignments": alignments,
                                   "findings": [f for f in led.findings if f.kind == "editorial"]})
    findings = sorted(draft.findings + find_all(draft), key=lambda f: f.id)
    done = draft.model_copy(update={"findings": findings, "estimates": estimate_all(draft)})
    out.write_text(done.to_json(indent=None), encoding="utf-8")
    print(f"{len(alignments)} alignments, {len(findings)} findings -> {out}")


def pairs(led: dict, n: int = 20, k: int = 60) -> None:
    chosen = random.Random(SEED).sample(big_stories(led), min(n, len(big_stories(led))))
    arts = {a["id"]: a for a in led["articles"]}
    figs = {f["id"]: f for f in led["figures"]}
    pool = [(story["id"], p) for story in chosen for al in led["alignments"]
            if al["story"] == story["id"] and al["kind"] == "figure" for p in al["pairs"]]
    drawn = random.Random(SEED).sample(pool, min(k, len(pool)))
    print(f"{len(pool)} figure pairs in the {len(chosen)} stories; {len(drawn)} drawn")
    for i, (story, p) in enumerate(drawn):
        x, y = figs[p["a"]], figs[p["b"]]
        print(f"P{i} {story[:14]}")
        for f in (x, y):
            print(f"    {f['value']} {f['category']} {arts[f['article']]['outlet']} | "
                  f"{_sentence(arts[f['article']]['text'], f['start'], f['end'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["build", "stats", "sample", "pairs", "relink", "tops"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--ledger", type=Path)
    args = ap.parse_args(argv)
    if args.mode == "build":
        build(args.out)
    elif args.mode == "stats":
        stats(_load(args.ledger))
    elif args.mode == "pairs":
        pairs(_load(args.ledger))
    elif args.mode == "relink":
        relink(args.ledger, args.out)
    elif args.mode == "tops":
        tops(_load(args.ledger))
    else:
        sample(_load(args.ledger))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
