"""The founding articles: every quote goes to Kirby or Zelenskyy, one source each, the editorial sentence found."""

from __future__ import annotations

from newsledger.extract.attribution import extract_attribution
from newsledger.ledger import Article, Ledger, check_offsets
from newsledger.parse import parse_articles


def _extract(nlp, seeds_dir):
    arts = []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        date = text.split()[1] if text.lstrip().startswith("date") else None
        arts.append(Article(id=path.stem, text=text, date=date))
    return [(a, extract_attribution(a, d)) for a, d in parse_articles(arts, nlp)]


def test_direct_quotes_go_to_the_two_leaders(nlp, seeds_dir) -> None:
    for art, found in _extract(nlp, seeds_dir):
        names = {s.id: s.name for s in found.sources}
        direct = [s for s in found.statements if s.kind == "direct"]
        assert direct
        for st in direct:
            assert any(k in (names.get(st.source) or "") for k in ("Kirby", "Zelensk")), st.text
        for who in ("Kirby", "Zelensk"):
            assert sum(who in s.name for s in found.sources) <= 1, f"{who} split into several sources"
        assert check_offsets(Ledger(articles=[art], sources=found.sources, statements=found.statements)) == []


def test_titles_are_descriptions_and_editorial_found(nlp, seeds_dir) -> None:
    results = _extract(nlp, seeds_dir)
    descs = [d for _, f in results for s in f.sources for d in s.descriptions]
    assert any("President" in d for d in descs)
    assert any(f.kind == "editorial" for _, found in results for f in found.findings)


def test_reported_statements_and_relayed_origin(nlp, seeds_dir) -> None:
    results = _extract(nlp, seeds_dir)
    sources = [s for _, f in results for s in f.sources]
    statements = [st for _, f in results for st in f.statements]
    kinds = {s.id: s.kind for s in sources}
    # intelligence assessments/reports speak for themselves, as intelligence sources
    assert any(kinds.get(st.source) == "intelligence" and st.kind == "indirect" for st in statements)
    # nested attribution: a statement relays an intelligence source's figures
    assert any(st.relayed_from and kinds.get(st.relayed_from) == "intelligence" for st in statements)
    assert any(st.cue == "claimed" and st.source for st in statements)
