"""A role noun before a name makes a person with the role as a description, even when the small model tags the
unfamiliar name as a place. Sentences are our own."""

from __future__ import annotations

from newsledger.extract import extract_from_doc
from newsledger.ledger import Article


def test_title_before_unfamiliar_name_is_a_person_and_one_source(nlp):
    text = ('Regional governor Amara Okafor said in a statement, "We are still searching street by street."\n\n'
            'Okafor said about 3,000 residents had been moved to shelters.')
    found = extract_from_doc(Article(id="t", text=text), nlp(text))
    people = [s for s in found.sources if s.kind == "person"]
    assert [p.name for p in people] == ["Amara Okafor"]
    assert "Regional governor" in people[0].descriptions
    assert {st.source for st in found.statements} == {people[0].id}
