"""The ``events`` and ``export`` commands, through click's runner and once as a subprocess."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from communique.store.cli import events_command, export_command, standalone_group


def _run(cmd, args: list[str], env: dict[str, str] | None = None):
    return CliRunner().invoke(cmd, args, env=env, catch_exceptions=False)


def test_help_texts() -> None:
    for cmd in (events_command, export_command):
        res = _run(cmd, ["--help"])
        assert res.exit_code == 0 and "--db" in res.output and "--dyad" in res.output
    assert "Query and export" in _run(standalone_group(), ["--help"]).output


def test_events_jsonl_with_filters(db: Path) -> None:
    res = _run(events_command, ["--db", str(db), "--format", "jsonl", "--dyad", "usa", "JPN",
                                "--status", "occurred"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert [r["event_id"] for r in rows] == ["E1"]
    res = _run(events_command, ["--db", str(db), "--format", "jsonl", "--type", "ACCUSE", "--type", "SANCTION",
                                "--since", "2021", "--text", "criticised", "--limit", "5"])
    assert [json.loads(x)["event_id"] for x in res.output.splitlines()] == ["E2"]
    res = _run(events_command, ["--db", str(db), "--format", "jsonl", "--no-background", "--doc", "doc2"])
    assert [json.loads(x)["event_id"] for x in res.output.splitlines()] == ["E5"]
    res = _run(events_command, ["--db", str(db), "--format", "jsonl", "--actor", "NATO", "--until", "2020"])
    assert [json.loads(x)["event_id"] for x in res.output.splitlines()] == ["E4"]


def test_events_table(db: Path) -> None:
    res = _run(events_command, ["--db", str(db), "--actor", "USA"])
    assert res.exit_code == 0
    assert "3 event(s)" in res.output and "CONSULT/visit" in res.output and "USA (Joe Biden)" in res.output
    assert "planned" in res.output


def test_db_default_comes_from_settings_at_call_time(db: Path, tmp_path: Path) -> None:
    res = _run(events_command, ["--format", "jsonl"], env={"COMMUNIQUE_DB": str(db)})
    assert res.exit_code == 0 and len(res.output.splitlines()) == 5


def test_missing_database_says_run_ingest(tmp_path: Path) -> None:
    for cmd, extra in ((events_command, []), (export_command, ["--format", "csv", "-o", str(tmp_path / "x.csv")])):
        res = CliRunner().invoke(cmd, ["--db", str(tmp_path / "none.duckdb"), *extra])
        assert res.exit_code == 1
        assert "communique ingest" in res.output and "none.duckdb" in res.output
    assert not (tmp_path / "none.duckdb").exists()


def test_export_each_format(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ev.jsonl"
    res = _run(export_command, ["--db", str(db), "--format", "jsonl", "-o", str(out), "--type", "CONSULT"])
    assert res.exit_code == 0 and "wrote 2 event(s)" in res.output
    assert [json.loads(x)["type"] for x in out.read_text().splitlines()] == ["CONSULT", "CONSULT"]
    out = tmp_path / "ev.csv"
    _run(export_command, ["--db", str(db), "--format", "csv", "--output", str(out)])
    with out.open(newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 5
    out = tmp_path / "ev.parquet"
    _run(export_command, ["--db", str(db), "--format", "parquet", "-o", str(out), "--actor", "GBR"])
    assert {r["event_id"] for r in pq.read_table(out).to_pylist()} == {"E4", "E5"}


def test_export_needs_format_and_output(db: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(export_command, ["--db", str(db)])
    assert res.exit_code == 2 and "--output" in res.output
    res = CliRunner().invoke(export_command, ["--db", str(db), "-o", str(tmp_path / "x.jsonl")])
    assert res.exit_code == 2 and "--format" in res.output
    res = CliRunner().invoke(export_command, ["--db", str(db), "--canonical", "--format", "csv",
                                              "-o", str(tmp_path / "x.jsonl")])
    assert res.exit_code == 2 and "--canonical" in res.output


def test_export_canonical_is_sorted_and_stable(db: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _run(export_command, ["--db", str(db), "--canonical", "-o", str(a)])
    _run(export_command, ["--db", str(db), "--canonical", "-o", str(b)])
    lines = a.read_text().splitlines()
    assert lines and a.read_text() == b.read_text()
    assert all("ingested_at" not in line for line in lines)


def test_module_runs_as_a_script(db: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "communique.store.cli", "events", "--help"],
                         capture_output=True, text=True, check=True)
    assert "Show stored events" in res.stdout
    res = subprocess.run([sys.executable, "-m", "communique.store.cli", "events", "--db", str(db),
                          "--format", "jsonl", "--actor", "CHN"], capture_output=True, text=True, check=True)
    assert {json.loads(x)["event_id"] for x in res.stdout.splitlines()} == {"E2", "E5"}
