"""The twenty-fourth red-team pass: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.store import Store


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    from test_robust_store import _result

    db = tmp_path_factory.mktemp("db") / "small.duckdb"
    with Store(db) as store:
        store.write([_result(k) for k in range(5)])
    return db


# -- filters given empty ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(small_db: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(small_db)) as c:
        yield c


@pytest.mark.parametrize("path, param", [
    ("/api/events", "text"), ("/api/events", "outlet"), ("/api/events", "doc"), ("/api/articles", "outlet"),
    ("/api/aggregates/dyads", "text"),
])
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_text_outlet_or_doc_filter_is_refused_not_ignored(client, path: str, param: str, value: str):
    """``text=`` and ``outlet=`` filtered nothing (every event, every article), ``doc=`` matched none,
    where every other filter given empty is a 422 naming it."""
    r = client.get(path, params={param: value})
    assert r.status_code == 422, r.text
    assert r.json()["detail"] == [{"loc": ["query", param], "msg": f"{param}: an empty value (give a value, or "
                                   f"leave {param} out)", "type": "value_error"}]


@pytest.mark.parametrize("option", [["--text", ""], ["--doc", " "]])
def test_the_command_line_refuses_an_empty_text_or_doc(small_db: Path, option: list[str]):
    res = CliRunner().invoke(main, ["events", "--format", "jsonl", "--db", str(small_db), *option])
    assert res.exit_code == 2 and not res.stdout, (res.exit_code, res.stdout)
    assert f"{option[0]}: an empty value (give a value, or leave {option[0]} out)" in res.stderr, res.stderr


# -- a .part file left by a run killed outright ---------------------------------------------

def _dead_pid() -> int:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_part_file_a_killed_run_left_is_removed_by_the_next_run_and_a_live_ones_kept(small_db: Path,
                                                                                      tmp_path: Path):
    """SIGKILL cannot be caught: its ``.NAME.PID.part`` stayed beside the output forever, one per
    killed run, each as large as the output."""
    import os

    out = tmp_path / "events.jsonl"
    stale = tmp_path / f".events.jsonl.{_dead_pid()}.part"
    live = tmp_path / f".events.jsonl.{os.getppid()}.part"  # a run still writing: its work
    other = tmp_path / f".other.jsonl.{_dead_pid()}.part"  # another output's
    for part in (stale, live, other):
        part.write_text('{"half": "written"\n')
    res = CliRunner().invoke(main, ["export", "--format", "jsonl", "--db", str(small_db), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    assert out.read_text().count("\n") == 5
    assert not stale.exists() and live.exists() and other.exists()


# -- progress of export --canonical ---------------------------------------------------------------

@pytest.fixture
def advances(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int | None, int]]:
    """What each progress display was advanced by (label, total, rows)."""
    from communique.progress import Progress

    seen: list[tuple[str, int | None, int]] = []
    monkeypatch.setattr(Progress, "advance", lambda self, n=1, info=None: seen.append((self.label, self.total, n)))
    return seen


def test_a_canonical_export_shows_progress_toward_its_line_count(small_db: Path, tmp_path: Path, advances):
    """A whole store written line by line gave no sign of life, where every other export shows one."""
    out = tmp_path / "store.jsonl"
    res = CliRunner().invoke(main, ["export", "--canonical", "--db", str(small_db), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    lines = len(out.read_text().splitlines())
    assert lines > 5 and advances == [("exporting", lines, lines)], advances
