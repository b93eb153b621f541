"""Load test of `newsledger serve`: a real uvicorn server on loopback in a subprocess, N concurrent httpx clients
requesting story pages and searches for a fixed time; and the JSON API's story latency one request at a time.

    python -m newsledger.bench.load --db STORE.duckdb [--clients 50] [--seconds 30]

Targets (issue 9 and 7): zero errors, p99 under 250 ms with 50 clients; /api/stories/{id} under 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

P99_TARGET_MS = 250.0
API_TARGET_MS = 100.0
STARTUP_SECONDS = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(db: str | os.PathLike[str], *, port: int | None = None, workers: int = 1) -> Iterator[str]:
    """`newsledger serve` on 127.0.0.1 in a subprocess; yields its base URL once it answers, stops it after."""
    if not Path(db).is_file():
        raise FileNotFoundError(f"no store at {db}: build one with `newsledger ingest PATH --db {db}`")
    port = port or free_port()
    cmd = [sys.executable, "-m", "newsledger.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(workers)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, proc)
        yield base
    finally:
        proc.send_signal(signal.SIGINT)  # uvicorn's graceful stop
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_until_up(base: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited ({proc.returncode}): {proc.stderr.read() if proc.stderr else ''}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{base}/api/stories?limit=1", timeout=2).status_code == 200:
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


def _request(rng: random.Random, tg: Targets) -> tuple[str, str, dict[str, str]]:
    """Two thirds story pages, one third searches (half of them the HTML list, half the JSON API)."""
    roll = rng.random()
    if roll < 2 / 3:
        return "story", f"/stories/{rng.choice(tg.stories)}", {}
    if roll < 5 / 6:
        return "search", "/", {"q": rng.choice(tg.words)}
    return "search", "/api/stories", {"q": rng.choice(tg.words), "limit": "20"}


async def _client(base: str, tg: Targets, stop_at: float, seed: int, out: list[tuple[str, float, int]]) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=10.0) as client:
        while time.perf_counter() < stop_at:
            kind, path, params = _request(rng, tg)
            started = time.perf_counter()
            try:
                status = (await client.get(path, params=params)).status_code
            except httpx.HTTPError:
                status = 0
            out.append((kind, (time.perf_counter() - started) * 1000, status))


async def _hammer(base: str, tg: Targets, clients: int, seconds: float) -> tuple[list[tuple[str, float, int]], float]:
    out: list[tuple[str, float, int]] = []
    started = time.perf_counter()
    await asyncio.gather(*(_client(base, tg, started + seconds, i, out) for i in range(clients)))
    return out, time.perf_counter() - started


def run_load(db: str | os.PathLike[str], clients: int = 50, seconds: float = 30.0, *, workers: int = 1
             ) -> dict[str, Any]:
    """Throughput, latency percentiles and errors of `clients` concurrent clients for `seconds` on story pages and
    search, against a fresh server (`workers` processes) over `db`, loopback only."""
    load_before = [round(x, 2) for x in os.getloadavg()]  # other work on the machine skews every figure
    with running_server(db, workers=workers) as base:
        tg = targets(base)
        records, elapsed = asyncio.run(_hammer(base, tg, clients, seconds))
    errors = [r for r in records if r[2] == 0 or r[2] >= 400]
    statuses: dict[str, int] = {}
    for _, _, status in records:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    overall = _summary([ms for _, ms, _ in records])
    return {
        "db": str(db), "clients": clients, "workers": workers, "seconds": round(elapsed, 2), "requests": len(records),
        "throughput_rps": round(len(records) / elapsed, 1) if elapsed else 0.0,
        **{k: v for k, v in overall.items() if k != "n"},
        "errors": len(errors), "statuses": statuses,
        "by_kind": {kind: _summary([ms for k, ms, _ in records if k == kind]) for kind in ("story", "search")},
        "stories_sampled": len(tg.stories),
        "target": {"errors": 0, "p99_ms": P99_TARGET_MS},
        "meets_target": not errors and overall.get("p99_ms", float("inf")) < P99_TARGET_MS,
        "cpus": os.cpu_count(), "load_average_before": load_before,
        "note": "server and clients share this machine's CPUs",
    }


def api_latency(db: str | os.PathLike[str], n: int = 200, *, seed: int = 0) -> dict[str, Any]:
    """One request at a time: GET /api/stories/{id} over `n` stories, and each story's HTML page on first view
    (rendered from the store, not yet cached)."""
    with running_server(db) as base:
        tg = targets(base, sample=max(n, 200))
        ids = random.Random(seed).sample(tg.stories, min(n, len(tg.stories)))
        api_ms, page_ms, errors = [], [], 0
        with httpx.Client(base_url=base, timeout=30) as client:
            client.get(f"/api/stories/{ids[0]}")  # first-request setup is not what is measured
            for sid in ids:
                for path, sink in ((f"/api/stories/{sid}", api_ms), (f"/stories/{sid}", page_ms)):
                    started = time.perf_counter()
                    status = client.get(path).status_code
                    sink.append((time.perf_counter() - started) * 1000)
                    errors += status != 200
    api = _summary(api_ms)
    return {"db": str(db), "api_story": api, "story_page_first_view": _summary(page_ms), "errors": errors,
            "target_ms": API_TARGET_MS, "meets_target": errors == 0 and api.get("p99_ms", 1e9) < API_TARGET_MS}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--out", type=Path, help="Also write the results here (JSON).")
    args = parser.parse_args(argv)
    results = {"api_latency": api_latency(args.db), "load": run_load(args.db, args.clients, args.seconds)}
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
