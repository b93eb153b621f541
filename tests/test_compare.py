"""Findings across the outlets of a story, and estimates of one quantity over time."""

from __future__ import annotations

import random

from newsledger.ledger import check_offsets

from .outlet_kit import Outlet, build


def _kinds(ledger, kind):
    return [f for f in ledger.findings if f.kind == kind]


def _weekly(outlet, date, sentence, figure_text, value, *, speaker="Piet Varga", qualifier=None,
            category="killed_or_wounded", kind="person"):
    o = Outlet(outlet, date, sentence)
    if speaker:
        o.source(speaker, kind=kind)
    o.figure(figure_text, value, category, speaker, qualifier=qualifier, counted="fighters")
    return o


def test_qualifier_drift():
    a = _weekly("alpha.example", "2025-05-01",
                "Piet Varga said more than 500 fighters were killed or wounded in the past week.",
                "more than 500 fighters", 500, qualifier="more than")
    b = _weekly("beta.example", "2025-05-02",
                "Piet Varga said 500 fighters were killed or wounded in the last week.", "500 fighters", 500)
    ledger = build([a, b])
    [drift] = _kinds(ledger, "qualifier_drift")
    assert drift.summary == ("beta.example reports Varga's figure of 500 without the qualifier 'more than' used by "
                             "alpha.example.")
    assert set(drift.evidence) == {f.id for f in ledger.figures} | {a.article.id, b.article.id}
    assert _kinds(ledger, "discrepancy") == [] and _kinds(ledger, "category_drift") == []


def test_no_qualifier_drift_when_outlets_agree():
    a = _weekly("alpha.example", "2025-05-01", "Piet Varga said more than 500 fighters died in the past week.",
                "more than 500 fighters", 500, qualifier="more than")
    b = _weekly("beta.example", "2025-05-02", "Piet Varga said more than 500 fighters died in the past week.",
                "more than 500 fighters", 500, qualifier="more than")
    ledger = build([a, b])
    assert [f.kind for f in ledger.findings] == []
    assert len(ledger.alignments) == 1


def test_category_drift():
    a = _weekly("alpha.example", "2025-05-01",
                "Piet Varga said 500 fighters were killed or wounded in the past week.", "500 fighters", 500)
    b = _weekly("beta.example", "2025-05-02", "Piet Varga said 500 fighters were killed in the past week.",
                "500 fighters", 500, category="killed")
    ledger = build([a, b])
    [drift] = _kinds(ledger, "category_drift")
    assert drift.summary == ("beta.example reports Varga's figure of 500 as killed, where alpha.example reports it "
                             "as killed or wounded.")


def test_killed_and_wounded_with_the_same_number_are_not_drift():
    a = Outlet("alpha.example", "2025-05-01", "Piet Varga said 40 were killed and 40 wounded.")
    a.source("Piet Varga")
    a.figure("40 were killed", 40, "killed", "Piet Varga")
    b = Outlet("beta.example", "2025-05-02", "Piet Varga said 40 were wounded.")
    b.source("Piet Varga")
    b.figure("40 were wounded", 40, "wounded", "Piet Varga")
    ledger = build([a, b])
    assert [al for al in ledger.alignments if al.kind == "figure"] == []
    assert _kinds(ledger, "category_drift") == []


def test_discrepancy_between_running_totals():
    a = _weekly("alpha.example", "2025-05-01",
                "Regional monitors say at least 900 fighters have been killed or wounded so far.",
                "at least 900 fighters", 900, speaker="Regional monitors", qualifier="at least", kind="organisation")
    b = _weekly("beta.example", "2025-05-03", "Piet Varga said more than 2,500 fighters had been killed or wounded.",
                "more than 2,500 fighters", 2500, qualifier="more than")
    ledger = build([a, b])
    [finding] = _kinds(ledger, "discrepancy")
    assert finding.summary == ("alpha.example gives at least 900 fighters killed or wounded, according to Regional "
                               "monitors, while beta.example gives more than 2,500 fighters killed or wounded, "
                               "according to Varga.")
    [estimate] = ledger.estimates
    # best: the latest original figure; high: 2,500 is a floor ("more than"), so the band is open above
    assert (estimate.low, estimate.best, estimate.high, estimate.span) == (900, 2500, 2500, "total")
    assert estimate.high_open
    assert [p.date for p in estimate.points] == ["2025-05-01", "2025-05-03"]


