"""How many NLP worker processes to run: the ``processes`` setting, ``"auto"`` or a number.

``"auto"`` takes the cores this process may run on (``os.sched_getaffinity``, which
honours ``taskset`` and container CPU sets), capped by the memory available, at about
0.5 GB per spaCy worker (the small English model at batch sizes 8-16). A run never starts
more workers than it has batches of articles for: a worker without a batch only costs.
"""

from __future__ import annotations

import math
import os
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator, TypeVar

__all__ = ["WORKER_BYTES", "parse_processes", "auto_workers", "resolve_processes", "usable_cpus",
           "available_memory", "plan_workers", "die_with_parent"]

T = TypeVar("T")

#: resident memory one spaCy worker needs (model plus a batch of ~1,000-word articles)
WORKER_BYTES = 512 * 1024 * 1024

Processes = int | str


def parse_processes(value: object) -> Processes:
    """``"auto"`` or a whole number >= 1 (as given in a settings file, the environment or a flag).

    Raises ``ValueError`` with a message that says what is accepted.
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not 'auto' or a whole number >= 1")
    if isinstance(value, str) and value.strip().lower() == "auto":
        return "auto"
    try:
        n = int(str(value).strip()) if isinstance(value, str) else int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not 'auto' or a whole number >= 1") from None
    if n < 1 or (isinstance(value, float) and value != n):
        raise ValueError(f"{value!r} is not 'auto' or a whole number >= 1")
    return n


def auto_workers(cpus: int, memory_bytes: int | None, per_worker: int = WORKER_BYTES) -> int:
    """Workers for ``"auto"``: one a core, no more than the memory holds, at least one.

    ``memory_bytes`` None means the memory is unknown and does not cap the count.
    """
    n = max(1, cpus)
    if memory_bytes is not None:
        n = min(n, memory_bytes // per_worker)
    return max(1, n)


def usable_cpus() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def _read_int(path: Path) -> int | None:
    try:
        text = path.read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _cgroup_headroom(root: Path = Path("/sys/fs/cgroup")) -> int | None:
    """Bytes left under the container's memory limit (cgroup v2, then v1), None when unlimited."""
    for limit_file, usage_file in (("memory.max", "memory.current"),
                                   ("memory/memory.limit_in_bytes", "memory/memory.usage_in_bytes")):
        limit, usage = _read_int(root / limit_file), _read_int(root / usage_file)
        if limit is not None and usage is not None and limit < 1 << 60:
            return max(0, limit - usage)
    return None


def available_memory(meminfo: Path = Path("/proc/meminfo")) -> int | None:
    """Bytes of memory available to new processes (``MemAvailable``, within a container limit);
    None where the system does not say."""
    avail = None
    try:
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemAvailable:"):
                avail = int(line.split()[1]) * 1024
                break
    except (OSError, ValueError, IndexError):
        avail = None
    headroom = _cgroup_headroom()
    if headroom is None:
        return avail
    return headroom if avail is None else min(avail, headroom)


def resolve_processes(value: Processes) -> int:
    """The number of workers the setting asks for on this machine, now."""
    if value == "auto":
        return auto_workers(usable_cpus(), available_memory())
    return parse_processes(value)  # type: ignore[return-value]


def plan_workers(items: Iterable[T], wanted: int, batch_size: int) -> tuple[int, Iterator[T]]:
    """Cap ``wanted`` workers by the batches there are: look ahead ``wanted * batch_size``
    items; if the stream ends sooner, fewer workers (one: in process) do the work.

    Returns the number of workers and an iterator over all the items, in order.
    """
    it = iter(items)
    if wanted <= 1:
        return 1, it
    head = list(islice(it, wanted * batch_size))
    batches = math.ceil(len(head) / max(1, batch_size))
    return max(1, min(wanted, batches)), chain(head, it)


# -- workers die with the process that started them --------------------------------------------------
# spaCy's workers block on a queue whose write ends they all share, so when the parent is killed
# (kill -9, the OOM killer) they would wait, holding ~0.5 GB each, for ever. A child forked while
# ``die_with_parent`` is active asks the kernel (Linux PR_SET_PDEATHSIG) for SIGTERM on its parent's death.

_guarding = 0
_registered = False
_forker = 0
_PR_SET_PDEATHSIG = 1


def _before_fork() -> None:
    global _forker
    _forker = os.getpid()


def _in_child() -> None:
    if not _guarding:
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):  # not Linux / no libc: the old behaviour
        return
    if os.getppid() != _forker:  # the parent died before the request was made
        os._exit(1)


@contextmanager
def die_with_parent() -> Iterator[None]:
    """Worker processes forked inside this block end when this process ends, however it ends."""
    global _guarding, _registered
    if not _registered and hasattr(os, "register_at_fork"):
        os.register_at_fork(before=_before_fork, after_in_child=_in_child)
        _registered = True
    _guarding += 1
    try:
        yield
    finally:
        _guarding -= 1
