"""Speaker phrases as names: capitalised-name spans with the title words (data) kept apart, for any language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.extract.rules.language import LanguageRules, phrase_pattern

_TOKEN = re.compile(r"\w[\w'’.-]*\w|\w")
_MAX_PREFIX = 6
# a comma between clauses, not the decimal comma of 1,5 millones
CLAUSE_COMMA = re.compile(r",(?!\d)|(?<!\d),")


@dataclass(frozen=True)
class SpeakerPhrase:
    start: int
    end: int
    name: str
    description: str | None
    pronoun: bool = False
    # no word names the speaker (pro-drop: «…», añadió.): resolved like a pronoun, but has no mention of its own
    implicit: bool = False


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(text[start:end])]


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _cased(token: str) -> bool:
    return token.lower() != token.upper()


def _epithet(token: str, rules: LanguageRules) -> bool:
    low = token.casefold()
    return any(low == e or low.endswith("-" + e) for e in rules.epithets)


def _strip_determiner(text: str, toks: list, rules: LanguageRules) -> list:
    """Drop leading articles, elided ones (l'azienda) included."""
    while toks:
        s, e, t = toks[0]
        low = t.casefold()
        if (low in rules.determiners or low in rules.openers or low in rules.from_prepositions) and len(toks) > 1:
            toks = toks[1:]
            continue
        elided = next((d for d in rules.determiners | rules.from_prepositions
                       if d[-1:] in "'’" and low.startswith(d) and len(low) > len(d)), None)
        if elided:
            toks = [(s + len(elided), e, t[len(elided):]), *toks[1:]]
        break
    return toks


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in CLAUSE_COMMA.finditer(text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return out


def _name_run_at_end(toks: list, rules: LanguageRules) -> int | None:
    """Index where a run of ≥2 capitalised words (joined by name connectors) ending the phrase begins."""
    i = len(toks)
    count = 0
    while i > 0:
        t = toks[i - 1][2]
        if _capitalised(t):
            count += 1
            i -= 1
        elif t.casefold() in rules.connectors and i > 1 and _capitalised(toks[i - 2][2]) and count:
            i -= 1
        else:
            break
    return i if count >= 2 else None


def is_title(token: str, rules: LanguageRules) -> bool:
    """A title word, or a compound ending in one (Innenminister, Feuerwehrchef, 내무장관)."""
    low = token.casefold()
    if low in rules.titles:
        return True
    shortest = 4 if _cased(token) else 2
    # a proper suffix of `shortest` characters or more that is a title: one set lookup per suffix, not per title
    return any(low[k:] in rules.titles for k in range(1, len(low) - shortest + 1))


def ends_in_noun(word: str, nouns: frozenset[str], compounds: bool) -> bool:
    """`word` is one of `nouns`, or (where the language writes compounds) ends in one after three or more letters of
    its own (Lieferwagenfahrer, Bergarbeitergewerkschaft), as for titles."""
    low = word.casefold()
    return low in nouns or (compounds and any(low[k:] in nouns for k in range(3, len(low) - 3)))


def _person_noun(token: str, rules: LanguageRules) -> bool:
    """A noun for a person, or a compound ending in one (Lieferwagenfahrer Benedikt Ruml)."""
    return ends_in_noun(token, rules.source_nouns, _cased(token))


_MIN_COMPOUND_ROLE = 5  # characters a role word needs to be read at a compound's end (Ministerin in Bildungsministerin)


def describes(role: str, description: str) -> bool:
    """The role word alone (die Ministerin) is one word of the description a person was introduced with, or the end
    of a compound in it (Bildungsministerin)."""
    role = role.casefold()
    return any(w == role or (len(role) >= _MIN_COMPOUND_ROLE and w.endswith(role))
               for w in description.casefold().split())


def is_affiliation(token: str, rules: LanguageRules) -> bool:
    """A country or body (affiliations.txt), or a word ending like one (an entry written `~회사`)."""
    # 독일금속노조(IGM): the body's abbreviation written onto it in brackets is no part of how it ends
    low = re.sub(r"\([^()\s]*\)$", "", token.casefold())
    return low in rules.affiliations or any(
        a.startswith("~") and low.endswith(a[1:]) and len(low) > len(a) - 1 for a in rules.affiliations)


def _split_titles(toks: list, rules: LanguageRules) -> tuple[list, list]:
    """(title tokens, name tokens): leading titles (trailing ones for languages that write them after the name)."""
    lead = 0
    # a title, or a noun for a person (der Statiker Jonas Wendel), before the name describes it
    while lead < len(toks) - 1 and (is_title(toks[lead][2], rules) or toks[lead][2].casefold() in rules.source_nouns):
        lead += 1
    # a title inside a run of capitalised words (Kiews Bürgermeister Vitali Klitschko): the name follows it
    inner = max((i for i in range(lead, len(toks) - 1) if is_title(toks[i][2], rules)), default=None)
    if inner is not None and _cased(toks[inner][2]):
        lead = inner + 1
    if lead:
        return toks[:lead], toks[lead:]
    trail = len(toks)
    while trail > 1 and is_title(toks[trail - 1][2], rules):
        trail -= 1
    # the body the title belongs to stands before it (젤렌스키 우크라이나 대통령, 레너 철도회사 사장)
    while trail < len(toks) and trail > 1 and is_affiliation(toks[trail - 1][2], rules):
        trail -= 1
    # 서울 중부경찰서 박지훈 서장, 보건복지부 이정은 대변인: a body right before a one-word full name is no part of it
    if (2 <= trail < len(toks) and not any(_cased(t) for _, _, t in toks[:trail])
            and is_affiliation(toks[trail - 2][2], rules) and _one_word_name(toks[trail - 1][2], rules)):
        return toks[trail:], toks[trail - 1:trail]
    # 마르타 히바스 이타보랑가 시장: with no capitals to tell them apart, a third word between a two-word name and its
    # title is the place or body the title belongs to (foreign names are written in two words, Korean ones in one)
    if 3 <= trail < len(toks) and not any(_cased(t) for _, _, t in toks[:trail]):
        # the name comes first and the body after it: one known body names where the name ends (올리비에 마르샤디에
        # 프랑스 오트아르벨 도지사), else a foreign name's two words (아우렐리오 단치 포르토 살비아 경찰청장)
        # 베렌대학병원 클레르 모트롱 대변인: a body may also stand before the name, never part of it
        body = 0
        while body < trail - 1 and is_affiliation(toks[body][2], rules):
            body += 1
        trail = next((k for k in range(1 + body, trail) if is_affiliation(toks[k][2], rules)), min(2 + body, trail))
        if body:
            return toks[trail:], toks[body:trail]
    # a bare surname with its title (벨레소바 주지사) is best named whole: the title is part of how it is cited
    if trail < len(toks) and trail >= 2:
        return toks[trail:], toks[:trail]
    return [], toks


def _one_word_name(token: str, rules: LanguageRules) -> bool:
    """A family name and a given name of one or two syllables written as one word (박지훈, 남궁민)."""
    return any(token.startswith(f) and 1 <= len(token) - len(f) <= 2 for f in rules.family_names)


def _before_time(toks: list, rules: LanguageRules) -> list:
    """Wie das Gesundheitsministerium am Mittwoch mitteilte; informou a polícia no domingo: a day or time after the
    speaker's words, bare or after a preposition (and article), says when it spoke and is no part of its name."""
    # only a phrase closing the words: in informó este viernes el Ministerio the day comes before the speaker
    for i in range(1, len(toks)):
        k = i
        if toks[k][2].casefold() in rules.adverbial_openers and k + 1 < len(toks):
            k += 1
            if toks[k][2].casefold() in rules.determiners and k + 1 < len(toks):
                k += 1
        if k == i and _capitalised(toks[k][2]) and _capitalised(toks[k - 1][2]):
            continue  # Trainer Jonas Montag, il sindaco Paolo Mattina: a bare capitalised day after a name is its end
        if all(t.casefold() in rules.time_words for _, _, t in toks[k:]):
            return toks[:i]
    return toks


_GLOSS = re.compile(r"^\([^()\s]*\)(?=\s)")


def _without_glosses(text: str, toks: list) -> list:
    """독일금속노조(IGM) 위원장: a word in brackets written onto the one before glosses it (an abbreviation); it is
    neither a name of its own nor the parenthesis that closes a speaker phrase (Thomas Berger (SPD))."""
    return [t for k, t in enumerate(toks) if not (k and text[toks[k - 1][1]:t[0]] == "(" and text[t[1]:t[1] + 1] == ")"
                                                  and text[t[1] + 1:t[1] + 2].isspace())]


def _phrase(text: str, toks: list, rules: LanguageRules) -> SpeakerPhrase | None:
    toks = _strip_determiner(text, toks, rules)
    toks = _without_glosses(text, toks)
    # Landrat Thomas Berger (SPD): a parenthesis closes the speaker phrase
    cut = next((k for k in range(1, len(toks)) if "(" in _GLOSS.sub("", text[toks[k - 1][1]:toks[k][0]])), None)
    if cut is not None:
        toks = toks[:cut]
    toks = _before_time(toks, rules)
    if not toks:
        return None
    if len(toks) == 1 and (toks[0][2].casefold() in rules.pronouns or _epithet(toks[0][2], rules)):
        # a pronoun, or an epithet standing for the person last named (die CDU-Politikerin, der 54-Jährige)
        s, e, t = toks[0]
        return SpeakerPhrase(s, e, t, None, pronoun=True)
    head = _common_head(text, toks, rules)
    if head is not None:
        return head
    run = _name_run_at_end(toks, rules)
    # la ministra dei Trasporti Ilse Marquardt: after a title and its connector, the capitalised words before the
    # last two complete the title; the name is the last two
    if (run is not None and run > 1 and len(toks) - run >= 3 and toks[run - 1][2].casefold() in rules.connectors
            and any(is_title(t, rules) for _, _, t in toks[:run - 1])):
        run = len(toks) - 2
    if run is not None and run > 0:
        desc = text[toks[0][0]:toks[run - 1][1]]
        toks_name = toks[run:]
    else:
        desc = None
        toks_name = toks
    titles, name_toks = _split_titles(toks_name, rules)
    if titles:
        title_text = text[titles[0][0]:titles[-1][1]]
        desc = f"{desc} {title_text}" if desc else title_text
        # Ein Sprecher der Bundespolizei: the body the title speaks for, without its article
        rest = _strip_determiner(text, name_toks, rules)
        if rest and len(rest) < len(name_toks) and _capitalised(rest[0][2]):
            name_toks = rest
    start, end = toks[0][0], toks[-1][1]
    name_toks = _without_suffix(name_toks, rules)
    name = text[name_toks[0][0]:name_toks[-1][1]]
    genitive = _nominative(text, name_toks, rules)
    if genitive is not None:
        name = genitive
    if titles and _cased(titles[0][2]) and not any(_capitalised(t) for _, _, t in name_toks):
        # a role and no name (disse o presidente da câmara eleito): the whole role is how the speaker is cited
        name = text[titles[0][0]:name_toks[-1][1]]
    return SpeakerPhrase(start, end, name, desc)


def _nominative(text: str, toks: list, rules: LanguageRules) -> str | None:
    """A one-noun name after a genitive article (des Gesundheitsministeriums, des regionalen Zivilschutzes): the noun
    as it is cited, without its genitive ending or the declined adjectives before it; None when not genitive."""
    articles, adjective_endings, endings = rules.genitive
    if not articles:
        return None
    words = list(toks)
    while len(words) > 1 and words[0][2][:1].islower() and words[0][2].endswith(adjective_endings):
        words = words[1:]
    if len(words) != 1 or not words[0][2][:1].isupper():
        return None
    before = re.search(r"(\w+)\W*$", text[:toks[0][0]])
    if before is None or before.group(1).casefold() not in articles:
        return None
    noun = words[0][2]
    for ending, stems in endings:
        stem = noun[:-len(ending)]
        if noun.endswith(ending) and len(stem) >= 3 and (not stems or stem.endswith(stems)):
            return stem
    return None


def _common_head(text: str, toks: list, rules: LanguageRules) -> SpeakerPhrase | None:
    """un médico del Hospital General de Ribanova, ein Arzt des Zentralkrankenhauses: a noun for a person who speaks
    for themselves (source_nouns.txt) heading the phrase, the body it works for attached by a preposition: the noun
    is who speaks, the body describes it (a body or a role, la préfecture de X, ein Sprecher der Polizei, is named
    by the body as before)."""
    if len(toks) < 3 or not any(_capitalised(t) for _, _, t in toks[2:]):
        return None
    head, link = toks[0][2], toks[1][2].casefold()
    # dell'ospedale: the link elided onto the body's first word
    elided = any(p[-1:] in "'’" and link.startswith(p) for p in rules.affiliation_links)
    if head.casefold() not in rules.source_nouns or not (elided or link in rules.connectors | rules.genitive[0]):
        return None
    return SpeakerPhrase(toks[0][0], toks[-1][1], head, text[toks[0][0]:toks[-1][1]])


def _without_suffix(toks: list, rules: LanguageRules) -> list:
    """The name without an honorific written onto it or after it (김민수씨, 박영희 씨)."""
    s, e, t = toks[-1]
    if len(toks) > 1 and t in rules.name_suffixes and toks[-2][2] in rules.unnamed_bodies:
        # 회사 측은: a body named only by what it is keeps its "side", the way it is cited
        return toks
    for suffix in rules.name_suffixes:
        if t == suffix and len(toks) > 1:
            return toks[:-1]
        if t.endswith(suffix) and len(t) > len(suffix) + 1:
            return [*toks[:-1], (s, e - len(suffix), t[:-len(suffix)])]
    return toks


def _run_length(toks: list, i: int, rules: LanguageRules) -> int:
    n = 1
    while i + 1 < len(toks):
        t = toks[i + 1][2]
        if _capitalised(t):
            i, n = i + 1, n + 1
        elif t.casefold() in rules.connectors and i + 2 < len(toks) and _capitalised(toks[i + 2][2]):
            i, n = i + 2, n + 1
        else:
            break
    return n


def _name_words(toks: list, i: int, rules: LanguageRules) -> int:
    """Capitalised words of the run at i that are not titles (die Bürgermeisterin von Lindau has one: Lindau)."""
    count = 0 if is_title(toks[i][2], rules) else 1
    while i + 1 < len(toks):
        t = toks[i + 1][2]
        if _capitalised(t):
            i += 1
        elif t.casefold() in rules.connectors and i + 2 < len(toks) and _capitalised(toks[i + 2][2]):
            i += 2
        else:
            break
        count += 0 if is_title(toks[i][2], rules) else 1
    return count


def _place_of_title(toks: list, i: int, rules: LanguageRules) -> bool:
    """The capitalised run at i completes a title before it (o prefeito de Serra Alta): a place, not the name."""
    return (i >= 2 and toks[i - 1][2].casefold() in rules.connectors
            and any(is_title(t, rules) for _, _, t in toks[:i - 1]))


def _title_of_body(toks: list, i: int, rules: LanguageRules) -> bool:
    """The capitalised run at i is a title heading a body (die Präsidentin des Roten Kreuzes): no name yet."""
    return (is_title(toks[i][2], rules) and i + 1 < len(toks) and toks[i + 1][2].casefold() in rules.connectors)


def _later_full_name(toks: list, first: int, rules: LanguageRules) -> int | None:
    """Where a run of two or more capitalised words starts after a one-word first run, within reach."""
    if _run_length(toks, first, rules) >= 2:
        return None
    for j in range(first + 1, min(len(toks), first + _MAX_PREFIX)):
        if _capitalised(toks[j][2]) and not _capitalised(toks[j - 1][2]) and _run_length(toks, j, rules) >= 2:
            return j
    return None


def _appositive_name(text: str, toks: list, i: int, rules: LanguageRules) -> tuple[SpeakerPhrase | None, int]:
    """La ministre de la Santé, Claire Dubois, …: after the title at i, the body it heads (a few words, no other
    punctuation: a presidente da câmara de Monchique), a comma, then a name of two to four capitalised words."""
    j = i + 1
    while j < len(toks) and j - i <= _MAX_PREFIX:
        gap = text[toks[j - 1][1]:toks[j][0]]
        if "," in gap:
            break
        if gap.strip():
            return None, j
        j += 1
    else:
        return None, j
    k = j
    while (k < len(toks) and k - j < 4 and _capitalised(toks[k][2]) and not is_title(toks[k][2], rules)
           and (k == j or not text[toks[k - 1][1]:toks[k][0]].strip())):
        k += 1
    closed = k == len(toks) or text[toks[k - 1][1]:toks[k][0]].strip()[:1] in (",", ".", ";")
    if k - j < 2 or not closed:
        return None, j
    desc = text[toks[i][0]:toks[j - 1][1]]
    return SpeakerPhrase(toks[j][0], toks[k - 1][1], text[toks[j][0]:toks[k - 1][1]], desc), k


_SENTENCE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?»“”\"]\s)|(?<=\n))(\w[\w'’-]*(?:\s+\w[\w'’-]*){0,2}),\s"  # Luis Ferrer, por su parte, …
    r"|(?:^|(?<=[.!?»“”\"]\s)|(?<=\n))(\w[\w'’-]*)\s+(?=[^\W\d_A-ZÀ-Ý])", re.M)  # Iriberri will …


def _subjects_before_aside(text: str, rules: LanguageRules) -> list[SpeakerPhrase]:
    """Iriberri, por su parte, no reconoció …: a name opening a sentence before an aside is its subject, whom a
    later pronoun or unwritten subject may mean: a full name, or the surname of one written before."""
    out = []
    for m in _SENTENCE_SUBJECT.finditer(text):
        g = 1 if m.group(1) else 2
        words = m.group(g).split()
        if not all(_capitalised(w) and w.casefold() not in rules.determiners | rules.pronouns
                   and not is_title(w, rules) for w in words):
            continue
        if len(words) == 1 and not re.search(r"\b[^\W\d_a-zà-ÿ]\w+\s+" + re.escape(words[0]) + r"\b", text[:m.start()]):
            continue  # one word is a name only as the surname of someone named in full before
        out.append(SpeakerPhrase(m.start(g), m.end(g), m.group(g), None))
    return out


# Lucía Ferrer habló con los vecinos. / Lena Hoffmann besuchte …: two or three capitalised words opening a sentence,
# a lower-case word (its verb) right after them
_NAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?»“”\"]\s)|(?<=\n))([^\W\d_a-zà-ÿ][\w'’-]*(?:\s+[^\W\d_a-zà-ÿ][\w'’-]*){1,2})\s+(?=[^\W\d_A-ZÀ-Ý])",
    re.M)


