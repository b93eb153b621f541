"""`python -m newsledger.bench [--quick] [--only NAME ...]` (`make bench`): run the benchmarks, write one JSON file
per benchmark to bench/results/ (machine, data set, articles, words, command, timestamp with every result) and a
markdown summary, printed and written to bench/results/summary.md.

Benchmarks: `pipeline` (newsledger on 1 and N processes against the textacy peer), `scaling` (linking and
streamed store ingest from 500 articles to a 50,000-article synthetic corpus), `store` (query timings), `load`
(concurrent clients and API latency, when newsledger.bench.load is installed), `spark` (the Spark job in local[2]
against the single-process path on the same articles: timings, and whether every ledger collection is equal). `watch`
(a watch round over 50 local feeds × 20 pages, then a round of 304s; bench/watch.py).

`--quick` runs every benchmark on ~30 articles, in this process (no per-case subprocess: peak RSS figures are then
cumulative), and writes to bench/results/quick/: a smoke test of the runner, not a measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# Both sides of every comparison single-threaded per process, as `make bench` sets it.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from newsledger.bench import DEV, CaseFailed, machine_info, now_iso, run_case, write_json  # noqa: E402

BENCHMARKS = ("pipeline", "scaling", "store", "load", "spark", "watch")
FULL_SIZES = (500, 1000, 2000, 0, 50_000)  # 0: the whole data set
QUICK_LIMIT = 30
QUICK_SIZES = (10, 20, 0, 120)
TARGET_RATIO = 0.5  # issue 20: newsledger/peer time on one process
TARGET_ARTICLES_PER_S = 50.0  # issue 20, GVA dev on 2 cores (the bench leaves model loading out of its clock)
TARGET_EXPONENT = 1.15
CASE_TIMEOUT = 3 * 3600.0


class Run:
    """What every result file carries, and where they go."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.quick: bool = args.quick
        self.data: Path = args.data
        self.limit: int | None = QUICK_LIMIT if self.quick else (args.limit or None)
        self.out: Path = args.out or Path("bench/results/quick" if self.quick else "bench/results")
        self.command = "python -m newsledger.bench " + " ".join(sys.argv[1:] if args.argv is None else args.argv)
        self.machine = machine_info()
        self.articles, self.words = self._count()
        self.workdir = Path(tempfile.mkdtemp(prefix="newsledger-bench-"))

    def _count(self) -> tuple[int, int]:
        from newsledger.bench.extractions import read_articles
        from newsledger.bench.pipeline import count_words

        articles = read_articles(self.data, self.limit)
        return len(articles), count_words(articles)

    def sample_file(self) -> Path:
        """The data set itself, or (quick, --limit) its first articles as a JSON Lines file."""
        if not self.limit:
            return self.data
        path = self.workdir / f"{self.data.stem}-{self.limit}.jsonl"
        if not path.exists():
            lines = [x for x in self.data.read_text(encoding="utf-8").splitlines(keepends=True) if x.strip()]
            path.write_text("".join(lines[:self.limit]), encoding="utf-8")
        return path

    def envelope(self, name: str, results: dict[str, Any], started: float) -> dict[str, Any]:
        return {"benchmark": name, "quick": self.quick, "command": self.command, "timestamp": now_iso(),
                "seconds": round(time.perf_counter() - started, 1), "machine": self.machine,
                "dataset": str(self.data), "articles": self.articles, "words": self.words, "results": results}

    def case(self, module: str, args: list[str], local) -> dict[str, Any]:
        """A measurement in a fresh process, or (quick) in this one."""
        if self.quick:
            return local()
        return run_case(module, args, timeout=CASE_TIMEOUT)


def _rates(case: dict[str, Any]) -> dict[str, Any]:
    wall, cpu = case.get("wall_s") or 0, case.get("cpu_s") or 0
    n, words = case["articles"], case["words"]
    return {**case, "articles_per_s": round(n / wall, 2) if wall else None,
            "words_per_s": round(words / wall) if wall else None,
            "articles_per_cpu_s": round(n / cpu, 2) if cpu else None}


