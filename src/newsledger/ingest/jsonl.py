"""JSON Lines: one article per line, `{"id","url","outlet","date","title","text"}`, other keys kept as metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsledger.ingest.decode import UnreadableInput

KNOWN_KEYS = ("id", "url", "outlet", "date", "title", "text")


def iter_records(text: str) -> Iterator[tuple[int, dict[str, Any] | UnreadableInput]]:
    """Yield (line number, record or the reason the line is unusable); blank lines are skipped."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, UnreadableInput(f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield lineno, UnreadableInput(f"expected a JSON object, got {type(rec).__name__}")
            continue
        body = rec.get("text")
        if not isinstance(body, str):
            yield lineno, UnreadableInput("missing or non-string 'text'")
            continue
        for key in ("id", "url", "outlet", "date", "title"):
            value = rec.get(key)
            if value is not None and not isinstance(value, str | int):
                yield lineno, UnreadableInput(f"'{key}' must be a string, got {type(value).__name__}")
                break
        else:
            yield lineno, rec
