"""The Spark job: articles in (JSON Lines, Parquet or WARC, from any path Spark reads), the store's tables out as
Parquet (`newsledger import-parquet` loads them into DuckDB).

Stages, none of which brings the corpus to the driver:

1. read: JSON Lines and Parquet rows through the same record rules as `newsledger ingest`; WARC files through
   ingest/warc.py (each file is read whole by one task, as Spark's binaryFiles does: CC-NEWS files are ~1 GB).
   Exact duplicates are dropped as the store drops them: one article per id, one per normalised text.
2. extract: `mapPartitions`, so each Python worker loads spaCy once (`newsledger.nlp.load` caches it and PySpark
   reuses workers) and parses its partition in `nlp.pipe` batches; an article that breaks the extractor becomes a
   problem, not a failed task. The same pass computes each article's story-linking features (link/stories.py).
3. link, by link/stories.py's own code at every step, so the stories are the ones `analyze` (one StoryIndex
   batch) gives for the same articles: corpus statistics (the document frequencies the decision weighs) are
   counted with `_Stats.add` per partition, summed and broadcast. Blocking keys are `StoryIndex.keys`; a key's
   bucket is kept while at most `bucket_cap` articles share it, as `StoryIndex.store` keeps it. Each article then
   meets the buckets of its keys and the features of the articles in them (joins, never a cross join: at most bucket_cap
   neighbours per key) and `StoryIndex.candidates` on that slice of the index picks its candidates (a shared key
   alone is not enough: a band, a rare key or `min_shared` keys are); `pair_score` scores them. Connected
   components of the accepted pairs are found by label propagation (joins again), and each component is
   clustered on one executor by `StoryIndex.agglomerate`, with every scored pair inside it.
4. per story: sources merged, statements and figures aligned, findings and estimates, exactly as the store
   recomputes a story (store/parquet.py's row builders); then sources merged across stories.
5. write: one Parquet directory per store table (same columns as the DuckDB schema), plus `story_features` (the
   story index's state) and `_newsledger.json` (counts, settings).
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

from newsledger.ingest.identity import article_id as text_hash
from newsledger.ledger import Article, ArticleExtraction, Problem, Story
from newsledger.link.stories import (
    CLOSE_DAYS,
    DEFAULT,
    Features,
    Params,
    StoryIndex,
    _Stats,
    features,
    pair_score,
)
from newsledger.store.parquet import (
    STORY_FEATURES,
    article_row,
    extraction_row,
    problem_row,
    source_rows,
    store_columns,
    story_rows,
)

FORMATS = ("jsonl", "parquet", "warc")
_SUFFIX_FORMAT = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet", ".warc": "warc"}
# Articles a task hands to spaCy at a time: nlp.pipe batches inside it; a failure retries only these one by one.
EXTRACT_CHUNK = 64
# Label propagation: checkpoint the lineage every few rounds so a long chain does not build a deep plan.
CHECKPOINT_EVERY = 5
MAX_ROUNDS = 200
ROWS_PER_FILE = 500_000
WRITE_THREADS = 4


# -- session and input -----------------------------------------------------------------------------------------------


def session(master: str | None = None, app_name: str = "newsledger", conf: dict[str, str] | None = None):
    """A SparkSession; `master` only when not launched by spark-submit (which sets it). In local mode the Python
    workers run this interpreter, so they see the same packages and spaCy model."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # Local mode talks only to itself: keep the driver on loopback, not the host's first interface.
        if master is not None:
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _suffix_format(path: str) -> str | None:
    suffixes = [s.lower() for s in PurePosixPath(path.rstrip("/")).suffixes]
    if suffixes and suffixes[-1] in (".gz", ".bz2", ".snappy", ".zst"):
        suffixes = suffixes[:-1]
    return _SUFFIX_FORMAT.get(suffixes[-1]) if suffixes else None


