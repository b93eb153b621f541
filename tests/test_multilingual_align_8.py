"""Issue 17, link round 7 (learnt from fresh dev stories nobody had tuned on): a numeral and the scale word after it
are one number for story linking ("64 mil" is the "64.000" another outlet writes), so an article that writes its
counts in words meets the others by them. Invented sentences."""

from __future__ import annotations

import pytest

from newsledger.ledger import Article
from newsledger.link import phonetic, stories


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("pt", "A empresa vai recolher cerca de 64 mil aparelhos.", "#64000"),
    ("es", "El fabricante calcula unos 1,2 millones de euros en daños.", "#1200000"),
    ("de", "Der Schaden liegt bei 3 Mio. Euro.", "#3000000"),
    ("it", "Sono state richiamate 64 mila pompe.", "#64000"),
    ("fr", "Le rappel touche 2 millions d'appareils.", "#2000000"),
])
def test_a_numeral_and_its_scale_word_are_one_number(lang: str, text: str, key: str) -> None:
    keys = stories._local_number_keys((text,), lang)
    assert keys is not None and key in keys
    # read apart, the numeral was a number of its own that no other language's article shares
    assert set(keys) == {key}


def test_a_scale_word_before_a_full_stop_still_scales() -> None:
    keys = stories._local_number_keys(("As vendas chegaram a 300 mil. Depois caíram.",), "pt")
    assert keys is not None and set(keys) == {"#300000"}


def test_numerals_without_a_scale_word_are_read_as_before() -> None:
    keys = stories._local_number_keys(("Foram 64.000 aparelhos e 37 incêndios.",), "pt")
    assert keys is not None and set(keys) == {"#64000", "#37"}


def test_counts_in_words_and_in_digits_share_a_key_across_languages() -> None:
    pt = Article(id="p", lang="pt", date="2026-03-02", title="Fabricante recolhe 64 mil bombas de calor",
                 text="A Norvik Termo vai recolher 64 mil bombas de calor depois de 41 incêndios.")
    ko = Article(id="k", lang="ko", date="2026-03-02", title="노르빅테르모, 히트펌프 6만4천 대 리콜",
                 text="노르빅테르모가 화재 41건이 접수된 히트펌프 6만4천 대를 리콜한다.")
    shared = stories.features(pt).numbers.keys() & stories.features(ko).numbers.keys()
    assert {"#64000", "#41"} <= shared


def test_english_numbers_are_not_read_by_the_local_reader() -> None:
    assert stories._local_number_keys(("about 64 thousand pumps",), "en") is None


# A Latin "ch" and a soft g are read as the language whose names carry them reads them: German "ch" a breath and "g"
# hard (Aichberger: 아이히베르거), Italian "ch" a K (Chiara: 키아라), Spanish "ch" and Italian "g" as before
@pytest.mark.parametrize(("hangul", "latin"), [
    ("로렌츠 아이히베르거", "Lorenz Aichberger"),
    ("키아라 브루니", "Chiara Bruni"),
    ("우고 차베스", "Hugo Chávez"),
    ("지노 베르거", "Gino Berger"),
    ("루치아 페란디", "Lucia Ferrandi"),
])
def test_names_with_ch_and_g_heard_across_scripts(hangul: str, latin: str) -> None:
    assert phonetic.same_name(hangul, latin)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("로렌츠 아이히베르거", "Lorenz Aschenbrenner"),
    ("키아라 브루니", "Chiara Marchetti"),
    ("조태민", "Lee Tae-min"),
])
def test_other_names_still_told_apart(hangul: str, latin: str) -> None:
    assert not phonetic.same_name(hangul, latin)


def test_a_leading_l_read_as_nothing_keeps_a_doubled_r() -> None:
    # 로렌츠 writes R twice (two syllables each opening with ㄹ); the reading with a silent L is RNS, not RNS collapsed
    assert {"RRNS", "RNS"} <= phonetic.keys("Lorenz")
