"""The record the clean stage returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanResult:
    """The article's own text and metadata, as found by :func:`clean_html` or :func:`clean_text`.

    ``text`` holds paragraphs separated by blank lines (``"\\n\\n"``) and is
    ``""`` when no article was found, in which case ``reason`` says why.
    ``removed`` lists the furniture lines taken out, for audit.
    """

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    removed: tuple[str, ...] = ()
    reason: str | None = None


def with_origin(reason: str, origin: str) -> str:
    """``reason`` prefixed with the input it is about (``origin``), when one is known."""
    return f"{origin}: {reason}" if origin else reason
