"""Issue 17, link round 8 (learnt from the burned test part 5): a speaker the other article names beside the one it
quotes is told apart from that one only when that one is a person named in full or a source extraction typed as an
organisation. A description extraction could not type ("la médica", "das Unternehmen") or a surname alone may be the
named speaker, or the body that person speaks for, called otherwise. Invented names and sentences."""

from __future__ import annotations

import pytest

from newsledger.ledger import Mention, Source, Statement
from newsledger.link import align


def _source(sid: str, name: str, kind: str, *articles: str) -> Source:
    return Source(id=sid, name=name, kind=kind, aliases=[name],
                  mentions=[Mention(article=a, start=0, end=len(name), text=name) for a in articles])


def _statement(sid: str, article: str, source: str, text: str) -> Statement:
    return Statement(id=sid, article=article, kind="indirect", start=0, end=len(text), text=text, source=source)


# Article A (Spanish) quotes its speaker and names Doctor Marta Quiroga as well; article B (German) quotes Quiroga.
SOURCES = {
    "medica": _source("medica", "médica", "unknown", "A"),
    "firma": _source("firma", "Unternehmen", "unknown", "A"),
    "surname": _source("surname", "Quiroga", "unknown", "A"),
    "other": _source("other", "Tomás Villaverde", "person", "A"),
    "club": _source("club", "el club", "organisation", "A"),  # extraction typed it: a body of its own
    "quiroga": _source("quiroga", "Marta Quiroga", "person", "A", "B"),
}


@pytest.mark.parametrize("speaker", ["medica", "firma", "surname"])
def test_a_description_a_body_or_a_surname_beside_the_named_speaker_is_not_told_apart(speaker: str) -> None:
    a = _statement("1", "A", speaker, "la ciclista se desplomó poco antes del kilómetro 52")
    b = _statement("2", "B", "quiroga", "die Radfahrerin sei kurz vor Kilometer 52 zusammengebrochen")
    # before, naming Quiroga in article A made every other speaker quoted there "different"
    assert align.speaker_fit(a, b, SOURCES) != "different"
    assert align.speaker_fit(b, a, SOURCES) != "different"


@pytest.mark.parametrize("speaker", ["other", "club"])
def test_another_person_named_in_full_or_an_organisation_beside_the_named_speaker_is_told_apart(speaker: str) -> None:
    a = _statement("1", "A", speaker, "la ciclista se desplomó poco antes del kilómetro 52")
    b = _statement("2", "B", "quiroga", "die Radfahrerin sei kurz vor Kilometer 52 zusammengebrochen")
    assert align.speaker_fit(a, b, SOURCES) == "different"
    assert align.speaker_fit(b, a, SOURCES) == "different"


@pytest.mark.parametrize(("name", "kind", "named"), [
    ("Marta Quiroga", "person", True),
    ("Quiroga", "person", False),
    ("médica", "unknown", False),
    ("a person familiar with the investigation", "unknown", False),
    ("마르타 키로가", "person", True),
    ("보건당국", "organisation", False),
])
def test_named_in_full(name: str, kind: str, named: bool) -> None:
    assert align._named_in_full(_source("s", name, kind)) is named


def test_a_hangul_name_heard_as_another_person_still_fits_the_body_that_person_speaks_for() -> None:
    # 줄리아 스페라 sounds like Giulia Spera, the airline's spokeswoman; "Aerolinda" is the airline, not another person
    sources = {
        "hangul": _source("hangul", "줄리아 스페라", "person", "K"),
        "spera": _source("spera", "Giulia Spera", "person", "F"),
        "airline": _source("airline", "Aerolinda", "unknown", "P"),
        "other": _source("other", "Paolo Rinaldi", "person", "P"),
    }
    written_as = align.names_in_two_scripts(sources, sources)
    assert written_as.get("hangul") == frozenset({"spera"})
    k = _statement("1", "K", "hangul", "27일까지 모든 항공편 운항을 중단한다")
    assert align.speaker_fit(k, _statement("2", "P", "airline", "as operações ficam suspensas até dia 27"),
                             sources, written_as=written_as) == "unknown"
    # a person named in full whose name the Hangul does not sound like is still another person
    assert align.speaker_fit(k, _statement("3", "P", "other", "os voos ficam suspensos até dia 27"),
                             sources, written_as=written_as) == "different"
