"""Issue 17, link round 10. A two-sentence quotation one outlet prints whole and another cuts in two (one-to-many):
the second part may stand in one alignment with the first only when the two are adjacent parts of one quotation (same
speaker, nothing between them but a frame), the other language's statement matches the two joined better than either
alone, and each part's best match in that article is that statement. Invented articles and sentences."""

from __future__ import annotations

import numpy as np

from newsledger.ledger import Statement
from newsledger.link import align
from newsledger.link.groups import Edge, join_edges, part_slots

EN = ('"The gate had jammed shut," the keeper said. "Nobody could get out."'
      ' The mayor said repairs would start soon.')


def _st(sid: str, article: str, text: str, source: str | None, kind: str = "direct", within: str = EN,
        frame: str | None = None) -> Statement:
    start = within.index(text)
    extra: dict = {}
    if frame is not None:
        at = within.index(frame)
        extra = {"speaker_text": frame.split(" said")[0], "speaker_start": at,
                 "speaker_end": at + len(frame.split(" said")[0]), "cue": "said",
                 "cue_start": at + frame.index("said"), "cue_end": at + frame.index("said") + 4}
    return Statement(id=sid, article=article, kind=kind, start=start, end=start + len(text), text=text,
                     source=source, **extra)


FIRST = _st("a#s0", "a", "The gate had jammed shut,", "keeper", frame="the keeper said")
THEN = _st("a#s1", "a", "Nobody could get out.", "keeper")
MAYOR = _st("a#s2", "a", "repairs would start soon", "mayor", kind="indirect")


def test_two_parts_with_only_the_frame_between_are_one_quotation():
    pairs = align.continued([THEN, FIRST, MAYOR], {"a": EN})
    assert [(f.id, t.id) for f, t in pairs] == [("a#s0", "a#s1")]


def test_words_of_the_writer_between_the_parts_keep_them_apart():
    text = '"The gate had jammed shut," the keeper said after the inquiry opened. "Nobody could get out."'
    first = _st("b#s0", "b", "The gate had jammed shut,", "keeper", within=text, frame="the keeper said")
    then = _st("b#s1", "b", "Nobody could get out.", "keeper", within=text)
    assert align.continued([first, then], {"b": text}) == []


def test_another_speaker_next_is_no_continuation():
    text = '"The gate had jammed shut," the keeper said. "Nobody could get out."'
    first = _st("c#s0", "c", "The gate had jammed shut,", "keeper", within=text, frame="the keeper said")
    then = _st("c#s1", "c", "Nobody could get out.", "guard", within=text)
    assert align.continued([first, then], {"c": text}) == []
    # and a statement without a source is nobody's continuation
    assert align.continued([first, then.model_copy(update={"source": None})], {"c": text}) == []


def test_without_the_article_text_nothing_is_joined():
    assert align.continued([FIRST, THEN], {}) == []


def test_the_writers_report_then_the_speakers_words_are_two_utterances():
    text = 'Repairs are pointless now, the keeper said: "Nobody could get out."'
    report = _st("d#s0", "d", "Repairs are pointless now", "keeper", kind="indirect", within=text,
                 frame="the keeper said")
    quote = _st("d#s1", "d", "Nobody could get out.", "keeper", within=text)
    assert align.continued([report, quote], {"d": text}) == []


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=float)
    return v / np.linalg.norm(v)


def _verdict(need: float = 0.35) -> align.CrossVerdict:
    return align.CrossVerdict("same", True, False, False, None, need)


def _judge(other_vec: np.ndarray, first_vec: np.ndarray, then_vec: np.ndarray, joined_vec: np.ndarray,
           rival: np.ndarray | None = None):
    other = Statement(id="x#s0", article="x", kind="direct", start=0, end=10, text="Das Tor klemmte, keiner kam raus.",
                      source="keeper")
    pending = [(other, FIRST, _verdict()), (other, THEN, _verdict())]
    vector = {"o": other_vec, "f": first_vec, "t": then_vec, "j": joined_vec}
    segs = {other.id: [("o", True)], FIRST.id: [("f", True)], THEN.id: [("t", True)]}
    if rival is not None:
        second = Statement(id="x#s1", article="x", kind="direct", start=20, end=30, text="Niemand kam hinaus.",
                           source="keeper")
        pending.append((second, THEN, _verdict()))
        pending.append((second, FIRST, _verdict()))
        vector["r"] = rival
        segs[second.id] = [("r", True)]
    cosine = {frozenset((a.id, b.id)): float(vector[segs[a.id][0][0]] @ vector[segs[b.id][0][0]])
              for a, b, _ in pending}
    pairs = align._LanguagePairs([], pending, {}, [(FIRST, THEN)])
    return align._second_parts(pairs, {(FIRST.id, THEN.id): "j"}, vector, segs, cosine)


