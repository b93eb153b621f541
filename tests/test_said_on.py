"""said_on from relative and explicit time expressions, resolved against the article's date (invented sentences).

The article date in every row is Wednesday 2025-03-12 unless the row says otherwise."""

from __future__ import annotations

import pytest

from newsledger.extract.said_on import resolve_said_on

WED = "2025-03-12"  # a Wednesday
SUN = "2025-03-16"  # a Sunday

TABLE = [
    # explicit dates
    ("The minister said on March 3 that the count was final.", WED, "2025-03-03"),
    ("The minister said on Mar. 3 that the count was final.", WED, "2025-03-03"),
    ("Officials said Dec. 27 the figure was rising.", WED, "2024-12-27"),
    ("Officials said on December 27, 2023 that it rose.", WED, "2023-12-27"),
    ("The mayor spoke on 4 March about the flood.", WED, "2025-03-04"),
    ("The mayor spoke on the 4th of March about the flood.", WED, "2025-03-04"),
    ("The statement dated 2025-03-02 gave the toll.", WED, "2025-03-02"),
    ("On Sunday the agency said on March 9 it knew.", WED, "2025-03-09"),
    # today and yesterday
    ("The governor said today that roads were closed.", WED, "2025-03-12"),
    ("The governor said earlier today that roads were closed.", WED, "2025-03-12"),
    ("The governor said this morning that roads were closed.", WED, "2025-03-12"),
    ("The governor said this afternoon the roads were closed.", WED, "2025-03-12"),
    ("The governor will speak tonight, aides said.", WED, None),
    ("The governor said yesterday that roads were closed.", WED, "2025-03-11"),
    ("The governor said yesterday afternoon that roads were closed.", WED, "2025-03-11"),
    ("Police said last night the suspect had fled.", WED, "2025-03-11"),
    ("The coroner said two days ago the cause was unclear.", WED, "2025-03-10"),
    ("The coroner said a week ago the cause was unclear.", WED, "2025-03-05"),
    ("The coroner said 3 days ago the cause was unclear.", WED, "2025-03-09"),
    # weekdays, past tense
    ("Police said on Sunday that five people died.", WED, "2025-03-09"),
    ("Police said Sunday that five people died.", WED, "2025-03-09"),
    ("Police said Monday night that five people died.", WED, "2025-03-10"),
    ("Police said late Tuesday that five people died.", WED, "2025-03-11"),
    ("Police said early Monday that five people died.", WED, "2025-03-10"),
    ("Police said on Wednesday that five people died.", WED, "2025-03-12"),
    ("Police said last Wednesday that five people died.", WED, "2025-03-05"),
    ("Police said last Friday that five people died.", WED, "2025-03-07"),
    ("Police said Thursday morning that five people died.", WED, "2025-03-06"),
    ("Police on Saturday said that five people died.", WED, "2025-03-08"),
    ("On Sunday, police said that five people died.", WED, "2025-03-09"),
    # the cue's time wins over the content's
    ("Seventeen people have died after the dam failed on Thursday, an official told reporters on Sunday.", SUN,
     "2025-03-16"),
    ("The dam failed on Thursday, the county said Saturday.", SUN, "2025-03-15"),
    ("Officials said Friday the shooting happened Tuesday night.", WED, "2025-03-07"),
    # spans: the latest day the span allows
    ("The agency said earlier this week that it would review the data.", WED, "2025-03-11"),
    ("The agency said earlier this week that it would review the data.", "2025-03-10", "2025-03-10"),
    ("The agency said this week that it would review the data.", WED, "2025-03-11"),
    ("The agency said last week that it would review the data.", WED, "2025-03-09"),
    ("The agency said over the weekend that it would review the data.", WED, "2025-03-09"),
    ("The agency said last weekend that it would review the data.", SUN, "2025-03-09"),
    ("The agency said last month that it would review the data.", WED, "2025-02"),
    ("The agency said earlier this month that it would review the data.", WED, "2025-03"),
    # future tense dates the content, not the saying
    ("The agency will publish its count on Friday.", WED, None),
    ("The agency said it will publish its count on Friday.", WED, None),
    ("The agency said on Monday it will publish its count on Friday.", WED, "2025-03-10"),
    ("The minister said the vote is scheduled for next week.", WED, None),
    ("The minister said tomorrow would bring answers.", WED, None),
    # nothing to resolve
    ("The minister said the count was final.", WED, None),
    ("The minister said on Sunday the count was final.", None, None),
    ("The minister said on Sunday the count was final.", "2025-03", None),
]


@pytest.mark.parametrize(("sentence", "article_date", "expected"), TABLE)
def test_said_on_table(sentence: str, article_date: str | None, expected: str | None) -> None:
    assert resolve_said_on(sentence, article_date) == expected


def test_table_has_forty_forms() -> None:
    assert len(TABLE) >= 40


def test_future_resolves_forward() -> None:
    import datetime as dt

    from newsledger.extract.said_on import expressions, is_future, resolve_time

    sentence = "The council will meet on Monday."
    (m,) = expressions(sentence)
    assert is_future(sentence, m)
    assert resolve_time(m, dt.date(2025, 3, 12), True) == "2025-03-17"
    (m,) = expressions("They met on Monday.")
    assert resolve_time(m, dt.date(2025, 3, 12), False) == "2025-03-10"
