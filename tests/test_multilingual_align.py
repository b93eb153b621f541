"""Alignment across languages: one remark quoted in translation, one quantity written in local formats, and the
findings that follow from them; English-only stories never touch the multilingual encoder."""

from __future__ import annotations

import pytest

from newsledger.eval.multilingual import score
from newsledger.ledger import AlignedPair, Alignment, Article, Ledger, Statement
from newsledger.link import align as align_module
from newsledger.link import multilingual
from newsledger.link.align import calendar_keys, speaker_fit

from .outlet_kit import Outlet, build


def _outlet(name: str, lang: str, text: str, date: str = "2026-03-09") -> Outlet:
    out = Outlet(name, date, text)
    out.article = out.article.model_copy(update={"lang": lang})
    return out


def _statement_alignments(ledger: Ledger) -> list[Alignment]:
    return [a for a in ledger.alignments if a.kind == "statement"]


def _figure_alignments(ledger: Ledger) -> list[Alignment]:
    return [a for a in ledger.alignments if a.kind == "figure"]


EN_QUOTE = "We will not rest until every family in the valley has a roof again"
DE_QUOTE = "Wir werden nicht ruhen, bis jede Familie im Tal wieder ein Dach hat"
FR_QUOTE = "Nous ne nous reposerons pas tant que chaque famille de la vallée n'aura pas retrouvé un toit"
KO_QUOTE = "계곡의 모든 가족이 다시 지붕을 갖게 될 때까지 쉬지 않겠다"


def _dam_story() -> tuple[Ledger, dict[str, str]]:
    en = _outlet("valleytimes.example", "en", f'"{EN_QUOTE}," Governor Ilka Marsen told reporters.')
    en.source("Ilka Marsen")
    de = _outlet("talbote.example", "de", f"„{DE_QUOTE}“, sagte Gouverneurin Ilka Marsen.")
    de.source("Ilka Marsen")
    fr = _outlet("echodulac.example", "fr", f"« {FR_QUOTE} », a déclaré la gouverneure Ilka Marsen.")
    fr.source("Ilka Marsen")
    ko = _outlet("hangang.example", "ko", f"일카 마르센 주지사는 \"{KO_QUOTE}\"라고 말했다.")
    ko.source("일카 마르센")
    ids = {"en": en.say(EN_QUOTE, "Ilka Marsen"), "de": de.say(DE_QUOTE, "Ilka Marsen"),
           "fr": fr.say(FR_QUOTE, "Ilka Marsen"), "ko": ko.say(KO_QUOTE, "일카 마르센")}
    return build([en, de, fr, ko]), ids


def test_a_quote_and_its_translations_are_one_alignment():
    ledger, ids = _dam_story()
    [alignment] = _statement_alignments(ledger)
    assert alignment.members == sorted(ids.values())
    assert alignment.relation == "translation"
    # the Korean rendering is linked although its speaker is written in Hangul (another source record)
    assert any(ids["ko"] in (p.a, p.b) for p in alignment.pairs)
    assert {p.relation for p in alignment.pairs} == {"translation"}


def test_reported_speech_in_another_language_is_a_paraphrase():
    en = _outlet("valleytimes.example", "en", '"The water has started to go down overnight," Marek Holub said.')
    en.source("Marek Holub")
    sa = en.say("The water has started to go down overnight", "Marek Holub")
    es = _outlet("diariosur.example", "es", "Marek Holub explicó que el agua había empezado a bajar durante la noche.")
    es.source("Marek Holub")
    sb = es.say("el agua había empezado a bajar durante la noche", "Marek Holub", kind="indirect")
    [alignment] = _statement_alignments(build([en, es]))
    assert alignment.members == sorted([sa, sb])
    assert alignment.relation == "paraphrase"


