"""Aligned statements and figures: one utterance or one quantity across outlets, and what must stay apart."""

from __future__ import annotations

import importlib

import pytest

from newsledger.link.align import cheap_relation
from newsledger.link.quantities import figure_span
from newsledger.link.words import plain, spelled

from .outlet_kit import Outlet, build


def _statement_alignments(ledger):
    return [a for a in ledger.alignments if a.kind == "statement"]


def _pair(quote_a: str, quote_b: str, *, kind_a="direct", kind_b="direct", speaker_b="Mara Lind",
          date_a="2025-04-01", date_b="2025-04-02"):
    a = Outlet("north.example", date_a, f'Mara Lind said: "{quote_a}"')
    a.source("Mara Lind")
    sa = a.say(quote_a, "Mara Lind", kind=kind_a)
    b = Outlet("south.example", date_b, f'{speaker_b} said: "{quote_b}"')
    b.source(speaker_b)
    sb = b.say(quote_b, speaker_b, kind=kind_b)
    return build([a, b]), sa, sb


def test_spelling_and_punctuation_fold():
    assert plain("Ukrainian defenses.") == plain("ukrainian defenses")
    assert spelled("Ukrainian defences") == spelled("Ukrainian defenses")
    assert spelled("our neighbours") == spelled("our neighbors")


@pytest.mark.parametrize(("quote_a", "quote_b", "relation"), [
    ("The dam held through the night and nobody was hurt.", "The dam held through the night, and nobody was hurt",
     "identical"),
    ("The levees protected the town's defences against the river.",
     "The levees protected the town's defenses against the river,", "variant"),
    ("The dam held through the night and nobody was hurt. We were lucky this time.",
     "nobody was hurt", "partial"),
])
def test_textual_relations(quote_a, quote_b, relation):
    ledger, sa, sb = _pair(quote_a, quote_b, kind_b="partial" if relation == "partial" else "direct")
    [alignment] = _statement_alignments(ledger)
    assert alignment.members == sorted([sa, sb])
    assert alignment.relation == relation
    assert alignment.pairs[0].relation == relation


def test_translation_of_one_remark():
    ledger, sa, sb = _pair("The people of the north must not lose their sons in a foreign war.",
                           "should not be losing their sons in a war abroad")
    [alignment] = _statement_alignments(ledger)
    assert alignment.relation == "translation"


def test_translation_inside_a_longer_quote():
    ledger, sa, sb = _pair(
        "Our boats found three fishermen this morning. The fishermen were badly burned and the doctors could not "
        "revive them.",
        "they were gravely burned and it was impossible to save them")
    [alignment] = _statement_alignments(ledger)
    assert alignment.relation == "translation"


def test_reported_speech_is_a_paraphrase():
    ledger, sa, sb = _pair("We will rebuild the harbour district within a year.",
                           "the harbour district would be rebuilt within a year", kind_b="indirect")
    [alignment] = _statement_alignments(ledger)
    assert alignment.relation == "paraphrase"
    assert alignment.first == sa  # north.example published a day earlier


def test_first_is_the_earliest_article():
    ledger, sa, sb = _pair("The dam held through the night.", "The dam held through the night.",
                           date_a="2025-04-03", date_b="2025-04-02")
    assert _statement_alignments(ledger)[0].first == sb


@pytest.mark.parametrize(("quote_a", "quote_b"), [
    # two different remarks by one speaker on one topic
    ("We will rebuild the harbour district within a year.",
     "The fire brigades could not reach the upper floors in time."),
    ("The fire spread faster than anyone expected and the crews were overwhelmed.",
     "Our crews did everything they could, but the wind was against us."),
    # the same sentence frame with different numbers or days is a different utterance
    ("We lost 40 boats in the storm.", "We lost 45 boats in the storm."),
    ("The port reopens on Monday for cargo ships.", "The port reopens on Friday for cargo ships."),
])
def test_different_utterances_are_not_aligned(quote_a, quote_b):
    ledger, _, _ = _pair(quote_a, quote_b)
    assert _statement_alignments(ledger) == []


def test_same_words_from_another_speaker_are_not_aligned():
    ledger, _, _ = _pair("The dam held through the night.", "The dam held through the night.", speaker_b="Ivo Stein")
    assert _statement_alignments(ledger) == []


def test_two_statements_of_one_article_never_share_an_alignment():
    a = Outlet("north.example", "2025-04-01", '"The dam held." Later: "The dam held."')
    a.source("Mara Lind", mention="The dam")
    a.say("The dam held.", "Mara Lind")
    a.say("The dam held.", "Mara Lind", nth=1)
    b = Outlet("south.example", "2025-04-02", '"The dam held."')
    b.source("Mara Lind", mention="The dam")
    b.say("The dam held.", "Mara Lind")
    [alignment] = _statement_alignments(build([a, b]))
    assert len(alignment.members) == 2


