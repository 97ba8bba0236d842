"""Latency of the HTTP API (what the web page calls) over a store of synthetic events.

    python bench/bench_api.py [--events 100000] [--repeat 20] [--db FILE]

Fills a fresh store (schema by ``Store``, rows generated in DuckDB: 5 events per article,
30 actor codes, 12 outlets, dates from 2015 at day, month and year precision), starts the
real server (uvicorn) on a free port and prints p50/p95/max milliseconds per endpoint over
``--repeat`` calls (after one warm-up call). Calls of one case differ in their parameters, so
the server's per-snapshot cache of aggregates does not answer them, except in the case marked
"same call", which shows what a cached answer costs. ``--db`` keeps the filled store.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from communique.api import create_app
from communique.store import Store

CODES = ["USA", "CHN", "JPN", "GBR", "RUS", "FRA", "DEU", "KOR", "PRK", "IND", "IRN", "ISR", "UKR", "TUR", "BRA",
         "ZAF", "NGA", "EGY", "SAU", "AUS", "CAN", "MEX", "PAK", "AFG", "SYR", "IRQ", "NATO", "EU", "UN", "ASEAN"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
SENTENCE = "The minister met her counterpart to discuss trade and security. "
OUTLETS = ["Reuters", "AP", "AFP", "BBC", "CNN", "Kyodo News", "Xinhua", "TASS", "Al Jazeera", "DW", "NHK", "Yonhap"]


def _list(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def fill(db: Path, n_events: int) -> None:
    """Create the schema through Store (migrations) and generate the rows in DuckDB."""
    n_articles = max(1, n_events // 5)
    with Store(db) as store:
        con = store._db()
        con.execute(f"""
INSERT INTO articles (id, title, published, url, source, content_key, text, ingested_at)
SELECT printf('doc%08d', i), 'Synthetic article ' || i,
       strftime(DATE '2015-01-01' + CAST(hash(i) % 3650 AS INTEGER), '%Y-%m-%d'),
       'https://example.org/' || i, {_list(OUTLETS)}[1 + CAST(hash(i * 7) % {len(OUTLETS)} AS BIGINT)], 'k' || i,
       repeat('{SENTENCE}', 8), now()
FROM range({n_articles}) t(i)""")
        codes, types = _list(CODES), _list(TYPES)
        con.execute(f"""
INSERT INTO events (doc_id, seq, event_id, type, mode, source_code, source_name, source_kind, source_country,
                    target_code, target_name, target_kind, target_country, participants, actor_codes, date, status,
                    location_name, location_country, topics, background, trigger, confidence,
                    evidence_text, evidence_start, evidence_end, outlet)
