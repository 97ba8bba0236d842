"""Why an HTML page gave no text when the parser, not the page, is the cause.

libxml2 (under lxml and trafilatura) stops at 256 levels of nesting and at attribute values
over 10,000,000 bytes; past either it returns a cut-off tree, and the page looked like one
without article text. :func:`html_limit_problem` names the limit instead. It is called only
when cleaning found no text, so ordinary pages pay nothing for it. :func:`crowded_problem`
refuses a page too crowded with elements to be cleaned in reasonable time.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from lxml.etree import _Element

__all__ = ["html_limit_problem", "crowded_problem", "more_elements_than", "MAX_DEPTH", "MAX_ELEMENTS", "MAX_TAG"]

MAX_DEPTH = 255
MAX_TAG = 10_000_000
#: :func:`html_limit_problem` counts nesting in this many characters, the most the cleaner
#: parses (``clean.html.MAX_CHARS``): over a 48 MB page the count alone took 10 s.
SCAN_CHARS = 3_000_000
#: A page with more elements is refused (:func:`crowded_problem`): trafilatura's and htmldate's
#: XPath searches run over copies of the tree in time that grows with the square of its elements
#: (120,000 small divs: 23 s; 250,000: minutes), inside C calls that no time budget interrupts.
#: News pages have hundreds to a few thousand (the 61 cleaning-dev pages: 286 to 1,643).
MAX_ELEMENTS = 50_000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
_LONG = re.compile(r"<[^<>]{%d}" % MAX_TAG)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: elements that end an open paragraph when they start
_BLOCKS = frozenset("address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 "
                    "h3 h4 h5 h6 header hr main menu nav ol p pre section table ul".split())
_CELLS, _TERMS = frozenset({"td", "th"}), frozenset({"dt", "dd"})
#: a start tag -> the open elements (innermost first) it ends, their end tag being optional
_CLOSED_BY: dict[str, frozenset[str]] = {
    **{b: frozenset({"p"}) for b in _BLOCKS}, "li": frozenset({"li", "p"}), "dt": _TERMS | {"p"},
    "dd": _TERMS | {"p"}, "option": frozenset({"option"}), "tr": _CELLS | {"tr"}, "td": _CELLS, "th": _CELLS,
}


def html_limit_problem(html: str) -> str | None:
    """A message when ``html`` nests deeper or holds a longer tag than the parser accepts."""
    if _LONG.search(html):
        return (f"an HTML tag is over {MAX_TAG:,} characters long (an attribute beyond the HTML "
                "parser's 10 MB limit), so the page cannot be parsed")
    deepest = _deepest(html)
    if deepest > MAX_DEPTH:
        return (f"the HTML is nested {deepest:,} levels deep; the HTML parser stops at {MAX_DEPTH + 1}, "
                "so the article text cannot be reached")
    return None


def _deepest(html: str) -> int:
    """How deep the elements of ``html``'s first ``SCAN_CHARS`` nest, counted as the parser
    builds them: a stray end tag closes nothing, an end tag closes what was opened inside its
    element, and an element whose end tag HTML lets out is closed by the next of its kind
    ("<p>one<p>two", "<li>a<li>b": siblings, not nested) or, for a paragraph, by a block."""
    stack: list[str] = []
    open_count: Counter[str] = Counter()
    deepest = 0
    for m in _TAG.finditer(html, 0, SCAN_CHARS):  # a tag over MAX_TAG cannot fit in SCAN_CHARS
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        if m.group(1):
            _close(name, stack, open_count)
            continue
        while stack and stack[-1] in _CLOSED_BY.get(name, ()):
            open_count[stack.pop()] -= 1
        stack.append(name)
        open_count[name] += 1
        deepest = max(deepest, len(stack))
    return deepest


def _close(name: str, stack: list[str], open_count: Counter[str]) -> None:
    """An end tag: closes the innermost open ``name`` and what is open inside it; nothing when no
    ``name`` is open."""
    while open_count[name]:
        top = stack.pop()
        open_count[top] -= 1
        if top == name:
            return


def more_elements_than(tree: _Element, n: int) -> bool:
    """Whether ``tree`` has more than ``n`` elements (counting stops at the first one past ``n``)."""
    return any(True for _ in itertools.islice(tree.iter(), n, None))


def crowded_problem(tree: _Element) -> str | None:
    """A message when the parsed page has more than ``MAX_ELEMENTS`` elements, else None."""
    if not more_elements_than(tree, MAX_ELEMENTS):
        return None
    return (f"the page has over {MAX_ELEMENTS:,} HTML elements (a news page has a few thousand); "
            "cleaning it would take minutes, so it is skipped")
