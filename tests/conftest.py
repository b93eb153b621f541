from __future__ import annotations

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
