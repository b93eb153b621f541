"""Within a story: statements that render one utterance, figures that assert one quantity.

Statements are blocked by speaker (the merged source id) and only statements from different articles are compared.
Cheap checks come first and decide most pairs: numbers and dates in the two texts must agree (different numbers or
days mean different utterances), then

- ``identical``: equal modulo case, punctuation and whitespace;
- ``variant``: equal modulo British/American spelling (``data/spelling.tsv``) or a near-exact fuzzy match;
- ``partial``: one is a fragment of the other;
- ``translation`` / ``paraphrase``: sentence embeddings (all-MiniLM-L6-v2) of the best-matching sentence pair,
  combined with content-word overlap, because embeddings alone rate two different remarks on one topic by one
  speaker as close as two translations of one remark. Two quoted renderings are a ``translation``; when either side
  is reported speech it is a ``paraphrase``. Embeddings are computed lazily for the pairs that get this far.

Pairs are joined strongest first, never putting two statements of one article in one alignment.

Across languages (either article not English) numbers, dates and content words cannot be compared as written, so
the checks are language-independent: the values of the figures each statement carries (already normalised by
extraction), years, and month and weekday names (``data/calendar_words.tsv``); then the multilingual encoder
(``link/multilingual.py``, Universal Sentence Encoder multilingual v3) rates the best-matching sentence pair. Those
pairs are not blocked by speaker id (a name in Hangul and in Latin letters, or "the company" and its name, are not one
source yet), but two speakers with Latin-script names sharing no name token, or a speaker the other article names
beside its own, are different people; a speaker who cannot be told apart needs a closer match. The encoder is loaded
only when such a pair exists: English-only runs never load it.

Figures are blocked by (category family, time span, unit): a weekly count and a running total are different
quantities whoever gives them. Within a block two figures are the same quantity when their counted things and
places fit; values may differ (that is what a discrepancy is). A killed-or-wounded figure and a killed figure are
linked only when one source gives the same value for both (the category-drift case).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from newsledger.extract.lexicon import data_lines
from newsledger.ledger import AlignedPair, Alignment, Article, Figure, Source, Statement, Story, stable_id
from newsledger.link import embeddings, phonetic
from newsledger.link.sources import fold_token
from newsledger.link.stories import event_days

_DATA = Path(__file__).resolve().parent / "data"


def _word_list(name: str) -> frozenset[str]:
    return frozenset(data_lines(_DATA / name))


RELATION_ORDER = ("identical", "variant", "partial", "translation", "paraphrase", "same_quantity")

# Thresholds, measured on hand-made pairs (tests/test_align.py) and the seeds: translations of one remark score
# .65-.9 cosine; two different remarks of one speaker on one topic reach .63, with few content words shared. So the
# lower the cosine, the more content words (overlap coefficient of stems) the two must share.
VARIANT_RATIO = 92.0  # rapidfuzz ratio on normalised text, for near-exact renderings
PARTIAL_MIN_TOKENS = 3  # a fragment shorter than this is too common to prove anything
PARTIAL_RATIO = 95.0
SEMANTIC_TIERS = ((0.85, 0.0), (0.70, 0.2), (0.55, 0.5))  # (cosine at least, word overlap at least)
# A paraphrase (no quoted words on one side) renders an utterance only this close, unless a shared figure vouches for
# it; on 20 GVA stories (docs/quality.md) every paraphrase pair below it was two remarks on one topic.
PARAPHRASE_COSINE = 0.75
SHARED_FIGURE_COSINE = 0.45  # two statements carrying one aligned figure (same quantity, same value) need only this
LEXICAL_ONLY = 0.8  # without embeddings: word overlap needed on its own
ALL_PAIRS_BLOCK = 40  # above this many statements per speaker, candidates come from shared content words
POSTING_CAP = 64  # a content word in more statements than this says nothing about which two match

STOPWORDS = _word_list("stopwords.txt")
# "one" is left out: "one of the", "no one" are not counts
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
DATE_WORDS = _word_list("date_words.txt")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")  # letters and digits of any script (ASCII text tokenises the same)
_WORD_ASCII = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")  # the same on ASCII text, and a third faster
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SENTENCE = re.compile(r'(?<=[.!?])\s+|"')


@lru_cache(maxsize=1)
def _spelling_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for line in data_lines(_DATA / "spelling.tsv"):
        pattern, replacement = line.split("\t")[:2]
        rules.append((re.compile(pattern), replacement))
    return tuple(rules)


@lru_cache(maxsize=1)
def counted_classes() -> dict[str, str]:
    out = {}
    for line in data_lines(_DATA / "counted.tsv"):
        word, cls = line.split("\t")[:2]
        out[word] = cls
    return out


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return (_WORD_ASCII if text.isascii() else _WORD).findall(text)


def plain(text: str) -> str:
    """Case, punctuation and whitespace removed: the test for `identical`."""
    return " ".join(words(text))


@lru_cache(maxsize=65536)
def _spell(token: str) -> str:
    for pattern, replacement in _spelling_rules():
        token = pattern.sub(replacement, token)
    return token


def spelled(text: str) -> str:
    """`plain` with British/American spelling folded: the test for `variant`."""
    return " ".join(_spell(w) for w in words(text))


def stem(word: str) -> str:
    """A crude stem so lose/losing and battle/battles meet; only used for overlap between two short texts."""
    word = _spell(word)
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit())


def numbers_in(text: str) -> frozenset[float]:
    found = {float(m.group().replace(",", "")) for m in _NUMBER.finditer(text)}
    found |= {float(NUMBER_WORDS[w]) for w in words(text) if w in NUMBER_WORDS}
    return frozenset(found)


def dates_in(text: str) -> frozenset[str]:
    found = {w for w in words(text) if w in DATE_WORDS}
    found |= {m.group() for m in re.finditer(r"\b(?:19|20)\d\d\b", text)}
    return frozenset(found)


def content(statement: Statement) -> str:
    """The words of a statement: a split quote's pieces joined, without the "he continued" between them."""
    return " ".join(p.text for p in statement.parts) if statement.parts else statement.text


def segments(statement: Statement) -> list[tuple[str, bool]]:
    """The statement's sentences and quoted pieces, each with whether it is quoted material."""
    quoted_kind = statement.kind in ("direct", "partial")
    out = [(content(statement), quoted_kind)]
    pieces = [p.text for p in statement.parts] if statement.parts else []
    text = unicodedata.normalize("NFKC", statement.text).translate(_QUOTES)
    inside = text.split('"')
    for i, piece in enumerate(inside):
        is_quote = quoted_kind or (i % 2 == 1 and len(inside) > 2)
        if statement.kind == "partial" and len(inside) > 2 and i % 2 == 0:
            continue  # the writer's framing around a partial quote ("the troops' offensive as") is not the utterance
        pieces_here = [s for s in re.split(r"(?<=[.!?])\s+", piece) if len(words(s)) >= PARTIAL_MIN_TOKENS]
        out.extend((s.strip(" ,;:"), is_quote) for s in pieces_here)
    out.extend((p, True) for p in pieces if len(words(p)) >= PARTIAL_MIN_TOKENS)
    seen, unique = set(), []
    for seg, is_quote in out:
        if seg and (seg, is_quote) not in seen:
            seen.add((seg, is_quote))
            unique.append((seg, is_quote))
    return unique


def _facts_agree(a: Statement, b: Statement, subset: bool) -> bool:
    """Numbers and dates both texts mention must agree; a fragment's must appear in the whole."""
    na, nb = numbers_in(content(a)), numbers_in(content(b))
    if na and nb and (not (na & nb) or (subset and not (min(na, nb, key=len) <= max(na, nb, key=len)))):
        return False
    da, db = dates_in(content(a)), dates_in(content(b))
    if da and db and not (da & db):
        return False
    return not (a.said_on and b.said_on and a.said_on[:10] != b.said_on[:10])


def cheap_relation(a: Statement, b: Statement) -> tuple[str, float] | None:
    """identical / variant / partial from text alone, or None when embeddings must decide."""
    pa, pb = plain(content(a)), plain(content(b))
    if not pa or not pb or min(len(pa.split()), len(pb.split())) < PARTIAL_MIN_TOKENS:
        return None  # "dead" and "dead" are a word, not an utterance
    if pa == pb:
        return "identical", 1.0
    sa, sb = spelled(content(a)), spelled(content(b))
    if sa == sb:
        return "variant", 1.0
    ratio = fuzz.ratio(sa, sb)
    if ratio >= VARIANT_RATIO:
        return "variant", round(ratio / 100, 3)
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(short.split()) >= PARTIAL_MIN_TOKENS:
        if f" {short} " in f" {long_} ":
            return "partial", 1.0
        partial = fuzz.partial_ratio(short, long_)
        if partial >= PARTIAL_RATIO and len(short.split()) > PARTIAL_MIN_TOKENS:
            return "partial", round(partial / 100, 3)
    return None


