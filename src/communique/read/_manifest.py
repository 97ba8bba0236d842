"""Sidecar metadata: a JSON manifest that gives documents their date, url, source, title."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._safe import kind_of
from ..errors import InputError, TooLargeError
from ._files import not_a_file, read_bounded

#: The metadata fields a manifest may give a document.
META_FIELDS: tuple[str, ...] = ("published", "url", "source", "title")
#: The largest manifest read: parsing holds about six times its size in memory (a 36 MB manifest of
#: 200,000 documents took 200 MB), so 256 MB, some 1.4 million documents, stays near 1.5 GB.
MAX_MANIFEST_BYTES = 256 * 1024 * 1024

_HINT = ('a manifest is a JSON list of objects with "doc_id" (or "id") and any of '
         '"published", "url", "source", "title" (like eval/dev/docs.json), '
         'or an object keyed by document id')


def _entry(item: Any, where: str, path: str) -> dict[str, str | None]:
    if not isinstance(item, Mapping):
        raise InputError(f"{where} is {kind_of(item)}, not an object", input=path, hint=_HINT)
    out: dict[str, str | None] = {}
    for key in META_FIELDS:
        value = item.get(key)
        if value is None:
            continue
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise InputError(f"{where}: {key!r} must be a string, not {kind_of(value)}",
                             input=path, hint=_HINT)
        out[key] = str(value)
    return out


def _bounded_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of the manifest at ``path``; :class:`TooLargeError` when it holds over ``max_bytes``."""
    size = path.stat().st_size
    data = b"" if size > max_bytes else read_bounded(path, max_bytes)
    if size > max_bytes or len(data) > max_bytes:
        raise TooLargeError(f"manifest is {max(size, len(data)):,} bytes, over the {max_bytes:,}-byte limit",
                            input=str(path), hint="split the inputs and give each part its own manifest")
    return data


def load_manifest(path: str | Path, max_bytes: int = MAX_MANIFEST_BYTES) -> dict[str, dict[str, str | None]]:
    """Read a JSON manifest into ``{doc_id: {"published": ..., "url": ..., ...}}``.

    Accepts the list format of ``eval/dev/docs.json`` (objects with ``doc_id`` or
    ``id``; an item's ``file`` also registers its file stem as an alias, so that
    a file renamed from its id still matches) or an object keyed by id.
    Raises :class:`InputError` naming the manifest and the problem; one over ``max_bytes`` is
    refused before it is parsed (it was read whole, and parsing it took six times its size).
    """
    p = Path(path)
    name = str(path)
    why = not_a_file(p)
    if why is not None:
        raise InputError(f"manifest {why}" if why == "not found" else f"manifest: {why}", input=name,
                         hint="give the path of an existing JSON file")
    try:
        data = json.loads(_bounded_bytes(p, max_bytes).decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"manifest is not UTF-8 text ({exc.reason})", input=name, hint=_HINT) from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"manifest is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                         input=name, hint=_HINT) from exc
    except RecursionError:
        raise InputError("manifest is nested too deeply to read", input=name, hint=_HINT) from None
    except OSError as exc:
        raise InputError(f"cannot read the manifest: {exc.strerror or exc}", input=name,
                         hint="check the file's permissions") from exc
    out: dict[str, dict[str, str | None]] = {}
    aliases: dict[str, dict[str, str | None]] = {}
    if isinstance(data, list):
        for i, item in enumerate(data):
            where = f"item {i}"
            entry = _entry(item, where, name)
            doc_id = item.get("doc_id", item.get("id"))
            if doc_id is None or isinstance(doc_id, (dict, list, bool)) or str(doc_id) == "":
                raise InputError(f"{where} has no \"doc_id\" or \"id\"", input=name, hint=_HINT)
            out[str(doc_id)] = entry
            file = item.get("file")
            if isinstance(file, str) and file:
                stem = _stem(file)
                if stem != str(doc_id):
                    aliases[stem] = entry
    elif isinstance(data, dict):
        for doc_id, item in data.items():
            out[str(doc_id)] = _entry(item, f"entry {doc_id!r}", name)
    else:
        raise InputError(f"manifest holds {kind_of(data)}, not a list or an object",
                         input=name, hint=_HINT)
    for stem, entry in aliases.items():
        out.setdefault(stem, entry)
    return out


def _stem(file: str) -> str:
    """A document id from a file name: the name without its (compound) extension."""
    name = Path(file).name
    for ext in (".jsonl.gz", ".warc.gz", ".ndjson.gz"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return Path(name).stem
