"""The read stage: files, directories, JSONL and WARC archives in; ``RawDoc`` records out.

``read_inputs`` never raises for a bad input: it yields an :class:`InputError`
in the document's place (naming the input and how to fix it), so that the
caller reports it and goes on with the rest of the batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..types import RawDoc
from ._manifest import load_manifest
from ._readers import Item, Meta, read_document_file, read_jsonl_file, read_jsonl_stream, read_warc_file

__all__ = ["read_inputs", "load_manifest", "input_kind", "SUFFIXES"]

#: File name endings -> reader kind. Compound endings come first.
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"), (".ndjson.gz", "jsonl"), (".warc.gz", "warc"), (".arc.gz", "warc"),
    (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".warc", "warc"), (".arc", "warc"),
    (".txt", "text"), (".text", "text"), (".md", "text"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"),
)

_SUPPORTED = "give .txt, .md, .html, .htm, .jsonl(.gz), .ndjson or .warc(.gz) files, or a directory of them"


def input_kind(path: str | Path) -> str | None:
    """``"text"``, ``"html"``, ``"jsonl"`` or ``"warc"`` from a file name, or None if unknown."""
    name = Path(path).name.lower()
    for suffix, kind in SUFFIXES:
        if name.endswith(suffix):
            return kind
    return None


def _read_file(path: Path, kind: str, meta: Meta) -> Iterator[Item]:
    if kind in ("text", "html"):
        yield from read_document_file(path, kind, meta)
    elif kind == "jsonl":
        yield from read_jsonl_file(path, meta)
    else:
        yield from read_warc_file(path, meta)


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root``, recursively, sorted, without hidden files and folders."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def read_inputs(paths: Sequence[str | Path], *, published: str | None = None,
                manifest: Mapping[str, Mapping[str, Any]] | None = None,
                max_bytes: int = 50_000_000) -> Iterator[RawDoc | InputError]:
    """Read every document of ``paths``, in order.

    ``paths`` may hold files, directories (read recursively, sorted; hidden
    entries and files of unknown type are skipped) and ``"-"`` (JSONL on stdin).
    ``published`` is the date for documents that have none of their own;
    ``manifest`` (see :func:`load_manifest`) overrides each document's metadata
    by id. A single document larger than ``max_bytes`` is refused.

    Yields a :class:`RawDoc` per document or an :class:`InputError` per problem.
    """
    meta = Meta(manifest=manifest, published=published, max_bytes=max_bytes)
    for given in paths:
        if str(given) == "-":
            yield from read_jsonl_stream(sys.stdin.buffer, "<stdin>", "stdin", meta)
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for file in _walk(path):
                kind = input_kind(file)
                if kind is not None:
                    found = True
                    yield from _read_file(file, kind, meta)
            if not found:
                yield InputError("the directory holds no readable documents", input=str(given),
                                 hint=_SUPPORTED)
            continue
        if not path.exists():
            yield InputError("no such file or directory", input=str(given),
                             hint="check the path (relative paths start from the current directory)")
            continue
        if not path.is_file():
            yield InputError("not a regular file or directory", input=str(given), hint=_SUPPORTED)
            continue
        kind = input_kind(path)
        if kind is None:
            yield InputError(f"unsupported file type {path.suffix or '(no extension)'!r}",
                             input=str(given), hint=_SUPPORTED)
            continue
        yield from _read_file(path, kind, meta)
