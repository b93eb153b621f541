"""The store's CLI commands, registered on the main app at cli.py's store anchor. Each calls the api function of
the same name with the same options; this module only parses options and prints."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsledger.store.base import StoreError
from newsledger.store.duckdb import DEFAULT_DB

out = Console()
err = Console(stderr=True, soft_wrap=True)  # an error line holds a path: never break it

DB_OPTION = typer.Option(Path(DEFAULT_DB), "--db", envvar="NEWSLEDGER_DB", help="The store (a DuckDB file).")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON (for scripts).")
CSV_OPTION = typer.Option(False, "--csv", help="Print CSV (for scripts).")
LIMIT_OPTION = typer.Option(None, "--limit", help="At most this many rows.")


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
                "quotes": {"id", "article", "story"}, "findings": {"id"}, "estimates": {"id", "story"}}


def emit(rows: list[dict[str, Any]] | dict[str, Any], *, as_json: bool, as_csv: bool, title: str) -> None:
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
        out.print(f"[bold]{head.get('label') or head.get('id')}[/bold]  {head.get('id')}  "
                  f"{head.get('start_date') or ''} – {head.get('end_date') or ''}", highlight=False)
        for name, section in sections.items():
            emit(section, as_json=False, as_csv=False, title=name)
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
    columns = [c for c in columns if c not in hidden]
    table = Table(title=f"{title} ({len(rows)})")
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    out.print(table)


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


def register(app: typer.Typer, print_problems) -> None:
    from newsledger import api

    @app.command()
    def ingest(
        paths: list[Path] = typer.Argument(..., help="Text, HTML or JSON Lines files, or directories of them."),
        db: Path = DB_OPTION,
        batch_size: int = typer.Option(128, "--batch-size", min=1, help="Articles per transaction."),
        model: str | None = typer.Option(None, "--model", envvar="NEWSLEDGER_MODEL", help="spaCy pipeline to use."),
        max_bytes: int | None = typer.Option(None, "--max-bytes", help="Refuse articles larger than this."),
        wait: float = typer.Option(0.0, "--wait", help="Seconds to wait for another process writing the store."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    ) -> None:
        """Add articles to a store: skip stored ones, extract, link into stories; one transaction per batch."""
        from newsledger.nlp import ModelNotFound

        with Progress(SpinnerColumn(), TextColumn("[bold]ingesting"), TextColumn("{task.fields[counts]}"),
                      TimeElapsedColumn(), console=err, disable=quiet, transient=False) as bar:
            task = bar.add_task("ingest", total=None, counts="")

            def tick(result) -> None:
                bar.update(task, counts=f"{result.added} added, {result.skipped} skipped, {result.failed} failed "
                                        f"· {result.rate:.1f} articles/s")

            try:
                result = api.ingest(paths, db=db, batch_size=batch_size, model=model, max_bytes=max_bytes,
                                    wait=wait, progress=tick)
            except StoreError as exc:
                raise _fail(str(exc)) from None
            except ModelNotFound as exc:
                raise _fail(str(exc)) from None
        print_problems(result.problems)
        err.print(f"{db}: added {result.added}, skipped {result.skipped}, failed {result.failed} "
                  f"in {result.seconds:.1f}s ({result.rate:.1f} articles/s)", highlight=False)
        if result.failed:
            raise typer.Exit(1)

    @app.command()
    def stories(db: Path = DB_OPTION, limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION,
                as_csv: bool = CSV_OPTION) -> None:
        """List the stored stories, biggest first."""
        try:
            rows = api.stories(db=db, limit=limit)
        except StoreError as exc:
            raise _fail(str(exc)) from None
        emit(rows, as_json=as_json, as_csv=as_csv, title=f"stories in {db}")

    @app.command()
    def story(story_id: str = typer.Argument(..., metavar="ID"), db: Path = DB_OPTION, as_json: bool = JSON_OPTION,
              as_csv: bool = CSV_OPTION) -> None:
        """One story: its outlets, sources, statements, figures and findings."""
        try:
            detail = api.story(story_id, db=db)
        except StoreError as exc:
            raise _fail(str(exc)) from None
        except KeyError:
            raise _fail(f"no story {story_id!r} in {db}; `newsledger stories --db {db}` lists them") from None
        emit(detail, as_json=as_json, as_csv=as_csv, title=story_id)

    @app.command()
    def quotes(speaker: str | None = typer.Option(None, "--speaker", help="Name, alias or words as written."),
               story: str | None = typer.Option(None, "--story", help="Only this story."),
               since: str | None = typer.Option(None, "--since", help="Only articles dated on or after (YYYY-MM-DD)."),
               db: Path = DB_OPTION, limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION,
               as_csv: bool = CSV_OPTION) -> None:
        """Statements by a speaker, oldest first."""
        try:
            rows = api.quotes(speaker=speaker, story=story, since=since, db=db, limit=limit)
        except StoreError as exc:
            raise _fail(str(exc)) from None
        emit(rows, as_json=as_json, as_csv=as_csv, title="quotes")

    @app.command()
    def figures(category: str | None = typer.Option(None, "--category", help="e.g. killed_or_wounded."),
                story: str | None = typer.Option(None, "--story", help="Only this story."),
                db: Path = DB_OPTION, limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION,
                as_csv: bool = CSV_OPTION) -> None:
        """The estimate series of a category of figures, oldest first."""
        try:
            rows = api.figures(category=category, story=story, db=db, limit=limit)
        except StoreError as exc:
            raise _fail(str(exc)) from None
        emit(rows, as_json=as_json, as_csv=as_csv, title="figures")

    @app.command()
    def sources(search: str | None = typer.Option(None, "--search", help="Text in a name, alias or description."),
                db: Path = DB_OPTION, limit: int | None = LIMIT_OPTION, as_json: bool = JSON_OPTION,
                as_csv: bool = CSV_OPTION) -> None:
        """Sources, most cited first."""
        try:
            rows = api.sources(search=search, db=db, limit=limit)
        except StoreError as exc:
            raise _fail(str(exc)) from None
        emit(rows, as_json=as_json, as_csv=as_csv, title="sources")

    @app.command()
    def export(out_path: Path = typer.Argument(..., metavar="OUT"), db: Path = DB_OPTION,
               fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", help="jsonl, csv, parquet, jsonld.")
               ) -> None:
        """Export the store: jsonl (one file), csv/parquet (a directory, a file per table), jsonld (schema.org)."""
        try:
            written = api.export(out_path, db=db, format=fmt.value)
        except StoreError as exc:
            raise _fail(str(exc)) from None
        err.print(f"wrote {written}", highlight=False)

    @app.command("load-ledger")
    def load_ledger(story: str | None = typer.Option(None, "--story", help="Only this story."),
                    db: Path = DB_OPTION) -> None:
        """Print the stored ledger (or one story's) as the JSON `analyze` writes."""
        try:
            ledger = api.load_ledger(story, db=db)
        except StoreError as exc:
            raise _fail(str(exc)) from None
        sys.stdout.write(ledger.to_json() + "\n")
