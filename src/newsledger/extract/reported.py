"""Reported speech from the dependency parse: a cue verb (or 'according to') with its speaker and content.

The rules read like grammar: `X said (that) C` (nsubj + ccomp; the `that` stays, as PolNeAR marks it), `C, X said`
and `C, X said, D` (a parataxis frames the rest of its sentence), `X urged Y to C` (the addressee goes with an
infinitive), `X accused Y of C` / `X called Y "Z"` (object and its complement), `assessments which say C`
(relative clause: the speaker is the head noun, `which` another mention), `according to X, C` (the rest of the
sentence), `As X put it, C` / `C, as X noted` (an 'as' clause frames its clause), `X said in a statement that C` (a
that-clause the parser hung on the medium or the audience). One cue before clauses joined by a repeated 'that'
(`said A, and that B`) reports two claims, as does `A, he said, and B`. Participles and conjoined cues share their
clause's speaker (`responded by saying C`, `issued a statement saying C`). Belief verbs attribute clauses only (clause_only.txt). Asides at a content's end (`, which
...`, `, adding D`) are cut off. Cues inside quotation marks are skipped: they belong to the quoted speaker's
words, not to the article's attribution.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.doc_cache import doc_text, tokens_starting_in
from newsledger.extract.lexicon import table, words
from newsledger.extract.quotes import QuoteSpans, opens_clause, quote_spans

# Speech verbs whose object is the addressee or a thing, not what was said ("told reporters", "said it").
_SPEECH_ONLY = frozenset({"told", "tell", "tells", "telling", "said", "say", "says", "saying", "added", "asked",
                          "ask", "asks", "continued", "called", "calls", "call", "calling"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
# Prepositions that carry the rest of a claim about an object ("accused X of C", "described X as C").
_OBJECT_PREPS = frozenset({"of", "for", "as"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Nouns whose 'for'/'on' object names the origin of a relayed claim ("vouched for South Korean figures").
RELAY_PREPS = frozenset({"for", "on", "from", "citing"})


@dataclass
class Candidate:
    content: tuple[int, int]
    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    speaker_token: int | None  # token index of the speaker's head word
    relay: tuple[int, int] | None = None  # char span naming the relayed origin
    alias: tuple[int, int] | None = None  # another mention of the speaker in the frame ('who' in "X, who said")


def _span(tokens) -> tuple[int, int]:
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].lower_ in {"and", "but"} and toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text not in "”\"" or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    if not toks:
        return (0, 0)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def speaker_span(head) -> tuple[int, int]:
    """The subject's phrase up to the first comma after its head (appositive clauses stay out)."""
    # a line break before the subject parses as part of it (' He said'): whitespace is never part of a name
    toks = [t for t in head.subtree if not t.is_space]
    # (a quote's closing mark the parser hung on the name after it, '," Kim Hye-rin told', is no part of the name)
    while len(toks) > 1 and toks[0].is_punct and toks[0].i < head.i:
        toks = toks[1:]
    appos = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.ent_type_ in {"PERSON", "ORG"}]
    if appos:
        # "Her husband, Tomas Berg, said": the name in apposition is the speaker's name
        last = appos[0].right_edge
        return toks[0].idx, last.idx + len(last)
    kept = [t for t in toks if t.i <= head.i]
    # 'a baggage handler who did not want to be named said': a relative clause starts at its first word
    clauses = {c.left_edge.i for c in head.children if c.dep_ in {"relcl", "acl"} and c.i > head.i}
    for t in toks:
        if t.i > head.i:
            # "Kirby in his briefing said": where or when is not who (but "the mayor of Paris" is)
            if t.text in {",", "(", "—", "–"} or t.dep_ in {"relcl", "acl"} or t.i in clauses or (
                    t.dep_ == "prep" and t.head.i == head.i and t.lower_ != "of" and not _affiliation(t)):
                break
            kept.append(t)
    return kept[0].idx, kept[-1].idx + len(kept[-1])


def _affiliation(prep) -> bool:
    """'an official with the Animal Protection Service', 'a spokesperson for Orsk Ltd': who the speaker works for
    is part of who they are (unlike 'Kirby in his briefing')."""
    if prep.lower_ == "for" and prep.head.pos_ == "PROPN":
        # 'the Federal Office for Appliance Safety': a capitalised 'for' phrase goes on with the body's name
        rest = [t for t in prep.subtree if t.i > prep.i and t.is_alpha]
        return bool(rest) and all(t.text[:1].isupper() for t in rest)
    return prep.lower_ in {"with", "for", "at"} and prep.head.pos_ == "NOUN" and any(
        t.ent_type_ in {"ORG", "GPE", "NORP"} for t in prep.subtree)


@lru_cache(maxsize=1)
def _prep_cues() -> dict[str, frozenset[str]]:
    return {row[0].lower(): frozenset(row[1].split()) for row in table("cue_preps.tsv") if len(row) == 2}


def _in_quotes(pos: int, quotes: QuoteSpans) -> bool:
    return quotes.containing(pos) is not None


def _relay(cue) -> tuple[int, int] | None:
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in RELAY_PREPS:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and any(t.ent_type_ in {"NORP", "ORG", "GPE"} or _agent_noun(t) for t in objs[0].subtree):
                return _origin_name(objs[0])
    return None


# participles that name where a claim comes from ('citing a navy officer', 'quoting the ministry')
_RELAY_VERBS = frozenset({"citing", "quoting"})


