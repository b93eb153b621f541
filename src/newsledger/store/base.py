"""The small storage interface: what ingest writes and what report/serve read. A later backend implements this
and nothing in extract/ or link/ changes."""

from __future__ import annotations

from typing import Any, Protocol

from newsledger.ledger import ArticleExtraction, Ledger, Problem


class StoreError(Exception):
    """A store could not be opened or written; the message says why and what to do. Nothing was half-written."""


class StoreLocked(StoreError):
    """Another process is writing to the store."""


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
