"""The multilingual sentence encoder: shipped weights, no network, normalised rows, translations close together."""

from __future__ import annotations

import socket

import numpy
import pytest

from newsledger.link import multilingual


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the multilingual encoder tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_rows_are_unit_vectors_in_input_order(no_network):
    texts = ["The ferry to Vessa was cancelled for the third day.", "Die Fähre nach Vessa fiel erneut aus.",
             "The ferry to Vessa was cancelled for the third day."]
    rows = multilingual.encode(texts)
    assert rows.shape == (3, multilingual.DIMENSIONS)
    assert rows.dtype == numpy.float32
    assert numpy.allclose(numpy.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    assert numpy.array_equal(rows[0], rows[2])
    assert not numpy.array_equal(rows[0], rows[1])


def test_translations_are_closer_than_unrelated_sentences(no_network):
    english = "The mayor said the bridge would reopen next week."
    translations = [
        "Der Bürgermeister sagte, die Brücke werde nächste Woche wieder geöffnet.",
        "El alcalde dijo que el puente volvería a abrir la próxima semana.",
        "Le maire a déclaré que le pont rouvrirait la semaine prochaine.",
        "시장은 다리가 다음 주에 다시 개통될 것이라고 말했다.",
    ]
    unrelated = "Heavy snow closed the mountain pass on Sunday."
    sims = multilingual.similarity([english], [*translations, unrelated])[0]
    assert min(sims[:-1]) > sims[-1] + 0.3


def test_cache_returns_the_same_vector_without_encoding_again(no_network, monkeypatch):
    text = "La fabbrica di Orsano chiuderà entro marzo, ha detto il sindacato."
    first = multilingual.encode([text])
    assert multilingual.loaded()

    def fail(texts):
        raise AssertionError(f"encoded again: {texts}")

    monkeypatch.setattr(multilingual._model(), "encode", fail)
    assert numpy.array_equal(multilingual.encode([text, text]), numpy.vstack([first, first]))


def test_empty_list_and_single_string():
    assert multilingual.encode([]).shape == (0, multilingual.DIMENSIONS)
    with pytest.raises(TypeError):
        multilingual.encode("one string")
