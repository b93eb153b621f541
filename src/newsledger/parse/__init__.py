"""Parse only what needs parsing, and keep character offsets identical to the article text.

An article is cut into chunks at paragraph ends (and, for very long paragraphs, at sentence or word ends) so that
the chunks concatenate to exactly the article text. Only chunks that may carry a statement — a quote mark or a
speech cue (extract/lexicons/cue_words.txt) — get the full pipeline (tagger, parser, NER). Figures are read from
the text alone (extract/figures.py), so a digit or a number word does not call for a parse. The other chunks get
the tokenizer and NER (`LIGHT_NER`: speaker resolution looks back for the people a pronoun or a surname points to)
and rule-based sentence boundaries. `Doc.from_docs` joins the chunks back into one `Doc` whose
`doc.text == article.text`, so every extractor reads one Doc and its token offsets are article offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from newsledger.ledger import Article

LEXICON_DIR = Path(__file__).parent.parent / "extract" / "lexicons"
# Below spaCy's default max_length by a wide margin: the parser's memory grows with chunk length.
MAX_CHUNK_CHARS = 20_000
QUOTE_MARKS = "\"“”«»„‟「」『』"


@lru_cache(maxsize=4)
def _lexicon(name: str) -> frozenset[str]:
    words = set()
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].lower().split())
    return frozenset(words)


def _cue_words() -> frozenset[str]:
    return _lexicon("cue_words.txt")


# `''` and `` are typewriter quotes (PolNeAR, older wire copy); ‘ opens a single-quoted quotation.
_QUOTE_TRIGGER = re.compile(rf"[{re.escape(QUOTE_MARKS)}‘]|''|``")
_WORD = re.compile(r"\w+")


def needs_parse(chunk: str) -> bool:
    """A quote mark or a cue word (as a whole word, any case): the chunk may hold a statement. A set lookup per
    word, not one regex of 600 alternatives: this runs on every paragraph and sentence."""
    return _QUOTE_TRIGGER.search(chunk) is not None or not _cue_words().isdisjoint(_WORD.findall(chunk.lower()))


def _split_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_CHUNK_CHARS:
        window = text[start:start + MAX_CHUNK_CHARS]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut < MAX_CHUNK_CHARS // 4:
            cut = window.rfind(" ")
        if cut < MAX_CHUNK_CHARS // 4:
            cut = MAX_CHUNK_CHARS - 1
        yield start, start + cut + 1
        start += cut + 1
    if end > start:
        yield start, end


def chunk_bounds(text: str) -> list[tuple[int, int]]:
    """Chunks at line ends (the newline stays with the chunk before it); they tile `text` exactly."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\n+", text):
        bounds.extend(_split_long(text, start, m.end()))
        start = m.end()
    bounds.extend(_split_long(text, start, len(text)))
    return bounds


# Two capitalised words in a row ("Steven Teitsort", "Kansas City"): a chunk that may introduce a person by name.
_NAME_LIKE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+")
FULL, NAMES, TOKENS = "full", "names", "tokens"
PIPE_BATCH = 256  # chunks are sentences and short paragraphs: larger batches than articles would take
# What the extractors read from a Doc; joining chunks copies only these. Sentences follow from HEAD and DEP.
JOINED_ATTRS = ("TAG", "POS", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE")


def chunk_kind(chunk: str) -> str:
    """What a chunk needs: the full pipeline (it may carry a statement), NER only (it may introduce a person a
    later pronoun or surname refers to), or the tokenizer alone."""
    if needs_parse(chunk):
        return FULL
    return NAMES if _NAME_LIKE.search(chunk) else TOKENS


# "Lt. Mike Hastings", "Gov. Smith", "J. Doe": the tokenizer leaves the period of many titles and initials on its
# own, and the rule-based sentencizer would cut there.
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])*|\bvs)\.\s*$")


