"""The CLI commands that change what linking decided or rebuild derived data: `story merge|split`, `source
merge|split` (store/overrides.py) and `reindex` (store/search.py). Each calls the api function of the same name.

`newsledger story ID` still shows a story: `story` is a group whose first argument, when it names no subcommand,
goes to `story show`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from newsledger.store.base import StoreError
from newsledger.store.duckdb import DEFAULT_DB

err = Console(stderr=True, soft_wrap=True)


class DefaultGroup(TyperGroup):
    """A group with a default subcommand: arguments that do not start with a subcommand's name go to `show`."""

    default = "show"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = [self.default, *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "ID [OPTIONS] | COMMAND [ARGS]...")


story_app = typer.Typer(cls=DefaultGroup, no_args_is_help=True,
                        help="Show a story (`story ID`), or correct the linking: merge two stories, split one.")
source_app = typer.Typer(no_args_is_help=True, help="Correct source linking: merge two sources, split one.")

DB_OPTION = typer.Option(Path(DEFAULT_DB), "--db", envvar="NEWSLEDGER_DB", help="The store (a DuckDB file).")
WAIT_OPTION = typer.Option(0.0, "--wait", min=0.0, help="Seconds to wait for another process writing the store.")
JSON_OPTION = typer.Option(False, "--json", help="Print the result as JSON (for scripts).")


def _many(values: list[str]) -> list[str]:
    """Repeated options and comma-separated lists alike: --articles a,b --articles c."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _done(result: dict[str, Any], as_json: bool, message: str) -> None:
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        err.print(escape(message), highlight=False)


def _fail(exc: Exception) -> typer.Exit:
    err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


@story_app.command("merge")
def story_merge(into: str = typer.Argument(..., metavar="INTO", help="The story that stays."),
                other: str = typer.Argument(..., metavar="OTHER", help="The story merged into it (its id retires)."),
                db: Path = DB_OPTION, wait: float = WAIT_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Merge story OTHER into story INTO; later ingests keep them merged."""
    from newsledger import api

    try:
        result = api.story_merge(into, other, db=db, wait=wait)
    except StoreError as exc:
        raise _fail(exc) from None
    _done(result, as_json, f"merged story {other} into {into} ({result['articles_moved']} articles moved)")


@story_app.command("split")
def story_split(story: str = typer.Argument(..., metavar="STORY", help="The story to split."),
                articles: list[str] = typer.Option(..., "--articles", metavar="ID[,ID...]",
                                                   help="Articles to move to a new story (repeat or comma-separate)."),
                db: Path = DB_OPTION, wait: float = WAIT_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Move some articles of STORY to a new story; later ingests keep them apart."""
    from newsledger import api

    try:
        result = api.story_split(story, _many(articles), db=db, wait=wait)
    except StoreError as exc:
        raise _fail(exc) from None
    _done(result, as_json, f"split {len(result['articles'])} articles off {story} into {result['story']}")


@source_app.command("merge")
def source_merge(into: str = typer.Argument(..., metavar="INTO", help="The source that stays."),
                 other: str = typer.Argument(..., metavar="OTHER", help="The source merged into it."),
                 db: Path = DB_OPTION, wait: float = WAIT_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Merge source OTHER into source INTO: what OTHER said is attributed to INTO, now and in later ingests."""
    from newsledger import api

    try:
        result = api.source_merge(into, other, db=db, wait=wait)
    except StoreError as exc:
        raise _fail(exc) from None
    _done(result, as_json, f"merged source {other} into {into} ({result['stories']} stories rebuilt)")


@source_app.command("split")
def source_split(source: str = typer.Argument(..., metavar="SOURCE", help="The source to split."),
                 aliases: list[str] = typer.Option(..., "--aliases", metavar="NAME[,NAME...]",
                                                   help="Forms of the name (as `sources` lists them) to move to a new "
                                                        "source (repeat or comma-separate)."),
                 db: Path = DB_OPTION, wait: float = WAIT_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Move the mentions of SOURCE written as one of the aliases to a new source; later ingests keep them apart."""
    from newsledger import api

    try:
        result = api.source_split(source, _many(aliases), db=db, wait=wait)
    except StoreError as exc:
        raise _fail(exc) from None
    _done(result, as_json, f"split {', '.join(result['aliases'])} off {source} into {result['source']}")


def reindex(db: Path = DB_OPTION) -> None:
    """Rebuild the full-text search index (<db>.search) from the store; `ingest` normally keeps it in step."""
    from newsledger import api

    try:
        path = api.reindex(db=db)
    except StoreError as exc:
        raise _fail(exc) from None
    err.print(f"wrote {escape(str(path))}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(story_app, name="story")
    app.add_typer(source_app, name="source")
    app.command("reindex")(reindex)
