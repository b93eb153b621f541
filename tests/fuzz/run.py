"""Coverage-guided fuzzing of ingest and extraction with atheris (`make fuzz`; not part of CI).

Three targets, chosen with --target: `ingest` feeds raw bytes through decoding, the date prefix, HTML and JSON Lines
parsing; `jsonl-gz` feeds JSON Lines (gzipped by the harness, or raw bytes under a .jsonl.gz name) through the
streamed reader with small line, byte and line-count limits; `extract` feeds text through parsing and every
extractor. A target fails when it raises anything other than the documented `UnreadableInput`, when an article
cannot be written as UTF-8 or breaks a limit, or when an offset does not slice to its reported text. Findings and
fixes are recorded in docs/fuzzing.md.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from newsledger.ingest import IngestOptions, read_paths
    from newsledger.ledger import Article, Ledger, Problem, check_offsets

SUFFIXES = [".txt", ".html", ".jsonl", ".txt.gz"]
WORKDIR = Path(tempfile.mkdtemp(prefix="newsledger-fuzz-"))


def fuzz_ingest(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    suffix = SUFFIXES[fdp.ConsumeIntInRange(0, len(SUFFIXES) - 1)]
    path = WORKDIR / f"input{suffix}"
    path.write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
    for item in read_paths([path], IngestOptions(max_bytes=1_000_000)):
        if isinstance(item, Article):
            assert item.text.strip(), "an article with an empty body was accepted"


JSONL_LIMITS = IngestOptions(max_bytes=4096, max_lines=64, max_file_bytes=65_536)


def fuzz_jsonl_gz(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    wrap = fdp.ConsumeBool()
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    path = WORKDIR / "input.jsonl.gz"
    path.write_bytes(gzip.compress(body, compresslevel=1) if wrap else body)
    articles = 0
    for item in read_paths([path], JSONL_LIMITS):
        if isinstance(item, Article):
            articles += 1
            assert item.text.strip(), "an article with an empty body was accepted"
            item.model_dump_json().encode("utf-8")  # lone surrogates and the like are repaired, never stored
            assert len(item.text.encode("utf-8")) <= 3 * JSONL_LIMITS.max_bytes  # a cp1252 line grows in UTF-8
        else:
            assert isinstance(item, Problem) and item.reason
    assert articles <= JSONL_LIMITS.max_lines


def fuzz_extract(data: bytes) -> None:
    from newsledger.api import analyze_articles
    from newsledger.ingest import article_from_text

    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(4000)
    if not text.strip():
        return
    try:
        article = article_from_text(text, path="fuzz.txt")
    except ValueError:
        return
    ledger: Ledger = analyze_articles([article])
    bad = check_offsets(ledger)
    assert not bad, bad[:3]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", choices=["ingest", "jsonl-gz", "extract"], default="ingest")
    parser.add_argument("--seconds", type=int, default=300)
    args, rest = parser.parse_known_args()
    target = {"ingest": fuzz_ingest, "jsonl-gz": fuzz_jsonl_gz, "extract": fuzz_extract}[args.target]
    atheris.Setup([sys.argv[0], f"-max_total_time={args.seconds}", "-rss_limit_mb=4096", *rest], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
