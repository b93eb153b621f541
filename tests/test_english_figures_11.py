"""English figures, round 4 (issue 17, held-out part 6): a power rating written onto its number is the size outlets
give of a plant ("the 900-megawatt station"), a figure like a metric length written onto its number, never a label
dropped as an identifier; a rating after its number stays as it was. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.figures_kit import figure_at


@pytest.mark.parametrize(("text", "numeral", "value"), [
    ("Output at the 900-megawatt station has fallen since the walkout began.", "900", 900),
    ("The company said the whole 250-megawatt solar park had been switched off as a precaution.", "250", 250),
    ("Engineers shut down the 2-gigawatt plant on the coast overnight.", "2", 2),
    ("The 35-MW turbine at the dam was switched off for repairs.", "35", 35),
])
def test_a_power_rating_written_onto_its_number_is_a_figure(text, numeral, value):
    fig = figure_at(text, numeral)
    assert fig is not None
    assert (fig.value, fig.qualifier, fig.category) == (value, None, "other")


def test_a_rating_after_its_number_is_unchanged():
    fig = figure_at("Output fell to about 600 megawatts, the operator said.", "600")
    assert fig is not None and (fig.value, fig.qualifier, fig.category) == (600, "about", "other")


def test_a_label_written_onto_its_number_is_still_no_figure():
    assert figure_at("The 20-storey tower was evacuated.", "20") is None
