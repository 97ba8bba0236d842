"""An ingest stopped by Ctrl-C or SIGTERM (kill, a container stop, a scheduler's time limit) says
how many articles it kept and how to go on, exits 130, and a rerun stores the rest without
duplicating anything. SIGTERM killed the run without a word; Ctrl-C printed click's bare
'Aborted!' after a progress line saying 'done'."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

CMD = [sys.executable, "-c", "from communique.cli import main; main()"]
#: CMD with every batch write after the first held back until the run is stopped (or 200 s pass):
#: the 40 articles finished before a starved test read the first batch's progress line and
#: signalled, so the run was never stopped. Where it stops, and what a rerun finds, stay real.
HELD = [sys.executable, "-c", """
import time
from communique.store import _store
write, writes = _store.Store.write, []
def held(self, *args, **kw):
    writes.append(1)
    end = time.monotonic() + 200
    while len(writes) > 1 and time.monotonic() < end:
        time.sleep(0.05)
    return write(self, *args, **kw)
_store.Store.write = held
from communique.cli import main; main()
"""]
N = 40


def _articles(path: Path) -> Path:
    lines = [json.dumps({"id": f"d{i}", "published": "2021-04-16",
                         "text": f"France and Germany held talks in Paris on trade number {i}. "
                                 "Russia accused Ukraine of shelling a village. " * 6})
             for i in range(N)]
    path.write_text("\n".join(lines) + "\n")
    return path


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "COMMUNIQUE_PROGRESS_INTERVAL": "0", "HOME": str(tmp_path),
            "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}


def _stop_after_first_batch(proc: subprocess.Popen, sig: int) -> str:
    seen = ""
    assert proc.stderr is not None
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        seen += line
        if re.search(r"; [1-9]\d* stored", line) or not line:
            break
    proc.send_signal(sig)
    rest = proc.communicate(timeout=120)[1]
    return seen + rest


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_ingest_says_what_it_kept_and_a_rerun_completes(tmp_path: Path, sig: int):
    docs, db = _articles(tmp_path / "docs.jsonl"), tmp_path / "x.duckdb"
    args = CMD + ["ingest", "--db", str(db), "--processes", "1", "--batch", "2", str(docs)]
    held = HELD + args[len(CMD):]
    proc = subprocess.Popen(held, env=_env(tmp_path), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    err = _stop_after_first_batch(proc, sig)
    assert proc.returncode == 130, err
    kept = re.search(r"interrupted; the (\d+) article\(s\) stored before it are kept", err)
    assert kept and "run the same command again" in err and "Traceback" not in err, err
    assert "stopped after" in err and "Aborted!" not in err
    again = subprocess.run(args, env=_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{kept.group(1)} already stored and unchanged" in again.stderr
    assert f"database {db}: {N} articles" in again.stderr
    assert kept.group(1) == "2"  # the run was stopped midway, after its first batch
    straight = tmp_path / "straight.duckdb"
    subprocess.run(CMD + ["ingest", "-q", "--db", str(straight), "--processes", "1", str(docs)], env=_env(tmp_path),
                   check=True, timeout=300)
    assert _counts(db) == _counts(straight)  # nothing lost, nothing duplicated


def _counts(db: Path) -> dict[str, int]:
    from communique.store import Store

    with Store(db, read_only=True) as store:
        return store.stats()


def _interrupted_statement(con) -> None:
    """A statement that DuckDB itself interrupts, as it does when Ctrl-C lands while it runs one."""
    import threading

    threading.Timer(0.2, con.interrupt).start()
    con.execute("SELECT sum(a.range) FROM range(10000000000) a").fetchall()


def test_a_write_interrupted_inside_the_database_stops_the_run_and_leaves_the_store_writable(tmp_path: Path,
                                                                                            monkeypatch):
    """DuckDB reports Ctrl-C during a statement as its own InterruptException: a batch write so
    stopped rolled back nothing and was retried row by row as if a row were at fault ("cannot start
    a transaction within a transaction" on every later record, exit 1); it is the run's interruption."""
    from communique.store import Store
    from communique.store._batches import write_resilient
    from communique.store._store import Store as _Store
    from test_robust_store import _result

    errors: list = []
    with Store(tmp_path / "x.duckdb") as store:
        real = _Store._write_batch

        def interrupted(self, con, *args):
            _interrupted_statement(con)
            return real(self, con, *args)

        monkeypatch.setattr(_Store, "_write_batch", interrupted)
        with pytest.raises(KeyboardInterrupt):
            write_resilient(store, [_result(1), _result(2)], errors.append)
        monkeypatch.setattr(_Store, "_write_batch", real)
        assert not errors
        write_resilient(store, [_result(3)], errors.append)
        assert not errors and store.stats()["articles"] == 1


def test_the_record_guard_passes_the_database_engines_interrupt_on():
    import duckdb

    from communique._guard import stage

    with pytest.raises(KeyboardInterrupt):
        with stage("store", "docs.jsonl", "d2"):
            _interrupted_statement(duckdb.connect())
