"""One language's rule data, read once from extract/lexicons/<lang>/ (every rule in extract/rules/ reads only this)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsledger.extract.lexicon import has_lexicon, table_in, words_in

# A cue written with a leading "~" is a particle fused onto the word before it (해안경비대에 따르면).
FUSED = "~"


@dataclass(frozen=True)
class Cue:
    phrase: str
    # verb | preposition | postposition | adverb | quotative | nominal_quotative | quote_lead | quote_frame |
    # person_preposition | quote_verb
    role: str
    fused: bool
    particle: str | None = None  # a separable verb's particle later in the clause (teilte … mit); "a|b": either
    required: bool = False  # the particle must follow, else the word is no cue (hat … gesagt: the auxiliary alone)
    impersonal: bool = False  # the subject is an impersonal pronoun (hieß es): never the last speaker unwritten


@dataclass(frozen=True, eq=False)
class LanguageRules:
    lang: str
    quote_pairs: tuple[tuple[str, str], ...]
    cues: tuple[Cue, ...]  # longest first
    subordinators: frozenset[str]
    determiners: frozenset[str]
    titles: frozenset[str]
    pronouns: frozenset[str]
    connectors: frozenset[str]
    openers: frozenset[str]  # words opening a speaker clause, not part of it (Wie Minister X sagte; Como dijo X)
    name_tails: frozenset[str]  # lower-case words that end an institution's name (Protezione civile)
    affiliations: frozenset[str]  # a country or body standing between a name and its title (젤렌스키 우크라이나 대통령)
    speaker_particles: tuple[str, ...]  # in order of preference (file order)
    # the same particles by class, in order of preference; the forms of one class (은/는) are equal: the first wins
    particle_classes: tuple[tuple[str, ...], ...]
    name_suffixes: tuple[str, ...]  # honorifics written onto a name's end (김민수씨), not part of the name
    adverbial_openers: frozenset[str]  # words opening a fronted adverbial: the subject follows the verb (Am Morgen sagte X)
    cue_adverbs: frozenset[str]  # adverbs inside a compound cue (a ensuite précisé, ha poi aggiunto)
    epithets: frozenset[str]  # nouns standing for the person last named, like a pronoun (die CDU-Politikerin)
    inner_prepositions: frozenset[str]  # source prepositions that may stand inside a clause (hat laut X …)
    predicate_endings: tuple[str, ...]  # a sentence-final predicate's endings ("…"고 사과했다: speech, any verb)
    infinitives: tuple[tuple[str, tuple[str, ...]], ...]  # (marker, infinitive endings): ha fatto sapere di collaborare
    qualifiers_before: tuple[tuple[str, str], ...]  # (phrase, qualifier), longest first
    qualifiers_suffix: tuple[tuple[str, str], ...]
    qualifiers_after: tuple[tuple[str, str], ...]
    categories: tuple[tuple[str, str, str], ...]  # (phrase, category, strength), longest first
    number_words: dict[str, float]
    approximate_words: dict[str, str]  # number words that carry their own qualifier (une quarantaine → about)
    word_numbers: str | None  # "text2num": number words are parsed by text2num in this language
    scales: dict[str, float]
    units: dict[str, float]  # numeral unit characters (천, 만)
    thousands: tuple[str, ...]
    decimal: str
    date_words: frozenset[str]
    counters: dict[str, str]  # word or counter → Figure.unit
    ranges: tuple[tuple[str, str], ...]  # (word before the first number or "", word between the two)
    relatives: frozenset[str] = frozenset()  # words opening a relative clause that ends a speaker (un vecino que …)
    coordinators: frozenset[str] = frozenset()  # and/y/et joining two reported clauses (… y que …)
    conjunctions: frozenset[str] = frozenset()  # opening a sentence before its source (Ma per la ong X …)
    ordinal_leads: frozenset[str] = frozenset()  # words making "70." after them an ordinal (in der 70. Minute)
    modifier_endings: tuple[str, ...] = ()  # a word ending so describes the speaker named after it (회사의 X 대표)
    clause_links: frozenset[str] = frozenset()  # joining two clauses: the subject after them (mientras que el club …)
    documents: frozenset[str] = frozenset()  # documents speaking for their author (selon un bilan de la préfecture)
    author_prepositions: frozenset[str] = frozenset()  # introducing a document's author (par, de; por, del)
    # genitive: (articles, adjective endings, (noun ending, stem endings it needs)): des Ministeriums → Ministerium
    genitive: tuple[frozenset[str], tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]] = (frozenset(), (), ())
    affiliation_links: tuple[str, ...] = ()
    time_words: frozenset[str] = frozenset()  # a day or time alone between a cue and its speaker (ha detto lunedì)
    from_prepositions: frozenset[str] = frozenset()  # a source's "from" before an impersonal cue (Dall'azienda fanno …)
    origin_prepositions: frozenset[str] = frozenset()  # a person's home town after their name (Lena Roth aus Kiel)
    anaphoric_objects: tuple[str, ...] = ()  # the previous sentence as a cue's object (Das teilte X mit.)
    agent_prepositions: frozenset[str] = frozenset()  # a participle's agent (fonti citate dai media)
    indefinite_articles: frozenset[str] = frozenset()  # "a"/"one" at once (Ein Hafenarbeiter kam ums Leben: 1)
    # common nouns for a body that, left unnamed, is cited with its suffix (회사 측): the suffix stays on them
    unnamed_bodies: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()  # a person speaking for themselves (un médico del Hospital X → médico)  # attaching a source's body to it (Laut der Geologin X vom Institut …)
    possessives: frozenset[str] = frozenset()  # a source cue's possessive standing for the last speaker (nach seinen Angaben)
    copulas: frozenset[str] = frozenset()  # a lone number word after one counts its subject (i morti sono cinque)
    relative_sources: tuple[str, ...] = ()  # after a speaker, introducing more of what it said (secondo cui …)
    connective_endings: tuple[str, ...] = ()  # a verb joining its clause to the next (대피시켰으며, …)
    figure_particles: tuple[str, ...] = ()  # a particle on a counted noun before its qualifier (900명에 육박)
    object_particles: tuple[str, ...] = ()  # a word so marked is the object of the verb after it (작업을 지휘한)
    reported_moods: frozenset[str] = frozenset()  # finite verbs only reported speech uses (habe, sei): the last speaker's
    # adverbs standing alone before a cue, never its subject (También advirtió que …; Puis il a ajouté …)
    sentence_adverbs: tuple[str, ...] = ()
    passive_auxiliaries: frozenset[str] = frozenset()  # after a participle cue: the passive (erklärt wurden)
    family_names: frozenset[str] = frozenset()  # a name's first syllables: a one-word name (박지훈)
    # (role, form, part of the form kept in what was said) of a clause named as a source's account after it
    # (…다는 게 회사의 설명이다)
    claim_frames: tuple[tuple[str, str, str], ...] = ()
    # reported speech by grammar, the verb unlisted (Die Ministerin bekräftigte, dass …): words that, right before a
    # subordinator, make it no report opener (so dass, para que, plus … que); empty where the fallback is off
    report_guards: tuple[str, ...] = ()
    report_auxiliaries: frozenset[str] = frozenset()  # a compound tense's finite auxiliary (ha ribadito che …)
    report_bodies: frozenset[str] = frozenset()  # head nouns of bodies that speak (agência, Behörde)
    report_non_speech: frozenset[str] = frozenset()  # perceiving/causing verbs (sah, consiguió; "stem*" a stem)
    expletives: frozenset[str] = frozenset()  # subjects standing for no one (Es wurde mitgeteilt, …)
    # whether/if opening a reported question, only right after a listed cue (preguntó si …; ha chiesto se …)
    question_subordinators: frozenset[str] = frozenset()
    # prepositions fused with an article: with the determiners, before a quotation of capitalised words they make it
    # a name (sagte X dem „Talboten“; au « Courrier du Val »)
    title_leads: frozenset[str] = frozenset()
    # the spaCy package whose parser may join sentences the splitter broke at an abbreviation (pipeline.txt)
    pipeline: str | None = None

    def cue_named(self, written: str) -> Cue | None:
        key = " ".join(written.casefold().split())
        return next((c for c in self.cues if c.phrase.casefold() == key), None)

    def cues_of(self, *roles: str) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if c.role in roles)


def _optional_table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    return table_in(lang, name) if has_lexicon(name, lang) else ()


def _optional_words(lang: str, name: str) -> frozenset[str]:
    return words_in(lang, name) if has_lexicon(name, lang) else frozenset()


_SPACE_SEPARATORS = " \u00a0\u202f"


def _possessive_cues(cues: list[Cue], lang: str) -> list[Cue]:
    """A source noun after a preposition takes a possessive in place of its "of X" (a juicio de X → a su juicio;
    nach Einschätzung der X → nach ihrer Einschätzung; na opinião de X → na sua opinião): the same cue, whose
    possessive stands for the speaker last named."""
    possessives = _optional_words(lang, "possessives.txt")
    links = _optional_words(lang, "name_connectors.txt") | _optional_words(lang, "determiners.txt")
    have = {c.phrase.casefold() for c in cues}
    out = []
    for c in cues:
        words = c.phrase.split()
        if c.role != "preposition" or len(words) < 3 or words[-1].casefold() not in links:
            continue
        for own in sorted(possessives):
            phrase = " ".join([words[0], own, *words[1:-1]])
            if phrase.casefold() not in have:
                have.add(phrase.casefold())
                out.append(Cue(phrase, "preposition", False))
    return out


def _contracted_cues(cues: list[Cue], lang: str) -> list[Cue]:
    """A preposition cue ending in "of" also ends in that preposition fused with an article (a juicio de X → a juicio
    del presidente; na opinião de X → na opinião da presidente): one cue per form in contractions.tsv."""
    forms = {row[0].casefold(): row[1:] for row in _optional_table(lang, "contractions.tsv")}
    have = {c.phrase.casefold() for c in cues}
    out = []
    for c in cues:
        words = c.phrase.split()
        if c.role != "preposition" or len(words) < 2 or words[-1].casefold() not in forms:
            continue
        for form in forms[words[-1].casefold()]:
            phrase = " ".join([*words[:-1], form])
            if phrase.casefold() not in have:
                have.add(phrase.casefold())
                out.append(Cue(phrase, "preposition", False))
    return out


@cache
def rules_for(lang: str) -> LanguageRules:
    cues = []
    for row in table_in(lang, "speech_cues.tsv"):
        phrase, role = row[0], row[1]
        particle = row[2] if len(row) > 2 and row[2] else None
        cues.append(Cue(phrase.lstrip(FUSED), role, phrase.startswith(FUSED), particle))
    # cues of a narrower use, one file each: a connective written onto a quotation (김 장관은 "…"며 …), a
    # preposition that cites only a person (Pour la procureure, Nathalie Roux, …), a verb that cites a speaker only
    # right after a quotation (…», denuncia una residente)
    for name, role in (("quote_frames.txt", "quote_frame"), ("person_prepositions.txt", "person_preposition"),
                       ("inverted_cues.txt", "quote_verb"), ("nominal_quotatives.txt", "nominal_quotative")):
        cues.extend(Cue(row[0].lstrip(FUSED), role, row[0].startswith(FUSED)) for row in _optional_table(lang, name))
    cues.extend(Cue(row[0], "verb", False, impersonal=True) for row in _optional_table(lang, "impersonal_cues.txt"))
    # a compound tense (hat … gesagt, hatte die Polizei mitgeteilt): the auxiliary is the cue only with one of its
    # participles closing the clause
    participles: dict[str, list[str]] = {}
    for row in _optional_table(lang, "compound_cues.tsv"):
        participles.setdefault(row[0], []).append(row[1])
    cues.extend(Cue(aux, "verb", False, "|".join(parts), required=True) for aux, parts in participles.items())
    cues.extend(_contracted_cues(cues, lang))
    cues.extend(_possessive_cues(cues, lang))
    qualifiers: dict[str, list[tuple[str, str]]] = {"before": [], "suffix": [], "after": []}
    for row in _optional_table(lang, "figure_qualifiers.tsv"):
        qualifiers[row[2] if len(row) > 2 else "before"].append((row[0], row[1]))
    settings = _optional_table(lang, "numbers.tsv")
    thousands: list[str] = []
    decimal = "."
    scales: dict[str, float] = {}
    units: dict[str, float] = {}
    ranges: list[tuple[str, str]] = []
    word_numbers: str | None = None
    for row in settings:
        if row[0] == "word_numbers":
            word_numbers = row[1]
        elif row[0] == "thousands_separator":
            thousands.extend(_SPACE_SEPARATORS if row[1] == "space" else row[1])
        elif row[0] == "decimal_separator":
            decimal = row[1]
        elif row[0] == "unit":
            units[row[1]] = float(row[2])
        elif row[0] == "range":
            ranges.append(("" if row[1] == "-" else row[1], row[2]))
        else:
            scales[row[0].casefold()] = float(row[1])

    def longest(rows):
        return tuple(sorted(rows, key=lambda r: -len(r[0])))

    return LanguageRules(
        lang=lang,
        quote_pairs=tuple((r[0], r[1]) for r in table_in(lang, "quote_marks.tsv")),
        cues=tuple(sorted(cues, key=lambda c: -len(c.phrase))),
        subordinators=_optional_words(lang, "subordinators.txt"),
        determiners=_optional_words(lang, "determiners.txt"),
        titles=_optional_words(lang, "titles.txt"),
        pronouns=_optional_words(lang, "pronouns.txt"),
        connectors=_optional_words(lang, "name_connectors.txt"),
        openers=_optional_words(lang, "clause_openers.txt"),
        name_tails=_optional_words(lang, "name_tails.txt"),
        affiliations=_optional_words(lang, "affiliations.txt"),
        speaker_particles=tuple(p for row in _optional_table(lang, "speaker_particles.txt") for p in row[0].split()),
        particle_classes=tuple(tuple(row[0].split()) for row in _optional_table(lang, "speaker_particles.txt")),
        name_suffixes=tuple(row[0] for row in _optional_table(lang, "name_suffixes.txt")),
        adverbial_openers=_optional_words(lang, "adverbial_openers.txt"),
        cue_adverbs=_optional_words(lang, "cue_adverbs.txt"),
        epithets=_optional_words(lang, "epithets.txt"),
        inner_prepositions=_optional_words(lang, "inner_prepositions.txt"),
        predicate_endings=tuple(row[0] for row in _optional_table(lang, "predicate_endings.txt")),
        infinitives=tuple((row[0], tuple(row[1].split())) for row in _optional_table(lang, "infinitive_clauses.tsv")),
        qualifiers_before=longest(qualifiers["before"]),
        qualifiers_suffix=longest(qualifiers["suffix"]),
        qualifiers_after=longest(qualifiers["after"]),
        categories=longest(tuple((r[0], r[1], r[2] if len(r) > 2 else "strong"))
                           for r in _optional_table(lang, "figure_categories.tsv")),
        number_words={r[0].casefold(): float(r[1]) for r in _optional_table(lang, "number_words.tsv")},
        approximate_words={r[0].casefold(): r[2] for r in _optional_table(lang, "number_words.tsv")
                           if len(r) > 2 and r[2]},
        word_numbers=word_numbers,
        scales=scales, units=units, thousands=tuple(thousands), decimal=decimal,
        date_words=_optional_words(lang, "date_words.txt"),
        counters={r[0].casefold(): r[1] for r in _optional_table(lang, "units.tsv")},
        ranges=tuple(sorted(ranges, key=lambda r: -len(r[0]))),
        relatives=_optional_words(lang, "relative_pronouns.txt"),
        possessives=_optional_words(lang, "possessives.txt"),
        reported_moods=_optional_words(lang, "reported_moods.txt"),
        family_names=_optional_words(lang, "family_names.txt"),
        passive_auxiliaries=_optional_words(lang, "passive_auxiliaries.txt"),
        sentence_adverbs=tuple(sorted(_optional_words(lang, "sentence_adverbs.txt"), key=len, reverse=True)),
        copulas=_optional_words(lang, "copulas.txt"),
        relative_sources=tuple(sorted((row[0] for row in _optional_table(lang, "relative_sources.txt")), key=len,
                                      reverse=True)),
        connective_endings=tuple(row[0] for row in _optional_table(lang, "connective_endings.txt")),
        figure_particles=tuple(row[0] for row in _optional_table(lang, "figure_particles.txt")),
        object_particles=tuple(row[0] for row in _optional_table(lang, "object_particles.txt")),
        documents=_optional_words(lang, "documents.txt"),
        author_prepositions=_optional_words(lang, "author_prepositions.txt"),
        genitive=_genitive(lang),
        source_nouns=_optional_words(lang, "source_nouns.txt"),
        unnamed_bodies=_optional_words(lang, "unnamed_bodies.txt"),
        indefinite_articles=_optional_words(lang, "indefinite_articles.txt"),
        agent_prepositions=_optional_words(lang, "agent_prepositions.txt"),
        anaphoric_objects=tuple(sorted(_optional_words(lang, "anaphoric_objects.txt"), key=len, reverse=True)),
        time_words=_optional_words(lang, "time_words.txt"),
        from_prepositions=_optional_words(lang, "from_prepositions.txt"),
        origin_prepositions=_optional_words(lang, "origin_prepositions.txt"),
        affiliation_links=tuple(sorted(_optional_words(lang, "affiliation_links.txt"), key=len, reverse=True)),
        clause_links=_optional_words(lang, "clause_links.txt"),
        modifier_endings=tuple(row[0] for row in _optional_table(lang, "modifier_endings.txt")),
        ordinal_leads=_optional_words(lang, "ordinal_leads.txt"),
        conjunctions=_optional_words(lang, "opening_conjunctions.txt"),
        coordinators=_optional_words(lang, "coordinators.txt"),
        claim_frames=tuple((row[0], row[1], row[2] if len(row) > 2 else "")
                           for row in _optional_table(lang, "claim_frames.tsv") if len(row) > 1),
        report_guards=tuple(sorted((row[0].casefold() for row in _optional_table(lang, "report_guards.txt")), key=len,
                                   reverse=True)),
        report_auxiliaries=_optional_words(lang, "report_auxiliaries.txt"),
        report_bodies=_optional_words(lang, "report_bodies.txt"),
        report_non_speech=_optional_words(lang, "report_non_speech.txt"),
        expletives=_optional_words(lang, "expletives.txt"),
        question_subordinators=_optional_words(lang, "question_subordinators.txt"),
        title_leads=_optional_words(lang, "title_leads.txt"),
        pipeline=next((row[0] for row in _optional_table(lang, "pipeline.txt")), None),
    )


def _genitive(lang: str) -> tuple[frozenset[str], tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    rows = _optional_table(lang, "genitive.tsv")
    return (frozenset(r[1].casefold() for r in rows if r[0] == "article"),
            tuple(r[1] for r in rows if r[0] == "adjective"),
            tuple((r[1], tuple(r[2].split()) if len(r) > 2 else ()) for r in rows if r[0] == "ending"))


def phrase_pattern(phrase: str, fused: bool = False) -> str:
    """A regex for a lexicon phrase: whole words (any run of spaces between them), or fused onto the word before."""
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    left = "" if fused else r"(?<!\w)"
    right = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return left + body + right
