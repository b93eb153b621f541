"""Generated text over the constructions round 6 of issue 17 taught the extractors and the aligner: words drawn from
the lexicons those rules read (contractions.tsv, ko/reporting_connectives.tsv, title_leads.txt,
question_subordinators.txt, expletives.txt, ko/number_words.tsv; for English figure_qualifiers_after.tsv,
figure_round_words.tsv, figure_signs.tsv; link/data/ratios.tsv) mixed with names, numbers, quotes, no-break spaces,
Hangul and other scripts. Whatever the mix, nothing raises and every statement, figure and mention, and every ratio
link/words.py reads, satisfies text[start:end] == its text. Bounded (few examples, no deadline) so it stays a unit
test."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsledger.extract as extract_pkg
from newsledger.extract.figures import extract_figures
from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article, Ledger, check_offsets
from newsledger.link.words import DATA, percent_written, ratio_percents, ratios_in

LEXICONS = Path(extract_pkg.__file__).parent / "lexicons"
RULE_LANGS = ("de", "es", "fr", "it", "pt", "ko")
BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _cells(path: Path, columns: tuple[int, ...] | None = None) -> list[str]:
    """The cells of a lexicon file's rows (all columns, or the ones asked for), comments and blanks left out."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        out.extend(c.strip() for k, c in enumerate(cells) if c.strip() and (columns is None or k in columns))
    return out


def _round6_words(lang: str) -> list[str]:
    base = LEXICONS / lang
    return sorted(set(
        _cells(base / "contractions.tsv") + _cells(base / "reporting_connectives.tsv", (1,))
        + _cells(base / "title_leads.txt") + _cells(base / "question_subordinators.txt")
        + _cells(base / "expletives.txt") + _cells(base / "number_words.tsv", (0,))
        + _cells(base / "speech_cues.tsv", (0,)) + _cells(base / "titles.txt")))


RATIO_WORDS = sorted(set(_cells(DATA / "ratios.tsv", (1,))))
LINKS = [row.split("\t")[1] for row in (DATA / "ratios.tsv").read_text(encoding="utf-8").splitlines()
         if row.startswith("link\t")]
# the glue every language's sentences share: names, numbers, quote marks, marks that break clauses, other scripts
COMMON = ["Ana Velsk", "Nora Quell", "«Talbote»", "„Talbote“", "“Jornal do Vale”", "42", "3", "10", "1.200", "3,5",
          "12 €", "2,5 Mio.", "1 million 200 000", "45-jähriger", ",", ":", ";", ".", "«", "»", "„", "“", "”", '"', "(",
          ")", "(IGM)", "\u00a0", "\u202f", "\n", "Μαρία", "Путин", "東京", "명", "가구", "중", "곳", "다며", "라며",
          "밝혔다", "말했다", "경찰은", "구조대장은", "9가구", "10가구", "1" * 40]
HANGUL_NAMES = ["서태윤 청장은", "문서아 대변인은", "오 대장은", "가람제약(GR) 대표는"]


def _soup(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words), min_size=1, max_size=40).map(
        lambda parts: "".join(p if p in {",", ".", ":", ";", "\n"} else " " + p for p in parts).lstrip())


LANG_WORDS = {lang: _round6_words(lang) for lang in RULE_LANGS}


def test_the_word_pools_are_read_from_the_lexicons() -> None:
    # a renamed or emptied lexicon would quietly shrink the generated text to the common glue alone
    assert "del" in LANG_WORDS["es"] and "vom" in LANG_WORDS["de"] and "della" in LANG_WORDS["it"]
    assert "다며" in LANG_WORDS["ko"] and "바라며" in LANG_WORDS["ko"] and "아홉" in LANG_WORDS["ko"]
    assert "si" in LANG_WORDS["fr"] and "es" in LANG_WORDS["de"] and "ao" in LANG_WORDS["pt"]
    assert {"in", "von", "sur", "중", "nine"} <= set(RATIO_WORDS)
    assert {"or so", "a dozen", "minus"} <= set(ENGLISH)


def _check(ex) -> None:
    problems = check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    assert not problems, problems


@st.composite
def _rule_article(draw) -> tuple[str, str]:
    lang = draw(st.sampled_from(RULE_LANGS))
    pool = LANG_WORDS[lang] + RATIO_WORDS + COMMON + HANGUL_NAMES  # every script in every language
    return lang, draw(_soup(pool))


