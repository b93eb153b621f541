"""Statements and figures for the languages read by rules, not by a spaCy pipeline (extract/lexicons/<lang>/ holds
everything they know about a language: no code here names one). A language is read this way when it is listed in
analysed_languages.txt and has a speech_cues.tsv of its own; English keeps the spaCy path."""

from __future__ import annotations

import bisect
import re

from newsledger.extract.lexicon import has_lexicon, words
from newsledger.extract.rules.figures import FoundFigure, find_figures
from newsledger.extract.rules.language import LanguageRules, rules_for
from newsledger.extract.rules.sentences import sentence_spans
from newsledger.extract.rules.speakers import (
    SpeakerPhrase,
    describes,
    is_affiliation,
    is_title,
    strip_particle,
    titled_names,
)
from newsledger.extract.rules.statements import Draft, find_statements
from newsledger.ledger import Article, ArticleExtraction, Figure, Mention, Source, Statement, stable_id

__all__ = ["read_by_rules", "extract_by_rules", "rules_for"]


def read_by_rules(article: Article) -> bool:
    lang = article.lang
    return (lang is not None and lang in words("analysed_languages.txt")
            and has_lexicon("speech_cues.tsv", lang))


class _Sources:
    """Speakers of one article as sources: a surname, a role word or a pronoun joins the source it refers to."""

    def __init__(self, article: Article, rules: LanguageRules) -> None:
        self.article = article
        self.rules = rules
        self.names: list[str] = []
        self.aliases: list[list[str]] = []
        self.descriptions: list[list[str]] = []
        self.mentions: list[list[Mention]] = []
        self.last: int | None = None
        self.seen: set[tuple[int, int]] = set()

    def _words(self, name: str) -> list[str]:
        return [w for w in name.casefold().replace("-", " ").split() if not is_title(w, self.rules)]

    def find(self, phrase: SpeakerPhrase) -> int | None:
        return None if phrase.pronoun else self._find(phrase)

    def _find(self, phrase: SpeakerPhrase) -> int | None:
        if phrase.pronoun:
            return self.last
        mine = self._words(phrase.name)
        for i, aliases in enumerate(self.aliases):
            for alias in aliases:
                theirs = self._words(alias)
                # the same surname (Holub / Marek Holub; 벨레소바 주지사 / 카타리나 벨레소바 주지사)
                if mine and theirs and mine[-1] == theirs[-1]:
                    return i
                if _family_name_with_title(phrase.name, alias, self.rules):
                    return i
            # a role word alone (la gobernadora; die Ministerin after Verkehrsministerin …) is the source last
            # described by it, a compound ending in it included
            role = phrase.name.casefold()
            if " " not in role and any(w.casefold() == role or (len(role) >= 5 and w.casefold().endswith(role))
                                       for d in self.descriptions[i] for w in d.split()):
                return i
        return None

    def add(self, phrase: SpeakerPhrase) -> int | None:
        text = self.article.text
        i = self._find(phrase)
        if i is None:
            if phrase.pronoun:
                return None
            i = len(self.names)
            self.names.append(phrase.name)
            self.aliases.append([])
            self.descriptions.append([])
            self.mentions.append([])
        if not phrase.pronoun:
            if phrase.name not in self.aliases[i]:
                self.aliases[i].append(phrase.name)
            if len(self._words(phrase.name)) > len(self._words(self.names[i])):
                self.names[i] = phrase.name
            if phrase.description and phrase.description not in self.descriptions[i]:
                self.descriptions[i].append(phrase.description)
        if not phrase.implicit and (phrase.start, phrase.end) not in self.seen:
            self.seen.add((phrase.start, phrase.end))
            self.mentions[i].append(Mention(article=self.article.id, start=phrase.start, end=phrase.end,
                                            text=text[phrase.start:phrase.end]))
        self.last = i
        return i

    def id_of(self, i: int) -> str:
        return stable_id("source", self.article.id, self.names[i].casefold())

    def records(self) -> list[Source]:
        return [Source(id=self.id_of(i), name=self.names[i], aliases=self.aliases[i],
                       descriptions=self.descriptions[i], kind="person" if self.descriptions[i] else "unknown",
                       mentions=sorted(self.mentions[i], key=lambda m: m.start))
                for i in range(len(self.names))]


_WORD = re.compile(r"\S+")
_MAX_GIVEN_NAME = 2  # characters a written family name is followed by in a full name (이 → 이상민)


def _full_name_before(text: str, sp: SpeakerPhrase, rules: LanguageRules) -> SpeakerPhrase | None:
    """A family name and title (이 장관) refers to the person named in full with that title earlier in the text,
    quoted or not (이상민 행정안전부 장관이 현장을 찾았다): the full name, only affiliations between it and the title."""
    words = sp.name.split()
    if sp.pronoun or len(words) != 2 or not is_title(words[1], rules):
        return None
    head, title = words
    toks = [(m.start(), strip_particle(text, m.start(), m.end(), rules)) for m in _WORD.finditer(text, 0, sp.start)]
    found = None
    for i, (start, end) in enumerate(toks):
        word = text[start:end]
        if not (word.startswith(head) and 0 < len(word) - len(head) <= _MAX_GIVEN_NAME and word.isalnum()):
            continue
        for j in range(i + 1, min(len(toks), i + 4)):
            if text[toks[j][0]:toks[j][1]].endswith(title):
                if all(is_affiliation(text[a:b], rules) for a, b in toks[i + 1:j]):
                    found = (start, toks[j][1])
                break
    if found is None:
        return None
    return SpeakerPhrase(found[0], found[1], text[found[0]:found[1]], title)


