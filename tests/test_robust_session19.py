"""Session 19's red-team pass: a full disk at the store's creation, export's full disk and
read-only folder, WARC records with a negative length, and the inputs of the brief not tried
before. Each test fails without its fix."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import StoreError
from communique.store import Store

CMD = [sys.executable, "-m", "communique.cli"]


def _small_files(limit: int):
    """For a subprocess: files may not grow past ``limit`` bytes (EFBIG, like a full disk)."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


# -- a full disk while the database is made --------------------------------------------------

@pytest.mark.parametrize("limit", [1, 4096, 8192])
def test_a_database_the_disk_could_not_hold_is_not_left_behind(tmp_path: Path, article: Path, limit: int):
    """A full disk at the database's creation left a stub (0 to 8192 bytes) that the next run
    called 'damaged or truncated' and told to move aside."""
    db = tmp_path / "x.duckdb"
    res = subprocess.run([*CMD, "ingest", "-q", "--db", str(db), str(article)], capture_output=True, text=True,
                         timeout=300, preexec_fn=_small_files(limit))
    assert res.returncode == 1 and "a file-size limit was reached" in res.stderr, res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    with Store(db) as store:
        assert store.stats()["articles"] == 0


def test_an_empty_file_is_a_new_database_to_ingest_and_none_to_read(tmp_path: Path, article: Path):
    """An empty file (a run stopped before DuckDB wrote its header, `--db $(mktemp)`) was 'not a
    DuckDB database' to every command, ingest included."""
    db = tmp_path / "x.duckdb"
    db.write_bytes(b"")
    with pytest.raises(StoreError, match="no database here: the file is empty") as info:
        Store(db, read_only=True)
    assert "communique ingest" in (info.value.hint or "")
    assert db.exists() and db.stat().st_size == 0
    with Store(db) as store:
        assert store.created and store.stats()["articles"] == 0
    with Store(db) as store:
        assert not store.created


def test_ingest_into_an_empty_file_says_it_made_the_database(tmp_path: Path, article: Path):
    db = tmp_path / "x.duckdb"
    db.write_bytes(b"")
    res = CliRunner().invoke(main, ["ingest", "--processes", "1", "--db", str(db), str(article)])
    assert res.exit_code == 0, res.output
    assert f"new database {db}" in res.stderr + res.stdout
