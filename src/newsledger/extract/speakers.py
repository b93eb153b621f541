"""Speaker mentions to one source per article: names merge by surname, pronouns and role nouns go to the last
fitting named source before them, titles become descriptions. Rules only (no coreference model ships on PyPI).

- `he`/`she` take the most recent subject of any clause in their sentence or the three before it (a speaker or
  not: `Haley agreed. "...," he said`) whose gender agrees, else the last speaker of that gender. A name's gender
  comes from an honorific (Mr./Ms.), a pronoun already bound to it, or the first name's entry in gender-guesser's
  dictionary (only unambiguous entries; a surname alone says nothing).
- a document that speaks (`A statement by Duarte said`, `her statement said`, `The RCMP statement said`) is the
  channel: its author is the source (documents.txt; agents only after authoring_verbs.txt).
- a definite description (`the mayor`, `the agency`) is the named entity it describes: an entity it stands in
  apposition to, one written with that noun as its title (`Mayor Ilse Brandt`, `media company GroupM`), else for
  organisation nouns the last organisation named in the text before it (description_nouns.tsv).
- non-speakers (non_speakers.txt: month names, footage, details) and all-caps datelines get no source; a capital
  city (capitals.tsv) is its country's government.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

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


def _leading_role(name: str) -> tuple[str, str]:
    """('Spokesman', 'Piet Laar') from 'Spokesman Piet Laar': a role the tagger swept into a name is a description."""
    parts = name.split()
    i = 0
    while i < len(parts) - 1 and parts[i].lower() in words("roles.txt"):
        i += 1
    return " ".join(parts[:i]), " ".join(parts[i:])


def _person_name(text: str) -> str:
    """A tagged person's name without what the tagger swept in: an owner before it ("Vancouver's Bo Horvat") or
    an affiliation after it ("Jingyi Pan of IG")."""
    name = _clean(text)
    owner = re.match(r"^[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s\s+(?=[A-Z])", name)
    if owner and len(name[owner.end():].split()) >= 1:
        name = name[owner.end():]
    return re.sub(r"\s+(?:of|from|at)\s+.*$", "", name) or _clean(text)


_GENDERED_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _honorific_gender(text: str) -> str | None:
    first = text.split()[0].lower().rstrip(".") if text.split() else ""
    return _GENDERED_TITLES.get(first)


@cache
def _gender_detector():
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


def name_gender(name: str) -> str | None:
    """'m'/'f' from a full name's first given name when the dictionary is sure of it; None for a surname alone."""
    toks = [t.strip(".,") for t in name.split()]
    honorific = _honorific_gender(name)
    if honorific:
        return honorific
    toks = [t for t in toks if t and t.lower() not in words("honorifics.txt")]
    if len(toks) < 2 or not toks[0][:1].isupper():
        return None
    return {"male": "m", "female": "f"}.get(_gender_detector().get_gender(toks[0]))


def acronyms_of(name: str) -> set[str]:
    """The acronyms a multi-word name may go by: initials of every word, or of all but the small words."""
    toks = [t for t in re.split(r"[\s-]+", name) if t and t[0].isalpha()]
    while toks and toks[0].lower() == "the":
        toks = toks[1:]
    content = [t for t in toks if t.lower() not in words("acronym_skip_words.txt")]
    return {"".join(t[0] for t in ws).upper() for ws in (toks, content) if len(ws) >= 2}


def _is_acronym(name: str) -> bool:
    return 2 <= len(name) <= 7 and name.isalpha() and name.isupper()


def _bare_name(name: str) -> bool:
    """One to three capitalised words with nothing of an institution, a role or a capital city in them."""
    toks = name.split()
    # nothing of an institution, a role or a title ('Director' alone is a role, not a name)
    institution = {row[0] for row in table("description_nouns.tsv") if len(row) == 2}
    institution |= {row[0] for row in table("source_kinds.tsv") if row} | words("roles.txt")
    capitals = {row[0].lower() for row in table("capitals.tsv") if row}
    return (0 < len(toks) <= 3 and all(t[:1].isupper() and not t.isupper() for t in toks)
            and not any(t.lower() in institution for t in toks) and name.lower() not in capitals)


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


