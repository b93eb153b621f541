"""The published JSON Schema is current, and what `analyze` writes validates against it."""

from __future__ import annotations

import json

import jsonschema
import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.ledger import Article, Ledger, Statement, check_offsets, json_schema
from tests.conftest import REPO

SCHEMA_FILE = REPO / "schema" / "ledger.schema.json"


def test_committed_schema_is_current() -> None:
    assert json.loads(SCHEMA_FILE.read_text()) == json_schema(), "run `make schema` and commit the result"


def test_seed_ledger_validates_and_has_the_expected_articles(seeds_dir, tmp_path) -> None:
    out = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["analyze", *map(str, sorted(seeds_dir.glob("*.txt"))), "--json", str(out), "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text()))
    for key in ("articles", "sources", "statements", "figures", "stories", "alignments", "findings"):
        assert isinstance(data[key], list)
    first, second = sorted(data["articles"], key=lambda a: a["path"])
    assert first["date"] is None and second["date"] == "2024-12-28"
    assert not second["text"].startswith(" date")
    assert check_offsets(Ledger.model_validate(data)) == []


def test_check_offsets_catches_a_wrong_slice() -> None:
    art = Article(id="a", text="He said hello.")
    good = Statement(id="s1", article="a", kind="indirect", start=8, end=13, text="hello")
    bad = Statement(id="s2", article="a", kind="indirect", start=8, end=13, text="hellp")
    assert check_offsets(Ledger(articles=[art], statements=[good])) == []
    assert len(check_offsets(Ledger(articles=[art], statements=[bad]))) == 1


def test_records_are_frozen() -> None:
    art = Article(id="a", text="x")
    with pytest.raises(ValidationError):
        art.text = "y"  # type: ignore[misc]
