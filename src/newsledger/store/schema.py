"""The store's tables and their forward migrations.

Each record table keeps the columns queries filter and join on, plus ``data``: the record as the JSON ledger writes
it, so ``load_ledger`` gives back exactly the ledger ``analyze`` would have written (same fields, no lossy mapping).
Migrations only ever go forward; ``meta.schema_version`` says which have run.
"""

from __future__ import annotations

from newsledger.store.base import StoreError

SCHEMA_VERSION = 4

_V1 = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, text_hash VARCHAR NOT NULL, url VARCHAR, outlet VARCHAR, date VARCHAR, title VARCHAR,
    path VARCHAR, version_of VARCHAR, batch INTEGER, data VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(text_hash);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
-- What extract/ found in each article before any linking: the input a story recompute starts from.
CREATE TABLE IF NOT EXISTS extractions (article VARCHAR PRIMARY KEY, data VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY, label VARCHAR, start_date VARCHAR, end_date VARCHAR, data VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS story_articles (article VARCHAR PRIMARY KEY, story VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story);
CREATE TABLE IF NOT EXISTS sources (id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, data VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS source_aliases (source VARCHAR NOT NULL, alias VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS source_aliases_source ON source_aliases(source);
-- Per-article sources behind each merged source, by story: a person named in full is one source across stories,
-- so recomputing one story re-merges that person's members from every story.
-- A member is kept without its mentions (`variant`): re-merging a person named in a million articles then reads
-- a handful of distinct variants with their counts, not a million records. Mentions live in source_mentions and
-- are attached to the merged source when a ledger is loaded.
CREATE TABLE IF NOT EXISTS source_members (
    source VARCHAR NOT NULL, story VARCHAR NOT NULL, article VARCHAR NOT NULL, variant VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS source_members_source ON source_members(source);
CREATE INDEX IF NOT EXISTS source_members_story ON source_members(story);
CREATE TABLE IF NOT EXISTS source_mentions (
    source VARCHAR NOT NULL, story VARCHAR NOT NULL, article VARCHAR NOT NULL, start_char INTEGER,
    end_char INTEGER, text VARCHAR);
CREATE INDEX IF NOT EXISTS source_mentions_source ON source_mentions(source);
CREATE INDEX IF NOT EXISTS source_mentions_story ON source_mentions(story);
CREATE TABLE IF NOT EXISTS statements (
    id VARCHAR PRIMARY KEY, story VARCHAR, article VARCHAR NOT NULL, kind VARCHAR, source VARCHAR,
    speaker_text VARCHAR, text VARCHAR, data VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS statements_story ON statements(story);
CREATE TABLE IF NOT EXISTS figures (
    id VARCHAR PRIMARY KEY, story VARCHAR, article VARCHAR NOT NULL, category VARCHAR, value DOUBLE, low DOUBLE,
    high DOUBLE, qualifier VARCHAR, source VARCHAR, text VARCHAR, data VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS figures_story ON figures(story);
CREATE TABLE IF NOT EXISTS alignments (
    id VARCHAR PRIMARY KEY, story VARCHAR, kind VARCHAR, relation VARCHAR, data VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS alignments_story ON alignments(story);
CREATE TABLE IF NOT EXISTS findings (
    id VARCHAR PRIMARY KEY, story VARCHAR, kind VARCHAR, summary VARCHAR, data VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS findings_story ON findings(story);
CREATE TABLE IF NOT EXISTS estimates (id VARCHAR PRIMARY KEY, story VARCHAR, category VARCHAR, data VARCHAR NOT NULL);
CREATE INDEX IF NOT EXISTS estimates_story ON estimates(story);
CREATE TABLE IF NOT EXISTS problems (path VARCHAR, line INTEGER, reason VARCHAR, batch INTEGER);
-- The story index's serialised state (link/stories.py to_state), when it has one.
CREATE TABLE IF NOT EXISTS story_index (key VARCHAR PRIMARY KEY, data VARCHAR NOT NULL);
"""

# watch/ (feeds and pages followed over time) and the clock "what changed since" reads.
_V2 = """
-- When each batch was committed (UTC): articles carry their batch. Batches written before v2 have no time.
CREATE TABLE IF NOT EXISTS batches (batch INTEGER PRIMARY KEY, committed TIMESTAMP NOT NULL);
-- One row per watched source (feed, sitemap): validators for conditional GET, last outcome, when it is due again.
CREATE TABLE IF NOT EXISTS watch_sources (
    url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, last_fetch TIMESTAMP, last_status VARCHAR,
    last_error VARCHAR, failures INTEGER NOT NULL DEFAULT 0, next_due TIMESTAMP, entries INTEGER);
-- Entries a source listed: stored (article), failing (error, failures) or no longer listed (removed). `stamp` is the
-- feed's own updated/published value, so a restarted watch fetches only what is new or changed.
CREATE TABLE IF NOT EXISTS watch_entries (
    source VARCHAR NOT NULL, url VARCHAR NOT NULL, stamp VARCHAR, article VARCHAR, etag VARCHAR,
    last_modified VARCHAR, seen TIMESTAMP NOT NULL, failures INTEGER NOT NULL DEFAULT 0, error VARCHAR,
    removed TIMESTAMP, PRIMARY KEY (source, url));
-- One row per watch round: what it fetched and from which batch on it added articles (the digest's window).
CREATE TABLE IF NOT EXISTS watch_rounds (
    id INTEGER PRIMARY KEY, started TIMESTAMP NOT NULL, finished TIMESTAMP, after_batch INTEGER NOT NULL,
    data VARCHAR);
"""

# Corrections made by hand (store/overrides.py): applied after linking on every recompute, in `seq` order, so they
# survive later ingests. `kind` story_merge/story_split/source_merge/source_split; `target` the story or source that
# results, `subject` the one merged in or split from; `members` a JSON list (a split's articles or aliases).
_V3 = """
CREATE TABLE IF NOT EXISTS overrides (
    seq INTEGER PRIMARY KEY, kind VARCHAR NOT NULL, target VARCHAR NOT NULL, subject VARCHAR NOT NULL,
    members VARCHAR NOT NULL, created VARCHAR NOT NULL);
"""

# The analyser version (extract/version.py) each article's stored extraction was made with, so `newsledger reanalyze`
# finds the articles a newly supported language or an improved lexicon would read differently. An article stored
# before v4 has no row: its version is unknown, so it counts as older than any.
_V4 = """
CREATE TABLE IF NOT EXISTS analysers (article VARCHAR PRIMARY KEY, lang VARCHAR, version VARCHAR NOT NULL);
"""

# Forward migrations: (version reached, SQL). Append; never edit one that has shipped.
MIGRATIONS: list[tuple[int, str]] = [(1, _V1), (2, _V2), (3, _V3), (4, _V4)]

# Tables whose rows belong to one story and are replaced when that story is recomputed.
STORY_TABLES = ("statements", "figures", "alignments", "findings", "estimates", "source_members", "source_mentions")


def migrate(con) -> int:
    """Bring the schema up to SCHEMA_VERSION inside the caller's transaction; returns the version found."""
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)").fetchall()
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    found = int(rows[0][0]) if rows else 0
    if found > SCHEMA_VERSION:
        raise StoreError(f"store schema version {found} is newer than this newsledger understands ({SCHEMA_VERSION}): "
                         "upgrade newsledger")
    for version, sql in MIGRATIONS:
        if version > found:
            for statement in (x for x in sql.split(";") if x.strip()):
                con.execute(statement).fetchall()
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)]).fetchall()
    return found
