"""The attribution rules one by one, each on sentences of our own that use an ordinary news construction."""

from __future__ import annotations

import pytest

from newsledger.extract.attribution import extract_attribution
from newsledger.extract.quotes import find_quotes
from newsledger.ledger import Article, Ledger, check_offsets
from newsledger.parse import parse_articles


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str):
        art = Article(id="r", text=text)
        _, doc = next(parse_articles([art], nlp))
        found = extract_attribution(art, doc)
        assert check_offsets(Ledger(articles=[art], sources=found.sources, statements=found.statements)) == []
        return found

    return _run


def _by_text(found, needle: str):
    hits = [s for s in found.statements if needle in s.text]
    assert hits, f"no statement holds {needle!r}: {[s.text for s in found.statements]}"
    return hits[0]


def _source(found, stmt) -> str | None:
    return next((s.name for s in found.sources if s.id == stmt.source), None)


def test_typewriter_double_quotes_are_quote_marks() -> None:
    text = "''The port stays shut,'' she said. ''They called it 'a disgrace.''' He left.\n"
    spans = [text[s:e] for s, e in find_quotes(text)]
    assert spans[0] == "The port stays shut,"
    assert spans[1] == "They called it 'a disgrace.'"


def test_quote_split_by_inserted_frame_is_one_statement(run) -> None:
    # the speaker is named only in a sentence that is no statement: the pronoun still finds her
    found = run('Governor Sarah Collins spoke to reporters on Monday.\n\n"Frankly," she continued, "the budget will '
                'not balance this year."\n')
    st = _by_text(found, "the budget will not balance")
    assert st.kind == "direct" and [p.text for p in st.parts][0] == "Frankly,"
    assert _source(found, st) == "Sarah Collins"


def test_frame_inside_reported_clause_is_left_out(run) -> None:
    found = run("The new levy, the treasurer said, will be repealed in the spring.\n")
    st = _by_text(found, "will be repealed")
    assert "treasurer said" not in "".join(p.text for p in st.parts)


def test_short_quote_with_its_own_frame_is_a_statement(run) -> None:
    found = run('Asked whether the tunnel would reopen, the engineer paused. "Never," said Mr. Okoro.\n')
    st = _by_text(found, "Never")
    assert st.kind == "direct" and _source(found, st) == "Okoro"


def test_that_clause_keeps_its_complementizer_and_partial_type(run) -> None:
    found = run('The coach told players that "nobody is safe in this squad."\n')
    st = _by_text(found, "nobody is safe")
    assert st.text.startswith("that") and st.kind == "partial"


def test_relative_clause_speaker_is_the_antecedent(run) -> None:
    found = run("Farm groups, which say the subsidy came too late, will meet ministers on Friday.\n")
    st = _by_text(found, "the subsidy came too late")
    assert st.speaker_text == "Farm groups"
    src = next(s for s in found.sources if s.id == st.source)
    assert any(m.text == "which" for m in src.mentions)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # participles share the subject of their clause
    ("The mayor responded by saying that the pool would stay open.\n", "the pool would stay open", "The mayor"),
    ("The union put out a statement saying the strike was over.\n", "the strike was over", "The union"),
    # a quote after an addressee goes to the clause subject
    ('The harbour board rejected the claim, telling reporters, "No ship has ever been turned away."\n',
     "No ship has ever been turned away", "The harbour board"),
    # a dash byline names the speaker of the quote before it, on its line or the next
    ('"The new tram changed my commute completely." ― Ruth Adeyemi, a nurse\n', "changed my commute",
     "Ruth Adeyemi"),
    ('"If you wish peace, prepare for war."\n\n- Marcus Hale.\n', "prepare for war", "Marcus Hale"),
    # where and when are not who
    ("Kuiper in his weekly briefing said the port would reopen.\n", "the port would reopen", "Kuiper"),
])
def test_speaker_of_the_construction(run, text: str, needle: str, speaker: str) -> None:
    assert _by_text(run(text), needle).speaker_text == speaker


def test_object_control_infinitive_keeps_the_addressee(run) -> None:
    found = run("The council urged residents to boil their water.\n")
    st = _by_text(found, "to boil their water")
    assert st.text.startswith("residents")
    # the residents, not the council, would do the boiling: no statement of the council's about "their water"
    assert not any(s.text == "their water" for s in found.statements)


