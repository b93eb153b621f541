"""Read queries over a store: what `newsledger stories/story/quotes/figures/sources` and serve/ show.

Each returns plain rows (dicts of JSON-ready values) so the CLI can print them as a table, JSON or CSV.
"""

from __future__ import annotations

import json
from typing import Any

from newsledger.store.duckdb import DuckDBStore

Row = dict[str, Any]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_stories(store: DuckDBStore, *, limit: int | None = None) -> list[Row]:
    # One grouped pass per table instead of a subquery per story: the listing stays fast at millions of rows.
    sql = """
        WITH a AS (SELECT sa.story, count(*) AS articles, count(DISTINCT ar.outlet) AS outlets
                   FROM story_articles sa JOIN articles ar ON ar.id = sa.article GROUP BY sa.story),
             t AS (SELECT story, count(*) AS n FROM statements GROUP BY story),
             f AS (SELECT story, count(*) AS n FROM figures GROUP BY story),
             x AS (SELECT story, count(*) AS n FROM findings GROUP BY story)
        SELECT s.id, s.label, s.start_date, s.end_date, coalesce(a.articles, 0) AS articles,
               coalesce(a.outlets, 0) AS outlets, coalesce(t.n, 0) AS statements, coalesce(f.n, 0) AS figures,
               coalesce(x.n, 0) AS findings
        FROM stories s LEFT JOIN a ON a.story = s.id LEFT JOIN t ON t.story = s.id LEFT JOIN f ON f.story = s.id
             LEFT JOIN x ON x.story = s.id
        ORDER BY articles DESC, s.start_date DESC NULLS LAST, s.id"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    return store.query(sql)


def story_detail(store: DuckDBStore, story_id: str) -> Row:
    """One story: its outlets, sources, statements, figures and findings. KeyError when unknown."""
    head = store.query("SELECT id, label, start_date, end_date FROM stories WHERE id = ?", [story_id])
    if not head:
        raise KeyError(story_id)
    outlets = store.query(
        "SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(*) AS articles, min(a.date) AS first, "
        "max(a.date) AS last FROM story_articles sa JOIN articles a ON a.id = sa.article WHERE sa.story = ? "
        "GROUP BY 1 ORDER BY articles DESC, outlet", [story_id])
    sources = store.query(
        "SELECT s.id, s.name, s.kind, count(DISTINCT m.article) AS articles FROM source_members m "
        "JOIN sources s ON s.id = m.source WHERE m.story = ? GROUP BY ALL ORDER BY articles DESC, s.name",
        [story_id])
    return {**head[0], "outlets": outlets, "sources": sources,
            "statements": quotes(store, story=story_id),
            "figures": figures(store, story=story_id),
            "findings": store.query("SELECT id, kind, summary FROM findings WHERE story = ? ORDER BY kind, id",
                                    [story_id]),
            "estimates": estimates(store, story=story_id)}


def estimates(store: DuckDBStore, *, category: str | None = None, story: str | None = None) -> list[Row]:
    """Each quantity's reconciled low/best/high over its points (compare/timeline.py), one row per quantity."""
    where, params = [], []
    if category:
        where.append("category = ?")
        params.append(category)
    if story:
        where.append("story = ?")
        params.append(story)
    sql = ("SELECT id, story, category, json_extract_string(data, '$.counted') AS counted, "
           "json_extract_string(data, '$.span') AS span, json_extract(data, '$.low')::DOUBLE AS low, "
           "json_extract(data, '$.best')::DOUBLE AS best, json_extract(data, '$.high')::DOUBLE AS high, "
           "json_array_length(json_extract(data, '$.points')) AS points FROM estimates")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return store.query(sql + " ORDER BY story, category, id", params)


def quotes(store: DuckDBStore, *, speaker: str | None = None, story: str | None = None,
           since: str | None = None, limit: int | None = None) -> list[Row]:
    """Statements, newest last; `speaker` matches the source's name, any alias, or the speaker as written."""
    where, params = [], []
    if speaker:
        where.append("(src.name ILIKE ? ESCAPE '\\' OR t.speaker_text ILIKE ? ESCAPE '\\' OR t.source IN "
                     "(SELECT source FROM source_aliases WHERE alias ILIKE ? ESCAPE '\\'))")
        params += [_like(speaker)] * 3
    if story:
        where.append("t.story = ?")
        params.append(story)
    if since:
        where.append("a.date >= ?")
        params.append(since)
    sql = ("SELECT a.date, a.outlet, coalesce(src.name, t.speaker_text) AS speaker, t.kind, t.text, t.id, "
           "t.article, t.story FROM statements t JOIN articles a ON a.id = t.article "
           "LEFT JOIN sources src ON src.id = t.source")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.date NULLS FIRST, t.article, t.id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return store.query(sql, params)


def figures(store: DuckDBStore, *, category: str | None = None, story: str | None = None,
            limit: int | None = None) -> list[Row]:
    """The estimate series: each figure with the date it was published and who asserted it, oldest first."""
    where, params = [], []
    if category:
        where.append("f.category = ?")
        params.append(category)
    if story:
        where.append("f.story = ?")
        params.append(story)
    sql = ("SELECT a.date, a.outlet, f.category, f.qualifier, f.value, f.low, f.high, src.name AS source, f.text, "
           "f.id, f.article, f.story FROM figures f JOIN articles a ON a.id = f.article "
           "LEFT JOIN sources src ON src.id = f.source")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.date NULLS FIRST, f.article, f.id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return store.query(sql, params)


def search_sources(store: DuckDBStore, *, search: str | None = None, limit: int | None = None) -> list[Row]:
    """Sources whose name, an alias or a description contains `search` (case- and accent-insensitive)."""
    sql = ("SELECT s.id, s.name, s.kind, (SELECT count(DISTINCT m.article) FROM source_members m "
           "WHERE m.source = s.id) AS articles, "
           "(SELECT count(*) FROM statements t WHERE t.source = s.id) AS statements, "
           "json_extract(s.data, '$.descriptions') AS descriptions FROM sources s")
    params: list[Any] = []
    if search:
        sql += (" WHERE strip_accents(s.name) ILIKE strip_accents(?) ESCAPE '\\' OR s.id IN (SELECT source FROM "
                "source_aliases WHERE strip_accents(alias) ILIKE strip_accents(?) ESCAPE '\\') "
                "OR json_extract(s.data, '$.descriptions')::VARCHAR ILIKE ? ESCAPE '\\'")
        params = [_like(search)] * 3
    sql += " ORDER BY articles DESC, s.name"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.query(sql, params)
    for row in rows:
        row["descriptions"] = json.loads(row["descriptions"]) if row["descriptions"] else []
    return rows
