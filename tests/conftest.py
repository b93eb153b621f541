from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"


def need_shared(path: Path) -> Path:
    """Shared data is never copied into the repo; without it these tests cannot run, and say so."""
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read the shared evaluation data beside the repository")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need_shared(SEEDS)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return need_shared(DATA)


@pytest.fixture(scope="session")
def nlp():
    from newsledger.nlp import load

    return load()


# Shared by the --jobs tests (test_parallel.py, test_watch_jobs.py).
@pytest.fixture
def one_article_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """One article per worker task, so that two articles already go to the workers."""
    from newsledger.extract import parallel

    monkeypatch.setattr(parallel, "CHUNK", 1)


@pytest.fixture
def pid_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each process that extracts an article writes its pid here (a forked worker inherits the patch)."""
    import newsledger.extract as extract

    log = tmp_path / "pids.txt"
    real = extract.extract_from_doc

    def logged(article, doc):
        with log.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return real(article, doc)

    monkeypatch.setattr(extract, "extract_from_doc", logged)
    return log


def pids(log: Path) -> set[int]:
    """The processes `pid_log` saw extract."""
    return {int(line) for line in log.read_text().split()}
