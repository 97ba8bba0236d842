"""The per-article time budget (the ``article_seconds`` setting): no single input may stall a batch.

In this process a stage runs under :func:`time_budget`, which raises :class:`TimeBudgetError`
in the stage when the budget is spent: in the main thread from a ``SIGALRM`` timer, in any
other thread (the server's workers, which run ``POST /api/ingest``) from a timer thread that
raises it in the stage's thread (``PyThreadState_SetAsyncExc``). Either way it lands between
Python steps: one call into C, a single regular-expression match, is not interrupted, which is
why the known slow inputs were made linear instead. In NLP worker processes
(:mod:`communique._pool`) the worker is killed and replaced instead, so there the budget holds
whatever the worker is doing.
"""

from __future__ import annotations

import ctypes
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
                           hint="raise `article_seconds` in the settings, or COMMUNIQUE_ARTICLE_SECONDS, "
                                "to give such articles more time; the rest of the batch goes on")


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float, origin: str | None, doc_id: str | None, stage: str) -> Iterator[None]:
    """Run the block for at most ``seconds`` (0 or less: no limit), else raise ``TimeBudgetError``.

    In any thread; not nested: in the main thread an inner budget replaces an outer one for its
    duration.
    """
    if seconds <= 0:
        yield
        return
    if not _can_alarm():
        with _thread_budget(seconds, origin, doc_id, stage):
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


class _Expired(TimeBudgetError):
    """Raised in a thread whose budget is spent, by the budget's timer thread; ``time_budget``
    raises the error naming the record in its place."""

    def __init__(self, message: str = "the record ran over its time budget, skipped") -> None:
        super().__init__(message, hint="raise `article_seconds` in the settings")


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in the thread at its next Python step (None: withdraw one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


@contextmanager
def _thread_budget(seconds: float, origin: str | None, doc_id: str | None, stage: str) -> Iterator[None]:
    """``time_budget`` outside the main thread: a timer thread raises ``_Expired`` in this one.

    The lock keeps the timer from raising once the block is left: on the way out the budget is
    disarmed, and an ``_Expired`` sent but not yet raised is withdrawn."""
    me, lock = threading.get_ident(), threading.Lock()
    state = {"armed": True, "fired": False}

    def expire() -> None:
        with lock:
            if state["armed"]:
                state["fired"] = True
                _raise_in(me, _Expired)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    try:
        try:
            timer.start()  # within the try: a short budget may be spent before start() returns
            yield
        finally:
            with lock:
                state["armed"] = False
                if state["fired"]:
                    _raise_in(me, None)
            timer.cancel()
    except _Expired:
        raise over_budget(seconds, origin, doc_id, stage) from None
