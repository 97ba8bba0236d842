"""A bounded, forgiving gzip reader for JSONL feeds.

``gzip.open`` reads ahead and raises on trailing garbage or a cut-off stream, so the good
records before the damage are lost with it; and nothing bounds how many bytes a small file
inflates to. :class:`Inflated` is a raw stream over every gzip member of a file that stops at
the first damage or at ``limit`` inflated bytes and records why in ``problem``, so that the
reader keeps what came before and reports the rest in one line.
"""

from __future__ import annotations

import io
import zlib
from typing import IO

_CHUNK = 1 << 16
#: inflated bytes per step: 64 KB of zeros or newlines inflate to 64 MB in one call otherwise,
#: and handing that out 64 KB at a time copied the rest each time (minutes for a 300 MB bomb)
_OUT = 1 << 18
_MAGIC = b"\x1f\x8b"


class Inflated(io.RawIOBase):
    """The inflated bytes of a (multi-member) gzip file, read lazily."""

    def __init__(self, fh: IO[bytes], limit: int):
        self._fh = fh
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
            self._stop(f"damaged compressed data after {self._out:,} bytes ({exc})")
            return
        self._out += len(data)
        if self._out > self._limit:
            self._stop(f"inflates to over {self._limit:,} bytes (a compression bomb?); the rest is skipped")
            return
        self._buf = data
        if data:
            self.mid_line = not data.endswith(b"\n")
        self._pending = z.unconsumed_tail
        if z.eof:
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
        if rest.startswith(_MAGIC):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._pending = rest
            return
        self._stop("trailing garbage after the compressed data (ignored)")


def open_inflated(fh: IO[bytes], limit: int) -> tuple[io.BufferedReader, Inflated]:
    """A buffered reader over the inflated bytes, and the raw stream that says what went wrong."""
    raw = Inflated(fh, limit)
    return io.BufferedReader(raw, buffer_size=_CHUNK), raw
