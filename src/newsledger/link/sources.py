"""One identity per source across the articles of a story (and corpus-wide for people named in full).

Extraction gives every article its own sources with per-article ids. Here they are merged:

- people: a full name ("Volodymyr Zelenskyy") and its transliteration variants ("Wolodymyr Selenskyj") fold to one
  key (rules in ``data/transliteration.tsv``); a surname alone ("Zelensky") joins the one full name in the story
  with that surname — or, when the same article names someone in full, that one. Two different full names that
  share a surname are two people, and a bare surname they share stays apart (no evidence which one is meant).
- organisations are merged by name within a story, an acronym with the one full name in the story it abbreviates
  (`BCI` / `Bureau of Coastal Intelligence`), and never with a person (a spokesperson is not the office).
- anonymous and pronoun-only sources are never merged across articles: "a senior official" in two outlets is not
  known to be one person.

Ids are deterministic: ``stable_id("src", key)`` where the key is the folded full name for people (so the same
person gets the same id in every story, which is what lets the store recompute one story at a time), and the story
plus folded name otherwise. Statement and figure ``source``/``relayed_from`` references are rewritten to them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsledger.extract.lexicon import data_lines
from newsledger.extract.speakers import acronyms_of
from newsledger.ledger import (
    Article,
    ArticleExtraction,
    Figure,
    Finding,
    Mention,
    Source,
    Statement,
    Story,
    stable_id,
)

_DATA = Path(__file__).resolve().parent / "data"
ORG_KINDS = frozenset({"organisation", "government", "intelligence", "media", "outlet"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their"})
# Words that make an "unknown" source an organisation rather than a person.
ORG_WORDS = frozenset({
    "ministry", "house", "office", "department", "agency", "government", "army", "forces", "police", "council",
    "committee", "mission", "service", "services", "command", "staff", "kremlin", "pentagon", "un", "nato",
    "intelligence", "embassy", "parliament", "court", "company", "group", "news", "institute",
})
_TOKEN = re.compile(r"[^\s,]+")


@dataclass(frozen=True)
class Merged:
    articles: list[Article]
    sources: list[Source]
    statements: list[Statement]
    figures: list[Figure]
    findings: list[Finding]


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(x.lower() for x in data_lines(_DATA / "titles.txt"))


@lru_cache(maxsize=1)
def _rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for line in data_lines(_DATA / "transliteration.tsv"):
        pattern, replacement = line.split("\t")[:2]
        rules.append((re.compile(pattern), replacement))
    return tuple(rules)


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """One name token to its transliteration-neutral key: Zelenskyy, Zelenskiy, Selenskyj → zelensky."""
    key = re.sub(r"[^a-z]", "", ascii_fold(token))
    for pattern, replacement in _rewrites():
        key = pattern.sub(replacement, key)
    return key


@dataclass(frozen=True)
class PersonName:
    name: str  # the name as written, titles removed
    description: str | None  # what preceded the name: "Ukrainian President"
    first: str | None  # folded first name (or initial)
    surname: str  # folded surname

    @property
    def full(self) -> bool:
        return self.first is not None


@lru_cache(maxsize=65536)
def parse_person(written: str) -> PersonName | None:
    """The trailing run of capitalised non-title tokens is the name; what precedes it describes the person."""
    tokens = _TOKEN.findall(written.strip().strip("\"'“”‘’"))
    tokens = [re.sub(r"['’]s$", "", t).rstrip(",;:") or t for t in tokens]
    tokens = [t[:-1] if t.endswith(".") and len(t) > 2 else t for t in tokens]  # keep the initial's dot: "J."

    start = len(tokens)
    while start > 0:
        tok = tokens[start - 1]
        bare = tok.strip(".").lower()
        if not tok[:1].isupper() or bare in title_words():
            break
        start -= 1
    name_tokens = tokens[start:]
    if not name_tokens or name_tokens[-1].lower() in PRONOUNS:
        return None
    folded = [fold_token(t) for t in name_tokens]
    if not folded[-1]:
        return None
    description = " ".join(tokens[:start]).strip() or None
    first = folded[0][:1] if len(name_tokens[0].rstrip(".")) == 1 else folded[0]
    return PersonName(
        name=" ".join(name_tokens), description=description,
        first=first if len(name_tokens) > 1 else None, surname=folded[-1],
    )


def _first_compatible(a: str, b: str) -> bool:
    """John ~ John, J ~ John; Volodymyr ~ Wolodymyr (folded equal)."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _is_org(src: Source) -> bool:
    if src.kind in ORG_KINDS:
        return True
    if src.kind == "person":
        return False
    words = {w.strip(".,'’").lower() for w in src.name.split()}
    return bool(words & ORG_WORDS)


