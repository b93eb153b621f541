"""Corrections made by hand: merge two stories, split articles off a story, merge two sources, split aliases off a
source. Linking gets some of these wrong; a newsroom needs to fix them and have the fix stick.

Each correction is a row of the `overrides` table. The store applies them, in the order they were made, after the
story index and the source rules have done their work — on the correction itself and again on every later batch
that touches the stories involved — so a correction survives re-linking and later ingests:

- story merge INTO OTHER: every article the index puts in OTHER (or in a story the index later merged OTHER into)
  belongs to INTO;
- story split STORY ARTICLES: those articles belong to a new story, whatever the index later decides for them;
  articles added later stay where the index (and earlier merges) put them — except that splitting off every
  article a merge brought in undoes that merge, so the merged story's later articles go to the new story too;
- source merge INTO OTHER: everything attributed to OTHER is attributed to INTO;
- source split SOURCE ALIASES: mentions written as one of ALIASES (or, for a person, naming them) belong to a new
  source; the rest stay with SOURCE.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newsledger.ledger import Source, stable_id
from newsledger.link.sources import parse_person
from newsledger.store.base import StoreError

if TYPE_CHECKING:
    from newsledger.store.duckdb import DuckDBStore

KINDS = ("story_merge", "story_split", "source_merge", "source_split")
NOTES = {  # how the web app and the CLI describe each correction, from the side of the record shown
    ("story_merge", "target"): "story {subject} was merged into this one",
    ("story_split", "target"): "split off story {subject} ({n} articles)",
    ("story_split", "subject"): "{n} articles were split off into story {target}",
    ("source_merge", "target"): "source {subject} was merged into this one",
    ("source_split", "target"): "split off source {subject} (written as {members})",
    ("source_split", "subject"): "mentions written as {members} were split off into source {target}",
}


@dataclass(frozen=True)
class Override:
    seq: int
    kind: str
    target: str
    subject: str
    members: tuple[str, ...]
    created: str

    @cached_property
    def folded(self) -> frozenset[str]:
        return frozenset(m.casefold() for m in self.members)

    def note(self, side: str) -> str | None:
        """The correction in words, seen from the `target` or the `subject` record (None: nothing to say)."""
        template = NOTES.get((self.kind, side))
        if template is None:
            return None
        return template.format(target=self.target, subject=self.subject, n=len(self.members),
                               members=", ".join(self.members)) + f" by hand on {self.created[:10]}"


def _names(src: Source) -> set[str]:
    """Every form a per-article source was written in, and for a person the name without titles."""
    written = [src.name, *src.aliases]
    parsed = [p.name for p in (parse_person(n) for n in written) if p is not None]
    return {n.casefold() for n in [*written, *parsed] if n.strip()}


@dataclass(frozen=True)
class Overrides:
    items: tuple[Override, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.items)

    def story_resolver(self, resolve: Callable[[str], str] = lambda s: s) -> Callable[[str, str], str]:
        """(article, the story the index put it in) → the story it belongs to; worked out once per batch.
        `resolve` follows the index's own merges of stories (link/stories.py StoryIndex.resolve), so a merge still
        holds when the index later folds either story into a third one (the three are then one story, under the
        index's surviving id)."""
        pinned: dict[str, str] = {}
        merged: dict[str, str] = {}
        for o in self.items:
            if o.kind == "story_merge":
                into = resolve(o.target)
                for other in {o.subject, resolve(o.subject), o.target}:
                    if other != into:
                        merged[other] = into
            elif o.kind == "story_split":
                pinned.update(dict.fromkeys(o.members, o.target))
                # Splitting off every article a merge brought in undoes that merge: the merged story's later
                # articles follow its old articles to the new story.
                for m in self.items:
                    if (m.seq < o.seq and m.kind == "story_merge" and m.target == o.subject
                            and set(m.members) <= set(o.members)):
                        for other in {m.subject, resolve(m.subject)}:
                            merged[other] = o.target

        def story_of(article: str, story: str) -> str:
            sid, seen = pinned.get(article, story), set()
            while sid in merged and sid not in seen:
                seen.add(sid)
                sid = merged[sid]
            return sid

        return story_of

    def story_of(self, article: str, story: str, resolve: Callable[[str], str] = lambda s: s) -> str:
        """story_resolver's answer for one article."""
        return self.story_resolver(resolve)(article, story)

    def source_of(self, merged_id: str, src: Source) -> str:
        """The source a per-article source belongs to when the rules merged it into `merged_id`."""
        sid, names = merged_id, None
        for o in self.items:
            if o.kind == "source_merge" and sid == o.subject:
                sid = o.target
            elif o.kind == "source_split" and sid == o.subject:
                names = _names(src) if names is None else names
                if names & o.folded:
                    sid = o.target
        return sid

    @property
    def has_sources(self) -> bool:
        return any(o.kind.startswith("source_") for o in self.items)


def load(con) -> Overrides:
    """The store's corrections in the order they were made (none in a store older than the table)."""
    # A store from before schema 3 opened read-only has no such table (and a failed statement would end a
    # transaction, so ask rather than try).
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'overrides' "
                       "AND database_name = current_database()").fetchall()[0][0]:
        return Overrides()
    rows = con.execute("SELECT seq, kind, target, subject, members, created FROM overrides ORDER BY seq").fetchall()
    return Overrides(tuple(Override(seq, kind, target, subject, tuple(json.loads(members)), created)
                           for seq, kind, target, subject, members, created in rows))


