"""The parse stage: which stretches get which spaCy components, and that joining them keeps every offset."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.nlp import load
from newsledger.parse import (
    FULL,
    NAMES,
    TOKENS,
    chunk_bounds,
    join_docs,
    needs_parse,
    parse_articles,
    parse_text,
    plan_chunks,
    sentence_cuts,
)
from newsledger.parse.tag_rules import compile_rules

ARTICLE = (
    "A man was shot dead in a parked car on Elm Street early Sunday. Neighbours heard nothing.\n\n"
    "Det. Sgt. Maria Okafor said the victim, 34, had been shot twice. \"We are asking anyone with video to call us,\" "
    "Okafor said. The street was closed for six hours.\n\n"
    "The victim was identified as Daniel Reyes of Springfield.\n\n"
    "Reyes worked at a bakery. His sister told reporters he had no enemies.\n"
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def test_triggers_are_quote_marks_and_cues_not_numbers():
    assert needs_parse('"Go home," she said.')
    assert needs_parse("According to the police, it happened at noon.")
    assert needs_parse("It was, he thought, ``fine'' in the end.")
    assert not needs_parse("Three people were wounded in 2019 at 123 Main St.")


@pytest.mark.parametrize("text, expected", [
    ("Lt. Mike Hastings said so. The end came.", ["Lt. Mike Hastings said so. ", "The end came."]),
    ("The U.S. Army said no. J. Doe left.", ["The U.S. Army said no. ", "J. Doe left."]),
    ("It was 5 p.m. on Friday. It rained!", ["It was 5 p.m. on Friday. ", "It rained!"]),
    ('"Leave now." Then he left.', ['"Leave now." ', "Then he left."]),
    ("Smith vs. Jones went on. No. 5 won.", ["Smith vs. Jones went on. ", "No. 5 won."]),
    # a date, weekday or time zone after a clock time goes on with its sentence; other capitalised words do not
    ("It began at 2:05 a.m. Oct. 31 on a ferry, crews said.", ["It began at 2:05 a.m. Oct. 31 on a ferry, crews said."]),
    ("It began near 11 p.m. Saturday, crews said.", ["It began near 11 p.m. Saturday, crews said."]),
    ("It began at 4 P.M. ET on a ferry.", ["It began at 4 P.M. ET on a ferry."]),
    ("It shut at 5 p.m. Crews said so.", ["It shut at 5 p.m. ", "Crews said so."]),
    ("It shut at 9 a.m. Mayor Lin spoke.", ["It shut at 9 a.m. ", "Mayor Lin spoke."]),
])
def test_sentence_cuts(text, expected):
    cuts = sentence_cuts(text)
    assert [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)] == expected


def test_plan_parses_only_sentences_that_can_hold_a_statement():
    plan = plan_chunks(ARTICLE, chunk_bounds(ARTICLE))
    kinds = {ARTICLE[s:e].strip(): kind for s, e, kind in plan}
    assert kinds["A man was shot dead in a parked car on Elm Street early Sunday. Neighbours heard nothing."] == NAMES
    assert kinds["The victim was identified as Daniel Reyes of Springfield."] == NAMES
    assert kinds["Reyes worked at a bakery."] == TOKENS
    assert kinds["His sister told reporters he had no enemies."] == FULL
    full = [ARTICLE[s:e] for s, e, kind in plan if kind == FULL]
    assert any("Okafor said." in chunk for chunk in full)
    assert not any("six hours" in chunk for chunk in full)  # its own sentence, no cue: not parsed


_TEXT = st.lists(st.sampled_from(list("ab cD.!?\"'“”\n,1:") + ["said ", "Mr. ", "U.S. ", "\n\n", "Ann Lee "]),
                 max_size=120).map("".join)


@given(_TEXT)
@settings(max_examples=150, deadline=None)
def test_plan_tiles_the_text(text):
    plan = plan_chunks(text, chunk_bounds(text))
    assert "".join(text[s:e] for s, e, _ in plan) == text
    assert all(s < e for s, e, _ in plan)
    assert all(b[0] == a[1] for a, b in zip(plan, plan[1:], strict=False))


@given(_TEXT)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_parsed_doc_keeps_the_text_and_sentences_tile_it(nlp, text):
    doc = parse_text(text, nlp)
    assert doc.text == text
    sents = list(doc.sents) if len(doc) else []
    assert "".join(s.text_with_ws for s in sents) == text


def test_unparsed_stretches_keep_their_own_sentences(nlp):
    doc = parse_text(ARTICLE, nlp)
    starts = {s.start_char for s in doc.sents}
    # light sentences must not run into the parsed sentence before them
    assert ARTICLE.index("The street was closed") in starts
    assert ARTICLE.index("Reyes worked") in starts
    assert ARTICLE.index("His sister told") in starts


def test_selective_parse_matches_full_parse_on_parsed_sentences(nlp):
    from newsledger.ledger import Article

    art = Article(id="a", text=ARTICLE)
    (_, selective), = parse_articles([art], nlp)
    (_, full), = parse_articles([art], nlp, selective=False)
    sentence = "His sister told reporters he had no enemies."
    start = ARTICLE.index(sentence)
    a = selective.char_span(start, start + len(sentence))
    b = full.char_span(start, start + len(sentence))
    assert [(t.text, t.dep_, t.head.i - a.start, t.pos_) for t in a] == [
        (t.text, t.dep_, t.head.i - b.start, t.pos_) for t in b]
    assert {e.text for e in selective.ents if e.label_ == "PERSON"} >= {"Maria Okafor", "Daniel Reyes"}


def test_clock_time_before_a_date_keeps_the_sentence_and_its_attribution(nlp):
    from newsledger.extract import extract_from_doc
    from newsledger.ledger import Article

    text = "Two men were wounded at 2:05 a.m. Oct. 31 outside a bakery on Pine Street, deputies said."
    doc = parse_text(text, nlp)
    assert [s.text for s in doc.sents] == [text]
    extraction = extract_from_doc(Article(id="a", text=text), doc)
    statement, = extraction.statements
    assert text[statement.start:statement.end] == statement.text
    assert statement.text.startswith("Two men were wounded at 2:05 a.m. Oct. 31")
    assert statement.speaker_text == "deputies" and statement.source is not None
    figure, = extraction.figures
    assert figure.value == 2 and figure.statement == statement.id and figure.source == statement.source


def test_join_docs_equals_spacy_from_docs(nlp):
    from spacy.tokens import Doc

    texts = ['Ann Lee said "yes." ', "Then Bob Stone left Paris.\n\n", "", "It rained. "]
    docs = [nlp(t) for t in texts]
    mine, theirs = join_docs(docs), Doc.from_docs(docs, ensure_whitespace=False)
    assert mine.text == theirs.text == "".join(texts)
    for attr in ("text", "tag_", "pos_", "dep_", "ent_iob_", "ent_type_", "is_sent_start"):
        assert [getattr(t, attr) for t in mine] == [getattr(t, attr) for t in theirs], attr
    assert [t.head.i for t in mine] == [t.head.i for t in theirs]


def test_tag_rules_equal_spacys_attribute_ruler():
    import spacy

    from newsledger.nlp import model_name

    reference = spacy.load(model_name(), exclude=["lemmatizer"])
    ruler = reference.get_pipe("attribute_ruler")
    rules = compile_rules(ruler.patterns)
    assert rules is not None
    text = ("There is a man who ain't sure, y'all. Nothin' happened -- but it's 5 o'clock and something's off.\n\n"
            "She could've said no; anyone would. But the U.S. Navy, whose ships were there, declined to comment.  ")
    with reference.select_pipes(disable=["attribute_ruler"]):
        mine = reference(text)
    expected = reference(text)
    rules.apply(mine)
    assert [(t.pos_, t.tag_, t.dep_) for t in mine] == [(t.pos_, t.tag_, t.dep_) for t in expected]


def test_tag_rules_later_rule_wins_and_unknown_operators_refuse():
    rules = compile_rules([
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"TAG": "NN", "LOWER": {"REGEX": "^x"}}]], "attrs": {"POS": "X", "LEMMA": "x"}},
        {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    ])
    assert rules.decide(("NN", "xylophone", "", False)) == {"POS": (1, "X")}
    assert rules.decide(("NN", "apple", "", False)) == {"POS": (0, "NOUN")}
    assert compile_rules([{"patterns": [[{"TAG": {"FUZZY": "NN"}}]], "attrs": {"POS": "NOUN"}}]) is None
    assert compile_rules([{"patterns": [[{"ENT_TYPE": "GPE"}]], "attrs": {"POS": "PROPN"}}]) is None
