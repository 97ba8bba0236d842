"""One reader per input kind: plain text / HTML files, JSONL streams, WARC archives.

Each reader is a generator of ``RawDoc | InputError``: a bad record becomes an
error value for the caller to report, and the reader goes on with the next one.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import hashlib
import io
import json
import zlib
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any, cast

from .._safe import clean_body, clean_field, clean_id, is_blank, kind_of, printable
from ..errors import (BinaryInputError, EmptyInputError, InputError, MalformedRecordError, NoArticleError,
                      TooLargeError)
from ..types import RawDoc
from ._decode import SNIFF_BYTES, bom_encoding, decode_bytes, sniff_binary, utf16_without_bom
from ._files import read_bounded
from ._gzip import GZIP_MAGIC, damage_words, gzipped, open_inflated
from ._warc import (WARC_TYPES, LengthMismatch, archive_iterator, content_encoding, length_problem, name_encoding,
                    record_length, record_problem, undecoded)
from ._manifest import META_FIELDS, _stem

Item = RawDoc | InputError

_CHUNK = 1 << 20
#: bytes looked at for a UTF-16/32 feed
_SNIFF_WIDE = 512


@dataclass(frozen=True)
class Meta:
    """What the caller gives every document: the manifest and a fallback date."""

    manifest: Mapping[str, Mapping[str, Any]] | None = None
    published: str | None = None
    max_bytes: int = 50_000_000
    follow_symlinks: bool = False
    #: a compressed feed may inflate to this many times ``max_bytes`` in all
    inflate_factor: int = 20
    #: where notes go about documents that are read but may not be what they seem (a truncated record)
    notify: Callable[[str], None] | None = None

    def note(self, line: str) -> None:
        if self.notify is not None:
            self.notify(line)

    def make(self, doc_id: str, origin: str, *, text: str | None = None, html: str | None = None,
             own: Mapping[str, Any] | None = None, fallback_published: str | None = None) -> RawDoc:
        """A RawDoc whose metadata is the manifest's, else the record's own, else the defaults.

        Every string is normalised here, at the boundary (see ``communique._safe``): later
        stages, the store and the terminal never meet a lone surrogate or a control character
        in an id, title, url or source.
        """
        fields: dict[str, str | None] = {}
        side = (self.manifest or {}).get(doc_id) or {}
        own = own or {}
        for key in META_FIELDS:
            value = side.get(key)
            if value is None:
                value = own.get(key)
            fields[key] = clean_field(value)
        if fields["published"] is None:
            fields["published"] = self.published or fallback_published
        return RawDoc(id=clean_id(doc_id, origin), origin=printable(origin, 1000), text=clean_body(text),
                      html=clean_body(html), **fields)


def _too_large(size: int, limit: int, origin: str) -> TooLargeError:
    return TooLargeError(f"{size:,} bytes is over the {limit:,}-byte limit", input=origin,
                         hint="split the input, or raise max_input_bytes in the settings")


def _check_payload(data: bytes, origin: str, what: str) -> InputError | None:
    """Binary and empty checks on the bytes of one document."""
    kind = sniff_binary(data)
    if kind:
        return BinaryInputError(f"{what} is {kind}, not text or HTML", input=origin,
                                hint="give .txt, .html, .jsonl or .warc inputs; convert other formats first")
    if not data.strip():
        return EmptyInputError(f"{what} is empty" if not data else f"{what} holds only whitespace",
                               input=origin, hint="remove it from the batch or give it text")
    return None


def read_document_file(path: Path, kind: str, meta: Meta) -> Iterator[Item]:
    """A single .txt/.md or .html file: one document whose id is the file stem."""
    origin = str(path)
    try:
        data = read_bounded(path, meta.max_bytes)
        if len(data) > meta.max_bytes:
            yield _too_large(max(len(data), path.stat().st_size), meta.max_bytes, origin)
            return
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", input=origin,
                         hint="check that the file exists and is readable")
        return
    problem = _check_payload(data, origin, "the file")
    if problem:
        yield problem
        return
    text, _ = decode_bytes(data, html=(kind == "html"))
    if is_blank(text):
        yield EmptyInputError("the file holds no text", input=origin, hint="remove it from the batch or give it text")
        return
    doc_id = _stem(path.name)
    if kind == "html":
        yield meta.make(doc_id, origin, html=text)
    else:
        yield meta.make(doc_id, origin, text=text)


def _skip_blank_lines(fh: IO[bytes], lineno: int) -> int:
    """Consume whole blank lines a buffer at a time (a feed of 300 MB of newlines took minutes
    line by line); returns the line number of the last one consumed."""
    peek = getattr(fh, "peek", None)
    while peek is not None:
        head = peek(1)[:_CHUNK]
        blank = len(head) - len(head.lstrip(b" \t\r\n"))
        cut = head.rfind(b"\n", 0, blank) + 1
        if cut == 0:
            break
        fh.read(cut)
        lineno += head.count(b"\n", 0, cut)
    return lineno


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(lineno, line, size)`` for each line; ``line`` is None when it runs over ``limit``
    (the rest of that line is skipped without holding it in memory)."""
    lineno = 0
    while True:
        lineno = _skip_blank_lines(fh, lineno)
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            yield lineno, None, len(line) + skip_rest(fh)
        elif len(line) > limit + 1:  # a UTF-16/32 line, read by characters, over the limit in UTF-8
            yield lineno, None, len(line)
        else:
            yield lineno, line, len(line)


