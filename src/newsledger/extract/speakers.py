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
- second round (docs/quality.md, "Speaker entities"): subjects of unparsed sentences and fronted topics, speakers
  before other subjects and main clauses before subordinate ones, soft dictionary gender; names framed by an owner,
  an affiliation or a title; epithets only with a person noun; an indefinite description named in the next
  sentence; authorless documents as the last authored one; all-caps kickers are no speakers.
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
    gender: str | None = None  # "m"/"f" from an honorific, a resolved pronoun or the first name's dictionary entry
    gender_sure: bool = False  # from an honorific or a pronoun, not the dictionary

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


def is_kicker(label: str) -> bool:
    """An all-capitals label before a colon ('ANALYST'S VIEWPOINT:', 'READ MORE:', 'WATCH:'): a section kicker or a
    link, not a speaker; an acronym alone ('NATO:') may still be one."""
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and (
        any(c in label for c in " '’") or len(letters) > 7 or label.lower() in words("kickers.txt"))


_FRAMED_NAME = re.compile(r"^(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s )?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
                          r"(?P<org> (?:of|from|at) [A-Z][\w.&'’ -]*)?$")
_TITLED_ORG = re.compile(r"^(?P<desc>(?:[a-z][\w-]* )*(?P<noun>[a-z][\w-]*)) (?P<name>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})$")


def _org_nouns() -> frozenset[str]:
    return frozenset(row[0] for row in table("description_nouns.tsv") if len(row) == 2 and row[1] == "organisation")


_KICKER_LINE = re.compile(r"([A-Z][A-Z'’ ]*[A-Z]):\s")


def _bare_name(name: str) -> bool:
    """One to three capitalised words with nothing of an institution, a role or a capital city in them."""
    toks = name.split()
    # nothing of an institution, a role or a title ('Director' alone is a role, not a name)
    institution = {row[0] for row in table("description_nouns.tsv") if len(row) == 2}
    institution |= {row[0] for row in table("source_kinds.tsv") if row} | words("roles.txt")
    capitals = {row[0].lower() for row in table("capitals.tsv") if row}
    return (0 < len(toks) <= 3 and all(t[:1].isupper() and not t.isupper() for t in toks)
            and not any(t.lower() in institution for t in toks) and name.lower() not in capitals)


def _person_noun(noun: str) -> bool:
    """Whether a common noun can stand for a person ('the brawler', 'the veteran'), not a thing ('the station'):
    a person noun of the lexicons, or one ending in an agent suffix (person_suffixes.txt)."""
    people = {row[0] for row in table("description_nouns.tsv") if len(row) == 2 and row[1] == "person"}
    if noun in people or noun in words("roles.txt") or noun in words("figure_people.txt") or noun in words(
            "person_nouns.txt"):
        return True
    return any(noun.endswith(suffix) and len(noun) > len(suffix) + 2 for suffix in words("person_suffixes.txt"))


def _main_clause(subj) -> bool:
    """Whether a subject belongs to its sentence's main verb, or a verb conjoined to it."""
    verb = subj.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.head.i == verb.i


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
# how many words after a document its publishing site may be named ('a document titled ... on X's website')
_SITE_REACH = 16
# how far back (characters) a document with a named author is what 'the report' without one refers to
_DOCUMENT_REACH = 3000


def _phrase_head(span):
    """The span's head word. A name the parser broke at an abbreviation's period ('Lodge No. 5 President Al Marsh')
    hangs in pieces on the verb: the last piece is the head, as in any English noun phrase."""
    pieces = [t for t in span if not t.is_punct and not (span.start <= t.head.i < span.end and t.head.i != t.i)]
    broken = len(pieces) > 1 and len({t.head.i for t in pieces}) == 1 and all(
        t.pos_ in {"NOUN", "PROPN"} for t in pieces)
    return pieces[-1] if broken else span.root


_HYPHEN_TAIL = re.compile(r"[-\u2010](?:\w+[-\u2010])*\w+")


