"""Batch writes that one bad row cannot sink: a batch that fails for a reason of its own rows is
written again row by row, so only the row at fault is reported and skipped.

Failures of the database itself (full disk, read-only file, damaged file, lock) stop the run:
retrying row by row could not succeed and would bury the cause under one message a row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .._guard import failure, is_fatal
from ..errors import CommuniqueError
from ..types import ArticleResult
from ._store import Store, WriteStats

ErrorHandler = Callable[[CommuniqueError], None]


def _fatal(exc: Exception) -> bool:
    return isinstance(exc, CommuniqueError) and is_fatal(exc)


def write_resilient(store: Store, results: Sequence[ArticleResult], on_error: ErrorHandler, *,
                    replace: bool = False) -> WriteStats:
    """Write ``results`` (``replace`` as in :meth:`Store.write`); on a failure not of the database
    itself, retry each result alone and report the ones that still fail. Returns the summed
    :class:`WriteStats` of what was stored."""
    try:
        return store.write(results, replace=replace)
    except Exception as exc:  # noqa: BLE001 - sorted below: fatal causes re-raise
        if _fatal(exc):
            raise
    total = WriteStats()
    for res in results:
        try:
            one = store.write([res], replace=replace)
        except Exception as exc:  # noqa: BLE001
            if _fatal(exc):
                raise
            on_error(failure("store", res.article.origin, res.article.id, exc))
            continue
        total = WriteStats(*(a + b for a, b in zip(_tuple(total), _tuple(one))))
    return total


def _tuple(s: WriteStats) -> tuple[int, int, int, int, int]:
    return (s.written, s.replaced, s.skipped, s.mentions, s.events)