def skip_rest(fh: IO[bytes]) -> int:
    """Reads the rest of the current line in chunks without keeping it; its length in bytes."""
    size = 0
    while True:
        rest = fh.readline(_CHUNK)
        size += len(rest)
        if not rest or rest.endswith(b"\n"):
            return size


#: the hint for a line that holds a list (an array of records on one line: none of them was read)
_LIST_HINT = "write each record, a JSON object, on its own line, e.g. jq -c '.[]' FILE > FILE.jsonl"


def _record_doc(obj: Any, stem: str, where: str, meta: Meta) -> Item:
    """A RawDoc from one JSON object, or the error that says what is wrong with it."""
    hint = 'each line must be a JSON object with "id" and "text" or "html", optionally published, url, title, source'
    if not isinstance(obj, dict):
        return MalformedRecordError(f"the line holds {kind_of(obj)}, not a JSON object", input=where,
                                    hint=_LIST_HINT if isinstance(obj, list) else hint)
    raw_id = obj.get("id", obj.get("doc_id"))
    if raw_id is None or raw_id == "":
        doc_id = f"{stem}:{where.rsplit(':', 1)[-1]}"
    elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    else:
        return MalformedRecordError(f'"id" must be a string, not {kind_of(raw_id)}', input=where, hint=hint)
    origin = f"{where}"
    text, html = obj.get("text"), obj.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            return MalformedRecordError(f'"{key}" must be a string, not {kind_of(value)}',
                                        input=where, hint=hint)
    for key in META_FIELDS:
        value = obj.get(key)
        if value is not None and (not isinstance(value, (str, int)) or isinstance(value, bool)):
            return MalformedRecordError(f'"{key}" must be a string, not {kind_of(value)}',
                                        input=where, hint=hint)
    if text is None and html is None:
        return MalformedRecordError('the record has neither "text" nor "html"', input=where, hint=hint)
    body = text if not is_blank(text) else html
    if body is None or is_blank(body):
        return EmptyInputError(f'record {doc_id!r} has empty text', input=where,
                               hint="remove the record or give it text")
    if body is text:
        return meta.make(doc_id, origin, text=text, own=obj)
    return meta.make(doc_id, origin, html=html, own=obj)


class _Utf8Lines:
    """Lines of a UTF-16 or UTF-32 stream as UTF-8 bytes: split as bytes, such a feed broke
    inside its characters (every line after the first was 'not valid JSON')."""

    def __init__(self, fh: IO[bytes], encoding: str) -> None:
        self._text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")

    def readline(self, limit: int = -1) -> bytes:
        return self._text.readline(limit).encode("utf-8", "surrogatepass")


def _wide_encoding(fh: IO[bytes]) -> tuple[IO[bytes], str | None]:
    """``fh`` (wrapped to allow a peek) and the UTF-16/32 encoding its first bytes show, if any."""
    buffered = cast(io.BufferedReader, fh if hasattr(fh, "peek") else io.BufferedReader(cast(io.RawIOBase, fh)))
    head = buffered.peek(_SNIFF_WIDE)[:_SNIFF_WIDE]
    bom = bom_encoding(head)
    if bom and bom != "utf-8":
        return buffered, bom.rsplit("-", 1)[0]  # "utf-16": the codec reads and drops the mark
    return buffered, utf16_without_bom(head)


