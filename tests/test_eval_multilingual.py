"""The multilingual scorer on a tiny gold/prediction pair whose scores are worked out by hand, and the shape of the
stored multilingual set."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from newsledger.eval.multilingual import score, speaker_matches
from newsledger.ledger import AlignedPair, Alignment, Article, Figure, Ledger, Source, Statement, Story

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "multilingual"
NB = "\u00a0"

DE = "„Wir bleiben hier“, sagte Anna Berg. Mehr als 3.000 Menschen flohen."
FR = f"«{NB}Nous restons ici{NB}», a déclaré Anna Berg. Environ 3{NB}000 personnes ont fui."
FR2 = "Le maire Paul Roux a dit que tout va bien."


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def _gold_statement(text: str, piece: str, speaker: str, utterance: str) -> dict:
    start, end = _span(text, piece)
    return {"start": start, "end": end, "text": piece, "speaker_ref": speaker, "speaker_forms": [speaker],
            "kind": "direct", "utterance": utterance}


def _gold_figure(text: str, piece: str, value: float, qualifier: str | None, quantity: str) -> dict:
    start, end = _span(text, piece)
    return {"start": start, "end": end, "text": piece, "value": value, "low": value, "high": value,
            "qualifier": qualifier, "category": "displaced", "quantity": quantity}


GOLD = [
    {"id": "a1", "story": "s1", "lang": "de", "text": DE,
     "statements": [_gold_statement(DE, "Wir bleiben hier", "Anna Berg", "u1")],
     "figures": [_gold_figure(DE, "3.000", 3000, "more than", "q1")]},
    {"id": "a2", "story": "s1", "lang": "fr", "text": FR,
     "statements": [_gold_statement(FR, "Nous restons ici", "Anna Berg", "u1")],
     "figures": [_gold_figure(FR, f"3{NB}000", 3000, "about", "q1")]},
    {"id": "a3", "story": "s2", "lang": "fr", "text": FR2,
     "statements": [_gold_statement(FR2, "tout va bien", "Paul Roux", "u2")], "figures": []},
]


def _statement(sid: str, article: str, text: str, piece: str, source: str) -> Statement:
    start, end = _span(text, piece)
    return Statement(id=sid, article=article, kind="direct", start=start, end=end, text=piece, source=source)


def _figure(fid: str, article: str, text: str, piece: str, value: float, qualifier: str | None) -> Figure:
    start, end = _span(text, piece)
    return Figure(id=fid, article=article, value=value, qualifier=qualifier, start=start, end=end, text=piece)


def _ledger() -> Ledger:
    return Ledger(
        articles=[Article(id="a1", text=DE), Article(id="a2", text=FR), Article(id="a3", text=FR2)],
        sources=[Source(id="src-berg", name="Anna Berg"), Source(id="src-maire", name="Le maire")],
        statements=[
            _statement("p1", "a1", DE, "Wir bleiben hier", "src-berg"),
            _statement("p2", "a2", FR, "Nous restons ici", "src-berg"),
            # wider than the gold content but covering more than half of it both ways: a match, wrong speaker
            _statement("p3", "a3", FR2, "a dit que tout va bien", "src-maire"),
            _statement("p4", "a3", FR2, "Le maire", "src-maire"),  # no gold statement there
        ],
        figures=[_figure("f1", "a1", DE, "3.000", 3000, "more than"),
                 _figure("f2", "a2", FR, f"3{NB}000", 3000, None)],  # right value, qualifier lost
        stories=[Story(id="st", label="one", articles=["a1", "a2", "a3"])],  # over-merged
        alignments=[
            Alignment(id="al1", kind="statement", members=["p1", "p2"], relation="translation",
                      pairs=[AlignedPair(a="p1", b="p2", relation="translation", score=0.9)]),
            Alignment(id="al2", kind="statement", members=["p2", "p4"], relation="paraphrase",
                      pairs=[AlignedPair(a="p2", b="p4", relation="paraphrase", score=0.6)]),
        ],
    )


def test_per_language_scores_match_the_hand_count():
    scores = score(GOLD, _ledger())
    de, fr = scores["per_language"]["de"], scores["per_language"]["fr"]
    assert (de["statement_recall"], de["statement_precision"], de["speaker_accuracy"]) == (1.0, 1.0, 1.0)
    assert de["figure_value_qualifier"] == 1.0
    assert fr["statement_recall"] == 1.0
    assert fr["statement_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert fr["speaker_accuracy"] == 0.5  # 'Le maire' is not Paul Roux
    assert fr["figure_value_qualifier"] == 0.0 and fr["figure_recall"] == 1.0


def test_story_pairs_all_and_across_languages():
    stories = score(GOLD, _ledger())["stories"]
    # gold pairs: (a1,a2); predicted: all three pairs
    assert (stories["all"]["precision"], stories["all"]["recall"]) == (pytest.approx(1 / 3, abs=1e-4), 1.0)
    # cross-language pairs only: (a1,a2) gold and predicted, (a1,a3) predicted only
    assert stories["cross_language"]["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_alignments_by_language_pair():
    scores = score(GOLD, _ledger())
    st = scores["statement_alignments"]
    assert st["by_language_pair"]["de-fr"]["f1"] == 1.0
    # p2–p4 pairs a gold statement with no gold statement: a false positive in fr-fr
    assert st["by_language_pair"]["fr-fr"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "pred": 1,
                                               "gold": 0}
    assert st["cross_language"]["f1"] == 1.0
    fg = scores["figure_alignments"]
    assert fg["cross_language"]["recall"] == 0.0 and fg["cross_language"]["gold"] == 1


def test_an_utterance_name_reused_by_another_story_is_another_utterance():
    # annotators name utterances per story: the same "u1" in two stories must not make a gold pair across them
    other = [{**g, "story": "s9"} if g["id"] == "a2" else g for g in GOLD]
    st = score(other, _ledger())["statement_alignments"]
    assert st["cross_language"]["gold"] == 0
    assert st["cross_language"]["precision"] == 0.0  # the p1-p2 alignment now joins two stories' remarks
    fg = score(other, _ledger())["figure_alignments"]
    assert fg["cross_language"]["gold"] == 0


def test_nothing_predicted_scores_zero_not_a_crash():
    scores = score(GOLD, Ledger(articles=[Article(id="a1", text=DE)]))
    assert scores["per_language"]["de"]["statement_recall"] == 0.0
    assert scores["per_language"]["de"]["speaker_accuracy"] is None
    assert scores["stories"]["all"]["f1"] == 0.0


def test_speaker_forms_cover_transliterations_and_surnames():
    forms = ["Katarina Velesova", "Katarina Welesowa", "Katarina Velésova"]
    assert speaker_matches(["Gouverneurin Katarina Welesowa"], forms)
    assert speaker_matches(["KATARINA VELESOVA"], forms)
    assert not speaker_matches(["Marek Holub"], forms)


# --- the stored set ----------------------------------------------------------------------------------------------


def _rows() -> list[dict]:
    return [json.loads(line) for name in ("dev.jsonl", "test.jsonl")
            for line in (DATA / name).read_text("utf-8").splitlines() if line.strip()]


def test_every_annotation_slices_its_text():
    for row in _rows():
        for item in row["statements"] + row["figures"]:
            assert row["text"][item["start"]:item["end"]] == item["text"], (row["id"], item)


def test_stories_have_five_outlets_in_four_languages_and_a_third_is_test():
    by_story: dict[str, list[dict]] = defaultdict(list)
    for row in _rows():
        by_story[row["story"]].append(row)
    assert len(by_story) >= 6
    for story, rows in by_story.items():
        assert len({r["outlet"] for r in rows}) >= 5, story
        assert len({r["lang"] for r in rows}) >= 4, story
        assert len({r["split"] for r in rows}) == 1, story
    test_stories = [s for s, rows in by_story.items() if rows[0]["split"] == "test"]
    assert len(test_stories) * 3 >= len(by_story)


def test_stored_files_are_what_the_build_script_writes():
    spec = importlib.util.spec_from_file_location("build_multilingual", ROOT / "tools" / "build_multilingual.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    for name, body in module.build().items():
        assert (DATA / name).read_text("utf-8") == body, f"{name} is stale: run tools/build_multilingual.py"


def test_qualifiers_are_in_the_english_vocabulary():
    lexicon = ROOT / "src" / "newsledger" / "extract" / "lexicons" / "figure_qualifiers.tsv"
    vocabulary = {line.split("\t")[1].strip() for line in lexicon.read_text("utf-8").splitlines()
                  if line.strip() and not line.startswith("#")}
    for row in _rows():
        for fig in row["figures"]:
            assert fig["qualifier"] is None or fig["qualifier"] in vocabulary, fig


def test_cli_scores_a_gold_file(tmp_path):
    from typer.testing import CliRunner

    from newsledger.cli import app

    text = ('"The bridge will reopen on Friday," Mayor Ilse Marten said. At least 40 people were evacuated, '
            "officials said.")
    start, end = _span(text, "The bridge will reopen on Friday")
    fstart, fend = _span(text, "40")
    gold = {"id": "g1", "story": "bridge", "split": "dev", "outlet": "valleypost.example",
            "url": "https://www.valleypost.example/bridge", "date": "2026-01-05", "lang": "en", "title": "Bridge",
            "text": text,
            "statements": [{"start": start, "end": end, "text": text[start:end], "speaker_ref": "Ilse Marten",
                            "speaker_forms": ["Ilse Marten"], "kind": "direct", "utterance": "u1"}],
            "figures": [{"start": fstart, "end": fend, "text": "40", "value": 40, "low": 40, "high": 40,
                         "qualifier": "at least", "category": "displaced", "quantity": "q1"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "multilingual", "--data", str(path), "--json"])
    assert result.exit_code == 0, result.output
    en = json.loads(result.output)["per_language"]["en"]
    assert en["statement_recall"] == 1.0 and en["speaker_accuracy"] == 1.0
    assert en["figure_value_qualifier"] == 1.0


def test_a_range_is_scored_by_its_bounds_and_a_point_by_its_value():
    from newsledger.eval.multilingual import same_value
    from newsledger.ledger import Figure

    def _fig(**bounds) -> Figure:
        return Figure(id="f", article="a", start=0, end=2, text="10", **bounds)

    ranged = {"value": 11, "low": 10, "high": 12}
    assert same_value(_fig(low=10, high=12), ranged)
    assert not same_value(_fig(value=10, low=10, high=10), ranged)
    assert not same_value(_fig(low=10, high=14), ranged)
    point = {"value": 3000, "low": 3000, "high": 3000}
    assert same_value(_fig(value=3000, low=3000), point)
    assert not same_value(_fig(value=300), point)
