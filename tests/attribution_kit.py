"""Shared steps of the English attribution tests: run the English path on one invented article (its offsets
checked every time) and look statements and their sources up by text."""

from __future__ import annotations

from newsledger.extract.attribution import extract_attribution
from newsledger.ledger import Article, Ledger, check_offsets
from newsledger.parse import parse_articles


def attribute(nlp, text: str, article_id: str = "r"):
    art = Article(id=article_id, text=text)
    _, doc = next(parse_articles([art], nlp))
    found = extract_attribution(art, doc)
    assert check_offsets(Ledger(articles=[art], sources=found.sources, statements=found.statements)) == []
    return found


def texts(found) -> list[str]:
    return [s.text for s in found.statements]


def by_text(found, needle: str):
    hits = [s for s in found.statements if needle in s.text]
    assert hits, f"no statement holds {needle!r}: {texts(found)}"
    return hits[0]


def source_name(found, stmt) -> str | None:
    return next((s.name for s in found.sources if s.id == stmt.source), None)
