"""Pairs judged alike, joined into alignments strongest first (statements and figures alike)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from newsledger.ledger import AlignedPair, Alignment, Article, stable_id

RELATION_ORDER = ("identical", "variant", "partial", "translation", "paraphrase", "same_quantity")


def first_published(articles: dict[str, Article], article_of: dict[str, str]) -> str | None:
    """The member published first — claimed only between dated articles: every member's article has a full date
    and one date is strictly the earliest (an undated article may have come first; two on one day cannot be told
    apart)."""
    dates = {m: (articles[a].date if a in articles else None) for m, a in article_of.items()}
    if not dates or any(d is None or len(d) < 10 for d in dates.values()):
        return None
    earliest = min(dates.values())
    firsts = [m for m, d in dates.items() if d == earliest]
    return firsts[0] if len(firsts) == 1 else None


@dataclass
class Edge:
    a: str
    b: str
    relation: str
    score: float


def join_edges(members: dict[str, str], edges: list[Edge], one_per_article: bool,
               apart: Callable[[list[str], list[str]], bool] | None = None) -> list[tuple[list[str], list[Edge]]]:
    """Join members along edges, strongest first; optionally never two members of one article in a group, and never
    two groups `apart` keeps apart (given their members)."""
    parent = {m: m for m in members}
    arts = {m: {members[m]} for m in members}
    held = {m: [m] for m in members}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for edge in sorted(edges, key=lambda e: (-e.score, RELATION_ORDER.index(e.relation), e.a, e.b)):
        ra, rb = find(edge.a), find(edge.b)
        if ra == rb or (one_per_article and arts[ra] & arts[rb]) or (apart is not None and apart(held[ra], held[rb])):
            continue
        ra, rb = min(ra, rb), max(ra, rb)
        parent[rb] = ra
        arts[ra] |= arts.pop(rb)
        held[ra].extend(held.pop(rb))
    return groups_with_edges(members, find, edges)


def groups_with_edges(members: Iterable[str], root: Callable[[str], str],
                      edges: Sequence[Edge]) -> list[tuple[list[str], list[Edge]]]:
    """The groups of two or more members that share a root (in sorted order), each with the edges inside it."""
    groups: dict[str, list[str]] = defaultdict(list)
    for m in sorted(members):
        groups[root(m)].append(m)
    out = []
    for key in sorted(groups):
        ids = groups[key]
        if len(ids) < 2:
            continue
        inside = set(ids)
        out.append((ids, [e for e in edges if e.a in inside and e.b in inside]))
    return out


def alignment_of(kind: str, story: str, ids: list[str], edges: list[Edge], first: str) -> Alignment:
    pairs = sorted((AlignedPair(a=min(e.a, e.b), b=max(e.a, e.b), relation=e.relation, score=e.score)
                    for e in edges), key=lambda p: (p.a, p.b))
    loosest = max((p.relation for p in pairs), key=RELATION_ORDER.index)
    return Alignment(id=stable_id("aln", kind, *ids), kind=kind, story=story, members=ids, relation=loosest,
                     pairs=pairs, first=first)


def part_slots(slot: dict[str, str], part_of: dict[str, str]) -> dict[str, str]:
    """Member → the slot it takes in a group (`join_edges` with one per article): its article's, but a quotation's
    second part (`part_of`: second → first) one of its own, so it may stand beside its first part (one outlet's two
    sentences rendered in one by another: one-to-many)."""
    return {m: (f"{a}\x00{part_of[m]}" if m in part_of and part_of[m] in slot else a) for m, a in slot.items()}
