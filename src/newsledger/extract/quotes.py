"""Quote spans found by scanning characters, never by counting marks, so unbalanced marks cannot break an article.

Straight double quotes are read as opening or closing from the character before them; curly and guillemet marks
carry their direction. A quote still open at the end of a paragraph ends there (the next paragraph may open a
continuation, which becomes its own span and is joined to the previous statement by attribution.py).
Single marks are left alone: they are far more often apostrophes than quotes.
"""

from __future__ import annotations

import re

OPENERS = "“«„‟"
CLOSERS = "”»"
_PARAGRAPH = re.compile(r"[^\n]+")
_MARKS = re.compile(r"[\"“”«»„‟]")


def _opens(text: str, i: int, para_start: int) -> bool:
    """A straight mark opens when nothing or space/opening punctuation precedes it."""
    return i == para_start or text[i - 1] in " \t([{—–-/:"


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted content, marks excluded, trimmed of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        open_at: int | None = None
        for m in _MARKS.finditer(text, para.start(), para.end()):
            ch, i = m.group(), m.start()
            if open_at is None:
                if ch in OPENERS or (ch == '"' and _opens(text, i, para.start())):
                    open_at = i + 1
            elif ch in CLOSERS or ch == '"':
                spans.append((open_at, i))
                open_at = None
            # an opener inside an open quote is a stray mark: ignore it
        if open_at is not None:
            spans.append((open_at, para.end()))
    return [_trim(text, s, e) for s, e in spans if e > s and text[s:e].strip()]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
