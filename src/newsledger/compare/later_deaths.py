"""A victim reported hurt who has since died: a revision of the story's death toll a reader wants in the top
(issue 16, phase 6), weighed below every disagreement between sources and above every drift.

The rule, read from headlines and first sentences (where a newsroom puts a death, "2-year-old dies after being
shot"), not from figures (a later death is often told without a number: "the girl has died"):
- a later article (a later day, up to LATER_DEATH_DAYS after) says a victim died in its headline or first sentence
  (data/death_words.txt);
- an earlier article of the story reported a victim hurt there (data/hurt_report_words.txt) and either no death
  there (data/death_words.txt, data/killed_words.txt) and no killed count anywhere in it, or the later sentence says
  the one who died had been hurt and alive (data/survived_words.txt: "A man injured in October … died Monday": a
  further death, beside the dead the first reports gave).
Not when both articles name streets and none in common (two incidents linked into one story, as compare/rank.py
doubts a discrepancy). One finding per story: the first report of such a death against the earliest such report. Not when the story already holds a
discrepancy on a count of the killed in the top (the revision is told there, with its numbers).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from newsledger.compare.rank import TOP_MIN_WEIGHT, days_apart, streets
from newsledger.compare.view import StoryView
from newsledger.extract.lexicon import data_lines
from newsledger.ledger import Finding
from newsledger.link.quantities import figure_value

LATER_DEATH_WEIGHT = 3.7  # below a discrepancy's 4.0, above the heaviest qualifier drift (3.6)
# Two months: victims die of their wounds days or weeks later; an article months on is a trial or an anniversary.
LATER_DEATH_DAYS = 62
_LEAD_WORDS = 8  # a first "sentence" shorter than this is a dateline or "Update:", not the lead
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


@cache
def _pattern(name: str) -> re.Pattern[str]:
    words = sorted(data_lines(Path(__file__).resolve().parent / "data" / name), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in words) + r")\b", re.IGNORECASE)


def lead(text: str) -> tuple[int, int]:
    """The span of an article's first sentence of _LEAD_WORDS words or more (else of its first line)."""
    for m in _SENTENCE.finditer(text):
        if len(m.group(0).split()) >= _LEAD_WORDS:
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            return start, m.end()
    return 0, min(len(text), text.find("\n") if "\n" in text else len(text))


def _said(view: StoryView, article_id: str, name: str) -> tuple[str, int, int] | None:
    """Where a word of the list is in the headline ("title", -1, -1) or the first sentence (lead, start, end)."""
    art = view.articles[article_id]
    if art.title and _pattern(name).search(art.title):
        return art.title, -1, -1
    start, end = lead(art.text)
    if _pattern(name).search(art.text[start:end]):
        return art.text[start:end], start, end
    return None


def _died_after_hurt(sentence: str) -> bool:
    """"A man injured in October … died Monday": the one who died had been reported hurt."""
    hurt, died = _pattern("survived_words.txt").search(sentence), _pattern("death_words.txt").search(sentence)
    return bool(hurt and died and hurt.start() < died.start())


def _other_streets(view: StoryView, a: str, b: str) -> bool:
    """Both articles name streets and none in common: two incidents linked into one story (rank.py's doubt)."""
    here, there = streets(view.articles[a].text), streets(view.articles[b].text)
    return bool(here and there and not here & there)


def _no_deaths(view: StoryView, article_id: str) -> bool:
    return _said(view, article_id, "death_words.txt") is None and _said(view, article_id, "killed_words.txt") is None \
        and not any(
        f.article == article_id and f.category == "killed" and (figure_value(f) or 0) >= 1
        for f in view.figures.values())


def later_death(view: StoryView, weighed: list[Finding]) -> list[Finding]:
    """The one finding "a victim reported hurt has since died", or none (the rule is the module's)."""
    if any(f.kind == "discrepancy" and f.weight >= TOP_MIN_WEIGHT and any(
            view.figures[e].category == "killed" for e in f.evidence if e in view.figures) for f in weighed):
        return []
    dated = sorted((d[:10], a) for a in view.articles if (d := view.date(a)))
    for day, later in dated:  # the first report of the death: when the toll changed
        death = _said(view, later, "death_words.txt")
        if death is None:
            continue
        art = view.articles[later]
        further = any(_died_after_hurt(t) for t in (art.title or "", art.text[slice(*lead(art.text))]))
        for first_day, earlier in dated:
            gap = days_apart(first_day, day)
            if first_day >= day or gap is None or gap > LATER_DEATH_DAYS:
                continue
            hurt = _said(view, earlier, "hurt_report_words.txt")
            if hurt is None or not (further or _no_deaths(view, earlier)) or _other_streets(view, earlier, later):
                continue
            return [_finding(view, (later, day, death), (earlier, first_day, hurt))]
    return []


def _quoted(text: str, words: int = 14) -> str:
    parts = text.split()
    return "“" + " ".join(parts[:words]) + ("…”" if len(parts) > words else "”")


def _finding(view: StoryView, later: tuple[str, str, tuple[str, int, int]],
             earlier: tuple[str, str, tuple[str, int, int]]) -> Finding:
    (late_art, late_day, (late_text, ls, le)), (early_art, early_day, (early_text, es, ee)) = later, earlier
    summary = (f"{view.outlet(late_art)} reports on {late_day} that a victim has died ({_quoted(late_text)}), where "
               f"{view.outlet(early_art)} on {early_day} reported the victim hurt ({_quoted(early_text)}).")
    evidence = [late_art, early_art] + [f"{a}:{s}-{e}" for a, s, e in ((late_art, ls, le), (early_art, es, ee))
                                        if s >= 0]
    why = (f"revision: one victim has since died (reported hurt on {early_day}, dead on {late_day}); a change of the "
           f"death toll over time, weighed below a disagreement between sources")
    return view.finding("discrepancy", summary, evidence).model_copy(
        update={"weight": LATER_DEATH_WEIGHT, "why": why})
