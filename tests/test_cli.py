"""The `communique` command, run as a user runs it: in a subprocess, on real files."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main

CMD = [sys.executable, "-m", "communique.cli"]


def run(*args: str, timeout: int = 300, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*CMD, *args], capture_output=True, text=True, timeout=timeout, **kw)


@pytest.mark.parametrize("command", [[], ["extract"], ["clean"], ["ingest"], ["events"], ["export"],
                                     ["actors"], ["actors", "resolve"], ["actors", "show"]])
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 3


@pytest.fixture(scope="module")
def batch(shared: Path, tmp_path_factory) -> Path:
    """A batch with two good articles and one of each kind of bad input."""
    d = tmp_path_factory.mktemp("batch")
    shutil.copy(shared / "seeds/002_9721d604740a2f81.txt", d / "good.txt")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (d / "empty.txt").write_text("   \n")
    (d / "german.txt").write_text(
        "Bundeskanzler Olaf Scholz hat am Montag in Berlin den französischen Präsidenten getroffen. "
        "Die beiden sprachen über die Lage in der Ukraine und über die Zusammenarbeit in der Europäischen Union. "
        "Danach gab es eine gemeinsame Pressekonferenz, bei der auch über Energiepolitik gesprochen wurde.\n")
    (d / "feed.jsonl").write_text(
        '{"id": "feed-1", "published": "2024-11-14", "text": '
        + json.dumps((shared / "seeds/003_e062dcfc5882688f.txt").read_text()) + "}\n"
        + '{"id": "feed-2", "text": \n'  # malformed line
        + '{"id": "feed-3", "html": "<html><body><div>"}\n')  # broken HTML, no article
    with open(d / "huge.txt", "wb") as fh:  # sparse: over the 50 MB limit without writing it
        fh.truncate(60_000_000)
    return d


@pytest.fixture(scope="module")
def extracted(batch: Path, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "events.jsonl"
    proc = run("extract", str(batch), "--published", "2022-01-21", "-o", str(out))
    return proc, out


def test_bad_inputs_are_named_and_the_batch_goes_on(extracted):
    proc, out = extracted
    assert proc.returncode == 1, proc.stderr  # something failed ...
    err = proc.stderr
    for name, problem in [("binary.txt", "binary"), ("empty.txt", "empty"), ("german.txt", "English"),
                          ("feed.jsonl:2", "JSON"), ("huge.txt", "limit")]:
        line = next((ln for ln in err.splitlines() if name in ln), None)
        assert line is not None, f"no message for {name}:\n{err}"
        assert problem.lower() in line.lower(), line
    assert "feed-3" in err or "feed.jsonl:3" in err or "feed.jsonl#feed-3" in err, err
    events = [json.loads(ln) for ln in out.read_text().splitlines()]  # ... and the rest was processed
    assert {e["doc_id"] for e in events} == {"good", "feed-1"}
    assert all(e["status"] in {"occurred", "planned", "expected", "hypothetical", "negated"} for e in events)


def test_extract_output_is_the_exchange_format(extracted):
    _, out = extracted
    for line in out.read_text().splitlines():
        ev = json.loads(line)
        assert {"doc_id", "event_id", "type", "source", "target", "participants", "date", "status",
                "location", "topics", "evidence"} <= ev.keys()
        text = ev["evidence"]["text"]
        assert ev["evidence"]["end"] - ev["evidence"]["start"] == len(text)
        assert ev["published"] == {"feed-1": "2024-11-14", "good": "2022-01-21"}[ev["doc_id"]]
        assert ev["quad_class"] and -10 <= ev["intensity"] <= 10 and "cameo" in ev


def test_clean_prints_text_and_metadata(shared: Path, tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Leaders meet in Lima</title>"
        '<meta property="article:published_time" content="2024-11-16T10:00:00Z">'
        '<link rel="canonical" href="https://example.org/news/lima"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Leaders meet in Lima</h1>"
        + "".join(f"<p>{p}</p>" for p in (shared / "seeds/003_e062dcfc5882688f.txt").read_text().split("\n\n")[2:8])
        + "</article><footer>Please enter your comment! Share this article</footer></body></html>")
    proc = run("clean", str(page))
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout.splitlines()[0])
    assert row["id"] == "page" and row["published"] == "2024-11-16"
    assert "farewell meeting" in row["text"] and "Please enter your comment" not in row["text"]
    assert row["url"] == "https://example.org/news/lima"


def test_an_article_over_the_cap_is_read_in_part_with_a_note(tmp_path: Path):
    long = tmp_path / "long.txt"
    long.write_text("Chile and Peru signed a fisheries accord in Lima on Monday.\n\n" * 2000)
    proc = run("clean", str(long), env={**os.environ, "COMMUNIQUE_MAX_ARTICLE_CHARS": "20000"})
    assert proc.returncode == 0, proc.stderr  # a notice, not a failure
    assert len(json.loads(proc.stdout)["text"]) <= 20_000
    assert "note: " in proc.stderr and "long.txt" in proc.stderr and "max_article_chars" in proc.stderr


@pytest.fixture(scope="module")
def db(shared: Path, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("db") / "events.duckdb"
    first = run("ingest", str(shared / "seeds"), "--manifest", str(shared / "eval/dev/docs.json"),
                "--db", str(path))
    assert first.returncode == 0, first.stderr
    return path


def _counts(db: Path) -> dict:
    from communique.store import Store

    with Store(db, read_only=True) as store:
        return store.stats()


def test_ingest_twice_changes_nothing(shared: Path, db: Path):
    before = _counts(db)
    again = run("ingest", str(shared / "seeds"), "--manifest", str(shared / "eval/dev/docs.json"), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "5 already stored" in again.stderr
    assert _counts(db) == before and before["articles"] == 5 and before["events"] > 20


def test_events_filters(db: Path):
    proc = run("events", "--db", str(db), "--actor", "JPN", "--type", "CONSULT", "--since", "2021-01-01",
               "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(ln) for ln in proc.stdout.splitlines()]
    assert rows and all(r["type"] == "CONSULT" for r in rows)
    for r in rows:
        codes = {a["code"] for a in [r["source"], r["target"], *r["participants"]] if a}
        assert "JPN" in codes
        assert r["date"] is None or r["date"] >= "2021"
    quad = [r for r in rows if {"IND", "AUS"} <= {a["code"] for a in [r["source"], r["target"], *r["participants"]] if a}]
    assert len({r["event_id"] for r in quad}) == 1 and len({r["doc_id"] for r in quad}) == 2  # one event, two sources
    table = run("events", "--db", str(db), "--dyad", "USA", "CHN")
    assert table.returncode == 0 and "CONSULT" in table.stdout


def test_export_formats(db: Path, tmp_path: Path):
    import pyarrow.parquet as pq

    n_jsonl = None
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"events.{fmt}"
        proc = run("export", "--db", str(db), "--format", fmt, "-o", str(out))
        assert proc.returncode == 0, proc.stderr
        if fmt == "jsonl":
            n_jsonl = len(out.read_text().splitlines())
        elif fmt == "csv":
            with out.open() as fh:
                assert len(list(csv.DictReader(fh))) == n_jsonl
        else:
            assert pq.read_table(out).num_rows == n_jsonl
    assert n_jsonl and n_jsonl > 20


def test_missing_database_says_how_to_fix(tmp_path: Path):
    proc = run("events", "--db", str(tmp_path / "nothing.duckdb"))
    assert proc.returncode != 0 and "ingest" in proc.stderr


def test_killed_ingest_resumes_without_loss_or_duplicates(shared: Path, tmp_path: Path):
    src = tmp_path / "many"
    src.mkdir()
    seeds = sorted((shared / "seeds").glob("*.txt"))
    for i in range(24):
        shutil.copy(seeds[i % len(seeds)], src / f"copy{i:02d}_{seeds[i % len(seeds)].name}")
    path = tmp_path / "k.duckdb"
    proc = subprocess.Popen([*CMD, "ingest", str(src), "--db", str(path), "--batch", "3", "-q",
                             "--published", "2022-01-21"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(8)  # model loaded, some batches written
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    resumed = run("ingest", str(src), "--db", str(path), "--published", "2022-01-21")
    assert resumed.returncode == 0, resumed.stderr
    fresh_path = tmp_path / "fresh.duckdb"
    fresh = run("ingest", str(src), "--db", str(fresh_path), "--published", "2022-01-21")
    assert fresh.returncode == 0, fresh.stderr
    got, want = _counts(path), _counts(fresh_path)
    assert got["articles"] == want["articles"] == 24
    assert got["events"] == want["events"] and got["mentions"] == want["mentions"]


def test_stdin_jsonl(shared: Path):
    text = (shared / "seeds/001_18f437acc4ca3e33.txt").read_text()
    line = json.dumps({"id": "stdin-1", "text": text, "published": "2024-03-31"})
    proc = subprocess.run([*CMD, "extract", "-", "-q"], input=line + "\n", capture_output=True, text=True,
                          timeout=300, env={**os.environ})
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(ln) for ln in proc.stdout.splitlines()]
    assert any(e["type"] == "CONSULT" and e["date"] == "2024-04-10" for e in events)
