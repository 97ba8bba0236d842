"""DuckDB and OS errors of the store, mapped to one line that names the cause and the fix.

A full disk once surfaced as "cannot rollback - no transaction is active", a damaged file as a
traceback. :func:`store_error` reads the cause from the exception and says what to do;
``StoreError.cause`` tells callers whether going on makes sense (a full disk: no; one bad row: yes).
"""

from __future__ import annotations

import errno

from .._safe import printable
from ..errors import StoreError

_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("disk-full", ("no space left", "disk is full", "file too large", "disk quota")),
    ("read-only", ("read-only file system", "permission denied", "read only", "read-only")),
    ("locked", ("could not set lock", "conflicting lock", "lock on file")),
    ("not-a-database", ("not a valid duckdb", "is not a database")),
    ("corrupt", ("corrupt", "checksum", "could not read enough bytes", "invalid database", "serialization",
                 "failed to read", "unexpected end")),
)
_ERRNO = {errno.ENOSPC: "disk-full", errno.EFBIG: "disk-full", errno.EDQUOT: "disk-full",
          errno.EROFS: "read-only", errno.EACCES: "read-only", errno.EPERM: "read-only"}


def cause_of(exc: BaseException) -> str:
    """``disk-full``, ``read-only``, ``locked``, ``not-a-database``, ``corrupt`` or ``other``."""
    code = getattr(exc, "errno", None)
    if code in _ERRNO:
        return _ERRNO[code]
    text = str(exc).lower()
    for cause, needles in _PATTERNS:
        if any(n in text for n in needles):
            return cause
    return "other"


def store_error(exc: BaseException, db: str, action: str = "using the database") -> StoreError:
    """One ``StoreError`` for ``exc`` raised while ``action`` on the database ``db``."""
    cause = cause_of(exc)
    detail = printable(getattr(exc, "strerror", None) or exc, 200)
    if cause == "disk-full":
        full = "a file-size limit was reached" if "too large" in detail.lower() else "the disk is full"
        err = StoreError(f"{action} failed: {full} ({detail})", input=db,
                         hint="free space on that disk or give --db a path on another one, then run the same "
                              "command again: stored batches are kept and nothing is duplicated")
    elif cause == "read-only":
        err = StoreError(f"{action} failed: the file or its folder is read-only ({detail})", input=db,
                         hint="give --db a path in a folder you can write to")
    elif cause == "locked":
        err = StoreError(f"the database is locked ({detail})", input=db,
                         hint="another communique process is using it; wait for it to finish or use --db")
    elif cause == "not-a-database":
        err = StoreError(f"cannot open the database: the file is not a DuckDB database ({detail})", input=db,
                         hint="check --db: give a database made by communique, or a new file name")
    elif cause == "corrupt":
        err = StoreError(f"the database file is damaged or truncated ({detail})", input=db,
                         hint=f"restore it from a backup, or move it aside (mv {db} {db}.damaged) and run "
                              "`communique ingest` on your inputs again to rebuild it")
    else:
        err = StoreError(f"{action} failed: {detail}", input=db,
                         hint="check that the file is a DuckDB database made by communique")
    err.cause = cause
    return err
