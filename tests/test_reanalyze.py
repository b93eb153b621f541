"""`newsledger reanalyze`: stored articles an older analyser read (here: a store made when German and Spanish were
not supported yet, so their articles were kept "not analysed") are re-extracted, their stories rebuilt, and a second
run finds nothing left to do. Invented articles; the store is written by the real ingest."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app as cli_app
from newsledger.extract.languages import not_analysed
from newsledger.extract.version import NOT_ANALYSED, analyser_version
from newsledger.store import open_store

GERMAN = ("Sturm über Aldenau", "Der Sturm hat in der Nacht zahlreiche Dächer in Aldenau beschädigt. „Wir haben "
          "das Schlimmste hinter uns“, sagte Bürgermeisterin Ruth Saller am Morgen. Nach Angaben der Feuerwehr "
          "wurden mehr als 40 Menschen vorübergehend in einer Turnhalle untergebracht.")
SPANISH = ("Temporal en Valdemar", "El temporal dañó durante la noche decenas de tejados en Valdemar. «Lo peor ya "
           "ha pasado», afirmó la alcaldesa Lucía Ferrer por la mañana. Según los bomberos, más de 30 vecinos "
           "pasaron la noche en un polideportivo municipal.")


def _unsupported_then(articles):
    """What ingest stored before these languages were read: each article kept, marked not analysed."""
    return [not_analysed(a) for a in articles]


@pytest.fixture
def old_store(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": f"art-{code}", "outlet": f"Outlet {code}", "date": "2026-02-02", "title": title, "text": text}
            for code, (title, text) in (("de", GERMAN), ("es", SPANISH))]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "old.duckdb"
    assert api.ingest([corpus], db=db, jobs=1, extractor=_unsupported_then).failed == 0
    with open_store(db) as store:  # the analyser of that time read neither language
        store.con.execute("UPDATE analysers SET version = ?", [NOT_ANALYSED]).fetchall()
    assert api.quotes(db=db) == []
    return db


def test_ingest_records_each_articles_analyser_version(tmp_path, old_store):
    with open_store(old_store, read_only=True) as store:
        rows = store.query("SELECT article, lang FROM analysers ORDER BY article")
    assert rows == [{"article": "art-de", "lang": "de"}, {"article": "art-es", "lang": "es"}]
    assert analyser_version("de").startswith("rules-") and analyser_version("xx") == NOT_ANALYSED


def test_reanalyze_one_language_then_the_rest(old_store):
    first = api.reanalyze(db=old_store, lang="de")
    assert (first.checked, first.reanalysed, first.failed, first.by_lang) == (1, 1, 0, {"de": 1})
    assert first.stories == 1
    quotes = api.quotes(db=old_store)
    assert {q["lang"] for q in quotes} == {"de"}
    assert "Wir haben das Schlimmste hinter uns" in [q["text"] for q in quotes]
    figures = api.figures(db=old_store, lang="de")
    assert [(f["value"], f["qualifier"]) for f in figures] == [(40.0, "more than")]
    with open_store(old_store, read_only=True) as store:
        versions = dict(store.con.execute("SELECT article, version FROM analysers").fetchall())
        german = json.loads(store.query("SELECT data FROM articles WHERE id = 'art-de'")[0]["data"])
    assert versions == {"art-de": analyser_version("de"), "art-es": NOT_ANALYSED}
    assert german["analysed"] is True

    rest = api.reanalyze(db=old_store)
    assert (rest.checked, rest.reanalysed, rest.by_lang) == (2, 1, {"es": 1})
    assert {q["lang"] for q in api.quotes(db=old_store)} == {"de", "es"}
    again = api.reanalyze(db=old_store)
    assert (again.checked, again.reanalysed, again.stories) == (2, 0, 0)


def test_a_store_from_before_analyser_versions_counts_as_stale(old_store):
    with open_store(old_store) as store:
        store.con.execute("DELETE FROM analysers").fetchall()
    result = api.reanalyze(db=old_store)
    assert result.reanalysed == 2 and result.failed == 0


def test_a_failing_extractor_leaves_the_store_as_it_was(old_store):
    def broken(articles):
        raise RuntimeError("model unavailable")

    result = api.reanalyze(db=old_store, extractor=broken)
    assert (result.reanalysed, result.failed) == (0, 2)
    assert all("model unavailable" in p.reason for p in result.problems)
    assert api.quotes(db=old_store) == []
    with open_store(old_store, read_only=True) as store:
        assert {r[0] for r in store.con.execute("SELECT version FROM analysers").fetchall()} == {NOT_ANALYSED}


def test_cli_reanalyze(old_store, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli_app, ["reanalyze", "--db", str(old_store), "--lang", "es", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["reanalysed"], summary["by_lang"]) == (1, {"es": 1})
    missing = runner.invoke(cli_app, ["reanalyze", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code != 0 and "no store" in missing.output
    assert not (tmp_path / "none.duckdb").exists()
    bad = runner.invoke(cli_app, ["reanalyze", "--db", str(old_store), "--lang", "d e"])
    assert bad.exit_code != 0 and "not a language" in bad.output