def overlap(a: str, b: str) -> float:
    sa, sb = content_stems(a), content_stems(b)
    if len(sa) < 2 or len(sb) < 2:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def semantic_relation(a: Statement, b: Statement, vectors: dict[str, Sequence[float]],
                      shared_figure: bool = False) -> tuple[str, float] | None:
    """translation / paraphrase from the best-matching pair of sentences, or None.

    `shared_figure`: the two statements carry figures aligned as one quantity with one value — strong evidence
    that a reported-speech summary renders the quote, so a lower cosine suffices.
    """
    if min(len(words(content(a))), len(words(content(b)))) < PARTIAL_MIN_TOKENS:
        return None
    tiers = (*SEMANTIC_TIERS, (SHARED_FIGURE_COSINE, 0.0)) if shared_figure else SEMANTIC_TIERS
    best: tuple[float, bool] | None = None
    for seg_a, quoted_a in segments(a):
        for seg_b, quoted_b in segments(b):
            words_shared = overlap(seg_a, seg_b)
            va, vb = vectors.get(seg_a), vectors.get(seg_b)
            if va is None or vb is None:  # no embeddings: lexical evidence only, held to a higher bar
                score = words_shared if words_shared >= LEXICAL_ONLY else 0.0
            else:
                cos = embeddings.cosine(va, vb)
                passed = any(cos >= c and words_shared >= w for c, w in tiers)
                score = cos if passed else 0.0
            # quoted words matching quoted words decide the relation even when the whole texts score higher
            if score > 0 and (best is None or (quoted_a and quoted_b, score) > (best[1], best[0])):
                best = (score, quoted_a and quoted_b)
    if best is None:
        return None
    if not best[1] and not shared_figure and best[0] < PARAPHRASE_COSINE:
        return None  # reported speech on one topic, not one utterance: "the attack on law enforcement" ≠ "the attack, …"
    return ("translation" if best[1] else "paraphrase"), round(min(best[0], 1.0), 3)


def _candidate_pairs(block: list[Statement]) -> Iterable[tuple[Statement, Statement]]:
    """Cross-article pairs of one speaker's statements; for big blocks only those sharing a content word."""
    if len(block) <= ALL_PAIRS_BLOCK:
        for a, b in combinations(block, 2):
            if a.article != b.article:
                yield a, b
        return
    postings: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(block):
        for word in sorted(content_stems(content(st))):
            postings[word].append(i)
    pairs: set[tuple[int, int]] = set()
    for word in sorted(postings):
        ids = postings[word]
        if len(ids) > POSTING_CAP:
            continue
        pairs.update((i, j) for i, j in combinations(ids, 2) if block[i].article != block[j].article)
    for i, j in sorted(pairs):
        yield block[i], block[j]


def first_published(articles: dict[str, Article], article_of: dict[str, str]) -> str | None:
    """The member published first — claimed only between dated articles: every member's article has a full date
    and one date is strictly the earliest (an undated article may have come first; two on one day cannot be told
    apart)."""
    dates = {m: (articles[a].date if a in articles else None) for m, a in article_of.items()}
    if not dates or any(d is None or len(d) < 10 for d in dates.values()):
        return None
    earliest = min(dates.values())
    firsts = [m for m, d in dates.items() if d == earliest]
    return firsts[0] if len(firsts) == 1 else None


@dataclass
class _Edge:
    a: str
    b: str
    relation: str
    score: float


def _group(members: dict[str, str], edges: list[_Edge], one_per_article: bool) -> list[tuple[list[str], list[_Edge]]]:
    """Join members along edges, strongest first; optionally never two members of one article in a group."""
    parent = {m: m for m in members}
    arts = {m: {members[m]} for m in members}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for edge in sorted(edges, key=lambda e: (-e.score, RELATION_ORDER.index(e.relation), e.a, e.b)):
        ra, rb = find(edge.a), find(edge.b)
        if ra == rb or (one_per_article and arts[ra] & arts[rb]):
            continue
        ra, rb = min(ra, rb), max(ra, rb)
        parent[rb] = ra
        arts[ra] |= arts.pop(rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for m in sorted(members):
        groups[find(m)].append(m)
    out = []
    for root in sorted(groups):
        ids = groups[root]
        if len(ids) < 2:
            continue
        inside = set(ids)
        out.append((ids, [e for e in edges if e.a in inside and e.b in inside]))
    return out


def _alignment(kind: str, story: str, ids: list[str], edges: list[_Edge], first: str) -> Alignment:
    pairs = sorted((AlignedPair(a=min(e.a, e.b), b=max(e.a, e.b), relation=e.relation, score=e.score)
                    for e in edges), key=lambda p: (p.a, p.b))
    loosest = max((p.relation for p in pairs), key=RELATION_ORDER.index)
    return Alignment(id=stable_id("aln", kind, *ids), kind=kind, story=story, members=ids, relation=loosest,
                     pairs=pairs, first=first)


def _worth_embedding(a: Statement, b: Statement, figure_links: dict[str, set[tuple[str, float]]]) -> bool:
    """Only pairs sharing a content word or one aligned figure go to the sentence encoder. On the GVA dev set the
    others were 5,755 of 8,425 candidate pairs, 3 of them accepted, all 3 wrong; skipping them halves the encoder's
    work (it is most of the link stage's time)."""
    if content_stems(content(a)) & content_stems(content(b)):
        return True
    return bool(figure_links.get(a.id, set()) & figure_links.get(b.id, set()))


@dataclass
class _SpeakerBlock:
    """One speaker's statements in one story: the edges text alone decided, and the pairs the encoder must judge."""
    statements: list[Statement]
    edges: list[_Edge]
    pending: list[tuple[Statement, Statement]]


def english(lang: str | None) -> bool:
    """Articles whose language is unknown are read as English, as they were before languages were told apart."""
    return lang is None or lang == "en"


def _speaker_blocks(statements: Sequence[Statement], figure_links: dict[str, set[tuple[str, float]]],
                    lang_of: dict[str, str | None] | None = None) -> list[_SpeakerBlock]:
    """English pairs only: a pair with an article in another language is judged by `_language_pairs`."""
    lang_of = lang_of or {}
    blocks: dict[str, list[Statement]] = defaultdict(list)
    for st in sorted(statements, key=lambda s: s.id):
        if st.source is not None:  # an unattributed statement cannot be checked for the same speaker
            blocks[st.source].append(st)
    out = []
    for source in sorted(blocks):
        block = _SpeakerBlock(blocks[source], [], [])
        for a, b in _candidate_pairs(block.statements):
            if not (english(lang_of.get(a.article)) and english(lang_of.get(b.article))):
                continue
            cheap = cheap_relation(a, b)
            if cheap is not None and _facts_agree(a, b, subset=cheap[0] == "partial"):
                block.edges.append(_Edge(a.id, b.id, *cheap))
            elif cheap is None and _facts_agree(a, b, subset=False) and _worth_embedding(a, b, figure_links):
                block.pending.append((a, b))
        out.append(block)
    return out


def _texts_to_embed(blocks: Iterable[_SpeakerBlock]) -> set[str]:
    return {seg for block in blocks for a, b in block.pending for st in (a, b) for seg, _ in segments(st)}


# --- statements across languages --------------------------------------------------------------------------------

# Cosine of the best-matching sentence pair (multilingual encoder) a pair involving another language needs, by what is
# known of its speakers. On the dev part of the multilingual set (docs/quality.md) translations of one remark scored
# .40-.97 (Korean against European languages lowest), different remarks of one story at most .61 and, by one
# speaker, .25.
# On the grown dev part (32 articles, issue 17's second round) one speaker's different remarks reached .374 and
# translations of one remark by one speaker went down to .30 (Korean), so the same-speaker bar sits just above the
# former; the lowest translations still join their alignment through the other languages' renderings.
CROSS_SAME_SPEAKER = 0.42  # one source id, or one name in Hangul and Latin letters: the speaker is the same
CROSS_UNKNOWN_SPEAKER = 0.65  # speakers that cannot be told apart (Hangul and Latin names, "the company" and a name)
CROSS_SHARED_FIGURE = 0.40  # the two carry one aligned figure with one value
# Two articles in one language other than English: no translation lowers the score, so two remarks on one topic
# ("Le ricerche continueranno anche di notte" / "Le ricerche sono sospese fino a domani": .72) must not pass where a
# translation would (renderings in one language scored .92-.97 on the dev part).
SAME_LANGUAGE = 0.80
VALUE_TOLERANCE = 0.1  # "rund 40" and "41" may render one utterance; "40" and "400" do not


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Month and weekday names of every language → one key; entries ending in * match as a word's prefix."""
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for line in data_lines(_DATA / "calendar_words.tsv"):
        word, key = line.split("\t")[:2]
        if word.endswith("*"):
            prefixes.append((word[:-1], key))
        else:
            exact[word] = key
    return exact, tuple(prefixes)


def calendar_keys(text: str) -> frozenset[str]:
    """Months and weekdays a text names, whatever its language ('März' and 'march' are one key)."""
    exact, prefixes = _calendar()
    found = set()
    for w in words(text):
        if w in exact:
            found.add(exact[w])
        else:
            found.update(key for prefix, key in prefixes if w.startswith(prefix))
    return frozenset(found)


def _years(text: str) -> frozenset[str]:
    return frozenset(m.group() for m in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text))


