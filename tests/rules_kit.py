"""What the rule-read languages' tests share: one invented article read by the rules (offsets checked on the way),
and the (statement, speaker) and figure views the assertions read."""

from __future__ import annotations

from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article, ArticleExtraction, Ledger, check_offsets


def read(lang: str, text: str) -> ArticleExtraction:
    ex = extract_by_rules(Article(id=f"rules-{lang}", text=text, lang=lang))
    assert not check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    return ex


def said(ex: ArticleExtraction) -> list[tuple[str, str | None]]:
    """(statement text, speaker's source name) in text order."""
    names = {s.id: s.name for s in ex.sources}
    return [(st.text, names.get(st.source)) for st in ex.statements]


def speaker_of(ex: ArticleExtraction, words: str) -> str | None:
    hits = [name for text, name in said(ex) if words in text]
    assert hits, f"no statement holds {words!r}: {said(ex)}"
    return hits[0]


def statement(ex: ArticleExtraction, words: str) -> str:
    hits = [text for text, _ in said(ex) if words in text]
    assert hits, f"no statement holds {words!r}: {said(ex)}"
    return hits[0]


def figures(ex: ArticleExtraction) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.qualifier) for f in ex.figures]
