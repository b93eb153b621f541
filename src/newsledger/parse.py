"""Parse only what needs parsing, and keep character offsets identical to the article text.

An article is cut into chunks at paragraph ends (and, for very long paragraphs, at sentence or word ends) so that
the chunks concatenate to exactly the article text. Chunks that may carry a statement or a figure (a quote mark, a
speech cue, a digit or a number word) get the full pipeline; the others get only the tokenizer and NER, which speaker
resolution needs for names. `Doc.from_docs` joins them back into one `Doc` whose `doc.text == article.text`, so
every extractor reads one Doc and its token offsets are article offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from newsledger.ledger import Article

LEXICON_DIR = Path(__file__).parent / "extract" / "lexicons"
# Below spaCy's default max_length by a wide margin: the parser's memory grows with chunk length.
MAX_CHUNK_CHARS = 20_000
QUOTE_MARKS = "\"“”«»„‟「」『』"


@lru_cache(maxsize=1)
def _trigger_pattern() -> re.Pattern[str]:
    words = set()
    for name in ("cue_words.txt", "number_words.txt"):
        path = LEXICON_DIR / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip().lower()
                if line:
                    words.add(re.escape(line))
    words |= {"said", "says", "say", "told", "according", "added", "claimed", "stated"}
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"[0-9{re.escape(QUOTE_MARKS)}‘]|\b(?:{alternatives})\b", re.IGNORECASE)


def needs_parse(chunk: str) -> bool:
    return _trigger_pattern().search(chunk) is not None


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


def parse_articles(articles: Iterable[Article], nlp, *, batch_size: int = 64, selective: bool = True
                   ) -> Iterator[tuple[Article, object]]:
    """Yield (article, Doc) with `doc.text == article.text`, parsing chunks in batches across articles."""
    import numpy
    from spacy.tokens import Doc

    full_pipes = [name for name in nlp.pipe_names]
    light_pipes = [name for name in full_pipes if name == "ner"]

    def run(chunks: list[str], pipes: list[str]):
        with nlp.select_pipes(enable=pipes):
            return list(nlp.pipe(chunks, batch_size=batch_size))

    pending: list[tuple[Article, list[tuple[int, int]]]] = []
    pending_chars = 0

    def flush() -> Iterator[tuple[Article, object]]:
        heavy, light = [], []
        plan = []
        for art, bounds in pending:
            kinds = []
            for s, e in bounds:
                chunk = art.text[s:e]
                if not selective or needs_parse(chunk):
                    kinds.append(("h", len(heavy)))
                    heavy.append(chunk)
                else:
                    kinds.append(("l", len(light)))
                    light.append(chunk)
            plan.append((art, kinds))
        heavy_docs = run(heavy, full_pipes) if heavy else []
        light_docs = run(light, light_pipes) if light else []
        for art, kinds in plan:
            docs = [heavy_docs[i] if k == "h" else light_docs[i] for k, i in kinds]
            if not docs:
                yield art, nlp.make_doc(art.text)
                continue
            for d in docs:
                _ensure_sentences(d)
                # Tensors differ in width between full and NER-only chunks, and nothing downstream reads them.
                d.tensor = numpy.zeros((len(d), 0), dtype="float32")
            doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
            yield art, doc

    for art in articles:
        bounds = chunk_bounds(art.text)
        pending.append((art, bounds))
        pending_chars += len(art.text)
        if len(pending) >= batch_size or pending_chars > 2_000_000:
            yield from flush()
            pending, pending_chars = [], 0
    if pending:
        yield from flush()


def _ensure_sentences(doc) -> None:
    """Unparsed chunks get one sentence each so that `doc.sents` works on the joined Doc."""
    if len(doc) and not doc.has_annotation("SENT_START"):
        doc[0].is_sent_start = True
        for tok in doc[1:]:
            tok.is_sent_start = False


def parse_text(text: str, nlp):
    """Parse one text the same way (used by tests and the spaCy component's users)."""
    art = Article(id="text", text=text)
    return next(parse_articles([art], nlp))[1]
