"""What warcio does not check for us: records without a target URI, records cut short by a
truncated archive, and "records" whose headers are garbage.
"""

from __future__ import annotations

from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecordLoader

#: The record types of WARC 1.0/1.1 (and ARC records converted by warcio).
WARC_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit",
                        "conversion", "continuation", "arc_header"})


class _Loader(ArcWarcRecordLoader):
    """warcio's loader, but a response record without ``WARC-Target-URI`` (warcio raised
    AttributeError on it) is parsed as an HTTP response like any other."""

    def load_http_headers(self, rec_type: str, uri: str | None, stream: Any, length: Any) -> Any:
        return super().load_http_headers(rec_type, uri if uri is not None else "http:", stream, length)


class LengthMismatch(ValueError):
    """A WARC record's ``Content-Length`` is wrong: data follows where the blank lines ending the
    record belong, or the length runs past the end of the archive."""


class _Iterator(ArchiveIterator):
    """warcio's iterator, but data after a WARC record where its closing blank lines belong raises
    ``LengthMismatch`` (warcio wrote a warning quoting the data to stderr and read on, keeping a
    record cut at the wrong length and losing any record the wrong length swallowed)."""

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        if getattr(self.record, "format", None) != "warc":  # an ARC record may be followed by no blank line
            return super()._consume_blanklines()
        empty = 0
        while True:
            line = self.reader.readline()
            if not line:
                return None, empty
            if line.strip():
                if not empty:
                    raise LengthMismatch(f"{record_length(self.record)} does not end where the record does "
                                         "(data follows it where the next record should start)")
                return line, empty
            empty += len(line)


def record_length(record: Any) -> str:
    """ "the record's Content-Length (N bytes)", for messages on a wrong length."""
    length = record.rec_headers.get_header("Content-Length") if record is not None else None
    return f"the record's Content-Length ({int(length):,} bytes)" if length and length.isdigit() \
        else "the record's Content-Length"


def length_problem(record: Any) -> str | None:
    """What is wrong with a record's ``Content-Length`` that is no byte count (negative, or not a
    number: warcio read such a record as empty and the archive as corrupt data), else None."""
    value = (record.rec_headers.get_header("Content-Length") or "").strip()
    if not value or value.isdigit():
        return None
    if value.startswith("-") and value[1:].isdigit():
        return f"the record's Content-Length is negative ({value})"
    return f"the record's Content-Length is not a number ({ascii(value[:40])})"


def archive_iterator(fh: IO[bytes]) -> ArchiveIterator:
    """An ``ArchiveIterator`` over ``fh`` that survives records without a target URI and raises
    ``LengthMismatch`` on a record whose length is wrong."""
    iterator = _Iterator(fh, arc2warc=True)
    iterator.loader = _Loader(verify_http=False, arc2warc=True)
    return iterator


def record_problem(record: Any) -> str | None:
    """Why a record must not be used, or None: garbage where headers should be, or fewer bytes
    than its ``Content-Length`` (the last record of a truncated archive). Call after reading
    the record's content."""
    if record.rec_type not in WARC_TYPES:
        return "the data after a WARC header is not a WARC record (no valid WARC-Type)"
    remaining = getattr(record.raw_stream, "limit", 0)
    if remaining:
        return f"the record is cut short ({remaining:,} bytes of it are missing; a truncated archive?)"
    return None
