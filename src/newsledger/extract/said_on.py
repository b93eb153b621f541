"""When the words were said, from the cue's sentence and the article date.

Time expressions are read against the article's date (`resolve_time`), in the direction the tense says:
- an explicit date wins over any relative expression: `Dec. 27`, `December 27, 2024`, `27 December`, `2024-12-27`
  (without a year: the article's year, or the year before when that would fall after a past-tense article);
- `today`, `tonight`, `this morning`, `earlier today` are the article's day; `yesterday` (`yesterday afternoon`,
  `last night`) the day before; `two days ago`, `a week ago` count back;
- a weekday (`on Sunday`, `Sunday`, `Monday night`, `late Tuesday`, `last Friday`) is the most recent such day on or
  before the article's date in the past tense (an article dated a Friday that says "on Friday" means that same day —
  news convention), the next one on or after it in the future tense (`will meet on Monday`, `next Monday`);
  `tomorrow` is the day after;
- spans are not one day: `earlier this week` / `this week` / `over the weekend` / `last week` / `last weekend` resolve
  to the *latest* day the span allows (the day before the article, or the span's last day, never before the span's
  first day), so a statement said "last week" never sorts after one said "yesterday"; `last month` / `earlier this
  month` give the month (`YYYY-MM`), the partial ISO form article dates use too.

`resolve_said_on` picks, in the cue's sentence, the expression that dates the saying: the one next to a saying verb
("… told the Ledger on Sunday", "said Monday", "On Sunday, officials said") wins over one inside the reported content
("the dam failed on Thursday"); failing that, the first past-tense expression. A future-tense expression dates what
was said, not when, and is never the said_on.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsledger.extract.first_chars import quick_start

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

# One expression per alternative, longest first; group names say how to resolve it. Searched in every statement's
# sentence: quick_start (first_chars.py) skips the positions no expression can start at.
_EXPRESSION = quick_start(re.compile(
    rf"\b(?:(?P<iso>\d{{4}}-\d\d-\d\d)"
    rf"|(?P<md>{_MONTH}\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<md_year>\d{{4}}))?)"
    rf"|(?P<dm>(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<dm_year>\d{{4}}))?)"
    rf"|(?P<ago>(?P<ago_n>\d+|a|an|one|two|three|four|five|six|seven)\s+(?P<ago_unit>days?|weeks?)\s+ago)"
    rf"|(?P<earlier_week>earlier\s+this\s+week)|(?P<this_week>this\s+week)"
    rf"|(?P<last_weekend>last\s+weekend)|(?P<weekend>(?:over\s+|during\s+)?the\s+weekend)"
    rf"|(?P<last_week>last\s+week)|(?P<next_week>next\s+week)"
    rf"|(?P<last_month>last\s+month)|(?P<this_month>(?:earlier\s+)?this\s+month)"
    rf"|(?P<yesterday>yesterday{_PART}|last\s+night)"
    rf"|(?P<tomorrow>tomorrow{_PART})"
    rf"|(?P<today>(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))"
    rf"|(?P<weekday>(?:(?P<wd_mod>last|next|this|on|early|late)\s+)?"
    rf"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday){_PART}))\b", re.I))
_FUTURE = quick_start(re.compile(r"\b(?:will|'ll|shall|is\s+to|are\s+to|plans?\s+to|planning\s+to|expects?\s+to|"
                     r"(?:is|are)\s+(?:expected|scheduled|due|set)\s+to|is\s+going\s+to|are\s+going\s+to)\b"
                     r"[^.;,:\"“”]{0,60}$", re.I))
_SAYING = (r"(?:said|says|say|told|tells|announced|added|stated|confirmed|wrote|tweeted|posted|declared|insisted|"
           r"warned|noted|explained|claimed|reported|acknowledged|admitted|argued|estimated|disclosed)")
_NEAR_CUE_AFTER = quick_start(re.compile(rf"\b{_SAYING}\b(?:\s+[\w.'’-]+){{0,6}}?\s*,?\s*$", re.I))
_NEAR_CUE_BEFORE = re.compile(rf"^\s*,?\s*(?:[\w.'’-]+\s+){{0,4}}?{_SAYING}\b", re.I)


def _article_day(article_date: str | None) -> date | None:
    if not article_date or len(article_date) < 10:
        return None
    try:
        return date.fromisoformat(article_date[:10])
    except ValueError:
        return None


def _dated(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_time(m: re.Match[str], today: date, future: bool) -> str | None:
    """The ISO date (or month) one matched expression means, against the article's day, in the tense's direction."""
    g = m.groupdict()
    week_start = today - timedelta(days=today.weekday())
    if g["iso"]:
        try:
            return date.fromisoformat(g["iso"]).isoformat()
        except ValueError:
            return None
    if g["md"] or g["dm"]:
        month = _month_of(m)
        day_n = int(g["md_day"] or g["dm_day"])
        year = g["md_year"] or g["dm_year"]
        if year:
            found = _dated(int(year), month, day_n)
            return found.isoformat() if found else None
        found = _dated(today.year, month, day_n)
        if found is None:
            return None
        if not future and found > today:
            found = _dated(today.year - 1, month, day_n)
        elif future and found < today:
            found = _dated(today.year + 1, month, day_n)
        return found.isoformat() if found else None
    if g["ago"]:
        n = int(g["ago_n"]) if g["ago_n"].isdigit() else _NUMBERS[g["ago_n"].lower()]
        days = n * (7 if g["ago_unit"].lower().startswith("week") else 1)
        return (today - timedelta(days=days)).isoformat()
    if g["earlier_week"] or (g["this_week"] and not future):
        return max(week_start, today - timedelta(days=1)).isoformat()
    if g["this_week"]:
        return today.isoformat()
    if g["last_week"]:
        return (week_start - timedelta(days=1)).isoformat()  # the Sunday that ended last week
    if g["next_week"]:
        return (week_start + timedelta(days=7)).isoformat()
    if g["last_weekend"] or (g["weekend"] and not future):
        back = (today.weekday() - 6) % 7
        if g["last_weekend"] and back == 0:
            back = 7  # said on a Sunday, "last weekend" is the one before
        return (today - timedelta(days=back)).isoformat()  # the most recent Sunday (the weekend's last day)
    if g["weekend"]:
        return (today + timedelta(days=(5 - today.weekday()) % 7)).isoformat()
    if g["last_month"]:
        first = today.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if g["this_month"]:
        return f"{today.year:04d}-{today.month:02d}"
    if g["yesterday"]:
        return (today - timedelta(days=1)).isoformat()
    if g["tomorrow"]:
        return (today + timedelta(days=1)).isoformat()
    if g["today"]:
        return today.isoformat()
    if g["weekday"]:
        target = _DAYS.index(g["wd"].lower())
        mod = (g["wd_mod"] or "").lower()
        if mod == "next" or (future and mod != "last"):
            ahead = (target - today.weekday()) % 7
            return (today + timedelta(days=ahead or (7 if mod == "next" else 0))).isoformat()
        back = (today.weekday() - target) % 7
        if mod == "last" and back == 0:
            back = 7
        return (today - timedelta(days=back)).isoformat()
    return None


def _month_of(m: re.Match[str]) -> int:
    name = re.search(r"[A-Za-z]+", m.group("md") or re.sub(r"^\d+(?:st|nd|rd|th)?\s+(?:of\s+)?", "", m.group("dm")))
    return _MONTHS[name.group().lower()[:3]]


def expressions(sentence: str) -> list[re.Match[str]]:
    """Every time expression in a sentence, in order (explicit dates among them)."""
    return [m for m in _EXPRESSION.finditer(sentence)
            if not (m.group("weekday") and not m.group("wd_mod") and m.start() and sentence[m.start() - 1] == "-")]


def is_future(sentence: str, m: re.Match[str]) -> bool:
    """Whether the expression's own clause is in the future tense ("will meet on Monday", "next week")."""
    if m.group("tomorrow") or m.group("next_week") or (m.group("weekday") and (m.group("wd_mod") or "").lower() == "next"):
        return True
    return bool(_FUTURE.search(sentence[max(0, m.start() - 80):m.start()]))


def resolve_said_on(sentence: str, article_date: str | None) -> str | None:
    today = _article_day(article_date)
    if today is None:
        return None
    found = [m for m in expressions(sentence) if not is_future(sentence, m)]
    if not found:
        return None
    explicit = [m for m in found if m.group("iso") or m.group("md") or m.group("dm")]

    def after_cue(m: re.Match[str]) -> bool:  # "told reporters on Sunday", "said Monday"
        return bool(_NEAR_CUE_AFTER.search(sentence[max(0, m.start() - 60):m.start()]))

    def before_cue(m: re.Match[str]) -> bool:  # "On Sunday, police said"
        return bool(_NEAR_CUE_BEFORE.match(sentence[m.end():m.end() + 50]))

    groups = ([m for m in explicit if after_cue(m)], [m for m in found if after_cue(m)],
              [m for m in explicit if before_cue(m)], [m for m in found if before_cue(m)], explicit, found)
    for group in groups:
        if group:
            return resolve_time(group[0], today, False)
    return None
