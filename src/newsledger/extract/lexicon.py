"""Read the language-knowledge files under extract/lexicons/ (one entry per line, '#' comments)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


def data_lines(path: Path) -> list[str]:
    """A data file's entries, one a line; '#' starts a comment, blank lines are skipped (any package's data/ too)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _lines(name: str) -> list[str]:
    return data_lines(LEXICON_DIR / name)


@cache
def words(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in _lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in _lines(name))


# Per-language lexicons live in lexicons/<lang>/<name> (ISO 639-1). The English ones are still the flat files
# directly under lexicons/ (moved into lexicons/en/ once nobody is editing them): for "en" a lexicons/en/ copy wins
# when there is one, the flat file otherwise.
DEFAULT_LANG = "en"


def lexicon_path(name: str, lang: str = DEFAULT_LANG) -> Path:
    if not (2 <= len(lang) <= 3 and lang.isascii() and lang.isalpha() and lang.islower()):
        raise ValueError(f"not a language code: {lang!r}")
    nested = LEXICON_DIR / lang / name
    if nested.is_file():
        return nested
    if lang == DEFAULT_LANG and (LEXICON_DIR / name).is_file():
        return LEXICON_DIR / name
    raise FileNotFoundError(f"no lexicon {name!r} for language {lang!r} (looked for {nested})")


def has_lexicon(name: str, lang: str) -> bool:
    try:
        lexicon_path(name, lang)
    except (FileNotFoundError, ValueError):
        return False
    return True


def _lang_lines(name: str, lang: str) -> list[str]:
    out = []
    for line in lexicon_path(name, lang).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def words_in(lang: str, name: str) -> frozenset[str]:
    """`words` of one language's lexicon (casefolded: German nouns are capitalised, cues need not be)."""
    return frozenset(line.casefold() for line in _lang_lines(name, lang))


@cache
def table_in(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """`table` of one language's lexicon: tab-separated columns, stripped."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in _lang_lines(name, lang))
