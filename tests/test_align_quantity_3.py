"""Issue 16, same quantity (round 2, causes the unseen draws showed): a toll that counts the gunman against his
victims', people shot against people hurt, the wounded treated "for other injuries" or set beside one in critical
condition, the head of a coordinated list, a tally over a span of hours, a count whose casualty word a relative
clause says of someone else, vague uncategorised counts, victims against the gunman, and numbers inside names or
road names. Invented sentences throughout."""

from __future__ import annotations

import pytest

from newsledger.extract.numbers import find_numbers
from newsledger.ledger import Article
from newsledger.link.quantities import (
    align_figures,
    casualty_of_another,
    counts_no_people,
    counts_perpetrator,
    figure_span,
    harm,
    heads_a_list,
    part_by_context,
)

from .outlet_kit import Outlet


def _groups(outlets: list[Outlet]) -> list[set[str]]:
    figures = [f for o in outlets for f in o.figures]
    articles = {o.article.id: o.article for o in outlets}
    texts = {f.id: f"{f.article[-4:]}:{f.text}" for f in figures}
    names = {o.article.id[-4:]: o.article.outlet for o in outlets}
    return sorted(({f"{names[texts[m][:4]]}:{texts[m][5:]}" for m in al.members}
                   for al in align_figures("story-x", figures, articles)), key=sorted)


def _fig(text: str, phrase: str, value: float | None, category: str = "killed", counted: str | None = None):
    o = Outlet("gazette", "2025-06-02", text)
    o.figure(phrase, value, category, counted=counted)
    return o.figures[0], Article(id=o.article.id, text=text, date="2025-06-02")


# ---- a toll that counts the gunman ----

@pytest.mark.parametrize(("text", "phrase", "whole"), [
    ("Four were killed, including himself, the sheriff said.", "Four", True),
    ("At least three are dead - including Marsh, who took his own life.", "three", True),
    ("Five people died, including the gunman.", "Five", True),
    ("Two people were killed, including the suspected shooter, and six were hurt.", "Two", True),
    ("Five people died, including a teacher.", "Five", False),
    ("The gunman killed three people before he turned the gun on himself.", "three", False),
])
def test_a_toll_said_to_include_the_gunman(text, phrase, whole):
    fig, art = _fig(text, phrase, 4)
    assert counts_perpetrator(fig, art) is whole


def test_a_toll_with_the_gunman_is_not_his_victims_count():
    a = Outlet("ledger", "2025-06-02", "Inside the depot he shot 12 people. Four were killed, including himself.")
    a.figure("Four", 4, "killed", counted=None)
    b = Outlet("courier", "2025-06-02", "The gunman killed three people at the depot before police arrived.")
    b.figure("three people", 3, "killed", counted="people")
    c = Outlet("herald", "2025-06-02", "Police say the gunman killed three coworkers at the depot.")
    c.figure("three coworkers", 3, "killed", counted="coworkers")
    assert _groups([a, b, c]) == [{"courier:three people", "herald:three coworkers"}]


def test_an_unqualified_toll_of_the_same_value_joins_the_whole():
    a = Outlet("ledger", "2025-06-02", "At least four are dead, including the gunman, officials said.")
    a.figure("four", 4, "killed")
    b = Outlet("courier", "2025-06-02", "FOUR DEAD IN DEPOT RAMPAGE, POLICE SAY")
    b.figure("FOUR", 4, "killed")
    c = Outlet("herald", "2025-06-02", "The gunman fatally shot three people at the depot.")
    c.figure("three people", 3, "killed", counted="people")
    assert _groups([a, b, c]) == [{"ledger:four", "courier:FOUR"}]


# ---- people shot, people hurt ----

@pytest.mark.parametrize(("text", "phrase", "kind"), [
    ("Five people were shot and a young girl was hurt in the crush.", "Five", "shot"),
    ("Six people were injured at the fair.", "Six", "hurt"),
    ("Crews found six people with gunshot wounds and other injuries.", "six", "hurt"),
    ("The gunman killed one man and injured four others, and was then shot by a deputy.", "four", "hurt"),
    ("Two were killed and three others wounded.", "three", "hurt"),
    ("Three people were taken to the hospital.", "Three", None),
])
def test_how_a_count_says_its_people_were_harmed(text, phrase, kind):
    fig, art = _fig(text, phrase, 5, "wounded")
    assert harm(fig, art) == kind