def detect_format(spark, path: str) -> str:
    """By suffix; for a directory (any filesystem Spark reaches), by the first file in it with a known suffix."""
    found = _suffix_format(path)
    if found:
        return found
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    files = fs.listFiles(hpath, True)
    while files.hasNext():
        name = files.next().getPath().getName()
        if not name.startswith(("_", ".")) and (found := _suffix_format(name)):
            return found
    raise ValueError(f"cannot tell the format of {path}: no .jsonl, .parquet or .warc(.gz) files in it; "
                     "pass --format")


def _tagged(item: Article | Problem) -> tuple[str, str]:
    return ("a", item.model_dump_json()) if isinstance(item, Article) else ("p", item.model_dump_json())


def _jsonl_rows(rows: Iterable[Any]) -> Iterator[tuple[str, str]]:
    from newsledger.ingest import article_from_record
    from newsledger.ingest.decode import UnreadableInput
    from newsledger.ingest.jsonl import iter_records

    for row in rows:
        for _, rec in iter_records(row.value):
            if isinstance(rec, UnreadableInput):
                yield _tagged(Problem(path=row.file, reason=str(rec)))
                continue
            try:
                yield _tagged(article_from_record(rec, path=row.file))
            except UnreadableInput as exc:
                yield _tagged(Problem(path=row.file, reason=str(exc)))