def _citing(cue):
    """('citing' token, its object) in the cue's clause or in the clause it reports: 'X, citing Y, reported C',
    'X said, citing Y, that C'."""
    heads = [cue] + [c for c in cue.children if c.dep_ in {"ccomp", "xcomp"}]
    for head in heads:
        for c in head.children:
            if c.lower_ in _RELAY_VERBS and c.dep_ in {"advcl", "acl", "xcomp", "conj"}:
                obj = _cited_source(c)
                if obj is not None:
                    return c, obj
    return None


def _cited_source(citing):
    """The object of 'citing' when it names who a claim comes from (a name, an agent or role noun, or what such a
    one produced: 'the BCI's briefing'), else None ('citing a threat to public health' gives a reason)."""
    obj = next((g for g in citing.children if g.dep_ == "dobj"), None)
    if obj is None:
        return None
    people = words("roles.txt") | {row[0] for row in table("description_nouns.tsv") if len(row) == 2}
    if obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or obj.lower_ in people or _agent_noun(obj):
        return obj
    if obj.lower_ in words("data_nouns.txt") and any(
            t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or _agent_noun(t) for t in obj.subtree if t.i < obj.i):
        return obj
    return None


def _agent_noun(tok) -> bool:
    """A common noun that names an institution able to make claims ("intelligence", "ministry", "police")."""
    return tok.pos_ == "NOUN" and any(row[0] == tok.lower_ for row in table("source_kinds.tsv") if row)


def _origin_name(head) -> tuple[int, int]:
    """Who a relayed claim comes from, not the claim's wrapping: "recent South Korean intelligence figures" names
    South Korean intelligence, "the ministry's casualty figures" the ministry."""
    if head.lower_ not in words("data_nouns.txt"):
        return _span(t for t in head.subtree if t.i <= head.i)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _span(t for t in owner.subtree if t.lower_ not in {"'s", "’s"})
    named = [t for t in head.subtree if t.i < head.i and (t.ent_type_ in {"NORP", "ORG", "GPE"} or _agent_noun(t))]
    if not named:
        return _span(t for t in head.subtree if t.i <= head.i)
    return named[0].idx, named[-1].idx + len(named[-1])


# prepositions that say only when something was said, never what ('called it "a disgrace" during a rally'); 'on' and
# 'at' are left alone: they as often belong to the words ('"turning its back" on workers')
_SETTING_PREPS = frozenset({"during", "amid"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                       "yesterday", "tonight"})


def _drop_setting_after_name(toks: list, quotes) -> list:
    """'blasted the senator as a "disgrace" Wednesday on a radio show': after a quoted name or description, a day or
    a 'during' phrase hung on the quoted words is the setting of the telling; the content ends with the quote."""
    toks = sorted(set(toks), key=lambda t: t.i)
    quoted = [t for t in toks if _in_quotes(t.idx, quotes)]
    if not quoted:
        return toks
    last = quoted[-1]
    inside = {t.i for t in quoted}
    for t in toks:
        if t.i <= last.i or t.is_punct:
            continue
        setting = t.head.i in inside and (
            (t.dep_ == "prep" and t.lower_ in _SETTING_PREPS)
            or (t.dep_ in {"appos", "npadvmod"} and (t.lower_ in _WEEKDAYS or t.ent_type_ in {"DATE", "TIME"})))
        return [x for x in toks if x.i < t.i] if setting else toks
    return toks


def _clause_after_medium(cue):
    """'said in a statement that C' / 'told customers at a diner that C': the parser often hangs the that-clause on
    the nearest noun after the verb (the medium, the audience, the place) as if it described it; a clause opened by
    'that' as a conjunction (it has a subject of its own, so 'that' is no relative pronoun: not 'a letter that was
    leaked') is what was said."""
    nouns = []
    frontier = [c for c in cue.children if c.i > cue.i and c.dep_ in _MEDIUM_DEPS]
    while frontier:
        tok = frontier.pop()
        if tok.i - cue.i > 15:
            continue
        nouns.append(tok)
        frontier += [c for c in tok.children if c.dep_ in _MEDIUM_DEPS]
    for noun in sorted(nouns, key=lambda t: t.i):
        for clause in noun.children:
            first = clause.left_edge
            if (clause.dep_ in {"acl", "relcl", "ccomp"} and clause.i > noun.i and first.lower_ == "that"
                    and first.dep_ == "mark" and any(c.dep_ in SUBJECT_DEPS for c in clause.children)):
                return clause
    return None


# how the medium, audience or setting of a telling hangs on its verb ('told customers at a diner in Ohio')
_MEDIUM_DEPS = frozenset({"prep", "pobj", "dobj", "dative", "appos", "npadvmod"})


def _active_after_passive(clause, conj) -> bool:
    """'said 131 sailings had been cancelled and put the number at 9,500': an active verb with an object cannot
    share the passive clause's subject, so it is the speaker's next act, not more of the content."""
    return any(c.dep_ == "auxpass" for c in clause.children) and any(c.dep_ == "dobj" for c in conj.children)


def _before_postposed_frame(cue, subj, comps: list) -> list:
    """'C, when D, police said': words the parser hung on the cue between the content and its frame lie inside the
    reported sentence, so they are what was said too."""
    if subj is None:
        return []
    frame = min(subj.left_edge.i, cue.i)
    end = max(c.right_edge.i for c in comps)
    return [t for c in cue.children if c.dep_ != "punct" and end < c.left_edge.i and c.right_edge.i < frame
            for t in c.subtree]


