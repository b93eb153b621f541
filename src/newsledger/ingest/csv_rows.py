"""CSV: one article per row, with the JSON Lines columns (`id,url,outlet,date,title,text`; only `text` is required).
Other columns are kept as the article's metadata, as other keys are in JSON Lines.

A CSV without a `text` column is refused as a whole, with the columns it has: reading it as one text article would
bury a spreadsheet in the ledger as prose.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from newsledger.ingest.decode import UnreadableInput
from newsledger.ingest.jsonl import KNOWN_KEYS

# The csv module refuses fields over 128 KiB by default; an article body is often longer. Size limits are
# enforced per article by the caller (--max-bytes), so the parser's own limit is lifted.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def iter_csv_records(source: str | TextIO, *, max_bytes: int | None = None
                     ) -> Iterator[tuple[int, dict[str, Any] | UnreadableInput]]:
    """Yield (line number where the row starts, record or the reason the row is unusable) from CSV text or a text
    stream opened with newline=""; blank rows are skipped, a row over `max_bytes` is a problem. Raises
    UnreadableInput when the header has no `text` column."""
    reader = csv.reader(io.StringIO(source, newline="") if isinstance(source, str) else source)
    try:
        header = next(reader)
    except StopIteration:
        raise UnreadableInput("empty CSV") from None
    except csv.Error as exc:
        raise UnreadableInput(f"malformed CSV header ({exc})") from None
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    if "text" not in names:
        shown = ", ".join(repr(h) for h in header[:12]) or "none"
        raise UnreadableInput(f"CSV has no 'text' column (columns: {shown}); expected the columns "
                              f"{','.join(KNOWN_KEYS)} (only text is required; other columns are kept as metadata)")
    if len(set(names)) != len(names):
        raise UnreadableInput(f"CSV header repeats a column: {', '.join(sorted({n for n in names if names.count(n) > 1}))}")
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, UnreadableInput(f"malformed CSV row ({exc})")
            start = reader.line_num + 1
            continue
        lineno, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            yield lineno, UnreadableInput(f"row has {len(row)} fields, the header has {len(names)}")
            continue
        if max_bytes is not None and sum(len(cell) for cell in row) > max_bytes:
            yield lineno, UnreadableInput(f"row over the limit of {max_bytes:,} bytes (--max-bytes)")
            continue
        rec: dict[str, Any] = {}
        for name, cell in zip(names, row, strict=True):
            if name == "text":
                rec[name] = cell
            elif cell.strip():  # an empty cell is a missing value, as an absent key is in JSON Lines
                rec[name] = cell.strip()
        yield lineno, rec
