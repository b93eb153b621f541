"""Statement alignment, issue 16's second round: what a shared figure vouches for, and relations the texts bear out
(a quoted fragment of a longer quote is `partial`, the writer's framing around a partial quote is no translation).
Invented sentences only."""

from __future__ import annotations

from newsledger.ledger import Figure, Statement
from newsledger.link.align import _claims_within, _in_background

from .outlet_kit import Outlet, build

SPEAKER = "Ada Voss"


def _statement_alignments(ledger):
    return [a for a in ledger.alignments if a.kind == "statement"]


def _figure_aligned(ledger, fa: str, fb: str) -> bool:
    return any({fa, fb} <= set(al.members) for al in ledger.alignments if al.kind == "figure")


def _reported(text_a: str, fig_a: str, value_a: float, text_b: str, fig_b: str, value_b: float,
              category: str = "wounded", qualifier_a: str | None = None):
    """Two outlets reporting what one speaker said, each statement carrying one figure."""
    a = Outlet("north.example", "2025-05-02", f"{SPEAKER} said {text_a}.")
    a.source(SPEAKER)
    sa = a.say(text_a, SPEAKER, kind="indirect")
    fa = a.figure(fig_a, value_a, category, SPEAKER, qualifier=qualifier_a, statement=sa)
    b = Outlet("south.example", "2025-05-02", f"{SPEAKER} said {text_b}.")
    b.source(SPEAKER)
    sb = b.say(text_b, SPEAKER, kind="indirect")
    fb = b.figure(fig_b, value_b, category, SPEAKER, statement=sb)
    return build([a, b]), (sa, sb), (fa, fb)


def test_one_person_shared_does_not_vouch_for_two_sentences_about_the_victim():
    # every statement of a one-victim story carries "the victim": two different claims about him stay apart
    ledger, _, (fa, fb) = _reported(
        "the victim was shot in the arm and taken to Mercy Hospital in Dayton", "the victim", 1,
        "A Dayton teenager is recovering at home after his cousin shot him by accident with a hunting rifle",
        "A Dayton teenager", 1)
    assert _figure_aligned(ledger, fa, fb)
    assert _statement_alignments(ledger) == []


def test_a_figure_in_a_background_clause_does_not_vouch():
    ledger, _, (fa, fb) = _reported(
        "Four people were hurt in a shooting outside a birthday party on Friday night in Dayton", "Four people", 4,
        "The man who shot four people outside a Dayton birthday party had a long feud with the host's brother",
        "four people", 4)
    assert _figure_aligned(ledger, fa, fb)
    assert _statement_alignments(ledger) == []


def test_the_same_figure_in_the_main_claim_still_vouches():
    ledger, (sa, sb), _ = _reported(
        "Four people were hurt in a shooting outside a birthday party on Friday night in Dayton", "Four people", 4,
        "the gunman shot four people outside a Dayton birthday party and fled in a grey van", "four people", 4)
    [alignment] = _statement_alignments(ledger)
    assert alignment.members == sorted([sa, sb]) and alignment.relation == "paraphrase"


def test_part_of_a_toll_is_partial_not_a_paraphrase():
    # "six dead" says part of "up to 6 dead and 30 hurt"; the qualifier's drift is the figures' finding
    ledger, (sa, sb), _ = _reported(
        "up to 6 people were dead and as many as 30 others hurt", "up to 6", 6,
        "that six people were dead", "six", 6, category="killed", qualifier_a="up to")
    [alignment] = _statement_alignments(ledger)
    assert alignment.members == sorted([sa, sb]) and alignment.relation == "partial"


def _quoted(quote_a: str, text_b: str, kind_b: str):
    a = Outlet("north.example", "2025-05-02", f'{SPEAKER} said: "{quote_a}"')
    a.source(SPEAKER)
    sa = a.say(quote_a, SPEAKER)
    b = Outlet("south.example", "2025-05-03", f"{SPEAKER} called {text_b}.")
    b.source(SPEAKER)
    sb = b.say(text_b, SPEAKER, kind=kind_b)
    return build([a, b]), sa, sb


def test_a_quoted_fragment_of_a_longer_quote_is_partial():
    ledger, sa, sb = _quoted("She's in very, very serious condition, and she is not out of danger yet. Pray for her.",
                             'his partner is in "very, very serious condition," the doctors told him', "partial")
    [alignment] = _statement_alignments(ledger)
    assert alignment.members == sorted([sa, sb]) and alignment.relation == "partial"


def test_the_writers_framing_around_a_partial_quote_is_no_translation():
    ledger, sa, sb = _quoted("It's a pointless act, nobody should ever do such a thing. We will find who did this.",
                             'it a "pointless" act', "partial")
    assert [a.relation for a in _statement_alignments(ledger)] in ([], ["paraphrase"])


def test_quoted_words_rendering_a_quote_in_other_words_stay_a_translation():
    # the shape of the seeds' Zelenskyy pairs: reported speech carrying a quote, and the full quote elsewhere
    ledger, sa, sb = _quoted("The people of the north must not lose their sons in a foreign war.",
                             'the northern towns "should not be losing their sons in a war abroad"', "partial")
    [alignment] = _statement_alignments(ledger)
    assert alignment.members == sorted([sa, sb]) and alignment.relation == "translation"


def test_claims_within():
    assert _claims_within("that six people were dead", "up to 6 people were dead and as many as 30 others hurt")
    assert not _claims_within("that six people were dead", "up to 7 people were dead and 30 others hurt")
    assert not _claims_within("six dead", "up to 6 people were dead")  # too few words to prove anything


def _background(text: str, fig: str) -> bool:
    """Whether `fig`, inside the statement `text` (which starts at offset 10 of its article), is background."""
    st = Statement(id="st", article="art", kind="indirect", start=10, end=10 + len(text), text=text)
    at = 10 + text.index(fig)
    figure = Figure(id="f", article="art", value=4, category="wounded", start=at, end=at + len(fig), text=fig)
    return _in_background(figure, st)


def test_background_clause_openers():
    assert _background("The man who shot four people was arrested", "four people")
    assert _background("He fled after he shot four people", "four people")
    assert not _background("four people were shot, and the man who did it fled", "four people")
