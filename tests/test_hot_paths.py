"""Speed-ups on extraction's hot paths must leave every result as it was (issue 20): the same matches, spans and
groups with the first-character lookahead as without it."""

from __future__ import annotations

import re

import pytest

from newsledger.extract import figures, numbers, said_on
from newsledger.extract.first_chars import first_chars, quick_start
from newsledger.ledger import Article

TEXT = ("Between two and three people were hurt; about 40 others fled. A man, 34, was shot and killed on Elm Road.\n"
        "Police: Teen dies after shooting\nThe second victim, a woman, was taken to hospital. US$5 million, "
        "€20 and £3.5m were seized, with half of the cash. Officers found 1,200 rounds and a dozen rifles. "
        "Ernesto Vale was pronounced dead. KILLED (in capitals) ſhot \u212ailled")


def _all(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    assert pattern.pattern.startswith("(?="), "the scan should carry its lookahead"
    body = pattern.pattern[pattern.pattern.index(")(?:") + 4:-1]
    return re.compile(body, pattern.flags)


@pytest.mark.parametrize("source, flags", [
    (r"\b(?:two|three|dozen)\b", re.I),
    (r"(?<![\w.])(?:US\$|\$|€|£)?\d+(?:\.\d+)?m?", re.I),
    (r"\b(?P<who>(?!(?:North|South)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+was\s+pronounced\s+dead", 0),
    (r"(?:killed|shot)\b", re.I),  # the Kelvin sign and the long s fold to k and s under IGNORECASE
    (r"[^\s\d]{5,}", 0),
    (r"(?m)^[ \t]*(?:Police|Teen):?\s+\w+", 0),
])
def test_quick_start_finds_the_same_matches(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    fast = quick_start(pattern)
    assert fast.flags == pattern.flags
    assert _all(fast, TEXT) == _all(pattern, TEXT)
    assert _all(fast, TEXT.upper()) == _all(pattern, TEXT.upper())


def test_first_chars_bounds_what_a_match_can_start_with() -> None:
    assert first_chars(re.compile(r"\b(?:two|three|dozen)\b", re.I)) == "[td]"
    assert first_chars(re.compile(r"(?:\$\s?)?\d+")) == r"[\$\d]"
    assert first_chars(re.compile(r"(?<!x)[^\s]y")) == r"[^\s]"
    assert first_chars(re.compile(r"(?:a|b)?c")) == "[abc]"


@pytest.mark.parametrize("source", [
    r"\s*\d+",  # may start with a space or a digit — still bounded
])
def test_optional_prefixes_are_included(source: str) -> None:
    assert first_chars(re.compile(source)) == r"[\s\d]"


@pytest.mark.parametrize("source", [
    r"x*",              # matches the empty string anywhere
    r".ab",             # any character may start it
    r"(?i:two)|three",  # a scoped flag: the lookahead would need the same scope
    r"(a)\1",           # a back reference first... after a group: still bounded by the group
])
def test_unbounded_patterns_stay_as_they_are(source: str) -> None:
    pattern = re.compile(source)
    if source == r"(a)\1":
        assert first_chars(pattern) == "[a]"
        return
    assert first_chars(pattern) is None
    assert quick_start(pattern) is pattern


def test_extraction_scans_carry_the_lookahead_and_match_as_before() -> None:
    scans = [numbers._pattern(), figures._ordinal_death_pattern(), figures._ordinal_victim_pattern()]
    subject, obj, _headline, _headline_object, left_dead, named = figures._single_patterns()
    scans += [subject, obj, left_dead, named, said_on._EXPRESSION, said_on._FUTURE, said_on._NEAR_CUE_AFTER,
              figures._any_category()]
    for fast in scans:
        assert _all(fast, TEXT) == _all(_without_lookahead(fast), TEXT)


def test_numbers_still_read_as_before() -> None:
    found = [(TEXT[m.start:m.end], m.value, m.low, m.high, m.qualifier) for m in numbers.find_numbers(TEXT)]
    assert found == [("Between two and three", None, 2.0, 3.0, None), ("about 40", 40.0, None, None, "about"),
                     ("US$5 million", 5e6, None, None, None), ("€20", 20.0, None, None, None),
                     ("£3.5m", 3.5e6, None, None, None), ("half of", 0.5, None, None, None),
                     ("1,200", 1200.0, None, None, None), ("a dozen", 12.0, None, None, None)]


CASUALTIES = ("Two men were killed and a third person was wounded on Friday, police said. Officers said 14 shots "
              "were fired and four cars were hit. A teenager, 16, was taken to hospital; three others fled. "
              "The gunman shot and killed his neighbour. About 200 people gathered, and 1,000 dollars was raised.")


def test_category_words_are_looked_for_only_where_one_occurs(monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article(id="a1", text=CASUALTIES, date="2026-03-06")
    gated = figures.extract_figures(article, None, None)
    assert {f.category for f in gated} >= {"killed", "other"}  # the rules read category words here
    monkeypatch.setattr(figures, "_any_category", lambda: re.compile(""))  # every window searched word by word
    assert figures.extract_figures(article, None, None) == gated


def test_said_on_reads_the_same_dates() -> None:
    assert said_on.resolve_said_on("Police said on Friday that the man, 34, fled.", "2026-03-06") == "2026-03-06"
    assert said_on.resolve_said_on("The mayor will speak on Monday, aides said yesterday.", "2026-03-06") == \
        "2026-03-05"