def _named_subjects(text: str, rules: LanguageRules) -> list[SpeakerPhrase]:
    """A full name opening a sentence is its subject, whom a pronoun in a later sentence may mean even when that
    person was not quoted yet (Lucía Ferrer habló con los vecinos. Después, ella reconoció que …). Words that open
    clauses, cite sources or name a time, a title or a person noun make the capitalised run something else (Am
    Montag, Laut Polizei, Nach Angaben, Bürgermeisterin Anna)."""
    cue_heads = {c.phrase.split()[0].casefold() for c in rules.cues if c.phrase.split()}
    skip = (rules.determiners | rules.pronouns | rules.openers | rules.adverbial_openers | rules.conjunctions
            | rules.time_words | rules.date_words | rules.possessives)
    out = []
    for m in _NAMED_SUBJECT.finditer(text):
        words = m.group(1).split()
        # written capitals and a lower-case verb after them: a script without case has neither
        if not (all(_capitalised(w) for w in words) and text[m.end():m.end() + 1].islower()):
            continue
        # a person noun before a name introduces it (die Studentin Anna Berg); one inside it is a surname (Hoffmann)
        if _person_noun(words[0], rules) or any(w.casefold() in skip or w.casefold() in cue_heads
                                                or is_title(w, rules) for w in words):
            continue
        out.append(SpeakerPhrase(m.start(1), m.end(1), m.group(1), None))
    return out


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?=\S)", re.M)
_MAX_NAMED_SUBJECT_WORDS = 4  # a name, a body of up to two words, a title (이정은 보건복지부 대변인은)