def test_two_remarks_of_one_speaker_pair_with_their_own_translations():
    en = _outlet("valleytimes.example", "en",
                 '"The water has started to go down overnight," Marek Holub said. "Three roads are still cut off '
                 'near the river," he added.')
    en.source("Marek Holub")
    en_water = en.say("The water has started to go down overnight", "Marek Holub")
    en_roads = en.say("Three roads are still cut off near the river", "Marek Holub")
    de = _outlet("talbote.example", "de",
                 "„Das Wasser ist in der Nacht zurückgegangen“, sagte Marek Holub. „Drei Straßen am Fluss sind noch "
                 "gesperrt“, fügte er hinzu.")
    de.source("Marek Holub")
    de_water = de.say("Das Wasser ist in der Nacht zurückgegangen", "Marek Holub")
    de_roads = de.say("Drei Straßen am Fluss sind noch gesperrt", "Marek Holub")
    groups = sorted(a.members for a in _statement_alignments(build([en, de])))
    assert groups == sorted([sorted([en_water, de_water]), sorted([en_roads, de_roads])])


def test_different_named_speakers_are_not_aligned_across_languages():
    en = _outlet("valleytimes.example", "en", '"The search will go on through the night," Lucia Ferro said.')
    en.source("Lucia Ferro")
    en.say("The search will go on through the night", "Lucia Ferro")
    it = _outlet("corriere.example", "it", "«Le ricerche continueranno anche di notte», ha detto Paolo Dini.")
    it.source("Paolo Dini")
    it.say("Le ricerche continueranno anche di notte", "Paolo Dini")
    assert _statement_alignments(build([en, it])) == []


def test_a_speaker_the_other_article_names_beside_its_own_is_someone_else():
    en = _outlet("valleytimes.example", "en",
                 '"The search will go on through the night," the company said. Lucia Ferro arrived later.')
    en.source("company", kind="organisation", mention="the company")
    en.source("Lucia Ferro")
    en.say("The search will go on through the night", "company")
    it = _outlet("corriere.example", "it", "«Le ricerche continueranno anche di notte», ha detto Lucia Ferro.")
    it.source("Lucia Ferro")
    it.say("Le ricerche continueranno anche di notte", "Lucia Ferro")
    ledger = build([en, it])
    assert _statement_alignments(ledger) == []
    company, ferro = (next(s for s in ledger.sources if s.name == n) for n in ("company", "Lucia Ferro"))
    st_en = next(s for s in ledger.statements if s.source == company.id)
    st_it = next(s for s in ledger.statements if s.source == ferro.id)
    assert speaker_fit(st_en, st_it, {s.id: s for s in ledger.sources}) == "different"


def test_different_months_are_different_remarks():
    assert calendar_keys("inspected in February") == {"m2"}
    assert calendar_keys("im März überprüft") == calendar_keys("segnalate già a marzo") == {"m3"}
    assert calendar_keys("3월에 점검했다") == {"m3"}
    en = _outlet("valleytimes.example", "en", "The company said the tunnel had been inspected in February.")
    en.source("Serra Mining", kind="organisation", mention="The company")
    en.say("the tunnel had been inspected in February", "Serra Mining", kind="indirect")
    de = _outlet("talbote.example", "de", "Die Firma erklärte, der Stollen sei im März überprüft worden.")
    de.source("Serra Mining", kind="organisation", mention="Die Firma")
    de.say("der Stollen sei im März überprüft worden", "Serra Mining", kind="indirect")
    assert _statement_alignments(build([en, de])) == []


def test_different_figures_in_a_remark_are_different_remarks():
    en = _outlet("valleytimes.example", "en", '"We evacuated 40 families from the valley," Ilka Marsen said.')
    en.source("Ilka Marsen")
    sa = en.say("We evacuated 40 families from the valley", "Ilka Marsen")
    en.figure("40", 40, "displaced", speaker="Ilka Marsen", counted="families", statement=sa)
    de = _outlet("talbote.example", "de", "„Wir haben 400 Familien aus dem Tal evakuiert“, sagte Ilka Marsen.")
    de.source("Ilka Marsen")
    sb = de.say("Wir haben 400 Familien aus dem Tal evakuiert", "Ilka Marsen")
    de.figure("400", 400, "displaced", speaker="Ilka Marsen", counted="Familien", statement=sb)
    assert _statement_alignments(build([en, de])) == []


