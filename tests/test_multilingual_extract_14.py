"""Issue 17, review of the sixth session's rules: a named person after a semicolon has a claim of her own, and a
surname that is also a day or a part of the day stays in the name. Every sentence is invented."""

from __future__ import annotations

import pytest

from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    ex = extract_by_rules(Article(id="x", text=text, lang=lang))
    names = {s.id: s.name for s in ex.sources}
    return [(st.text, names.get(st.source)) for st in ex.statements]


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("de", "Laut Polizei wurden 20 Menschen verletzt; Anna Berg nennt eine höhere Zahl.", "wurden 20 Menschen verletzt"),
    ("de", "Laut Polizei wurden 20 Menschen verletzt; Anna Berg, die Sprecherin der Klinik, spricht von 40.",
     "wurden 20 Menschen verletzt"),
    ("fr", "Selon la police, 96 personnes ont été blessées ; Marie Dupont en compte 140.",
     "96 personnes ont été blessées"),
])
def test_a_full_name_after_the_semicolon_ends_the_fronted_source_claim(lang, text, first):
    (content, _source), *_ = _read(text, lang)
    assert content == first


def test_a_noun_and_its_verb_after_the_semicolon_still_carry_the_source_on():
    ((content, source),) = _read("Nach Angaben der Küstenwache flossen 800 Tonnen Öl ins Meer; ein Ölteppich "
                                 "verschmutzt 25 Kilometer Küste.", "de")
    assert content.endswith("verschmutzt 25 Kilometer Küste") and source == "Küstenwache"


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("de", "„Die Lage ist ernst“, sagte Trainer Jonas Montag.", "Jonas Montag"),
    ("it", "«La situazione è sotto controllo», ha detto Luca Sera.", "Luca Sera"),
    ("it", "«La situazione è sotto controllo», ha detto il sindaco Paolo Mattina.", "Paolo Mattina"),
    ("es", "«Todo está bajo control», dijo el alcalde Juan Domingo.", "Juan Domingo"),
])
def test_a_surname_that_is_a_time_word_stays_in_the_name(lang, text, speaker):
    ((_content, source),) = _read(text, lang)
    assert source is not None and source.endswith(speaker)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("de", "„Die Lage ist ernst“, sagte das Gesundheitsministerium am Mittwoch.", "Gesundheitsministerium"),
    ("pt", "«Está tudo controlado», informou a polícia no domingo.", "polícia"),
])
def test_a_day_after_a_preposition_is_still_cut_from_the_speaker(lang, text, speaker):
    ((_content, source),) = _read(text, lang)
    assert source == speaker
