"""Read queries over a store: what `newsledger stories/story/quotes/figures/sources` and serve/ show.

Each returns plain rows (dicts of JSON-ready values) so the CLI can print them as a table, JSON or CSV.
"""

from __future__ import annotations

import json
import re
from typing import Any

from newsledger.store.base import StoreError
from newsledger.store.duckdb import DuckDBStore

Row = dict[str, Any]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def outlet_sql(alias: str = "a") -> str:
    """compare/labels.outlet_label in SQL: the outlet, else the file name's stem (a local file has no URL), else the
    title, else the id — so a local file is called the same in every table, export and page."""
    stem = f"nullif(regexp_extract({alias}.path, '([^/]+?)(\\.[^./]*)?$', 1), '')"
    return f"coalesce({alias}.outlet, {stem}, {alias}.title, {alias}.id)"


def lang_sql(alias: str = "a") -> str:
    """An article's language (ISO 639-1) as ingest detected it; the article record carries it, no column does."""
    return f"json_extract_string({alias}.data, '$.lang')"


def lang_codes(lang: str) -> list[str]:
    """`de` or several, comma-separated (`de,fr`), lower-cased: what --lang and ?lang= accept."""
    codes = [c.strip().lower() for c in lang.split(",") if c.strip()]
    if not codes or not all(re.fullmatch(r"[a-z]{2,3}", c) for c in codes):
        raise StoreError(f"not a language: {lang!r}; give ISO 639-1 codes such as de, or several: de,fr")
    return codes


Condition = tuple[str, list[Any] | None]  # SQL with ?s, and their values (None: the condition is left out)


def where_clause(conditions: list[Condition]) -> tuple[str, list[Any]]:
    """(" WHERE …" of the conditions that were given, their values in order); ("", []) when none was given."""
    kept = [(sql, values) for sql, values in conditions if values is not None]
    return (" WHERE " + " AND ".join(sql for sql, _ in kept)) if kept else "", [v for _, vs in kept for v in vs]


def given(value: str | None, *forms: str) -> list[Any] | None:
    """The values for a condition's ?s when `value` was given: `forms` say which ('like' or 'exact') each is."""
    if not value:
        return None
    return [_like(value) if form == "like" else value for form in forms]


def given_langs(lang: str | None) -> list[Any] | None:
    """The ? of a language condition: `lang` as a list of codes (de or de,fr), None when not given."""
    return [lang_codes(lang)] if lang else None


def _limit(sql: str, limit: int | None) -> str:
    return sql + (f" LIMIT {int(limit)}" if limit else "")


def list_stories(store: DuckDBStore, *, since: str | None = None, until: str | None = None,
                 outlet: str | None = None, search: str | None = None, limit: int | None = None,
                 lang: str | None = None) -> list[Row]:
    """Stories biggest first; `since`/`until` keep stories with an article in that date range, `outlet` those with
    an article by that outlet (name as shown, or part of it), `lang` those with an article in that language (ISO
    639-1; several comma-separated). `search` is full text over the articles' titles and
    bodies (store/search.py): the matching stories best first, each with `match`, its best article's matching
    sentence, and `match_article`; SearchUnavailable (a StoreError) when the search index is missing or stale."""
    hits = None
    if search:
        from newsledger.store.search import search_stories

        hits = {h.story: (rank, h.article) for rank, h in enumerate(search_stories(store.path, store.con, search))}
    where, params = where_clause([
        ("coalesce(s.end_date, s.start_date) >= ?", given(since, "exact")),
        ("coalesce(s.start_date, s.end_date) <= ?", given(until, "exact")),
        ("s.id IN (SELECT sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article "
         f"WHERE {outlet_sql('a')} ILIKE ? ESCAPE '\\')", given(outlet, "like")),
        ("s.id IN (SELECT sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article "
         f"WHERE {lang_sql('a')} IN (SELECT unnest(?::VARCHAR[])))", given_langs(lang)),
        ("s.id IN (SELECT unnest(?::VARCHAR[]))", None if hits is None else [list(hits)]),
    ])
    # One grouped pass per table instead of a subquery per story: the listing stays fast at millions of rows.
    sql = """
        WITH a AS (SELECT sa.story, count(*) AS articles, count(DISTINCT ar.outlet) AS outlets
                   FROM story_articles sa JOIN articles ar ON ar.id = sa.article GROUP BY sa.story),
             t AS (SELECT story, count(*) AS n FROM statements GROUP BY story),
             f AS (SELECT story, count(*) AS n FROM figures GROUP BY story),
             x AS (SELECT story, count(*) AS n FROM findings GROUP BY story)
        SELECT s.id, s.label, s.start_date, coalesce(a.articles, 0) AS articles,
               coalesce(a.outlets, 0) AS outlets, coalesce(t.n, 0) AS statements, coalesce(f.n, 0) AS figures,
               coalesce(x.n, 0) AS findings, s.end_date
        FROM stories s LEFT JOIN a ON a.story = s.id LEFT JOIN t ON t.story = s.id LEFT JOIN f ON f.story = s.id
             LEFT JOIN x ON x.story = s.id"""
    sql += where + " ORDER BY articles DESC, s.start_date DESC NULLS LAST, s.id"
    if hits is None:
        return store.query(_limit(sql, limit), params)
    from newsledger.store.search import matching_sentences

    rows = sorted(store.query(sql, params), key=lambda r: hits[r["id"]][0])[:limit or None]
    found = matching_sentences(store.path, store.con, search, [hits[r["id"]][1] for r in rows])
    for row in rows:
        match = found.get(hits[row["id"]][1])
        row["match"], row["match_article"] = (match.sentence, match.article) if match else (None, None)
    return rows


