"""Why an HTML page gave no text when the parser, not the page, is the cause.

libxml2 (under lxml and trafilatura) stops at 256 levels of nesting and at attribute values
over 10,000,000 bytes; past either it returns a cut-off tree, and the page looked like one
without article text. :func:`html_limit_problem` names the limit instead. It is called only
when cleaning found no text, so ordinary pages pay nothing for it.
"""

from __future__ import annotations

import re

__all__ = ["html_limit_problem", "MAX_DEPTH", "MAX_TAG"]

MAX_DEPTH = 255
MAX_TAG = 10_000_000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>|<[^<>]{%d,}" % MAX_TAG)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def html_limit_problem(html: str) -> str | None:
    """A message when ``html`` nests deeper or holds a longer tag than the parser accepts."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m.group(2) is None or len(m.group(0)) > MAX_TAG:
            return (f"an HTML tag is over {MAX_TAG:,} characters long (an attribute beyond the HTML "
                    "parser's 10 MB limit), so the page cannot be parsed")
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        return (f"the HTML is nested {deepest:,} levels deep; the HTML parser stops at {MAX_DEPTH + 1}, "
                "so the article text cannot be reached")
    return None