def _drop_time_clause(toks: list) -> list:
    """Words after an inserted frame that open with a time clause ('C, officials said, after D') are the writer's:
    the clause goes, and what follows it, if anything, stays."""
    first = next((t for t in toks if not t.is_punct), None)
    if first is None or first.lower_ not in words("frame_time_words.txt") or first.head.dep_ != "advcl":
        return toks
    clause = {t.i for t in first.head.subtree}
    return [t for t in toks if t.i not in clause]


def _drop_trailing_asides(toks: list) -> list:
    """The writer's aside after a comma at the content's end is not part of what was said: a non-restrictive
    relative clause (", which would cost $2 billion"), a participle clause (", adding C", ", referring to D") or
    an appositive comment (", a swipe at his rivals")."""
    toks = sorted(toks, key=lambda t: t.i)
    ids = {t.i for t in toks}
    last = max(ids, default=-1)
    for t in toks:
        aside = (t.dep_ in {"relcl", "advcl", "acl"} and t.left_edge.lower_ in {"which", "who"}) or (
            t.dep_ in {"advcl", "conj", "xcomp", "acl", "npadvmod", "ccomp"} and t.tag_ == "VBG") or (
            t.dep_ in {"appos", "npadvmod"} and t.left_edge.lower_ in {"a", "an"})
        before = t.left_edge.i - 1
        while before in ids and t.doc[before].text in {"”", '"', "''", "’"}:
            before -= 1  # '..., ” referring to': the comma sits inside the closing mark
        # '... "a disaster" and asking C': a second speech act joined by "and"; a verb the parser conjoined to a
        # noun ('him "a train wreck" and contrasted ...') is the speaker's next act, not more of the naming
        joined = t.dep_ == "conj" and before in ids and t.doc[before].dep_ == "cc" and (
            (t.tag_ == "VBG" and t.lower_ in words("cue_words.txt")) or (t.pos_ == "VERB" and t.head.pos_ in {
                "NOUN", "PROPN"} and not any(c.dep_ in SUBJECT_DEPS for c in t.children)))
        if not joined and (not aside or before not in ids or t.doc[before].text != ","):
            continue
        # the aside must run to the content's end; asked through the tree, not by rebuilding each subtree
        if t.i == last or t.is_ancestor(t.doc[last]):
            return [x for x in toks if x.i < (before if joined else t.left_edge.i)]
    return toks


