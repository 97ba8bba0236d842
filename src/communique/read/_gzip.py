"""A bounded, forgiving gzip reader for JSONL feeds.

``gzip.open`` reads ahead and raises on trailing garbage or a cut-off stream, so the good
records before the damage are lost with it; and nothing bounds how many bytes a small file
inflates to. :class:`Inflated` is a raw stream over every gzip member of a file that stops at
the first damage or at ``limit`` inflated bytes and records why in ``problem``, so that the
reader keeps what came before and reports the rest in one line. With ``single`` it reads one
member alone and says where in the file that member ended (a WARC.gz compressed as a whole).
"""

from __future__ import annotations

import io
import zlib
from pathlib import Path
from typing import IO

_CHUNK = 1 << 16
#: inflated bytes per step: 64 KB of zeros or newlines inflate to 64 MB in one call otherwise,
#: and handing that out 64 KB at a time copied the rest each time (minutes for a 300 MB bomb)
_OUT = 1 << 18
#: the first bytes of every gzip file
GZIP_MAGIC = b"\x1f\x8b"


class Inflated(io.RawIOBase):
    """The inflated bytes of a (multi-member) gzip file, read lazily."""

    def __init__(self, fh: IO[bytes], limit: int, *, single: bool = False):
        self._fh = fh
        self._single = single
        #: with ``single``: the offset in ``fh`` just past the member, once it has ended
        self.end: int | None = None
        self._limit = limit
        self._out = 0  # inflated bytes handed out
        self._buf = b""
        self._z: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""  # compressed bytes read but not yet fed
        self.problem: str | None = None
        self.mid_line = False  # whether the bytes handed out so far end inside a line

    def readable(self) -> bool:
        return True

    def readinto(self, b: memoryview) -> int:  # type: ignore[override]
        while not self._buf and self._z is not None:
            self._fill()
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]  # at most _OUT bytes: the copy stays cheap
        return n

    def _stop(self, problem: str | None) -> None:
        self.problem = problem
        self._z = None

    def _fill(self) -> None:
        z = self._z
        assert z is not None
        chunk = self._pending or self._fh.read(_CHUNK)
        self._pending = b""
        if not chunk:
            self._stop(None if z.eof else "the compressed data ends early (a cut-off download?)")
            return
        try:
            data = z.decompress(chunk, min(_OUT, self._limit - self._out + 1))
        except zlib.error as exc:
            self._stop(f"damaged compressed data after {self._out:,} bytes ({damage_words(exc)})")
            return
        over = self._out + len(data) - self._limit
        if over > 0:  # the bytes up to the limit are still handed out (the records they hold are kept)
            data = data[:len(data) - over]
            self._stop(f"inflates to over {self._limit:,} bytes (a compression bomb? if not, raise max_input_bytes "
                       "in the settings); the rest is skipped")
        self._out += len(data)
        self._buf = data
        if data:
            self.mid_line = not data.endswith(b"\n")
        if over > 0:
            return
        self._pending = z.unconsumed_tail
        if z.eof and self._single:
            self.end = self._fh.tell() - len(z.unused_data)
            self._z = None  # (the bytes in _buf are still handed out)
        elif z.eof:
            self._next_member(z.unused_data)

    def _next_member(self, rest: bytes) -> None:
        """After a member ends: another member, trailing zeros (padding), or garbage."""
        rest = rest + (self._fh.read(_CHUNK) if len(rest) < 2 else b"")
        if not rest.strip(b"\x00"):
            while True:  # padding to the end is fine; anything else after it is garbage
                more = self._fh.read(_CHUNK)
                if not more:
                    self._stop(None)
                    return
                if more.strip(b"\x00"):
                    rest = more.lstrip(b"\x00")
                    break
        if rest.startswith(GZIP_MAGIC):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._pending = rest
            return
        self._stop("trailing garbage after the compressed data (ignored)")


def open_inflated(fh: IO[bytes], limit: int, *, single: bool = False) -> tuple[io.BufferedReader, Inflated]:
    """A buffered reader over the inflated bytes, and the raw stream that says what went wrong
    (and, with ``single``, where the one member read ended)."""
    raw = Inflated(fh, limit, single=single)
    return io.BufferedReader(raw, buffer_size=_CHUNK), raw


def gzipped(path: Path) -> bool:
    """Whether the file at ``path`` is gzip-compressed, whatever its name says."""
    with open(path, "rb") as fh:
        return fh.read(len(GZIP_MAGIC)) == GZIP_MAGIC


def damage_words(exc: zlib.error) -> str:
    """What zlib's error says, in plain words: 'Error -3 while decompressing data: invalid distance
    too far back' told a reader nothing of what was wrong with the file."""
    text = str(exc)
    if "incorrect data check" in text or "incorrect length check" in text:
        return "the checksum does not match the data: the file was altered or cut and joined"
    if "incorrect header check" in text or "unknown compression method" in text:
        return "no gzip data where it should start"
    return "the compressed data is damaged and cannot be inflated"
