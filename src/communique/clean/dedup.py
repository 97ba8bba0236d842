"""Exact and near-duplicate fingerprints of article text.

``fingerprint`` hashes the normalised text (case, spacing and punctuation do not
count). ``simhash`` is a 64-bit Charikar simhash over word 3-gram shingles,
returned as a signed 64-bit integer so that it fits a BIGINT column;
``near_duplicate`` compares two of them by Hamming distance. A syndicated copy
with a different header or footer line stays within a few bits of the original.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
_MASK = (1 << 64) - 1
SHINGLE = 3


def _tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())


def fingerprint(text: str) -> str:
    """Exact-content hash (32 hex characters) of the normalised text."""
    norm = " ".join(_tokens(text))
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=16).hexdigest()


def _to_signed(value: int) -> int:
    value &= _MASK
    return value - (1 << 64) if value >= 1 << 63 else value


def simhash(text: str) -> int:
    """64-bit near-duplicate fingerprint of ``text``, as a signed int64 (0 for empty text)."""
    import numpy as np

    tokens = _tokens(text)
    if not tokens:
        return 0
    n = min(SHINGLE, len(tokens))
    blake = hashlib.blake2b
    digests = b"".join([blake(" ".join(tokens[i:i + n]).encode("utf-8"), digest_size=8).digest()
                        for i in range(len(tokens) - n + 1)])
    # one row of 64 bits per shingle hash, most significant first (the digest read big-endian)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(-1, 64)
    ones = bits.sum(axis=0, dtype=np.int64)[::-1]  # index = bit number
    # per bit: +1 for each shingle hash that has it, -1 for each that has not
    weights = 2 * ones - bits.shape[0]
    value = 0
    for bit in np.flatnonzero(weights > 0):
        value |= 1 << int(bit)
    return _to_signed(value)


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two 64-bit fingerprints (signed or not)."""
    return bin((a ^ b) & _MASK).count("1")


def near_duplicate(a: int, b: int, max_distance: int = 3) -> bool:
    """True when two simhashes differ in at most ``max_distance`` bits."""
    return hamming(a, b) <= max_distance


class DuplicateIndex:
    """Finds a near-duplicate among the fingerprints seen so far, in constant time.

    The 64 bits are cut into ``max_distance + 1`` bands: two fingerprints within
    ``max_distance`` bits agree exactly on at least one band (pigeonhole), so only
    articles sharing a band are compared.
    """

    def __init__(self, max_distance: int = 3):
        self.max_distance = max_distance
        self.n_bands = max_distance + 1
        self.width = 64 // self.n_bands
        self.bands: list[dict[int, list[tuple[int, str]]]] = [{} for _ in range(self.n_bands)]

    def _keys(self, value: int) -> list[int]:
        v = value & _MASK
        mask = (1 << self.width) - 1
        return [(v >> (i * self.width)) & mask for i in range(self.n_bands)]

    def find(self, value: int | None) -> str | None:
        """The id of an earlier article within ``max_distance`` bits of ``value``."""
        if not value:
            return None
        for band, key in zip(self.bands, self._keys(value)):
            for other, doc_id in band.get(key, ()):
                if hamming(value, other) <= self.max_distance:
                    return doc_id
        return None

    def add(self, value: int | None, doc_id: str) -> None:
        if value:
            for band, key in zip(self.bands, self._keys(value)):
                band.setdefault(key, []).append((value, doc_id))
