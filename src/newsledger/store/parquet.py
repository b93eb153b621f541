"""The store's tables as plain rows, and `import-parquet`: load a directory of Parquet tables into a DuckDB store.

The row builders are pure functions of ledger records, so a writer other than DuckDBStore (the Spark job) produces
exactly the rows the store would hold after ingesting the same articles in one batch: the same columns, the same
`data` JSON, sources merged per story and then across stories from their mention-free variants.

`import_parquet(DIR, db)` reads `DIR/<table>/` (a directory of part files, as Spark writes) or `DIR/<table>.parquet`
(as `newsledger export --format parquet` writes) for every store table present, into an empty store, in one
transaction; DuckDB streams the Parquet files, so a corpus larger than memory imports.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsledger.compare import estimate_all, find_all
from newsledger.ingest.identity import article_id as text_hash
from newsledger.ledger import Article, ArticleExtraction, Ledger, Problem, Source, Story
from newsledger.link.align import align
from newsledger.link.sources import merge_records, merge_sources, merge_story_sources
from newsledger.store.base import StoreError

Row = dict[str, Any]
# Written by the Spark job beside the store tables: each article's story-linking features, from which the store's
# story index state is rebuilt so that later `ingest` runs link new articles into the imported stories.
STORY_FEATURES = "story_features"


def _dump(record) -> str:
    return record.model_dump_json()


def article_row(a: Article, batch: int = 1) -> Row:
    return {"id": a.id, "text_hash": text_hash(a.text), "url": a.url, "outlet": a.outlet, "date": a.date,
            "title": a.title, "path": a.path, "version_of": a.version_of, "batch": batch, "data": _dump(a)}


def extraction_row(x: ArticleExtraction) -> Row:
    return {"article": x.article.id, "data": _dump(x)}


def problem_row(p: Problem, batch: int = 1) -> Row:
    return {"path": p.path, "line": p.line, "reason": p.reason, "batch": batch}


def story_rows(stories: list[Story], extractions: list[ArticleExtraction]) -> dict[str, list[Row]]:
    """Every per-story row of these stories (their articles' extractions given): what the store's recompute of
    these stories writes, except `sources`/`source_aliases`, which need every story a source appears in
    (`source_rows`)."""
    story_of = {a: s.id for s in stories for a in s.articles}
    merged = merge_sources(extractions, stories)
    alignments = align(merged.articles, merged.statements, merged.figures, merged.sources, stories)
    draft = Ledger(articles=merged.articles, sources=merged.sources, statements=merged.statements,
                   figures=merged.figures, stories=stories, alignments=alignments, findings=merged.findings)
    findings = {f.id: f for f in [*merged.findings, *find_all(draft)]}
    by_story: dict[str, list[tuple[str, Source]]] = defaultdict(list)
    for x in extractions:
        by_story[story_of[x.article.id]].extend((x.article.id, s) for s in x.sources)
    members, mentions = [], []
    for sid in sorted(by_story):
        _, groups = merge_story_sources(sid, by_story[sid])
        for src_id, group in groups.items():
            for art, src in group:
                members.append({"source": src_id, "story": sid, "article": art,
                                "variant": _dump(src.model_copy(update={"id": "", "mentions": []}))})
                mentions += [{"source": src_id, "story": sid, "article": m.article, "start_char": m.start,
                              "end_char": m.end, "text": m.text} for m in src.mentions]
    return {
        "stories": [{"id": s.id, "label": s.label, "start_date": s.start_date, "end_date": s.end_date,
                     "data": _dump(s)} for s in stories],
        "story_articles": [{"article": a, "story": s} for a, s in sorted(story_of.items())],
        "statements": [{"id": s.id, "story": story_of.get(s.article), "article": s.article, "kind": s.kind,
                        "source": s.source, "speaker_text": s.speaker_text, "text": s.text, "data": _dump(s)}
                       for s in merged.statements],
        "figures": [{"id": f.id, "story": story_of.get(f.article), "article": f.article, "category": f.category,
                     "value": f.value, "low": f.low, "high": f.high, "qualifier": f.qualifier, "source": f.source,
                     "text": f.text, "data": _dump(f)} for f in merged.figures],
        "alignments": [{"id": a.id, "story": a.story, "kind": a.kind, "relation": a.relation, "data": _dump(a)}
                       for a in alignments],
        "findings": [{"id": f.id, "story": f.story, "kind": f.kind, "summary": f.summary, "data": _dump(f)}
                     for f in findings.values()],
        "estimates": [{"id": e.id, "story": e.story, "category": e.category, "data": _dump(e)}
                      for e in estimate_all(draft)],
        "source_members": members,
        "source_mentions": mentions,
    }


def source_rows(source_id: str, variants: Iterable[str]) -> dict[str, list[Row]]:
    """One merged source from the `variant` JSON of all its source_members rows, corpus-wide."""
    merged = merge_records(source_id, [("", Source.model_validate_json(v)) for v in sorted(variants)])
    return {"sources": [{"id": merged.id, "name": merged.name, "kind": merged.kind, "data": _dump(merged)}],
            "source_aliases": [{"source": merged.id, "alias": a} for a in sorted({merged.name, *merged.aliases})]}


# -- schema ----------------------------------------------------------------------------------------------------------


def store_columns() -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, DuckDB type)] of the current store schema, read from a scratch in-memory store."""
    from newsledger.store.duckdb import connect
    from newsledger.store.schema import migrate

    con = connect(":memory:")
    try:
        migrate(con)
        rows = con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                           "ORDER BY table_name, ordinal_position").fetchall()
    finally:
        con.close()
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for table, column, dtype in rows:
        out[table].append((column, dtype))
    return dict(out)


