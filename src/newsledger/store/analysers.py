"""Which analyser version each stored article was extracted with (the `analysers` table, schema v4), and
`reanalyze`: re-extract the stored articles whose language's analyser has changed since (extract/version.py) — a
language newly supported, a lexicon or a rule improved — and rebuild the stories they are in.

Stories keep their articles (linking is not redone: an article's words did not change); every record derived from
the extractions (sources, statements, figures, alignments, findings, estimates) is rebuilt for the touched stories,
one transaction per batch, so an interrupted run leaves each batch either done or untouched."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsledger.extract.version import analyser_version
from newsledger.ledger import Article, ArticleExtraction, Problem

if TYPE_CHECKING:
    from newsledger.store.duckdb import DuckDBStore

Extractor = Callable[[list[Article]], Iterable[ArticleExtraction]]


def analyser_rows(articles: Iterable[Article], model: str | None = None) -> list[dict[str, Any]]:
    return [{"article": a.id, "lang": a.lang, "version": analyser_version(a.lang, model)} for a in articles]


@dataclass
class ReanalyzeResult:
    checked: int = 0  # stored articles looked at (in the asked languages)
    reanalysed: int = 0
    stories: int = 0  # stories rebuilt
    failed: int = 0
    seconds: float = 0.0
    by_lang: dict[str, int] = field(default_factory=dict)  # reanalysed articles per language
    problems: list[Problem] = field(default_factory=list)


def stale_articles(store: DuckDBStore, langs: list[str] | None = None, model: str | None = None
                   ) -> tuple[int, list[str]]:
    """(articles checked, ids of those whose stored analyser version is not their language's current one)."""
    rows = store.con.execute(
        "SELECT a.id, json_extract_string(a.data, '$.lang') AS lang, v.version FROM articles a "
        "LEFT JOIN analysers v ON v.article = a.id ORDER BY a.id").fetchall()
    if langs is not None:
        rows = [r for r in rows if r[1] in langs]
    return len(rows), [aid for aid, lang, version in rows if version != analyser_version(lang, model)]


def reanalyze(store: DuckDBStore, extractor: Extractor, *, langs: list[str] | None = None,
              model: str | None = None, batch_size: int = 64) -> ReanalyzeResult:
    """Re-extract the stale articles (all languages, or only `langs`) batch by batch with `extractor`."""
    started = time.perf_counter()
    result = ReanalyzeResult()
    result.checked, ids = stale_articles(store, langs, model)
    for i in range(0, len(ids), batch_size):
        chunk = ids[i:i + batch_size]
        stored = store.con.execute(
            "SELECT data FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id", [chunk]).fetchall()
        # the stored record says "not analysed" when its language was not read then: read it afresh
        articles = [Article.model_validate_json(r[0]).model_copy(update={"analysed": True}) for r in stored]
        try:
            extractions = list(extractor(articles))
        except Exception as exc:  # one bad batch is reported, the others still run; nothing of it is written
            result.failed += len(articles)
            result.problems += [Problem(path=a.id, reason=f"reanalysis failed: {exc}") for a in articles]
            continue
        touched = store._transaction(lambda ex=extractions: _replace(store, ex, model))
        result.reanalysed += len(extractions)
        result.stories += len(touched)
        for x in extractions:
            key = x.article.lang or "unknown"
            result.by_lang[key] = result.by_lang.get(key, 0) + 1
    result.seconds = time.perf_counter() - started
    return result


def _replace(store: DuckDBStore, extractions: list[ArticleExtraction], model: str | None) -> set[str]:
    from newsledger.store.duckdb import _dump, _exec

    ids = [x.article.id for x in extractions]
    for x in extractions:
        _exec(store.con, "UPDATE articles SET data = ? WHERE id = ?", [_dump(x.article), x.article.id])
    for table in ("extractions", "analysers"):
        _exec(store.con, f"DELETE FROM {table} WHERE article IN (SELECT unnest(?::VARCHAR[]))", [ids])
    store._insert("extractions", [{"article": x.article.id, "data": _dump(x)} for x in extractions])
    store._insert("analysers", analyser_rows((x.article for x in extractions), model))
    touched = {r[0] for r in store._ids_in(
        "SELECT DISTINCT story FROM story_articles WHERE article IN (SELECT unnest(?::VARCHAR[]))", ids)}
    if touched:
        store._recompute(touched)
    return touched
