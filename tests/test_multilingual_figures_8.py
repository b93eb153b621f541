"""Issue 17, figures across languages: the category of a count (and its value and qualifier) read by the grammar of
where each language says what it counts, so that the same quantity told in two languages gets the same category.

One test per rule (extract/rules/figures.py, extract/lexicons/<lang>/figure_grammar.tsv, figure_site_people.txt,
figure_categories.tsv), on invented newspaper sentences (never the evaluation set's text): a part of the count before
it (`neun von ihnen`, `dont trois`, `이 가운데 3명은`); parts adding up to a total (`nove mortos — seis pescadores e
três turistas`; `광부 5명과 구조대원 2명 등 7명이`); a list after a group noun (`entre los fallecidos hay …`); a number
left alone at the clause's end or after a contrast (`…, die Feuerwehr sechs`; `et non sept`); a group noun before
the number (`O número de mortos subiu para 27`, a German compound: `Lawinentoten`); a clause ended by a coordinator
(`Un pompier a été tué et 40 personnes …`; `1명이 숨지고 30여 명이`); a new subject after a coordinator (`… e i
dispersi …`); a Korean person noun as the object (`실종자를 찾고`) and those searched for (`suchen nach den
Vermissten`); people evacuated from a site (workers,
passengers) are not displaced, residents are; the sick are no toll; a scale word's "of" before a currency; `un
morto`, and an article opening a clause after a semicolon (`…; ein Skifahrer wurde noch vermisst`); a number word closing a clause that named its count; a copula giving a number its own subject."""

from __future__ import annotations

import pytest

from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article, Ledger, check_offsets


def _figures(lang: str, text: str) -> dict[str, tuple[float | None, str | None, str, str | None]]:
    """Each figure's text → (value, qualifier, category, unit), the offsets checked."""
    ex = extract_by_rules(Article(id=f"f8-{lang}", text=text, lang=lang))
    assert not check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    return {f.text: (f.value, f.qualifier, f.category, f.unit) for f in ex.figures}


def _categories(lang: str, text: str) -> dict[str, str]:
    return {k: v[2] for k, v in _figures(lang, text).items()}


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("de", "Mehr als 30 Fahrgäste wurden verletzt, neun von ihnen schwer.", "neun"),
    ("es", "Quince personas resultaron heridas, dos de ellas de gravedad.", "dos"),
    ("it", "I feriti sono una dozzina, tre dei quali gravi.", "tre"),
    ("pt", "Vinte pessoas ficaram feridas, cinco delas com gravidade.", "cinco"),
    ("fr", "L'incendie a fait 12 blessés, dont trois graves.", "trois"),
    ("ko", "화재로 주민 20명이 다쳤고 이 가운데 3명은 의식이 없다.", "3"),
])
def test_a_part_of_the_count_before_takes_its_category(lang, text, part):
    assert _categories(lang, text)[part] == "wounded"


def test_darunter_and_entre_los_que_with_a_verb_between():
    assert _categories("de", "Bei dem Unglück starben acht Menschen, darunter zwei Kinder.")["zwei"] == "killed"
    cats = _categories("es", "El alud sepultó a once esquiadores y mató a cuatro de ellos, entre los que había "
                             "dos guías.")
    assert (cats["once"], cats["cuatro"], cats["dos"]) == ("other", "killed", "killed")


def test_parts_adding_up_to_a_total_are_of_its_category():
    cats = _categories("pt", "O naufrágio deixou nove mortos — seis pescadores e três turistas.")
    assert (cats["nove"], cats["seis"], cats["três"]) == ("killed", "killed", "killed")
    cats = _categories("ko", "광산 붕괴로 광부 5명과 구조대원 2명 등 7명이 숨졌다.")
    assert (cats["5"], cats["2"], cats["7"]) == ("killed", "killed", "killed")
    # parts that do not add up stay what they are
    cats = _categories("ko", "광산 붕괴로 광부 5명과 구조대원 3명 등 7명이 숨졌다.")
    assert (cats["5"], cats["3"], cats["7"]) == ("other", "other", "killed")


