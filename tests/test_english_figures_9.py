"""English figures as the multilingual annotation protocol counts them (issue 17): every count the story reports, not
only casualties — a running count set to a value ("the death toll … rose to nine"), a spelled-out number before a
plural noun ("three plants"), a number standing for its noun as its clause's subject ("nine were pulled out breathing"),
a length measuring a thing ("a sinkhole 20 metres across"), and "exceed" as a qualifier. What the GVA-tuned rules
leave out stays out: idioms, durations, distances, and a verb's object that is not what the number counts. Every
sentence is invented."""

from __future__ import annotations

import pytest

from tests.figures_kit import figure_at, figures_of

# ---- a running count set to a value: its own words say what it counts ----

@pytest.mark.parametrize(("text", "numeral", "category"), [
    ("The death toll in a mudslide on a hill road near Pellmora rose to nine on Monday.", "nine", "killed"),
    ("The death toll in the floods along the Varn river has risen to six, officials said.", "six", "killed"),
    ("A second body was recovered on Friday, bringing the death toll from the blaze at the depot to three.", "three",
     "killed"),
    ("Vets confirmed the disease at a fourth stable, bringing the number of cases to five.", "five", "other"),
    ("The regional office put the toll at four.", "four", "killed"),
    ("The number of people injured in the blast climbed to eight.", "eight", "wounded"),
    ("After the search was called off, the toll now stands at seven.", "seven", "killed"),
])
def test_a_running_count_set_to_a_value_is_a_figure(text, numeral, category):
    fig = figure_at(text, numeral)
    assert fig is not None
    assert fig.category == category
    assert fig.qualifier is None


def test_a_toll_given_by_two_authorities_gives_both_values():
    text = "The coastguard put the toll at five and the harbour police at seven."
    assert [(f.text, f.category) for f in figures_of(text)] == [("five", "killed"), ("seven", "killed")]


def test_a_number_after_to_without_a_running_count_is_not_read_as_one():
    # "to nine" here is no value of a count: nothing names a toll, number or total before it
    assert figure_at("The ferry sailed from Brask to nine islands last summer.", "nine").category == "other"
    assert figure_at("Turnout rose to nine in ten voters.", "nine") is None


# ---- a spelled-out number before a plural noun counts that noun ----

@pytest.mark.parametrize(("text", "numeral", "counted"), [
    ("Workers at the company's three plants voted to strike.", "three", "plants"),
    ("The hole swallowed two cars during the morning rush.", "two", "cars"),
    ("The ministry approved the culling of two wolves.", "two", "wolves"),
    ("Divers brought five cave explorers back from the flooded gallery.", "five", "cave explorers"),
    ("The plane was carrying 140 passengers and six crew.", "six", "crew"),
    ("The blight turned up at two more orchards.", "two", "orchards"),
])
def test_a_spelled_number_before_a_plural_noun_counts_it(text, numeral, counted):
    fig = figure_at(text, numeral)
    assert fig is not None
    assert fig.counted is not None and fig.counted.startswith(counted)


@pytest.mark.parametrize(("text", "numeral"), [
    ("The strike lasted two weeks.", "two"),          # a duration
    ("He fired two more times.", "two"),              # a duration, after "more"
    ("Both sides agreed to talk.", "Both"),           # a determiner
    ("One resident said the road was closed.", "One"),  # a person, not a count
    ("Six received injuries in the crash, a fire official said.", "Six"),  # a verb follows, not a plural noun
])
def test_idioms_durations_and_verbs_stay_out(text, numeral):
    assert figure_at(text, numeral) is None


# ---- a number standing for its noun as its clause's subject ----

@pytest.mark.parametrize(("text", "numeral"), [
    ("Twelve climbers were swept off the ridge; nine were pulled out breathing.", "nine"),
    ("Eleven guests were hurt and seven were pulled from the rubble.", "seven"),
    ("None of the Dutch tourists died, though two had broken ribs.", "two"),
    ("Rescuers reached the first group at dawn. Seven of the welders are still stuck below.", "Seven"),
    ("Four of the nine people in the boat were rescued on Sunday.", "Four"),
    ("Of the ten on board, seven were brought ashore.", "seven"),
])
def test_a_number_as_its_clauses_subject_is_a_figure(text, numeral):
    fig = figure_at(text, numeral)
    assert fig is not None
    assert fig.text == numeral


def test_a_subject_count_with_a_casualty_word_keeps_its_category():
    fig = figure_at("Fourteen people were in the bus; three were killed.", "three")
    assert fig.category == "killed"


# ---- lengths: a measure of a thing, not a distance ----

@pytest.mark.parametrize(("text", "numeral", "unit"), [
    ("A pit some 20 metres wide swallowed part of the car park.", "20", "metres"),
    ("Dozens of villages are inside a 10-kilometre quarantine ring.", "10", "km"),
    ("Two cyclists were lifted out of the eight-metre-deep trench.", "eight", "metres"),
])
def test_a_length_that_measures_a_thing_is_a_figure(text, numeral, unit):
    fig = figure_at(text, numeral)
    assert fig is not None
    assert fig.unit == unit
    assert fig.category == "other"


@pytest.mark.parametrize(("text", "numeral"), [
    ("He lived three miles from the school.", "three"),
    ("The car stopped two miles away.", "two"),
    ("Police found a six-inch knife behind a 10-foot fence.", "six"),
])
def test_a_distance_or_an_objects_size_is_no_figure(text, numeral):
    assert figure_at(text, numeral) is None


# ---- qualifiers ----

def test_exceed_is_more_than():
    fig = figure_at("The growers' cooperative says the damage may exceed €620 million.", "620")
    assert (fig.value, fig.qualifier, fig.low, fig.high, fig.unit) == (620_000_000, "more than", 620_000_000, None,
                                                                       "EUR")
    assert fig.text == "exceed €620 million"
