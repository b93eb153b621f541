"""Issue 9, the store: two ingest processes at once, a full disk, a read-only store — a clear message each time,
nothing half-written, nothing lost.

The ingests run in real subprocesses through the Python API with the fake extractor of test_store_kit (spaCy would
only add seconds); the refused second writer is the real `newsledger ingest` command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsledger import api
from newsledger.store import StoreError, open_store
from tests.test_store import as_sets, ingest
from tests.test_store_kit import article_record, write_corpus

REPO_ROOT = Path(__file__).resolve().parent.parent

BATCH = 16
CHILD = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {root!r})
    from newsledger import api
    from tests.test_store_kit import fake_extract

    def progress(result):
        print("batch", result.batches, time.time(), flush=True)
        gate = {gate!r}
        deadline = time.monotonic() + 60
        while gate and result.batches == 1 and not os.path.exists(gate) and time.monotonic() < deadline:
            time.sleep(0.02)  # mid-ingest, holding the store, until the test lets it go on

    print("start", time.time(), flush=True)
    api.ingest([{corpus!r}], db={db!r}, batch_size={batch}, wait={wait}, extractor=fake_extract, progress=progress)
    print("done", time.time(), flush=True)
""")


def _ingest_process(corpus: Path, db: Path, *, wait: float = 0.0, gate: Path | None = None) -> subprocess.Popen:
    """A real process ingesting `corpus`; with a `gate` it pauses after its first batch until that file exists."""
    code = CHILD.format(root=str(REPO_ROOT), corpus=str(corpus), db=str(db), wait=wait, batch=BATCH,
                        gate=str(gate) if gate else "")
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(proc: subprocess.Popen, word: str) -> None:
    for line in proc.stdout:
        if line.startswith(word):
            return
    raise AssertionError(f"the process ended before printing {word!r}: {proc.stderr.read()}")


def _events(output: str) -> dict[str, list[float]]:
    events: dict[str, list[float]] = {}
    for line in output.splitlines():
        word, *rest = line.split()
        events.setdefault(word, []).append(float(rest[-1]))
    return events


def _assert_intact(db: Path, expected_articles: int) -> None:
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == expected_articles
        dupes = store.query("SELECT count(*) AS n FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)")
        assert dupes[0]["n"] == 0
        orphans = store.query("SELECT count(*) AS n FROM articles a LEFT JOIN extractions x ON x.article = a.id "
                              "WHERE x.article IS NULL")
        assert orphans[0]["n"] == 0  # every stored article came with its extraction: no batch was cut in two
    ledger = api.load_ledger(db=db)
    for st in ledger.statements:  # offsets still point at the text they quote
        assert ledger.article(st.article).text[st.start:st.end] == st.text


@pytest.fixture
def corpora(tmp_path):
    a = write_corpus(tmp_path / "a.jsonl", (article_record(i) for i in range(64)))
    b = write_corpus(tmp_path / "b.jsonl", (article_record(i) for i in range(1000, 1048)))
    return a, b


def test_second_ingest_process_waits_then_both_land_as_if_sequential(tmp_path, corpora):
    a, b = corpora
    db, gate = tmp_path / "s.duckdb", tmp_path / "go"
    first = _ingest_process(a, db, gate=gate)
    second = None
    try:
        _wait_for(first, "batch")  # the first is mid-ingest and holds the store
        second = _ingest_process(b, db, wait=60)
        _wait_for(second, "start")
        time.sleep(1.0)
        assert second.poll() is None  # still queued behind the first, not failed
        gate.touch()
        out_first, err_first = first.communicate(timeout=120)
        out_second, err_second = second.communicate(timeout=120)
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    assert first.returncode == 0, err_first
    assert second.returncode == 0, err_second
    assert min(_events(out_second)["batch"]) >= max(_events(out_first)["done"])  # it wrote only after the first
    _assert_intact(db, 64 + 48)
    reference = tmp_path / "reference.duckdb"  # the same batches, one process after the other
    ingest([a], reference, batch_size=BATCH)
    ingest([b], reference, batch_size=BATCH)
    assert as_sets(api.load_ledger(db=db)) == as_sets(api.load_ledger(db=reference))


