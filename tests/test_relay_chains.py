"""Relay chains (issue 15, item 5): a relayed statement or figure keeps its original source first and every
intermediary in order, through extraction, the store, the report and attribution-drift findings.

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from newsledger import api
from newsledger.extract import extract_from_doc
from newsledger.ledger import (
    Article,
    ArticleExtraction,
    Figure,
    Ledger,
    Mention,
    Source,
    Statement,
    Story,
    check_offsets,
    relay_chain,
    stable_id,
)
from newsledger.parse import parse_articles
from newsledger.report.html import render_story_body
from tests.outlet_kit import Outlet, build
from tests.test_store_kit import article_record, fake_extract, write_corpus


def _extract(nlp, text: str):
    art = Article(id="t", text=text)
    (art, doc), = parse_articles([art], nlp)
    found = extract_from_doc(art, doc)
    assert check_offsets(Ledger(articles=[art], sources=found.sources, statements=found.statements,
                                figures=found.figures)) == []
    return found


def _names(found, ids: list[str]) -> list[str]:
    by_id = {s.id: s.name for s in found.sources}
    return [by_id[i] for i in ids]


# --- the chain itself ---------------------------------------------------------------------------------------------

def test_relay_chain_puts_the_origin_first_and_the_voice_last() -> None:
    st = Statement(id="s", article="a", kind="indirect", start=0, end=1, text="x", source="wire",
                   relayed_from="bci", via=["reuel"])
    assert relay_chain(st) == ["bci", "reuel", "wire"]
    assert relay_chain(st.model_copy(update={"relayed_from": None, "via": []})) == ["wire"]
    # a source never relays itself
    assert relay_chain(st.model_copy(update={"relayed_from": "wire", "via": []})) == ["wire"]
    assert relay_chain(st.model_copy(update={"source": None, "relayed_from": None, "via": []})) == []


def test_old_records_without_via_still_load() -> None:
    fig = Figure.model_validate({"id": "f", "article": "a", "start": 0, "end": 1, "text": "3", "source": "x",
                                 "relayed_from": "y"})
    assert fig.via == [] and relay_chain(fig) == ["y", "x"]


# --- extraction ---------------------------------------------------------------------------------------------------

def test_citing_in_the_frame_makes_the_cited_source_the_origin(nlp) -> None:
    found = _extract(nlp, 'The Daily Fen, citing a navy officer, reported "heavy losses."')
    [st] = found.statements
    assert _names(found, relay_chain(st)) == ["navy officer", "Daily Fen"]


def test_citing_a_briefing_makes_its_owner_the_origin(nlp) -> None:
    found = _extract(nlp, "Lawmaker Dana Reuel said, citing the BCI's closed briefing, that 1,200 soldiers had died.")
    [st] = found.statements
    assert _names(found, relay_chain(st)) == ["BCI", "Dana Reuel"]
    [fig] = [f for f in found.figures if f.value == 1200]
    assert _names(found, relay_chain(fig)) == ["BCI", "Dana Reuel"]


def test_according_to_an_agency_relaying_a_ministry(nlp) -> None:
    found = _extract(nlp, "According to the state news agency, the ministry said 300 people were killed.")
    outer = next(st for st in found.statements if st.cue == "According to")
    assert _names(found, relay_chain(outer)) == ["ministry", "state news agency"]
    inner = next(st for st in found.statements if st.cue == "said")
    # the inner statement's words are the ministry's own: its source stays the ministry
    assert _names(found, relay_chain(inner)) == ["ministry"]
    [fig] = [f for f in found.figures if f.value == 300]
    assert _names(found, relay_chain(fig)) == ["ministry", "state news agency"]


def test_three_links_keep_every_intermediary_in_order(nlp) -> None:
    found = _extract(nlp, "A wire agency reported that lawmaker Dana Reuel said, citing the BCI's closed briefing, "
                          "that 1,200 soldiers had died.")
    [fig] = [f for f in found.figures if f.value == 1200]
    assert _names(found, relay_chain(fig)) == ["BCI", "Dana Reuel", "wire agency"]


def test_a_plain_statement_has_no_chain(nlp) -> None:
    found = _extract(nlp, "Mayor Ilse Brandt said 40 homes were flooded.")
    [st] = found.statements
    assert st.relayed_from is None and st.via == []


# --- report -------------------------------------------------------------------------------------------------------

def _relayed_ledger(voice: str = "a wire agency") -> Ledger:
    text = f"{voice} reported that Dana Reuel, citing the BCI, said 1,200 soldiers died."
    art = Article(id="a1", outlet="fen.example", date="2025-05-01", text=text)

    def src(name: str, kind: str) -> Source:
        start = text.index(name)
        return Source(id=f"s-{name}", name=name, aliases=[name], kind=kind,
                      mentions=[Mention(article="a1", start=start, end=start + len(name), text=name)])

    sources = [src(voice, "media"), src("Dana Reuel", "person"), src("BCI", "government")]
    words = "1,200 soldiers died"
    start = text.index(words)
    st = Statement(id="st1", article="a1", kind="indirect", start=start, end=start + len(words), text=words,
                   source=f"s-{voice}", relayed_from="s-BCI", via=["s-Dana Reuel"])
    fig = Figure(id="f1", article="a1", value=1200, category="killed", start=start, end=start + 5, text="1,200",
                 source=f"s-{voice}", relayed_from="s-BCI", via=["s-Dana Reuel"], statement="st1")
    story = Story(id="story1", label="losses", articles=["a1"], outlets=["fen.example"])
    return Ledger(articles=[art], sources=sources, statements=[st], figures=[fig], stories=[story])


def test_report_shows_the_chain_for_statements_and_figures() -> None:
    html = render_story_body(_relayed_ledger())
    assert html.count("BCI → Dana Reuel → a wire agency") >= 2  # the statement and the figure row


def test_report_escapes_names_in_the_chain() -> None:
    html = render_story_body(_relayed_ledger(voice="<b>Wire</b>"))
    assert "<b>Wire</b>" not in html
    assert "BCI → Dana Reuel → &lt;b&gt;Wire&lt;/b&gt;" in html


# --- store --------------------------------------------------------------------------------------------------------

def _relaying_extract(articles: Iterable[Article]) -> list[ArticleExtraction]:
    """fake_extract's records, each statement and figure relayed from 'Officials' via the article's town."""
    out = []
    for x in fake_extract(articles):
        text = x.article.text
        town = text.split("A storm hit ", 1)[1].split(" on ", 1)[0]

        def src(name: str, art_id: str = x.article.id, text: str = text) -> Source:
            start = text.index(name)
            return Source(id=stable_id("src", art_id, name), name=name, aliases=[name], kind="government",
                          mentions=[Mention(article=art_id, start=start, end=start + len(name), text=name)])

        origin, hop = src("Officials"), src(town)
        relay = {"relayed_from": origin.id, "via": [hop.id]}
        out.append(x.model_copy(update={
            "sources": [*x.sources, origin, hop],
            "statements": [st.model_copy(update=relay) for st in x.statements if st.source],
            "figures": [f.model_copy(update=relay) for f in x.figures if f.source]}))
    return out


def test_chain_survives_ingest_and_load(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", [article_record(1), article_record(2)])
    db = tmp_path / "s.duckdb"
    api.ingest([str(corpus)], db=db, extractor=_relaying_extract)
    ledger = api.load_ledger(db=db)
    names = {s.id: s.name for s in ledger.sources}
    relayed = [*ledger.statements, *ledger.figures]
    assert relayed
    for rec in relayed:
        chain = [names[i] for i in relay_chain(rec)]
        assert chain[0] == "Officials" and len(chain) == 3, chain


# --- attribution drift --------------------------------------------------------------------------------------------

# no party word ("died", "killed") near a name and no capitals before a comma: compare/standing.py would take the
# source for a party to the incident or a dateline, and drop the finding before it is about the chain
CLAIM = "Twelve hundred soldiers fell in the northern pass last week."


def _outlet(name: str, date: str, lead: str, speaker: str, relayed_from: str | None = None,
            via: tuple[str, ...] = ()) -> Outlet:
    o = Outlet(name, date, f'{lead}: "{CLAIM}"')
    for who in {speaker, *(via or ()), *([relayed_from] if relayed_from else [])}:
        o.source(who, kind="government" if who in {"Tarsk", "BCI"} else "person")
    o.say(CLAIM, speaker)
    st = o.statements[-1]
    o.statements[-1] = st.model_copy(update={
        "relayed_from": o.sources[relayed_from].id if relayed_from else None,
        "via": [o.sources[v].id for v in via]})
    return o


def _drift(ledger) -> list[str]:
    return [f.summary for f in ledger.findings if f.kind == "attribution_drift"]


def test_drift_flags_an_outlet_that_drops_the_intermediary() -> None:
    a = _outlet("alpha.example", "2025-05-01", "Lawmaker Dana Reuel, citing the BCI briefing, said", "Dana Reuel",
                relayed_from="BCI")
    b = _outlet("beta.example", "2025-05-02", "BCI said", "BCI")
    [summary] = _drift(build([a, b]))
    assert "BCI via Reuel" in summary and "beta.example attributes" in summary


def test_drift_flags_a_dropped_middle_link() -> None:
    a = _outlet("alpha.example", "2025-05-01", "Wire Desk, citing Dana Reuel and the BCI briefing, said", "Wire Desk",
                relayed_from="BCI", via=("Dana Reuel",))
    b = _outlet("beta.example", "2025-05-02", "Wire Desk, citing the BCI briefing, said", "Wire Desk", relayed_from="BCI")
    [summary] = _drift(build([a, b]))
    assert "BCI via Reuel via" in summary


def test_no_drift_when_both_outlets_keep_the_same_chain() -> None:
    a = _outlet("alpha.example", "2025-05-01", "Lawmaker Dana Reuel, citing the BCI briefing, said", "Dana Reuel",
                relayed_from="BCI")
    b = _outlet("beta.example", "2025-05-02", "Dana Reuel, citing the BCI briefing, said", "Dana Reuel",
                relayed_from="BCI")
    assert _drift(build([a, b])) == []


@pytest.mark.parametrize("lead", ["Tarsk said", "Lawmaker Dana Reuel said"])
def test_drift_flags_a_swapped_origin(lead: str) -> None:
    a = _outlet("alpha.example", "2025-05-01", "Lawmaker Dana Reuel, citing the BCI briefing, said", "Dana Reuel",
                relayed_from="BCI")
    speaker = "Tarsk" if lead.startswith("Tarsk") else "Dana Reuel"
    b = _outlet("beta.example", "2025-05-02", lead, speaker)
    assert len(_drift(build([a, b]))) == 1


def test_web_app_story_page_shows_the_chain_escaped() -> None:
    from newsledger.serve.app import TEMPLATES
    from newsledger.serve.render import story_view

    html = TEMPLATES.get_template("story.html").render(**story_view(_relayed_ledger(voice="<i>Wire</i>"), "story1"))
    assert "according to BCI → Dana Reuel → &lt;i&gt;Wire&lt;/i&gt;" in html
    assert html.count("BCI → Dana Reuel →") >= 2  # the statement and the figure row
    assert "<i>Wire</i>" not in html


def test_figure_outside_the_relayed_words_stays_the_outer_speakers(nlp) -> None:
    found = _extract(nlp, "A student who shot three people wrote a note saying he was sorry, police said.")
    [fig] = [f for f in found.figures if f.value == 3]
    assert _names(found, relay_chain(fig)) == ["police"]
