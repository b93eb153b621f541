"""Casualty counts as news tells them (issue 4, GVA error analysis): headlines, people listed one by one, ordinal
tolls, ages and addresses that are no counts, shooters that are no casualties, tallies of other shootings, and the
scorer's article and incident rules. Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsledger.eval.figures import article_counts, incident_counts, reconcile, title_figures
from newsledger.extract.figures import covers_many_events, extract_figures
from newsledger.ledger import Article


def figures_of(text: str):
    found = extract_figures(Article(id="t", text=text), None, None)
    for fig in found:
        assert text[fig.start:fig.end] == fig.text
    return found


def casualties(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.category) for f in figures_of(text) if f.category in {"killed", "wounded", "killed_or_wounded"}]


@pytest.mark.parametrize(("text", "expected"), [
    # a headline names its victim without an article
    ("Teen shot dead outside corner store", [(1, "killed")]),
    ("Police: 15-year-old boy shot, killed near ballpark", [(1, "killed")]),
    ("Woman dies after weekend shooting in Eastwood", [(1, "killed")]),
    ("Toddler grazed by stray bullet in Riverside", [(1, "wounded")]),
    ("Hunter accidentally shoots himself while cleaning rifle", [(1, "killed_or_wounded")]),
    ("Nine-year-old accidentally shoots younger brother", [(1, "killed_or_wounded")]),
    # active, with an object: the subject is the shooter, not a casualty
    ("The gunman shot and killed two men, wounding four others.", [(2, "killed"), (4, "wounded")]),
])
def test_headlines(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said a woman and her two sons were found dead in the apartment.", [(3, "killed")]),
    ("Two children and their grandfather were found shot to death on Sunday.", [(3, "killed")]),
    ("He is charged in the deaths of his wife, his son and his neighbor.", [(3, "killed")]),
    ("The man killed his girlfriend and her brother, then himself.", [(3, "killed")]),
    ("Marta Olsen, 41, and Dana Reyes, 38, were wounded.", [(2, "wounded")]),
    ("3 teens, 1 adult shot outside roller rink", [(4, "killed_or_wounded")]),
    ("He and two others were shot near the bus stop.", [(3, "killed_or_wounded")]),
    # a pronoun never joins a list after a verb: "he" is the one who shot
    ("She said he killed his two cousins and he shot her too.", [(2, "killed")]),
])
def test_people_listed_one_by_one_are_counted_together(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("16-year-old killed, 14-year-old wounded in Westside shooting", [(1, "killed"), (1, "wounded")]),
    ("Girl, 6, shot, killed in drive-by; 9-year-old sister expected to survive", [(1, "killed"), (1, "wounded")]),
    ("The blast of gunfire left a 3-year-old boy wounded.", [(1, "wounded")]),
    ("Two lives were lost and another man was injured.", [(2, "killed"), (1, "wounded")]),
])
def test_a_headline_or_lead_telling_two_fates(text, expected):
    assert casualties(text) == expected


def test_an_ordinal_victim_means_at_least_that_many_shot():
    fig = figures_of("The second victim, a teenager, was taken to the hospital.")[0]
    assert (fig.value, fig.category, fig.qualifier) == (2, "killed_or_wounded", "at least")
    assert casualties("A fourth man was critically injured.") == [(4, "killed_or_wounded")]
    assert casualties("The second man was arrested on Tuesday.") == []


def test_ordinal_deaths_raise_the_toll_but_not_a_listed_fourth():
    fig = figures_of("A third victim has died after Tuesday's shooting at the car wash.")[0]
    assert (fig.value, fig.category, fig.qualifier) == (3, "killed", None)  # the toll itself (issue 17, round 5)
    assert casualties("Third man dies after shooting at dice game") == [(3, "killed")]
    # "the fourth man" is one of a group just described, not a toll
    assert (3.0, "killed") not in casualties("Three were treated for minor injuries. The fourth man died later.")


@pytest.mark.parametrize(("text", "expected"), [
    ("One of them has died, police said.", [(1, "killed")]),
    ("A Lakeside eighth-grader died Friday after the accident.", [(1, "killed")]),
    ("Officers said the juvenile was shot in the leg.", [(1, "killed_or_wounded")]),
    ("A 7-year-old girl was struck in the arm by a stray bullet.", [(1, "killed_or_wounded")]),
    ("The man was charged in the shooting death of his stepson.", [(1, "killed")]),
    ("The patient, who accidentally shot herself, is in stable condition.", [(1, "wounded")]),
    ("A woman was seriously injured and her brother was killed in the attack.", [(1, "wounded"), (1, "killed")]),
    ("Another child was not hurt in the shooting.", []),
    ("Three men wound up dead after the argument.", [(3, "killed")]),
    ("Three men were shot to death in the garage.", [(3, "killed")]),
    ("The children ran for their lives.", []),
    # "received a gunshot wound": shot, whether the person lived is told elsewhere
    ("The boy received a gunshot wound to the head, deputies said.", [(1, "killed_or_wounded")]),
])
def test_single_casualties(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text", [
    "The victim, 20, was pronounced dead at the scene.",
    "Ana Ruiz, four, was taken to the children's hospital.",
    "The other, 23, is in fair condition.",
    "Officers were called to 4120 Oakridge Terrace about midnight.",
    "The shooting happened on 2750 Hollis Avenue.",
    "His neighbor called 911 after hearing shots.",
    "The driver was going 70 or 80 mph when he crashed.",
    "Deputies told 12 News the boy was shot by his brother.",
    "The suspect drove a four-door sedan.",
    "All of the people shot were under the age of 30.",
    "He was pronounced dead at 5 at the hospital.",
    "Image 3 of / 9 Police tape at the scene.",
])
def test_ages_addresses_and_labels_are_not_casualty_counts(text):
    assert [f for f in casualties(text) if f[0] not in {1}] == []


def test_ages_in_a_list_are_not_counts():
    assert casualties("Two men, ages 26 and 29, were shot in the foot.") == [(2, "killed_or_wounded")]
    assert casualties("Two of the boys, 13 and 16, were wounded.") == [(2, "wounded")]
    assert casualties("The other two victims were 15 and 19 years old and are expected to survive.") \
        == [(2, "killed_or_wounded")]


def test_shooters_and_things_are_not_casualties():
    assert casualties("Two other men walked up and shot him several times.") == []
    assert casualties("He faces one count of malicious wounding.") == []
    assert casualties("A bullet struck one of three cars parked on the street.") == []
    assert casualties("Police found the boy lying between two buildings with a gunshot wound.") == []


def test_a_word_that_told_another_numbers_fate_does_not_count_this_one():
    assert casualties("One adult is dead and one person remains in critical condition.") \
        == [(1, "killed"), (1, "wounded")]
    assert casualties("The fight left one dead and 11 others shot.") == [(1, "killed"), (11, "killed_or_wounded")]


def test_tallies_of_many_shootings_are_scoped_and_not_the_incidents_count():
    found = figures_of("At least 30 people were shot across the city since Friday evening, police said.")
    assert covers_many_events(found[0].scope)
    found = figures_of("Four people were killed, including the nephew of U.S. Rep. Jane Doe, and 12 more were "
                       "wounded in shootings across the city.")
    assert all(covers_many_events(f.scope) for f in found)
    assert not covers_many_events("last month")  # a follow-up names its own incident's date so
    assert not covers_many_events("in Kursk")
    killed, wounded, total = article_counts(figures_of(
        "A man was killed Sunday. Eight people were killed in shootings across the city this weekend."))
    assert killed == 1


def test_headline_figures_count_with_the_body():
    article = Article(id="h", title="2 dead, 3 wounded in Elm Street shooting", text="Police are investigating.")
    assert [(f.value, f.category) for f in title_figures(article)] == [(2, "killed"), (3, "wounded")]
    assert article_counts(title_figures(article)) == (2, 3, None)
    assert title_figures(Article(id="n", text="No title here.")) == []


def test_reconcile_most_reports_win_then_the_newest_then_the_smaller():
    assert reconcile([("2024-01-01", 2), ("2024-01-02", 2), ("2024-01-03", 3)]) == 2
    assert reconcile([("2024-01-01", 2), ("2024-01-03", 3)]) == 3
    assert reconcile([("2024-01-03", 1), ("2024-01-03", 11)]) == 1
    assert reconcile([("2024-01-01", None)]) == 0
    counts = incident_counts({"killed": [("2024-01-01", 1)], "injured": [("2024-01-01", None)],
                              "total": [("2024-01-01", 4)]})
    assert counts == {"killed": 1, "injured": 3}
