"""Session 19's red-team pass: a full disk at the store's creation, export's full disk and
read-only folder, WARC records with a negative length, and the inputs of the brief not tried
before. Each test fails without its fix."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import StoreError
from communique.store import Store

from test_robust_store import _one_line, _small_files

CMD = [sys.executable, "-m", "communique.cli"]


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


# -- export and standard output on a full disk, a file-size limit, a read-only folder ---------

@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "canonical"])
def test_export_past_a_file_size_limit_says_how_to_fix_it(large_db: Path, tmp_path: Path, fmt: str):
    """export's full disk said '{out}: cannot write: File too large', no cause, no fix."""
    out = tmp_path / f"e.{fmt}"
    how = ["--canonical"] if fmt == "canonical" else ["--format", fmt]
    res = subprocess.run([*CMD, "export", "--db", str(large_db), *how, "-o", str(out)], capture_output=True,
                         text=True, timeout=300, preexec_fn=_small_files(2000))
    assert res.returncode == 1
    _one_line(res.stderr, str(out), "cannot write the output: a file-size limit was reached", "ulimit -f")
    assert not out.exists() and not list(tmp_path.glob(".*.part"))


def test_export_to_a_full_disk_says_how_to_fix_it(large_db: Path):
    res = CliRunner().invoke(main, ["export", "--db", str(large_db), "--format", "jsonl", "-o", "/dev/full"])
    assert res.exit_code == 1
    _one_line(res.stderr, "/dev/full: cannot write the output: the disk is full", "free space on that disk")


def test_export_into_a_read_only_folder_says_how_to_fix_it(large_db: Path, tmp_path: Path, monkeypatch):
    """(A read-only folder, EROFS, as root cannot be made without a mount: the writer raises it.)"""
    import errno

    from communique.store import _store

    def read_only(fmt, out, chunks, level="mention"):
        raise OSError(errno.EROFS, "Read-only file system", str(out))

    monkeypatch.setattr(_store, "write_export", read_only)
    out = tmp_path / "e.csv"
    res = CliRunner().invoke(main, ["export", "--db", str(large_db), "--format", "csv", "-o", str(out)])
    assert res.exit_code == 1
    _one_line(res.stderr, f"{out}: cannot write the output: the file or its folder is read-only",
              "give -o a path in a folder you can write to")


@pytest.mark.parametrize("args", [["--help"], ["events", "--format", "jsonl"], ["events"],
                                  ["actors", "resolve", "France"]])