def _org_key(name: str) -> str:
    words = [fold_token(w) for w in name.split()]
    words = [w for w in words if w]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _best_person(src: Source) -> PersonName | None:
    """The fullest parse among the source's name and aliases."""
    parsed = [p for p in (parse_person(n) for n in [src.name, *src.aliases]) if p is not None]
    if not parsed:
        return None
    return max(parsed, key=lambda p: (p.full, len(p.first or ""), len(p.name.split()), p.name))


@dataclass
class _Cluster:
    key: str
    members: list[tuple[str, Source]]  # (article id, per-article source)
    first: str | None = None
    surname: str | None = None


def _acronym_keys(items: list[tuple[str, Source]]) -> dict[str, str]:
    """Acronym → org key of the one full organisation name in the story it abbreviates."""
    found: dict[str, set[str]] = defaultdict(set)
    for _, src in items:
        if _is_org(src) and len(src.name.split()) > 1:
            for acronym in acronyms_of(src.name):
                found[acronym].add(_org_key(src.name))
    return {acronym: next(iter(keys)) for acronym, keys in found.items() if len(keys) == 1}


def _cluster_story(story_id: str, items: list[tuple[str, Source]]) -> list[_Cluster]:
    """Cluster one story's per-article sources; see the module docstring for the rules."""
    clusters: list[_Cluster] = []
    bare: list[tuple[str, Source, PersonName]] = []
    full_by_surname: dict[str, list[_Cluster]] = defaultdict(list)
    orgs: dict[str, _Cluster] = {}
    people = []
    expand = _acronym_keys(items)
    for article, src in items:
        if src.kind == "anonymous":
            clusters.append(_Cluster(f"anon\x1f{article}\x1f{src.id}", [(article, src)]))
            continue
        if _is_org(src):
            key = _org_key(src.name) or src.id
            key = expand.get(src.name.strip(), key)  # 'BCI' in one outlet, 'Bureau of Coastal Intelligence' in another
            cluster = orgs.get(key)
            if cluster is None:
                cluster = orgs[key] = _Cluster(f"org\x1f{story_id}\x1f{key}", [])
                clusters.append(cluster)
            cluster.members.append((article, src))
            continue
        person = _best_person(src)
        if person is None:
            clusters.append(_Cluster(f"local\x1f{article}\x1f{src.id}", [(article, src)]))
        elif person.full:
            people.append((article, src, person))
        else:
            bare.append((article, src, person))
    # Full names: longest first names first, so an initial joins the full first name it abbreviates.
    people.sort(key=lambda x: (-len(x[2].first or ""), x[2].surname, x[2].first or "", x[0], x[1].id))
    for article, src, person in people:
        candidates = [c for c in full_by_surname[person.surname] if _first_compatible(c.first or "", person.first or "")]
        if len(candidates) == 1:
            candidates[0].members.append((article, src))
            continue
        # a first name identifies a person corpus-wide; an initial ("J. Kirby") only within its story
        scope = "" if len(person.first or "") > 1 else f"{story_id}\x1f"
        cluster = _Cluster(f"person\x1f{scope}{person.first}\x1f{person.surname}", [(article, src)],
                           first=person.first, surname=person.surname)
        if candidates:  # an initial that fits two different people: keep it apart, keyed to its article
            cluster.key = f"local\x1f{article}\x1f{src.id}"
        else:
            full_by_surname[person.surname].append(cluster)
        clusters.append(cluster)
    # Surnames alone: the one full name with that surname (the article's own first), else one cluster per surname.
    bare_clusters: dict[str, _Cluster] = {}
    for article, src, person in sorted(bare, key=lambda x: (x[0], x[1].id)):
        named = full_by_surname.get(person.surname, [])
        own = [c for c in named if any(a == article for a, _ in c.members)]
        target = own[0] if len(own) == 1 else named[0] if len(named) == 1 else None
        if target is None and not named:
            target = bare_clusters.get(person.surname)
            if target is None:
                target = bare_clusters[person.surname] = _Cluster(
                    f"person\x1f{story_id}\x1f{person.surname}", [], surname=person.surname)
                clusters.append(target)
        if target is None:  # two people share this surname and nothing says which one is meant
            clusters.append(_Cluster(f"local\x1f{article}\x1f{src.id}", [(article, src)]))
        else:
            target.members.append((article, src))
    return clusters


def _well_formed(name: str, uses: int) -> tuple:
    """Sort key for the canonical name: the fullest form, not shouted, without titles, then the most used."""
    parsed = parse_person(name)
    titled = parsed is None or parsed.description is not None
    return (not titled, len(name.split()), not name.isupper(), uses, len(name), name)


