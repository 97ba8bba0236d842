"""The per-record guard: whatever a stage raises on one record becomes a coded error that names
the input and the record, so that the caller reports it, skips the record and goes on.

``CommuniqueError`` passes through unchanged (it already names its input); any other
``Exception`` (a bug, or an input no check foresaw) becomes a :class:`ProcessingError`.
``KeyboardInterrupt`` and ``SystemExit`` are not caught.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._safe import printable
from .errors import CommuniqueError, ProcessingError, StoreError

__all__ = ["stage", "failure", "is_fatal", "is_interrupt", "reraise_interrupt"]

#: Store failures after which no record can be written: the run stops (see ``store._errors``).
_FATAL = frozenset({"disk-full", "read-only", "corrupt", "not-a-database", "locked", "closed"})


def is_interrupt(exc: BaseException) -> bool:
    """Whether ``exc`` is the database engine's report of Ctrl-C: DuckDB checks for signals while a
    query runs and raises its own ``InterruptException`` (``con.interrupt()``) or, when the signal
    itself lands, a plain ``RuntimeError('Query interrupted')``, the ``KeyboardInterrupt`` consumed."""
    import duckdb

    return isinstance(exc, duckdb.InterruptException) or (type(exc) is RuntimeError
                                                          and str(exc) == "Query interrupted")


def reraise_interrupt(exc: BaseException) -> None:
    """Raise ``KeyboardInterrupt`` for the database engine's report of Ctrl-C (``is_interrupt``),
    which is the run's interruption, never one record's failure (taken for one, it left a write's
    transaction open and every later record failed; the ``RuntimeError`` form was a traceback)."""
    if is_interrupt(exc):
        raise KeyboardInterrupt from exc


def is_fatal(err: CommuniqueError) -> bool:
    """True for errors that end the run rather than one record (a full disk, a damaged store)."""
    return isinstance(err, StoreError) and err.cause in _FATAL


def failure(stage_name: str, origin: str | None, doc_id: str | None, exc: BaseException) -> CommuniqueError:
    """The error to report when ``stage_name`` failed on record ``doc_id`` of input ``origin``."""
    if isinstance(exc, CommuniqueError):
        return exc
    record = f" on record {printable(doc_id, 120)!r}" if doc_id else ""
    what = "ran out of memory" if isinstance(exc, MemoryError) else \
        "went too deep (recursion limit)" if isinstance(exc, RecursionError) else \
        f"failed: {exc.__class__.__name__}: {printable(exc, 200)}"
    return ProcessingError(f"the {stage_name} stage {what}{record}", input=origin or doc_id,
                           hint="the record is skipped and the rest goes on; please report it with the input")


@contextmanager
def stage(stage_name: str, origin: str | None, doc_id: str | None) -> Iterator[None]:
    """Run the block as ``stage_name`` on one record; re-raise any failure as a coded error."""
    try:
        yield
    except CommuniqueError:
        raise
    except Exception as exc:  # noqa: BLE001 - the point of the guard
        reraise_interrupt(exc)
        raise failure(stage_name, origin, doc_id, exc) from exc
