"""`newsledger analyze`: formats, summary, exit codes and no tracebacks for bad input."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsledger.cli import app

runner = CliRunner()
ARTICLE = ' date 2025-01-02 The minister said on Monday that "prices will fall," adding that 300 jobs would go.\n'


def test_bad_inputs_are_reported_and_the_rest_is_written(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "ledger.json"
    result = runner.invoke(app, ["analyze", str(good), str(empty), str(tmp_path / "missing.txt"), "--json", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"{empty}: empty file" in result.output.replace("\n", "")
    data = json.loads(out.read_text())
    assert len(data["articles"]) == 1
    assert {p["reason"] for p in data["problems"]} == {"empty file", "no such file or directory"}


def test_nothing_readable_exits_nonzero_without_writing(tmp_path) -> None:
    out = tmp_path / "ledger.json"
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt"), "--json", str(out)])
    assert result.exit_code == 1 and not out.exists()
    assert "no readable articles" in result.output


def test_jsonl_and_markdown_formats(tmp_path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE)
    jl = tmp_path / "l.jsonl"
    assert runner.invoke(app, ["analyze", str(src), "--json", str(jl), "--format", "jsonl", "-q"]).exit_code == 0
    rows = [json.loads(line) for line in jl.read_text().splitlines()]
    assert rows[0]["type"] == "article" and rows[0]["date"] == "2025-01-02"
    md = tmp_path / "l.md"
    assert runner.invoke(app, ["analyze", str(src), "--json", str(md), "--format", "md", "-q"]).exit_code == 0
    assert md.read_text().startswith("# newsledger")


def test_unknown_model_is_a_clear_error(tmp_path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE)
    result = runner.invoke(app, ["analyze", str(src), "--model", "no_such_model_xyz", "-q"])
    assert result.exit_code == 1 and "not installed" in result.output and "Traceback" not in result.output


def test_progress_bar_over_many_articles(tmp_path) -> None:
    for i in range(7):
        (tmp_path / f"a{i}.txt").write_text(f"Article number {i} said {i} things.")
    result = runner.invoke(app, ["analyze", str(tmp_path), "--json", str(tmp_path / "o.json")])
    assert result.exit_code == 0
    assert "articles/s" in result.output and "7/7" in result.output
