"""The read stage: files, directories, JSONL and WARC archives in; ``RawDoc`` records out.

``read_inputs`` never raises for a bad input: it yields an :class:`InputError`
in the document's place (naming the input and how to fix it), so that the
caller reports it and goes on with the rest of the batch.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .._safe import need_arg, printable
from ..errors import InputError, ProcessingError
from ..types import RawDoc
from ._count import count_documents
from ._files import file_problem
from ._manifest import load_manifest
from ._readers import Item, Meta, read_document_file, read_feed_stream, read_jsonl_file, read_warc_file

__all__ = ["read_inputs", "load_manifest", "input_kind", "count_documents", "empty_path", "SUFFIXES",
           "ManifestTally", "unmatched_note"]

#: File name endings -> reader kind. Compound endings come first.
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"), (".ndjson.gz", "jsonl"), (".warc.gz", "warc"), (".arc.gz", "warc"),
    (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".warc", "warc"), (".arc", "warc"),
    (".txt", "text"), (".text", "text"), (".md", "text"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"),
)

_SUPPORTED = "give .txt, .md, .html, .htm, .jsonl, .jsonl.gz, .ndjson, .warc or .warc.gz files, or a directory of them"


def input_kind(path: str | Path) -> str | None:
    """``"text"``, ``"html"``, ``"jsonl"`` or ``"warc"`` from a file name, or None if unknown."""
    name = Path(path).name.lower()
    for suffix, kind in SUFFIXES:
        if name.endswith(suffix):
            return kind
    return None


def _read_file(path: Path, kind: str, meta: Meta, *, named: bool = False) -> Iterator[Item | ProcessingError]:
    """The documents of one file; whatever goes wrong inside a reader ends that file with one
    error naming it (the documents already read are kept) and the batch goes on."""
    problem = file_problem(path, follow_symlinks=meta.follow_symlinks, named=named)
    if problem:
        yield problem
        return
    try:
        if kind in ("text", "html"):
            yield from read_document_file(path, kind, meta)
        elif kind == "jsonl":
            yield from read_jsonl_file(path, meta)
        else:
            yield from read_warc_file(path, meta)
    except Exception as exc:  # noqa: BLE001 - the guard of the read stage: report, go on
        yield ProcessingError(f"reading stopped: {exc.__class__.__name__}: {printable(exc, 200)}",
                              input=str(path), hint="the documents before this point were kept; "
                                                    "the rest of this file is skipped")


def _walk(root: Path, follow_symlinks: bool = False) -> Iterator[Path | InputError]:
    """Files under ``root``, recursively, sorted, without hidden files and folders; a folder that
    cannot be listed becomes an error in its place (os.walk would skip it without a word).

    Links to folders are followed with ``follow_symlinks`` (else each is one error naming it),
    after the folders of the tree itself, each folder once: a link back to a folder already
    read (a loop) or to one read under another path is passed over, as nothing behind it is lost."""
    seen: set[tuple[int, int]] = set()
    trees = [root]
    while trees:
        links: list[Path] = []
        yield from _walk_tree(trees.pop(0), seen, links)
        for link in links:
            problem = _folder_link_problem(link, follow_symlinks)
            if problem is not None:
                yield problem
            elif _first_time(link, seen):
                trees.append(link)


def _walk_tree(top: Path, seen: set[tuple[int, int]], links: list[Path]) -> Iterator[Path | InputError]:
    """``_walk`` of one tree, links not followed: the links to folders found go to ``links``;
    folders read already (their identity in ``seen``) are left out, the others added to it."""
    problems: list[OSError] = []
    _first_time(top, seen)
    for dirpath, dirnames, filenames in os.walk(top, onerror=problems.append):
        while problems:
            yield _unlistable(problems.pop(0))
        here = Path(dirpath)
        links.extend(here / d for d in sorted(dirnames) if not d.startswith(".") and (here / d).is_symlink())
        dirnames[:] = [d for d in sorted(dirnames) if not d.startswith(".") and not (here / d).is_symlink()
                       and _first_time(here / d, seen)]
        for name in sorted(filenames):
            if not name.startswith("."):
                yield here / name
    for exc in problems:
        yield _unlistable(exc)


def _first_time(folder: Path, seen: set[tuple[int, int]]) -> bool:
    """Whether ``folder`` (known by device and inode, whatever path leads to it) is not read yet;
    if so it is marked read. One that cannot be looked at counts as new: its listing reports why."""
    try:
        st = folder.stat()
    except OSError:
        return True
    if (st.st_dev, st.st_ino) in seen:
        return False
    seen.add((st.st_dev, st.st_ino))
    return True


#: folders of devices and of the kernel's views (where /proc/PID/root leads back to the whole disk)
_SYSTEM_FOLDERS = ("/dev", "/proc", "/sys")


def _folder_link_problem(link: Path, follow_symlinks: bool) -> InputError | None:
    """Why the folder behind ``link`` is not read, or None."""
    if not follow_symlinks:
        return InputError("a symbolic link to a folder, not followed", input=str(link),
                          hint="pass --follow-symlinks to read folders and files behind links")
    target = os.path.realpath(link)
    system = next((top for top in _SYSTEM_FOLDERS if target == top or target.startswith(top + "/")), None)
    if system is not None:
        return InputError(f"a link into {system}, whose entries are devices and views of the system, not "
                          "articles: not followed", input=str(link), hint="link to folders of documents only")
    return None


def _unlistable(exc: OSError) -> InputError:
    return InputError(f"cannot list the folder: {exc.strerror or exc}", input=str(exc.filename or ""),
                      hint="check its permissions; the rest of the directory is read")


def empty_path(given: str) -> InputError | None:
    """The error for an input given as an empty string, else None: ``Path("")`` is the current
    folder, so ``communique ingest "$DIR"`` with DIR unset read everything under it."""
    if given:
        return None
    return InputError("an empty path (an unset shell variable?); nothing is read for it", input="''",
                      hint="give a file or directory; '.' is the current directory")


def _path_list(paths: Sequence[str | Path] | str | Path) -> list[str | Path]:
    """``paths`` as a list: one path given alone (``read_inputs("seeds")``) is that path, not its
    characters ("s", "e", ... each refused as no such file, and the folder never read)."""
    if isinstance(paths, (str, Path)):
        return [paths]
    if paths is None or isinstance(paths, (bytes, Mapping)) or not hasattr(paths, "__iter__"):
        what = "None" if paths is None else type(paths).__name__
        raise TypeError(f"read_inputs: paths must be a list of files or folders (or one path), not {what}")
    return list(paths)


def read_inputs(paths: Sequence[str | Path] | str | Path, *, published: str | None = None,
                manifest: Mapping[str, Mapping[str, Any]] | None = None,
                max_bytes: int = 50_000_000, follow_symlinks: bool = False,
                notify: Callable[[str], None] | None = None,
                note_unmatched: bool = True) -> Iterator[RawDoc | InputError | ProcessingError]:
    """Read every document of ``paths``, in order.

    ``paths`` (a list, or one path) may hold files, directories (read recursively, sorted; hidden
    entries and files of unknown type are skipped) and ``"-"`` (JSONL on stdin).
    ``published`` is the date for documents that have none of their own;
    ``manifest`` (see :func:`load_manifest`) overrides each document's metadata
    by id. A single document larger than ``max_bytes`` is refused. Only regular files are
    read; symbolic links (to files and folders) inside directories only with
    ``follow_symlinks``, each folder once.

    Yields a :class:`RawDoc` per document or an :class:`InputError` per problem (a
    :class:`ProcessingError` when a reader failed in a way no check foresaw). ``notify`` gets
    notes that are no failure: a record marked truncated, read; and, once the inputs are read,
    the files of types communique does not read that the directories held beside readable ones,
    and a ``manifest`` that named none of the documents read (unless not ``note_unmatched``: the Ray
    engine reads a file at a time and tallies the whole run itself).
    """
    given_paths = _path_list(paths)
    need_arg("read_inputs: manifest", manifest, (Mapping, type(None)),
             "a mapping of document ids to metadata (load_manifest's) or None")
    need_arg("read_inputs: max_bytes", max_bytes, int, "a whole number of bytes")
    meta = Meta(manifest=manifest, published=published, max_bytes=max_bytes, follow_symlinks=follow_symlinks,
                notify=notify)
    unread: list[Path] = []
    tally = ManifestTally()  # whether the manifest named any document read
    for k, given in enumerate(given_paths):
        if given == "-" and "-" in given_paths[:k]:  # (it found standard input used up: 'holds no records')
            yield InputError("'-' is given more than once; standard input is read once", input="<stdin>",
                             hint="give '-' once")
            continue
        try:
            for item in _read_path(str(given), meta, unread):
                if manifest and isinstance(item, RawDoc):
                    tally.add(item.id, item.id in manifest)
                yield item
        except Exception as exc:  # noqa: BLE001 - e.g. a path with a NUL byte; report, go on
            yield ProcessingError(f"cannot read it: {exc.__class__.__name__}: {printable(exc, 200)}",
                                  input=str(given), hint="check the path")
    if unread:
        meta.note(unread_note(unread))
    if note_unmatched and manifest and tally.read and not tally.matched:
        meta.note(unmatched_note(manifest, tally))


class ManifestTally:
    """The documents read (their count and first ids) and whether the manifest named any."""

    def __init__(self) -> None:
        self.read = 0
        self.matched = False
        self.first: list[str] = []

    def add(self, doc_id: str, named: bool) -> None:
        self.read += 1
        self.matched = self.matched or named
        if len(self.first) < 3:
            self.first.append(doc_id)


def unmatched_note(manifest: Mapping[str, Any], tally: ManifestTally) -> str:
    """The note on a manifest that named none of the documents read: every document went without
    its metadata (dates, outlets) without a word, as when the manifest keys files by another name."""
    theirs = ", ".join(repr(printable(k, 60)) for k in list(manifest)[:3])
    ours = ", ".join(repr(printable(i, 60)) for i in tally.first)
    return (f"the manifest names none of the {tally.read:,} document(s) read, so none took its metadata (the "
            f"manifest's ids: {theirs}{', ...' if len(manifest) > 3 else ''}; the documents': {ours}"
            f"{', ...' if tally.read > 3 else ''}); key it by each document's id (a JSONL record's \"id\", a "
            f"file's name without its extension)")


#: file names shown in the note on files not read (the rest are counted)
_NAMES_SHOWN = 5


def unread_note(files: Sequence[Path]) -> str:
    """The note naming files of types communique does not read, found in the directories given:
    a folder of pages beside .json or .html.gz files skipped them without a word. Links that lead
    to no file (broken, or looping) are named as such: they were listed as files of the type
    '(no extension)'."""
    faults = {f: _link_fault(f) for f in files}
    links = [f for f in files if faults[f]]
    others = [f for f in files if not faults[f]]
    parts = [_types_note(others)] if others else []
    if links:
        named = ", ".join(f"{printable(str(f), 200)} ({faults[f]})" for f in links[:_NAMES_SHOWN])
        more = f" and {len(links) - _NAMES_SHOWN:,} more" if len(links) > _NAMES_SHOWN else ""
        parts.append(f"{len(links):,} link(s) in the directories given lead to no file and were not read: "
                     f"{named}{more} (mend or remove them)")
    return "; ".join(parts)


def _link_fault(path: Path) -> str | None:
    """What is wrong with ``path`` as a link: 'a broken link' (nothing where it points), 'a looping
    link' (it leads back to itself), else None (no link, or one to something there)."""
    try:
        path.stat()
    except OSError as exc:
        if not path.is_symlink():
            return None
        if exc.errno == errno.ELOOP:
            return "a looping link"
        return f"a broken link to {printable(os.readlink(path), 200)!r}"
    return None


