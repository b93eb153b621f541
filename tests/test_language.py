"""Language of every article (ingest/language.py) and the honest "not analysed" for languages the extractors do not
read (extract/languages.py). All texts are invented."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.ingest import article_from_record
from newsledger.ingest.language import article_language, detect, normalise_code

GERMAN = ("Nach dem Hochwasser in Mirovo sagte die Gouverneurin am Montag, dass die Straßen wieder befahrbar seien. "
          "„Wir haben das Schlimmste hinter uns“, sagte sie.")
FRENCH = "« Nous avons évité le pire », a déclaré lundi la gouverneure, selon laquelle les routes sont rouvertes."
KOREAN = "주민 3천여 명이 밤사이 대피했다. 주지사는 “최악은 지났다”고 말했다."
THAI = "ผู้ว่าราชการจังหวัดกล่าวว่าถนนทุกสายเปิดใช้งานได้แล้วหลังน้ำท่วมครั้งใหญ่เมื่อสัปดาห์ที่แล้ว"
ENGLISH = ('"We have put the worst behind us," Governor Ilse Marten said on Monday. More than 3,000 residents '
           "were evacuated from the valley, officials said.")


@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (FRENCH, "fr"), (KOREAN, "ko"), (THAI, "th"),
                                            (ENGLISH, "en")])
def test_detects_the_language_of_invented_news_sentences(text, code):
    found = detect(text)
    assert found is not None and found.lang == code


def test_text_without_letters_has_no_language():
    assert detect("3.000 — 4.700,5 / 1,100 !!!") is None


def test_stated_language_is_kept_unless_confidently_contradicted():
    assert article_language(GERMAN, given="de-AT") == "de"
    assert article_language(GERMAN, given="en") == "de"  # the metadata is wrong: the text wins
    assert article_language("3.000 — 4.700,5", given="pt_BR") == "pt"  # nothing to contradict it
    assert article_language(GERMAN, given="not a language") == "de"


def test_normalise_code():
    assert normalise_code("PT-br") == "pt"
    assert normalise_code(7) is None and normalise_code("deutsch") is None


def test_ingest_sets_lang_and_keeps_the_stated_one_in_metadata():
    art = article_from_record({"id": "x", "text": GERMAN, "lang": "en"})
    assert art.lang == "de"
    assert art.metadata["lang"] == "en"
    assert article_from_record({"id": "y", "text": ENGLISH}).lang == "en"


def test_fasttext_itself_is_not_installed():
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        importlib.metadata.distribution("fasttext")
    import fasttext  # the predict-only module fasttext-predict installs

    assert not hasattr(fasttext, "train_supervised")


def test_language_id_never_touches_the_network():
    # A fresh interpreter, so the import itself is covered: every socket connection fails loudly.
    code = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise AssertionError('network use')\n"
        "socket.socket.connect = refuse\n"
        "socket.socket.connect_ex = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from newsledger.ingest.language import detect\n"
        f"print(detect({GERMAN!r}).lang, detect({KOREAN!r}).lang)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "FTLANG_CACHE": "/nonexistent"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["de", "ko"]


# --- not analysed ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed_ledger(tmp_path_factory):
    from newsledger import analyze

    folder = tmp_path_factory.mktemp("langs")
    rows = [
        {"id": "en-1", "url": "https://www.valleypost.example/flood", "title": "Valley flood", "text": ENGLISH},
        {"id": "th-1", "url": "https://www.bangnews.example/flood", "text": THAI},
        # mixed: a German report quoting English words; German is what the article is written in
        {"id": "de-1", "url": "https://www.rheinpost.example/flut", "text": GERMAN + ' Sie fügte hinzu: "We are '
         'grateful for the help."'},
        # metadata says English; the text is French
        {"id": "fr-1", "url": "https://www.lecourrier.example/crue", "lang": "en", "text": FRENCH},
    ]
    path = folder / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return analyze([str(path)], allow_local=True)


def test_every_article_gets_a_language_and_only_listed_languages_are_analysed(mixed_ledger):
    by_id = {a.id: a for a in mixed_ledger.articles}
    assert {k: (a.lang, a.analysed) for k, a in by_id.items()} == {
        "en-1": ("en", True), "th-1": ("th", False), "de-1": ("de", True), "fr-1": ("fr", True)}
    assert by_id["fr-1"].metadata["lang"] == "en"
    assert not mixed_ledger.problems


def test_not_analysed_articles_yield_nothing_and_english_still_does(mixed_ledger):
    with_statements = {s.article for s in mixed_ledger.statements}
    with_figures = {f.article for f in mixed_ledger.figures}
    assert "en-1" in with_statements and "en-1" in with_figures
    assert {"de-1", "fr-1"} <= with_statements  # read by the rules of extract/rules/
    assert "th-1" not in with_statements | with_figures


def test_reports_show_language_and_not_analysed(mixed_ledger, tmp_path):
    from newsledger.report.html import write_report
    from newsledger.report.markdown import ledger_markdown

    story_of = {a: s.id for s in mixed_ledger.stories for a in s.articles}
    pages = {}
    for article in ("en-1", "th-1"):
        out = write_report(mixed_ledger, tmp_path / f"{article}.html", story_of[article])
        pages[article] = out.read_text("utf-8")
    assert ">not analysed</span>" in pages["th-1"] and ">not analysed</span>" not in pages["en-1"]
    assert "language: th" in pages["th-1"] and 'lang="th"' in pages["th-1"]
    assert "language: en" in pages["en-1"]
    md = ledger_markdown(mixed_ledger)
    section = md.split("## Not analysed (language)", 1)[1]
    assert "(th)" in section and "(de)" not in section and "(fr)" not in section and "(en)" not in section


def test_an_article_built_in_code_without_a_language_is_analysed_as_before():
    from newsledger.extract.languages import analysable
    from newsledger.ledger import Article

    assert analysable(Article(id="a", text=GERMAN))
    assert not analysable(Article(id="b", text=THAI, lang="th"))


def test_detection_agrees_with_every_language_of_the_multilingual_dev_set():
    data = Path(__file__).parent / "data" / "multilingual" / "dev.jsonl"
    rows = [json.loads(line) for line in data.read_text("utf-8").splitlines() if line.strip()]
    assert {r["id"]: article_language(r["text"], r["title"]) for r in rows} == {r["id"]: r["lang"] for r in rows}
