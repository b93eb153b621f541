"""Issue 17, fourth round: figures across languages that the first test part showed missed — uncategorised counts
whose counted nouns are each language's own words ("ocupantes", "Überlebende", "생존자", or a generic "Menschen"),
and amounts whose currency the extractor left in the text ("2,5 milioni di euro", "250만 유로"). Invented sentences."""

from __future__ import annotations

from newsledger.ledger import Article, Figure
from newsledger.link.quantities import align_figures


def _article(aid: str, lang: str, text: str) -> Article:
    return Article(id=aid, lang=lang, date="2031-04-02", text=text)


def _figure(fid: str, article: Article, number: str, value: float, counted: str | None,
            category: str = "other", unit: str | None = None) -> Figure:
    start = article.text.index(number)
    assert article.text[start:start + len(number)] == number
    return Figure(id=fid, article=article.id, value=value, start=start, end=start + len(number), text=number,
                  counted=counted, category=category, unit=unit)


def _groups(figures: list[Figure], articles: list[Article]) -> set[frozenset[str]]:
    found = align_figures("story", figures, {a.id: a for a in articles})
    return {frozenset(al.members) for al in found}


ES = _article("es", "es", "Los equipos de rescate salvaron a 31 ocupantes de la lancha frente a la costa de Velmar.")
DE = _article("de", "de", "Die Küstenwache rettete 31 Menschen aus dem gekenterten Boot vor Velmar.")
KO = _article("ko", "ko", "해안경비대는 벨마르 앞바다에서 31명을 구조했다.")
EN = _article("en", "en", "Coast guard crews pulled 31 survivors from the capsized boat off Velmar.")


def test_an_uncategorised_count_meets_its_renderings_by_value_across_languages():
    figs = [_figure("f-es", ES, "31", 31, "ocupantes"), _figure("f-de", DE, "31", 31, "Menschen"),
            _figure("f-ko", KO, "31", 31, "명을"), _figure("f-en", EN, "31", 31, "survivors")]
    assert _groups(figs, [ES, DE, KO, EN]) == {frozenset({"f-es", "f-de", "f-ko", "f-en"})}


def test_different_values_stay_apart():
    figs = [_figure("f-es", ES, "31", 31, "ocupantes"), _figure("f-de", DE, "31", 31, "Menschen")]
    other = _article("it", "it", "I soccorritori hanno tratto in salvo 29 persone al largo di Velmar.")
    figs.append(_figure("f-it", other, "29", 29, "persone"))
    groups = _groups(figs, [ES, DE, other])
    assert frozenset({"f-es", "f-de"}) in groups
    assert not any("f-it" in g for g in groups)


def test_a_small_number_is_too_common_to_name_one_quantity():
    es = _article("es", "es", "Llegaron 3 embarcaciones de apoyo y 3 personas declararon ante el juez.")
    de = _article("de", "de", "Drei Zeugen sagten aus; 3 Menschen wurden befragt.")
    figs = [_figure("f-es", es, "3 personas", 3, "personas"), _figure("f-de", de, "3", 3, "Menschen")]
    assert _groups(figs, [es, de]) == set()


def test_two_counts_of_one_value_in_one_article_are_ambiguous():
    de = _article("de", "de", "An Bord waren 60 Menschen; 60 Helfer suchten die Küste ab.")
    de_a = de.text.index("60")
    de_b = de.text.index("60", de_a + 1)
    pt = _article("pt", "pt", "Havia 60 pessoas a bordo.")
    figs = [Figure(id="f-de1", article="de", value=60, start=de_a, end=de_a + 2, text="60", counted="Menschen"),
            Figure(id="f-de2", article="de", value=60, start=de_b, end=de_b + 2, text="60", counted="Helfer"),
            _figure("f-pt", pt, "60", 60, "pessoas")]
    assert _groups(figs, [de, pt]) == set()