def _values_agree(va: frozenset[float], vb: frozenset[float]) -> bool:
    return not (va and vb) or any(abs(x - y) <= VALUE_TOLERANCE * max(abs(x), abs(y)) for x in va for y in vb)


def _facts_agree_across(a: Statement, b: Statement, values: dict[str, frozenset[float]]) -> bool:
    """The language-independent facts both statements give must agree: figure values, years, months and weekdays,
    the day said."""
    if not _values_agree(values.get(a.id, frozenset()), values.get(b.id, frozenset())):
        return False
    ta, tb = content(a), content(b)
    for facts in (_years, calendar_keys):
        fa, fb = facts(ta), facts(tb)
        if fa and fb and not (fa & fb):
            return False
    return not (a.said_on and b.said_on and a.said_on[:10] != b.said_on[:10])


_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’.-]*$")


def _name_tokens(source: Source | None) -> frozenset[str] | None:
    """Folded tokens of the source's Latin-script proper names, or None when it has none (a name in Hangul, a
    description such as "the company"): such a speaker cannot be told apart by name."""
    if source is None:
        return None
    found: set[str] = set()
    for form in (source.name, *source.aliases):
        # a hyphenated given name (Seo-yeon) is one capitalised token, its parts name tokens of their own
        toks = form.split()
        # accents folded away first (Velésova); a token with letters of another script folds to nothing and fails
        if toks and all(_LATIN_NAME.match(unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode())
                        for t in toks):
            found.update(k for t in toks for part in t.split("-") if len(k := fold_token(part)) >= 2)
    return frozenset(found) or None


def speaker_fit(a: Statement, b: Statement, sources: dict[str, Source],
                naming: dict[str, frozenset[str]] | None = None) -> str:
    """'same' (one source), 'different' (told apart) or 'unknown' for two statements' speakers. `naming`: source id
    → the articles that mention it, when the caller has it at hand."""
    if a.source == b.source:
        return "same"
    sa, sb = sources.get(a.source or ""), sources.get(b.source or "")
    if naming is None:
        naming = {s.id: frozenset(m.article for m in s.mentions) for s in (sa, sb) if s is not None}
    # a speaker the other article also names, beside the one it quotes there, is another person than that one
    if b.article in naming.get(a.source or "", ()) or a.article in naming.get(b.source or "", ()):
        return "different"
    na, nb = _name_tokens(sa), _name_tokens(sb)
    if na is not None and nb is not None:
        # every name token the same, transliteration and hyphens aside (Choi Jae Won / Choi Jae-won, Wolodymyr
        # Selenskyj / Volodymyr Zelensky): one person; one shared token only (a surname) may be two
        if na == nb and len(na) >= 2:
            return "same"
        return "unknown" if na & nb else "different"
    # a name in Hangul and a name in Latin letters that sound alike: one person written in two scripts (a mismatch
    # says nothing, the Hangul form may be a description: 해안경비대 사령관)
    if sa is not None and sb is not None and (_one_name_in_two_scripts(sa, sb) or _one_name_in_two_scripts(sb, sa)):
        return "same"
    return "unknown"


def _one_name_in_two_scripts(hangul: Source, latin: Source) -> bool:
    if _name_tokens(latin) is None:
        return False
    written = [f for f in (hangul.name, *hangul.aliases) if phonetic.has_hangul(f)]
    return any(phonetic.same_name(h, form) for h in written for form in (latin.name, *latin.aliases)
               if not phonetic.has_hangul(form))


@dataclass
class _LanguagePairs:
    """A story's pairs with an article in another language: edges text alone decided, and those for the encoder
    with the cosine each needs."""
    edges: list[_Edge]
    pending: list[tuple[Statement, Statement, float]]


def _language_pairs(statements: Sequence[Statement], lang_of: dict[str, str | None], sources: dict[str, Source],
                    figure_links: dict[str, set[tuple[str, float]]], values: dict[str, frozenset[float]]
                    ) -> _LanguagePairs:
    out = _LanguagePairs([], [])
    attributed = sorted((st for st in statements if st.source is not None), key=lambda s: s.id)
    foreign = [st for st in attributed if not english(lang_of.get(st.article))]
    if not foreign:
        return out
    naming = {sid: frozenset(m.article for m in sources[sid].mentions)
              for sid in {st.source for st in attributed} if sid in sources}
    seen: set[tuple[str, str]] = set()
    for a in foreign:
        for b in attributed:
            if a.article == b.article or (a.id, b.id) in seen or (b.id, a.id) in seen:
                continue
            seen.add((a.id, b.id))
            fit = speaker_fit(a, b, sources, naming)
            if fit == "different" or not _facts_agree_across(a, b, values):
                continue
            shared = bool(figure_links.get(a.id, set()) & figure_links.get(b.id, set()))
            need = CROSS_SAME_SPEAKER if fit == "same" else CROSS_UNKNOWN_SPEAKER
            need = min(need, CROSS_SHARED_FIGURE) if shared else need
            if lang_of.get(a.article) == lang_of.get(b.article):
                cheap = cheap_relation(a, b)
                if cheap is not None and (fit == "same" or cheap[0] != "partial"):
                    out.edges.append(_Edge(min(a.id, b.id), max(a.id, b.id), *cheap))
                    continue
                need = max(need, SAME_LANGUAGE)
            out.pending.append((a, b, need))
    return out


def _language_edges(pairs: _LanguagePairs) -> list[_Edge]:
    """The encoder's verdicts: translation (quoted words on both sides) or paraphrase, from the best sentence pair."""
    edges = list(pairs.edges)
    if not pairs.pending:
        return edges
    from newsledger.link import multilingual  # loaded only when a pair in another language must be judged

    segs = {st.id: segments(st) for a, b, _ in pairs.pending for st in (a, b)}
    texts = sorted({seg for parts in segs.values() for seg, _ in parts})
    rows = multilingual.encode(texts)
    row = {t: i for i, t in enumerate(texts)}
    for a, b, need in pairs.pending:
        best: tuple[bool, float] | None = None
        for seg_a, quoted_a in segs[a.id]:
            for seg_b, quoted_b in segs[b.id]:
                cos = float(rows[row[seg_a]] @ rows[row[seg_b]])
                # quoted words matching quoted words decide the relation even when the whole texts score higher
                if cos >= need and (best is None or (quoted_a and quoted_b, cos) > best):
                    best = (quoted_a and quoted_b, cos)
        if best is not None:
            relation = "translation" if best[0] else "paraphrase"
            edges.append(_Edge(min(a.id, b.id), max(a.id, b.id), relation, round(min(best[1], 1.0), 3)))
    return edges