def notes(con) -> dict[str, list[str]]:
    """What was corrected by hand, in words, by the story or source id it is about (oldest first)."""
    out: dict[str, list[str]] = {}
    for o in load(con).items:
        for side in ("target", "subject"):
            if text := o.note(side):
                out.setdefault(getattr(o, side), []).append(text)
    return out


# -- making a correction ---------------------------------------------------------------------------------------------


def _record(store: DuckDBStore, kind: str, target: str, subject: str, members: Iterable[str]) -> None:
    seq = store.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM overrides").fetchall()[0][0]
    store.con.execute("INSERT INTO overrides VALUES (?, ?, ?, ?, ?, ?)",
                      [seq, kind, target, subject, json.dumps(sorted(members)),
                       dt.datetime.now(dt.UTC).isoformat(timespec="seconds")]).fetchall()


def _story_articles(store: DuckDBStore, story: str) -> list[str]:
    rows = store.con.execute("SELECT article FROM story_articles WHERE story = ? ORDER BY article", [story]).fetchall()
    if not rows:
        raise StoreError(f"no story {story!r} in {store.path}; `newsledger stories --db {store.path}` lists them")
    return [r[0] for r in rows]


def _source_exists(store: DuckDBStore, source: str) -> None:
    if not store.con.execute("SELECT 1 FROM sources WHERE id = ?", [source]).fetchall():
        raise StoreError(f"no source {source!r} in {store.path}; `newsledger sources --db {store.path}` lists them")


def _source_stories(store: DuckDBStore, sources: list[str]) -> set[str]:
    return {r[0] for r in store.con.execute(
        "SELECT DISTINCT story FROM source_members WHERE source IN (SELECT unnest(?::VARCHAR[]))", [sources]).fetchall()}


def _rebuild(store: DuckDBStore, stories: set[str]) -> None:
    store._labels = {}  # no batch in progress: every label comes from the stored stories
    store._recompute(stories)


def merge_stories(store: DuckDBStore, into: str, other: str) -> dict[str, Any]:
    """Move every article of story `other` into story `into`, now and in later ingests."""
    if into == other:
        raise StoreError(f"cannot merge story {into!r} into itself")

    def work() -> dict[str, Any]:
        _story_articles(store, into)
        moved = _story_articles(store, other)
        _record(store, "story_merge", into, other, moved)
        store.con.execute("UPDATE story_articles SET story = ? WHERE story = ?", [into, other]).fetchall()
        _rebuild(store, {into, other})
        return {"story": into, "merged": other, "articles_moved": len(moved)}

    return store._transaction(work)


def split_story(store: DuckDBStore, story: str, articles: list[str]) -> dict[str, Any]:
    """Move `articles` of `story` into a new story (its id returned), now and in later ingests."""
    wanted = sorted(set(articles))
    if not wanted:
        raise StoreError("name at least one article to split off (--articles ID)")

    def work() -> dict[str, Any]:
        members = _story_articles(store, story)
        strangers = sorted(set(wanted) - set(members))
        if strangers:
            raise StoreError(f"not in story {story!r}: {', '.join(strangers)}")
        if len(wanted) == len(members):
            raise StoreError(f"that is every article of story {story!r}: nothing would be left to split from")
        new = stable_id("story", "split", story, *wanted)
        _record(store, "story_split", new, story, wanted)
        store.con.execute("UPDATE story_articles SET story = ? WHERE article IN (SELECT unnest(?::VARCHAR[]))",
                          [new, wanted]).fetchall()
        _rebuild(store, {story, new})
        return {"story": new, "split_from": story, "articles": wanted}

    return store._transaction(work)


def merge_sources(store: DuckDBStore, into: str, other: str) -> dict[str, Any]:
    """Attribute everything of source `other` to source `into`, now and in later ingests."""
    if into == other:
        raise StoreError(f"cannot merge source {into!r} into itself")

    def work() -> dict[str, Any]:
        _source_exists(store, into)
        _source_exists(store, other)
        _record(store, "source_merge", into, other, [])
        stories = _source_stories(store, [into, other])
        _rebuild(store, stories)
        return {"source": into, "merged": other, "stories": len(stories)}

    return store._transaction(work)


def split_source(store: DuckDBStore, source: str, aliases: list[str]) -> dict[str, Any]:
    """Give the mentions of `source` written as one of `aliases` a new source of their own (its id returned)."""
    wanted = sorted({a.strip() for a in aliases if a.strip()})
    if not wanted:
        raise StoreError("name at least one alias to split off (--aliases NAME)")

    def work() -> dict[str, Any]:
        _source_exists(store, source)
        known = {r[0].casefold(): r[0] for r in store.con.execute(
            "SELECT alias FROM source_aliases WHERE source = ?", [source]).fetchall()}
        strangers = [a for a in wanted if a.casefold() not in known]
        if strangers:
            raise StoreError(f"source {source!r} is never written as {', '.join(map(repr, strangers))}; its forms: "
                             f"{', '.join(sorted(known.values()))}")
        new = stable_id("src", "split", source, *(a.casefold() for a in wanted))
        _record(store, "source_split", new, source, wanted)
        _rebuild(store, _source_stories(store, [source]))
        if not store.con.execute("SELECT 1 FROM source_members WHERE source = ?", [new]).fetchall():
            raise StoreError(f"no mention of {source!r} is written as {', '.join(map(repr, wanted))} alone")
        if not store.con.execute("SELECT 1 FROM source_members WHERE source = ?", [source]).fetchall():
            raise StoreError(f"every mention of {source!r} would move: nothing would be left to split from")
        return {"source": new, "split_from": source, "aliases": wanted}

    return store._transaction(work)