def test_close_estimates_are_no_discrepancy():
    a = _weekly("alpha.example", "2025-05-01", "Monitors say at least 1,050 fighters were killed or wounded.",
                "at least 1,050 fighters", 1050, speaker="Monitors", qualifier="at least", kind="organisation")
    b = _weekly("beta.example", "2025-05-02", "Piet Varga said more than 1,000 fighters were killed or wounded.",
                "more than 1,000 fighters", 1000, qualifier="more than")
    assert _kinds(build([a, b]), "discrepancy") == []


def test_weekly_and_total_counts_are_different_quantities():
    a = _weekly("alpha.example", "2025-05-01", "Piet Varga said 500 fighters were killed or wounded in the past week.",
                "500 fighters", 500)
    b = _weekly("beta.example", "2025-05-02", "Piet Varga said 2,500 fighters were killed or wounded so far.",
                "2,500 fighters", 2500)
    ledger = build([a, b])
    assert ledger.alignments == [] and _kinds(ledger, "discrepancy") == []


def test_estimates_keep_each_sources_latest_and_take_the_latest_as_best():
    outlets = []
    for i, (who, date, value) in enumerate([("Monitors", "2025-05-01", 800), ("Monitors", "2025-05-04", 1200),
                                           ("Piet Varga", "2025-05-02", 2000), ("Red Cross", "2025-05-03", 1500)]):
        outlets.append(_weekly(f"o{i}.example", date, f"{who} said {value:,} fighters were killed or wounded.",
                               f"{value:,} fighters", value, speaker=who))
    [estimate] = build(outlets).estimates
    assert [p.value for p in estimate.points] == [800, 2000, 1500, 1200]  # by date
    # 800 is superseded; best is the newest original report (Monitors' 1,200 of 05-04), not the median 1,500
    assert (estimate.low, estimate.best, estimate.high) == (1200, 1200, 2000)
    assert not estimate.high_open


def test_attribution_drift_for_a_figure_and_stated_as_fact():
    a = _weekly("alpha.example", "2025-05-01", "Piet Varga said 500 fighters were killed or wounded in the past week.",
                "500 fighters", 500)
    b = _weekly("beta.example", "2025-05-02",
                "The Defence Ministry said 500 fighters were killed or wounded in the past week.", "500 fighters", 500,
                speaker="The Defence Ministry", kind="government")
    c = _weekly("gamma.example", "2025-05-02", "500 fighters were killed or wounded in the past week.",
                "500 fighters", 500, speaker=None)
    ledger = build([a, b, c])
    summaries = sorted(f.summary for f in _kinds(ledger, "attribution_drift"))
    assert summaries == [  # each compared with the earliest report, alpha.example's
        "beta.example attributes the figure of 500 to The Defence Ministry, while alpha.example attributes it to "
        "Varga.",
        "gamma.example states the figure of 500 as fact, while alpha.example attributes it to Varga.",
    ]


def test_attribution_drift_for_a_quote():
    a = Outlet("alpha.example", "2025-05-01", 'Piet Varga said: "The offensive has stalled near the river."')
    a.source("Piet Varga")
    a.say("The offensive has stalled near the river.", "Piet Varga")
    b = Outlet("beta.example", "2025-05-02", 'Lena Ortiz said: "The offensive has stalled near the river."')
    b.source("Lena Ortiz")
    b.say("The offensive has stalled near the river.", "Lena Ortiz")
    ledger = build([a, b])
    [drift] = _kinds(ledger, "attribution_drift")
    assert "to Ortiz" in drift.summary and "to Varga" in drift.summary
    assert [al for al in ledger.alignments if al.kind == "statement"] == []  # different speakers never align


def _three_outlets():
    shared = "The offensive has stalled near the river."
    a = Outlet("alpha.example", "2025-05-01", f'Piet Varga said: "{shared}" He added: "We need more shells."')
    a.source("Piet Varga")
    a.say(shared, "Piet Varga")
    a.say("We need more shells.", "Piet Varga")
    a.editorial("The article calls the offensive 'a disaster' in its own voice.")
    b = Outlet("beta.example", "2025-05-02", f'Varga said: "{shared}"')
    b.source("Varga")
    b.say(shared, "Varga")
    c = Outlet("gamma.example", "2025-05-02", "Fighting continued near the river.")
    return a, b, c


