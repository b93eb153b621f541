"""The language of articles and statements in the store's queries (`--lang`), the CLI, the web app and the HTML
report, over a small store of invented German, Spanish and Dutch articles (Dutch: a language newsledger does not
analyse, so its article is shown "not analysed (language nl)")."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app as cli_app
from newsledger.ledger import Article, Ledger, Statement, Story
from newsledger.report.html import render_story, story_report
from newsledger.serve.app import create_app

GERMAN = ("Hochwasser in Aldenau: Hunderte Menschen verlassen ihre Häuser",
          "Das Hochwasser hat am Dienstag die Altstadt von Aldenau erreicht. „Wir lassen niemanden allein“, sagte "
          "Bürgermeisterin Ruth Saller am Abend vor dem Rathaus. Nach Angaben der Feuerwehr wurden mehr als 300 "
          "Menschen in Sicherheit gebracht. Die Pegel sollen in der Nacht weiter steigen, die Behörden bereiten "
          "weitere Evakuierungen vor und haben Notunterkünfte in zwei Schulen eingerichtet.")
SPANISH = ("Inundaciones en Valdemar: cientos de vecinos abandonan sus casas",
           "Las inundaciones llegaron el martes al casco antiguo de Valdemar. «No vamos a dejar a nadie solo», "
           "afirmó la alcaldesa Lucía Ferrer ante el ayuntamiento. Según los bomberos, más de 200 vecinos fueron "
           "evacuados durante la noche. Los servicios de emergencia han habilitado albergues en dos colegios y "
           "esperan que el nivel del río siga subiendo.")
DUTCH = ("Overstromingen in Bremdaal: honderden bewoners verlaten hun huizen",
         "Het hoogwater heeft dinsdag de oude binnenstad van Bremdaal bereikt. De burgemeester zei dat niemand "
         "alleen gelaten zal worden en dat er opvang is geregeld in twee scholen. Volgens de brandweer zijn meer "
         "dan honderd bewoners in veiligheid gebracht en wordt verwacht dat het water vannacht verder stijgt.")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("langs")
    corpus = tmp / "corpus.jsonl"
    rows = [{"id": f"art-{code}", "outlet": f"Outlet {code.upper()}", "date": "2026-03-03", "title": title,
             "text": text} for code, (title, text) in (("de", GERMAN), ("es", SPANISH), ("nl", DUTCH))]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    path = tmp / "langs.duckdb"
    result = api.ingest([corpus], db=path, jobs=1)
    assert result.failed == 0
    return path


# --- store queries and the Python API ----------------------------------------------------------------------------


def test_quotes_carry_their_language_and_filter_by_it(db):
    rows = api.quotes(db=db)
    assert {r["lang"] for r in rows} == {"de", "es"}
    german = api.quotes(db=db, lang="de")
    assert german and all(r["lang"] == "de" for r in german)
    assert any(r["text"] == "Wir lassen niemanden allein" for r in german)  # the original words, not a translation
    assert {r["lang"] for r in api.quotes(db=db, lang="de,es")} == {"de", "es"}
    assert api.quotes(db=db, lang="nl") == []  # not analysed: no statements


def test_figures_and_stories_filter_by_language(db):
    figures = api.figures(db=db, lang="es")
    assert (200.0, "more than") in [(f["value"], f["qualifier"]) for f in figures]
    assert {f["lang"] for f in figures} == {"es"}
    stories = api.stories(db=db, lang="nl")
    assert stories and all(s["articles"] >= 1 for s in stories)
    every = {a for s in api.stories(db=db) for a in [s["id"]]}
    assert {s["id"] for s in stories} <= every
    assert api.stories(db=db, lang="ko") == []


def test_a_bad_language_code_is_a_clear_error(db):
    from newsledger.store import StoreError

    with pytest.raises(StoreError, match="not a language"):
        api.quotes(db=db, lang="de;drop")


# --- CLI ---------------------------------------------------------------------------------------------------------


def test_cli_lang_option_mirrors_the_api(db):
    runner = CliRunner()
    result = runner.invoke(cli_app, ["quotes", "--db", str(db), "--lang", "es", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {r["lang"] for r in rows} == {"es"}
    bad = runner.invoke(cli_app, ["figures", "--db", str(db), "--lang", "1x"])
    assert bad.exit_code != 0 and "not a language" in bad.output


# --- the web app (its test client; no network) --------------------------------------------------------------------


def test_app_language_filter_on_lists_and_api(db):
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        page = client.get("/")
        assert page.status_code == 200
        assert 'name="lang"' in page.text and "nl (1 article, not analysed)" in page.text
        only = client.get("/", params={"lang": "es"})
        assert only.status_code == 200 and "Valdemar" in only.text and "Aldenau" not in only.text
        quotes = client.get("/api/quotes", params={"lang": "de"}).json()
        assert quotes["items"] and {q["lang"] for q in quotes["items"]} == {"de"}
        figures = client.get("/api/figures", params={"lang": "es"}).json()
        assert figures["items"] and {f["lang"] for f in figures["items"]} == {"es"}
        stories = client.get("/api/stories", params={"lang": "de"}).json()
        assert stories["total"] >= 1
        assert client.get("/api/quotes", params={"lang": "<script>"}).status_code == 422
        source = next(s for s in client.get("/api/sources").json()["items"] if s["name"] == "Lucía Ferrer")
        page = client.get(f"/sources/{source['id']}")
        assert page.status_code == 200 and '<blockquote class="direct" lang="es">' in page.text


def test_app_story_page_marks_languages_and_not_analysed_articles(db):
    story = api.stories(db=db, lang="nl")[0]["id"]
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        page = client.get(f"/stories/{story}")
    assert page.status_code == 200
    assert "not analysed</span> (language nl)" in page.text
    assert 'data-lang="nl"' in page.text


# --- the HTML report --------------------------------------------------------------------------------------------


def _mixed_ledger() -> Ledger:
    de = Article(id="a-de", text="„Wir bleiben hier“, sagte Ruth Saller.", lang="de", outlet="Bote")
    nl = Article(id="a-nl", text="De burgemeester zei dat niemand alleen blijft.", lang="nl", analysed=False,
                 outlet="Krant")
    st = Statement(id="st-1", article="a-de", kind="direct", start=1, end=17, text="Wir bleiben hier")
    return Ledger(articles=[de, nl], statements=[st],
                  stories=[Story(id="story-1", label="Hochwasser", articles=["a-de", "a-nl"])])


def test_report_marks_language_and_offers_a_filter():
    ledger = _mixed_ledger()
    report = story_report(ledger)
    assert report.languages == [("de", 1, True), ("nl", 1, False)]
    html = render_story(ledger)
    assert '<blockquote class="v-text" lang="de">' in html
    assert 'data-lang="de"' in html and 'name="nl-lang" value="nl"' in html
    assert "not analysed</span> (language nl)" in html
    assert "nl (1, not analysed)" in html


def test_report_of_one_language_has_no_filter():
    ledger = _mixed_ledger()
    ledger = Ledger(articles=ledger.articles[:1], statements=ledger.statements,
                    stories=[Story(id="story-1", label="Hochwasser", articles=["a-de"])])
    html = render_story(ledger)
    assert 'class="lang-filter"' not in html and 'lang="de"' in html
