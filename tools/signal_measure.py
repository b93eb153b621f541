"""Measure findings noise and alignment precision on GVA dev stories (a developer's tool, not a test; issue 16).

    .venv/bin/python tools/signal_measure.py build --out /tmp/gva_ledger.json     # analyse all of GVA dev
    .venv/bin/python tools/signal_measure.py stats --ledger /tmp/gva_ledger.json  # findings per 3+-article story
    .venv/bin/python tools/signal_measure.py sample --ledger /tmp/gva_ledger.json # 20 stories: top five + pairs
    .venv/bin/python tools/signal_measure.py pairs --ledger /tmp/gva_ledger.json  # 60 figure pairs to judge
    .venv/bin/python tools/signal_measure.py relink --ledger /tmp/gva_ledger.json --out /tmp/relinked.json
    .venv/bin/python tools/signal_measure.py tops --ledger /tmp/relinked.json   # every top finding, 3+-article stories
    .venv/bin/python tools/signal_measure.py refind --ledger /tmp/gva_ledger.json --out /tmp/refound.json
    .venv/bin/python tools/signal_measure.py judge --ledger /tmp/refound.json --seed 1717 --out /tmp/top5_for_judge.tsv
    .venv/bin/python tools/signal_measure.py judge --ledger /tmp/relinked.json --seeds 1717,1818 --all-tops --out /tmp/v5.tsv

`refind` recomputes only the findings (compare/ again, alignments kept; editorial findings kept as built, less those
the current lead-in block rule of extract/editorial.py drops): seconds,
for iterating on compare/ alone. `judge` writes, for the 20 stories `sample` would draw with --seed, every top-five
finding with its story, id, kind, weight, why, summary and evidence (article ids and character spans of every
figure and statement, with the text), and one row per story whose top is empty (with its articles), without any
judgment, for a second reader to judge blind. `--seed` (default
1616, the phase 1–3 sample) also sets `sample`'s draw; phase 4 drew a new sample with 1717.

`relink` recomputes only alignments, findings and estimates of a built ledger with the current link/ and compare/
code (extraction and stories kept; editorial findings are extraction's and kept as built, less those in a lead-in
block), for quick iteration.
`pairs` lists every figure pair of the 20 stories `sample --seed` would draw, in that order, and draws 60 of them with
random.Random(seed).sample (default 1616), each with both sentences, for a reader to judge same-quantity precision.

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
SEED = 1616  # the phase 1–3 sample; phase 4 judged a new draw too (--seed 1717)
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


def drawn(led: dict, seed: int = SEED, n: int = 20) -> list[dict]:
    big = big_stories(led)
    return random.Random(seed).sample(big, min(n, len(big)))


def _top(led: dict, story_id: str) -> list[dict]:
    found = sorted((f for f in led["findings"] if f["story"] == story_id),
                   key=lambda f: (-f.get("weight", 0), f["kind"], f["id"]))
    return [f for f in found if f.get("weight", 0) >= TOP_MIN_WEIGHT][:TOP_N]


def judge(led: dict, seeds: list[int], out: Path, all_tops: bool = False) -> None:
    """The top five of the drawn stories (one draw per seed, in order; a story drawn twice is listed once) with
    their evidence, no judgment: for a second reader. ``all_tops``: then every other story with 3+ articles whose
    top is not empty."""
    arts = {a["id"]: a for a in led["articles"]}
    records = {r["id"]: r for r in (*led["figures"], *led["statements"])}
    rows = ["story\tfinding\tkind\tweight\twhy\tsummary\tevidence (article id [start:end] \"text\"; articles)"]
    empty = 0
    stories = list({s["id"]: s for seed in seeds for s in drawn(led, seed)}.values())
    if all_tops:
        listed = {s["id"] for s in stories}
        stories += [s for s in big_stories(led) if s["id"] not in listed and _top(led, s["id"])]
    for story in stories:
        top = _top(led, story["id"])
        empty += not top
        if not top:  # listed too, so the second reader can judge whether an empty top misses something
            members = " | ".join(f"article {a} ({arts[a]['outlet']}, {arts[a]['date']})" for a in story["articles"])
            rows.append("\t".join([story["id"], "-", "-", "-", "-", "(no finding in the top)", members]))
        for f in top:
            spans = [f"{records[e]['article']} [{records[e]['start']}:{records[e]['end']}] "
                     f"\"{arts[records[e]['article']]['text'][records[e]['start']:records[e]['end']]}\""
                     for e in f["evidence"] if e in records]
            spans += [f"{art} [{span}] \"{arts[art]['text'][int(span.split('-')[0]):int(span.split('-')[1])]}\""
                      for e in f["evidence"] if e not in records and e not in arts and ":" in e
                      for art, _, span in [e.rpartition(":")] if art in arts]  # a sentence's span (phase 6)
            spans += [f"article {e} ({arts[e]['outlet']}, {arts[e]['date']})" for e in f["evidence"] if e in arts]
            cells = [story["id"], f["id"], f["kind"], str(f["weight"]), f["why"], f["summary"], " | ".join(spans)]
            rows.append("\t".join(c.replace("\t", " ").replace("\n", " / ") for c in cells))
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1 - empty} top findings in {len(stories)} stories ({empty} with an empty top) -> {out}")


def sample(led: dict, n: int = 20, seed: int = SEED) -> None:
    chosen = drawn(led, seed, n)
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


def _editorial_kept(led) -> list:
    """The built editorial findings that the current extract/editorial.py still reports on the same sentences: those
    inside a block a lead-in line introduces ("The motion states:") are dropped (phase 5), so the rule is measured
    without re-running extraction."""
    from newsledger.extract.editorial import introduced_blocks

    texts = {a.id: a.text for a in led.articles}
    kept = []
    for f in led.findings:
        if f.kind != "editorial":
            continue
        art, _, span = f.evidence[0].partition(":")
        start = int(span.split("-")[0]) if span else -1
        if not any(s <= start < e for s, e in introduced_blocks(texts.get(art, ""))):
            kept.append(f)
    return kept


def refind(led_path: Path, out: Path) -> None:
    from newsledger.compare import find_all
    from newsledger.ledger import Ledger

    led = Ledger.from_json(led_path.read_text(encoding="utf-8"))
    draft = led.model_copy(update={"findings": _editorial_kept(led)})
    findings = sorted(draft.findings + find_all(draft), key=lambda f: f.id)
    out.write_text(draft.model_copy(update={"findings": findings}).to_json(indent=None), encoding="utf-8")
    print(f"{len(findings)} findings -> {out}")


def relink(led_path: Path, out: Path) -> None:
    from newsledger.compare import estimate_all, find_all
    from newsledger.ledger import Ledger
    from newsledger.link.align import align

    led = Ledger.from_json(led_path.read_text(encoding="utf-8"))
    alignments = align(led.articles, led.statements, led.figures, led.sources, led.stories)
    draft = led.model_copy(update={"alignments": alignments, "findings": _editorial_kept(led)})
    findings = sorted(draft.findings + find_all(draft), key=lambda f: f.id)
    done = draft.model_copy(update={"findings": findings, "estimates": estimate_all(draft)})
    out.write_text(done.to_json(indent=None), encoding="utf-8")
    print(f"{len(alignments)} alignments, {len(findings)} findings -> {out}")


def pairs(led: dict, n: int = 20, k: int = 60, seed: int = SEED) -> None:
    chosen = random.Random(seed).sample(big_stories(led), min(n, len(big_stories(led))))
    arts = {a["id"]: a for a in led["articles"]}
    figs = {f["id"]: f for f in led["figures"]}
    pool = [(story["id"], p) for story in chosen for al in led["alignments"]
            if al["story"] == story["id"] and al["kind"] == "figure" for p in al["pairs"]]
    drawn = random.Random(seed).sample(pool, min(k, len(pool)))
    print(f"{len(pool)} figure pairs in the {len(chosen)} stories; {len(drawn)} drawn")
    for i, (story, p) in enumerate(drawn):
        x, y = figs[p["a"]], figs[p["b"]]
        print(f"P{i} {story[:14]}")
        for f in (x, y):
            print(f"    {f['value']} {f['category']} {arts[f['article']]['outlet']} | "
                  f"{_sentence(arts[f['article']]['text'], f['start'], f['end'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["build", "stats", "sample", "pairs", "relink", "refind", "tops", "judge"])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--seeds", type=lambda v: [int(x) for x in v.split(",")], help="judge: several draws, 1717,1818")
    ap.add_argument("--all-tops", action="store_true", help="judge: also every other 3+-article story's top")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--ledger", type=Path)
    args = ap.parse_args(argv)
    if args.mode == "build":
        build(args.out)
    elif args.mode == "stats":
        stats(_load(args.ledger))
    elif args.mode == "pairs":
        pairs(_load(args.ledger), seed=args.seed)
    elif args.mode == "relink":
        relink(args.ledger, args.out)
    elif args.mode == "refind":
        refind(args.ledger, args.out)
    elif args.mode == "tops":
        tops(_load(args.ledger))
    elif args.mode == "judge":
        judge(_load(args.ledger), args.seeds or [args.seed], args.out, args.all_tops)
    else:
        sample(_load(args.ledger), seed=args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
