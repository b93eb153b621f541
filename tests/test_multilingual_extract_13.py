"""Issue 17, extraction round 12: the cause behind German wrong speakers that recurs in the unseen-check stories
(`ml11-*`) and the rest of dev, fixed by a rule stating the language's grammar and checked on invented sentences.

A person introduced by given and family name and home town (`Jonas Vierling aus Hohenbruck stand am Ufer.`), not
quoted yet and with no title, is whom a later epithet or pronoun speaker means (`…“, erzählte der 62-Jährige.`),
not the body quoted before them."""

from __future__ import annotations

from tests.rules_kit import read as _read
from tests.rules_kit import speaker_of as _speaker_of

_FLOOD = ("Die Polizei sperrte die Brücke am Morgen. „Wir hatten keine Wahl“, sagte ein Sprecher der Polizei. "
          "Jonas Vierling aus Hohenbruck stand am Ufer. „Das Wasser kam innerhalb von Minuten“, erzählte der "
          "62-Jährige. Er habe sein Auto verloren.")


def test_epithet_means_the_person_named_with_home_town() -> None:
    ex = _read("de", _FLOOD)
    assert _speaker_of(ex, "Das Wasser kam innerhalb von Minuten") == "Jonas Vierling"
    # the reported mood after it goes on with the same person
    assert _speaker_of(ex, "Er habe sein Auto verloren") == "Jonas Vierling"
    assert _speaker_of(ex, "Wir hatten keine Wahl") == "Polizei"


def test_a_body_with_its_seat_introduces_no_person() -> None:
    # an article before the noun: a body and where it sits, not a person's name and home town
    ex = _read("de", "„Die Lage bleibt ernst“, sagte Landrätin Helga Sommerfeld. Die Feuerwehr Nordstadt aus "
                     "Bergheim half mit zwei Booten. „Wir kommen kaum voran“, erklärte sie.")
    assert _speaker_of(ex, "Wir kommen kaum voran") == "Helga Sommerfeld"