def _content_of(cue, subj, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    comps = [c for c in cue.children if c.dep_ in CONTENT_DEPS]
    if comps:
        toks = [t for c in comps for t in c.subtree]
        # a second speech verb the parser hung on the content ("said C and called on Y") is not content
        stray = {t.i for c in comps for d in c.children if d.dep_ == "conj" and d.tag_ in {"VBD", "VBZ"}
                 and (d.lower_ in words("cue_words.txt") or c.i > cue.i and _active_after_passive(c, d))
                 and not any(x.dep_ in SUBJECT_DEPS for x in d.children) for t in d.subtree}
        if stray:
            toks = [t for t in toks if t.i not in stray and not (t.dep_ == "cc" and t.i + 1 in stray)]
        if any(c.i > cue.i for c in comps):
            # (a content before its frame, 'C, bringing the toll to nine, firefighters said', has no aside: the
            # frame closes what was said)
            toks = _drop_trailing_asides(toks)
        else:
            toks += _before_postposed_frame(cue, subj, comps)
        # "urged Y to C" / "called on Y to C": the addressee goes with an infinitive content, as annotators do
        # (but not with a that-clause: in "told reporters that C" the reporters are only the audience)
        if any(c.dep_ == "xcomp" for c in comps) and not any(c.dep_ == "ccomp" for c in comps):
            toks += [t for c in cue.children if c.dep_ == "dobj" and c.i > cue.i for t in c.subtree]
            toks += [t for c in cue.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > cue.i
                     for o in c.children if o.dep_ == "pobj" for t in o.subtree]
        return _span(toks)
    speech = cue.lower_ in words("cue_words.txt")
    clause = _clause_after_medium(cue) if speech else None
    if clause is not None:
        return _span(_drop_trailing_asides(list(clause.subtree)))
    # "X criticized C" / "X wants C": an object clause or noun phrase is the content of attitude verbs
    # "called it 'a disgrace'": the predicate (oprd) is what was said, whatever the verb; verbs of belief
    # attribute only a clause ("believes the plan works"), their noun objects are things, not claims
    if not speech:
        allowed: set[str] = set()
    elif cue.lower_ in _SPEECH_ONLY or cue.lower_ in words("clause_only.txt"):
        allowed = {"oprd"}
    else:
        allowed = {"dobj", "attr", "oprd"}
    objs = [c for c in cue.children if c.dep_ in allowed and c.i > cue.i]
    naming = cue.lower_ in words("naming_verbs.txt")
    if speech and not objs:
        # a quoted object of a speech verb is a quoted naming, not an addressee ('called protesters "thugs"')
        objs = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and any(
            _in_quotes(t.idx, quotes) for t in c.subtree)]
    named_as = None
    if naming and not objs:
        # 'who has called the cuts "painful but necessary"': the parser hung the quoted name elsewhere; a quote right
        # after the object is still what the object is called
        named_as = next(((c, q) for c in cue.children if c.dep_ == "dobj" and c.i > cue.i
                         for q in [_quote_right_after(c, quotes)] if q is not None), None)
        objs = [named_as[0]] if named_as else []
    if naming and named_as is None and objs and not any(o.dep_ == "oprd" for o in objs) and not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in cue.children) and not any(
            _in_quotes(t.idx, quotes) for o in objs for t in o.subtree):
        # 'passengers described long queues': a thing named with nothing it is called or described as is a topic,
        # no claim about it
        objs = []
    if naming and not objs and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > cue.i for c in cue.children):
        # "an explosion that the mayor described as 'an attack'": the relative pronoun is the one described
        objs = [c for c in cue.children if c.dep_ == "dobj" and c.i < cue.i and c.tag_ in {"WDT", "WP"}]
    if any(o.dep_ == "oprd" for o in objs):
        # "called the levy 'a tax'": what is named belongs with the name
        objs += [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if objs and subj is not None:
        # "accused X of C" / "praised X for C" / "described X as C": the charge belongs with its target
        objs += [c for c in cue.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS and c.i > max(
            o.i for o in objs)]
        toks = [t for c in objs for t in c.subtree]
        if naming:
            # "called President Obama an 'ignorant baboon'": the one named is part of the naming, however parsed
            first = min(t.i for t in toks)
            gap = cue.doc[cue.i + 1:first]
            if len(gap) <= 6 and not any(t.is_punct and not t.is_quote or t.pos_ in {"VERB", "AUX"} for t in gap):
                toks += list(gap)
            # "the levy, which she called 'a tax'": the relative pronoun stands for the one named
            toks += [c for c in cue.children if c.dep_ == "dobj" and c.i < cue.i and c.tag_ in {"WDT", "WP"}]
            if named_as is not None:
                toks += [t for t in cue.doc if named_as[1][0] <= t.idx < named_as[1][1]]
        return _span(_drop_setting_after_name(toks, quotes))
    # "X called for C" / "X talked about C": the prepositional object is the content
    preps = _prep_cues().get(cue.lower_)
    if preps and subj is not None:
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i > cue.i:
                objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                if objs:
                    return _span([t for c in objs for t in c.subtree])
    # ", X said." parsed as a clause hanging off the main verb: the content is the rest of the sentence
    # (a cue conjoined to another cue is a second statement, not the frame of the first: "called it X and said")
    # ("The plan, she said, is dead" and '"A," he said, "B."': an inserted parataxis frames both sides)
    postposed = cue.dep_ in {"parataxis", "advcl"} or (cue.dep_ == "conj" and cue.head.lower_ not in words(
        "cue_words.txt"))
    # a bare participle ("..., telling reporters") frames nothing: the clause it hangs on is the writer's
    bare = cue.tag_ == "VBG" and subj is not None and subj.head.i != cue.i
    # "As the mayor put it, C" / "C, as the report noted": an 'as' clause frames the clause it hangs on, before or after
    as_frame = cue.dep_ == "advcl" and _as_clause(cue)
    if postposed and (cue.head.i < cue.i or cue.dep_ == "parataxis" or as_frame) and subj is not None and not bare:
        own = {t.i for t in cue.subtree}
        toks = [t for t in cue.head.subtree if t.i not in own]
        if cue.i > cue.head.i:
            # 'C, bringing the toll to nine, firefighters said': before the frame everything is what was said; only
            # words after it can be the writer's aside
            after = _drop_time_clause(_drop_trailing_asides([t for t in toks if t.i > cue.i]))
            return _span([t for t in toks if t.i < cue.i] + after)
        return _span(_drop_trailing_asides(toks))
    return None


# verbs that frame a claim from an 'as' clause besides the verbs of saying ('as the study noted, C')
_AS_FRAME_VERBS = frozenset({"note", "notes", "noted", "observe", "observes", "observed", "explain", "explains",
                             "explained", "point", "points", "pointed", "mention", "mentions", "mentioned",
                             "recall", "recalls", "recalled", "predict", "predicts", "predicted", "show", "shows",
                             "showed", "found", "finds"})


def _quote_right_after(tok, quotes) -> tuple[int, int] | None:
    """The quote that opens right after the phrase `tok` heads (only spaces and quote marks between), if any."""
    end = tok.right_edge.idx + len(tok.right_edge)
    text = tok.doc.text
    for i in quotes.overlapping(end, end + 4):
        qs = quotes[i][0]
        if qs >= end and not text[end:qs].strip(" \t\xa0\"“'‘«„"):
            return quotes[i]
    return None


def _as_clause(cue) -> bool:
    """'as X said' / 'as X put it': a frame introduced by 'as' (not 'as he accepted the nomination': the cue must be a
    verb of saying, or 'put it')."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) and (
        cue.lower_ in words("saying_verbs.txt") or cue.lower_ in _AS_FRAME_VERBS or _put_it(cue))


def _put_it(tok) -> bool:
    """'as she put it': 'put' is a cue only in this idiom."""
    return tok.lower_ in {"put", "puts"} and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def find_reported(doc, quotes: list[tuple[int, int]]) -> list[Candidate]:
    cues = words("cue_words.txt")
    quotes = quote_spans(quotes)
    out: list[Candidate] = []
    for tok in doc:
        low = tok.lower_
        if (low not in cues and low not in _prep_cues() and not _put_it(tok)) or _in_quotes(tok.idx, quotes):
            continue
        if low in {"find", "finds", "found", "finding"} and any(c.dep_ == "dobj" for c in tok.children) and not any(
                c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
            continue  # 'deputies found three victims': finding people or things is no claim ('the study found C')
        if low in _RELAY_VERBS and tok.dep_ in {"advcl", "acl", "xcomp", "conj"} and _cited_source(tok) is not None:
            continue  # 'X, citing a navy officer, said C': the origin of X's claim, not a claim ('citing a threat
            # to public health' does give a reason)
        if low == "according":
            cand = _according(tok)
            if cand:
                out.append(cand)
            continue
        if tok.pos_ not in {"VERB", "AUX"} and tok.tag_ not in {"VBD", "VBZ", "VBP", "VBN", "VBG", "VB"}:
            continue
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        # '"... their chances paid off," Markstrom said': a second subject the parser found inside the quote is
        # part of the quoted words, not the speaker
        subj = next((c for c in subjects if not _in_quotes(c.idx, quotes)), subjects[0] if subjects else None)
        lead = _split_subject(tok, subjects, quotes)
        if lead is not None:
            subj = lead[1]
        misread = _clause_read_as_subject(tok)
        if misread is not None:
            subj = misread[1]
        if subj is not None and subj.dep_ == "nsubjpass":
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is None and low in words("passive_addressees.txt") and any(c.dep_ == "xcomp" for c in tok.children):
                continue  # 'residents were told to stay indoors': the one told is no speaker, and nobody is named
            subj = pobj
        alias = None
        if subj is not None and subj.lower_ in {"which", "that", "who"} and tok.dep_ == "relcl":
            alias = (subj.idx, subj.idx + len(subj))
            subj = tok.head
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "ROOT" and tok.head.i < tok.i:
            # 'The operator, RedeLuz, called the cuts "temporary"': a past tense is no reduced relative (that would
            # be a participle); the parser lost the main verb, and the noun it hung it on is the subject
            subj = tok.head
        if subj is None:
            subj = _inverted_object(tok, quotes)
        if subj is None:
            subj = _shared_subject(tok)
        content = _content_of(tok, subj, quotes) if misread is None else _span(list(misread[0].subtree))
        relay = _relay(tok)
        citing = _citing(tok)
        if relay is None and citing is not None:
            relay = _origin_name(citing[1])
            if content is not None and content[0] <= citing[0].idx < content[1]:
                # 'said, citing the BCI's briefing, that C': the citation is not part of what was said
                after = citing[0].right_edge.i + 1
                while after < len(doc) and (doc[after].is_punct or doc[after].is_space) and doc[after].idx < content[1]:
                    after += 1
                if after < len(doc) and doc[after].idx < content[1] and citing[0].left_edge.idx <= content[0]:
                    content = (doc[after].idx, content[1])
        if content is None and relay is not None:
            # "X vouched for Y's figures: C"
            colon = next((t for t in tok.sent if t.i > tok.i and t.text == ":"), None)
            if colon is not None and colon.i + 1 < tok.sent.end:
                content = _span(list(tok.sent)[colon.i + 1 - tok.sent.start:])
        if content is None:
            content = _quote_after_colon(tok, quotes)
        if content is None or content[1] - content[0] < 3:
            continue
        spk = speaker_span(subj) if subj is not None else _noun_before(tok)
        if subj is not None and tok.dep_ == "relcl" and subj.i == tok.head.i:
            spk = (subj.left_edge.idx, subj.idx + len(subj))
        if lead is not None and lead[0] is not None and spk is not None:
            spk = (lead[0].left_edge.idx, spk[1])
        for claim in coordinated_claims(doc, content, tok, quotes):
            out.append(Candidate(claim, (tok.idx, tok.idx + len(tok)), spk, subj.i if subj is not None else None,
                                 relay, alias))
    return out


def coordinated_claims(doc, content: tuple[int, int], cue, quotes: QuoteSpans) -> list[tuple[int, int]]:
    """One cue before clauses joined by 'and that' (`said A, and that B`) reports two claims, as the multilingual
    annotation protocol and the rule-read languages count them (`sagte, dass A und dass B`): a reader checks and
    aligns each on its own. The repeated subordinator is the evidence; 'said A and B' stays one claim, since there
    'and B' may be the writer's own addition as often as the speaker's. A postposed frame before a conjoined clause
    with its own subject (`A, he said, and B`) splits the same way."""
    toks = [t for t in tokens_starting_in(doc, *content) if not t.is_space]
    if not toks:
        return [content]
    ids = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), None)
    if root is None:
        return [content]
    if cue.dep_ == "parataxis" and cue.head.i == root.i:
        # 'A, he said, and B': the frame's own clause stops at the frame; the conjunct after it is a claim of its own
        # (quoted words around a frame, '"A," he said, and "B"', are one statement in parts: left to the merge)
        if len(quotes.overlapping(*content)):
            return [content]
        seconds = [c for c in root.children if c.dep_ == "conj" and c.i > cue.i and c.i in ids
                   and any(d.dep_ in SUBJECT_DEPS for d in c.children)]
    else:
        seconds = [c for c in root.children if c.dep_ == "conj" and c.i in ids and any(
            _subordinator(d) for d in c.children)]
    if not seconds:
        return [content]
    claims: list[tuple[int, int]] = []
    start = content[0]
    for conj in seconds:
        # the first claim ends before the joining ', and'; the next starts after its 'that'
        left = conj.left_edge.i
        while left - 1 in ids and (doc[left - 1].dep_ == "cc" or doc[left - 1].is_punct):
            left -= 1
        head_part = [t for t in toks if start <= t.idx and t.i < left]
        if cue.dep_ == "parataxis":
            head_part = [t for t in head_part if t.i < cue.left_edge.i]
        span = _span(head_part)
        if span[1] - span[0] >= 3:
            claims.append(span)
        mark = next((d for d in conj.children if _subordinator(d)), None)
        start = doc[mark.i + 1 if mark is not None else conj.left_edge.i].idx
    tail = _span([t for t in toks if t.idx >= start])
    if tail[1] - tail[0] >= 3:
        claims.append(tail)
    return claims or [content]


def _subordinator(tok) -> bool:
    """'that' opening a conjoined clause, not the determiner the parser sometimes takes for it ('and that location
    is ...': a bare singular noun after it is what 'that' points at)."""
    if tok.dep_ != "mark" or tok.lower_ != "that" or tok.i > tok.head.i:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # ('and that nobody had asked': a pronoun the tagger took for a noun is the clause's subject)
    return nxt is None or nxt.tag_ != "NN" or nxt.pos_ == "PRON"


_DASHES = frozenset({"-", "--", "—", "–", "―"})


def _split_subject(verb, subjects: list, quotes: QuoteSpans) -> tuple[object, object] | None:
    """Two subjects before one cue are one noun phrase the parser broke: `ORSKVILLE, Tx. - Orsk police say` (a
    dateline before a dash is where, not who) and `Orsk State Police Col. Ann Fenn says` / `Lodge No. 5 President
    Al Marsh said` (a name broken at an abbreviation's period). Returns the speaker's first word and the subject
    to resolve, or None when the subjects are no such pair."""
    before = [c for c in subjects if c.dep_ == "nsubj" and c.i < verb.i and not c.is_punct and not _in_quotes(
        c.idx, quotes)]
    doc = verb.doc
    if len(before) == 1:
        # 'DEKALB COUNTY, Ga. - DeKalb County police say': or the phrase after the dash hangs on the dateline as
        # its apposition, right before the verb
        dashes = [t for t in before[0].subtree if t.text in _DASHES and t.i > before[0].i]
        appos = [c for c in before[0].children if c.dep_ == "appos" and dashes and c.i > dashes[-1].i
                 and c.right_edge.i + 1 == verb.i]
        return (doc[dashes[-1].i + 1], appos[-1]) if appos else None
    if len(before) < 2:
        return None
    first, last = before[-2], before[-1]
    dashes = [t for t in doc[first.i + 1:last.i] if t.text in _DASHES]
    if dashes:
        start = doc[dashes[-1].i + 1]
        return (start, last) if start.i <= last.i else None
    gap = doc[first.right_edge.i + 1:last.left_edge.i]  # at most the period, which the parser may hang elsewhere
    if first.right_edge.i < last.left_edge.i and all(t.text == "." for t in gap) and doc_text(doc).startswith(
            ".", first.idx + len(first)):
        return first.left_edge, last
    return None


def _according(tok) -> Candidate | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None:
        return None
    own = {t.i for t in tok.subtree}
    sent = tok.sent
    # 'C, according to X, but D': a clause conjoined after the attribution is the writer's again
    own |= {t.i for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i and c.pos_ in {"VERB", "AUX"}
            and tok.head.i < tok.i and any(d.dep_ == "cc" and d.lower_ == "but" and tok.i < d.i < c.i
                                           for d in tok.head.children) for t in c.subtree}
    rest = [t for t in sent if t.i not in own]
    before = [t for t in rest if t.i < tok.i]
    after = [t for t in rest if t.i > tok.i]
    side = after if len(after) >= len(before) else before
    if _clause_before(tok, after):
        # 'C, according to X, well below D': a whole clause before the attribution is the claim; a phrase after it
        # that opens no clause of its own is the writer's comment on it
        side = before
    speaker = speaker_span(obj)
    doc = tok.doc
    for c in obj.children:
        next_i = c.right_edge.i + 1
        if c.dep_ == "conj" and next_i < len(doc) and doc[next_i].tag_ in {"VBP", "VBZ", "VBD", "MD"}:
            # 'according to the SMMT and sales have fallen': a verb right after the conjunct makes it the next
            # clause's subject, no second source
            cc = next((d for d in obj.children if d.dep_ == "cc" and d.i < c.i), None)
            stop = doc[(cc or c).i - 1]
            speaker = (speaker[0], min(speaker[1], stop.idx + len(stop)))
    name = _named_role(obj, side)
    if name is not None:
        # 'According to its coordinator, Ilse Brandt, C': the name set off after a role is the source's, not C's
        speaker = (speaker[0], name[-1].idx + len(name[-1]))
        side = [t for t in side if t.i > name[-1].i + 1]
    if len(side) < 3:
        return None
    return Candidate(_span(side), (tok.idx, to.idx + len(to)), speaker, obj.i)


def _named_role(obj, side: list) -> list | None:
    """The name right after a role noun, between commas, opening the words taken for the claim ('its coordinator,
    Ilse Brandt, more than 60 …'), when a clause with a subject of its own follows it."""
    doc = obj.doc
    k = obj.right_edge.i + 1
    words_ = [t for t in side if not t.is_punct]
    if obj.pos_ != "NOUN" or not words_ or k >= len(doc) or doc[k].text != "," or words_[0].i != k + 1:
        return None
    name = []
    j = k + 1
    while j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].text == "-" and name):
        name.append(doc[j])
        j += 1
    if len(name) < 2 or j >= len(doc) or doc[j].text != ",":
        return None
    rest = [t for t in side if t.i > j]
    clause = any(t.dep_ in SUBJECT_DEPS and t.head in rest for t in rest)
    return name if clause and not any(t.head.i in {n.i for n in name} and t.i > j for t in rest) else None


