"""The clean stage: HTML or scraped text -> the article's own text and metadata.

Public API::

    clean_html(html, *, url=None, origin="") -> CleanResult
    clean_text(text, *, origin="") -> CleanResult
    fingerprint(text) -> str
    simhash(text) -> int
    near_duplicate(a, b, max_distance=3) -> bool
    detect_language(text) -> str | None
"""

from __future__ import annotations

from communique.clean.dedup import DuplicateIndex, fingerprint, hamming, near_duplicate, simhash
from communique.clean.html import clean_html
from communique.clean.lang import detect_language
from communique.clean.result import CleanResult
from communique.clean.text import clean_text

__all__ = [
    "DuplicateIndex",
    "CleanResult",
    "clean_html",
    "clean_text",
    "detect_language",
    "fingerprint",
    "hamming",
    "near_duplicate",
    "simhash",
]
