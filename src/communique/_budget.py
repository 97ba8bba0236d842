"""The per-article time budget (the ``article_seconds`` setting): no single input may stall a batch.

In this process a stage runs under :func:`time_budget`, a ``SIGALRM`` timer that raises
:class:`TimeBudgetError` in the stage when the budget is spent (between Python steps: one
call into C, a single regular-expression match, is not interrupted, which is why the known slow
inputs were made linear instead). In NLP worker processes (:mod:`communique._pool`) the worker
is killed and replaced instead, so there the budget holds whatever the worker is doing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from ._safe import printable
from .errors import TimeBudgetError

__all__ = ["time_budget", "over_budget"]


def over_budget(seconds: float, origin: str | None, doc_id: str | None, stage: str) -> TimeBudgetError:
    """The error reported for a record whose ``stage`` ran over ``seconds``."""
    record = f"record {printable(doc_id, 120)!r}" if doc_id else "the record"
    return TimeBudgetError(f"{record} took longer than {seconds:g} s in the {stage} stage, skipped",
                           input=origin or doc_id,
                           hint="raise `article_seconds` in the settings (or COMMUNIQUE_ARTICLE_SECONDS) "
                                "to give such articles more time; the rest of the batch goes on")


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float, origin: str | None, doc_id: str | None, stage: str) -> Iterator[None]:
    """Run the block for at most ``seconds`` (0 or less: no limit), else raise ``TimeBudgetError``.

    Only in the main thread (elsewhere the block runs unlimited); not nested: an inner budget
    replaces an outer one for its duration.
    """
    if seconds <= 0 or not _can_alarm():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise over_budget(seconds, origin, doc_id, stage)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
