"""How many documents a run's inputs hold, for a progress display's total, when it is cheap to know.

A .txt/.html file is one document; a .jsonl file is one a non-blank line (counted by scanning
its bytes for newlines, about a second a gigabyte; a .jsonl.gz is inflated to count). WARC
archives (whose non-HTML records are skipped), stdin and anything that takes longer than the
time budget leave the total unknown (None): the display then shows the count and the rate.
Only regular files are opened, so a FIFO or a device cannot block the count.
"""

from __future__ import annotations

import gzip
import io
import stat
import time
import zlib
from collections.abc import Iterable
from pathlib import Path

from ._gzip import gzipped

_CHUNK = 1 << 20


class _OutOfTime(Exception):
    pass


def count_documents(paths: Iterable[str | Path], *, follow_symlinks: bool = False, budget_s: float = 2.0) -> int | None:
    """The number of documents ``paths`` hold, or None when that is not cheap to know."""
    deadline = time.monotonic() + budget_s
    total = 0
    try:
        for given in paths:
            if not str(given):
                total += 1  # an empty path: its one error (the reader never reads the current folder for it)
                continue
            n = None if str(given) == "-" else _count_path(Path(given), follow_symlinks, deadline)
            if n is None:
                return None
            total += n
    except (_OutOfTime, OSError, EOFError, zlib.error, gzip.BadGzipFile):
        return None
    return total


def _count_path(path: Path, follow_symlinks: bool, deadline: float) -> int | None:
    """Documents under one named file or directory (the reader's own walk: same files)."""
    from . import _walk, input_kind

    if not path.is_dir():
        return _count_file(path, input_kind(path) or "", True, deadline)
    total = 0
    for file in _walk(path, follow_symlinks):
        if time.monotonic() > deadline:
            raise _OutOfTime
        if not isinstance(file, Path):
            total += 1  # a problem the reader reports in a document's place
            continue
        kind = input_kind(file)
        if kind is not None:
            n = _count_file(file, kind, follow_symlinks, deadline)
            if n is None:
                return None
            total += n
    return total


def _count_file(path: Path, kind: str, follow: bool, deadline: float) -> int | None:
    """Documents in one file: a file the reader will refuse counts as one (its one error line)."""
    try:
        mode = (path.stat() if follow else path.lstat()).st_mode
    except OSError:
        return 1
    if not stat.S_ISREG(mode) or kind in ("", "text", "html"):
        return 1
    if kind == "warc":
        return None
    name = path.name.lower()
    with open(path, "rb") as raw:
        if name.endswith(".gz") or gzipped(path):
            with gzip.open(raw) as fh:
                return _count_lines(fh, deadline)
        return _count_lines(raw, deadline)


def _count_lines(fh: io.BufferedIOBase, deadline: float) -> int:
    """Lines that hold something, within the deadline (a run of blank lines is mostly discounted:
    the count is an estimate for a progress bar, not a validation)."""
    lines = blanks = 0
    last = b"\n"
    while chunk := fh.read(_CHUNK):
        if time.monotonic() > deadline:
            raise _OutOfTime
        lines += chunk.count(b"\n")
        blanks += chunk.count(b"\n\n") + (last == b"\n" and chunk[:1] == b"\n")
        last = chunk[-1:]
    return max(lines - blanks + (last != b"\n"), 0)
