"""Whether a source can stand behind a claim: an entity of a person, organisation or government kind that is neither
a place nor a party to the incident.

Attribution extraction hands over sources that are nothing of the kind: a dateline (`BRISTOL, Tenn.`), a town
(`the youth center in Everett`), a phrase (`an ambush shooting`, `Initial reports`), the shooter or a victim
(`Cash, 24, was arrested`). Saying that two outlets credit one claim to different sources means something only when
both sources could have said it, so attribution drift is kept only between sources that pass `stands`.

The tests are on the story's own text (the words around every place the source's name is written), with the word
lists in compare/data/: a name written after a place word (`in`, `near`; place_before.txt) or in capitals with a
comma after it (a dateline) is a place; a name with a party word (`suspect`, `arrested`, `victim`; party_words.txt)
within PARTY_REACH words on either side — counting stops at a saying verb (stop_words.txt), so "Sheriff Dunn said
the victim …" does not make Dunn the victim — is a party, unless one of its descriptions is an official role (official_roles.txt).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from newsledger.compare.view import StoryView
from newsledger.extract.lexicon import data_lines
from newsledger.ledger import Source

ENTITY_KINDS = frozenset({"person", "organisation", "government", "intelligence"})
OFFICE_KINDS = frozenset({"organisation", "government", "intelligence"})
PARTY_REACH = 5  # words either side of a name; "Tyderris Cash, 24, was arrested" is three words away
_WORD = re.compile(r"[A-Za-z][\w'’-]*|[.!?;]")
_DATA = Path(__file__).resolve().parent / "data"


@cache
def data_words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines(_DATA / name))


def _official(source: Source) -> bool:
    roles = data_words("official_roles.txt")
    return any(w.strip(".,").lower() in roles for d in source.descriptions for w in d.split())


def _names(source: Source) -> set[str]:
    """The forms to look for: every alias, and a person's surname (second references)."""
    forms = {a.strip() for a in (source.name, *source.aliases) if a.strip()}
    if source.kind == "person":
        forms |= {f.split()[-1] for f in list(forms) if len(f.split()) > 1}
    return {f for f in forms if len(f) > 1}


def _occurrences(texts: Iterable[str], name: str) -> Iterable[tuple[str, int, int]]:
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for text in texts:
        for m in pattern.finditer(text):
            yield text, m.start(), m.end()


def _is_place(name: str, texts: list[str]) -> bool:
    if "(" in name:
        return True  # a dateline cut into a name: "SAN FRANCISCO (CBS SF"
    before = data_words("place_before.txt")
    for text, start, end in _occurrences(texts, name):
        if re.match(r" [A-Z]", text[end:end + 2]):
            continue  # "in Long Beach" names Long Beach, not Sheriff Long
        prev = re.findall(r"[A-Za-z]+", text[max(0, start - 20):start])
        if prev and text[start - 1:start] == " " and prev[-1].lower() in before:
            return True
        if name.isupper() and len(name) > 2 and text[end:end + 1] == ",":
            return True  # "BRISTOL, Tenn. (WJHL) –" opens an article: a dateline
    return False


def _window(tokens: list[str], lo: int, hi: int, step: int) -> list[str]:
    stops = data_words("stop_words.txt")
    out: list[str] = []
    i = lo
    while 0 <= i < len(tokens) and len(out) < PARTY_REACH:
        word = tokens[i].lower()
        if word in stops or word in ".!?;":
            break
        out.append(word)
        i += step
    return out


def _is_party(name: str, texts: list[str]) -> bool:
    party = data_words("party_words.txt")
    for text, start, end in _occurrences(texts, name):
        left = _WORD.findall(text[max(0, start - 80):start])
        right = _WORD.findall(text[end:end + 80])
        near = _window(left, len(left) - 1, -1, -1) + _window(right, 0, len(right), 1)
        if party & set(near):
            return True
    return False


def speaks_for_office(view: StoryView, source_id: str | None) -> bool:
    """A source that stands and speaks for an office: a government or organisation, or a person with an official
    role among their descriptions (`Police Chief`, `spokesman`): the voice every outlet of a story goes to."""
    src = view.sources.get(source_id) if source_id else None
    return src is not None and stands(view, source_id) and (src.kind in OFFICE_KINDS or _official(src))


def named_in(view: StoryView, source_id: str | None, texts: list[str]) -> bool:
    """Whether any of the texts names the source (any alias, or a person's surname)."""
    src = view.sources.get(source_id) if source_id else None
    return src is not None and any(next(iter(_occurrences(texts, n)), None) for n in _names(src))


def stands(view: StoryView, source_id: str | None) -> bool:
    """Whether the source is a person, organisation or government that is no place and no party to the incident."""
    src = view.sources.get(source_id) if source_id else None
    if src is None or src.kind not in ENTITY_KINDS or view.unresolved(source_id):
        return False
    texts = [a.text for a in view.articles.values()]
    names = _names(src)
    if any(_is_place(n, texts) for n in names):
        return False
    return _official(src) or not any(_is_party(n, texts) for n in names)
