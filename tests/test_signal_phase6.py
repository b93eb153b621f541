"""Issue 16, phase 6 (a second reader's judgments acted on): copies of one text are one voice; one more person hurt
said without a number adds up; outlets' totals still disagree when the smallest count is a part; everyone hit told
two ways (four shot, one fatally / one killed and four wounded); a victim reported hurt who has since died. Invented
sentences throughout."""

from __future__ import annotations

import pytest

from newsledger.compare import top
from newsledger.compare.copies import COPY_MIN_CHARS, voices
from newsledger.compare.later_deaths import LATER_DEATH_DAYS
from newsledger.compare.rank import TOP_MIN_WEIGHT, one_more_hurt
from newsledger.compare.view import StoryView
from newsledger.ledger import Finding

from .outlet_kit import Outlet, build


def _kinds(ledger, kind: str) -> list[Finding]:
    return [f for f in ledger.findings if f.kind == kind]


def _count(outlet: str, text: str, figures: list[tuple[str, float, str]], date: str = "2025-06-02",
           title: str | None = None) -> Outlet:
    o = Outlet(outlet, date, text)
    if title:
        o.article = o.article.model_copy(update={"title": title})
    for phrase, value, category in figures:
        o.figure(phrase, value, category, counted="people")
    return o


# ---- copies are one voice ----

QUOTE = "Every family on this street deserves to sleep without hearing gunfire outside the window"
STATION_BODY = " ".join(f"Detectives canvassed house number {i} on Larch Row and collected doorbell footage from the "
                        f"owners." for i in range(1, 9))
OWN_BODY = " ".join(f"The parish council scheduled hearing {i} on the new streetlights for the spring session."
                    for i in range(1, 9))


def _station(outlet: str) -> Outlet:
    o = Outlet(outlet, "2025-06-02", f'Sheriff Rhea Tamsin said: "{QUOTE}." {STATION_BODY}')
    o.source("Rhea Tamsin", descriptions=("Sheriff",), mention="Rhea Tamsin")
    o.say(QUOTE, "Rhea Tamsin")
    return o


def _leaver() -> Outlet:
    o = Outlet("gazette.example", "2025-06-02", f"Sheriff Rhea Tamsin said the street would get more patrols. "
                                                f"{OWN_BODY}")
    o.source("Rhea Tamsin", descriptions=("Sheriff",))
    return o


def _view(*outlets: Outlet) -> StoryView:
    return StoryView(story="s", articles={o.article.id: o.article for o in outlets}, sources={}, statements={},
                     figures={})


def test_near_identical_long_texts_are_one_voice_and_short_alike_briefs_are_not():
    a, b, c = _station("kaaa.example"), _station("kbbb.example"), _leaver()
    voice = voices(_view(a, b, c))
    assert voice[a.article.id] == voice[b.article.id] != voice[c.article.id]
    brief = "Police said a man was shot on Main Street on Tuesday night and taken to hospital."
    assert len(brief) < COPY_MIN_CHARS
    x, y = Outlet("one.example", "2025-06-02", brief), Outlet("two.example", "2025-06-02", brief)
    voice = voices(_view(x, y))
    assert voice[x.article.id] != voice[y.article.id]


def test_a_quote_two_sister_stations_carry_is_no_quote_every_other_outlet_carries():
    ledger = build([_station("kaaa.example"), _station("kbbb.example"), _leaver()])
    assert not [f for f in _kinds(ledger, "omission") if "every other outlet" in f.why]
    assert all(f.weight < TOP_MIN_WEIGHT for f in _kinds(ledger, "omission"))
    # the stations' quote is now theirs alone, and the `why` says the two are one text
    [own] = [f for f in _kinds(ledger, "omission") if "no other outlet carries" in f.why]
    assert "kaaa.example and kbbb.example carry one text, counted as one outlet" in own.why
    assert own.summary.startswith(("Only kaaa.example (and its copy kbbb.example) reports",
                                   "Only kbbb.example (and its copy kaaa.example) reports"))


