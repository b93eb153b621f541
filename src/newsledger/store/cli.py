"""The store's CLI commands, registered on the main app at cli.py's store anchor. Each calls the api function of
the same name with the same options; this module only parses options and prints."""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Any, get_args

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from newsledger.ingest.identity import normalise_date
from newsledger.ledger import Category, FindingKind
from newsledger.store.base import StoreError
from newsledger.store.duckdb import DEFAULT_DB

out = Console()
err = Console(stderr=True, soft_wrap=True)  # an error line holds a path: never break it

DB_OPTION = typer.Option(Path(DEFAULT_DB), "--db", envvar="NEWSLEDGER_DB", help="The store (a DuckDB file).")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON (for scripts).")
CSV_OPTION = typer.Option(False, "--csv", help="Print CSV (for scripts).")
LIMIT_OPTION = typer.Option(None, "--limit", help="At most this many rows.")


def _iso_date(value: str | None) -> str | None:
    if value is not None and (not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value) or normalise_date(value) is None):
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD (or YYYY-MM)")
    return value


SINCE_OPTION = typer.Option(None, "--since", metavar="YYYY-MM-DD", callback=_iso_date,
                            help="Only articles dated on or after this day.")
def _one_of(literal: Any) -> str:
    return "one of: " + ", ".join(get_args(literal))


OUTLET_OPTION = typer.Option(None, "--outlet", help="Only this outlet (as shown; part of the name is enough).")
STORY_OPTION = typer.Option(None, "--story", help="Only this story.")
LANG_OPTION = typer.Option(None, "--lang", metavar="LANG",
                           help="Only articles in this language (ISO 639-1: de; several: de,fr).")


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    jsonld = "jsonld"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# Record ids matter to scripts (--json/--csv keep them) but crowd a terminal table out of its text.
TABLE_HIDDEN = {"statements": {"id", "article", "story"}, "figures": {"id", "article", "story"},
                "quotes": {"id", "article", "story"}, "findings": {"id", "evidence"}, "estimates": {"story", "alignment"}}


# Free-text columns are cut with … to fit the terminal. Every other column (ids, numbers, dates, kinds) is printed
# whole on one line, or left out with a note when the terminal cannot hold it: a wrapped id cannot be copied.
TEXT_COLUMNS = frozenset({"label", "text", "summary", "why", "speaker", "source", "name", "descriptions", "counted",
                          "title", "outlet", "evidence", "scope", "section", "match"})
TEXT_MIN = 8
# The first text column (a name, a label) is what a row is about: other columns (ids and text columns excepted)
# are left out, rightmost first, before it is cut shorter than this.
TEXT_WANTED = 16


def _need(columns: list[str], widths: dict[str, int]) -> int:
    """Width of a table of `columns` with text columns at their narrowest (rich's default box: a border and a
    padding cell each side of a column)."""
    return sum(min(widths[c], TEXT_MIN) if c in TEXT_COLUMNS else widths[c] for c in columns) + 3 * len(columns) + 1


def _fit(columns: list[str], widths: dict[str, int], width: int) -> dict[str, int]:
    """The columns that fit `width`, each with its width: columns are dropped from the right (an `id` column and
    the first text column last) until the rest fits with text columns at TEXT_MIN; the room left is then shared
    among the text columns, each up to its full width."""
    first_text = next((c for c in columns if c in TEXT_COLUMNS), None)
    keep = list(columns)
    droppable = [c for c in reversed(columns) if c not in ("id", first_text)]
    while droppable and _need(keep, widths) > width:
        keep.remove(droppable.pop(0))
    sized = _share(keep, widths, width)
    wanted = min(widths[first_text], TEXT_WANTED) if first_text else 0
    spare = [c for c in droppable if c not in TEXT_COLUMNS]
    while first_text and sized[first_text] < wanted and spare:
        keep.remove(spare.pop(0))
        sized = _share(keep, widths, width)
    return sized


