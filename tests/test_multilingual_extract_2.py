"""More constructions of issue 17 in the rule-read languages (extract/rules/), on invented sentences: subjects with
appositives, speakers closing a sentence, titles inside name runs, number words read by text2num, round-number nouns,
local numeral formats, Korean units and qualifiers."""

from __future__ import annotations

import pytest

from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article, Ledger, check_offsets


def _read(text: str, lang: str):
    ex = extract_by_rules(Article(id=f"t2-{lang}", text=text, lang=lang))
    names = {s.id: s.name for s in ex.sources}
    statements = [(s.text, names.get(s.source)) for s in ex.statements]
    figures = [(f.text, f.value, f.qualifier) for f in ex.figures]
    assert not check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    return statements, figures


# --- speakers -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    ("es", "El portavoz del ayuntamiento, Tomás Ferrer, dijo que el puente seguirá cerrado.",
     "el puente seguirá cerrado", "Tomás Ferrer"),
    ("de", "Die Sprecherin der Feuerwehr, Lena Vogt, sagte, die Lage sei unter Kontrolle.",
     "die Lage sei unter Kontrolle", "Lena Vogt"),
    ("pt", "O chefe da defesa civil, Rui Matos, afirmou que as aulas foram suspensas.",
     "as aulas foram suspensas", "Rui Matos"),
    ("it", "Il portavoce della regione, Paolo Greco, ha detto che le scuole resteranno chiuse.",
     "le scuole resteranno chiuse", "Paolo Greco"),
])
def test_subject_with_appositive_before_a_verb_that_opens_the_clause(lang, text, content, speaker):
    statements, _ = _read(text, lang)
    assert statements == [(content, speaker)]


def test_german_words_between_the_verb_and_the_comma_of_reported_speech():
    statements, _ = _read("Der Landrat Uwe Brenner sagte am Mittwoch, die Straße werde bald geöffnet.", "de")
    assert statements == [("die Straße werde bald geöffnet", "Uwe Brenner")]


def test_german_separable_verb_closing_the_sentence_after_its_speaker():
    statements, _ = _read("Die Fähre fährt wieder nach Plan, teilte die Reederei mit.", "de")
    assert statements == [("Die Fähre fährt wieder nach Plan", "Reederei")]


def test_a_short_circumstance_may_follow_the_closing_speaker():
    statements, _ = _read("Die Dämme würden halten, sagte Brenner am Abend im Rathaus.", "de")
    assert statements == [("Die Dämme würden halten", "Brenner")]


def test_german_title_inside_a_capitalised_run_and_opener_word():
    statements, _ = _read("„Wir bleiben hier“, erklärte Triests Bürgermeister Enzo Valli. "
                          "Wie Landrätin Petra Kuhn mitteilte, wurden zwei Schulen geschlossen.", "de")
    assert statements == [("Wir bleiben hier", "Enzo Valli"), ("wurden zwei Schulen geschlossen", "Petra Kuhn")]


def test_title_with_a_place_then_the_name_as_appositive():
    statements, _ = _read("„Das Wasser sinkt“, sagte die Bürgermeisterin von Aldenau, Ruth Saller.", "de")
    assert statements == [("Das Wasser sinkt", "Ruth Saller")]


def test_institution_name_ending_in_a_lower_case_word():
    statements, _ = _read("Oltre 400 persone sono state evacuate, secondo la Protezione civile.", "it")
    assert statements == [("Oltre 400 persone sono state evacuate", "Protezione civile")]


def test_korean_body_between_name_and_title_joins_the_title():
    text = "알렉세이 바르틴 러시아 대변인은 추가 협상은 없다고 밝혔다."
    ex = extract_by_rules(Article(id="t2-ko", text=text, lang="ko"))
    assert [(s.name, s.descriptions) for s in ex.sources] == [("알렉세이 바르틴", ["러시아 대변인"])]


def test_name_and_colon_before_a_quotation():
    statements, _ = _read("Kovalenko: „Wir geben nicht auf.“", "de")
    assert statements == [("Wir geben nicht auf", "Kovalenko")]


def test_pronoun_refers_to_a_person_introduced_with_a_title_before_any_quote():
    text = ("Bürgermeisterin Ruth Saller besuchte am Morgen die Turnhalle. "
            "„Niemand bleibt ohne Dach über dem Kopf“, sagte sie.")
    statements, _ = _read(text, "de")
    assert statements == [("Niemand bleibt ohne Dach über dem Kopf", "Ruth Saller")]


