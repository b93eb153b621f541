"""Who said what, on small articles of our own that use the seeds' constructions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.attribution import extract_attribution
from newsledger.extract.quotes import find_quotes
from newsledger.extract.said_on import resolve_said_on
from newsledger.ledger import Article, Ledger, check_offsets
from newsledger.parse import parse_articles

STORY = (
    "Harbour Minister Elena Marsh said on Friday, \"The bridge will reopen before the storm season starts.\"\n\n"
    "\"Engineers have checked every cable twice,\" she added. \"Nobody will cross until it is safe.\"\n\n"
    "\"We owe the town a working bridge, and we will deliver it.\"\n\n"
    "Marsh said the council \"should not be paying for the delay\" and called on the contractor to cover costs.\n\n"
    "According to port authority figures, more than 2,000 lorries were diverted.\n\n"
    "The plan's \"cosmetic\" changes drew little notice at a meeting.\n\n"
    "The minister's promise could very well be political theatre.\n"
)


def _run(nlp, text: str, date: str | None = "2024-03-09"):
    art = Article(id="t", text=text, date=date)
    _, doc = next(parse_articles([art], nlp))
    return art, extract_attribution(art, doc)


def _source_name(found, stmt) -> str | None:
    return next((s.name for s in found.sources if s.id == stmt.source), None)


def test_direct_split_and_paragraph_quotes_belong_to_the_named_speaker(nlp) -> None:
    _, found = _run(nlp, STORY)
    direct = [s for s in found.statements if s.kind == "direct"]
    assert len(direct) >= 3
    assert all(_source_name(found, s) == "Elena Marsh" for s in direct)
    split = [s for s in direct if len(s.parts) == 2]
    assert split and split[0].parts[1].text.startswith("Nobody will cross")
    assert any(s.text.startswith("We owe the town") for s in direct)  # a paragraph that is only a quote


def test_one_source_per_person_with_title_as_description(nlp) -> None:
    _, found = _run(nlp, STORY)
    marsh = [s for s in found.sources if "Marsh" in s.name]
    assert len(marsh) == 1
    assert marsh[0].kind == "person"
    assert any("Minister" in d for d in marsh[0].descriptions)
    assert any(m.text == "she" for m in marsh[0].mentions)


def test_partial_quote_and_reported_speech(nlp) -> None:
    _, found = _run(nlp, STORY)
    partial = [s for s in found.statements if s.kind == "partial"]
    assert any("should not be paying" in s.text and _source_name(found, s) == "Elena Marsh" for s in partial)
    assert any(s.text.startswith("more than 2,000") or "2,000 lorries" in s.text for s in found.statements)


def test_scare_quote_is_not_a_statement_of_its_own(nlp) -> None:
    _, found = _run(nlp, STORY)
    assert not any(s.text == "cosmetic" for s in found.statements)


def test_said_on_resolves_weekday_against_article_date(nlp) -> None:
    _, found = _run(nlp, STORY)
    first = min(found.statements, key=lambda s: s.start)
    assert first.said_on == "2024-03-08"  # the Friday before Saturday 9 March


def test_writer_evaluation_is_an_editorial_finding(nlp) -> None:
    _, found = _run(nlp, STORY)
    assert any(f.kind == "editorial" and "theatre" in f.summary for f in found.findings)


def test_nested_attribution_records_the_relayed_origin(nlp) -> None:
    text = ("Defence spokesman Paul Reyes vouched for recent Danish intelligence figures: \"They have lost more "
            "than 400 vehicles in this sector,\" he said.\n")
    _, found = _run(nlp, text)
    st_ = [s for s in found.statements if "400 vehicles" in s.text]
    assert st_ and _source_name(found, st_[0]) == "Paul Reyes"
    relayed = next(s for s in found.sources if s.id == st_[0].relayed_from)
    assert "Danish intelligence" in relayed.name


def test_said_on_rules() -> None:
    assert resolve_said_on("she said on Friday", "2024-03-08") == "2024-03-08"  # same day counts
    assert resolve_said_on("said on Friday (Dec 27).", "2024-12-28") == "2024-12-27"
    # a span resolves to the latest day it allows (extract/said_on.py; issue 16): Saturday's "earlier this week" → Friday
    assert resolve_said_on("Earlier this week, he said", "2024-12-28") == "2024-12-27"
    assert resolve_said_on("on Monday", None) is None


def test_unbalanced_marks_never_raise_or_leak() -> None:
    text = 'He said "one two three four five\n\nIt\'s fine" and "again\n"'
    spans = find_quotes(text)
    assert spans[0] == (9, text.index("\n"))
    for s, e in spans:
        assert "\n" not in text[s:e]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([
    'Anna Lind said "we will win this." ', "he told reporters that the plan failed. ", '"', "“", "”", "'",
    "According to the ministry, 40 people died. ", "\n\n", "It's over, they said. ", "the official added",
]), min_size=1, max_size=14))
def test_offsets_always_slice_to_reported_text(nlp, pieces) -> None:
    art, found = _run(nlp, "".join(pieces))
    ledger = Ledger(articles=[art], sources=found.sources, statements=found.statements)
    assert check_offsets(ledger) == []


def test_participle_and_naming_cues_share_the_subject(nlp) -> None:
    text = ("Senator Ruth Okafor said the levy was fair, adding that farmers would be paid within a month.\n\n"
            "Union leaders called the levy \"a tax on bread\" on Tuesday.\n")
    _, found = _run(nlp, text)
    adding = [s for s in found.statements if "farmers would be paid" in s.text]
    assert adding and all(_source_name(found, s) == "Ruth Okafor" for s in adding)
    named = [s for s in found.statements if "a tax on bread" in s.text]
    assert named and "Union leaders" in (_source_name(found, named[0]) or "")


def test_namesakes_stay_apart_and_honorifics_merge(nlp) -> None:
    text = ("Former mayor Anna Berg said the vote was rigged.\n\n"
            "Her husband, Tomas Berg, said he disagreed with the result.\n\n"
            "Ms. Berg said she would appeal.\n")
    _, found = _run(nlp, text)
    bergs = sorted(s.name for s in found.sources if "Berg" in s.name)
    assert bergs == ["Anna Berg", "Tomas Berg"]


def test_collectives_are_not_people(nlp) -> None:
    text = "On Monday Lviv forces claimed to have retaken the bridge near the river.\n"
    _, found = _run(nlp, text)
    claimed = [s for s in found.statements if s.cue == "claimed"]
    assert claimed
    src = next(s for s in found.sources if s.id == claimed[0].source)
    assert src.kind != "person" and "forces" in src.name