def test_two_outlets_own_reports_of_the_quote_still_open_the_story():
    other = Outlet("kbbb.example", "2025-06-02", f'Sheriff Rhea Tamsin said: "{QUOTE}." {OWN_BODY} The vigil is '
                                                 f"on Friday.")
    other.source("Rhea Tamsin", descriptions=("Sheriff",), mention="Rhea Tamsin")
    other.say(QUOTE, "Rhea Tamsin")
    leaver = Outlet("gazette.example", "2025-06-02", "Sheriff Rhea Tamsin said the street would get more patrols. "
                    + " ".join(f"Bus route {i} was diverted around the cordon until the evening." for i in range(1, 18)))
    leaver.source("Rhea Tamsin", descriptions=("Sheriff",))
    ledger = build([_station("kaaa.example"), other, leaver])
    [found] = [f for f in _kinds(ledger, "omission") if "every other outlet" in f.why]
    assert found in top(ledger.findings) and "counted as one outlet" not in found.why


# ---- one more person hurt, said without a number ----

@pytest.mark.parametrize(("sentence", "adds"), [
    ("Six other people were wounded in the shooting and another was injured trying to flee.", True),
    ("Six other people were wounded and other was injured jumping from a balcony.", True),
    ("Five people were hurt; one more person was badly hurt in the crush at the door.", True),
    ("Six other people were wounded in the shooting.", False),
    ("Six people were wounded and others were injured by broken glass.", False),
    ("Another man was arrested at the scene.", False),
])
def test_one_more_hurt_is_a_singular_clause_of_hurt(sentence, adds):
    assert one_more_hurt(sentence) is adds


def test_a_count_plus_one_more_hurt_another_way_is_no_disagreement():
    low = _count("north.example", "A man died and six other people were wounded at the party, and another was "
                 "injured trying to flee.", [("six other people", 6, "wounded")])
    high = _count("south.example", "Seven other people were wounded at the party.",
                  [("Seven other people", 7, "wounded")])
    [disc] = _kinds(build([low, high]), "discrepancy")
    assert disc.weight < TOP_MIN_WEIGHT and "add up to 7" in disc.why


def test_without_the_extra_clause_six_against_seven_stays_in_the_top():
    low = _count("north.example", "A man died and six other people were wounded at the party.",
                 [("six other people", 6, "wounded")])
    high = _count("south.example", "Seven other people were wounded at the party.",
                  [("Seven other people", 7, "wounded")])
    ledger = build([low, high])
    [disc] = _kinds(ledger, "discrepancy")
    assert disc in top(ledger.findings)


def test_counts_that_break_down_the_smaller_count_are_not_added_to_it():
    # "two of them … one of them": parts of its own 13, not a fourteenth person
    low = _count("north.example", "Thirteen people were wounded. Two of them were hit by the car and one of them "
                 "was cut by glass.", [("Thirteen people", 13, "wounded"), ("Two", 2, "wounded"), ("one", 1, "wounded")])
    high = _count("south.example", "Fourteen people were wounded in the rampage.",
                  [("Fourteen people", 14, "wounded")])
    ledger = build([low, high])
    [disc] = _kinds(ledger, "discrepancy")
    assert disc in top(ledger.findings)


# ---- the smallest count a part, the totals still apart ----

def test_outlets_totals_still_disagree_when_the_smallest_count_is_a_part_of_the_largest():
    wire = _count("wire.example", "The gunman killed five people and wounded seven others.",
                  [("seven others", 7, "wounded")])
    paper = _count("paper.example", "Thirteen others were wounded during the night, the sheriff said.",
                   [("Thirteen others", 13, "wounded")])
    almanac = _count("almanac.example", "Fourteen other people were wounded: seven by gunfire and seven by the car.",
                     [("Fourteen other people", 14, "wounded"), ("seven by gunfire", 7, "wounded")])
    ledger = build([wire, paper, almanac])
    shown = [f for f in top(ledger.findings) if f.kind == "discrepancy"]
    assert len(shown) == 1 and "13" in shown[0].summary and "14" in shown[0].summary
    assert any(f.weight < TOP_MIN_WEIGHT and "7 too" in f.why for f in _kinds(ledger, "discrepancy"))


# ---- everyone hit, told two ways ----

def test_four_shot_one_fatally_against_one_killed_and_four_wounded_is_four_against_five():
    given = _count("north.example", "Four people were shot, one fatally, outside the bakery.",
                   [("Four people", 4, "killed_or_wounded"), ("one", 1, "killed")])
    summed = _count("south.example", "A man was killed and four more were wounded outside the bakery.",
                    [("A man", 1, "killed"), ("four more", 4, "wounded")])
    ledger = build([given, summed])
    [disc] = [f for f in _kinds(ledger, "discrepancy") if "how many were shot" in f.why]
    assert "4 against 5" in disc.why and disc in top(ledger.findings)