def test_second_ingest_command_fails_clearly_and_the_first_completes(tmp_path, corpora):
    a, b = corpora
    db, gate = tmp_path / "s.duckdb", tmp_path / "go"
    first = _ingest_process(a, db, gate=gate)
    try:
        _wait_for(first, "batch")
        refused = subprocess.run([sys.executable, "-m", "newsledger.cli", "ingest", str(b), "--db", str(db), "-q",
                                  "--wait", "1"], capture_output=True, text=True, timeout=60)
        gate.touch()
        out_first, err_first = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert refused.returncode == 1
    assert "in use by another newsledger process" in refused.stderr and "--wait" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert first.returncode == 0, err_first
    _assert_intact(db, 64)


# -- a full disk and a read-only store, on a real small filesystem (tmpfs: needs root, as in CI) -------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 24 MB tmpfs mounted for the test (a store starts near 10 MB)."""
    mount, umount = shutil.which("mount"), shutil.which("umount")
    if os.geteuid() != 0 or not mount or not umount:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run([mount, "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield disk
    finally:
        subprocess.run([umount, "-l", str(disk)], capture_output=True)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    return filler


def test_full_disk_gives_a_clear_error_and_keeps_the_store_whole(tmp_path, small_disk):
    db = small_disk / "s.duckdb"
    ingest([write_corpus(tmp_path / "a.jsonl", (article_record(i) for i in range(30)))], db)
    with open_store(db, read_only=True) as store:
        before = store.counts()
    long_text = "Crews worked through the night to clear the roads. " * 100
    more = write_corpus(tmp_path / "more.jsonl", (article_record(
        i, text=f'{long_text}"We are doing everything we can," said Anna Weber. {i} people were killed.')
        for i in range(100, 200)))
    filler = _fill(small_disk)
    with pytest.raises(StoreError, match="No space left on device") as refused:
        ingest([more], db, batch_size=64)
    assert "nothing from this batch was kept" in str(refused.value)
    filler.unlink()
    with open_store(db, read_only=True) as store:
        assert store.counts() == before
    assert ingest([more], db, batch_size=64).added == 100
    _assert_intact(db, 130)


def test_read_only_filesystem_refuses_writers_clearly_and_still_serves(tmp_path, small_disk):
    db = small_disk / "s.duckdb"
    ingest([write_corpus(tmp_path / "a.jsonl", (article_record(i) for i in range(10)))], db)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(StoreError, match="read-only"):
        ingest([write_corpus(tmp_path / "b.jsonl", [article_record(50)])], db)
    assert len(api.stories(db=db)) >= 1  # readers are unaffected
    from fastapi.testclient import TestClient

    from newsledger.serve.app import create_app

    with TestClient(create_app(db)) as client:
        assert client.get("/api/stories").json()["total"] >= 1
    _assert_intact(db, 10)


def test_immutable_store_file_is_refused_up_front_even_for_root(tmp_path):
    """chmod does not stop root; an immutable file (chattr +i) does, and must give the same clear message."""
    chattr = shutil.which("chattr")
    if os.geteuid() != 0 or not chattr:
        pytest.skip("needs root and chattr (non-root runs are covered by test_store.py's chmod test)")
    db = tmp_path / "s.duckdb"
    ingest([write_corpus(tmp_path / "a.jsonl", (article_record(i) for i in range(5)))], db)
    if subprocess.run([chattr, "+i", str(db)], capture_output=True).returncode:
        pytest.skip(f"the filesystem of {tmp_path} has no immutable flag")
    try:
        with pytest.raises(StoreError, match="read-only"):
            ingest([write_corpus(tmp_path / "b.jsonl", [article_record(50)])], db)
    finally:
        subprocess.run([chattr, "-i", str(db)], check=True)
    _assert_intact(db, 5)
