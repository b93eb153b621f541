"""Issue 17, figures across languages (round 8): the same quantity meets across languages even when its values
differ, as the discrepancy a reader wants to see; and the rule-read languages read more of a figure's value and
qualifier.

Linking (link/quantities.py, link/data/counted.tsv): counted things named in each language's words share a class
named by the English head noun (`Arbeitsplätze`, `postes`, `일자리`), so a revised or disputed count of them meets its
renderings whatever its value; an article setting two sources' estimates side by side (`4.800`, `mehr als 6.000`)
keeps them in one quantity when they lie within a factor two, apart when further; an outlet's rounding (`3만여 명`,
`rund 32.000`) meets the count it rounds; English-only stories keep their blocks. Extraction
(extract/rules/figures.py and the lexicons): Korean `5천만` is 5×10³×10⁴; a Korean qualifier after a counter or unit
the lexicon does not list (`25㎞가량`, `250마리가 넘고`, `3만 건에 육박`, `27% 안팎`); a verb of exceeding or hovering with
its article between (`superan ya los 620`, `ronda el 27 %`, `superano già gli 620`, `al menos a 41`); the noun a
collective numeral counts through its "of" (`una quarantina di frazioni`), but not a part (`dos de ellos`). All
sentences are invented."""

from __future__ import annotations

import pytest

from newsledger.extract.rules import extract_by_rules
from newsledger.extract.rules.figures import parse_numeral
from newsledger.extract.rules.language import rules_for
from newsledger.ledger import Article, Figure, Ledger, check_offsets
from newsledger.link.quantities import align_figures

# --- extraction ---------------------------------------------------------------------------------------------------


def _figures(lang: str, text: str) -> dict[str, tuple[float | None, str | None, str | None]]:
    """Each figure's text → (value, qualifier, counted), the offsets checked."""
    ex = extract_by_rules(Article(id=f"f9-{lang}", text=text, lang=lang))
    assert not check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    return {f.text: (f.value, f.qualifier, f.counted) for f in ex.figures}


@pytest.mark.parametrize(("numeral", "value"), [
    ("8억5천만", 850_000_000), ("5천만", 50_000_000), ("1억8천만", 180_000_000), ("4천500만", 45_000_000),
    ("만", 10_000), ("1만5천", 15_000), ("천백", 1_100), ("26만", 260_000),
])
def test_a_korean_myriad_after_thousands_multiplies_them(numeral, value):
    assert parse_numeral(numeral, rules_for("ko")) == value


@pytest.mark.parametrize(("text", "figure", "qualifier"), [
    ("산불은 능선 25㎞가량을 태웠다.", "25", "about"),
    ("폭염에 폐사한 젖소는 250마리가 넘고, 농가는 울상이다.", "250", "more than"),
    ("구청에 들어온 소음 민원이 3만 건에 육박한다고 주민센터가 전했다.", "3만", "nearly"),
    ("올해 투표율은 27% 안팎에 머물 전망이다.", "27", "about"),
    ("지하 주차장의 차량 3천 대가량도 물에 잠겼다.", "3천", "about"),
    ("불길이 25㎞ 구간의 숲을 태웠다.", "25", None),
])
def test_a_korean_qualifier_after_a_counter_the_lexicon_does_not_list(text, figure, qualifier):
    assert _figures("ko", text)[figure][1] == qualifier


@pytest.mark.parametrize(("lang", "text", "figure", "qualifier"), [
    ("es", "Los daños en los viñedos superan ya los 620 millones de euros.", "620 millones", "more than"),
    ("es", "La participación en la consulta ronda el 27 %.", "27", "about"),
    ("es", "Los socorristas asistieron al menos a 41 bañistas.", "41", "at least"),
    ("it", "Per la camera di commercio le perdite del turismo superano già gli 620 milioni di euro.", "620 milioni",
     "more than"),
    ("fr", "Les pertes dépassent déjà les 850 millions d'euros.", "850 millions", "more than"),
    ("es", "Los heridos fueron trasladados a 3 hospitales de la provincia.", "3", None),
])
def test_a_verb_of_exceeding_qualifies_the_number_across_its_article(lang, text, figure, qualifier):
    assert _figures(lang, text)[figure][1] == qualifier


