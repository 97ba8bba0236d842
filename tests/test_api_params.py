"""Query parameters the API does not know are refused, not ignored: ``/api/events?limit=5``
answered 100 events and ``?actr=USA`` (a typo) every event, unfiltered, with status 200."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install 'communique[server]'")

from fastapi.testclient import TestClient  # noqa: E402

from communique.api import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(seed_store: Path):
    with TestClient(create_app(seed_store)) as c:
        yield c


@pytest.mark.parametrize("path, params, name, known", [
    ("/api/events", {"limit": 5}, "limit", "size"),
    ("/api/events", {"actr": "USA"}, "actr", "actor"),
    ("/api/events", {"type": "AGREE", "types": "CONSULT"}, "types", "type"),
    ("/api/articles", {"published": "2021"}, "published", "since"),
    ("/api/export", {"fmt": "csv"}, "fmt", "format"),
    ("/api/aggregates/timeline", {"bucket": "year"}, "bucket", "interval"),
    ("/api/aggregates/dyads", {"top": 3}, "top", "limit"),
    ("/api/actors", {"name": "Iran"}, "name", "q"),
    ("/api/actors/resolve", {"text": "Suga", "on": "2021-04-16"}, "on", "date"),
    ("/api/health", {"verbose": 1}, "verbose", "none"),
])
def test_an_unknown_parameter_is_a_422_naming_it_and_the_known_ones(client: TestClient, path: str,
                                                                    params: dict[str, Any], name: str, known: str):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert [d["loc"] for d in detail] == [["query", name]]
    assert name in detail[0]["msg"] and known in detail[0]["msg"]


@pytest.mark.parametrize("path, params", [
    # what the web page (static/app.js) sends
    ("/api/aggregates/facets", {}),
    ("/api/actors", {"limit": 200}),
    ("/api/aggregates/timeline", {"by": "type", "interval": "month", "actor": "USA", "class": "verbal_conflict",
                                  "date_field": "published", "date_basis": "text", "background": "false"}),
    ("/api/aggregates/dyads", {"limit": 60, "outlet": "x", "text": "talks", "dyad": "USA,CHN"}),
    ("/api/aggregates/countries", {"since": "2020", "until": "2022", "status": "occurred", "mode": "visit"}),
    ("/api/events", {"size": 25, "type": "CONSULT"}),
    ("/api/export", {"format": "csv", "actor": "USA"}),
    ("/api/health", {}),
])
def test_the_parameters_the_page_sends_are_all_known(client: TestClient, path: str, params: dict[str, Any]):
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("params, name, said", [
    ({"since": "2021-04", "until": "2020-01"}, "since", "after the until date '2020-01'"),
])
def test_a_filter_error_names_query_parameters_not_command_line_options(client: TestClient, params: dict[str, Any],
                                                                        name: str, said: str):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"][0]
    assert detail["loc"] == ["query", name] and said in detail["msg"] and "--" not in detail["msg"], detail