def _without_nulls(value: Any) -> Any:
    """Parquet gives every struct every field of the file's schema; a field a record did not have comes back
    null. Dropping nulls gives back the record as it was written (a JSON null and an absent key are one here)."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def _parquet_rows(rows: Iterable[Any]) -> Iterator[tuple[str, str]]:
    from newsledger.ingest import article_from_record
    from newsledger.ingest.decode import UnreadableInput

    for row in rows:
        rec = _without_nulls({k: v for k, v in row.asDict(recursive=True).items() if k != "_file"})
        if not isinstance(rec.get("text"), str):
            yield _tagged(Problem(path=row._file, reason="missing or non-string 'text'"))
            continue
        try:
            yield _tagged(article_from_record(rec, path=row._file))
        except UnreadableInput as exc:
            yield _tagged(Problem(path=row._file, reason=str(exc)))


def _warc_file(item: tuple[str, bytes], max_bytes: int) -> Iterator[tuple[str, str]]:
    from newsledger.ingest.warc import iter_warc

    name, data = item
    for found in iter_warc(io.BytesIO(data), source=name, max_bytes=max_bytes):
        yield _tagged(found)


def read_inputs(spark, paths: list[str], fmt: str = "auto", max_bytes: int = 20_000_000):
    """RDD of ("a", Article JSON) and ("p", Problem JSON) over every input path."""
    from pyspark.sql import functions as F

    parts = []
    for path in paths:
        kind = detect_format(spark, path) if fmt == "auto" else fmt
        if kind == "jsonl":
            df = spark.read.text(path).select(F.input_file_name().alias("file"), "value")
            parts.append(df.rdd.mapPartitions(_jsonl_rows))
        elif kind == "parquet":
            df = spark.read.parquet(path).withColumn("_file", F.input_file_name())
            parts.append(df.rdd.mapPartitions(_parquet_rows))
        elif kind == "warc":
            parts.append(spark.sparkContext.binaryFiles(path).flatMap(lambda kv: _warc_file(kv, max_bytes)))
        else:
            raise ValueError(f"unknown input format {kind!r}; one of {', '.join(FORMATS)}")
    return spark.sparkContext.union(parts)


def _dedupe_ids(item: tuple[str, list[str]]) -> Iterator[tuple[str, str]]:
    """One article per id, chosen as ingest's unique_articles chooses (the smallest text, then path and url); a
    reused id with another text is a problem. Real crawls repeat articles with the same id and text, so the sort
    has an explicit key: Article objects have no order."""
    _, docs = item
    arts = sorted((Article.model_validate_json(d) for d in docs), key=lambda a: (a.text, a.path or "", a.url or ""))
    kept = arts[0]
    yield "a", kept.model_dump_json()
    seen = {text_hash(kept.text)}
    for other in arts[1:]:  # one problem per other text, however often it is repeated
        if (h := text_hash(other.text)) not in seen:
            seen.add(h)
            yield "p", Problem(path=other.path or other.id,
                               reason=f"duplicate id {other.id!r} with a different text").model_dump_json()


def unique_articles(tagged, n: int):
    """(articles RDD keyed by id, problems RDD) with one article per id and per normalised text, in n partitions."""
    articles = tagged.filter(lambda t: t[0] == "a").map(lambda t: (Article.model_validate_json(t[1]).id, t[1]))
    by_id = articles.groupByKey(n).flatMap(lambda kv: _dedupe_ids((kv[0], list(kv[1]))))
    problems = tagged.filter(lambda t: t[0] == "p").map(lambda t: t[1]).union(
        by_id.filter(lambda t: t[0] == "p").map(lambda t: t[1]))
    # The store skips an article whose normalised text it already holds; here the smallest id is the one kept.
    kept = (by_id.filter(lambda t: t[0] == "a")
            .map(lambda t: (text_hash(Article.model_validate_json(t[1]).text), t[1]))
            .reduceByKey(lambda a, b: min(a, b, key=lambda d: Article.model_validate_json(d).id), n)
            .map(lambda kv: (Article.model_validate_json(kv[1]).id, kv[1])))
    return kept, problems


# -- extraction ------------------------------------------------------------------------------------------------------


def extract_partition(rows: Iterable[tuple[str, str]], model: str | None = None,
                      params: Params = DEFAULT) -> Iterator[tuple[str, Any]]:
    """("x", (article id, ArticleExtraction JSON, Features JSON)) per article, ("p", Problem JSON) per failure."""
    from itertools import islice

    from newsledger.extract import extract_articles
    from newsledger.store.ingest import extract_batch

    def extractor(batch: list[Article]):
        return extract_articles(batch, model=model)

    it = (Article.model_validate_json(doc) for _, doc in rows)
    while chunk := list(islice(it, EXTRACT_CHUNK)):
        done, failed = extract_batch(chunk, extractor)
        for x in done:
            yield "x", (x.article.id, x.model_dump_json(), json.dumps(features(x.article, params).to_json()))
        for p in failed:
            yield "p", p.model_dump_json()


# -- story linking ---------------------------------------------------------------------------------------------------


def _partition_stats(rows: Iterable[tuple[str, Features]]) -> Iterator[_Stats]:
    stats = _Stats()
    for _, f in rows:
        stats.add(f)  # link/stories.py's own counting, whatever it counts
    yield stats


def _merge_stats(a: _Stats, b: _Stats) -> _Stats:
    for item in fields(a):
        mine, theirs = getattr(a, item.name), getattr(b, item.name)
        if isinstance(mine, Counter):
            mine.update(theirs)  # adds the counts
        elif item.name == "n":
            a.n += b.n
    return a


def corpus_stats(feats) -> _Stats:
    """The document frequencies StoryIndex would hold after storing every article: counted per partition with
    `_Stats.add` and summed (a tree reduce, so the driver merges a few partial counts, not one per partition)."""
    return feats.mapPartitions(_partition_stats).treeReduce(_merge_stats)


@lru_cache(maxsize=4)
def _index(params: Params) -> StoryIndex:
    """An empty StoryIndex: its methods are the linking rules, shared with the single-process path."""
    return StoryIndex(params)


def _block_keys(f: Features, params: Params) -> list[str]:
    """The keys StoryIndex files an article under (its own `keys`), each once."""
    return list(dict.fromkeys(_index(params).keys(f)))


def buckets(feats, params: Params, n: int):
    """(key, sorted article ids) for every blocking key shared by 2 to bucket_cap articles: the buckets StoryIndex
    holds once every article is stored (`store` drops a bucket for good when it would pass bucket_cap; a key of
    one article proposes nothing). Counted before grouping, so a key found in millions of articles is never
    gathered in one place."""
    keyed = feats.flatMap(lambda kv: [(k, kv[0]) for k in _block_keys(kv[1], params)])
    small = (keyed.mapValues(lambda _: 1).reduceByKey(lambda a, b: a + b, n)
             .filter(lambda kv: 1 < kv[1] <= params.bucket_cap))
    return keyed.join(small, n).map(lambda kv: (kv[0], kv[1][0])).groupByKey(n).mapValues(sorted)


def article_candidates(aid: str, own: Features, neighbours: dict[str, Features], held: dict[str, list[str]],
                       stats: _Stats, params: Params = DEFAULT) -> Iterator[tuple[tuple[str, str], float]]:
    """((a, b), score), a < b, for every candidate StoryIndex proposes for `aid`. The index's own `candidates`
    decides (shared keys weighed by their bucket's size, the date window, articles in other languages days
    apart, whatever else it checks) on a slice of the index: `aid` and its `neighbours` stored by the index's own
    `store` (every structure it keeps), then the corpus-wide buckets of `aid`'s keys (`held`) and statistics put
    in place. `pair_score` scores the smaller id first, as `StoryIndex.add` does."""
    index = StoryIndex(params)
    for other in sorted(neighbours):
        index.store(other, neighbours[other])
    index.store(aid, own)
    index.use_corpus(stats, held)
    for other in sorted(index.candidates(aid, own)):
        a, b = (aid, other) if aid < other else (other, aid)
        yield (a, b), pair_score(index.features_of(a), index.features_of(b), stats, params)


def _grouped_candidates(item, stats_bc, params: Params) -> Iterator[tuple[tuple[str, str], float]]:
    aid, values = item
    own, neighbours, held = None, {}, {}
    for tag, value in values:
        if tag == "f":
            own = value
        elif tag == "b":
            held[value[0]] = value[1]
        else:
            neighbours[value[0]] = value[1]
    if own is None or not neighbours:
        return
    stats = stats_bc.value
    yield from article_candidates(aid, own, neighbours, held, stats, params)
    stats._derived.clear()  # its cache holds every Features it met: keep one article's neighbours at a time


def _dated_lang(f: Features) -> tuple[int, str] | None:
    return (f.day, f.lang) if f.lang and f.day is not None else None


def _other_languages(sc, feats):
    """(o, a): articles o in another language than a's, published within CLOSE_DAYS of it — the articles the
    index looks through for pairs across languages (a translation shares no blocking key). Joined on (day,
    language), only for the languages present on each day: a corpus in one language pairs nothing here."""
    dated = feats.flatMap(lambda kv: [(d, kv[0])] if (d := _dated_lang(kv[1])) else [])
    present: dict[int, set[str]] = {}
    for day, lang in dated.keys().distinct().collect():  # days x languages: small
        present.setdefault(day, set()).add(lang)
    if len(set().union(*present.values())) < 2:
        return sc.emptyRDD()
    present_bc = sc.broadcast(present)

    def wanted(kv):
        aid, (day, lang) = kv
        return [((d, other), aid) for d in range(day - CLOSE_DAYS, day + CLOSE_DAYS + 1)
                for other in present_bc.value.get(d, ()) if other != lang]

    return dated.join(dated.map(lambda kv: (kv[1], kv[0])).flatMap(wanted)).values()  # (o, a)


def scored_pairs(feats, stats_bc, params: Params, n: int):
    """(a, b, score) for exactly the pairs `StoryIndex.add` scores when every article arrives in one batch.
    Each article meets the buckets of its keys, the articles in them and those in other languages days apart
    (joins: at most bucket_cap neighbours per key, never a cross join), and runs the index's own candidate rule
    on that slice; a pair found from both ends is kept once."""
    held = buckets(feats, params, n)
    by_member = held.flatMap(lambda kv: [(a, ("b", (kv[0], kv[1]))) for a in kv[1]])
    pairs = held.flatMap(lambda kv: [(o, a) for a in kv[1] for o in kv[1] if o != a])
    pairs = pairs.union(_other_languages(feats.context, feats)).distinct(n)
    neighbour = pairs.join(feats, n).map(lambda kv: (kv[1][0], ("o", (kv[0], kv[1][1]))))  # a -> (o, fo)
    grouped = feats.mapValues(lambda f: ("f", f)).union(by_member).union(neighbour).groupByKey(n)
    return (grouped.flatMap(lambda kv: _grouped_candidates(kv, stats_bc, params))
            .reduceByKey(max, n).map(lambda kv: (kv[0][0], kv[0][1], kv[1])))


def components(edges, n: int, checkpoint_every: int = CHECKPOINT_EVERY):
    """article -> smallest article id of its connected component over `edges` (a, b), by label propagation."""
    from pyspark import StorageLevel

    adjacency = edges.flatMap(lambda e: [(e[0], e[1]), (e[1], e[0])]).persist()
    labels = adjacency.map(lambda kv: (kv[0], kv[0])).reduceByKey(min, n).persist()
    for round_ in range(1, MAX_ROUNDS + 1):
        offers = adjacency.join(labels, n).map(lambda kv: (kv[1][0], kv[1][1]))
        # Persisted before the checkpoint mark: localCheckpoint keeps the blocks in the cache (on disk too) and
        # would refuse a storage level set after it. It marks the RDD in place and returns None.
        new = labels.union(offers).reduceByKey(min, n).persist(StorageLevel.MEMORY_AND_DISK)
        if round_ % checkpoint_every == 0:
            new.localCheckpoint()
        changed = new.join(labels, n).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels.unpersist()
        labels = new
        if not changed:
            break
    else:
        raise RuntimeError(f"story components did not converge in {MAX_ROUNDS} rounds")
    adjacency.unpersist()
    return labels


def link_component(feats: dict[str, Features], scored: list[tuple[str, str, float]], stats: _Stats,
                   params: Params = DEFAULT) -> list[Story]:
    """Stories of one connected component, by link/stories.py's own agglomeration over its scored pairs: the
    same decisions `StoryIndex.add` takes when all the component's articles arrive in one batch."""
    index = StoryIndex(params)
    for aid in sorted(feats):
        index.store(aid, feats[aid])
    index.use_corpus(stats)
    index.agglomerate(sorted(feats), {(a, b): s for a, b, s in scored})
    return index.stories()


