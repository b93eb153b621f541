"""newsledger on Apache Spark: the same extraction, story linking and per-story comparison as `ingest`, spread over
a cluster, writing the store's tables as Parquet (see job.py for the stages, docs/scale.md for running it).

`spark_run` and `import_parquet` are the Python API of `newsledger spark run` and `newsledger import-parquet`.
pyspark is imported only when a job runs (it is the `spark` extra).
"""

from __future__ import annotations

import os
from typing import Any

PathLike = str | os.PathLike[str]


def spark_run(inputs: list[PathLike], output: PathLike, *, master: str | None = None, fmt: str = "auto",
              partitions: int | None = None, model: str | None = None, conf: dict[str, str] | None = None,
              max_bytes: int = 20_000_000) -> dict[str, Any]:
    """Run the Spark job over `inputs` (JSON Lines, Parquet or WARC; files, directories, any Spark URL) and write
    the store's tables as Parquet under `output`. `master` only outside spark-submit (e.g. "local[2]")."""
    from newsledger.spark.job import run, session

    spark = session(master, conf=conf)
    return run(spark, [str(p) for p in inputs], str(output), fmt=fmt, model=model, partitions=partitions,
               max_bytes=max_bytes)


def import_parquet(directory: PathLike, *, db: PathLike = "newsledger.duckdb") -> dict[str, int]:
    """Load a directory of the store's tables as Parquet (`spark_run`'s output, or `export --format parquet`) into
    a new DuckDB store; returns the rows per table."""
    from newsledger.store.parquet import import_parquet as load

    return load(directory, db)