WITH g AS (
  SELECT i, i // 5 AS a, i % 5 AS k,
         {codes}[1 + CAST(hash(i * 3) % {len(CODES)} AS BIGINT)] AS s, {codes}[1 + CAST(hash(i * 5) % {len(CODES)} AS BIGINT)] AS t,
         {types}[1 + CAST(hash(i * 11) % {len(TYPES)} AS BIGINT)] AS ty,
         strftime(DATE '2015-01-01' + CAST(hash(i // 5) % 3650 AS INTEGER), '%Y-%m-%d') AS d
  FROM range({n_events}) r(i))
SELECT printf('doc%08d', a), k, 'ev' || (i // 2), ty, CASE WHEN k = 0 THEN 'visit' END,
       s, s, CASE WHEN length(s) = 3 THEN 'state' ELSE 'organization' END, CASE WHEN length(s) = 3 THEN s END,
       t, t, CASE WHEN length(t) = 3 THEN 'state' ELSE 'organization' END, CASE WHEN length(t) = 3 THEN t END,
       [], [s, t],
       CASE hash(i * 13) % 10 WHEN 0 THEN NULL WHEN 1 THEN left(d, 4) WHEN 2 THEN left(d, 7) ELSE d END,
       ['occurred', 'planned', 'expected', 'hypothetical'][1 + CAST(hash(i * 17) % 4 AS BIGINT)],
       NULL, NULL, ['trade'], hash(i * 19) % 10 = 0, 'met', 0.8,
       '{SENTENCE}', 0, {len(SENTENCE)}, {_list(OUTLETS)}[1 + CAST(hash(a * 7) % {len(OUTLETS)} AS BIGINT)]
FROM g""")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _time(client: httpx.Client, path: str, params: Callable[[int], dict[str, Any]],
          repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of ``repeat`` calls, call k with ``params(k)``.

    CPU is this process's time over all its threads (the server, DuckDB's workers and the client
    run here): unlike wall time it does not grow when other programs load the machine, and on an
    idle machine a call's wall time is at most about its CPU time (DuckDB only adds threads)."""
    wall, cpu = [], []
    for k in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        r = client.get(path, params=params(k))
        r.raise_for_status()
        _ = r.content
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return wall, cpu


def _p95(ms: list[float]) -> float:
    ms = sorted(ms)
    return ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]


def _row(label: str, wall: list[float], cpu: list[float]) -> str:
    return (f"{label:<40} {statistics.median(wall):8.1f} {_p95(wall):8.1f} {max(wall):8.1f}"
            f" {statistics.median(cpu):8.1f} {_p95(cpu):8.1f}")


def _cases(first: dict[str, Any], deep: str) -> list[tuple[str, str, Callable[[int], dict[str, Any]]]]:
    """(label, path, k -> params): the params vary with k (an actor, a year), so that no two calls
    of one case hit the server's per-snapshot cache, except where a case says "same call"."""
    actor = lambda k: CODES[k % len(CODES)]  # noqa: E731
    year = lambda k: str(2015 + k % 10)  # noqa: E731
    return [
        ("health", "/api/health", lambda k: {}),
        ("events, first page (100), actor=A", "/api/events", lambda k: {"actor": actor(k)}),
        ("events, page after 9,000 rows", "/api/events", lambda k: {"cursor": deep, "size": 100 + k}),
        ("events, dyad + type + since", "/api/events",
         lambda k: {"dyad": f"USA,{actor(k + 1)}", "type": TYPES[k % 16], "since": year(k)}),
        ("events, text search", "/api/events", lambda k: {"text": SENTENCE[k % 40: k % 40 + 6]}),
        ("events, outlet", "/api/events", lambda k: {"outlet": OUTLETS[k % len(OUTLETS)]}),
        ("one event with its reports", f"/api/events/{first['event_id']}", lambda k: {}),
        ("one article with text and events", f"/api/articles/{first['doc_id']}", lambda k: {}),
        ("timeline month by class, actor=A", "/api/aggregates/timeline",
         lambda k: {"interval": "month", "by": "class", "actor": actor(k)}),
        ("timeline week by type, year, actor", "/api/aggregates/timeline",
         lambda k: {"interval": "week", "by": "type", "since": year(k), "until": year(k), "actor": actor(k)}),
        ("timeline month by class (same call)", "/api/aggregates/timeline", lambda k: {"interval": "month"}),
        ("dyads (network, 60), type=T, year=Y", "/api/aggregates/dyads", lambda k: {"limit": 60, "since": year(k), "type": TYPES[k % 16]}),
        ("countries (map), type=T, year=Y", "/api/aggregates/countries",
         lambda k: {"type": TYPES[k % 16], "since": year(k)}),
        ("facets (filter bar), status", "/api/aggregates/facets",
         lambda k: {"status": ["occurred", "planned", "expected", "hypothetical"][k % 4], "since": year(k)}),
        ("actors search", "/api/actors", lambda k: {"q": actor(k)[:2]}),
        ("export jsonl, dyad USA,A", "/api/export", lambda k: {"dyad": f"USA,{actor(k + 1)}", "format": "jsonl"}),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--db", type=Path, help="Keep the filled store here (reused if it exists).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            t = time.perf_counter()
            fill(db, args.events)
            print(f"filled {db} with {args.events:,} events in {time.perf_counter() - t:.1f} s")
        else:
            with Store(db):  # a store kept from an older version: opening it read-write migrates it
                pass
        port = _port()
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            if not thread.is_alive():
                raise SystemExit(f"{db}: the server did not start (its error is above)")
            time.sleep(0.05)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            n = client.get("/api/health").json()["events"]
            print(f"store: {n:,} events; {args.repeat} calls per endpoint (after one warm-up)")
            deep = None
            page = client.get("/api/events", params={"size": 1000}).json()
            for _ in range(9):
                deep = page["next_cursor"]
                page = client.get("/api/events", params={"size": 1000, "cursor": deep}).json()
            print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
            print(f"{'endpoint':<40} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu p50':>8} {'cpu p95':>8}")
            for label, path, params in _cases(page["events"][0], str(deep)):
                client.get(path, params=params(10_000))  # warm-up (not counted)
                print(_row(label, *_time(client, path, params, args.repeat)))
        server.should_exit = True
        thread.join(timeout=30)  # the server closes its snapshot before the interpreter exits


if __name__ == "__main__":
    main()
