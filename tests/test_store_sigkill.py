"""Crash safety: SIGKILL an ingest mid-way (twice), re-run it, and the store equals a clean ingest."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time

from newsledger import api
from newsledger.store import open_store
from tests.test_store import as_sets, ingest
from tests.test_store_kit import article_record, write_corpus

REPO_ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
N = 400

CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from newsledger import api
    from tests.test_store_kit import fake_extract

    def slow(articles):
        time.sleep(0.05)  # leave time to be killed inside a batch, not only between them
        return fake_extract(articles)

    api.ingest([{corpus!r}], db={db!r}, batch_size=16, extractor=slow,
               progress=lambda r: print("batch", r.batches, r.added, flush=True))
    print("done", flush=True)
""")


def _kill_mid_ingest(corpus, db, after_batches: int) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(REPO_ROOT), corpus=str(corpus), db=str(db))],
                             stdout=subprocess.PIPE, text=True)
    try:
        for line in child.stdout:
            if line.startswith("done"):
                raise AssertionError("ingest finished before it could be killed")
            if line.startswith("batch") and int(line.split()[1]) >= after_batches:
                time.sleep(random.uniform(0.0, 0.06))
                child.send_signal(signal.SIGKILL)
                break
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def test_sigkill_during_ingest_loses_nothing_committed_and_rerun_completes(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", (article_record(i) for i in range(N)))
    db = tmp_path / "crashed.duckdb"
    _kill_mid_ingest(corpus, db, after_batches=3)
    with open_store(db, read_only=True) as store:
        stored = store.counts()["articles"]
    assert stored >= 3 * 16 and stored % 16 == 0  # whole batches only: every committed one, no partial one
    _kill_mid_ingest(corpus, db, after_batches=2)

    result = ingest([corpus], db, batch_size=16)
    assert result.added + result.skipped == N and result.failed == 0
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == N
        assert store.query("SELECT count(*) AS n FROM extractions")[0]["n"] == N
        assert store.query("SELECT count(*) AS n FROM story_articles")[0]["n"] == N
        assert store.query("SELECT count(*) AS n FROM statements WHERE article NOT IN "
                           "(SELECT id FROM articles)")[0]["n"] == 0

    clean = tmp_path / "clean.duckdb"
    ingest([corpus], clean, batch_size=16)
    assert as_sets(api.load_ledger(db=db)) == as_sets(api.load_ledger(db=clean))
