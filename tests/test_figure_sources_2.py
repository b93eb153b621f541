"""Who asserts a figure no statement holds (extract/figure_sources.py), and attribution drift of figures judged on
the whole relay chain (compare/figures.py). Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsledger.extract import extract_from_doc
from newsledger.ledger import Article, Figure, Ledger, check_offsets, relay_chain
from newsledger.parse import parse_articles
from tests.outlet_kit import Outlet, build


def _extract(nlp, text: str, title: str | None = None):
    art = Article(id="t", text=text, title=title)
    (art, doc), = parse_articles([art], nlp)
    found = extract_from_doc(art, doc)
    assert check_offsets(Ledger(articles=[art], sources=found.sources, statements=found.statements,
                                figures=found.figures)) == []
    return found


def _chain_of(found, value: float) -> list[str]:
    names = {s.id: s.name for s in found.sources}
    kinds = {s.id: s.kind for s in found.sources}
    [fig] = [f for f in found.figures if f.value == value]
    return ["outlet" if kinds[i] == "outlet" else names[i] for i in relay_chain(fig)]


# --- a figure continuing an attributed passage --------------------------------------------------------------------

def test_next_sentence_of_the_paragraph_continues_the_attribution(nlp) -> None:
    found = _extract(nlp, "The agency said 300 people were killed in the raid. Another 2,700 were wounded.")
    assert _chain_of(found, 2700) == ["agency"]


def test_continuation_keeps_the_relay_chain(nlp) -> None:
    found = _extract(nlp, "Lawmaker Dana Reuel said, citing the BCI's closed briefing, that 1,200 soldiers had died. "
                          "Another 3,000 were wounded.")
    assert _chain_of(found, 3000) == ["BCI", "Dana Reuel"]


def test_a_new_paragraph_is_the_writers_own(nlp) -> None:
    found = _extract(nlp, "The agency said 300 people were killed in the raid.\n\nAnother 2,700 were wounded.")
    assert _chain_of(found, 2700) == ["outlet"]


def test_one_unattributed_sentence_between_ends_the_passage(nlp) -> None:
    found = _extract(nlp, "The agency said 300 people were killed in the raid. The town lies in a narrow valley. "
                          "Another 2,700 were wounded.")
    assert _chain_of(found, 2700) == ["outlet"]


def test_a_relative_clause_is_no_attributed_passage(nlp) -> None:
    found = _extract(nlp, "A man who claimed self-defense in the brawl is under arrest. Four people were shot.")
    assert _chain_of(found, 4) == ["outlet"]


def test_a_sentence_glued_by_a_lost_space_is_its_own_sentence(nlp) -> None:
    found = _extract(nlp, '"We will not stop," Commander Ilse Brandt said.The market stayed closed on Sunday. '
                          "So far this year, 150 people have been killed.")
    assert _chain_of(found, 150) == ["outlet"]


# --- a figure in an attributed sentence, outside the words attributed -----------------------------------------------

def test_own_sentence_attribution_outside_the_content(nlp) -> None:
    found = _extract(nlp, "After the gunman killed two people at the depot, police said he fled north.")
    assert _chain_of(found, 2) == ["police"]


def test_the_speaker_counted_is_no_claim_of_the_speaker(nlp) -> None:
    found = _extract(nlp, "Two women ran to the officers and stated that a car had struck them.")
    assert _chain_of(found, 2) == ["outlet"]


def test_people_speaking_are_no_repeat_of_a_count_said_elsewhere(nlp) -> None:
    text = ("The guard said two people were shot inside the hall.\n\n"
            "Two women who were shot ran to the officers and told them that a car had sped off.")
    found = _extract(nlp, text)
    kinds = {s.id: s.kind for s in found.sources}
    [women] = [f for f in found.figures if f.start == text.index("Two women")]
    assert kinds[women.source] == "outlet"


def test_a_figure_in_the_speakers_own_noun_phrase_is_the_outlets(nlp) -> None:
    found = _extract(nlp, "Police trying to learn why a clerk fatally shot four people in two river towns said "
                          "Monday he had large debts.")
    assert _chain_of(found, 4) == ["outlet"]


# --- the layout -------------------------------------------------------------------------------------------------

def test_headline_led_by_a_source(nlp) -> None:
    text = "Police: 4 shot at party in Fenwick\n\nThe party had drawn a large crowd to the farm on Saturday."
    found = _extract(nlp, text, title="Police: 4 shot at party in Fenwick")
    assert _chain_of(found, 4) == ["Police"]


def test_headline_led_by_a_word_that_is_no_source(nlp) -> None:
    text = "Breaking: 4 shot at party in Fenwick\n\nThe party had drawn a large crowd to the farm on Saturday."
    found = _extract(nlp, text)
    assert _chain_of(found, 4) == ["outlet"]


def test_embedded_post_is_its_signers(nlp) -> None:
    text = ("The shooting happened near the river.\n\n"
            "Several wounded and 3 dead on Elm St. Investigation ongoing. — Fen County Police (@fenpolice) "
            "June 22, 2016\n\nNeighbours gathered at the tape.")
    found = _extract(nlp, text)
    assert _chain_of(found, 3) == ["Fen County Police"]
    [src] = [s for s in found.sources if s.name == "Fen County Police"]
    m = src.mentions[0]
    assert text[m.start:m.end] == "Fen County Police"


# --- the same claim attributed elsewhere ----------------------------------------------------------------------------

def test_headline_repeating_an_attributed_count(nlp) -> None:
    found = _extract(nlp, "Three killed in Fenwick crash\n\nThree people were killed on Sunday, police said.")
    heads = [f for f in found.figures if f.start < 30]
    assert heads and all(f.source and f.source != "outlet" for f in heads)
    names = {s.id: s.name for s in found.sources}
    assert {names[f.source] for f in heads} == {"police"}


def test_one_person_described_does_not_attribute_a_headline_count(nlp) -> None:
    found = _extract(nlp, "One dead in Fenwick shooting\n\nA 23-year-old man was killed on Sunday, police said.")
    kinds = {s.id: s.kind for s in found.sources}
    [head] = [f for f in found.figures if f.start == 0]
    assert kinds[head.source] == "outlet"


def test_a_count_of_people_shot_repeats_a_count_of_wounded(nlp) -> None:
    found = _extract(nlp, "Four people were wounded at the fair, police said.\n\n"
                          "The fair opened at noon and drew a crowd.\n\nFour others were shot in the incident.")
    names = {s.id: s.name for s in found.sources}
    assert {names[f.source] for f in found.figures if f.value == 4} == {"police"}


def test_a_past_incident_is_not_the_story_count_repeated(nlp) -> None:
    text = ("Six killed in Fenwick shooting\n\nSix people were killed on Sunday, police said.\n\n"
            "In March 2012, six people were killed in a shooting at a mill in Orsk.")
    art = Article(id="t", text=text, date="2025-05-01")
    (art, doc), = parse_articles([art], nlp)
    found = extract_from_doc(art, doc)
    kinds = {s.id: s.kind for s in found.sources}
    [past] = [f for f in found.figures if f.start > text.index("In March")]
    assert kinds[past.source] == "outlet"


# --- attribution drift of figures on the whole chain -----------------------------------------------------------------

def _report(outlet: str, date: str, sentence: str, chain: tuple[str, ...], kinds: dict[str, str]) -> Outlet:
    """One outlet's figure of 1,200 soldiers killed, relayed along `chain` (origin first, voice last)."""
    o = Outlet(outlet, date, sentence)
    for who in chain:
        o.source(who, kind=kinds.get(who, "person"))
    o.figure("1,200 soldiers", 1200, "killed", chain[-1], counted="soldiers",
             relayed_from=chain[0] if len(chain) > 1 else None)
    if len(chain) > 2:
        fig: Figure = o.figures[-1]
        o.figures[-1] = fig.model_copy(update={"via": [o.sources[w].id for w in chain[1:-1]]})
    return o