@BOUNDED
@given(_rule_article())
def test_rule_read_extraction_keeps_offsets_on_generated_text(case: tuple[str, str]) -> None:
    lang, text = case
    _check(extract_by_rules(Article(id=f"prop6-{lang}", text=text, lang=lang)))


ENGLISH = sorted(set(
    _cells(LEXICONS / "figure_qualifiers_after.tsv", (0,)) + _cells(LEXICONS / "figure_round_words.tsv", (0,))
    + _cells(LEXICONS / "figure_signs.tsv", (0,)) + [
        "nine", "eight", "14", "4.5", "30", "1,000", "€10 million", "300-plus", "people", "residents", "jobs",
        "metres", "degrees", "rose", "fell", "by", "of the", "a toll of", "stations", "were", "injured", "killed",
        "said", "the", "a", "(FCB)", "The Financial Conduct Board", "\u00a0"]))


@BOUNDED
@given(_soup(ENGLISH + COMMON + RATIO_WORDS))
def test_english_figures_keep_offsets_on_generated_text(text: str) -> None:
    article = Article(id="prop6-en", text=text)
    assert not check_offsets(Ledger(articles=[article], figures=extract_figures(article, None, None)))


@BOUNDED
@given(_soup(RATIO_WORDS + COMMON + ["homes", "Haushalten", "foyers", "case", "hogares", "casas", "가구", "아홉 가구",
                                     "é", "e\u0301"]))
def test_ratio_readers_keep_offsets_on_generated_text(text: str) -> None:
    # ratios_in reads the NFC form of the text: its offsets are into that form
    nfc = unicodedata.normalize("NFC", text)
    for r in ratios_in(text):
        piece = nfc[r.start:r.end]
        # the span runs from the first number to the second, a link word of ratios.tsv between them
        assert piece == piece.strip() and any(w in piece.casefold() for w in LINKS), piece
        assert 0 < r.part < r.whole
        assert 0.0 < r.percent < 100.0
    assert set(ratio_percents(text)) == {r.percent for r in ratios_in(text)}
    written = percent_written(text)
    assert (written == text) == (not ratios_in(text) or nfc != text)


def test_the_generated_shapes_reach_the_new_readers() -> None:
    # one sentence of each kind the soups above are made of is read, so the offsets checked are not only those of
    # empty results
    ex = extract_by_rules(Article(id="prop6-ko", lang="ko",
                                  text="서태윤 청장은 불이 모두 꺼졌다며 헬기 두 대를 남겨두겠다고 밝혔다."))
    assert [s.text for s in ex.statements] == ["불이 모두 꺼졌다", "헬기 두 대를 남겨두겠다"]
    fig = extract_figures(Article(id="prop6-en", text="The remaining 30 or so residents refused to leave."), None, None)
    assert [(f.text, f.value, f.qualifier) for f in fig] == [("30", 30, "about")]
    assert [(r.part, r.whole) for r in ratios_in("Nine in ten homes had power again.")] == [(9.0, 10.0)]


@pytest.mark.parametrize("lang", RULE_LANGS)
@pytest.mark.parametrize("text", ["", "\u00a0", "다며", " 라며 ", "열 명 중 아홉 명", "«»", "vom", "si", "minus",
                                  "9" * 5000 + " in 10", "3 in " + "9" * 5000])
def test_odd_input_raises_nothing(lang: str, text: str) -> None:
    _check(extract_by_rules(Article(id=f"prop6-{lang}", text=text, lang=lang)))
    article = Article(id="prop6-en", text=text)
    assert not check_offsets(Ledger(articles=[article], figures=extract_figures(article, None, None)))
    assert all(r.end <= len(text) for r in ratios_in(text)) and isinstance(percent_written(text), str)


def test_a_run_of_digits_too_long_for_int_is_no_ratio() -> None:
    # int() refuses over 4,300 digits; such a run is far beyond any ratio's whole, not an error
    for text in ("9" * 5000 + " in 10", "3 in " + "9" * 5000, "9" * 5000 + "가구 중 9가구"):
        assert ratios_in(text) == [] and percent_written(text) == text
