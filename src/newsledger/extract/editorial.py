"""The outlet's own voice: evaluative sentences that no source is credited with become `editorial` findings."""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.extract.doc_cache import doc_text
from newsledger.extract.lexicon import words
from newsledger.ledger import Finding, stable_id


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words("evaluative.txt"), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I)


_HANDLE = re.compile(r"(?<![\w.])@\w{2,}")


def someone_elses(sentence: str) -> bool:
    """A sentence that is another person's words even without quotes or a speech verb: an embedded social post
    (an @handle) or a broadcast transcript (mostly capitals)."""
    letters = [c for c in sentence if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return bool(_HANDLE.search(sentence)) or (len(letters) >= 20 and capitals > 0.7 * len(letters))


def find_editorial(article_id: str, doc, covered: list[tuple[int, int]]) -> list[Finding]:
    """A sentence with an evaluative word outside every statement's content (and outside quotes)."""
    out = []
    text = doc_text(doc)
    for sent in doc.sents:
        if someone_elses(text[sent.start_char:sent.end_char]):
            continue
        for m in _pattern().finditer(text, sent.start_char, sent.end_char):
            pos = m.start()
            if any(s <= pos < e for s, e in covered):
                continue
            s, e = sent.start_char, sent.end_char
            snippet = text[s:e].strip()
            out.append(Finding(id=stable_id("finding", article_id, "editorial", s, e), kind="editorial",
                               summary=f"The outlet itself says ({m.group()!r}): {snippet}",
                               evidence=[f"{article_id}:{s}-{e}"]))
            break
    return out