def test_look_alike_stories_are_not_aligned_across_stories():
    a = Outlet("north.example", "2025-04-01", 'Mara Lind said: "The dam held through the night."')
    a.source("Mara Lind")
    a.say("The dam held through the night.", "Mara Lind")
    b = Outlet("south.example", "2025-09-01", 'Mara Lind said: "The dam held through the night."')
    b.source("Mara Lind")
    b.say("The dam held through the night.", "Mara Lind")
    assert build([a], [b]).alignments == []


def test_cheap_relation_leaves_unrelated_text_to_embeddings():
    a = Outlet(None, None, "alpha beta gamma")
    st = a.say("alpha beta gamma", None)
    b = Outlet(None, None, "delta epsilon zeta")
    st_b = b.say("delta epsilon zeta", None)
    assert st and st_b
    assert cheap_relation(a.statements[0], b.statements[0]) is None


# --- figures ---------------------------------------------------------------------------------------------------


def _flood():
    a = Outlet("north.example", "2025-04-01",
               "Officials said more than 1,000 people were displaced in the past week. Lind said 1,000 soldiers "
               "were deployed. Lind said at least 30 people died so far.")
    a.source("Lind")
    a.figure("more than 1,000 people", 1000, "displaced", "Lind", qualifier="more than", counted="people")
    a.figure("1,000 soldiers", 1000, "deployed", "Lind", counted="soldiers")
    a.figure("at least 30 people", 30, "killed", "Lind", qualifier="at least", counted="people")
    b = Outlet("south.example", "2025-04-02",
               "Lind said 1,000 people were displaced in the last week alone. In all 1,000 people have been "
               "displaced. The death toll rose to 34 civilians.")
    b.source("Lind")
    b.figure("1,000 people were displaced in the last week", 1000, "displaced", "Lind", counted="people")
    b.figure("1,000 people have", 1000, "displaced", None, counted="people")
    b.figure("34 civilians", 34, "killed", None, counted="civilians")
    return a, b


def test_figures_align_on_quantity_not_on_number():
    a, b = _flood()
    ledger = build([a, b])
    groups = [sorted(f.text for f in ledger.figures if f.id in al.members)
              for al in ledger.alignments if al.kind == "figure"]
    assert sorted(groups) == [
        ["1,000 people were displaced in the last week", "more than 1,000 people"],  # weekly displaced
        ["34 civilians", "at least 30 people"],  # death toll: values differ, quantity is the same
    ]
    assert all(al.relation == "same_quantity" for al in ledger.alignments if al.kind == "figure")


def test_figure_span_reads_the_period():
    a, b = _flood()
    spans = {f.text: figure_span(f, a.article if f.article == a.article.id else b.article)
             for f in a.figures + b.figures}
    assert spans["more than 1,000 people"] == "week"
    assert spans["1,000 people have"] == "total"
    assert spans["at least 30 people"] == "total"


def test_soldiers_and_civilians_are_different_quantities():
    a = Outlet("north.example", "2025-04-01", "12 soldiers died. 12 civilians died.")
    a.figure("12 soldiers", 12, "killed", counted="soldiers")
    a.figure("12 civilians", 12, "killed", counted="civilians")
    b = Outlet("south.example", "2025-04-01", "12 civilians died.")
    b.figure("12 civilians", 12, "killed", counted="civilians")
    ledger = build([a, b])
    [al] = [x for x in ledger.alignments if x.kind == "figure"]
    texts = {f.id: f.text for f in ledger.figures}
    assert [texts[m] for m in al.members] == ["12 civilians", "12 civilians"]


def test_reported_speech_carrying_the_same_figure_is_a_paraphrase():
    quote = "Our count is that, so far, they have lost more than 200 boats in the storm in just the past week"
    a = Outlet("north.example", "2025-04-01", f'Mara Lind said: "{quote}."')
    a.source("Mara Lind")
    sa = a.say(quote, "Mara Lind")
    a.figure("more than 200 boats", 200, "other", "Mara Lind", qualifier="more than", counted="boats", statement=sa)
    summary = "the fleet is suffering heavy damage along the coast, with 200 boats lost in the last week alone"
    b = Outlet("south.example", "2025-04-02", f"Mara Lind said {summary}.")
    b.source("Mara Lind")
    sb = b.say(summary, "Mara Lind", kind="indirect")
    b.figure("200 boats", 200, "other", "Mara Lind", counted="boats", statement=sb)
    ledger = build([a, b])
    [alignment] = _statement_alignments(ledger)
    assert alignment.members == sorted([sa, sb]) and alignment.relation == "paraphrase"


def test_without_embeddings_only_close_wording_aligns(monkeypatch):
    from newsledger.link import embeddings

    monkeypatch.setattr(embeddings, "embed", lambda texts: {})
    ledger, _, _ = _pair("The people of the north must not lose their sons in a foreign war.",
                         "should not be losing their sons in a war abroad")
    assert _statement_alignments(ledger) == []
    ledger, _, _ = _pair("We will rebuild the harbour district within a year.",
                         "we will rebuild the whole harbour district within one year", kind_b="indirect")
    assert [a.relation for a in _statement_alignments(ledger)] == ["paraphrase"]


