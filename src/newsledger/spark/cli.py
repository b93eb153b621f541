"""`newsledger spark run` and `newsledger import-parquet`, registered at cli.py's spark anchor; each calls the
function of the same name in newsledger.spark (and the API) with the same options."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

err = Console(stderr=True, soft_wrap=True)  # an error line holds a path: never break it


def register(app: typer.Typer) -> None:
    spark_app = typer.Typer(no_args_is_help=True, help="Run newsledger on Apache Spark (pip extra `spark`).")
    app.add_typer(spark_app, name="spark")

    @spark_app.command("run")
    def spark_run(
        paths: list[str] = typer.Argument(..., help="INPUT... OUTPUT: JSON Lines, Parquet or WARC files or "
                                                    "directories (any path Spark reads: local, hdfs://, s3a://), "
                                                    "then the output directory."),
        master: str | None = typer.Option(None, "--master", help="Spark master, e.g. local[2] (default: Spark's; "
                                                                  "set by spark-submit on a cluster)."),
        fmt: str = typer.Option("auto", "--format", help="auto (by suffix), jsonl, parquet or warc."),
        partitions: int | None = typer.Option(None, "--partitions", min=1,
                                              help="Partitions for extraction and every shuffle."),
        model: str | None = typer.Option(None, "--model", envvar="NEWSLEDGER_MODEL", help="spaCy pipeline to use."),
        conf: list[str] = typer.Option([], "--conf", help="Spark setting KEY=VALUE (repeatable)."),
    ) -> None:
        """Extract, link and compare articles on Spark; write the store's tables as Parquet under OUTPUT."""
        from newsledger import api

        if len(paths) < 2:
            err.print("[red]error[/red] give at least one INPUT and the OUTPUT directory")
            raise typer.Exit(2)
        if fmt not in ("auto", "jsonl", "parquet", "warc"):
            err.print(f"[red]error[/red] unknown --format {fmt!r}: auto, jsonl, parquet or warc")
            raise typer.Exit(2)
        settings = dict(item.split("=", 1) for item in conf if "=" in item)
        summary = api.spark_run(paths[:-1], paths[-1], master=master, fmt=fmt, partitions=partitions, model=model,
                                conf=settings)
        table = Table(title=f"newsledger spark · {summary['seconds']} s", show_header=False)
        for name, count in summary["counts"].items():
            table.add_row(name, str(count))
        err.print(table)
        err.print(f"wrote {summary['output']}; load it with `newsledger import-parquet {summary['output']} "
                  "--db FILE`")
        if summary["counts"].get("problems"):
            raise typer.Exit(1)

    @app.command("import-parquet")
    def import_parquet(
        directory: Path = typer.Argument(..., help="Parquet tables: `spark run` output or `export --format parquet`."),
        db: Path = typer.Option(Path("newsledger.duckdb"), "--db", envvar="NEWSLEDGER_DB",
                                help="The store to create (a DuckDB file; must be new or empty)."),
        as_json: bool = typer.Option(False, "--json", help="Print the row counts as JSON."),
    ) -> None:
        """Load Parquet tables into a new DuckDB store, in one transaction."""
        from newsledger import api
        from newsledger.store.base import StoreError

        try:
            counts = api.import_parquet(directory, db=db)
        except StoreError as exc:
            err.print(f"[red]error[/red] {exc}")
            raise typer.Exit(1) from None
        if as_json:
            typer.echo(json.dumps(counts, indent=2))
            return
        table = Table(title=f"imported into {db}", show_header=False)
        for name, count in counts.items():
            table.add_row(name, f"{count:,}")
        err.print(table)
