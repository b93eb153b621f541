"""The Spark job in local mode (local[2]) against the single-process path, on GVA dev articles plus a WARC file
written here. One SparkSession and one job run for the module: Spark's start-up dominates everything else."""

from __future__ import annotations

import json

import pytest

from newsledger import api
from newsledger.ingest.identity import article_id

from .test_warc import PAGES, write_warc

pytestmark = pytest.mark.spark
SAMPLE = 24


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    from newsledger.spark.job import session

    spark = session("local[2]", app_name="newsledger-test",
                    conf={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"})
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, data_dir):
    """The first GVA dev articles with distinct ids and texts (the store keeps one article per text, analyze
    keeps both), and a crawl file."""
    root = tmp_path_factory.mktemp("spark-in")
    lines, seen = [], set()
    with (data_dir / "figures" / "gva" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            key = article_id(rec["text"])
            if key in seen or rec["id"] in seen:
                continue
            seen |= {key, rec["id"]}
            lines.append(line)
            if len(lines) == SAMPLE:
                break
    jsonl = root / "sample.jsonl"
    # Real crawls repeat articles (same id, same text): a few again, shuffled in, are one article each.
    jsonl.write_text("".join(lines[:2] + lines[4:5] + lines + lines[3:1:-1]), encoding="utf-8")
    return [jsonl, write_warc(root / "crawl.warc.gz")]


@pytest.fixture(scope="module")
def job(spark, inputs, tmp_path_factory):
    from newsledger.spark.job import run

    out = tmp_path_factory.mktemp("spark-out") / "tables"
    # A lineage cut every round: the checkpoint path runs here whatever the sample's longest chain of links.
    summary = run(spark, [str(p) for p in inputs], str(out), partitions=2, checkpoint_every=1)
    db = out.parent / "spark.duckdb"
    counts = api.import_parquet(out, db=db)
    return summary, counts, api.load_ledger(db=db)


@pytest.fixture(scope="module")
def single(inputs, nlp):
    return api.analyze(inputs)


def _records(items, exclude=None):
    return sorted(x.model_dump_json(exclude=exclude) for x in items)


def test_statements_and_figures_equal_the_single_process_path(job, single):
    _, _, ledger = job
    assert len(ledger.articles) == SAMPLE + len(PAGES)
    assert ledger.statements and ledger.figures
    assert _records(ledger.statements) == _records(single.statements)
    assert _records(ledger.figures) == _records(single.figures)


def test_stories_and_cross_article_records_equal_too(job, single):
    _, _, ledger = job
    # Articles differ only in `path` (Spark names the file, not the line).
    assert _records(ledger.articles, {"path"}) == _records(single.articles, {"path"})
    for key in ("stories", "sources", "alignments", "findings", "estimates"):
        assert _records(getattr(ledger, key)) == _records(getattr(single, key)), key


def test_summary_and_import_counts(job):
    summary, counts, ledger = job
    assert summary["counts"]["articles"] == counts["articles"] == len(ledger.articles)
    assert counts["statements"] == len(ledger.statements)
    # The crawl's page without article text is the one problem; 404s, images and requests are not.
    assert counts["problems"] == 1
    assert set(summary["stage_seconds"]) == {"read_extract", "stats", "link", "per_story", "write"}


def test_parquet_input_reads_like_json_lines(spark, inputs, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsledger.ledger import Article
    from newsledger.spark.job import read_inputs

    jsonl = inputs[0]
    records = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "sample.parquet")
    got = read_inputs(spark, [str(tmp_path / "sample.parquet")]).collect()
    read = [Article.model_validate_json(doc) for kind, doc in got if kind == "a"]
    # The sample repeats some articles: read_inputs passes every row on (the job dedupes next), api.read drops
    # exact repeats as it reads.
    assert len(read) > len({a.id for a in read})
    spark_articles = sorted({a.id: a for a in read}.values(), key=lambda a: a.id)
    local, _ = api.read([jsonl])
    assert [a.model_dump(exclude={"path"}) for a in spark_articles] == \
        [a.model_dump(exclude={"path"}) for a in sorted(local, key=lambda a: a.id)]


def test_import_needs_a_new_store_and_round_trips_through_export(job, tmp_path):
    from newsledger.store.base import StoreError

    _, _, ledger = job
    exported = _export_dir(job, tmp_path)
    db = tmp_path / "a.duckdb"
    api.import_parquet(exported, db=db)
    assert _records(api.load_ledger(db=db).statements) == _records(ledger.statements)
    with pytest.raises(StoreError, match="already holds articles"):
        api.import_parquet(exported, db=db)
    with pytest.raises(StoreError, match="not a directory"):
        api.import_parquet(tmp_path / "nothing-here", db=tmp_path / "b.duckdb")


def _export_dir(job, tmp_path):
    """The imported store exported again as Parquet (`export --format parquet`: one file per table)."""
    summary, _, _ = job
    first = tmp_path / "first.duckdb"
    api.import_parquet(summary["output"], db=first)
    out = tmp_path / "export"
    api.export(out, db=first, format="parquet")
    return out


def test_repeated_articles_are_kept_once_without_comparing_articles():
    from newsledger.ledger import Article
    from newsledger.spark.job import _dedupe_ids

    same = Article(id="x1", text="Two people were hurt in a fire on Main Street.", path="a.jsonl")
    other = same.model_copy(update={"text": "Three people were hurt in a fire on Main Street.", "path": "b.jsonl"})
    docs = [same.model_dump_json(), same.model_dump_json(), other.model_dump_json(), same.model_dump_json()]
    out = list(_dedupe_ids(("x1", docs)))
    assert [kind for kind, _ in out] == ["a", "p"]  # one kept; the changed text is a problem, the repeats are not
    assert Article.model_validate_json(out[0][1]) == other  # the smaller text, as ingest's unique_articles keeps
    assert "different text" in json.loads(out[1][1])["reason"]


@pytest.mark.parametrize("checkpoint_every", [2, 5])
def test_a_long_chain_of_links_is_one_component_past_the_checkpoint(spark, checkpoint_every):
    from newsledger.spark.job import components

    # A chain whose smallest id is at one end needs one label-propagation round per link: 30 rounds here, so
    # the lineage is cut several times (localCheckpoint marks in place; the loop must go on with the same RDD).
    chain = [f"c{i:03d}" for i in range(31)]
    edges = [(a, b) for a, b in zip(chain, chain[1:], strict=False)] + [("z1", "z2")]
    labels = dict(components(spark.sparkContext.parallelize(edges, 2), 2, checkpoint_every).collect())
    assert labels == {**{a: "c000" for a in chain}, "z1": "z1", "z2": "z1"}


# Invented articles: thirty about different people of one made-up town, two about one shooting there. The town's
# name is in 32 articles, past rare_bucket and within bucket_cap, so on its own it proposes no pair.
_PEOPLE = ["Arvel Tindsworth", "Bexley Marcombe", "Corwin Halsted", "Delphine Okonkwa", "Emrys Vantongeren",
           "Fenwick Ossory", "Galen Pritchley", "Hesper Dunmore", "Ivo Rackstraw", "Jessamy Quilter",
           "Kester Abernant", "Liesel Morrant", "Madoc Fenchurch", "Nerys Galbraithe", "Osric Penhallow",
           "Perpetua Vaile", "Quillon Stourbridge", "Rosamund Hextall", "Sorley Maddox", "Tamsin Ecclestone",
           "Ulric Bramwell", "Verity Lanyon", "Wystan Corrigall", "Xanthe Morcombe", "Yestin Harrowgate",
           "Zillah Thornbury", "Alard Kimbrough", "Briony Ashcombe", "Caddoc Wellbeloved", "Dorcas Pendarves"]
_DEEDS = ["opened a bakery", "won a chess tournament", "restored a chapel organ", "planted an orchard",
          "published a cookbook", "rescued a heron", "repaired the clock tower", "coached a rowing crew"]


def _one_town():
    from newsledger.ledger import Article

    out = []
    for i, person in enumerate(_PEOPLE):
        deed = _DEEDS[i % len(_DEEDS)]
        last = person.split()[1]
        text = (f"Neighbours in Quarrington say {person} {deed} this spring. {person} told friends the project "
                f"took months of weekends. {last} thanked the volunteers who helped.")
        out.append(Article(id=f"crowd{i:02d}", title=f"{person} {deed}", text=text, date=f"2024-05-{1 + i % 28:02d}",
                           outlet=f"outlet{i % 5}"))
    event = ("A gunman wounded 3 people outside the Brennoch Hall in Quarrington on Friday night, police chief "
             "Odalys Verhoeven said. Officers arrested Tobiah Skelwith, 27, near the Marrowgate bridge.")
    follow = ("Tobiah Skelwith, 27, was charged on Monday with wounding 3 people outside the Brennoch Hall in "
              "Quarrington, police chief Odalys Verhoeven told reporters near the Marrowgate bridge.")
    return out + [
        Article(id="event1", title="Three wounded outside Brennoch Hall", text=event, date="2024-06-07",
                outlet="outlet1"),
        Article(id="event2", title="Skelwith charged in Brennoch Hall shooting", text=follow, date="2024-06-10",
                outlet="outlet2")]


def test_linking_proposes_scores_and_clusters_exactly_as_the_story_index(spark):
    from newsledger.link.stories import StoryIndex, features, pair_score
    from newsledger.spark.job import _block_keys, corpus_stats, link_stories, scored_pairs

    articles = _one_town()
    index = StoryIndex()
    index.add(articles)
    expected = {(a, b) for a, b, _ in index.candidate_pairs()}
    feats = {a.id: features(a) for a in articles}
    sharing = {(a, b) for a in feats for b in feats if a < b and {*_block_keys(feats[a], index.params)}
               & {*_block_keys(feats[b], index.params)}}
    # The premise: most pairs that share a key (the town) are not candidates.
    assert ("event1", "event2") in expected and len(expected) < len(sharing) / 10

    rdd = spark.sparkContext.parallelize(sorted(feats.items()), 2)
    stats_bc = spark.sparkContext.broadcast(corpus_stats(rdd))
    got = {(a, b): s for a, b, s in scored_pairs(rdd, stats_bc, index.params, 2).collect()}
    assert set(got) == expected
    assert all(got[a, b] == pair_score(feats[a], feats[b], index._stats) for a, b in got)

    linked = link_stories(rdd, stats_bc, index.params, 2).collect()
    stories = sorted(item for kind, item in linked if kind == "story")  # (story id, Story JSON)
    assert [doc for _, doc in stories] == [s.model_dump_json() for s in index.stories()]
    assert any(len(s.articles) == 2 for s in index.stories())