def test_the_second_part_joins_when_the_two_joined_match_best():
    other, first, then = _unit(1, 1, 0), _unit(1, 0.3, 0), _unit(0.3, 1, 0)
    edges, part_of = _judge(other, first, then, joined_vec=_unit(1, 1, 0.05))
    assert part_of == {THEN.id: FIRST.id}
    assert sorted((e.a, e.b, e.relation) for e in edges) == [(FIRST.id, "x#s0", "translation"),
                                                            (THEN.id, "x#s0", "translation")]


def test_no_join_when_one_part_alone_matches_as_well():
    other, first, then = _unit(1, 0, 0), _unit(1, 0, 0), _unit(0.2, 1, 0)
    assert _judge(other, first, then, joined_vec=_unit(1, 0.6, 0)) == ([], {})


def test_no_join_below_the_bar_for_speakers_not_told_apart():
    # the joined text scores above either part, but under CROSS_MUTUAL_UNKNOWN
    other, first, then = _unit(1, 1, 3), _unit(1, 0.3, -1), _unit(0.3, 1, -1)
    assert float(other @ _unit(1, 1, 0)) < align.CROSS_MUTUAL_UNKNOWN
    assert _judge(other, first, then, joined_vec=_unit(1, 1, 0)) == ([], {})


def test_no_join_when_the_part_has_a_better_match_of_its_own():
    other, first, then = _unit(1, 1, 0), _unit(1, 0.3, 0), _unit(0.3, 1, 0)
    # the other article renders the second sentence on its own too, closer than the whole quotation
    assert _judge(other, first, then, joined_vec=_unit(1, 1, 0.05), rival=_unit(0.3, 1, 0)) == ([], {})


def test_a_second_part_takes_a_slot_of_its_own_beside_its_first():
    slot = {"a#s0": "a", "a#s1": "a", "a#s2": "a", "x#s0": "x"}
    slots = part_slots(slot, {"a#s1": "a#s0"})
    assert slots["a#s0"] == slots["a#s2"] == "a" and slots["a#s1"] != "a"
    edges = [Edge("a#s0", "x#s0", "translation", 0.8), Edge("a#s1", "x#s0", "translation", 0.7)]
    assert [ids for ids, _ in join_edges(slots, edges, True)] == [["a#s0", "a#s1", "x#s0"]]
    # without the part relation one statement of an article is all a group holds
    assert [ids for ids, _ in join_edges(slot, edges, True)] == [["a#s0", "x#s0"]]


def test_a_second_part_never_stands_beside_another_statement_of_its_article():
    slot = {"a#s1": "a", "a#s2": "a", "x#s0": "x"}
    judged = align._Judged([], {}, {"a#s1": "a#s0"})
    edges = [Edge("a#s2", "x#s0", "translation", 0.8), Edge("a#s1", "x#s0", "translation", 0.7)]
    assert [ids for ids, _ in align._join_across(slot, edges, judged)] == [["a#s2", "x#s0"]]


def test_far_from_one_part_but_close_to_the_other_is_not_far():
    cosine = {frozenset(("x#s0", "a#s1")): 0.05, frozenset(("x#s0", "a#s0")): 0.6,
              frozenset(("y#s0", "a#s1")): 0.05, frozenset(("y#s0", "a#s0")): 0.1}
    judged = align._Judged([], cosine, {"a#s1": "a#s0"})
    assert not judged.far("x#s0", "a#s1")
    assert judged.far("y#s0", "a#s1")
    assert align._Judged([], cosine).far("x#s0", "a#s1")