def test_omissions_what_most_carry_and_what_one_carries():
    a, b, c = _three_outlets()
    ledger = build([a, b, c])
    summaries = sorted(f.summary for f in _kinds(ledger, "omission"))
    assert summaries == [
        "Only alpha.example reports Varga's statement “We need more shells”.",
        "gamma.example leaves out Varga's statement “The offensive has stalled near the river”, which 2 of 3 "
        "outlets report.",
    ]
    only = next(f for f in _kinds(ledger, "omission") if f.summary.startswith("Only"))
    assert a.article.id in only.evidence and a.statements[1].id in only.evidence


def test_no_omission_in_a_single_article_story():
    a, _, _ = _three_outlets()
    assert _kinds(build([a]), "omission") == []


def test_editorial_findings_are_kept_with_their_story():
    a, b, c = _three_outlets()
    ledger = build([a, b, c])
    [editorial] = _kinds(ledger, "editorial")
    assert editorial.story == ledger.stories[0].id


def test_findings_are_deterministic_and_order_free():
    a, b, c = _three_outlets()
    first = build([a, b, c])
    assert check_offsets(first) == []
    for seed in range(3):
        order = [a, b, c]
        random.Random(seed).shuffle(order)
        assert build(order).to_json() == first.to_json()
    assert all(f.story for f in first.findings)


def test_one_story_recomputed_alone_gives_the_same_records():
    """What the store relies on: a story's alignments and findings do not depend on other stories."""
    a, b, c = _three_outlets()
    other = _weekly("delta.example", "2025-07-01", "Piet Varga said 70 fighters were killed or wounded so far.",
                    "70 fighters", 70)
    together = build([a, b, c], [other])
    alone = build([a, b, c])
    story = alone.stories[0].id
    assert [x for x in together.alignments if x.story == story] == alone.alignments
    assert [x for x in together.findings if x.story == story] == alone.findings


def test_a_source_raising_its_own_count_later_is_no_discrepancy():
    a = _weekly("alpha.example", "2025-05-01", "Piet Varga said 900 fighters were killed or wounded so far.",
                "900 fighters", 900)
    b = _weekly("beta.example", "2025-05-09", "Piet Varga said 2,500 fighters were killed or wounded so far.",
                "2,500 fighters", 2500)
    ledger = build([a, b])
    assert _kinds(ledger, "discrepancy") == []
    [estimate] = ledger.estimates
    assert (estimate.low, estimate.best, estimate.high) == (2500, 2500, 2500)  # Varga's latest supersedes


def test_a_quote_kept_twice_by_extraction_is_not_an_omission():
    a = Outlet("alpha.example", "2025-05-01", 'Piet Varga said: "The offensive has stalled near the river."')
    a.source("Piet Varga")
    a.say("The offensive has stalled near the river.", "Piet Varga")
    b = Outlet("beta.example", "2025-05-02", 'Varga said that "The offensive has stalled near the river."')
    b.source("Varga")
    b.say("The offensive has stalled near the river.", "Varga")
    b.say('that "The offensive has stalled near the river."', "Varga", kind="indirect")
    ledger = build([a, b])
    assert _kinds(ledger, "omission") == []


def test_build_ledger_is_order_free_end_to_end():
    from newsledger.pipeline import build_ledger

    a, b, c = _three_outlets()
    extractions = [o.extraction() for o in (a, b, c)]
    first = build_ledger(extractions).to_json()
    assert build_ledger(list(reversed(extractions))).to_json() == first


def test_a_count_other_outlets_give_is_no_lone_statement():
    a = _weekly("alpha.example", "2025-05-01", "Piet Varga said 500 fighters were killed or wounded in the past week.",
                "500 fighters", 500)
    a.figures = [f.model_copy(update={"statement": a.say("500 fighters were killed or wounded in the past week",
                                                         "Piet Varga", kind="indirect")}) for f in a.figures]
    b = _weekly("beta.example", "2025-05-02", "Piet Varga told a briefing that his forces had put 500 fighters out "
                "of action in the last week.", "500 fighters", 500)
    b.figures = [f.model_copy(update={"statement": b.say("his forces had put 500 fighters out of action in the last "
                                                         "week", "Piet Varga", kind="indirect")}) for f in b.figures]
    ledger = build([a, b])
    assert [f.kind for f in ledger.findings if f.kind == "omission"] == []