def test_a_list_after_a_group_noun():
    cats = _categories("es", "Según la policía, entre los fallecidos hay tres italianos y dos suizos.")
    assert (cats["tres"], cats["dos"]) == ("killed", "killed")
    cats = _categories("it", "Le vittime sono tre escursionisti, un tedesco di 61 anni e due francesi.")
    assert (cats["tre"], cats["due"]) == ("killed", "killed")


def test_a_number_alone_at_its_clause_end_or_after_a_contrast_counts_what_the_one_before_counted():
    assert _categories("de", "Die Polizei zählt vier Tote, die Feuerwehr sechs.")["sechs"] == "killed"
    assert _categories("es", "La policía habla de cinco fallecidos y la alcaldía, de ocho.")["ocho"] == "killed"
    cats = _categories("fr", "Le bilan fait état de cinq morts, et non sept comme annoncé samedi.")
    assert cats["sept"] == "killed"


def test_a_group_noun_before_the_number():
    assert _categories("pt", "O número de mortos na região subiu para 27, segundo a Defesa Civil.")["27"] == "killed"
    assert _categories("de", "Die Zahl der Lawinentoten ist auf elf gestiegen.")["elf"] == "killed"
    assert _categories("fr", "Le nombre de blessés, lui, est passé à 19.")["19"] == "wounded"
    # the group names one count: another clause's number is not of it
    cats = _categories("pt", "O número de mortos subiu para 42, e cerca de 900 pessoas passaram a noite fora.")
    assert (cats["42"], cats["900"]) == ("killed", "other")


def test_a_coordinator_ends_the_clause_of_the_category_before():
    cats = _categories("fr", "Un pompier a été tué et 40 personnes ont été soignées sur place.")
    assert cats["40"] == "wounded"
    assert _categories("ko", "폭발로 1명이 숨지고 30여 명이 치료를 받았다.")["30여"] == "wounded"
    cats = _categories("fr", "L'explosion a tué trois ouvriers et en a blessé 20 autres.")
    assert (cats["trois"], cats["20"]) == ("killed", "wounded")


def test_a_new_subject_after_a_coordinator_is_another_count():
    cats = _categories("it", "A bordo c'erano più di 80 persone e i dispersi sarebbero una ventina.")
    assert (cats["80"], cats["una ventina"]) == ("other", "missing")
    cats = _categories("ko", "부상자는 20명이며 집을 잃은 이재민은 300명을 넘는다.")
    assert (cats["20"], cats["300"]) == ("wounded", "displaced")
    assert _categories("ko", "배에는 90명 넘게 타고 있었고 실종자도 12명에 이른다.")["90"] == "other"


def test_a_korean_person_noun_as_object_is_not_what_the_subject_count_counts():
    assert _categories("ko", "현장에는 구조대원 300여 명이 투입돼 실종자를 찾고 있다.")["300여"] == "other"
    assert _categories("ko", "경찰 등 80여 명이 투입돼 실종된 등산객을 찾고 있다.")["80여"] == "other"
    assert _categories("ko", "주최 측에 따르면 실종자 가운데 한국인 2명이 포함돼 있다.")["2"] == "missing"
    assert _categories("ko", "택배기사 1명은 아직 연락이 닿지 않고 있다.")["1"] == "missing"


def test_those_searched_for_are_not_those_counted():
    assert _categories("de", "Rund 300 Einsatzkräfte suchen weiter nach den Vermissten.")["300"] == "other"
    assert _categories("it", "Oltre 200 soccorritori cercano i dispersi nel fiume.")["200"] == "other"
    assert _categories("de", "Nach dem Erdbeben wurden 12 Menschen vermisst.")["12"] == "missing"


@pytest.mark.parametrize(("lang", "site", "home"), [
    ("es", "Unos 800 pasajeros fueron evacuados de la estación.", "Unos 800 vecinos fueron evacuados."),
    ("fr", "Quelque 600 salariés ont été évacués de l'usine.", "Quelque 600 habitants ont été évacués."),
    ("it", "Circa 500 lavoratori sono stati evacuati.", "Circa 500 residenti sono stati evacuati."),
    ("pt", "Cerca de 700 funcionários foram retirados do edifício.", "Cerca de 700 moradores foram retirados."),
    ("de", "Rund 900 Fahrgäste wurden evakuiert.", "Rund 900 Anwohner wurden evakuiert."),
    ("ko", "직원 500여 명이 대피했다.", "주민 500여 명이 대피했다."),
])
def test_people_evacuated_from_a_site_are_not_displaced_residents_are(lang, site, home):
    assert list(_categories(lang, site).values()) == ["other"]
    assert list(_categories(lang, home).values()) == ["displaced"]


