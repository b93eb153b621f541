"""Sources across articles: one identity per person or organisation, never two people merged on a surname."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.ledger import check_offsets
from newsledger.link.sources import fold_token, parse_person

from .outlet_kit import Outlet, build


def _by_name(ledger, name):
    found = [s for s in ledger.sources if name in s.aliases]
    assert len(found) == 1, f"{name}: {[s.name for s in found]}"
    return found[0]


def test_transliterations_fold_to_one_key():
    keys = {fold_token(n) for n in ["Zelensky", "Zelenskyy", "Zelenskiy", "Selenskyj", "Zelenskyi"]}
    assert keys == {"zelensky"}
    assert fold_token("Kowalskyj") == fold_token("Kovalskyy") == fold_token("Kovalskiy")
    assert fold_token("Johnson") != fold_token("Johnston")


def test_titles_are_descriptions_not_names():
    person = parse_person("Interior Minister Mykola Kovalskyy")
    assert person.name == "Mykola Kovalskyy" and person.description == "Interior Minister"
    assert parse_person("he") is None
    assert parse_person("J. Ortiz").name == "J. Ortiz"


def _harbour_fire():
    a = Outlet("tribune.example", "2025-03-02",
               'Interior Minister Mykola Kovalskyy said the fire was under control. "We will rebuild," he said.')
    a.source("Interior Minister Mykola Kovalskyy", descriptions=("Interior Minister",))
    a.say("We will rebuild,", "Interior Minister Mykola Kovalskyy")
    b = Outlet("courier.example", "2025-03-03", 'Kovalskiy told reporters: "We will rebuild."')
    b.source("Kovalskiy")
    b.say("We will rebuild.", "Kovalskiy")
    c = Outlet("zeitung.example", "2025-03-03", 'Minister Mykola Kowalskyj promised help.')
    c.source("Mykola Kowalskyj", descriptions=("Minister",))
    return a, b, c


def test_surname_full_name_and_transliterations_are_one_source():
    ledger = build(list(_harbour_fire()))
    minister = _by_name(ledger, "Kovalskiy")
    assert minister.name in {"Mykola Kovalskyy", "Mykola Kowalskyj"}
    assert {"Kovalskiy", "Mykola Kowalskyj", "Mykola Kovalskyy"} <= set(minister.aliases)
    assert {"Interior Minister", "Minister"} <= set(minister.descriptions)
    assert len(ledger.sources) == 1
    assert len(minister.mentions) == 3
    assert {st.source for st in ledger.statements} == {minister.id}
    assert check_offsets(ledger) == []


def test_people_sharing_a_surname_stay_apart():
    a = Outlet("tribune.example", "2025-03-02",
               "Mykola Kovalskyy, the minister, and fire chief Dana Kovalskyy spoke at the scene.")
    a.source("Mykola Kovalskyy")
    a.source("Dana Kovalskyy", descriptions=("fire chief",))
    b = Outlet("courier.example", "2025-03-03", 'Kovalskyy said the crews were exhausted.')
    b.source("Kovalskyy")
    b.say("the crews were exhausted", "Kovalskyy", kind="indirect")
    ledger = build([a, b])
    assert len(ledger.sources) == 3, [s.name for s in ledger.sources]
    bare = _by_name(ledger, "Kovalskyy")
    assert bare.name == "Kovalskyy" and bare.aliases == ["Kovalskyy"]


def test_surname_joins_the_full_name_in_its_own_article():
    a = Outlet("tribune.example", "2025-03-02", "Dana Kovalskyy led the crews. Kovalskyy said it was hard.")
    a.source("Dana Kovalskyy")
    a.source("Kovalskyy", mention="Kovalskyy", )
    b = Outlet("courier.example", "2025-03-03", "Mykola Kovalskyy visited the port.")
    b.source("Mykola Kovalskyy")
    ledger = build([a, b])
    dana = _by_name(ledger, "Dana Kovalskyy")
    assert "Kovalskyy" in dana.aliases
    assert len(ledger.sources) == 2


def test_organisation_and_its_spokesperson_are_kept_apart():
    a = Outlet("tribune.example", "2025-03-02",
               "The Harbour Authority said the port was closed, spokesperson Lena Ortiz added.")
    a.source("Harbour Authority", kind="organisation")
    a.source("Lena Ortiz", descriptions=("Harbour Authority spokesperson",))
    b = Outlet("courier.example", "2025-03-02", "The Harbour Authority confirmed the closure.")
    b.source("The Harbour Authority", kind="organisation")
    ledger = build([a, b])
    assert len(ledger.sources) == 2
    org = _by_name(ledger, "Harbour Authority")
    assert org.kind == "organisation" and "The Harbour Authority" in org.aliases


def test_anonymous_sources_are_never_merged():
    a = Outlet("tribune.example", "2025-03-02", "A senior official said the fire was arson.")
    a.source("A senior official", kind="anonymous")
    b = Outlet("courier.example", "2025-03-02", "A senior official said the port would reopen.")
    b.source("A senior official", kind="anonymous")
    assert len(build([a, b]).sources) == 2


def test_full_names_merge_across_stories_surnames_do_not():
    a = Outlet("tribune.example", "2025-03-02", "Mykola Kovalskyy opened the bridge. Ortiz cut the ribbon.")
    a.source("Mykola Kovalskyy")
    a.source("Ortiz")
    b = Outlet("courier.example", "2025-06-10", "Mykola Kovalskyy resigned. Ortiz declined to comment.")
    b.source("Mykola Kovalskyy")
    b.source("Ortiz")
    ledger = build([a], [b])
    minister = _by_name(ledger, "Mykola Kovalskyy")
    assert {m.article for m in minister.mentions} == {a.article.id, b.article.id}
    assert len([s for s in ledger.sources if s.name == "Ortiz"]) == 2


def test_relayed_from_is_rewritten_and_order_does_not_matter():
    a, b, c = _harbour_fire()
    a.source("Tribune Staff", kind="outlet", mention="Interior")
    a.figure("fire", None, "other", speaker="Tribune Staff", relayed_from="Interior Minister Mykola Kovalskyy")
    first = build([a, b, c])
    fig = first.figures[0]
    minister = _by_name(first, "Kovalskiy")
    assert fig.relayed_from == minister.id
    for seed in range(3):
        order = [a, b, c]
        random.Random(seed).shuffle(order)
        assert build(order).to_json() == first.to_json()


def test_an_initial_joins_its_full_name_only_within_a_story():
    a = Outlet("tribune.example", "2025-03-02", "Jan Ortiz spoke. J. Ortiz later added more.")
    a.source("Jan Ortiz")
    b = Outlet("courier.example", "2025-03-03", "J. Ortiz spoke to reporters.")
    b.source("J. Ortiz")
    c = Outlet("zeitung.example", "2025-08-03", "J. Ortiz opened a school.")
    c.source("J. Ortiz")
    ledger = build([a, b], [c])
    assert sorted(len(s.mentions) for s in ledger.sources) == [1, 2]
    assert _by_name(ledger, "Jan Ortiz").name == "Jan Ortiz"


NAMES = ["Mykola Kovalskyy", "Dana Kovalskyy", "Kovalskiy", "Mykola Kowalskyj", "Lena Ortiz", "Ortiz", "J. Ortiz",
         "Interior Minister Mykola Kovalskyy", "Harbour Authority"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True), min_size=1, max_size=4))
def test_merging_never_joins_two_first_names_and_keeps_every_mention(articles):
    outlets = []
    for i, names in enumerate(articles):
        o = Outlet(f"o{i}.example", f"2025-03-0{i + 1}", " and ".join(names) + " spoke.")
        for name in names:
            o.source(name, kind="organisation" if name == "Harbour Authority" else "person")
        outlets.append(o)
    ledger = build(outlets)
    assert sum(len(s.mentions) for s in ledger.sources) == sum(len(n) for n in articles)
    for src in ledger.sources:
        firsts = {p.first for p in map(parse_person, src.aliases) if p is not None and p.first and len(p.first) > 1}
        assert len(firsts) <= 1, src.aliases
    assert check_offsets(ledger) == []