def story_detail(store: DuckDBStore, story_id: str) -> Row:
    """One story: its outlets, sources, statements, figures and findings. KeyError when unknown."""
    head = store.query("SELECT id, label, start_date, end_date FROM stories WHERE id = ?", [story_id])
    if not head:
        raise KeyError(story_id)
    outlets = store.query(
        f"SELECT {outlet_sql('a')} AS outlet, count(*) AS articles, min(a.date) AS first, "
        "max(a.date) AS last FROM story_articles sa JOIN articles a ON a.id = sa.article WHERE sa.story = ? "
        "GROUP BY 1 ORDER BY articles DESC, outlet", [story_id])
    sources = store.query(
        "SELECT s.id, s.name, s.kind, count(DISTINCT m.article) AS articles FROM source_members m "
        "JOIN sources s ON s.id = m.source WHERE m.story = ? GROUP BY ALL ORDER BY articles DESC, s.name",
        [story_id])
    return {**head[0], "outlets": outlets, "sources": sources,
            "statements": quotes(store, story=story_id),
            "figures": figures(store, story=story_id),
            "findings": findings(store, story=story_id),
            "estimates": estimates(store, story=story_id)}


def estimates(store: DuckDBStore, *, category: str | None = None, story: str | None = None) -> list[Row]:
    """Each quantity's reconciled low/best/high over its points (compare/timeline.py), one row per quantity."""
    where, params = where_clause([("category = ?", given(category, "exact")), ("story = ?", given(story, "exact"))])
    sql = ("SELECT id, story, category, json_extract_string(data, '$.counted') AS counted, "
           "json_extract_string(data, '$.span') AS span, json_extract(data, '$.low')::DOUBLE AS low, "
           "json_extract(data, '$.best')::DOUBLE AS best, json_extract(data, '$.high')::DOUBLE AS high, "
           "json_array_length(json_extract(data, '$.points')) AS points FROM estimates")
    return store.query(sql + where + " ORDER BY story, category, id", params)


def quotes(store: DuckDBStore, *, speaker: str | None = None, story: str | None = None,
           since: str | None = None, outlet: str | None = None, limit: int | None = None,
           lang: str | None = None) -> list[Row]:
    """Statements, newest last, in their original words with their article's language (`lang`); `speaker` matches
    the source's name, any alias, or the speaker as written; `lang` keeps statements in that language."""
    where, params = where_clause([
        ("(src.name ILIKE ? ESCAPE '\\' OR t.speaker_text ILIKE ? ESCAPE '\\' OR t.source IN "
         "(SELECT source FROM source_aliases WHERE alias ILIKE ? ESCAPE '\\'))", given(speaker, *["like"] * 3)),
        ("t.story = ?", given(story, "exact")),
        ("a.date >= ?", given(since, "exact")),
        (f"{outlet_sql('a')} ILIKE ? ESCAPE '\\'", given(outlet, "like")),
        (f"{lang_sql('a')} IN (SELECT unnest(?::VARCHAR[]))", given_langs(lang)),
    ])
    sql = (f"SELECT a.date, {outlet_sql('a')} AS outlet, coalesce(src.name, t.speaker_text) AS speaker, t.kind, "
           f"{lang_sql('a')} AS lang, t.text, t.id, t.article, t.story FROM statements t "
           "JOIN articles a ON a.id = t.article "
           "LEFT JOIN sources src ON src.id = t.source")
    sql += where + " ORDER BY a.date NULLS FIRST, t.article, t.id"
    return store.query(_limit(sql, limit), params)


