"""Issue 16, phase 4: a top five that is there when a story holds something worth checking, and right — an
official's quote one outlet leaves out though it names the official, counts that an explicit correction sets apart,
no disagreement where a count meets a floor or only adds the shooter, no drift on a pronoun's guess. Invented
sentences throughout."""

from __future__ import annotations

from pathlib import Path

from newsledger.compare import top
from newsledger.compare.rank import TOP_MIN_WEIGHT, sentence_of
from newsledger.extract.lexicon import data_lines
from newsledger.ledger import Finding

from .outlet_kit import Outlet, build

QUOTE = "We will keep officers at the school gates every morning until the families feel safe again"
# Enough of an article that leaving a quote out is a choice, not a brief's length (QUOTE_OMISSION_BODY).
FILLER = " ".join(f"Crews repainted lane {i} of the ring road on Tuesday and reopened it to buses by noon."
                  for i in range(1, 14))


def _kinds(ledger, kind: str) -> list[Finding]:
    return [f for f in ledger.findings if f.kind == kind]


# Each carrier's own report around the quote (phase 6: two near-identical texts are copies of one, one voice).
_OWN_BODY = {"south.example": " ".join(f"Volunteers planted {i} rows of oak saplings along the river path and "
                                       f"watered them before dusk." for i in range(1, 14)),
             "north.example": " ".join(f"The council debated budget line {i} for the harbour works late into the "
                                       f"night." for i in range(1, 14))}


def _carrier(outlet: str, date: str = "2025-06-02") -> Outlet:
    o = Outlet(outlet, date, f'Chief Ada Quill said: "{QUOTE}." {_OWN_BODY[outlet]}')
    o.source("Ada Quill", descriptions=("Police Chief",), mention="Ada Quill")
    o.say(QUOTE, "Ada Quill")
    return o


def _leaver(text: str, date: str = "2025-06-02", name_her: bool = True) -> Outlet:
    o = Outlet("east.example", date, text)
    if name_her:
        o.source("Ada Quill", descriptions=("Police Chief",))
    return o


def _quote_findings(ledger) -> list[Finding]:
    return [f for f in _kinds(ledger, "omission") if "every other outlet" in f.why]


# ---- an official's quote every other outlet carries ----

def test_an_officials_quote_left_out_by_an_outlet_that_names_her_opens_the_story():
    leaver = _leaver(f"Chief Ada Quill said the school would reopen on Monday. {FILLER}")
    ledger = build([_carrier("north.example"), _carrier("south.example"), leaver])
    [found] = _quote_findings(ledger)
    assert found.summary.startswith("east.example leaves out Quill's statement “We will keep officers") and "all 2 other outlets" in found.summary
    assert found.weight >= TOP_MIN_WEIGHT and found in top(ledger.findings)
    assert leaver.article.id in found.evidence


def test_no_top_omission_from_an_article_that_never_meets_the_official():
    # a profile of the victim, same day, same story: it leaves the chief out altogether, not her words
    profile = _leaver(f"Neighbours remembered the boy as a keen footballer. {FILLER}", name_her=False)
    ledger = build([_carrier("north.example"), _carrier("south.example"), profile])
    assert _quote_findings(ledger) == []
    assert all(f.weight < TOP_MIN_WEIGHT for f in _kinds(ledger, "omission"))


def test_no_top_omission_from_a_first_report_written_before_the_quote_or_a_follow_up_days_later():
    for date in ("2025-06-01", "2025-06-05"):
        leaver = _leaver(f"Chief Ada Quill said the school would reopen on Monday. {FILLER}", date=date)
        assert _quote_findings(build([_carrier("north.example"), _carrier("south.example"), leaver])) == []


def test_no_top_omission_from_a_brief():
    brief = _leaver("Chief Ada Quill said the school would reopen on Monday.")
    assert _quote_findings(build([_carrier("north.example"), _carrier("south.example"), brief])) == []


def test_no_top_omission_of_a_bystanders_words():
    def carrier(outlet: str) -> Outlet:
        o = Outlet(outlet, "2025-06-02", f'Ada Quill said: "{QUOTE}." {FILLER}')
        o.source("Ada Quill")  # a neighbour: no office, no role among her descriptions
        o.say(QUOTE, "Ada Quill")
        return o
    leaver = Outlet("east.example", "2025-06-02", f"Ada Quill said the school would reopen on Monday. {FILLER}")
    leaver.source("Ada Quill")
    assert _quote_findings(build([carrier("north.example"), carrier("south.example"), leaver])) == []


def test_an_outlet_giving_the_quote_in_other_words_leaves_nothing_out():
    leaver = _leaver("Chief Ada Quill said officers would stay at the school gates every morning until families "
                     f"felt safe. {FILLER}")
    assert _quote_findings(build([_carrier("north.example"), _carrier("south.example"), leaver])) == []


# ---- counts ----

def _toll(outlet: str, sentence: str, figure: str, value: float, category: str = "wounded",
          qualifier: str | None = None, extra: tuple = (), date: str = "2025-06-02") -> Outlet:
    o = Outlet(outlet, date, sentence)
    o.figure(figure, value, category, counted="people", qualifier=qualifier)
    for text, val, cat in extra:
        o.figure(text, val, cat, counted="people")
    return o


def test_a_count_corrected_in_print_is_a_disagreement_even_when_the_larger_outlet_gives_both():
    a = _toll("north.example", "Four people were hurt in the shooting, not five as first reported.", "Four people", 4)
    b = _toll("south.example", "The shooting hurt five people. Four people inside the hall were hurt.",
              "five people", 5, extra=[("Four people", 4, "wounded")])
    [disc] = _kinds(build([a, b]), "discrepancy")
    assert disc.weight >= TOP_MIN_WEIGHT


