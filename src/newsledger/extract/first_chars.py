"""Whole-text scans that skip impossible starting positions: the same regex behind a one-character lookahead.

Python's `re` tries every alternative of a pattern at every position of the text; under IGNORECASE it has no fast
first-character check, so a lexicon alternation ("two|three|…|dozens") costs its full width at every space and
every letter. A pattern whose matches can only begin with some characters gets `(?=[those characters])` in front:
one class test per position, the same matches, groups and spans (the class is compiled with the pattern's own
flags, so case folding agrees). Patterns this cannot analyse (one that may match the empty string or begin with
any character, scoped inline flags, back references) come back unchanged.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812
from re import _parser

__all__ = ["first_chars", "quick_start"]

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """The pattern's first character cannot be bounded: no lookahead."""


def _class_items(items) -> tuple[list[str], bool]:
    """A character class's members as class text, and whether it is negated."""
    out, negated = [], False
    for op, av in items:
        if op is C.NEGATE:
            negated = True
        elif op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _Unknown(op)
    return out, negated


def _first(seq, plain: list[str], negated: list[str]) -> bool:
    """Add the characters `seq` can begin with; True when `seq` may consume nothing at all."""
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # an assertion consumes nothing: the first character comes after it
        if op is C.LITERAL:
            plain.append(re.escape(chr(av)))
            return False
        if op is C.IN:
            members, neg = _class_items(av)
            if neg:
                negated.append(f"[^{''.join(members)}]")
            else:
                plain.extend(members)
            return False
        if op is C.BRANCH:
            if not any([_first(branch, plain, negated) for branch in av[1]]):
                return False
            continue
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown(op)  # (?i:…) inside: the lookahead would need the same scope
            if not _first(sub, plain, negated):
                return False
            continue
        if op is C.ATOMIC_GROUP:
            if not _first(av, plain, negated):
                return False
            continue
        if op in _REPEATS:
            low, _high, sub = av
            if not _first(sub, plain, negated) and low > 0:
                return False
            continue
        raise _Unknown(op)  # ANY, NOT_LITERAL, back references: any character may start a match
    return True


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A lookahead class every match of `pattern` starts with a member of, or None when there is none to give."""
    plain: list[str] = []
    negated: list[str] = []
    try:
        if _first(_parser.parse(pattern.pattern, pattern.flags).data, plain, negated):
            return None  # it can match the empty string, anywhere
    except _Unknown:
        return None
    classes = ([f"[{''.join(dict.fromkeys(plain))}]"] if plain else []) + negated
    return "|".join(classes) or None


_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")


def quick_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a first-character lookahead in front when one can be found; the same matches either way."""
    if not isinstance(pattern.pattern, str):
        return pattern
    lookahead = first_chars(pattern)
    if lookahead is None:
        return pattern
    body = _GLOBAL_FLAGS.sub("", pattern.pattern)  # already in pattern.flags; they may only open a pattern
    return re.compile(f"(?=(?:{lookahead}))(?:{body})", pattern.flags)