def _types_note(files: Sequence[Path]) -> str:
    kinds = sorted({_type_name(f) for f in files})
    names = ", ".join(printable(str(f), 200) for f in files[:_NAMES_SHOWN])
    more = f" and {len(files) - _NAMES_SHOWN:,} more" if len(files) > _NAMES_SHOWN else ""
    return (f"{len(files):,} file(s) in the directories given were not read, being of types communique does "
            f"not read ({', '.join(kinds)}): {names}{more} ({_SUPPORTED}; convert or unpack them to read them)")


def _type_name(file: Path) -> str:
    """A file's type as its name gives it: its last two endings when the last is a compression's
    ('.html.gz'), else its last ('.json'), or 'no extension' (listed in parentheses: it was
    '((no extension))')."""
    suffixes = [s.lower() for s in file.suffixes]
    if len(suffixes) > 1 and suffixes[-1] in _COMPRESSED:
        return "".join(suffixes[-2:])
    return suffixes[-1] if suffixes else "no extension"


_COMPRESSED = frozenset({".gz", ".bz2", ".xz", ".zst", ".z"})


def _read_stdin(meta: Meta) -> Iterator[RawDoc | InputError | ProcessingError]:
    """The documents of the JSONL on standard input (``-``); a closed standard input (``<&-``, a
    daemon's) was 'cannot read it: AttributeError: 'NoneType' object has no attribute 'buffer''."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield InputError("standard input is closed; there is nothing to read", input="<stdin>",
                         hint="pipe or redirect JSONL into it: < feed.jsonl; or give the file's name instead of '-'")
        return
    yield from read_feed_stream(stream, "<stdin>", "stdin", meta)


def _read_path(given: str, meta: Meta, unread: list[Path]) -> Iterator[RawDoc | InputError | ProcessingError]:
    """The documents of one input; the files of unknown types a directory holds beside readable
    ones go to ``unread`` (a directory holding none is one error)."""
    if given == "-":
        yield from _read_stdin(meta)
        return
    empty = empty_path(given)
    if empty is not None:
        yield empty
        return
    path = Path(given)
    if path.is_dir():
        found = False
        skipped: list[Path] = []
        for file in _walk(path, meta.follow_symlinks):
            if isinstance(file, InputError):
                found = True
                yield file
                continue
            kind = input_kind(file)
            if kind is not None:
                found = True
                yield from _read_file(file, kind, meta)
            else:
                skipped.append(file)
        if not found:
            yield InputError("the directory holds no readable documents", input=given, hint=_SUPPORTED)
        else:
            unread.extend(skipped)
        return
    if not path.exists() and not path.is_symlink():
        yield InputError("no such file or directory", input=given,
                         hint="check the path; relative paths start from the current directory")
        return
    kind = input_kind(path)
    if kind is None:
        yield InputError(f"unsupported file type {path.suffix or '(no extension)'!r}",
                         input=given, hint=_SUPPORTED)
        return
    yield from _read_file(path, kind, meta, named=True)