def _statement_alignments(story: str, blocks: list[_SpeakerBlock], articles: dict[str, Article],
                          figure_links: dict[str, set[tuple[str, float]]], vectors: dict[str, Sequence[float]],
                          language_edges: Sequence[_Edge] = ()) -> list[Alignment]:
    edges: list[_Edge] = list(language_edges)
    by_id: dict[str, Statement] = {}
    for block in blocks:
        edges.extend(block.edges)
        for a, b in block.pending:
            shared = bool(figure_links.get(a.id, set()) & figure_links.get(b.id, set()))
            semantic = semantic_relation(a, b, vectors, shared_figure=shared)
            if semantic is not None:
                edges.append(_Edge(a.id, b.id, *semantic))
        by_id.update((st.id, st) for st in block.statements)
    # one grouping over the story: an edge across languages may join two speakers' blocks (English edges never do,
    # so English groups are what they were block by block)
    out: list[Alignment] = []
    for ids, group_edges in _group({i: st.article for i, st in by_id.items()}, edges, one_per_article=True):
        first = first_published(articles, {i: by_id[i].article for i in ids})
        out.append(_alignment("statement", story, ids, group_edges, first))
    return out


def _embed(texts: set[str]) -> dict[str, Sequence[float]]:
    # one call for everything: the encoder batches by length, far cheaper than many small calls
    return embeddings.embed(sorted(texts)) if texts else {}


def statement_values(figures: Sequence[Figure]) -> dict[str, frozenset[float]]:
    """Statement id → the values of the figures it carries (normalised by extraction, so comparable across
    languages)."""
    out: dict[str, set[float]] = defaultdict(set)
    for fig in figures:
        value = figure_value(fig)
        if fig.statement and value is not None:
            out[fig.statement].add(value)
    return {k: frozenset(v) for k, v in out.items()}


def align_statements(story: str, statements: Sequence[Statement], articles: dict[str, Article],
                     figure_links: dict[str, set[tuple[str, float]]] | None = None,
                     sources: Sequence[Source] = (), figures: Sequence[Figure] = ()) -> list[Alignment]:
    """One story's statement alignments; `figure_links` maps a statement to (figure alignment, value) it carries."""
    figure_links = figure_links or {}
    lang_of = {st.article: articles[st.article].lang for st in statements if st.article in articles}
    blocks = _speaker_blocks(statements, figure_links, lang_of)
    across = _language_pairs(statements, lang_of, {s.id: s for s in sources}, figure_links,
                             statement_values(figures))
    return _statement_alignments(story, blocks, articles, figure_links, _embed(_texts_to_embed(blocks)),
                                 _language_edges(across))


# --- figures ---------------------------------------------------------------------------------------------------

CASUALTY_FAMILY = frozenset({"killed", "wounded", "killed_or_wounded"})
# A broader category relayed as a narrower one (killed-or-wounded reported as killed) is category drift.
DRIFTS = frozenset({("killed_or_wounded", "killed"), ("killed_or_wounded", "wounded")})
_PERIOD = [
    re.compile(r"\b(?:in|over|during|for|within)\s+(?:just\s+|only\s+)?the\s+(?:past|last|previous|preceding)\s+"
               r"(?:(\d+|two|three|four|five|six|seven|ten)\s+)?(hour|day|week|month|year)s?\b", re.I),
    re.compile(r"\b(?:past|last|previous)\s+(hour|day|week|month|year)\s+alone\b", re.I),
    re.compile(r"\b(?:per|a|each|every)\s+(hour|day|week|month|year)\b", re.I),
    re.compile(r"\b(daily|weekly|monthly|yearly|overnight)\b", re.I),
]
_SPAN_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "overnight": "day"}


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span, found by punctuation only (link/ does not re-parse)."""
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i != -1]
    return text[left + 1: min(rights) if rights else len(text)]


def _period_length(start: str, end: str) -> str:
    """Explicit periods by length, so 'Dec 20–27' and 'the past week' meet; unparseable ones as written."""
    try:
        days = (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days + 1
    except ValueError:
        return f"{start}..{end}"
    for name, low, high in (("day", 1, 1), ("week", 6, 8), ("month", 28, 31), ("year", 365, 366)):
        if low <= days <= high:
            return name
    return f"{days} day"


def figure_span(fig: Figure, article: Article | None) -> str:
    """'total' for running totals, else the period a count covers ('week', '3 day', or explicit dates)."""
    if fig.period_start and fig.period_end:
        return _period_length(fig.period_start, fig.period_end)
    context = " ".join(x for x in (fig.scope, fig.text) if x)
    if article is not None and 0 <= fig.start <= fig.end <= len(article.text):
        context += " " + _sentence(article.text, fig.start, fig.end)
    for pattern in _PERIOD:
        m = pattern.search(context)
        if m:
            groups = [g for g in m.groups() if g]
            unit = _SPAN_WORDS.get(groups[-1].lower(), groups[-1].lower())
            return f"{groups[0].lower()} {unit}" if len(groups) > 1 else unit
    return "total"  # an unqualified count in the news is a running total


@lru_cache(maxsize=1)
def _particles() -> tuple[str, ...]:
    return tuple(sorted(data_lines(_DATA / "counted_particles.txt"), key=len, reverse=True))


def _without_particle(word: str) -> str:
    for particle in _particles():
        if word.endswith(particle) and len(word) > len(particle):
            return word[: -len(particle)]
    return word


_COUNTED_SKIP = _word_list("counted_skip.txt")


def counted_words(fig: Figure) -> list[str]:
    source = fig.counted or _NUMBER.sub(" ", fig.text)
    return [_without_particle(w) for w in words(source)
            if w not in STOPWORDS and w not in NUMBER_WORDS and w not in _COUNTED_SKIP]


def _head_class(fig: Figure) -> str | None:
    classes = counted_classes()
    for w in reversed(counted_words(fig)):
        for form in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w):
            if form in classes:
                return classes[form]
    return None


def _names(text: str | None) -> frozenset[str]:
    """Capitalised words (places, nationalities) in a scope or counted phrase, folded for comparison."""
    if not text:
        return frozenset()
    return frozenset(stem(w.lower()) for w in re.findall(r"\b[A-Z][a-zA-Z]+", text) if w.lower() not in STOPWORDS)


def figure_value(fig: Figure) -> float | None:
    if fig.value is not None:
        return fig.value
    if fig.low is not None and fig.high is not None:
        return (fig.low + fig.high) / 2
    return fig.low if fig.low is not None else fig.high


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 0.01 * max(abs(x), abs(y))


@lru_cache(maxsize=1)
def _person_traits() -> dict[str, tuple[str, str]]:
    out = {}
    for line in data_lines(_DATA / "person_traits.tsv"):
        word, gender, kind = line.split("\t")[:3]
        out[word] = (gender, kind)
    return out


_AGE = re.compile(r"\b(\d{1,3})[- ](?:year|month|week|day)s?[- ]old\b|\baged?\s+(\d{1,3})\b", re.I)


def _person_words(fig: Figure) -> list[str]:
    return words(" ".join(x for x in (fig.text, fig.counted) if x))


def pronoun_only(fig: Figure) -> bool:
    """A figure that is only a pronoun ("he", "she") refers inside its own article and names nobody across articles."""
    found = _person_words(fig)
    traits = _person_traits()
    return bool(found) and all(traits.get(w, ("", ""))[1] == "pronoun" for w in found)


def _genders(fig: Figure) -> frozenset[str]:
    traits = _person_traits()
    return frozenset(g for w in _person_words(fig) if (g := traits.get(w, ("-", ""))[0]) != "-")


def _ages(fig: Figure) -> frozenset[str]:
    """The age of one described person ("a 3-year-old boy"); a count's ages describe several people and say less."""
    if figure_value(fig) != 1:
        return frozenset()
    text = " ".join(x for x in (fig.text, fig.counted) if x)
    return frozenset(next(g for g in m.groups() if g) for m in _AGE.finditer(text))


@lru_cache(maxsize=1)
def _person_roles() -> tuple[dict[str, str], frozenset[frozenset[str]]]:
    roles = {}
    for line in data_lines(_DATA / "person_roles.tsv"):
        word, role = line.split("\t")[:2]
        roles[word.strip()] = role.strip()
    clashes = frozenset(frozenset(x.split()) for x in _word_list("role_conflicts.tsv"))
    return roles, clashes


CHILD_BELOW, ADULT_FROM = 13, 18  # "a 17-year-old" may be "a man" (or "a boy"); "a 5-year-old" is a child
# an age told right after one person ("A child, believed to be 5 years old,", "the suspect, 41,")
_AGE_AFTER = re.compile(r"^[\s,(]*(?:(?:who\s+(?:is|was)|believed\s+to\s+be|described\s+as|aged?|about)\s+)*"
                        r"(?:an?\s+)?\d{1,3}(?:[- ](?:year|month|week|day)s?[- ]old\b|(?=\s*[,)]))", re.I)