@pytest.mark.parametrize(("given_text", "given_figures"), [
    ("Five people were shot, one fatally, outside the bakery.",
     [("Five people", 5, "killed_or_wounded"), ("one", 1, "killed")]),
    # the killed count first: "one killed and three taken to hospital" is no total with the dead inside
    ("One man was killed and four people were taken to hospital from the bakery.",
     [("One man", 1, "killed"), ("four people", 4, "killed_or_wounded")]),
    # a count set beside someone else ("three other people") is no total of everyone hit
    ("He shot the owner, then three other people, killing one, outside the bakery.",
     [("three other people", 3, "killed_or_wounded"), ("one", 1, "killed")]),
])
def test_totals_that_agree_or_are_no_totals_make_no_finding(given_text, given_figures):
    given = _count("north.example", given_text, given_figures)
    summed = _count("south.example", "A man was killed and four more were wounded outside the bakery.",
                    [("A man", 1, "killed"), ("four more", 4, "wounded")])
    ledger = build([given, summed])
    assert not [f for f in ledger.findings if "how many were shot" in f.why]


# ---- a victim reported hurt who has since died ----

def _report(outlet: str, date: str, title: str, text: str) -> Outlet:
    return _count(outlet, text, [], date=date, title=title)


def test_a_victim_reported_hurt_who_has_since_died_is_a_revision_in_the_top():
    first = _report("north.example", "2025-06-02", "Boy, 6, critically injured in Dunmore Road shooting",
                    "A six-year-old boy was critically injured when shots were fired into a house on Dunmore Road.")
    other = _report("west.example", "2025-06-02", "Shots fired into Dunmore Road house",
                    "Police are looking for a grey sedan seen leaving Dunmore Road after shots were fired.")
    later = _report("south.example", "2025-06-05", "Boy, 6, dies days after Dunmore Road shooting",
                    "The six-year-old boy shot inside his home on Dunmore Road has died, his family said.")
    ledger = build([first, other, later])
    [found] = [f for f in ledger.findings if "has since died" in f.why]
    assert found.kind == "discrepancy" and found in top(ledger.findings)
    assert TOP_MIN_WEIGHT < found.weight < 4.0  # a revision, weighed below every disagreement between sources
    assert first.article.id in found.evidence and later.article.id in found.evidence
    for ev in found.evidence:  # spans of the first sentences quoted, text[start:end] as reported
        if ":" in ev:
            art, _, span = ev.rpartition(":")
            start, end = (int(x) for x in span.split("-"))
            text = next(o.article.text for o in (first, other, later) if o.article.id == art)
            assert text[start:end].split()[0] in found.summary


def test_a_further_death_among_the_hurt_counts_even_when_the_first_report_gave_deaths():
    first = _report("north.example", "2025-06-02", "Two killed, four hurt at card game",
                    "Two men were killed and four people were hurt when gunfire broke out at a card game.")
    first.figure("Two men", 2, "killed", counted="men")
    later = _report("south.example", "2025-06-20", "Third man dies after card game shooting",
                    "A man injured in the card game shooting this month died on Monday, police said.")
    ledger = build([first, later, _report("east.example", "2025-06-03", "Card game shooting",
                                          "Police have named the two men killed at the card game.")])
    assert [f for f in ledger.findings if "has since died" in f.why]


@pytest.mark.parametrize(("first_title", "later_date"), [
    ("Man shot and killed on Elm Street", "2025-06-04"),  # the first report gave the death already
    ("Man critically injured on Elm Street", f"2025-{6 + (LATER_DEATH_DAYS // 28):02d}-20"),  # months on: no revision
])
def test_no_revision_when_the_first_report_gave_the_death_or_months_lie_between(first_title, later_date):
    first = _report("north.example", "2025-06-02", first_title, "Police closed Elm Street for the night.")
    later = _report("south.example", later_date, "Elm Street victim dies", "The man shot on Elm Street has died.")
    ledger = build([first, later, _report("east.example", "2025-06-02", "Elm Street closed",
                                          "Police closed Elm Street for the night after a shooting.")])
    assert not [f for f in ledger.findings if "has since died" in f.why]