def _particle_subjects(text: str, rules: LanguageRules) -> list[SpeakerPhrase]:
    """최영희 시장은 기자회견을 열었다. 그는 …: where a particle closes the subject, a sentence opened by a one-word
    name and a title so closed introduces that person, quoted or not."""
    out = []
    for s in _SENTENCE_START.finditer(text):
        words = list(re.finditer(r"\S+", text[s.start():s.start() + 80]))[:_MAX_NAMED_SUBJECT_WORDS]
        if len(words) < 2 or not _one_word_name(words[0].group(), rules):
            continue
        for w in words[1:]:
            start, end = s.start() + w.start(), s.start() + w.end()
            cut = strip_particle(text, start, end, rules)
            if cut < end:
                if is_title(text[start:cut], rules):
                    phrase = speaker_before_cue(text, s.start(), cut, rules)
                    if phrase is not None and not phrase.pronoun:
                        out.append(phrase)
                break
    return out


def _home_town_after(text: str, toks: list, i: int, rules: LanguageRules) -> bool:
    """Two capitalised words written together, then a "from" and a capitalised place: a name introduced with where it
    comes from (Elke Brandstetter aus Lindenkamp; a firm with its seat, Bergfalke Reisen aus Hallbrunn), whom a later
    epithet or pronoun means (erzählte die 54-Jährige; nach seiner Darstellung)."""
    if not rules.origin_prepositions or i + 3 >= len(toks):
        return False
    first, second, prep, place = (toks[i + k][2] for k in range(4))
    # an article before them makes the two words a noun phrase (die Feuerwehr Nordstadt aus Bergheim), no name
    words = (first.casefold(), second.casefold()) + ((toks[i - 1][2].casefold(),) if i else ())
    return (_capitalised(first) and _capitalised(second) and prep in rules.origin_prepositions
            and _capitalised(place) and not any(text[toks[k][1]:toks[k + 1][0]].strip() for k in range(i, i + 3))
            and not any(w in rules.determiners or w in rules.pronouns or w in rules.openers for w in words)
            and not any(is_title(w, rules) or _person_noun(w, rules) for w in (first, second)))


