"""Reported speech from the dependency parse: a cue verb (or 'according to') with its speaker and content.

The rules read like grammar: `X said (that) C` (nsubj + ccomp), `C, X said` (same tree, content before the cue),
`X called on Y to C` (xcomp/prep), `assessments which say C` (relative clause: the speaker is the head noun),
`according to X, C` (the rest of the sentence). Cues inside quotation marks are skipped: they belong to the
quoted speaker's words, not to the article's attribution.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.lexicon import table, words

# Speech verbs whose object is the addressee or a thing, not what was said ("told reporters", "said it").
_SPEECH_ONLY = frozenset({"told", "tell", "tells", "telling", "said", "say", "says", "saying", "added", "asked",
                          "ask", "asks", "continued", "called", "calls", "call", "calling"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
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


def _span(tokens) -> tuple[int, int]:
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].lower_ in {"that", "and", "but"} and toks[0].dep_ in {"mark", "cc"}):
        toks = toks[1:]
    while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text not in "”\""):
        toks = toks[:-1]
    if not toks:
        return (0, 0)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def speaker_span(head) -> tuple[int, int]:
    """The subject's phrase up to the first comma after its head (appositive clauses stay out)."""
    toks = list(head.subtree)
    appos = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.ent_type_ in {"PERSON", "ORG"}]
    if appos:
        # "Her husband, Tomas Berg, said": the name in apposition is the speaker's name
        last = appos[0].right_edge
        return head.left_edge.idx, last.idx + len(last)
    kept = [t for t in toks if t.i <= head.i]
    for t in toks:
        if t.i > head.i:
            if t.text in {",", "(", "—", "–"} or t.dep_ in {"relcl", "acl"}:
                break
            kept.append(t)
    return kept[0].idx, kept[-1].idx + len(kept[-1])


@lru_cache(maxsize=1)
def _prep_cues() -> dict[str, frozenset[str]]:
    return {row[0].lower(): frozenset(row[1].split()) for row in table("cue_preps.tsv") if len(row) == 2}


def _in_quotes(pos: int, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in quotes)


def _relay(cue) -> tuple[int, int] | None:
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in RELAY_PREPS:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and any(t.ent_type_ in {"NORP", "ORG", "GPE"} or t.lower_ == "intelligence"
                            for t in objs[0].subtree):
                return _span(objs[0].subtree)
    return None


def _content_of(cue, subj) -> tuple[int, int] | None:
    comps = [c for c in cue.children if c.dep_ in CONTENT_DEPS]
    if comps:
        toks = [t for c in comps for t in c.subtree]
        # "called on Y to C": keep the addressee with the content, as annotators do
        if cue.lower_.startswith("call") or cue.lower_.startswith("urg"):
            toks += [t for c in cue.children if c.dep_ in {"prep", "dobj"} and c.i > cue.i for t in c.subtree]
        return _span(toks)
    # "X criticized C" / "X wants C": an object clause or noun phrase is the content of attitude verbs
    # "called it 'a disgrace'": the predicate (oprd) is what was said, whatever the verb
    allowed = {"oprd"} if cue.lower_ in _SPEECH_ONLY else {"dobj", "attr", "oprd"}
    objs = [c for c in cue.children if c.dep_ in allowed and c.i > cue.i]
    if objs and subj is not None:
        return _span([t for c in objs for t in c.subtree])
    # "X called for C" / "X talked about C": the prepositional object is the content
    preps = _prep_cues().get(cue.lower_)
    if preps and subj is not None:
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i > cue.i:
                objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                if objs:
                    return _span([t for c in objs for t in c.subtree])
    # ", X said." parsed as a clause hanging off the main verb: the content is the rest of the sentence
    if cue.dep_ in {"parataxis", "advcl", "conj"} and cue.head.i < cue.i and subj is not None:
        own = {t.i for t in cue.subtree}
        return _span([t for t in cue.head.subtree if t.i not in own])
    return None


def find_reported(doc, quotes: list[tuple[int, int]]) -> list[Candidate]:
    cues = words("cue_words.txt")
    out: list[Candidate] = []
    for tok in doc:
        low = tok.lower_
        if (low not in cues and low not in _prep_cues()) or _in_quotes(tok.idx, quotes):
            continue
        if low == "according":
            cand = _according(tok)
            if cand:
                out.append(cand)
            continue
        if tok.pos_ not in {"VERB", "AUX"} and tok.tag_ not in {"VBD", "VBZ", "VBP", "VBN", "VBG", "VB"}:
            continue
        subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.dep_ == "nsubjpass":
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            subj = pobj
        if subj is not None and subj.lower_ in {"which", "that", "who"} and tok.dep_ == "relcl":
            subj = tok.head
        if subj is None:
            subj = _shared_subject(tok)
        content = _content_of(tok, subj)
        relay = _relay(tok)
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
        if subj is not None and tok.dep_ == "relcl" and subj is tok.head:
            spk = (subj.left_edge.idx, subj.idx + len(subj))
        out.append(Candidate(content, (tok.idx, tok.idx + len(tok)), spk, subj.i if subj is not None else None,
                             relay))
    return out


def _according(tok) -> Candidate | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None:
        return None
    own = {t.i for t in tok.subtree}
    sent = tok.sent
    rest = [t for t in sent if t.i not in own]
    before = [t for t in rest if t.i < tok.i]
    after = [t for t in rest if t.i > tok.i]
    side = after if len(after) >= len(before) else before
    if len(side) < 3:
        return None
    return Candidate(_span(side), (tok.idx, to.idx + len(to)), speaker_span(obj), obj.i)


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


def _shared_subject(cue):
    """'X said C, adding that D' / 'X admitted A but said B': a participle or conjoined cue shares X."""
    tok = cue
    for _ in range(3):
        if tok.dep_ not in {"advcl", "xcomp", "conj", "pcomp"} or tok.head is tok:
            return None
        # a conjoined verb shares a subject only with another cue ("admitted A but said B"), not with the
        # reported clause it is conjoined to ("said the council should pay and called on ...")
        if tok.dep_ == "conj" and tok.head.lower_ not in words("cue_words.txt"):
            return None
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            if subj.dep_ == "nsubjpass":
                return None
            return subj
    return None


def _quote_after_colon(cue, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'He said:' closing a paragraph, the quote opening the next one (paragraphs are parsed apart)."""
    text = cue.doc.text
    end = cue.idx + len(cue)
    for q in quotes:
        if q[0] > end:
            gap = text[end:q[0]]
            return q if ":" in gap and not gap.replace(":", "").strip(" \n\t\"“«„") else None
    return None
