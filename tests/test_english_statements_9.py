"""English statements, precision round (issue 17): what the English path reports as a statement where the multilingual
annotation protocol and a ledger reader count no claim (a noun phrase under a report already quoted, acts such as
wanting, refusing or ordering a thing, a topic described or focused on), and where a statement was cut short or ran
on (a clause between the content and its postposed frame, a time clause after an inserted frame, a naming whose quote
the parser hung elsewhere, 'and that' after a pronoun the tagger took for a noun). Where PolNeAR's convention wins
(a quote resumed after its frame's full stop stays one statement in parts) it is pinned here. Every sentence is
invented."""

from __future__ import annotations

from functools import partial

import pytest

from tests.attribution_kit import attribute
from tests.attribution_kit import by_text as _by_text
from tests.attribution_kit import source_name as _source
from tests.attribution_kit import texts as _texts


@pytest.fixture(scope="module")
def run(nlp):
    return partial(attribute, nlp, article_id="e9")


# --- a report inside a report -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "outer", "inner"), [
    ("The dockers' union said crane drivers had reported loose cables on the quay for a month.",
     "crane drivers had reported loose cables on the quay for a month", "loose cables"),
    ("A deckhand, who asked not to be named, told this newspaper the mates had warned officers about rust on the "
     "hull in March.", "the mates had warned officers about rust on the hull in March", "officers about rust"),
])
def test_a_noun_phrase_reported_inside_a_report_is_no_second_statement(run, sentence: str, outer: str,
                                                                        inner: str) -> None:
    found = run("Harbour safety questioned.\n\n" + sentence)
    assert _texts(found) == [outer]
    assert not any(s.text.startswith(inner) for s in found.statements)


def test_a_clause_reported_inside_a_report_is_still_a_second_statement(run) -> None:
    found = run("Road reopens.\n\nThe minister said the police had claimed that the road was safe.")
    outer = _by_text(found, "the police had claimed")
    inner = next(s for s in found.statements if "police" not in s.text)
    assert inner.text.endswith("the road was safe")
    assert _source(found, inner) != _source(found, outer)


# --- acts and topics are no claims --------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Parents want answers.",
    "The mayor refused the builders' offer.",
    "Inspector Lena Marr has ordered a review of every lift in the district.",
    "The hospital has since raised the number of beds to 240, after adding a ward for burns.",
    "Passengers described long queues at the ticket office.",
    "Health officials in Varna county have confirmed 41 cases of mumps in the town of Ostrel.",
])
def test_wanting_refusing_ordering_adding_confirming_or_describing_a_thing_is_no_statement(run, sentence: str) -> None:
    assert _texts(run("Town news.\n\n" + sentence)) == []


@pytest.mark.parametrize(("sentence", "content"), [
    ("The mayor confirmed that the bridge would reopen in May.", "the bridge would reopen in May"),
    ("The senator described the bill as a disaster.", "the bill as a disaster"),
])
def test_the_same_verbs_with_a_clause_or_a_description_still_report(run, sentence: str, content: str) -> None:
    assert content in _by_text(run("Town news.\n\n" + sentence), content).text


def test_a_topic_focused_on_is_no_statement(run) -> None:
    found = run("Dam under scrutiny.\n\nQuestions have focused on the Orlen dam upstream of the village.")
    assert _texts(found) == []


# --- where a content starts and ends ------------------------------------------------------------------------------


def test_a_clause_between_the_content_and_its_postposed_frame_is_what_was_said(run) -> None:
    found = run("Crane falls at Lentby.\n\nFour people were hurt, two of them badly, when a crane toppled onto the "
                "quay at Lentby on Monday night, port officials said on Tuesday.")
    stmt = _by_text(found, "Four people were hurt")
    assert stmt.text.endswith("when a crane toppled onto the quay at Lentby on Monday night")
    assert _source(found, stmt) == "port officials"


def test_a_time_clause_after_an_inserted_frame_is_the_writers(run) -> None:
    found = run("Floods.\n\nThe number of people in shelters climbed to 2,400 on Sunday, officials in the coastal "
                "district said, after the river broke its banks in three places.")
    stmt = _by_text(found, "climbed to 2,400")
    assert stmt.text == "The number of people in shelters climbed to 2,400 on Sunday"
    assert stmt.parts == []


def test_a_limit_after_an_inserted_frame_stays_the_speakers(run) -> None:
    found = run("Mill history.\n\nThe mill was the town's biggest employer, the historian said, until it closed in "
                "1998.")
    assert "until it closed in 1998" in _by_text(found, "biggest employer").text


@pytest.mark.parametrize("sentence", [
    'Chair Marta Lindqvist, who has called the closure "hard but unavoidable", said the firm remained open to '
    "offers but would not reverse its plan.",
    'Managing director Henrik Salo, who has called the layoffs "hard but unavoidable", said the firm would not '
    "reverse the decision.",
])
def test_a_naming_keeps_its_quote_when_the_parser_hung_it_on_the_speaker(run, sentence: str) -> None:
    found = run("Plant to close.\n\n" + sentence)
    named = _by_text(found, "hard but unavoidable")
    assert named.kind == "partial"
    assert named.text.startswith("the ") and named.text.rstrip('"').endswith("hard but unavoidable")
    said = _by_text(found, "would not reverse")
    assert named is not said
    assert _source(found, named) == _source(found, said)


