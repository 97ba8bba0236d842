"""The event-level view: one row per real event (``events --by-event``, ``export --by-event``),
every report of one event (``show``), an old id of a merged event still resolving."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from communique.ingest import store_results
from communique.store import EventQuery, Store
from communique.store.cli import events_command, export_command, show_command
from communique.types import LOCATION_BASIS, Actor, Article, ArticleResult, Event, Evidence, Location

IRAN = Actor("IRN", "Iran", "state")
USA = Actor("USA", "United States", "state")
CHINA = Actor("CHN", "China", "state")


def _report(doc: str, outlet: str, published: str, text: str, date: str | None, basis: str | None,
            type_: str = "ASSAULT", src: Actor = IRAN, tgt: Actor = USA) -> ArticleResult:
    ev = Event(doc_id=doc, type=type_, source=src, target=tgt, date=date, date_basis=basis,
               evidence=Evidence(text, 0, len(text)))
    art = Article(id=doc, text=text, published=published, source=outlet, title=f"{outlet} on the strike",
                  fingerprint=doc)
    return ArticleResult(art, (), (ev,))


STRIKE = [
    _report("ap1", "AP", "2020-01-08", "Iran fired more than a dozen ballistic missiles at two US bases in Iraq.",
            "2020-01-08", "text"),
    _report("hill", "The Hill", "2020-01-08", "Iran fired ballistic missiles at US bases in Iraq overnight.",
            None, None),
    _report("ap2", "AP", "2020-01-09", "The ballistic missiles Iran fired at US bases in Iraq caused no deaths.",
            "2020-01-08", "inherited"),
]
OTHER = _report("cnbc", "CNBC", "2020-01-08", "China said it opposes new US tariffs on Chinese steel.",
                "2020-01-08", "text", type_="SANCTION", src=USA, tgt=CHINA)


def _store(path: Path, results: list[ArticleResult]) -> Path:
    with Store(path) as store:
        store_results(store, results, batch_size=1)
    return path


def test_one_row_per_real_event_with_its_counts_and_face(tmp_path: Path) -> None:
    db = _store(tmp_path / "v.duckdb", [*STRIKE, OTHER])
    with Store(db, read_only=True) as store:
        rows = store.query_events()
        assert len(store.query()) == 4 and len(rows) == 2
        strike = next(r for r in rows if r["type"] == "ASSAULT")
        assert (strike["reports"], strike["articles"], strike["outlets"]) == (3, 3, 2)
        assert (strike["first_reported"], strike["last_reported"]) == ("2020-01-08", "2020-01-09")
        assert strike["doc_id"] == "ap1" and strike["date_basis"] == "text"  # the best-dated report
        # a filter picks events, the counts stay those of the whole event
        only_hill = store.query_events(EventQuery(doc_id="hill"))
        assert [r["reports"] for r in only_hill] == [3]
        assert store.query_events(EventQuery(type="SANCTION"))[0]["reports"] == 1


def test_show_lists_every_report_and_an_old_id_resolves(tmp_path: Path) -> None:
    # the undated report comes first and founds a cluster; the dated one arrives later and
    # becomes its first mention, so the first id lives on as an alias
    db = tmp_path / "a.duckdb"
    with Store(db) as store:
        store_results(store, [STRIKE[1]], batch_size=1)
        old = store.query()[0]["event_id"]
        store_results(store, [STRIKE[0], STRIKE[2]], batch_size=1)
        new = store.query(EventQuery(doc_id="ap1"))[0]["event_id"]
        assert new != old and store.resolve_event_id(old) == new
        current, reports = store.event_reports(old)
    assert current == new and [r["doc_id"] for r in reports][0] == "ap1" and len(reports) == 3
    assert {r["outlet"] for r in reports} == {"AP", "The Hill"}
    res = CliRunner().invoke(show_command, [old, "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert f"{old} merged into {new}" in res.output
    assert "3 report(s) in 3 article(s) from 2 outlet(s)" in res.output
    assert "The Hill" in res.output and "caused no deaths" in res.output
    lines = CliRunner().invoke(show_command, [new, "--db", str(db), "--format", "jsonl"]).output.splitlines()
    assert [json.loads(x)["event_id"] for x in lines] == [new] * 3


def test_show_an_unknown_id_says_how_to_find_one(tmp_path: Path) -> None:
    db = _store(tmp_path / "u.duckdb", [OTHER])
    res = CliRunner().invoke(show_command, ["ev_0000", "--db", str(db)])
    assert res.exit_code == 1 and "ev_0000: no event with this id" in res.output
    assert "events --by-event" in res.output


def test_events_by_event_table_and_jsonl(tmp_path: Path) -> None:
    db = _store(tmp_path / "t.duckdb", [*STRIKE, OTHER])
    res = CliRunner().invoke(events_command, ["--by-event", "--db", str(db)])
    assert res.exit_code == 0 and "2 real event(s)" in res.output and "outlets" in res.output
    res = CliRunner().invoke(events_command, ["--by-event", "--db", str(db), "--format", "jsonl", "--actor", "CHN"])
    rows = [json.loads(x) for x in res.output.splitlines()]
    assert [(r["type"], r["reports"]) for r in rows] == [("SANCTION", 1)]


def test_export_per_event_in_every_format(tmp_path: Path) -> None:
    db = _store(tmp_path / "x.duckdb", [*STRIKE, OTHER])
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"events.{fmt}"
        res = CliRunner().invoke(export_command, ["--by-event", "--format", fmt, "-o", str(out), "--db", str(db)])
        assert res.exit_code == 0 and "wrote 2 real event(s)" in res.output, res.output
        if fmt == "jsonl":
            rows = [json.loads(x) for x in out.read_text().splitlines()]
        elif fmt == "csv":
            rows = list(csv.DictReader(out.open()))
        else:
            rows = pq.read_table(out).to_pylist()
        assert sorted(int(r["reports"]) for r in rows) == [1, 3]
        assert sorted(str(r["outlets"]) for r in rows) == ["1", "2"]
    per_mention = tmp_path / "m.csv"
    CliRunner().invoke(export_command, ["--format", "csv", "-o", str(per_mention), "--db", str(db)])
    assert len(list(csv.DictReader(per_mention.open()))) == 4
    res = CliRunner().invoke(export_command, ["--by-event", "--canonical", "-o", str(tmp_path / "c"), "--db", str(db)])
    assert res.exit_code == 2 and "--by-event" in res.output


def test_the_face_is_a_report_whose_text_names_the_place_before_one_placed_by_its_sides(tmp_path: Path) -> None:
    early = _report("ap1", "AP", "2020-01-08", STRIKE[0].article.text, "2020-01-08", "text")
    late = _report("rt", "Reuters", "2020-01-09", "Iran fired ballistic missiles at US bases in Iraq on Jan. 8.",
                   "2020-01-08", "text")
    early = replace(early, events=(replace(early.events[0], location=Location("United States", "USA"),
                                           extra={LOCATION_BASIS: "actor"}),))
    late = replace(late, events=(replace(late.events[0], location=Location("Iraq", "IRQ")),))
    with Store(_store(tmp_path / "f.duckdb", [early, late]), read_only=True) as store:
        rows = store.query_events()
    assert len(rows) == 1 and rows[0]["reports"] == 2
    assert rows[0]["doc_id"] == "rt" and rows[0]["location"]["basis"] == "text"
