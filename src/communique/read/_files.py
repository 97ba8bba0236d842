"""Which paths may be read: regular files only, symbolic links only on request, never devices.

A ``.txt`` link to ``/dev/zero`` once made a run read 4.9 GB and die of MemoryError, and a link
to a system file was read as an article. :func:`file_problem` says why a path must not be read;
:func:`read_bounded` reads at most ``limit + 1`` bytes whatever ``stat`` claims.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import InputError

_FOLLOW_HINT = "pass --follow-symlinks to read files behind links"


def file_problem(path: Path, *, follow_symlinks: bool, named: bool = False) -> InputError | None:
    """An error when ``path`` is not a regular file communique may read, else None.

    A link named on the command line (``named``) is followed, since the user chose it; a link
    found inside a directory only with ``follow_symlinks``. Either way it must lead to a
    regular file: devices, pipes and sockets are refused.
    """
    origin = str(path)
    try:
        own = path.lstat()
        if stat.S_ISLNK(own.st_mode) and not (follow_symlinks or named):
            return InputError("a symbolic link, not followed", input=origin, hint=_FOLLOW_HINT)
        target = path.stat()
    except OSError as exc:
        return InputError(f"cannot read file: {exc.strerror or exc}", input=origin,
                          hint="check that the file exists and is readable, and that a link points to a file")
    if not stat.S_ISREG(target.st_mode):
        what = ("a device" if stat.S_ISCHR(target.st_mode) or stat.S_ISBLK(target.st_mode)
                else "a pipe or socket" if stat.S_ISFIFO(target.st_mode) or stat.S_ISSOCK(target.st_mode)
                else "not a regular file")
        return InputError(f"{what}, not a regular file; it is not read", input=origin,
                          hint="give regular .txt, .html, .jsonl or .warc files")
    return None


def not_a_file(path: Path) -> str | None:
    """Why ``path``, a file the user named for its settings (a manifest, a settings or actors
    file), cannot be read as one: ``"not found"`` or what it is instead (a folder, a pipe, a
    device); None for a regular file. A pipe is refused rather than read: reading one waits for
    a writer that may never come."""
    if not os.path.lexists(path):
        return "not found"
    if path.is_dir():
        return "a folder, not a file"
    problem = file_problem(path, follow_symlinks=True, named=True)
    return None if problem is None else problem.message


def read_bounded(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (one more than allowed tells the caller it is too big)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        return fh.read(limit + 1)
