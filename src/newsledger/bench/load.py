"""Load test of `newsledger serve`: a real uvicorn server on loopback in a subprocess, N concurrent clients requesting
story pages and searches for a fixed time; and the JSON API's story latency one request at a time.

    python -m newsledger.bench.load --db STORE.duckdb [--clients 50] [--seconds 30] [--workers 2] [--no-cache]
                                    [--warmup S] [--skip-api] [--out FILE]

Targets (issue 9 and 7): zero errors, p99 under 250 ms with 50 clients; /api/stories/{id} under 100 ms.

The clients share the machine's cores with the server, so they must cost little: each is a keep-alive HTTP/1.1
connection driven by a minimal asyncio client (status line, headers, the whole body read by Content-Length or
chunks), all in one event loop in this process; the CPU time of both sides is measured and reported. Requests are
closed-loop (a client sends its next request when the last one is answered), over story ids and search words drawn
from the store, so repeats hit the server's response cache as they would for real readers; the server marks each
answer `x-newsledger-cache: hit|miss` and the result says how many were hits.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx

P99_TARGET_MS = 250.0
API_TARGET_MS = 100.0
STARTUP_SECONDS = 60.0
REQUEST_TIMEOUT = 10.0
WORKERS = 2  # server processes in the benchmark: one per core of the 2-core machine it is measured on
CACHE_HEADER = "x-newsledger-cache"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    base: str
    port: int
    pid: int
    workers: int
    cache_mb: int


@contextlib.contextmanager
def running_server(db: str | os.PathLike[str], *, port: int | None = None, workers: int = 1,
                   cache_mb: int | None = None) -> Iterator[Server]:
    """`newsledger serve` on 127.0.0.1 in a subprocess; yields it once every worker process is up (so that clients
    connecting at once are spread over all of them), stops it after. `cache_mb`: the server's response cache (None:
    its default; 0: off)."""
    from newsledger.serve.app import DEFAULT_CACHE_MB

    if not Path(db).is_file():
        raise FileNotFoundError(f"no store at {db}: build one with `newsledger ingest PATH --db {db}`")
    port = port or free_port()
    cmd = [sys.executable, "-m", "newsledger.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(workers)]
    if cache_mb is not None:
        cmd += ["--cache-mb", str(cache_mb)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # The server's log goes to a file (appended to; read through its path), not to a pipe nobody reads while the
    # clients run: a full pipe would stall the server.
    with tempfile.TemporaryDirectory(prefix="newsledger-load-") as tmp:
        log_path = Path(tmp) / "serve.log"
        with open(log_path, "a", encoding="utf-8") as log:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(base, proc, log_path, workers)
            yield Server(base, port, proc.pid, workers, DEFAULT_CACHE_MB if cache_mb is None else cache_mb)
        finally:
            proc.send_signal(signal.SIGINT)  # a graceful stop
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_until_up(base: str, proc: subprocess.Popen, log_path: Path, workers: int) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        log = log_path.read_text(encoding="utf-8", errors="replace")
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited ({proc.returncode}): {log[-4000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if (log.count("Application startup complete") >= workers
                    and httpx.get(f"{base}/api/stories?limit=1", timeout=2).status_code == 200):
                return
        time.sleep(0.2)
    raise RuntimeError(f"the server did not answer within {STARTUP_SECONDS:g} s")


@dataclass(frozen=True)
class Targets:
    stories: list[str]
    words: list[str]


def targets(base: str, *, sample: int = 5000, seed: int = 0) -> Targets:
    """Story ids and search words drawn from the store itself (first pages of the story list)."""
    ids: list[str] = []
    labels: list[str] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        offset = 0
        while len(ids) < sample:
            page = client.get("/api/stories", params={"limit": 200, "offset": offset}).raise_for_status().json()
            if not page["items"]:
                break
            ids += [s["id"] for s in page["items"]]
            labels += [s["label"] or "" for s in page["items"]]
            offset += 200
    if not ids:
        raise RuntimeError("the store has no stories to request")
    words = sorted({w.lower() for label in labels for w in re.findall(r"[A-Za-z]{5,}", label)})
    rng = random.Random(seed)
    return Targets(stories=ids[:sample], words=rng.sample(words, min(len(words), 1000)) or ["shooting"])


def _summary(latencies_ms: list[float]) -> dict[str, float]:
    if not latencies_ms:
        return {"n": 0}
    ordered = sorted(latencies_ms)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 2)

    return {"n": len(ordered), "mean_ms": round(statistics.fmean(ordered), 2), "p50_ms": pct(50), "p90_ms": pct(90),
            "p99_ms": pct(99), "max_ms": round(ordered[-1], 2)}


def _request(rng: random.Random, tg: Targets) -> tuple[str, str]:
    """Two thirds story pages, one third searches (half of them the HTML list, half the JSON API)."""
    roll = rng.random()
    if roll < 2 / 3:
        return "story", f"/stories/{quote(rng.choice(tg.stories), safe='')}"
    if roll < 5 / 6:
        return "search", "/?" + urlencode({"q": rng.choice(tg.words)})
    return "search", "/api/stories?" + urlencode({"q": rng.choice(tg.words), "limit": "20"})


class HTTPError(Exception):
    """A response this client cannot read (malformed, cut short)."""


@dataclass
class Reply:
    status: int
    size: int
    cache: str | None


@dataclass
class _Connection:
    """One keep-alive HTTP/1.1 connection: a request at a time, the whole body read before the next."""

    host: str
    port: int
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    opened: int = 0

    async def get(self, target: str) -> Reply:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            self.opened += 1
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nUser-Agent: newsledger-bench"
                          "\r\nAccept: */*\r\n\r\n".encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
            raise HTTPError(f"bad status line {lines[0][:80]!r}")
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            size = len(await self.reader.readexactly(int(headers["content-length"])))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            size = 0
            while True:
                length = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                size += len(await self.reader.readexactly(length + 2)) - 2  # the chunk and its CRLF
                if length == 0:  # the last chunk (this server sends no trailers)
                    break
        else:
            size = len(await self.reader.read())
            headers["connection"] = "close"
        if headers.get("connection", "").lower() == "close":
            self.close()
        return Reply(int(parts[1]), size, headers.get(CACHE_HEADER))

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


@dataclass
class _Record:
    kind: str
    ms: float
    status: int
    size: int = 0
    cache: str | None = None
    done: float = 0.0  # seconds from the start of the run to the answer


@dataclass
class _Run:
    records: list[_Record] = field(default_factory=list)
    connections: int = 0
    failures: dict[str, int] = field(default_factory=dict)


async def _client(host: str, port: int, tg: Targets, started_at: float, stop_at: float, seed: int, run: _Run
                  ) -> None:
    rng = random.Random(seed)
    conn = _Connection(host, port)
    try:
        while time.perf_counter() < stop_at:
            kind, target = _request(rng, tg)
            started = time.perf_counter()
            try:
                reply = await asyncio.wait_for(conn.get(target), REQUEST_TIMEOUT)
                record = _Record(kind, 0.0, reply.status, reply.size, reply.cache)
            except (TimeoutError, OSError, EOFError, ValueError, HTTPError, asyncio.LimitOverrunError) as exc:
                conn.close()  # a failed exchange leaves the connection in an unknown state: start a new one
                name = type(exc).__name__
                run.failures[name] = run.failures.get(name, 0) + 1
                record = _Record(kind, 0.0, 0)
            now = time.perf_counter()
            record.ms, record.done = (now - started) * 1000, now - started_at
            run.records.append(record)
    finally:
        run.connections += conn.opened
        conn.close()


async def _hammer(base: str, tg: Targets, clients: int, seconds: float, *, seed: int = 0) -> tuple[_Run, float]:
    host, port = base.removeprefix("http://").rsplit(":", 1)
    run = _Run()
    started = time.perf_counter()
    await asyncio.gather(*(_client(host, int(port), tg, started, started + seconds, seed + i, run)
                           for i in range(clients)))
    return run, time.perf_counter() - started


def _windows(records: list[_Record], seconds: float, width: float = 5.0) -> list[dict[str, Any]]:
    """Throughput, p50/p99 and cache hits per `width` seconds of the run: how a cold start settles."""
    out = []
    for n in range(max(1, math.ceil(seconds / width))):
        mine = [r for r in records if n * width <= r.done < (n + 1) * width]
        if not mine:
            continue
        stats = _summary([r.ms for r in mine])
        out.append({"from_s": n * width, "requests": len(mine), "throughput_rps": round(len(mine) / width, 1),
                    "p50_ms": stats["p50_ms"], "p99_ms": stats["p99_ms"],
                    "cache_hit_rate": round(sum(r.cache == "hit" for r in mine) / len(mine), 3)})
    return out


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of `pid` and its descendants still running (Linux /proc; None elsewhere)."""
    try:
        tick = os.sysconf("SC_CLK_TCK")
        parents: dict[int, int] = {}
        times: dict[int, float] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            with contextlib.suppress(OSError, ValueError, IndexError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                fields = stat[stat.rindex(")") + 2:].split()
                parents[int(entry)] = int(fields[1])
                times[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    except (OSError, ValueError, AttributeError):
        return None
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        children = [p for p, pp in parents.items() if pp == parent and p not in tree]
        tree.update(children)
        frontier += children
    return sum(times.get(p, 0.0) for p in tree) if pid in times else None


def run_load(db: str | os.PathLike[str], clients: int = 50, seconds: float = 30.0, *, workers: int = WORKERS,
             cache: bool = True, warmup: float = 0.0) -> dict[str, Any]:
    """Throughput, latency percentiles and errors of `clients` concurrent clients for `seconds` on story pages and
    search, against a fresh server (`workers` processes; its response cache on or off) over `db`, loopback only.
    `warmup` > 0: the same clients run that long first, reported apart ("warmup") and not in the main figures."""
    load_before = [round(x, 2) for x in os.getloadavg()]  # other work on the machine skews every figure
    with running_server(db, workers=workers, cache_mb=None if cache else 0) as server:
        tg = targets(server.base)
        warm = asyncio.run(_hammer(server.base, tg, clients, warmup, seed=10_000)) if warmup > 0 else None
        server_cpu, client_cpu = _cpu_seconds(server.pid), time.process_time()
        run, elapsed = asyncio.run(_hammer(server.base, tg, clients, seconds))
        server_end, client_cpu = _cpu_seconds(server.pid), time.process_time() - client_cpu
        server_cpu = None if server_cpu is None or server_end is None else server_end - server_cpu
    load_after = [round(x, 2) for x in os.getloadavg()]
    figures = _figures(run.records, elapsed)
    records = run.records
    return {
        "db": str(db), "clients": clients, "workers": workers, "seconds": round(elapsed, 2),
        **figures,
        "failures": run.failures,
        "by_kind": {kind: {**_summary([r.ms for r in records if r.kind == kind]),
                           "cache_hits": sum(r.cache == "hit" for r in records if r.kind == kind),
                           "mean_kb": round(statistics.fmean([r.size for r in records if r.kind == kind] or [0])
                                            / 1024, 1)}
                    for kind in ("story", "search")},
        "windows": _windows(records, elapsed),
        "server_cache": {"enabled": cache, "mb_per_worker": server.cache_mb,
                         "hit_rate": figures["cache_hit_rate"]},
        "warmup": None if warm is None else {"seconds": round(warm[1], 2), **_figures(warm[0].records, warm[1]),
                                             "windows": _windows(warm[0].records, warm[1])},
        "stories_sampled": len(tg.stories), "search_words": len(tg.words),
        "mix": "2/3 story pages /stories/{id}, 1/6 HTML search /?q=word, 1/6 JSON search /api/stories?q=word&limit=20, "
               "ids and words uniformly at random",
        "target": {"errors": 0, "p99_ms": P99_TARGET_MS},
        "meets_target": figures["errors"] == 0 and figures.get("p99_ms", float("inf")) < P99_TARGET_MS,
        "client": {"kind": "closed loop, one keep-alive HTTP/1.1 connection per client, asyncio streams, one process",
                   "processes": 1, "connections_opened": run.connections, "cpu_s": round(client_cpu, 2),
                   "cpu_ms_per_request": round(1000 * client_cpu / len(records), 3) if records else None},
        "server": {"command": f"newsledger serve --workers {workers}" + ("" if cache else " --cache-mb 0"),
                   "processes": workers, "cpu_s": None if server_cpu is None else round(server_cpu, 2),
                   "cpu_ms_per_request": round(1000 * server_cpu / len(records), 3)
                   if records and server_cpu is not None else None},
        "cpus": os.cpu_count(), "load_average_before": load_before, "load_average_after": load_after,
        "note": "server and clients share this machine's CPUs",
    }


def _figures(records: list[_Record], elapsed: float) -> dict[str, Any]:
    errors = sum(r.status == 0 or r.status >= 400 for r in records)
    statuses: dict[str, int] = {}
    for r in records:
        statuses[str(r.status)] = statuses.get(str(r.status), 0) + 1
    overall = _summary([r.ms for r in records])
    return {"requests": len(records), "throughput_rps": round(len(records) / elapsed, 1) if elapsed else 0.0,
            **{k: v for k, v in overall.items() if k != "n"}, "errors": errors, "statuses": statuses,
            "cache_hit_rate": round(sum(r.cache == "hit" for r in records) / len(records), 3) if records else 0.0}


def describe(load: dict[str, Any]) -> str:
    """One paragraph for the benchmark summary: what was measured, how, and what came out."""
    cache = load.get("server_cache", {})
    client, server = load.get("client", {}), load.get("server", {})
    cold = "a fresh server (caches empty at the start)" if not load.get("warmup") else \
        f"a server after {load['warmup']['seconds']} s of the same load"
    return (f"{load.get('clients')} concurrent closed-loop clients for {load.get('seconds')} s on story pages and "
            f"searches against {cold}: `{server.get('command')}` ({load.get('workers')} worker processes, response "
            f"cache {'on, ' + str(cache.get('mb_per_worker')) + ' MB each' if cache.get('enabled') else 'off'}); "
            f"clients in one process, one keep-alive connection each. {load.get('throughput_rps')} requests/s, "
            f"p50 {load.get('p50_ms')} ms, p99 {load.get('p99_ms')} ms, max {load.get('max_ms')} ms, "
            f"{load.get('errors')} errors (target met: {load.get('meets_target')}); cache hit rate "
            f"{cache.get('hit_rate')}; CPU: server {server.get('cpu_s')} s, clients {client.get('cpu_s')} s; "
            f"load average {load.get('load_average_before')} before, {load.get('load_average_after')} after.")


def api_latency(db: str | os.PathLike[str], n: int = 200, *, seed: int = 0) -> dict[str, Any]:
    """One request at a time: GET /api/stories/{id} over `n` stories, and each story's HTML page on first view
    (rendered from the store, not yet cached)."""
    with running_server(db) as server:
        tg = targets(server.base, sample=max(n, 200))
        ids = random.Random(seed).sample(tg.stories, min(n, len(tg.stories)))
        api_ms, page_ms, errors, cached = [], [], 0, 0
        with httpx.Client(base_url=server.base, timeout=30) as client:
            client.get(f"/api/stories/{ids[0]}")  # first-request setup is not what is measured
            for sid in ids:
                for path, sink in ((f"/api/stories/{sid}", api_ms), (f"/stories/{sid}", page_ms)):
                    started = time.perf_counter()
                    response = client.get(path)
                    sink.append((time.perf_counter() - started) * 1000)
                    errors += response.status_code != 200
                    cached += response.headers.get(CACHE_HEADER) == "hit" and sink is page_ms
    api = _summary(api_ms)
    return {"db": str(db), "api_story": api, "story_page_first_view": _summary(page_ms), "errors": errors,
            "first_views_served_from_cache": cached,
            "target_ms": API_TARGET_MS, "meets_target": errors == 0 and api.get("p99_ms", 1e9) < API_TARGET_MS}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=WORKERS, help="Server processes.")
    parser.add_argument("--no-cache", action="store_true", help="Run the server with its response cache off.")
    parser.add_argument("--warmup", type=float, default=0.0, help="Seconds of load before the measured run.")
    parser.add_argument("--skip-api", action="store_true", help="Only the concurrent load, not the API latency.")
    parser.add_argument("--out", type=Path, help="Also write the results here (JSON).")
    args = parser.parse_args(argv)
    results = {} if args.skip_api else {"api_latency": api_latency(args.db)}
    results["load"] = run_load(args.db, args.clients, args.seconds, workers=args.workers, cache=not args.no_cache,
                               warmup=args.warmup)
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
