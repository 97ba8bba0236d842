"""SIGTERM ends a run as Ctrl-C does: ``kill PID``, a container stop or a job scheduler's time
limit raise ``KeyboardInterrupt`` in the run, so it stops between steps, reports what it kept
and exits, instead of dying at once without a word.

Worker processes forked while the handler is set (``communique._pool``) keep the default: in
them SIGTERM (also the one they get when their parent dies) ends the process at once.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["interruptible"]


@contextmanager
def interruptible() -> Iterator[None]:
    """Within the block, SIGTERM to this process raises ``KeyboardInterrupt`` (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()

    def stop(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != owner:  # a forked worker: end as SIGTERM's default does
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