_AGE_UNIT = re.compile(r"\b(\d{1,3})(?:[- ](year|month|week|day)s?[- ]old\b|\b)", re.I)


def _age_numbers(said: Iterable[str]) -> frozenset[str]:
    """The number of each age phrase, as `_ages` gives it."""
    return frozenset(m.group(1) for x in said for m in _AGE_UNIT.finditer(x))


def _stages(said: Iterable[str]) -> set[str]:
    """A child or an adult by the ages said ("5 years old", "18-month-old", "41")."""
    out = set()
    for x in said:
        for m in _AGE_UNIT.finditer(x):
            years = int(m.group(1)) if (m.group(2) or "year").lower() == "year" else 0  # months old: a baby
            out |= {"child"} if years < CHILD_BELOW else {"adult"} if years >= ADULT_FROM else set()
    return out


def ages_after(fig: Figure, article: Article | None) -> frozenset[str]:
    """One person's age told just after the figure, in its clause."""
    if article is None or figure_value(fig) != 1 or not 0 <= fig.end <= len(article.text):
        return frozenset()
    m = _AGE_AFTER.match(article.text[fig.end:fig.end + 60])
    return frozenset({m.group(0).strip(" ,()")}) if m else frozenset()


def person_roles(fig: Figure, ages_said: frozenset[str] = frozenset()) -> frozenset[str]:
    """Who the counted people are (data/person_roles.tsv; one person's age makes a child or an adult); nothing
    when the figure's own words clash ("a man and his son" lists two people)."""
    roles, clashes = _person_roles()
    found = {r for w in _person_words(fig) if (r := roles.get(w))}
    if figure_value(fig) == 1:
        found |= _stages([*ages_said, *(m.group(0) for m in _AGE.finditer(fig.text + " " + (fig.counted or "")))])
    if any(frozenset({a, b}) in clashes for a in found for b in found):
        return frozenset()
    return frozenset(found)


def _roles_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    clashes = _person_roles()[1]
    return any(frozenset({x, y}) in clashes for x in a for y in b)


def unnumbered(fig: Figure, lang: str | None = None) -> bool:
    """An exact count told without its number: a list of people ("Deputy A, 51, and Officer B", "the man and
    woman"). It counts exactly the people listed, so it is the same quantity only as a count of the same value: two
    named wounded officers are not the incident's three wounded. (Vague words keep their range and are not lists.)"""
    if fig.value is None or fig.low is not None or fig.high is not None:
        return False
    if not english(lang):  # the number is in a local format ("9.000", "3천여", "fünf") these English rules cannot read
        return False
    spelled_out = {float(n) for w, n in _NUMBER_WORDS_EXTRA.items() if w in words(fig.text)}
    return fig.value not in numbers_in(fig.text) | spelled_out


# number words align.NUMBER_WORDS leaves out (it serves statements, where "one" is rarely a count)
_NUMBER_WORDS_EXTRA = {"one": 1, "single": 1, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                       "seventeen": 17, "eighteen": 18, "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80,
                       "ninety": 90, "dozen": 12}
_PART_AFTER = tuple(re.compile(x, re.I) for x in _word_list("part_after.txt"))
_NOT_COUNTED = _word_list("not_counted.txt")
_OBJECTS = _word_list("counted_objects.txt")


def _months() -> dict[str, int]:
    out = {}
    for line in data_lines(_DATA / "months.tsv"):
        word, month = line.split("\t")[:2]
        out[word] = int(month)
    return out


_MONTHS = _months()
_MONTH_ALT = "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
_DATED = re.compile(rf"\b({_MONTH_ALT})\.?\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?|((?:19|20)\d\d)\b)"
                    rf"|\bin\s+((?:19|20)\d\d)\b")
EARLIER_INCIDENT_DAYS = 14  # a count dated this much before its article is another (earlier) incident's


def _sentence_date(sentence: str, published: dt.date) -> dt.date | None:
    """The earliest date a sentence names, read against its article's publication date (a day without a year is
    the latest such day not after publication)."""
    found = []
    for m in _DATED.finditer(sentence):
        month_word, day, year, month_year, bare_year = m.groups()
        try:
            if bare_year:
                found.append(dt.date(int(bare_year), 12, 31))  # "in 2015": at the latest its last day
                continue
            month = _MONTHS[month_word.lower()]
            if month_year:
                found.append(dt.date(int(month_year), month, 28))
                continue
            when = dt.date(int(year) if year else published.year, month, int(day))
            if not year and when > published:
                when = when.replace(year=when.year - 1)
            found.append(when)
        except ValueError:
            continue
    return min(found) if found else None


def _around(text: str, start: int, end: int, width: int = 160) -> str:
    """The figure's line, at most `width` characters either side: abbreviations ("Nov. 22") cut punctuation-found
    sentences short."""
    left = max(text.rfind("\n", 0, start) + 1, start - width, 0)
    newline = text.find("\n", end)
    right = min(newline if newline != -1 else len(text), end + width)
    return text[left:right]


_EARLIER = tuple(re.compile(x, re.I) for x in _word_list("earlier_phrases.txt"))


