"""Copies are one voice: outlets whose articles in a story are near-identical texts (a syndicated wire story, two
sister stations running one script, a site reposting another's copy) count as one outlet when asking how many
outlets carry a claim or leave it out (issue 16, phase 6).

Two articles are copies when rapidfuzz's `ratio` of their texts (the normalised Levenshtein similarity the linker
already uses for near-exact renderings) is at least COPY_RATIO and both hold COPY_MIN_CHARS characters or more. Outlets are joined through any pair of copies, so a
chain of reposts is one voice. Chosen by reading, not fitted: on GVA dev two sister stations' copies score 100 and
two outlets' independent reports of one incident 38–45.
"""

from __future__ import annotations

from itertools import combinations

from rapidfuzz import fuzz
from scipy.cluster.hierarchy import DisjointSet

from newsledger.compare.view import StoryView

COPY_RATIO = 90.0
# Texts shorter than this (a brief, a headline and a line) are alike by their few facts, not copied: two outlets'
# "Police said a man was shot on Main Street on Tuesday" are two reports. Syndicated copies run to full articles.
COPY_MIN_CHARS = 500
# An article this much shorter than another is no copy of it whatever the similarity of what they share (and the
# ratio is not worth computing): a brief quoting two lines of a wire story is its own report.
_LENGTH_SHARE = 0.8


def _copies(a: str, b: str) -> bool:
    short, long = sorted((len(a), len(b)))
    if short < COPY_MIN_CHARS or short < _LENGTH_SHARE * long:
        return False
    return fuzz.ratio(a, b, score_cutoff=COPY_RATIO) >= COPY_RATIO


def voices(view: StoryView) -> dict[str, str]:
    """Each article's voice: the outlet key of the first (sorted) of the outlets whose articles copy each other."""
    keys = {a: view.outlet_key(a) for a in view.articles}
    outlets = DisjointSet(sorted(set(keys.values())))
    for a, b in combinations(sorted(view.articles), 2):
        # the ratio is the cost: outlets already joined through another pair of copies need no more
        if not outlets.connected(keys[a], keys[b]) and _copies(view.articles[a].text, view.articles[b].text):
            outlets.merge(keys[a], keys[b])
    return {a: min(outlets.subset(k)) for a, k in keys.items()}


def copied_outlets(view: StoryView, voice: dict[str, str]) -> dict[str, list[str]]:
    """Voices that more than one outlet speaks with: voice key -> the outlets' names, sorted."""
    names: dict[str, set[str]] = {}
    for art, key in voice.items():
        names.setdefault(key, set()).add(view.outlet(art))
    return {k: sorted(v) for k, v in names.items() if len(v) > 1}


def one_voice_note(view: StoryView, voice: dict[str, str], keys: set[str]) -> str:
    """"; wkbn.com and wytv.com carry one text, counted as one outlet" for the copied voices among keys, or ""."""
    groups = copied_outlets(view, voice)
    named = [" and ".join(groups[k]) for k in sorted(keys) if k in groups]
    if not named:
        return ""
    return "; " + "; ".join(f"{n} carry one text, counted as one outlet" for n in named)


def voice_name(view: StoryView, voice: dict[str, str], article_id: str) -> str:
    """"wkbn.com (and its copy wytv.com)": an outlet named with the outlets copying its text."""
    name = view.outlet(article_id)
    copies = [n for n in copied_outlets(view, voice).get(voice[article_id], []) if n != name]
    if not copies:
        return name
    return f"{name} (and its cop{'ies' if len(copies) > 1 else 'y'} {' and '.join(copies)})"