def read_jsonl_stream(fh: IO[bytes], name: str, stem: str, meta: Meta) -> Iterator[Item]:
    """One document per line of a JSONL stream; blank lines are skipped.

    The size limit applies to each line (a JSONL file may hold many documents). A UTF-16 or
    UTF-32 stream is read as text and its lines passed on in UTF-8.
    """
    fh, wide = _wide_encoding(fh)
    # the first 8 KiB, not the first line: a line a crash zeroed, at the start too, is one damaged record
    kind = None if wide else _binary_feed(cast(io.BufferedReader, fh).peek(SNIFF_BYTES)[:SNIFF_BYTES])
    if kind:
        yield _not_jsonl(kind, name)
        return
    seen_any = False
    first = True
    for lineno, line, size in _lines(cast(IO[bytes], _Utf8Lines(fh, wide)) if wide else fh, meta.max_bytes):
        if first:
            first = False
            line = _without_bom(line)
        line = _without_eof_mark(line)
        if line is not None and not line.strip():
            continue
        if not seen_any and line is not None and _opens_a_document(line):
            yield _spread_over_lines(name)
            return
        seen_any = True
        yield _line_item(line, size, f"{name}:{lineno}", stem, meta)
    if not seen_any:
        yield EmptyInputError("the JSONL input holds no records", input=name,
                              hint="give one JSON object per line, or remove it from the batch")


def _opens_a_document(line: bytes) -> bool:
    """Whether a feed's first line opens one JSON document spread over many lines (pretty-printed
    JSON, or an array of records a line): a lone ``[`` or ``{``, or ``[`` with a record and a comma.
    No line of JSON Lines is either, as each holds a whole object."""
    text = line.strip()
    return text in (b"[", b"{") or (text.startswith(b"[") and text.endswith(b","))


def _spread_over_lines(name: str) -> MalformedRecordError:
    """The one error for a feed that is JSON spread over many lines: it was one 'not valid JSON'
    error for every line of the file, and nothing said what to do."""
    return MalformedRecordError("the file is JSON spread over many lines (pretty-printed, or an array), not JSON "
                                "Lines: no record is read", input=name,
                                hint="write one JSON object per line, e.g. jq -c '.[]' FILE > FILE.jsonl for "
                                     "an array of records, jq -c . FILE > FILE.jsonl for objects")


def _without_bom(line: bytes | None) -> bytes | None:
    """The first line without a UTF-8 byte-order mark: a file holding only the mark and blank
    lines holds no records (it was 'not valid JSON: Expecting value at column 1')."""
    return line[len(codecs.BOM_UTF8):] if line is not None and line.startswith(codecs.BOM_UTF8) else line


#: the end-of-file byte DOS and old Windows tools (``copy /b``) write after a text file's last line
_DOS_EOF = b"\x1a"


def _without_eof_mark(line: bytes | None) -> bytes | None:
    """The file's last line (the one without a newline) without the DOS end-of-file byte(s) that
    may end it: a feed written by such a tool gave a spurious 'not valid JSON' line for the mark,
    alone on its line or after the last record. A 0x1a inside a line is left to the JSON check."""
    if line is None or line.endswith(b"\n") or not line.endswith(_DOS_EOF):
        return line
    return line.rstrip(_DOS_EOF)


def _not_jsonl(kind: str, name: str) -> BinaryInputError:
    """The error for a feed that is ``kind`` (``sniff_binary``), not JSONL."""
    return BinaryInputError(f"the file is {kind}, not JSONL", input=name,
                            hint="give a text file with one JSON object per line")


def _line_item(line: bytes | None, size: int, where: str, stem: str, meta: Meta) -> Item:
    """The document on one non-blank JSONL line (None: it ran over the size limit), or its error."""
    if line is None:
        return _too_large(size, meta.max_bytes, where)
    if b"\x00" in line:
        return MalformedRecordError("the line holds NUL bytes (a stretch of the file was damaged, e.g. "
                                    "zeroed by a crash)", input=where,
                                    hint="the other lines are read; fix or remove this one")
    obj = _parse_line(line, where)
    return obj if isinstance(obj, MalformedRecordError) else _record_doc(obj, stem, where, meta)