def _sentence_before(text: str, start: int) -> str:
    """The figure's sentence up to the figure, within its line (`_around`'s reach): a time phrase that opens the
    sentence sets its time ("Six months before that, a gunman killed 14"); one after the count mostly belongs to
    another clause ("the man who killed three officers declared last year that ..."), and one in the sentence
    before is another claim's."""
    head = text[max(text.rfind("\n", 0, start) + 1, start - 160, 0):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
    return head[cut:]


def earlier_incident(fig: Figure, article: Article | None) -> bool:
    """A casualty count in a sentence dated well before its article, or one a time phrase before it puts in an
    earlier or a separate incident ("six months before that", "last year"; data/earlier_phrases.txt): a history
    paragraph's earlier shooting."""
    if article is None or fig.category not in CASUALTY_FAMILY:
        return False
    if 0 <= fig.start <= len(article.text) and any(
            p.search(_sentence_before(article.text, fig.start)) for p in _EARLIER):
        return True
    if not article.date or len(article.date) < 10:
        return False
    try:
        published = dt.date.fromisoformat(article.date[:10])
    except ValueError:
        return False
    when = _sentence_date(_around(article.text, fig.start, fig.end), published)
    return when is not None and (published - when).days > EARLIER_INCIDENT_DAYS


def part_by_context(fig: Figure, article: Article | None) -> bool:
    """A count the words after it make a part ("two of the victims", "two were listed in critical condition")."""
    if article is None or not 0 <= fig.end <= len(article.text):
        return False
    after = article.text[fig.end:fig.end + 120]
    return any(p.search(after) for p in _PART_AFTER)


_CHARGED_AFTER = tuple(re.compile(x, re.I) for x in _word_list("charged_after.txt"))


def charged_by_context(fig: Figure, article: Article | None) -> bool:
    """A count the words after it make a count of people charged ("the two were indicted", "six members of the gang
    pleaded guilty"): the extractor read a casualty count where the sentence counts defendants."""
    if article is None or fig.category not in CASUALTY_FAMILY or not 0 <= fig.end <= len(article.text):
        return False
    after = article.text[fig.end:fig.end + 160]
    return any(p.search(after) for p in _CHARGED_AFTER)


def counts_no_people(fig: Figure) -> bool:
    """A count of people whose counted word is a shot, an arrest or an ordinal ("one shot struck", "three prior
    arrests", "the second victim")."""
    return fig.category not in ("other", "money") \
        and bool(set(words(" ".join(x for x in (fig.text, fig.counted) if x))) & _NOT_COUNTED)


def counts_objects(fig: Figure) -> bool:
    """A count of weapons or ammunition ("several weapons in the vehicle"): articles count different sets of them
    (those in a car, all the gunman had), so no such count is one quantity with another. Only the counted head word
    is read, so "8 sustained gun shot wounds" is not one."""
    head = counted_words(fig)[:1]
    return bool(head) and head[0] in _OBJECTS


_INJURY_WORDS = _word_list("injury_words.txt")
_OTHER_OCCASIONS = _word_list("other_occasions.txt")
_INJURY_ALT = "|".join(sorted(_INJURY_WORDS, key=len, reverse=True))
# the day must follow the injury word closely, within its clause ("was shot early Thursday"), or name the shooting
# ("In Wednesday's shooting"): a day further on is a saying's, a hearing's or a condition report's ("was injured,
# but her condition improved Thursday")
INJURY_DAY_REACH = 8  # words after the injury word
_DAY_AFTER_INJURY = re.compile(rf"\b(?:{_INJURY_ALT})\b((?:[^\S\n]+[^\s,;:!?]+){{1,{INJURY_DAY_REACH}}})", re.I)
_DAYS_INJURY = re.compile(rf"\b([A-Z][a-z]+)['’]s\s+(?:{_INJURY_ALT})\b")
_DAY_STOPS = _word_list("injury_day_stops.txt")


def _clause_start(text: str) -> str:
    """The words of `text` before the first that ends an injury's clause (a saying verb, a conjunction of time)."""
    kept = []
    for token in text.split():
        if token.lower() in _DAY_STOPS:
            break
        kept.append(token)
    return " ".join(kept)


def injury_day(fig: Figure, article: Article | None) -> int | None:
    """The day (an ordinal) a casualty figure's own sentence says its people were shot: a day named right after an
    injury word or as "<day>'s shooting", exactly one, in a sentence that names no death, arrest, hearing or funeral
    (whose day is another occasion of the same victim's). Weekdays resolve against the article's own date
    (link/stories.py `event_days`)."""
    if article is None or not article.date or len(article.date) < 10:
        return None
    sentence = _sentence(article.text, fig.start, fig.end)
    said = set(words(sentence))
    if not said & _INJURY_WORDS or said & _OTHER_OCCASIONS:
        return None
    try:
        published = dt.date.fromisoformat(article.date[:10]).toordinal()
    except ValueError:
        return None
    near = [_clause_start(m.group(1)) for m in _DAY_AFTER_INJURY.finditer(sentence)] + \
        [m.group(1) for m in _DAYS_INJURY.finditer(sentence)]
    days = {d for text in near for d in event_days(text, published)}
    return days.pop() if len(days) == 1 else None


@dataclass(frozen=True)
class Setting:
    """What a figure's article says about its counted people beyond the figure's words: one person's age told after
    it ("A child, believed to be 5 years old,"), and the day its sentence says they were shot (`injury_day`; any
    day a sentence names split one victim's mentions far more often than two victims, as follow-ups name the day of
    a hearing or a death)."""

    ages: frozenset[str] = frozenset()
    day: int | None = None


_NO_SETTING = Setting()


def figure_setting(fig: Figure, article: Article | None) -> Setting:
    """One person's age and the injury's day from the article around the figure."""
    if article is None or fig.category not in CASUALTY_FAMILY or not 0 <= fig.start <= fig.end <= len(article.text):
        return _NO_SETTING
    setting = Setting(ages_after(fig, article), injury_day(fig, article))
    return _NO_SETTING if setting == _NO_SETTING else setting


@dataclass(frozen=True)
class _Profile:
    """What makes figures the same quantity, beyond their block: the counted thing's class, the names in it
    (North Korean, Russian), the places in the scope, and who the counted people are (gender; one person's age).
    Empty parts fit anything."""

    classes: frozenset[str]
    names: frozenset[frozenset[str]]
    places: frozenset[frozenset[str]]
    genders: frozenset[frozenset[str]] = frozenset()
    ages: frozenset[frozenset[str]] = frozenset()
    roles: frozenset[frozenset[str]] = frozenset()
    days: frozenset[int] = frozenset()

    @classmethod
    def of(cls, fig: Figure, lang: str | None = None, setting: Setting = _NO_SETTING) -> _Profile:
        # a language that capitalises every noun (German "Menschen", "Bergleute") names nobody by the capital
        names = frozenset() if lang in _noun_capitalising() else _names(fig.counted)
        head, places = _head_class(fig), _names(fig.scope)
        genders, ages = _genders(fig), _ages(fig) | _age_numbers(setting.ages)
        roles = person_roles(fig, setting.ages) if english(lang) else frozenset()
        return cls(frozenset({head} if head else ()), frozenset({names} if names else ()),
                   frozenset({places} if places else ()), frozenset({genders} if genders else ()),
                   frozenset({ages} if ages else ()), frozenset({roles} if roles else ()),
                   frozenset({setting.day} if setting.day is not None else ()))

    def fits(self, other: _Profile) -> bool:
        return (len(self.classes | other.classes) <= 1
                and all(a & b for a in self.names for b in other.names)
                and all(a & b for a in self.places for b in other.places)
                and all(a == b for a in self.genders for b in other.genders)
                and all(a == b for a in self.ages for b in other.ages)
                and not any(_roles_clash(a, b) for a in self.roles for b in other.roles)
                and len(self.days | other.days) <= 1)

    def __or__(self, other: _Profile) -> _Profile:
        return _Profile(self.classes | other.classes, self.names | other.names, self.places | other.places,
                        self.genders | other.genders, self.ages | other.ages, self.roles | other.roles,
                        self.days | other.days)


@lru_cache(maxsize=1)
def _noun_capitalising() -> frozenset[str]:
    return _word_list("noun_capitalising_languages.txt")


def _speaker_ids(fig: Figure) -> set[str]:
    return {s for s in (fig.source, fig.relayed_from) if s}


def same_quantity(a: Figure, b: Figure, lang_of: dict[str, str | None] | None = None,
                  settings: dict[str, Setting] | None = None) -> bool:
    """Counted things, places and (for category drift) sources fit; both figures are already in one block."""
    lang_of, settings = lang_of or {}, settings or {}
    if not _Profile.of(a, lang_of.get(a.article), settings.get(a.id, _NO_SETTING)).fits(
            _Profile.of(b, lang_of.get(b.article), settings.get(b.id, _NO_SETTING))):
        return False
    if a.category != b.category:
        if (a.category, b.category) not in DRIFTS and (b.category, a.category) not in DRIFTS:
            return False
        va, vb = figure_value(a), figure_value(b)
        # one speaker's "two police officers shot" and "two people killed" are two groups: a drift keeps the group
        # named (an age says too little: "five people" are "one woman and four men", "1" is "a child")
        who_a = person_roles(a) & _GROUP_ROLES
        who_b = person_roles(b) & _GROUP_ROLES
        return va is not None and vb is not None and _close(va, vb) and bool(_speaker_ids(a) & _speaker_ids(b)) \
            and who_a == who_b
    return True


_GROUP_ROLES = frozenset({"officer", "perpetrator", "relative"})


def _value_score(a: Figure, b: Figure) -> float:
    va, vb = figure_value(a) or 0.0, figure_value(b) or 0.0
    return 1.0 if va == vb else round(min(abs(va), abs(vb)) / max(abs(va), abs(vb), 1e-9), 3)


def _figure_edges(block: list[Figure], lang_of: dict[str, str | None] | None = None,
                  settings: dict[str, Setting] | None = None) -> list[_Edge]:
    """Candidate same-quantity pairs without comparing every pair: figures with one profile and category join their
    group's first figure; groups are compared once by their first figures; category drift is looked up by value
    and speaker."""
    lang_of, settings = lang_of or {}, settings or {}
    groups: dict[tuple[str, _Profile], list[Figure]] = defaultdict(list)
    for fig in block:
        groups[(fig.category, _Profile.of(fig, lang_of.get(fig.article), settings.get(fig.id, _NO_SETTING)))].append(fig)
    edges = []
    keys = sorted(groups, key=lambda k: groups[k][0].id)
    for key in keys:
        lead, *rest = groups[key]
        edges.extend(_Edge(lead.id, f.id, "same_quantity", _value_score(lead, f)) for f in rest)
    for ka, kb in combinations(keys, 2):
        a, b = groups[ka][0], groups[kb][0]
        if ka[0] == kb[0] and ka[1].fits(kb[1]):
            edges.append(_Edge(a.id, b.id, "same_quantity", _value_score(a, b)))
    # one person ("a man was killed", "1 dead") is one victim, not a toll: a count of one meets only other counts
    # of one, so it cannot bridge an incident's "4 officers" and "58 officers"; a list of people likewise
    single = {f.id for f in block if figure_value(f) == 1 or unnumbered(f, lang_of.get(f.article))}
    value = {f.id: figure_value(f) for f in block}
    edges = [e for e in edges if not ({e.a, e.b} & single) or _close(value[e.a], value[e.b])]
    # a count of women or men and a count of people are one quantity only at one value: "two female victims" is a
    # part of "four victims", not another count of them
    gender = {f.id: _genders(f) for f in block}
    edges = [e for e in edges if bool(gender[e.a]) == bool(gender[e.b]) or _close(value[e.a], value[e.b])]
    broad: dict[tuple[float, str], list[Figure]] = defaultdict(list)
    for fig in block:
        if any(fig.category == wide for wide, _ in DRIFTS):
            for speaker in sorted(_speaker_ids(fig)):
                broad[(round(figure_value(fig), 2), speaker)].append(fig)
    for fig in block:
        if any(fig.category == narrow for _, narrow in DRIFTS):
            matches = {m.id: m for sp in sorted(_speaker_ids(fig)) for m in broad[(round(figure_value(fig), 2), sp)]}
            edges.extend(_Edge(min(fig.id, m.id), max(fig.id, m.id), "same_quantity", 1.0)
                         for _, m in sorted(matches.items()) if same_quantity(fig, m, lang_of, settings))
    return edges


def one_person(fig: Figure) -> bool:
    """One person told without a number ("a man was killed", "he died"): a victim, not a count."""
    return figure_value(fig) == 1 and not re.search(r"\d|\b(?:one|single)\b", fig.text, re.I)


_NEVER_ONE = frozenset({"killed", "wounded"})


def _group_figures(block: list[Figure], edges: list[_Edge], lang_of: dict[str, str | None] | None = None,
                   settings: dict[str, Setting] | None = None) -> list[tuple[list[str], list[_Edge]]]:
    """Join figures along edges, strongest first, never joining groups whose counted things or places clash (a bare
    "1,000 troops" must not bridge North Korean and Russian troops), nor a group of the dead with one of the
    wounded: a killed-or-wounded count drifting to each ("two shot" beside "two dead" and "two others hospitalized")
    must not make the dead and the wounded one quantity."""
    parent = {f.id: f.id for f in block}
    lang_of, settings = lang_of or {}, settings or {}
    profile = {f.id: _Profile.of(f, lang_of.get(f.article), settings.get(f.id, _NO_SETTING)) for f in block}
    categories = {f.id: {f.category} for f in block}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for edge in sorted(edges, key=lambda e: (-e.score, e.a, e.b)):
        ra, rb = find(edge.a), find(edge.b)
        if ra == rb or not profile[ra].fits(profile[rb]) or categories[ra] | categories[rb] >= _NEVER_ONE:
            continue
        ra, rb = min(ra, rb), max(ra, rb)
        parent[rb] = ra
        profile[ra] = profile[ra] | profile.pop(rb)
        categories[ra] = categories[ra] | categories.pop(rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for f in sorted(parent):
        groups[find(f)].append(f)
    out = []
    for root in sorted(groups):
        ids = groups[root]
        if len(ids) > 1:
            inside = set(ids)
            out.append((ids, [e for e in edges if e.a in inside and e.b in inside]))
    return out


_MANY_PLACES = re.compile(r"\b(?:across|throughout|around)\s+the\s+(?:city|state|county|region|country|nation)\b|"
                          r"\b(?:city|state|nation|county)-?wide\b|\bin\s+(?:[\w-]+\s+){0,3}?(?:shootings|incidents|attacks)\b",
                          re.I)


_Toll = tuple[str, str, str, str | None]


def _leading_counts(figures: Sequence[Figure], articles: dict[str, Article], across: bool = False
                    ) -> dict[_Toll, float]:
    """Each article's largest casualty count per category and period (a killed-or-wounded total over all three):
    the toll the article reports. Only that count of an article is its side of the story's casualty timeline.
    ``across`` (a story told in several languages): per class of the counted people too (see `_toll`)."""
    top: dict[_Toll, float] = defaultdict(float)
    for fig in figures:
        value = figure_value(fig)
        if value is None or fig.category not in CASUALTY_FAMILY:
            continue
        span = _span(fig, articles.get(fig.article), across)
        cls = _head_class(fig) if across else None
        for category in {fig.category, "killed_or_wounded"}:
            top[(fig.article, category, span, cls)] = max(top[(fig.article, category, span, cls)], value)
    return top


def _toll(leading: dict[_Toll, float], fig: Figure, span: str, across: bool) -> float:
    """The toll a casualty figure is measured against. In a story told in several languages a count of soldiers and
    a count of civilians are two tolls ("nine civilians ... three soldiers": the three is no part of the nine); a
    count whose people have no class is measured against all of them. English-only stories keep one toll per
    category, as measured on GVA (issue 16)."""
    if not across:
        return leading[(fig.article, fig.category, span, None)]
    cls = _head_class(fig)
    return max((v for (art, cat, sp, c), v in leading.items()
                if art == fig.article and cat == fig.category and sp == span and (cls is None or c in (cls, None))),
               default=0.0)


def _span(fig: Figure, article: Article | None, across: bool) -> str:
    # periods are read by English rules only ("overnight", "in the past week"): in a story told in several
    # languages they would split every English figure from its renderings in the others, so none is compared there
    return "total" if across else figure_span(fig, article)


@lru_cache(maxsize=1)
def _counters() -> frozenset[str]:
    return _word_list("counters.txt")


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


_SENTENCE_END = re.compile(r"[.!?。]\s")
_ELISION_REACH = 80


def _classes_elided(figures: list[Figure], articles: dict[str, Article]) -> list[Figure]:
    """A casualty count whose people are not named takes the class of the count before it in its sentence: "three
    soldiers were killed and 11 wounded", "drei Soldaten getötet und elf verwundet", "군인 3명이 숨지고 11명이
    부상했다" — the 11 are soldiers too, a toll of their own beside the civilians'."""
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for fig in figures:
        by_article[fig.article].append(fig)
    replaced: dict[str, Figure] = {}
    for art_id, figs in by_article.items():
        article = articles.get(art_id)
        if article is None:
            continue
        figs = sorted(figs, key=lambda f: f.start)
        for prev, fig in zip(figs, figs[1:], strict=False):
            if fig.category not in CASUALTY_FAMILY or _head_class(fig) is not None:
                continue
            gap = article.text[prev.end:fig.start]
            if prev.category not in CASUALTY_FAMILY or len(gap) > _ELISION_REACH or _SENTENCE_END.search(gap):
                continue
            word = next((w for w in reversed(counted_words(prev)) if w in counted_classes()), None)
            if word is not None:
                replaced[fig.id] = fig.model_copy(update={"counted": f"{fig.counted or ''} {word}".strip()})
    return [replaced.get(f.id, f) for f in figures]


def _counted_before(fig: Figure, article: Article | None) -> Figure:
    """A figure counted with a counter word (민간인 9명이) counts the noun before its number: that noun, or with
    a qualifier between (간호사는 약 1천300명이) the nearest listed one of the two words before, becomes its
    counted word."""
    found = counted_words(fig)
    if article is None or not found or found[-1] not in _counters():
        return fig
    before = [_without_particle(w) for w in _HANGUL_WORD.findall(article.text[max(0, fig.start - 40):fig.start])][-2:]
    if not before:
        return fig
    classes = counted_classes()
    noun = next((w for w in reversed(before) if w in classes), before[-1])
    return fig.model_copy(update={"counted": noun})


_GENERIC = _word_list("generic_counted.txt")


def _says_what(fig: Figure) -> bool:
    """A casualty category says what is counted; an uncategorised count or an amount must say it in a counted word
    that is not generic ("two people" opened fire ≠ "several hundred people" inside; "9 percent" of what?)."""
    if fig.category not in ("other", "money"):
        return True
    found = counted_words(fig)
    return bool(found) and (fig.category == "money" or found[-1] not in _GENERIC)


def _part(fig: Figure) -> bool:
    """A part of a total ("three other victims", "two of them"), never the same quantity as the total."""
    return bool(_PART_WORDS & set(words(fig.counted or "")))


_PART_WORDS = _word_list("partial_counts.txt")


def figure_block(fig: Figure, article: Article | None, across: bool = False) -> tuple[str, str, str, str]:
    family = "casualties" if fig.category in CASUALTY_FAMILY else fig.category
    if fig.category in ("other", "money"):  # one quantity only when they count the same thing (a bond ≠ a price)
        head = counted_words(fig)[-1] if counted_words(fig) else ""
        family = f"{fig.category}:{_head_class(fig) or (head[:-1] if head.endswith('s') else head)}"
    # Units separate money from money and shares from counts; for counts of people the "unit" some extractors
    # give ("troops", "people") is the counted thing, compared by same_quantity instead.
    unit = (fig.unit or "").lower()
    unit = unit if fig.category == "money" or unit in ("%", "percent", "per cent") else ""
    # a tally over many places or events ("39 shot across the city", "in three separate shootings") is never one
    # incident's count (periods are already told apart by the span)
    extent = "many" if fig.scope and _MANY_PLACES.search(fig.scope) else "one"
    return family, _span(fig, article, across), unit, extent


def _comparable(fig: Figure, article: Article | None, others_beside: frozenset[str] = frozenset()) -> bool:
    """A figure that can be one side of a same-quantity pair: it has a value, says what it counts, is not a part
    of a total, a pronoun, a count of shots, or an earlier incident's count. ("several" or "dozens" with no number
    cannot be compared; an uncategorised count without a counted word cannot be told apart from any other.)
    ``others_beside``: counts whose "others" are the people besides another toll (`_others_beside_a_toll`)."""
    return (figure_value(fig) is not None and _says_what(fig) and (fig.id in others_beside or not _part(fig))
            and not pronoun_only(fig) and not counts_no_people(fig) and not counts_objects(fig)
            and not part_by_context(fig, article)
            and not earlier_incident(fig, article) and not charged_by_context(fig, article))


_OTHERS = frozenset({"other", "others"})
_KILLED_OR_WOUNDED_APART = frozenset({"killed", "wounded"})
# How far back the count an "others" sets its people apart from may stand: a paragraph or two ("... the remaining
# victim was killed at a delicatessen. [a quoted father's statement] 13 others were wounded").
OTHERS_REACH = 800


def _others_beside_a_toll(figures: Sequence[Figure], articles: dict[str, Article]) -> frozenset[str]:
    """Casualty counts whose only part word is "other(s)" and whose nearest earlier casualty count in the article
    (within OTHERS_REACH characters) is of another category: "killed six people and wounded seven others" — the
    seven are everyone wounded, "others" only sets them apart from the dead, so they are a toll, not a part of one.
    After a count of their own category ("three were wounded ... two others were hurt") they stay a part, and so
    does a killed-or-wounded "others" ("two killed and two others shot"): read as a total it would stand for the
    whole toll and drift against the dead."""
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for fig in figures:
        if fig.category in _KILLED_OR_WOUNDED_APART:
            by_article[fig.article].append(fig)
    out = set()
    for art_id, figs in by_article.items():
        if art_id not in articles:
            continue
        figs = sorted(figs, key=lambda f: f.start)
        for prev, fig in zip(figs, figs[1:], strict=False):
            part_words = _PART_WORDS & set(words(fig.counted or ""))
            if (prev.category != fig.category and part_words and part_words <= _OTHERS
                    and fig.start - prev.end <= OTHERS_REACH):
                out.add(fig.id)
    return frozenset(out)


def _this_incident(fig: Figure, article: Article | None) -> bool:
    return not (pronoun_only(fig) or counts_no_people(fig) or earlier_incident(fig, article)
                or charged_by_context(fig, article))


_INDEFINITE = re.compile(r"an?\s", re.I)  # "a child" brings in someone; "the boy" points back to the one told of


def _unplaced(figures: Sequence[Figure], settings: dict[str, Setting]) -> frozenset[str]:
    """One-person figures that cannot be told apart in an article naming people of two ages in their category ("a
    child" wounded on a page about a wounded 5-year-old and a wounded 7-year-old): one brought in without an age or
    a name ("a child", not "the boy", which points back) could be either, so it joins neither. (A killed 15-year-old and a wounded 14-year-old leave "his friend was
    dead" one person.)"""
    ages: dict[tuple[str, str], set[str]] = defaultdict(set)
    loose: dict[tuple[str, str], list[str]] = defaultdict(list)
    for fig in figures:
        if figure_value(fig) != 1 or fig.category not in CASUALTY_FAMILY:
            continue
        told = _ages(fig) | _age_numbers(settings.get(fig.id, _NO_SETTING).ages)
        ages[(fig.article, fig.category)] |= told
        if not told and one_person(fig) and _INDEFINITE.match(fig.text) \
                and not re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", fig.text):
            loose[(fig.article, fig.category)].append(fig.id)
    # a killed-or-wounded count ("a child was shot") may be either the dead or the wounded
    def near(art: str, cat: str) -> set[str]:
        return set().union(*(ages[(art, c)] for c in CASUALTY_FAMILY if "killed_or_wounded" in (c, cat) or c == cat))

    return frozenset(i for (art, cat), ids in loose.items() if len(near(art, cat)) > 1 for i in ids)


def align_figures(story: str, figures: Sequence[Figure], articles: dict[str, Article]) -> list[Alignment]:
    """One story's figure alignments: figures asserting the same quantity, whoever asserts them."""
    blocks: dict[tuple[str, str, str, str], list[Figure]] = defaultdict(list)
    # the story's own articles only: `articles` may be the whole corpus, and this runs once per story
    lang_of = {f.article: articles[f.article].lang for f in figures if f.article in articles}
    across = not all(english(lang) for lang in lang_of.values())
    ordered = sorted(figures, key=lambda f: f.id)
    if across:
        ordered = _classes_elided([_counted_before(f, articles.get(f.article)) for f in ordered], articles)
    others_beside = _others_beside_a_toll(ordered, articles)
    comparable = [f for f in ordered if _comparable(f, articles.get(f.article), others_beside)]
    settings = {f.id: figure_setting(f, articles.get(f.article)) for f in comparable}
    comparable = [f for f in comparable if f.id not in _unplaced(comparable, settings)]
    # an article's toll is its largest count of this incident, parts ("three other men") included: a smaller
    # count ("two were listed in critical condition") is a part of it
    leading = _leading_counts([f for f in ordered if _this_incident(f, articles.get(f.article))], articles, across)
    for fig in comparable:
        value = figure_value(fig)
        span = _span(fig, articles.get(fig.article), across)
        if fig.category in CASUALTY_FAMILY and value is not None and value < _toll(leading, fig, span, across):
            continue  # a part of the article's toll ("two are in critical condition") not said to be one
        blocks[figure_block(fig, articles.get(fig.article), across)].append(fig)
    out: list[Alignment] = []
    for key in sorted(blocks):
        block = blocks[key]
        by_id = {f.id: f for f in block}
        for ids, group_edges in _group_figures(block, _figure_edges(block, lang_of, settings), lang_of, settings):
            first = first_published(articles, {i: by_id[i].article for i in ids})
            out.append(_alignment("figure", story, ids, group_edges, first))
    return out


def statement_figures(alignments: Sequence[Alignment], figures: Sequence[Figure]) -> dict[str, set[tuple[str, float]]]:
    """Statement id → the (figure alignment, value) pairs of the figures it carries."""
    figure_of = {f.id: f for f in figures}
    out: dict[str, set[tuple[str, float]]] = defaultdict(set)
    for al in alignments:
        for member in al.members:
            fig = figure_of.get(member)
            value = figure_value(fig) if fig is not None else None
            if fig is not None and fig.statement and value is not None:
                out[fig.statement].add((al.id, value))
    return out


def align(articles: Sequence[Article], statements: Sequence[Statement], figures: Sequence[Figure],
          sources: Sequence[Source], stories: Sequence[Story]) -> list[Alignment]:
    """Alignments story by story (the store recomputes only the stories a new batch touches)."""
    by_article = {a.id: a for a in articles}
    story_of = {a: s.id for s in sorted(stories, key=lambda s: s.id) for a in s.articles}
    st_by_story: dict[str, list[Statement]] = defaultdict(list)
    fig_by_story: dict[str, list[Figure]] = defaultdict(list)
    for st in statements:
        if st.article in story_of:
            st_by_story[story_of[st.article]].append(st)
    for fig in figures:
        if fig.article in story_of:
            fig_by_story[story_of[fig.article]].append(fig)
    lang_of = {a.id: a.lang for a in articles}
    source_of = {s.id: s for s in sources}
    out: list[Alignment] = []
    planned = []
    for story in sorted(set(st_by_story) | set(fig_by_story)):
        figure_alignments = align_figures(story, fig_by_story[story], by_article)
        out.extend(figure_alignments)
        links = statement_figures(figure_alignments, fig_by_story[story])
        across = _language_pairs(st_by_story[story], lang_of, source_of, links, statement_values(fig_by_story[story]))
        planned.append((story, links, _speaker_blocks(st_by_story[story], links, lang_of), across))
    vectors = _embed(set().union(*(_texts_to_embed(blocks) for _, _, blocks, _ in planned)))
    for story, links, blocks, across in planned:
        out.extend(_statement_alignments(story, blocks, by_article, links, vectors, _language_edges(across)))
    return sorted(out, key=lambda a: a.id)