def _role_only(sp: SpeakerPhrase, rules: LanguageRules) -> bool:
    """A speaker cited by a title alone (le préfet, die Ministerin, il premier)."""
    return not sp.pronoun and " " not in sp.name and is_title(sp.name, rules)


def _family_name_with_title(name: str, alias: str, rules: LanguageRules) -> bool:
    """김 장관 after 김민수 행정안전부 장관 (박 시장 after 박은정 부산시장): a family name alone with the title the
    person was named with in full."""
    mine, theirs = name.casefold().split(), alias.casefold().split()
    return (len(mine) == 2 and len(theirs) >= 2 and is_title(mine[1], rules)
            and any(w.endswith(mine[1]) for w in theirs[1:])
            and theirs[0].startswith(mine[0]) and len(theirs[0]) > len(mine[0]))


def _statement(article: Article, draft: Draft, source: str | None) -> Statement:
    text = article.text
    sp = draft.speaker if draft.speaker is not None and not draft.speaker.implicit else None
    return Statement(
        id=stable_id("stmt", article.id, draft.start, draft.end), article=article.id, kind=draft.kind,
        start=draft.start, end=draft.end, text=text[draft.start:draft.end], source=source,
        speaker_text=text[sp.start:sp.end] if sp else None, speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None,
        cue=text[draft.cue[0]:draft.cue[1]] if draft.cue else None,
        cue_start=draft.cue[0] if draft.cue else None, cue_end=draft.cue[1] if draft.cue else None)


def _figure(article: Article, found: FoundFigure, statements: list[Statement], starts: list[int]) -> Figure:
    # statements never overlap much; the holder is among the few starting at or before the figure
    i = bisect.bisect_right(starts, found.start)
    holder = next((s for s in reversed(statements[max(0, i - 3):i]) if found.end <= s.end), None)
    return Figure(
        id=stable_id("figure", article.id, found.start, found.end), article=article.id, value=found.value,
        low=found.low, high=found.high, qualifier=found.qualifier, unit=found.unit, counted=found.counted,
        category=found.category, start=found.start, end=found.end, text=article.text[found.start:found.end],
        source=holder.source if holder else None, statement=holder.id if holder else None)


def _speaker_indices(text: str, drafts: list[Draft], sources: _Sources, rules: LanguageRules) -> list[int | None]:
    """Each draft's source; a pronoun refers to the latest person named before it, quoted or only introduced with a
    title (Gouverneurin Katarina Welesowa besuchte …. „…“, sagte sie)."""
    # only an article with a pronoun speaker needs them (the scan looks at every word)
    introduced = (titled_names(text, rules)
                  if any(d.speaker and (d.speaker.pronoun or _role_only(d.speaker, rules)) for d in drafts) else [])
    starts = [p.start for p in introduced]
    last_named = -1
    out: list[int | None] = []
    for draft in drafts:
        sp = draft.speaker
        if sp is None:
            out.append(None)
            continue
        if sp.pronoun:
            k = bisect.bisect_right(starts, sp.start) - 1
            # Doyun werde … zahlen, kündigte er an.: a name inside what was said is never whom the pronoun means
            while k >= 0 and draft.start <= introduced[k].start < draft.end:
                k -= 1
            if k >= 0 and introduced[k].end <= sp.start and introduced[k].start > last_named:
                sources.add(introduced[k])
        elif sources.find(sp) is None and (full := _full_name_before(text, sp, rules)) is not None:
            sources.add(full)  # 이 장관은 … after 이상민 행정안전부 장관이 …: the person named in full before
            last_named = max(last_named, sp.start)
        elif _role_only(sp, rules) and sources.find(sp) is None:
            # Il premier ha poi aggiunto … after Il premier Giorgio Valli è arrivato …: the latest person introduced
            # with that title
            role = sp.name.casefold()
            k = bisect.bisect_right(starts, sp.start) - 1
            while k >= 0 and not (introduced[k].end <= sp.start and introduced[k].description
                                  and describes(role, introduced[k].description)):
                k -= 1
            if k >= 0:
                sources.add(introduced[k])
            last_named = max(last_named, sp.start)
        else:
            last_named = max(last_named, sp.start)
        out.append(sources.add(sp))
    return out


def extract_by_rules(article: Article) -> ArticleExtraction:
    """Sources, statements and figures of one article in a rule-read language (`article.lang`)."""
    if article.lang is None:
        raise ValueError(f"article {article.id}: no language to read it by")
    rules = rules_for(article.lang)
    text = article.text
    sentences = sentence_spans(text, article.lang)
    sources = _Sources(article, rules)
    drafts = find_statements(text, sentences, rules)
    # ids come from the sources' final names, so every speaker is added before any statement is built
    indices = _speaker_indices(text, drafts, sources, rules)
    statements = [_statement(article, draft, sources.id_of(i) if i is not None else None)
                  for draft, i in zip(drafts, indices, strict=True)]
    starts = [s.start for s in statements]
    figures = [_figure(article, f, statements, starts) for f in find_figures(text, sentences, rules)]
    return ArticleExtraction(article=article, sources=sources.records(), statements=statements, figures=figures)