class Resolver:
    """Feed mentions in text order; ask for the drafted sources at the end."""

    def __init__(self, doc, quoted=None):
        self.doc = doc
        self.quoted = quoted  # QuoteSpans: a subject inside someone's quoted words is no antecedent
        self.drafts: list[Draft] = []
        self.last_person: Draft | None = None
        self.last_any: Draft | None = None
        self.bound: dict[int, Draft] = {}  # start of a resolved mention -> its draft
        self._documents: list[tuple[int, tuple[int, int]]] | None = None  # (start, author span) of authored documents

    def _hyphen_tail(self, start: int, end: int) -> int:
        """The parser may break a hyphenated given name off its subject ('said county head Seo Min-jae' parses
        'jae' as a second subject): a tagged person running on past the span by a hyphenated piece runs to its end."""
        for e in reversed(entity_index(self.doc).starting_before(end)):
            if e.start_char < start:
                break
            if (e.label_ == "PERSON" and end < e.end_char
                    and _HYPHEN_TAIL.fullmatch(doc_text(self.doc)[end:e.end_char])):
                return e.end_char
        return end

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
        # a speaker whose gender only the name dictionary contradicts ('Patrice' is listed male): taken when the
        # window holds no subject that fits at all
        fallback = None
        for _ in range(_PRONOUN_REACH + 1):
            subjects = [t for t in sent if t.dep_ in _SUBJECT_DEPS and t.idx < pos and (
                self.quoted is None or self.quoted.containing(t.idx) is None)]
            if self._in_kicker_line(sent.start_char):
                subjects = []  # 'WATCH: Burnaby RCMP warns of ...': a link to another story
            found = [(subj, d) for subj in subjects if (d := self._person_of(subj)) is not None]
            # the speaker of a reporting clause outranks a subject inside what they said ('Sarah Buckley said
            # Covington Catholic has ...; "...," she said')
            spoken = [(subj, d) for subj, d in found if self._is_speaker(subj)]
            # a speaker after an inverted cue ('insists 16-year-old Xander Wise') is no nsubj but spoke all the same
            seen = {id(d) for _, d in spoken}
            spoken += sorted(((self.doc.char_span(p, p + 1, alignment_mode="expand")[0], d) for p, d in self.bound.items()
                              if sent.start_char <= p < min(pos, sent.end_char) and d.person and id(d) not in seen
                              and self.doc.char_span(p, p + 1, alignment_mode="expand") is not None),
                             key=lambda x: x[0].i)
            # past the speakers, only a main clause's subject is salient enough ('... watches as his daughters Judy
            # and Baylasan ham it up' does not make Judy the topic)
            main = [x for x in found if x not in spoken and _main_clause(x[0])]
            for subj, d in [*reversed(spoken), *reversed(main)]:
                if _fits(d, gender):
                    return d
                if fallback is None and not d.gender_sure and self._is_speaker(subj):
                    fallback = d
            d = self._topic_or_flat_subject(sent, pos)
            if d is not None and _fits(d, gender):
                return d
            if sent.start == 0:
                break
            sent = self._previous_sentence(sent)
        return fallback

    @staticmethod
    def _possessive_gender(name, sent, pos: int) -> str | None:
        """'McNeely was afraid to let her guard down': the first gendered possessive after the name that opens a
        sentence, before any other name, tells that name's gender."""
        pronoun = {r[0]: r[1:] for r in table("pronouns.txt") if len(r) >= 2}
        for t in sent:
            if t.i <= name.i or t.idx >= pos:
                continue
            if t.text[:1].isupper() and t.is_alpha and t.lower_ not in pronoun:
                return None  # another name comes first
            if t.lower_ in {"his", "her", "himself", "herself"}:
                row = pronoun.get(t.lower_) or pronoun.get("his" if t.lower_ == "himself" else "her")
                return row[1] if row and len(row) > 1 else None
        return None

    def _previous_sentence(self, sent):
        """The sentence before `sent`, passing over stray punctuation lines (' .') that hold no words."""
        prev = self.doc[sent.start - 1].sent
        while prev.start > 0 and not any(t.is_alpha for t in prev):
            prev = self.doc[prev.start - 1].sent
        return prev

    def _in_kicker_line(self, pos: int) -> bool:
        text = doc_text(self.doc)
        line = text.rfind("\n", 0, pos) + 1
        m = _KICKER_LINE.match(text, line)
        return m is not None and is_kicker(m.group(1))

    def _is_speaker(self, subj) -> bool:
        """Whether a subject token lies in a speaker mention already resolved (the subject of a reporting clause)."""
        return any(pos in self.bound for pos in range(subj.left_edge.idx, subj.idx + 1))

    def _topic_or_flat_subject(self, sent, pos: int) -> Draft | None:
        """The person a sentence opens with, when the parse names no subject for it: a fronted topic ('For Megda
        Belkacemi, Friday is a day she ...') or, in a sentence selective parsing left unparsed, the name it starts
        with ('Schuh is aware that ...'). Only a known person's name or a tagged person counts."""
        toks = [t for t in sent if not t.is_space]
        while toks and (toks[0].is_punct or toks[0].lower_ in words("sentence_openers.txt")):
            toks = toks[1:]
        topic = bool(toks) and toks[0].lower_ == "for"
        if not topic:
            # '..., but for Espinos — whose store carries 200 artists — they are the tip of the iceberg'
            inner = [i for i, t in enumerate(toks) if t.lower_ == "for" and i > 0 and toks[i - 1].text in {
                ",", "but", "and"} and t.idx < pos]
            if inner:
                topic, toks = True, toks[inner[-1]:]
        flat = all(t.dep_ in {"ROOT", "dep", ""} for t in sent)
        if not (topic or flat):
            return None
        toks = toks[1:] if topic else toks
        if flat and not topic and toks and not toks[0].text[:1].isupper():
            return None
        comma = next((i for i, t in enumerate(toks[:8]) if t.text == ","), None)
        if flat and not topic and comma is not None and toks[0].lower_.endswith("ing"):
            toks = toks[comma + 1:]  # 'Having lost so much, McNeely was afraid ...'
        run = []
        for t in toks:
            if not (t.text[:1].isupper() and t.text.rstrip(".").isalpha() or (run and t.text in {"-", "'", "’"})) or (
                    t.idx >= pos):
                break
            run.append(t)
        if not run or (topic and (run[-1].i + 1 >= sent.end or self.doc[run[-1].i + 1].text not in {",", "—", "–"})):
            return None
        if not topic and (run[0].is_stop or run[0].lower_ in words("fronted_prepositions.txt")):
            return None  # 'Unlike Al Mnajer, he ...', 'After Holm left, ...': a name in a fronted phrase
        if self.quoted is not None and self.quoted.containing(run[0].idx) is not None:
            return None
        ent = next((e for e in entity_index(self.doc).within(run[0].idx, run[-1].idx + len(run[-1]))
                    if e.label_ == "PERSON"), None)
        name = _person_name(ent.text) if ent is not None else " ".join(t.text for t in run)
        if name.lower().rstrip(".") in words("honorifics.txt") or not _bare_name(name):
            return None
        d = self._person_match(name)
        if d is None and ent is None:
            # 'Bissonnette had a history ...' in an unparsed sentence: the one person named in full with that name
            name = self._full_name(name) or name
        tagged = ent is not None or name != " ".join(t.text for t in run)
        if d is None and (tagged and len(name.split()) >= 2 or self._tagged_person(name)):
            d = Draft(name, "person", True, gender=self._gender(name))
            self.drafts.append(d)
        if d is not None:
            d.gender = d.gender or self._gender(d.name) or self._possessive_gender(run[-1], sent, pos)
        return d

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
                if known is None and head.pos_ == "PROPN" and len(toks) == 1 and _bare_name(name):
                    # 'McNeely was afraid ...': a surname the tagger missed, of the one person named in full
                    full = self._full_name(name)
                    if full is not None:
                        known = Draft(full, "person", True, gender=self._gender(full))
                        self.drafts.append(known)
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

    def _tagged_person(self, name: str) -> bool:
        """Whether the tagger read `name` as a person somewhere in the article."""
        return any(e.label_ == "PERSON" and _person_name(e.text) == name for e in entity_index(self.doc).ents)

    def _full_name(self, name: str) -> str | None:
        """The longer name of the one person the article names in full ending in `name` ('Abir Al Basha' for
        'Al Basha', 'Alexandre Bissonnette' for 'Bissonnette'); None when there is none or more than one."""
        tail = name.lower().split()
        if not tail:
            return None
        full = {_person_name(e.text) for e in entity_index(self.doc).ents if e.label_ == "PERSON"}
        full = {f for f in full if len(f.split()) > len(tail) and [w.lower() for w in f.split()[-len(tail):]] == tail
                and _bare_name(f)}
        return full.pop() if len(full) == 1 else None

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
        end = self._hyphen_tail(start, end)
        # 'The Financial Conduct Board (FCB) said': a bracket closing the phrase glosses the name, which ends before
        # it (a bracket with words after it, as in a dateline's date, is left alone)
        phrase = doc_text(self.doc)[start:end]
        bracket = phrase.rfind("(")
        glossed = bracket > 0 and not any(ch.isalnum() for ch in phrase[bracket:].partition(")")[2])
        if glossed and phrase[:bracket].strip():
            end = start + len(phrase[:bracket].rstrip())
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        text = doc_text(self.doc)[start:end]
        root = _phrase_head(span)
        span_ents = entity_index(self.doc).within(span.start_char, span.end_char)
        if root.lower_ in words("non_speakers.txt") and not any(e.label_ == "PERSON" for e in span_ents):
            return None
        if text.isupper() and len(text) > 3 and all(e.label_ == "GPE" for e in span_ents):
            return None  # a dateline ('WASHINGTON —')
        if is_kicker(text) and doc_text(self.doc)[end:end + 1] == ":":
            # 'ANALYST'S VIEWPOINT: "...," Mara Quist said': the parser took the kicker for the subject; the
            # person named after the quote speaks
            after = [e for e in entity_index(self.doc).within(end, span.sent.end_char) if e.label_ == "PERSON"
                     and (self.quoted is None or self.quoted.containing(e.start_char) is None)]
            return self.resolve(after[0].start_char, after[0].end_char, clause=clause) if after else None
        if root.lower_ in words("data_nouns.txt"):
            # 'according to ministry figures', 'police data': the body that keeps the numbers is the source
            keeper = self._data_keeper(root, span)
            if keeper is not None:
                return self.resolve(*keeper, clause=clause)
        if root.lower_ in words("documents.txt"):
            author = self._author(root)
            # 'the report', 'preliminary findings': not a new document ('a report'), so the last one with an author
            if author is None and span[0].lower_ not in {"a", "an", "one", "another", "some", "many"}:
                author = self._last_authored_document(span.start_char)
            if author is not None:
                return self.resolve(*author, clause=clause)
        pronoun = {r[0]: r[1:] for r in table("pronouns.txt") if len(r) >= 2}
        if len(span) == 1 and root.lower_ in pronoun:
            kind, gender = pronoun[root.lower_][0], (pronoun[root.lower_][1:] or [None])[0]
            target = self._nearest_person(start, gender) if kind == "person" else self.last_any
            if target is not None and gender and (target.gender is None or not target.gender_sure):
                target.gender, target.gender_sure = gender, True
            return self._remember(target, start, end, "") if target else None
        persons = [e for e in span_ents if e.label_ == "PERSON"]
        # a name in a clause after the head is someone else: 'Espinos, who met Stan Lee', 'the resident, who drew
        # The Undead Soldier'
        # ... and so is the owner of a kin or role noun ("Wise's dad, Darrin")
        persons = [e for e in persons if not (e.root.dep_ == "poss" and e.root.head == root and _person_noun(
            root.lower_))]
        persons = [e for e in persons if e.start <= root.i or self._comma_appos(e, root)] or (
            [] if root.pos_ == "NOUN" else persons)
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
        framed = self._framed_name(text, start, span_ents)
        if framed is not None:
            # "Vancouver's Bo Horvat", 'Jingyi Pan of IG': the person, with the owner or affiliation as description
            d = self.resolve(*framed[0], clause=clause)
            if d is not None:
                if framed[1] not in d.descriptions:
                    d.descriptions.append(framed[1])
                return self._remember(d, start, end, text)
        # an acronym in a name makes it an institution ('Burnaby RCMP'), never a person
        places = any(t.ent_type_ in {"GPE", "ORG", "NORP", "LOC", "FAC"} or _is_acronym(t.text) for t in proper)
        if not persons and not surname_only and (appos := self._appositive_person(root)) is not None:
            # "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said": the title's appositive names the speaker
            d = self.resolve(appos.start_char, appos.end_char, clause=clause)
            if d is not None:
                desc = _clean(text)
                if desc and desc not in d.descriptions:
                    d.descriptions.append(desc)
                return self._remember(d, start, end, text)
        if persons or surname_only or (proper and root.pos_ == "PROPN" and len(proper) == len(span) and not places and (
                not span_ents or self._person_match(_clean(text)))):
            ent_text = _person_name(persons[-1].text) if persons else _person_name(
                doc_text(self.doc)[proper[0].idx:proper[-1].idx + len(proper[-1])])
            role, ent_text = _leading_role(ent_text)
            d = self._person_match(ent_text)
            if d is None:
                d = Draft(self._full_name(ent_text) or ent_text, "person", True)
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
            if _honorific_gender(text):
                d.gender, d.gender_sure = _honorific_gender(text), True
            return self._remember(d, start, end, text)
        described = self._described(span, root, span_ents)
        if described is not None or (d := self._epithet(span, root, span_ents) or self._named_next(
                span, root, span_ents, clause)) is not None:
            d = self.resolve(*described, clause=clause) if described is not None else d
            if d is not None:
                desc = _clean(text)
                if desc not in d.descriptions:
                    d.descriptions.append(desc)
                return self._remember(d, start, end, text)
        name = _clean(text)
        desc = ""
        titled = _TITLED_ORG.match(name)
        if titled and titled.group("noun").lower() in _org_nouns():
            # 'media buying company GroupM': the organisation is the name, the rest its description
            name, desc = titled.group("name"), titled.group("desc")
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
                if desc and desc not in d.descriptions:
                    d.descriptions.append(desc)
                return self._remember(d, start, end, text)
        label = span_ents[0].label_ if span_ents else ""
        d = Draft(name, "organisation" if desc else kind_of(name, label, clause), False)
        if desc:
            d.descriptions.append(desc)
        capital = {row[0].lower(): row[1] for row in table("capitals.tsv") if len(row) == 2}.get(name.lower())
        if capital is not None and label == "GPE":
            # 'Moscow said': the seat of government speaks for the government
            d.kind = "government"
            d.descriptions.append(f"government of {capital}")
        self.drafts.append(d)
        return self._remember(d, start, end, text)

    def _framed_name(self, text: str, start: int, span_ents) -> tuple[tuple[int, int], str] | None:
        """A full name of two or three capitalised words framed by an owner ("Vancouver's Bo Horvat") or an
        affiliation ('Jingyi Pan of IG') in a speaker phrase the tagger did not read as a person: the name's span
        and the frame. Institutions ('Royal Bank of Canada') are no names (_bare_name)."""
        if any(e.label_ in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"} for e in span_ents):
            return None
        m = _FRAMED_NAME.match(text)
        if m is None or not (m.group("owner") or m.group("org")):
            return None
        name = m.group("name")
        if not (2 <= len(name.split()) <= 3 and _bare_name(name)):
            return None
        frame = (m.group("owner") or "").strip() or m.group("org").strip()
        return (start + m.start("name"), start + m.end("name")), frame

    def _appositive_person(self, root):
        """A tagged person standing in apposition to a title or to a noun inside it ('Director, security response
        at Symantec, Kevin Haley, agreed'; "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said"), or None."""
        for c in root.subtree:
            if c.dep_ != "appos" or c.i < root.i:
                continue
            ent = next((e for e in entity_index(self.doc).within(c.left_edge.idx, c.right_edge.idx + len(
                c.right_edge)) if e.label_ == "PERSON" and e.start <= c.i < e.end), None)
            if ent is not None and self._comma_appos(ent, c.head):
                return ent
            name = self.doc[c.left_edge.i:c.i + 1]
            if (ent is None and c.head == root and root.pos_ == "NOUN" and _person_noun(root.lower_)
                    and c.pos_ == "PROPN" and c.ent_type_ in {"", "GPE", "PERSON"} and _bare_name(name.text)
                    and self.doc[name.start - 1].text == ","):
                return name  # "Wise's dad, Darrin": a name the tagger took for a place, after a person noun
        return None

    def _comma_appos(self, ent, head) -> bool:
        """A name set off by a comma right after the phrase it stands in apposition to ('his aunt, Lauri Jones'),
        not one the parser hung there across a relative clause or a colon."""
        return (ent.root.dep_ == "appos" and ent.root.head == head and ent.start >= 2
                and self.doc[ent.start - 1].text == "," and self.doc[ent.start - 2].i <= head.right_edge.i
                and not any(t.dep_ == "relcl" for t in self.doc[head.i:ent.start]))

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

    def _data_keeper(self, root, span) -> tuple[int, int] | None:
        """The body compounded with a data noun ('ministry figures', 'Eurostat data'), when it names one and the
        phrase says nothing else ('South Korean and Pentagon intelligence assessments' stays whole)."""
        agencies = {row[0] for row in table("source_kinds.tsv") if row}
        for c in root.children:
            if c.dep_ == "compound" and c.i < root.i and (
                    c.ent_type_ in {"ORG", "GPE", "NORP"} or c.pos_ == "PROPN" or c.lower_ in agencies):
                toks = [t for t in c.subtree if not t.is_space]
                rest = [t for t in span if t.i != root.i and t.dep_ != "det" and t not in toks and not t.is_space]
                return None if rest else (toks[0].idx, toks[-1].idx + len(toks[-1]))
        return None

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
        # 'a statement e-mailed by X', 'a study which is being released Monday by X'
        agents += [g for c in root.children if c.dep_ in {"acl", "relcl"} and c.lower_ in words("authoring_verbs.txt")
                   for g in c.children if g.dep_ == "agent"]
        agencies = {row[0] for row in table("source_kinds.tsv") if row}
        agencies |= {row[0] for row in table("description_nouns.tsv") if len(row) == 2 and row[1] == "organisation"}
        for prep in agents:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ in named or obj.pos_ == "PROPN" or obj.lower_ in agencies):
                toks = [t for t in obj.subtree if t.i <= obj.i and not t.is_space]
                appos = [t for t in obj.children if t.dep_ == "appos" and t.ent_type_ in named]
                if appos:  # 'by its chair, Rui Duarte'
                    toks = [t for t in appos[0].subtree if t.i <= appos[0].i]
                return toks[0].idx, toks[-1].idx + len(toks[-1])
        # 'a document titled White Paper on Orsk Railway's website': the owner of the site it is published on
        for t in self.doc[root.i + 1:min(root.sent.end, root.i + _SITE_REACH)]:
            if t.lower_ in words("publishing_places.txt") and t.dep_ == "pobj" and t.head.lower_ == "on":
                owner = next((c for c in t.children if c.dep_ == "poss" and (
                    c.ent_type_ in named or c.pos_ == "PROPN")), None)
                if owner is not None:
                    toks = [x for x in owner.subtree if x.lower_ not in {"'s", "’s"}]
                    return toks[0].idx, toks[-1].idx + len(toks[-1])
        return None

    def _last_authored_document(self, pos: int) -> tuple[int, int] | None:
        """'A report by the railway company details ... The white paper said': a definite document with no author
        of its own is the last document before it whose author the text names, within a few paragraphs."""
        if self._documents is None:
            docs = words("documents.txt")
            self._documents = [(t.idx, a) for t in self.doc if t.lower_ in docs and t.pos_ == "NOUN"
                               and (a := self._author(t)) is not None and not a[0] <= t.idx < a[1]]
        before = [a for start, a in self._documents if start < pos and pos - start <= _DOCUMENT_REACH]
        return before[-1] if before else None

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
            # an organisation already introduced with this noun as its title ('media buying company GroupM')
            drafted = [(m[0], m) for d in self.drafts if not d.person and any(
                desc.split()[-1].lower() == root.lower_ for desc in d.descriptions if desc)
                for m in d.mentions if m[1] <= span.start_char and d.name.lower() in doc_text(self.doc)[
                    m[0]:m[1]].lower()]
            if drafted:
                return max(drafted)[1]
            # 'the railway company' for 'Canadian Pacific Railway': an organisation whose name holds a modifier
            mods = {t.lower_ for t in span if t.i < root.i and t.pos_ in {"NOUN", "PROPN", "ADJ"}
                    and t.dep_ in {"compound", "amod", "nmod"}}
            named = [e for e in entity_index(self.doc).starting_before(span.start_char)
                     if e.label_ == "ORG" and e.end_char <= span.start_char
                     and mods & {w.lower().strip(".,") for w in e.text.split()}]
            if named:
                return named[-1].start_char, named[-1].end_char
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
        # only the words up to the head count: 'the self-taught resident, who sold copies of Forgotten Grunt'
        span_ents = [e for e in span_ents if e.start_char <= root.idx]
        if root.pos_ == "PROPN" and root.lower_ in words("person_nouns.txt"):
            # 'the Kentucky Republican': a party member, whatever the tagger calls the word
            span_ents = [e for e in span_ents if e.label_ not in {"NORP", "ORG"} or e.end <= root.i]
        elif root.pos_ != "NOUN":
            return None
        if (any(e.label_ in {"PERSON", "ORG"} for e in span_ents) or root.tag_ not in {"NN", "NNP"}
                or span[0].lower_ != "the" or root.lower_ in institutions or root.lower_ in self._never_described()
                or not _person_noun(root.lower_)):
            return None
        return self._recent_subject(span.start_char, None)

    def _named_next(self, span, root, span_ents, clause: str) -> Draft | None:
        """'A Vancouver hockey coach says he is overwhelmed. Stephen Gillis said ...': a person introduced by an
        indefinite description in one sentence and named as the subject of the next (of the two after it) is that
        person, when the name is new there or carries the description's noun as a title. Anonymous phrasing ('a
        senior official', 'a source familiar with') stays anonymous."""
        text = doc_text(self.doc)
        phrase = text[span.start_char:span.end_char].lower()
        if (span[0].lower_ not in {"a", "an", "one"} or root.pos_ != "NOUN" or root.tag_ != "NN"
                or any(e.label_ == "PERSON" and e.start_char <= root.idx for e in span_ents)
                or not _person_noun(root.lower_) or root.lower_ in self._never_described()
                or any(p in phrase or p in clause.lower() for p in words("anonymous.txt"))):
            return None
        sent = root.sent
        for _ in range(2):
            while sent.end < len(self.doc) and all(t.is_space or t.is_punct for t in self.doc[sent.end].sent):
                sent = self.doc[sent.end].sent
            if sent.end >= len(self.doc):
                return None
            sent = self.doc[sent.end].sent
            subjects = [t for t in sent if t.dep_ in _SUBJECT_DEPS and (
                self.quoted is None or self.quoted.containing(t.idx) is None)]
            if not subjects and all(t.dep_ in {"ROOT", "dep", ""} for t in sent):
                d = self._topic_or_flat_subject(sent, sent.end_char)  # a sentence selective parsing left flat
                if d is None:
                    continue
            elif not subjects:
                return None
            else:
                first = subjects[0]
                if not any(e.label_ == "PERSON" and e.start <= first.i < e.end for e in entity_index(
                        self.doc).within(first.left_edge.idx, first.idx + len(first))):
                    return None
                d = self._person_of(first)
            if d is None:
                return None
            earlier = text.find(d.name.split()[-1], 0, span.start_char) >= 0
            titled = any(root.lower_ in desc.lower() for desc in d.descriptions)
            return d if not earlier or titled else None
        return None

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
