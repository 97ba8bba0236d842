"""Bytes to text: the page's declared charset, UTF-8, or a detected encoding."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")

#: Share of control or replacement characters above which text is taken for binary junk.
BINARY_SHARE = 0.05


def _declared(data: bytes) -> str | None:
    head = data[:8192]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        m = pattern.search(head)
        if m:
            name = m.group(1).decode("ascii", "ignore").lower()
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return None


def decode_bytes(data: bytes) -> str:
    """Decode a page's bytes: a BOM, then the declared charset, then UTF-8, then detection.

    Never raises: undecodable bytes become U+FFFD.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    declared = _declared(data)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, "replace")
        except LookupError:
            pass
    return data.decode("cp1252", "replace")


def looks_binary(text: str) -> bool:
    """True when a sample of ``text`` is mostly control or replacement characters."""
    sample = text[:20_000]
    if not sample:
        return False
    if "\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) / len(sample) > BINARY_SHARE
