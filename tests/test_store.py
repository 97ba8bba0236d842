"""The DuckDB store: idempotent writes, replacement, crash recovery, filters, exports."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from communique.errors import StoreError
from communique.store import MIGRATIONS, EventQuery, Store
from communique.store import _migrations
from communique.types import Actor, Article, ArticleResult, Event, Evidence, Location, Mention

BIDEN = Actor("USA", "Joe Biden", "person", role="head of state", country="USA", id="person/joe_biden")
SUGA = Actor("JPN", "Yoshihide Suga", "person", role="head of government", country="JPN")
CHINA = Actor("CHN", "China", "state")
NATO = Actor("NATO", "NATO", "organization")
UK = Actor("GBR", "United Kingdom", "state")


def _ev(doc: str, type_: str, sentence: str, start: int, **kw) -> Event:
    return Event(doc_id=doc, type=type_, evidence=Evidence(sentence, start, start + len(sentence)), **kw)


def make_results() -> list[ArticleResult]:
    """Two hand-built articles with mentions and events."""
    t1 = ("Biden met Suga at the White House on Friday. China criticised the meeting. "
          "The leaders plan to meet again in May.")
    a1 = Article(id="doc1", text=t1, title="Biden meets Suga", published="2021-04-16",
                 url="https://example.com/1", source="CNN", origin="seeds/doc1.txt", language="en",
                 fingerprint="fp1", simhash=0b1011_0000, removed=("Share this",))
    s1, s2, s3 = t1.split(". ")[0] + ".", t1.split(". ")[1] + ".", t1.split(". ")[2]
    ev1 = (
        _ev("doc1", "CONSULT", s1, 0, mode="visit", source=BIDEN, target=SUGA, date="2021-04-16",
            location=Location("Washington", "USA"), topics=("taiwan",), trigger="met", event_id="E1",
            confidence=0.9, extra={"pattern": "meet"}),
        _ev("doc1", "ACCUSE", s2, t1.index(s2), source=CHINA, target=BIDEN, date="2021-04",
            event_id="E2", status="occurred"),
        _ev("doc1", "CONSULT", s3, t1.index(s3), source=BIDEN, target=SUGA, date="2021-05",
            status="planned", event_id="E3", background=False),
    )
    m1 = (Mention(0, 5, "Biden", BIDEN), Mention(10, 14, "Suga", SUGA), Mention(t1.index("China"),
          t1.index("China") + 5, "China", CHINA, how="name"))
    t2 = "NATO and the United Kingdom held exercises in 2019. Britain sanctioned Chinese firms."
    a2 = Article(id="doc2", text=t2, title="NATO drills", published="2022-01-21", source="BBC",
                 fingerprint="fp2", simhash=0xFFFF_FFFF_FFFF_FFFF)
    ev2 = (
        _ev("doc2", "MOBILIZE", t2.split(". ")[0] + ".", 0, participants=(NATO, UK), date="2019",
            background=True, event_id="E4"),
        _ev("doc2", "SANCTION", t2.split(". ")[1], t2.index("Britain"), source=UK, target=CHINA,
            date=None, event_id="E5"),
    )
    return [ArticleResult(a1, m1, ev1), ArticleResult(a2, (Mention(0, 4, "NATO", NATO),), ev2)]


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "ev.duckdb") as s:
        s.write(make_results())
        yield s


def test_open_creates_file_and_runs_named_migrations(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "new.duckdb"
    with Store(db) as s:
        assert db.is_file()
        assert s.migrations() == [name for name, _ in MIGRATIONS]
    with Store(db) as s:  # reopening runs nothing again
        assert s.migrations() == [name for name, _ in MIGRATIONS]


def test_failing_migration_rolls_back_whole(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "m.duckdb"))

    def good(c: duckdb.DuckDBPyConnection) -> None:
        c.execute("CREATE TABLE t1 (x INT)")

    def bad(c: duckdb.DuckDBPyConnection) -> None:
        c.execute("CREATE TABLE t2 (x INT)")
        c.execute("SELECT * FROM no_such_table")

    with pytest.raises(StoreError, match="migration 0002_bad failed"):
        _migrations.migrate(con, [("0001_good", good), ("0002_bad", bad)])
    assert _migrations.applied(con) == ["0001_good"]
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "t1" in tables and "t2" not in tables
    con.close()


def test_write_and_stats(store: Store) -> None:
    assert store.stats() == {"articles": 2, "mentions": 4, "events": 5, "event_ids": 5}


def test_write_twice_is_idempotent(store: Store) -> None:
    stats = store.write(make_results())
    assert stats.skipped == 2 and stats.written == 0 and stats.events == 0
    assert store.stats() == {"articles": 2, "mentions": 4, "events": 5, "event_ids": 5}


def test_changed_fingerprint_replaces_old_rows(store: Store) -> None:
    res = make_results()[0]
    new_article = Article(id="doc1", text="Biden called Suga.", fingerprint="fp1-v2", published="2021-04-17")
    ev = _ev("doc1", "CONSULT", "Biden called Suga.", 0, mode="phone", source=BIDEN, target=SUGA, event_id="E9")
    stats = store.write([ArticleResult(new_article, res.mentions[:1], (ev,))])
    assert (stats.written, stats.replaced, stats.events, stats.mentions) == (1, 1, 1, 1)
    assert store.stats() == {"articles": 2, "mentions": 2, "events": 3, "event_ids": 3}
    rows = store.query(EventQuery(doc_id="doc1"))
    assert [r["event_id"] for r in rows] == ["E9"]
    assert rows[0]["published"] == "2021-04-17"
    assert store.has_article("doc1", "fp1-v2") and not store.has_article("doc1", "fp1")


def test_last_result_in_a_batch_wins(tmp_path: Path) -> None:
    r = make_results()[0]
    other = ArticleResult(Article(id="doc1", text="x", fingerprint="other"), (), ())
    with Store(tmp_path / "x.duckdb") as s:
        s.write([r, other])
        assert s.stats()["events"] == 0 and s.has_article("doc1", "other")


def test_article_without_fingerprint_uses_text_hash(tmp_path: Path) -> None:
    a = Article(id="n", text="Some text.")
    with Store(tmp_path / "x.duckdb") as s:
        assert s.write([ArticleResult(a)]).written == 1
        assert s.write([ArticleResult(a)]).skipped == 1
        assert s.write([ArticleResult(Article(id="n", text="Other text."))]).replaced == 1
        assert s.stats()["articles"] == 1


def test_round_trip_of_results(store: Store) -> None:
    for original in make_results():
        back = store.get_result(original.article.id)
        assert back is not None
        assert back.article == original.article
        assert back.mentions == original.mentions
        assert back.events == original.events
        assert [e.extra.get("pattern") for e in back.events][:1] == [original.events[0].extra.get("pattern")]
    assert store.get_result("nope") is None


def test_query_rows_are_exchange_format(store: Store) -> None:
    originals = {(e.doc_id, e.event_id): e for r in make_results() for e in r.events}
    rows = store.query()
    assert len(rows) == 5
    for row in rows:
        expected = originals[(row["doc_id"], row["event_id"])].to_exchange()
        assert {k: row[k] for k in expected} == expected
        assert {"published", "title", "url"} <= set(row)
    # ordered by date, nulls last
    assert [r["date"] for r in rows] == ["2019", "2021-04", "2021-04-16", "2021-05", None]


@pytest.mark.parametrize("q, ids", [
    (EventQuery(actor="USA"), {"E1", "E2", "E3"}),
    (EventQuery(actor="nato"), {"E4"}),
    (EventQuery(actor="GBR"), {"E4", "E5"}),  # participant and source
    (EventQuery(dyad=("JPN", "USA")), {"E1", "E3"}),
    (EventQuery(dyad=("CHN", "GBR")), {"E5"}),
    (EventQuery(dyad=("USA", "USA")), set()),
    (EventQuery(type="CONSULT"), {"E1", "E3"}),
    (EventQuery(type=["accuse", "SANCTION"]), {"E2", "E5"}),
    (EventQuery(status="planned"), {"E3"}),
    (EventQuery(since="2021-04-10", undated="exclude"), {"E1", "E2", "E3"}),  # 2021-04 overlaps
    (EventQuery(since="2021-04-17", undated="exclude"), {"E2", "E3"}),
    (EventQuery(until="2021-04", undated="exclude"), {"E1", "E2", "E4"}),
    (EventQuery(since="2021", until="2021", undated="exclude"), {"E1", "E2", "E3"}),
    (EventQuery(since="2019-06-01", until="2021-03-31", undated="exclude"), {"E4"}),  # a year overlaps
    (EventQuery(since="2021-04-17"), {"E2", "E3", "E5"}),  # undated E5 kept by default
    (EventQuery(since="2019-06-01", until="2021-03-31"), {"E4", "E5"}),
    (EventQuery(mode="visit"), {"E1"}),
    (EventQuery(quad_class="material_conflict"), {"E4", "E5"}),
    (EventQuery(quad_class=["verbal_conflict", "material_conflict"]), {"E2", "E4", "E5"}),
    (EventQuery(max_intensity=-5), {"E4"}),  # MOBILIZE -7.2; SANCTION -4, ACCUSE -2
    (EventQuery(min_intensity=0), {"E1", "E3"}),
    (EventQuery(text="WHITE HOUSE"), {"E1"}),
    (EventQuery(text="100%"), set()),
    (EventQuery(doc_id="doc2"), {"E4", "E5"}),
    (EventQuery(include_background=False), {"E1", "E2", "E3", "E5"}),
    (EventQuery(event_id="E2"), {"E2"}),
    (EventQuery(actor="USA", type="CONSULT", status="occurred"), {"E1"}),
])
def test_query_filters(store: Store, q: EventQuery, ids: set[str]) -> None:
    assert {r["event_id"] for r in store.query(q)} == ids


def test_count_undated(store: Store) -> None:
    assert store.count_undated(EventQuery(since="2021")) == 1  # E5, kept
    assert store.count_undated(EventQuery(since="2021", undated="exclude")) == 1  # E5, left out
    assert store.count_undated(EventQuery(since="2021", type="CONSULT")) == 0


def test_measures_stored_and_exported(store: Store) -> None:
    rows = {r["event_id"]: r for r in store.query()}
    assert (rows["E1"]["quad_class"], rows["E1"]["intensity"], rows["E1"]["cameo"]) == ("verbal_cooperation", 1.0, "04")
    assert (rows["E5"]["quad_class"], rows["E5"]["intensity"], rows["E5"]["cameo"]) == ("material_conflict", -4.0, "16")
    assert rows["E2"]["cameo"] is None  # ACCUSE is CAMEO 09 or 11


def test_measures_migration_fills_old_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    old = [m for m in MIGRATIONS if m[0] < "0004"]
    _migrations.migrate(con, old)
    con.execute("INSERT INTO events (doc_id, seq, type, mode) VALUES ('d', 0, 'ASSAULT', 'massacre'), "
                "('d', 1, 'AID', NULL)")
    con.close()
    with Store(path) as s:
        assert "0004_events_quad_class_intensity_cameo" in s.migrations()
        rows = s._db().execute("SELECT type, quad_class, intensity, cameo FROM events ORDER BY seq").fetchall()
    assert rows == [("ASSAULT", "material_conflict", -10.0, "20"), ("AID", "material_cooperation", 7.0, "07")]


def test_outlet_migration_copies_the_articles_outlet_onto_old_events(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    _migrations.migrate(con, [m for m in MIGRATIONS if m[0] < "0006"])
    con.execute("INSERT INTO articles (id, source, sitename, content_key) VALUES ('a', 'Reuters', 'reuters.com', 'k1'), "
                "('b', NULL, 'nhk.or.jp', 'k2'), ('c', NULL, NULL, 'k3')")
    con.execute("INSERT INTO events (doc_id, seq, type) VALUES ('a', 0, 'AID'), ('a', 1, 'AID'), ('b', 0, 'AID'), "
                "('c', 0, 'AID'), ('gone', 0, 'AID')")
    con.close()
    with Store(path) as s:
        assert "0006_events_outlet" in s.migrations()
        rows = s._db().execute("SELECT doc_id, seq, outlet FROM events ORDER BY doc_id, seq").fetchall()
        assert rows == [("a", 0, "Reuters"), ("a", 1, "Reuters"), ("b", 0, "nhk.or.jp"), ("c", 0, None),
                        ("gone", 0, None)]
        assert [r["doc_id"] for r in s.query(EventQuery(outlet="NHK.or.jp"))] == ["b"]


def test_written_events_carry_their_articles_outlet(store: Store) -> None:
    got = dict(store._db().execute(
        "SELECT DISTINCT e.doc_id, e.outlet IS NOT DISTINCT FROM coalesce(a.source, a.sitename) "
        "FROM events e JOIN articles a ON a.id = e.doc_id").fetchall())
    assert got and all(got.values())


def test_query_limit(store: Store) -> None:
    assert len(store.query(EventQuery(limit=2))) == 2
    assert store.query(EventQuery(limit=0)) == []


def test_events_for_fusion(store: Store) -> None:
    got = store.events_for_fusion({"CONSULT", "SANCTION"}, "2021-04-10", "2021-04-20")
    assert {e.event_id for e in got} == {"E1", "E5"}  # E5 has no date: kept
    assert all(isinstance(e, Event) for e in got)
    assert store.events_for_fusion(set(), None, None) == []
    assert {e.event_id for e in store.events_for_fusion({"CONSULT"}, None, None)} == {"E1", "E3"}


def test_update_event_ids(store: Store) -> None:
    e3 = [e for e in store.events_for_fusion({"CONSULT"}, None, None) if e.event_id == "E3"][0]
    n = store.update_event_ids({(e3.doc_id, e3.extra["store_seq"]): "E1", ("nope", 0): "X"})
    assert n == 1
    assert store.stats()["event_ids"] == 4
    assert [r["event_id"] for r in store.query(EventQuery(type="CONSULT"))] == ["E1", "E1"]


def test_near_duplicate_of(store: Store) -> None:
    assert store.near_duplicate_of(0b1011_0000) == "doc1"
    assert store.near_duplicate_of(0b1011_0111) == "doc1"  # 3 bits away
    assert store.near_duplicate_of(0b0100_1111) is None
    assert store.near_duplicate_of((1 << 64) - 2) == "doc2"  # top bit set: unsigned
    assert store.near_duplicate_of(-1) == "doc2"  # negative input taken as its 64-bit pattern


def test_export_jsonl(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out" / "ev.jsonl"
    assert store.export("jsonl", out) == 5
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == store.query()


def test_export_csv(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "ev.csv"
    assert store.export("csv", out, EventQuery(type="MOBILIZE")) == 1
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1
    row = rows[0]
    assert row["participants"] == "NATO;GBR" and row["source_code"] == "" and row["date"] == "2019"
    assert row["evidence_start"] == "0" and row["evidence_text"].startswith("NATO and")
    out_all = tmp_path / "all.csv"
    store.export("CSV", out_all)
    with out_all.open(newline="", encoding="utf-8") as fh:
        all_rows = list(csv.DictReader(fh))
    e1 = [r for r in all_rows if r["event_id"] == "E1"][0]
    assert (e1["source_code"], e1["source_name"], e1["target_code"]) == ("USA", "Joe Biden", "JPN")
    assert e1["location_country"] == "USA" and e1["topics"] == "taiwan" and e1["published"] == "2021-04-16"


def test_export_parquet(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "ev.parquet"
    assert store.export("parquet", out) == 5
    back = pq.read_table(out).to_pylist()
    assert back == store.query()
    assert store.export("parquet", tmp_path / "none.parquet", EventQuery(actor="XXX")) == 0
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0


def test_export_unknown_format(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown export format"):
        store.export("xml", tmp_path / "x.xml")
    assert not (tmp_path / "x.xml").exists()


def test_read_only_store(store: Store, tmp_path: Path) -> None:
    path = store.path
    store.close()
    with Store(path, read_only=True) as ro:
        assert ro.stats()["events"] == 5
        with pytest.raises(StoreError, match="read-only"):
            ro.write(make_results())
    with pytest.raises(StoreError, match="communique ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_text("this is not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(bad)


def test_locked_by_another_process(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import duckdb, sys, time; c = duckdb.connect({str(db)!r}); print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as err:
            Store(db)
        assert "another communique process" in str(err.value) and "--db" in str(err.value)
    finally:
        holder.kill()
        holder.wait()


def test_failed_write_rolls_back(store: Store) -> None:
    bad = ArticleResult(Article(id="doc3", text="x", fingerprint="f3"),
                        events=(Event(doc_id="doc3", type="AGREE", evidence=Evidence("x", 0, 1),
                                      confidence="high"),))  # type: ignore[arg-type]
    good = ArticleResult(Article(id="doc4", text="y", fingerprint="f4"))
    with pytest.raises((ValueError, TypeError)):
        store.write([good, bad])
    assert store.stats()["articles"] == 2
    assert not store.has_article("doc4")
    assert store.write([good]).written == 1  # the connection is usable after the rollback


_WRITER = textwrap.dedent("""
    import sys
    from communique.store import Store
    from communique.types import Article, ArticleResult, Event, Evidence, Actor
    a = Actor("USA", "US", "state")
    batch = [ArticleResult(Article(id=f"big{i}", text=f"text {i}", fingerprint=f"f{i}"),
                           events=tuple(Event(doc_id=f"big{i}", type="CONSULT", source=a,
                                              evidence=Evidence("s", 0, 1)) for _ in range(5)))
             for i in range(int(sys.argv[2]))]
    with Store(sys.argv[1]) as s:
        s.write(batch[:10])
        print("committed", flush=True)
        s.write(batch)
        print("wrote", flush=True)
        print("done", flush=True)
