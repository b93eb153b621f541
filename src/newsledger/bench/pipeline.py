"""Throughput: newsledger's full pipeline (statements, figures, stories, alignments, findings) against the peer,
textacy's `direct_quotations` (quotes only), on the same articles with the same spaCy model.

Each case runs in its own process (`python -m newsledger.bench.pipeline CASE ...`, one JSON line out) so its peak
RSS is its own. Timings exclude loading the model, which both sides pay once; the load time is reported beside.

- `newsledger --processes 1`: the calls `analyze_articles` makes, timed one by one: `parse_articles` (spaCy,
  selective), `extract_from_doc` (attribution, figures), `build_ledger` (stories, sources, alignment, findings).
- `newsledger --processes N`: `extract_articles` over article chunks in N forked workers (the model is loaded in
  the parent first, so the workers share its pages), which also compute each article's story features, then
  `build_ledger` in the parent on N cores (a forked child takes half of the encoder's batches and of the
  findings): what `analyze --jobs N` runs.
- `peer`: textacy 0.13 per paragraph, as the data README scores it; the full pipeline (its rules read lemmas).
  textacy refuses a paragraph with an odd number of quote marks (ValueError); those are counted, not fatal.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import sys
import time
from collections.abc import Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from newsledger.bench import DEV, peak_rss_mb
from newsledger.bench.extractions import extract_parallel, read_articles
from newsledger.ledger import Article, ArticleExtraction, Ledger

PEER_BATCH = 64  # the same nlp.pipe batch size newsledger's parse uses
LEDGER_KEYS = ("articles", "sources", "statements", "figures", "stories", "alignments", "findings", "estimates")
# Where the link stage's time goes: cumulative profile time of these functions (module, function).
LINK_STAGES = {
    "stories": ("link/stories.py", "add"),
    "sources": ("link/sources.py", "merge_sources"),
    "align": ("newsledger/pipeline.py", "_align"),  # link/align.py's plans and their finishing
    "findings": ("compare/__init__.py", "find_all"),
    "estimates": ("compare/__init__.py", "estimate_all"),
    "embeddings": ("link/embeddings.py", "embed"),  # inside align: sentence vectors for paraphrase/translation
}


def count_words(articles: Sequence[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def cpu_s() -> float:
    """CPU seconds used so far by this process and its finished children: unlike wall time, barely moved by other
    jobs on a shared machine."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def load_models(model: str | None):
    """The spaCy pipeline and, when installed, the sentence-embedding model alignment loads on first use: both are
    per-process start-up costs, reported apart from the throughput."""
    from newsledger.link import embeddings
    from newsledger.nlp import load

    nlp = load(model)
    embeddings.available()
    return nlp


def ledger_counts(ledger: Ledger) -> dict[str, int]:
    return {k: len(getattr(ledger, k)) for k in LEDGER_KEYS}


# -- newsledger, several processes -----------------------------------------------------------------------------------

def analyze_parallel(articles: Sequence[Article], processes: int, *, model: str | None = None) -> Ledger:
    """The ledger `analyze_articles` gives, with extraction spread over processes and linking in this one."""
    from newsledger.pipeline import build_ledger

    features: dict = {}
    extractions = extract_parallel(articles, processes, model=model, derived=features)
    return build_ledger(extractions, features=features, cores=processes)


# -- cases -----------------------------------------------------------------------------------------------------------


def _link_breakdown(extractions: list[ArticleExtraction]) -> dict[str, float]:
    """A second, profiled run of the link stage: cumulative seconds per sub-stage (profiler overhead included, so
    read them as shares of the link time, not as timings)."""
    from newsledger.link import embeddings
    from newsledger.pipeline import build_ledger

    embeddings._CACHE.clear()  # vectors cached by the timed run would hide what computing them costs
    profiler = cProfile.Profile()
    profiler.runcall(build_ledger, extractions)
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    out = {}
    for stage, (path, func) in LINK_STAGES.items():
        out[stage] = round(sum(v[3] for (file, _, name), v in stats.items()
                               if name == func and file.replace("\\", "/").endswith(path)), 2)
    out["total_profiled"] = round(sum(v[3] for (file, _, name), v in stats.items() if name == "build_ledger"), 2)
    return out


