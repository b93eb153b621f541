"""The outlet's own voice: evaluative sentences that no source is credited with become `editorial` findings."""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.extract.doc_cache import doc_text
from newsledger.extract.lexicon import LEXICON_DIR, data_lines, words
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


# A lead-in line ends in a colon and is short ("The motion states:", "Judge Bennett's reasoning:"); the paragraphs
# it introduces are a document, a ruling or a statement reproduced without quotes. How far the block runs is not
# marked, so it is taken to cover the next BLOCK_PARAGRAPHS paragraphs: reproduced documents in news copy are rarely
# longer, and losing an evaluative word of the outlet's own in them costs less than reporting a court's words as
# the outlet's opinion.
LEAD_IN_WORDS = 15
BLOCK_PARAGRAPHS = 3


@lru_cache(maxsize=1)
def _own_lead_ins() -> tuple[str, ...]:
    return tuple(w.lower() for w in data_lines(LEXICON_DIR / "own_lead_ins.txt"))


def introduced_blocks(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs a lead-in line ending in a colon introduces (someone else's words), except
    after the outlet's own lead-ins ("Editor's note:", "Update:"; lexicons/own_lead_ins.txt)."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    blocks = []
    for i, (_, line) in enumerate(lines):
        lead = line.strip()
        if not lead.endswith(":") or len(lead.split()) > LEAD_IN_WORDS:
            continue
        if lead.lower().rstrip(":").strip().startswith(_own_lead_ins()):
            continue
        following = [(s, ln) for s, ln in lines[i + 1:i + 1 + BLOCK_PARAGRAPHS] if ln.strip()]
        if following:
            end = next((n for n, (_, ln) in enumerate(following) if ln.strip().endswith(":")), len(following))
            if end:
                last_start, last = following[end - 1]
                blocks.append((following[0][0], last_start + len(last)))
    return blocks


def find_editorial(article_id: str, doc, covered: list[tuple[int, int]]) -> list[Finding]:
    """A sentence with an evaluative word outside every statement's content (and outside quotes), and outside a
    block of someone else's words a lead-in line introduces."""
    out = []
    text = doc_text(doc)
    blocks = introduced_blocks(text)
    for sent in doc.sents:
        if someone_elses(text[sent.start_char:sent.end_char]):
            continue
        if any(s <= sent.start_char < e for s, e in blocks):
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
