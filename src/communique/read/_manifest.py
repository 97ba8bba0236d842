"""Sidecar metadata: a JSON manifest that gives documents their date, url, source, title."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._safe import kind_of, need_path, printable
from ..errors import InputError, TooLargeError
from ._files import not_a_file, read_bounded

#: The metadata fields a manifest may give a document.
META_FIELDS: tuple[str, ...] = ("published", "url", "source", "title")
#: The largest manifest read: parsing holds about six times its size in memory (a 36 MB manifest of
#: 200,000 documents took 200 MB), so 256 MB, some 1.4 million documents, stays near 1.5 GB.
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
#: a manifest as read: each document id's metadata fields
Manifest = dict[str, dict[str, str | None]]

_HINT = ('a manifest is a JSON list of objects with "doc_id" or "id" and any of '
         '"published", "url", "source", "title", as eval/dev/docs.json is, '
         'or an object keyed by document id')
#: the hint for a document the manifest describes twice, two ways: which one is meant is not known
_ONE_ENTRY = "keep one entry per document id, the one that is right"


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


def load_manifest(path: str | Path, max_bytes: int = MAX_MANIFEST_BYTES) -> Manifest:
    """Read a JSON manifest into ``{doc_id: {"published": ..., "url": ..., ...}}``.

    Accepts the list format of ``eval/dev/docs.json`` (objects with ``doc_id`` or
    ``id``; an item's ``file`` also registers its file stem as an alias, so that
    a file renamed from its id still matches) or an object keyed by id.
    Raises :class:`InputError` naming the manifest and the problem; one over ``max_bytes`` is
    refused before it is parsed (it was read whole, and parsing it took six times its size).
    """
    name = str(need_path("load_manifest: path", path))
    data = _read_json(Path(path), max_bytes)
    if isinstance(data, list):
        return _from_list(data, name)
    if isinstance(data, dict):
        return {str(doc_id): _entry(item, f"entry {doc_id!r}", name) for doc_id, item in data.items()}
    raise InputError(f"manifest holds {kind_of(data)}, not a list or an object", input=name, hint=_HINT)


def _read_json(path: Path, max_bytes: int) -> Any:
    """The parsed JSON of the manifest at ``path``; :class:`InputError` saying why it cannot be read."""
    name = str(path)
    why = not_a_file(path)
    if why is not None:
        raise InputError(f"manifest {why}" if why == "not found" else f"manifest: {why}", input=name,
                         hint="give the path of an existing JSON file")
    try:
        text = _bounded_bytes(path, max_bytes).decode("utf-8-sig")
        if not text.strip():  # ('not valid JSON: Expecting value at line 2 column 1')
            raise InputError("manifest is empty" if not text else "manifest holds only whitespace", input=name,
                             hint=_HINT)
        return json.loads(text, object_pairs_hook=_one_value_a_key)
    except _TwoValues as exc:
        raise InputError(f"{exc.key[:200]!r} is given twice, with different values ({printable(exc.first, 80)}, "
                         f"then {printable(exc.then, 80)})", input=name, hint=_ONE_ENTRY) from None
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


class _TwoValues(Exception):
    """A key an object of the manifest gives twice, with different values."""

    def __init__(self, key: str, first: Any, then: Any) -> None:
        super().__init__(key)
        self.key, self.first, self.then = key, first, then


def _one_value_a_key(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object of the manifest; a key given twice with different values raises
    :class:`_TwoValues` (the last one was taken without a word)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out and out[key] != value:
            raise _TwoValues(key, out[key], value)
        out[key] = value
    return out


def _from_list(items: list[Any], name: str) -> Manifest:
    """The entries of a list manifest by id, then by the file stem of any item whose file is not
    named after its id (an id always wins over a stem). Two items that give one id different
    metadata are an error (the last one was taken without a word); the same item twice is not."""
    out: Manifest = {}
    first: dict[str, int] = {}
    aliases: Manifest = {}
    for i, item in enumerate(items):
        where = f"item {i}"
        entry = _entry(item, where, name)
        doc_id = _item_id(item, where, name)
        if doc_id in out and out[doc_id] != entry:
            raise InputError(f"items {first[doc_id]} and {i} both give {doc_id[:200]!r}, with different metadata "
                             f"({printable(out[doc_id], 120)}, then {printable(entry, 120)})", input=name,
                             hint=_ONE_ENTRY)
        out[doc_id] = entry
        first.setdefault(doc_id, i)
        file = item.get("file")
        if isinstance(file, str) and file and _stem(file) != doc_id:
            aliases[_stem(file)] = entry
    for stem, entry in aliases.items():
        out.setdefault(stem, entry)
    return out


def _item_id(item: Mapping[str, Any], where: str, name: str) -> str:
    """The ``doc_id`` (or ``id``) of a list manifest's item, as text."""
    doc_id = item.get("doc_id", item.get("id"))
    if doc_id is None or isinstance(doc_id, (dict, list, bool)) or str(doc_id) == "":
        raise InputError(f"{where} has no \"doc_id\" or \"id\"", input=name, hint=_HINT)
    return str(doc_id)


def _stem(file: str) -> str:
    """A document id from a file name: the name without its (compound) extension."""
    name = Path(file).name
    for ext in (".jsonl.gz", ".warc.gz", ".ndjson.gz"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return Path(name).stem
