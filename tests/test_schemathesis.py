"""Schemathesis against the app's own OpenAPI schema, in process (ASGI transport, no socket): generated requests for
every operation, pages included, a bounded number of examples each; no 500s, and every answer matches the schema
(status codes, content types, response bodies).

Each operation's strategy runs under Hypothesis directly (schemathesis' documented `as_strategy()`): its pytest
plugin's lazy `from_fixture` loader does not run under pytest 9, and a schema loaded at import time would build a
store whenever the suite is collected.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from newsledger.serve.app import create_app
from tests.test_serve import build_store

EXAMPLES = 40
OPERATIONS = [
    ("GET", "/"), ("GET", "/stories/{story_id}"), ("GET", "/sources"), ("GET", "/sources/{source_id}"),
    ("GET", "/api/stories"), ("GET", "/api/stories/{story_id}"), ("GET", "/api/sources"),
    ("GET", "/api/sources/{source_id}"), ("GET", "/api/quotes"), ("GET", "/api/figures"),
    ("GET", "/whats-new"),
]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    app = create_app(build_store(tmp_path_factory.mktemp("schemathesis"), n=12))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_is_fuzzed(api_schema):
    found = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_operation_matches_its_schema_and_never_fails(api_schema, method, path):
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(case=api_schema[path][method].as_strategy())
    def check(case):
        case.call_and_validate()

    check()
