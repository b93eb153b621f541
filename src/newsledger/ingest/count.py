"""How many articles a set of paths holds, read ahead of ingest so its progress bar has a total and an ETA.

A cheap count, not a parse: a JSON Lines file counts its non-blank lines, a CSV its rows, any other file one
article; a WARC file's count is unknown (None), since only reading its records would tell.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
from collections.abc import Iterable
from pathlib import Path

from newsledger.ingest import _kind, discover
from newsledger.ingest.csv_rows import iter_csv_records  # noqa: F401 (lifts the csv field size limit)

_CHUNK = 1 << 20


def _open(path: Path):
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")


def _lines(path: Path) -> int:
    count, last = 0, b"\n"
    with _open(path) as fh:
        while chunk := fh.read(_CHUNK):
            # a line holding only whitespace is skipped by the reader, but that is rare enough to count anyway
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def _csv_rows(path: Path) -> int:
    with _open(path) as fh:
        return max(0, sum(1 for _ in csv.reader(io.TextIOWrapper(fh, encoding="utf-8", errors="replace",
                                                                 newline=""))) - 1)


def count_articles(paths: Iterable[str | os.PathLike[str]]) -> int | None:
    """The number of articles (and unreadable paths) ingest will meet; None when a file's count is unknown."""
    total = 0
    for item in discover(paths):
        if not isinstance(item, Path):
            total += 1
            continue
        kind = _kind(item)
        try:
            if kind == "warc":
                return None
            total += _lines(item) if kind == "jsonl" else _csv_rows(item) if kind == "csv" else 1
        except (OSError, EOFError, csv.Error, gzip.BadGzipFile):
            total += 1  # the reader will report it as one problem
    return total
