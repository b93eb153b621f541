"""Issue 16, phase 2: figures align as one quantity only when they count the same people of the same incident, and
an editorial finding is the writer's own opinion, not a reporting hedge. Invented sentences throughout."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.editorial import find_editorial, someone_elses
from newsledger.extract.lexicon import words
from newsledger.ledger import Article
from newsledger.link.quantities import _sentence_date, earlier_incident
from newsledger.parse import parse_articles

from .outlet_kit import Outlet, build


def _figure_groups(ledger) -> list[set[str]]:
    texts = {f.id: f.text for f in ledger.figures}
    return [{texts[m] for m in al.members} for al in ledger.alignments if al.kind == "figure"]


def _two(sentence_a: str, fig_a: tuple, sentence_b: str, fig_b: tuple, *, date_a="2025-06-02",
         date_b="2025-06-03") -> list[set[str]]:
    a = Outlet("north.example", date_a, sentence_a)
    a.figure(*fig_a[:3], counted=fig_a[3] if len(fig_a) > 3 else None)
    b = Outlet("south.example", date_b, sentence_b)
    b.figure(*fig_b[:3], counted=fig_b[3] if len(fig_b) > 3 else None)
    return _figure_groups(build([a, b]))


def test_a_pronoun_names_nobody_in_another_article():
    assert _two("He was shot near the pier, police said.", ("He", 1, "wounded"),
                "A man was shot near the pier on Friday.", ("A man", 1, "wounded", "man")) == []


@pytest.mark.parametrize(("fig_a", "fig_b", "aligned"), [
    (("A young boy", 1, "killed", "boy"), ("A 4-year-old girl", 1, "killed", "girl"), False),
    (("A 6-year-old boy", 1, "killed", "boy"), ("A 9-year-old boy", 1, "killed", "boy"), False),
    (("A 6-year-old boy", 1, "killed", "boy"), ("The boy", 1, "killed", "boy"), True),
    (("two female victims", 2, "wounded", "female victims"), ("four victims", 4, "wounded", "victims"), False),
    (("four women", 4, "killed", "women"), ("four people", 4, "killed", "people"), True),
])
def test_who_is_counted_must_agree(fig_a, fig_b, aligned):
    groups = _two(f"Police said {fig_a[0]} was hurt at the ferry landing.", fig_a,
                  f"Witnesses said {fig_b[0]} was hurt at the ferry landing.", fig_b)
    assert bool(groups) is aligned


def test_a_list_of_named_people_is_not_the_incidents_count():
    # two named wounded officers are a part of the three wounded, not another count of them
    groups = _two("Sergeant Ana Koss, 44, and Officer Lee Dunn were wounded and released.",
                  ("Sergeant Ana Koss, 44, and Officer Lee Dunn", 2, "wounded", "officers"),
                  "The gunman wounded three officers before he was arrested.",
                  ("three", 3, "wounded", "officers"))
    assert groups == []
    same = _two("Sergeant Ana Koss, 44, and Officer Lee Dunn were wounded and released.",
                ("Sergeant Ana Koss, 44, and Officer Lee Dunn", 2, "wounded", "officers"),
                "The gunman wounded two officers before he was arrested.", ("two", 2, "wounded", "officers"))
    assert len(same) == 1


@pytest.mark.parametrize(("text_a", "fig_a", "text_b", "fig_b"), [
    # the category "other" does not say who; "people" does not either: shooters ≠ the crowd
    ("At least two people opened fire inside the hall.", ("At least two", 2, "other", "people"),
     "About 300 people were inside the hall.", ("About 300", 300, "other", "people")),
    ("Burglaries are up 9 percent this year.", ("9 percent", 9, "other"),
     "Crime is down 6 percent this year.", ("6 percent", 6, "other")),
])
def test_an_uncategorised_count_must_say_what_it_counts(text_a, fig_a, text_b, fig_b):
    assert _two(text_a, fig_a, text_b, fig_b) == []


def test_shots_and_prior_arrests_count_no_people():
    assert _two("One shot struck the car and hit the driver.", ("One", 1, "wounded", "shot"),
                "The driver was wounded on Elm Road.", ("The driver", 1, "wounded", "driver")) == []
    assert _two("The suspect, who has three prior arrests, was held.", ("three", 3, "arrested", "prior arrests"),
                "Police arrested two men on Elm Road.", ("two", 2, "arrested", "men")) == []


def test_a_count_followed_by_of_the_is_a_part():
    a = Outlet("north.example", "2025-06-02", "Two of the victims were wounded in the arm, police said.")
    a.figure("Two", 2, "wounded")
    b = Outlet("south.example", "2025-06-03", "Five people were wounded at the market.")
    b.figure("Five", 5, "wounded", counted="people")
    ledger = build([a, b])
    assert _figure_groups(ledger) == []
    assert not [f for f in ledger.findings if f.kind == "discrepancy"]


def test_an_earlier_incidents_count_is_not_the_storys():
    text = ("Three people were killed at the depot on Saturday.\n\n"
            "In an unrelated shooting on Nov. 2, five people were killed at the mall.")
    a = Outlet("north.example", "2025-12-17", text)
    a.figure("Three", 3, "killed", counted="people")
    a.figure("five", 5, "killed", counted="people")
    b = Outlet("south.example", "2025-12-17", "Four people were killed at the depot, officials said.")
    b.figure("Four", 4, "killed", counted="people")
    assert _figure_groups(build([a, b])) == [{"Three", "Four"}]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A girl was killed on Nov. 22 near the park.", dt.date(2025, 11, 22)),
    ("A homicide in March 2015 left a man dead.", dt.date(2015, 3, 28)),
    ("He was shot in 2019.", dt.date(2019, 12, 31)),
    ("Two were killed on Dec. 20, 2024, at the mall.", dt.date(2024, 12, 20)),
    ("A man may have been shot on Sunday.", None),  # "may" is no month; a weekday is this week
])
def test_dates_in_a_sentence(sentence, expected):
    assert _sentence_date(sentence, dt.date(2025, 12, 17)) == expected


def test_a_date_days_ago_is_still_the_story():
    article = Article(id="a", date="2025-12-17", text="Three people were killed on Dec. 14 at the depot.")
    outlet = Outlet("x.example", "2025-12-17", article.text)
    outlet.figure("Three", 3, "killed", counted="people")
    fig = outlet.figures[0]
    assert not earlier_incident(fig, article)
    old = Article(id="b", date="2026-01-30", text=article.text)
    assert earlier_incident(fig, old)


def test_hedges_and_manner_adverbs_are_not_evaluative():
    lexicon = words("evaluative.txt")
    assert {"allegedly", "apparently", "reportedly", "supposedly", "clearly"}.isdisjoint(lexicon)
    assert {"propaganda", "could very well"} <= lexicon


@pytest.mark.parametrize(("sentence", "theirs"), [
    ("@CityPolice shameful closing of the parade route.", True),
    ("THE CHIEF SAID THIS IS A SHAMEFUL AND ABSURD ATTACK ON OUR CITY.", True),
    ("The council's plan is shameful.", False),
])
def test_posts_and_transcripts_are_someone_elses_words(sentence, theirs):
    assert someone_elses(sentence) is theirs


def test_editorial_is_opinion_not_a_hedge(nlp):
    text = ("The suspect allegedly fired twice at the bus.\n\n"
            "The man apparently fled on foot.\n\n"
            "The mayor's promise could very well be political theatre.\n")
    art = Article(id="t", text=text, date="2025-06-02")
    _, doc = next(parse_articles([art], nlp))
    found = find_editorial(art.id, doc, [])
    assert len(found) == 1 and "theatre" in found[0].summary
    start, end = map(int, found[0].evidence[0].split(":")[1].split("-"))
    assert "could very well" in text[start:end]


def test_a_claim_given_in_other_words_is_no_exclusive_and_no_omission():
    a = Outlet("north.example", "2025-06-02",
               "Deputies said the boy may have been shot by an older sibling by accident.\n"
               'Deputies said: "the family had moved to the town in May."')
    a.source("Deputies", kind="organisation")
    a.say("the boy may have been shot by an older sibling by accident", "Deputies", kind="indirect")
    # quoted words, so an exclusive under phase 3's rule (tests/test_signal_phase3.py)
    a.say("the family had moved to the town in May", "Deputies", kind="direct")
    b = Outlet("south.example", "2025-06-02", "The boy was possibly shot accidentally by an older sibling.")
    ledger = build([a, b])
    omissions = [f.summary for f in ledger.findings if f.kind == "omission"]
    # the sibling claim is in the other article in its own words; the move is north's alone
    assert len(omissions) == 1
    assert "moved to the town" in omissions[0] and "older sibling" not in omissions[0]