def test_standard_output_on_a_full_disk_is_one_line(large_db: Path, args: list[str]):
    """`communique events > /full/disk/x` (and --help, actors resolve) ended in a traceback."""
    if args[0] == "events":
        args = [*args, "--db", str(large_db)]
    with open("/dev/full", "w") as full:
        res = subprocess.run([*CMD, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=300,
                             env={**os.environ, "COLUMNS": "200"})
    assert res.returncode == 1
    _one_line(res.stderr, "standard output: cannot write the output: the disk is full")


# -- WARC records whose Content-Length is no byte count ----------------------------------------

def _with_length(record: bytes, value: str) -> bytes:
    head, sep, rest = record.partition(b"Content-Length: ")
    digits = rest.split(b"\r\n", 1)[0]
    return head + sep + value.encode() + rest[len(digits):]


@pytest.mark.parametrize("value, words", [("-5", "is negative (-5)"), ("-1", "is negative (-1)"),
                                          ("abc", "is not a number ('abc')"), ("1e3", "is not a number")])
@pytest.mark.parametrize("gz, last", [(False, False), (True, False), (False, True)])
def test_a_warc_record_with_a_negative_length_is_named_with_its_problem(tmp_path: Path, value: str, words: str,
                                                                       gz: bool, last: bool):
    """A negative Content-Length was reported as 'corrupt archive data at byte N' of the archive,
    the record and the problem unnamed."""
    import gzip

    from communique.read import read_inputs
    from test_robust_inputs import _goods, _split, _warc

    goods = _goods(4)
    records = [_warc([g]) for g in goods]
    bad = 3 if last else 1
    records[bad] = _with_length(records[bad], value)
    name = "a.warc.gz" if gz else "a.warc"
    (tmp_path / name).write_bytes(b"".join(gzip.compress(r) for r in records) if gz else b"".join(records))
    docs, errs = _split(read_inputs([tmp_path / name]))
    assert [d.id for d in docs] == [g["id"] for i, g in enumerate(goods) if i != bad]
    assert len(errs) == 1 and errs[0].input == f"{tmp_path / name}#{goods[bad]['id']}", errs
    assert f"the record's Content-Length {words}" in errs[0].message


# -- a database from a newer communique ---------------------------------------------------------

def test_a_database_from_a_newer_schema_is_not_written_and_still_read(large_db: Path, tmp_path: Path,
                                                                      article: Path):
    """An ingest into a database a newer communique had upgraded went ahead, writing rows that
    know nothing of the newer schema."""
    import shutil

    import duckdb

    db = tmp_path / "newer.duckdb"
    shutil.copy(large_db, db)
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_migrations VALUES ('0999_from_the_future', now())")
    con.close()
    with pytest.raises(StoreError, match="made by a newer version of communique") as info:
        Store(db)
    assert info.value.cause == "newer-schema" and "0999_from_the_future" in info.value.message
    with Store(db, read_only=True) as store:
        assert store.stats()["articles"] == 30
    res = CliRunner().invoke(main, ["ingest", "-q", "--processes", "1", "--db", str(db), str(article)])
    assert res.exit_code == 1
    _one_line(res.stderr, "newer version of communique", "upgrade communique")
    with Store(db, read_only=True) as store:
        assert store.stats()["articles"] == 30


# -- a full temporary folder ------------------------------------------------------------------

def test_a_full_temporary_folder_does_not_fail_every_record(tmp_path: Path):
    """py3langid inflates its model through a temporary file: with the temporary folder full
    (here: files limited to 1 MB) every record failed 'the cleaning stage failed: OSError: File
    too large ... please report it'."""
    page = tmp_path / "one.txt"
    page.write_text("France and Germany held talks in Paris on Monday about the long dispute over steel "
                    "tariffs, and the ministers agreed to meet again in March.\n", encoding="utf-8")
    res = subprocess.run([*CMD, "clean", str(page)], capture_output=True, text=True, timeout=300,
                         preexec_fn=_small_files(1_000_000), env={**os.environ, "TMPDIR": str(tmp_path)})
    assert res.returncode == 0, res.stderr
    assert '"language": "en"' in res.stdout and "error" not in res.stderr


def test_posting_to_a_database_from_a_newer_schema_is_no_retry_later(large_db: Path, tmp_path: Path):
    """POST /api/ingest on a database a newer communique made answered 503 'Retry-After: 2': a
    client retried for ever what no retry could fix."""
    import shutil

    import duckdb
    from fastapi.testclient import TestClient

    from communique.api._app import create_app

    db = tmp_path / "newer.duckdb"
    shutil.copy(large_db, db)
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_migrations VALUES ('0999_from_the_future', now())")
    con.close()
    doc = b'{"id": "n1", "text": "France and Germany held talks in Paris on Monday."}\n'
    with TestClient(create_app(db, token="t0ken", poll_seconds=0.2)) as c:
        r = c.post("/api/ingest", content=doc, headers={"Authorization": "Bearer t0ken"})
    assert r.status_code == 500 and "Retry-After" not in r.headers
    assert "newer version of communique" in r.json()["detail"]


# -- an upgrade (migration) on a full disk ---------------------------------------------------

_BIG_MIGRATION = """
import resource, signal, sys
from communique.errors import StoreError
from communique.store import Store, _migrations

db = sys.argv[1]
Store(db).close()  # an older database: every migration but the one below applied
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (2_000_000, 2_000_000))
big = ("0999_big", lambda con: con.execute(
    "CREATE TABLE big AS SELECT range AS i, repeat('x', 100) || range::VARCHAR AS s FROM range(300000)"))
_migrations.migrate.__defaults__ = (_migrations.MIGRATIONS + (big,),)
try:
    Store(db).close()
except StoreError as err:
    print(err.cause, err, file=sys.stderr)
    sys.exit(1)
"""


def test_an_upgrade_on_a_full_disk_names_the_cause(tmp_path: Path):
    """A migration that filled the disk said 'cannot rollback - no transaction is active (check
    that the file is a DuckDB database made by communique)': the failed COMMIT had ended the
    transaction and the ROLLBACK's error hid the real one."""
    db = tmp_path / "old.duckdb"
    res = subprocess.run([sys.executable, "-c", _BIG_MIGRATION, str(db)], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 1
    _one_line(res.stderr, "disk-full", "migration 0999_big failed: a file-size limit was reached", "free space")
    assert "cannot rollback" not in res.stderr
    with Store(db) as store:  # the database is as it was before the migration
        assert "0999_big" not in store.migrations() and store.stats()["articles"] == 0


# -- a path that runs through a file ----------------------------------------------------------

def test_a_path_under_a_file_names_the_file(tmp_path: Path, large_db: Path, article: Path):
    """`--db notes.txt/x.duckdb` said 'Not a directory (check that the file is a DuckDB database
    made by communique)', `export -o notes.txt/e.csv` 'cannot write: File exists'."""
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", "-q", "--db", str(notes / "x.duckdb"), str(article)])
    assert res.exit_code == 1
    _one_line(res.stderr, f"{notes} is a file, not a folder", "give --db a path in a folder")
    for out in (notes / "e.csv", notes / "sub" / "e.csv"):
        res = runner.invoke(main, ["export", "--db", str(large_db), "--format", "csv", "-o", str(out)])
        assert res.exit_code == 1
        _one_line(res.stderr, f"{notes} is a file, not a folder", "give -o a path in a folder")
    assert notes.read_text(encoding="utf-8") == "mine\n"
