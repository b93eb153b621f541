"""Numeric claims: values, qualifiers, categories, scopes, non-figures, sources. Sentences are our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.figures import extract_figures
from newsledger.extract.numbers import find_numbers
from newsledger.ledger import Article


def figures_of(text: str, date: str | None = None):
    return extract_figures(Article(id="t", text=text, date=date), None, None)


def only(text: str, date: str | None = None):
    found = figures_of(text, date)
    assert len(found) == 1, [(f.text, f.category) for f in found]
    return found[0]


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("Officials said over 200 people were evacuated.", 200, "more than"),
    ("An estimated 5,000 residents were displaced by the flood.", 5000, "about"),
    ("Almost 40 people were killed in the attack.", 40, "nearly"),
    ("The army says 3,000-plus soldiers were wounded.", 3000, "more than"),
    ("Up to 50 protesters were arrested overnight.", 50, "up to"),
    ("Fewer than 10 people were hurt.", 10, "fewer than"),
    ("At least 14 people died in the fire.", 14, "at least"),
    ("Some 1.2 million people fled the region.", 1_200_000, "about"),
    ("Roughly 27-hundred workers were displaced.", 2700, "about"),
    ("The storm killed 4.1k cattle and twenty-five people.", 4100, None),
])
def test_value_and_normalised_qualifier(text, value, qualifier):
    fig = figures_of(text)[0]
    assert fig.value == value
    assert fig.qualifier == qualifier
    assert text[fig.start:fig.end] == fig.text


def test_ranges_and_vague_amounts_have_bounds_not_a_value():
    fig = only("Between 10,000 and 12,000 troops were deployed to the border.")
    assert (fig.value, fig.low, fig.high) == (None, 10_000, 12_000)
    fig = only("Several hundred protesters were detained in the square.")
    assert (fig.value, fig.low, fig.high, fig.qualifier) == (None, 200, 900, "several")
    assert only("Dozens of people were injured on the bridge.").low == 24


@pytest.mark.parametrize("text", [
    "The ceasefire began on Dec. 27 and ended in August 2024.",
    "The meeting starts at 10:30 p.m. on Friday.",
    "A 22-year-old man spoke to reporters.",
    "Maria Lopez, 34, of Dayton, spoke to reporters.",
    "Police closed the 1200 block of Main Street.",
    "The crash happened on Route 52 near the river.",
    "Call the hotline at 555-123-4567 for details.",
    "It was the 3rd time this month.",
    "One of the officers spoke.",
    "The trial lasted two weeks.",
    "No one else was injured.",
])
def test_identifiers_durations_and_non_counts_are_not_figures(text):
    assert figures_of(text) == []


def test_casualties_are_killed_or_wounded_never_deaths():
    assert only("The ministry reported 300 casualties on Sunday.").category == "killed_or_wounded"
    assert only("The ministry said 300 soldiers were killed or wounded.").category == "killed_or_wounded"
    assert only("The ministry said 300 soldiers were killed.").category == "killed"


def test_each_number_takes_its_own_category_in_a_list():
    found = figures_of("Two people were killed and three others were wounded in the shooting.")
    assert [(f.value, f.category) for f in found] == [(2, "killed"), (3, "wounded")]
    found = figures_of("The gunman shot and killed two men, wounding four others.")
    assert [(f.value, f.category) for f in found] == [(2, "killed"), (4, "wounded")]


def test_categories_beyond_casualties():
    assert only("About 12,000 troops are stationed in the region.").category == "deployed"
    assert only("Police arrested 45 people after the march.").category == "arrested"
    fig = only("The government approved $2.5 billion in aid.")
    assert (fig.category, fig.unit, fig.value) == ("money", "USD", 2_500_000_000)
    assert only("Turnout rose to 64 percent.").unit == "percent"


def test_single_casualty_without_a_number_is_a_count_of_one():
    fig = only("A 19-year-old woman was fatally shot outside the store.")
    assert (fig.value, fig.category, fig.unit) == (1, "killed", "people")
    assert figures_of("A man was shot in the leg and taken to hospital with non-life-threatening injuries.")[0].value == 1


def test_scope_as_written_and_period_resolved_against_the_article_date():
    fig = only("Officials said 1,000 soldiers were killed or wounded in the past week alone.", date="2024-12-27")
    assert "past week" in fig.scope
    assert (fig.period_start, fig.period_end) == ("2024-12-21", "2024-12-27")
    fig = only("At least 800 casualties so far, the agency said.", date="2024-03-10")
    assert fig.scope == "so far" and fig.period_end == "2024-03-10"
    fig = only("Some 4,000 people have fled since March.", date="2024-02-10")
    assert fig.period_start == "2023-03-01"


def test_counted_phrase_as_written():
    fig = only("The agency says more than 3,000 North Korean soldiers were killed or wounded.")
    assert fig.counted == "North Korean soldiers"
    fig = only("Officials counted 1,000 troops killed or wounded in the battle.")
    assert fig.counted == "troops killed or wounded"


def test_figure_inherits_source_and_outlet_asserts_the_rest(nlp):
    from newsledger.extract import extract_from_doc

    text = ("Mayor Ana Ruiz said 14 people were killed in the flood.\n\n"
            "The river rose 3 metres overnight and 200 homes were evacuated.")
    article = Article(id="a", text=text, outlet="example.org")
    found = extract_from_doc(article, nlp(text))
    names = {s.id: (s.name, s.kind) for s in found.sources}
    by_value = {f.value: f for f in found.figures}
    assert "Ana Ruiz" in names[by_value[14].source][0]
    assert by_value[14].statement is not None
    assert names[by_value[200].source] == ("example.org", "outlet")
    assert by_value[200].statement is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-$%ktwoneAthreadmilsk\n\"")), max_size=120))
def test_offsets_always_slice_and_numbers_never_raise(text):
    for number in find_numbers(text):
        assert 0 <= number.start <= number.number_start < number.end <= len(text)
    for fig in figures_of(text):
        assert text[fig.start:fig.end] == fig.text


def test_seeds_figures(seeds_dir, nlp):
    """The issue's seed figures, with qualifiers, categories and sources; dates are not figures."""
    from newsledger.api import analyze

    ledger = analyze(sorted(seeds_dir.glob("*.txt")))
    names = {s.id: s.name for s in ledger.sources}
    got = {(f.value, f.qualifier, f.category) for f in ledger.figures}
    assert (1100, "at least", "killed_or_wounded") in got
    assert (1000, "more than", "killed_or_wounded") in got
    assert (1000, None, "killed_or_wounded") in got
    assert (3000, "more than", "killed_or_wounded") in got
    assert (12000, "about", "deployed") in got
    assert not any(f.value in {27, 2024} for f in ledger.figures)
    speakers = {f.value: names.get(f.source, "") for f in ledger.figures}
    assert "Zelenskyy" in speakers[3000]
    assert "Kirby" in speakers[1000]
    for f in ledger.figures:
        text = next(a.text for a in ledger.articles if a.id == f.article)
        assert text[f.start:f.end] == f.text
