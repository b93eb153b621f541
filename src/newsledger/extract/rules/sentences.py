"""Sentence spans for the rule-read languages (sentencex: rules for ~300 languages, no downloads)."""

from __future__ import annotations

import re

from sentencex import segment

from newsledger.extract.rules.language import rules_for


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; paragraph breaks always end a sentence."""
    spans: list[tuple[int, int]] = []
    offset = 0
    # a piece ending in an abbreviated title (M. Rousseau, Dr. Weber) does not end its sentence
    abbreviations = tuple(" " + t for t in rules_for(lang).titles if t.endswith("."))  # lexicons are lower-cased
    ordinal_leads = rules_for(lang).ordinal_leads
    joined: list[str] = []
    for piece in segment(lang, text):
        if joined and not joined[-1].endswith("\n\n") and (joined[-1].rstrip().casefold().endswith(abbreviations)
                                                          or _ordinal_end(joined[-1], ordinal_leads)):
            joined[-1] += piece
        else:
            joined.append(piece)
    for piece in joined:
        # sentencex returns the text cut into consecutive pieces; find() keeps offsets exact even if it ever
        # normalised whitespace away
        at = text.find(piece, offset) if piece else -1
        if at < 0:
            continue
        offset = at + len(piece)
        for part_start, part_end in _paragraph_parts(text, at, offset):
            spans.extend(_numeral_starts(text, part_start, part_end, abbreviations))
    return spans


# auf 14 gestiegen. 23 Menschen gelten …: a full stop after a lower-case word of three letters or more, then a
# numeral, ends a sentence (sentencex keeps them together); an abbreviation (ca. 300) does not
_NUMERAL_START = re.compile(r"(?<=[^\W\d_]{3}\.)\s+(?=\d)")


def _numeral_starts(text: str, start: int, end: int, abbreviations: tuple[str, ...]) -> list[tuple[int, int]]:
    out = []
    for m in _NUMERAL_START.finditer(text, start, end):
        word = text[text.rfind(" ", start, m.start()) + 1:m.start()]
        if not word[:1].islower() or (" " + word.casefold()).endswith(abbreviations):
            continue
        out.append((start, m.start()))
        start = m.end()
    return [*out, (start, end)]


_NUMBER_STOP = re.compile(r"(\w+)\s+\d+\.\s*$")


def _ordinal_end(piece: str, leads: frozenset[str]) -> bool:
    """in der 70. Minute: a numeral with a full stop after an article is an ordinal, not the sentence's end."""
    m = _NUMBER_STOP.search(piece)
    return m is not None and m.group(1).casefold() in leads


def _paragraph_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos < end:
        brk = text.find("\n\n", pos, end)
        stop = end if brk < 0 else brk
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
        pos = stop + 2 if brk >= 0 else end
    return out
