"""Store benchmark: ingest GVA dev into a DuckDB store, time each read query, and compare one-batch with
three-batch ingest. `bench_store()` returns a dict for the bench runner; `python -m newsledger.bench.store` prints it.

Extraction dominates ingest time and is per-article deterministic, so the three-batch store reuses the extractions
the one-batch store computed: the comparison isolates what batching changes (story linking, recompute).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsledger.ledger import Article, ArticleExtraction
from newsledger.store import open_store, queries
from newsledger.store.duckdb import DuckDBStore
from newsledger.store.ingest import default_extractor, ingest_paths

DEV = Path(__file__).resolve().parents[4] / "shared" / "data" / "figures" / "gva" / "dev.jsonl"
QUERY_BUDGET_MS = 200.0


def _time_ms(fn: Callable[[], Any], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(runs), 2)


def _stored_extractor(store: DuckDBStore) -> Callable[[list[Article]], list[ArticleExtraction]]:
    def run(articles: list[Article]) -> list[ArticleExtraction]:
        rows = dict(store.con.execute("SELECT article, data FROM extractions WHERE article IN (SELECT unnest(?::VARCHAR[]))",
                                      [[a.id for a in articles]]).fetchall())
        return [ArticleExtraction.model_validate_json(rows[a.id]).model_copy(update={"article": a})
                for a in articles]

    return run


def time_queries(store: DuckDBStore) -> dict[str, float]:
    biggest = queries.list_stories(store, limit=1)
    story = biggest[0]["id"] if biggest else "none"
    speaker = store.query("SELECT name FROM sources s JOIN statements t ON t.source = s.id GROUP BY name "
                          "ORDER BY count(*) DESC LIMIT 1")
    name = speaker[0]["name"] if speaker else "police"
    return {
        "stories": _time_ms(lambda: queries.list_stories(store)),
        "story": _time_ms(lambda: queries.story_detail(store, story)),
        "quotes_speaker": _time_ms(lambda: queries.quotes(store, speaker=name)),
        "quotes_speaker_since": _time_ms(lambda: queries.quotes(store, speaker=name, since="2015-01-01")),
        "figures_killed_or_wounded": _time_ms(lambda: queries.figures(store, category="killed_or_wounded")),
        "figures_story": _time_ms(lambda: queries.figures(store, story=story)),
        "sources_search": _time_ms(lambda: queries.search_sources(store, search="police")),
        "load_ledger_story": _time_ms(lambda: store.load_ledger(story)),
    }


def _shape(store: DuckDBStore) -> dict[str, Any]:
    counts = store.counts()
    sizes = sorted((r["n"] for r in store.query("SELECT count(*) AS n FROM story_articles GROUP BY story")),
                   reverse=True)
    return {"counts": counts, "largest_stories": sizes[:5]}


def _membership(store: DuckDBStore) -> set[frozenset[str]]:
    rows = store.query("SELECT list(article ORDER BY article) AS a FROM story_articles GROUP BY story")
    return {frozenset(r["a"]) for r in rows}


def bench_store(data: Path = DEV, workdir: Path | None = None, model: str | None = None,
                batch_size: int = 128) -> dict[str, Any]:
    """Ingest `data` (full extraction), time the queries, then re-ingest in three batches and compare stories."""
    if not data.exists():
        return {"skipped": f"{data} is absent"}
    workdir = Path(workdir or tempfile.mkdtemp(prefix="newsledger-store-bench-"))
    one_db = workdir / "one.duckdb"
    out: dict[str, Any] = {"data": str(data), "store": str(one_db)}
    with open_store(one_db) as store:
        result = ingest_paths(store, [data], extractor=default_extractor(model), batch_size=batch_size)
        out["ingest"] = {"added": result.added, "skipped": result.skipped, "failed": result.failed,
                         "seconds": round(result.seconds, 1), "articles_per_s": round(result.rate, 1)}
        out.update(_shape(store))
        out["query_ms"] = time_queries(store)
        out["query_max_ms"] = max(out["query_ms"].values())
        out["queries_under_budget"] = out["query_max_ms"] < QUERY_BUDGET_MS
        one_members = _membership(store)
        one_counts = store.counts()

        # Three batches: the file split in thirds, ingested one after the other into a fresh store.
        lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
        third = -(-len(lines) // 3)
        parts = []
        for n in range(3):
            part = workdir / f"part{n}.jsonl"
            part.write_text("".join(lines[n * third:(n + 1) * third]), encoding="utf-8")
            parts.append(part)
        three_db = workdir / "three.duckdb"
        with open_store(three_db) as three:
            started = time.perf_counter()
            for part in parts:
                ingest_paths(three, [part], extractor=_stored_extractor(store), batch_size=batch_size)
            three_members = _membership(three)
            three_counts = three.counts()
            out["three_batch_link_seconds"] = round(time.perf_counter() - started, 1)
    agree = len(one_members & three_members)
    out["batches"] = {
        "one_batch_counts": one_counts, "three_batch_counts": three_counts,
        "identical_stories": agree, "stories_one": len(one_members), "stories_three": len(three_members),
        "story_agreement": round(agree / max(len(one_members), 1), 4),
        "counts_differ": {k: (one_counts[k], three_counts[k]) for k in one_counts
                          if one_counts[k] != three_counts[k] and k != "problems"},
    }
    return out


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV
    print(json.dumps(bench_store(path, Path(sys.argv[2]) if len(sys.argv) > 2 else None), indent=2))
