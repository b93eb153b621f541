"""Issue 16, phase 5: the top five holds what a reader would check — a count revised between outlets — and not what
is no disagreement: a court's words reproduced under a lead-in line, parts given apart that add up to the other
outlet's count, a count within another's ceiling. Figures of one incident align even when "others" sets them apart
from the dead; a history paragraph's earlier shooting does not. Invented sentences throughout."""

from __future__ import annotations

import pytest

from newsledger.compare import top
from newsledger.compare.rank import TOP_MIN_WEIGHT
from newsledger.extract.editorial import find_editorial, introduced_blocks
from newsledger.ledger import Article, Finding
from newsledger.link.quantities import earlier_incident
from newsledger.parse import parse_articles

from .outlet_kit import Outlet, build


def _kinds(ledger, kind: str) -> list[Finding]:
    return [f for f in ledger.findings if f.kind == kind]


def _count(outlet: str, text: str, figures: list[tuple[str, float, str]], date: str = "2025-06-02") -> Outlet:
    o = Outlet(outlet, date, text)
    for phrase, value, category in figures:
        o.figure(phrase, value, category, counted="people")
    return o


# ---- a block introduced by a lead-in line is someone else's words ----

MOTION = ("The ruling drew crowds to the courthouse on Friday.\n\n"
          "The filing reads:\n\n"
          "The defendant has lived in the parish all his life and has never missed a hearing.\n\n"
          "Any other outcome would be absurd and unreasonable.\n\n"
          "The hearing resumes on Monday.\n")


def test_a_block_after_a_line_ending_in_a_colon_is_not_the_outlets_voice(nlp):
    art = Article(id="t", text=MOTION, date="2025-06-02")
    _, doc = next(parse_articles([art], nlp))
    assert find_editorial(art.id, doc, []) == []


def test_the_outlets_own_lead_in_keeps_its_voice(nlp):
    text = ("Editor's note:\n\nThe council's plan could very well be political theatre.\n")
    art = Article(id="t", text=text, date="2025-06-02")
    _, doc = next(parse_articles([art], nlp))
    [found] = find_editorial(art.id, doc, [])
    assert "theatre" in found.summary


def test_the_block_ends_at_the_next_lead_in_and_after_three_paragraphs():
    text = ("Intro line of the story.\nThe motion states:\nOne.\nTwo.\nThe reply says:\nThree.\nFour.\nFive.\nSix.\n")
    blocks = [text[s:e] for s, e in introduced_blocks(text)]
    assert blocks == ["One.\nTwo.", "Three.\nFour.\nFive."]
    # a long sentence ending in a colon is no lead-in
    long = "Police said the men had argued for an hour outside the bar on Main Street before one of them said:\nHi.\n"
    assert introduced_blocks(long) == []


# ---- parts given apart that add up ----

def test_parts_of_the_wounded_given_apart_are_no_disagreement():
    low = _count("north.example", "The gunman wounded three people on the block. Two deputies were also shot. "
                 "One man was shot in the hand.",
                 [("three people", 3, "wounded"), ("Two deputies", 2, "killed_or_wounded"),
                  ("One man", 1, "killed_or_wounded")])
    high = _count("south.example", "The rampage left six people wounded.", [("six people", 6, "wounded")])
    [disc] = _kinds(build([low, high]), "discrepancy")
    assert disc.weight < TOP_MIN_WEIGHT and "add up to 6" in disc.why


def test_a_dead_person_is_no_part_of_a_count_of_the_wounded():
    # "one killed and five others hurt" against "one dead and six others injured": the outlets disagree on the hurt
    low = _count("north.example", "One person was killed and five others were hurt.",
                 [("One person", 1, "killed"), ("five others", 5, "wounded")])
    high = _count("south.example", "The shooting left one man dead and six others injured.",
                  [("one man", 1, "killed"), ("six others", 6, "wounded")])
    ledger = build([low, high])
    [disc] = [d for d in _kinds(ledger, "discrepancy") if "6" in d.summary]
    assert disc.weight >= TOP_MIN_WEIGHT and disc in top(ledger.findings)


def test_a_correction_is_never_explained_away_by_parts():
    low = _count("north.example", "Four people were injured, not five as first reported. One man was hurt in a fall.",
                 [("Four people", 4, "wounded"), ("One man", 1, "wounded")])
    high = _count("south.example", "Five people were injured at the party.", [("Five people", 5, "wounded")])
    [disc] = _kinds(build([low, high]), "discrepancy")
    assert disc.weight >= TOP_MIN_WEIGHT


# ---- revisions between outlets ----

def test_a_count_said_as_an_update_is_a_revision_in_the_top():
    low = _count("north.example", "Fifteen people were wounded at the club.", [("Fifteen people", 15, "wounded")])
    high = _count("south.example", "Fifteen people were hurt at first; another came forward, bringing the total "
                  "injured to 17 people.", [("Fifteen people", 15, "wounded"), ("17 people", 17, "wounded")])
    ledger = build([low, high])
    [disc] = _kinds(ledger, "discrepancy")
    assert disc.weight >= TOP_MIN_WEIGHT and disc in top(ledger.findings)
    assert "revised from 15 to 17" in disc.why and "as an update" in disc.why