def test_the_sick_in_hospital_are_no_toll_the_hurt_are():
    cats = _categories("it", "Oltre 300 persone sono state ricoverate per disidratazione.")
    assert cats["300"] == "other"
    assert _categories("it", "Quattro ostaggi sono stati ricoverati in ospedale.")["Quattro"] == "wounded"
    assert _categories("ko", "폭염으로 병원에 입원한 환자는 1천여 명에 이른다.")["1천여"] == "other"
    assert _categories("ko", "일행 중 1명은 다리 골절로 병원에 입원했다.")["1"] == "wounded"
    # a strong word keeps its category whatever else the sentence says
    assert _categories("pt", "Com o calor, três pessoas ficaram feridas.")["três"] == "wounded"


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("es", "Los secuestradores pidieron 3 millones de euros por los rehenes.", "EUR"),
    ("fr", "Les dégâts sont estimés à 7 millions d'euros.", "EUR"),
    ("it", "La Regione ha stanziato 4 milioni di euro.", "EUR"),
    ("pt", "A prefeitura vai destinar 2 milhões de euros ao fundo.", "EUR"),
    ("ko", "시는 긴급 예산 30억 원을 투입하겠다고 밝혔다.", "KRW"),
    ("ko", "이웃 나라는 구호금 150만 유로를 지원한다.", "EUR"),
])
def test_money_after_a_scale_words_of(lang, text, unit):
    (value, _q, category, found_unit), = _figures(lang, text).values()
    assert (category, found_unit) == ("money", unit)


def test_an_indefinite_article_before_a_dead_person_counts_one():
    figs = _figures("it", "È di un morto e oltre venti intossicati il bilancio dell'incidente.")
    assert figs["un"][0] == 1 and figs["un"][2] == "killed"
    assert figs["venti"][1:3] == ("more than", "wounded")
    # un état grave is a condition, not a count
    assert "un" not in _figures("fr", "Neuf personnes ont été dégagées, dont quatre dans un état grave.")


def test_an_article_opening_a_clause_after_a_semicolon_counts_one_person_whose_fate_it_tells():
    figs = _figures("de", "Insgesamt wurden 14 Wintersportler verschüttet; ein Skifahrer wurde am Abend noch vermisst.")
    assert figs["ein"][::2] == (1, "missing")
    assert _figures("de", "Ein Zug fuhr vorbei; ein Bus hielt.") == {}


def test_a_number_word_closing_a_clause_that_named_its_count():
    assert _figures("it", "I dispersi salgono così a quattro.")["quattro"][::2] == (4, "missing")
    figs = _figures("de", "Damit stieg die Zahl der Verletzten auf fünf: Zwei Fahrer werden behandelt.")
    assert figs["fünf"][::2] == (5, "wounded")


def test_a_copula_gives_a_closing_number_its_own_subject():
    cats = _categories("it", "I dispersi sono 9, mentre i superstiti sono 40.")
    assert (cats["9"], cats["40"]) == ("missing", "other")


@pytest.mark.parametrize(("lang", "text", "figure", "qualifier"), [
    ("es", "El número de afectados ya supera los 500, según Sanidad.", "500", "more than"),
    ("ko", "격리 인원은 500명 가까이로 늘었다.", "500", "nearly"),
    ("it", "Ai passeggeri si aggiunge una sessantina di membri dell'equipaggio.", "una sessantina", "about"),
    ("pt", "Cerca de duas dezenas de bombeiros combatem as chamas.", "duas dezenas", "about"),
])
def test_qualifiers_of_passing_and_nearing_and_round_number_nouns(lang, text, figure, qualifier):
    assert _figures(lang, text)[figure][1] == qualifier
