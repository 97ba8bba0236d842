"""Inputs for the distributed engine: paths -> a list of files -> rows of raw documents.

Paths may be local or anything ``pyarrow.fs`` reads (``s3://``, ``gs://``, ``hdfs://``),
files, directories (walked recursively, sorted, hidden entries skipped) or globs. Each file
becomes one read task, so many files spread over the cluster; one huge file is read by one
task. Text, HTML, JSONL(.gz) and WARC files go through the local engine's own readers
(``communique.read``); Parquet files give one document per row (``id``, ``text`` or ``html``,
optional ``published``, ``url``, ``title``, ``source``). A bad record becomes an error row,
never a failed task; a reader's note (a record the crawler marked truncated) a note row, in
its place among the documents, so the user sees it as the local engine shows it.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyarrow.fs as pafs

from ..errors import CommuniqueError, InputError, MalformedRecordError, ProcessingError
from ..read import empty_path, input_kind, read_inputs, unread_note
from ..read._readers import Meta
from ..types import RawDoc

__all__ = ["expand_inputs", "read_file_rows", "RAW_FIELDS"]

#: the RawDoc fields a row carries, beside ``order`` (input order), the error columns and ``note``
RAW_FIELDS = ("id", "origin", "text", "html", "published", "url", "title", "source")
_GLOB = set("*?[")
#: records per file are numbered below this: order = file number * _SPAN + record number
_SPAN = 1 << 32


def _kind(name: str) -> str | None:
    return "parquet" if name.lower().endswith(".parquet") else input_kind(name)


def _resolve(given: str) -> tuple[pafs.FileSystem, str]:
    if "://" in given:
        return pafs.FileSystem.from_uri(given)
    return pafs.LocalFileSystem(), os.path.abspath(given)


def _uri(fs: pafs.FileSystem, path: str) -> str:
    """A path every worker can open again: plain for local files, else with the scheme."""
    return path if isinstance(fs, pafs.LocalFileSystem) else f"{fs.type_name}://{path}"


def _listing(fs: pafs.FileSystem, base: str, follow_symlinks: bool, errors: list[InputError]) -> list[str]:
    """The files under ``base``; on this machine the local engine's own walk (``read._walk``:
    links only with ``follow_symlinks``, each folder once, never devices), with its errors."""
    if isinstance(fs, pafs.LocalFileSystem):
        return _local_listing(Path(base), follow_symlinks, errors)
    infos = fs.get_file_info(pafs.FileSelector(base, recursive=True))
    rel = [i.path for i in infos if i.type == pafs.FileType.File]
    keep = [p for p in rel if not any(part.startswith(".") for part in p[len(base):].split("/") if part)]
    return sorted(keep)


def _local_listing(base: Path, follow_symlinks: bool, errors: list[InputError]) -> list[str]:
    """Arrow's local listing followed every link: a link back up was read again and again, and
    links into /dev were walked. Files the local engine would refuse (a link not to be followed, a
    pipe) are reported here, as the workers read each file as one named on the command line; files
    of kinds not read are listed, for the note naming them."""
    from ..read import _walk
    from ..read._files import file_problem

    files: list[str] = []
    for found in _walk(base, follow_symlinks):
        problem = found if isinstance(found, InputError) else \
            file_problem(found, follow_symlinks=follow_symlinks) if _kind(found.name) else None
        if problem is not None:
            errors.append(problem)
        elif isinstance(found, Path):
            files.append(str(found))
    return files


def expand_inputs(paths: list[str], follow_symlinks: bool = False,
                  notify: Callable[[str], None] | None = None) -> tuple[list[str], list[InputError]]:
    """The files to read, in order, and an error for each path that gives none (and, on this
    machine, for each file or link in a folder that is not read). ``notify`` gets the note naming
    the files of kinds communique does not read that the folders held beside readable ones, as
    ``read_inputs`` gives it (they were passed over without a word)."""
    files: list[str] = []
    errors: list[InputError] = []
    unread: list[str] = []
    for given in paths:
        if given == "-":
            errors.append(InputError("stdin cannot be read by the distributed engine", input="-",
                                     hint="write the JSONL to a file or an object store and give its path"))
            continue
        empty = empty_path(given)
        if empty is not None:
            errors.append(empty)
            continue
        reported = len(errors)
        skipped: list[str] = []
        try:
            fs, path = _resolve(given)
            found = _expand_one(fs, path, follow_symlinks, errors, skipped)
        except (OSError, ValueError) as exc:
            errors.append(InputError(f"cannot list the input: {exc}", input=given,
                                     hint="check the path or URI and the credentials of the file system"))
            continue
        if not found and len(errors) == reported:
            errors.append(InputError("no readable documents found", input=given,
                                     hint="give .txt, .html, .jsonl, .jsonl.gz, .warc, .warc.gz or .parquet files, "
                                          "a directory of them, or a glob"))
        files += [_uri(fs, f) for f in found]
        unread += [_uri(fs, f) for f in skipped] if found else []
    if unread and notify is not None:
        notify(unread_note([Path(f) for f in unread]))
    return files, errors


def _expand_one(fs: pafs.FileSystem, path: str, follow_symlinks: bool, errors: list[InputError],
                unread: list[str]) -> list[str]:
    """The files of one path to read; those of kinds not read in a folder given go to ``unread``."""
    if _GLOB & set(path):
        base = path[: min(path.index(c) for c in _GLOB & set(path))].rsplit("/", 1)[0] or "/"
        found: list[InputError] = []
        files = [f for f in _listing(fs, base, follow_symlinks, found) if fnmatch.fnmatch(f, path) and _kind(f)]
        errors += [e for e in found if fnmatch.fnmatch(str(e.input), path)]  # of the files the glob names
        return files
    info = fs.get_file_info(path)
    if info.type == pafs.FileType.Directory:
        listed = _listing(fs, path, follow_symlinks, errors)
        unread += [f for f in listed if not _kind(f)]
        return [f for f in listed if _kind(f)]
    if info.type == pafs.FileType.NotFound:
        raise ValueError("no such file or directory")
    return [path]  # an explicit file of an unknown kind is refused by the reader, with the fix


def _error_row(err: CommuniqueError, order: int) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(RAW_FIELDS)
    row.update(order=order, error_code=err.code, error=str(err), note=None)
    return row


def _doc_row(doc: RawDoc, order: int) -> dict[str, Any]:
    row: dict[str, Any] = {f: getattr(doc, f) for f in RAW_FIELDS}
    row.update(order=order, error_code=None, error=None, note=None)
    return row


def _note_row(line: str, order: int) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(RAW_FIELDS)
    row.update(order=order, error_code=None, error=None, note=line)
    return row


def _parquet_docs(fs: pafs.FileSystem, path: str, origin: str, meta: Meta) -> Iterator[RawDoc | InputError]:
    import pyarrow.parquet as pq

    n = 0
    with fs.open_input_file(path) as fh:
        for batch in pq.ParquetFile(fh).iter_batches(batch_size=256):
            for rec in batch.to_pylist():
                n += 1
                where = f"{origin}#{n}"
                text, html = rec.get("text"), rec.get("html")
                if not rec.get("id") or not (text or html):
                    yield MalformedRecordError("the row needs an id and a text or html column", input=where,
                                               hint="give each row 'id' and 'text' or 'html'")
                    continue
                yield meta.make(str(rec["id"]), where, text=text, html=html if not text else None, own=rec)


def _file_docs(file: str, meta: Meta) -> Iterator[RawDoc | InputError | ProcessingError]:
    fs, path = _resolve(file)
    if _kind(path) == "parquet":
        yield from _parquet_docs(fs, path, file, meta)
        return
    if isinstance(fs, pafs.LocalFileSystem):
        yield from read_inputs([path], published=meta.published, manifest=meta.manifest, max_bytes=meta.max_bytes,
                               notify=meta.notify, note_unmatched=False)
        return
    with tempfile.TemporaryDirectory(prefix="communique-") as tmp:  # the readers take local files
        local = Path(tmp) / Path(path).name
        with fs.open_input_stream(path) as src, local.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        for item in read_inputs([local], published=meta.published, manifest=meta.manifest,
                                max_bytes=meta.max_bytes, notify=meta.notify, note_unmatched=False):
            if isinstance(item, RawDoc):
                item = RawDoc(**{**{f: getattr(item, f) for f in RAW_FIELDS},
                                 "origin": item.origin.replace(str(local), file)})
            yield item


def read_file_rows(row: Mapping[str, Any], *, manifest: Mapping[str, Mapping[str, Any]] | None,
                   published: str | None, max_bytes: int) -> list[dict[str, Any]]:
    """Ray ``flat_map`` over one file: a row per document, per error or per note of the reader
    (before the document it is about), numbered in input order."""
    notes: list[str] = []
    meta = Meta(manifest=manifest, published=published, max_bytes=max_bytes, notify=notes.append)
    base = int(row["file_no"]) * _SPAN
    out: list[dict[str, Any]] = []

    def noted() -> None:
        out.extend(_note_row(line, base + len(out)) for line in notes)
        notes.clear()

    try:
        for item in _file_docs(str(row["path"]), meta):
            noted()
            out.append(_error_row(item, base + len(out)) if isinstance(item, CommuniqueError)
                       else _doc_row(item, base + len(out)))
    except (OSError, ValueError) as exc:
        out.append(_error_row(InputError(f"cannot read the file: {exc}", input=str(row["path"]),
                                         hint="check that every worker can reach it"), base + len(out)))
    noted()
    return out
