"""DuckDB and OS errors of the store, mapped to one line that names the cause and the fix.

A full disk once surfaced as "cannot rollback - no transaction is active", a damaged file as a
traceback. :func:`store_error` reads the cause from the exception and says what to do;
``StoreError.cause`` tells callers whether going on makes sense (a full disk: no; one bad row: yes).
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from .._safe import printable
from ..errors import StoreError

_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("disk-full", ("no space left", "disk is full", "file too large", "disk quota")),
    # before "read-only": DuckDB's lock error may add "you would be able to open this file in read only mode"
    ("locked", ("could not set lock", "conflicting lock", "lock on file")),
    ("read-only", ("read-only file system", "permission denied", "read only", "read-only")),
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


def under_a_file(path: str | Path) -> Path | None:
    """The file a path runs through as if it were a folder (``notes.txt/x.duckdb``), else None:
    making its folder failed with 'Not a directory' or 'File exists'."""
    for parent in Path(path).parents:
        if parent.exists() or parent.is_symlink():
            return None if parent.is_dir() else parent
    return None


#: the process DuckDB names as holding a file's lock ('... is held in /usr/bin/python3.11 (PID 8622)')
_HOLDER = re.compile(r"held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def locked_error(exc: BaseException, db: str) -> StoreError:
    """The error of a database ``db`` that another process holds (``exc`` is DuckDB's lock error).

    It names the process that holds it, read from DuckDB's message: that message, cut at 200
    characters, repeated the path and lost the holder ('Conflicting lock is held in /root/.pyenv…
    (274 characters in all)'), the one part that says which process to wait for."""
    text = str(exc)
    holder = _HOLDER.search(text)
    if holder:
        who = f"process {holder['pid']} ({printable(Path(holder['program']).name, 60)}) holds it"
    else:  # (another wording: DuckDB's own, without the path the message already names)
        who = printable(re.sub(r'^IO Error: |Could not set lock on file "[^"]*": ', "", text), 300)
    err = StoreError(f"the database is locked: {who}", input=db,  # (the path once: the input names it)
                     hint="another communique process is using it; wait for it to finish or use --db")
    err.cause = "locked"
    return err


def store_error(exc: BaseException, db: str, action: str = "using the database") -> StoreError:
    """One ``StoreError`` for ``exc`` raised while ``action`` on the database ``db``."""
    blocker = under_a_file(db) if getattr(exc, "errno", None) in (errno.ENOTDIR, errno.EEXIST) else None
    if blocker is not None:
        err = StoreError(f"{action} failed: {blocker} is a file, not a folder", input=db,
                         hint="give --db a path in a folder, or a new folder's name")
        err.cause = "under-a-file"
        return err
    cause = cause_of(exc)
    detail = printable(getattr(exc, "strerror", None) or exc, 200)
    if cause == "other" and makes_no_files(exc, db):
        cause = "read-only"
    if cause == "disk-full":
        full = "a file-size limit was reached" if "too large" in detail.lower() else "the disk is full"
        err = StoreError(f"{action} failed: {full} ({detail})", input=db,
                         hint="free space on that disk or give --db a path on another one, then run the same "
                              "command again: stored batches are kept and nothing is duplicated")
    elif cause == "read-only":
        err = StoreError(f"{action} failed: the file or its folder is read-only ({detail})", input=db,
                         hint="give --db a path in a folder you can write to")
    elif cause == "locked":
        return locked_error(exc, db)
    elif cause == "not-a-database":
        err = StoreError(f"cannot open the database: the file is not a DuckDB database ({detail})", input=db,
                         hint="check --db: give a database made by communique, or a new file name")
    elif cause == "corrupt":
        err = StoreError(f"the database file is damaged or truncated ({detail})", input=db,
                         hint=f"restore it from a backup, or move it aside with `mv {db} {db}.damaged` and run "
                              "`communique ingest` on your inputs again to rebuild it")
    else:
        err = StoreError(f"{action} failed: {detail}", input=db,
                         hint="check that the file is a DuckDB database made by communique")
    err.cause = cause
    return err


def makes_no_files(exc: BaseException, db: str) -> bool:
    """Whether ``exc`` is 'No such file or directory' for a new file in a folder that exists: a
    folder that makes no files (/proc, /sys and other virtual file systems). It was told to check
    that the file is a DuckDB database made by communique, a file that was never there."""
    missing = getattr(exc, "errno", None) == errno.ENOENT or "no such file or directory" in str(exc).lower()
    path = Path(db)
    return missing and not path.exists() and path.parent.is_dir()


def write_failure(exc: BaseException, db: str, action: str, hint: str) -> StoreError:
    """The error of a failed write to ``db``: :func:`store_error`'s cause and fix when the cause is
    known (a full disk, a read-only file, a lock, damage), else '``action`` failed' with ``hint``.
    A migration on a full disk said 'cannot rollback - no transaction is active (check that the
    file is a DuckDB database made by communique)'."""
    if cause_of(exc) != "other":
        return store_error(exc, db, action)
    return StoreError(f"{action} failed: {printable(exc, 300)}", input=db or None, hint=hint)


def unusable_path(path: Path) -> StoreError | None:
    """Why DuckDB cannot open a store at ``path`` whatever is there, else None: a name that is not
    UTF-8 (bytes a file system allows, which Python keeps as surrogates) made DuckDB fail with
    ``std::bad_cast``, a traceback."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return StoreError("the path is not UTF-8 text, and the database engine (DuckDB) opens only UTF-8 paths",
                          input=str(path), hint="give --db a path of UTF-8 characters: rename the file or folder")
    return None


#: bytes 8-11 of every DuckDB database file
_MAGIC = b"DUCK"


def foreign_file(path: Path, read_only: bool = True) -> StoreError | None:
    """Why an existing ``path`` cannot be a store (a folder, a pipe or a device, or a file without
    DuckDB's header), else None. An empty file is a new store when writing (``read_only`` false).

    Checked before DuckDB opens it: DuckDB 2 opens a ``.csv``, ``.json`` or ``.parquet`` file as an
    in-memory database with a view over the file, so an ingest into it kept nothing and said stored.
    """
    from ..read._files import not_a_file

    db = str(path)
    why = not_a_file(path)
    if path.is_dir():
        err = StoreError("a folder, not a database file", input=db,
                         hint=f"give --db a file name, e.g. {path / 'communique.duckdb'}")
    elif why not in (None, "not found"):  # a pipe (opening it waited for a writer for ever), a device
        err = StoreError(f"cannot open the database: {why}", input=db,
                         hint="check --db: give a database made by communique, or a new file name")
    else:
        try:
            with path.open("rb") as fh:
                head = fh.read(12)
        except FileNotFoundError:
            return None
        except PermissionError as exc:  # was "the file or its folder is read-only": it cannot be read at all
            err = StoreError(f"cannot read the database file: {exc.strerror or exc}", input=db,
                             hint="check its permissions with ls -l, or give --db a file you can read")
            err.cause = "read-only"
            return err
        except OSError as exc:
            return store_error(exc, db, "opening the database")
        if head[8:12] == _MAGIC or not (head or read_only):
            return None
        if not head:
            err = StoreError("no database here: the file is empty", input=db,
                             hint="run `communique ingest` to fill it, or give the right file with --db")
        else:
            err = StoreError("cannot open the database: the file has no DuckDB header, so it is not a DuckDB "
                             "database", input=db, hint="check --db: give a database made by communique, or a "
                             "new file name; a data file such as .csv or .jsonl is an input, not a store")
    err.cause = "not-a-database"
    return err