""")


def test_killed_run_loses_only_its_batch_and_restart_has_no_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "crash.duckdb"
    n = 30_000
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db), str(n)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "committed"
    wal = db.with_name(db.name + ".wal")
    sizes = (db.stat().st_size, wal.stat().st_size if wal.exists() else 0)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:  # kill once DuckDB starts writing the batch
        now = (db.stat().st_size, wal.stat().st_size if wal.exists() else 0)
        if now != sizes:
            break
        time.sleep(0.002)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as s:
        counts = s.stats()
        assert counts["articles"] in (10, n)  # never a partial batch
        assert counts["events"] == counts["articles"] * 5
    # the restarted run writes everything again: nothing lost, nothing doubled
    subprocess.run([sys.executable, "-c", _WRITER, str(db), "2000"], check=True, capture_output=True)
    with Store(db) as s:
        got = s.stats()
        assert got["articles"] == max(2000, counts["articles"])
        assert got["events"] == got["articles"] * 5


def test_aborted_transaction_in_process(tmp_path: Path) -> None:
    """A transaction left open by a crash (never committed) leaves nothing behind."""
    db = tmp_path / "abort.duckdb"
    code = textwrap.dedent(f"""
        import os
        from communique.store import Store
        from communique.types import Article, ArticleResult
        s = Store({str(db)!r})
        s.write([ArticleResult(Article(id="a", text="a", fingerprint="a"))])
        s._con.execute("BEGIN TRANSACTION")
        s._con.execute("INSERT INTO articles (id, content_key, text) VALUES ('b', 'b', 'b')")
        os._exit(9)
    """)
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    with Store(db) as s:
        assert s.stats()["articles"] == 1
        s.write([ArticleResult(Article(id="a", text="a", fingerprint="a")),
                 ArticleResult(Article(id="b", text="b", fingerprint="b"))])
        assert s.stats()["articles"] == 2
