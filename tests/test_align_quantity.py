"""Issue 16, phase 7: same-quantity figure alignment told by who is counted. One person's age said after the figure,
the role of the counted people (a child, an adult, an officer, a suspect, a relative), a count of people charged
read as a casualty count, and a bare "a child" in an article about two children of different ages. Invented
sentences throughout."""

from __future__ import annotations

from newsledger.ledger import Figure
from newsledger.link.quantities import ages_after, align_figures, charged_by_context, injury_day, person_roles

from .outlet_kit import Outlet


def _aligned(outlets: list[Outlet], a: str, b: str) -> bool:
    figures = [f for o in outlets for f in o.figures]
    articles = {o.article.id: o.article for o in outlets}
    return any({a, b} <= set(al.members) for al in align_figures("story-x", figures, articles))


def _one(outlet: str, text: str, phrase: str, value: float, category: str, counted: str | None = None,
         date: str = "2025-03-04") -> tuple[Outlet, str]:
    o = Outlet(outlet, date, text)
    return o, o.figure(phrase, value, category, counted=counted)


def _figure(o: Outlet, fid: str) -> Figure:
    return next(f for f in o.figures if f.id == fid)


# ---- one person's age, also when said after the figure ----

def test_an_age_said_after_the_figure_tells_two_children_apart() -> None:
    a, fa = _one("gazette", "A child, believed to be 4 years old, was shot in a house on Elm Court.", "A child", 1,
                 "wounded", counted="child")
    b, fb = _one("herald", "A 9-year-old was shot in the arm on Birch Lane, police said.", "A 9-year-old", 1,
                 "wounded")
    assert ages_after(_figure(a, fa), a.article) == frozenset({"believed to be 4 years old"})
    assert not _aligned([a, b], fa, fb)


def test_the_same_age_said_two_ways_stays_one_child() -> None:
    a, fa = _one("gazette", "A child, believed to be 4 years old, was shot in a house on Elm Court.", "A child", 1,
                 "wounded", counted="child")
    b, fb = _one("herald", "A 4-year-old boy was shot in a house on Elm Court, police said.", "A 4-year-old boy", 1,
                 "wounded")
    assert _aligned([a, b], fa, fb)


# ---- roles of the counted people ----

def test_a_toddler_is_not_the_suspect() -> None:
    a, fa = _one("gazette", "Deputies said the toddler was hurt when a pistol fired in the kitchen.", "the toddler",
                 1, "wounded")
    b, fb = _one("herald", "Deputies later shot the suspect near the river.", "the suspect", 1, "wounded")
    assert not _aligned([a, b], fa, fb)


def test_the_gunman_and_the_suspect_may_be_one_man() -> None:
    a, fa = _one("gazette", "Officers shot the gunman outside the depot.", "the gunman", 1, "wounded")
    b, fb = _one("herald", "Officers wounded the suspect near the depot.", "the suspect", 1, "wounded")
    assert _aligned([a, b], fa, fb)


def test_officers_shot_are_not_the_relatives_killed() -> None:
    a, fa = _one("gazette", "The man killed two deputies at the farm gate.", "two", 2, "killed", counted="deputies")
    b, fb = _one("herald", "The man killed his two cousins at the farm gate.", "two", 2, "killed", counted="cousins")
    assert not _aligned([a, b], fa, fb)


def test_deputies_and_officers_are_one_group() -> None:
    a, fa = _one("gazette", "The man killed two deputies at the farm gate.", "two", 2, "killed", counted="deputies")
    b, fb = _one("herald", "The man killed two officers at the farm gate.", "two", 2, "killed", counted="officers")
    assert _aligned([a, b], fa, fb)


def test_a_list_of_different_people_has_no_role() -> None:
    fig = Figure(id="fig-1", article="art-1", value=2, category="wounded", start=0, end=20,
                 text="a man and his toddler", counted="man toddler")
    assert person_roles(fig) == frozenset()


def test_an_age_gives_a_child_or_an_adult() -> None:
    child = Figure(id="fig-1", article="art-1", value=1, category="wounded", start=0, end=13, text="a 6-year-old")
    adult = Figure(id="fig-2", article="art-1", value=1, category="wounded", start=0, end=14, text="a 40-year-old")
    teen = Figure(id="fig-3", article="art-1", value=1, category="wounded", start=0, end=14, text="a 16-year-old")
    assert person_roles(child) == frozenset({"child"})
    assert person_roles(adult) == frozenset({"adult"})
    assert person_roles(teen) == frozenset()  # "a 16-year-old" may be "a man" or "a boy"


# ---- people charged are not casualties ----

def test_people_indicted_are_not_the_dead() -> None:
    a, fa = _one("gazette", "A gunman killed two men outside the bowling alley in April.", "two", 2, "killed",
                 counted="men")
    b, fb = _one("herald", "The two were indicted Monday on murder charges.", "two", 2, "killed")
    assert charged_by_context(_figure(b, fb), b.article)
    assert not _aligned([a, b], fa, fb)


def test_gang_members_who_pleaded_guilty_are_not_a_toll() -> None:
    o = Outlet("gazette", "2025-03-04", "Five members of the Orchard Street crew pleaded guilty on Tuesday.")
    fid = o.figure("Five", 5, "killed_or_wounded")
    assert charged_by_context(_figure(o, fid), o.article)


