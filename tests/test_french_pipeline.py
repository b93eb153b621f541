"""The French spaCy pipeline (fr_core_news_md, named by extract/lexicons/fr/pipeline.txt): its parser removes the
sentence breaks the splitter makes at abbreviations, never adds one, and is loaded only when a French article is
read. All texts are invented."""

from __future__ import annotations

import dataclasses
import importlib.metadata
import subprocess
import sys

import pytest

from newsledger.extract.parallel import ExtractorPool
from newsledger.extract.rules import extract_by_rules, rules_for
from newsledger.extract.rules import sentences as sentences_module
from newsledger.extract.rules.sentences import sentence_spans
from newsledger.ingest import article_from_record

# "av. J.-C." ends no sentence: the splitter cuts after "J." and "-C.", leaving the statement its last words only
ERA = ("Le théâtre antique a été bâti vers 20 av. J.-C. par les Romains, a expliqué l'archéologue Claire Martin. "
       "Les fouilles reprendront en mai.")
ERA_STATEMENT = "Le théâtre antique a été bâti vers 20 av. J.-C. par les Romains"
SITE = ("Le site occupé depuis l'an 300 av. J.-C. sera fermé, a annoncé la préfète Anne Roux lundi. Plus de "
        "2 000 visiteurs étaient attendus cet été.\n\n« Nous rouvrirons dès que possible », a-t-elle ajouté.")


def _french(text: str, ident: str = "fr-1"):
    return article_from_record({"id": ident, "text": text, "lang": "fr"})


@pytest.fixture
def rules_alone(monkeypatch):
    """The French rules without their pipeline, as every language without a pipeline.txt is read."""
    real = rules_for

    def without(lang: str):
        return dataclasses.replace(real(lang), pipeline=None)

    monkeypatch.setattr(sentences_module, "rules_for", without)


def test_french_names_its_pipeline_and_other_languages_none():
    assert rules_for("fr").pipeline == "fr_core_news_md"
    assert all(rules_for(lang).pipeline is None for lang in ("de", "es", "it", "pt", "ko"))


def test_the_pinned_model_loads_from_the_installed_package_with_the_network_refused():
    assert importlib.metadata.version("fr-core-news-md") == "3.8.0"
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network refused by the test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from newsledger.extract.doc_cache import sentence_pipeline\n"
        "nlp = sentence_pipeline('fr_core_news_md')\n"
        "print(nlp.meta['license'], nlp.meta['version'], 'parser' in nlp.pipe_names, 'ner' in nlp.pipe_names)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.split() == ["LGPL-LR", "3.8.0", "True", "False"]


def test_the_parser_joins_a_sentence_the_splitter_broke_at_an_abbreviation():
    spans = sentence_spans(ERA, "fr")
    assert [ERA[a:b] for a, b in spans] == [ERA[:ERA.index(" Les fouilles")], "Les fouilles reprendront en mai."]


def test_without_the_pipeline_the_rules_break_the_sentence(rules_alone):
    # what the pipeline is there for: the rules alone cut the era apart
    assert len(sentence_spans(ERA, "fr")) > 2


def test_a_french_article_keeps_the_whole_statement_with_its_speaker():
    found = extract_by_rules(_french(ERA))
    assert [(s.text, s.speaker_text) for s in found.statements] == [(ERA_STATEMENT, "archéologue Claire Martin")]


def test_the_rules_alone_lose_the_statement_start(rules_alone):
    found = extract_by_rules(_french(ERA))
    assert [s.text for s in found.statements] != [ERA_STATEMENT]


def test_the_parser_never_adds_a_break():
    # the parser alone cuts "St-Jean" and "c.-à-d." apart; the splitter's sentences stand
    text = ("Le cortège est parti de la rue St-Jean vers 10 h. Le n° 5 de la rue, c.-à-d. l'ancienne mairie, a "
            "brûlé, selon les pompiers.")
    assert [text[a:b] for a, b in sentence_spans(text, "fr")] == [
        "Le cortège est parti de la rue St-Jean vers 10 h.",
        "Le n° 5 de la rue, c.-à-d. l'ancienne mairie, a brûlé, selon les pompiers."]


def test_a_paragraph_break_always_ends_a_sentence():
    text = "Le temple date de 20 av. J.-C.\n\nLe maire a déclaré que les visites reprendraient."
    assert [text[a:b] for a, b in sentence_spans(text, "fr")] == [
        "Le temple date de 20 av. J.-C.", "Le maire a déclaré que les visites reprendraient."]


def _assert_provenance(found, text: str) -> None:
    for s in found.statements:
        assert text[s.start:s.end] == s.text
        if s.speaker_start is not None:
            assert text[s.speaker_start:s.speaker_end] == s.speaker_text
        if s.cue_start is not None:
            assert text[s.cue_start:s.cue_end] == s.cue
    for f in found.figures:
        assert text[f.start:f.end] == f.text
    for source in found.sources:
        for m in source.mentions:
            assert text[m.start:m.end] == m.text


def test_provenance_holds_on_french_extraction():
    found = extract_by_rules(_french(SITE))
    assert [s.text for s in found.statements][:1] == ["Le site occupé depuis l'an 300 av. J.-C. sera fermé"]
    assert any(f.value == 2000 and f.qualifier is not None for f in found.figures)
    _assert_provenance(found, SITE)


def test_english_and_german_runs_never_load_it_and_a_french_article_does():
    script = (
        "import sys\n"
        "from newsledger.extract import extract_articles\n"
        "from newsledger.extract.doc_cache import sentence_pipeline\n"
        "from newsledger.ingest import article_from_record\n"
        "arts = [article_from_record({'id': 'en', 'text': '\"The road is open again,\" Mayor Ilse Marten said on "
        "Monday.'}),\n"
        "        article_from_record({'id': 'de', 'text': '„Die Straße ist wieder offen“, sagte Bürgermeisterin "
        "Ilse Marten am Montag.'})]\n"
        "done = list(extract_articles(arts))\n"
        "print(sorted(a.article.lang for a in done), sentence_pipeline.cache_info().currsize,\n"
        "      'fr_core_news_md' in sys.modules)\n"
        "fr = article_from_record({'id': 'fr', 'text': '« La route est rouverte », a déclaré lundi la maire "
        "Ilse Marten, selon laquelle 300 voitures y sont passées.'})\n"
        "list(extract_articles([fr]))\n"
        "print(fr.lang, sentence_pipeline.cache_info().currsize, 'fr_core_news_md' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=600)
    assert out.stdout.splitlines() == ["['de', 'en'] 0 False", "fr 1 True"]


def test_parallel_workers_read_french_articles_with_it():
    articles = [_french(ERA.replace("20", str(10 + i)), f"fr-{i}") for i in range(4)]
    with ExtractorPool(2, chunk=1, min_chunks=1) as pool:
        done = list(pool.extract(articles))
        assert pool.started  # read in forked workers, each loading the pipeline on its first French article
    assert [d.article.id for d in done] == [a.id for a in articles]
    for d, a in zip(done, articles, strict=True):
        assert [s.text for s in d.statements] == [a.text[:a.text.index(",")]]
        _assert_provenance(d, a.text)
