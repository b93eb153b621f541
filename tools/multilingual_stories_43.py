"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set"). Placeholder: an annotator fills it.
"""

from __future__ import annotations

from build_multilingual import Art

ARTICLES_43: tuple[Art, ...] = ()
SPEAKER_FORMS_43: dict[str, tuple[str, ...]] = {}
