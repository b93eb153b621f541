"""Issue 16, signal not noise: what is not a count, one record per claim, interval readings, the reconciled best,
one quantity per timeline, one utterance per alignment, ranked and grouped findings, headline labels.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsledger.compare.timeline import reconcile_open
from newsledger.extract.figures import extract_figures
from newsledger.extract.numbers import find_numbers
from newsledger.ledger import Article, EstimatePoint, Statement, check_offsets
from newsledger.link.align import segments
from newsledger.link.groups import first_published
from newsledger.link.stories import clean_title

from .outlet_kit import Outlet, build


def _numbers(text: str) -> list[str]:
    return [text[n.start:n.end] for n in find_numbers(text)]


def _figures(text: str, date: str | None = "2025-03-12"):
    article = Article(id="a1", date=date, text=text)
    return extract_figures(article, None, None)


@pytest.mark.parametrize("text", [
    "Anyone with information can call police at (612) 555-0188.",
    "Tips go to Crime Stoppers at (612) 555-TIPS (8477).",
    "Text the word TIP to CRIMES (274637) to reach detectives.",
    "Weather for Lakeview, MN (55401) today.",
    "The clinic sits in Lakeview, MN 55401 near the lake.",
    "Detectives found a .357 revolver and a .22 rifle.",
    "The suspect is 5'10 and thin.",
    "Witnesses saw a man in his 30's near the car.",
    "The curfew covers anyone 16 or younger downtown.",
    "She, 19, and he, 23, had met in school.",
    "The funeral for the children, who were 11, 8, 6 and 4, was held on Friday.",
    "Click to enlarge\n1\n2\n3\n",
    "Pct. 7 Constable Ray Hill spoke first.",
    "5 NEWS is following this story.",
    "0 Pending Comments",
    "A man and a woman, all younger than 45, were hurt.",
    "The victims, who range in age from 19 to 34, were hurt.",
])
def test_not_counts(text):
    assert _numbers(text) == [], _numbers(text)


def test_counts_still_found_next_to_non_counts():
    text = "Three people were killed and 12 were wounded, police said. Call (612) 555-0188."
    assert _numbers(text) == ["Three", "12"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A man was killed on Elm Street.", [("a man", 1.0, "killed")]),
    ("He told police he heard six shots.", []),
    ("One resident said the street was quiet.", []),
    ("One officer was patrolling the area.", []),
    ("She was shot at, her grandmother said.", []),
    ("Their father is thought to have shot them before the fire.", []),
    ("The men face eight counts of assault.", []),
    ("Three people were hurt in two shootings on Monday.", [("Three", 3.0, "wounded")]),
    ("He fired at least one shot that struck a parked car.", []),
    ("A gunman shoots 4 co-workers at a depot.", [("4", 4.0, "killed_or_wounded")]),
    ("Two people were taken into custody.", [("Two", 2.0, "arrested")]),
])
def test_casualty_licensing(text, expected):
    got = [(f.text.lower() if f.text.lower() == "a man" else f.text, f.value, f.category) for f in _figures(text)
           if f.category in {"killed", "wounded", "killed_or_wounded", "arrested"}]
    assert got == expected


def test_a_repeated_figure_is_one_record_with_every_mention():
    text = ("Seven people were shot at the fair, police said.\nPhoto caption: Seven people were shot at the fair.\n"
            "Another caption: Seven people were shot at the fair.")
    figures = [f for f in _figures(text) if f.value == 7]
    assert len(figures) == 1
    [fig] = figures
    assert [m.text for m in fig.mentions] == ["Seven", "Seven", "Seven"]
    assert all(text[m.start:m.end] == m.text for m in fig.mentions)
    spans = [(f.start, f.end) for f in _figures(text)]
    assert len(spans) == len(set(spans))  # one span, one figure


def test_two_different_people_are_not_merged():
    text = "A 17-year-old boy was shot in the leg. A 20-year-old man was shot in the arm."
    singles = [f for f in _figures(text) if f.value == 1]
    assert len(singles) == 2 and all(not f.mentions for f in singles)


@pytest.mark.parametrize(("phrase", "low", "high", "qualifier"), [
    ("more than 40 people were injured", 40, None, "more than"),
    ("at least 14 people were killed", 14, None, "at least"),
    ("3,000-plus residents were moved", 3000, None, "more than"),
    ("up to 50 people were missing", None, 50, "up to"),
    ("fewer than 10 people were hurt", None, 10, "fewer than"),
    ("about 3,000 residents were moved", None, None, "about"),
])
def test_interval_semantics(phrase, low, high, qualifier):
    [n] = find_numbers(phrase)
    assert (n.low, n.high, n.qualifier) == (low, high, qualifier)
    assert n.value is not None  # the number as said stays the value


def _point(date, source, value, qualifier=None, low=None, high=None):
    return EstimatePoint(date=date, source=source, figure=f"f-{source}-{date}", article="a", value=value,
                         qualifier=qualifier, low=low, high=high)


def test_best_is_the_latest_original_figure_not_the_median():
    points = [_point("2025-03-13", "office", 14), _point("2025-03-14", "office", 14, "at least", low=14),
              _point("2025-03-16", "spokesperson", 17), _point("2025-03-15", "mayor", 12)]
    low, best, high, open_ = reconcile_open(points)
    assert (low, best, high, open_) == (12, 17, 17, False)


def test_high_is_open_when_the_largest_bound_is_a_floor():
    points = [_point("2025-03-13", "a", 1100, "at least", low=1100), _point("2025-03-14", "b", 3000, "more than",
                                                                           low=3000)]
    low, best, high, open_ = reconcile_open(points)
    assert (low, best, high, open_) == (1100, 3000, 3000, True)
    points.append(_point("2025-03-15", "c", 5000))
    assert reconcile_open(points)[2:] == (5000, False)


def test_a_ceiling_gives_no_lower_bound():
    low, best, high, open_ = reconcile_open([_point("2025-03-13", "a", 50, "up to", high=50)])
    assert (low, high, open_) == (None, 50, False)


def test_partial_quote_framing_is_not_the_utterance():
    st = Statement(id="s", article="a", kind="partial", start=0, end=60,
                   text='the brigade\'s advance as "slow, costly and badly planned"')
    assert [s for s, _ in segments(st)] == ['the brigade\'s advance as "slow, costly and badly planned"',
                                            "slow, costly and badly planned"]


def test_first_published_only_between_dated_articles():
    dated = {"a": Article(id="a", date="2025-03-01", text="x"), "b": Article(id="b", date="2025-03-02", text="y"),
             "c": Article(id="c", date=None, text="z"), "d": Article(id="d", date="2025-03-01", text="w")}
    assert first_published(dated, {"m1": "a", "m2": "b"}) == "m1"
    assert first_published(dated, {"m1": "a", "m2": "c"}) is None  # the undated one may have come first
    assert first_published(dated, {"m1": "a", "m2": "d"}) is None  # one day: no telling


def _weekly(outlet, date, sentence, figure_text, value, *, speaker="Piet Varga", qualifier=None,
            category="killed_or_wounded"):
    o = Outlet(outlet, date, sentence)
    if speaker:
        o.source(speaker)
    o.figure(figure_text, value, category, speaker, qualifier=qualifier, counted="fighters")
    return o


def test_findings_carry_weight_and_why_in_the_documented_order():
    a = _weekly("alpha.example", "2025-05-01", "Piet Varga said more than 500 fighters were killed or wounded.",
                "more than 500 fighters", 500, qualifier="more than")
    b = _weekly("beta.example", "2025-05-02", "Piet Varga said 500 fighters were killed or wounded.",
                "500 fighters", 500)
    c = _weekly("gamma.example", "2025-05-03", "Lena Ortiz said 2,000 fighters were killed or wounded.",
                "2,000 fighters", 2000, speaker="Lena Ortiz")
    a.editorial("The article calls the offensive 'a fiasco' in its own voice.")
    ledger = build([a, b, c])
    assert all(f.weight > 0 and f.why for f in ledger.findings)
    weight = {f.kind: f.weight for f in ledger.findings}
    assert weight["discrepancy"] > weight["qualifier_drift"] > weight["editorial"]
    [disc] = [f for f in ledger.findings if f.kind == "discrepancy"]
    assert "casualty figure" in disc.why and "4.0× apart" in disc.why


def test_omissions_are_grouped_per_outlet():
    shared = ["The north bridge is closed to traffic.", "The school will reopen on Monday.",
              "Tap water is safe to drink again."]
    outlets = []
    for name in ("alpha.example", "beta.example"):
        o = Outlet(name, "2025-05-01", " ".join(f'Ana Ruiz said: "{s}"' for s in shared))
        o.source("Ana Ruiz")
        for s in shared:
            o.say(s, "Ana Ruiz")
        outlets.append(o)
    quiet = Outlet("gamma.example", "2025-05-02", "Roads reopened in the valley.")
    ledger = build([*outlets, quiet])
    omissions = [f for f in ledger.findings if f.kind == "omission"]
    assert len(omissions) == 1
    [f] = omissions
    assert f.summary.startswith("gamma.example leaves out 3 claims other outlets report: ")
    assert "2 other outlets" in f.why
    assert check_offsets(ledger) == []


def test_a_part_of_a_toll_is_no_discrepancy_with_the_toll():
    a = Outlet("alpha.example", "2025-05-01", "Sixteen people were shot at the club. Two victims are critical.")
    a.figure("Sixteen people", 16, "killed_or_wounded", counted="people")
    a.figure("Two victims", 2, "killed_or_wounded", counted="victims")
    b = Outlet("beta.example", "2025-05-01", "Fifteen people were shot at the club.")
    b.figure("Fifteen people", 15, "killed_or_wounded", counted="people")
    c = Outlet("gamma.example", "2025-05-02", "Police said 40 people were shot at the club.")
    c.figure("40 people", 40, "killed_or_wounded", counted="people")
    summaries = [f.summary for f in build([a, b, c]).findings if f.kind == "discrepancy"]
    assert len(summaries) == 1 and "Two" not in summaries[0] and "2 " not in summaries[0]
    assert "15" in summaries[0] and "40" in summaries[0]


def test_a_short_statement_or_one_person_is_not_left_out():
    outlets = []
    for name in ("alpha.example", "beta.example"):
        o = Outlet(name, "2025-05-01", 'Police said: "The victim, a male." A man was shot.')
        o.source("Police", kind="government")
        o.say("The victim, a male.", "Police")
        o.figure("A man", 1, "killed_or_wounded", counted="man")
        outlets.append(o)
    quiet = Outlet("gamma.example", "2025-05-02", "A teenager was hurt on Main Street.")
    ledger = build([*outlets, quiet])
    assert [f for f in ledger.findings if f.kind == "omission"] == []


def test_a_claim_one_other_outlet_carries_is_not_an_omission_of_everyone():
    a = Outlet("alpha.example", "2025-05-01", 'Ana Ruiz said: "The bridge is closed."')
    a.source("Ana Ruiz")
    a.say("The bridge is closed.", "Ana Ruiz")
    b = Outlet("beta.example", "2025-05-01", "Roads reopened.")
    c = Outlet("gamma.example", "2025-05-01", "Rain is expected.")
    ledger = build([a, b, c])
    summaries = [f.summary for f in ledger.findings if f.kind == "omission"]
    assert summaries == ["Only alpha.example reports Ruiz's statement “The bridge is closed”."]


@pytest.mark.parametrize(("title", "label"), [
    ("Two hurt in Elmwood shooting - WXYZ 9 News Lakeview, Minnesota News, Weather, Sports",
     "Two hurt in Elmwood shooting"),
    ("Dam fails above Hollis | Reuters", "Dam fails above Hollis"),
    ("Man, 34, charged in Elmwood shooting :: lakeviewnews.com", "Man, 34, charged in Elmwood shooting"),
    ("Reuters | Dam fails above Hollis", "Dam fails above Hollis"),
    ("Teen shot near park - lakeviewnews.com - Lakeview, MN |", "Teen shot near park"),
    ("UPDATE: Police name man killed in crash - KXYZ Channel 4", "Police name man killed in crash"),
    ("Governor: 'we are still searching' after dam failure", "Governor: 'we are still searching' after dam failure"),
])
def test_story_label_is_a_clean_headline(title, label):
    assert clean_title(title) == label


def test_only_an_articles_toll_joins_the_timeline():
    a = Outlet("alpha.example", "2025-05-01", "Sixteen people were shot. Two are in critical condition.")
    a.figure("Sixteen people", 16, "killed_or_wounded", counted="people")
    a.figure("Two", 2, "killed_or_wounded")
    b = Outlet("beta.example", "2025-05-01", "Fifteen people were shot. Two were treated and released.")
    b.figure("Fifteen people", 15, "killed_or_wounded", counted="people")
    b.figure("Two", 2, "killed_or_wounded")
    ledger = build([a, b])
    [al] = [x for x in ledger.alignments if x.kind == "figure"]
    texts = {f.id: f.text for f in ledger.figures}
    assert sorted(texts[m] for m in al.members) == ["Fifteen people", "Sixteen people"]


def test_a_one_word_statement_is_no_utterance_to_align():
    outlets = []
    for name, date in (("alpha.example", "2025-05-01"), ("beta.example", "2025-05-02")):
        o = Outlet(name, date, 'Ana Ruiz said he was "dead" when they arrived.')
        o.source("Ana Ruiz")
        o.say("dead", "Ana Ruiz", kind="partial")
        outlets.append(o)
    ledger = build([*outlets])
    assert [a for a in ledger.alignments if a.kind == "statement"] == []
