"""Byte-level checks shared by the readers: binary sniffing and text decoding.

Nothing here reads a file; the callers pass bytes they have already bounded
by size.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

import charset_normalizer

#: Leading bytes of common non-text formats -> a name for messages.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office (OLE) document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
)

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: how many of a file's first bytes tell whether it is binary (a feed's reader peeks as many)
SNIFF_BYTES = 8192
#: Control bytes that plain text does not contain (tab, newlines, form feed, escape allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27, 8))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, or None."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` (its first 8 KiB) looks like UTF-16 text
    of mostly Latin script written without a byte-order mark: a NUL in nearly every other byte
    and in almost none of the bytes between (Windows tools write such files), else None."""
    head = data[:SNIFF_BYTES]
    pairs = len(head) // 2
    if pairs < 8:
        return None
    for high, low, name in ((1, 0, "utf-16-le"), (0, 1, "utf-16-be")):
        if (head[high::2].count(0) >= 0.9 * pairs and head[low::2].count(0) <= 0.02 * pairs
                and not any(head[low::2].count(c) for c in _CONTROL)):
            return name
    return None


def sniff_binary(data: bytes) -> str | None:
    """Say what ``data`` is when it is not text, with its article (``"a PDF document"``,
    ``"an executable (ELF)"``...), else None.

    Looks at the first 8 KiB: a known magic number, a NUL byte (unless a UTF-16/32
    byte-order mark or UTF-16 without one explains it) or more than 10% control bytes mean binary.
    """
    head = data[:SNIFF_BYTES]
    if bom_encoding(head) or utf16_without_bom(head):
        return None
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    if b"\x00" in head:
        return "a binary file (contains NUL bytes)"
    if head:
        controls = sum(head.count(bytes([c])) for c in _CONTROL)
        if controls / len(head) > 0.10:
            return "a binary file (mostly control characters)"
    return None


def _normalise_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


#: printable ASCII (no lone backslash) and an escape Python's own escape codecs would read
_ASCII_PROBE = bytes(b for b in range(0x20, 0x7F) if b != 0x5C) + b"\\u0041\t\n"


@lru_cache(maxsize=64)
def declared_codec(name: str) -> str | None:
    """The codec a declared charset (a ``<meta charset>``, an HTTP header) names, when the page can
    be in it: a text encoding that reads ASCII as ASCII, else None (the declaration is ignored and
    the encoding guessed). A page whose declaration could be read as ASCII is not in UTF-16 or EBCDIC
    (the HTML standard reads a meta charset of UTF-16 as UTF-8): ``charset=utf-16`` on a Windows-1252
    page turned the whole of it into CJK characters, ``cp037`` into control bytes, and the page was
    refused as holding no article. Python's own codecs (``unicode-escape``, ``utf-7``, ``idna``)
    fail the same test."""
    codec = _normalise_codec(name)
    if codec is None or codec == "utf-8":
        return None
    try:
        return codec if _ASCII_PROBE.decode(codec) == _ASCII_PROBE.decode("ascii") else None
    except (ValueError, LookupError):  # (a UnicodeError; LookupError: rot13, base64, zip: no text encoding)
        return None


#: Among equally good guesses, the Western encodings most news text comes in.
_PREFERRED = ("cp1252", "iso8859_1", "iso8859_15")


def _best_guess(data: bytes) -> str | None:
    """charset_normalizer's best encoding; on a tie, a Western one (French in
    latin-1 scores the same under cp1250 and cp1252, and cp1250 comes first)."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    ties = {m.encoding for m in matches if m.chaos == best.chaos and m.coherence == best.coherence}
    for name in _PREFERRED:
        if name in ties:
            return name
    return best.encoding


#: the bytes that are not UTF-8, as ``surrogateescape`` keeps them
_STRAY = re.compile("[\udc80-\udcff]+")


def mostly_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 with its stray bytes read as cp1252, when its UTF-8 characters outnumber
    those bytes, else None. One Latin-1 'é' pasted into a UTF-8 article sent the whole of it to a
    guessed single-byte code page, which turned every other accented letter, dash and quotation
    mark into two or three wrong ones ('prĂŠsident'); text of a single-byte code page seldom holds
    valid UTF-8 sequences, let alone more of them than bytes that are not."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(len(m.group()) for m in _STRAY.finditer(text))
    utf8_chars = len(text) - len(text.encode("ascii", "ignore")) - stray
    if utf8_chars <= stray:
        return None
    return _STRAY.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1252", "replace"), text)


def decode_bytes(data: bytes, *, declared: str | None = None, html: bool = False) -> tuple[str, str]:
    """Decode ``data`` to text and say which encoding was used.

    Order: a byte-order mark; UTF-16 without one (:func:`utf16_without_bom`); strict UTF-8; UTF-8
    with a few stray bytes of another encoding (:func:`mostly_utf8`); the declared charset (an HTTP
    header) or, for HTML, a ``<meta charset>``, when the page can be in it (:func:`declared_codec`);
    charset_normalizer's best guess; finally cp1252 with
    replacement characters, so decoding never fails.
    """
    bom = bom_encoding(data)
    if bom:
        for mark, _ in BOMS:
            if data.startswith(mark):
                data = data[len(mark):]
                break
        return data.decode(bom, errors="replace"), bom
    wide = utf16_without_bom(data)
    if wide:
        return data.decode(wide, errors="replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8"
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            candidates.append(m.group(1).decode("ascii", "replace"))
    for name in candidates:
        codec = declared_codec(name)
        if codec:
            try:
                return data.decode(codec), codec
            except (UnicodeDecodeError, LookupError):
                continue
    best = _best_guess(data)
    if best:
        try:
            return data.decode(best), best
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"
