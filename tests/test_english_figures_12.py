"""English figures, round 5 (issue 17, part 6 after scoring): "a fourth person has died" gives the toll itself, four,
as outlets write it without a qualifier; an ordinal victim who was hit ("a fourth man was shot") still only shows
that at least that many were hurt. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.figures_kit import figure_at


@pytest.mark.parametrize(("text", "ordinal", "value"), [
    ("A fourth worker has died after the tunnel under the quarry caved in last week.", "fourth", 4),
    ("A third passenger has died in hospital after Sunday's bus crash on the coast road.", "third", 3),
    ("A second climber, a 34-year-old guide, has since died of his injuries.", "second", 2),
])
def test_an_ordinal_death_is_the_toll_without_a_qualifier(text, ordinal, value):
    fig = figure_at(text, ordinal)
    assert fig is not None
    assert (fig.value, fig.qualifier, fig.category) == (value, None, "killed")


def test_an_ordinal_victim_hit_is_still_a_floor():
    fig = figure_at("A fifth passenger was seriously injured when the bus left the road.", "fifth")
    assert fig is not None
    assert (fig.value, fig.qualifier, fig.category) == (5, "at least", "killed_or_wounded")