def _component_stories(item, stats_bc, params: Params) -> Iterator[tuple[str, Any]]:
    _, (members, scored) = item
    feats = dict(members)
    for story in link_component(feats, list(scored), stats_bc.value, params):
        yield "story", (story.id, story.model_dump_json())
        for aid in story.articles:
            yield "member", (aid, story.id, json.dumps(feats[aid].to_json()))


def link_stories(feats, stats_bc, params: Params, n: int, checkpoint_every: int = CHECKPOINT_EVERY):
    """RDD of ("story", (id, Story JSON)) and ("member", (article, story, Features JSON))."""
    scored = scored_pairs(feats, stats_bc, params, n).persist()
    accepted = scored.filter(lambda e: e[2] >= params.threshold).map(lambda e: (e[0], e[1]))
    label = components(accepted, n, checkpoint_every)
    comp = feats.leftOuterJoin(label, n).map(lambda kv: (kv[0], kv[1][1] or kv[0]))  # alone: its own component
    members = comp.join(feats, n).map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
    # Every scored pair inside a component goes with it (the agglomeration reads scores below the threshold too).
    by_a = scored.map(lambda e: (e[0], (e[1], e[2]))).join(comp, n)  # a -> ((b, score), component of a)
    by_b = by_a.map(lambda kv: (kv[1][0][0], (kv[0], kv[1][0][1], kv[1][1]))).join(comp, n)  # b -> ((a, s, ca), cb)
    pair_comp = (by_b.filter(lambda kv: kv[1][0][2] == kv[1][1])
                 .map(lambda kv: (kv[1][1], (kv[1][0][0], kv[0], kv[1][0][1]))))  # component -> (a, b, score)
    return members.cogroup(pair_comp, n).flatMap(lambda item: _component_stories(item, stats_bc, params))


