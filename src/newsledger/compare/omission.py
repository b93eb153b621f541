"""Omissions: claims other outlets of a story carry that one leaves out, and claims only one outlet carries —
grouped per outlet (see `omission_findings`).

A claim is a statement alignment or a figure alignment (counted once however many members it has), or a
statement or figure no other outlet aligns with. Articles of one outlet count as one outlet. A figure inside a
statement that is itself only in one outlet is covered by that statement's claim and not listed again; a
statement overlapping a claim other outlets carry (holding a count they also give) is not listed as lone. A claim
an outlet gives in its own words (`said_in`: a sentence holding most of a statement's content words, or a figure of
the same value in the same category family) is not left out by that outlet. An exclusive ("Only X reports …") is
only a claim worth calling one outlet's own — a categorised count of more than one, or the quoted words of a source
that stands (compare/standing.py) — that no other outlet gives in any form (`given_in_any_form`). The one omission
that opens a story is an official's quoted words every other outlet carries, left out by an outlet that names the
official and covered the same moment (`_quote_all_others_carry`); it is its own finding, apart from the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from newsledger.compare.copies import one_voice_note, voice_name, voices
from newsledger.compare.figures import by_value
from newsledger.compare.labels import figure_phrase, possessive, quote_excerpt
from newsledger.compare.rank import days_apart
from newsledger.compare.standing import named_in, speaks_for_office, stands
from newsledger.compare.view import StoryView
from newsledger.ledger import Figure, Finding
from newsledger.link.align import content
from newsledger.link.quantities import CASUALTY_FAMILY, figure_value
from newsledger.link.words import content_stems

# A statement is carried by an article that has a sentence holding at least this share of its content words (and
# at least MIN_SHARED of them): "the boy may have been shot by an older sibling by accident" is carried by "the boy
# was possibly shot accidentally by an older sibling", which statement alignment (one utterance) rightly keeps apart
# but which is no exclusive and no omission. Chosen by reading, not fitted: a majority of the content words with
# three at least, so a shared place name and verb alone ("shot", "Everett") never carry a claim.
SAID_SHARE = 0.6
MIN_SHARED = 3
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")

MIN_OUTLETS = 2  # with one outlet there is nothing to leave out

# An exclusive must be no claim another outlet gives in any form, so the test is looser than `said_in`'s: a sentence
# holding EXCLUSIVE_SHARE of the statement's content words (and MIN_SHARED), or the figure's value anywhere among the
# other outlet's figures or (from 10 up, where digits are specific) in its text. Not the whole article's words: a
# long article holds most of any sentence's words somewhere.
EXCLUSIVE_SHARE = 0.4
# An outlet leaving out a source's quoted words that every other outlet (two at least) carries is the one omission
# that opens a story: weight 1.55 (above the editorial's 1.5, below every drift), + 0.1 per outlet beyond two
# others. Only from an outlet whose articles hold QUOTE_OMISSION_BODY characters (a 130-character brief leaves out
# everything) and for quotes of QUOTE_OMISSION_WORDS content words or more ("This is unbelievable" is colour).
QUOTE_OMISSION_WEIGHT = 1.55
QUOTE_OMISSION_BODY = 1000
QUOTE_OMISSION_WORDS = 4
QUOTE_OMISSION_DAYS = 1
# Counts that are no claim on their own when one outlet alone gives them: page furniture and asides (`274,637`
# readers, `210 pounds`), not a count of people in the incident.
_UNCOUNTED = frozenset({"other"})


@dataclass(frozen=True)
class Claim:
    members: tuple[str, ...]  # statement or figure ids
    articles: tuple[str, ...]
    phrase: str  # "Kirby's statement “…”"


def _statement_phrase(view: StoryView, statement_id: str) -> str:
    st = view.statements[statement_id]
    who = view.speaker(st.source)
    return f"{possessive(who)} statement {quote_excerpt(st)}" if who else f"the statement {quote_excerpt(st)}"


def _figure_phrase(view: StoryView, figure_id: str) -> str:
    fig = view.figures[figure_id]
    who = view.speaker(fig.relayed_from or fig.source)
    return f"the figure of {figure_phrase(fig)}" + (f" given by {who}" if who else "")


def claims(view: StoryView) -> list[Claim]:
    aligned: set[str] = set()
    out = []
    counts: list[list[Figure]] = []
    for al in view.alignments:
        members = [m for m in al.members if m in view.statements or m in view.figures]
        aligned.update(members)
        if al.kind == "statement" and members:
            lead = al.first if al.first in members else members[0]
            arts = {view.statements[m].article for m in members}
            out.append(Claim(tuple(sorted(members)), tuple(sorted(arts)), _statement_phrase(view, lead)))
            continue
        # one quantity, different counts: each count is its own claim (1,100 and 3,000 are not the same report)
        figs = [view.figures[m] for m in members if figure_value(view.figures[m]) is not None]
        counts.extend(by_value(figs).values())
    lone_statements = {i for i in view.statements if i not in aligned}
    for same in counts:
        one_outlet = len({view.outlet_key(f.article) for f in same}) == 1
        if one_outlet and all(f.statement in lone_statements for f in same):
            continue  # the statement holding the count is reported on its own
        lead = min(same, key=lambda f: (view.date(f.article) is None, view.date(f.article) or "", f.id))
        out.append(Claim(tuple(sorted(f.id for f in same)), tuple(sorted({f.article for f in same})),
                         _figure_phrase(view, lead.id)))
    # A record overlapping one aligned across outlets in its article (a partial quote inside a reported-speech
    # statement that extraction also kept whole; a statement carrying a count other outlets give too) is that
    # claim again, not one only this outlet carries.
    spans: dict[str, list[tuple[int, int]]] = {}
    for claim in out:
        if len({view.outlet_key(a) for a in claim.articles}) < 2:
            continue
        for m in claim.members:
            rec = view.statements.get(m) or view.figures[m]
            spans.setdefault(rec.article, []).append((rec.start, rec.end))

    def covered(rec) -> bool:
        return any(s < rec.end and rec.start < e for s, e in spans.get(rec.article, []))

    for sid in sorted(lone_statements):
        st = view.statements[sid]
        if st.source is not None and not covered(st):  # an outlet's own unattributed sentence is not a claim here
            out.append(Claim((sid,), (st.article,), _statement_phrase(view, sid)))
    for fid in sorted(i for i in view.figures if i not in aligned):
        fig = view.figures[fid]
        if fig.statement in lone_statements or (fig.value is None and fig.low is None and fig.high is None):
            continue
        if covered(fig):
            continue
        out.append(Claim((fid,), (fig.article,), _figure_phrase(view, fid)))
    return out


def _slight(view: StoryView, claim: Claim) -> bool:
    """Too slight to call left out: one person as a figure ("the victim"; every outlet names the victim, in its own
    words the extractor may not count) or a statement of under five words ("the victim, a male")."""
    figs = [view.figures[m] for m in claim.members if m in view.figures]
    if figs:
        return all(figure_value(f) == 1 for f in figs)
    return all(len(view.statements[m].text.split()) < 5 for m in claim.members if m in view.statements)


LISTED = 8  # claims named in one grouped finding's summary; the rest are counted ("and 3 more") and in evidence


def _listing(found: list[Claim]) -> str:
    names = [c.phrase for c in found[:LISTED]]
    more = f"; and {len(found) - LISTED} more" if len(found) > LISTED else ""
    return "; ".join(names) + more


@lru_cache(maxsize=4096)
def _sentence_stems(text: str) -> tuple[frozenset[str], ...]:
    return tuple(content_stems(s) for s in _SENTENCE_END.split(text) if s.strip())


def _family(fig: Figure) -> str:
    return "casualties" if fig.category in CASUALTY_FAMILY else fig.category


def _counts_by_article(view: StoryView) -> dict[str, set[tuple[float, str]]]:
    out: dict[str, set[tuple[float, str]]] = {}
    for f in view.figures.values():
        value = figure_value(f)
        if value is not None:
            out.setdefault(f.article, set()).add((value, _family(f)))
    return out


def said_in(view: StoryView, claim: Claim, article_id: str,
            counts: dict[str, set[tuple[float, str]]] | None = None) -> bool:
    """Whether an article gives a claim in its own words: a sentence holding most of a statement's content words,
    or a figure of the same value counting in the same category family (4 men shot ≈ 4 young men wounded)."""
    article = view.articles[article_id]
    counts = _counts_by_article(view) if counts is None else counts
    for m in claim.members:
        if m in view.statements:
            wanted = content_stems(content(view.statements[m]))
            if len(wanted) >= MIN_SHARED and any(
                    len(wanted & have) >= max(MIN_SHARED, SAID_SHARE * len(wanted))
                    for have in _sentence_stems(article.text)):
                return True
        elif m in view.figures:
            fig = view.figures[m]
            value = figure_value(fig)
            if value is not None and (value, _family(fig)) in counts.get(article_id, set()):
                return True
    return False


def _exclusive_kind(view: StoryView, claim: Claim, stands: Callable[[str | None], bool]) -> bool:
    """Only claims worth calling one outlet's own: a categorised count of more than one, or the quoted words of a
    source that stands (compare/standing.py: a person, organisation or government, no place, no party)."""
    def counted(fig: Figure) -> bool:
        value = figure_value(fig)
        return fig.category not in _UNCOUNTED and value is not None and value > 1

    for m in claim.members:
        if m in view.figures and counted(view.figures[m]):
            return True
        if m in view.statements:
            st = view.statements[m]
            if st.kind == "direct" and stands(st.relayed_from or st.source):
                return True
            if any(f.statement == m and counted(f) for f in view.figures.values()):
                return True
    return False


def given_in_any_form(view: StoryView, claim: Claim, article_id: str) -> bool:
    """Whether an article gives a claim in any form (the looser test an exclusive must pass; see EXCLUSIVE_SHARE)."""
    article = view.articles[article_id]
    for m in claim.members:
        if m in view.statements:
            wanted = content_stems(content(view.statements[m]))
            if len(wanted) < MIN_SHARED:
                continue
            if any(len(wanted & have) >= max(MIN_SHARED, EXCLUSIVE_SHARE * len(wanted))
                   for have in _sentence_stems(article.text)):
                return True
        elif m in view.figures:
            value = figure_value(view.figures[m])
            if value is None:
                continue
            if any(figure_value(f) == value for f in view.figures.values() if f.article == article_id):
                return True
            if value >= 10 and value.is_integer() and re.search(rf"(?<![\d,.]){int(value):,}(?![\d,])|(?<![\d,.]){int(value)}(?![\d,])",
                                                article.text):
                return True
    return False


def _quote_all_others_carry(view: StoryView, claim: Claim, outlets: dict[str, list[str]], left_out_by: str,
                            official: Callable[[str | None], bool], voice: dict[str, str]) -> bool:
    """The omission worth a reader's time: the quoted words of an official source (compare/standing.py
    `speaks_for_office`) that every other outlet of the story carries (two at least), left out by an outlet that
    names that source itself (it reported the source and chose other words of theirs, or none: selective quoting, not
    an article on another angle — a victim's profile that never meets the police chief), that covered the same moment — an article of its own dated from the day the quote first appears to
    QUOTE_OMISSION_DAYS after (a first report written before the quote was said, or a follow-up days later on the
    funeral or the trial, leaves it out for a reason) — whose coverage is no brief, and that gives them in no form."""
    others = set(outlets) - {left_out_by}
    if len(others) < MIN_OUTLETS or {voice[a] for a in claim.articles} != others:
        return False
    if sum(len(view.articles[a].text) for a in outlets[left_out_by]) < QUOTE_OMISSION_BODY:
        return False
    quoted = [view.statements[m] for m in claim.members if m in view.statements]
    own = [view.articles[a].text for a in outlets[left_out_by]]
    if not any(st.kind == "direct" and len(content_stems(content(st))) >= QUOTE_OMISSION_WORDS
               and official(st.relayed_from or st.source) and named_in(view, st.relayed_from or st.source, own)
               for st in quoted):
        return False
    first = min((d for a in claim.articles if (d := view.date(a))), default=None)
    same_moment = [a for a in outlets[left_out_by] if first and (d := view.date(a)) and d[:10] >= first[:10]
                   and (days_apart(first, d) or 0) <= QUOTE_OMISSION_DAYS]
    return bool(same_moment) and not any(given_in_any_form(view, claim, art) for art in outlets[left_out_by])


def _quote_finding(view: StoryView, outlets: dict[str, list[str]], key: str, found: list[Claim],
                   voice: dict[str, str]) -> Finding:
    """One finding per outlet for the quotes every other outlet carries (weights in compare/rank.py's docstring)."""
    art = outlets[key][0]
    n = len(outlets) - 1
    if len(found) == 1:
        summary = f"{voice_name(view, voice, art)} leaves out {found[0].phrase}, which all {n} other outlets report."
    else:
        summary = (f"{voice_name(view, voice, art)} leaves out {len(found)} quotes all {n} other outlets report: "
                   f"{_listing(found)}.")
    weight = round(QUOTE_OMISSION_WEIGHT + min(0.2, 0.1 * (n - MIN_OUTLETS)) + 0.05 * min(len(found) - 1, 2), 2)
    why = (f"an official's quoted words that every other outlet ({n}) carries"
           + (f" ({len(found)} quotes)" if len(found) > 1 else "") + ", left out by an outlet that names the official"
           + one_voice_note(view, voice, set(outlets)))
    evidence = [m for c in found for m in (*c.members, *c.articles)] + [art]
    return view.finding("omission", summary, evidence).model_copy(update={"weight": weight, "why": why})


def omission_findings(view: StoryView) -> list[Finding]:
    """Grouped, at most two findings per outlet and story: one for the claims it leaves out that at least two other
    outlets carry ("valleycourier leaves out 3 claims other outlets report: …"), and one for the claims only it
    carries, figures listed first ("Only X reports 4 claims no other outlet carries: …"). A claim one outlet alone
    carries is that outlet's exclusive, not every other outlet's omission. Weights (compare/rank.py): omissions
    1.0 + 0.1 per claim (up to 3) + 0.15 when a figure is among them; exclusives 0.5 + 0.1 per claim (up to 3), the
    lightest of all findings."""
    # copies of one text (sister stations, a reposted wire story) are one outlet here (compare/copies.py)
    voice = voices(view)
    outlets: dict[str, list[str]] = {}
    for art in sorted(view.articles):
        outlets.setdefault(voice[art], []).append(art)
    if len(outlets) < MIN_OUTLETS:
        return []
    holding = {f.statement for f in view.figures.values() if f.statement}
    counts = _counts_by_article(view)
    standing: dict[str | None, bool] = {}

    def stands_here(source_id: str | None) -> bool:
        if source_id not in standing:
            standing[source_id] = stands(view, source_id)
        return standing[source_id]

    def for_office(source_id: str | None) -> bool:
        return stands_here(source_id) and speaks_for_office(view, source_id)

    missing: dict[str, list[tuple[Claim, int, bool]]] = {}
    exclusive: dict[str, list[tuple[bool, Claim]]] = {}
    quotes: dict[str, list[Claim]] = {}
    for claim in claims(view):
        carrying = sorted({voice[a] for a in claim.articles})
        has_figure = any(m in view.figures or m in holding for m in claim.members)
        if len(carrying) == 1:
            others = [art for key, arts in outlets.items() if key != carrying[0] for art in arts]
            if _exclusive_kind(view, claim, stands_here) and not any(
                    given_in_any_form(view, claim, art) for art in others):
                exclusive.setdefault(carrying[0], []).append((not has_figure, claim))
            continue
        if _slight(view, claim):
            continue
        for key in sorted(set(outlets) - set(carrying)):
            if any(said_in(view, claim, art, counts) for art in outlets[key]):
                continue
            if _quote_all_others_carry(view, claim, outlets, key, for_office, voice):
                quotes.setdefault(key, []).append(claim)
            else:
                missing.setdefault(key, []).append((claim, len(carrying), has_figure))
    out = [_quote_finding(view, outlets, key, found, voice) for key, found in sorted(quotes.items())]
    for key in sorted(missing):
        found = missing[key]
        art = outlets[key][0]
        if len(found) == 1:
            claim, n, _ = found[0]
            summary = (f"{voice_name(view, voice, art)} leaves out {claim.phrase}, which {n} of {len(outlets)} "
                       f"outlets report.")
        else:
            summary = (f"{voice_name(view, voice, art)} leaves out {len(found)} claims other outlets report: "
                       f"{_listing([c for c, _, _ in found])}.")
        figures = any(f for _, _, f in found)
        weight = round(1.0 + 0.1 * min(len(found), 3) + (0.15 if figures else 0.0), 2)
        most = max(n for _, n, _ in found)
        why = (f"{len(found)} claim{'s' if len(found) > 1 else ''} left out that "
               f"{'up to ' if len(found) > 1 else ''}{most} other outlet{'s' if most > 1 else ''} carr"
               f"{'y' if most > 1 else 'ies'}" + (", figures among them" if figures else "")
               + one_voice_note(view, voice, {key, *(voice[a] for c, _, _ in found for a in c.articles)}))
        evidence = [m for c, _, _ in found for m in (*c.members, *c.articles)] + [art]
        out.append(view.finding("omission", summary, evidence).model_copy(update={"weight": weight, "why": why}))
    for key in sorted(exclusive):
        found = [c for _, c in sorted(exclusive[key], key=lambda x: x[0])]  # claims with a figure first
        art = found[0].articles[0]
        if len(found) == 1:
            summary = f"Only {voice_name(view, voice, art)} reports {found[0].phrase}."
        else:
            summary = (f"Only {voice_name(view, voice, art)} reports {len(found)} claims no other outlet carries: "
                       f"{_listing(found)}.")
        weight = round(0.5 + 0.1 * min(len(found), 3), 2)
        why = (f"{len(found)} claim{'s' if len(found) > 1 else ''} no other outlet carries (exclusive, or missed by the "
               f"others)" + one_voice_note(view, voice, {key}))
        evidence = [m for c in found for m in (*c.members, *c.articles)]
        out.append(view.finding("omission", summary, evidence).model_copy(update={"weight": weight, "why": why}))
    return out