def _parse_line(line: bytes, where: str) -> Any:
    """The JSON value of one line, or the :class:`MalformedRecordError` that says why it has none."""
    text, _ = decode_bytes(line)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return MalformedRecordError(f"not valid JSON: {exc.msg} at column {exc.colno}", input=where,
                                    hint=_bare_cr_hint(text, exc) or
                                    "fix or remove the line; each line must be one JSON object")
    except RecursionError:
        return MalformedRecordError("the JSON is nested too deeply to read", input=where,
                                    hint="fix or remove the line; a news record is a flat JSON object")
    except ValueError as exc:  # a number over Python's integer-string limit (4,300 digits)
        why = ("a number in it has over 4,300 digits" if "integer string" in str(exc)
               else f"not usable JSON: {printable(exc, 120)}")
        return MalformedRecordError(why, input=where,
                                    hint='write ids as strings, as in "id": "...", and keep numbers short')


def _bare_cr_hint(text: str, exc: json.JSONDecodeError) -> str | None:
    """The hint for records parted by carriage returns alone (old Mac line ends): the first
    record parses and its neighbour is 'extra data' after a bare CR."""
    if exc.msg != "Extra data" or "\r" not in text.rstrip("\r\n"):
        return None
    return "its lines end in a carriage return alone (old Mac line ends): convert them to newlines, e.g. tr '\\r' '\\n'"


def _binary_feed(head: bytes) -> str | None:
    """What a feed whose first bytes are ``head`` is when it is not JSONL (see ``sniff_binary``),
    else None. A feed whose first whole line free of NUL bytes is a JSON object is JSONL even with
    NUL bytes before or after it (a stretch a crash zeroed, at the start too): those lines are
    reported one by one and the others read (a zeroed first line refused the whole file)."""
    kind = sniff_binary(head)
    *lines, rest = head.split(b"\n")  # the whole lines, and the start of one the sniffed size cut
    if kind is None or not lines or bom_encoding(lines[0]):
        return kind
    first = lines[0]
    if kind.endswith("(contains NUL bytes)"):
        whole = [line for line in lines if b"\x00" not in line and line.strip()]
        first = whole[0] if whole else lines[0]
        if not whole and not lines[0].strip(b"\x00 \t\r") and b"\x00" not in rest and rest.lstrip().startswith(b"{"):
            return None  # a zeroed first line, then a record longer than the sample
    try:
        return None if isinstance(json.loads(decode_bytes(first)[0]), dict) else kind
    except (ValueError, RecursionError):
        return kind


def read_jsonl_file(path: Path, meta: Meta) -> Iterator[Item]:
    """A .jsonl / .ndjson file, gzip-compressed when its name ends in .gz or its bytes say so (a
    feed fetched compressed and saved under its plain name was refused as 'a gzip-compressed
    file, not JSONL')."""
    name = str(path)
    try:
        if path.stat().st_size == 0:
            yield EmptyInputError("the file is empty", input=name, hint="remove it from the batch")
            return
        if path.name.lower().endswith(".gz") or gzipped(path):
            yield from _read_jsonl_gz(path, meta)
            return
        with open(path, "rb") as fh:  # (refused unread when its first bytes are binary: read_jsonl_stream)
            yield from read_jsonl_stream(fh, name, _stem(path.name), meta)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield InputError(f"cannot read the file: {exc}", input=name,
                         hint="check that it is readable and, if it ends in .gz, a complete gzip file")


def _read_jsonl_gz(path: Path, meta: Meta) -> Iterator[Item]:
    """A gzip-compressed feed: the records up to any damage, then one line about the damage."""
    name = str(path)
    with open(path, "rb") as raw_fh:
        if not raw_fh.read(2).startswith(GZIP_MAGIC):
            yield MalformedRecordError("not a gzip file (no gzip header)", input=name,
                                       hint="decompress it or rename it without .gz")
            return
        raw_fh.seek(0)
        yield from _read_jsonl_gz_stream(raw_fh, name, _stem(path.name), meta)


def read_feed_stream(fh: IO[bytes], name: str, stem: str, meta: Meta) -> Iterator[Item]:
    """A JSONL stream such as standard input, gzip-compressed or not (``ingest - < feed.jsonl.gz``
    was 'the file is a gzip-compressed file, not JSONL')."""
    buffered = cast(io.BufferedReader, fh if hasattr(fh, "peek") else io.BufferedReader(cast(io.RawIOBase, fh)))
    if buffered.peek(len(GZIP_MAGIC))[:len(GZIP_MAGIC)] == GZIP_MAGIC:
        yield from _read_jsonl_gz_stream(buffered, name, stem, meta)
    else:
        yield from read_jsonl_stream(buffered, name, stem, meta)


