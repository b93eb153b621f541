"""Sentence spans for the rule-read languages (sentencex: rules for ~300 languages, no downloads)."""

from __future__ import annotations

import re

from sentencex import segment

from newsledger.extract.doc_cache import sentence_pipeline
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
    package = rules_for(lang).pipeline
    return _joined_by_parser(text, spans, sentence_pipeline(package)) if package else spans


def _joined_by_parser(text: str, spans: list[tuple[int, int]], nlp) -> list[tuple[int, int]]:
    """The splitter breaks at abbreviations no title list covers (av. J.-C., Dr. Lefèvre); a break the parser does
    not see inside the same paragraph is removed. The parser never adds one: splitting by it lost statements (it
    cuts St-Jean and c.-à-d. apart)."""
    runs: list[list[tuple[int, int]]] = []  # the sentences of one paragraph: only a paragraph of several is parsed
    for span in spans:
        if runs and "\n\n" not in text[runs[-1][-1][1]:span[0]]:
            runs[-1].append(span)
        else:
            runs.append([span])
    parsed = [run for run in runs if len(run) > 1 and run[-1][1] - run[0][0] <= nlp.max_length]
    starts: set[int] = set()
    for run, doc in zip(parsed, nlp.pipe(text[run[0][0]:run[-1][1]] for run in parsed), strict=True):
        for sent in doc.sents:
            first = next((t for t in sent if not t.is_space), None)
            if first is not None:
                starts.add(run[0][0] + first.idx)
    vetoed = {start for run in parsed for start, _ in run[1:] if start not in starts}
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if start in vetoed:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


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