def titled_names(text: str, rules: LanguageRules) -> list[SpeakerPhrase]:
    """Names written with a title anywhere in the text (Gouverneurin Katarina Welesowa besuchte …; la ministre de
    la Santé, Claire Dubois, a visité …), or opening a sentence before an aside: the people a later pronoun may refer
    to even when they were not quoted yet. Cased scripts only (a capital marks the name)."""
    toks = _tokens(text, 0, len(text))
    cased = any(_cased(t) for _, _, t in toks[:50])
    out = _subjects_before_aside(text, rules) + _named_subjects(text, rules) if cased else _particle_subjects(text, rules)
    i = 0
    while i < len(toks) - 2:
        t = toks[i][2]
        # die südkoreanische Studentin Han Su-bin: a noun for a person introduces the name after it as a title does
        person = _person_noun(t, rules) and _capitalised(toks[i + 1][2])
        if person and not is_title(t, rules):
            j = i + 1
            while (j < len(toks) and _capitalised(toks[j][2]) and not text[toks[j - 1][1]:toks[j][0]].strip()):
                j += 1
            if j - i - 1 >= 2:
                out.append(SpeakerPhrase(toks[i + 1][0], toks[j - 1][1], text[toks[i + 1][0]:toks[j - 1][1]], t))
            i = max(j, i + 1)
            continue
        if _home_town_after(text, toks, i, rules):
            # Lukas Hembach aus Ravensfeld hatte Glück: given and family name, then where the person comes from
            out.append(SpeakerPhrase(toks[i][0], toks[i + 1][1], text[toks[i][0]:toks[i + 1][1]], None))
            i += 2
            continue
        if not (_cased(t) and is_title(t, rules)):
            i += 1
            continue
        if not _capitalised(toks[i + 1][2]) or "," in text[toks[i][1]:toks[i + 1][0]]:
            appositive, k = _appositive_name(text, toks, i, rules)
            if appositive is not None:
                out.append(appositive)
                i = k
            else:
                i += 1
            continue
        j = i + 1
        while (j < len(toks) and _capitalised(toks[j][2]) and not is_title(toks[j][2], rules)
               and not text[toks[j - 1][1]:toks[j][0]].strip()):
            j += 1
        if j - i - 1 >= 2:
            phrase = _phrase(text, toks[i:j], rules)
            if phrase is not None and not phrase.pronoun:
                out.append(phrase)
        i = max(j, i + 1)
    return sorted(out, key=lambda p: p.start)