def bench_pipeline(run: Run) -> dict[str, Any]:
    from newsledger.bench import extractions, pipeline, scaling

    data = run.sample_file()
    processes = run.args.processes
    cache = scaling.cache_path(data)

    def local(case: str, procs: int = 1, save: Path | None = None, without: tuple[str, ...] = ()):
        def go() -> dict[str, Any]:
            articles = extractions.read_articles(data)
            res = pipeline.run_peer(articles) if case == "peer" else pipeline.run_newsledger(
                articles, processes=procs, save_extractions=save, without=without)
            return {**res, "articles": len(articles), "words": pipeline.count_words(articles)}
        return go

    common = ["--data", str(data)]
    peer = run.case("newsledger.bench.pipeline", ["peer", *common], local("peer"))
    one = run.case("newsledger.bench.pipeline", ["newsledger", *common, "--save-extractions", str(cache)],
                   local("newsledger", 1, cache))
    many = run.case("newsledger.bench.pipeline", ["newsledger", *common, "--processes", str(processes)],
                    local("newsledger", processes))
    # Not the product (its ledger is wrong): how far one process stays from the peer even without spaCy's NER, the
    # largest component — the bound docs/scale.md gives for issue 20's one-process target.
    bound = run.case("newsledger.bench.pipeline", ["newsledger", *common, "--without", "ner", "--no-breakdown"],
                     local("newsledger", 1, without=("ner",)))
    cases = [_rates(c) for c in (one, many, peer, bound)]
    one, many, peer, bound = cases
    ratio = round(one["wall_s"] / peer["wall_s"], 3) if peer["wall_s"] else None
    return {
        "cases": cases,
        "ratio_wall_without_ner": round(bound["wall_s"] / peer["wall_s"], 3) if peer["wall_s"] else None,
        "ratio_wall_1proc": ratio,
        "ratio_wall_nproc": round(many["wall_s"] / peer["wall_s"], 3) if peer["wall_s"] else None,
        "ratio_cpu": round(one["cpu_s"] / peer["cpu_s"], 3) if peer["cpu_s"] else None,
        "targets": {"ratio_max": TARGET_RATIO, "ratio_met": ratio is not None and ratio <= TARGET_RATIO,
                    "articles_per_s_min": TARGET_ARTICLES_PER_S, "processes": processes,
                    "articles_per_s_met": (many["articles_per_s"] or 0) >= TARGET_ARTICLES_PER_S},
        "extraction_cache": str(cache),
    }


def bench_scaling(run: Run) -> dict[str, Any]:
    from newsledger.bench import extractions, scaling

    data = run.sample_file()
    cache = scaling.ensure_cache(data, processes=run.args.processes)
    total = sum(1 for _ in extractions.read_cache(cache))
    sizes = [n or total for n in (QUICK_SIZES if run.quick else run.args.sizes)]
    sizes = sorted(set(sizes))
    rows: dict[str, list[dict[str, Any]]] = {"link": [], "store": []}
    for mode in rows:
        for n in sizes:
            def local(mode: str = mode, n: int = n) -> dict[str, Any]:
                return scaling.measure_link(cache, n) if mode == "link" else scaling.measure_store(cache, n)
            try:
                rows[mode].append(run.case("newsledger.bench.scaling", [mode, str(n), "--cache", str(cache)], local))
            except CaseFailed as exc:
                rows[mode].append({"mode": mode, "n": n, "error": str(exc)})
    out: dict[str, Any] = {"sizes": sizes, "base_articles": total, "synthetic_from": total,
                           "copies": "re-issued extractions (new ids, dates +4 y per copy, outlets)"}
    for mode, points in rows.items():
        ok = [(p["n"], p["seconds"]) for p in points if "seconds" in p]
        rss = [p["peak_rss_mb"] for p in points if "peak_rss_mb" in p]
        out[mode] = {"points": points, "exponent": scaling.fit_exponent(ok),
                     "peak_rss_growth": round(rss[-1] / rss[0], 2) if len(rss) > 1 and rss[0] else None}
    exponent = out["link"]["exponent"]
    out["targets"] = {"exponent_max": TARGET_EXPONENT,
                      "exponent_met": exponent is not None and exponent <= TARGET_EXPONENT}
    return out


