"""Writers for the export formats: JSONL (the exchange format), CSV (flat), Parquet (nested).

Each writer takes an iterator of chunks of exchange-format dicts, writes to a
temporary file beside ``out`` and renames it into place at the end, so that an
interrupted export never leaves a half-written file under the final name.

A CSV text cell that a spreadsheet would read as a formula (one starting with = + - @, a tab or
a carriage return: an article titled '=HYPERLINK(...)') is written with a leading apostrophe,
as OWASP advises for CSV injection; numbers are left alone.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from ._events import EVENT_FIELDS
from ._query import CSV_COLUMNS, flatten

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

_EX_ACTOR = pa.struct([("code", pa.string()), ("name", pa.string()), ("kind", pa.string()),
                       ("role", pa.string())])

#: The exchange format as an Arrow schema (nested, as in the JSONL).
EXCHANGE_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("event_id", pa.string()), ("type", pa.string()), ("mode", pa.string()),
    ("quad_class", pa.string()), ("intensity", pa.float64()), ("cameo", pa.string()),
    ("source", _EX_ACTOR), ("target", _EX_ACTOR), ("participants", pa.list_(_EX_ACTOR)),
    ("date", pa.string()), ("date_basis", pa.string()), ("status", pa.string()),
    ("location", pa.struct([("name", pa.string()), ("country", pa.string()), ("basis", pa.string())])),
    ("topics", pa.list_(pa.string())), ("background", pa.bool_()), ("trigger", pa.string()),
    ("confidence", pa.float64()),
    ("evidence", pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())])),
    ("published", pa.string()), ("title", pa.string()), ("url", pa.string()),
])

#: an event-level row (``--by-event``): the face's exchange record and the cluster's figures
EVENT_SCHEMA = EXCHANGE_SCHEMA.append(pa.field("reports", pa.int64())).append(
    pa.field("articles", pa.int64())).append(pa.field("outlets", pa.int64())).append(
    pa.field("first_reported", pa.string())).append(pa.field("last_reported", pa.string()))
EVENT_CSV_COLUMNS: tuple[str, ...] = CSV_COLUMNS + EVENT_FIELDS
#: what an export holds per row: a report (mention) or a real event (cluster)
LEVELS: tuple[str, ...] = ("mention", "event")


def _layout(level: str) -> tuple[pa.Schema, tuple[str, ...]]:
    if level not in LEVELS:
        raise ValueError(f"unknown export level {level!r}; use one of {', '.join(LEVELS)}")
    return (EVENT_SCHEMA, EVENT_CSV_COLUMNS) if level == "event" else (EXCHANGE_SCHEMA, CSV_COLUMNS)


#: the first characters that make a spreadsheet read a cell as a formula
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """``value`` safe in a spreadsheet: a text that starts like a formula gains a leading ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _flat(row: dict[str, Any], level: str = "mention") -> dict[str, Any]:
    """One CSV row: the flat columns (and the event level's figures), each cell spreadsheet-safe."""
    out = flatten(row)
    if level == "event":
        out.update({f: row.get(f) for f in EVENT_FIELDS})
    return {k: _cell(v) for k, v in out.items()}


#: an export's destination: a file (renamed into place when complete) or an open text stream
#: (standard output: ``communique export -o -``), which takes the text formats only
Output = Path | IO[str]


def write_lines(out: Output, lines: Iterable[str]) -> int:
    """Write ``lines`` to ``out``, one a line, renamed into place when complete; return how many."""
    with _text_output(out) as fh:
        n = 0
        for line in lines:
            fh.write(line + "\n")
            n += 1
    return n


def write_export(fmt: str, out: Output, chunks: Iterable[list[dict[str, Any]]], level: str = "mention") -> int:
    """Write ``chunks`` to ``out`` in ``fmt``; return the number of rows written. ``level`` says
    whether a row is a mention or an event (the event level adds ``EVENT_FIELDS``). A stream
    takes jsonl and csv; parquet, binary, needs a file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("parquet is binary: it is written to a file, not to a text stream")
        return _write_parquet(out, chunks, level)
    with _text_output(out) as fh:
        return _write_jsonl(fh, chunks) if fmt == "jsonl" else _write_csv(fh, chunks, level)


@contextmanager
def _text_output(out: Output) -> Iterator[IO[str]]:
    """``out`` open for text: a stream as it is, a file through ``atomic_path``."""
    from .._runs import atomic_path

    if not isinstance(out, Path):
        yield out
        return
    with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        yield fh


def _write_jsonl(fh: IO[str], chunks: Iterable[list[dict[str, Any]]]) -> int:
    from .._runs import write_json_lines

    return sum(write_json_lines(fh, chunk) for chunk in chunks)


def _write_csv(fh: IO[str], chunks: Iterable[list[dict[str, Any]]], level: str) -> int:
    writer = csv.DictWriter(fh, fieldnames=list(_layout(level)[1]))
    writer.writeheader()
    n = 0
    for chunk in chunks:
        writer.writerows(_flat(r, level) for r in chunk)
        n += len(chunk)
    return n


def _write_parquet(out: Path, chunks: Iterable[list[dict[str, Any]]], level: str) -> int:
    from .._runs import atomic_path

    schema = _layout(level)[0]
    n = 0
    with atomic_path(out) as tmp, pq.ParquetWriter(tmp, schema) as writer:
        for chunk in chunks:
            if chunk:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n


class _Sink:
    """A write-only file object that hands what was written to the caller in pieces."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        out, self.parts = b"".join(self.parts), []
        return out


def iter_export(fmt: str, chunks: Iterable[list[dict[str, Any]]]) -> Iterator[bytes]:
    """The bytes of an export of ``chunks`` in ``fmt``, piece by piece (for streaming over HTTP).

    Same content as :func:`write_export` writes to a file; memory stays at one chunk.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        for chunk in chunks:
            yield "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in chunk).encode("utf-8")
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS))
        writer.writeheader()
        for chunk in chunks:
            writer.writerows(_flat(r) for r in chunk)
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue().encode("utf-8")
    else:
        sink = _Sink()
        with pq.ParquetWriter(sink, EXCHANGE_SCHEMA) as writer:
            for chunk in chunks:
                if chunk:
                    writer.write_table(pa.Table.from_pylist(chunk, schema=EXCHANGE_SCHEMA))
                    yield sink.take()
        yield sink.take()