def _read_jsonl_gz_stream(raw_fh: IO[bytes], name: str, stem: str, meta: Meta) -> Iterator[Item]:
    """The records of a gzip-compressed feed up to any damage, then one line about the damage."""
    fh, inflated = open_inflated(raw_fh, meta.max_bytes * meta.inflate_factor)
    last: Item | None = None
    for item in read_jsonl_stream(fh, name, stem, meta):
        if last is not None:
            yield last
        last = item
    cut = inflated.problem is not None and inflated.mid_line and isinstance(last, MalformedRecordError)
    if last is not None and not cut:
        yield last
    if inflated.problem:  # one line for the damage, naming the line it cut off (was also 'not valid JSON')
        where = f"; the line it cuts off ({last.input}) is skipped" if cut and isinstance(last, InputError) else ""
        yield MalformedRecordError(inflated.problem + where, input=name,
                                   hint="the records before it were read; re-fetch or repair the file "
                                        "to recover the rest")


def _warc_id(record: Any) -> str:
    rid = record.rec_headers.get_header("WARC-Record-ID")
    if rid:
        rid = rid.strip().strip("<>")
        for prefix in ("urn:uuid:", "urn:"):
            if rid.startswith(prefix):
                rid = rid[len(prefix):]
                break
        if rid:
            return rid
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if not uri:
        return ""
    return "warc-" + hashlib.sha1(uri.encode("utf-8", "replace")).hexdigest()[:16]


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        return (record.http_headers.get_header("Content-Type") or "").lower()
    return (record.rec_headers.get_header("Content-Type") or "").lower()


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value:
            return value.strip().strip("\"'")
    return None


def _short(exc: BaseException) -> str:
    """An exception's message, printable and short (archive errors can quote raw bytes)."""
    text = ascii(str(exc))[1:-1]
    return text if len(text) <= 160 else text[:159] + "…"


def _next_marker(fh: IO[bytes], start: int, marker: bytes) -> int | None:
    """Offset of the first ``marker`` at or after ``start``, or None."""
    fh.seek(start)
    pos, tail = start, b""
    while True:
        chunk = fh.read(_CHUNK)
        if not chunk:
            return None
        buf = tail + chunk
        i = buf.find(marker)
        if i >= 0:
            return pos - len(tail) + i
        tail = buf[-(len(marker) - 1):]
        pos += len(chunk)


_MAX_RESYNC = 100


def _warc_records(fh: IO[bytes], gz: bool, limit: int, whole_limit: int) -> Iterator[Any]:
    """Records of an archive; a corrupt stretch becomes one ``(offset, exception)`` tuple and
    reading resumes at the next record boundary (gzip member or ``WARC/1.`` line)."""
    if gz:
        yield from _gzip_warc_records(fh, limit, whole_limit)
        return
    marker = b"WARC/1."
    pos = 0
    for _ in range(_MAX_RESYNC):
        fh.seek(pos)
        iterator = archive_iterator(fh)
        last, start = None, pos
        try:
            for last in iterator:
                start = max(iterator.offset, pos)
                yield last
            if last is None or not getattr(last.raw_stream, "limit", 0) or _next_marker(fh, start + 1, marker) is None:
                return  # (a last record cut short with no record after it: a truncated archive, said by the record)
            # cut short with records after it: a wrong length swallowed them
            raise LengthMismatch(f"{record_length(last)} runs past the end of the archive")
        except LengthMismatch as exc:
            bad = start  # reading goes on after the start of the record the length is wrong for
            yield (bad, exc)
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on damaged data
            bad = max(iterator.offset, pos)
            yield (bad, exc)
        found = _next_marker(fh, bad + 1, marker)
        if found is None:
            return
        pos = found
    yield (pos, RuntimeError(f"over {_MAX_RESYNC} corrupt stretches; giving up on the rest"))


_GZ_MARKER = b"\x1f\x8b\x08"