def bench_store_queries(run: Run) -> dict[str, Any]:
    from newsledger.bench.store import bench_store

    workdir = run.workdir / "store"
    workdir.mkdir(parents=True, exist_ok=True)
    result = bench_store(run.sample_file(), workdir)
    run.store_db = result.get("store")  # type: ignore[attr-defined]
    return result


def bench_load(run: Run) -> dict[str, Any]:
    try:
        from newsledger.bench.load import api_latency, run_load
    except ImportError as exc:
        return {"skipped": f"newsledger.bench.load is not available ({exc})"}
    db = getattr(run, "store_db", None)
    if not db or not Path(db).exists():
        bench_store_queries(run)
        db = run.store_db  # type: ignore[attr-defined]
    clients, seconds = (5, 2.0) if run.quick else (50, 30.0)
    return {"load": run_load(db, clients=clients, seconds=seconds), "api_latency": api_latency(db, n=20 if run.quick
                                                                                               else 200)}


def bench_spark(run: Run) -> dict[str, Any]:
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        return {"skipped": f"pyspark is not installed (the `spark` extra): {exc}"}
    from newsledger.bench import spark

    data = run.sample_file()
    return run.case("newsledger.bench.spark", ["--data", str(data), "--master", "local[2]"],
                    lambda: spark.measure(data, master="local[2]"))


def bench_watch(run: Run) -> dict[str, Any]:
    """A watch round over local fixture feeds (not the data set): 50 × 20 pages, then a round of 304s."""
    from newsledger.bench.watch import measure

    workdir = run.workdir / "watch"
    workdir.mkdir(parents=True, exist_ok=True)
    if run.quick:
        return measure(5, 4, nlp=False, workdir=workdir)
    return measure(50, 20, nlp=True, workdir=workdir)


RUNNERS = {"pipeline": bench_pipeline, "scaling": bench_scaling, "store": bench_store_queries, "load": bench_load,
           "spark": bench_spark, "watch": bench_watch}


