"""JSON Lines: one article per line, `{"id","url","outlet","date","title","text"}`, other keys kept as metadata.

A file is read as a stream, one line in memory at a time, whatever its size or compression: a line longer than
--max-bytes is skipped (read in pieces, not held) and reported, and a file past --max-lines lines, or past the
bytes one JSON Lines file may hold, is reported and not read further, so a small gzip that expands to a flood of
lines costs neither memory nor unbounded time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from newsledger.ingest.decode import UnreadableInput

KNOWN_KEYS = ("id", "url", "outlet", "date", "title", "text")
_PIECE = 1 << 20  # a line over the limit is skipped in pieces of this size


class FileCut(UnreadableInput):
    """The rest of the file is not read (a limit was reached); always reported, never folded into a count."""


@dataclass(frozen=True)
class LineLimits:
    max_line_bytes: int
    max_lines: int
    max_total_bytes: int


def parse_record(line: str) -> dict[str, Any] | UnreadableInput:
    """The record on one line, or the reason it is unusable."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return UnreadableInput(f"malformed JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return UnreadableInput("malformed JSON (nested too deeply)")
    if not isinstance(rec, dict):
        return UnreadableInput(f"expected a JSON object, got {type(rec).__name__}")
    if not isinstance(rec.get("text"), str):
        return UnreadableInput("missing or non-string 'text'")
    for key in ("id", "url", "outlet", "date", "title"):
        value = rec.get(key)
        if value is not None and not isinstance(value, str | int):
            return UnreadableInput(f"'{key}' must be a string, got {type(value).__name__}")
    return rec


def iter_records(text: str) -> Iterator[tuple[int, dict[str, Any] | UnreadableInput]]:
    """Yield (line number, record or the reason the line is unusable); blank lines are skipped."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield lineno, parse_record(line)


def iter_lines(readline: Callable[[int], bytes], limits: LineLimits) -> Iterator[tuple[int, bytes | UnreadableInput]]:
    """(line number, line) from `readline(size)` (a binary stream's), or the reason a line or the rest of the file is
    not read. Never holds more than one line of at most `limits.max_line_bytes` bytes."""
    total = lineno = 0
    while line := readline(limits.max_line_bytes + 1):
        lineno += 1
        if lineno > limits.max_lines:
            yield lineno, FileCut(f"more than {limits.max_lines:,} lines (--max-lines); this line and the rest "
                                          "of the file not read")
            return
        total += len(line)
        too_long = len(line) > limits.max_line_bytes and not line.endswith(b"\n")
        while too_long and total <= limits.max_total_bytes:
            piece = readline(_PIECE)
            total += len(piece)
            if not piece or piece.endswith(b"\n"):
                break
        if total > limits.max_total_bytes:
            yield lineno, FileCut(f"file over {limits.max_total_bytes:,} bytes (uncompressed); this line and "
                                          "the rest of the file not read")
            return
        if too_long:
            yield lineno, UnreadableInput(f"line over the limit of {limits.max_line_bytes:,} bytes (--max-bytes)")
            continue
        yield lineno, line
