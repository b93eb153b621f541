"""The analyser version of a language: a fingerprint of everything that decides what is extracted from an article in
that language (its lexicon files, the rules' code or the English model, and whether the language is read at all).
The store keeps the version each article was extracted with; `newsledger reanalyze` re-extracts the articles whose
language's version has changed since (a language newly supported, a lexicon or rule improved)."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path

from newsledger.extract.lexicon import LEXICON_DIR, has_lexicon, words

NOT_ANALYSED = "none"  # the version of a language nothing is extracted from
_RULES_DIR = Path(__file__).parent / "rules"
_ENGLISH_CODE = ("attribution.py", "quotes.py", "speakers.py", "figures.py", "numbers.py", "reported.py",
                 "relays.py", "said_on.py", "editorial.py", "figure_sources.py")


def _digest(files: list[Path], *extra: str) -> str:
    h = hashlib.sha256()
    for part in extra:
        h.update(part.encode("utf-8") + b"\0")
    for path in sorted(files):
        h.update(path.name.encode("utf-8") + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _installed(name: str) -> str:
    try:
        return package_version(name)
    except PackageNotFoundError:
        return "absent"


@cache
def analyser_version(lang: str | None, model: str | None = None) -> str:
    """'rules-…' for a rule-read language, 'spacy-…' for English (and articles of unknown language, which take
    the English path), NOT_ANALYSED for a language the extractors do not read."""
    code = lang or "en"
    if code not in words("analysed_languages.txt") and lang is not None:
        return NOT_ANALYSED
    if code != "en" and has_lexicon("speech_cues.tsv", code):
        files = [p for p in (LEXICON_DIR / code).iterdir() if p.is_file()]
        files += [p for p in _RULES_DIR.glob("*.py")]
        return "rules-" + _digest(files, code, _installed("text2num"), _installed("sentencex"))
    from newsledger.nlp import DEFAULT_MODEL

    here = Path(__file__).parent
    files = [p for p in LEXICON_DIR.iterdir() if p.is_file()] + [here / name for name in _ENGLISH_CODE
                                                                  if (here / name).is_file()]
    return "spacy-" + _digest(files, model or DEFAULT_MODEL, _installed("spacy"))
