"""The HTTP API over a real store (the seeds and dev-news through the real pipeline), through an HTTP client."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install 'communique[server]'")

from fastapi.testclient import TestClient  # noqa: E402

from communique.api import create_app  # noqa: E402
from communique.events.classes import QUAD_CLASS  # noqa: E402
from communique.store import EventQuery, Store  # noqa: E402

TOKEN = "test-token-123"


@pytest.fixture(scope="module")
def client(seed_store: Path):
    with TestClient(create_app(seed_store)) as c:
        yield c


@pytest.fixture(scope="module")
def rows(seed_store: Path) -> list[dict[str, Any]]:
    with Store(seed_store, read_only=True) as store:
        return store.query()


def _all_pages(client: TestClient, size: int, **params: Any) -> tuple[list[dict[str, Any]], int]:
    out: list[dict[str, Any]] = []
    cursor = None
    total = -1
    while True:
        r = client.get("/api/events", params={**params, "size": size, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        total = body["total"]
        out += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return out, total


def _strip(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "outlet"}


def test_health_reports_the_store(client: TestClient, seed_store: Path) -> None:
    body = client.get("/api/health").json()
    with Store(seed_store, read_only=True) as store:
        stats = store.stats()
    assert body["status"] == "ok" and body["events"] == stats["events"] > 50
    assert body["articles"] == 29 and body["writer_active"] is False


def test_cursor_pages_walk_every_event_in_store_order(client: TestClient, rows: list[dict[str, Any]]) -> None:
    got, total = _all_pages(client, size=7)
    assert total == len(rows) == len(got)
    assert [_strip(r) for r in got] == rows


@pytest.mark.parametrize("params, query", [
    ({"actor": "usa"}, EventQuery(actor="USA")),
    ({"dyad": "USA,CHN"}, EventQuery(dyad=("USA", "CHN"))),
    ({"type": ["CONSULT", "accuse"]}, EventQuery(type=["CONSULT", "ACCUSE"])),
    ({"status": "planned"}, EventQuery(status="planned")),
    ({"since": "2021", "until": "2022-01"}, EventQuery(since="2021", until="2022-01")),
    ({"text": "nuclear"}, EventQuery(text="nuclear")),
    ({"doc": "000_f58d0c651a51496f"}, EventQuery(doc_id="000_f58d0c651a51496f")),
    ({"background": "false"}, EventQuery(include_background=False)),
    ({"date_basis": ["text", "inherited"]}, EventQuery(date_basis=["text", "inherited"])),
])
def test_filters_mean_what_the_cli_filters_mean(client: TestClient, seed_store: Path, params: dict[str, Any],
                                               query: EventQuery) -> None:
    with Store(seed_store, read_only=True) as store:
        expected = store.query(query)
    got, total = _all_pages(client, size=50, **params)
    assert expected, f"no event for {params}: the test would prove nothing"
    assert total == len(expected)
    assert [_strip(r) for r in got] == expected


def test_mode_outlet_class_and_publication_dates(client: TestClient, rows: list[dict[str, Any]],
                                                 seed_store: Path) -> None:
    got, _ = _all_pages(client, size=100, mode="VISIT")
    assert got and len(got) == sum(1 for r in rows if (r["mode"] or "").lower() == "visit")
    outlets = Counter(r["outlet"] for r in _all_pages(client, size=100)[0])
    outlet, n = outlets.most_common(1)[0]
    got, _ = _all_pages(client, size=100, outlet=outlet.upper())
    assert len(got) == n and {r["outlet"] for r in got} == {outlet}
    got, _ = _all_pages(client, size=100, **{"class": "material_conflict"})
    assert got and len(got) == sum(1 for r in rows if QUAD_CLASS[r["type"]] == "material_conflict")
    got, _ = _all_pages(client, size=100, since="2021-03", until="2021-04", date_field="published")
    assert got and len(got) == sum(1 for r in rows if "2021-03" <= (r["published"] or "")[:7] <= "2021-04")


def test_one_event_carries_every_report_with_its_evidence(client: TestClient, rows: list[dict[str, Any]],
                                                         seed_store: Path) -> None:
    per_id = Counter(r["event_id"] for r in rows)
    event_id, n = per_id.most_common(1)[0]
    assert n >= 2, "no event is reported twice in the seed store"
    body = client.get(f"/api/events/{event_id}").json()
    assert len(body["reports"]) == n and body["class"] == QUAD_CLASS[body["type"]]
    for rep in body["reports"]:
        art = client.get(f"/api/articles/{rep['doc_id']}").json()
        ev = rep["evidence"]
        assert art["text"][ev["start"]:ev["end"]] == ev["text"]
        assert rep["outlet"] == (art["source"] or art["sitename"])
        assert any(e["event_id"] == event_id for e in art["events"])
    assert client.get("/api/events/ev_nothing").status_code == 404


def test_articles_page_by_id(client: TestClient) -> None:
    first = client.get("/api/articles", params={"size": 20}).json()
    second = client.get("/api/articles", params={"size": 20, "cursor": first["next_cursor"]}).json()
    ids = [a["id"] for a in first["articles"] + second["articles"]]
    assert len(ids) == 29 == len(set(ids)) and ids == sorted(ids) and second["next_cursor"] is None
    assert client.get("/api/articles/nope").status_code == 404


def test_timeline_counts_add_up(client: TestClient, rows: list[dict[str, Any]]) -> None:
    for interval in ("day", "week", "month", "year"):
        body = client.get("/api/aggregates/timeline", params={"interval": interval, "by": "class"}).json()
        placed = sum(r["count"] for r in body["series"])
        assert placed + body["undated"] + body["coarser"] == len(rows)
        assert {r["key"] for r in body["series"]} <= set(QUAD_CLASS.values())
    months = client.get("/api/aggregates/timeline", params={"interval": "month", "by": "type"}).json()["series"]
    expected = Counter((r["date"][:7], r["type"]) for r in rows if r["date"] and len(r["date"]) >= 7)
    assert {(r["period"], r["key"]): r["count"] for r in months} == dict(expected)


def test_dyads_countries_and_classes_match_a_count_by_hand(client: TestClient, rows: list[dict[str, Any]]) -> None:
    pairs: Counter[tuple[str, str]] = Counter()
    for r in rows:
        a, b = (r["source"] or {}).get("code"), (r["target"] or {}).get("code")
        if a and b and a != b:
            pairs[tuple(sorted((a, b)))] += 1  # type: ignore[index]
    body = client.get("/api/aggregates/dyads", params={"limit": 1000}).json()
    assert {(e["a"], e["b"]): e["count"] for e in body["edges"]} == dict(pairs)
    assert all(e["cooperation"] + e["conflict"] == e["count"] for e in body["edges"])
    assert {n["code"] for n in body["nodes"]} == {c for p in pairs for c in p}
    classes = client.get("/api/aggregates/classes").json()
    assert classes == {c: sum(1 for r in rows if QUAD_CLASS[r["type"]] == c) for c in classes}
    facets = client.get("/api/aggregates/facets").json()
    assert facets["total"] == len(rows) and facets["type"] == dict(Counter(r["type"] for r in rows))
    assert facets["status"] == dict(Counter(r["status"] for r in rows))
    assert facets["mode"] == dict(Counter(r["mode"] for r in rows if r["mode"]))
    usa = {c["country"]: c["count"] for c in client.get("/api/aggregates/countries").json()["countries"]}["USA"]
    assert usa >= client.get("/api/events", params={"actor": "USA", "size": 1}).json()["total"] > 0


def test_exports_stream_every_matching_event(client: TestClient, seed_store: Path) -> None:
    import pyarrow.parquet as pq

    with Store(seed_store, read_only=True) as store:
        expected = store.query(EventQuery(actor="USA"))
    r = client.get("/api/export", params={"format": "jsonl", "actor": "USA"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    assert [json.loads(line) for line in r.text.splitlines()] == expected
    r = client.get("/api/export", params={"format": "csv", "actor": "USA"})
    assert len(list(csv.DictReader(io.StringIO(r.text)))) == len(expected)
    r = client.get("/api/export", params={"format": "parquet", "actor": "USA"})
    assert pq.read_table(io.BytesIO(r.content)).num_rows == len(expected)


@pytest.mark.parametrize("path, params, name", [
    ("/api/events", {"since": "2021-13"}, "since"),
    ("/api/events", {"until": "April"}, "until"),
    ("/api/events", {"cursor": "bm90IGEgY3Vyc29y"}, "cursor"),
    ("/api/events", {"dyad": "USA"}, "dyad"),
    ("/api/events", {"type": "HUG"}, "type"),
    ("/api/events", {"status": "rumoured"}, "status"),
    ("/api/events", {"size": 0}, "size"),
    ("/api/events", {"background": "perhaps"}, "background"),
    ("/api/events", {"date_basis": "guessed"}, "date_basis"),
    ("/api/events", {"actor": "Russia"}, "actor"),
    ("/api/events", {"mode": "teleport"}, "mode"),
    ("/api/aggregates/dyads", {"min_intensity": 20}, "min_intensity"),
    ("/api/events", {"date_field": "ingested"}, "date_field"),
    ("/api/aggregates/timeline", {"interval": "hour"}, "interval"),
    ("/api/export", {"format": "xlsx"}, "format"),
    ("/api/actors/resolve", {"text": "Suga", "date": "2021-02-30"}, "date"),
])
def test_bad_parameters_get_422_naming_the_parameter(client: TestClient, path: str, params: dict[str, Any],
                                                     name: str) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    assert any(name in d["loc"] for d in r.json()["detail"])


def test_actors_search_resolve_and_show(client: TestClient) -> None:
    found = client.get("/api/actors", params={"q": "korea"}).json()["actors"]
    assert {"KOR", "PRK"} <= {a["code"] for a in found}
    r = client.get("/api/actors/resolve", params={"text": "Prime Minister Suga", "date": "2021-04-16"}).json()
    assert r["actor"]["code"] == "JPN" and r["actor"]["kind"] == "person"
    shown = client.get("/api/actors/JPN").json()
    assert shown["entities"] and shown["events"] == client.get("/api/events", params={"actor": "JPN"}).json()["total"]
    assert client.get("/api/actors/NOSUCHACTOR").status_code == 404


def test_openapi_schema_and_pages_are_served(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/aggregates/timeline", "/api/export",
            "/api/ingest"} <= set(schema["paths"])
    for path in ("/", "/docs", "/static/app.js", "/static/world.json", "/static/LICENSES.md"):
        assert client.get(path).status_code == 200, path


STORY = ("Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden in Washington on Friday to discuss "
         "security in the region.\n\nChina accused Japan of interfering in its internal affairs on Saturday.\n\n"
         "The two leaders agreed to expand military cooperation, officials said.")


def _one_doc(doc_id: str) -> bytes:
    """A new article (not a copy of a stored one, which would be linked as a duplicate)."""
    doc = {"id": doc_id, "published": "2023-05-12", "source": "Test Wire", "text": f"[{doc_id}] {STORY}"}
    return (json.dumps(doc) + "\n").encode("utf-8")


def test_writes_are_off_without_a_token_and_need_it(tmp_path: Path, seed_store: Path, shared: Path,
                                                   pipeline) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copyfile(seed_store, db)
    with TestClient(create_app(db)) as c:
        assert c.post("/api/ingest", content=_one_doc("x1")).status_code == 403
    with TestClient(create_app(db, token=TOKEN, pipeline=pipeline, poll_seconds=0.2)) as c:
        before = c.get("/api/health").json()
        assert c.post("/api/ingest", content=_one_doc("x1")).status_code == 401
        assert c.post("/api/ingest", content=_one_doc("x1"),
                      headers={"Authorization": "Bearer wrong-token"}).status_code == 401
        r = c.post("/api/ingest", content=_one_doc("posted-1") + b"not json\n",
                   headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["stored"] == 1 and body["events"] > 0 and len(body["errors"]) == 1
        assert "not valid JSON" in body["errors"][0]
        after = c.get("/api/health").json()
        assert after["articles"] == before["articles"] + 1
        assert c.get("/api/events", params={"doc": "posted-1"}).json()["total"] == body["events"]
        other = json.dumps({"id": "posted-1", "text": "Japan and Australia signed a defence pact."}) + "\n"
        r = c.post("/api/ingest", content=other.encode(), headers={"Authorization": f"Bearer {TOKEN}"})
        errors = r.json()["errors"]  # the HTTP caller has no --replace to pass
        assert len(errors) == 1 and "already stored" in errors[0] and "--replace" not in errors[0], errors
        html = b"<html><head><title>T</title></head><body><article><p>" + b"Japan and Australia signed a " \
               b"defence pact in Tokyo on Monday, officials said. " * 3 + b"</p></article></body></html>"
        r = c.post("/api/ingest", content=html, params={"id": "html-1", "published": "2022-01-06", "source": "Test"},
                   headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/html"})
        assert r.status_code == 200 and r.json()["stored"] == 1, r.text


def _locked(db: Path) -> bool:
    """Whether another process holds the store for writing (checked apart from the server)."""
    import duckdb

    try:
        duckdb.connect(str(db), read_only=True).close()
    except duckdb.IOException as exc:
        return "lock" in str(exc).lower()
    return False


def test_reads_go_on_while_an_ingest_writes(tmp_path: Path, seed_store: Path, shared: Path) -> None:
    db = tmp_path / "busy.duckdb"
    shutil.copyfile(seed_store, db)
    doc = tmp_path / "new.jsonl"
    doc.write_bytes(_one_doc("during-ingest"))
    with TestClient(create_app(db, token=TOKEN, poll_seconds=0.2)) as c:
        before = c.get("/api/health").json()["articles"]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
        proc = subprocess.Popen([sys.executable, "-m", "communique.cli", "ingest", str(doc), "--db", str(db), "-q"],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        answered = busy_seen = 0
        try:
            while proc.poll() is None:
                r = c.get("/api/events", params={"size": 5})
                assert r.status_code == 200, r.text
                answered += 1
                busy_seen += c.get("/api/health").json()["writer_active"] and _locked(db)
                time.sleep(0.1)
        finally:
            out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        assert answered > 3 and busy_seen > 0, "the ingest never held the file while the API was asked"
        deadline = time.time() + 10
        while c.get("/api/health").json()["articles"] < before + 1 and time.time() < deadline:
            time.sleep(0.2)
        assert c.get("/api/health").json()["articles"] == before + 1
        assert c.get("/api/events", params={"doc": "during-ingest"}).json()["total"] > 0


#: another process holding the store for writing, as a running ingest does, until its stdin closes;
#: like an ingest (``Store``'s lock wait) it retries while the app's watcher holds its brief shared
#: lock to copy a snapshot (on a loaded machine a first connect can land in that window)
_HOLD = ("import duckdb, sys, time\n"
         "deadline = time.monotonic() + 60\n"
         "while True:\n"
         "    try:\n"
         "        con = duckdb.connect(sys.argv[1])\n"
         "        break\n"
         "    except duckdb.IOException:\n"
         "        if time.monotonic() > deadline:\n"
         "            raise\n"
         "        time.sleep(0.05)\n"
         "con.execute('SELECT 1'); print('held', flush=True); sys.stdin.read(); con.close()")


def test_an_ingest_post_is_refused_while_another_process_writes(tmp_path: Path, seed_store: Path,
                                                                shared: Path) -> None:
    db = tmp_path / "held.duckdb"
    shutil.copyfile(seed_store, db)
    with TestClient(create_app(db, token=TOKEN, poll_seconds=0.2)) as c:
        before = c.get("/api/health").json()["articles"]
        holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(db)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
            assert _locked(db)
            assert c.get("/api/events", params={"size": 5}).status_code == 200  # reads go on
            refused = c.post("/api/ingest", content=_one_doc("while-held"), headers={"Authorization": f"Bearer {TOKEN}"})
        finally:
            holder.communicate(input=b"", timeout=60)
        assert refused.status_code == 409, refused.text
        assert "ingest" in refused.json()["detail"] and refused.headers.get("retry-after") == "10"
        posted = c.post("/api/ingest", content=_one_doc("while-held"), headers={"Authorization": f"Bearer {TOKEN}"})
        assert posted.status_code == 200, posted.text  # once the other writer is done, the same post goes in
        assert c.get("/api/health").json()["articles"] == before + 1


def test_serve_command_explains_itself_and_refuses_a_missing_store(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from communique.cli import main

    runner = CliRunner()
    help_text = runner.invoke(main, ["serve", "--help"]).output
    assert "--port" in help_text and "127.0.0.1" in help_text and "--token" in help_text
    r = runner.invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 1 and "no database here; run `communique ingest` first" in r.output
    (tmp_path / "bad.duckdb").write_text("not a database")
    r = runner.invoke(main, ["serve", "--db", str(tmp_path / "bad.duckdb")])
    assert r.exit_code == 1 and "bad.duckdb: " in r.output and "database" in r.output
    r = runner.invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb"), "--port", "0"])
    assert r.exit_code == 2 and "--port" in r.output


def test_an_app_serves_again_after_its_lifespan_restarts(seed_store: Path) -> None:
    """A host may stop and start the app's lifespan (test clients, reloaders): the second start
    takes a new snapshot instead of failing on the folder the first stop deleted."""
    app = create_app(seed_store)
    for _ in range(2):
        with TestClient(app) as c:
            assert c.get("/api/health").json()["status"] == "ok"
