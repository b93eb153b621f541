"""Coverage-guided fuzzing of ingest and extraction with atheris (`make fuzz`; not part of CI).

Two targets, chosen with --target: `ingest` feeds raw bytes through decoding, the date prefix, HTML and JSON Lines
parsing; `extract` feeds text through parsing and every extractor. A target fails when it raises anything other than
the documented `UnreadableInput`, or when an offset does not slice to its reported text. Findings and fixes are
recorded in docs/fuzzing.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from newsledger.ingest import IngestOptions, read_paths
    from newsledger.ledger import Article, Ledger, check_offsets

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
    parser.add_argument("--target", choices=["ingest", "extract"], default="ingest")
    parser.add_argument("--seconds", type=int, default=300)
    args, rest = parser.parse_known_args()
    target = fuzz_ingest if args.target == "ingest" else fuzz_extract
    atheris.Setup([sys.argv[0], f"-max_total_time={args.seconds}", "-rss_limit_mb=4096", *rest], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
