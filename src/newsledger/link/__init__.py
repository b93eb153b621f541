"""link: across articles, incremental. Never re-parses text; works on ledger records only.

The one-shot orchestration (`analyze`) is `newsledger.pipeline.build_ledger`; the store calls the same
functions batch by batch.
"""