def _after_circumstance(toks: list, rules: LanguageRules) -> list:
    """The tokens after a circumstance written between the cue and its speaker (ha scritto su X il presidente;
    afirmou à Lusa o comandante; dice in lacrime Anna): its opener, an article, its head word, and lower-case words
    up to the speaker's article or capital."""
    i = 0
    while i < len(toks) and toks[i][2].casefold() in rules.time_words:  # ha ribadito lunedì; avait déclaré jeudi la …
        i += 1
    # one phrase after another (durante una visita a la zona)
    while i < len(toks) and toks[i][2].casefold() in rules.adverbial_openers:
        i += 1
        if i < len(toks) and toks[i][2].casefold() in rules.determiners:
            i += 1
        i += 1  # the head word, capitalised or not (su X, à Lusa, am Abend)
        while (i < len(toks) and not _capitalised(toks[i][2]) and toks[i][2].casefold() not in rules.determiners
               and toks[i][2].casefold() not in rules.adverbial_openers):
            i += 1
    return toks[i:]


def _before_addressee(toks: list, rules: LanguageRules) -> list:
    """ha detto la ragazza a un quotidiano del suo Paese: a role written in lower case, then a preposition opening
    a circumstance (to whom, where it was said): the speaker ends before the preposition."""
    first = 1 if toks and toks[0][2].casefold() in rules.determiners else 0
    for i in range(first + 1, len(toks)):
        if not toks[i - 1][2][:1].islower() or toks[i - 1][2].casefold() in rules.determiners:
            return toks
        if toks[i][2].casefold() in rules.adverbial_openers:
            return toks[:i]
    return toks


