"""The progress display: totals, rate and time left where the total is knowable; plain lines off a terminal."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from communique.progress import Progress, duration
from communique.read import count_documents


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_every_interval_with_total_rate_and_time_left():
    out, clock = io.StringIO(), Clock()
    with Progress("extracting", 10, stream=out, interval=5.0, live=False, clock=clock) as p:
        for i in range(4):
            clock.now += 2.0
            p.advance(1, f"{i + 1} events")
    lines = out.getvalue().splitlines()
    # a line at 6 s (3 done) and the last one at the end (4 done)
    assert lines[0] == "extracting: 3/10 (30%), 0.5/s, about 14s left; 3 events"
    assert lines[-1] == "extracting: 4/10 (40%), 0.5/s, done in 8s; 4 events"
    assert len(lines) == 2


def test_unknown_total_shows_count_and_rate():
    out, clock = io.StringIO(), Clock()
    with Progress("ingesting", None, stream=out, interval=1.0, live=False, clock=clock) as p:
        clock.now += 4.0
        p.advance(8)
    assert out.getvalue().splitlines() == ["ingesting: 8, 2.0/s"]  # no second line for the same count


def test_a_short_run_writes_no_line_and_a_disabled_display_none():
    out = io.StringIO()
    with Progress("extracting", 3, stream=out, interval=10.0, live=False) as p:
        p.advance(3)
    assert out.getvalue() == ""
    with Progress("extracting", 3, stream=out, interval=0.0, live=False, enabled=False) as p:
        p.advance(3)
        p.echo("error [E101] a.txt: the file is empty")
    assert out.getvalue() == "error [E101] a.txt: the file is empty\n"


def test_live_bar_shows_total_percentage_and_time_left():
    out = io.StringIO()
    with Progress("extracting", 4, stream=out, live=True) as p:
        p.advance(2, "5 events")
        p.echo("error [E106] b.html: no article text found")
        p.advance(2)
    text = out.getvalue()
    assert "4/4" in text and "100%" in text and "error [E106] b.html" in text


def test_duration():
    assert [duration(s) for s in (4.4, 65, 7440)] == ["4s", "1m05s", "2h04m"]


def test_count_documents(tmp_path: Path):
    (tmp_path / "a.txt").write_text("One article.")
    (tmp_path / "b.html").write_text("<p>x</p>")
    (tmp_path / "feed.jsonl").write_text('{"id": 1}\n{"id": 2}\n\n{"id": 3}')
    with gzip.open(tmp_path / "more.jsonl.gz", "wt") as fh:
        fh.write('{"id": 4}\n{"id": 5}\n')
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not an input kind: skipped by the reader too
    os.mkfifo(tmp_path / "pipe.txt")  # must not block: counted as the one error it will give
    assert count_documents([tmp_path]) == 2 + 3 + 2 + 1
    assert count_documents([tmp_path / "feed.jsonl"]) == 3
    assert count_documents([tmp_path / "feed.jsonl", "-"]) is None
    (tmp_path / "crawl.warc").write_bytes(b"WARC/1.0\r\n")
    assert count_documents([tmp_path]) is None
    assert count_documents([tmp_path / "feed.jsonl"], budget_s=-1) is None  # out of time: unknown


def test_extract_off_a_terminal_prints_progress_lines_with_the_total(shared: Path, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    with feed.open("w") as fh:
        for name in sorted(p.name for p in (shared / "seeds").glob("*.txt"))[:3]:
            fh.write(json.dumps({"id": name, "text": (shared / "seeds" / name).read_text()}) + "\n")
    env = {**os.environ, "COMMUNIQUE_PROGRESS_INTERVAL": "0", "COMMUNIQUE_PROCESSES": "1"}
    proc = subprocess.run([sys.executable, "-m", "communique.cli", "extract", str(feed), "-o", str(tmp_path / "o")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("extracting: ")]
    assert [ln.split(",")[0] for ln in lines] == ["extracting: 1/3 (33%)", "extracting: 2/3 (66%)",
                                                  "extracting: 3/3 (100%)"]
    assert all("/s" in ln for ln in lines) and "left" in lines[0]


def test_a_slow_single_document_writes_no_progress_line():
    out, clock = io.StringIO(), Clock()
    with Progress("extracting", 1, stream=out, interval=5.0, live=False, clock=clock) as p:
        clock.now += 30.0  # the model loads with the first document
        p.advance(1)
    assert out.getvalue() == ""
