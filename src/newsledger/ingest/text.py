"""Plain-text articles: an optional leading ` date YYYY-MM-DD ` (or ` date YYYY-MM `) prefix, then the body."""

from __future__ import annotations

import re

from newsledger.ingest.identity import normalise_date

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+")


def split_date_prefix(text: str) -> tuple[str | None, str]:
    """Return (ISO date or None, body). The body is what every offset refers to."""
    m = _DATE_PREFIX.match(text)
    if not m:
        return None, text
    date = normalise_date(m.group(1))
    if date is None:
        return None, text
    return date, text[m.end():]
