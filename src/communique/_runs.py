"""The batch run behind ``communique extract`` as a library call (``ingest``'s is
:func:`communique.ingest.ingest`), and atomic output files.

It reads, cleans, checks ids (:class:`IdGuard`) and runs the NLP stages; every record is
guarded, so a bad record costs one error line and never its neighbours.
"""

from __future__ import annotations

import errno
import glob
import json
import os
import re
import socket
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ._ids import IdGuard
from ._signals import interruptible
from .errors import CommuniqueError, OutputError
from .types import ArticleResult, RawDoc

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline

__all__ = ["extract_results", "atomic_output", "atomic_path", "output_problem", "write_json_lines", "output_is_input",
           "output_is_folder", "write_target", "write_cause", "write_error"]

ErrorHandler = Callable[[CommuniqueError], None]
Tick = Callable[..., Any]


def extract_results(pipe: "Pipeline", inputs: Iterable[RawDoc | CommuniqueError], on_error: ErrorHandler,
                    tick: Tick | None = None) -> list[ArticleResult]:
    """Results of every usable input, with final event ids: fusion may still move an earlier
    mention when a later article arrives, so ids are read once every input is in (and so do
    not depend on the inputs' order). A second, different text under one id is an error."""
    from .fuse import Fuser

    guard = IdGuard(replace_option=None)  # extract has no --replace
    fuser = Fuser(window_days=pipe.settings.fuse_window_days)
    results = []
    for result in pipe.run_articles(guard.filter(pipe.articles(inputs, on_error), on_error), fuser=fuser,
                                    on_error=on_error):
        results.append(result)
        if tick is not None:
            tick(1, result)
    return list(fuser.resolve(results))


def output_problem(output: str | Path | None, inputs: Iterable[str]) -> OutputError | None:
    """Why ``output`` cannot take a run's JSON lines: a folder (``output_is_folder``), one of the
    files the run reads (``output_is_input``) or a name that says another format (``output_misnamed``);
    None when it can."""
    return output_is_folder(output) or output_is_input(output, inputs) or output_misnamed(output, "jsonl")


#: the endings of a file name that say which format the file holds
_FORMAT_ENDINGS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
#: the endings of a compressed file: communique writes its outputs uncompressed
_COMPRESSED_ENDINGS = (".gz", ".bz2", ".xz", ".zst", ".zip")


def output_misnamed(output: str | Path | None, fmt: str, *, option: str | None = None) -> OutputError | None:
    """An error when the name of ``output`` says another format than ``fmt`` (``export --format parquet
    -o events.csv`` wrote Parquet into a .csv file) or compression that is not applied (``-o
    events.jsonl.gz`` got plain text, which ``communique ingest`` then refused as 'not a gzip file').
    ``option``: the option that chose ``fmt`` (``--format``), offered as the other fix."""
    if not output or output == "-":
        return None
    name = Path(output).name
    if name.lower().endswith(_COMPRESSED_ENDINGS):
        plain = name[:name.rindex(".")]
        fix = f"give -o {plain}, or compress it yourself: -o - | gzip > {name}" if fmt != "parquet" else \
            f"give -o {plain}: Parquet compresses its columns itself"
        return OutputError(f"the name says compressed, but communique writes plain {fmt}", input=str(output),
                           hint=fix)
    said = named_format(name)
    if said is None or said == fmt:
        return None
    other = f", or {option} {said}" if option else ""
    return OutputError(f"the name says {said}, but the output is {fmt}", input=str(output),
                       hint=f"give -o {Path(name).stem}.{fmt}{other}")


def named_format(output: str | Path) -> str | None:
    """The format the name of ``output`` says (``events.csv``: csv), if it says one."""
    return _FORMAT_ENDINGS.get(Path(output).suffix.lower())


