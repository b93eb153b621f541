"""What changed: read from the store after a round (or for any period, `changes --since`).

"New" means stored in a batch of the window (batches > the round's starting batch, or committed since a time).
Against everything stored before it, the digest lists: new articles (and which replace an earlier version), new
stories (every article new), new statements by sources already quoted in the story, new figures and revised ones (a
new figure aligned to the same quantity as an older one with a different value or qualifier, shown beside the
latest older one), new findings (evidence touching anything new), and entries a watched source no longer lists.
Every statement and figure keeps its article id and offsets, as everywhere in the ledger.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, Field

from newsledger.watch.state import has_watch_tables


class NewArticle(BaseModel):
    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    story: str | None = None
    version_of: str | None = None


class NewStory(BaseModel):
    id: str
    label: str | None = None
    articles: int
    outlets: list[str] = Field(default_factory=list)


class NewStatement(BaseModel):
    id: str
    story: str | None = None
    story_label: str | None = None
    article: str
    outlet: str | None = None
    date: str | None = None
    speaker: str | None = None
    kind: str | None = None
    start: int
    end: int
    text: str


class FigureRef(BaseModel):
    id: str
    article: str
    outlet: str | None = None
    date: str | None = None
    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    source: str | None = None


class ChangedFigure(BaseModel):
    change: str  # "new" or "revised"
    story: str | None = None
    story_label: str | None = None
    category: str | None = None
    counted: str | None = None
    figure: FigureRef
    previous: FigureRef | None = None


class NewFinding(BaseModel):
    id: str
    story: str | None = None
    kind: str
    summary: str


class RemovedEntry(BaseModel):
    source: str
    url: str
    article: str | None = None


class Digest(BaseModel):
    since: str | None = None
    until: str
    articles: list[NewArticle] = Field(default_factory=list)
    stories: list[NewStory] = Field(default_factory=list)
    statements: list[NewStatement] = Field(default_factory=list)
    figures: list[ChangedFigure] = Field(default_factory=list)
    findings: list[NewFinding] = Field(default_factory=list)
    removed: list[RemovedEntry] = Field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.articles or self.removed)


def _rows(con, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _has_table(con, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name])
                .fetchall()[0][0])


def parse_since(value: str | dt.datetime | dt.date) -> dt.datetime:
    """A date ('2026-12-06') or an ISO time ('2026-12-06T08:30', 'Z' or an offset allowed) as naive UTC."""
    if isinstance(value, dt.datetime):
        when = value
    elif isinstance(value, dt.date):
        when = dt.datetime(value.year, value.month, value.day)
    else:
        try:
            when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"not a date or time: {value!r} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


def batches_since(con, since: dt.datetime) -> list[int]:
    if not _has_table(con, "batches"):
        return []
    return [r[0] for r in con.execute("SELECT batch FROM batches WHERE committed >= ? ORDER BY batch", [since]).fetchall()]


def batches_after(con, after_batch: int) -> list[int]:
    return [r[0] for r in con.execute("SELECT DISTINCT batch FROM articles WHERE batch > ? ORDER BY batch",
                                      [after_batch]).fetchall()]


def compute(con, batches: list[int], *, since: dt.datetime | None, removed_since: dt.datetime | None) -> Digest:
    """The digest of the articles stored in `batches` against everything stored before (see module docstring)."""
    until = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
    digest = Digest(since=since.isoformat(timespec="seconds") + "Z" if since else None, until=until)
    if removed_since is not None and has_watch_tables(con):
        digest.removed = [RemovedEntry(**r) for r in _rows(
            con, "SELECT source, url, article FROM watch_entries WHERE removed >= ? ORDER BY source, url",
            [removed_since])]
    if not batches:
        return digest
    new = [batches]
    digest.articles = [NewArticle(**r) for r in _rows(
        con, "SELECT a.id, a.url, a.outlet, a.title, a.date, sa.story, a.version_of FROM articles a "
             "LEFT JOIN story_articles sa ON sa.article = a.id WHERE list_contains(?, a.batch) "
             "ORDER BY a.date NULLS LAST, a.id", new)]
    digest.stories = [NewStory(**r) for r in _rows(
        con, "SELECT s.id, s.label, count(*) AS articles, list_sort(list_distinct(list(a.outlet))) AS outlets "
             "FROM stories s JOIN story_articles sa ON sa.story = s.id JOIN articles a ON a.id = sa.article "
             "GROUP BY s.id, s.label HAVING bool_and(list_contains(?, a.batch)) ORDER BY s.id", new)]
    digest.statements = [NewStatement(**r) for r in _rows(
        con, "SELECT t.id, t.story, s.label AS story_label, t.article, a.outlet, a.date, "
             "coalesce(src.name, t.speaker_text) AS speaker, t.kind, json_extract(t.data, '$.start')::INTEGER AS start, "
             "json_extract(t.data, '$.end')::INTEGER AS \"end\", t.text "
             "FROM statements t JOIN articles a ON a.id = t.article LEFT JOIN sources src ON src.id = t.source "
             "LEFT JOIN stories s ON s.id = t.story "
             "WHERE list_contains(?, a.batch) AND t.source IS NOT NULL AND EXISTS (SELECT 1 FROM source_members m "
             "JOIN articles o ON o.id = m.article WHERE m.source = t.source AND m.story = t.story "
             "AND NOT list_contains(?, o.batch)) "
             # the same words already stored in the story (an edited article's unchanged quotes) are not new
             "AND NOT EXISTS (SELECT 1 FROM statements p JOIN articles pa ON pa.id = p.article WHERE p.story = t.story "
             "AND p.text = t.text AND NOT list_contains(?, pa.batch)) "
             "ORDER BY a.date NULLS LAST, t.article, start", new * 3)]
    digest.figures = _figures(con, batches)
    digest.findings = _findings(con, batches)
    return digest


_FIGURE_SQL = ("SELECT f.id, f.article, a.outlet, a.date, json_extract(f.data, '$.start')::INTEGER AS start, "
               "json_extract(f.data, '$.end')::INTEGER AS \"end\", f.text, f.value, f.low, f.high, f.qualifier, "
               "src.name AS source, f.story, f.category, json_extract_string(f.data, '$.counted') AS counted, "
               "s.label AS story_label, a.batch, a.version_of FROM figures f JOIN articles a ON a.id = f.article "
               "LEFT JOIN sources src ON src.id = f.source LEFT JOIN stories s ON s.id = f.story ")


def _ref(row: dict[str, Any]) -> FigureRef:
    return FigureRef(**{k: row[k] for k in FigureRef.model_fields})


def _same_reading(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a[k] == b[k] for k in ("value", "low", "high", "qualifier"))


def _figures(con, batches: list[int]) -> list[ChangedFigure]:
    fresh = _rows(con, _FIGURE_SQL + "WHERE list_contains(?, a.batch) ORDER BY a.date NULLS LAST, f.article, start",
                  [batches])
    if not fresh:
        return []
    stories = sorted({f["story"] for f in fresh if f["story"]})
    groups: dict[str, list[str]] = {}
    for (data,) in con.execute("SELECT data FROM alignments WHERE kind = 'figure' AND story IN "
                               "(SELECT unnest(?::VARCHAR[]))", [stories]).fetchall():
        members = json.loads(data)["members"]
        for member in members:
            groups[member] = members
    wanted = sorted({m for f in fresh for m in groups.get(f["id"], [])})
    known = {r["id"]: r for r in _rows(con, _FIGURE_SQL + "WHERE f.id IN (SELECT unnest(?::VARCHAR[]))", [wanted])}
    new_batches = set(batches)
    out = []
    for fig in fresh:
        older = [known[m] for m in groups.get(fig["id"], []) if m in known and known[m]["batch"] not in new_batches]
        common = {"story": fig["story"], "story_label": fig["story_label"], "category": fig["category"],
                  "counted": fig["counted"], "figure": _ref(fig)}
        if not older:
            out.append(ChangedFigure(change="new", **common))
            continue
        if any(_same_reading(fig, o) for o in older):
            continue  # a repeat of a figure already reported: nothing changed
        # An edited article is compared with its own earlier version first, then with the latest other report.
        latest = max(older, key=lambda o: (o["article"] == fig["version_of"], o["date"] or "", o["batch"], o["id"]))
        out.append(ChangedFigure(change="revised", previous=_ref(latest), **common))
    return out


def _findings(con, batches: list[int]) -> list[NewFinding]:
    new_ids = {r[0] for r in con.execute(
        "SELECT id FROM articles WHERE list_contains(?, batch) UNION ALL "
        "SELECT t.id FROM statements t JOIN articles a ON a.id = t.article WHERE list_contains(?, a.batch) UNION ALL "
        "SELECT f.id FROM figures f JOIN articles a ON a.id = f.article WHERE list_contains(?, a.batch)",
        [batches] * 3).fetchall()}
    rows = _rows(con, "SELECT x.id, x.story, x.kind, x.summary, x.data FROM findings x WHERE x.story IN "
                      "(SELECT sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article "
                      "WHERE list_contains(?, a.batch)) ORDER BY x.story, x.kind, x.id", [batches])
    return [NewFinding(id=r["id"], story=r["story"], kind=r["kind"], summary=r["summary"]) for r in rows
            if new_ids & set(json.loads(r["data"]).get("evidence", []))]


def changes(con, since: str | dt.datetime | dt.date) -> Digest:
    """Everything stored since a time (batches committed at or after it), as a digest."""
    when = parse_since(since)
    return compute(con, batches_since(con, when), since=when, removed_since=when)


def latest(con) -> Digest:
    """What the last watch round added; without watch rounds, the last day of batches before the newest one."""
    if has_watch_tables(con):
        rows = con.execute("SELECT after_batch, started FROM watch_rounds WHERE finished IS NOT NULL "
                           "ORDER BY id DESC LIMIT 1").fetchall()
        if rows:
            after, started = rows[0]
            return compute(con, batches_after(con, after), since=started, removed_since=started)
    if _has_table(con, "batches"):
        newest = con.execute("SELECT max(committed) FROM batches").fetchall()[0][0]
        if newest is not None:
            return changes(con, newest - dt.timedelta(days=1))
    return Digest(until=dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z")


# -- rendering --------------------------------------------------------------------------------------------------------


def _figure_text(ref: FigureRef) -> str:
    return f"“{ref.text}” ({ref.outlet or ref.article}{', ' + ref.date if ref.date else ''})"


def markdown(digest: Digest) -> str:
    def esc(text: object) -> str:  # table cells: a pipe or a newline would break the row
        return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")

    lines = [f"# What changed{' since ' + digest.since if digest.since else ''}", "",
             f"{len(digest.articles)} new articles, {len(digest.stories)} new stories, "
             f"{len(digest.statements)} new statements by known sources, "
             f"{sum(f.change == 'revised' for f in digest.figures)} revised and "
             f"{sum(f.change == 'new' for f in digest.figures)} new figures, {len(digest.findings)} new findings, "
             f"{len(digest.removed)} entries no longer listed (until {digest.until}).", ""]
    if digest.stories:
        lines += ["## New stories", "", "| story | articles | outlets |", "|---|---|---|"]
        lines += [f"| {esc(s.label)} (`{s.id}`) | {s.articles} | {esc(', '.join(o for o in s.outlets if o))} |"
                  for s in digest.stories] + [""]
    if digest.figures:
        lines += ["## Figures", "", "| change | story | figure | before |", "|---|---|---|---|"]
        lines += [f"| {f.change} | {esc(f.story_label)} | {esc(_figure_text(f.figure))} | "
                  f"{esc(_figure_text(f.previous)) if f.previous else ''} |" for f in digest.figures] + [""]
    if digest.statements:
        lines += ["## New statements by sources already in the story", "", "| story | speaker | statement | outlet |",
                  "|---|---|---|---|"]
        lines += [f"| {esc(s.story_label)} | {esc(s.speaker)} | {esc(s.text)} | {esc(s.outlet)} |"
                  for s in digest.statements] + [""]
    if digest.findings:
        lines += ["## New findings", "", "| kind | finding |", "|---|---|"]
        lines += [f"| {f.kind} | {esc(f.summary)} |" for f in digest.findings] + [""]
    if digest.articles:
        lines += ["## New articles", "", "| date | outlet | title | url | note |", "|---|---|---|---|---|"]
        lines += [f"| {esc(a.date)} | {esc(a.outlet)} | {esc(a.title)} | {esc(a.url)} | "
                  f"{'new version of `' + a.version_of + '`' if a.version_of else ''} |" for a in digest.articles] + [""]
    if digest.removed:
        lines += ["## No longer listed by their source (kept in the store)", ""]
        lines += [f"- {esc(r.url)} ({esc(r.source)})" for r in digest.removed] + [""]
    return "\n".join(lines)


def write(digest: Digest, path) -> None:
    """Markdown for .md/.markdown, JSON otherwise; written beside the target and renamed into place."""
    from pathlib import Path

    path = Path(path)
    text = markdown(digest) if path.suffix.lower() in (".md", ".markdown") else digest.model_dump_json(indent=2)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)


def tables(digest: Digest) -> list:
    """The digest as rich tables for the terminal (only the non-empty sections)."""
    from rich.markup import escape
    from rich.table import Table

    out = []
    if digest.stories:
        t = Table(title=f"new stories ({len(digest.stories)})")
        for col in ("story", "articles", "outlets"):
            t.add_column(col, overflow="fold")
        for s in digest.stories:
            t.add_row(escape(s.label or s.id), str(s.articles), escape(", ".join(o for o in s.outlets if o)))
        out.append(t)
    if digest.figures:
        t = Table(title=f"figures ({len(digest.figures)})")
        for col in ("change", "story", "figure", "before"):
            t.add_column(col, overflow="fold")
        for f in digest.figures:
            t.add_row(f.change, escape(f.story_label or ""), escape(_figure_text(f.figure)),
                      escape(_figure_text(f.previous)) if f.previous else "")
        out.append(t)
    if digest.statements:
        t = Table(title=f"new statements by known sources ({len(digest.statements)})")
        for col in ("speaker", "statement", "outlet"):
            t.add_column(col, overflow="fold")
        for s in digest.statements:
            t.add_row(escape(s.speaker or ""), escape(s.text), escape(s.outlet or ""))
        out.append(t)
    if digest.findings:
        t = Table(title=f"new findings ({len(digest.findings)})")
        t.add_column("kind")
        t.add_column("finding", overflow="fold")
        for f in digest.findings:
            t.add_row(f.kind, escape(f.summary))
        out.append(t)
    return out
