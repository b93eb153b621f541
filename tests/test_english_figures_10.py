"""English figures, round 2 (issue 17): how long something is expected to last or stays shut is a figure outlets give
and revise ("fixing the gates would take at least six months", "the ring road stayed shut for nearly 12 hours"), in its unit of
time and never a casualty count; a time that only dates or frames something stays out. An abbreviated metric length
written onto its number measures a thing ("the 38-km detour"). A spelled-out number after a definite determiner
names things already introduced ("the two shootings are related"), it reports no count. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.figures_kit import figure_at

# ---- how long: an estimate after a modal, or a stop and its "for" ----

@pytest.mark.parametrize(("text", "numeral", "value", "qualifier", "unit"), [
    ("Engineers warned that fixing the Tarsel lock gates would take at least six months.", "six", 6, "at least", "months"),
    ("The council expects the clean-up to last about three weeks.", "three", 3, "about", "weeks"),
    ("The minister said the work could take nine months.", "nine", 9, None, "months"),
    ("After the spill the ring road stayed shut for nearly 12 hours.", "12", 12, "nearly", "hours"),
    ("The ferry operator expects to stay shut for at least four days.", "four", 4, "at least", "days"),
    ("The tram line was closed in each direction for five hours on Sunday.", "five", 5, None, "hours"),
    ("Flights were suspended for more than 30 hours.", "30", 30, "more than", "hours"),
])
def test_how_long_something_lasts_or_stays_shut_is_a_figure(text, numeral, value, qualifier, unit):
    fig = figure_at(text, numeral)
    assert fig is not None
    assert (fig.value, fig.qualifier, fig.unit, fig.category) == (value, qualifier, unit, "other")


def test_a_range_of_time_keeps_its_bounds():
    fig = figure_at("The agency now says the rebuilding will take 12 to 14 months.", "12")
    assert (fig.value, fig.low, fig.high, fig.unit) == (None, 12, 14, "months")


def test_a_verb_joined_to_a_modal_verb_by_and_gives_a_length():
    text = "She said the dredging would cost about €30 million and last at least eight months."
    fig = figure_at(text, "eight")
    assert (fig.value, fig.qualifier, fig.unit) == (8, "at least", "months")
    assert figure_at(text, "€30 million").category == "money"


def test_a_length_of_time_is_never_a_casualty_count():
    text = "A crash that killed two drivers closed the coast road for three hours."
    assert figure_at(text, "three").category == "other"
    assert figure_at(text, "two").category == "killed"


@pytest.mark.parametrize(("text", "numeral"), [
    ("The trial lasted two weeks.", "two"),                                  # a finished event's length
    ("He was jailed for three years in 2011.", "three"),                     # a sentence, no stop
    ("The couple had lived in the village for 20 years.", "20"),             # background
    ("An inspection two years ago had found rust on the girders.", "two"),   # a date
    ("The alarm was raised ten days before the collapse.", "ten"),           # a date
    ("Over the last three days the river rose steadily.", "three"),          # an adjective, no verb
    ("Witnesses spoke on the first and last four days of the hearing.", "four"),  # "and" with no modal before
    ("The bridge was closed for several hours.", "several"),                 # nothing to compare
    ("The tunnel was closed for 2 hours and 45 minutes.", "2"),              # one length the number alone misstates
])
def test_times_that_date_or_frame_stay_out(text, numeral):
    assert figure_at(text, numeral) is None


# ---- an abbreviated metric length on its number ----

def test_an_abbreviated_metric_length_measures_a_thing():
    text = "Lorries are being sent on the 41-km detour past a 25-m sinkhole."
    assert (figure_at(text, "41").value, figure_at(text, "41").unit) == (41, "km")
    assert (figure_at(text, "25").value, figure_at(text, "25").unit) == (25, "m")


def test_a_calibre_is_still_no_length():
    assert figure_at("Officers found a 9-mm pistol in the car.", "9") is None


# ---- a definite determiner refers back ----

def test_a_definite_determiner_before_a_spelled_number_of_things_refers_back():
    assert figure_at("Detectives are trying to determine whether the two shootings are related.", "two") is None
    assert figure_at("All three classes were cancelled on Monday.", "three") is None
    fig = figure_at("Detectives are investigating two shootings on the east side.", "two")
    assert fig is not None and fig.counted == "shootings"


def test_people_after_a_definite_determiner_are_still_counted():
    fig = figure_at("Firefighters carried the two injured hikers down to the road.", "two")
    assert fig is not None and fig.category == "wounded"
