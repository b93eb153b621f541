"""The small storage interface: what ingest writes and what report/serve read. A later backend implements this
and nothing in extract/ or link/ changes."""

from __future__ import annotations

from typing import Any, Protocol

from newsledger.ledger import ArticleExtraction, Ledger, Problem


class StoreError(Exception):
    """A store could not be opened or written; the message says why and what to do. Nothing was half-written.
    `exit_code` is the CLI's exit status for it (README, "Exit codes")."""

    exit_code = 1


class StoreLocked(StoreError):
    """Another process is writing to the store."""


class StoreUnusable(StoreError):
    """The file cannot be used as a store at all: damaged, or not a newsledger store. Retrying will not help."""

    exit_code = 3


class StoreCorrupt(StoreUnusable):
    """The store file is damaged (a checksum or format check failed while reading it)."""


class NotAStore(StoreUnusable):
    """The file is not a newsledger store (another DuckDB database, SQLite, or not a database at all)."""


class ExportRefused(StoreError):
    """An export would delete or overwrite something it did not create; nothing was written."""


class Store(Protocol):
    def known(self, article_ids: list[str], text_hashes: list[str]) -> tuple[set[str], set[str]]:
        """Which of these article ids and normalised-text hashes are already stored."""

    def versions(self, urls: list[str]) -> dict[str, str]:
        """url → id of the latest stored article with that url."""

    def write_batch(self, extractions: list[ArticleExtraction], problems: list[Problem]) -> set[str]:
        """Store a batch, link it into stories and recompute the stories it touched, all in one transaction;
        returns the touched story ids."""

    def load_ledger(self, story: str | None = None) -> Ledger: ...

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...
