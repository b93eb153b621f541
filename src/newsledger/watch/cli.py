"""watch's CLI commands (`watch`, `changes`), registered on the main app at cli.py's watch anchor. Each calls the api
function of the same name with the same options; this module only parses options and prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from newsledger.store.base import StoreError
from newsledger.store.duckdb import DEFAULT_DB

out = Console()
err = Console(stderr=True, soft_wrap=True)

STATUS_STYLE = {"fetched": "green", "not_modified": "cyan", "failed": "red", "not_due": "yellow"}


def _fail(message: object, code: int = 1) -> typer.Exit:
    err.print(f"[red]error[/red] {escape(str(message))}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def print_source(report, as_json: bool) -> None:
    if as_json:
        return
    style = STATUS_STYLE.get(report.status, "white")
    detail = (f"{report.listed} listed, {report.new_entries} fetched, {report.added} added"
              if report.status == "fetched" else escape(report.reason or ""))
    err.print(f"[{style}]{report.status:>12}[/{style}] {escape(report.url)}  {detail}  "
              f"({report.requests} requests, {report.seconds:.1f}s)", highlight=False, soft_wrap=True)
    for problem in report.entry_errors[:20]:
        err.print(f"             [red]entry[/red] {escape(problem)}", highlight=False, soft_wrap=True)
    if len(report.entry_errors) > 20:
        err.print(f"             … and {len(report.entry_errors) - 20} more entry errors", highlight=False)


def print_round(report, as_json: bool) -> None:
    from newsledger.watch.digest import tables

    if as_json:
        sys.stdout.write(json.dumps({**report.summary(), "digest": report.digest.model_dump(mode="json")},
                                    ensure_ascii=False, default=str) + "\n")
        sys.stdout.flush()
        return
    for table in tables(report.digest):
        out.print(table)
    err.print(f"round {report.round}: {report.count('fetched')} fetched, {report.count('not_modified')} not modified, "
              f"{report.count('failed')} failed, {report.count('not_due')} not due; {report.added} new articles "
              f"in {report.seconds:.1f}s", highlight=False)


def register(app: typer.Typer) -> None:
    from newsledger import api

    @app.command()
    def watch(
        sources: list[str] = typer.Argument(..., metavar="SOURCES...",
                                            help="Feed (RSS, Atom, JSON Feed) or news sitemap URLs, or text files "
                                                 "listing them one a line."),
        db: Path = typer.Option(Path(DEFAULT_DB), "--db", envvar="NEWSLEDGER_DB", help="The store (a DuckDB file)."),
        once: bool = typer.Option(False, "--once", help="One round, then exit (the default without --every)."),
        every: str | None = typer.Option(None, "--every", metavar="INTERVAL",
                                         help="A round every INTERVAL (90s, 15m, 1h) until interrupted."),
        since: str | None = typer.Option(None, "--since", metavar="YYYY-MM-DD",
                                         help="Do not fetch entries published before this day."),
        digest: Path | None = typer.Option(None, "--digest", metavar="FILE",
                                           help="After each round write what changed here (.md Markdown, else JSON)."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per round on stdout (for machines)."),
        allow_local: bool = typer.Option(False, "--allow-local",
                                         help="Also fetch loopback and private-network addresses (refused by "
                                              "default: a feed entry must not reach internal hosts)."),
        max_entries: int = typer.Option(1000, "--max-entries", min=1, help="Refuse a source listing more entries."),
        rounds: int | None = typer.Option(None, "--rounds", min=1, help="With --every: stop after this many rounds."),
        batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Articles per transaction (whole "
                                       "sources; at least one a minute)."),
        model: str | None = typer.Option(None, "--model", envvar="NEWSLEDGER_MODEL", help="spaCy pipeline to use."),
        wait: float = typer.Option(0.0, "--wait", help="Seconds to wait for another process writing the store."),
        jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="Processes extracting articles [default: "
                                        "every usable core]; 1 extracts in this process only. Only this process "
                                        "writes the store."),
    ) -> None:
        """Follow feeds and news sitemaps: fetch new and changed articles politely into the store, and say what
        changed after each round (new stories, statements, revised figures, findings)."""
        from newsledger.extract.parallel import WorkerCrashed
        from newsledger.nlp import ModelNotFound

        if once and every is not None:
            raise typer.BadParameter("--once and --every exclude each other")
        reports = []
        try:
            reports = api.watch(sources, db=db, every=every, since=since, digest=digest, allow_local=allow_local,
                                rounds=rounds, max_entries=max_entries, batch_size=batch_size, model=model, wait=wait,
                                jobs=jobs, progress=lambda r: print_source(r, as_json),
                                on_round=lambda r: print_round(r, as_json))
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        except StoreError as exc:
            raise _fail(exc, getattr(exc, "exit_code", 1)) from None
        except (ModelNotFound, WorkerCrashed) as exc:
            raise _fail(exc) from None
        except KeyboardInterrupt:
            err.print("stopped", highlight=False)
        if reports and reports[-1].failed:
            raise typer.Exit(1)

    @app.command()
    def changes(
        since: str = typer.Option(..., "--since", metavar="DATE", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)."),
        db: Path = typer.Option(Path(DEFAULT_DB), "--db", envvar="NEWSLEDGER_DB", help="The store (a DuckDB file)."),
        digest: Path | None = typer.Option(None, "--digest", metavar="FILE", help="Also write it here (.md or JSON)."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON (for scripts)."),
    ) -> None:
        """What the store gained since a date: new stories, statements by known sources, new and revised figures,
        new findings, entries no longer listed — the watch digest for any period."""
        from newsledger.watch.digest import markdown, tables

        try:
            result = api.changes(since=since, db=db, digest=digest)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        except StoreError as exc:
            raise _fail(exc, getattr(exc, "exit_code", 1)) from None
        if as_json:
            sys.stdout.write(result.model_dump_json(indent=2) + "\n")
            return
        for table in tables(result):
            out.print(table)
        err.print(markdown(result).splitlines()[2], highlight=False)