def test_people_shot_are_not_people_hurt_of_another_value():
    a = Outlet("ledger", "2025-06-02", "Five people were shot and a young girl was hurt near the market on Sunday.")
    a.figure("Five", 5, "wounded", counted="people")
    b = Outlet("courier", "2025-06-02", "Six people were injured near the market on Sunday, officials said.")
    b.figure("Six", 6, "wounded", counted="people")
    c = Outlet("herald", "2025-06-02", "Five people were shot near the market on Sunday.")
    c.figure("Five", 5, "wounded", counted="people")
    assert _groups([a, b, c]) == [{"ledger:Five", "herald:Five"}]


def test_people_shot_and_people_hurt_of_one_value_are_one_count():
    a = Outlet("ledger", "2025-06-02", "Eight people were shot outside the club early Sunday.")
    a.figure("Eight", 8, "wounded", counted="people")
    b = Outlet("courier", "2025-06-02", "Eight people were injured outside the club early Sunday.")
    b.figure("Eight", 8, "wounded", counted="people")
    assert _groups([a, b]) == [{"ledger:Eight", "courier:Eight"}]


def test_the_hurt_still_meet_each_other_beside_a_count_of_the_shot():
    a = Outlet("ledger", "2025-06-02", "In all 12 people were shot at the party. The gunman injured 11 others.")
    a.figure("12", 12, "wounded", counted="people")
    b = Outlet("courier", "2025-06-02", "Twelve people were hurt at the party, police said.")
    b.figure("Twelve", 12, "wounded", counted="people")
    c = Outlet("herald", "2025-06-02", "An official said 13 were injured at the party.")
    c.figure("13", 13, "wounded")
    groups = _groups([a, b, c])
    assert {"ledger:12", "courier:Twelve"} in groups
    assert not any({"ledger:12", "herald:13"} <= g for g in groups)


# ---- parts of the wounded: "other injuries", one set beside them ----

@pytest.mark.parametrize(("text", "phrase", "category", "part"), [
    ("One man is in critical condition and three are being treated for other injuries.", "three", "wounded", True),
    ("The blast seriously injured four and put a pregnant woman in critical condition.", "four", "wounded", True),
    ("The gunman wounded three and left a fourth in serious condition.", "three", "wounded", True),
    ("The gunman killed three and left a fourth in critical condition.", "three", "killed", False),
    ("Crews found six people with gunshot wounds and other injuries.", "six", "wounded", False),
    ("He wounded three and left the scene in a gray car.", "three", "wounded", False),
])
def test_wounded_counts_that_leave_someone_out(text, phrase, category, part):
    fig, art = _fig(text, phrase, 3, category)
    assert part_by_context(fig, art) is part


# ---- the head of a coordinated list ----

@pytest.mark.parametrize(("text", "phrase", "category", "head"), [
    ("Two men and a woman were arrested on Friday.", "Two", "arrested", True),
    ("Three adults and two children were shot at the park.", "Three", "killed_or_wounded", True),
    ("Two men, and a teenager were detained.", "Two men", "arrested", True),
    ("A woman died and three men were wounded.", "A woman", "killed", False),
    ("Three children and a woman were at home, police said.", "Three", "other", False),
    ("Two people were detained on Friday.", "Two", "arrested", False),
])
def test_a_number_heading_a_list_counts_a_subgroup(text, phrase, category, head):
    fig, art = _fig(text, phrase, 2, category)
    assert heads_a_list(fig, art) is head


def test_a_list_head_aligns_with_its_own_repetition_not_with_the_whole():
    a = Outlet("ledger", "2025-06-02", "Two men and a woman were arrested in the killing of a farmer.")
    a.figure("Two", 2, "arrested", counted="men")
    b = Outlet("courier", "2025-06-02", "Two men and a woman were arrested in the killing of a farmer.")
    b.figure("Two", 2, "arrested", counted="men")
    c = Outlet("herald", "2025-06-02", "Sources say two people have been detained in the killing of a farmer.")
    c.figure("two people", 2, "arrested", counted="people")
    assert _groups([a, b, c]) == [{"ledger:Two", "courier:Two"}]