# -- per-story tables ------------------------------------------------------------------------------------------------


def _story_tables(item) -> Iterator[tuple[str, dict[str, Any]]]:
    _, (story_json, docs) = item
    story = Story.model_validate_json(story_json)
    extractions = [ArticleExtraction.model_validate_json(d) for d in docs]
    for table, rows in story_rows([story], sorted(extractions, key=lambda x: x.article.id)).items():
        for row in rows:
            yield table, row


def _source_tables(item) -> Iterator[tuple[str, dict[str, Any]]]:
    source_id, variants = item
    for table, rows in source_rows(source_id, list(variants)).items():
        for row in rows:
            yield table, row


# -- the job ---------------------------------------------------------------------------------------------------------


def _spark_type(duck: str):
    from pyspark.sql import types as T

    duck = duck.upper()
    if duck in ("INTEGER", "INT", "INT4"):
        return T.IntegerType()
    if duck in ("BIGINT", "INT8", "HUGEINT"):
        return T.LongType()
    if duck in ("DOUBLE", "FLOAT8", "REAL", "FLOAT"):
        return T.DoubleType()
    if duck in ("BOOLEAN", "BOOL"):
        return T.BooleanType()
    return T.StringType()


def table_schemas() -> dict[str, Any]:
    from pyspark.sql import types as T

    schemas = {t: T.StructType([T.StructField(c, _spark_type(d), True) for c, d in cols])
               for t, cols in store_columns().items() if t not in ("meta", "story_index")}
    schemas[STORY_FEATURES] = T.StructType([T.StructField(c, T.StringType(), True)
                                            for c in ("article", "story", "features")])
    return schemas