def _gzip_members(fh: IO[bytes], limit: int,
                  whole_limit: int) -> Iterator[tuple[int, bytes | IO[bytes] | Exception]]:
    """Each gzip member of ``fh`` (a WARC.gz holds one record a member), decompressed, with its
    offset. A damaged member (bad deflate data or CRC) becomes an exception and reading resumes
    at the next member header, so one bad record never takes the following ones with it.

    A member that inflates to over ``limit`` bytes is no record: it is a whole archive compressed
    as one (``gzip x.warc``), or one huge record. It is handed out as a stream, inflated as it is
    read, to at most ``whole_limit`` bytes (a compression bomb is cut there): it was refused as
    one 'corrupt' stretch, and every record of a whole-compressed archive over 50 MB was lost."""
    pos, resyncs = 0, 0
    while True:
        fh.seek(pos)
        try:
            member, end = _inflate_member(fh, pos, limit)
            if end < 0:
                return  # end of file (or trailing padding)
            if member is None:
                end = yield from _streamed_member(fh, pos, whole_limit)
            else:
                yield pos, member
        except (zlib.error, EOFError) as exc:
            yield pos, _damaged_member(fh, pos, exc) if isinstance(exc, zlib.error) else exc
            resyncs += 1
            found = _next_marker(fh, pos + 1, _GZ_MARKER) if resyncs <= _MAX_RESYNC else None
            if found is None:
                return
            pos = found
            continue
        pos = end


class DamagedMember(ValueError):
    """A gzip member (a record of a WARC.gz) whose deflate data or checksum is damaged, in plain words
    (zlib's own were 'Error -3 while decompressing data: invalid distance too far back'), with the id
    its record would have had when its header could still be read (``""`` otherwise)."""

    def __init__(self, message: str, doc_id: str = "") -> None:
        super().__init__(message)
        self.doc_id = doc_id


_HEAD_PIECE, _HEAD_MAX = 32, 16384


def _damaged_member(fh: IO[bytes], pos: int, exc: zlib.error) -> DamagedMember:
    """``exc`` of the member at ``pos`` said in words, naming the record when the header inflated
    before the damage does (a member cut in the middle, with the next record's member after it)."""
    head = _salvaged_head(fh, pos)
    fields: dict[str, str] = {}
    for line in head.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace").splitlines()[1:]:
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip()
    shim = SimpleNamespace(rec_headers=SimpleNamespace(get_header=lambda key: fields.get(key.lower())))
    uri = fields.get("warc-target-uri", "")
    what = f"the record of {printable(uri)[:120]}" if uri else "the record there"
    return DamagedMember(f"{what} cannot be read: {damage_words(exc)}", _warc_id(shim) if head.startswith(b"WARC/") else "")


