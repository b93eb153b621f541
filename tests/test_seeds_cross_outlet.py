"""Acceptance on the founding example: two outlets' reports of North Korean losses in Kursk, end to end through
`newsledger.analyze`. Green once extraction (attribution, figures) and story linking have landed."""

from __future__ import annotations

import pytest

import newsledger
from newsledger.ledger import check_offsets


@pytest.fixture(scope="module")
def ledger(seeds_dir):
    return newsledger.analyze(sorted(seeds_dir.glob("*.txt")))


def _source(ledger, surname):
    found = [s for s in ledger.sources if s.kind != "anonymous" and any(surname in a for a in s.aliases)]
    assert len(found) == 1, f"{surname}: {[(s.name, s.aliases) for s in found]}"
    return found[0]


def _statements_by(ledger, source, words):
    return [st for st in ledger.statements if st.source == source.id and words in st.text]


def _pairs_across(ledger, side_a, side_b):
    """Aligned pairs with one statement from each side, in different articles."""
    ids_a, ids_b = {s.id for s in side_a}, {s.id for s in side_b}
    article = {s.id: s.article for s in ledger.statements}
    return [p for al in ledger.alignments for p in al.pairs
            if ({p.a, p.b} & ids_a and {p.a, p.b} & ids_b and article.get(p.a) != article.get(p.b))]


def test_one_story(ledger):
    assert len(ledger.articles) == 2
    assert len(ledger.stories) == 1
    assert check_offsets(ledger) == []


def test_kirby_and_zelenskyy_are_one_source_each(ledger):
    kirby = _source(ledger, "Kirby")
    zelenskyy = _source(ledger, "Zelensk")
    for src in (kirby, zelenskyy):
        assert {m.article for m in src.mentions} == {a.id for a in ledger.articles}, src.name
    assert {"Zelensky", "Zelenskyy"} <= set(zelenskyy.aliases)
    assert zelenskyy.name == "Volodymyr Zelenskyy"
    assert kirby.name == "John Kirby"


def test_kirby_quote_is_a_spelling_variant(ledger):
    kirby = _source(ledger, "Kirby")
    quotes = _statements_by(ledger, kirby, "treating these troops as expendable")
    assert len({st.article for st in quotes}) == 2
    pairs = _pairs_across(ledger, quotes, quotes)
    assert [p.relation for p in pairs] == ["variant"]


@pytest.mark.parametrize(("words_a", "words_b"), [
    ("could not be resuscitated", "it was not possible to save their lives"),
    ("should not lose its people", "should not be losing their lives"),
])
def test_zelenskyy_translations_are_aligned(ledger, words_a, words_b):
    zelenskyy = _source(ledger, "Zelensk")
    side_a = _statements_by(ledger, zelenskyy, words_a)
    side_b = _statements_by(ledger, zelenskyy, words_b)
    assert side_a and side_b
    pairs = _pairs_across(ledger, side_a, side_b)
    assert pairs and all(p.relation == "translation" for p in pairs), pairs


def _figures(ledger, value, category):
    return [f for f in ledger.figures if f.value == value and f.category == category]


def test_weekly_figure_aligned_with_qualifier_drift(ledger):
    weekly = _figures(ledger, 1000, "killed_or_wounded")
    assert len({f.article for f in weekly}) == 2
    [alignment] = [al for al in ledger.alignments if al.kind == "figure" and {f.id for f in weekly} <= set(al.members)]
    drifts = [f for f in ledger.findings if f.kind == "qualifier_drift" and set(alignment.members) & set(f.evidence)]
    assert drifts, [f.summary for f in ledger.findings]
    assert "more than" in drifts[0].summary and "Kirby" in drifts[0].summary


def test_cumulative_figures_are_a_discrepancy(ledger):
    low = [f for f in ledger.figures if f.value == 1100]
    high = [f for f in ledger.figures if f.value == 3000]
    assert low and high
    found = [f for f in ledger.findings if f.kind == "discrepancy"
             and {low[0].id, high[0].id} <= set(f.evidence)]
    assert found, [f.summary for f in ledger.findings]


def test_omissions_for_what_only_one_outlet_carries(ledger):
    omissions = [f for f in ledger.findings if f.kind == "omission"]
    assert {a.id for a in ledger.articles} <= {e for f in omissions for e in f.evidence}
    assert all(f.summary.startswith("Only ") for f in omissions)
    suicide = [f for f in omissions if "taking their own lives" in f.summary]
    assert suicide, [f.summary for f in omissions]
