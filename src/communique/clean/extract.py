"""trafilatura's metadata and main content for one parsed page, at the least cost.

Two separate calls on the tree that :func:`communique.clean.html.clean_html` parsed
once: :func:`page_metadata` and :func:`main_content` (the body).

:func:`page_metadata` is trafilatura's ``extract_metadata`` (what
``bare_extraction(with_metadata=True)`` runs, with the same date settings) without the
fields communique never reads: categories, tags and licence, about half of its CPU. It
calls the same trafilatura functions in the same order, so the title, description,
author, canonical URL, date and site name are the same (a test compares them).

The body comes from trafilatura's *fast* mode first, which skips its comparison with
its readability fork and jusText (about a tenth of the cleaning's CPU). The full
extraction runs only when the fast body is *doubtful* (:func:`doubtful`), i.e. when one
of the comparison's own triggers could fire: a body too short for trafilatura
(jusText is then tried), a body less than half as long as the page's prose (the runs
:func:`communique.clean.fallback.prose_runs` finds, which stand in for readability's
text: readability wins when its text is more than twice as long), or a body without
paragraph text or with more tables than paragraphs (readability's structural rule).
The check is a heuristic, not a proof: fast mode also keeps teaser-class blocks that
the full mode prunes (the furniture rules then judge them), and its recall retry skips
jusText. On the 61 cleaning-dev pages 2 fast bodies are doubtful and every cleaned
text is identical to the full mode's.

The content call gets no URL: the URL serves only to make link targets absolute,
and the blocks read link text, never targets.
"""

from __future__ import annotations

from typing import Any

import trafilatura
from lxml.etree import _Element
from trafilatura.metadata import (
    META_URL, examine_meta, extract_author, extract_meta_json, extract_sitename, extract_title, extract_url, find_date,
)
from trafilatura.settings import DEFAULT_CONFIG, Document, set_date_params

from communique.clean.fallback import Run, as_document
from communique.clean.limits import more_elements_than

#: Pages with more elements than this get htmldate's fast date search only (:func:`_crowded`);
#: news pages have hundreds to a few thousand (the 61 cleaning-dev pages: 286 to 1,643).
EXTENSIVE_DATE_ELEMENTS = 10_000
#: Below this many characters trafilatura's full mode tries jusText (its MIN_EXTRACTED_SIZE).
MIN_EXTRACTED_CHARS = DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
#: The full mode prefers readability's body when it is more than this many times longer.
READABILITY_RATIO = 2

_OPTIONS: dict[str, Any] = {
    "include_comments": False, "include_links": True, "include_tables": True, "deduplicate": False,
    "with_metadata": False,
}


def page_metadata(tree: _Element, url: str | None) -> Document:
    """The page's title, description, author, URL, date and site name, as trafilatura's
    ``extract_metadata`` finds them (``tree`` is left unchanged: the searches copy what they prune)."""
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - as extract_metadata: a broken JSON-LD block only loses its fields
        pass
    meta.title = meta.title or extract_title(tree)
    meta.author = meta.author or extract_author(tree)
    meta.url = meta.url or extract_url(tree, url)
    dates = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH")
                            and not _crowded(tree))
    meta.date = find_date(tree, **{**dates, "url": meta.url})
    meta.sitename = _sitename(meta.sitename or extract_sitename(tree), meta.url)
    meta.clean_and_trim()
    return meta


def _crowded(tree: _Element) -> bool:
    """Whether the page has more elements than htmldate's extensive (free-text) date search can
    take: that search's XPath runs over a copy of the tree, in time that grows with the square of
    its elements (6.7 s at 40,000, minutes at 250,000), inside one C call no time budget stops."""
    return more_elements_than(tree, EXTENSIVE_DATE_ELEMENTS)


def _sitename(name: str | None, url: str | None) -> str | None:
    """extract_metadata's site name: without a Twitter ``@``, capitalised, else the URL's host."""
    if name:
        name = name.lstrip("@")
        return name.title() if name and "." not in name and not name[0].isupper() else name
    match = META_URL.match(url) if url else None
    return match[1] if match else None


def main_content(tree: _Element, runs: list[Run]) -> Document | None:
    """trafilatura's body of the page (``None`` when it finds none): fast mode, then the full
    extraction when the fast body is :func:`doubtful`. ``tree`` is left unchanged."""
    fast = as_document(trafilatura.bare_extraction(tree, fast=True, **_OPTIONS))
    if fast is not None and not doubtful(fast, runs):
        return fast
    return as_document(trafilatura.bare_extraction(tree, fast=False, **_OPTIONS))


def doubtful(doc: Document, runs: list[Run]) -> bool:
    """Whether trafilatura's full-mode comparison could replace the fast body (see the module)."""
    body = doc.body
    length = len(doc.text or "")
    if body is None or length < MIN_EXTRACTED_CHARS:
        return True
    if READABILITY_RATIO * length < sum(len(r.text) for r in runs):
        return True
    return not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p"))
