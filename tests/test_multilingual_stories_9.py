"""Stories across languages, learnt from the multilingual test part 5 (ml6-*, scored once, now dev; issue 17): the
Korean reports that stayed outside their stories. A Korean name is met in the Latin spelling outlets give it
(해림 / Haerim, the Revised Romanization and its older spellings), a foreign name in Hangul by enough of its sound,
Korean compounds of a name and its kind (가람군, 은빛저수지) are read for the name they open with, and two articles
in a script without capitals (no name keys) are compared through the encoder's gists. Numbers become story keys
as each language's data says (English: as written). Invented sentences only."""

from __future__ import annotations

import pytest

from newsledger.ledger import Article
from newsledger.link import phonetic, stories
from newsledger.link.stories import (
    StoryIndex,
    _by_gist,
    _caseless,
    _local_number_keys,
    _names_across_scripts,
    _number_keys,
    _tokens,
    features,
)

DAY = "2026-05-12"


def _art(aid: str, lang: str, title: str, text: str, outlet: str, date: str = DAY) -> Article:
    return Article(id=aid, lang=lang, title=title, text=text, outlet=outlet, date=date)


KO_DAM = _art(
    "ko-dam", "ko", "가람군 은빛저수지 둑 붕괴…주민 300명 대피",
    "11일 밤 가람군 은빛저수지의 둑 일부가 무너져 하류 마을 주민 300명이 대피했다. 군청은 12일 오전 "
    "복구 작업에 들어갔다고 밝혔다. 저수지를 관리하는 한들농업공사 측은 원인을 조사하고 있다고 전했다.",
    "hanmaeul.kr")
EN_DAM = _art(
    "en-dam", "en", "Dam wall gives way at Eunbit reservoir in Garam County",
    "Part of the dam wall at the Eunbit reservoir in Garam County, South Korea, collapsed on Monday night, and 300 "
    "villagers downstream were evacuated. Handeul Farming Corporation, which runs the reservoir, said it was "
    "investigating the cause.",
    "northwire.example")


# -- romanisation ------------------------------------------------------------------------------------------------------


def test_a_korean_name_is_given_its_latin_spellings():
    assert "haerim" in phonetic.romanisations("해림")
    assert {"myeongseok", "myungsuk"} <= phonetic.romanisations("명석")
    assert "gyeongho" in phonetic.romanisations("경호") and "kyungho" in phonetic.romanisations("경호")
    assert "eunbit" in phonetic.romanisations("은빛")


def test_only_short_words_all_in_hangul_are_romanised():
    assert phonetic.romanisations("Haerim") == frozenset()
    assert phonetic.romanisations("해림A") == frozenset()
    assert phonetic.romanisations("가나다라마바") == frozenset()  # longer than a name


def test_sound_classes_read_gn_and_ng_both_ways():
    assert phonetic.same_name("카르비뇨", "Carvigno")  # Italian gn: one nasal
    assert {"PKNR", "PNR"} <= phonetic.keys("Wagner")  # German: a g and an n (바그너), or one nasal
    assert phonetic.same_name("송암", "Songam")  # romanised Korean: a final ㅇ before a vowel
    assert phonetic.same_name("잉그리드", "Ingrid")  # elsewhere an n and a g


# -- names across scripts --------------------------------------------------------------------------------------------


def test_names_in_korean_compounds_meet_their_romanised_spelling():
    spelled, _ = _names_across_scripts(features(KO_DAM), features(EN_DAM))
    # 가람군 (Garam County) and 은빛저수지 (Eunbit reservoir) open with the names; 한들농업공사 with Handeul
    assert {"garam", "eunbit"} <= spelled


def test_a_compound_is_read_for_its_name_only_in_the_headline():
    body_only = _art("ko-body", "ko", "저수지 둑 붕괴", "주민들은 은빛저수지 아래에 산다.", "hanmaeul.kr")
    spelled, _ = _names_across_scripts(features(body_only), features(EN_DAM))
    assert "eunbit" not in spelled


def test_one_short_name_heard_by_sound_is_no_evidence():
    ko = _art("ko-x", "ko", "시의회 예산 발표", "토마스 의원은 12일 새 예산을 발표했다.", "hanmaeul.kr")
    en = _art("en-x", "en", "Budget day", "Tomas Brenner, a council member, spoke about parks on Tuesday.",
              "northwire.example")
    spelled, heard = _names_across_scripts(features(ko), features(en))
    assert heard == {("tomas", 3)} and not spelled  # 토마스 is heard as Tomas (TMS), not spelled so (tomaseu)
    f = stories.pair_features(features(ko), features(en), stories._Stats())
    assert f["names"] == 0.0  # one name of three classes: the chance a common word has


