"""The command line as a newcomer meets it: tables that keep ids whole, help that shows types and choices, usage
errors for values outside a fixed set, the filters, ingest's progress and skipped empty articles, CSV input, and the
outputs a person takes elsewhere (figures CSV, estimates, charts, DataFrames)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app
from newsledger.compare.labels import outlet_label
from newsledger.ingest import read_paths
from newsledger.ledger import Article, Ledger, Problem
from newsledger.report.markdown import ledger_markdown
from newsledger.store.cli import IngestReporter, emit
from newsledger.store.ingest import IngestResult
from newsledger.store.queries import outlet_sql
from tests.test_store import ingest
from tests.test_store_kit import article_record, write_corpus

runner = CliRunner()


def cli(*args: str, env: dict[str, str] | None = None):
    result = runner.invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("polish")
    records = [article_record(i) for i in range(12)]
    path = tmp / "p.duckdb"
    ingest([write_corpus(tmp / "corpus.jsonl", records)], path)
    return path


# ---- tables ----

LONG_ID = "story-6495a90278c9aac5b"
ROWS = [{"id": f"{LONG_ID}{i}", "label": "A very long story label about floods, dams and what officials said " * 2,
         "start_date": "2025-03-01", "articles": 12345 + i, "outlets": 7, "statements": 104, "figures": 33}
        for i in range(3)]


@pytest.mark.parametrize("width", [40, 80, 200])
def test_tables_keep_ids_and_numbers_whole_at_any_width(width: int) -> None:
    buf = io.StringIO()
    emit(ROWS, as_json=False, as_csv=False, title="stories", console=Console(width=width, file=buf))
    lines = buf.getvalue().splitlines()
    assert all(len(line) <= width for line in lines)
    for row in ROWS:
        assert any(row["id"] in line for line in lines), (row["id"], buf.getvalue())
        shown_numbers = [line for line in lines if str(row["articles"]) in line]
        assert shown_numbers or "articles" in buf.getvalue().split("not shown at this width:")[-1]
    if width < 200:  # the label is cut with an ellipsis rather than wrapped onto further lines
        assert "…" in buf.getvalue()
        assert sum(1 for line in lines if LONG_ID in line) == len(ROWS)


def test_narrow_terminal_names_the_columns_it_leaves_out() -> None:
    buf = io.StringIO()
    emit(ROWS, as_json=False, as_csv=False, title="stories", console=Console(width=40, file=buf))
    assert "not shown at this width" in buf.getvalue() and "--json" in buf.getvalue()


def test_table_cells_are_not_rich_markup() -> None:
    buf = io.StringIO()
    emit([{"id": "x1", "text": "He said [sic] [bold]no[/bold]"}], as_json=False, as_csv=False, title="t",
         console=Console(width=200, file=buf))
    assert "[sic]" in buf.getvalue() and "[bold]no[/bold]" in buf.getvalue()


@pytest.mark.parametrize("columns", ["40", "80", "200"])
def test_cli_stories_table_ids_whole_with_columns_env(db: Path, columns: str) -> None:
    output = cli("stories", "--db", str(db), env={"COLUMNS": columns})
    ids = [r["id"] for r in api.stories(db=db)]
    assert all(any(i in line for line in output.splitlines()) for i in ids), output


# ---- help and usage errors ----


def _commands(group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if hasattr(command, "commands"):  # a group (typer ships its own click, so no isinstance)
            yield from _commands(command, (*prefix, name))


def test_no_help_shows_bool_for_a_flag() -> None:
    root = typer.main.get_command(app)
    paths = [(), *_commands(root)]
    assert ("figures",) in paths and ("eval", "stories") in paths and ("findings",) in paths
    for path in paths:
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "160"})
        assert result.exit_code == 0, (path, result.output)
        assert "<bool>" not in result.output, path
    figures_help = runner.invoke(app, ["figures", "--help"], env={"COLUMNS": "160"}).output
    assert "killed_or_wounded" in figures_help and "YYYY-MM-DD" in figures_help


@pytest.mark.parametrize(("args", "valid"), [
    (["figures", "--category", "kiled"], "killed_or_wounded"),
    (["estimates", "--category", "kiled"], "killed_or_wounded"),
    (["findings", "--kind", "drift"], "qualifier_drift"),
])
def test_a_value_outside_a_fixed_set_is_a_usage_error_listing_the_choices(db: Path, args, valid) -> None:
    result = runner.invoke(app, [*args, "--db", str(db)], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert valid in result.output and "killed," not in result.stdout


def test_a_date_that_is_not_one_is_a_usage_error(db: Path) -> None:
    for args in (["stories", "--since", "yesterday"], ["quotes", "--since", "2025-13-01"],
                 ["figures", "--since", "03/01/2025"]):
        result = runner.invoke(app, [*args, "--db", str(db)])
        assert result.exit_code == 2 and "YYYY-MM-DD" in result.output, args


# ---- filters: the CLI and the API agree ----


def test_stories_filters(db: Path) -> None:
    everything = api.stories(db=db)
    march_5_to_8 = api.stories(since="2025-03-05", until="2025-03-08", db=db)
    assert march_5_to_8 and len(march_5_to_8) < len(everything)
    assert all("2025-03-05" <= r["start_date"] <= "2025-03-08" for r in march_5_to_8)
    post = api.stories(outlet="evening", db=db)
    assert post and len(post) < len(everything)
    assert {r["id"] for r in post} == {r["id"] for r in everything if r["id"] in
                                       {q["story"] for q in api.quotes(outlet="Evening Post", db=db)}}
    harlow = api.stories(search="harlow", db=db)
    assert harlow and all("Harlow" in r["label"] or "Harlow" in json.dumps(api.story(r["id"], db=db)) for r in harlow)
    assert api.stories(search="no-such-words-anywhere", db=db) == []
    cli_ids = [r["id"] for r in json.loads(cli("stories", "--since", "2025-03-05", "--until", "2025-03-08",
                                               "--db", str(db), "--json"))]
    assert cli_ids == [r["id"] for r in march_5_to_8]


def test_figures_filters_and_readable_columns(db: Path) -> None:
    rows = api.figures(since="2025-03-06", outlet="wire", source="carter", db=db)
    assert rows
    assert all(r["date"] >= "2025-03-06" and r["outlet"] == "Wire Service" and r["source"] == "John Carter"
               for r in rows)
    table = list(csv.DictReader(io.StringIO(cli("figures", "--category", "killed", "--db", str(db), "--csv"))))
    assert {"date", "outlet", "source", "counted", "category", "value"} <= set(table[0])
    assert "data" not in table[0] and not any(r["source"].startswith("src-") for r in table)
    assert all(r["counted"] == "people" and r["category"] == "killed" for r in table)


def test_quotes_by_outlet(db: Path) -> None:
    rows = api.quotes(outlet="daily", db=db)
    assert rows and {r["outlet"] for r in rows} == {"Daily Test"}
    assert len(json.loads(cli("quotes", "--outlet", "daily", "--db", str(db), "--json"))) == len(rows)


def test_findings_command(db: Path) -> None:
    everything = api.findings(db=db)
    assert all({"kind", "weight", "summary", "story"} <= set(r) for r in everything)
    assert [r["weight"] for r in everything] == sorted((r["weight"] for r in everything), reverse=True)
    for row in everything[:3]:
        one = api.findings(story=row["story"], kind=row["kind"], db=db)
        assert one and all(r["story"] == row["story"] and r["kind"] == row["kind"] for r in one)
    heavy = api.findings(min_weight=0.5, db=db)
    assert all(r["weight"] >= 0.5 for r in heavy)
    assert json.loads(cli("findings", "--min-weight", "1000", "--db", str(db), "--json")) == []


# ---- ingest ----


def test_empty_articles_in_jsonl_are_skipped_with_a_warning(tmp_path: Path) -> None:
    records = [article_record(1), {"id": "blank", "text": "   "}, {"id": "none", "text": ""}, article_record(2)]
    corpus = write_corpus(tmp_path / "c.jsonl", records)
    result = ingest([corpus], tmp_path / "s.duckdb")
    assert (result.added, result.skipped, result.failed) == (2, 2, 0)
    assert {p.level for p in result.problems} == {"warning"}
    items = list(read_paths([corpus]))
    warnings = [p for p in items if isinstance(p, Problem)]
    assert [(w.line, w.level) for w in warnings] == [(2, "warning"), (3, "warning")]


def test_ingest_cli_exits_zero_when_only_empty_articles_were_skipped(tmp_path: Path, monkeypatch) -> None:
    from newsledger.store import api as store_api
    from tests.test_store_kit import fake_extract

    monkeypatch.setattr(store_api, "default_extractor", lambda model, budget=None: fake_extract)
    corpus = write_corpus(tmp_path / "c.jsonl", [article_record(1), {"id": "blank", "text": "\n \t"}])
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 0, result.output
    assert "warning" in result.stderr and "c.jsonl:2" in result.stderr
    assert "added 1, skipped 1, failed 0" in result.stderr


def test_analyze_exits_zero_when_only_empty_articles_were_skipped(tmp_path: Path, monkeypatch) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", [article_record(1), {"id": "blank", "text": " "}])
    monkeypatch.setattr(api, "analyze_articles", lambda articles, **kw: Ledger(articles=articles))
    result = runner.invoke(app, ["analyze", str(corpus), "--json", str(tmp_path / "l.json"), "-q"])
    assert result.exit_code == 0, result.output
    assert "warning" in result.stderr and "empty article text" in result.stderr


def test_ingest_progress_has_a_total_and_eta_on_a_terminal() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    with IngestReporter(console, 10) as report:
        report(IngestResult(added=3, skipped=1, seconds=2.0))
        task = report.bar.tasks[0]
        assert (task.total, task.completed) == (10, 4)
        assert any("TimeRemaining" in type(c).__name__ for c in report.bar.columns)


def test_ingest_progress_without_a_terminal_is_a_plain_line(monkeypatch) -> None:
    from newsledger.store import cli as store_cli

    monkeypatch.setattr(store_cli, "PLAIN_EVERY", 0.0)
    buf = io.StringIO()
    with IngestReporter(Console(file=buf, force_terminal=False, width=200), 10) as report:
        assert report.bar is None
        report(IngestResult(added=4, skipped=1, seconds=10.0))
    line = buf.getvalue()
    assert "5/10 (50%)" in line and "4 added, 1 skipped, 0 failed" in line and "about 10s left" in line
    assert "\x1b[" not in line  # no terminal codes in a log file


def test_quiet_ingest_prints_no_progress() -> None:
    buf = io.StringIO()
    with IngestReporter(Console(file=buf, force_terminal=True), 10, quiet=True) as report:
        report(IngestResult(added=4, seconds=1.0))
    assert buf.getvalue() == ""


# ---- CSV input ----


def test_csv_rows_are_articles_with_extra_columns_as_metadata(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "url", "outlet", "date", "title", "text", "section"])
        writer.writerow(["c1", "https://www.north.example/a", "", "2025-04-01", "Dam", 'The dam held.\n\n"It held," '
                         "said Mara Lind.", "local"])
        writer.writerow(["c2", "", "South Courier", "", "", "Nobody was hurt, officials said.", ""])
        writer.writerow([])  # a blank row is no article
        writer.writerow(["c4", "", "", "", "", "   ", "x"])  # an empty text is skipped with a warning
    items = list(read_paths([path]))
    arts = [a for a in items if isinstance(a, Article)]
    assert [a.id for a in arts] == ["c1", "c2"]
    assert arts[0].outlet == "north.example" and arts[0].date == "2025-04-01" and arts[0].metadata == {"section": "local"}
    assert arts[0].text.startswith("The dam held.\n\n") and arts[1].outlet == "South Courier" and arts[1].title is None
    [warning] = [p for p in items if isinstance(p, Problem)]
    assert warning.level == "warning" and warning.line == 7


def test_csv_without_a_text_column_is_refused_not_read_as_prose(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("name,count\nHarlow,3\nBrenton,4\n", encoding="utf-8")
    other = write_corpus(tmp_path / "ok.jsonl", [article_record(1)])
    items = list(read_paths([path, other]))
    [problem] = [p for p in items if isinstance(p, Problem)]
    assert problem.path == str(path) and problem.level == "error"
    assert "no 'text' column" in problem.reason and "'name', 'count'" in problem.reason
    assert [a.id for a in items if isinstance(a, Article)] == ["gen-00001"]


def test_csv_row_with_wrong_field_count_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text('id,text\na,"Fine text here."\nb,"Too",many,fields\nc,"Also fine."\n', encoding="utf-8")
    items = list(read_paths([path]))
    assert [a.id for a in items if isinstance(a, Article)] == ["a", "c"]
    [problem] = [p for p in items if isinstance(p, Problem)]
    assert problem.line == 3 and "4 fields" in problem.reason


# ---- local files are named by their stem everywhere ----


@pytest.mark.parametrize("path", ["seeds/000_kursk_losses.txt", "a/b/report.v2.html", "corpus.jsonl:3",
                                  "notes", "dir.d/x.tar.gz"])
def test_outlet_sql_names_a_file_as_outlet_label_does(tmp_path: Path, path: str) -> None:
    art = Article(id="art-1", path=path, text="x")
    import duckdb

    con = duckdb.connect()
    [(sql_name,)] = con.execute(f"SELECT {outlet_sql('a')} FROM (SELECT NULL::VARCHAR AS outlet, ? AS path, "
                                "NULL::VARCHAR AS title, 'art-1' AS id) a", [path]).fetchall()
    assert sql_name == outlet_label(art)


def test_local_text_files_are_named_by_stem_in_store_and_markdown(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "harbour_wall.txt").write_text(' date 2025-05-02 "The wall held," said Maria Lopez. '
                                             "Officials said 3 people were wounded.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ingest([folder], db)
    [quote] = api.quotes(db=db)
    assert quote["outlet"] == "harbour_wall"
    [fig] = api.figures(db=db)
    assert fig["outlet"] == "harbour_wall"
    detail = api.story(quote["story"], db=db)
    assert [o["outlet"] for o in detail["outlets"]] == ["harbour_wall"]
    ledger = api.load_ledger(db=db)
    md = ledger_markdown(ledger)
    assert "harbour_wall" in md and str(folder) not in md and "art-" not in md
    # ...and in the web app: its quotes/figures API and the story page
    from fastapi.testclient import TestClient

    from newsledger.serve.app import create_app

    with TestClient(create_app(db)) as client:
        assert {q["outlet"] for q in client.get("/api/quotes").json()["items"]} == {"harbour_wall"}
        assert {f["outlet"] for f in client.get("/api/figures").json()["items"]} == {"harbour_wall"}
        page = client.get(f"/stories/{quote['story']}").text
        assert "harbour_wall" in page and "unknown outlet" not in page


# ---- outputs a person takes elsewhere ----


def test_exported_figures_csv_is_readable(db: Path, tmp_path: Path) -> None:
    out = api.export(tmp_path / "csv", db=db, format="csv")
    rows = list(csv.DictReader((out / "figures.csv").open(encoding="utf-8")))
    assert rows and {"date", "outlet", "source", "counted", "category", "value", "text"} <= set(rows[0])
    assert "data" not in rows[0]
    assert {r["source"] for r in rows} <= {"Maria Lopez", "John Carter", "Anna Weber", "Lopez", ""}


def test_ledger_frames_are_dataframes_per_collection() -> None:
    import pandas as pd  # the [frames] extra, which `make install` installs
    art = Article(id="a1", outlet="north.example", text='"The dam held," said Mara Lind.')
    ledger = Ledger(articles=[art], problems=[Problem(path="x.csv", reason="no text column")])
    frames = ledger.frames()
    assert set(frames) == {"articles", "sources", "statements", "figures", "stories", "alignments", "findings",
                           "problems", "estimates"}
    assert all(isinstance(f, pd.DataFrame) for f in frames.values())
    assert frames["articles"].loc[0, "outlet"] == "north.example" and len(frames["articles"]) == 1
    assert list(frames["figures"].columns)[:3] == ["id", "article", "value"] and frames["figures"].empty
    assert frames["problems"].loc[0, "level"] == "error"


def test_ingest_counts_articles_ahead_for_its_total(tmp_path: Path) -> None:
    import gzip

    from newsledger.ingest.count import count_articles

    write_corpus(tmp_path / "a.jsonl", [article_record(i) for i in range(3)])
    (tmp_path / "b.csv").write_text('id,text\nx,"two\nlines"\ny,one\n', encoding="utf-8")
    (tmp_path / "c.txt").write_text("One article.", encoding="utf-8")
    with gzip.open(tmp_path / "d.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("".join(json.dumps(article_record(i)) + "\n" for i in range(4)))
    assert count_articles([tmp_path]) == 3 + 2 + 1 + 4
    assert count_articles([tmp_path / "missing.txt", tmp_path / "c.txt"]) == 2
    (tmp_path / "e.warc").write_bytes(b"")
    assert count_articles([tmp_path]) is None  # a crawl file's count is unknown: the bar shows no total
