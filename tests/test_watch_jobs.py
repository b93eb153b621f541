"""`watch --jobs`: a round extracts in the same forked workers `analyze` and `ingest` use (extract/parallel.py), and
stores what a round in one process stores. The fixture feeds are the invented Castor Bay story on 127.0.0.1;
`parallel.CHUNK` is one article per task so that the round's two articles already go to the workers."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app
from newsledger.store import open_store
from newsledger.watch.fetch import FetchOptions
from tests.conftest import pids
from tests.watch_kit import FixtureServer, publish

LOCAL = FetchOptions(allow_local=True, min_delay=0.0, retries=0)


def _stored(db: Path) -> dict[str, list]:
    with open_store(db, read_only=True) as store:
        return {table: sorted(json.loads(row[0])["text"] for row in store.con.execute(
            f"SELECT data FROM {table}").fetchall()) for table in ("articles", "statements", "figures")}


def test_a_round_with_two_jobs_extracts_in_workers_and_stores_what_one_job_stores(
        tmp_path: Path, one_article_chunks: None, pid_log: Path) -> None:
    with FixtureServer() as srv:
        feeds = publish(srv, "round1")
        (one,) = api.watch(feeds, db=tmp_path / "one.duckdb", fetch=LOCAL, jobs=1)
        alone = pids(pid_log)
        pid_log.unlink()
        (two,) = api.watch(feeds, db=tmp_path / "two.duckdb", fetch=LOCAL, jobs=2)
        workers = pids(pid_log)
    assert alone == {os.getpid()}
    assert os.getpid() not in workers and len(workers) >= 1
    assert one.added == two.added == 2
    stored = _stored(tmp_path / "one.duckdb")
    assert stored["statements"] and stored == _stored(tmp_path / "two.duckdb")


def test_the_cli_refuses_zero_jobs(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["watch", "http://127.0.0.1:9/feed.xml", "--db", str(tmp_path / "w.duckdb"),
                                      "--jobs", "0"])
    assert result.exit_code == 2 and "--jobs" in result.output
