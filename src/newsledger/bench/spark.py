"""The Spark job against the single-process path on the same articles: `python -m newsledger.bench.spark
[--data FILE] [--limit N] [--master local[2]] [--partitions N]` prints one JSON object (timings, counts, and per
ledger collection whether both paths give the same records, compared record by record, with the first differing
ids; stories that differ are listed with the other side's stories holding their articles).

The Spark job keeps one article per id and one per normalised text (the smallest id), as a store does; `analyze`
keeps every distinct id. So the single-process side is `analyze_articles` over the articles the job keeps by that
same rule, read by `newsledger.api.read` from the same file. Articles are compared without `path` (Spark names
the file, not the line). Nothing here is timed against a target: it checks that the cluster path gives the same
ledger on real data, and records what each path cost.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsledger.bench import DEV
from newsledger.ledger import Article, Ledger

COLLECTIONS = ("articles", "stories", "statements", "figures", "sources", "alignments", "findings", "estimates")


def sample(data: Path, limit: int | None, workdir: Path) -> Path:
    """The data file itself, or its first `limit` lines (repeats included, as a crawl has them)."""
    if not limit:
        return data
    path = workdir / f"{data.stem}-{limit}.jsonl"
    with data.open(encoding="utf-8") as fh:
        lines = [line for _, line in zip(range(limit), fh, strict=False)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def one_per_text(articles: list[Article]) -> list[Article]:
    """The job's rule after one-per-id: of articles with the same normalised text, the smallest id stays."""
    from newsledger.ingest.identity import article_id as text_hash

    kept: dict[str, Article] = {}
    for art in articles:
        key = text_hash(art.text)
        if key not in kept or art.id < kept[key].id:
            kept[key] = art
    return sorted(kept.values(), key=lambda a: a.id)


def _records(ledger: Ledger, key: str) -> list[str]:
    exclude = {"path"} if key == "articles" else None
    return sorted(x.model_dump_json(exclude=exclude) for x in getattr(ledger, key))


REQUIRED = ("articles", "stories", "statements", "figures")  # must be equal record by record; the rest reported
SHOWN = 3  # differing record ids shown per side


def compare(spark_ledger: Ledger, single: Ledger) -> dict[str, Any]:
    """Per collection: both counts, whether the records are equal one by one (whole records as JSON, sorted),
    how many records only one side has, and the ids of the first few of them."""
    out: dict[str, Any] = {}
    for key in COLLECTIONS:
        a, b = _records(spark_ledger, key), _records(single, key)
        only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
        out[key] = {"spark": len(a), "single": len(b), "equal": a == b,
                    "records_on_one_side_only": len(only_a) + len(only_b)}
        if a != b:
            out[key]["first_only_spark"] = [json.loads(x).get("id") for x in only_a[:SHOWN]]
            out[key]["first_only_single"] = [json.loads(x).get("id") for x in only_b[:SHOWN]]
    return out


def story_differences(spark_ledger: Ledger, single: Ledger, limit: int = 5) -> list[dict[str, Any]]:
    """The first stories the single process has and the job has not, each with the job's stories holding its
    articles: a split or a merge shows as one story against several (read the pairs' scores from there)."""
    theirs = {s.model_dump_json(): s for s in spark_ledger.stories}
    story_of = {aid: s for s in spark_ledger.stories for aid in s.articles}
    out = []
    for story in sorted(single.stories, key=lambda s: s.id):
        if story.model_dump_json() in theirs:
            continue
        spark_side = {story_of[a].id: story_of[a] for a in story.articles if a in story_of}
        out.append({"single": {"id": story.id, "articles": story.articles},
                    "spark": [{"id": s.id, "articles": s.articles} for _, s in sorted(spark_side.items())]})
        if len(out) == limit:
            break
    return out


def run_spark(data: Path, workdir: Path, *, master: str, partitions: int | None) -> tuple[Ledger, dict[str, Any]]:
    from newsledger import api
    from newsledger.spark.job import run, session

    started = time.perf_counter()
    spark = session(master, app_name="newsledger-bench", conf={"spark.ui.enabled": "false"})
    spark.sparkContext.setLogLevel("ERROR")
    try:
        summary = run(spark, [str(data)], str(workdir / "tables"), partitions=partitions)
    finally:
        spark.stop()
    wall = time.perf_counter() - started
    db = workdir / "spark.duckdb"
    api.import_parquet(workdir / "tables", db=db)
    ledger = api.load_ledger(db=db)
    return ledger, {"wall_s": round(wall, 1), "job_s": summary["seconds"], "stage_s": summary["stage_seconds"],
                    "partitions": summary["partitions"], "master": master, "counts": summary["counts"]}


def run_single(data: Path, model: str | None = None) -> tuple[Ledger, dict[str, Any]]:
    from newsledger import api
    from newsledger.ingest import unique_articles

    started = time.perf_counter()
    read, problems = api.read([data])
    by_id, _ = unique_articles(read)
    articles = one_per_text(by_id)
    ledger = api.analyze_articles(articles, model=model, problems=problems)
    return ledger, {"wall_s": round(time.perf_counter() - started, 1), "articles_read": len(read),
                    "articles_kept": len(articles)}


def measure(data: Path, *, limit: int | None = None, master: str = "local[2]", partitions: int | None = None,
            model: str | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="newsledger-bench-spark-") as tmp:
        workdir = Path(tmp)
        path = sample(data, limit, workdir)
        spark_ledger, spark_info = run_spark(path, workdir, master=master, partitions=partitions)
        single_ledger, single_info = run_single(path, model)
    per_key = compare(spark_ledger, single_ledger)
    return {"data": str(data), "limit": limit, "spark": spark_info, "single": single_info, "compare": per_key,
            "story_differences": story_differences(spark_ledger, single_ledger),
            "required_equal": all(per_key[k]["equal"] for k in REQUIRED),
            "all_equal": all(v["equal"] for v in per_key.values())}


def describe(result: dict[str, Any]) -> str:
    """One paragraph for the bench summary."""
    cmp = result["compare"]
    differ = [k for k, v in cmp.items() if not v["equal"]]
    counts = ", ".join(f"{cmp[k]['spark']:,} {k}" for k in ("articles", "stories", "statements", "figures"))
    verdict = ("every collection equal" if not differ else
               "differ: " + ", ".join(f"{k} ({cmp[k]['records_on_one_side_only']} records on one side only)"
                                      for k in differ))
    s, one = result["spark"], result["single"]
    stages = ", ".join(f"{k} {v} s" for k, v in s["stage_s"].items())
    return (f"Spark `{s['master']}` ({s['partitions']} partitions) {s['wall_s']} s wall (job {s['job_s']} s: "
            f"{stages}), single process {one['wall_s']} s, on {counts}; Spark vs single process: {verdict}.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsledger.bench.spark", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--limit", type=int, default=0, help="only the first N lines")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)
    result = measure(args.data, limit=args.limit or None, master=args.master, partitions=args.partitions,
                     model=args.model)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
