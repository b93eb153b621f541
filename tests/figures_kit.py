"""Shared helpers for the English figure tests: figures of an invented sentence with their offsets checked, and the
figure found at one numeral of it."""

from __future__ import annotations

from newsledger.extract.figures import extract_figures
from newsledger.ledger import Article, Figure


def figures_of(text: str, article_id: str = "figures-kit") -> list[Figure]:
    found = extract_figures(Article(id=article_id, text=text), None, None)
    for fig in found:
        assert text[fig.start:fig.end] == fig.text
    return found


def figure_at(text: str, numeral: str) -> Figure | None:
    """The figure whose span holds `numeral` (which occurs once in `text`), or None."""
    start = text.index(numeral)
    return next((f for f in figures_of(text) if f.start <= start < f.end), None)
