"""Generated text over the constructions the sixth session taught the extractors (issue 17): words drawn from the
lexicons those rules read (figure_relations.tsv, frame_time_words.txt, de/impersonal_cues.txt, each language's
qualifier_gap words, saying verbs, qualifiers, connective endings, Hangul numerals) mixed with names, numbers, quotes,
colons, semicolons, no-break spaces and mixed scripts. Whatever the mix, nothing raises and every statement, figure
and mention satisfies text[start:end] == its text. Bounded (few examples, no deadline) so it stays a unit test."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsledger.extract as extract_pkg
from newsledger.extract.figures import extract_figures
from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article, Ledger, check_offsets

LEXICONS = Path(extract_pkg.__file__).parent / "lexicons"
RULE_LANGS = ("de", "es", "fr", "it", "pt", "ko")


def _lines(path: Path) -> list[str]:
    """A lexicon file's rows, comments and blank lines left out (an absent file gives none)."""
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def _rows(path: Path, column: int = 0) -> list[str]:
    """One column of a lexicon file."""
    cells = (line.split("\t") for line in _lines(path))
    return [c[column].strip() for c in cells if len(c) > column and c[column].strip()]


def _gap_words(lang: str) -> list[str]:
    return [row[len("qualifier_gap\t"):].strip() for row in _lines(LEXICONS / lang / "figure_grammar.tsv")
            if row.startswith("qualifier_gap\t")]


# the glue every language's sentences share: names, numbers in several spellings, marks that break clauses
COMMON = ["Ana Velsk", "Dr. Omar Kettle", "the council", "Rathaus", "Polizei", "42", "1.200", "3,5", "70", "80",
          "2026", "9.000", "12 %", "50%", "millions", "Millionen", "milhões", ",", ", ", ":", ": ", ";", "; ", ".",
          ". ", "«", "»", "„", "“", "”", '"', "'", "(", ")", "–", "—", "\u00a0", "\u00a0\u00a0", "\n", "\n\n", " ",
          "  ", "Μαρία", "Путин", "東京", "e", "y", "et", "und", "que", "che", "dass", "qui", "secondo cui"]
HANGUL = ["일", "이", "삼", "사", "오", "육", "칠", "팔", "구", "십", "백", "천", "만", "억", "5천만", "3만",
          "명", "가량", "회분가량이", "경찰은", "주최 측은", "밝혔다", "밝혔지만,", "말했다", "고", "다고", "라고",
          "약", "이상", "최고경영자(CEO)", "서울"]


def _lang_words(lang: str) -> list[str]:
    base = LEXICONS / lang
    words = (_rows(base / "speech_cues.tsv") + _rows(base / "figure_qualifiers.tsv") + _gap_words(lang)
             + _rows(base / "impersonal_cues.txt") + _rows(base / "reported_moods.txt")
             + _rows(base / "connective_endings.txt") + _rows(base / "report_bodies.txt")
             + _rows(base / "titles.txt") + _rows(base / "time_words.txt") + _rows(base / "relative_sources.txt")
             + _rows(base / "possessives.txt") + _rows(base / "clause_links.txt") + _rows(base / "cue_adverbs.txt"))
    return sorted(set(words))


ENGLISH = sorted(set(_rows(LEXICONS / "figure_relations.tsv", 1) + _rows(LEXICONS / "frame_time_words.txt")
                     + _rows(LEXICONS / "figure_qualifiers.tsv") + [
                         "nine", "three", "twenty", "dozens", "people", "were", "dug out alive", "killed", "injured",
                         "metres", "20-metre", "across", "said", "officials said", "he said", "police", "the death",
                         "of", "to", "at", "on Monday", "a sinkhole", "plants", "more than", "exceeded", "about"]))
LANG_WORDS = {lang: _lang_words(lang) for lang in RULE_LANGS}


def _text(words: list[str]) -> st.SearchStrategy[str]:
    token = st.sampled_from(words)
    return st.lists(token, min_size=1, max_size=40).map(
        lambda parts: "".join(p if p in {",", ".", ":", ";", "\n"} else " " + p for p in parts).lstrip())


def _cues(lang: str, role: str) -> list[str]:
    return [c[0] for c in (line.split("\t") for line in _lines(LEXICONS / lang / "speech_cues.tsv"))
            if len(c) > 1 and c[1].strip() == role] or [""]


SOURCES = ["Ana Velsk", "die Polizei", "la policía", "la préfecture", "il sindaco Luca Merri", "o ministro",
           "경찰은", "주최 측은", "Dr. Omar Kettle", "er", "ella", "elle", "lui", "ele", "sie"]
# report shapes the rules read: source-verb-subordinator, content then a closing cue, a fronted preposition, a colon
# then a quotation, two clauses joined by a semicolon or a connective ending
SHAPES = ["{src} {verb} {sub} {a}.", "{a}, {verb} {src}.", "{prep} {src}, {a}; {b}.", "{src} {verb}: «{a}» {b}.",
          "{a}, {verb} {src}, {b}, {rel} {a}.", "{src} {a} {verb}, {b} {verb} {sub} {a}.", "{a}\u00a0{verb} {src}: {b}.",
          "{a} {verb}. {b}"]