def write_json_lines(out: IO[str], records: Iterable[Mapping[str, Any]]) -> int:
    """Write ``records`` to ``out`` as JSON lines (UTF-8 text, not ASCII escapes); return how many."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def output_is_input(output: str | Path | None, inputs: Iterable[str]) -> OutputError | None:
    """An error when ``output`` names the same file as one of the named ``inputs`` (the output
    replaces it once the run ends: ``extract a.jsonl b.jsonl -o a.jsonl`` lost a.jsonl), or an
    existing file inside an input folder (``extract news/ -o news/events.jsonl`` run again reads the
    last run's events as articles), else None."""
    if not output or output == "-" or not Path(output).exists():
        return None
    target = Path(output).resolve()
    for name in inputs:
        try:
            same = name != "-" and os.path.samefile(name, output)
        except OSError:
            continue
        if same:
            return OutputError("the output file is also an input; writing it would replace that input",
                               input=str(output), hint="give -o a new file name, e.g. events.jsonl")
        if Path(name).is_dir() and Path(name).resolve() in target.parents:
            return OutputError(f"the output file lies inside the input folder {name}, so it would be read "
                               "as an input", input=str(output), hint=f"write -o outside {name}")
    return None


def output_is_folder(output: str | Path | None) -> OutputError | None:
    """An error when ``output`` is an existing folder: the file could not be renamed into place,
    and a whole run's work was lost at its very end ("Is a directory"), else None."""
    if not output or output == "-" or not Path(output).is_dir():
        return None
    return OutputError("a folder, not a file", input=str(output),
                       hint=f"give -o a file name, e.g. {Path(output) / 'events.jsonl'}")


def write_target(path: str | Path) -> tuple[Path, bool]:
    """The file an output named ``path`` goes to, and whether it is written in place rather than
    renamed into place when complete. A device or a pipe (``-o /dev/null``, ``-o /dev/stdout``, a
    FIFO a reader waits on) is written in place: renaming a finished file over it replaced the
    device or the pipe itself with a plain file (``/dev/null`` too, when run as root). A link is
    followed: the file it points to is replaced and the link kept."""
    p = Path(path)
    try:
        mode: int | None = p.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return p, True
    return (Path(os.path.realpath(p)) if p.is_symlink() else p), False


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write, renamed over ``path`` when the block ends and
    removed when it fails, so a failed or killed run never leaves a half-written file under the real
    name, nor its temporary one (``.NAME.HOST.PID.part``: two runs writing one file do not share it). A
    run killed outright (SIGKILL, the OOM killer, a power cut) cannot remove its own: the next run
    writing ``path`` removes those whose process is gone (``remove_stale_parts``). A device or a
    pipe is written in place (``write_target``); a folder, or a link to one, is refused at once
    (``output_is_folder``): the finished file could not be renamed over it."""
    folder = output_is_folder(path)
    if folder is not None:
        raise folder
    p, in_place = write_target(path)
    if in_place:
        with _pipe_reader(p):
            yield p
        return
    tmp = p.with_name(f".{p.name}.{_host()}.{os.getpid()}.part")
    remove_stale_parts(p)
    made: list[Path] = []
    try:
        made = _make_folders(p)
        with interruptible():  # SIGTERM ends the block as Ctrl-C does (it left the .part file of `clean -o`)
            yield tmp
        os.replace(tmp, p)
    except BaseException:
        _remove(tmp)
        for new in reversed(made):  # (a folder made for an output never written is not left behind)
            _remove_folder(new)
        raise


def _make_folders(path: Path) -> list[Path]:
    """Make the missing folders above output ``path``, with a note naming them, and return them
    outermost first: ``-o reslts/events.jsonl`` (a misspelt folder) made the folder without a word,
    and the user looked for the output in the folder they meant. Made, not refused, as ``ingest
    --db`` makes a new database's folder (and says the database is new)."""
    missing = [folder for folder in reversed(path.parent.parents) if not folder.exists()]
    missing += [path.parent] if not path.parent.exists() else []
    path.parent.mkdir(parents=True, exist_ok=True)
    if missing:
        import sys

        from ._safe import printable

        above = len(missing) - 1
        down = "" if not above else f" (and {printable(missing[0])} above it)" if above == 1 else \
            f" (and the {above} folders above it, from {printable(missing[0])})"
        sys.stderr.write(f"note: {printable(path.parent)}: no such folder; made it{down} for {printable(path.name)}; "
                         "if you meant another folder, check the path given to -o\n")
        sys.stderr.flush()
    return missing


@contextmanager
def _pipe_reader(p: Path) -> Iterator[None]:
    """For a FIFO output, a note while no process reads it (opening it to write waits for a reader:
    ``export -o FIFO`` with none sat without a word), and the pipe held open for writing until the
    block ends (a probe opened and closed alone would end a reader's input before the data came).
    The block runs at one ``yield`` outside every ``try`` that handles an error: an error of the
    writing itself (a full disk) must reach the caller as it is."""
    fd = _hold_pipe(p)
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)


