"""Scaling of everything after extraction (story linking, source merging, alignment, findings) with corpus size.

Extraction is per article and costs the same for the 50,000th article as for the first, so it is run once over the
data set and cached (ArticleExtraction JSON Lines, keyed by the data file and the extraction code).

A corpus grows in time: new stories arrive, old ones close. So the sizes below the data set are its earliest n
articles (by date, then id), whole stories rather than a thin sample of every story (which would make each story,
and the within-story alignment, grow with n). Larger corpora re-issue the records: a copy gets new article and
record ids, its dates moved past the data set's last date plus the story linker's date window (copy k by k times
that many years, a multiple of REPLICA_YEARS: copies form their own stories), a new outlet and URL, and invisible
word joiners after the text so its normalised-text hash differs and the store does not drop it as a duplicate
(offsets stay valid: the text only grows at its end). A copy's sentences are the original's, so the sentence-
embedding cache (keyed by text) would serve every copy for free where a real corpus has new sentences: while
measuring, each copy gets a cache of its own (`embedding_cache_per_copy`).

Two measurements per size, each in a fresh process (`python -m newsledger.bench.scaling link|store ...`):
- `link`: `build_ledger` over n pre-extracted records in memory, the one-shot `analyze` path;
- `store`: streamed ingest of the same records into a DuckDB store in batches: memory should hold one batch plus
  the store's caches, not the corpus.
The exponent of time against n (least squares on log-log) says whether anything compares all pairs.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import math
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsledger.bench import DEV, peak_rss_mb
from newsledger.bench.extractions import read_cache, write_cache
from newsledger.ledger import Article, ArticleExtraction, stable_id

REPLICA_YEARS = 4  # the step copies' dates move by: a multiple of 4 keeps 29 February a valid date
INVISIBLE = "\u2060"  # WORD JOINER: not whitespace, so it changes the text hash, and no tokenizer makes a word of it
COPY_MARK = "~"  # a copy's outlet is "<outlet>~<copy>"
_COPY_OF: dict[str, int] = {}  # re-issued article id -> its copy number (for embedding_cache_per_copy)
CACHE_DIR = Path(tempfile.gettempdir()) / "newsledger-bench-cache"
_RECORD_ID = re.compile(r"^([a-z]+)-[0-9a-f]{16}$")
# Code whose change can change an extraction: a cache made before such a change is not reused.
_EXTRACTION_CODE = ("extract", "parse", "nlp.py", "ledger.py", "ingest")


def _code_fingerprint() -> str:
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for name in _EXTRACTION_CODE:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(root)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def cache_path(data: Path, limit: int | None = None, model: str | None = None) -> Path:
    """Where the extractions of `data` (first `limit` articles) made by the current code are cached."""
    from newsledger.nlp import model_name

    stat = data.stat()
    key = hashlib.sha256(f"{data.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{limit}|{model_name(model)}|"
                         f"{_code_fingerprint()}".encode()).hexdigest()[:16]
    return CACHE_DIR / f"{data.stem}-{key}.jsonl"


def ensure_cache(data: Path, *, limit: int | None = None, model: str | None = None, processes: int = 2) -> Path:
    path = cache_path(data, limit, model)
    if path.exists():
        return path
    from newsledger.bench.extractions import extract_parallel, read_articles  # workers: loaded on demand

    return write_cache(path, extract_parallel(read_articles(data, limit), processes, model=model))


# -- re-issued copies ------------------------------------------------------------------------------------------------


def _shift_date(date: str | None, years: int) -> str | None:
    if not date or not date[:4].isdigit():
        return date
    return f"{int(date[:4]) + years:04d}{date[4:]}"


def _renamed(value: Any, ids: dict[str, str], copy: int) -> Any:
    if isinstance(value, str):
        if value in ids:
            return ids[value]
        m = _RECORD_ID.match(value)
        return stable_id(m.group(1), value, copy) if m else value
    if isinstance(value, list):
        return [_renamed(v, ids, copy) for v in value]
    if isinstance(value, dict):
        return {k: _renamed(v, ids, copy) for k, v in value.items()}
    return value


def copy_years(base: Iterable[ArticleExtraction]) -> int:
    """Years each copy moves by: past the data set's span plus the linker's window, in steps of REPLICA_YEARS."""
    from newsledger.link.stories import DEFAULT

    years = sorted(int(x.article.date[:4]) for x in base if x.article.date and x.article.date[:4].isdigit())
    span = (years[-1] - years[0] + 1 if years else 0) + DEFAULT.window_days / 365.25
    return REPLICA_YEARS * max(1, math.ceil(span / REPLICA_YEARS))


def reissue(x: ArticleExtraction, copy: int, years: int = REPLICA_YEARS) -> ArticleExtraction:
    """Copy number `copy` (>= 1) of an extraction, as if another outlet had published it `copy * years` years
    later."""
    art = x.article
    new_id = stable_id("art", art.id, copy)
    _COPY_OF[new_id] = copy
    data = _renamed(x.model_dump(mode="json"), {art.id: new_id}, copy)
    data["article"].update(
        date=_shift_date(art.date, years * copy), outlet=f"{art.outlet or 'outlet'}{COPY_MARK}{copy}",
        url=f"{art.url}#copy-{copy}" if art.url else None, text=art.text + INVISIBLE * copy, path=None,
        version_of=None)
    return ArticleExtraction.model_validate(data)


def in_time_order(base: Iterable[ArticleExtraction]) -> list[ArticleExtraction]:
    return sorted(base, key=lambda x: (x.article.date or "9999", x.article.id))


def corpus(base: Iterable[ArticleExtraction] | Path, n: int) -> Iterator[ArticleExtraction]:
    """n extractions: the data set's earliest n, or all of it then copy 1 of each, copy 2, ... The data set is held
    (it is the same size whatever n is); the copies are made one at a time."""
    base = in_time_order(read_cache(base) if isinstance(base, Path) else base)
    years = copy_years(base)
    made = copy = 0
    while made < n:
        for x in base:
            if made >= n:
                return
            yield x if copy == 0 else reissue(x, copy, years)
            made += 1
        if made == 0:
            return
        copy += 1


# -- measurements ----------------------------------------------------------------------------------------------------


def copy_number(article: Article | None) -> int:
    outlet = (article.outlet or "") if article is not None else ""
    head, _, tail = outlet.rpartition(COPY_MARK)
    return int(tail) if head and tail.isdigit() else 0


@contextmanager
def embedding_cache_per_copy() -> Iterator[None]:
    """While inside, the sentence encoder sees a copy's sentences as that copy's own texts (each marked with the
    copy's number of invisible word joiners, which the encoder's tokenizer drops: same tokens, same vector), so a
    copy costs what new articles would; without this, alignment would find every copy's sentences already encoded
    (the originals share one cache, as a real corpus does)."""
    align_module = importlib.import_module("newsledger.link.align")  # the package's `align` is the function
    texts_to_embed, statement_alignments = align_module._texts_to_embed, align_module._statement_alignments

    def copy_of(block) -> int:
        return _COPY_OF.get(block.statements[0].article, 0) if block.statements else 0

    def segments_of(block):
        return {seg for a, b in block.pending for st in (a, b) for seg, _ in align_module.segments(st)}

    def marked_texts(blocks):
        return {seg + INVISIBLE * copy_of(block) for block in blocks for seg in segments_of(block)}

    def unmarked_alignments(story, blocks, articles, links, vectors, *rest):  # *rest: align's later arguments
        own = {}
        for block in blocks:
            for seg in segments_of(block):
                vector = vectors.get(seg + INVISIBLE * copy_of(block))
                if vector is not None:
                    own[seg] = vector
        return statement_alignments(story, blocks, articles, links, own, *rest)

    align_module._texts_to_embed, align_module._statement_alignments = marked_texts, unmarked_alignments
    try:
        yield
    finally:
        align_module._texts_to_embed, align_module._statement_alignments = texts_to_embed, statement_alignments


def measure_link(cache: Path, n: int) -> dict[str, Any]:
    from newsledger.link import embeddings
    from newsledger.pipeline import build_ledger

    embeddings.available()  # a per-process start-up cost, not part of linking
    records = list(corpus(cache, n))
    loaded = peak_rss_mb()
    started = time.perf_counter()
    with embedding_cache_per_copy():
        ledger = build_ledger(records)
    seconds = time.perf_counter() - started
    return {"mode": "link", "n": len(records), "seconds": round(seconds, 2),
            "articles_per_s": round(len(records) / seconds, 1) if seconds else None,
            "stories": len(ledger.stories), "alignments": len(ledger.alignments),
            "rss_after_load_mb": loaded, "peak_rss_mb": peak_rss_mb()}


def measure_store(cache: Path, n: int, batch_size: int = 256) -> dict[str, Any]:
    from newsledger.link import embeddings
    from newsledger.store import open_store
    from newsledger.store.ingest import ingest_stream

    embeddings.available()
    pending: dict[str, ArticleExtraction] = {}

    def articles() -> Iterator[Article]:
        for x in corpus(cache, n):
            pending[x.article.id] = x
            yield x.article

    def extractor(batch: list[Article]) -> list[ArticleExtraction]:
        return [pending.pop(a.id) for a in batch]  # only the current batch is ever held

    with tempfile.TemporaryDirectory(prefix="newsledger-scaling-") as tmp:
        db = Path(tmp) / "scaling.duckdb"
        started = time.perf_counter()
        with open_store(db) as store, embedding_cache_per_copy():
            result = ingest_stream(store, articles(), extractor=extractor, batch_size=batch_size)
            counts = store.counts()
        seconds = time.perf_counter() - started
        size = db.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("*.wal"))
    return {"mode": "store", "n": n, "added": result.added, "skipped": result.skipped, "seconds": round(seconds, 2),
            "articles_per_s": round(result.added / seconds, 1) if seconds else None, "stories": counts["stories"],
            "alignments": counts["alignments"], "store_mb": round(size / 2**20, 1), "peak_rss_mb": peak_rss_mb(),
            "batch_size": batch_size}


def fit_exponent(points: Iterable[tuple[float, float]]) -> float | None:
    """Slope of log(seconds) against log(n), least squares: 1.0 is linear, 2.0 all pairs."""
    pts = [(math.log(n), math.log(s)) for n, s in points if n > 0 and s > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    if not sxx:
        return None
    return round(sum((x - mx) * (y - my) for x, y in pts) / sxx, 3)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsledger.bench.scaling", description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=["link", "store"])
    parser.add_argument("n", type=int)
    parser.add_argument("--cache", type=Path, default=None, help="extraction cache (default: made from --data)")
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args(argv)
    cache = args.cache or ensure_cache(args.data)
    result = measure_link(cache, args.n) if args.mode == "link" else measure_store(cache, args.n, args.batch_size)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