KINDS = {"Tarsk": "government", "spy agency": "intelligence", "BCI": "intelligence"}


def _figure_drift(*outlets: Outlet) -> list[str]:
    ledger = build(list(outlets))
    return [f.summary for f in ledger.findings if f.kind == "attribution_drift"]


def test_drift_when_an_outlet_drops_the_intermediary_and_swaps_the_origin() -> None:
    a = _report("alpha.example", "2025-05-01",
                "Lawmaker Dana Reuel, citing a briefing by the spy agency, said 1,200 soldiers had fallen in the pass last week.",
                ("spy agency", "Dana Reuel"), KINDS)
    b = _report("beta.example", "2025-05-02", "Tarsk says 1,200 soldiers had fallen in the pass last week.", ("Tarsk",), KINDS)
    [summary] = _figure_drift(a, b)
    assert "beta.example attributes the figure of 1,200 to Tarsk" in summary
    assert "Reuel, citing spy agency" in summary


def test_drift_when_an_outlet_drops_the_intermediary_but_keeps_the_origin() -> None:
    a = _report("alpha.example", "2025-05-01", "Lawmaker Dana Reuel said, citing the BCI briefing, that 1,200 soldiers had fallen in the pass last week.",
                ("BCI", "Dana Reuel"), KINDS)
    b = _report("beta.example", "2025-05-02", "The BCI said 1,200 soldiers had fallen in the pass last week.", ("BCI",), KINDS)
    [summary] = _figure_drift(a, b)
    assert "to BCI" in summary and "Reuel, citing BCI" in summary


def test_drift_names_every_link_when_a_middle_one_is_dropped() -> None:
    a = _report("alpha.example", "2025-05-01",
                "Ola Brandt said, citing Dana Reuel and the BCI briefing, that 1,200 soldiers had fallen in the pass last week.",
                ("BCI", "Dana Reuel", "Ola Brandt"), KINDS)
    b = _report("beta.example", "2025-05-02", "Ola Brandt said, citing the BCI briefing, that 1,200 soldiers had fallen in the pass last week.",
                ("BCI", "Ola Brandt"), KINDS)
    [summary] = _figure_drift(a, b)
    assert "citing BCI via Dana Reuel" in summary or "citing BCI via Reuel" in summary


def test_no_drift_when_the_chains_agree() -> None:
    outlets = [_report(name, date, "Lawmaker Dana Reuel said, citing the BCI briefing, that 1,200 soldiers had fallen in the pass last week.",
                       ("BCI", "Dana Reuel"), KINDS)
               for name, date in (("alpha.example", "2025-05-01"), ("beta.example", "2025-05-02"))]
    assert _figure_drift(*outlets) == []


@pytest.mark.parametrize("chain", [("coroner", "police"), ("coroner",)])
def test_no_drift_between_officials_who_routinely_give_counts(chain: tuple[str, ...]) -> None:
    a = _report("alpha.example", "2025-05-01", "The police, citing the coroner, said 1,200 soldiers had fallen in the pass last week.",
                ("coroner", "police"), {})
    b = _report("beta.example", "2025-05-02", "The coroner and the police said 1,200 soldiers had fallen in the pass last week.", chain, {})
    assert _figure_drift(a, b) == []
