"""Entity-level attribution, second round (issue 15): the rules added after reading GGT dev's remaining errors.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from newsledger.eval.attribution import names_description
from newsledger.extract.speakers import is_kicker
from tests.test_entity_attribution import _run, _source_of

# --- pronouns ----------------------------------------------------------------------------------------------------

def test_pronoun_binds_the_subject_of_a_sentence_without_speech(nlp) -> None:
    # the last speaker is Varga; the last subject, in a sentence with no speech verb, is Holm
    found = _run(nlp, "Peter Holm and Karl Varga met the board on Monday. Varga said the dam was safe. "
                      "Holm is tired of the delays.\n\n\"We are done with this,\" he said.")
    src, _ = _source_of(found, "We are done")
    assert src is not None and src.name == "Peter Holm"


def test_pronoun_binds_a_fronted_topic(nlp) -> None:
    found = _run(nlp, "Anna Kovac said the hearing had been delayed again.\n\nFor Megda Brandt, Friday is a day she "
                      "has awaited for two years. Her father was among the victims.\n\n"
                      "\"I want to see the sentence,\" she said.")
    src, _ = _source_of(found, "I want to see")
    assert src is not None and src.name == "Megda Brandt"


def test_dictionary_gender_yields_to_the_speaker_just_before(nlp) -> None:
    # gender-guesser lists Patrice as male; no subject in reach fits 'she', so the speaker just before is taken, not
    # the last woman who spoke, paragraphs back
    found = _run(nlp, "Anna Kovac said she had lost her job after the stroke.\n\nThe study followed 900 patients. It "
                      "ran for three years. Costs rose in each of them.\n\nPatrice Morel, a director at the "
                      "foundation, said costs fall on whole families.\n\n\"Families pay the price for years,\" she said.")
    src, _ = _source_of(found, "Families pay")
    lindsay, _ = _source_of(found, "costs fall")
    assert src is not None and src.id == lindsay.id and "Kovac" not in src.name


def test_speaker_outranks_a_subject_inside_their_words(nlp) -> None:
    found = _run(nlp, "Sarah Buckley said Robin Tate had known about the problem for years.\n\n"
                      "\"I saw it myself, every single week,\" she said.")
    src, _ = _source_of(found, "I saw it myself")
    assert src is not None and src.name == "Sarah Buckley"


def test_possessive_after_an_opening_name_gives_its_gender(nlp) -> None:
    text = ("Dana Quist met Peter Holm in 2019. Anne Marie Lund, her sister, said they were happy.\n\n"
            "Having lost so much, Quist was afraid to let her guard down.\n\n"
            "\"I feel lucky every day,\" she said.")
    found = _run(nlp, text)
    src, _ = _source_of(found, "I feel lucky")
    assert src is not None and "Quist" in src.name


# --- documents ---------------------------------------------------------------------------------------------------

def test_a_document_without_author_is_the_last_authored_one(nlp) -> None:
    found = _run(nlp, "Northwind Rail Corp. runs trains across the north. A report by the railway company details "
                      "the dangers of the cold.\n\n\"Winter is hard on every part of a train,\" the report said.")
    src, st = _source_of(found, "Winter is hard")
    assert src is not None and src.name == "Northwind Rail Corp."
    assert st.speaker_text == "the report"  # the document stays the channel


def test_a_description_with_a_modifier_is_the_organisation_holding_it(nlp) -> None:
    # without the modifier the last organisation subject (the safety board) would be taken
    found = _run(nlp, "Tarsk Coastal Railway Ltd. and the Orsk Safety Board disagree. The Orsk Safety Board said "
                      "the brakes were fine. A report by the railway company details the dangers of the cold.\n\n"
                      "\"Winter is hard on trains,\" the report said.")
    src, _ = _source_of(found, "Winter is hard")
    assert src is not None and "Railway" in src.name


def test_a_study_released_by_an_organisation_speaks_for_it(nlp) -> None:
    found = _run(nlp, "Retail is the biggest source of entry-level jobs, according to a study which is being released "
                      "Monday by Civic Forum.")
    src, _ = _source_of(found, "biggest source")
    assert src is not None and src.name == "Civic Forum"


# --- descriptions ------------------------------------------------------------------------------------------------

def test_an_epithet_must_be_a_person_noun(nlp) -> None:
    found = _run(nlp, "Peter Holm founded the station in 1990. \"We will appeal the ruling,\" the station said.")
    src, _ = _source_of(found, "We will appeal")
    assert src is None or src.name != "Peter Holm"


def test_an_agent_noun_epithet_is_the_person_before(nlp) -> None:
    found = _run(nlp, "Maria Lund won again on Saturday night.\n\n\"I told you I would do it,\" the ferocious brawler "
                      "said.")
    src, _ = _source_of(found, "I told you")
    assert src is not None and src.name == "Maria Lund" and "ferocious brawler" in src.descriptions


def test_a_party_member_epithet_is_the_person_before(nlp) -> None:
    found = _run(nlp, "Senate leader Tom Reeve blamed activists for the attacks.\n\n"
                      "\"They decided it was time to attack these young people,\" the Kentucky Republican said.")
    src, _ = _source_of(found, "They decided")
    assert src is not None and src.name == "Tom Reeve"


def test_an_indefinite_description_named_in_the_next_sentence(nlp) -> None:
    found = _run(nlp, "A veteran ferry captain says he is overwhelmed by the support.\n\n"
                      "Karl Varga said the letters keep coming.")
    src, _ = _source_of(found, "overwhelmed")
    assert src is not None and src.name == "Karl Varga"


def test_an_anonymous_description_stays_anonymous(nlp) -> None:
    found = _run(nlp, "A senior official said the talks had failed.\n\nKarl Varga said the letters keep coming.")
    src, _ = _source_of(found, "talks had failed")
    assert src is not None and src.name != "Karl Varga"


# --- names -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fragment", "name", "description"), [
    # the example: the spokesperson is the source, the organisation stays in the description
    ("A spokesperson for Orsk Ltd, Mara Quist, said the plant would reopen in May.", "plant would reopen",
     "Mara Quist", "Orsk Ltd"),
    ("Keeper of the Seal, Mara Quist, said the council met on Monday.", "council met", "Mara Quist",
     "Keeper of the Seal"),
    ("\"That was not good at all,\" Orsk's Peter Holm said.", "not good", "Peter Holm", "Orsk"),
])
def test_a_title_or_owner_around_a_name_is_a_description(nlp, text, fragment, name, description) -> None:
    src, _ = _source_of(_run(nlp, text), fragment)
    assert src is not None and src.name == name
    assert any(description in d for d in src.descriptions)


def test_an_appositive_name_after_a_title_answers_a_later_pronoun(nlp) -> None:
    found = _run(nlp, "Director of research at Orsk Ltd, Peter Holm, agreed with the finding.\n\n"
                      "\"We believe it is the same group,\" he said.")
    src, _ = _source_of(found, "same group")
    assert src is not None and src.name == "Peter Holm"


def test_a_name_in_a_relative_clause_is_not_the_speaker(nlp) -> None:
    found = _run(nlp, "Peter Holm opened the shop in 2004.\n\n\"I was a fan myself, long ago,\" says Holm, who met "
                      "Ilse Brandt twice.")
    src, _ = _source_of(found, "fan myself")
    assert src is not None and src.name == "Peter Holm"


def test_a_subject_inside_the_quote_is_not_the_speaker(nlp) -> None:
    found = _run(nlp, "\"We lost the battles. And their chances paid off, too,\" Peter Holm said.")
    src, st = _source_of(found, "We lost")
    assert src is not None and src.name == "Peter Holm" and st.speaker_text == "Peter Holm"


def test_a_partial_name_takes_the_full_name_of_the_article(nlp) -> None:
    found = _run(nlp, "Abir Al Basha arrived in Halifax with her family in 2016.\n\n"
                      "Somehow, the family will find a way, adds Al Basha.")
    src, _ = _source_of(found, "find a way")
    assert src is not None and src.name == "Abir Al Basha"


def test_an_acronym_in_a_name_is_no_person(nlp) -> None:
    found = _run(nlp, "Kevin Haley studied the scam for months.\n\nThe Burnaby RCMP warned of a rise in cases.\n\n"
                      "\"This game is about getting a few people to respond,\" he said.")
    src, _ = _source_of(found, "This game")
    assert src is not None and src.name == "Kevin Haley"


# --- kickers -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "kicker"), [
    ("ANALYST'S VIEWPOINT", True), ("READ MORE", True), ("WATCH", True), ("NATO", False), ("Trudeau", False),
])
def test_is_kicker(label: str, kicker: bool) -> None:
    assert is_kicker(label) is kicker


def test_a_kicker_label_is_no_speaker(nlp) -> None:
    found = _run(nlp, "Stocks slipped on Monday.\n\nANALYST'S VIEWPOINT: \"What matters most is day two of the talks "
                      "between the two sides,\" Mara Quist, a strategist for Orsk Bank, said in a note.")
    src, _ = _source_of(found, "day two")
    assert src is not None and src.name == "Mara Quist"


# --- scorer ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "ref", "same"), [
    ("judge", "the Nova Scotia judge", True),
    ("sources", "sources familiar with the negotiations", True),
    ("person familiar with the talks but unauthorized to", "a person familiar with the talks", True),
    ("the company", "Cisco Talos", False),          # a name is never matched by a description
    ("hereditary leaders", "hereditary chiefs", False),
    ("people familiar with the bid", "sources familiar with the negotiations", False),
])
def test_names_description(name: str, ref: str, same: bool) -> None:
    assert names_description(name, ref) is same


# --- later rules: main clauses, fronted phrases, passives ---------------------------------------------------------

def test_a_subject_in_a_subordinate_clause_is_no_antecedent(nlp) -> None:
    found = _run(nlp, "Ronalee Carey said the fees were far too high.\n\nMohammad Rami watches as his daughters Judy "
                      "and Lina play in the yard.\n\n\"Meeting the costs can be almost impossible,\" she said.")
    src, _ = _source_of(found, "Meeting the costs")
    assert src is not None and src.name == "Ronalee Carey"


def test_a_name_in_a_fronted_phrase_is_no_subject(nlp) -> None:
    found = _run(nlp, "Karl Varga found work in May. Peter Holm arrived in June.\n\nUnlike Varga, he has been unable "
                      "to find work.\n\n\"My study comes afterwards,\" he said.")
    src, _ = _source_of(found, "My study")
    assert src is not None and src.name == "Peter Holm"


def test_the_one_quoted_as_saying_is_the_speaker(nlp) -> None:
    found = _run(nlp, "National police chief Amir Rahman warned the public on Monday. He was quoted as saying by "
                      "local media that police were investigating the posts.")
    src, _ = _source_of(found, "police were investigating")
    assert src is not None and src.name == "Amir Rahman"


def test_blurting_out_is_speech(nlp) -> None:
    found = _run(nlp, "\"You are shorter than your photo,\" Peter Holm blurted out.")
    src, _ = _source_of(found, "shorter than")
    assert src is not None and src.name == "Peter Holm"


def test_a_document_on_an_owners_website_speaks_for_the_owner(nlp) -> None:
    found = _run(nlp, "\"Harsh winters are a fact of life in the north,\" says a document titled Winter Notes on "
                      "Northwind Rail Corp.'s website.")
    src, _ = _source_of(found, "Harsh winters")
    assert src is not None and src.name == "Northwind Rail Corp."


def test_a_kin_noun_speaks_through_its_appositive_name(nlp) -> None:
    found = _run(nlp, "Xander Quist drew his first comic at 12.\n\n\"I don't think he would be doing this without the "
                      "shop,\" says Quist's dad, Darrin.")
    src, _ = _source_of(found, "without the shop")
    assert src is not None and src.name == "Darrin"


def test_adding_after_a_frame_keeps_the_frames_speaker(nlp) -> None:
    found = _run(nlp, "\"It does say that in the letter,\" Kim Moran confirmed, adding that \"I have no idea where "
                      "that information came from.\"")
    src, _ = _source_of(found, "no idea")
    assert src is not None and src.name == "Kim Moran"


def test_an_inverted_frame_object_is_the_speaker(nlp) -> None:
    found = _run(nlp, "\"You are talking about one genre only,\" points out the shop's owner.")
    _, st = _source_of(found, "one genre")
    assert st.speaker_text is not None and "owner" in st.speaker_text


def test_a_topic_after_a_conjunction_is_an_antecedent(nlp) -> None:
    found = _run(nlp, "Ilse Brandt sells comics by 200 artists.\n\nSuperheroes are there, but for Karl Varga — who "
                      "prints the smallest runs — they are a niche. \"You have to start somewhere,\" he says.")
    src, _ = _source_of(found, "start somewhere")
    assert src is not None and src.name == "Karl Varga"
