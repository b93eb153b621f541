"""Organisation or its spokesperson (issue 15, item 7): the person is the source, the organisation their
affiliation, kept in `descriptions` (which source search reads). Every sentence here is invented."""

from __future__ import annotations

from newsledger.extract.attribution import extract_attribution
from newsledger.ledger import Article
from newsledger.parse import parse_articles


def _sources_by_statement(nlp, text: str):
    art = Article(id="t", text=text)
    (art, doc), = parse_articles([art], nlp)
    found = extract_attribution(art, doc)
    names = {s.id: s for s in found.sources}
    return {st.text: names.get(st.source) for st in found.statements}


def test_unaffiliated_spokesman_speaks_for_the_organisation_quoted_before(nlp) -> None:
    by = _sources_by_statement(nlp, 'The ministry called the strike "reckless." Spokesman Piet Laar added that '
                                    "40 people were hurt.")
    laar = by["that 40 people were hurt"]
    assert laar.name == "Piet Laar" and laar.kind == "person"  # the title is no part of the name
    assert "ministry spokesman" in laar.descriptions
    assert by['the strike "reckless."'].name == "ministry"  # the organisation's own words stay its own


def test_spokesperson_with_an_organisation_in_the_title_is_the_person(nlp) -> None:
    by = _sources_by_statement(nlp, "The ministry denied it. White House spokesperson John Kirby said 1,000 "
                                    "soldiers had been killed.")
    kirby = next(s for t, s in by.items() if "1,000" in t)
    assert kirby.name == "John Kirby"
    assert kirby.descriptions == ["White House spokesperson"]  # not also the ministry's


def test_spokesman_with_no_organisation_nearby_gets_no_affiliation(nlp) -> None:
    by = _sources_by_statement(nlp, "Spokesman Piet Laar said 40 people were hurt.")
    [laar] = by.values()
    assert laar.name == "Piet Laar" and laar.descriptions == ["Spokesman"]