_ROLE_THEN_NAME = re.compile(r"(?P<role>[A-Za-z][a-z-]+)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})$")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# how many sentences back a pronoun looks for the subject it continues
_PRONOUN_REACH = 3
# how far back (characters) an organisation's mention is taken as the affiliation of an unaffiliated spokesperson
_AFFILIATION_REACH = 400


class Resolver:
    """Feed mentions in text order; ask for the drafted sources at the end."""

    def __init__(self, doc, quoted=None):
        self.doc = doc
        self.quoted = quoted  # QuoteSpans: a subject inside someone's quoted words is no antecedent
        self.drafts: list[Draft] = []
        self.last_person: Draft | None = None
        self.last_any: Draft | None = None
        self.bound: dict[int, Draft] = {}  # start of a resolved mention -> its draft

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
        subject = self._recent_subject(pos, gender)
        if subject is not None:
            return subject
        ents = entity_index(self.doc).ending_before(pos, "PERSON", 3)
        for ent in reversed(ents):
            d = self._person_match(_clean(ent.text))
            if d is not None:
                d.gender = d.gender or self._gender(d.name)
            if d is not None and _fits(d, gender):
                return d
        if self.last_person is not None and _fits(self.last_person, gender):
            return self.last_person
        for d in sorted((d for d in self.drafts if d.person and d.mentions), key=lambda d: d.mentions[-1][1],
                        reverse=True):
            if _fits(d, gender):
                return d
        fitting = [e for e in ents if self._gender(_clean(e.text)) in {None, gender}]
        if fitting and gender is not None:
            d = Draft(_clean(fitting[-1].text), "person", True, gender=gender)
            self.drafts.append(d)
            return d
        return None

    def _recent_subject(self, pos: int, gender: str | None) -> Draft | None:
        """The closest subject naming a person (or a pronoun already bound to one) in the pronoun's sentence before
        it or in the sentences just before, whose gender agrees."""
        text = doc_text(self.doc)
        tok = self.doc.char_span(pos, min(len(text), pos + 1), alignment_mode="expand")
        if tok is None or not len(tok):
            return None
        sent = tok[0].sent
        for _ in range(_PRONOUN_REACH + 1):
            subjects = [t for t in sent if t.dep_ in _SUBJECT_DEPS and t.idx < pos and (
                self.quoted is None or self.quoted.containing(t.idx) is None)]
            for subj in reversed(subjects):
                d = self._person_of(subj)
                if d is not None and _fits(d, gender):
                    return d
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
        return None

    def _person_of(self, subj) -> Draft | None:
        """The person a subject names: a pronoun bound earlier, a name (its own or in apposition) as a draft."""
        for pos in range(subj.left_edge.idx, subj.idx + 1):  # a speaker mention already resolved there
            if pos in self.bound:
                d = self.bound[pos]
                if not d.person and subj.pos_ == "PROPN" and _bare_name(d.name):
                    # 'Varga said ... "...," he said': a name the tagger took for an organisation
                    d.person, d.kind = True, "person"
                return d if d.person else None
        heads = [subj] + [c for c in subj.children if c.dep_ == "appos"]
        for head in heads:
            ent = next((e for e in entity_index(self.doc).within(head.left_edge.idx, head.right_edge.idx + len(
                head.right_edge)) if e.label_ == "PERSON" and e.start <= head.i < e.end), None)
            if ent is not None:
                name = _person_name(ent.text)
            else:  # a name the tagger missed: a known person's surname, or a full name ('Ilse Brandt published')
                toks = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
                name = " ".join(t.text for t in toks)
                known = self._person_match(name) if head.pos_ == "PROPN" and _bare_name(name) else None
                if known is not None:
                    return known
                if head.pos_ != "PROPN" or len(toks) < 2 or not _bare_name(name) or self._gender(name) is None:
                    continue
            d = self._person_match(name)
            if d is None:
                d = Draft(name, "person", True, gender=self._gender(name))
                self.drafts.append(d)
            d.gender = d.gender or self._gender(d.name)
            return d
        return None

    def _gender(self, name: str) -> str | None:
        """A name's gender; for a surname alone, that of the one full name in the article ending in it."""
        gender = name_gender(name)
        if gender is not None or len(name.split()) != 1:
            return gender
        full = {name_gender(_clean(e.text)) for e in entity_index(self.doc).ents if e.label_ == "PERSON"
                and len(_clean(e.text).split()) > 1 and _clean(e.text).split()[-1].lower() == name.lower()}
        return full.pop() if len(full) == 1 else None

    def _remember(self, d: Draft, start: int, end: int, text: str) -> Draft:
        d.mentions.append((start, end))
        self.bound[start] = d
        if text and text not in d.aliases:
            d.aliases.append(text)
        self.last_any = d
        if d.person:
            self.last_person = d
        return d

    def _name_after_role(self, text: str, start: int) -> list:
        """"Regional governor Amara Okafor": a role noun then a capitalised name is a person even when the tagger
        calls the name a place (small models often tag unfamiliar names GPE)."""
        # the last role word wins: 'Hereditary Chief Na'moks' is Chief + Na'moks
        tries = (_ROLE_THEN_NAME.match(text, w.start()) for w in re.finditer(r"\b[A-Za-z]", text))
        m = next((m for m in tries if m is not None and m.group("role").lower() in words("roles.txt")), None)
        if m is None:
            return []
        name = self.doc.char_span(start + m.start("name"), start + m.end("name"))
        return [name] if name is not None else []

    def resolve(self, start: int, end: int, clause: str = "") -> Draft | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        text = doc_text(self.doc)[start:end]
        root = span.root
        span_ents = entity_index(self.doc).within(span.start_char, span.end_char)
        if root.lower_ in words("non_speakers.txt") and not any(e.label_ == "PERSON" for e in span_ents):
            return None
        if text.isupper() and len(text) > 3 and all(e.label_ == "GPE" for e in span_ents):
            return None  # a dateline ('WASHINGTON —')
        if root.lower_ in words("documents.txt"):
            author = self._author(root)
            if author is not None:
                return self.resolve(*author, clause=clause)
        pronoun = {r[0]: r[1:] for r in table("pronouns.txt") if len(r) >= 2}
        if len(span) == 1 and root.lower_ in pronoun:
            kind, gender = pronoun[root.lower_][0], (pronoun[root.lower_][1:] or [None])[0]
            target = self._nearest_person(start, gender) if kind == "person" else self.last_any
            if target is not None and gender and target.gender is None:
                target.gender = gender
            return self._remember(target, start, end, "") if target else None
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
            ent_text = _person_name(persons[-1].text) if persons else _clean(
                doc_text(self.doc)[proper[0].idx:proper[-1].idx + len(proper[-1])])
            role, ent_text = _leading_role(ent_text)
            d = self._person_match(ent_text)
            if d is None:
                d = Draft(ent_text, "person", True)
                self.drafts.append(d)
            elif len(ent_text) > len(d.name):
                d.name = ent_text
            d.gender = d.gender or self._gender(d.name)
            first = persons[-1].start_char if persons else proper[0].idx
            desc = " ".join(w for w in (_clean(doc_text(self.doc)[start:first].strip(" ,")), role) if w)
            if desc.lower().rstrip(".") in words("honorifics.txt"):
                desc = ""
            if desc and desc not in d.descriptions:
                d.descriptions.append(desc)
            affiliation = self._affiliation(desc, start, span_ents)
            if affiliation and affiliation not in d.descriptions:
                d.descriptions.append(affiliation)
            d.gender = d.gender or _honorific_gender(text)
            return self._remember(d, start, end, text)
        described = self._described(span, root, span_ents)
        if described is not None or (d := self._epithet(span, root, span_ents)) is not None:
            d = self.resolve(*described, clause=clause) if described is not None else d
            if d is not None:
                desc = _clean(text)
                if desc not in d.descriptions:
                    d.descriptions.append(desc)
                return self._remember(d, start, end, text)
        name = _clean(text)
        if _is_acronym(name):  # 'the BCI' after 'the Bureau of Coastal Intelligence (BCI)'
            name = self._expand(name)
        # "the official said" after a named official: a role noun points back to that person
        if (root.lower_ in words("roles.txt") and self.last_person is not None and not span_ents
                and any(root.lower_ in desc.lower() for desc in self.last_person.descriptions)):
            return self._remember(self.last_person, start, end, text)
        for d in self.drafts:
            if d.name.lower() == name.lower() or (_is_acronym(d.name) and d.name in acronyms_of(name)):
                if len(name) > len(d.name):
                    d.name = name
                return self._remember(d, start, end, text)
        label = span_ents[0].label_ if span_ents else ""
        d = Draft(name, kind_of(name, label, clause), False)
        capital = {row[0].lower(): row[1] for row in table("capitals.tsv") if len(row) == 2}.get(name.lower())
        if capital is not None and label == "GPE":
            # 'Moscow said': the seat of government speaks for the government
            d.kind = "government"
            d.descriptions.append(f"government of {capital}")
        self.drafts.append(d)
        return self._remember(d, start, end, text)

    def _affiliation(self, desc: str, start: int, span_ents) -> str | None:
        """'The ministry called it "reckless." Spokesman Piet Laar added': a spokesperson role with no organisation
        of its own speaks for the organisation quoted just before ('ministry spokesman'), kept as a description so
        the person stays the source and the organisation stays searchable."""
        if not desc or desc.split()[-1].lower() not in words("affiliated_roles.txt") or any(
                e.label_ in {"ORG", "GPE", "NORP"} for e in span_ents):
            return None
        before = [(m[1], d) for d in self.drafts if not d.person for m in d.mentions
                  if m[1] <= start and start - m[1] <= _AFFILIATION_REACH]
        if not before:
            return None
        org = max(before, key=lambda x: x[0])[1]
        return f"{org.name} {desc.lower()}"

    def _expand(self, acronym: str) -> str:
        """The full name an acronym stands for in this article (a named organisation with those initials), else
        the acronym itself."""
        full = [_clean(e.text) for e in entity_index(self.doc).ents if e.label_ in {"ORG", "GPE", "NORP", "FAC"}
                and acronym in acronyms_of(_clean(e.text))]
        return max(full, key=len) if full else acronym

    def _author(self, root) -> tuple[int, int] | None:
        """Who wrote a document that speaks: its possessor ('her statement', "Duarte's letter"), a name it is
        compounded with ('The RCMP statement'), a 'by'/'from' phrase, or the agent of an authoring participle."""
        named = {"PERSON", "ORG", "GPE", "NORP"}
        for c in root.children:
            if c.dep_ == "poss":
                toks = [t for t in c.subtree if t.lower_ not in {"'s", "’s"}]
                return toks[0].idx, toks[-1].idx + len(toks[-1])
        for c in root.children:
            if c.dep_ == "compound" and c.i < root.i and (c.ent_type_ in named or c.pos_ == "PROPN"):
                ent = next((e for e in entity_index(self.doc).within(c.left_edge.idx, root.idx)
                            if e.start <= c.i < e.end), None)
                return (ent.start_char, ent.end_char) if ent is not None else (c.idx, c.idx + len(c))
        agents = [c for c in root.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}]
        agents += [g for c in root.children if c.dep_ == "acl" and c.lower_ in words("authoring_verbs.txt")
                   for g in c.children if g.dep_ == "agent"]
        agencies = {row[0] for row in table("source_kinds.tsv") if row}
        for prep in agents:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ in named or obj.pos_ == "PROPN" or obj.lower_ in agencies):
                toks = [t for t in obj.subtree if t.i <= obj.i and not t.is_space]
                appos = [t for t in obj.children if t.dep_ == "appos" and t.ent_type_ in named]
                if appos:  # 'by its chair, Rui Duarte'
                    toks = [t for t in appos[0].subtree if t.i <= appos[0].i]
                return toks[0].idx, toks[-1].idx + len(toks[-1])
        return None

    def _recent_org_subject(self, pos: int) -> tuple[int, int] | None:
        """The closest organisation named as a subject before `pos` in its sentence or the ones just before."""
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if tok is None or not len(tok):
            return None
        sent = tok[0].sent
        for _ in range(_PRONOUN_REACH + 1):
            for subj in reversed([t for t in sent if t.dep_ in _SUBJECT_DEPS and t.idx < pos]):
                ent = next((e for e in entity_index(self.doc).within(subj.left_edge.idx, subj.idx + len(subj))
                            if e.label_ == "ORG" and e.start <= subj.i < e.end), None)
                if ent is not None:
                    return ent.start_char, ent.end_char
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
        return None

    def _described(self, span, root, span_ents) -> tuple[int, int] | None:
        """The named entity a definite description stands for (see the module docstring), else None."""
        nouns = {row[0]: row[1] for row in table("description_nouns.tsv") if len(row) == 2}
        if (any(e.label_ in {"PERSON", "ORG"} for e in span_ents) or root.pos_ != "NOUN"
                or span[0].lower_ not in {"the", "this"} or root.lower_ in self._never_described()):
            return None
        known = nouns.get(root.lower_)
        want = {"PERSON"} if known == "person" else {"ORG"} if known else {"PERSON", "ORG"}
        # 'Nunes, the ferocious brawler who ...': the description in apposition to a name
        if root.dep_ == "appos" and root.head.ent_type_ in want:
            ent = next((e for e in entity_index(self.doc).within(root.head.left_edge.idx, root.head.idx + len(
                root.head)) if e.start <= root.head.i < e.end), None)
            if ent is not None:
                return ent.start_char, ent.end_char
        if known is None:
            # 'the diocese' for 'the Roman Catholic Diocese of Covington': an organisation whose name holds the noun
            named = [e for e in entity_index(self.doc).starting_before(span.start_char)
                     if e.label_ == "ORG" and e.end_char <= span.start_char
                     and root.lower_ in {w.lower().strip(".,") for w in e.text.split()}]
            return (named[-1].start_char, named[-1].end_char) if named else None
        titled = []
        for ent in entity_index(self.doc).starting_before(span.start_char):
            if ent.label_ not in want:
                continue
            before = [t for t in ent.root.children if t.i < ent.start and t.dep_ in {"compound", "amod", "nmod"}]
            around = before + [t for t in ent.root.children if t.dep_ == "appos"]
            if ent.root.dep_ == "appos":
                around.append(ent.root.head)
            if any(t.lower_ == root.lower_ for a in around for t in a.subtree):
                titled.append(ent)
            elif ent.start > 0 and self.doc[ent.start - 1].lower_ == root.lower_:
                titled.append(ent)  # 'Mayor Ilse Brandt'
        if titled:
            return titled[-1].start_char, titled[-1].end_char
        if want == {"ORG"}:
            subject = self._recent_org_subject(span.start_char)
            if subject is not None:
                return subject
            before = [e for e in entity_index(self.doc).starting_before(span.start_char)
                      if e.label_ == "ORG" and e.end_char <= span.start_char
                      and span.start_char - e.end_char < 1500]
            if before:
                return before[-1].start_char, before[-1].end_char
        return None

    def _epithet(self, span, root, span_ents) -> Draft | None:
        """'the bow-tied maverick said', 'the professor said': a definite singular description of a person (a role
        no named entity carries as its title, or a kind the lexicons do not know), with no name in it, is the person
        the passage is about (the closest subject naming a person in this or the last few sentences)."""
        institutions = {row[0] for row in table("description_nouns.tsv") if len(row) == 2 and row[1] != "person"}
        if (any(e.label_ in {"PERSON", "ORG"} for e in span_ents) or root.pos_ != "NOUN" or root.tag_ != "NN"
                or span[0].lower_ != "the" or root.lower_ in institutions or root.lower_ in self._never_described()):
            return None
        return self._recent_subject(span.start_char, None)

    @staticmethod
    def _never_described() -> frozenset[str]:
        """Head nouns that never stand for an entity named elsewhere: documents, data, non-speakers, generic people."""
        return (words("documents.txt") | words("data_nouns.txt") | words("non_speakers.txt")
                | words("not_epithets.txt"))

    def _other_mentions(self) -> None:
        """Every place a source is named, not only where it speaks: names by surname, others by exact name."""
        for ent in entity_index(self.doc).ents:
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