@pytest.mark.parametrize(("lang", "text", "figure", "counted"), [
    ("it", "Una quarantina di frazioni sono rimaste senza corrente.", "Una quarantina", "frazioni"),
    ("es", "La policía practicó un centenar de detenciones durante la noche.", "un centenar", "detenciones"),
    ("es", "Quince vecinos resultaron heridos y dos de ellos siguen graves.", "dos", "de"),
])
def test_a_collective_numeral_counts_the_noun_after_its_of_unless_it_is_a_part(lang, text, figure, counted):
    assert _figures(lang, text)[figure][2] == counted


# --- linking ------------------------------------------------------------------------------------------------------


def _article(aid: str, lang: str, text: str) -> Article:
    return Article(id=aid, outlet=f"{aid}.example", date="2026-05-11", title="", text=text, lang=lang)


def _figure(article: Article, number: str, value: float, counted: str | None, qualifier: str | None = None,
            category: str = "other") -> Figure:
    start = article.text.index(number)
    return Figure(id=f"{article.id}-{number}", article=article.id, value=value, category=category, counted=counted,
                  qualifier=qualifier, start=start, end=start + len(number), text=number)


def _quantities(figures: list[Figure], articles: list[Article]) -> list[set[str]]:
    return [set(al.members) for al in align_figures("s", figures, {a.id: a for a in articles})]


def test_a_disputed_count_of_one_thing_is_one_quantity_across_languages():
    # the company's 4,800 jobs and the union's more than 6,000, side by side in one article, and each elsewhere
    de = _article("de", "de", "Der Hersteller streicht 4.800 Arbeitsplätze; die Gewerkschaft spricht von mehr als "
                              "6.000 Jobs.")
    fr = _article("fr", "fr", "Le constructeur supprimera 4 800 postes, selon la direction.")
    ko = _article("ko", "ko", "노조는 6천 명 이상의 일자리가 사라진다고 주장했다.")
    figures = [_figure(de, "4.800", 4800, "Arbeitsplätze"), _figure(de, "6.000", 6000, "Jobs", "more than"),
               _figure(fr, "4 800", 4800, "postes"), _figure(ko, "6천", 6000, "일자리가", "at least")]
    assert {f.id for f in figures} in _quantities(figures, [de, fr, ko])


def test_counts_of_one_thing_far_apart_in_one_article_stay_two_quantities():
    # five infected farms and the 42 farms inside the watched area: one class, two quantities
    de = _article("de", "de", "Das Labor bestätigte den Erreger bei fünf Geflügelbetrieben; 42 Betriebe liegen im "
                              "Beobachtungsgebiet.")
    es = _article("es", "es", "El laboratorio confirmó el brote en cinco granjas; hay 40 explotaciones en el perímetro.")
    figures = [_figure(de, "fünf", 5, "Geflügelbetrieben"), _figure(de, "42", 42, "Betriebe"),
               _figure(es, "cinco", 5, "granjas"), _figure(es, "40", 40, "explotaciones")]
    found = _quantities(figures, [de, es])
    assert {"de-fünf", "es-cinco"} in found and {"de-42", "es-40"} in found


def test_a_rounded_estimate_meets_the_count_it_rounds_and_two_exact_counts_stay_apart():
    ko = _article("ko", "ko", "공연장에는 관객 3만여 명이 모였고 17명이 구조됐다.")
    de = _article("de", "de", "Rund 32.000 Menschen waren beim Konzert; 15 Menschen wurden gerettet.")
    it = _article("it", "it", "Al concerto c'erano 32.000 persone e 17 persone sono state salvate.")
    figures = [_figure(ko, "3만", 30000, "명이", "more than"), _figure(de, "32.000", 32000, "Menschen", "about"),
               _figure(it, "32.000", 32000, "persone"), _figure(ko, "17", 17, "명이"),
               _figure(de, "15", 15, "Menschen"), _figure(it, "17", 17, "persone")]
    found = _quantities(figures, [ko, de, it])
    assert {"ko-3만", "de-32.000", "it-32.000"} in found
    assert not any({"de-15", "it-17"} <= group for group in found)


def test_english_counts_of_two_things_stay_apart():
    # English has no lines of its own in the multilingual counted-thing classes: students are not the children
    a = _article("a", "en", "Three students were hurt in the crash.")
    b = _article("b", "en", "Police said 20 children were on the bus.")
    figures = [_figure(a, "Three", 3, "students"), _figure(b, "20", 20, "children")]
    assert not any(len(group) > 1 for group in _quantities(figures, [a, b]))
