"""The one-shot path behind `analyze`: extracted articles → link → compare → one Ledger.

It lives above the stages, not inside `link/`, so every arrow between the stage folders runs one way
(link/ never imports compare/). The store runs the same stage functions batch by batch (store/duckdb.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsledger.compare import estimate_all, find_all
from newsledger.ledger import ArticleExtraction, Ledger, Problem
from newsledger.link.align import align
from newsledger.link.sources import merge_sources
from newsledger.link.stories import StoryIndex

__all__ = ["build_ledger"]


def build_ledger(extractions: Iterable[ArticleExtraction], problems: Iterable[Problem] = ()) -> Ledger:
    extractions = sorted(extractions, key=lambda x: x.article.id)  # input order must not change the ledger
    index = StoryIndex()
    index.add([x.article for x in extractions])
    stories = index.stories()
    merged = merge_sources(extractions, stories)
    alignments = align(merged.articles, merged.statements, merged.figures, merged.sources, stories)
    draft = Ledger(articles=merged.articles, sources=merged.sources, statements=merged.statements,
                   figures=merged.figures, stories=stories, alignments=alignments,
                   findings=merged.findings, problems=list(problems))
    findings = sorted(draft.findings + find_all(draft), key=lambda f: f.id)
    return draft.model_copy(update={"findings": findings, "estimates": estimate_all(draft)})
