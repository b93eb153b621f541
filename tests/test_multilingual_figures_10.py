"""Issue 17, figures across languages (round 9, from the unseen-then-opened ml10-* stories' misses): the same
quantity meets across languages, and the rule-read languages read more of a figure's value and qualifier.

Linking (link/quantities.py, link/data/counted.tsv): durations (`sechs Monate`, `six mois`, `6개월`), shipping
containers and lorries share a class in every language's words, so their renderings meet in one block; two groups of
one block that fit (an amount whose currency one language names and another leaves out) meet member by member,
closest values first, not only through their two first figures; a Korean qualifier fused to the counted noun
(`회분가량이`) is no part of the noun. Extraction (extract/rules/figures.py and the lexicons): a scale word after a
range's second number scales its first too (`entre 70 e 80 milhões`); an article between a qualifier and a scale noun
(`mehr als eine Million`); verbs of exceeding in the future tense an estimate is told in (`dépassera`, `supererà`,
`ultrapassará`); a count nearing a number with an adverb and a contracted article between (`aproxima-se agora dos
600`). All sentences are invented."""

from __future__ import annotations

import pytest

from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article, Figure, Ledger, check_offsets
from newsledger.link.quantities import align_figures, counted_words

# --- extraction ---------------------------------------------------------------------------------------------------


def _figures(lang: str, text: str) -> dict[str, Figure]:
    """Each figure's text → the figure, the offsets checked."""
    ex = extract_by_rules(Article(id=f"f10-{lang}", text=text, lang=lang))
    assert not check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    return {f.text: f for f in ex.figures}


@pytest.mark.parametrize(("lang", "text", "figure", "low", "high"), [
    ("pt", "A nova ponte vai custar entre 30 e 40 milhões de euros, segundo a autarquia.", "entre 30 e 40 milhões",
     30_000_000, 40_000_000),
    ("es", "La reforma del puerto costará entre 12 y 15 millones de euros.", "entre 12 y 15 millones",
     12_000_000, 15_000_000),
])
def test_a_scale_word_after_a_range_scales_both_its_numbers(lang, text, figure, low, high):
    found = _figures(lang, text)[figure]
    assert (found.low, found.high) == (low, high)


def test_a_range_whose_first_number_is_already_larger_than_its_scaled_form_would_allow_keeps_it():
    # "zwischen 800 und 1 Million": 800 people, not 800 million
    found = _figures("de", "Erwartet werden zwischen 800 und 1 Million Besucher.")
    fig = next(f for f in found.values() if f.high == 1_000_000)
    assert fig.low == 800


@pytest.mark.parametrize(("lang", "text", "value", "qualifier"), [
    ("de", "Der Ausfall kostet den Hafen mehr als eine Million Euro pro Woche.", 1_000_000, "more than"),
    ("fr", "Selon les hôteliers, la perte dépassera le million d'euros cet été.", 1_000_000, "more than"),
    ("it", "Secondo gli albergatori il danno supererà i 3 milioni di euro.", 3_000_000, "more than"),
    ("pt", "Segundo os hoteleiros, o prejuízo ultrapassará os 3 milhões de euros.", 3_000_000, "more than"),
    ("pt", "O número de escolas sem aquecimento aproxima-se agora dos 300.", 300, "nearly"),
])
def test_a_qualifier_with_an_article_or_adverb_between_it_and_the_number(lang, text, value, qualifier):
    found = [f for f in _figures(lang, text).values() if f.value == value]
    assert [f.qualifier for f in found] == [qualifier]


def test_a_plain_count_after_an_article_takes_no_qualifier():
    # the gap word alone is no qualifier: "eine Million" with nothing before it stays unqualified
    found = [f for f in _figures("de", "Die Stadt zahlt eine Million Euro für die Sanierung.").values()
             if f.value == 1_000_000]
    assert [f.qualifier for f in found] == [None]


# --- linking ------------------------------------------------------------------------------------------------------


def _article(aid: str, lang: str, text: str) -> Article:
    return Article(id=aid, outlet=f"{aid}.example", date="2026-09-20", title="", text=text, lang=lang)