def _share(keep: list[str], widths: dict[str, int], width: int) -> dict[str, int]:
    """Widths of `keep`: the room left beyond every column's narrowest is shared evenly among the text columns
    that want more (a column's share beyond its full width goes to the others)."""
    sized = {c: min(widths[c], TEXT_MIN) if c in TEXT_COLUMNS else widths[c] for c in keep}
    room = width - _need(keep, widths)
    while room > 0 and (growing := [c for c in keep if c in TEXT_COLUMNS and sized[c] < widths[c]]):
        share = max(1, room // len(growing))
        for col in growing:
            extra = min(share, widths[col] - sized[col], room)
            sized[col] += extra
            room -= extra
    return sized


def print_table(rows: list[dict[str, Any]], columns: list[str], *, title: str, console: Console) -> None:
    cells = [{c: _cell(row.get(c)) for c in columns} for row in rows]
    # a text column's header may be cut like its cells; any other is as wide as its header and every cell
    widths = {c: max([min(len(c), TEXT_MIN) if c in TEXT_COLUMNS else len(c), *(len(r[c]) for r in cells)])
              for c in columns}
    shown = _fit(columns, widths, console.width)
    table = Table(title=f"{title} ({len(rows)})")
    for col, width in shown.items():
        overflow = "ellipsis" if col in TEXT_COLUMNS else "fold"  # fold is never reached: the column is wide enough
        numeric = all(isinstance(row.get(col), int | float) for row in rows if row.get(col) is not None)
        table.add_column(col, no_wrap=True, overflow=overflow, min_width=width, max_width=width,
                         justify="right" if numeric and rows else "left")
    for row in cells:
        table.add_row(*(Text(row[c]) for c in shown))  # Text: a quote's "[sic]" is not rich markup
    console.print(table)
    if len(shown) < len(columns):
        hidden = ", ".join(c for c in columns if c not in shown)
        console.print(Text(f"not shown at this width: {hidden} (widen the terminal, or use --json or --csv)",
                           style="dim"))


def emit(rows: list[dict[str, Any]] | dict[str, Any], *, as_json: bool, as_csv: bool, title: str,
         console: Console | None = None) -> None:
    console = console or Console()  # made per call: the terminal's width (or COLUMNS) as it is now
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if isinstance(rows, dict):  # one story: a header then one table per section
        sections = {k: v for k, v in rows.items() if isinstance(v, list)}
        head = {k: v for k, v in rows.items() if not isinstance(v, list)}
        if as_csv:
            flat = [{"section": "story", **head}] + [{"section": k, **r} for k, v in sections.items() for r in v]
            emit(flat, as_json=False, as_csv=True, title=title)
            return
        console.print(Text.assemble((str(head.get("label") or head.get("id")), "bold"), "  ", str(head.get("id")),
                                    f"  {head.get('start_date') or ''} – {head.get('end_date') or ''}"))
        for name, section in sections.items():
            emit(section, as_json=False, as_csv=False, title=name, console=console)
        return
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) for k in columns})
        return
    hidden = TABLE_HIDDEN.get(title, set())
    print_table(rows, [c for c in columns if c not in hidden], title=title, console=console)


# Without a terminal (a log file, CI) a bar cannot redraw: a plain line this often instead.
PLAIN_EVERY = 5.0


class IngestReporter:
    """Ingest's progress: a bar with the total and an ETA on a terminal, a plain line every PLAIN_EVERY seconds
    elsewhere, nothing when quiet."""

    def __init__(self, console: Console, total: int | None, *, quiet: bool = False) -> None:
        self.console, self.total, self.quiet = console, total, quiet
        self.last_line = time.monotonic()
        self.bar: Progress | None = None
        if not quiet and console.is_terminal:
            columns = ([TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn()] if total is not None
                       else [SpinnerColumn(), TextColumn("[bold]ingesting")])
            self.bar = Progress(*columns, TextColumn("{task.fields[counts]}"), TimeElapsedColumn(),
                                *([TimeRemainingColumn()] if total is not None else []), console=console)
            self.task = self.bar.add_task("ingest", total=total, counts="")

    def __enter__(self) -> IngestReporter:
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def __call__(self, result) -> None:
        done = result.added + result.skipped + result.failed
        counts = f"{result.added} added, {result.skipped} skipped, {result.failed} failed · {result.rate:.1f} articles/s"
        if self.bar is not None:
            total = max(self.total, done) if self.total is not None else None
            self.bar.update(self.task, completed=done, total=total, counts=counts)
        elif not self.quiet and time.monotonic() - self.last_line >= PLAIN_EVERY:
            self.last_line = time.monotonic()
            self.console.print(self.line(done, counts, result.seconds), highlight=False, soft_wrap=True)

    def line(self, done: int, counts: str, seconds: float) -> str:
        if self.total is None or not done:
            return f"ingesting: {done} articles · {counts}"
        left = max(self.total - done, 0) * seconds / done
        return (f"ingesting: {done}/{self.total} ({100 * done / max(self.total, done):.0f}%) · {counts} · "
                f"about {_duration(left)} left")


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def _fail(message: str | Exception) -> typer.Exit:
    """Print the error; the exit code is the error's own (a StoreError's `exit_code`: 3 for an unusable store)."""
    from rich.markup import escape

    err.print(f"[red]error[/red] {escape(str(message))}", highlight=False, soft_wrap=True)
    return typer.Exit(getattr(message, "exit_code", 1))


