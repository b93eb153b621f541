"""`watch` benchmark: one round over N local feeds of M article pages each (default 50 × 20), then a second round
in which every feed answers 304; the targets are under 10 s and under 2 s of the tool's wall time.

The fixture site runs in its own process (`python -m newsledger.bench.watch serve`), on 127.0.0.1, so its work is
not counted as the tool's; its pages are invented (ten kinds of local news in invented towns), generated in memory. The per-host
delay is 0 here (every feed is on one local host; a real round waits `min_delay` between requests to a host).
Three extractors: none (fetching, feed parsing, trafilatura, the store's batch and story linking: the watcher's own
work), the real pipeline in this process (the same plus spaCy extraction of every new article), and the real
pipeline in `--jobs` forked workers as `newsledger watch` runs it (the pool forked before the round; the workers read
the fetched pages and extract them, this process fetches, dedupes and writes). The models are loaded before the
clock starts; the workers' CPU time is reported apart (`workers_cpu_s`, both rounds: the second reads nothing).
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import subprocess
import sys
import tempfile
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

TARGET_FIRST_S = 10.0
TARGET_SECOND_S = 2.0
TOWNS = ("Harlow", "Brenton", "Oakridge", "Milford", "Ashby", "Corran", "Duneth", "Elsmere")
# Invented news of different kinds, so feeds read like an outlet's mix rather than one story copied a thousand times.
TOPICS = (
    ("Storm damage in {town}", "A storm tore roofs off houses in {town} on Monday and crews cleared fallen trees "
     "from the ring road.", "We are doing everything we can", "emergency coordinator Maria Lopez",
     "{n} people were killed and {m} were injured"),
    ("{town} council approves new budget", "Councillors in {town} voted for a budget that raises spending on "
     "schools and trims the road maintenance programme.", "This budget protects classrooms", "council leader Amir "
     "Haddad", "the budget of {m} million was passed by {n} votes"),
    ("Rail strike halts trains around {town}", "Train drivers walked out across the {town} network over pay and "
     "rosters, leaving commuters stranded on platforms.", "Our members have been patient for two years",
     "union secretary Petra Nowak", "{m} services were cancelled and {n} stations closed"),
    ("{town} hospital opens cancer wing", "A cancer treatment wing opened at {town} General, with radiotherapy "
     "machines and a day ward for chemotherapy.", "Patients will no longer travel for hours", "chief executive "
     "Lena Ortiz", "the wing will treat {m} patients a week with {n} new nurses"),
    ("Wildfire forces evacuations near {town}", "Firefighters battled a wildfire in the hills above {town} as "
     "dry winds pushed the flames toward farms.", "The wind is our biggest enemy tonight", "fire chief Tomas Berg",
     "{m} homes were evacuated and {n} firefighters injured"),
    ("{town} United reach cup final", "{town} United beat the league leaders on penalties to reach their first cup "
     "final in a generation.", "These players never stopped believing", "manager Sofia Reyes",
     "{m} fans travelled and {n} were arrested after the match"),
    ("Factory closure hits {town} jobs", "The packaging plant outside {town} will shut in the spring, its owners "
     "said, blaming energy prices and falling orders.", "We looked at every alternative", "plant director "
     "Jonas Weber", "{m} jobs will go and {n} workers will be redeployed"),
    ("Flood defences finished in {town}", "Engineers completed concrete flood walls along the river in {town}, "
     "three winters after the last flood.", "The town can sleep easier now", "project engineer Ruth Adeyemi",
     "the walls protect {m} homes and cost {n} million"),
    ("School exam results rise in {town}", "Pupils in {town} posted their best exam results in a decade, with "
     "gains in mathematics and sciences.", "Teachers deserve the credit", "head teacher Daniel Kim",
     "{m} pupils sat the exams and {n} schools improved"),
    ("Bridge collapse closes {town} road", "A footbridge over the motorway near {town} collapsed overnight, "
     "closing the road in both directions.", "It is a miracle nobody was on it", "police inspector Nadia Farouk",
     "{n} people were injured and {m} vehicles were damaged"),
)


def _page(feed: int, item: int) -> bytes:
    town = TOWNS[(feed + item) % len(TOWNS)]
    title, lead, quote, speaker, figure = TOPICS[(feed * 3 + item) % len(TOPICS)]
    title = title.format(town=town) + f" ({feed}-{item})"
    figure = figure.format(n=3 + item % 7, m=10 + (feed * 20 + item) % 90)
    return (f"<!doctype html><html><head><title>{title}</title></head><body><nav>Home | News</nav><article>"
            f"<h1>{title}</h1><p>{lead.format(town=town)}</p>"
            f"<p>\"{quote},\" said {speaker}. Officials said {figure}.</p>"
            f"</article></body></html>").encode()


def site(base: str, feeds: int, items: int) -> dict[str, tuple[bytes, str]]:
    pages: dict[str, tuple[bytes, str]] = {"/robots.txt": (b"User-agent: *\nAllow: /\n", "text/plain")}
    for f in range(feeds):
        entries = []
        for i in range(items):
            path = f"/{f}/{i}.html"
            pages[path] = (_page(f, i), "text/html; charset=utf-8")
            entries.append(f"<item><title>report {f}-{i}</title><link>{base}{path}</link>"
                           f"<pubDate>Mon, 02 Mar 2026 {i % 24:02d}:00:00 GMT</pubDate></item>")
        pages[f"/{f}/rss.xml"] = ((f"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed {f}</title>"
                                   f"<link>{base}/</link><description>bench</description>{''.join(entries)}"
                                   "</channel></rss>").encode(), "application/rss+xml")
    return pages


def serve(feeds: int, items: int) -> None:
    """Serve the site on 127.0.0.1 (port printed on stdout) until killed; ETag/Last-Modified, 304 on a match."""
    modified = formatdate(1_775_000_000, usegmt=True)
    pages: dict[str, tuple[bytes, str, str]] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: with Nagle on, the second waits for a delayed ACK (~40 ms).
        disable_nagle_algorithm = True

        def do_GET(self) -> None:  # noqa: N802
            found = pages.get(self.path)
            if found is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body, ctype, etag = found
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            for k, v in (("Content-Type", ctype), ("Content-Length", str(len(body))), ("ETag", etag),
                         ("Last-Modified", modified)):
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for path, (body, ctype) in site(base, feeds, items).items():
        pages[path] = (body, ctype, '"' + hashlib.sha256(body).hexdigest()[:16] + '"')
    print(server.server_address[1], flush=True)
    server.serve_forever()


def _null_extractor(articles):
    from newsledger.ledger import ArticleExtraction

    return [ArticleExtraction(article=a) for a in articles]


def _round(store, sources, extractor, options, fetcher, reader=None) -> dict[str, Any]:
    from newsledger.watch import read_here, run_round

    wall, cpu = time.perf_counter(), time.process_time()
    report = run_round(store, sources, extractor=extractor, options=options, fetcher=fetcher,
                       reader=reader or read_here)
    return {"wall_s": round(time.perf_counter() - wall, 3), "cpu_s": round(time.process_time() - cpu, 3),
            "fetched": report.count("fetched"), "not_modified": report.count("not_modified"),
            "failed": report.count("failed"), "articles_added": report.added,
            "requests": sum(s.requests for s in report.sources),
            "entry_errors": sum(len(s.entry_errors) for s in report.sources)}


def measure(feeds: int = 50, items: int = 20, *, nlp: bool = True, workdir: Path | None = None,
            jobs: int | None = None) -> dict[str, Any]:
    from newsledger.extract.parallel import check_jobs
    from newsledger.store import open_store
    from newsledger.store.ingest import default_extractor, pooled_extractor
    from newsledger.watch import WatchOptions
    from newsledger.watch.fetch import Fetcher, FetchOptions
    from newsledger.watch.pages import WatchPool

    jobs = check_jobs(jobs)
    server = subprocess.Popen([sys.executable, "-m", "newsledger.bench.watch", "serve", "--feeds", str(feeds),
                               "--items", str(items)], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())
        sources = [f"http://127.0.0.1:{port}/{f}/rss.xml" for f in range(feeds)]
        options = WatchOptions(fetch=FetchOptions(allow_local=True, min_delay=0.0))
        workdir = Path(workdir or tempfile.mkdtemp(prefix="newsledger-bench-watch-"))
        cases: dict[str, Any] = {}
        extractors: dict[str, Any] = {"no extraction": _null_extractor}
        if nlp:
            from newsledger.bench.pipeline import load_models

            # spaCy and the sentence-embedding model are loaded before the clock starts, as the pipeline benchmark
            # does: a process that watches `--every` loads them once, not every round
            load_models(None)
            extractors["full pipeline, 1 process"] = default_extractor(None)
            extractors[f"full pipeline, {jobs} processes (`--jobs {jobs}`)"] = None
        for n, (name, extractor) in enumerate(extractors.items()):
            with (open_store(workdir / f"watch-{n}.duckdb") as store, Fetcher(options.fetch) as fetcher,
                  WatchPool(jobs) as pool):
                reader = None
                if extractor is None:  # what `newsledger watch` runs: the pool forked before the round's threads
                    pool.start()
                    extractor, reader = pooled_extractor(pool, default_extractor(None)), pool.read_later
                children = resource.getrusage(resource.RUSAGE_CHILDREN)
                first = _round(store, sources, extractor, options, fetcher, reader)
                second = _round(store, sources, extractor, options, fetcher, reader)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers, reaped when the pool closed
            workers = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
            cases[name] = {"first_round": first, "second_round": second, "workers_cpu_s": round(workers, 3)}
    finally:
        server.kill()
        server.wait(timeout=30)
    main = cases["no extraction"]
    return {"feeds": feeds, "items_per_feed": items, "min_delay_s": 0.0, "jobs": jobs, "cases": cases,
            "targets": {"first_round_max_s": TARGET_FIRST_S, "second_round_max_s": TARGET_SECOND_S,
                        "first_met": main["first_round"]["wall_s"] < TARGET_FIRST_S,
                        "second_met": main["second_round"]["wall_s"] < TARGET_SECOND_S}}


def describe(result: dict[str, Any]) -> str:
    lines = [f"{result['feeds']} local feeds × {result['items_per_feed']} article pages (one host, per-host delay "
             f"{result['min_delay_s']} s; the fixture site in its own process):", "",
             "| extraction | round | wall s | CPU s | requests | fetched / 304 / failed | articles added |",
             "|---|---|---:|---:|---:|---|---:|"]
    for name, case in result["cases"].items():
        for label, key in (("first", "first_round"), ("second (all 304)", "second_round")):
            r = case[key]
            lines.append(f"| {name} | {label} | {r['wall_s']:.2f} | {r['cpu_s']:.2f} | {r['requests']:,} | "
                         f"{r['fetched']} / {r['not_modified']} / {r['failed']} | {r['articles_added']:,} |")
    t = result["targets"]
    lines += ["", f"Targets (no extraction): first round < {t['first_round_max_s']:g} s "
                  f"({'met' if t['first_met'] else 'NOT met'}), second round < {t['second_round_max_s']:g} s "
                  f"({'met' if t['second_met'] else 'NOT met'})."]
    pooled = [(name, case) for name, case in result["cases"].items() if "--jobs" in name]
    for name, case in pooled:
        first = case["first_round"]["wall_s"]
        tool = case["first_round"]["cpu_s"] + case["workers_cpu_s"]
        lines.append(f"With extraction, {name}: first round {first:.2f} s (< {t['first_round_max_s']:g} s: "
                     f"{'met' if first < t['first_round_max_s'] else 'NOT met'}); CPU s above is this process "
                     f"only, the workers used {case['workers_cpu_s']:.2f} s CPU over both rounds, so the first "
                     f"round took {tool:.2f} s of CPU in all.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsledger.bench.watch")
    parser.add_argument("mode", choices=("serve", "measure"))
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--no-nlp", action="store_true", help="only the round without extraction")
    args = parser.parse_args(argv)
    if args.mode == "serve":
        serve(args.feeds, args.items)
        return 0
    import json

    result = measure(args.feeds, args.items, nlp=not args.no_nlp)
    print(json.dumps(result, indent=2))
    print(describe(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