def _salvaged_head(fh: IO[bytes], pos: int) -> bytes:
    """What of the member at ``pos`` inflates before its damage (at most ``_HEAD_MAX`` bytes, read
    in small pieces so that the bytes before the damage come out: zlib gives nothing of a piece it
    fails on)."""
    fh.seek(pos)
    inflater, out = zlib.decompressobj(16 + zlib.MAX_WBITS), b""
    for _ in range(4 * _HEAD_MAX // _HEAD_PIECE):  # (a header is near the start: 64 KB read at most)
        if len(out) >= _HEAD_MAX:
            break
        piece = fh.read(_HEAD_PIECE)
        if not piece:
            break
        try:
            out += inflater.decompress(piece, _HEAD_MAX - len(out))
        except zlib.error:
            break
    return out


def _streamed_member(fh: IO[bytes], pos: int, limit: int) -> Generator[tuple[int, IO[bytes]], None, int]:
    """Hands out the gzip member at ``pos`` as a stream inflated as it is read (to at most
    ``limit`` bytes); returns the offset just past it, once the reader is done with it. Damage, or
    a member over ``limit``, raises ``EOFError`` saying so."""
    fh.seek(pos)
    stream, raw = open_inflated(fh, limit, single=True)
    yield pos, stream
    while stream.read(_CHUNK):  # what the reader of the records left of the member
        pass
    if raw.end is None:
        raise EOFError(raw.problem or "the archive ends inside a record")
    return raw.end


def _inflate_member(fh: IO[bytes], pos: int, limit: int) -> tuple[bytes | None, int]:
    """The gzip member at ``pos`` (``fh`` is there) inflated, and the offset just past it; None
    for a member over ``limit`` inflated bytes; ``(None, -1)`` at the end of the file (or in
    trailing padding). Damage raises ``zlib.error`` or ``EOFError``."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    parts: list[bytes] = []
    chunk = fh.read(_CHUNK)
    if not chunk or (pos > 0 and not chunk.strip(b"\x00\r\n ")):
        return None, -1
    consumed, size = len(chunk), 0
    while True:
        parts.append(inflater.decompress(chunk, limit + 1 - size))
        size += len(parts[-1])
        if size > limit:
            return None, pos
        if inflater.eof:
            return b"".join(parts), pos + consumed - len(inflater.unused_data)
        chunk = inflater.unconsumed_tail or fh.read(_CHUNK)
        if not inflater.unconsumed_tail:
            consumed += len(chunk)
        if not chunk:
            raise EOFError("the archive ends inside a record")


def _gzip_warc_records(fh: IO[bytes], limit: int, whole_limit: int) -> Iterator[Any]:
    """Records of a WARC.gz, member by member; damage becomes ``(offset, exception)`` tuples."""
    for offset, member in _gzip_members(fh, limit, whole_limit):
        if isinstance(member, Exception):
            yield offset, member
            continue
        try:
            yield from archive_iterator(io.BytesIO(member) if isinstance(member, bytes) else member)
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on damaged data
            yield offset, exc


def read_warc_file(path: Path, meta: Meta) -> Iterator[Item]:
    """HTML response (and resource) records of a WARC/ARC archive, and plain-text resource and
    conversion records (a WET file's pages).

    Other records (requests, metadata, images, ...) are skipped silently, but an archive of
    them alone is one error saying so. A record
    that cannot be decoded is reported; a corrupt stretch of the archive is
    reported once and reading resumes at the next record boundary.
    """
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", input=name, hint="check the path")
        return
    with fh:
        head = fh.read(16)
        fh.seek(0)
        if not head.strip():
            yield EmptyInputError("the archive is empty", input=name, hint="remove it from the batch")
            return
        gz = head.startswith(GZIP_MAGIC)
        if not (gz or head.lstrip().startswith((b"WARC/", b"filedesc:"))):
            yield MalformedRecordError("not a WARC or ARC archive (no WARC header at the start)", input=name,
                                       hint="give a .warc, .warc.gz or .arc file written by a crawler")
            return
        records = _warc_records(fh, gz, meta.max_bytes + (1 << 16), meta.max_bytes * meta.inflate_factor)
        yield from _warc_report(_warc_items(records, name, meta), name)


def _warc_report(items: Generator[Item, None, int], name: str) -> Iterator[Item]:
    """``items``, then an error when the archive held no record, or none to read: a WARC of
    requests, metadata or images gave nothing and no word (exit status 0)."""
    found = False
    while True:
        try:
            item = next(items)
        except StopIteration as stop:
            seen = int(stop.value or 0)
            break
        found = True
        yield item
    if not seen:
        yield EmptyInputError("the archive holds no records", input=name,
                              hint="remove it from the batch, or re-fetch it if it should hold pages")
    elif not found:
        yield EmptyInputError(f"the archive's {seen} record(s) hold no page: no HTML response or resource, no "
                              "plain-text conversion (requests, metadata, images... are not read)", input=name,
                              hint="give an archive of the crawled pages or of their WET text, or remove it from "
                                   "the batch")


def _warc_items(records: Iterator[Any], name: str, meta: Meta) -> Generator[Item, None, int]:
    """The items of an archive's records and the errors of its damaged stretches; returns how many
    records and stretches there were. Each record's item waits until the archive has been read
    past the record: a wrong ``Content-Length`` shows only there, and its record is refused."""
    seen, held = 0, None
    for record in records:
        seen += 1
        if isinstance(record, tuple):
            offset, damage = record
            if isinstance(damage, LengthMismatch) and held is not None:
                held = _refused(held, damage)
                continue
            yield from filter(None, [held])
            held = None
            where = f"{name}#{damage.doc_id}" if isinstance(damage, DamagedMember) and damage.doc_id else name
            yield MalformedRecordError(f"corrupt archive data at byte {offset}: {_short(damage)}", input=where,
                                       hint=_damage_hint(damage))
            continue
        yield from filter(None, [held])
        held = _warc_item(record, name, meta, seen)
    yield from filter(None, [held])
    return seen


def _damage_hint(damage: BaseException) -> str:
    """What became of the rest of an archive after a damaged stretch: an archive that ends inside a
    record (a cut-off download) has no next record to go on at, though the hint said so."""
    if isinstance(damage, EOFError):
        return "a cut-off download? the records before it were read; re-fetch the archive to recover the rest"
    if isinstance(damage, DamagedMember):
        return "that record is skipped and reading goes on at the next one; re-fetch or repair the archive to " \
               "recover it"
    return "that stretch is skipped and reading goes on at the next record; re-fetch or repair the archive to " \
           "recover it"


def _refused(held: Item, damage: LengthMismatch) -> Item:
    """The held record's item refused for the wrong length ``damage`` shows (an error that already
    says what is wrong with the record, a negative length, is kept)."""
    if not isinstance(held, RawDoc):
        return held
    return MalformedRecordError(_short(damage), input=_item_input(held),
                                hint="the record is skipped and reading goes on at the next one; "
                                     "re-fetch or repair the archive to recover it")


def _item_input(item: Item) -> str:
    """The input an item names (a document's origin, an error's input)."""
    return item.origin if isinstance(item, RawDoc) else item.input or ""


def _warc_item(record: Any, name: str, meta: Meta, position: int = 0) -> Item | None:
    """A RawDoc (or the error) for one HTML response record; None for other records.

    A record with neither a record id nor a target URI is named by its position in the archive.
    """
    if record.rec_type not in WARC_TYPES:
        return MalformedRecordError(record_problem(record) or "not a WARC record", input=f"{name}#{position}",
                                    hint="the archive is damaged after a header; re-fetch or repair it")
    doc_id = _warc_id(record) or f"{_stem(Path(name).name)}-record-{position}"
    where = f"{name}#{doc_id}"
    bad_length = length_problem(record)
    if bad_length:
        return MalformedRecordError(bad_length, input=where, hint="the record is skipped and reading goes on at "
                                    "the next one; re-fetch or repair the archive to recover it")
    ctype = _content_type(record)
    kind = _record_kind(record.rec_type, ctype)
    if kind is None:
        return None
    failed = _http_failure(record)
    if failed:
        return NoArticleError(f"the server answered {failed}: an error page, not an article", input=where,
                              hint="the record is skipped; re-fetch the page if it should hold an article")
    name_encoding(record)
    try:  # (read, not the declared length, tells a record too large: the length may lie)
        stream = record.content_stream()
        with contextlib.redirect_stderr(io.StringIO()):  # (warcio writes a decompression error there)
            data = stream.read(meta.max_bytes + 1)
    except (OSError, ValueError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
        return MalformedRecordError(f"cannot decode the record's content: {_short(exc)}", input=where,
                                    hint="the record is skipped; the rest of the archive goes on")
    if len(data) > meta.max_bytes:
        return _too_large(len(data), meta.max_bytes, where)
    cut = record_problem(record)
    if cut:
        return MalformedRecordError(cut, input=where, hint="the partial record is skipped; re-fetch the archive")
    not_decoded = undecoded(stream, content_encoding(record), data)
    if not_decoded:
        return MalformedRecordError(not_decoded[0], input=where, hint=f"the record is skipped; {not_decoded[1]}")
    problem = _check_payload(data, where, "the record")
    if problem:
        return problem
    body, _ = decode_bytes(data, declared=_charset(ctype), html=kind == "html")
    _note_truncated(record, where, meta)
    url = record.rec_headers.get_header("WARC-Target-URI")
    date = record.rec_headers.get_header("WARC-Date")
    return meta.make(doc_id, where, own={"url": url}, fallback_published=date[:10] if date else None,
                     **{kind: body})


def _note_truncated(record: Any, where: str, meta: Meta) -> None:
    """A note for a record the crawler marked ``WARC-Truncated`` (it stopped fetching at a length
    or time limit): the record is whole as a record, so it was read as a whole article without a
    word, but the page may end early. It is read (the start of a page is often all its article)."""
    reason = (record.rec_headers.get_header("WARC-Truncated") or "").strip()
    if reason:
        meta.note(f"{where}: the crawler marked the record WARC-Truncated ({printable(reason, 40)}): the page was "
                  "fetched only in part, so the article may end early")


def _http_failure(record: Any) -> str | None:
    """The status line of a response record whose HTTP status is an error (4xx, 5xx), else None."""
    headers = record.http_headers if record.rec_type == "response" else None
    if headers is None:
        return None
    code = str(headers.get_statuscode() or "")
    return printable(headers.statusline, 120) if code.isdigit() and int(code) >= 400 else None


def _record_kind(rec_type: str, content_type: str) -> str | None:
    """``"html"`` for a page (a response or resource record of HTML), ``"text"`` for plain text
    stored as a document (a resource, or a conversion record: the text of a page in a WET file),
    None for the records that hold no article (requests, metadata, images, robots.txt responses)."""
    if rec_type in ("response", "resource") and "html" in content_type:
        return "html"
    if rec_type in ("resource", "conversion") and content_type.startswith("text/plain"):
        return "text"
    return None