def figures(store: DuckDBStore, *, category: str | None = None, story: str | None = None, since: str | None = None,
            outlet: str | None = None, source: str | None = None, limit: int | None = None,
            lang: str | None = None) -> list[Row]:
    """The estimate series: each figure with the date it was published, the outlet and who asserted it (by name),
    oldest first; `source` matches the source's name or an alias; `lang` keeps figures from articles in that
    language."""
    where, params = where_clause([
        ("a.date >= ?", given(since, "exact")),
        (f"{outlet_sql('a')} ILIKE ? ESCAPE '\\'", given(outlet, "like")),
        ("(src.name ILIKE ? ESCAPE '\\' OR f.source IN "
         "(SELECT source FROM source_aliases WHERE alias ILIKE ? ESCAPE '\\'))", given(source, "like", "like")),
        ("f.category = ?", given(category, "exact")),
        ("f.story = ?", given(story, "exact")),
        (f"{lang_sql('a')} IN (SELECT unnest(?::VARCHAR[]))", given_langs(lang)),
    ])
    sql = (f"SELECT {FIGURE_COLUMNS}, {lang_sql('a')} AS lang FROM figures f JOIN articles a ON a.id = f.article "
           "LEFT JOIN sources src ON src.id = f.source")
    sql += where + " ORDER BY a.date NULLS FIRST, f.article, f.id"
    return store.query(_limit(sql, limit), params)


# A figure as a person reads it (and store/export.py writes figures.csv): names and words, not ids and JSON.
FIGURE_COLUMNS = (f"a.date, {outlet_sql('a')} AS outlet, f.qualifier, f.value, f.low, f.high, "
                  "json_extract_string(f.data, '$.counted') AS counted, f.category, "
                  "json_extract_string(f.data, '$.unit') AS unit, json_extract_string(f.data, '$.scope') AS scope, "
                  "src.name AS source, f.text, f.id, f.article, f.story")


def findings(store: DuckDBStore, *, story: str | None = None, kind: str | None = None,
             min_weight: float | None = None, limit: int | None = None) -> list[Row]:
    """Findings, weightiest first; a finding stored before findings had a weight counts as weight 0."""
    weight = "coalesce(TRY_CAST(json_extract(data, '$.weight') AS DOUBLE), 0)"
    where, params = where_clause([
        ("story = ?", given(story, "exact")),
        ("kind = ?", given(kind, "exact")),
        (f"{weight} >= ?", None if min_weight is None else [float(min_weight)]),
    ])
    sql = (f"SELECT kind, {weight} AS weight, summary, json_extract_string(data, '$.why') AS why, "
           "json_extract_string(data, '$.evidence[*]') AS evidence, id, story FROM findings")
    sql += where + " ORDER BY weight DESC, kind, id"
    return store.query(_limit(sql, limit), params)


def estimate_series(store: DuckDBStore, *, story: str | None = None, category: str | None = None,
                    limit: int | None = None) -> list[Row]:
    """Each quantity (an estimate) with its reconciled low/best/high and its points: every source's figure by date,
    with the source's name and the outlet."""
    where, params = where_clause([("e.story = ?", given(story, "exact")), ("e.category = ?", given(category, "exact"))])
    heads = store.query(_limit("SELECT e.id, e.story, e.category, e.data FROM estimates e" + where
                               + " ORDER BY e.story, e.category, e.id", limit), params)
    if not heads:
        return []
    ids = [h["id"] for h in heads]
    points = store.query(
        f"""WITH p AS (SELECT e.id AS estimate, unnest(json_extract(e.data, '$.points[*]')) AS point
                       FROM estimates e WHERE e.id IN (SELECT unnest(?::VARCHAR[])))
            SELECT p.estimate, json_extract_string(p.point, '$.date') AS date, {outlet_sql('a')} AS outlet,
                   src.name AS source, TRY_CAST(json_extract(p.point, '$.value') AS DOUBLE) AS value,
                   TRY_CAST(json_extract(p.point, '$.low') AS DOUBLE) AS low,
                   TRY_CAST(json_extract(p.point, '$.high') AS DOUBLE) AS high,
                   json_extract_string(p.point, '$.qualifier') AS qualifier, f.text,
                   json_extract_string(p.point, '$.figure') AS figure,
                   json_extract_string(p.point, '$.article') AS article
            FROM p LEFT JOIN articles a ON a.id = json_extract_string(p.point, '$.article')
            LEFT JOIN figures f ON f.id = json_extract_string(p.point, '$.figure')
            LEFT JOIN sources src ON src.id = json_extract_string(p.point, '$.source')
            ORDER BY p.estimate, date NULLS LAST, outlet""", [ids])
    by_estimate: dict[str, list[Row]] = {}
    for p in points:
        by_estimate.setdefault(p.pop("estimate"), []).append(p)
    rows = []
    for head in heads:
        data = json.loads(head["data"])
        rows.append({"id": head["id"], "story": head["story"], "category": head["category"],
                     "counted": data.get("counted"), "span": data.get("span"), "low": data.get("low"),
                     "best": data.get("best"), "high": data.get("high"), "alignment": data.get("alignment"),
                     "points": by_estimate.get(head["id"], [])})
    return rows


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