def _clause_before(tok, after: list) -> bool:
    """Whether 'according to' follows a whole clause (its verb and subject before it) and the words after it hang
    on that verb without a clause of their own."""
    head = tok.head
    if head.i > tok.i or head.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ in SUBJECT_DEPS and c.i < tok.i for c in head.children):
        return False
    # (a conjunct with no 'and'/'but' before it is the parser's guess, as in 'well below the 95% experts consider')
    joined = any(c.dep_ == "cc" and c.i > tok.i for c in head.children)
    return bool(after) and not any(t.head.i == head.i and (t.dep_ in {"ccomp", "advcl", "xcomp", "parataxis"} or (
        t.dep_ == "conj" and joined)) for t in after)


_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                         "yesterday"})


def _noun_before(cue) -> tuple[int, int] | None:
    """The parser sometimes loses the subject ('On Friday Kiev forces claimed'): take the noun run before the cue."""
    doc = cue.doc
    i = cue.i - 1
    run = []
    while i >= cue.sent.start and doc[i].pos_ in {"NOUN", "PROPN", "ADJ"} and doc[i].lower_ not in _TIME_WORDS:
        run.append(doc[i])
        i -= 1
    if not run or run[0].pos_ == "ADJ":
        return None
    return run[-1].idx, run[0].idx + len(run[0])