def run_newsledger(articles: list[Article], *, processes: int = 1, model: str | None = None,
                   save_extractions: Path | None = None, breakdown: bool = True,
                   without: Sequence[str] = ()) -> dict[str, Any]:
    from newsledger.extract import extract_from_doc
    from newsledger.parse import parse_articles
    from newsledger.pipeline import build_ledger

    if without and processes > 1:
        raise ValueError("components are switched off in this process only: `without` needs processes=1")
    started = time.perf_counter()
    nlp = load_models(model)
    loaded, cpu0 = time.perf_counter(), cpu_s()
    timings: dict[str, float] = {}
    features: dict = {}  # story features computed by the extraction workers (none in one process)
    if processes <= 1:
        extractions: list[ArticleExtraction] = []
        parse_s = extract_s = 0.0
        # `without`: spaCy components switched off for this run (a bound on what the rest costs, not the product:
        # the ledger is then wrong); the pipeline is cached and shared, so they are switched on again after it
        with nlp.select_pipes(disable=[n for n in without if n in nlp.pipe_names]) if without else nullcontext():
            docs = parse_articles(articles, nlp)
            while True:
                t0 = time.perf_counter()
                item = next(docs, None)
                t1 = time.perf_counter()
                parse_s += t1 - t0
                if item is None:
                    break
                extractions.append(extract_from_doc(*item))
                extract_s += time.perf_counter() - t1
        timings.update(parse_s=round(parse_s, 2), extract_s=round(extract_s, 2))
    else:
        t0 = time.perf_counter()
        extractions = extract_parallel(articles, processes, model=model, derived=features)
        timings["parse_extract_s"] = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    ledger = build_ledger(extractions, features=features, cores=processes)
    done = time.perf_counter()
    timings["link_s"] = round(done - t0, 2)
    result: dict[str, Any] = {
        "case": f"newsledger x{processes}" + "".join(f" without {name}" for name in without),
        "processes": processes, "model_load_s": round(loaded - started, 2),
        "wall_s": round(done - loaded, 2), "cpu_s": round(cpu_s() - cpu0, 2), **timings, "counts": ledger_counts(ledger),
        "peak_rss_mb": peak_rss_mb(), "peak_rss_worker_mb": peak_rss_mb(children=True) if processes > 1 else None,
    }
    if breakdown:
        result["link_breakdown_profiled_s"] = _link_breakdown(extractions)
    if save_extractions is not None:
        from newsledger.bench.extractions import write_cache

        write_cache(save_extractions, extractions)
    return result


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def run_peer(articles: list[Article], *, model: str | None = None) -> dict[str, Any]:
    import spacy
    from textacy.extract.triples import direct_quotations

    from newsledger.nlp import model_name

    started = time.perf_counter()
    nlp = spacy.load(model_name(model))  # the whole pipeline: the peer's rules read lemmas
    loaded, cpu0 = time.perf_counter(), cpu_s()
    quotes = refused = 0
    paras = [p for a in articles for p in paragraphs(a.text)]
    for doc in nlp.pipe(paras, batch_size=PEER_BATCH):
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except ValueError:  # "odd number of quotation marks": the peer bails out of the paragraph
            refused += 1
    done = time.perf_counter()
    return {"case": "peer textacy", "processes": 1, "model_load_s": round(loaded - started, 2),
            "wall_s": round(done - loaded, 2), "cpu_s": round(cpu_s() - cpu0, 2), "counts": {"quotes": quotes, "paragraphs": len(paras),
                                                          "paragraphs_refused": refused},
            "peak_rss_mb": peak_rss_mb(), "peak_rss_worker_mb": None}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsledger.bench.pipeline", description=__doc__.split("\n")[0])
    parser.add_argument("case", choices=["newsledger", "peer"])
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--model", default=None)
    parser.add_argument("--save-extractions", type=Path, default=None)
    parser.add_argument("--no-breakdown", action="store_true")
    parser.add_argument("--without", action="append", default=[], metavar="COMPONENT",
                        help="remove this spaCy component (a bound on the rest's cost; the ledger is then wrong)")
    args = parser.parse_args(argv)
    articles = read_articles(args.data, args.limit or None)
    if args.case == "peer":
        result = run_peer(articles, model=args.model)
    else:
        result = run_newsledger(articles, processes=args.processes, model=args.model,
                                save_extractions=args.save_extractions, breakdown=not args.no_breakdown,
                                without=args.without)
    result.update(articles=len(articles), words=count_words(articles))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