def test_one_quantity_in_local_formats_is_one_figure_alignment():
    en = _outlet("valleytimes.example", "en", "More than 3,000 residents were evacuated. At least 14 people died.")
    en_ev = en.figure("More than 3,000", 3000, "displaced", qualifier="more than", counted="residents")
    en_k = en.figure("At least 14", 14, "killed", qualifier="at least", counted="people")
    de = _outlet("talbote.example", "de", "Mehr als 3.000 Menschen mussten ihre Häuser verlassen. 14 Bergleute starben.")
    de_ev = de.figure("Mehr als 3.000", 3000, "displaced", qualifier="more than", counted="Menschen")
    de_k = de.figure("14", 14, "killed", counted="Bergleute")
    de2 = _outlet("rheinblatt.example", "de", "Rund 3.000 Bewohner wurden evakuiert, mindestens 14 Menschen getötet.")
    de2_ev = de2.figure("Rund 3.000", 3000, "displaced", qualifier="about", counted="Bewohner")
    de2_k = de2.figure("mindestens 14", 14, "killed", qualifier="at least", counted="Menschen")
    ko = _outlet("hangang.example", "ko", "주민 3천여 명이 대피했다. 최소 14명이 숨졌다.")
    ko_ev = ko.figure("3천여", 3000, "displaced", qualifier="more than", counted="명이")
    ko_k = ko.figure("14", 14, "killed", qualifier="at least", counted="명이")
    groups = sorted(a.members for a in _figure_alignments(build([en, de, de2, ko])))
    # German nouns are all capitalised: "Bergleute" and "Menschen" are no names that set two counts apart
    assert groups == sorted([sorted([en_ev, de_ev, de2_ev, ko_ev]), sorted([en_k, de_k, de2_k, ko_k])])


def test_an_uncounted_quantity_meets_its_translation():
    en = _outlet("valleytimes.example", "en", "The ferry was carrying 212 passengers.")
    en_f = en.figure("212", 212, "other", counted="passengers")
    it = _outlet("corriere.example", "it", "Il traghetto trasportava 212 passeggeri.")
    it_f = it.figure("212", 212, "other", counted="passeggeri")
    ko = _outlet("hangang.example", "ko", "여객선에는 승객 212명이 타고 있었다.")
    ko_f = ko.figure("212", 212, "other", counted="승객을")
    [alignment] = _figure_alignments(build([en, it, ko]))
    assert alignment.members == sorted([en_f, it_f, ko_f])


def test_findings_across_languages_are_english_and_quote_the_original_words():
    en = _outlet("valleytimes.example", "en",
                 '"The water has started to go down overnight," Marek Holub said. More than 3,000 residents fled.',
                 date="2026-03-09")
    en.source("Marek Holub")
    en.say("The water has started to go down overnight", "Marek Holub")
    en.figure("More than 3,000", 3000, "displaced", qualifier="more than", counted="residents")
    de = _outlet("talbote.example", "de",
                 "„Das Wasser ist in der Nacht zurückgegangen“, sagte Marek Holub. Rund 9.000 Menschen flohen.",
                 date="2026-03-10")
    de.source("Marek Holub")
    de.say("Das Wasser ist in der Nacht zurückgegangen", "Marek Holub")
    de.figure("Rund 9.000", 9000, "displaced", qualifier="about", counted="Menschen")
    fr = _outlet("echodulac.example", "fr", "Plus de 3 000 habitants ont fui la vallée.", date="2026-03-10")
    fr.figure("Plus de 3 000", 3000, "displaced", qualifier="more than", counted="habitants")
    ledger = build([en, de, fr])
    [st_alignment] = _statement_alignments(ledger)
    assert st_alignment.relation == "translation"
    omissions = [f for f in ledger.findings if f.kind == "omission"]
    # the statement is carried by two outlets in two languages: only the French one leaves it out
    assert [f for f in omissions if "echodulac.example leaves out" in f.summary]
    assert not [f for f in omissions if "statement" in f.summary and "echodulac.example leaves out" not in f.summary]
    left_out = next(f for f in omissions if "echodulac.example leaves out" in f.summary)
    assert "The water has started to go down overnight" in left_out.summary \
        or "Das Wasser ist in der Nacht zurückgegangen" in left_out.summary
    [discrepancy] = [f for f in ledger.findings if f.kind == "discrepancy"]
    assert "9,000" in discrepancy.summary and "3,000" in discrepancy.summary and " while " in discrepancy.summary


