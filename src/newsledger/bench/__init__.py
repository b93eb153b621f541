"""Benchmarks (`make bench` = `python -m newsledger.bench`): throughput against the peer, scaling, store queries,
load. Every measurement that reports a peak RSS runs in a fresh subprocess: a process's high-water mark never goes
down, so one process measuring several cases would report the largest for all of them.

This module holds only what every case shares (machine description, subprocess runner, result files); it imports
nothing heavy so the runner starts fast.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SHARED_DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
DEV = SHARED_DATA / "figures" / "gva" / "dev.jsonl"


class CaseFailed(RuntimeError):
    pass


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident set size of this process (or of its largest finished child) in MiB (Linux reports KiB)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    kib = resource.getrusage(who).ru_maxrss
    return round(kib / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _mem_total_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _git_commit() -> str | None:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5,
                              cwd=Path(__file__).resolve().parent)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, timeout=5, cwd=Path(__file__).resolve().parent)
    except (OSError, subprocess.SubprocessError):
        return None
    if head.returncode:
        return None
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def machine_info() -> dict[str, Any]:
    """What the numbers were measured on. The load average matters: on a shared machine a busy neighbour halves
    throughput, so it is recorded with every result."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return {
        "cpu": _cpu_model(), "cores": os.cpu_count(), "usable_cores": usable, "memory_gb": _mem_total_gb(),
        "python": platform.python_version(), "platform": platform.platform(),
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS"), "git": _git_commit(),
    }


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def run_case(module: str, args: list[str], timeout: float | None = None) -> dict[str, Any]:
    """Run `python -m module args` in a fresh process; it prints one JSON object as its last stdout line."""
    cmd = [sys.executable, "-m", module, *args]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s", "command": " ".join(cmd)}
    lines = [x for x in proc.stdout.splitlines() if x.strip()]
    if proc.returncode or not lines:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise CaseFailed(f"{' '.join(cmd)} exited {proc.returncode}:\n{tail}")
    result = json.loads(lines[-1])
    result["process_wall_s"] = round(time.perf_counter() - started, 2)
    return result


def write_json(path: Path, payload: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
