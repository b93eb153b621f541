"""`spark-submit .../newsledger/spark/__main__.py INPUT... OUTPUT [options]`, or `python -m newsledger.spark`.

Under spark-submit the master, executors and memory come from spark-submit's own options; `--master` is for
running it directly (default: Spark's, local[*]).
"""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsledger.spark", description="newsledger on Spark: articles in, the "
                                     "store's tables out as Parquet")
    parser.add_argument("paths", nargs="+", help="INPUT... OUTPUT: input files or directories, then the output")
    parser.add_argument("--master", default=None, help="e.g. local[2]; omit under spark-submit")
    parser.add_argument("--format", dest="fmt", default="auto", choices=["auto", "jsonl", "parquet", "warc"])
    parser.add_argument("--partitions", type=int, default=None, help="extraction partitions")
    parser.add_argument("--model", default=None, help="spaCy pipeline (installed on every executor)")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="Spark settings")
    args = parser.parse_args(argv)
    if len(args.paths) < 2:
        parser.error("give at least one INPUT and the OUTPUT directory")
    conf = dict(item.split("=", 1) for item in args.conf)
    from newsledger.spark import spark_run

    summary = spark_run(args.paths[:-1], args.paths[-1], master=args.master, fmt=args.fmt,
                        partitions=args.partitions, model=args.model, conf=conf)
    sys.stdout.write(json.dumps(summary, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
