"""HTML page -> the article's own body, title, date, author, site name and URL.

The page is parsed once; trafilatura reads the tree for the metadata and the main
content (:mod:`communique.clean.extract`: its fast mode, and its full mode with its
own readability and jusText comparison only when the fast body is doubtful); when
its body leaves out much of the page's prose,
:mod:`communique.clean.fallback` tries readability-lxml's body instead.
:mod:`communique.clean.blocks` then removes the furniture that was kept. Bad input never raises: the result then has empty text and a reason.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from trafilatura.settings import Document
from trafilatura.utils import load_html
from lxml import etree

from communique.clean import blocks as _blocks
from communique.clean import extract as _extract
from communique.clean import fallback as _fallback
from communique.clean import phrases
from communique.clean.dates import date_in_text, date_in_url, is_dateline
from communique.clean.encoding import looks_binary
from communique.read._decode import decode_bytes
from communique.clean.inline import strip_inline_furniture
from communique.clean.limits import crowded_problem
from communique.clean.result import CleanResult, with_origin

#: Pages above this size have scripts, styles and comments stripped before parsing.
STRIP_ABOVE = 2_000_000
#: After stripping, pages are cut to this many characters (lxml copes with the cut).
MAX_CHARS = 3_000_000
#: Fewer words than this in the kept body, with no real paragraph, means no article.
MIN_WORDS = 25
#: A real paragraph has at least this many words.
PARAGRAPH_WORDS = 12

#: An attribute value of 100,000 characters or more (an inline image as a data: URI, a page's
#: state as JSON): never article text, and past 10 MB libxml2 stops parsing at it, so a page with
#: one such value lost its article; on pages over STRIP_ABOVE such values are emptied.
_LONG_VALUE = re.compile(r"""(=\s*)(?:"[^"]{100000,}"|'[^']{100000,}')""")
#: Elements whose content is never article text; an unclosed script, style or comment runs to
#: the end of the page (as in a browser), an unclosed svg or template loses only its tag.
_HEAVY_OPEN = re.compile(r"<(?:(script|style|noscript|svg|template)\b|!--)", re.I)
_RAW_TEXT = frozenset({"script", "style", "noscript"})
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_WORD = re.compile(r"\w+", re.UNICODE)
_TAGS = re.compile(r"<[^>]+>")


def _prepare(html: str | bytes) -> tuple[str | None, str | None]:
    """Decode and size-cap the page; return (html, reason-if-unusable)."""
    if isinstance(html, (bytes, bytearray)):
        if not html.strip():
            return None, "empty input"
        text, _ = decode_bytes(bytes(html), html=True)  # the readers' one decoder
    else:
        text = html
    if not text or not text.strip():
        return None, "empty input"
    if looks_binary(text):
        return None, "binary content, not an HTML page"
    if len(text) > STRIP_ABOVE:
        text = strip_heavy(_LONG_VALUE.sub(r'\1""', text))
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    return text, None


def _heavy_end(text: str, name: str | None, start: int, unclosed: set[str]) -> int:
    """Where the element or comment opened at ``start`` ends (``len(text)``: it runs to the end)."""
    if name is None:
        end = text.find("-->", start)
        return len(text) if end < 0 else end + 3
    tag_end = text.find(">", start)
    if tag_end < 0:
        return len(text)
    close = None if name in unclosed else re.compile(rf"</{name}\s*>", re.I).search(text, tag_end)
    if close is not None:
        return close.end()
    unclosed.add(name)  # no closer after this point: later openers of the kind need no search
    return len(text) if name in _RAW_TEXT else tag_end + 1


def strip_heavy(text: str) -> str:
    """``text`` without scripts, styles, noscript, svg, templates and comments, in one pass
    (a backtracking regex took quadratic time on thousands of unclosed tags)."""
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    while pos < len(text):
        m = _HEAVY_OPEN.search(text, pos)
        if m is None:
            break
        out.append(text[pos:m.start()])
        out.append(" ")
        name = m.group(1).lower() if m.group(1) else None
        pos = _heavy_end(text, name, m.end(), unclosed)
    out.append(text[pos:])
    return "".join(out)


def _looks_like_home(url: str | None) -> bool:
    if not url:
        return False
    path = urlparse(url).path.strip("/")
    return path in ("", "index.html", "index.php", "index.htm", "home", "news")


def _no_article_reason(text: str, title: str | None, page: str, url: str | None) -> str | None:
    """Why the kept ``text`` is not an article, or ``None`` if it is one."""
    words = len(_WORD.findall(text))
    longest = max((len(_WORD.findall(p)) for p in text.split("\n\n")), default=0)
    longest_line = max((len(_WORD.findall(p)) for p in text.splitlines()), default=0)
    head = " ".join(filter(None, [title or "", text[:300]]))
    if words < 200 and phrases.ERROR_PAGE.search(head):
        return "no article text found (looks like an error page)"
    if _looks_like_home(url) and longest_line < PARAGRAPH_WORDS:
        return "no article text found (looks like a home page)"
    if words < MIN_WORDS or longest < PARAGRAPH_WORDS:
        if _looks_like_home(url):
            return "no article text found (looks like a home page)"
        if not text:
            return "no article text found"
        return "no article text found (too little running text)"
    return None


