"""Properties over generated articles: analysis never raises, every offset slices to its text, the same input
gives byte-identical JSON, and the order of input files changes nothing but order."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger import analyze_articles
from newsledger.ingest import article_from_text
from newsledger.ledger import check_offsets

NAMES = ["Maria Lopez", "the minister", "He", "She", "Officials", "A senior official", "Dr. Chen", "Acme Corp."]
CUES = ["said", "told reporters", "added", "warned", "claimed", "says", "according to"]
CLAUSES = [
    "at least 1,100 people were killed", "about 12,000 troops are deployed", "more than three dozen were hurt",
    "the bridge will reopen in May", "nobody was arrested", "prices rose 4.5 percent", "it is 'unacceptable'",
    "two people died on Friday", "the count was 27-hundred", "nearly a third of residents left",
]
MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "「", "」"]


@st.composite
def sentences(draw) -> str:
    name, cue, clause = draw(st.sampled_from(NAMES)), draw(st.sampled_from(CUES)), draw(st.sampled_from(CLAUSES))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return f'"{clause.capitalize()}," {name} {cue}.'
    if shape == 1:
        return f"{name} {cue} that {clause}."
    if shape == 2:
        return f"{cue.capitalize()} {name}, {clause}."
    if shape == 3:  # unbalanced or exotic marks must not break anything
        return f"{draw(st.sampled_from(MARKS))}{clause.capitalize()} {name} {cue}{draw(st.sampled_from(MARKS))}"
    if shape == 4:
        return draw(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60))
    return f"{clause.capitalize()}."


@st.composite
def article_texts(draw) -> str:
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4), min_size=1, max_size=5))
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
    text = sep.join(" ".join(p) for p in paragraphs)
    return text if text.strip() else "Filler text said."


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.lists(article_texts(), min_size=1, max_size=3))
def test_analysis_never_raises_and_all_offsets_slice(texts) -> None:
    articles = [article_from_text(t, path=f"gen{i}.txt") for i, t in enumerate(texts)]
    ledger = analyze_articles(articles)
    assert check_offsets(ledger) == []


@SETTINGS
@given(st.lists(article_texts(), min_size=2, max_size=3, unique=True))
def test_deterministic_and_order_independent(texts) -> None:
    articles = [article_from_text(t, path=f"gen{i}.txt") for i, t in enumerate(texts)]
    first = analyze_articles(articles).to_json()
    assert analyze_articles(articles).to_json() == first
    assert analyze_articles(list(reversed(articles))).to_json() == first