def _hold_pipe(p: Path) -> int | None:
    """A write descriptor held on FIFO ``p`` (after a note, waiting for a reader if none reads it yet);
    None when ``p`` is no FIFO, or it cannot be opened (that shows when the output is opened)."""
    try:
        if not stat.S_ISFIFO(p.stat().st_mode):
            return None
        return os.open(p, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno != errno.ENXIO:  # (ENXIO: no reader yet)
            return None
    import sys

    sys.stderr.write(f"note: {p}: a named pipe that no process reads yet; waiting for a reader (e.g. "
                     f"`cat {p}` in another terminal; Ctrl-C stops)\n")
    sys.stderr.flush()
    with interruptible():
        return os.open(p, os.O_WRONLY)


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[str]]:
    """A text file written through :func:`atomic_path`; a failure to write it is an
    :class:`OutputError` naming ``path`` and the cause (a full disk, a read-only folder)."""
    try:
        with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as fh:
            yield fh
    except OSError as exc:
        raise write_error(exc, path) from exc


#: the words and the fix for an output that cannot be written, by ``store._errors.cause_of``
_WRITE_FIXES = {
    "disk-full": ("the disk is full", "free space on that disk, or give -o a path on another disk"),
    "file-size": ("a file-size limit was reached",
                  "raise the limit with ulimit -f, or write a smaller output: filters narrow an export"),
    "read-only": ("the file or its folder is read-only", "give -o a path in a folder you can write to"),
}


def write_cause(exc: OSError) -> str | None:
    """Why writing failed, when it is the place written to: ``disk-full``, ``file-size`` (a
    file-size limit, EFBIG) or ``read-only``; None for any other error."""
    from .store._errors import cause_of

    cause = "file-size" if exc.errno == errno.EFBIG or "too large" in str(exc).lower() else cause_of(exc)
    return cause if cause in _WRITE_FIXES else None


def write_error(exc: OSError, path: str | Path) -> OutputError:
    """The :class:`OutputError` for failing to write the output ``path``: the cause (a full disk, a
    file-size limit, a read-only folder) and how to fix it."""
    from .store._errors import under_a_file

    blocker = under_a_file(path) if exc.errno in (errno.ENOTDIR, errno.EEXIST) else None
    if blocker is not None:
        return OutputError(f"cannot write the output: {blocker} is a file, not a folder", input=str(path),
                           hint="give -o a path in a folder, or a new folder's name")
    why, fix = _WRITE_FIXES.get(write_cause(exc) or "",
                                (exc.strerror or str(exc), "check the path given to -o, or give another"))
    return OutputError(f"cannot write the output: {why}", input=str(path), hint=fix)


def remove_stale_parts(path: Path) -> list[Path]:
    """Remove the temporary files (``.NAME.HOST.PID.part``) that runs killed while writing ``path``
    left beside it, and return them: they stayed forever, one per killed run, each as large as the
    output. Only this host's whose process no longer runs: a live run's is its work, and a process
    on another host writing to a shared folder cannot be looked up here (its PID, free on this
    host, had its part removed under it). A part named the old way (``.NAME.PID.part``) is taken
    as this host's."""
    gone = []
    for part in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        host, _, pid = part.name[len(path.name) + 2:-len(".part")].rpartition(".")
        if host in ("", _host()) and pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
            _remove(part)
            gone.append(part)
    return gone


def _host() -> str:
    """This host's name as a part's name holds it: only letters, digits and '-' (a dot would end it;
    a name the system does not give is 'localhost')."""
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname()) or "localhost"


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists (another user's counts: signal 0 is refused it, not lost)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as someone else
        return True
    return True


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _remove_folder(path: Path) -> None:
    """Remove folder ``path`` if it is empty (another process may have written to it since)."""
    try:
        path.rmdir()
    except OSError:
        pass
