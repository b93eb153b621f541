"""Speaker mentions to one source per article: names merge by surname, pronouns and role nouns go to the last
fitting named source before them, titles become descriptions. Rules only (no coreference model ships on PyPI)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsledger.extract.doc_cache import doc_text, entity_index
from newsledger.extract.lexicon import table, words
from newsledger.ledger import Mention, Source, stable_id

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "another"})
_TRAILING_POSSESSIVE = ("'s", "’s")


@dataclass
class Draft:
    name: str
    kind: str
    person: bool
    aliases: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    gender: str | None = None  # "m"/"f" once an honorific or a resolved pronoun shows it

    def surname(self) -> str:
        return self.name.split()[-1].lower() if self.name else ""


def _clean(text: str) -> str:
    for suffix in _TRAILING_POSSESSIVE:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    parts = text.split()
    while parts and parts[0].lower() in _DETERMINERS:
        parts = parts[1:]
    while parts and parts[-1].lower() in {"which", "who", "that"}:
        parts = parts[:-1]
    return " ".join(parts)


_GENDERED_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _honorific_gender(text: str) -> str | None:
    first = text.split()[0].lower().rstrip(".") if text.split() else ""
    return _GENDERED_TITLES.get(first)


def _fits(d: Draft, gender: str | None) -> bool:
    return gender is None or d.gender is None or d.gender == gender


def kind_of(name: str, label: str, clause: str) -> str:
    low, clause_low = name.lower(), clause.lower()
    if any(p in clause_low for p in words("anonymous.txt")) and label != "PERSON":
        return "anonymous"
    if label == "PERSON":
        return "person"
    for row in table("source_kinds.tsv"):
        if len(row) == 2 and row[0] in low:
            return row[1]
    if label == "GPE":
        return "government"
    if label in {"ORG", "NORP"}:
        return "organisation"
    return "unknown"


_ROLE_THEN_NAME = re.compile(r"\b(?P<role>[A-Za-z][a-z-]+)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})$")


class Resolver:
    """Feed mentions in text order; ask for the drafted sources at the end."""

    def __init__(self, doc):
        self.doc = doc
        self.drafts: list[Draft] = []
        self.last_person: Draft | None = None
        self.last_any: Draft | None = None

    def _person_match(self, name: str) -> Draft | None:
        if not name.split():
            return None
        sur = name.split()[-1].lower()
        for d in reversed(self.drafts):
            if not d.person:
                continue
            if d.name.lower() == name.lower():
                return d
            # same surname, and no clash of first names ("Bill Clinton" is not "Hillary Clinton")
            given = [w for w in name.split()[:-1] if w.lower().rstrip(".") not in words("honorifics.txt")]
            known = [w for w in d.name.split()[:-1] if w.lower().rstrip(".") not in words("honorifics.txt")]
            if fuzz.ratio(d.surname(), sur) >= 85 and not (given and known and given[-1].lower() != known[-1].lower()):
                return d
        return None

    def _nearest_person(self, pos: int, gender: str | None) -> Draft | None:
        """The antecedent of a personal pronoun at `pos`: a speaker named in the few names just before it, else the
        last speaker of its gender, else the name just before it even if it never spoke yet."""
        ents = entity_index(self.doc).ending_before(pos, "PERSON", 3)
        for ent in reversed(ents):
            d = self._person_match(_clean(ent.text))
            if d is not None and _fits(d, gender):
                return d
        if self.last_person is not None and _fits(self.last_person, gender):
            return self.last_person
        for d in sorted((d for d in self.drafts if d.person and d.mentions), key=lambda d: d.mentions[-1][1],
                        reverse=True):
            if _fits(d, gender):
                return d
        if ents and gender is not None:
            d = Draft(_clean(ents[-1].text), "person", True, gender=gender)
            self.drafts.append(d)
            return d
        return None

    def _remember(self, d: Draft, start: int, end: int, text: str) -> Draft:
        d.mentions.append((start, end))
        if text and text not in d.aliases:
            d.aliases.append(text)
        self.last_any = d
        if d.person:
            self.last_person = d
        return d

    def _name_after_role(self, text: str, start: int) -> list:
        """"Regional governor Amara Okafor": a role noun then a capitalised name is a person even when the tagger
        calls the name a place (small models often tag unfamiliar names GPE)."""
        m = _ROLE_THEN_NAME.search(text)
        if m is None or m.group("role").lower() not in words("roles.txt"):
            return []
        name = self.doc.char_span(start + m.start("name"), start + m.end("name"))
        return [name] if name is not None else []

    def resolve(self, start: int, end: int, clause: str = "") -> Draft | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        text = doc_text(self.doc)[start:end]
        root = span.root
        pronoun = {r[0]: r[1:] for r in table("pronouns.txt") if len(r) >= 2}
        if len(span) == 1 and root.lower_ in pronoun:
            kind, gender = pronoun[root.lower_][0], (pronoun[root.lower_][1:] or [None])[0]
            target = self._nearest_person(start, gender) if kind == "person" else self.last_any
            if target is not None and gender and target.gender is None:
                target.gender = gender
            return self._remember(target, start, end, "") if target else None
        span_ents = entity_index(self.doc).within(span.start_char, span.end_char)
        persons = [e for e in span_ents if e.label_ == "PERSON"]
        if not persons:
            persons = self._name_after_role(text, start)
        if persons and root.tag_ == "NNS" and not (persons[-1].start <= root.i < persons[-1].end):
            persons = []  # a name modifying a plural noun is a collective: "Kiev forces", "Trump supporters"
        proper = [t for t in span if t.pos_ == "PROPN"]
        # a capitalised surname the tagger took for a noun ("Zelenskyy, in his address, said")
        if not persons and all(t.is_title or t.pos_ == "PROPN" for t in span) and self._person_match(_clean(text)):
            proper = list(span)
            surname_only = True
        else:
            surname_only = False
        places = any(t.ent_type_ in {"GPE", "ORG", "NORP", "LOC", "FAC"} for t in proper)
        if persons or surname_only or (proper and root.pos_ == "PROPN" and len(proper) == len(span) and not places and (
                not span_ents or self._person_match(_clean(text)))):
            ent_text = _clean(persons[-1].text) if persons else _clean(
                doc_text(self.doc)[proper[0].idx:proper[-1].idx + len(proper[-1])])
            d = self._person_match(ent_text)
            if d is None:
                d = Draft(ent_text, "person", True)
                self.drafts.append(d)
            elif len(ent_text) > len(d.name):
                d.name = ent_text
            first = persons[-1].start_char if persons else proper[0].idx
            desc = _clean(doc_text(self.doc)[start:first].strip(" ,"))
            if desc.lower().rstrip(".") in words("honorifics.txt"):
                desc = ""
            if desc and desc not in d.descriptions:
                d.descriptions.append(desc)
            d.gender = d.gender or _honorific_gender(text)
            return self._remember(d, start, end, text)
        name = _clean(text)
        # "the official said" after a named official: a role noun points back to that person
        if (root.lower_ in words("roles.txt") and self.last_person is not None and not span_ents
                and any(root.lower_ in desc.lower() for desc in self.last_person.descriptions)):
            return self._remember(self.last_person, start, end, text)
        for d in self.drafts:
            if d.name.lower() == name.lower():
                return self._remember(d, start, end, text)
        label = span_ents[0].label_ if span_ents else ""
        d = Draft(name, kind_of(name, label, clause), False)
        self.drafts.append(d)
        return self._remember(d, start, end, text)

    def _other_mentions(self) -> None:
        """Every place a source is named, not only where it speaks: names by surname, others by exact name."""
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                d = self._person_match(_clean(ent.text))
                if d is not None:
                    d.mentions.append((ent.start_char, ent.start_char + len(_clean(ent.text)) if
                                       ent.text.startswith(_clean(ent.text)) else ent.end_char))
        text = doc_text(self.doc)
        for d in self.drafts:
            if d.person or len(d.name) < 4:
                continue
            pos = text.find(d.name)
            while pos >= 0:
                d.mentions.append((pos, pos + len(d.name)))
                pos = text.find(d.name, pos + 1)

    def sources(self, article_id: str, text: str) -> tuple[list[Source], dict[int, str]]:
        self._other_mentions()
        out, ids = [], {}
        for d in self.drafts:
            sid = stable_id("src", article_id, d.name)
            mentions = [Mention(article=article_id, start=s, end=e, text=text[s:e]) for s, e in sorted(set(d.mentions))]
            out.append(Source(id=sid, name=d.name, aliases=d.aliases, descriptions=d.descriptions, kind=d.kind,
                              mentions=mentions))
            ids[id(d)] = sid
        return out, ids