def _title_of(page: str) -> str | None:
    m = _TITLE_TAG.search(page[:200_000])
    if not m:
        return None
    return " ".join(_TAGS.sub(" ", m.group(1)).split()) or None


def _drop_datelines(kept: list[_blocks.Block], removed: list[str]) -> tuple[list[_blocks.Block], str | None]:
    """Remove a dateline block near the top (returning its date)."""
    found = None
    out = []
    for i, b in enumerate(kept):
        if i < 4 and is_dateline(b.text):
            found = found or date_in_text(b.text)
            removed.append(b.text)
            continue
        out.append(b)
    return out, found


def clean_html(html: str | bytes, *, url: str | None = None, origin: str = "") -> CleanResult:
    """The article's own body and metadata from one HTML page.

    ``html`` may be text or bytes (the encoding is found from a BOM, the page's
    meta charset, UTF-8 or detection). Never raises on bad input: pages with no
    article (home pages, error pages, empty or binary input) give ``text=""``
    and a ``reason``. ``origin`` names the input in reasons.
    """
    page, reason = _prepare(html)
    if page is None:
        return CleanResult(text="", url=url, reason=with_origin(reason or "no page", origin))
    parsed = _parse(page, url)
    if isinstance(parsed, str):
        return CleanResult(text="", url=url, reason=with_origin(parsed, origin))
    meta, runs, doc = parsed
    body = doc.body if doc is not None else None
    title = meta.title or _title_of(page)
    description = meta.description
    blocks = _blocks.body_blocks(body) if body is not None else []
    kept, removed = _blocks.filter_blocks(blocks, title=title, description=description)
    kept, removed = _recall_fallback(page, url, runs, blocks, kept, removed, title, description)
    if not kept and body is None:
        why = _no_article_reason("", title, page, url) or "no article text found"
        return CleanResult(text="", title=title, url=url, reason=with_origin(why, origin))
    return _article(page, url, meta, title, kept, removed, origin)


def _parse(page: str, url: str | None) -> tuple[Document, list[_fallback.Run], Document | None] | str:
    """The page's metadata, prose runs and trafilatura body, or why the page cannot be read (too
    crowded, or it could not be parsed)."""
    try:
        tree = load_html(page)
        crowded = crowded_problem(tree) if tree is not None else None
        if crowded:
            return crowded
        meta = _extract.page_metadata(tree, url) if tree is not None else Document()
        runs = _prose_runs(tree) if tree is not None else []
        doc = _extract.main_content(tree, runs) if tree is not None else None
    except (ValueError, TypeError, AttributeError, etree.LxmlError, RecursionError) as err:
        return f"page could not be parsed ({err})"
    return meta, runs, doc


def _article(page: str, url: str | None, meta: Document, title: str | None, kept: list[_blocks.Block],
             removed: list[str], origin: str) -> CleanResult:
    """The result from the kept blocks: a dateline dropped, inline furniture stripped, the date from
    the metadata, the dateline or the URL; the text refused when it reads as no article."""
    kept, text_date = _drop_datelines(kept, removed)
    text, cards = strip_inline_furniture(_blocks.blocks_text(kept))
    removed.extend(cards)
    published = meta.date or text_date or date_in_url(url or meta.url)
    canonical = meta.url or url
    refused = _no_article_reason(text, title, page, url or canonical)
    if refused:
        removed.extend(b.text for b in kept)
        text = ""
    return CleanResult(
        text=text,
        title=title,
        published=published[:10] if published else None,
        author=meta.author,
        sitename=meta.sitename,
        url=canonical,
        removed=tuple(removed),
        reason=with_origin(refused, origin) if refused else None,
    )


def _prose_runs(tree: etree._Element) -> list[_fallback.Run]:
    """The page's prose runs (none when the page is too deep to walk)."""
    try:
        return _fallback.prose_runs(tree)
    except (ValueError, TypeError, RecursionError):
        return []


def _recall_fallback(
    page: str, url: str | None, runs: list[_fallback.Run], blocks: list[_blocks.Block], kept: list[_blocks.Block],
    removed: list[str], title: str | None, description: str | None,
) -> tuple[list[_blocks.Block], list[str]]:
    """Swap in readability's body when trafilatura left out much of the page's prose.

    Cheap unless the page is suspicious (see :mod:`communique.clean.fallback`);
    home pages are left alone (their prose is teasers, not one article).
    """
    if not runs or _looks_like_home(url):
        return kept, removed
    if not _fallback.suspicious(runs, _blocks.blocks_text(blocks)):
        return kept, removed
    candidate = _fallback.readability_blocks(page)
    if not candidate:
        return kept, removed
    cand_kept, cand_removed = _blocks.filter_blocks(candidate, title=title, description=description)
    if _fallback.better(kept, cand_kept):
        return cand_kept, cand_removed
    return kept, removed