def register(app: typer.Typer, print_problems) -> None:
    from newsledger import api

    @app.command()
    def ingest(
        # str, not Path: Path would fold the // of an article URL.
        paths: list[str] = typer.Argument(..., help="Text, HTML, JSON Lines, CSV or WARC files, directories of "
                                                    "them, or article URLs (fetched politely)."),
        db: Path = DB_OPTION,
        batch_size: int = typer.Option(128, "--batch-size", min=1, help="Articles per transaction."),
        model: str | None = typer.Option(None, "--model", envvar="NEWSLEDGER_MODEL", help="spaCy pipeline to use."),
        max_bytes: int | None = typer.Option(None, "--max-bytes", min=1, help="Refuse an article larger than this "
                                             "many bytes (a file, decompressed, a JSON Lines line or a WARC record) "
                                             "[default: 20,000,000]. 0 is refused, not read as 'no limit'."),
        max_lines: int | None = typer.Option(None, "--max-lines", min=1, help="Read at most this many lines of one "
                                             "JSON Lines file; the rest is reported [default: 1,000,000]."),
        article_timeout: float | None = typer.Option(None, "--article-timeout", min=0.001, help="Seconds per 100 kB "
                                                     "of text that reading and analysing one article may take; past "
                                                     "it the article is reported and the run goes on [default: 10]."),
        wait: float = typer.Option(0.0, "--wait", help="Seconds to wait for another process writing the store."),
        allow_local: bool = typer.Option(False, "--allow-local", help="Let article URLs point at loopback or "
                                         "private addresses (refused by default)."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="Processes extracting articles [default: "
                                        "every usable core]; 1 extracts in this process only. Only this process "
                                        "writes the store, batch by batch."),
    ) -> None:
        """Add articles to a store: skip stored ones, extract, link into stories; one transaction per batch."""
        from newsledger.extract.parallel import WorkerCrashed
        from newsledger.ingest.count import count_articles
        from newsledger.nlp import ModelNotFound

        with IngestReporter(err, None if quiet else count_articles(paths), quiet=quiet) as tick:
            try:
                result = api.ingest(paths, db=db, batch_size=batch_size, model=model, max_bytes=max_bytes,
                                    max_lines=max_lines, article_timeout=article_timeout, wait=wait, progress=tick, allow_local=allow_local, jobs=jobs)
            except StoreError as exc:
                raise _fail(exc) from None
            except ModelNotFound as exc:
                raise _fail(exc) from None
            except WorkerCrashed as exc:
                raise _fail(f"{exc}; the batches committed before it are kept, re-run to finish") from None
            except KeyboardInterrupt:
                raise _fail("interrupted: the batches committed before it are kept, the current one is not; "
                            "re-run to finish") from None
        print_problems(result.problems)
        err.print(f"{db}: added {result.added}, skipped {result.skipped}, failed {result.failed} "
                  f"in {result.seconds:.1f}s ({result.rate:.1f} articles/s)", highlight=False)
        if result.failed:
            raise typer.Exit(1)

    @app.command()
    def reanalyze(lang: str | None = typer.Option(None, "--lang", metavar="LANG", help="Only articles in this "
                                                  "language (ISO 639-1: de; several: de,fr)."),
                  db: Path = DB_OPTION,
                  model: str | None = typer.Option(None, help="spaCy model for English (default: the pinned one)."),
                  as_json: bool = JSON_OPTION) -> None:
        """Re-extract the stored articles an older analyser read (a language newly supported, a lexicon or rule
        improved since) and rebuild their stories."""
        try:
            result = api.reanalyze(db=db, lang=lang, model=model)
        except StoreError as exc:
            raise _fail(exc) from None
        print_problems(result.problems)
        summary = {"checked": result.checked, "reanalysed": result.reanalysed, "stories": result.stories,
                   "failed": result.failed, "by_lang": result.by_lang, "seconds": round(result.seconds, 1)}
        if as_json:
            typer.echo(json.dumps(summary))
        langs = ", ".join(f"{k} {v}" for k, v in sorted(result.by_lang.items()))
        err.print(f"{db}: checked {result.checked}, reanalysed {result.reanalysed}{f' ({langs})' if langs else ''}, "
                  f"stories rebuilt {result.stories}, failed {result.failed} in {result.seconds:.1f}s",
                  highlight=False)
        if result.failed:
            raise typer.Exit(1)

    @app.command()
    def stories(since: str | None = typer.Option(None, "--since", metavar="YYYY-MM-DD", callback=_iso_date,
                                                 help="Only stories with articles on or after this day."),
                until: str | None = typer.Option(None, "--until", metavar="YYYY-MM-DD", callback=_iso_date,
                                                 help="Only stories with articles on or before this day."),
                outlet: str | None = typer.Option(None, "--outlet", help="Only stories an outlet reported (part of "
                                                  "its name is enough)."),
                search: str | None = typer.Option(None, "--search", help="Words in the articles' titles and bodies "
                                                  "(full text; best match first, with the matching sentence)."),
                lang: str | None = LANG_OPTION,
                db: Path = DB_OPTION, limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION,
                as_csv: bool = CSV_OPTION) -> None:
        """List the stored stories, biggest first."""
        try:
            rows = api.stories(since=since, until=until, outlet=outlet, search=search, db=db, limit=limit, lang=lang)
        except StoreError as exc:
            raise _fail(exc) from None
        emit(rows, as_json=as_json, as_csv=as_csv, title=f"stories in {db}")

    from newsledger.store.cli_edits import story_app  # `story ID` is `story show ID` beside `story merge|split`

    @story_app.command("show")
    def story(story_id: str = typer.Argument(..., metavar="ID"), db: Path = DB_OPTION, as_json: bool = JSON_OPTION,
              as_csv: bool = CSV_OPTION) -> None:
        """One story: its outlets, sources, statements, figures and findings."""
        try:
            detail = api.story(story_id, db=db)
        except StoreError as exc:
            raise _fail(exc) from None
        except KeyError:
            raise _fail(f"no story {story_id!r} in {db}; `newsledger stories --db {db}` lists them") from None
        emit(detail, as_json=as_json, as_csv=as_csv, title=story_id)

    @app.command()
    def quotes(speaker: str | None = typer.Option(None, "--speaker", help="Name, alias or words as written."),
               story: str | None = STORY_OPTION, since: str | None = SINCE_OPTION,
               outlet: str | None = OUTLET_OPTION, lang: str | None = LANG_OPTION, db: Path = DB_OPTION,
               limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION, as_csv: bool = CSV_OPTION) -> None:
        """Statements by a speaker, oldest first, in their original words with their language."""
        try:
            rows = api.quotes(speaker=speaker, story=story, since=since, outlet=outlet, db=db, limit=limit, lang=lang)
        except StoreError as exc:
            raise _fail(exc) from None
        emit(rows, as_json=as_json, as_csv=as_csv, title="quotes")

    @app.command()
    def figures(category: Category | None = typer.Option(None, "--category", metavar="CATEGORY",
                                                              help=f"What the figure counts, {_one_of(Category)}."),
                story: str | None = STORY_OPTION, since: str | None = SINCE_OPTION,
                outlet: str | None = OUTLET_OPTION,
                source: str | None = typer.Option(None, "--source", help="Who gave the figure: name or alias."),
                lang: str | None = LANG_OPTION,
                db: Path = DB_OPTION, limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION,
                as_csv: bool = CSV_OPTION) -> None:
        """The estimate series of a category of figures, oldest first: outlet, source, what was counted."""
        try:
            rows = api.figures(category=category, story=story, since=since, outlet=outlet, source=source, db=db,
                               limit=limit, lang=lang)
        except StoreError as exc:
            raise _fail(exc) from None
        emit(rows, as_json=as_json, as_csv=as_csv, title="figures")

    @app.command()
    def findings(story: str | None = STORY_OPTION,
                 kind: FindingKind | None = typer.Option(None, "--kind", metavar="KIND",
                                                               help=f"Only this kind, {_one_of(FindingKind)}."),
                 min_weight: float | None = typer.Option(None, "--min-weight", min=0.0,
                                                         help="Only findings weighing at least this."),
                 db: Path = DB_OPTION, limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION,
                 as_csv: bool = CSV_OPTION) -> None:
        """Findings (discrepancies, drifts, omissions, editorial), weightiest first."""
        try:
            rows = api.findings(story=story, kind=kind, min_weight=min_weight, db=db, limit=limit)
        except StoreError as exc:
            raise _fail(exc) from None
        emit(rows, as_json=as_json, as_csv=as_csv, title="findings")

    @app.command()
    def estimates(story: str | None = STORY_OPTION,
                  category: Category | None = typer.Option(None, "--category", metavar="CATEGORY",
                                                               help=f"What it counts, {_one_of(Category)}."),
                  db: Path = DB_OPTION, limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION,
                  as_csv: bool = CSV_OPTION) -> None:
        """Each quantity's estimates over time and its reconciled low/best/high.

        --json nests the points under their quantity; --csv writes one row per point with its quantity's columns.
        """
        try:
            rows = api.estimates(story=story, category=category, db=db, limit=limit)
        except StoreError as exc:
            raise _fail(exc) from None
        if as_json:
            emit(rows, as_json=True, as_csv=False, title="estimates")
        elif as_csv:
            flat = [{**{k: v for k, v in r.items() if k != "points"},
                     **{f"point_{k}": v for k, v in p.items()}} for r in rows for p in r["points"] or [{}]]
            emit(flat, as_json=False, as_csv=True, title="estimates")
        else:
            order = ("id", "category", "counted", "span", "points", "low", "best", "high")  # what a row is first
            emit([{**{k: r[k] for k in order}, **r, "points": len(r["points"])} for r in rows], as_json=False,
                 as_csv=False, title="estimates")

    @app.command()
    def sources(search: str | None = typer.Option(None, "--search", help="Text in a name, alias or description."),
                db: Path = DB_OPTION, limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION,
                as_csv: bool = CSV_OPTION) -> None:
        """Sources, most cited first."""
        try:
            rows = api.sources(search=search, db=db, limit=limit)
        except StoreError as exc:
            raise _fail(exc) from None
        emit(rows, as_json=as_json, as_csv=as_csv, title="sources")

    @app.command()
    def export(out_path: Path = typer.Argument(..., metavar="OUT"), db: Path = DB_OPTION,
               fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", help="jsonl, csv, parquet, jsonld."),
               overwrite: bool = typer.Option(False, "--overwrite",
                                              help="Replace an existing OUT file, or the table files in an existing "
                                                   "OUT directory (other files there are left alone).")
               ) -> None:
        """Export the store: jsonl (one file), csv/parquet (a directory, a file per table), jsonld (schema.org).
        Never deletes or overwrites anything it did not write: an existing OUT is refused unless --overwrite, and
        the store (or a directory holding it) always. Exit codes: 1 refused or failed, 3 store unusable."""
        try:
            written = api.export(out_path, db=db, format=fmt.value, overwrite=overwrite)
        except StoreError as exc:
            raise _fail(exc) from None
        err.print(f"wrote {written}", highlight=False)

    @app.command("load-ledger")
    def load_ledger(story: str | None = typer.Option(None, "--story", help="Only this story."),
                    db: Path = DB_OPTION) -> None:
        """Print the stored ledger (or one story's) as the JSON `analyze` writes."""
        try:
            ledger = api.load_ledger(story, db=db)
        except StoreError as exc:
            raise _fail(exc) from None
        sys.stdout.write(ledger.to_json() + "\n")
