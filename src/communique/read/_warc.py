"""What warcio does not check for us: records without a target URI, records cut short by a
truncated archive, "records" whose headers are garbage, and HTTP content it could not decode.
"""

from __future__ import annotations

from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader
from warcio.recordloader import ArcWarcRecordLoader

from ._decode import sniff_binary

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


#: the names HTTP keeps for compatibility (RFC 9110, 8.4.1) -> the coding they stand for
_ENCODING_ALIASES = {"x-gzip": "gzip", "x-compress": "compress"}


def content_encoding(record: Any) -> str | None:
    """The HTTP ``Content-Encoding`` of a response record, lower case, an alias under its coding's
    name (None for none, identity)."""
    value = (record.http_headers.get_header("Content-Encoding") or "") if record.http_headers is not None else ""
    value = value.strip().lower()
    value = _ENCODING_ALIASES.get(value, value)
    return None if value in ("", "identity") else value


def name_encoding(record: Any) -> None:
    """Give a record's ``Content-Encoding`` header the name warcio decodes (:func:`content_encoding`)
    before its content is read: warcio knows 'gzip' but not its alias 'x-gzip' (old servers send
    it), so such a page was refused as encoded in a coding that cannot be decoded."""
    given = record.http_headers.get_header("Content-Encoding") if record.http_headers is not None else None
    named = content_encoding(record)
    if given is not None and named is not None and given != named:
        record.http_headers.replace_header("Content-Encoding", named)


def undecoded(stream: Any, encoding: str | None, data: bytes) -> tuple[str, str] | None:
    """Why ``data``, read from a record's ``content_stream()``, is no whole decoded page, with the
    fix; None when it is one. warcio passes on as it is content it cannot decode: in an encoding it
    lacks (brotli, 'br', most pages served to browsers, needs the brotli package; zstd; compress)
    or damaged at its start, read as an article of garbage or 'a gzip-compressed file'; and content
    cut short or damaged later was an article cut short without a word. Content that is plain text
    after all (a wrong header) is a whole page."""
    if encoding is None or not data:
        return None
    head = data[:8192]
    if encoding not in BufferedReader.get_supported_decompressors():
        if _utf8(head) and not sniff_binary(head):
            return None
        fix = ("install the brotli package (pip install brotli) and read the archive again" if encoding == "br"
               else "decode the records first, or crawl without that encoding")
        return f"its content is encoded as {ascii(encoding[:40])} (Content-Encoding), which cannot be decoded here", fix
    inflater = getattr(stream, "decompressor", None)
    if inflater is None and not sniff_binary(head):
        return None
    if inflater is None or not getattr(inflater, "eof", True):
        return (f"its {ascii(encoding[:40])}-compressed content (Content-Encoding) is damaged or cut short",
                "re-fetch the archive")
    return None


def _utf8(head: bytes) -> bool:
    """Whether ``head``, the first bytes of a text, is UTF-8 (a character cut at its end allowed)."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True
