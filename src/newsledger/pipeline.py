"""The one-shot path behind `analyze`: extracted articles → link → compare → one Ledger.

It lives above the stages, not inside `link/`, so every arrow between the stage folders runs one way
(link/ never imports compare/). The store runs the same stage functions batch by batch (store/duckdb.py).
"""

from __future__ import annotations

import io
import pickle
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate
from typing import Any

from newsledger.compare import estimate_all, find_all
from newsledger.extract.parallel import ForkedCall, can_fork, default_jobs
from newsledger.ledger import Alignment, Article, ArticleExtraction, Finding, Ledger, Problem, Statement, Story
from newsledger.link import align as alignment
from newsledger.link import embeddings
from newsledger.link import stories as story_linking
from newsledger.link.sources import Merged, merge_sources
from newsledger.link.stories import Features, StoryIndex

__all__ = ["build_ledger", "story_features"]


def story_features(article: Article) -> Features:
    """What story linking needs of one article alone (with `StoryIndex`'s default params): extraction workers
    compute it beside each article, so the parent, alone while it links, only scores pairs."""
    return story_linking.features(article)  # looked up on call: a test's patch reaches the workers


def build_ledger(extractions: Iterable[ArticleExtraction], problems: Iterable[Problem] = (), *,
                 features: Mapping[str, Features] | None = None, cores: int = 1) -> Ledger:
    """`features`: story-linking features already computed (by article id, `story_features` with the default
    params; extraction workers compute them beside each article), the others are computed here. `cores`: the
    cores this process may use now (no extraction worker runs beside it; at most the usable cores): from two on,
    a forked child plans half of the stories' alignments, takes half of the sentence encoder's batches (most of
    linking's time) and finds half of the stories' findings; the ledger is the same whatever the number."""
    extractions = sorted(extractions, key=lambda x: x.article.id)  # input order must not change the ledger
    index = StoryIndex()
    if features:
        index.add([x.article for x in extractions], features)
    else:  # the index's one-argument form, which the store and stand-in indexes call too
        index.add([x.article for x in extractions])
    stories = index.stories()
    merged = merge_sources(extractions, stories)
    cores = min(cores, default_jobs())
    with embeddings.cores(cores):
        alignments = _align(merged, stories, cores)
    draft = Ledger(articles=merged.articles, sources=merged.sources, statements=merged.statements,
                   figures=merged.figures, stories=stories, alignments=alignments,
                   findings=merged.findings, problems=list(problems))
    findings = sorted(draft.findings + _find_all(draft, cores), key=lambda f: f.id)
    return draft.model_copy(update={"findings": findings, "estimates": estimate_all(draft)})


# Below this many statements and figures, finding (or planning alignments) in two processes saves less than forking
# costs (find_all takes about 75 µs of CPU per record, planning about 100; forking the process that holds the
# pipelines, about 30 ms).
SPLIT_MIN_RECORDS = 4000


def _later_half(sizes: Sequence[int]) -> int:
    """Where to cut items (in their order) so that the two parts' sizes are about equal; both parts non-empty."""
    running = list(accumulate(sizes))
    return min(max(1, bisect_left(running, running[-1] / 2) + 1), len(sizes) - 1)


def _align(merged: Merged, stories: Sequence[Story], cores: int) -> list[Alignment]:
    """`align(...)` of the merged records; with a second core free, a forked child plans the later half of the
    stories (by statements and figures: figure alignment and speaker blocks, about 100 µs of CPU per record)
    while this process plans the earlier half. Plans are per story and finished together (one encoder call over
    all their texts), so the alignments are `align`'s."""
    inputs = alignment.story_inputs(merged.articles, merged.statements, merged.figures, merged.sources, stories)
    names = inputs.stories()
    if not _worth_splitting(cores, len(merged.statements) + len(merged.figures), len(names)):
        return alignment.finish_stories(inputs, alignment.plan_stories(inputs, names))
    cut = _later_half([len(inputs.statements.get(s, [])) + len(inputs.figures.get(s, [])) for s in names])
    mine, pickled = ForkedCall(_plans_by_reference, inputs, names[cut:]).beside(
        lambda: alignment.plan_stories(inputs, names[:cut]))
    statements = {st.id: st for st in merged.statements}
    theirs: list[alignment.StoryPlan] = _ByReference(io.BytesIO(pickled), statements).load()
    return alignment.finish_stories(inputs, [*mine, *theirs])


def _worth_splitting(cores: int, records: int, parts: int) -> bool:
    """A second core is free, there is enough to split (SPLIT_MIN_RECORDS statements and figures) and into two."""
    return cores >= 2 and records >= SPLIT_MIN_RECORDS and parts >= 2 and can_fork()


class _ByReference(pickle.Unpickler):
    """The child's plans name their statements by id, and this process has them: the later half's plans of 1,000
    GVA dev articles are 260 kB and load in 0.01 s; with their statements, 1.4 MB and 0.02-0.19 s."""

    def __init__(self, data: io.BytesIO, statements: Mapping[str, Statement]) -> None:
        super().__init__(data)
        self._statements = statements

    def persistent_load(self, pid: Any) -> Statement:
        return self._statements[pid]


class _StatementsById(pickle.Pickler):
    def persistent_id(self, obj: Any) -> str | None:
        return obj.id if isinstance(obj, Statement) else None


def _plans_by_reference(inputs: alignment.StoryInputs, stories: Sequence[str]) -> bytes:
    out = io.BytesIO()
    _StatementsById(out, protocol=pickle.HIGHEST_PROTOCOL).dump(alignment.plan_stories(inputs, stories))
    return out.getvalue()


def _find_all(draft: Ledger, cores: int) -> list[Finding]:
    """`find_all(draft)`; with a second core free, a forked child finds the findings of the later half of the
    stories (by statements and figures) while this process finds the earlier half's. Findings are per story, so
    the two lists together, sorted as `find_all` sorts, are its list."""
    if not _worth_splitting(cores, len(draft.statements) + len(draft.figures), len(draft.stories)):
        return find_all(draft)
    stories = sorted(draft.stories, key=lambda s: s.id)
    story_of = {a: s.id for s in stories for a in s.articles}
    size = Counter(story_of.get(r.article) for r in (*draft.statements, *draft.figures))
    cut = _later_half([size[s.id] for s in stories])
    mine, theirs = ForkedCall(find_all, draft.model_copy(update={"stories": stories[cut:]})).beside(
        lambda: find_all(draft.model_copy(update={"stories": stories[:cut]})))
    return sorted([*mine, *theirs], key=lambda f: f.id)
