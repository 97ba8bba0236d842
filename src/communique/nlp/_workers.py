"""Worker processes end with their parent.

spaCy's ``nlp.pipe(n_process=2)`` forks workers that wait on a queue; when the parent is killed
(``kill -9``, an out-of-memory kill) they waited for ever, each holding a model in memory. On
Linux every process forked after :func:`bind_children` asks the kernel for SIGTERM when its
parent dies (``PR_SET_PDEATHSIG``). Elsewhere this is a no-op.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
from functools import lru_cache

__all__ = ["bind_children"]

_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In a freshly forked child: SIGTERM when the parent goes; exit now if it has gone already."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died between fork and prctl
        os._exit(1)


@lru_cache(maxsize=1)
def bind_children() -> bool:
    """Make every process this one forks from now on end with it; True where supported."""
    if not sys.platform.startswith("linux") or not hasattr(os, "register_at_fork"):
        return False
    os.register_at_fork(after_in_child=_die_with_parent)
    return True