def test_enough_names_heard_by_sound_count_as_shared(monkeypatch):
    monkeypatch.setattr(stories, "_gist_similarity", lambda a, b: 0.0)
    ko = _art("ko-y", "ko", "카스텔베르데 시장, 베르토키 설비 조사 지시",
              "카스텔베르데 시장은 베르토키 설비의 공사 기록을 조사하라고 지시했다. 가스파레 국장이 브리핑했다.", "hanmaeul.kr")
    it = _art("it-y", "it", "Il sindaco Castelverde ordina un'indagine sulla Bertocchi Impianti",
              "Il sindaco Castelverde ha ordinato un'indagine sulla Bertocchi Impianti. Ha parlato il direttore Gaspare.",
              "giornale.example")
    _, heard = _names_across_scripts(features(ko), features(it))
    names = {n for n, _ in heard}
    assert {"castelverde", "bertochi"} <= names
    assert sum(c - stories.SOUND_FREE for _, c in heard) >= stories.SOUNDS_HEARD
    assert stories.pair_features(features(ko), features(it), stories._Stats())["names"] > 0


# -- scripts without capitals ----------------------------------------------------------------------------------------


def test_caseless_is_a_property_of_the_script():
    assert _caseless("가람군 은빛저수지 둑 붕괴 KBS")
    assert not _caseless("Dam wall gives way")
    assert not _caseless("")


def test_two_korean_articles_are_compared_by_gist_two_english_ones_are_not():
    other_ko = _art("ko-dam-2", "ko", "은빛저수지 복구 착수", "가람군은 12일 둑 복구를 시작했다.", "bitnews.kr")
    other_en = _art("en-dam-2", "en", "Repairs start at reservoir", "Repairs began on Tuesday.", "eastpost.example")
    assert _by_gist(features(KO_DAM), features(other_ko))
    assert not _by_gist(features(EN_DAM), features(other_en))
    assert _by_gist(features(KO_DAM), features(EN_DAM))


def test_korean_articles_sharing_no_key_are_still_candidates():
    index = StoryIndex()
    later = _art("ko-dam-2", "ko", "저수지 복구 착수…한들 측 사과",
                 "둑이 터진 지 하루 만에 복구가 시작됐다. 관리 회사는 사과문을 냈다.", "bitnews.kr")
    for art in (KO_DAM, later):
        index.store(art.id, features(art))
    assert "ko-dam" in index.candidates("ko-dam-2", index.features_of("ko-dam-2"))


def test_english_articles_never_reach_the_encoder(monkeypatch):
    def fail(a, b):
        raise AssertionError("the encoder ran for a pair in one cased language")

    monkeypatch.setattr(stories, "_gist_similarity", fail)
    other = _art("en-dam-2", "en", "Repairs start at Eunbit reservoir",
                 "Repairs began at the Eunbit reservoir in Garam County on Tuesday.", "eastpost.example")
    StoryIndex().add([EN_DAM, other])


def test_a_korean_report_joins_the_english_one_on_its_event():
    unrelated = _art("ko-fire", "ko", "도심 상가 화재…3명 부상",
                     "12일 오후 시내 상가 건물에서 불이 나 3명이 다쳤다. 소방당국은 원인을 조사 중이다.", "bitnews.kr")
    index = StoryIndex()
    index.add([KO_DAM, EN_DAM, unrelated])
    assert index.story_of("ko-dam") == index.story_of("en-dam")
    assert index.story_of("ko-fire") != index.story_of("ko-dam")


# -- numbers by the language's data ----------------------------------------------------------------------------------


def test_english_numbers_are_read_as_written_by_the_data():
    assert stories._number_readings()["en"] == "written"
    assert _local_number_keys(("More than 3,000 people fled.",), "en") is None
    assert _number_keys(_tokens("Five hurt, 3,000 fled")) == {"#5": 1, "#3000": 1}


def test_a_language_declared_written_skips_its_lexicon(monkeypatch):
    assert _local_number_keys(("Mehr als 3.000 Menschen",), "de") == {"#3000": 1}
    monkeypatch.setattr(stories, "_number_readings", lambda: {"de": "written"})
    assert _local_number_keys(("Mehr als 3.000 Menschen",), "de") is None


def test_an_unknown_reading_is_refused(tmp_path, monkeypatch):
    table = tmp_path / "story_numbers.tsv"
    table.write_text("en\tspelled\n", encoding="utf-8")
    monkeypatch.setattr(stories, "_DATA", tmp_path)
    stories._number_readings.cache_clear()
    try:
        with pytest.raises(ValueError, match="spelled"):
            stories._number_readings()
    finally:
        stories._number_readings.cache_clear()
