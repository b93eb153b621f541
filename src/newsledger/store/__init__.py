"""store: a persistent corpus (DuckDB by default) behind a small interface; see base.Store."""

from newsledger.store.base import (
    ExportRefused,
    NotAStore,
    Store,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreUnusable,
)
from newsledger.store.duckdb import DEFAULT_DB, DuckDBStore, open_store

__all__ = ["DEFAULT_DB", "DuckDBStore", "ExportRefused", "NotAStore", "Store", "StoreCorrupt", "StoreError",
           "StoreLocked", "StoreUnusable", "open_store"]
