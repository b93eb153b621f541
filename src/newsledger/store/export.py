"""Exports of a whole store: jsonl, csv, parquet and schema.org JSON-LD.

Everything streams from the database in chunks (a store may hold millions of articles) and is written into a new
temporary sibling of the target first, then renamed into place, so an interrupted export never leaves a half-written
file under the name. An export deletes or overwrites nothing it did not create: an existing file, or a directory
that holds anything, is refused unless `overwrite` is given, and even then only the files the export writes are
replaced (other files in the directory stay); the store itself, and any directory holding it, is always refused.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from newsledger.ledger import Source
from newsledger.store.base import ExportRefused, StoreError
from newsledger.store.duckdb import DuckDBStore

FORMATS = ("jsonl", "csv", "parquet", "jsonld")
# Ledger collections in ledger order: (ledger key, table).
TABLES = (("articles", "articles"), ("sources", "sources"), ("statements", "statements"), ("figures", "figures"),
          ("stories", "stories"), ("alignments", "alignments"), ("findings", "findings"),
          ("estimates", "estimates"))
EXTRA_TABLES = ("story_articles", "source_aliases", "source_members", "source_mentions", "problems")
DIRECTORY_FORMATS = ("csv", "parquet")  # a directory with a file per table; the others write one file
# A jsonl line's "type": the singular of the ledger key (an explicit map: "stories"[:-1] is "storie").
RECORD_TYPE = {"articles": "article", "sources": "source", "statements": "statement", "figures": "figure",
               "stories": "story", "alignments": "alignment", "findings": "finding", "estimates": "estimate",
               "problems": "problem"}
CHUNK = 2000
SCHEMA_ORG = "https://schema.org"


def _table_sql(table: str, fmt: str) -> str:
    """What a table's file holds: the stored columns, except figures.csv, which is read in a spreadsheet, so it has
    what `newsledger figures --csv` prints (outlet, date, source's name, counted, category; no JSON column)."""
    if table == "figures" and fmt == "csv":
        from newsledger.store.queries import FIGURE_COLUMNS

        return (f"SELECT {FIGURE_COLUMNS} FROM figures f JOIN articles a ON a.id = f.article "
                "LEFT JOIN sources src ON src.id = f.source ORDER BY a.date NULLS FIRST, f.article, f.id")
    return f"SELECT * FROM {table}"


def _stream(store: DuckDBStore, sql: str, params: list[Any] | None = None) -> Iterator[tuple]:
    cur = store.con.cursor()  # its own connection, so lookups elsewhere cannot interrupt the stream
    try:
        result = cur.execute(sql, params or [])
        while rows := result.fetchmany(CHUNK):
            yield from rows
    finally:
        cur.close()


def _sibling(out: Path) -> Path:
    """A new, unused name beside `out` (same filesystem, so the final rename is atomic)."""
    return out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")


def check_target(out: Path, store_path: Path, fmt: str, *, overwrite: bool = False) -> Path:
    """The absolute path to export to, or ExportRefused saying why not (before anything is written)."""
    target = out.resolve()  # `.`, `..` and symlinks: compared and written where they really point
    store = store_path.resolve()
    if target in (store, store.with_name(store.name + ".wal")):
        raise ExportRefused(f"refusing to export onto the store itself ({store_path}); give a new file name")
    if store.is_relative_to(target):
        raise ExportRefused(f"refusing to export to {out}: it holds the store {store_path}; give a new "
                            f"{'directory' if fmt in DIRECTORY_FORMATS else 'file'} name")
    if not target.exists():
        return target
    if fmt in DIRECTORY_FORMATS:
        if not target.is_dir():
            raise ExportRefused(f"{out} exists and is not a directory; {fmt} export writes a directory (a file per "
                                "table): give a new name")
        if not overwrite and any(target.iterdir()):
            raise ExportRefused(f"{out} is a directory that already holds files; give a new name, or pass "
                                "--overwrite to replace only the table files the export writes (nothing else there "
                                "is touched)")
        return target
    if target.is_dir():
        raise ExportRefused(f"{out} is a directory; {fmt} export writes one file: give a file name such as "
                            f"{out / ('newsledger.' + fmt)}")
    if not overwrite:
        raise ExportRefused(f"{out} already exists; give a new name, or pass --overwrite to replace it")
    return target


def _publish_dir(tmp: Path, target: Path) -> None:
    if not target.exists():
        tmp.rename(target)  # an empty directory made meanwhile is replaced; a non-empty one makes this fail
        return
    for item in sorted(tmp.iterdir()):
        item.replace(target / item.name)  # only the export's own files; a directory of that name makes this fail
    tmp.rmdir()


def export_store(store: DuckDBStore, out: Path, fmt: str, *, overwrite: bool = False) -> Path:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    target = check_target(out, store.path, fmt, overwrite=overwrite)
    tmp = _sibling(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt in DIRECTORY_FORMATS:
            tmp.mkdir()
            option = "(HEADER)" if fmt == "csv" else "(FORMAT parquet)"
            for table in [t for _, t in TABLES] + list(EXTRA_TABLES):
                path = str(tmp / f"{table}.{fmt}").replace("'", "''")
                store.con.execute(f"COPY ({_table_sql(table, fmt)}) TO '{path}' {option}").fetchall()
            _publish_dir(tmp, target)
        else:
            with tmp.open("x", encoding="utf-8") as fh:  # "x": never an existing file, even one racing us
                (write_jsonl if fmt == "jsonl" else write_jsonld)(store, fh)
            os.replace(tmp, target)
    except OSError as exc:
        raise StoreError(f"cannot write export {out}: {exc.strerror or exc}") from None
    finally:  # only ever the temporary sibling this call created
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        elif tmp.exists():
            tmp.unlink()
    return out


def write_jsonl(store: DuckDBStore, fh: TextIO) -> None:
    """One record a line with its type first, the same lines `analyze --format jsonl` writes."""
    for key, table in TABLES:
        if table == "sources":  # stored without their mentions: attach them a chunk at a time
            chunk: list[Source] = []
            for (data,) in _stream(store, "SELECT data FROM sources ORDER BY id"):
                chunk.append(Source.model_validate_json(data))
                if len(chunk) == CHUNK:
                    _write_sources(store, chunk, fh)
                    chunk = []
            _write_sources(store, chunk, fh)
            continue
        for (data,) in _stream(store, f"SELECT data FROM {table} ORDER BY id"):
            fh.write(json.dumps({"type": RECORD_TYPE[key], **json.loads(data)}, ensure_ascii=False) + "\n")
    for path, line, reason in _stream(store, "SELECT path, line, reason FROM problems ORDER BY batch, path, line"):
        fh.write(json.dumps({"type": "problem", "path": path, "line": line, "reason": reason},
                            ensure_ascii=False) + "\n")


def _write_sources(store: DuckDBStore, sources: list[Source], fh: TextIO) -> None:
    for src in store.with_mentions(sources):
        fh.write(json.dumps({"type": "source", **src.model_dump(mode="json")}, ensure_ascii=False) + "\n")


def _ref(kind: str, ident: str | None) -> dict[str, str] | None:
    return {"@id": f"urn:newsledger:{kind}:{ident}"} if ident else None


def _clean(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if v not in (None, [], "")}


def _jsonld_nodes(store: DuckDBStore) -> Iterator[dict[str, Any]]:
    for (data,) in _stream(store, "SELECT data FROM articles ORDER BY id"):
        a = json.loads(data)
        yield _clean({"@type": "NewsArticle", **_ref("article", a["id"]), "url": a.get("url"),
                      "headline": a.get("title"), "datePublished": a.get("date"),
                      "publisher": {"@type": "Organization", "name": a["outlet"]} if a.get("outlet") else None,
                      "isBasedOn": _ref("article", a.get("version_of"))})
    for (data,) in _stream(store, "SELECT data FROM sources ORDER BY id"):
        s = json.loads(data)
        kind = "Person" if s["kind"] in ("person", "anonymous", "unknown") else "Organization"
        yield _clean({"@type": kind, **_ref("source", s["id"]), "name": s["name"],
                      "alternateName": [x for x in s["aliases"] if x != s["name"]],
                      "description": "; ".join(s["descriptions"]) or None})
    for data, date in _stream(store, "SELECT t.data, a.date FROM statements t JOIN articles a ON a.id = t.article "
                                     "ORDER BY t.id"):
        st = json.loads(data)
        speaker = _ref("source", st.get("source"))
        yield _clean({"@type": "Quotation", **_ref("statement", st["id"]), "text": st["text"],
                      "spokenByCharacter": speaker, "creator": speaker, "isPartOf": _ref("article", st["article"]),
                      "dateCreated": st.get("said_on") or date, "additionalType": st["kind"]})
    # A Claim per alignment: the same utterance or quantity, with every article it appeared in and the first.
    sql = """
        WITH m AS (SELECT id, unnest(json_extract_string(data, '$.members[*]')) AS member,
                          json_extract_string(data, '$.first') AS first FROM alignments)
        SELECT al.data, list(DISTINCT coalesce(s.article, f.article) ORDER BY coalesce(s.article, f.article)),
               any_value(coalesce(fs.article, ff.article)),
               any_value(coalesce(s.text, f.text))
        FROM m JOIN alignments al ON al.id = m.id
        LEFT JOIN statements s ON s.id = m.member LEFT JOIN figures f ON f.id = m.member
        LEFT JOIN statements fs ON fs.id = m.first LEFT JOIN figures ff ON ff.id = m.first
        GROUP BY al.id, al.data ORDER BY al.id"""
    for data, articles, first, text in _stream(store, sql):
        al = json.loads(data)
        yield _clean({"@type": "Claim", **_ref("alignment", al["id"]), "text": text,
                      "additionalType": f"{al['kind']} {al['relation']}",
                      "appearance": [_ref("article", a) for a in articles if a],
                      "firstAppearance": _ref("article", first)})
    for (data,) in _stream(store, "SELECT data FROM figures ORDER BY id"):
        fig = json.loads(data)
        yield _clean({"@type": "Claim", **_ref("figure", fig["id"]), "text": fig["text"],
                      "about": fig["category"], "author": _ref("source", fig.get("source")),
                      "appearance": [_ref("article", fig["article"])],
                      "firstAppearance": _ref("article", fig["article"])})
    for (data,) in _stream(store, "SELECT data FROM findings ORDER BY id"):
        f = json.loads(data)
        yield _clean({"@type": "Comment", **_ref("finding", f["id"]), "text": f["summary"],
                      "additionalType": f["kind"], "about": [{"@id": e} for e in f["evidence"]]})


def write_jsonld(store: DuckDBStore, fh: TextIO) -> None:
    """One JSON-LD document, a schema.org @graph, written node by node."""
    fh.write(json.dumps({"@context": SCHEMA_ORG})[:-1] + ', "@graph": [\n')
    for i, node in enumerate(_jsonld_nodes(store)):
        fh.write((",\n" if i else "") + json.dumps(node, ensure_ascii=False))
    fh.write("\n]}\n")
