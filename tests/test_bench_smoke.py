"""The benchmark runner end to end on ~30 articles (`--quick`, in process): every result file has its envelope and
its measurements, and the parts the numbers rest on hold (multi-process = single-process output, synthetic copies
keep valid offsets, the exponent fit)."""

from __future__ import annotations

import json

import pytest

from newsledger.bench import extractions, scaling
from newsledger.bench.__main__ import main
from newsledger.ledger import check_offsets
from newsledger.pipeline import build_ledger

ENVELOPE = {"benchmark", "quick", "command", "timestamp", "seconds", "machine", "dataset", "articles", "words",
            "results"}


@pytest.fixture(scope="module")
def quick(tmp_path_factory, data_dir, nlp):
    out = tmp_path_factory.mktemp("bench")
    data = data_dir / "figures" / "gva" / "dev.jsonl"
    assert main(["--quick", "--only", "pipeline", "scaling", "store", "--data", str(data), "--out", str(out)]) == 0
    return out


def _load(out, name):
    payload = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
    assert payload.keys() >= ENVELOPE
    assert payload["articles"] == 30 and payload["words"] > 1000
    assert payload["machine"]["usable_cores"] >= 1
    assert "error" not in payload["results"], payload["results"].get("error")
    return payload["results"]


def test_pipeline_result(quick):
    res = _load(quick, "pipeline")
    one, many, peer, bound = res["cases"]
    assert (one["case"], many["case"], peer["case"], bound["case"]) == (
        "newsledger x1", "newsledger x2", "peer textacy", "newsledger x1 without ner")
    for case in res["cases"]:
        assert case["wall_s"] > 0 and case["articles_per_s"] > 0 and case["words_per_s"] > 0
        assert case["peak_rss_mb"] > 100
    # Extraction is per article: spreading it over processes must not change the ledger.
    assert one["counts"] == many["counts"]
    assert one["counts"]["statements"] > 0 and one["counts"]["articles"] == 30
    assert peer["counts"]["paragraphs"] > 30
    assert res["ratio_wall_1proc"] == pytest.approx(one["wall_s"] / peer["wall_s"], rel=0.01)
    assert set(one["link_breakdown_profiled_s"]) >= {"stories", "sources", "align"}
    # the bound switched NER off for its run only: the shared pipeline has it again, and the product's ledger is whole
    assert bound["counts"]["articles"] == 30 and res["ratio_wall_without_ner"] == pytest.approx(
        bound["wall_s"] / peer["wall_s"], rel=0.01)


def test_the_bound_switches_ner_off_for_its_run_only(nlp, data_dir):
    from newsledger.bench import pipeline

    articles = extractions.read_articles(data_dir / "figures" / "gva" / "dev.jsonl", 3)
    pipeline.run_newsledger(articles, without=("ner",), breakdown=False)
    assert "ner" in nlp.pipe_names
    with pytest.raises(ValueError):
        pipeline.run_newsledger(articles, processes=2, without=("ner",), breakdown=False)


def test_scaling_result(quick):
    res = _load(quick, "scaling")
    for mode in ("link", "store"):
        points = res[mode]["points"]
        assert [p["n"] for p in points] == res["sizes"] and res["sizes"][-1] > res["base_articles"]
        assert all(p["seconds"] >= 0 and p["peak_rss_mb"] > 0 for p in points)
        assert isinstance(res[mode]["exponent"], float)
    assert all(p["added"] == p["n"] for p in res["store"]["points"])  # no synthetic copy was deduplicated


def test_store_result_and_summary(quick):
    res = _load(quick, "store")
    assert res["query_ms"] and all(v >= 0 for v in res["query_ms"].values())
    text = (quick / "summary.md").read_text(encoding="utf-8")
    assert "newsledger x2" in text and "Exponent of time" in text and "Store queries" in text


def test_reissued_copies_are_new_articles_with_valid_offsets(quick, monkeypatch):
    cache = json.loads((quick / "pipeline.json").read_text())["results"]["extraction_cache"]
    base = list(extractions.read_cache(type(quick)(cache)))[:5]
    copies = list(scaling.corpus(base, 15))
    assert len({x.article.id for x in copies}) == 15
    ids = [s.id for x in copies for s in x.statements]
    assert len(ids) == len(set(ids))
    first, third = copies[0].article, copies[10].article
    assert int(third.date[:4]) == int(first.date[:4]) + 2 * scaling.copy_years(base)
    assert min(x.article.date for x in copies[5:]) > max(x.article.date for x in base)  # copies stay apart
    assert third.text.rstrip(scaling.INVISIBLE) == first.text and third.outlet != first.outlet
    assert [scaling.copy_number(x.article) for x in copies] == [0] * 5 + [1] * 5 + [2] * 5
    ledger = build_ledger(copies)
    assert check_offsets(ledger) == []
    from newsledger.link import embeddings

    encoded: list[str] = []
    real_embed = embeddings.embed
    monkeypatch.setattr(embeddings, "embed", lambda texts: encoded.extend(texts) or real_embed(texts))
    build_ledger(copies)
    plain, encoded[:] = len(encoded), []
    with scaling.embedding_cache_per_copy():  # changes what is encoded, never what is found
        assert build_ledger(copies) == ledger
    # each copy's sentences are encoded as new text (the 5 originals and 2 copies of them: 3 times as many)
    assert len(encoded) == 3 * plain
    assert [s.qualifier for s in copies[10].figures] == [s.qualifier for s in copies[0].figures]


def test_fit_exponent():
    assert scaling.fit_exponent([(n, 0.01 * n) for n in (100, 1000, 10000)]) == pytest.approx(1.0)
    assert scaling.fit_exponent([(n, 1e-6 * n * n) for n in (100, 1000, 10000)]) == pytest.approx(2.0)
    assert scaling.fit_exponent([(100, 1.0)]) is None