def _figure(article: Article, number: str, value: float, counted: str | None, qualifier: str | None = None,
            category: str = "other", unit: str | None = None) -> Figure:
    start = article.text.index(number)
    return Figure(id=f"{article.id}-{number}", article=article.id, value=value, category=category, counted=counted,
                  qualifier=qualifier, unit=unit, start=start, end=start + len(number), text=number)


def _quantities(figures: list[Figure], articles: list[Article]) -> list[set[str]]:
    return [set(al.members) for al in align_figures("s", figures, {a.id: a for a in articles})]


def test_a_korean_qualifier_fused_to_the_counted_noun_is_no_part_of_it():
    fig = Figure(id="k#f0", article="k", value=20000, category="other", counted="회분가량이", start=0, end=2, text="2만")
    assert counted_words(fig) == ["회분"]


def test_a_duration_meets_its_renderings_in_other_languages():
    de = _article("de", "de", "Die Sanierung der Schleuse dauert mindestens sechs Monate.")
    fr = _article("fr", "fr", "Les travaux sur l'écluse dureront au moins six mois.")
    ko = _article("ko", "ko", "갑문 보수 공사는 최소 6개월이 걸릴 전망이다.")
    figures = [_figure(de, "sechs", 6, "Monate", "at least"), _figure(fr, "six", 6, "mois", "at least"),
               _figure(ko, "6", 6, "개월이", "at least")]
    assert {f.id for f in figures} in _quantities(figures, [de, fr, ko])


def test_containers_and_rescuers_of_one_value_stay_two_quantities():
    # more than 300 firefighters and about 300 containers: one value, two counted things, each met by its rendering
    es = _article("es", "es", "Más de 300 bomberos lucharon contra el fuego, que destruyó unos 300 contenedores.")
    de = _article("de", "de", "Mehr als 300 Einsatzkräfte kämpften gegen das Feuer; rund 300 Container brannten.")
    it = _article("it", "it", "Oltre 300 vigili del fuoco sul posto, circa 300 container distrutti.")
    figures = [_figure(es, "300 b", 300, "bomberos", "more than"), _figure(es, "300 c", 300, "contenedores", "about"),
               _figure(de, "300 E", 300, "Einsatzkräfte", "more than"),
               _figure(de, "300 C", 300, "Container", "about"),
               _figure(it, "300 v", 300, "vigili", "more than"), _figure(it, "300 c", 300, "container", "about")]
    found = _quantities(figures, [es, de, it])
    assert {"es-300 c", "de-300 C", "it-300 c"} in found
    assert not any({"es-300 b", "es-300 c"} <= group or {"de-300 E", "de-300 C"} <= group for group in found)


def test_an_amount_without_its_currency_meets_its_renderings_member_by_member():
    # the English extractor leaves the currency out of `counted`; its two amounts still meet their renderings by value
    en = _article("en", "en", "Repairs will cost about 45 million euros; the detour costs hauliers 2 million a day.")
    de = _article("de", "de", "Die Reparatur kostet rund 45 Millionen Euro, die Umleitung zwei Millionen Euro täglich.")
    fr = _article("fr", "fr", "La réparation coûtera environ 45 millions d'euros et le détour 2 millions d'euros.")
    figures = [_figure(en, "45 million", 45e6, None, "about", "money", "EUR"),
               _figure(en, "2 million", 2e6, None, None, "money", "EUR"),
               _figure(de, "45 Millionen", 45e6, "Euro", "about", "money", "EUR"),
               _figure(de, "zwei Millionen", 2e6, "Euro", None, "money", "EUR"),
               _figure(fr, "45 millions", 45e6, "euros", "about", "money", "EUR"),
               _figure(fr, "2 millions", 2e6, "euros", None, "money", "EUR")]
    found = _quantities(figures, [en, de, fr])
    assert {"en-45 million", "de-45 Millionen", "fr-45 millions"} in found
    assert {"en-2 million", "de-zwei Millionen", "fr-2 millions"} in found


def test_english_counts_of_durations_keep_their_blocks():
    # English has no line of its own for months: two English stories' counts of months meet by their head noun
    a = _article("a", "en", "The repairs will take at least six months.")
    b = _article("b", "en", "Engineers said the work would last six months.")
    figures = [_figure(a, "six", 6, "months", "at least"), _figure(b, "six", 6, "months")]
    assert {"a-six", "b-six"} in _quantities(figures, [a, b])
