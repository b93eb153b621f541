"""Quote spans found by scanning characters, never by counting marks, so unbalanced marks cannot break an article.

Straight double quotes (and the typewriter form `''`, two apostrophes, common in wire and archive text) are read as
opening or closing from the character before them; curly and guillemet marks carry their direction, except an
opening mark typed in a closing position ('“abhorrent“ in a tweet'), which closes. A quote still open at the end of a
paragraph ends there (the next paragraph may open a continuation, which becomes its own span and is joined to the
previous statement by attribution.py).
Single marks are left alone: they are far more often apostrophes than quotes.
"""

from __future__ import annotations

import bisect
import re

OPENERS = "“«„‟"
CLOSERS = "”»"
_PARAGRAPH = re.compile(r"[^\n]+")
# `'''` is a single quote nested at the edge of a double one: the outer two apostrophes are the double mark
_MARKS = re.compile(r"'{2,3}|[\"“”«»„‟]")


def _opens(text: str, i: int, para_start: int) -> bool:
    """A straight mark opens when nothing or space/opening punctuation precedes it."""
    return i == para_start or text[i - 1] in " \t([{—–-/:"


def _closes(text: str, i: int, para_end: int) -> bool:
    """An opening curly mark typed where a closing one belongs ('called it “abhorrent“ in a tweet'): it follows a
    word or punctuation and is followed by a space, punctuation or the paragraph's end."""
    after = text[i + 1] if i + 1 < para_end else ""
    return not text[i - 1].isspace() and (after == "" or after.isspace() or after in ",.;:!?)")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted content, marks excluded, trimmed of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        open_at: int | None = None
        doubled = -1
        for m in _MARKS.finditer(text, para.start(), para.end()):
            ch, i = m.group(), m.start()
            if i == doubled:
                continue
            straight = ch == '"' or ch.startswith("''")
            if open_at is None:
                if ch in OPENERS or (straight and _opens(text, i, para.start())):
                    open_at = i + 2 if ch.startswith("''") else i + 1
                    # `""Words` (a mark doubled by a careless paste) opens once: read as an empty quote, it would
                    # turn every later mark of the paragraph inside out
                    if ch == '"' and text[i + 1:i + 2] == '"' and i + 2 < para.end() and not text[i + 2].isspace():
                        open_at, doubled = i + 2, i + 1
            elif ch in CLOSERS or straight or _closes(text, i, para.end()):
                spans.append((open_at, i + 1 if ch == "'''" else i))
                open_at = None
            # an opener inside an open quote is otherwise a stray mark: ignore it
        if open_at is not None:
            spans.append((open_at, para.end()))
    return [_trim(text, s, e) for s, e in spans if e > s and text[s:e].strip()]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def opens_clause(text: str, pos: int) -> bool:
    """Whether a quote starting at `pos` opens its paragraph, sentence or a set-off clause (after a colon or dash):
    someone's words, rather than a title or a term inside the writer's sentence ('On "Face the Nation," she said')."""
    before = text[text.rfind("\n", 0, pos) + 1:pos].rstrip(" \t\xa0\"“”«»„‟'")
    return before[-1:] in {"", ".", "?", "!", ":", ";", "—", "–", "-", "("}


class QuoteSpans(list):
    """`find_quotes` spans (in text order, never overlapping) with position lookups in O(log n): an article with
    thousands of quotes must not make every question about one quote scan them all."""

    def __init__(self, spans) -> None:
        super().__init__(spans)
        self._starts = [s for s, _ in self]
        self._ends = [e for _, e in self]

    def overlapping(self, start: int, end: int) -> range:
        """Indices of the quotes sharing at least one character with [start, end)."""
        return range(bisect.bisect_right(self._ends, start), bisect.bisect_left(self._starts, end))

    def containing(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self._ends[i] else None

    def last_ending_by(self, pos: int) -> int | None:
        """The index of the last quote that ends at or before `pos`."""
        i = bisect.bisect_right(self._ends, pos) - 1
        return i if i >= 0 else None


def quote_spans(spans) -> QuoteSpans:
    return spans if isinstance(spans, QuoteSpans) else QuoteSpans(spans)