def merge_records(source_id: str, members: list[tuple[str, Source]]) -> Source:
    sources = [s for _, s in members]
    person = any(s.kind == "person" for s in sources) or not any(_is_org(s) for s in sources)
    written = sorted({n for s in sources for n in [s.name, *s.aliases] if n.strip()})
    names = set(written)
    descriptions = {d for s in sources for d in s.descriptions if d.strip()}
    if person and not any(s.kind == "anonymous" for s in sources):
        for n in written:
            parsed = parse_person(n)
            if parsed is not None:
                names.add(parsed.name)
                if parsed.description:
                    descriptions.add(parsed.description)
        candidates = [n for n in names if (p := parse_person(n)) is not None and p.description is None] or written
    else:
        candidates = written
    uses = [n for s in sources for n in {s.name, *s.aliases}]
    canonical = max(candidates, key=lambda n: _well_formed(n, uses.count(n))) if candidates else sources[0].name
    kinds = sorted(s.kind for s in sources)
    kind = "person" if "person" in kinds else max(set(kinds), key=lambda k: (kinds.count(k), k))
    mentions = sorted({(m.article, m.start, m.end, m.text) for s in sources for m in s.mentions})
    seen: dict[str, str] = {}
    for d in sorted(descriptions):  # one spelling per description, case-insensitively
        seen.setdefault(d.casefold(), d)
    return Source(
        id=source_id, name=canonical, aliases=sorted(names), descriptions=sorted(seen.values()), kind=kind,
        mentions=[Mention(article=a, start=s, end=e, text=t) for a, s, e, t in mentions],
    )


# A correction made by hand (the store's overrides): (merged id, per-article source) → the id it belongs to.
Remap = Callable[[str, Source], str]


def merge_story_sources(story_id: str, items: Iterable[tuple[str, Source]], remap: Remap | None = None
                        ) -> tuple[dict[tuple[str, str], str], dict[str, list[tuple[str, Source]]]]:
    """Per story: ((article, per-article source id) → merged id, merged id → its per-article members). `remap`
    moves members to the source a person chose for them, after the rules above."""
    id_map: dict[tuple[str, str], str] = {}
    groups: dict[str, list[tuple[str, Source]]] = defaultdict(list)
    for cluster in _cluster_story(story_id, sorted(items, key=lambda x: (x[0], x[1].id))):
        merged_id = stable_id("src", cluster.key)
        for article, src in cluster.members:
            final = remap(merged_id, src) if remap is not None else merged_id
            id_map[(article, src.id)] = final
            groups[final].append((article, src))
    return id_map, groups


def merge_sources(extractions: list[ArticleExtraction], stories: list[Story], remap: Remap | None = None) -> Merged:
    story_of = {a: s.id for s in sorted(stories, key=lambda s: s.id) for a in s.articles}
    by_story: dict[str, list[tuple[str, Source]]] = defaultdict(list)
    for x in extractions:
        story = story_of.get(x.article.id, stable_id("story", x.article.id))
        by_story[story].extend((x.article.id, s) for s in x.sources)
    id_map: dict[tuple[str, str], str] = {}
    groups: dict[str, list[tuple[str, Source]]] = defaultdict(list)
    for story in sorted(by_story):
        story_map, story_groups = merge_story_sources(story, by_story[story], remap)
        id_map.update(story_map)
        for merged_id, members in story_groups.items():  # people named in full: one record corpus-wide
            groups[merged_id].extend(members)
    sources = [merge_records(i, groups[i]) for i in sorted(groups)]

    def remap(article: str, ref: str | None) -> str | None:
        return id_map.get((article, ref), ref) if ref is not None else None

    statements = sorted(
        (st.model_copy(update={"source": remap(st.article, st.source),
                               "relayed_from": remap(st.article, st.relayed_from),
                               "via": [remap(st.article, v) or v for v in st.via]})
         for x in extractions for st in x.statements), key=lambda s: s.id)
    figures = sorted(
        (f.model_copy(update={"source": remap(f.article, f.source), "relayed_from": remap(f.article, f.relayed_from),
                              "via": [remap(f.article, v) or v for v in f.via]})
         for x in extractions for f in x.figures), key=lambda f: f.id)
    findings = sorted(
        (f.model_copy(update={"story": f.story or story_of.get(x.article.id)}) for x in extractions for f in x.findings),
        key=lambda f: f.id)
    return Merged(articles=sorted((x.article for x in extractions), key=lambda a: a.id), sources=sources,
                  statements=statements, figures=figures, findings=findings)
