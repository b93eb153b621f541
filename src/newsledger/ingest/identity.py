"""Stable article ids, outlets from URLs and publication dates in one normal form."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

_WS = re.compile(r"\s+")
# Wayback Machine copies keep the original URL after the timestamp; the outlet is the original's.
_WAYBACK = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(.+)$", re.I)


def normalise_for_id(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    return "art-" + hashlib.sha1(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _WAYBACK.match(url.strip())
    if m:
        url = m.group(1)
        if not re.match(r"^[a-z]+://", url, re.I):
            url = "http://" + url
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def normalise_date(value: object) -> str | None:
    """ISO 'YYYY-MM-DD' (or 'YYYY-MM' when only the month is known); None when it is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    m = _ISO.match(value.strip())
    if m:
        year, month, day = m.groups()
        try:
            if day:
                return dt.date(int(year), int(month), int(day)).isoformat()
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}"
        except ValueError:
            return None
    import dateparser  # slow to import; only free-form dates need it

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None
