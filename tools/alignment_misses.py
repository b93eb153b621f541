"""Why statement alignments across languages miss or go wrong on the multilingual dev part (a developer's tool, not
a test; issue 17). Dev part only: never point it at the held-out test part.

    .venv/bin/python tools/alignment_misses.py                       # every missed and wrong pair, then the causes
    .venv/bin/python tools/alignment_misses.py --ledger /tmp/ml.json  # reuse (or write, when absent) the ledger
    .venv/bin/python tools/alignment_misses.py --leave-out            # the bars' leave-stories-out check

For each gold pair of statements (same `utterance`, different articles) that no predicted alignment holds, and for
each predicted pair the gold does not hold (then the same for figures across languages: same `quantity`), it prints the two texts, their languages, the cause and the evidence:
`speaker_fit`'s verdict, the language-independent facts check, a shared aligned figure, the cosine of the best
sentence pair under the multilingual encoder, and the cosine the pair needed. Causes:

- `not extracted` / `unattributed`: a side has no predicted statement, or one without a source;
- `stories split`: the two articles are in different predicted stories;
- `speakers different` / `facts disagree`: excluded before the encoder;
- `below <threshold>`: the best sentence pair scored under the cosine needed (the threshold named by what decided it);
- `joined elsewhere`: the pair had an edge, but each side went into another alignment first (one statement per
  article in an alignment);
- `english path`: both articles English (judged by `_speaker_blocks`, not by this issue's code);
- for wrong pairs `edge` (the two had an edge of their own) or `through a third member`, and `a member is no
  gold statement` (an alignment member the gold does not annotate: the scorer's false positive).

A missed pair whose utterance the gold gives as two statements or more in one of its two articles (a two-sentence
quotation one outlet prints whole and another cuts in two) is marked `one-to-many`, after its cause: with one statement
of an article in an alignment, every such pair but one per article is out of reach whatever the bars.

Figure pairs (`link/quantities.py`) get the first stage that tells the two apart: `not extracted`, `stories split`,
`by value` (an uncategorised count or an amount, blocked by its value in a story told in several languages, whose
values differ), `category`, `not comparable` (`_comparable`), `blocks` (`figure_block` keys differ), `counted things
or places do not fit` (`same_quantity`), `joined elsewhere or a toll's part`, `dropped before blocking`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "multilingual" / "dev.jsonl"


def _ledger(path: Path | None, gold: list[dict]):
    from newsledger.eval.multilingual import gold_articles
    from newsledger.ledger import Ledger

    if path is not None and path.exists():
        return Ledger.model_validate_json(path.read_text(encoding="utf-8"))
    from newsledger.api import analyze_articles

    ledger = analyze_articles(gold_articles(gold))
    if path is not None:
        path.write_text(ledger.to_json(indent=None), encoding="utf-8")
    return ledger


def _bridge(gold: list[dict], ledger) -> dict[tuple[str, int], str]:
    """(article id, gold statement index) → the predicted statement id matched to it (the scorer's matching)."""
    from newsledger.eval.multilingual import _match

    by_article = defaultdict(list)
    for st in ledger.statements:
        by_article[st.article].append(st)
    out = {}
    for g in gold:
        preds = by_article.get(g["id"], [])
        m = _match([(s["start"], s["end"]) for s in g["statements"]], [(p.start, p.end) for p in preds], half=True)
        for gi, pi in m.items():
            out[(g["id"], gi)] = preds[pi].id
    return out


class _Story:
    """One predicted story's inputs to statement alignment across languages, rebuilt as `align()` builds them."""

    def __init__(self, story: str, ledger, by_article: dict) -> None:
        from newsledger.link import align
        from newsledger.link.quantities import align_figures, statement_figures

        ids = next(s.articles for s in ledger.stories if s.id == story)
        self.statements = [st for st in ledger.statements if st.article in ids]
        figures = [f for f in ledger.figures if f.article in ids]
        self.links = statement_figures(align_figures(story, figures, by_article), figures)
        self.values = align.statement_values(figures)
        self.sources = {s.id: s for s in ledger.sources}
        self.lang_of = {a: by_article[a].lang for a in ids}
        self.naming = align.source_naming([s for s in self.statements if s.source], self.sources)
        self.written_as = align.names_in_two_scripts((s.source for s in self.statements if s.source), self.sources)
        across = align._language_pairs(self.statements, self.lang_of, self.sources, self.links, self.values, figures)
        self.written = across.written  # the statements as the encoder reads them (figures in digits)
        self.edges = {frozenset((e.a, e.b)): e for e in align._language_edges(across)}
        self.pending = across.pending
        self._mutual: set[tuple[str, str]] | None = None

    def mutual(self, a, b) -> bool:
        """Whether the two are each other's closest statement between their articles, as `_language_edges` sees
        it (over every pair the encoder judges in the story)."""
        from newsledger.link import align

        if self._mutual is None:
            self._mutual = align._mutual_best([(x, y, best_cosine(x, y, self.written)[0])
                                               for x, y, _ in self.pending])
        return (a.id, b.id) in self._mutual or (b.id, a.id) in self._mutual

    def verdict(self, a, b):
        from newsledger.link import align

        return align.judge_across(a, b, self.lang_of, self.sources, self.naming, self.links, self.values,
                                  self.written_as)


def best_cosine(a, b, written: dict | None = None) -> tuple[float, str, str]:
    """The best sentence pair of two statements under the multilingual encoder: cosine and the two sentences
    (`written`: statement id → the statement as `align` gives it to the encoder, its figures in digits)."""
    from newsledger.link import multilingual
    from newsledger.link.align import segments

    written = written or {}
    sa, sb = [s for s, _ in segments(written.get(a.id, a))], [s for s, _ in segments(written.get(b.id, b))]
    sims = multilingual.similarity(sa, sb)
    i, j = divmod(int(sims.argmax()), sims.shape[1])
    return float(sims[i, j]), sa[i], sb[j]


def _threshold_name(v, mutual: bool) -> str:
    from newsledger.link import align

    if v.same_language:
        return "SAME_LANGUAGE"
    if not mutual:
        return "CROSS_UNKNOWN_SPEAKER (not each other's best)"
    if v.shared_figure and v.need == align.CROSS_SHARED_FIGURE:
        return "CROSS_SHARED_FIGURE"
    return "CROSS_SAME_SPEAKER" if v.fit == "same" else "CROSS_MUTUAL_UNKNOWN"


def diagnose(gold: list[dict], ledger) -> list[dict]:
    from newsledger.link.words import english

    by_article = {a.id: a for a in ledger.articles}
    statement = {st.id: st for st in ledger.statements}
    source = {s.id: s for s in ledger.sources}
    story_of = {a: s.id for s in ledger.stories for a in s.articles}
    bridge = _bridge(gold, ledger)
    gold_of = {pid: key for key, pid in bridge.items()}
    lang = {g["id"]: g["lang"] for g in gold}
    gold_text = {(g["id"], i): s["text"] for g in gold for i, s in enumerate(g["statements"])}
    utterance = defaultdict(list)
    for g in gold:
        for i, s in enumerate(g["statements"]):
            utterance[utterance_key(g, s)].append((g["id"], i))
    gold_pairs = {frozenset((x, y)) for items in utterance.values() for x, y in combinations(items, 2) if x[0] != y[0]}
    aligned_with: dict[str, str] = {}
    pred_pairs: dict[frozenset, str] = {}
    for al in ledger.alignments:
        if al.kind != "statement":
            continue
        for m in al.members:
            aligned_with[m] = al.id
        for x, y in combinations(al.members, 2):
            if x in gold_of and y in gold_of:
                pred_pairs[frozenset((gold_of[x], gold_of[y]))] = al.id
    stories: dict[str, _Story] = {}
    rows = []
    split = split_utterances(gold)
    utterance_of = {(g["id"], i): utterance_key(g, s) for g in gold for i, s in enumerate(g["statements"])}
    for pair in sorted(gold_pairs - set(pred_pairs), key=sorted):
        row = _explain(sorted(pair), "missed", bridge, statement, source, story_of, stories, ledger, by_article, lang,
                       gold_text, aligned_with, english)
        rows.append({**row, "one_to_many": one_to_many(pair, split, utterance_of)})
    for pair in sorted(set(pred_pairs) - gold_pairs, key=sorted):
        rows.append(_explain(sorted(pair), "wrong", bridge, statement, source, story_of, stories, ledger,
                             by_article, lang, gold_text, aligned_with, english))
    # pairs with a member the gold does not hold (the scorer counts them as false positives)
    for al in ledger.alignments:
        if al.kind != "statement":
            continue
        for x, y in combinations(al.members, 2):
            a, b = statement[x], statement[y]
            if (x in gold_of and y in gold_of) or a.article not in lang or b.article not in lang:
                continue
            rows.append({"kind": "wrong", "langs": "-".join(sorted((lang[a.article], lang[b.article]))),
                         "a": f"{a.article}#{'s' + str(gold_of[x][1]) if x in gold_of else 'none'}",
                         "b": f"{b.article}#{'s' + str(gold_of[y][1]) if y in gold_of else 'none'}",
                         "text_a": a.text, "text_b": b.text, "cause": "a member is no gold statement",
                         "relations": [(p.relation, p.score) for p in al.pairs if {p.a, p.b} == {x, y}]})
    return rows


def utterance_key(article: dict, statement: dict) -> tuple[str, str]:
    """An utterance is named per story: two stories may reuse a name ("air-u1")."""
    return article.get("story", ""), statement["utterance"]


def split_utterances(gold: list[dict]) -> set[tuple[str, tuple[str, str]]]:
    """(article id, utterance) for every utterance the gold gives as two statements or more in one article."""
    count = Counter((g["id"], utterance_key(g, s)) for g in gold for s in g["statements"])
    return {key for key, n in count.items() if n > 1}


def one_to_many(pair, split: set[tuple[str, tuple[str, str]]], utterance_of: dict[tuple[str, int], tuple[str, str]]) -> bool:
    """Whether a gold pair's (two (article id, statement index)) utterance is cut in two statements or more in either
    of its two articles."""
    return any((x[0], utterance_of[x]) in split for x in pair)


def _explain(pair, kind, bridge, statement, source, story_of, stories, ledger, by_article, lang, gold_text,
             aligned_with, english) -> dict:
    x, y = pair
    row = {"kind": kind, "langs": "-".join(sorted((lang[x[0]], lang[y[0]]))), "a": f"{x[0]}#s{x[1]}",
           "b": f"{y[0]}#s{y[1]}", "text_a": gold_text[x], "text_b": gold_text[y]}
    pa, pb = bridge.get(x), bridge.get(y)
    if pa is None or pb is None:
        return {**row, "cause": "not extracted"}
    a, b = statement[pa], statement[pb]
    row["speakers"] = [source[s].name if (s := st.source) in source else None for st in (a, b)]
    if a.source is None or b.source is None:
        return {**row, "cause": "unattributed"}
    if story_of.get(a.article) != story_of.get(b.article):
        return {**row, "cause": "stories split"}
    if english(by_article[a.article].lang) and english(by_article[b.article].lang):
        return {**row, "cause": "english path"}
    story = story_of[a.article]
    if story not in stories:
        stories[story] = _Story(story, ledger, by_article)
    st = stories[story]
    v = st.verdict(a, b)
    cos, seg_a, seg_b = best_cosine(a, b, st.written)
    row.update(fit=v.fit, facts=v.facts, shared_figure=v.shared_figure, need=v.need, cosine=round(cos, 3),
               best_a=seg_a, best_b=seg_b)
    edge = st.edges.get(frozenset((a.id, b.id)))
    if kind == "wrong":
        if edge is not None:
            return {**row, "cause": f"edge {edge.relation} {edge.score}"}
        return {**row, "cause": "through a third member"}
    if v.fit == "different":
        return {**row, "cause": "speakers different"}
    if not v.facts:
        return {**row, "cause": "facts disagree"}
    if edge is not None or v.cheap is not None:
        where = [aligned_with.get(a.id), aligned_with.get(b.id)]
        return {**row, "cause": "joined elsewhere", "alignments": where}
    return {**row, "cause": f"below {_threshold_name(v, st.mutual(a, b))}"}


def _figure_bridge(gold: list[dict], ledger) -> dict[tuple[str, int], str]:
    """(article id, gold figure index) → the predicted figure matched to it (the scorer's matching: any overlap)."""
    from newsledger.eval.multilingual import _match

    by_article = defaultdict(list)
    for fig in ledger.figures:
        by_article[fig.article].append(fig)
    out = {}
    for g in gold:
        preds = by_article.get(g["id"], [])
        m = _match([(f["start"], f["end"]) for f in g["figures"]], [(p.start, p.end) for p in preds], half=False)
        for gi, pi in m.items():
            out[(g["id"], gi)] = preds[pi].id
    return out


def diagnose_figures(gold: list[dict], ledger) -> list[dict]:
    """Missed and wrong gold quantity pairs across languages, with the first stage of `link/quantities.py` that
    tells the two figures apart (read only: quantities.py is another issue's file)."""
    from newsledger.link import quantities as q

    by_article = {a.id: a for a in ledger.articles}
    by_value = _by_value(q, ledger, by_article)
    # amounts whose currency follows in the text are money in a story told in several languages, as align sees them
    figure = {f.id: (f.model_copy(update={"category": "money"}) if f.id in by_value
                     and by_value[f.id].startswith("money") else f) for f in ledger.figures}
    story_of = {a: s.id for s in ledger.stories for a in s.articles}
    bridge = _figure_bridge(gold, ledger)
    gold_of = {pid: key for key, pid in bridge.items()}
    lang = {g["id"]: g["lang"] for g in gold}
    quantity = defaultdict(list)
    for g in gold:
        for i, f in enumerate(g["figures"]):
            quantity[(g.get("story", ""), f["quantity"])].append((g["id"], i))
    gold_pairs = {frozenset((x, y)) for items in quantity.values() for x, y in combinations(items, 2)
                  if x[0] != y[0] and lang[x[0]] != lang[y[0]]}
    aligned_with: dict[str, str] = {}
    pred_pairs = set()
    for al in ledger.alignments:
        if al.kind != "figure":
            continue
        for m in al.members:
            aligned_with[m] = al.id
        pred_pairs.update(frozenset((gold_of[x], gold_of[y])) for x, y in combinations(al.members, 2)
                          if x in gold_of and y in gold_of and lang[gold_of[x][0]] != lang[gold_of[y][0]])
    text = {(g["id"], i): g["text"][f["start"]:f["end"]] for g in gold for i, f in enumerate(g["figures"])}
    rows = []
    for kind, pairs in (("missed", gold_pairs - pred_pairs), ("wrong", pred_pairs - gold_pairs)):
        for x, y in sorted(sorted(p) for p in pairs):
            row = {"kind": kind, "langs": "-".join(sorted((lang[x[0]], lang[y[0]]))), "a": f"{x[0]}#f{x[1]}",
                   "b": f"{y[0]}#f{y[1]}", "text_a": text[x], "text_b": text[y]}
            fa, fb = figure.get(bridge.get(x, "")), figure.get(bridge.get(y, ""))
            if fa is None or fb is None:
                rows.append({**row, "cause": "not extracted"})
                continue
            row["figures"] = [(f.value, f.qualifier, f.category, f.counted, f.scope) for f in (fa, fb)]
            if kind == "wrong":
                rows.append({**row, "cause": "aligned"})
            elif story_of.get(fa.article) != story_of.get(fb.article):
                rows.append({**row, "cause": "stories split"})
            else:
                rows.append({**row, "cause": _figure_cause(q, fa, fb, by_article, aligned_with, by_value)})
    return rows


def _by_value(q, ledger, by_article) -> dict[str, str]:
    """Uncategorised counts and amounts that `align_figures` blocks by value (a story told in several languages)."""
    from newsledger.link.words import english

    out: dict[str, str] = {}
    for story in ledger.stories:
        ids = set(story.articles)
        figs = [f for f in ledger.figures if f.article in ids]
        lang_of = {f.article: by_article[f.article].lang for f in figs}
        if all(english(lang) for lang in lang_of.values()):
            continue
        figs = [f.model_copy(update={"category": "money"}) if q._currency_after(f, by_article.get(f.article)) else f
                for f in figs]
        out.update(q._uncategorised_by_value(figs, by_article, lang_of))
    return out


def _figure_cause(q, fa, fb, by_article, aligned_with, by_value) -> str:
    if fa.id in by_value or fb.id in by_value:
        if by_value.get(fa.id) != by_value.get(fb.id):
            return f"by value ({by_value.get(fa.id)} / {by_value.get(fb.id)})"
        return "joined elsewhere or a toll's part"
    try:
        arts = (by_article.get(fa.article), by_article.get(fb.article))
        lang_of = {f.article: by_article[f.article].lang for f in (fa, fb)}
        if fa.category != fb.category:
            return f"category {fa.category} / {fb.category}"
        for f, art in zip((fa, fb), arts, strict=True):
            if not q._comparable(f, art):
                return f"not comparable ({f.text!r}: {_incomparable_why(q, f, art)})"
        ka, kb = q.figure_block(fa, arts[0], True), q.figure_block(fb, arts[1], True)
        if ka != kb:
            return f"blocks {ka} / {kb}"
        if not q.same_quantity(fa, fb, lang_of):
            return "counted things or places do not fit"
    except Exception as exc:  # noqa: BLE001 — quantities.py's internals change under other work; say so, go on
        return f"undiagnosed ({type(exc).__name__})"
    if aligned_with.get(fa.id) or aligned_with.get(fb.id):
        return "joined elsewhere or a toll's part"
    return "dropped before blocking (a part of the toll, unplaced)"


def _incomparable_why(q, fig, article) -> str:
    """Which of `_comparable`'s tests a figure fails (its conditions, asked one by one)."""
    tests = (("no value", lambda: q.figure_value(fig) is None), ("says not what it counts", lambda: not q._says_what(fig)),
             ("a part", lambda: q._part(fig)), ("a pronoun", lambda: q.pronoun_only(fig)),
             ("counts no people", lambda: q.counts_no_people(fig)), ("counts objects", lambda: q.counts_objects(fig)),
             ("a part by context", lambda: q.part_by_context(fig, article)),
             ("an earlier incident", lambda: q.earlier_incident(fig, article)),
             ("a separate incident", lambda: q.separate_incident(fig, article)),
             ("people charged", lambda: q.charged_by_context(fig, article)))
    return ", ".join(name for name, test in tests if test()) or "?"


# --- leave stories out -----------------------------------------------------------------------------------------

# the bars' rule (link/align.py): the lowest step from which, in every band up, this share of the pairs that are each
# other's best render one remark
BAR_STEP, BAR_SHARE = 0.05, 2 / 3
# the chain floor's rule: the highest step under which at most this share of the renderings the encoder judged fall
FLOOR_SHARE = 0.01


def candidate_cosines(gold: list[dict], ledger) -> list[dict]:
    """Every pair across languages the encoder judges (not told apart, facts agreeing), with its speaker fit, the
    cosine of its best sentence pair, its gold story and whether the gold calls it one utterance."""

    bridge = _bridge(gold, ledger)
    gold_of = {pid: key for key, pid in bridge.items()}
    utterance = {(g["id"], i): utterance_key(g, s) for g in gold for i, s in enumerate(g["statements"])}
    story_of = {g["id"]: g["story"] for g in gold}
    by_article = {a.id: a for a in ledger.articles}
    rows = []
    for s in ledger.stories:
        st = _Story(s.id, ledger, by_article)
        for a, b, v in st.pending:
            if v.same_language or a.id not in gold_of or b.id not in gold_of:
                continue
            rows.append({"story": story_of.get(a.article), "fit": v.fit, "cosine": best_cosine(a, b, st.written)[0],
                         "mutual": st.mutual(a, b), "same": utterance[gold_of[a.id]] == utterance[gold_of[b.id]]})
    return rows


def fitted_bars(pairs: list[dict], stories: set[str]) -> dict[str, float]:
    """The bars the rule sets on these stories for pairs that are each other's best match: one speaker's, and
    speakers' not told apart (the bar for pairs that are not stays as shipped); and the floor under which a pair
    keeps two groups apart (`CHAIN_FLOOR`)."""
    def bar(fit: str) -> float:
        cosines = [(p["cosine"], p["same"]) for p in pairs if p["story"] in stories and p["fit"] == fit and p["mutual"]]
        steps = [round(k * BAR_STEP, 2) for k in range(int(1 / BAR_STEP))]
        good = {}
        for step in steps:
            band = [same for c, same in cosines if step <= c < step + BAR_STEP]
            good[step] = not band or sum(band) >= BAR_SHARE * len(band)
        return next((step for step in steps if all(good[s] for s in steps if s >= step)), 1.0)
    same = [p["cosine"] for p in pairs if p["story"] in stories and p["same"]]
    steps = [round(k * BAR_STEP, 2) for k in range(int(1 / BAR_STEP))]
    floor = max(step for step in steps if sum(c < step for c in same) <= FLOOR_SHARE * len(same))
    return {"CROSS_SAME_SPEAKER": bar("same"), "CROSS_MUTUAL_UNKNOWN": bar("unknown"), "CHAIN_FLOOR": floor}


def leave_out(gold: list[dict], ledger) -> None:
    """Three folds of the gold stories: the bars set by the rule on 6 stories score the other 3, and on 3 stories
    the other 6; each beside the shipped bars (extraction kept, alignment rerun)."""
    from newsledger.eval.multilingual import score
    from newsledger.link import align

    pairs = candidate_cosines(gold, ledger)
    stories = sorted({g["story"] for g in gold})
    folds = [stories[k::3] for k in range(3)]

    def realigned(bars: dict[str, float]):
        saved = {k: getattr(align, k) for k in bars}
        for k, v in bars.items():
            setattr(align, k, v)
        try:
            found = align.align(ledger.articles, ledger.statements, ledger.figures, ledger.sources, ledger.stories)
        finally:
            for k, v in saved.items():
                setattr(align, k, v)
        return ledger.model_copy(update={"alignments": found})

    def cross(led, subset) -> str:
        s = score([g for g in gold if g["story"] in subset], led)["statement_alignments"]["cross_language"]
        return f"F1 {s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f})"

    shipped = realigned({})
    print(f"whole dev, shipped bars: {cross(shipped, stories)}")
    for k, held in enumerate(folds):
        rest = [s for s in stories if s not in held]
        for name, train, test in (("6 -> 3", rest, held), ("3 -> 6", held, rest)):
            bars = fitted_bars(pairs, set(train))
            print(f"fold {k} {name}: held out {', '.join(test)}\n    shipped bars {cross(shipped, test)}\n"
                  f"    fitted bars {bars['CROSS_SAME_SPEAKER']}/{bars['CROSS_MUTUAL_UNKNOWN']} floor "
                  f"{bars['CHAIN_FLOOR']} {cross(realigned(bars), test)}")


def _cause_key(row: dict) -> tuple[str, str]:
    """The row's kind and cause without its particulars (scores, block keys, the figure's words)."""
    kind = ("figure " if row["a"].split("#")[1].startswith("f") else "") + row["kind"]
    cause = row["cause"].split(" (")[0]
    if cause.startswith(("edge", "blocks", "category")):
        cause = cause.split(" ")[0]
    return kind, cause + (", one-to-many" if row.get("one_to_many") else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--ledger", type=Path, default=None, help="ledger JSON to reuse (written when absent)")
    parser.add_argument("--json", action="store_true", help="one JSON object per pair instead of text")
    parser.add_argument("--statements-only", action="store_true", help="leave out figure (quantity) pairs")
    parser.add_argument("--leave-out", action="store_true", help="the bars' leave-stories-out check instead")
    parser.add_argument("--stories", default="", help="only pairs of articles whose id starts with this "
                        "(ml-ml4-: the part just burned), or with '!' before it: all the others")
    args = parser.parse_args(argv)
    if args.data.name.startswith("test"):
        parser.error("the held-out test part is scored only, never diagnosed")
    from newsledger.eval.multilingual import load_gold

    gold = load_gold(args.data)
    ledger = _ledger(args.ledger, gold)
    if args.leave_out:
        leave_out(gold, ledger)
        return 0
    rows = diagnose(gold, ledger) + ([] if args.statements_only else diagnose_figures(gold, ledger))
    if args.stories:
        prefix, keep = args.stories.removeprefix("!"), not args.stories.startswith("!")
        rows = [r for r in rows if r["a"].startswith(prefix) == keep]
    for r in rows:
        if args.json:
            print(json.dumps(r, ensure_ascii=False))
            continue
        mark = ", one-to-many" if r.get("one_to_many") else ""
        print(f"{r['kind']:<6} {r['langs']:<6} {r['cause']}{mark}  {r['a']} ~ {r['b']}")
        print(f"    A: {r['text_a']}\n    B: {r['text_b']}")
        if "fit" in r:
            print(f"    speakers {r['speakers']} fit={r['fit']} facts={r['facts']} shared_figure={r['shared_figure']}"
                  f" need={r['need']} best cosine={r['cosine']}")
            print(f"    best pair: {r['best_a']!r} / {r['best_b']!r}")
        elif "speakers" in r:
            print(f"    speakers {r['speakers']}")
        elif "relations" in r:
            print(f"    their own edge: {r['relations'] or 'none (joined through the alignment)'}")
        elif "figures" in r:
            print(f"    (value, qualifier, category, counted, scope): {r['figures']}")
    causes = Counter(_cause_key(r) for r in rows)
    print("\ncauses:", file=sys.stderr if args.json else sys.stdout)
    for (kind, cause), n in sorted(causes.items()):
        print(f"  {kind:<13} {cause:<50} {n}", file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
