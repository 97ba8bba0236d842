"""Session 22's red-team pass: a lock conflict met outside ``Store._open``, a time of day in
``--since``, and the inputs of the brief not tried before. Each test fails without its fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from communique.store._errors import cause_of, store_error, write_failure

# -- a lock conflict is "locked", wherever it is met -------------------------------------------

#: DuckDB's lock error as some versions word it: its "read only mode" must not make it "read-only"
_OLD_WORDING = ('IO Error: Could not set lock on file "x.duckdb": Conflicting lock is held in python (PID 1). '
                'However, you would be able to open this file in read only mode, e.g. by using the -readonly '
                'parameter in the CLI.')


def _real_lock_error(db: Path) -> duckdb.IOException:
    """The error DuckDB raises opening ``db`` while another process holds it."""
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('held', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(duckdb.IOException) as info:
            duckdb.connect(str(db))
        return info.value
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("wording", ["real", "old"])
def test_a_lock_conflict_is_locked_for_every_caller(tmp_path: Path, wording: str):
    db = tmp_path / "x.duckdb"
    exc = _real_lock_error(db) if wording == "real" else duckdb.IOException(_OLD_WORDING)
    assert cause_of(exc) == "locked"
    for err in (store_error(exc, str(db), "writing 3 article(s)"),
                write_failure(exc, str(db), "writing the export", "check the path")):
        assert err.cause == "locked"
        assert "locked" in err.message and "read-only" not in str(err)
        assert "another communique process" in str(err) and str(db) in str(err)
