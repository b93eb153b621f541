"""Issue 16, same quantity (the fourth blind draw's causes): a history paragraph dated by a year or a prison term, a
victim recalled in a clause of time before a new one, people sought for another crime, a trial's coverage naming
the story's own old shooting, and one number counting two groups (officers wounded, relatives killed) where a count
names neither. Invented sentences throughout."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.ledger import Article
from newsledger.link.quantities import (
    _sentence_date,
    align_figures,
    counts_no_people,
    earlier_incident,
    separate_incident,
)

from .outlet_kit import Outlet

PUBLISHED = dt.date(2025, 6, 2)


def _groups(outlets: list[Outlet]) -> list[set[str]]:
    figures = [f for o in outlets for f in o.figures]
    articles = {o.article.id: o.article for o in outlets}
    texts = {f.id: f"{f.article[-4:]}:{f.text}" for f in figures}
    names = {o.article.id[-4:]: o.article.outlet for o in outlets}
    return [{f"{names[texts[m][:4]]}:{texts[m][5:]}" for m in al.members}
            for al in align_figures("story-x", figures, articles)]


def _fig(text: str, phrase: str, value: float, category: str = "killed", counted: str | None = None,
         date: str = "2025-06-02"):
    o = Outlet("gazette", date, text)
    o.figure(phrase, value, category, counted=counted)
    return o.figures[0], Article(id=o.article.id, text=text, date=date)


# ---- a year, a decade, a season of a year ----

@pytest.mark.parametrize(("sentence", "expected"), [
    ("He shot a neighbor in November of 1994.", dt.date(1994, 12, 31)),
    ("In 2015, four children died in accidental shootings.", dt.date(2015, 12, 31)),
    ("The 2009 shooting left two men dead.", dt.date(2009, 12, 31)),
    ("He was convicted in a 2011 robbery that left a clerk wounded.", dt.date(2011, 12, 31)),
    ("Two people were killed there in the 1990s.", dt.date(1999, 12, 31)),
    ("The summer of 2003 was the deadliest on record.", dt.date(2003, 12, 31)),
    ("A man was shot near the pier on Friday.", None),
    ("The 2025 budget adds two officers.", None),  # a year with no incident noun after it names nothing
])
def test_years_a_sentence_names(sentence, expected):
    assert _sentence_date(sentence, PUBLISHED) == expected


def test_a_history_line_dated_by_a_bare_year_is_an_earlier_incident():
    fig, art = _fig("The gunman had killed a neighbor in 1998, records show.", "a neighbor", 1, counted="neighbor")
    assert earlier_incident(fig, art)


# ---- a prison term, "years ago" in the count's own clause ----

@pytest.mark.parametrize(("text", "phrase", "earlier"), [
    ("Reyes had spent 12 years in a state prison for the shooting death of a man who tried to stop him.", "a man",
     True),
    ("Reyes served eight years behind bars for killing two people at a gas station.", "two people", True),
    ("Records show Reyes went to prison for wounding a clerk during a robbery.", "a clerk", True),
    ("Reyes shot and killed a neighbor 20 years ago.", "a neighbor", True),
    ("Reyes killed two people in a bar fight decades earlier.", "two people", True),
    ("Reyes killed two people declared two years ago that he would move away.", "two people", False),
    ("Reyes shot a neighbor on Friday, three years after he left prison.", "a neighbor", False),
    ("A man who spent the night in a shelter was shot on Friday.", "A man", False),
])
def test_a_prison_term_or_years_ago_put_a_count_in_an_earlier_incident(text, phrase, earlier):
    fig, art = _fig(text, phrase, 2 if "two" in phrase else 1)
    assert earlier_incident(fig, art) is earlier


# ---- another incident, told in the count's own sentence ----

@pytest.mark.parametrize(("text", "phrase", "other"), [
    ("Just hours after a cyclist was shot on Main Street, another man has been shot downtown.", "a cyclist", True),
    ("Two days after a clerk was wounded in a robbery, a second shooting rocked the block.", "a clerk", True),
    ("Hours after a cyclist was shot on Main Street, police arrested a suspect.", "a cyclist", False),
    ("The victims knew three suspects police are seeking in connection with another homicide.", "three suspects",
     True),
    ("Two men wanted in an unrelated robbery were questioned.", "Two men", True),
    ("Police are seeking three suspects in connection with the shooting.", "three suspects", False),
    ("Police do not know whether a shooting that left two people wounded is connected.", "two people", True),
    ("A shooting that left two people wounded is under investigation.", "two people", False),
])
def test_a_count_its_sentence_puts_in_another_incident(text, phrase, other):
    fig, art = _fig(text, phrase, 3 if "three" in phrase else 2 if phrase.lower().startswith("two") else 1, "other"
                    if "suspects" in phrase or "men" in phrase else "wounded")
    assert separate_incident(fig, art) is other


def test_a_victim_recalled_before_a_new_one_is_not_aligned_with_the_new_one():
    a = Outlet("ledger", "2025-06-02", "A teen was shot early Thursday on Pine Road. Just a day after a cyclist was "
               "shot on Main Street, another teen has been shot.")
    a.figure("A teen", 1, "wounded", counted="teen")
    a.figure("a cyclist", 1, "wounded", counted="cyclist")
    b = Outlet("courier", "2025-06-02", "A teenage boy was found shot on Pine Road on Thursday.")
    b.figure("A teenage boy", 1, "wounded", counted="teenage boy")
    assert _groups([a, b]) == [{"ledger:A teen", "courier:A teenage boy"}]


# ---- a trial's coverage names the story's own old shooting ----

def test_an_old_date_is_the_storys_own_when_the_story_began_then():
    text = "A jury convicted Reyes over the 2023 shooting that left four people wounded at the fair."
    fig, art = _fig(text, "four people", 4, "wounded", date="2025-06-02")
    assert earlier_incident(fig, art)
    assert not earlier_incident(fig, art, story_began=dt.date(2023, 8, 14))
    assert earlier_incident(fig, art, story_began=dt.date(2025, 5, 1))


def test_a_trial_report_aligns_with_the_first_report_of_its_shooting():
    first = Outlet("ledger", "2023-08-14", "Four people were wounded at the county fair on Sunday night.")
    first.figure("Four people", 4, "wounded", counted="people")
    trial = Outlet("courier", "2025-06-02", "A jury convicted Reyes over the 2023 shooting that left four people "
                   "wounded at the fair.")
    trial.figure("four people", 4, "wounded", counted="people")
    assert _groups([first, trial]) == [{"ledger:Four people", "courier:four people"}]
    # alone, the trial report's count stays an earlier incident's, as before
    alone = Outlet("herald", "2025-06-02", "Four people were wounded, the jury heard; the 2023 shooting shocked the town.")
    alone.figure("Four people", 4, "wounded", counted="people")
    assert _groups([trial, alone]) == []


# ---- one number, two groups: a count naming neither goes by its category ----

def _spree() -> list[Outlet]:
    a = Outlet("ledger", "2025-06-02", "The gunman wounded two deputies at a traffic stop and later killed two people "
               "at a farmhouse.")
    a.figure("two deputies", 2, "wounded", counted="deputies")
    a.figure("two people", 2, "killed", counted="people")
    b = Outlet("courier", "2025-06-02", "The two deputies were wounded. The gunman's two relatives were found dead.")
    b.figure("two deputies", 2, "wounded", counted="deputies")
    b.figure("two relatives", 2, "killed", counted="relatives")
    c = Outlet("herald", "2025-06-03", "Both victims had deep cuts, the coroner said.")
    c.figure("Both", 2, "killed_or_wounded", counted="victims")
    # an extractor's slip: the deputies read as killed from "the killing of two relatives, the shooting of two deputies"
    d = Outlet("tribune", "2025-06-03", "He is wanted for the killing of two relatives, the shooting of two deputies "
               "and a carjacking.")
    d.figure("two deputies", 2, "killed", counted="deputies")
    return [a, b, c, d]


def test_a_count_naming_no_group_joins_the_group_its_category_fits():
    groups = _groups(_spree())
    assert {"ledger:two people", "courier:two relatives"} in groups
    assert {"ledger:two deputies", "courier:two deputies"} in groups
    # the deputies are mostly told wounded: a count of two killed is the relatives, never the deputies
    assert not any({"ledger:two people", "tribune:two deputies"} <= g for g in groups)


def test_a_count_that_fits_both_groups_joins_neither():
    assert not any("herald:Both" in g for g in _groups(_spree()))


def test_without_two_groups_a_count_naming_none_still_aligns():
    a = Outlet("ledger", "2025-06-02", "Two people were killed at a farmhouse on Friday.")
    a.figure("Two people", 2, "killed", counted="people")
    b = Outlet("courier", "2025-06-02", "Both victims were found dead at the farmhouse.")
    b.figure("Both", 2, "killed", counted="victims")
    c = Outlet("herald", "2025-06-02", "The gunman's two relatives were found dead at the farmhouse.")
    c.figure("two relatives", 2, "killed", counted="relatives")
    groups = _groups([a, b, c])
    assert any({"ledger:Two people", "courier:Both", "herald:two relatives"} <= g for g in groups)


# ---- values an order of magnitude apart ----

def test_values_more_than_tenfold_apart_are_never_one_quantity():
    a = Outlet("ledger", "2025-06-02", "Four people were wounded downtown after the fireworks.")
    a.figure("Four people", 4, "wounded", counted="people")
    b = Outlet("courier", "2025-06-03", "His shots could have hurt any of the hundreds of bystanders, police wrote.")
    b.figure("hundreds", None, "wounded", counted="bystanders")
    b.figures[0] = b.figures[0].model_copy(update={"low": 200.0, "high": 999.0})
    c = Outlet("herald", "2025-06-03", "Five people were wounded downtown, police said.")
    c.figure("Five people", 5, "wounded", counted="people")
    assert _groups([a, b, c]) == [{"ledger:Four people", "herald:Five people"}]


def test_a_revised_toll_within_tenfold_stays_one_quantity():
    a = Outlet("ledger", "2025-06-02", "At least two people were killed in the blast.")
    a.figure("At least two people", 2, "killed", counted="people")
    b = Outlet("courier", "2025-06-04", "The toll rose to 25 people killed.")
    b.figure("25 people", 25, "killed", counted="people")
    c = Outlet("herald", "2025-06-03", "Nine people were killed in the blast.")
    c.figure("Nine people", 9, "killed", counted="people")
    groups = _groups([a, b, c])
    # 9 and 25 are one toll revised; 2 and 25 are more than tenfold apart, so the first count stays apart
    assert groups == [{"courier:25 people", "herald:Nine people"}]


# ---- an amount one article gives with two values is two quantities ----

def test_two_bails_in_one_article_are_two_quantities():
    a = Outlet("ledger", "2025-06-02", "Reyes is held on $50,000 bail. Ortiz is held on $5,000 bail.")
    a.figure("$50,000", 50000, "money", counted="bail")
    a.figure("$5,000", 5000, "money", counted="bail")
    b = Outlet("courier", "2025-06-03", "Reyes remains jailed on $50,000 bail, records show.")
    b.figure("$50,000", 50000, "money", counted="bail")
    assert _groups([a, b]) == [{"ledger:$50,000", "courier:$50,000"}]



# ---- an ordinal is a rank, not a count, unless it names a grade ----

@pytest.mark.parametrize(("text", "phrase", "value", "no_people"), [
    ("The 4th person was taken to a hospital in critical condition.", "4th person", 4, True),
    ("A sixth victim walked into a clinic later.", "sixth victim", 6, True),
    ("A 10th-grader was shot and killed on Friday.", "A 10th-grader", 1, False),
    ("The sixth-grader died at the scene.", "The sixth-grader", 1, False),
    ("Four people were wounded.", "Four people", 4, False),
    # a unit of measure counts no one either
    ("Had she been shot two inches lower, she would have died.", "two inches", 2, True),
])
def test_ordinals_and_units_count_no_people_unless_they_name_a_grade(text, phrase, value, no_people):
    fig, _ = _fig(text, phrase, value, "wounded")
    assert counts_no_people(fig) is no_people


# ---- an age in words is an age ----

def test_an_age_in_words_tells_people_apart_and_meets_its_digits():
    a = Outlet("ledger", "2025-06-02", "A six-month-old girl was shot to death on Elm Street.")
    a.figure("A six-month-old girl", 1, "killed", counted="girl")
    b = Outlet("courier", "2025-06-02", "A 26-year-old was killed on Elm Street, police said.")
    b.figure("A 26-year-old", 1, "killed")
    c = Outlet("herald", "2025-06-03", "A 6-month-old girl died after the shooting on Elm Street.")
    c.figure("A 6-month-old girl", 1, "killed", counted="girl")
    groups = _groups([a, b, c])
    assert {"ledger:A six-month-old girl", "herald:A 6-month-old girl"} in groups
    assert not any("courier:A 26-year-old" in g for g in groups)