def test_and_that_after_a_pronoun_tagged_as_a_noun_still_makes_two_claims(run) -> None:
    found = run('Cellar collapse.\n\nThe site engineer, Pavel Rusk, said the licence had allowed "only work on '
                'the facade" and that nobody had applied to dig the basement.')
    first = _by_text(found, "the licence had allowed")
    second = _by_text(found, "nobody had applied to dig the basement")
    assert first is not second
    assert "nobody" not in first.text and not second.text.startswith("that ")
    assert _source(found, first) == _source(found, second) == "Pavel Rusk"


# --- who said it ----------------------------------------------------------------------------------------------------


def test_a_name_set_off_after_the_role_in_according_to_is_the_source_not_the_claim(run) -> None:
    found = run("Dinghy sinks.\n\nThe charity Onda Libre questions the port authority's count. According to its "
                'spokeswoman, Ilse Brandt, more than 70 migrants had boarded. "Nobody had to die tonight," '
                "she said.")
    claim = _by_text(found, "70 migrants had boarded")
    assert claim.text == "more than 70 migrants had boarded"
    assert _source(found, claim) == "Ilse Brandt"
    assert _source(found, _by_text(found, "Nobody had to die")) == "Ilse Brandt"


def test_a_name_after_according_to_that_is_the_claims_subject_stays_in_the_claim(run) -> None:
    found = run("Arrest.\n\nAccording to police, John Smith, 45, was arrested at the scene.")
    assert _by_text(found, "was arrested").text.startswith("John Smith")
    assert _source(found, _by_text(found, "was arrested")) == "police"


@pytest.mark.parametrize(("sentence", "needle", "speaker"), [
    ('"Until the final moment nobody noticed any warning," their guide, Seo Ha-neul, told Japanese television.',
     "final moment", "Seo Ha-neul"),
    ('"As the road curved the coach began to slide," Jung Yu-na, a 34-year-old passenger, told Korean radio from her '
     "hospital bed.", "began to slide", "Jung Yu-na"),
])
def test_a_quote_framed_by_a_subject_with_its_appositive_is_that_speakers(run, sentence: str, needle: str,
                                                                         speaker: str) -> None:
    found = run("Minibus crash.\n\n" + sentence)
    quote = _by_text(found, needle)
    assert quote.kind == "direct"
    assert _source(found, quote) == speaker
    assert quote.speaker_text is not None and not quote.speaker_text.startswith('"')


def test_a_relative_clause_after_the_speaker_is_no_part_of_the_speaker(run) -> None:
    found = run("Pay dispute.\n\nA forklift operator who did not want to be named said wages had been frozen "
                "since 2017.")
    claim = _by_text(found, "frozen since 2017")
    assert claim.speaker_text == "A forklift operator"
    assert _source(found, claim) == "forklift operator"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Ministry for Coastal Affairs said the ferry would resume on Monday.", "Ministry for Coastal Affairs"),
    ("Varnland's Federal Office for Lift Safety (BLS) has told owners to switch off the lifts at once.",
     "Varnland's Federal Office for Lift Safety"),
    ("Smith for the defence said the case was weak.", "Smith"),
])
def test_a_capitalised_for_phrase_goes_on_with_the_bodys_name(run, sentence: str, speaker: str) -> None:
    found = run("Notice.\n\n" + sentence)
    assert [_source(found, s) for s in found.statements] == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Only 64% of pupils have had both doses, according to ministry figures.", "ministry"),
    ("Exports fell by a fifth, according to Varnstat data.", "Varnstat"),
])
def test_the_body_that_keeps_the_figures_is_the_source(run, sentence: str, speaker: str) -> None:
    found = run("Figures.\n\n" + sentence)
    assert [_source(found, s) for s in found.statements] == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The number of vans produced for export fell 11.2 per cent last year according to the VMTA and sales have "
     "fallen by nearly 9 per cent since 2017.", "VMTA"),
    ("Output at the plants fell 4 per cent last year according to the FMB and exports have dropped by 9 per cent "
     "since 2020.", "FMB"),
])
def test_a_conjunct_the_next_clause_opens_with_is_no_second_source(run, sentence: str, speaker: str) -> None:
    found = run("Industry.\n\n" + sentence)
    claim = _by_text(found, "per cent last year")
    assert _source(found, claim) == speaker
    assert claim.speaker_text == "the " + speaker


# --- PolNeAR's convention kept ------------------------------------------------------------------------------------


def test_a_quote_resumed_after_its_frames_full_stop_stays_one_statement_in_parts(run) -> None:
    # The multilingual protocol counts two statements here; PolNeAR dev marks the whole run as one quotation, and
    # splitting it there would take its direct F1 from .89 to about .66 (docs/quality.md), below the floor.
    found = run('Bakery flooded.\n\n"The water came in through the floor," said Mira Holt, who runs the bakery on '
                'the square. "We lost everything in an hour." She said the insurers had not called back.')
    quote = _by_text(found, "The water came in through the floor")
    assert [p.text for p in quote.parts] == ["The water came in through the floor,", "We lost everything in an hour."]
    assert quote.kind == "direct" and _source(found, quote) == "Mira Holt"
