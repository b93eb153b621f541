"""The attribution rules one by one, each on sentences of our own that use an ordinary news construction."""

from __future__ import annotations

from functools import partial

import pytest

from newsledger.extract.quotes import QuoteSpans, find_quotes
from newsledger.ledger import Article
from newsledger.parse import parse_articles
from tests.attribution_kit import attribute
from tests.attribution_kit import by_text as _by_text
from tests.attribution_kit import source_name as _source


@pytest.fixture(scope="module")
def run(nlp):
    return partial(attribute, nlp, article_id="r")


def test_typewriter_double_quotes_are_quote_marks() -> None:
    text = "''The port stays shut,'' she said. ''They called it 'a disgrace.''' He left.\n"
    spans = [text[s:e] for s, e in find_quotes(text)]
    assert spans[0] == "The port stays shut,"
    assert spans[1] == "They called it 'a disgrace.'"


def test_a_doubled_opening_mark_opens_one_quote_and_the_rest_stay_the_right_way_round(run) -> None:
    text = '""The bridge stays shut," read the statement. "We regret it," Ilse Brandt said.\n'
    assert [text[s:e] for s, e in find_quotes(text)] == ["The bridge stays shut,", "We regret it,"]
    # an empty pair in running text is no opener of the next words
    text = 'He wrote "" and left. "Yes," she said.'
    assert [text[s:e] for s, e in find_quotes(text)] == ["Yes,"]
    found = run('""The bridge stays shut," read the statement. "We regret it," Ilse Brandt said.')
    regret = next(st for st in found.statements if "regret" in st.text)
    assert _source(found, regret) == "Ilse Brandt"


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


# --- issue 3, mixed quotes: frames, namings and clauses the parser hangs in the wrong place -----------------------


def test_words_after_a_closed_quotes_frame_are_its_setting_not_content(run) -> None:
    found = run('"Too much anger," she said, blaming some of it on the mayor.\n\n'
                '"It is our bad luck," he said, that both men had ties to the club.\n')
    st = _by_text(found, "Too much anger")
    assert st.kind == "direct" and st.text == "Too much anger,"
    # ... but a clause that goes on with the quoted sentence is still part of it
    cont = _by_text(found, "It is our bad luck")
    assert cont.parts[-1].text == "that both men had ties to the club"


def test_a_title_before_the_frame_is_no_quote_of_the_speaker(run) -> None:
    found = run('On "Face the Nation," the senator said the bill was dead.\n')
    assert not any("Face the Nation" in s.text for s in found.statements)
    assert _by_text(found, "the bill was dead").speaker_text == "the senator"


def test_a_quote_belongs_to_its_own_frame_not_a_later_cue(run) -> None:
    found = run('"Yes," he said when asked whether he would run again.\n')
    assert _by_text(found, "Yes").text == "Yes,"
    assert _by_text(found, "whether he would run again").kind == "indirect"


@pytest.mark.parametrize(("text", "parts"), [
    ('The bill has drawn fire from unions, which he called "a gift to landlords."\n', ["which", "a gift to landlords."]),
    ('There was an explosion that the mayor described as "an intentional act."\n',
     ["that", 'as "an intentional act."']),
])
def test_a_relative_pronoun_is_the_one_named(run, text: str, parts: list[str]) -> None:
    st = _by_text(run(text), parts[-1].strip('as "'))
    assert [p.text for p in st.parts] == parts and st.kind == "partial"


def test_naming_verbs_are_cues(run) -> None:
    found = run('The panel deemed the new plan "a scheme that will never work in practice."\n')
    st = _by_text(found, "a scheme that will never work")
    assert st.text.startswith("the new plan") and st.cue == "deemed" and st.speaker_text == "The panel"


def test_as_clause_frames_the_clause_it_hangs_on(run) -> None:
    found = run('As the mayor put it, the new bridge is "a monument to waste."\n\n'
                "As the council noted, the bridge cost twice the estimate.\n\n"
                "As he accepted the award, the crowd cheered.\n")
    st = _by_text(found, "monument to waste")
    assert st.text.startswith("the new bridge") and st.speaker_text == "the mayor" and st.kind == "partial"
    assert _by_text(found, "the bridge cost twice").speaker_text == "the council"
    assert not any("crowd cheered" in s.text for s in found.statements)  # accepting an award says nothing


