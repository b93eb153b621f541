"""Read the language-knowledge files under extract/lexicons/ (one entry per line, '#' comments)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


def _lines(name: str) -> list[str]:
    out = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def words(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in _lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in _lines(name))