def test_decimal_comma_does_not_end_the_source_or_the_statement():
    statements, figures = _read("Según el alcalde, cerca de 1,5 millones de vecinos se quedaron sin agua.", "es")
    assert statements == [("cerca de 1,5 millones de vecinos se quedaron sin agua", "alcalde")]
    assert figures == [("1,5 millones", 1_500_000.0, "about")]


def test_a_count_before_the_comma_is_not_the_source_of_a_preposition():
    statements, _ = _read("Nach Angaben der Behörden starben mindestens 14 Menschen, mehr als 60 wurden verletzt.",
                          "de")
    assert statements == [("starben mindestens 14 Menschen, mehr als 60 wurden verletzt", "Behörden")]


def test_up_to_six_words_between_verb_and_subordinator():
    statements, _ = _read("Zelenski aseguró en un breve mensaje de vídeo que el frente resiste.", "es")
    assert statements == [("el frente resiste", "Zelenski")]


def test_words_then_subordinator_after_a_verb_keep_the_subject_with_its_appositive():
    statements, _ = _read("El alcalde de Valdemar, Jorge Lima, explicó a los periodistas que el agua baja.", "es")
    assert statements == [("el agua baja", "Jorge Lima")]


def test_a_title_with_a_place_of_two_words_then_the_name_as_appositive():
    statements, _ = _read("“Vamos reconstruir tudo”, prometeu o prefeito de Serra Alta, Jorge Lima.", "pt")
    assert statements == [("Vamos reconstruir tudo", "Jorge Lima")]


def test_a_second_quotation_in_the_sentence_of_an_attributed_one_has_the_same_speaker():
    statements, _ = _read("김 장관은 기자회견에서 “수색을 계속하겠다”며 “가족들에게 위로를 전한다”고 말했다.", "ko")
    assert statements == [("수색을 계속하겠다", "김 장관"), ("가족들에게 위로를 전한다", "김 장관")]


# --- figures --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # numerals in local formats
    ("de", "Mehr als 3.000 Menschen wurden evakuiert.", ("3.000", 3000.0, "more than")),
    ("fr", "Au moins 3\u00a0000 personnes ont été évacuées.", ("3\u00a0000", 3000.0, "at least")),
    ("it", "Circa 4.700,5 ettari sono bruciati.", ("4.700,5", 4700.5, "about")),
    ("pt", "Cerca de 4.700,5 hectares foram queimados.", ("4.700,5", 4700.5, "about")),
    ("es", "Unos 3 000 vecinos siguen sin luz.", ("3 000", 3000.0, "about")),
    # number words read by text2num, compounds included
    ("de", "Mindestens dreitausend Menschen mussten fliehen.", ("dreitausend", 3000.0, "at least")),
    ("de", "Rund zweiundzwanzig Menschen wurden verletzt.", ("zweiundzwanzig", 22.0, "about")),
    ("it", "Più di duemila persone sono state evacuate.", ("duemila", 2000.0, "more than")),
    ("it", "Almeno cinquanta persone sono state arrestate.", ("cinquanta", 50.0, "at least")),
    ("es", "Al menos veintidós personas murieron.", ("veintidós", 22.0, "at least")),
    ("es", "Más de tres mil vecinos fueron evacuados.", ("tres mil", 3000.0, "more than")),
    ("fr", "Plus de vingt-deux personnes ont été blessées.", ("vingt-deux", 22.0, "more than")),
    ("pt", "Cerca de vinte e duas pessoas morreram.", ("vinte e duas", 22.0, "about")),
    # a round number written as a noun is approximate by itself, unless a qualifier says more
    ("fr", "Une quarantaine de personnes ont été blessées.", ("Une quarantaine", 40.0, "about")),
    ("it", "Più di un migliaio di persone sono state evacuate.", ("un migliaio", 1000.0, "more than")),
    ("es", "Un centenar de vecinos fueron evacuados.", ("Un centenar", 100.0, "about")),
    ("it", "I feriti sono una cinquantina.", ("una cinquantina", 50.0, "about")),
    ("es", "Medio centenar de vecinos fueron evacuados.", ("Medio centenar", 50.0, "about")),
    ("fr", "Plus d'un millier de personnes ont été évacuées.", ("un millier", 1000.0, "more than")),
    # a scale word fused to the numeral or after it
    ("it", "Circa 3mila persone sono state evacuate.", ("3mila", 3000.0, "about")),
    ("pt", "Cerca de 15 mil pessoas estão sem energia.", ("15 mil", 15000.0, "about")),
    # the qualifiers of the issue, one per language
    ("de", "Rund 500 Menschen wurden evakuiert.", ("500", 500.0, "about")),
    ("es", "Al menos 12 personas murieron.", ("12", 12.0, "at least")),
    ("fr", "Environ 80 maisons ont été détruites.", ("80", 80.0, "about")),
    ("it", "Più di 60 persone sono rimaste ferite.", ("60", 60.0, "more than")),
    ("pt", "Mais de 90 pessoas ficaram feridas.", ("90", 90.0, "more than")),
    ("pt", "Ao menos 27 pessoas morreram.", ("27", 27.0, "at least")),
    # Korean units and qualifiers
    ("ko", "주민 4천700명이 대피했다.", ("4천700", 4700.0, None)),
    ("ko", "사망자는 1만5천 명으로 늘었다.", ("1만5천", 15000.0, None)),
    ("ko", "3천여 명이 다쳤다.", ("3천여", 3000.0, "more than")),
    ("ko", "600여명의 주민이 대피했다.", ("600여", 600.0, "more than")),
    ("ko", "약 3,000명이 실종됐다.", ("3,000", 3000.0, "about")),
    ("ko", "부상자는 40명가량이다.", ("40", 40.0, "about")),
    ("ko", "사상자는 300명 이상으로 집계됐다.", ("300", 300.0, "at least")),
])
def test_figure_value_and_qualifier(lang, text, expected):
    _, figures = _read(text, lang)
    assert figures == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Unos vecinos salieron a la calle."),
    ("de", "Ein Mann wurde gerettet."),
    ("it", "Un uomo è stato salvato."),
])
def test_an_article_is_not_a_count_of_one(lang, text):
    _, figures = _read(text, lang)
    assert figures == []


