"""Issue 9, done-when: 1,000 generated bad inputs (binary, truncated HTML, bad JSONL, invalid UTF-8,
huge lines, pathological regex inputs, see fuzz_inputs.py) among good articles, through `extract`
and `ingest` as a user runs them: no traceback, no hang, every good article kept, exit status 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from fuzz_inputs import Fuzz, write_fuzz

CMD = [sys.executable, "-m", "communique.cli"]
#: a hang shows as a timeout; the whole batch takes a few minutes on a loaded 2-core machine
TIMEOUT = 1500

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory: pytest.TempPathFactory) -> Fuzz:
    return write_fuzz(tmp_path_factory.mktemp("fuzz"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CMD, *args], capture_output=True, text=True, timeout=TIMEOUT,
                          errors="backslashreplace")


def _no_traceback(res: subprocess.CompletedProcess[str]) -> None:
    assert res.returncode == 1, res.stderr[-3000:]
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout, res.stderr[-3000:]
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error [E")]
    assert len(errors) >= 300, len(errors)  # most bad inputs are refused, each with its own line


def _events(path: Path) -> set[tuple[str, str, int]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {(e["doc_id"], e["type"], e["evidence"]["start"]) for e in rows}


def test_extract_keeps_every_good_article_among_1000_bad_inputs(fuzz: Fuzz, tmp_path: Path) -> None:
    alone, mixed = tmp_path / "alone.jsonl", tmp_path / "mixed.jsonl"
    assert _run("extract", "-q", "-o", str(alone), fuzz.clean).returncode == 0
    res = _run("extract", "-o", str(mixed), *fuzz.inputs)
    _no_traceback(res)
    expected = _events(alone)
    assert expected and {e for e in _events(mixed) if e[0] in set(fuzz.good_ids)} == expected


def test_ingest_stores_every_good_article_among_1000_bad_inputs(fuzz: Fuzz, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    res = _run("ingest", "--db", str(db), *fuzz.inputs)
    _no_traceback(res)
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    assert set(fuzz.good_ids) <= stored