def test_english_stories_never_load_the_multilingual_encoder(monkeypatch):
    def refuse(texts):
        raise AssertionError("the multilingual encoder was called for an English-only story")

    monkeypatch.setattr(multilingual, "encode", refuse)
    monkeypatch.setattr(multilingual, "_model", refuse)
    a = Outlet("north.example", "2025-04-01", '"The harbour district will be rebuilt within a year," Mara Lind said.')
    a.source("Mara Lind")
    sa = a.say("The harbour district will be rebuilt within a year", "Mara Lind")
    b = Outlet("south.example", "2025-04-02", '"We are going to rebuild the harbour district in a year," Mara Lind said.')
    b.source("Mara Lind")
    sb = b.say("We are going to rebuild the harbour district in a year", "Mara Lind")
    [alignment] = _statement_alignments(build([a, b]))
    assert alignment.members == sorted([sa, sb])
    assert align_module.english(None) and align_module.english("en") and not align_module.english("de")


def test_scorer_counts_every_member_pair_of_an_alignment():
    text = '"Wir bleiben", sagte Anna Berg.'
    gold = [{"id": f"a{i}", "lang": lang, "story": "s", "text": text,
             "statements": [{"start": 1, "end": 11, "speaker_forms": ["Anna Berg"], "utterance": "u1"}],
             "figures": []} for i, lang in enumerate(("de", "fr", "ko"))]
    statements = [Statement(id=f"p{i}", article=f"a{i}", kind="direct", start=1, end=11, text="Wir bleiben")
                  for i in range(3)]
    # one alignment of three members whose evidence lists two pairs: it still claims all three render one remark
    alignment = Alignment(id="al", kind="statement", story="s", members=["p0", "p1", "p2"], relation="translation",
                          pairs=[AlignedPair(a="p0", b="p1", relation="translation", score=0.9),
                                 AlignedPair(a="p1", b="p2", relation="translation", score=0.8)])
    ledger = Ledger(articles=[Article(id=g["id"], text=text, lang=g["lang"]) for g in gold], statements=statements,
                    alignments=[alignment])
    scored = score(gold, ledger)["statement_alignments"]
    assert scored["cross_language"]["tp"] == 3 and scored["cross_language"]["f1"] == pytest.approx(1.0)
    assert scored["by_language_pair"]["de-ko"]["tp"] == 1


def test_two_remarks_on_one_topic_in_one_language_stay_apart():
    a = _outlet("corriere.example", "it", "«Le ricerche continueranno anche di notte», ha detto Lucia Ferro.")
    a.source("Lucia Ferro")
    a.say("Le ricerche continueranno anche di notte", "Lucia Ferro")
    b = _outlet("gazzetta.example", "it", "«Le ricerche sono sospese fino a domani», ha detto Lucia Ferro.")
    b.source("Lucia Ferro")
    b.say("Le ricerche sono sospese fino a domani", "Lucia Ferro")
    assert _statement_alignments(build([a, b])) == []
