"""Recall fallback for pages where trafilatura kept only part of the article.

trafilatura sometimes stops at the first of several article containers, or
drops a container whose class name looks like furniture. The check here is
cheap and runs on every page: it walks the parsed page once, collects its
*prose runs* (stretches of running text of :data:`RUN_WORDS` words or more,
mostly outside links, in ``<p>`` as well as in ``<div>``/``<br>`` text), and
counts the words of those runs that trafilatura's body does not contain. Only
when much prose is missing (:func:`suspicious`) is a second candidate built
with readability-lxml, converted to trafilatura's XML and cut into the same
blocks, so the furniture rules apply to it unchanged. :func:`better` then
decides by general criteria (length gain, link density, paragraph count,
overlap with the first body), never by site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from trafilatura.settings import Document

from communique.clean import blocks as _blocks

#: A prose run has at least this many words ...
RUN_WORDS = 20
#: ... and at most this share of its characters inside links.
RUN_LINK_RATIO = 0.3
#: A run counts as present in the body when this share of its 4-word shingles is there.
PRESENT_SHARE = 0.5
#: The fallback runs when at least this many prose words are missing ...
MISSING_WORDS = 50
#: ... and they are at least this share of the body's words.
MISSING_SHARE = 0.25
#: The candidate must add this share of words to the first body ...
GAIN = 0.15
#: ... keep this share of the first body's shingles (it extends, not replaces) ...
KEEP_SHARE = 0.6
#: ... and have at most this link density (or the first body's, if higher).
MAX_LINK_DENSITY = 0.2
#: A paragraph (for counting) has at least this many words.
PARAGRAPH_WORDS = 12

_WORD = re.compile(r"\w+", re.UNICODE)
#: class/id attributes, dropped from readability's output so trafilatura does not prune by them again.
_CLASS_ID = re.compile(r"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
#: Never article prose: their text is not counted (nor anything inside them).
_SKIP_TAGS = frozenset(
    "script style noscript template svg head nav footer header aside form button select option iframe "
    "textarea label".split()
)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 4:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}


@dataclass(frozen=True)
class Run:
    """One stretch of running text on the page."""

    text: str
    words: int


def _flush(parts: list[str], linked: int, out: list[Run]) -> None:
    text = " ".join(" ".join(parts).split())
    parts.clear()
    if not text:
        return
    words = len(_WORD.findall(text))
    if words >= RUN_WORDS and linked <= RUN_LINK_RATIO * len(text):
        out.append(Run(text, words))


def prose_runs(root: etree._Element) -> list[Run]:
    """The page's stretches of running text (split at block elements and ``<br>``)."""
    out: list[Run] = []
    stack = [root]
    while stack:
        el = stack.pop()
        parts: list[str] = [el.text or ""]
        linked = 0
        children = []
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            tag = tag.lower()
            if tag in _SKIP_TAGS or not tag:
                pass
            elif tag == "br":
                _flush(parts, linked, out)
                linked = 0
            elif tag in _BLOCK_TAGS:
                _flush(parts, linked, out)
                linked = 0
                children.append(child)
            else:  # inline element: its whole text belongs to this run
                parts.append("".join(t for t in child.itertext() if isinstance(t, str)))
                linked += sum(len("".join(a.itertext())) for a in child.iter("a"))
            if child.tail:
                parts.append(child.tail)
        _flush(parts, linked, out)
        stack.extend(reversed(children))
    return out


def missing_words(runs: list[Run], body_text: str) -> int:
    """Words of the prose ``runs`` that ``body_text`` does not contain."""
    seen = _shingles(body_text)
    missing = 0
    for run in runs:
        sh = _shingles(run.text)
        if sh and len(sh & seen) < PRESENT_SHARE * len(sh):
            missing += run.words
    return missing


def suspicious(runs: list[Run], body_text: str) -> bool:
    """Whether the body leaves out enough of the page's prose to try the fallback."""
    missing = missing_words(runs, body_text)
    words = len(_WORD.findall(body_text))
    return missing >= MISSING_WORDS and missing >= MISSING_SHARE * words


def readability_blocks(page: str) -> list[_blocks.Block] | None:
    """The main content as readability-lxml sees it, as blocks (``None`` on failure). Readability gets
    no URL: it would only make the links absolute, and the blocks read link text, never targets."""
    try:
        import trafilatura
        from readability import Document

        summary = Document(page).summary(html_partial=True)
        if not summary or not summary.strip():
            return None
        summary = _CLASS_ID.sub("", summary)
        doc = trafilatura.bare_extraction(
            f"<html><body><article>{summary}</article></body></html>", include_comments=False,
            include_links=True, include_tables=True, with_metadata=False, deduplicate=False,
            fast=True, favor_recall=True,
        )
    except Exception:  # noqa: BLE001 - the fallback must never break the main path
        return None
    doc = as_document(doc)
    if doc is None or doc.body is None:
        return None
    return _blocks.body_blocks(doc.body)


def as_document(extracted: object) -> Document | None:
    """trafilatura's result as a ``Document`` (``bare_extraction`` types it as a Document, a
    dict when ``as_dict=True``, or None; the calls here never ask for a dict)."""
    return extracted if isinstance(extracted, Document) else None


def _stats(kept: list[_blocks.Block]) -> tuple[int, float, int]:
    words = sum(b.words for b in kept)
    chars = sum(len(b.text) for b in kept) or 1
    linked = sum(b.link_ratio * len(b.text) for b in kept)
    paragraphs = sum(1 for b in kept if b.words >= PARAGRAPH_WORDS and b.link_ratio < 0.5)
    return words, linked / chars, paragraphs


def better(current: list[_blocks.Block], candidate: list[_blocks.Block]) -> bool:
    """Whether the (already furniture-filtered) ``candidate`` should replace ``current``.

    It must be clearly longer, keep most of the current body (so it extends the
    same article rather than picking another part of the page), have no more
    paragraphs lost than gained, and not be a link list.
    """
    cur_words, cur_links, cur_pars = _stats(current)
    cand_words, cand_links, cand_pars = _stats(candidate)
    if cand_words < (1 + GAIN) * cur_words + 20:
        return False
    if cand_links > max(MAX_LINK_DENSITY, cur_links + 0.05):
        return False
    if cand_pars < max(1, cur_pars):
        return False
    cur_sh = _shingles(_blocks.blocks_text(current))
    if cur_sh and len(cur_sh & _shingles(_blocks.blocks_text(candidate))) < KEEP_SHARE * len(cur_sh):
        return False
    return True
