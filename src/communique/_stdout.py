"""Standard output that is never cut short silently.

A file that stops growing (a full disk, ``ulimit -f``) takes the first part of a write and fails
the next one. Python's buffered writer retries the rest and so meets the failure, but unbuffered
(``PYTHONUNBUFFERED=1``, ``python -u``) the text layer drops what a short write left over without
a word, and the last buffer, flushed at exit, fails with only a warning. The commands write
through :func:`whole_writes` and :func:`flush` before they end, so the failure reaches them.
"""

from __future__ import annotations

import io
import os
import select
import sys
import time
from typing import Any

__all__ = ["whole_writes", "flush", "drop"]


class _WholeWrites(io.RawIOBase):
    """A raw stream over another that writes all it is given or raises: a short write is retried,
    so a full disk or a file-size limit is an :class:`OSError`, not a silent loss."""

    def __init__(self, raw: Any) -> None:
        super().__init__()
        self._raw = raw

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return int(self._raw.fileno())

    def isatty(self) -> bool:
        return bool(self._raw.isatty())

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        done = 0
        while done < len(view):
            wrote = self._raw.write(view[done:])
            if wrote is None:  # a full non-blocking pipe: wait until its reader takes some
                _wait_writable(self.fileno())
            done += wrote or 0
        return done


def _wait_writable(fd: int) -> None:
    """Sleep until ``fd`` takes more, rather than spin on a full pipe (a brief pause where the
    platform cannot wait on it)."""
    try:
        select.select([], [fd], [])
    except (OSError, ValueError):
        time.sleep(0.01)


def whole_writes() -> None:
    """Make an unbuffered standard output write each piece whole (see the module's note). A
    buffered one already does; a stream that is no file (a test's capture) is left alone."""
    out = sys.__stdout__
    if out is None or sys.stdout is not out or not isinstance(getattr(out, "buffer", None), io.RawIOBase):
        return
    sys.stdout = io.TextIOWrapper(_WholeWrites(out.buffer), encoding=out.encoding, errors=out.errors,
                                  line_buffering=out.line_buffering, write_through=True)


def flush() -> None:
    """Write what standard output still holds now, so that a failure to write it is raised here
    rather than reported by Python at exit as a mere warning (exit status 120, or 0)."""
    if sys.stdout is not None:
        sys.stdout.flush()


def drop() -> None:
    """Standard output sent nowhere from now on: what is left in its buffer is dropped, so Python
    does not fail again flushing it at exit."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a file (a test's capture): nothing flushes it at exit
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