# -- summary ---------------------------------------------------------------------------------------------------------


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def summary(results: dict[str, dict[str, Any]], run: Run) -> str:
    m = run.machine
    lines = [f"# newsledger benchmarks{' (quick smoke run)' if run.quick else ''}", "",
             f"{run.timestamp} · `{run.command}` · {m['cpu']}, {m['usable_cores']} usable cores, "
             f"{m['memory_gb']} GB · load average at start {m['load_average']} · git {m['git']}", "",
             f"Data: `{run.data}` — {run.articles:,} articles, {run.words:,} words.", ""]
    failed = {name: r["results"]["error"] for name, r in results.items() if "error" in r.get("results", {})}
    for name, error in failed.items():
        lines += [f"## {name}: failed", "", _measured(results[name]), "", "```", error[-2000:], "```", ""]

    def ok(name: str) -> dict[str, Any] | None:
        return None if name in failed else results.get(name, {}).get("results")

    p = ok("pipeline")
    if p:
        lines += ["## Throughput (model load excluded; wall time, CPU time beside)", "",
                  _measured(results["pipeline"]), "",
                  "| case | wall s | CPU s | articles/s | words/s | articles/CPU-s | peak RSS MB (worker) | output |",
                  "|---|---:|---:|---:|---:|---:|---:|---|"]
        for c in p["cases"]:
            counts = c["counts"]
            what = (f"{counts['statements']:,} statements, {counts['figures']:,} figures, {counts['stories']:,} "
                    f"stories, {counts['alignments']:,} alignments, {counts['findings']:,} findings"
                    if "statements" in counts else
                    f"{counts['quotes']:,} quotes; {counts['paragraphs_refused']:,} of {counts['paragraphs']:,} "
                    "paragraphs refused (odd quote marks)")
            worker = f" ({_fmt(c['peak_rss_worker_mb'], 0)})" if c.get("peak_rss_worker_mb") else ""
            lines.append(f"| {c['case']} | {_fmt(c['wall_s'])} | {_fmt(c['cpu_s'])} | {_fmt(c['articles_per_s'])} | "
                         f"{_fmt(c['words_per_s'])} | {_fmt(c['articles_per_cpu_s'])} | "
                         f"{_fmt(c['peak_rss_mb'], 0)}{worker} | {what} |")
        t = p["targets"]
        one = p["cases"][0]
        stages = ", ".join(f"{k} {_fmt(one.get(k + '_s'))} s" for k in ("parse", "extract", "link"))
        lines += ["", f"Ratio newsledger/peer wall time: **{_fmt(p['ratio_wall_1proc'], 2)}** on one process "
                      f"(target ≤ {t['ratio_max']}: {'met' if t['ratio_met'] else 'NOT met'}); "
                      f"{_fmt(p['ratio_wall_nproc'], 2)} with {t['processes']} processes; CPU-time ratio "
                      f"{_fmt(p['ratio_cpu'], 2)}. {t['processes']} processes: "
                      f"{_fmt(p['cases'][1]['articles_per_s'])} articles/s (target ≥ {t['articles_per_s_min']:.0f}: "
                      f"{'met' if t['articles_per_s_met'] else 'NOT met'}).",
                  f"Where one process spends its time: {stages}; link stage by share "
                  f"(profiled): {one.get('link_breakdown_profiled_s')}."]
        bound = next((c for c in p["cases"] if "without" in c["case"]), None)
        if bound is not None:
            lines.append(f"Bound (not the product, its ledger is wrong): without spaCy's NER one process takes "
                         f"{_fmt(bound['wall_s'])} s (parse {_fmt(bound.get('parse_s'))} s), "
                         f"**{_fmt(p.get('ratio_wall_without_ner'), 2)}** of the peer's time.")
        lines.append("")
    s = ok("scaling")
    if s:
        lines += ["## Scaling after extraction (pre-extracted records; above the data set: re-issued copies)", "",
                  _measured(results["scaling"]), "",
                  "| articles | link s | link articles/s | link peak RSS MB | store ingest s | store articles/s | "
                  "store peak RSS MB | store MB |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        store = {p["n"]: p for p in s["store"]["points"]}
        for lp in s["link"]["points"]:
            sp = store.get(lp["n"], {})
            lines.append(f"| {_fmt(lp['n'])} | {_fmt(lp.get('seconds', lp.get('error')))} | "
                         f"{_fmt(lp.get('articles_per_s'))} | {_fmt(lp.get('peak_rss_mb'), 0)} | "
                         f"{_fmt(sp.get('seconds', sp.get('error')))} | {_fmt(sp.get('articles_per_s'))} | "
                         f"{_fmt(sp.get('peak_rss_mb'), 0)} | {_fmt(sp.get('store_mb'))} |")
        lines += ["", f"Exponent of time vs articles (log-log least squares): link **{_fmt(s['link']['exponent'], 3)}**"
                      f", store ingest {_fmt(s['store']['exponent'], 3)} (target ≤ {s['targets']['exponent_max']}: "
                      f"{'met' if s['targets']['exponent_met'] else 'NOT met'}). Peak RSS largest/smallest size: "
                      f"link {_fmt(s['link']['peak_rss_growth'], 2)}×, store ingest "
                      f"{_fmt(s['store']['peak_rss_growth'], 2)}×.", ""]
    q = ok("store")
    if q and "query_ms" in q:
        lines += ["## Store queries (median of 5, ms)", "", _measured(results["store"]), "", "| query | ms |",
                  "|---|---:|"]
        lines += [f"| {k} | {_fmt(v, 2)} |" for k, v in q["query_ms"].items()]
        ingest = q.get("ingest", {})
        lines += ["", f"Ingest: {_fmt(ingest.get('added'))} articles in {_fmt(ingest.get('seconds'))} s "
                      f"({_fmt(ingest.get('articles_per_s'))} articles/s); all queries under 200 ms: "
                      f"{q.get('queries_under_budget')}; one-batch vs three-batch story agreement "
                      f"{_fmt(q.get('batches', {}).get('story_agreement'), 3)}.", ""]
    ld = ok("load")
    if ld:
        lines += ["## Load", "", _measured(results["load"]), ""]
        if "skipped" in ld or "error" in ld:
            lines.append(f"Not run: {ld.get('skipped') or ld.get('error')}")
        else:
            lo, api = ld["load"], ld["api_latency"]
            from newsledger.bench.load import describe

            lines += [describe(lo),
                      f"One request at a time: GET /api/stories/ID p50 {_fmt(api['api_story'].get('p50_ms'))} ms, "
                      f"p99 {_fmt(api['api_story'].get('p99_ms'))} ms; story page first view p50 "
                      f"{_fmt(api['story_page_first_view'].get('p50_ms'))} ms (target ≤ {api.get('target_ms')} ms "
                      f"met: {api.get('meets_target')})."]
        lines.append("")
    sp = ok("spark")
    if sp:
        lines += ["## Spark (local[2]) against the single process, same articles", "", _measured(results["spark"]), ""]
        if "skipped" in sp:
            lines.append(f"Not run: {sp['skipped']}")
        else:
            from newsledger.bench.spark import describe as describe_spark

            lines.append(describe_spark(sp))
        lines.append("")
    w = ok("watch")
    if w:
        from newsledger.bench.watch import describe as describe_watch

        lines += ["## Watch rounds (local fixture feeds)", "", _measured(results["watch"]), "", describe_watch(w), ""]
    return "\n".join(lines).rstrip() + "\n"


def _earlier(run: Run) -> dict[str, dict[str, Any]]:
    """Results of benchmarks not run this time (--only) from their files, when measured on the same data: the
    summary always covers every benchmark, each with the time it was measured."""
    found = {}
    for name in BENCHMARKS:
        path = run.out / f"{name}.json"
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if payload.get("dataset") == str(run.data) and payload.get("articles") == run.articles:
            found[name] = payload
    return found


def _measured(payload: dict[str, Any]) -> str:
    m = payload.get("machine", {})
    return (f"_Measured {payload.get('timestamp')} (`{payload.get('command')}`), {payload.get('seconds')} s, "
            f"load average at start {m.get('load_average')}, git {m.get('git')}._")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsledger.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run on ~30 articles, in process")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, default=None, metavar="NAME",
                        help=f"run only these ({', '.join(BENCHMARKS)})")
    parser.add_argument("--data", type=Path, default=DEV, help="JSON Lines articles (default: GVA dev)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--processes", type=int, default=2, help="processes for the parallel case")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(FULL_SIZES),
                        help="scaling sizes (0: the whole data set)")
    parser.add_argument("--out", type=Path, default=None, help="results directory")
    args = parser.parse_args(argv)
    args.argv = argv
    if not args.data.exists():
        print(f"no data at {args.data}: pass --data FILE.jsonl", file=sys.stderr)
        return 1
    run = Run(args)
    run.timestamp = now_iso()  # type: ignore[attr-defined]
    results: dict[str, dict[str, Any]] = {}
    for name in args.only or BENCHMARKS:
        started = time.perf_counter()
        print(f"[bench] {name} …", file=sys.stderr, flush=True)
        try:
            payload = RUNNERS[name](run)
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not lose the others' results
            payload = {"error": f"{type(exc).__name__}: {exc}"}
            print(f"[bench] {name} failed: {payload['error']}", file=sys.stderr, flush=True)
        results[name] = run.envelope(name, payload, started)
        write_json(run.out / f"{name}.json", results[name])
        print(f"[bench] {name} done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    shutil.rmtree(run.workdir, ignore_errors=True)
    results = {**_earlier(run), **results}
    text = summary(results, run)
    run.out.mkdir(parents=True, exist_ok=True)
    (run.out / "summary.md").write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