def run(spark, inputs: list[str], output: str, *, fmt: str = "auto", model: str | None = None,
        partitions: int | None = None, params: Params = DEFAULT, max_bytes: int = 20_000_000,
        checkpoint_every: int = CHECKPOINT_EVERY) -> dict[str, Any]:
    """Run the whole job; returns counts per table and timings (also written to OUTPUT/_newsledger.json).
    `checkpoint_every`: label-propagation rounds between lineage cuts (tests lower it to reach the cut)."""
    from pyspark import StorageLevel

    started = last = time.perf_counter()
    timings: dict[str, float] = {}

    def mark(stage: str) -> None:  # stages run lazily: each mark follows the action that ran it
        nonlocal last
        now = time.perf_counter()
        timings[stage] = round(now - last, 1)
        last = now

    sc = spark.sparkContext
    disk = StorageLevel.MEMORY_AND_DISK
    # Every shuffle gets n partitions explicitly: PySpark otherwise sizes a join by the sum of its inputs'
    # partitions, which doubles on each round of label propagation.
    n = partitions or max(sc.defaultParallelism * 2, 1)
    articles, read_problems = unique_articles(read_inputs(spark, inputs, fmt, max_bytes), n)
    extracted = articles.mapPartitions(lambda rows: extract_partition(rows, model, params)).persist(disk)
    extracted.count()
    mark("read_extract")
    docs = extracted.filter(lambda t: t[0] == "x").map(lambda t: (t[1][0], t[1][1]))
    feats = extracted.filter(lambda t: t[0] == "x").map(
        lambda t: (t[1][0], Features.from_json(json.loads(t[1][2])))).persist(disk)
    stats_bc = sc.broadcast(corpus_stats(feats))
    mark("stats")
    linked = link_stories(feats, stats_bc, params, n, checkpoint_every).persist(disk)
    linked.count()
    mark("link")
    story_json = linked.filter(lambda t: t[0] == "story").map(lambda t: t[1])
    story_of = linked.filter(lambda t: t[0] == "member").map(lambda t: (t[1][0], t[1][1]))
    per_story = (story_of.join(docs, n).map(lambda kv: (kv[1][0], kv[1][1])).groupByKey(n)
                 .join(story_json, n).map(lambda kv: (kv[0], (kv[1][1], list(kv[1][0])))))
    story_tables = per_story.flatMap(_story_tables).persist(disk)
    story_tables.count()
    mark("per_story")
    sources = (story_tables.filter(lambda t: t[0] == "source_members")
               .map(lambda t: (t[1]["source"], t[1]["variant"])).groupByKey(n).flatMap(_source_tables))
    problems = read_problems.union(extracted.filter(lambda t: t[0] == "p").map(lambda t: t[1]))

    def plain(name: str, rdd):
        return rdd.map(lambda row: (name, row))

    rows = sc.union([
        plain("articles", docs.map(lambda kv: article_row(ArticleExtraction.model_validate_json(kv[1]).article))),
        plain("extractions", docs.map(lambda kv: extraction_row(ArticleExtraction.model_validate_json(kv[1])))),
        plain("problems", problems.map(lambda p: problem_row(Problem.model_validate_json(p)))),
        plain(STORY_FEATURES, linked.filter(lambda t: t[0] == "member").map(
            lambda t: {"article": t[1][0], "story": t[1][1], "features": t[1][2]})),
        story_tables,
        sources,
    ]).persist(disk)

    counts = write_tables(spark, rows, output, n)
    mark("write")
    extracted.unpersist()
    summary = {"inputs": inputs, "output": output, "counts": counts, "partitions": n,
               "default_parallelism": sc.defaultParallelism, "params": asdict(params),
               "stage_seconds": timings, "seconds": round(time.perf_counter() - started, 1)}
    _write_manifest(spark, output, summary)
    return summary


