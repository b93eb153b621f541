"""Streets and named days in story linking: two shootings in one town on two streets and two days are two
stories, a follow-up months later that names the day of the shooting joins it (invented articles throughout; each
linking case here comes out the other way with the street and day weights set to zero)."""

from __future__ import annotations

import datetime as dt

from newsledger.ledger import Article
from newsledger.link.stories import Features, StoryIndex, event_days, features, pair_features, street_keys


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def test_streets_are_read_in_their_written_forms():
    assert street_keys("in the 3800 block of Quillon Avenue") == street_keys("near Quillon Ave. and a park")
    assert street_keys("at 38th Street and Quillon Ave.") == {"38th street", *street_keys("Quillon Avenue")}
    # a highway patrol, a lower-case street and a sports team name no street
    assert not street_keys("the Ardent Highway Patrol said a man ran into the street")
    assert not street_keys("the Portland Trail Blazers won")


def test_named_days_resolve_against_the_publication_day():
    published = _day("2024-11-20")  # a Wednesday
    days = event_days("Police said the Nov. 6 shooting and a fire on Sunday were not linked.", published)
    assert days == (_day("2024-11-06"), _day("2024-11-17"))
    # a month after the publication day is last year's; a written year is kept; an impossible day is no day
    assert event_days("He was shot Dec. 12.", published) == (_day("2023-12-12"),)
    assert event_days("It began on Dec. 25, 2019 and Feb. 30.", published) == (_day("2019-12-25"),)
    # without a publication day only a written year places a day
    assert event_days("He was shot Sunday, on Nov. 6.", None) == ()


def _report(aid: str, date: str, street: str, weekday: str, victim: str) -> Article:
    return Article(id=aid, outlet=f"{aid}.example", date=date, title="Man shot in Harrowgate, police say",
                   text=f"HARROWGATE, Vt. — A man was shot on {street} late {weekday}, police said. {victim}, 34, "
                        "was taken to Harrowgate General with wounds that are not thought to be life-threatening. "
                        "Officers are asking neighbours with doorbell cameras to come forward.")


def test_two_shootings_in_one_town_on_two_streets_and_days_are_two_stories():
    first = _report("a", "2025-03-03", "Tamsett Street", "Sunday", "Orrin Valasco")
    same = _report("b", "2025-03-03", "Tamsett Street", "Sunday", "Orrin Valasco")
    other = _report("c", "2025-03-17", "Pellow Road", "Sunday", "Dace Mirrin")
    index = StoryIndex()
    index.add([first, same, other])
    assert index.story_of("a") == index.story_of("b") != index.story_of("c")
    apart = pair_features(index.features_of("a"), index.features_of("c"), index._stats)
    assert apart["street_conflict"] == 1.0 and apart["day_conflict"] == 1.0
    together = pair_features(index.features_of("a"), index.features_of("b"), index._stats)
    assert together["street_match"] == 1.0 and together["day_match"] == 1.0


def test_a_follow_up_months_later_that_names_the_day_joins_its_story():
    first = _report("a", "2025-03-03", "Tamsett Street", "Sunday", "Orrin Valasco")
    later = Article(id="z", outlet="court.example", date="2025-08-14", title="Plea in Harrowgate shooting",
                    text="A Harrowgate man, 19, pleaded guilty Thursday to wounding a neighbour in the March 2 "
                         "shooting. He faces up to ten years.")
    f_first, f_later = features(first), features(later)
    assert f_first.event_days == (_day("2025-03-02"),) and _day("2025-03-02") in f_later.event_days
    index = StoryIndex()
    index.add([first, later])
    relation = pair_features(f_first, f_later, index._stats)
    # no name, street or wording of the first report: the day it names is what joins them (without the day
    # features this pair scores about -2, below the cut)
    assert relation["far_day_match"] == 1.0 and relation["street_match"] == 0.0
    assert index.story_of("z") == index.story_of("a")


def test_rows_keep_streets_and_days_and_read_older_rows():
    f = features(_report("a", "2025-03-03", "Tamsett Street", "Sunday", "Orrin Valasco"))
    assert f.streets == street_keys("Tamsett Street") and len(f.streets) == 1
    assert Features.from_json(f.to_json()) == f
    older = Features.from_json(f.to_json()[:11])
    assert older.streets == frozenset() and older.event_days == ()
