"""Statements and figures in the rule-read languages (extract/rules/), on invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.rules import extract_by_rules, read_by_rules, rules_for
from newsledger.extract.rules.figures import parse_numeral
from newsledger.ledger import Article, Ledger, check_offsets


def _read(text: str, lang: str):
    ex = extract_by_rules(Article(id=f"t-{lang}", text=text, lang=lang))
    names = {s.id: s.name for s in ex.sources}
    statements = [(s.kind, s.text, names.get(s.source)) for s in ex.statements]
    figures = [(f.text, f.value, f.qualifier, f.category) for f in ex.figures]
    assert not check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    return statements, figures


def test_german_quote_reported_speech_postposition_and_pronoun():
    text = ("„Die Lage ist ernst, aber beherrschbar“, sagte Bürgermeisterin Anna Berger am Dienstag in Lindau. "
            "Polizeisprecher Jonas Keller erklärte, dass die Brücke bis Freitag gesperrt bleibe. "
            "Dem Innenministerium zufolge wurden mehr als 1.250 Menschen in Sicherheit gebracht. "
            "Sie sagte, die Deiche würden halten.")
    statements, figures = _read(text, "de")
    assert statements == [
        ("direct", "Die Lage ist ernst, aber beherrschbar", "Anna Berger"),
        ("indirect", "die Brücke bis Freitag gesperrt bleibe", "Jonas Keller"),
        ("indirect", "wurden mehr als 1.250 Menschen in Sicherheit gebracht", "Innenministerium"),
        ("indirect", "die Deiche würden halten", "Innenministerium"),  # the most recent source named
    ]
    assert figures == [("1.250", 1250.0, "more than", "displaced")]


def test_french_preposition_with_appositive_and_local_number_format():
    text = ("Selon la préfète, Claire Dumas, plus de 2\u202f500 foyers ont été évacués dans la vallée. "
            "« Nous ferons tout pour rétablir le courant », a déclaré le maire Paul Girard.")
    statements, figures = _read(text, "fr")
    assert statements == [
        ("indirect", "plus de 2\u202f500 foyers ont été évacués dans la vallée", "Claire Dumas"),
        ("direct", "Nous ferons tout pour rétablir le courant", "Paul Girard"),
    ]
    assert figures == [("2\u202f500", 2500.0, "more than", "displaced")]


def test_spanish_subject_with_appositive_and_role_word_resolves_to_the_named_source():
    text = ("El alcalde, Pablo Ruiz, afirmó que unas 800 familias perdieron sus casas. "
            "Según el alcalde, la ayuda llegará el lunes.")
    statements, figures = _read(text, "es")
    assert statements == [("indirect", "unas 800 familias perdieron sus casas", "Pablo Ruiz"),
                          ("indirect", "la ayuda llegará el lunes", "Pablo Ruiz")]
    # families who lost their homes are displaced (es/figure_categories.tsv: perdieron sus casas)
    assert figures == [("800", 800.0, "about", "displaced")]


def test_italian_quote_and_number_words():
    text = "«Siamo pronti a intervenire», ha dichiarato il ministro Marco Bellini. Almeno tre persone sono morte."
    statements, figures = _read(text, "it")
    assert statements == [("direct", "Siamo pronti a intervenire", "Marco Bellini")]
    assert figures == [("tre", 3.0, "at least", "killed")]


def test_portuguese_content_before_its_cue_and_speaker():
    text = "Pelo menos sete pessoas morreram na enchente, informou a Defesa Civil."
    statements, figures = _read(text, "pt")
    assert statements == [("indirect", "Pelo menos sete pessoas morreram na enchente", "Defesa Civil")]
    assert figures == [("sete", 7.0, "at least", "killed")]


def test_korean_quotative_postposition_units_and_qualifiers():
    text = ("김철수 시장은 “복구에 최선을 다하겠다”고 말했다. 경찰에 따르면 주민 2만3천여 명이 대피했다. "
            "부상자는 300명 이상으로 집계됐다. 박영희 대변인은 추가 피해는 없다고 밝혔다.")
    statements, figures = _read(text, "ko")
    assert statements == [
        ("direct", "복구에 최선을 다하겠다", "김철수 시장"),
        ("indirect", "주민 2만3천여 명이 대피했다", "경찰"),
        ("indirect", "추가 피해는 없다", "박영희 대변인"),
    ]
    assert figures == [("2만3천여", 23000.0, "more than", "displaced"), ("300", 300.0, "at least", "wounded")]


@pytest.mark.parametrize(("lang", "written", "value"), [
    ("de", "4.700,5", 4700.5), ("de", "3.000", 3000.0), ("fr", "3\u00a0000", 3000.0), ("es", "15.000", 15000.0),
    ("ko", "1만5천", 15000.0), ("ko", "4천700", 4700.0), ("ko", "3,000", 3000.0), ("ko", "2억", 200_000_000.0)])
def test_numerals_in_each_local_format(lang, written, value):
    assert parse_numeral(written, rules_for(lang)) == value


def test_dates_and_years_are_not_figures():
    assert _read("Am 13. März 2026 kamen zwei Menschen ums Leben.", "de")[1] == [("zwei", 2.0, None, "killed")]
    assert _read("9일 새벽 600여명이 대피했다.", "ko")[1] == [("600여", 600.0, "more than", "displaced")]


def test_only_listed_languages_with_rule_data_are_read_by_rules():
    assert read_by_rules(Article(id="a", text="x", lang="de"))
    assert not read_by_rules(Article(id="b", text="x", lang="en"))  # English keeps the spaCy path
    assert not read_by_rules(Article(id="c", text="x", lang="th"))
    assert not read_by_rules(Article(id="d", text="x"))


_NAMES = st.sampled_from(["Anna Berger", "Jonas Keller", "Claire Dumas", "Seo Min-jae", "Telma Faria"])
_NUMBERS = st.sampled_from(["3.000", "4.700,5", "12", "sechs", "1 250", "3\u00a0000", "cinq", "dos"])
_TEMPLATES = {
    "de": ["„{q}“, sagte {n}.", "{n} erklärte, dass mehr als {x} Menschen verletzt wurden.",
           "Laut {n} sind rund {x} Häuser zerstört.", "Der Polizei zufolge starben {x} Menschen."],
    "fr": ["« {q} », a déclaré {n}.", "Selon {n}, plus de {x} personnes ont été évacuées."],
    "es": ['"{q}", dijo {n}.', "{n} afirmó que al menos {x} personas murieron."],
    "ko": ["{n} 시장은 “{q}”고 말했다.", "경찰에 따르면 주민 {x}명이 대피했다."],
}


@settings(max_examples=60, deadline=None)
@given(lang=st.sampled_from(sorted(_TEMPLATES)), picks=st.lists(st.integers(0, 3), min_size=1, max_size=5),
       name=_NAMES, number=_NUMBERS, quote=st.text(alphabet="abc dé,ü", min_size=0, max_size=40),
       gap=st.sampled_from([" ", "\n\n", "  "]))
def test_every_offset_slices_the_text(lang, picks, name, number, quote, gap):
    templates = _TEMPLATES[lang]
    text = gap.join(templates[p % len(templates)].format(q=quote, n=name, x=number) for p in picks)
    ex = extract_by_rules(Article(id="h", text=text, lang=lang))
    ledger = Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements, figures=ex.figures)
    assert not check_offsets(ledger)
    for s in ex.statements:
        assert text[s.start:s.end] == s.text
        if s.speaker_start is not None:
            assert text[s.speaker_start:s.speaker_end] == s.speaker_text


def test_separable_verb_inverted_pronoun_and_preposition_after_a_quote():
    de = _read("Anna Berger leitet den Einsatz. Die Stadtverwaltung teilte mit, dass die Schulen geschlossen "
               "bleiben.", "de")[0]
    assert de == [("indirect", "die Schulen geschlossen bleiben", "Stadtverwaltung")]
    fr = _read("« La digue a tenu », selon l'ingénieur Marc Petit. « Nous reconstruirons », a-t-il ajouté.",
               "fr")[0]
    assert fr == [("direct", "La digue a tenu", "Marc Petit"), ("direct", "Nous reconstruirons", "Marc Petit")]


def test_appositive_names_and_words_between_verb_and_subordinator():
    de = _read("„Wir kämpfen weiter“, sagte der Sprecher des Ministeriums, Max Weber.", "de")[0]
    assert de == [("direct", "Wir kämpfen weiter", "Max Weber")]
    es = _read("La portavoz Marta Díaz dijo a los periodistas que la carretera seguirá cortada.", "es")[0]
    assert es == [("indirect", "la carretera seguirá cortada", "Marta Díaz")]


def test_quote_over_two_sentences_and_a_following_quote_without_cue():
    statements = _read("«Non ci arrenderemo. Mai», ha detto Lucia Bianchi. «Continueremo a cercare tutta la "
                       "notte.»", "it")[0]
    assert statements == [("direct", "Non ci arrenderemo. Mai", "Lucia Bianchi"),
                          ("direct", "Continueremo a cercare tutta la notte", "Lucia Bianchi")]


def test_korean_subject_before_the_verb_and_qualifier_after_the_counter():
    statements, figures = _read("주민 3천여 명이 대피했다고 경찰은 밝혔다. 이재민은 500명가량으로 집계됐다.", "ko")
    assert statements == [("indirect", "주민 3천여 명이 대피했다", "경찰")]
    assert figures == [("3천여", 3000.0, "more than", "displaced"), ("500", 500.0, "about", "displaced")]


def test_scale_words_and_currencies():
    ex = extract_by_rules(Article(id="m", text="Der Schaden beträgt mindestens 3 Millionen Euro.", lang="de"))
    (fig,) = ex.figures
    assert (fig.text, fig.value, fig.qualifier, fig.unit, fig.category) == (
        "3 Millionen", 3_000_000.0, "at least", "EUR", "money")


def test_a_saying_verb_without_speech_is_no_statement():
    assert _read("Die Polizei erklärte den Bereich zum Sperrgebiet.", "de")[0] == []


@settings(max_examples=80, deadline=None)
@given(lang=st.sampled_from(["de", "es", "fr", "it", "pt", "ko"]),
       text=st.text(alphabet="„“«»\"”「」 ,.:\n0123456789천만여명 sagteditoSelonlaut zufolge에 따르면고 말했다AB",
                    max_size=120))
def test_any_text_gives_sound_offsets_and_never_crashes(lang, text):
    ex = extract_by_rules(Article(id="x", text=text, lang=lang))
    assert not check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))


def test_rules_keep_their_scores_on_the_multilingual_dev_set():
    # the dev part only (test.jsonl is held out); floors a little under what the rules reach today, so a rule
    # change that costs a language its statements, speakers or figures fails here
    from pathlib import Path

    from newsledger.eval.multilingual import load_gold, score

    gold = [g for g in load_gold(Path(__file__).parent / "data" / "multilingual" / "dev.jsonl") if g["lang"] != "en"]
    extractions = [extract_by_rules(Article(id=g["id"], text=g["text"], lang=g["lang"])) for g in gold]
    ledger = Ledger(articles=[e.article for e in extractions],
                    sources=[s for e in extractions for s in e.sources],
                    statements=[s for e in extractions for s in e.statements],
                    figures=[f for e in extractions for f in e.figures])
    per_language = score(gold, ledger)["per_language"]
    assert set(per_language) == {"de", "es", "fr", "it", "ko", "pt"}
    for lang, s in per_language.items():
        assert s["statement_recall"] >= 0.9, lang
        assert s["speaker_accuracy"] >= 0.9, lang
        assert s["figure_value_qualifier"] >= 0.9, lang


def test_ranges_become_one_figure_with_low_and_high():
    for lang, text, written in [("de", "Zwischen 30 und 40 Menschen wurden verletzt.", "Zwischen 30 und 40"),
                                ("ko", "주민 30~40명이 대피했다.", "30~40"),
                                ("fr", "De 200 à 300 personnes ont été évacuées.", "De 200 à 300")]:
        (fig,) = extract_by_rules(Article(id="r", text=text, lang=lang)).figures
        assert (fig.text, fig.value, fig.low, fig.high) == (written, None, *sorted({fig.low, fig.high}))
        assert fig.low < fig.high


def test_content_before_an_adverb_cue():
    assert _read("Das Wasser sinke bereits, so Einsatzleiter Marek Holub.", "de")[0] == [
        ("indirect", "Das Wasser sinke bereits", "Marek Holub")]


def test_korean_speaker_between_quotative_and_verb_and_spanish_segun_informo():
    assert _read("“끝까지 수색하겠다”라고 김 장관은 말했다.", "ko")[0] == [("direct", "끝까지 수색하겠다", "김 장관")]
    assert _read("Según informó la policía, tres personas murieron.", "es")[0] == [
        ("indirect", "tres personas murieron", "policía")]
