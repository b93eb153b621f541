"""Stories across languages, learnt from the burned multilingual test part 3 (issue 17): a Korean report linked by a
gist that reaches past its headline, by the days of the month it names ("14일") and by numbers read in each
language's own format ("3.000", "3 000", "3천" are one number). Invented sentences only."""

from __future__ import annotations

import datetime as dt

from newsledger.ledger import Article
from newsledger.link.stories import _lead, _local_number_keys, event_days, features

PUBLISHED = dt.date(2026, 3, 16).toordinal()


def test_lead_takes_the_sentences_asked_for():
    text = "A bridge over the Varna river gave way on Monday morning. Nine cars fell into the water below the bridge, police said. More."
    assert _lead(text) == "A bridge over the Varna river gave way on Monday morning."
    assert _lead(text, 400, 2) == (
        "A bridge over the Varna river gave way on Monday morning. Nine cars fell into the water below the bridge, police said.")


def test_lead_of_one_sentence_text_is_the_text():
    assert _lead("Only one sentence here without an end", 400, 2) == "Only one sentence here without an end"


def test_gist_holds_headline_and_two_sentences():
    art = Article(id="x", title="Brücke eingestürzt", lang="de", date="2026-03-16",
                  text="Eine Brücke über die Varna ist am Montag eingestürzt. Neun Autos stürzten am Morgen in den Fluss unter der Brücke. "
                       "Die Polizei sperrte die Straße.")
    gist = features(art).gist
    assert "Neun Autos" in gist and "Polizei" not in gist and gist.startswith("Brücke eingestürzt")


def test_korean_day_of_month_is_this_months_day():
    assert event_days("지난 14일 오전 다리가 무너졌다.", PUBLISHED, "ko") == (dt.date(2026, 3, 14).toordinal(),)


def test_korean_day_still_to_come_is_last_months():
    assert event_days("28일 밤 정전이 발생했다.", PUBLISHED, "ko") == (dt.date(2026, 2, 28).toordinal(),)


def test_korean_month_and_day():
    assert event_days("2월 3일 열차가 탈선했다.", PUBLISHED, "ko") == (dt.date(2026, 2, 3).toordinal(),)


def test_korean_durations_are_no_dates():
    assert event_days("파업이 5일째 이어졌고 3일간 진료가 멈췄다. 10일 동안 비가 왔다.", PUBLISHED, "ko") == ()


def test_day_of_month_only_where_the_language_writes_it():
    # an English "14" after no month name is no date; neither is Korean text read without its language
    assert event_days("He was 14 when he left.", PUBLISHED, "en") == ()
    assert event_days("지난 14일 오전", PUBLISHED, None) == ()


def test_numbers_in_local_formats_are_one_key():
    de = _local_number_keys(("Mehr als 3.000 Menschen flohen, das Wasser stieg um 4,5 Meter.",), "de")
    fr = _local_number_keys(("Plus de 3 000 habitants ont fui.",), "fr")
    ko = _local_number_keys(("주민 3천여 명이 대피했고 1만5천 가구가 정전됐다.",), "ko")
    assert de == {"#3000": 1, "#4.5": 1}
    assert fr == {"#3000": 1}
    assert ko == {"#3000": 1, "#15000": 1}


def test_number_words_count_where_the_language_reads_them():
    assert _local_number_keys(("Tres mil vecinos fueron evacuados y 41 resultaron heridos.",), "es") == {
        "#3000": 1, "#41": 1}


def test_clock_times_are_no_numbers_and_english_is_read_as_written():
    assert _local_number_keys(("Der Damm brach um 14:30 Uhr.",), "de") == {}
    assert _local_number_keys(("More than 3,000 people fled.",), "en") is None
    assert _local_number_keys(("Mais de 3.000 pessoas.",), None) is None


def test_a_german_and_a_french_report_share_the_number_of_evacuated():
    de = Article(id="d", title="Damm gebrochen", lang="de", date="2026-03-16",
                 text="Mehr als 3.000 Anwohner mussten ihre Häuser in der Nacht zum Montag verlassen.")
    fr = Article(id="f", title="Rupture d'un barrage", lang="fr", date="2026-03-16",
                 text="Plus de 3 000 habitants ont dû quitter leur maison dans la nuit de dimanche à lundi.")
    assert "#3000" in features(de).numbers.keys() & features(fr).numbers.keys()