def _outer_cue(tok):
    """The speech verb whose clausal complement holds `tok` ("said [the council should pay]")."""
    while tok.dep_ in {"conj", "ccomp"} and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.head.lower_ in words("cue_words.txt"):
            return tok.head
        tok = tok.head
    return None


def _inverted_object(verb, quotes: QuoteSpans):
    """'"You're talking about one genre," points out the resident': after a quote, the parser may read the speaker of
    an inverted frame as the object of the particle verb; an object after a verb whose complement is the quote
    before it is the speaker."""
    if not any(c.dep_ == "ccomp" and c.i < verb.i and _in_quotes(c.idx, quotes) for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


_CLOSING_MARKS = frozenset({'"', "”", "''", "»"})  # not ’: it is the apostrophe too


def _clause_read_as_subject(verb):
    """'Ondara packed gusts of 210 km/h, the agency said': the parser may read the reported clause before a comma as
    a second subject of the cue (or an unlabelled dependent). Two such before the cue with a comma between them,
    the second a subject right before it: the first is the content's head, the second the speaker. Returns (content
    head, speaker) or None."""
    before = [c for c in verb.children if c.dep_ in {"nsubj", "dep"} and c.i < verb.i]
    if len(before) != 2 or before[1].dep_ != "nsubj" or any(c.dep_ in CONTENT_DEPS for c in verb.children):
        return None
    first, last = before
    gap = verb.doc[first.right_edge.i + 1:last.left_edge.i]
    if first.right_edge.i >= last.left_edge.i or not any(t.text == "," for t in gap) or last.right_edge.i + 1 != verb.i:
        return None
    # a clause, not a fronted noun phrase: it has words enough and a verb the parser mistook ('packed' as an adjective)
    clause = list(first.subtree)
    if len(clause) < 5 or not any(t.tag_ in {"VBD", "VBZ", "VBP", "VBN"} for t in clause) or clause[-1].pos_ == "ADP":
        return None
    return first, last


def _frame_subject(verb, deps=frozenset({"nsubj"})):
    """The verb's subject in the writer's frame: the parser sometimes gives a verb a second subject inside the
    quote before it ('"It does say that," Kim confirmed'); one with no closing quote mark between it and the verb
    wins."""
    misread = _clause_read_as_subject(verb)
    if misread is not None:
        return misread[1]
    subjects = [c for c in verb.children if c.dep_ in deps]
    framed = [c for c in subjects if c.i > verb.i or not any(
        t.is_punct and t.text in _CLOSING_MARKS for t in verb.doc[c.i + 1:verb.i])]
    return (framed or subjects or [None])[0]


def _shared_subject(cue):
    """'X said C, adding that D' / 'X admitted A but said B' / 'X responded by saying C' / 'X issued a statement
    saying C': a participle or conjoined cue shares X."""
    tok = cue
    for _ in range(4):
        if tok.dep_ not in {"advcl", "xcomp", "conj", "pcomp", "prep", "acl"} or tok.head.i == tok.i:
            return None
        # a conjoined verb shares the subject of a main clause or of another cue ("admitted A but said B"), not of
        # the reported clause it is conjoined to ("said the council should pay and called on ...")
        if tok.dep_ == "conj" and tok.head.lower_ not in words("cue_words.txt") and tok.head.dep_ != "ROOT":
            # ... unless the parser hung a second speech verb on the first one's content ("said the council
            # should pay and called on ..."): then it shares the first verb's subject
            outer = _outer_cue(tok)
            if tok.tag_ not in {"VBD", "VBZ"} or outer is None:
                return None
            tok = outer
            subj = _frame_subject(tok)
            return subj if subj is not None else _shared_subject(tok)
        # (unless the clause is itself a speech verb with its subject: '"It does say that," Kim confirmed, adding
        # C', which the parser hangs under the quote's 'say')
        if (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "ccomp" and _outer_cue(tok.head) is not None
                and not (tok.head.lower_ in words("cue_words.txt") and _frame_subject(tok.head) is not None)):
            # 'insisted that he had won, claiming C': the participle goes with the speech verb, not the clause
            outer = _outer_cue(tok.head)
            subj = _frame_subject(outer)
            return subj if subj is not None else _shared_subject(outer)
        if tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.head.children):
            return None  # "urged voters to reject it": the voters would reject, not the speaker
        if tok.dep_ == "acl":
            # the statement's issuer, not the statement: only through an object noun ("issued a statement saying")
            if tok.head.dep_ != "dobj":
                return None
            tok = tok.head
        tok = tok.head
        subj = _frame_subject(tok, {"nsubj", "nsubjpass"})
        if subj is not None:
            # 'He was quoted as saying C': the one quoted is the speaker; other passives ('was urged to say') not
            if subj.dep_ == "nsubjpass" and tok.lower_ not in words("passive_speech.txt"):
                return None
            return subj
    return None