def test_a_larger_count_a_later_day_says_revised_and_a_same_day_one_does_not():
    first = _count("north.example", "Five people were wounded at the fair.", [("Five people", 5, "wounded")])
    later = _count("south.example", "Seven people were wounded at the fair.", [("Seven people", 7, "wounded")],
                   date="2025-06-03")
    [disc] = _kinds(build([first, later]), "discrepancy")
    assert disc.weight >= TOP_MIN_WEIGHT and "revised from 5 to 7" in disc.why and "2025-06-03" in disc.why
    same_day = _count("south.example", "Seven people were wounded at the fair.", [("Seven people", 7, "wounded")])
    [disc] = _kinds(build([first, same_day]), "discrepancy")
    assert disc.weight >= TOP_MIN_WEIGHT and "revised" not in disc.why


def test_a_count_within_another_outlets_ceiling_is_no_discrepancy():
    a = _count("north.example", "As many as 20 people were injured, the sheriff said.",
               [("As many as 20 people", 20, "wounded")])
    a.figures[0] = a.figures[0].model_copy(update={"qualifier": "up to"})
    b = _count("south.example", "Fourteen people were injured.", [("Fourteen people", 14, "wounded")])
    assert _kinds(build([a, b]), "discrepancy") == []


# ---- one incident's counts, and another incident's ----

def _groups(ledger) -> list[set[str]]:
    texts = {f.id: f.text for f in ledger.figures}
    return [{texts[m] for m in al.members} for al in ledger.alignments if al.kind == "figure"]


def test_others_set_apart_from_the_dead_are_the_wounded_toll():
    a = _count("north.example", "A gunman killed six people and wounded seven others in the town.",
               [("six people", 6, "killed"), ("seven others", 7, "wounded")])
    a.figures[1] = a.figures[1].model_copy(update={"counted": "others"})
    b = _count("south.example", "The last victim was killed at a shop. Police gave details. 13 others were wounded.",
               [("The last victim", 1, "killed"), ("13 others", 13, "wounded")])
    b.figures[1] = b.figures[1].model_copy(update={"counted": "others"})
    ledger = build([a, b])
    assert {"seven others", "13 others"} in _groups(ledger)
    assert any("7" in d.summary and "13" in d.summary for d in _kinds(ledger, "discrepancy"))


def test_others_after_a_count_of_their_own_kind_stay_a_part():
    a = _count("north.example", "Three people were wounded at the bar. Two others were hurt nearby.",
               [("Three people", 3, "wounded"), ("Two others", 2, "wounded")])
    a.figures[1] = a.figures[1].model_copy(update={"counted": "others"})
    b = _count("south.example", "Two people were wounded at the bar.", [("Two people", 2, "wounded")])
    assert not any("Two others" in g for g in _groups(build([a, b])))


@pytest.mark.parametrize(("sentence", "earlier"), [
    ("Six months before that, a gunman killed 14 people in a movie theater.", True),
    ("Last year, a gunman killed 14 people at a college.", True),
    ("In a separate shooting, 14 people were killed downtown.", True),
    ("Two weeks ago a gunman killed 14 people.", False),  # a fortnight may still be this incident
    ("A gunman killed 14 people on Friday night.", False),
    # after the count the phrase mostly belongs to another clause: the toll is this incident's
    ("The man who killed 14 people declared last year that he had changed his name.", False),
])
def test_a_time_phrase_puts_a_count_in_an_earlier_incident(sentence, earlier):
    text = f"The town mourned on Sunday. {sentence} Police are investigating."
    art = Article(id="t", text=text, date="2025-06-02")
    o = Outlet("north.example", "2025-06-02", text)
    o.figure("14 people" if "14 people" in text else "14", 14, "killed", counted="people")
    assert earlier_incident(o.figures[0], art) is earlier


def test_a_history_line_is_not_aligned_with_the_toll():
    a = _count("north.example", "A gunman killed six people on Friday. Six months before that, a gunman killed "
               "14 people in a theater.", [("six people", 6, "killed"), ("14 people", 14, "killed")])
    b = _count("south.example", "Six people were killed on Friday.", [("Six people", 6, "killed")])
    ledger = build([a, b])
    assert not any("14 people" in g for g in _groups(ledger))
    assert _kinds(ledger, "discrepancy") == []


def test_the_dead_and_the_wounded_never_become_one_quantity():
    # "two shot" may drift to "two dead" and to "two others hospitalized", but those two are different people
    a = Outlet("north.example", "2025-06-02", "Police said two people are dead and two others are hospitalized.")
    a.source("Police", kind="government")
    a.figure("two people", 2, "killed", "Police", counted="people")
    a.figure("two others", 2, "wounded", "Police", counted="others")
    b = Outlet("south.example", "2025-06-02", "Police said two people were shot at the flats.")
    b.source("Police", kind="government")
    b.figure("two people", 2, "killed_or_wounded", "Police", counted="people")
    ledger = build([a, b])
    category = {f.id: f.category for f in ledger.figures}
    groups = [{category[m] for m in al.members} for al in ledger.alignments if al.kind == "figure"]
    assert groups and all(not {"killed", "wounded"} <= g for g in groups)