# Tables the store fills itself (schema version, the index state rebuilt from story_features).
_OWN_TABLES = {"meta", "story_index"}


def _parquet_source(directory: Path, table: str) -> str | None:
    sub = directory / table
    if sub.is_dir() and any(sub.rglob("*.parquet")):
        return str(sub / "**" / "*.parquet")
    single = directory / f"{table}.parquet"
    return str(single) if single.is_file() else None


class ParquetImportError(StoreError):
    """The directory cannot be imported; the message says why. Nothing was written."""


def import_parquet(directory: str | os.PathLike[str], db: str | os.PathLike[str]) -> dict[str, int]:
    """Load the Parquet tables under `directory` into the (new or empty) store `db`; returns rows per table."""
    from newsledger.store.duckdb import open_store

    directory = Path(directory)
    if not directory.is_dir():
        raise ParquetImportError(f"{directory} is not a directory of Parquet tables")
    columns = store_columns()
    sources = {t: _parquet_source(directory, t) for t in columns if t not in _OWN_TABLES}
    sources = {t: s for t, s in sources.items() if s}
    if "articles" not in sources:
        raise ParquetImportError(f"{directory} has no articles table (articles/ or articles.parquet)")
    counts: dict[str, int] = {}
    with open_store(db) as store:
        con = store.con
        if con.execute("SELECT count(*) FROM articles").fetchall()[0][0]:
            raise ParquetImportError(f"store {db} already holds articles; import into a new store")
        con.execute("BEGIN TRANSACTION").fetchall()
        try:
            for table, src in sorted(sources.items()):
                scan = f"read_parquet({_literal(src)}, union_by_name = true)"
                present = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {scan}").fetchall()}
                names = ", ".join(f'"{c}"' for c, _ in columns[table] if c in present)
                con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {scan}").fetchall()
                counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            features = _parquet_source(directory, STORY_FEATURES)
            if features:
                _write_index_state(con, features)
            con.execute("COMMIT").fetchall()
        except BaseException:
            con.execute("ROLLBACK").fetchall()
            raise
    return counts


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _write_index_state(con, features_src: str) -> None:
    """The story index's saved state, in link/stories.py's `to_state` shape, from the per-article features."""
    from newsledger.link.stories import STATE_VERSION, StoryIndex

    if not hasattr(StoryIndex, "from_state"):
        return
    rows = con.execute(f"SELECT article, story, features FROM read_parquet({_literal(features_src)}) "
                       "ORDER BY article").fetchall()
    params = StoryIndex().params
    state = {"version": STATE_VERSION, "params": params.__dict__,
             "articles": {aid: [sid, *json.loads(f)] for aid, sid, f in rows}, "merged": {}}
    con.execute("INSERT OR REPLACE INTO story_index VALUES ('state', ?)", [json.dumps(state)]).fetchall()
