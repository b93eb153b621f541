"""Speakers of the statements that carry figures, where the parser breaks the speaker's noun phrase: a dateline
before a dash, a name broken at an abbreviation's period, and a nested `admitted` (extract/reported.py,
extract/speakers.py, lexicons/saying_verbs.txt). Every sentence here is invented."""

from __future__ import annotations

from newsledger.ledger import relay_chain
from tests.test_figure_sources_2 import _extract


def _chain_of(found, value: float) -> list[str]:
    names = {s.id: s.name for s in found.sources}
    kinds = {s.id: s.kind for s in found.sources}
    figs = [f for f in found.figures if f.value == value]
    assert figs, f"no figure {value}"
    return ["outlet" if kinds[i] == "outlet" else names[i] for i in relay_chain(figs[0])]


def _source_of(found, words: str):
    names = {s.id: s for s in found.sources}
    [st] = [s for s in found.statements if words in s.text]
    return names[st.source]


# --- a dateline is where, not who ---------------------------------------------------------------------------------

def test_dateline_before_a_dash_is_not_the_speaker(nlp) -> None:
    found = _extract(nlp, "ORSKVILLE, Tx. - Orskville County police say one person died and at least three others "
                          "were hurt in a shooting near the lake.\n\nOfficers were called to the scene.")
    assert _chain_of(found, 1) == ["Orskville County police"]
    assert _source_of(found, "one person died").name == "Orskville County police"


def test_dateline_with_a_station_tag_and_an_en_dash(nlp) -> None:
    found = _extract(nlp, "BRANTFORD, KY (WKRB) – Orsk State Police say a shooting in Lime County that left two "
                          "people dead was domestic in nature.\n\nTrooper Al Fenn gave no names.")
    assert _chain_of(found, 2) == ["Orsk State Police"]


def test_capitalised_county_dateline_with_the_police_after_the_dash(nlp) -> None:
    found = _extract(nlp, "Updated: Jun 3, 2019 - 1:21 PM\n\nLIMESTONE COUNTY, Ga. - Limestone County police say "
                          "one person died and two others were hurt in a shooting near the river.\n\n"
                          "Officers were called to an apartment on Fern Drive.")
    assert _chain_of(found, 1) == ["Limestone County police"]


def test_a_dash_inside_the_speakers_phrase_is_no_dateline(nlp) -> None:
    # the dash closes an aside, so no apposition sits right before the verb: the rule leaves the speaker alone
    found = _extract(nlp, "The commander, Ilse Brandt — a former police officer — said four people were shot.")
    assert _chain_of(found, 4) != ["outlet"]
    assert "Brandt" in _source_of(found, "four people were shot").name


# --- a name broken at an abbreviation's period ---------------------------------------------------------------------

def test_name_broken_at_col_is_the_person(nlp) -> None:
    # (the parser hangs 'Orsk State Police Col' and 'Mike Edmonton' on the verb as two subjects)
    found = _extract(nlp, "Orsk State Police Col. Mike Edmonton says the gunman who shot six officers clearly "
                          "targeted the police.")
    src = _source_of(found, "targeted the police")
    assert src.name == "Mike Edmonton" and src.kind == "person"
    assert _chain_of(found, 6) == ["Mike Edmonton"]


def test_name_broken_at_no_is_the_person(nlp) -> None:
    found = _extract(nlp, "Officer Al Reuel, who was shot twice, was released on Sunday, FOP Lodge No. 5 President "
                          "Carl Tennenbaum said. Two other victims were in stable condition.")
    src = _source_of(found, "was released")
    assert src.name == "Carl Tennenbaum" and src.kind == "person"


# --- a nested admission is a relayed statement ---------------------------------------------------------------------

def test_nested_admitted_relays_the_suspects_claim(nlp) -> None:
    found = _extract(nlp, "Deputies also say Brandt admitted to intentionally killing all eight people inside.\n\n"
                          "The house was sealed.")
    assert _chain_of(found, 8) == ["Brandt", "Deputies"]


def test_nested_admitted_that_clause(nlp) -> None:
    found = _extract(nlp, "Police said Varga admitted that he had shot three men outside the bar.")
    assert _chain_of(found, 3) == ["Varga", "Police"]


def test_nested_wanting_stays_part_of_the_report(nlp) -> None:
    # a verb that is no saying verb inside reported words is what was reported, not a second statement
    found = _extract(nlp, "Police said Varga wanted to shoot three men outside the bar.")
    assert _chain_of(found, 3) == ["Police"]