# "at 2:05 a.m. Oct. 31, …" / "at 11 p.m. Saturday": the clock time's period is not a sentence end when a date,
# weekday or time zone follows (extract/lexicons/clock_time_followers.txt); before other words it may well be one
# ("… closed at 5 p.m. Police said …").
_CLOCK_TIME_END = re.compile(r"\b[ap]\.\s?m\.\s*$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _false_sentence_end(chunk: str, period_end: int) -> bool:
    rest = chunk[period_end:].lstrip()
    following = rest[:1]
    if following.islower() or following.isdigit():
        return True
    before = chunk[max(0, period_end - 12):period_end]
    if _ABBREVIATION_END.search(before):
        return True
    word = _FIRST_WORD.match(rest) if _CLOCK_TIME_END.search(before) else None
    return word is not None and word.group().lower() in _lexicon("clock_time_followers.txt")


_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*\s+")


def sentence_cuts(chunk: str) -> list[int]:
    """Where sentences start inside `chunk` (not 0): after . ! ? (and closing quotes or brackets) and whitespace,
    unless the period ends an abbreviation or an initial, or the next word is lowercase or a number. A rule, not a
    model: it only decides which stretches get the parser; the parser draws the sentences the extractors read."""
    return [m.end() for m in _SENTENCE_END.finditer(chunk)
            if m.end() < len(chunk) and not _false_sentence_end(chunk, m.end() - len(m.group().lstrip(".!?")))]


def plan_chunks(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) tiling `text`: paragraphs without a trigger whole; a paragraph with one split at
    sentence ends so that only its sentences holding a quote mark or a cue get the parser."""
    out: list[tuple[int, int, str]] = []
    for start, end in bounds:
        chunk = text[start:end]
        if not needs_parse(chunk):
            out.append((start, end, chunk_kind(chunk)))
            continue
        cuts = sentence_cuts(chunk)
        pieces: list[tuple[int, int, str]] = []
        for s, e in zip([0, *cuts], [*cuts, len(chunk)], strict=True):
            kind = chunk_kind(chunk[s:e])
            if pieces and (pieces[-1][2] == kind or FULL not in (kind, pieces[-1][2])):
                # neighbours of one kind join; NER-only and bare sentences join too (cheap either way)
                merged = kind if kind == pieces[-1][2] else NAMES
                pieces[-1] = (pieces[-1][0], e, merged)
            else:
                pieces.append((s, e, kind))
        out.extend((start + s, start + e, kind) for s, e, kind in pieces)
    return out


def parse_articles(articles: Iterable[Article], nlp, *, batch_size: int = 64, selective: bool = True
                   ) -> Iterator[tuple[Article, object]]:
    """Yield (article, Doc) with `doc.text == article.text`, parsing chunks in batches across articles."""
    from spacy.pipeline import Sentencizer

    full_pipes = list(nlp.pipe_names)
    pipes_for = {FULL: full_pipes, NAMES: [name for name in full_pipes if name == "ner"], TOKENS: []}
    sentencizer = Sentencizer()

    def run(chunks: list[str], pipes: list[str]):
        if not pipes:
            return [_flat_tree(sentencizer(doc)) for doc in nlp.tokenizer.pipe(chunks, batch_size=batch_size)]
        with nlp.select_pipes(enable=pipes):
            docs = list(nlp.pipe(chunks, batch_size=PIPE_BATCH))
        return docs if pipes == full_pipes else [_flat_tree(sentencizer(doc)) for doc in docs]

    pending: list[Article] = []
    pending_chars = 0

    def flush() -> Iterator[tuple[Article, object]]:
        texts: dict[str, list[str]] = {FULL: [], NAMES: [], TOKENS: []}
        plan = []
        for art in pending:
            bounds = chunk_bounds(art.text)
            pieces = plan_chunks(art.text, bounds) if selective else [
                (s, e, FULL) for s, e in bounds]
            kinds = []
            for s, e, kind in pieces:
                kinds.append((kind, len(texts[kind])))
                texts[kind].append(art.text[s:e])
            plan.append((art, kinds))
        parsed = {kind: run(chunks, pipes_for[kind]) if chunks else [] for kind, chunks in texts.items()}
        for art, kinds in plan:
            docs = [parsed[kind][i] for kind, i in kinds]
            if not docs:
                yield art, nlp.make_doc(art.text)
                continue
            yield art, join_docs(docs) if len(docs) > 1 else docs[0]

    for art in articles:
        pending.append(art)
        pending_chars += len(art.text)
        if len(pending) >= batch_size or pending_chars > 2_000_000:
            yield from flush()
            pending, pending_chars = [], 0
    if pending:
        yield from flush()


def join_docs(docs):
    """One Doc from consecutive chunk Docs, its text their concatenation (what `Doc.from_docs(docs,
    ensure_whitespace=False)` gives for these attributes, in a third of the time: no Token objects are made, and
    MORPH, LEMMA, knowledge-base ids and tensors, which nothing here reads, are not copied)."""
    import numpy
    from spacy.tokens import Doc

    vocab = docs[0].vocab
    attrs = ["ORTH", "SPACY", *JOINED_ATTRS]
    table = numpy.concatenate([d.to_array(attrs) for d in docs if len(d)])
    strings = vocab.strings
    doc = Doc(vocab, words=[strings[o] for o in table[:, 0].tolist()], spaces=table[:, 1].astype(bool).tolist())
    return doc.from_array(list(JOINED_ATTRS), table[:, 2:])


def _flat_tree(doc):
    """Each rule-based sentence of an unparsed chunk as a flat tree (its first token the root, the rest attached
    to it as `dep`). `Doc.from_docs` re-derives sentence boundaries from heads when any chunk is parsed, and would
    otherwise run an unparsed chunk into the sentence before it."""
    import numpy
    from spacy.attrs import DEP, HEAD

    if not len(doc):
        return doc
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    array = numpy.zeros((len(doc), 2), dtype="uint64")
    starts = [s.start for s in doc.sents if not (s.start and all(t.is_space for t in s))]  # "\n\n" joins
    for start, end in zip(starts, [*starts[1:], len(doc)], strict=True):
        for i in range(start, end):
            # relative head offsets are stored as unsigned ints, as Doc.to_array gives them
            array[i, 0] = numpy.int64(start - i).astype(numpy.uint64)
            array[i, 1] = root if i == start else dep
    return doc.from_array([HEAD, DEP], array)


def parse_text(text: str, nlp):
    """Parse one text the same way (used by tests and the spaCy component's users)."""
    art = Article(id="text", text=text)
    return next(parse_articles([art], nlp))[1]
