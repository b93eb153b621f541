"""`--jobs`: extraction in forked workers gives the ledger one process gives, and fails cleanly.

Inputs are tiny: `parallel.CHUNK` is set to one article per task so that two or three articles already fork (the
default needs 64), and each test forks at most two workers.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsledger.extract as extract
from newsledger import api
from newsledger.cli import app
from newsledger.extract import parallel
from newsledger.extract.parallel import WorkerCrashed, check_jobs
from newsledger.ledger import Article, Ledger
from tests.conftest import pids

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "story"

# Invented: three outlets on one flood, with quotes, a split quote, reported speech and figures.
INVENTED = [
    ("https://river-post.example/flood", "2031-04-02",
     'Mayor Ilsa Varnholt said on Tuesday that at least 40 homes were flooded in Dunmore. "We will rebuild every '
     'street," Varnholt said. "The water came faster than anyone expected," she added.\n\n'
     "Fire chief Oren Pike said about 120 people had been moved to the school gym."),
    ("https://valley-times.example/dunmore", "2031-04-03",
     '"We will rebuild every street," Mayor Ilsa Varnholt told reporters, adding that more than 40 homes were '
     "flooded.\n\nThe river peaked at 6.2 metres, the water agency said. Oren Pike, the fire chief, said 150 people "
     "were evacuated."),
    ("https://hill-gazette.example/rain", "2031-04-03",
     "Heavy rain closed 12 roads across the county, officials said.\n\n"
     '"It was a long night," said Dana Whitlock, who runs the shelter. She said 80 families stayed overnight.'),
]


def canonical(ledger: Ledger) -> dict:
    """The ledger as JSON with every list sorted: the same records, whatever order they were found in."""
    data = json.loads(ledger.to_json())
    return {k: sorted(json.dumps(x, sort_keys=True) for x in v) if isinstance(v, list) else v for k, v in data.items()}


@pytest.fixture
def invented(tmp_path: Path) -> Path:
    path = tmp_path / "flood.jsonl"
    path.write_text("".join(json.dumps({"url": u, "date": d, "text": t}) + "\n" for u, d, t in INVENTED))
    return path


def test_two_jobs_give_the_ledger_of_one_on_the_example_story(one_article_chunks: None, pid_log: Path) -> None:
    one = api.analyze([EXAMPLE], jobs=1)
    assert pids(pid_log) == {os.getpid()}
    pid_log.unlink()
    two = api.analyze([EXAMPLE], jobs=2)
    assert os.getpid() not in pids(pid_log)  # extracted in workers, not here
    assert one.statements and one.figures and one.findings
    assert canonical(one) == canonical(two)
    assert not multiprocessing.active_children()  # the workers are gone once the ledger is built


def test_two_jobs_give_the_ledger_of_one_on_invented_articles(one_article_chunks: None, invented: Path) -> None:
    progress: list[tuple[int, int]] = []
    one = api.analyze([invented], jobs=1)
    two = api.analyze([invented], jobs=2, progress=lambda done, total: progress.append((done, total)))
    assert len(one.articles) == 3 and len(one.statements) >= 4 and len(one.figures) >= 4
    assert canonical(one) == canonical(two)
    assert progress == [(1, 3), (2, 3), (3, 3)]  # progress still counts every article, in order


def test_a_small_input_is_extracted_without_forking(invented: Path, pid_log: Path) -> None:
    assert api.analyze([invented], jobs=2).statements
    assert pids(pid_log) == {os.getpid()}


def test_the_time_budget_applies_inside_workers(one_article_chunks: None, invented: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real = extract.extract_from_doc

    def endless_for_one(article: Article, doc):
        while "endless" in article.text:
            pass
        return real(article, doc)

    monkeypatch.setattr(extract, "extract_from_doc", endless_for_one)
    slow = tmp_path / "slow.txt"
    slow.write_text("The mayor said the endless storm flooded 40 homes.")
    ledger = api.analyze([invented, slow], jobs=2, article_timeout=1)
    assert len(ledger.articles) == 3 and ledger.figures
    [problem] = ledger.problems
    assert problem.path == str(slow) and "--article-timeout" in problem.reason


def test_a_dead_worker_is_a_clear_error_and_nothing_is_written(one_article_chunks: None, invented: Path,
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = extract.extract_from_doc

    def dies_on_rain(article: Article, doc):
        if "Heavy rain" in article.text:
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer would
        return real(article, doc)

    monkeypatch.setattr(extract, "extract_from_doc", dies_on_rain)
    with pytest.raises(WorkerCrashed, match="--jobs 1"):
        api.analyze([invented], jobs=2)
    assert not multiprocessing.active_children()
    out = tmp_path / "ledger.json"
    out.write_text("previous")
    result = runner.invoke(app, ["analyze", str(invented), "--jobs", "2", "-q", "--json", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "worker process died" in result.stderr
    assert out.read_text() == "previous" and not list(tmp_path.glob("*.tmp"))


def test_ctrl_c_stops_the_workers_and_propagates(one_article_chunks: None, invented: Path) -> None:
    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        api.analyze([invented], jobs=2, progress=interrupt)
    assert not multiprocessing.active_children()


def test_the_cli_reports_an_interrupt_and_writes_nothing(invented: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "analyze_articles", interrupted)
    out = tmp_path / "ledger.json"
    result = runner.invoke(app, ["analyze", str(invented), "-q", "--json", str(out)])
    assert result.exit_code == 130 and "interrupted" in result.stderr
    assert not out.exists() and not list(tmp_path.glob("*.tmp"))


def test_ingest_with_two_jobs_stores_what_one_job_stores(one_article_chunks: None, invented: Path, pid_log: Path,
                                                         tmp_path: Path) -> None:
    api.ingest([invented], db=tmp_path / "one.duckdb", jobs=1)
    pid_log.unlink()
    result = api.ingest([invented], db=tmp_path / "two.duckdb", jobs=2)
    assert (result.added, result.failed) == (3, 0)
    assert os.getpid() not in pids(pid_log)
    one, two = api.load_ledger(db=tmp_path / "one.duckdb"), api.load_ledger(db=tmp_path / "two.duckdb")
    assert one.statements and canonical(one) == canonical(two)
    assert not multiprocessing.active_children()


def test_the_cli_takes_jobs_and_refuses_zero(invented: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(invented), "--jobs", "0", "-q"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["ingest", str(invented), "--jobs", "0", "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2
    with pytest.raises(ValueError, match="positive"):
        check_jobs(0)
    assert check_jobs(None) == len(os.sched_getaffinity(0))


def test_tasks_are_spread_evenly_over_the_workers() -> None:
    # 80 articles on 2 workers: 4 tasks of 20, not 32 + 32 + 16 (one worker left alone with the last task)
    assert parallel._chunk_size(80, 2, 32) == 20
    assert parallel._chunk_size(64, 2, 32) == 32
    assert parallel._chunk_size(3, 2, 1) == 1
    sizes = [parallel._chunk_size(n, 2, 32) for n in range(1, 500)]
    assert all(1 <= s <= 32 for s in sizes)


def test_a_started_pool_has_forked_its_workers_before_any_task() -> None:
    with parallel.ExtractorPool(2) as pool:
        pool.start()
        workers = dict(getattr(pool._executor, "_processes", {}))
        assert len(workers) == 2 and all(p.is_alive() for p in workers.values())
    with parallel.ExtractorPool(1) as pool:
        pool.start()  # one job: nothing to fork
        assert pool._executor is None


def test_workers_leave_when_their_parent_is_killed(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    script = ("import time\nfrom newsledger.extract.parallel import ExtractorPool\n"
              "pool = ExtractorPool(2)\npool.start()\n"
              "print(' '.join(str(p) for p in pool._executor._processes), flush=True)\ntime.sleep(600)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in parent.stdout.readline().split()]
    finally:
        parent.send_signal(signal.SIGKILL)  # what an out-of-memory kill or `kill -9` of `watch` does
        parent.wait()
    assert len(workers) == 2

    def alive(pid: int) -> bool:  # an exited worker nobody has reaped yet (a zombie) counts as gone
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except (FileNotFoundError, ProcessLookupError):
            return False

    deadline = time.monotonic() + 30
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(p) for p in workers)