def only_circumstance(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """What follows a cue up to its clause's comma is a circumstance and no speaker (afirmou durante uma visita ao
    local.; ha detto durante una visita sul posto, annunciando …)."""
    a, b = _segments(text, start, end)[0]
    toks = _tokens(text, a, b)
    return (bool(toks) and toks[0][2].casefold() in rules.adverbial_openers | rules.time_words
            and not _after_circumstance(toks, rules))


_MAX_CLOSING_ROLE = 8  # words of a role that closes its sentence (…, informou o serviço espanhol de salvamento marítimo.)


def _document_author(toks: list, rules: LanguageRules) -> list:
    """selon un nouveau bilan communiqué mardi par la préfecture: a document speaks for its author, named after the
    preposition that introduces it; empty when the phrase names no document and author."""
    doc = next((i for i, (_, _, t) in enumerate(toks[:3]) if t.casefold() in rules.documents), None)
    if doc is None:
        return []
    by = next((i for i in range(doc + 1, len(toks)) if toks[i][2].casefold() in rules.author_prepositions), None)
    return toks[by + 1:] if by is not None else []


def _before_agent(toks: list, rules: LanguageRules) -> list:
    """fonti di polizia citate dai media francesi: a lower-case participle and its agent's preposition describe how
    the source was cited; the source ends before them."""
    # at least two words before the participle: stando a quanto riferito dalla polizia names its source by the agent
    for i in range(3, len(toks)):
        if toks[i][2].casefold() in rules.agent_prepositions and toks[i - 1][2][:1].islower():
            return toks[:i - 1]
    return toks


def _role_end(toks: list, rules: LanguageRules) -> int:
    """Where a long lower-case role ends when no comma closes it (secondo il servizio di soccorso marittimo spagnolo
    i dispersi sono 14): before the article opening the next noun phrase, else after four words."""
    # the role's own article is a word of its own (il servizio) or elided onto its noun (l'ingegnera la causa …)
    first = 2 if toks and toks[0][2].casefold() in rules.determiners else 1
    for i in range(first, min(len(toks), _MAX_CLOSING_ROLE + 1)):
        word, previous = toks[i][2].casefold(), toks[i - 1][2].casefold()
        if word in rules.determiners and word not in rules.connectors and previous not in rules.connectors:
            return i
    # la filial chilena de la empresa: a role never ends on its preposition or article; the noun they lead is in it
    n = min(_ROLE_WORDS, len(toks))
    while n < len(toks) and toks[n - 1][2].casefold() in rules.connectors | rules.determiners:
        n += 1
    return n


_ROLE_WORDS = 4


def _before_relative(text: str, toks: list, segs: list[tuple[int, int]], rules: LanguageRules) -> bool:
    """según la agencia federal de seguridad alimentaria, que atribuye …: a relative clause after the comma describes
    the whole noun phrase before it, so a role of five words after its article is all speaker."""
    if len(segs) < 2 or len(_strip_determiner(text, toks, rules)) > 5:
        return False
    following = _tokens(text, *segs[1])
    return bool(following) and following[0][2].casefold() in rules.relatives


def _titled_name(text: str, seg: tuple[int, int], rules: LanguageRules) -> bool:
    """A short piece that is a title or a noun for a person, then a full name and nothing else (el doctor Tadeo
    Arrizabal; o pediatra Tadeo Arrizabal)."""
    toks = _strip_determiner(text, _tokens(text, *seg), rules)
    if not 3 <= len(toks) <= 5:
        return False
    head = toks[0][2]
    return ((is_title(head, rules) or head.casefold() in rules.source_nouns)
            and all(_capitalised(t) or t.casefold() in rules.connectors for _, _, t in toks[1:])
            and _capitalised(toks[1][2]) and _capitalised(toks[-1][2]))


def speaker_after_cue(text: str, start: int, end: int, rules: LanguageRules,
                      closes: bool = False, direct: bool = False) -> SpeakerPhrase | None:
    """The speaker written after its cue (…», a déclaré la gouverneure Katarina Velesova, …): up to the end of the
    first capitalised-name run, or an appositive name after a comma (dijo el jefe del condado, Seo Min-jae).
    ``direct``: the cue is a preposition, whose object follows it at once (Laut dem Flughafenbetreiber: no
    circumstance stands between them, whatever its first word could open elsewhere)."""
    segs = _segments(text, start, end)
    for k, (a, b) in enumerate(segs[:2]):
        toks = _tokens(text, a, b)
        if k == 0 and not direct:
            toks = _before_addressee(_after_circumstance(toks, rules), rules)
        # relató un vecino que prefirió no dar su nombre: the relative clause describes the speaker, it is not him
        relative = next((i for i, (_, _, t) in enumerate(toks) if i and t.casefold() in rules.relatives), None)
        toks = toks[:relative] if relative is not None else toks
        if not toks:
            continue
        if k == 0 and toks[0][2].casefold() in rules.pronouns:  # sagte er am Abend: the pronoun alone
            return _phrase(text, toks[:1], rules)
        head = _strip_determiner(text, toks, rules) if k == 0 else []
        if head and _epithet(head[0][2], rules) and (len(head) == 1 or not _capitalised(head[1][2])):
            return _phrase(text, head[:1], rules)  # erzählte der 34-Jährige am Telefon: the epithet alone
        cased = any(_cased(t) for _, _, t in toks)
        if not cased:
            return _phrase(text, toks[:_MAX_PREFIX], rules)
        first_cap = next((i for i, (_, _, t) in enumerate(toks) if _capitalised(t)), None)
        if first_cap is None or first_cap > _MAX_PREFIX:
            if k == 0 and len(segs) > 1:
                nxt = _tokens(text, *segs[1])
                # …, il parroco, don Luigi Sala: a name, or a name after its honorific
                if nxt and (_capitalised(nxt[0][2]) or is_title(nxt[0][2], rules)) and len(nxt) <= 5:
                    continue
                if _titled_name(text, segs[1], rules):
                    continue  # advirtió su presidente, el doctor Tadeo Arrizabal: the appositive names the role
            # a role without a name, whole when it fills its clause (o presidente da câmara eleito, visivelmente …)
            # (with ``closes``, the speaker ends the sentence, so a longer role is still all speaker)
            if closes and len(segs) == 1:  # … na manhã de domingo: a circumstance after the role is no part of it
                toks = toks[:next((i for i in range(1, len(toks)) if toks[i][2].casefold() in rules.adverbial_openers),
                                  len(toks))]
            toks = _document_author(toks, rules) or _before_agent(toks, rules)
            whole = (len(toks) <= 5 or (closes and len(segs) == 1 and len(toks) <= _MAX_CLOSING_ROLE)
                     or _before_relative(text, toks, segs, rules))
            return _phrase(text, toks if whole else toks[:_role_end(toks, rules)], rules) if k == 0 else None
        if k == 1:  # dijo el jefe del condado, Seo Min-jae: the first piece describes the name
            phrase = _phrase(text, toks[first_cap:first_cap + 5], rules)
            role = _strip_determiner(text, _tokens(text, *segs[0]), rules)
            if phrase is not None and phrase.description is None and role:
                phrase = SpeakerPhrase(phrase.start, phrase.end, phrase.name, text[role[0][0]:role[-1][1]])
            return phrase
        if k == 0 and len(segs) > 1 and (_name_words(toks, first_cap, rules) < 2
                                         or _place_of_title(toks, first_cap, rules)
                                         or _title_of_body(toks, first_cap, rules)):
            nxt = _tokens(text, *segs[1])
            if 2 <= len(nxt) <= 4 and all(_capitalised(t) or t.casefold() in rules.connectors for _, _, t in nxt):
                continue
        i = first_cap
        # la comandante della Guardia costiera Lucia Ferrandi: the name, not the body the title heads (only a body:
        # in Laut Feuerwehr bestand zu keinem Zeitpunkt Gefahr the capitals after the verb are nouns)
        later = _later_full_name(toks, first_cap, rules) if _place_of_title(toks, first_cap, rules) else None
        if later is not None:
            i = later
        while i + 1 < len(toks):
            t = toks[i + 1][2]
            # Virgen de la Peña, Corpo de Bombeiros: connectors, one or two, then a capitalised word go on the name
            links = next((n for n in (1, 2) if i + n + 1 < len(toks) and _capitalised(toks[i + n + 1][2])
                          and all(toks[i + j][2].casefold() in rules.connectors for j in range(1, n + 1))), 0)
            if _capitalised(t):
                i += 1
            elif links:
                i += links + 1
            else:
                break
        # eines Sprechers der Polizei: a title, then the body it speaks for, in the genitive
        if (is_title(toks[i][2], rules) and i + 2 < len(toks) and toks[i + 1][2].casefold() in rules.determiners
                and _capitalised(toks[i + 2][2])):
            i += 2
            while i + 1 < len(toks) and _capitalised(toks[i + 1][2]):
                i += 1
        # an institution named with lower-case words at its end (secondo la Protezione civile regionale)
        while i + 1 < len(toks) and toks[i + 1][2].casefold() in rules.name_tails:
            i += 1
        return _phrase(text, toks[:i + 1], rules)
    return None


def _before_affiliation(toks: list, rules: LanguageRules) -> list:
    """Die Bauingenieurin Giada Rinaldelli von der Technischen Hochschule Castrovalle: a title or a noun for a person,
    a full name (two capitalised words), then the body it belongs to attached by a preposition: the speaker ends at
    the name (a body's own name, El Ministerio de Exteriores de X, has no title before it)."""
    names, titled = 0, False
    for i, (_, _, t) in enumerate(toks):
        low = t.casefold()
        if is_title(t, rules) or low in rules.source_nouns:
            titled, names = True, 0
        elif _capitalised(t) and low not in rules.determiners:
            names += 1
        elif titled and names >= 2 and any(" ".join(x[2] for x in toks[i:i + len(p.split())]).casefold() == p
                                           and _body_words(toks[i + len(p.split()):]) >= (2 if p in rules.connectors
                                                                                          else 1)
                                           for p in rules.affiliation_links):
            # (never da Silva, dos Santos, von der Leyen: after a link that also joins names, a one-word surname;
            # a hyphenated compound is a body's name, Gaon-Universität)
            return toks[:i]
        elif low not in rules.determiners:
            names = 0
    return toks


def after_sentence_adverbs(text: str, start: int, end: int, rules: LanguageRules) -> int:
    """Where the subject starts once the adverbs opening the clause are passed (Además, advirtió …; Puis il a …)."""
    moved = True
    while moved:
        moved = False
        at = start + len(text[start:end]) - len(text[start:end].lstrip(" ,"))
        for adverb in rules.sentence_adverbs:
            m = re.compile(phrase_pattern(adverb), re.IGNORECASE).match(text, at, end)
            if m is not None:
                start, moved = m.end(), True
                break
    return start


def _body_words(toks: list) -> int:
    """Capitalised words, each part of a hyphenated compound counted (Gaon-Universität: two)."""
    return sum(sum(part[:1].isupper() for part in t.split("-")) for _, _, t in toks)


def speaker_before_cue(text: str, start: int, end: int, rules: LanguageRules) -> SpeakerPhrase | None:
    """The subject written before its cue (El jefe de rescate, Marek Holub, afirmó …): the comma-separated piece
    that holds a full name, else the whole first piece."""
    start = after_sentence_adverbs(text, start, end, rules)
    if end - start > 250:  # no speaker phrase is this long; and tokenising a run-on text per cue is quadratic
        return None
    segs = [s for s in _segments(text, start, end) if _tokens(text, *s)]
    if not segs:
        return None
    # El alcalde, Jorge Salinas, que visitó la zona, aseguró …: a relative clause after the name describes it and runs
    # to the verb; the subject is the pieces before it
    rel_seg = next((k for k in range(1, len(segs)) if _tokens(text, *segs[k])[0][2].casefold() in rules.relatives),
                   None)
    if rel_seg is not None:
        segs = segs[:rel_seg]
    if len(_tokens(text, start, segs[-1][1])) > 12:
        # Rui Mota, diretor técnico da X, a empresa que gere …, garante …: a long subject is still a name and its
        # appositives when its first piece is a name alone
        first = _strip_determiner(text, _tokens(text, *segs[0]), rules)
        if len(segs) < 2 or _name_run_at_end(first, rules) != 0:
            return None
    # a piece that is only a name (the appositive of El portavoz del Ministerio de Defensa de Velmark, Mattis
    # Ekholm, …) wins over a description that merely ends in a capitalised organisation or place
    closing = whole = None
    for k, seg in enumerate(segs):
        raw = _tokens(text, *seg)
        if k and raw and raw[0][2].casefold() in rules.affiliation_links:
            continue  # A geóloga Lucía Paredes, do Instituto Andino de Geodinâmica, …: the body she belongs to
        # die Lehrerin Moon Hae-rin aus Busan: the body or place the person is from closes no name run
        toks = _before_affiliation(_strip_determiner(text, raw, rules), rules)
        at = _name_run_at_end(toks, rules)
        if at is not None:
            closing = closing or seg
            # Der Sprecher des Landratsamts, Michael Weber, …: a title heading a body is no name of its own
            if at == 0 and not _title_of_body(toks, 0, rules):
                whole = seg
                break
    chosen = whole or closing or segs[0]
    toks = _without_glosses(text, _tokens(text, *chosen))
    # Un funcionario que pidió no ser identificado advirtió …: a relative clause closes the subject it describes
    rel = next((k for k in range(1, len(toks)) if toks[k][2].casefold() in rules.relatives), None)
    if rel is not None:
        toks = toks[:rel]
    toks = _before_affiliation(_document_author(toks, rules) or _before_agent(toks, rules), rules)
    if len(toks) > 8:
        return None
    phrase = _phrase(text, toks, rules)
    if phrase is not None and chosen != segs[0] and phrase.description is None:
        # El alcalde, Pablo Ruiz, …: the first piece describes the name
        role = _strip_determiner(text, _tokens(text, *segs[0]), rules)
        if role and len(role) <= 6:
            phrase = SpeakerPhrase(phrase.start, phrase.end, phrase.name, text[role[0][0]:role[-1][1]])
    return phrase


def strip_particle(text: str, start: int, end: int, rules: LanguageRules) -> int:
    """End of a subject without its topic/subject particle (주지사는 → 주지사)."""
    for particle in sorted(rules.speaker_particles, key=len, reverse=True):
        if text.endswith(particle, start, end) and end - len(particle) > start:
            return end - len(particle)
    return end
