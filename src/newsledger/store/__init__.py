"""store: a persistent corpus (DuckDB by default) behind a small interface; see base.Store."""

from newsledger.store.base import Store, StoreError, StoreLocked
from newsledger.store.duckdb import DEFAULT_DB, DuckDBStore, open_store

__all__ = ["DEFAULT_DB", "DuckDBStore", "Store", "StoreError", "StoreLocked", "open_store"]