def test_counts_of_two_classes_are_never_joined_by_value():
    es = _article("es", "es", "Trabajaron 40 soldados en la zona.")
    fr = _article("fr", "fr", "Quelque 40 enfants ont été évacués.")
    figs = [_figure("f-es", es, "40", 40, "soldados"), _figure("f-fr", fr, "40", 40, "enfants")]
    assert _groups(figs, [es, fr]) == set()


def test_one_language_alone_is_left_to_the_counted_nouns():
    a = _article("a", "de", "Die Polizei zählte 22.000 Menschen im Stadion.")
    b = _article("b", "de", "Rund 22.000 Menschen verfolgten das Spiel.")
    figs = [_figure("f-a", a, "22.000", 22000, "Menschen"), _figure("f-b", b, "22.000", 22000, "Menschen")]
    assert _groups(figs, [a, b]) == set()


def test_an_amount_whose_currency_follows_in_the_text_meets_a_money_figure():
    en = _article("en", "en", "The region pledged €2.5 million in emergency aid on Tuesday.")
    it = _article("it", "it", "La regione ha stanziato 2,5 milioni di euro per i primi aiuti.")
    ko = _article("ko", "ko", "지방정부는 긴급 지원금으로 250만 유로를 배정했다.")
    figs = [_figure("f-en", en, "€2.5 million", 2_500_000, None, "money", "EUR"),
            _figure("f-it", it, "2,5 milioni", 2_500_000, "di"),
            _figure("f-ko", ko, "250만", 2_500_000, "유로를")]
    assert _groups(figs, [en, it, ko]) == {frozenset({"f-en", "f-it", "f-ko"})}


def test_a_count_followed_by_no_currency_is_no_amount():
    en = _article("en", "en", "The region pledged €2.5 million in emergency aid on Tuesday.")
    it = _article("it", "it", "Sono arrivati 2,5 milioni di visitatori quest'anno.")
    figs = [_figure("f-en", en, "€2.5 million", 2_500_000, None, "money", "EUR"),
            _figure("f-it", it, "2,5 milioni", 2_500_000, "di")]
    assert _groups(figs, [en, it]) == set()


def test_english_only_stories_keep_their_nouns():
    # an English story never takes the value path: "31 survivors" and "31 passengers" are two quantities there
    a = _article("a", "en", "Rescuers pulled 31 survivors from the water.")
    b = _article("b", "en", "The ferry carried 31 passengers when it left port.")
    figs = [_figure("f-a", a, "31", 31, "survivors"), _figure("f-b", b, "31", 31, "passengers")]
    assert _groups(figs, [a, b]) == set()


def test_counts_of_a_known_class_keep_their_other_values_when_others_join_by_value():
    # "340 intervenciones" names no listed class; it joins the procedures' block, where the French "nearly 350" is
    de = _article("de", "de", "Wegen des Streiks wurden 340 Operationen verschoben.")
    it = _article("it", "it", "Lo sciopero ha fatto rinviare 340 interventi programmati.")
    es = _article("es", "es", "La huelga obligó a aplazar 340 intervenciones.")
    fr = _article("fr", "fr", "La grève a fait reporter près de 350 opérations.")
    figs = [_figure("f-de", de, "340", 340, "Operationen"), _figure("f-it", it, "340", 340, "interventi"),
            _figure("f-es", es, "340", 340, "intervenciones"), _figure("f-fr", fr, "350", 350, "opérations")]
    assert _groups(figs, [de, it, es, fr]) == {frozenset({"f-de", "f-it", "f-es", "f-fr"})}


def test_an_amount_with_its_unit_found_meets_one_whose_currency_follows():
    de = _article("de", "de", "Die Regierung stellt 2,5 Millionen Euro Soforthilfe bereit.")
    es = _article("es", "es", "El Gobierno destinará 2,5 millones de euros a la ayuda urgente.")
    figs = [_figure("f-de", de, "2,5 Millionen", 2_500_000, "Euro", "money", "EUR"),
            _figure("f-es", es, "2,5 millones", 2_500_000, "de")]
    assert _groups(figs, [de, es]) == {frozenset({"f-de", "f-es"})}