# --- the eval's error list ------------------------------------------------------------------------------------------


def test_eval_lists_missed_and_wrong_items_by_language():
    from newsledger.eval.multilingual import errors
    from newsledger.ledger import Figure, Source, Statement

    text = "„Wir bleiben“, sagte Ruth Saller. Mehr als 40 Menschen flohen, rund 12 wurden verletzt."
    gold = [{"id": "g1", "lang": "de", "text": text,
             "statements": [{"start": 1, "end": 12, "speaker_forms": ["Ruth Saller"]}],
             "figures": [{"start": text.index("40"), "end": text.index("40") + 2, "value": 40, "qualifier": "more than"},
                         {"start": text.index("12"), "end": text.index("12") + 2, "value": 12, "qualifier": "about"}]}]
    ledger = Ledger(
        articles=[Article(id="g1", text=text, lang="de")],
        sources=[Source(id="s1", name="Jan Kral")],
        statements=[Statement(id="st", article="g1", kind="direct", start=1, end=12, text=text[1:12], source="s1")],
        figures=[Figure(id="f1", article="g1", value=40.0, qualifier=None, start=text.index("40"),
                        end=text.index("40") + 2, text="40")])
    found = [(e["kind"], e["gold"]) for e in errors(gold, ledger)]
    assert found == [("figure missed", "12"), ("wrong figure", "40"), ("wrong speaker", "Wir bleiben")]


def test_a_body_named_after_a_title_loses_its_article():
    statements, _ = _read("Ein Sprecher der Bundespolizei sagte, die Strecke bleibe gesperrt.", "de")
    assert statements == [("die Strecke bleibe gesperrt", "Bundespolizei")]


def test_capitalised_complement_of_a_title_is_not_part_of_the_name():
    statements, _ = _read("La ministra dei Trasporti Ilse Marquardt ha promesso «piena chiarezza sui fatti».", "it")
    assert statements == [("piena chiarezza sui fatti", "Ilse Marquardt")]


def test_korean_company_between_name_and_title():
    statements, _ = _read("토비아스 레너 철도회사 사장은 “깊은 충격을 받았다”고 말했다.", "ko")
    assert statements == [("깊은 충격을 받았다", "토비아스 레너")]


def test_a_quotation_ending_its_sentence_is_not_framed_by_the_next_one():
    statements, _ = _read("Feuerwehrsprecher Lars Gerber widersprach: „Wir haben erhöhte Werte gemessen.“ "
                          "Laut Umweltamt bleibt die Warnung bis Freitag bestehen.", "de")
    assert statements == [("Wir haben erhöhte Werte gemessen", "Lars Gerber"),
                          ("bleibt die Warnung bis Freitag bestehen", "Umweltamt")]


def test_a_role_word_alone_refers_to_the_source_whose_compound_title_ends_in_it():
    statements, _ = _read("„Wir klären alles auf“, sagte Verkehrsministerin Ilse Marquardt. "
                          "Die Strecke bleibe bis Montag gesperrt, betonte die Ministerin.", "de")
    assert statements == [("Wir klären alles auf", "Ilse Marquardt"),
                          ("Die Strecke bleibe bis Montag gesperrt", "Ilse Marquardt")]
