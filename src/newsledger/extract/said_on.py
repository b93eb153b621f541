"""When the words were said, from the cue's sentence and the article date.

`on Friday` is the most recent Friday on or before the article date; an article dated a Friday that says
"on Friday" means that same day (news convention). `Dec. 27` takes the article's year (the year before when that
would fall after the article). `earlier this week`, `last month` and other spans are not one day: null.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_WEEKDAY = re.compile(r"\b(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_MONTH_DAY = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b", re.I)


def _article_day(article_date: str | None) -> date | None:
    if not article_date or len(article_date) < 10:
        return None
    try:
        return date.fromisoformat(article_date[:10])
    except ValueError:
        return None


def resolve_said_on(sentence: str, article_date: str | None) -> str | None:
    today = _article_day(article_date)
    if today is None:
        return None
    m = _MONTH_DAY.search(sentence)
    if m:
        month = _MONTHS[m.group(1).lower()[:3]]
        try:
            day = date(today.year, month, int(m.group(2)))
        except ValueError:
            return None
        if day > today:
            day = day.replace(year=today.year - 1)
        return day.isoformat()
    m = _WEEKDAY.search(sentence)
    if m:
        back = (today.weekday() - _DAYS.index(m.group(1).lower())) % 7
        return (today - timedelta(days=back)).isoformat()
    if re.search(r"\btoday\b", sentence, re.I):
        return today.isoformat()
    if re.search(r"\byesterday\b", sentence, re.I):
        return (today - timedelta(days=1)).isoformat()
    return None
