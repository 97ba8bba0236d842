"""trafilatura's metadata and main content for one parsed page, at the least cost.

Two separate calls on the tree that :func:`communique.clean.html.clean_html` parsed
once: :func:`page_metadata` (title, date, author, site name, canonical URL; the same
call and date settings ``bare_extraction(with_metadata=True)`` makes) and
:func:`main_content` (the body).

The body comes from trafilatura's *fast* mode first, which skips its comparison with
its readability fork and jusText (about a tenth of the cleaning's CPU). The full
extraction runs only when the fast body is *doubtful* (:func:`doubtful`), i.e. when one
of the comparison's own triggers could fire: a body too short for trafilatura
(jusText is then tried), a body less than half as long as the page's prose (the runs
:func:`communique.clean.fallback.prose_runs` finds, which stand in for readability's
text: readability wins when its text is more than twice as long), or a body without
paragraph text or with more tables than paragraphs (readability's structural rule).

The content call gets no URL: the URL serves only to make link targets absolute,
and the blocks read link text, never targets.
"""

from __future__ import annotations

from typing import Any

import trafilatura
from lxml.etree import _Element
from trafilatura.metadata import extract_metadata
from trafilatura.settings import DEFAULT_CONFIG, Document, set_date_params

from communique.clean.fallback import Run, as_document

#: Below this many characters trafilatura's full mode tries jusText (its MIN_EXTRACTED_SIZE).
MIN_EXTRACTED_CHARS = DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
#: The full mode prefers readability's body when it is more than this many times longer.
READABILITY_RATIO = 2

_OPTIONS: dict[str, Any] = {
    "include_comments": False, "include_links": True, "include_tables": True, "deduplicate": False,
    "with_metadata": False,
}


def page_metadata(tree: _Element, url: str | None) -> Document:
    """The page's metadata, as ``bare_extraction(..., with_metadata=True)`` finds it (``tree`` is
    left unchanged: the metadata search copies what it prunes)."""
    extensive = DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH")
    return extract_metadata(tree, url, set_date_params(extensive))


def main_content(tree: _Element, runs: list[Run]) -> Document | None:
    """trafilatura's body of the page (``None`` when it finds none): fast mode, then the full
    extraction when the fast body is :func:`doubtful`. ``tree`` is left unchanged."""
    fast = as_document(trafilatura.bare_extraction(tree, fast=True, **_OPTIONS))
    if fast is not None and not doubtful(fast, runs):
        return fast
    return as_document(trafilatura.bare_extraction(tree, fast=False, **_OPTIONS))


def doubtful(doc: Document, runs: list[Run]) -> bool:
    """Whether trafilatura's full mode could give another body than its fast one (see the module)."""
    body = doc.body
    length = len(doc.text or "")
    if body is None or length < MIN_EXTRACTED_CHARS:
        return True
    if READABILITY_RATIO * length < sum(len(r.text) for r in runs):
        return True
    return not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p"))