def test_accusations_and_namings_keep_their_target(run) -> None:
    found = run('The opposition accused the minister of "gross negligence" over the floods.\n\n'
                'Critics have called the new stadium "a white elephant" for years.\n')
    assert _by_text(found, "gross negligence").text.startswith("the minister of")
    named = _by_text(found, "a white elephant")
    assert named.text.startswith("the new stadium") and named.kind == "partial"


def test_trailing_asides_are_not_content(run) -> None:
    found = run("The director said the museum would close in May, which surprised many visitors.\n\n"
                "The director said the roof leaked, adding that repairs would take a year.\n")
    assert _by_text(found, "the museum would close").text == "the museum would close in May"
    assert _by_text(found, "the roof leaked").text == "the roof leaked"
    assert _by_text(found, "repairs would take a year").speaker_text == "The director"


def test_second_speech_verb_hung_on_the_content_shares_the_speaker(run) -> None:
    found = run("Minister Lena Holm said the bridge was safe and called on drivers to slow down.\n")
    first = _by_text(found, "the bridge was safe")
    assert "called on" not in first.text
    second = _by_text(found, "drivers to slow down")
    assert _source(found, second) == "Lena Holm"


def test_relayed_origin_is_the_source_not_its_figures(run) -> None:
    found = run('Spokesman Ivo Dane vouched for recent Dutch intelligence figures: "They lost 300 tanks," he said.\n\n'
                'Ivo Dane also vouched for the ministry\'s casualty figures: "Nobody was spared," he said.\n')
    names = {s.id: s.name for s in found.sources}
    assert names[_by_text(found, "300 tanks").relayed_from] == "Dutch intelligence"
    assert names[_by_text(found, "Nobody was spared").relayed_from] == "ministry"


def test_pronoun_skips_a_person_of_the_other_gender(run) -> None:
    found = run("Mr. Tomas Berg said the harbour would close.\n\nMs. Ilse Varga, the port director, disagreed. She said "
                "ships would keep sailing.\n")
    assert _source(found, _by_text(found, "ships would keep sailing")) == "Ilse Varga"


def test_belief_verbs_attribute_clauses_not_things(run) -> None:
    found = run("Most farmers support the new levy.\n\nMost farmers believe the levy is fair.\n")
    assert not any(s.text == "the new levy" for s in found.statements)
    assert _by_text(found, "the levy is fair").speaker_text == "Most farmers"


def test_short_quote_opening_a_sentence_continues_the_quote_before(run) -> None:
    found = run('"We were never told," Mayor Jo Park said at the hearing. "Never."\n')
    st = _by_text(found, "We were never told")
    assert [p.text for p in st.parts] == ["We were never told,", "Never."]


def test_quote_resuming_right_after_its_frame_is_a_second_part(run) -> None:
    found = run('"I am not a poet," the mayor said, "because poets get paid less than mayors."\n')
    st = _by_text(found, "I am not a poet")
    assert len(st.parts) == 2 and st.parts[1].text.startswith("because poets")


def test_participle_after_a_closing_mark_is_not_content(run) -> None:
    found = run('She insisted that the plan had "saved the river," claiming that fish had returned.\n')
    first = _by_text(found, "saved the river")
    assert "claiming" not in first.text
    assert _by_text(found, "fish had returned").speaker_text == "She"


def test_quoted_words_without_a_speech_verb_go_to_the_clause_subject(run) -> None:
    found = run('The senator talked up her "fifty-county strategy" at every stop. '
                'The show "Night Harbour" returns in May.\n')
    st = _by_text(found, "fifty-county strategy")
    assert st.speaker_text == "The senator" and st.kind == "partial"
    assert not any("Night Harbour" in s.text for s in found.statements)  # a title, not anyone's words


def test_attitude_inside_reported_words_is_not_a_second_statement(run) -> None:
    found = run("The envoy said his government would welcome talks with the rebels.\n\n"
                "The envoy said the army had claimed that the road was open.\n")
    assert not any(s.cue == "welcome" for s in found.statements)
    assert any(s.cue == "claimed" for s in found.statements)  # nested speech is still reported


def test_quote_after_a_partly_quoted_clause_continues_it(run) -> None:
    found = run('Farms are "barely breaking even," Ms. Dal said. "Nobody can live on that."\n')
    st = _by_text(found, "barely breaking even")
    assert st.parts and st.parts[-1].text == "Nobody can live on that."
