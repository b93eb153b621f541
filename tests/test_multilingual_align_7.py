"""Issue 17, sixth round (learnt from fresh dev stories nobody had tuned on): a wrong edge does not chain two groups
whose statements the encoder judged far apart, and a source whose longer form carries another's full name is that
person. Invented names and sentences."""

from __future__ import annotations

import numpy
import pytest

from newsledger.ledger import Article, Mention, Source, Statement
from newsledger.link import align, multilingual


def _statement(sid: str, article: str, source: str | None, text: str) -> Statement:
    return Statement(id=sid, article=article, kind="direct", start=0, end=len(text), text=text, source=source)


# three renderings (German, Spanish, French) where the French one is close to the Spanish one only
DE = "Die Fähre fährt erst wieder im Frühjahr"
ES = "El ferry no volverá a navegar hasta la primavera"
FR = "Nous avons prévenu chaque passager par téléphone"


def _three_way(monkeypatch: pytest.MonkeyPatch, de_fr: float) -> list[list[str]]:
    """The statement alignments of one story told in three languages by one speaker, the encoder's cosines set:
    DE~ES .70, ES~FR .60, DE~FR as given (unit vectors built to have exactly these dot products)."""
    de_es, es_fr = 0.70, 0.60
    b = numpy.array([de_es, numpy.sqrt(1 - de_es ** 2), 0.0])
    y = (es_fr - de_es * de_fr) / b[1]
    vectors = {DE: numpy.array([1.0, 0.0, 0.0]), ES: b, FR: numpy.array([de_fr, y, numpy.sqrt(1 - de_fr ** 2 - y ** 2)])}
    monkeypatch.setattr(multilingual, "encode",
                        lambda texts: numpy.stack([vectors[t] for t in texts]).astype(numpy.float32))
    articles = {"A": Article(id="A", text=DE, lang="de"), "B": Article(id="B", text=ES, lang="es"),
                "C": Article(id="C", text=FR, lang="fr")}
    statements = [_statement("a", "A", "mayor", DE), _statement("b", "B", "mayor", ES), _statement("c", "C", "mayor", FR)]
    sources = [Source(id="mayor", name="Ines Varga", kind="person")]
    found = align.align_statements("s", statements, articles, sources=sources)
    return sorted(al.members for al in found)


def test_an_edge_does_not_chain_two_renderings_the_encoder_judged_far_apart(monkeypatch):
    # the French remark joins the Spanish one at .60, but is nowhere near the German one: not one utterance
    assert _three_way(monkeypatch, de_fr=align.CHAIN_FLOOR - 0.1) == [["a", "b"]]


def test_a_pair_below_the_bar_but_above_the_floor_still_chains(monkeypatch):
    # a low cosine is common between two renderings (Korean, a loose translation): only far below the bar cuts
    assert align.CHAIN_FLOOR + 0.05 < align.CROSS_SAME_SPEAKER
    assert _three_way(monkeypatch, de_fr=align.CHAIN_FLOOR + 0.05) == [["a", "b", "c"]]


def _mentioned(sid: str, name: str, kind: str, *articles: str, aliases: tuple[str, ...] = ()) -> Source:
    return Source(id=sid, name=name, kind=kind, aliases=list(aliases),
                  mentions=[Mention(article=a, start=0, end=len(name), text=name) for a in articles])


SOURCES = {
    "body": _mentioned("body", "Ostfeld-Universität", "person", "A",
                       aliases=("Ostfeld-Universität", "Lee Min-jun von der Ostfeld-Universität")),
    "lee": _mentioned("lee", "Lee Min-jun", "person", "B"),
    "park": _mentioned("park", "Park Seo-yeon", "person", "B"),
}


@pytest.mark.parametrize(("a", "b", "fit"), [
    ("body", "lee", "same"),  # the source's longer form names Lee Min-jun in full
    ("body", "park", "different"),  # ... and not this other expert
])
def test_a_source_whose_longer_form_names_another_in_full_is_that_person(a, b, fit):
    assert align.speaker_fit(_statement("1", "A", a, "x"), _statement("2", "B", b, "y"), SOURCES) == fit
