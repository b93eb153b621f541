"""Issue 17, link round 12: a construction checklist for alignment across languages, written before the system was
run on it. Each item is two invented one-paragraph articles in two languages and the verdict expected: one remark
rendered in the other language (aligned) or a near miss (the same speaker's other remark, the same topic in another
speaker's words, a number, year, weekday or country changed: never aligned). Each item goes through the pipeline's
public steps (extract_articles, merge_sources, align) as one story of two articles. Invented names and sentences."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pytest

from newsledger.extract import extract_articles
from newsledger.ledger import Article, Source, Statement, Story
from newsledger.link import align
from newsledger.link.sources import merge_sources
from newsledger.link.words import percent_written, ratio_percents


@dataclass(frozen=True)
class Item:
    name: str
    lang_a: str
    text_a: str
    key_a: str  # words inside the statement of article A the verdict is about
    lang_b: str
    text_b: str
    key_b: str
    aligned: bool  # the verdict written before the system was run


CHECKLIST: tuple[Item, ...] = (
    # one remark, translated
    Item("same-name-en-de", "en", '"We will reopen the bridge before the first snow," Mayor Lena Hartwig said on Monday.',
         "reopen the bridge", "de",
         "„Wir werden die Brücke vor dem ersten Schnee wieder öffnen“, sagte Bürgermeisterin Lena Hartwig am Montag.",
         "Brücke", True),
    Item("accent-variant-fr-es", "fr", "« Nous ne retirerons pas nos troupes », a déclaré le ministre Dmitri Saveliev.",
         "retirerons", "es", '"No retiraremos nuestras tropas", afirmó el ministro Dmitri Savéliev.', "retiraremos",
         True),
    Item("transliterated-de-en", "de",
         "„Wir ziehen unsere Truppen nicht ab“, sagte Verteidigungsminister Dmitrij Saweljew.", "Truppen", "en",
         '"We will not withdraw our troops," Defence Minister Dmitry Savelyev said.', "withdraw", True),
    Item("hangul-name-ko-en", "ko", '박서준 대변인은 "구조 작업은 밤새 계속될 것"이라고 말했다.', "구조 작업", "en",
         '"Rescue work will continue through the night," spokesman Park Seo-jun said.', "Rescue work", True),
    Item("number-words-it-pt", "it", "Secondo la protezione civile, oltre 2.000 persone sono state evacuate.",
         "persone", "pt", "Mais de 2 mil pessoas foram retiradas de casa, segundo a proteção civil.", "pessoas", True),
    Item("korean-units-de-ko", "de", "Nach Angaben der Polizei wurden mehr als 3.000 Menschen in Sicherheit gebracht.",
         "Menschen", "ko", "경찰에 따르면 3천여 명이 대피했다.", "대피", True),
    Item("title-vs-name-es-fr", "es", '"El hospital está desbordado", dijo la directora del hospital, Carmen Ibarra.',
         "desbordado", "fr", "« L'hôpital est débordé », a déclaré sa directrice.", "débordé", True),
    Item("ratio-vs-percent-en-it", "en", "Nine in ten homes had power again by Tuesday noon, the grid operator said.",
         "homes", "it", "Il 90% delle case aveva di nuovo la corrente martedì a mezzogiorno, ha detto il gestore della "
         "rete.", "case", True),
    Item("approximate-ten-pt-es", "pt", "A empresa disse que cerca de uma dezena de farmácias ficaram sem vacinas.",
         "farmácias", "es", "La empresa dijo que una decena de farmacias se quedaron sin vacunas.", "farmacias", True),
    Item("weekday-fr-de", "fr", "« Les écoles rouvriront jeudi », a annoncé la préfète Anne Vautrin.", "écoles", "de",
         "„Die Schulen öffnen am Donnerstag wieder“, kündigte Präfektin Anne Vautrin an.", "Schulen", True),
    Item("hangul-minister-ko-de", "ko", '김소율 장관은 "우리는 이 합의를 지지한다"고 밝혔다.', "합의", "de",
         "„Wir unterstützen diese Vereinbarung“, sagte Ministerin Kim So-yul.", "Vereinbarung", True),
    Item("reported-speech-en-es", "en", "Fire chief Tomas Rell said the blaze had been caused by a faulty heater.",
         "blaze", "es", "El jefe de bomberos, Tomas Rell, dijo que el incendio fue causado por un calefactor defectuoso.",
         "incendio", True),
    Item("millions-fr-it", "fr", "« La réparation coûtera environ 12 millions d'euros », a précisé l'ingénieur Paolo "
         "Greco.", "réparation", "it", '"La riparazione costerà circa 12 milioni di euro", ha precisato l\'ingegnere '
         "Paolo Greco.", "riparazione", True),
    Item("ukrainian-name-de-pt", "de", "„Die Stadt ist sicher“, sagte Bürgermeister Wolodymyr Hrynenko.", "Stadt", "pt",
         '"A cidade está segura", disse o prefeito Volodymyr Hrynenko.', "cidade", True),
    Item("decimal-comma-en-fr", "en", "Turnout reached 61.5 percent, the electoral commission said.", "Turnout", "fr",
         "La participation a atteint 61,5 %, selon la commission électorale.", "participation", True),
    Item("thousands-dot-es-it", "es", '"Hemos perdido 4.700 empleos en un año", lamentó el sindicalista Luis Ortega.',
         "empleos", "it", '"Abbiamo perso 4.700 posti di lavoro in un anno", ha lamentato il sindacalista Luis Ortega.',
         "posti", True),
    Item("man-unit-ko-fr", "ko", '소방당국은 "주민 1만5천 명이 대피했다"고 밝혔다.', "주민", "fr",
         "« 15 000 habitants ont été évacués », ont indiqué les pompiers.", "habitants", True),
    Item("surname-only-en-pt", "en", '"The dam is stable," said engineer Rui Cardoso.', "dam", "pt",
         '"A barragem está estável", afirmou Cardoso.', "barragem", True),
    # near misses
    Item("same-speaker-other-remark-en-de", "en",
         '"We will reopen the bridge before the first snow," Mayor Lena Hartwig said.', "reopen", "de",
         "„Die Kosten trägt das Land“, sagte Bürgermeisterin Lena Hartwig.", "Kosten", False),
    Item("same-speaker-other-remark-ko-en", "ko", '박서준 대변인은 "실종자 가족들에게 깊은 위로를 전한다"고 말했다.', "위로",
         "en", '"Rescue work will continue through the night," spokesman Park Seo-jun said.', "Rescue", False),
    Item("same-topic-other-speaker-fr-es", "fr",
         "« Nous ne retirerons pas nos troupes », a déclaré le ministre Dmitri Saveliev.", "troupes", "es",
         '"Las tropas deben retirarse de inmediato", exigió la canciller Marta Villalba.', "tropas", False),
    Item("same-topic-other-speaker-de-it", "de", "„Die Brücke ist sicher“, sagte Ingenieur Jonas Weber.", "Brücke",
         "it", '"Il ponte non è sicuro", ha detto l\'ispettrice Giulia Ferraro.', "ponte", False),
    Item("number-changed-de-pt", "de", "„Mehr als 3.000 Menschen wurden evakuiert“, sagte Polizeisprecher Karl Brandt.",
         "Menschen", "pt", '"Mais de 5.000 pessoas foram retiradas", afirmou o porta-voz da polícia Karl Brandt.',
         "pessoas", False),
    Item("number-changed-es-fr", "es", '"Hemos perdido 4.700 empleos", lamentó el sindicalista Luis Ortega.',
         "empleos", "fr", "« Nous avons perdu 7 400 emplois », a déploré le syndicaliste Luis Ortega.", "emplois",
         False),
    Item("year-changed-en-it", "en", '"The plant will close in 2029," the company said.', "plant", "it",
         '"L\'impianto chiuderà nel 2031", ha detto l\'azienda.', "impianto", False),
    Item("weekday-changed-fr-de", "fr", "« Les écoles rouvriront jeudi », a annoncé la préfète Anne Vautrin.", "écoles",
         "de", "„Die Schulen öffnen am Montag wieder“, kündigte Präfektin Anne Vautrin an.", "Schulen", False),
    Item("country-changed-en-ko", "en", '"No Germans were among the victims," the embassy said.', "Germans", "ko",
         '대사관은 "희생자 중 프랑스인은 없다"고 밝혔다.', "희생자", False),
    Item("same-value-other-quantity-pt-es", "pt", '"A obra vai custar 20 milhões", disse o ministro Rui Sampaio.',
         "obra", "es", '"La obra durará 20 meses", dijo el ministro Rui Sampaio.', "obra", False),
    Item("same-topic-two-descriptions-it-en", "it",
         '"Le ricerche proseguiranno anche nelle ore notturne", ha detto un portavoce dei soccorritori.', "ricerche", "en",
         '"The search has been suspended until morning," a police spokesman said.', "search", False),
    Item("same-words-other-person-ko-de", "ko", '이민호 교수는 "지진은 예측할 수 없다"고 말했다.', "지진", "de",
         "„Erdbeben lassen sich nicht vorhersagen“, sagte der Geologe Lukas Brenner.", "Erdbeben", False),
    Item("number-changed-ko-en", "ko", '경찰은 "2천 명이 대피했다"고 밝혔다.', "대피", "en",
         '"About 20,000 people were evacuated," police said.', "evacuated", False),
    Item("negated-de-es", "de", "„Wir werden die Steuern nicht erhöhen“, sagte Finanzministerin Petra Lindqvist.",
         "Steuern", "es", '"Vamos a subir los impuestos", dijo la ministra de Finanzas Petra Lindqvist.', "impuestos",
         False),
)


def _articles(item: Item) -> list[Article]:
    return [Article(id=f"{item.name}-a", text=item.text_a, lang=item.lang_a, date="2026-03-02"),
            Article(id=f"{item.name}-b", text=item.text_b, lang=item.lang_b, date="2026-03-02")]


@lru_cache(maxsize=1)
def _verdicts() -> dict[str, bool | None]:
    """Item name → whether its two statements share a statement alignment (None: a side yielded no statement
    holding its key, an extraction miss, not the linker's)."""
    articles = [a for item in CHECKLIST for a in _articles(item)]
    extractions = {x.article.id: x for x in extract_articles(articles, budget=None)}
    out: dict[str, bool | None] = {}
    for item in CHECKLIST:
        story = Story(id=f"story-{item.name}", label=item.name, articles=[f"{item.name}-a", f"{item.name}-b"])
        pair = [extractions[f"{item.name}-a"], extractions[f"{item.name}-b"]]
        merged = merge_sources(pair, [story])
        ids = []
        for side, key in (("a", item.key_a), ("b", item.key_b)):
            found = [st.id for st in merged.statements if st.article == f"{item.name}-{side}" and key in st.text]
            ids.append(found[0] if found else None)
        if None in ids:
            out[item.name] = None
            continue
        alignments = align.align(merged.articles, merged.statements, merged.figures, merged.sources, [story])
        out[item.name] = any(a.kind == "statement" and set(ids) <= set(a.members) for a in alignments)
    return out


# Before this round's changes 28 of the 32 passed (ratio-vs-percent-en-it, same-topic-two-descriptions-it-en,
# same-words-other-person-ko-de and negated-de-es failed); after, 31.
STILL_FAILING: tuple[str, ...] = (
    # one speaker saying the opposite: the encoder scores a remark and its negation .69, over the same speaker's bar
    "negated-de-es",
)
PASSING: tuple[str, ...] = tuple(i.name for i in CHECKLIST if i.name not in STILL_FAILING)
AT_LEAST = 31  # of the whole checklist: the count after this round


def test_checklist_is_written_with_verdicts_of_both_kinds() -> None:
    assert len(CHECKLIST) >= 30
    assert len({i.name for i in CHECKLIST}) == len(CHECKLIST)
    assert {i.aligned for i in CHECKLIST} == {True, False}
    assert not set(PASSING) & set(STILL_FAILING)


@pytest.mark.parametrize("name", PASSING)
def test_checklist_item(name: str) -> None:
    item = next(i for i in CHECKLIST if i.name == name)
    assert _verdicts()[name] is item.aligned


def test_checklist_pass_count() -> None:
    verdicts = _verdicts()
    passed = sum(verdicts[i.name] is i.aligned for i in CHECKLIST)
    assert passed >= AT_LEAST


# The rules behind the fixed items, each on its own.

@pytest.mark.parametrize(("text", "percent"), [
    ("Nine in ten homes had power again", 90.0),
    ("9 out of 10 homes had power again", 90.0),
    ("hatten wieder neun von zehn Häusern Strom", 90.0),
    ("neuf foyers sur dix ont retrouvé le courant", 90.0),
    ("nove case su dieci hanno di nuovo la corrente", 90.0),
    ("nueve de cada diez hogares tienen luz", 90.0),
    ("nove em cada dez casas têm luz", 90.0),
    ("10가구 중 9가구에 전력이 돌아왔다", 90.0),
    ("열 가구 중 아홉 가구에 전기가 들어왔다", 90.0),
    ("one in 20 residents left the valley", 5.0),
])
def test_a_share_written_as_a_ratio_reads_as_its_percentage(text: str, percent: float) -> None:
    assert set(ratio_percents(text)) == {percent}
    assert f"{percent:g}%" in percent_written(text)


@pytest.mark.parametrize("text", [
    "five people were killed in 2023",  # a count and a year
    "die Zahl stieg von 4 auf 10",  # a rise, no share
    "dix voitures sur 5 kilomètres",  # more than the whole
    "two of the victims were children",  # "of" joins too much to read as a share
    "ihm droht ein Bußgeld von 4 Millionen Euro",  # "ein" before a noun is the article
    "환자는 15명이며 이 중 3명은 중상이다",  # of these 15, three: a part of a count, no share
    "Of the 12 climbers, 3 in the second rope were hurt",  # a comma parts two phrases
    "sette, su nove chilometri",
])
def test_numbers_that_are_no_share_are_left_alone(text: str) -> None:
    assert ratio_percents(text) == {}
    assert percent_written(text) == text


def _statement(sid: str, article: str, text: str, source: str) -> Statement:
    return Statement(id=sid, article=article, kind="indirect", start=0, end=len(text), text=text, source=source)


def test_a_ratio_and_its_percentage_are_one_fact_and_another_share_is_not() -> None:
    a = _statement("a#s0", "a", "neun von zehn Haushalten hatten wieder Strom", "x")
    b = _statement("b#s0", "b", "il 90% delle case aveva di nuovo la corrente", "y")
    c = _statement("c#s0", "c", "il 60% delle case aveva di nuovo la corrente", "y")
    # extraction read "zehn" as a count of households: the ratio's whole is no figure of its own
    values = {"a#s0": frozenset({10.0}), "b#s0": frozenset({90.0}), "c#s0": frozenset({60.0})}
    assert align._facts_agree_across(a, b, values)
    assert not align._facts_agree_across(a, c, values)


def _body(sid: str, name: str, kind: str = "organisation", descriptions: tuple[str, ...] = ()) -> Source:
    return Source(id=sid, name=name, aliases=[name], kind=kind, descriptions=list(descriptions))


def test_two_bodies_the_table_tells_apart_are_two_speakers() -> None:
    sources = {"police": _body("police", "a police spokesman", "government"),
               "rescue": _body("rescue", "portavoce dei soccorritori", "person", ("portavoce",)),
               "polizia": _body("polizia", "la polizia"),
               "union": _body("union", "Jonas Wendtner", "person", ("Gewerkschaftssprecher",))}
    st = {sid: _statement(f"{sid}#s0", sid, "…", sid) for sid in sources}
    assert align.speaker_fit(st["police"], st["rescue"], sources) == "different"
    assert align.speaker_fit(st["union"], st["police"], sources) == "different"
    # one body in two languages is still one speaker
    assert align.speaker_fit(st["police"], st["polizia"], sources) == "same"


def _person(sid: str, name: str) -> Source:
    return Source(id=sid, name=name, aliases=[name], kind="person")


@pytest.mark.parametrize(("one", "other"), [
    ("Jelisaweta Worontowa", "Elisaveta Vorontova"),  # German Je- and the plain E- of Spanish or Italian outlets
    ("Yekaterina Lomova", "Ekaterina Lomova"),
])
def test_a_name_opening_with_cyrillic_ye_is_one_name_however_written(one: str, other: str) -> None:
    sources = {"x": _person("x", one), "y": _person("y", other)}
    a, b = (_statement(f"{s}#s0", s, "…", s) for s in ("x", "y"))
    assert align.speaker_fit(a, b, sources) == "same"


def test_another_given_name_is_still_not_the_same_person() -> None:
    sources = {"x": _person("x", "Jelisaweta Worontowa"), "y": _person("y", "Irina Vorontova")}
    a, b = (_statement(f"{s}#s0", s, "…", s) for s in ("x", "y"))
    assert align.speaker_fit(a, b, sources) != "same"


def test_a_korean_named_in_hangul_before_a_title_is_not_a_latin_name_it_does_not_sound_like() -> None:
    sources = {"ko": Source(id="ko", name="이민호 교수", aliases=["이민호 교수"], kind="unknown"),
               "de": _person("de", "Lukas Brenner"), "en": _person("en", "Lee Min-ho"),
               "body": Source(id="body", name="해안경비대 사령관", aliases=["해안경비대 사령관"], kind="unknown")}
    ko, de, en, body = (_statement(f"{s}#s0", s, "…", s) for s in ("ko", "de", "en", "body"))
    assert align.speaker_fit(ko, de, sources) == "different"
    # the given name romanised (family names too irregularly: 이 is Lee, Yi, Rhee) is not told apart
    assert align.speaker_fit(ko, en, sources) != "different"
    # a description in Hangul may still be the named person
    assert align.speaker_fit(body, de, sources) == "unknown"
    # two speakers named in Hangul are not judged by this rule
    sources["ko2"] = Source(id="ko2", name="박서연 대변인", aliases=["박서연 대변인"], kind="person")
    ko2 = _statement("ko2#s0", "ko2", "…", "ko2")
    assert align.speaker_fit(ko, ko2, sources) != "different"