def write_tables(spark, rows, output: str, n: int) -> dict[str, int]:
    """One Parquet directory per table, in about one file per ROWS_PER_FILE rows (at most n). Rows leave Python
    once, as JSON beside their table's name, into a cached DataFrame; each table is then parsed into its typed
    columns and written by the JVM alone, in concurrent jobs (each is small, and one at a time they would queue on
    Spark's per-job latency)."""
    from concurrent.futures import ThreadPoolExecutor

    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    schemas = table_schemas()
    staged = spark.createDataFrame(rows.map(lambda t: (t[0], json.dumps(t[1], ensure_ascii=False))),
                                   "table string, row string").persist(StorageLevel.MEMORY_AND_DISK)
    counts = {r["table"]: r["count"] for r in staged.groupBy("table").count().collect()}

    def write(table: str) -> None:
        files = max(1, min(n, counts.get(table, 0) // ROWS_PER_FILE + 1))
        (staged.where(F.col("table") == table).select(F.from_json("row", schemas[table]).alias("r")).select("r.*")
         .coalesce(files).write.mode("overwrite").parquet(f"{output.rstrip('/')}/{table}"))

    with ThreadPoolExecutor(max_workers=WRITE_THREADS) as pool:
        list(pool.map(write, sorted(schemas)))  # list(): re-raise the first failure here
    staged.unpersist()
    return {table: counts.get(table, 0) for table in sorted(schemas)}


def _write_manifest(spark, output: str, summary: dict[str, Any]) -> None:
    """A small JSON file beside the tables, written through Hadoop's filesystem so it lands on S3/HDFS too."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(f"{output.rstrip('/')}/_newsledger.json")
    fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    stream = fs.create(path, True)
    try:
        stream.write(bytearray(json.dumps(summary, indent=2, default=str).encode("utf-8")))
    finally:
        stream.close()
