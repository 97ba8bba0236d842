"""schemathesis over the API's OpenAPI schema: generated requests, valid and invalid, against a real store.

No request may get a server error, and every 4xx says what was wrong (FastAPI's validation errors name the
parameter in `loc`; the others carry a `detail` message)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install 'communique[server]'")
schemathesis = pytest.importorskip("schemathesis", reason="the dev extra is not installed: pip install -e '.[dev]'")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from communique.api import create_app  # noqa: E402

from served import serving  # noqa: E402

EXAMPLES = 30


@pytest.fixture(scope="module")
def server(seed_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real uvicorn server on a free local port, over a copy of the session's store
    (posted writes, refused here as no token is set, must never touch the shared one)."""
    db = tmp_path_factory.mktemp("schema-store") / "store.duckdb"
    shutil.copy(seed_store, db)
    with serving(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def operations(server: str) -> dict[str, Any]:
    schema = schemathesis.openapi.from_url(f"{server}/openapi.json")
    ops = (result.ok() for result in schema.get_all_operations())
    return {f"{op.method.upper()} {op.path}": op for op in ops}


def test_the_schema_lists_every_endpoint(operations: dict[str, Any]) -> None:
    assert {"GET /api/events", "GET /api/events/{event_id}", "GET /api/export", "POST /api/ingest",
            "GET /api/aggregates/timeline", "GET /api/actors/resolve"} <= set(operations)


def _says_what_was_wrong(response: Any, case: Any) -> None:
    if not 400 <= response.status_code < 500:
        return
    where = f"{case.method} {case.formatted_path} -> {response.status_code}"
    detail = response.json().get("detail")
    if response.status_code == 422 and isinstance(detail, list):
        assert detail and all(item.get("loc") and item.get("msg") for item in detail), where
    else:
        assert isinstance(detail, str) and detail.strip(), f"{where}: no message"


def _fuzz(operation: Any, mode: GenerationMode) -> None:
    @given(operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        response = case.call()
        case.validate_response(response, checks=[not_a_server_error])
        _says_what_was_wrong(response, case)

    run()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_no_generated_request_gets_a_server_error(operations: dict[str, Any], mode: GenerationMode) -> None:
    failures = []
    for name, operation in sorted(operations.items()):
        try:
            _fuzz(operation, mode)
        except Unsatisfiable:  # nothing to make invalid (no parameters, no body)
            assert mode is GenerationMode.NEGATIVE and not list(operation.iter_parameters())
        except Exception as exc:  # collect every endpoint's failure, not only the first
            failures.append(f"{name}: {type(exc).__name__}: {str(exc)[:600]}")
    assert not failures, "\n".join(failures)