def test_that_clause_hung_on_the_medium_or_audience_is_what_was_said(run) -> None:
    found = run("She wrote in a letter that the plan was dead.\n\n"
                'The mayor is telling customers at a busy Portland, Maine, coffee shop that "I need your vote '
                'tomorrow."\n\n'
                "He quoted in a letter that was leaked the words of the mayor.\n")
    assert _by_text(found, "the plan was dead").text == "that the plan was dead"
    st = _by_text(found, "I need your vote")
    assert st.text.startswith("that") and st.kind == "partial" and st.speaker_text == "The mayor"
    assert not any("was leaked" in s.text for s in found.statements)  # 'that' as a relative pronoun


def test_a_comma_broken_quote_ends_where_its_own_frame_begins(run) -> None:
    found = run('"We have had better meetings than this one," the delegate, wearing a red hat, said as the music '
                "played.\n")
    st = _by_text(found, "better meetings")
    assert st.kind == "direct" and "delegate" not in st.text


def test_the_day_or_occasion_after_a_quoted_description_is_not_content(run) -> None:
    found = run('The governor blasted the senator as a "disgrace" Wednesday on a local radio show.\n\n'
                'The former president criticized the health law as a "crazy system" during a campaign stop.\n\n'
                'She described the senator as a "champion" of the poor.\n')
    assert _by_text(found, "disgrace").text == 'the senator as a "disgrace"'
    assert _by_text(found, "crazy system").text == 'the health law as a "crazy system"'
    assert _by_text(found, "champion").text.endswith("of the poor")


def test_quoted_labels_and_copulas_are_not_statements(run) -> None:
    found = run('The president pushed the "gun violence" narrative again.\n\nThe delay was a "mistake."\n')
    assert not found.statements


def test_the_occasion_before_a_frame_is_not_the_quote(run) -> None:
    found = run('When she first described the bridge in May, she said, "We are going to build a bridge; we are going '
                'to build it well."\n')
    st = _by_text(found, "We are going to build a bridge")
    assert st.kind == "direct" and "described" not in st.text


@pytest.mark.parametrize(("text", "frame", "sides"), [
    # a frame running straight into its clause is no inserted frame: the words before it are the writer's
    ("In a statement on Friday, Ruiz said he is certain the plan will work.", "Ruiz said",
     ["he is certain the plan will work"]),
    # set off by commas, it is inserted in what was said
    ("The plan, she said, is dead.", "she said", ["The plan", "is dead"]),
])
def test_which_side_of_a_frame_inside_a_content_is_content(nlp, text: str, frame: str, sides: list[str]) -> None:
    from newsledger.extract.attribution import _around_frame
    from newsledger.extract.reported import Candidate

    art = Article(id="f", text=text)
    _, doc = next(parse_articles([art], nlp))
    fs = text.index(frame)
    speaker, cue = (fs, fs + len(frame.split()[0])), (fs + len(frame) - len(frame.split()[-1]), fs + len(frame))
    cand = Candidate((0, len(text) - 1), cue, speaker, None)
    got = _around_frame(cand, text, QuoteSpans(find_quotes(text)), doc)
    assert [text[a:b] for a, b in got] == sides


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quote() -> None:
    text = "The senator called the plan “reckless“ in a post. “We will fight it,” she said.\n“Why now?“ he asked.\n"
    assert [text[s:e] for s, e in find_quotes(text)] == ["reckless", "We will fight it,", "Why now?"]


def test_an_inserted_frame_of_any_cue_is_not_nested_in_its_own_content(run) -> None:
    # the content around 'the treasurer believes' holds the cue, but it is that cue's own content, not someone else's words
    st = _by_text(run("The new levy, the treasurer believes, will hurt farmers.\n"), "will hurt farmers")
    assert [p.text for p in st.parts] == ["The new levy", "will hurt farmers"] and st.speaker_text == "the treasurer"


def test_a_quote_opening_inside_a_sentence_takes_its_subject(run) -> None:
    found = run('The union endorsement "came early enough that most people did not know the senator. People were '
                'still talking about the governor," said Jo Heiserman.\n')
    st = _by_text(found, "came early enough")
    assert st.text.startswith("The union endorsement") and st.kind == "partial"