def test_a_toll_before_a_plea_stays_a_toll() -> None:
    a, fa = _one("gazette", "A man accused of killing two women and wounding three others pleaded not guilty.", "two",
                 2, "killed", counted="women")
    b, fb = _one("herald", "Two women were killed at the apartment complex on Friday.", "Two women", 2, "killed",
                 counted="women")
    assert not charged_by_context(_figure(a, fa), a.article)
    assert _aligned([a, b], fa, fb)


# ---- a bare "a child" beside two children of different ages ----

GALLERY = ("A 4-year-old was hurt on Monday on Elm Court. A 9-year-old was hurt on Tuesday on Birch Lane. "
           "For the second time this week a child was hurt by a gun left in reach.")


def test_a_bare_child_beside_two_ages_joins_neither() -> None:
    a = Outlet("gazette", "2025-03-04", GALLERY)
    a.figure("A 4-year-old", 1, "wounded")
    a.figure("A 9-year-old", 1, "wounded")
    bare = a.figure("a child", 1, "wounded", counted="child")
    b, fb = _one("herald", "A 4-year-old boy was hurt on Elm Court, police said.", "A 4-year-old boy", 1, "wounded")
    assert not _aligned([a, b], bare, fb)


def test_a_bare_child_beside_one_age_is_that_child() -> None:
    a = Outlet("gazette", "2025-03-04", "A 4-year-old was hurt on Monday on Elm Court. Neighbours said a child "
                                        "was hurt by a gun left in reach.")
    a.figure("A 4-year-old", 1, "wounded")
    bare = a.figure("a child", 1, "wounded", counted="child")
    b, fb = _one("herald", "A 4-year-old boy was hurt on Elm Court, police said.", "A 4-year-old boy", 1, "wounded")
    assert _aligned([a, b], bare, fb)


def test_a_drift_keeps_who_is_counted() -> None:
    o = Outlet("gazette", "2025-03-04", "Sheriff Dale Moss said the gunman shot two deputies at the gate and "
                                        "killed two people at the farm.")
    o.source("Dale Moss", mention="Sheriff Dale Moss")
    shot = o.figure("two deputies", 2, "killed_or_wounded", counted="deputies", speaker="Dale Moss")
    dead = o.figure("two people", 2, "killed", counted="people", speaker="Dale Moss")
    assert not _aligned([o], shot, dead)
    p = Outlet("herald", "2025-03-04", "Sheriff Dale Moss said the gunman shot two deputies at the gate and that "
                                       "both deputies died.")
    p.source("Dale Moss", mention="Sheriff Dale Moss")
    shot_p = p.figure("two deputies", 2, "killed_or_wounded", counted="deputies", speaker="Dale Moss")
    dead_p = p.figure("both deputies", 2, "killed", counted="deputies", speaker="Dale Moss")
    assert _aligned([p], shot_p, dead_p)


# ---- a count of weapons is of no timeline ----

def test_weapons_counted_in_two_ways_are_not_aligned() -> None:
    a, fa = _one("gazette", "Deputies found three weapons in the pickup after the standoff.", "three", 3, "other",
                 counted="weapons")
    b, fb = _one("herald", "The gunman carried three weapons, one of them hidden in his boot.", "three", 3, "other",
                 counted="weapons")
    assert not _aligned([a, b], fa, fb)


def test_a_toll_naming_a_gun_after_its_people_still_aligns() -> None:
    a, fa = _one("gazette", "Three people hit by stray gun fire were taken to Mercy Hospital.", "Three people", 3,
                 "wounded", counted="people hit by stray gun fire")
    b, fb = _one("herald", "Three people were wounded by gunfire near the pier.", "Three people", 3, "wounded",
                 counted="people")
    assert _aligned([a, b], fa, fb)


# ---- the day a figure's own sentence says its people were shot ----

def test_two_teens_shot_on_two_days_are_two_quantities() -> None:
    a, fa = _one("gazette", "A 16-year-old was shot Sunday on Pine Street.", "A 16-year-old", 1, "wounded")
    b, fb = _one("herald", "A teen was shot early Monday near the rail yard.", "A teen", 1, "wounded")
    assert injury_day(_figure(a, fa), a.article) == injury_day(_figure(b, fb), b.article) - 1
    assert not _aligned([a, b], fa, fb)


def test_the_day_named_for_a_shooting_counts() -> None:
    o, fid = _one("gazette", "In Monday's shooting, the boy was hit twice in the leg.", "the boy", 1, "wounded")
    assert injury_day(_figure(o, fid), o.article) is not None


def test_a_death_or_a_saying_on_another_day_keeps_one_victim() -> None:
    a, fa = _one("gazette", "Police said Monday that a man was shot Saturday outside the diner.", "a man", 1,
                 "killed_or_wounded", counted="man")
    b, fb = _one("herald", "The man shot outside the diner died Sunday at County General.", "The man", 1,
                 "killed_or_wounded", counted="man")
    c, fc = _one("courier", "A man was shot Saturday night outside the diner.", "A man", 1, "killed_or_wounded",
                 counted="man")
    assert injury_day(_figure(b, fb), b.article) is None
    assert injury_day(_figure(a, fa), a.article) == injury_day(_figure(c, fc), c.article)
    assert _aligned([a, b, c], fa, fb) and _aligned([a, b, c], fa, fc)


def test_a_later_condition_report_gives_no_injury_day() -> None:
    o, fid = _one("gazette", "The girl was injured, but her condition improved Thursday.", "The girl", 1, "wounded")
    assert injury_day(_figure(o, fid), o.article) is None