# ---- a tally over a span of hours ----

@pytest.mark.parametrize(("text", "phrase", "span"), [
    ("It was a violent night as nine people were shot in a five-hour span across the city.", "nine", "five hour"),
    ("Eleven people were shot over a 12-hour period.", "Eleven", "12 hour"),
    ("Five people were shot on Hewitt Avenue.", "Five", "total"),
])
def test_a_tally_over_a_span_of_hours_is_not_one_shootings_count(text, phrase, span):
    fig, art = _fig(text, phrase, 9, "killed_or_wounded")
    assert figure_span(fig, art) == span


def test_a_citywide_tally_is_not_aligned_with_one_shootings_count():
    a = Outlet("ledger", "2025-06-02", "Nine people were shot in a five-hour span across the city on Monday.")
    a.figure("Nine", 9, "killed_or_wounded", counted="people")
    b = Outlet("courier", "2025-06-02", "Police found six victims on Elm Avenue on Monday night.")
    b.figure("six victims", 6, "killed_or_wounded", counted="victims")
    assert _groups([a, b]) == []


# ---- someone else's casualty word; victims and the gunman ----

@pytest.mark.parametrize(("text", "phrase", "other"), [
    ("Five people were wounded, including a pregnant woman whose unborn child was killed.", "a pregnant woman", True),
    ("Three families whose sons died in the attack met the mayor.", "Three families", True),
    ("A woman whose car was parked nearby was killed.", "A woman", False),
    ("A pregnant woman was killed on Elm Street.", "A pregnant woman", False),
])
def test_a_casualty_word_a_relative_clause_says_of_someone_else(text, phrase, other):
    fig, art = _fig(text, phrase, 1)
    assert casualty_of_another(fig, art) is other


def test_the_victim_and_the_gunman_are_two_people():
    a = Outlet("ledger", "2025-06-02", "The victim who died in the shooting was a 56-year-old mechanic.")
    a.figure("The victim", 1, "killed", counted="victim")
    b = Outlet("courier", "2025-06-02", "Later that morning the suspect was shot and killed by a deputy.")
    b.figure("the suspect", 1, "killed", counted="suspect")
    assert _groups([a, b]) == []


# ---- counts that say too little, or count no people ----

def test_a_vague_uncategorised_count_is_not_an_exact_one():
    a = Outlet("ledger", "2025-06-02", "The gunman then fired at the highway, hitting several drivers.")
    a.figure("several", None, "other", counted="drivers")
    a.figures[0] = a.figures[0].model_copy(update={"low": 3.0, "high": 7.0})
    b = Outlet("courier", "2025-06-02", "He went on to kill two drivers during carjackings.")
    b.figure("two", 2, "other", counted="drivers")
    assert _groups([a, b]) == []


def test_counts_of_males_say_nothing_of_who_they_are():
    a = Outlet("ledger", "2025-06-02", "There were four young males at the bus stop at the time.")
    a.figure("four", 4, "other", counted="young males")
    b = Outlet("courier", "2025-06-02", "Police said two males are being sought.")
    b.figure("two", 2, "other", counted="males")
    assert _groups([a, b]) == []


def test_shootings_in_several_locations_count_no_people():
    fig, _ = _fig("Police received calls about shootings in several locations.", "several", None,
                  "killed_or_wounded", counted="locations")
    assert counts_no_people(fig)


# ---- numbers inside a name or a road's name ----

@pytest.mark.parametrize(("text", "counted"), [
    ("Photo: Mesa 21 Video. Police investigate the scene.", []),
    ("He drove north on the 5 Freeway to the junction.", []),
    ("Traffic was stopped on the 405 Expressway for hours.", []),
    ("Headline: Gunman Kills 3 Officers In Ambush", [3.0]),
    ("Breaking: Shooting Leaves 4 Injured Downtown", [4.0]),
    ("Police said 5 people were shot.", [5.0]),
])
def test_numbers_inside_names_are_no_counts(text, counted):
    assert [m.value for m in find_numbers(text)] == counted