def _quote_after_colon(cue, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quote a cue introduces with a colon or comma: 'He said:' closing a paragraph with the quote opening the
    next one (paragraphs are parsed apart), or 'telling reporters, "C"' where the parse lost the quote."""
    text = doc_text(cue.doc)
    end = cue.idx + len(cue)
    for q in quotes:
        if q[0] > end:
            gap = text[end:q[0]].rstrip(" \n\t\xa0\"“«„'")
            if gap.endswith(":") and not gap[:-1].strip():
                return q
            # a short addressee or setting between cue and colon/comma ("told CNN:", "said in a statement,")
            inline = "\n" not in gap and len(gap.split()) <= 5 and not any(ch in gap[:-1] for ch in ".;:?!\"“”")
            return q if gap[-1:] in {":", ","} and inline else None
    return None


# A quote's own frame: its verb within this many tokens of the closing mark, or within the longer reach when all
# that stands between is the subject with an appositive.
_FRAME_WORDS = 8
_FRAME_REACH = 20


def framed_quote(doc, q: tuple[int, int]) -> Candidate | None:
    """A quote followed by its own short frame ('"Denver," he answered.' / '"No," said Mr. Cruz.'), however short
    the quote: the frame is a cue verb whose subject sits right beside it, before the sentence goes on."""
    text = doc_text(doc)
    span = doc.char_span(q[1], min(len(text), q[1] + 120), alignment_mode="expand")
    if span is None or not opens_clause(text, q[0]):
        return None
    cues = words("cue_words.txt")
    for k, tok in enumerate(list(span)[:_FRAME_REACH]):
        if tok.text in {".", "\n", ";"} or "\n" in tok.text:
            return None
        if tok.lower_ in cues and tok.pos_ in {"VERB", "AUX"}:
            # a second subject the parser found inside the quote is part of the quoted words
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            subj = next((c for c in subjects if c.idx >= q[1]), subjects[0] if subjects else None)
            between = text[q[1]:tok.idx]
            if subj is None or any(ch.isalnum() for ch in text[q[1]:min(tok.idx, subj.left_edge.idx)]):
                return None
            if k >= _FRAME_WORDS and (subj.i > tok.i or any(
                    ch.isalnum() for ch in text[subj.right_edge.idx + len(subj.right_edge):tok.idx])):
                # past a short frame only a subject set off with its appositive reaches the verb ('"A," their
                # guide, Ryu Da-eun, told reporters')
                return None
            if not any(ch in between for ch in ",?!—") and text[q[1] - 1] not in ",?!—":
                return None
            return Candidate(q, (tok.idx, tok.idx + len(tok)), speaker_span(subj), subj.i)
    return None


_COPULAS = frozenset({"be", "is", "was", "are", "were", "been", "being", "am", "'s", "’s", "'re", "’re", "'m", "’m"})
_CLAUSE_RIGHT = frozenset({"dobj", "prep", "ccomp", "xcomp", "attr", "oprd", "dative", "acomp", "advcl", "npadvmod"})


def quoted_words_frame(doc, q: tuple[int, int]) -> Candidate | None:
    """Someone's quoted words inside a writer's sentence with no speech verb ('Trump talked up her "50-state
    strategy"'): the verb governing the quote and its subject frame it, the content runs from the verb's first
    complement to the quote. Titles in title case ("Saturday Night Live") are names, not words anyone said."""
    span = doc.char_span(q[0], q[1], alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return None
    words_ = [w for w in doc_text(doc)[q[0]:q[1]].split() if any(ch.isalpha() for ch in w)]
    if not words_ or all(w[:1].isupper() for w in words_):
        return None
    inside = {t.i for t in span}
    if len(words_) > 1 and span.root.dep_ in {"compound", "amod", "nmod"} and span.root.head.i not in inside:
        return None  # 'pushed the "gun violence" narrative': quoted words naming a kind of thing, a label
    verb = span.root.head
    for _ in range(5):
        if verb.i in inside:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.pos_ in {"VERB", "AUX"} and subj is not None and subj.i < verb.i < span.start:
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    if subj.lower_ in {"it", "there", "this", "that", "which", "what", "what's", "what’s"} or subj.pos_ == "DET":
        return None
    if verb.lower_ in _COPULAS:
        return None  # 'The delay was a "mistake"': the writer describing, no one's act of speech
    right = sorted((c for c in verb.children if c.dep_ in _CLAUSE_RIGHT and c.i > verb.i), key=lambda c: c.i)
    toks = []
    for child in right:
        toks += list(child.subtree)
        if any(t.i in inside for t in child.subtree):
            break
    else:
        return None
    toks = _drop_trailing_asides(toks)
    if not toks or max(t.idx + len(t) for t in toks) < q[1] - 1:
        return None
    return Candidate(_span(toks), (verb.idx, verb.idx + len(verb)), speaker_span(subj), subj.i)
