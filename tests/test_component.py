"""The extractor as a spaCy component: `nlp.add_pipe("newsledger_attribution")` fills `doc._.statements`."""

from __future__ import annotations

import newsledger.extract.component  # noqa: F401  (registers the factory)


def test_component_fills_doc_extensions(nlp) -> None:
    text = 'Mayor Jo Park said the road "will be closed for two weeks," officials confirmed.\n'
    nlp.add_pipe("newsledger_attribution", last=True)
    try:
        doc = nlp(text)
        assert doc._.statements
        assert all(text[s.start:s.end] == s.text for s in doc._.statements)
        assert any("Jo Park" in s.name for s in doc._.sources)
    finally:
        nlp.remove_pipe("newsledger_attribution")