@st.composite
def _rule_article(draw) -> tuple[str, str]:
    lang = draw(st.sampled_from(RULE_LANGS))
    pool = LANG_WORDS[lang] + COMMON + HANGUL  # Hangul in every language: mixed scripts
    soup = _text(pool)
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        sentences.append(draw(st.sampled_from(SHAPES)).format(
            src=draw(st.sampled_from(SOURCES)), verb=draw(st.sampled_from(_cues(lang, "verb"))),
            sub=draw(st.sampled_from(_rows(LEXICONS / lang / "subordinators.txt") or ["다고"])),
            prep=draw(st.sampled_from(_cues(lang, "preposition"))),
            rel=draw(st.sampled_from(_rows(LEXICONS / lang / "relative_sources.txt") or ["que"])),
            a=draw(soup), b=draw(soup)))
    return lang, " ".join(sentences)


def _check(ex) -> None:
    problems = check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    assert not problems, problems  # statements, figures, their mentions and every source's mentions


def test_the_word_pools_are_read_from_the_lexicons() -> None:
    # a renamed or emptied lexicon would quietly shrink the generated text to the common glue alone
    assert "rose to" in ENGLISH and "after" in ENGLISH
    assert "hieß es" in LANG_WORDS["de"]
    assert "los" in LANG_WORDS["es"] and "eine" in LANG_WORDS["de"]
    assert "밝혔다" in LANG_WORDS["ko"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rule_article())
def test_rule_read_extraction_keeps_offsets_on_generated_text(case: tuple[str, str]) -> None:
    lang, text = case
    _check(extract_by_rules(Article(id=f"prop-{lang}", text=text, lang=lang)))


def _relation(role: str) -> list[str]:
    return [c[1].strip() for c in (line.split("\t") for line in _lines(LEXICONS / "figure_relations.tsv"))
            if len(c) > 1 and c[0] == role]


NUMBERS = ["nine", "three", "twenty-one", "4", "1,200", "12.5", "dozens", "a dozen", "7\u00a0000", "삼십", "5천만"]
# the English shapes the round taught: a running count set to a value, a number standing for its noun, a spelled
# number before a plural, a measured length, a frame then a time clause
EN_SHAPES = ["The {total} of {a} {change} {n}.", "{setter} the {total} {a} to {n}, {b}.", "{n} {subj} {a}.",
             "{a} {n} {b} {dim} {a}.", "{a}, officials said, {time} {b} {n} {b}.", "{q} {n} {b}; {a} {n}."]


@st.composite
def _english_article(draw) -> str:
    soup = _text(ENGLISH + COMMON)
    return " ".join(draw(st.sampled_from(EN_SHAPES)).format(
        total=draw(st.sampled_from(_relation("total"))), change=draw(st.sampled_from(_relation("total_change"))),
        setter=draw(st.sampled_from(_relation("total_setter"))), subj=draw(st.sampled_from(_relation("subject_verb"))),
        dim=draw(st.sampled_from(_relation("dimension"))),
        time=draw(st.sampled_from(_rows(LEXICONS / "frame_time_words.txt"))),
        q=draw(st.sampled_from(_rows(LEXICONS / "figure_qualifiers.tsv"))), n=draw(st.sampled_from(NUMBERS)),
        a=draw(soup), b=draw(soup)) for _ in range(draw(st.integers(1, 4))))


def _check_english(text: str) -> None:
    article = Article(id="prop-en", text=text)
    assert not check_offsets(Ledger(articles=[article], figures=extract_figures(article, None, None)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_english_article())
def test_english_figures_keep_offsets_on_generated_text(text: str) -> None:
    _check_english(text)


def test_the_shapes_reach_the_rules() -> None:
    # the generated reports are shaped like ones the rules read: a filled shape gives a statement and a figure, so
    # the offsets checked above are not only those of empty results
    ex = extract_by_rules(Article(id="prop-de", lang="de", text=SHAPES[0].format(
        src="Die Polizei", verb="sagte", sub="dass", a="mehr als eine Million Menschen betroffen seien")))
    assert [s.text for s in ex.statements] == ["mehr als eine Million Menschen betroffen seien"]
    assert [(f.value, f.qualifier) for f in ex.figures] == [(1_000_000, "more than")]
    text = EN_SHAPES[0].format(total="death toll", a="the landslide", change="rose to", n="nine")
    assert [f.text for f in extract_figures(Article(id="prop-en", text=text), None, None)] == ["nine"]


@pytest.mark.parametrize("lang", RULE_LANGS)
@pytest.mark.parametrize("text", ["", " ", "\u00a0", "\n\n", ".", ":", ";", "«»", "밝혔다", "오만", "천만 명",
                                  "\u00a0\u00a0:\u00a0;\u00a0"])
def test_degenerate_texts_give_nothing_broken(lang: str, text: str) -> None:
    _check(extract_by_rules(Article(id=f"prop-{lang}", text=text, lang=lang)))
    _check_english(text)