def test_without_the_correction_the_same_counts_stay_below_the_top():
    a = _toll("north.example", "Four people were hurt in the shooting.", "Four people", 4)
    b = _toll("south.example", "The shooting hurt five people. Four people inside the hall were hurt.",
              "five people", 5, extra=[("Four people", 4, "wounded")])
    discs = _kinds(build([a, b]), "discrepancy")
    assert discs and all(d.weight < TOP_MIN_WEIGHT for d in discs)


def test_a_toll_that_counts_the_gunman_is_no_disagreement_with_the_victims_toll():
    a = _toll("north.example", "The attack left seven people dead including the gunman.", "seven people", 7,
              category="killed")
    b = _toll("south.example", "Six people were killed in the attack.", "Six people", 6, category="killed")
    # since issue 16 phase 9 the two tolls are not even aligned (link/quantities.py `counts_perpetrator`): the whole
    # and its part are two quantities, so there is nothing to disagree about
    assert _kinds(build([a, b]), "discrepancy") == []


def test_a_count_that_meets_a_floor_is_no_discrepancy():
    a = _toll("north.example", "At least three people were shot at the fair.", "At least three people", 3,
              qualifier="at least", category="killed_or_wounded")
    b = _toll("south.example", "Four people were shot at the fair.", "Four people", 4, category="killed_or_wounded")
    assert _kinds(build([a, b]), "discrepancy") == []


def test_a_count_below_the_other_is_compared_even_beside_a_floor_of_the_same_value():
    floor = _toll("west.example", "At least 14 people died when the dam broke.", "At least 14 people", 14,
                  qualifier="at least", category="killed")
    count = _toll("north.example", "Fourteen people died when the dam broke.", "Fourteen people", 14,
                  category="killed")
    later = _toll("south.example", "Seventeen people died when the dam broke.", "Seventeen people", 17,
                  category="killed", date="2025-06-03")
    [disc] = _kinds(build([floor, count, later]), "discrepancy")
    assert disc.weight >= TOP_MIN_WEIGHT and count.article.id in disc.evidence


def test_a_smaller_count_from_an_outlet_that_gave_the_larger_as_early_is_below_the_top():
    # the smaller count is a part ("three bystanders") of the whole the same outlet already gave
    first = _toll("north.example", "Six people were wounded in the rampage.", "Six people", 6, date="2025-06-01")
    part = _toll("north.example", "The gunman wounded three bystanders on the street.", "three bystanders", 3,
                 date="2025-06-02")
    other = _toll("south.example", "Six people were wounded in the rampage.", "Six people", 6, date="2025-06-02")
    discs = _kinds(build([first, part, other]), "discrepancy")
    assert all(d.weight < TOP_MIN_WEIGHT for d in discs)


def test_a_smaller_count_the_outlet_raised_only_later_stays_a_disagreement():
    early = _toll("north.example", "Two people were killed in the robbery.", "Two people", 2, category="killed")
    rival = _toll("south.example", "Three people were killed in the robbery.", "Three people", 3, category="killed")
    later = _toll("north.example", "A third victim of the robbery died; three people have been killed.",
                  "three people", 3, category="killed", date="2025-06-04")
    discs = _kinds(build([early, rival, later]), "discrepancy")
    assert any(d.weight >= TOP_MIN_WEIGHT for d in discs)


def test_no_qualifier_drift_between_a_count_with_the_shooter_and_one_without():
    a = Outlet("north.example", "2025-06-02", "Sheriff Ada Quill said up to four others may have died.")
    a.source("Ada Quill", descriptions=("Sheriff",))
    a.figure("up to four others", 4, "killed", "Ada Quill", qualifier="up to", counted="others")
    b = Outlet("south.example", "2025-06-02", "Sheriff Ada Quill said four people were dead, including the gunman.")
    b.source("Ada Quill", descriptions=("Sheriff",))
    b.figure("four people", 4, "killed", "Ada Quill", counted="people")
    assert _kinds(build([a, b]), "qualifier_drift") == []


# ---- attribution resting on a pronoun ----

def test_attribution_drift_resting_on_a_pronoun_is_below_the_top():
    words = "Do not try me tonight because I have got a gun in the car"
    sides = []
    for outlet, name in (("north.example", "Rob Tamsin"), ("south.example", "Ned Orrin")):
        o = Outlet(outlet, "2025-06-02", f'{name} asked the man to leave. As he left, he said: "{words}"')
        o.source(name)
        o.say(words, name)
        o.statements[-1] = o.statements[-1].model_copy(update={"speaker_text": "he"})
        sides.append(o)
    drifts = _kinds(build(sides), "attribution_drift")
    assert drifts and all(d.weight < TOP_MIN_WEIGHT and "pronoun" in d.why for d in drifts)


# ---- helpers ----

def test_sentence_of_a_span():
    text = "First one. The count rose to 17 on Sunday. Last one."
    start = text.index("17")
    assert sentence_of(text, start, start + 2).strip() == "The count rose to 17 on Sunday."


def test_data_lines_drop_comments_and_blank_lines(tmp_path: Path):
    f = tmp_path / "words.txt"
    f.write_text("# a comment\n\nsheriff\n  deputy  # inline\n", encoding="utf-8")
    assert data_lines(f) == ["sheriff", "deputy"]
