"""English figure grammar words live in data (extract/lexicons/figure_relations.tsv, link/data/count_words.tsv,
link/data/counted.tsv), not in code: a changed lexicon changes what is read. Every sentence is invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsledger.extract.figures as figures_module
from newsledger.extract.figures import extract_figures
from newsledger.ledger import Article
from newsledger.link import words as link_words


def _clear_caches() -> None:
    for value in vars(figures_module).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


@pytest.fixture
def extra_relations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, ...]]]:
    """Rows appended to figure_relations.tsv for one test (the module's cached patterns rebuilt before and after)."""
    rows: list[tuple[str, ...]] = []
    real_table = figures_module.table

    def table(name: str) -> tuple[tuple[str, ...], ...]:
        found = real_table(name)
        return found + tuple(rows) if name == "figure_relations.tsv" else found

    monkeypatch.setattr(figures_module, "table", table)
    _clear_caches()
    yield rows
    monkeypatch.undo()
    _clear_caches()


def figures_of(text: str):
    found = extract_figures(Article(id="lex", text=text), None, None)
    for fig in found:
        assert text[fig.start:fig.end] == fig.text
    return found


def test_a_length_unit_comes_from_the_lexicon(extra_relations: list[tuple[str, ...]]) -> None:
    text = "A sinkhole 20 furlongs across opened on the bypass."
    assert [f.unit for f in figures_of(text)] == [None]
    extra_relations.append(("length_unit", "furlongs", "furlongs"))
    _clear_caches()
    assert [f.unit for f in figures_of(text)] == ["furlongs"]


def test_a_modal_comes_from_the_lexicon(extra_relations: list[tuple[str, ...]]) -> None:
    text = "The council said repairs shall take at least six months."
    assert figures_of(text) == []
    extra_relations.append(("modal", "shall"))
    _clear_caches()
    assert [(f.value, f.unit, f.qualifier) for f in figures_of(text)] == [(6.0, "months", "at least")]


def test_a_number_word_that_is_no_count_comes_from_the_lexicon(extra_relations: list[tuple[str, ...]]) -> None:
    text = "Three plants were closed after the flood."
    assert [f.value for f in figures_of(text)] == [3.0]
    extra_relations.append(("not_count", "three"))
    _clear_caches()
    assert figures_of(text) == []


def test_a_clause_conjunction_comes_from_the_lexicon(extra_relations: list[tuple[str, ...]]) -> None:
    text = "Rescuers dug through the night whereupon nine were pulled out alive."
    assert figures_of(text) == []
    extra_relations.append(("clause_conjunction", "whereupon"))
    _clear_caches()
    assert [f.value for f in figures_of(text)] == [9.0]


@pytest.mark.parametrize("text", [
    "Two sometimes come back.",
    "Officers said two always return.",
    "Six perhaps hid in the barn.",
])
def test_a_word_ending_in_s_that_is_no_plural_makes_no_count(text: str) -> None:
    assert figures_of(text) == []


def test_a_plural_noun_after_a_spelled_number_still_makes_a_count() -> None:
    assert [(f.value, f.counted) for f in figures_of("Nine gas stoves were sold off.")] == [(9.0, "gas stoves")]
    assert [f.value for f in figures_of("Four trucks sometimes come back.")] == [4.0]


def test_number_words_are_count_words_tsv_and_large_number_words_tsv() -> None:
    counts = dict(line.split("\t")[:2] for line in link_words.data_lines(link_words.DATA / "count_words.tsv"))
    assert {w: str(v) for w, v in link_words.NUMBER_WORDS.items() if v <= 20} == {
        w: v for w, v in counts.items() if int(v) not in range(13, 20)}
    assert link_words.NUMBER_WORDS["thousand"] == 1000
    assert "one" not in link_words.NUMBER_WORDS and "fifteen" not in link_words.NUMBER_WORDS
    assert link_words.numbers_in("twelve were hurt and fifty left") == frozenset({12.0, 50.0})


def test_a_bad_scope_column_in_count_words_is_refused(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "count_words.tsv").write_text("two\t2\nsix\t6\tstories\n", encoding="utf-8")
    (tmp_path / "large_number_words.tsv").write_text("fifty\t50\n", encoding="utf-8")
    monkeypatch.setattr(link_words, "DATA", tmp_path)
    with pytest.raises(ValueError, match=r"count_words\.tsv: six"):
        link_words.number_words()
    (tmp_path / "count_words.tsv").write_text("two\t2\nsix\t6\tkeys\n", encoding="utf-8")
    assert link_words.number_words() == {"two": 2, "fifty": 50}


def test_words_that_mean_something_else_in_another_language_have_no_counted_class() -> None:
    classes = link_words.counted_classes()
    # "case" (a disease case; Italian houses) and "vol" (a flight; French theft) would join unlike counts
    assert "case" not in classes and "vol" not in classes and "vols" not in classes
    assert classes["casa"] == "building" and classes["volo"] == "flight" and classes["cases"] == "case"