def test_embeddings_are_computed_once_per_text(monkeypatch):
    from newsledger.link import embeddings

    seen: list[str] = []
    real = embeddings.embed

    def counting(texts):
        seen.extend(t for t in texts if t not in embeddings._CACHE)
        return real(texts)

    monkeypatch.setattr(embeddings, "embed", counting)
    for _ in range(2):
        _pair("The people of the north must not lose their sons in a foreign war.",
              "should not be losing their sons in a war abroad")
    assert len(seen) == len(set(seen))


def test_explicit_periods_meet_their_spoken_length():
    a = Outlet("north.example", "2025-04-08", "Lind said 300 homes were destroyed in the past week.")
    a.figure("300 homes", 300, "other", counted="homes")
    b = Outlet("south.example", "2025-04-08", "From April 1 to April 7, 300 homes were destroyed.")
    fid = b.figure("300 homes", 300, "other", counted="homes")
    b.figures = [f.model_copy(update={"period_start": "2025-04-01", "period_end": "2025-04-07"}) if f.id == fid else f
                 for f in b.figures]
    assert figure_span(b.figures[0], b.article) == "week"
    assert len([al for al in build([a, b]).alignments if al.kind == "figure"]) == 1


def test_a_split_quote_matches_the_quote_whole():
    from newsledger.ledger import Span

    text = '"The dam held," Lind said. "Nobody was hurt."'
    a = Outlet("north.example", "2025-04-01", text)
    a.source("Mara Lind", mention="Lind")
    p1, p2 = "The dam held,", "Nobody was hurt."
    s1, s2 = text.index(p1), text.index(p2)
    sid = a.say(text[s1:s2 + len(p2)], "Mara Lind")
    a.statements = [st.model_copy(update={"parts": [Span(start=s1, end=s1 + len(p1), text=p1),
                                                    Span(start=s2, end=s2 + len(p2), text=p2)]})
                    for st in a.statements]
    b = Outlet("south.example", "2025-04-02", 'Mara Lind said: "The dam held. Nobody was hurt."')
    b.source("Mara Lind")
    b.say("The dam held. Nobody was hurt.", "Mara Lind")
    [alignment] = _statement_alignments(build([a, b]))
    assert sid in alignment.members and alignment.relation == "identical"


def _stories(n_stories: int, per_story: int = 4):
    groups = []
    for s in range(n_stories):
        group = []
        for o in range(per_story):
            quote = f"The river crossing number {s} will reopen after repairs"
            out = Outlet(f"o{o}.example", f"2025-01-{o + 1:02d}", f'Ana Berg said: "{quote}." "We expect calm."')
            out.source("Ana Berg")
            out.say(quote, "Ana Berg")
            out.say("We expect calm.", "Ana Berg")
            group.append(out)
        groups.append(group)
    return groups


def test_comparisons_grow_linearly_with_articles(monkeypatch):
    """Scale (issue 8): blocking by story and speaker, so twice the stories is twice the comparisons."""
    align_module = importlib.import_module("newsledger.link.align")  # the package re-exports the function
    calls = []
    real = align_module.cheap_relation
    monkeypatch.setattr(align_module, "cheap_relation", lambda a, b: calls.append(1) or real(a, b))
    counts = []
    for n in (5, 20):
        calls.clear()
        build(*_stories(n))
        counts.append(len(calls))
    assert counts[1] == 4 * counts[0]


def test_big_speaker_blocks_use_shared_words_and_still_align():
    quotes = [f"The {w} bridge will reopen after repairs" for w in
              ["north", "south", "east", "west", "upper", "lower", "old", "new", "red", "blue", "green", "grey", "iron", "stone", "wooden", "long", "short", "high", "low", "main"]]
    outlets = []
    for o in range(3):
        text = " ".join(f'"{q}."' for q in quotes)
        out = Outlet(f"o{o}.example", f"2025-01-0{o + 1}", f"Ana Berg said: {text}")
        out.source("Ana Berg")
        for q in quotes:
            out.say(q, "Ana Berg")
        outlets.append(out)
    ledger = build(outlets)
    statement_alignments = [a for a in ledger.alignments if a.kind == "statement"]
    assert len(statement_alignments) == len(quotes)
    assert all(len(a.members) == 3 and a.relation == "identical" for a in statement_alignments)


def test_pairs_without_a_shared_content_word_never_reach_the_encoder(monkeypatch):
    from newsledger.link import embeddings

    asked: list[str] = []
    real = embeddings.embed

    def spy(texts):
        asked.extend(texts)
        return real(texts)

    monkeypatch.setattr(embeddings, "embed", spy)
    ledger, _, _ = _pair("The harbour was calm all morning.", "Nobody expected such a storm tonight.")
    assert _statement_alignments(ledger) == [] and asked == []
    ledger, _, _ = _pair("The storm wrecked forty boats.", "Forty boats were wrecked by the storm.")
    assert asked  # a shared word: the encoder decides
