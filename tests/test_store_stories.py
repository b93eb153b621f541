"""The store with a stateful story index (the shape link/stories.py is growing: add, stories, to_state/from_state):
stories that grow and re-key across batches end up exactly as one batch and as the one-shot path."""

from __future__ import annotations

from collections import defaultdict

import pytest

from newsledger import api
from newsledger.ledger import Article, Story, stable_id
from newsledger.pipeline import build_ledger
from tests.test_store import as_sets, ingest
from tests.test_store_kit import article_record, fake_extract, write_corpus


class TownIndex:
    """Articles about one town are one story, keyed by its smallest article id: an article that arrives late with
    a smaller id re-keys the story, so stored articles must move."""

    def __init__(self, state: dict | None = None) -> None:
        self._town: dict[str, str] = dict((state or {}).get("town", {}))
        self._meta: dict[str, tuple] = {k: tuple(v) for k, v in (state or {}).get("meta", {}).items()}

    @classmethod
    def from_state(cls, state: dict) -> TownIndex:
        return cls(state)

    def to_state(self) -> dict:
        return {"town": self._town, "meta": self._meta}

    def _groups(self) -> dict[str, list[str]]:
        groups = defaultdict(list)
        for art, town in self._town.items():
            groups[town].append(art)
        return groups

    def add(self, articles: list[Article]) -> dict[str, str]:
        for a in articles:
            self._town[a.id] = (a.title or "").split(" (")[0]
            self._meta[a.id] = (a.date, a.outlet)
        ids = {town: stable_id("story", min(arts)) for town, arts in self._groups().items()}
        return {a.id: ids[self._town[a.id]] for a in articles}

    def stories(self) -> list[Story]:
        out = []
        for town, arts in sorted(self._groups().items()):
            dates = sorted(d for d, _ in (self._meta[a] for a in arts) if d)
            out.append(Story(id=stable_id("story", min(arts)), label=town, articles=sorted(arts),
                             start_date=dates[0] if dates else None, end_date=dates[-1] if dates else None,
                             outlets=sorted({o for _, o in (self._meta[a] for a in arts) if o})))
        return out


@pytest.fixture
def town_index(monkeypatch):
    monkeypatch.setattr("newsledger.store.duckdb.StoryIndex", TownIndex)
    monkeypatch.setattr("newsledger.pipeline.StoryIndex", TownIndex)


def test_growing_and_rekeyed_stories_match_one_batch_and_analyze(tmp_path, town_index):
    records = [article_record(i) for i in range(40)]
    # Newest ids first, so every batch brings smaller ids that re-key the stories already stored.
    parts = [write_corpus(tmp_path / f"p{n}.jsonl", records[40 - 10 * (n + 1):40 - 10 * n]) for n in range(4)]
    one_db, many_db = tmp_path / "one.duckdb", tmp_path / "many.duckdb"
    ingest(parts, one_db, batch_size=1000)
    for part in parts:
        ingest([part], many_db, batch_size=6)
    one, many = api.load_ledger(db=one_db), api.load_ledger(db=many_db)
    assert len(one.stories) == 5 and sorted(len(s.articles) for s in one.stories) == [8] * 5
    assert as_sets(one) == as_sets(many)
    reference = build_ledger(fake_extract(api.read([str(p) for p in parts])[0]))
    assert as_sets(reference) == as_sets(one)
    rows = api.stories(db=many_db)
    assert len(rows) == 5 and all(r["articles"] == 8 and r["outlets"] == 3 for r in rows)


def test_story_detail_carries_its_estimates_and_findings(tmp_path, town_index):
    db = tmp_path / "s.duckdb"
    ingest([write_corpus(tmp_path / "c.jsonl", (article_record(i) for i in range(20)))], db)
    ledger = api.load_ledger(db=db)
    for story in ledger.stories:
        detail = api.story(story.id, db=db)
        assert len(detail["estimates"]) == sum(e.story == story.id for e in ledger.estimates)
        assert len(detail["findings"]) == sum(f.story == story.id for f in ledger.findings)
        assert len(detail["figures"]) == sum(f.article in story.articles for f in ledger.figures)


def test_three_batches_equal_one_batch_equal_analyze(tmp_path, town_index):
    """Batching must not change what the store holds. With a linker whose decision does not depend on batching
    (TownIndex), every record must match exactly; the real linker's batch tolerance is measured and tested in
    tests/test_eval_stories.py."""
    records = [article_record(i) for i in range(45)]
    parts = [write_corpus(tmp_path / f"part{n}.jsonl", records[n::3]) for n in range(3)]
    one_db, three_db = tmp_path / "one.duckdb", tmp_path / "three.duckdb"
    ingest(parts, one_db, batch_size=1000)
    for part in parts:
        ingest([part], three_db, batch_size=7)
    one, three = as_sets(api.load_ledger(db=one_db)), as_sets(api.load_ledger(db=three_db))
    assert one == three
    # The one-shot path over the same extractions gives the same records.
    reference = build_ledger(fake_extract(api.read([str(p) for p in parts])[0]))
    assert as_sets(reference) == one
