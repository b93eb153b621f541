"""What extractors ask a parsed article again and again, computed once per Doc.

spaCy's `Doc.text` joins every token on each access and `Span.ents` walks every entity of the whole document, so
asking either once per quote or per speaker makes extraction quadratic in article length (a 5,000-quote article
took minutes). `doc_text` is cached; the entity index sorts entities once and answers with a binary search, and so do the token
offsets.
"""

from __future__ import annotations

import bisect
from functools import cache


class EntityIndex:
    def __init__(self, doc) -> None:
        self._ents = sorted(doc.ents, key=lambda e: (e.start_char, e.end_char))
        self._starts = [e.start_char for e in self._ents]
        self._ends = [e.end_char for e in self._ents]

    @property
    def ents(self) -> list:
        """Every entity in text order (what `Doc.ents` gives, without building the spans again on each call)."""
        return self._ents

    def starting_before(self, pos: int) -> list:
        """Entities that start before `pos`, in text order."""
        return self._ents[:bisect.bisect_left(self._starts, pos)]

    def within(self, start: int, end: int) -> list:
        """Entities lying wholly inside [start, end), as `Span.ents` gives them for the token span."""
        lo = bisect.bisect_left(self._starts, start)
        out = []
        for ent in self._ents[lo:]:
            if ent.start_char >= end:
                break
            if ent.end_char <= end:
                out.append(ent)
        return out

    def ending_before(self, pos: int, label: str, n: int) -> list:
        """The last `n` entities of `label` that end at or before `pos`, in text order."""
        out = []
        i = bisect.bisect_right(self._starts, pos)
        while i > 0 and len(out) < n:
            i -= 1
            ent = self._ents[i]
            if ent.label_ == label and ent.end_char <= pos:
                out.append(ent)
        return out[::-1]


def doc_text(doc) -> str:
    key = "newsledger.text"
    text = doc.user_data.get(key)
    if text is None:
        text = doc.user_data[key] = doc.text
    return text


def tokens_starting_in(doc, start: int, end: int) -> list:
    """The tokens whose first character lies in [start, end), found by a binary search over the token offsets
    (computed once per Doc) instead of a walk over every token of the article."""
    key = "newsledger.token_starts"
    starts = doc.user_data.get(key)
    if starts is None:
        starts = doc.user_data[key] = [t.idx for t in doc]
    return list(doc[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)])


def entity_index(doc) -> EntityIndex:
    """One index per Doc, kept on the Doc's user_data so every extractor shares it."""
    key = "newsledger.entity_index"
    index = doc.user_data.get(key)
    if index is None:
        index = doc.user_data[key] = EntityIndex(doc)
    return index


@cache
def sentence_pipeline(package: str):
    """A rule-read language's spaCy pipeline (extract/lexicons/<lang>/pipeline.txt), loaded on the first article in
    that language and kept for the process (a forked worker loads its own on its first such article). Only the
    parser's sentence boundaries are asked for, so the components that do not feed it are left out."""
    import spacy

    return spacy.load(package, exclude=["ner", "lemmatizer", "attribute_ruler", "morphologizer"])
