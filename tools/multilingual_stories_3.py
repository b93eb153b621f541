"""Stories of the second held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py. Written and annotated before any system run on them; every event, person, place and
outlet is invented."""

from __future__ import annotations

from build_multilingual import Art

SPEAKER_FORMS_3: dict[str, tuple[str, ...]] = {}

ARTICLES_3: tuple[Art, ...] = ()
