"""Plain text scraped from a web page -> the article's own text, its title and dateline.

Scraped text keeps the page's furniture as lines: widget settings, share
counters, comment forms, captions and photo credits, "Source link", related and
latest-news lists, the title repeated. Each non-empty line is classified with
the phrase classes of :mod:`communique.clean.phrases` and a few structural
rules (repetitions, caption + credit pairs, headline runs after end markers).
Kept lines are returned as written (odd spaces made plain, hard wraps joined), paragraphs
separated by blank lines.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from communique.clean import phrases
from communique.clean.dates import date_in_text, is_dateline
from communique.clean.inline import strip_inline_furniture
from communique.clean.result import CleanResult, with_origin
from communique.clean.unwrap import unwrap

_WORD = re.compile(r"\w+", re.UNICODE)
_TERMINAL = re.compile(r"[.!?\"'”’)…]$")
#: A headline has at most this many words.
HEADLINE_WORDS = 25
#: Lines after an end marker are furniture when their median length is below this.
TAIL_MEDIAN_WORDS = 22


@dataclass
class _Line:
    text: str
    keep: bool = True
    why: str = ""

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


_CLOSERS = ")]}\"'\u201d\u2019\u00bb"


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _headline_like(text: str) -> bool:
    s = text.strip().rstrip(_CLOSERS)  # "{Biden met Suga.}" and '"We will talk."' end a sentence
    return 0 < len(_WORD.findall(s)) <= HEADLINE_WORDS and not s.endswith((".", ":", ";", ","))


def _shingles(text: str, n: int = 3) -> set[tuple[str, ...]]:
    toks = _WORD.findall(text.lower())
    return {tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))}


def _near_repeat(short: str, long: str) -> bool:
    """True when ``short`` is (nearly) contained in ``long``."""
    a, b = _shingles(short), _shingles(long)
    return bool(a) and len(a & b) / len(a) >= 0.8


def _split(text: str) -> tuple[list[_Line], list[bool]]:
    """Non-empty lines, and for each whether a blank line precedes it."""
    lines: list[_Line] = []
    gap: list[bool] = []
    blank = True
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        s = raw.strip()
        if not s:
            blank = True
            continue
        lines.append(_Line(s))
        gap.append(blank)
        blank = False
    return lines, gap


def _drop(line: _Line, why: str) -> None:
    if line.keep:
        line.keep = False
        line.why = why


def _mark_title(lines: list[_Line]) -> str | None:
    if not lines or not _headline_like(lines[0].text) or lines[0].words < 3:
        return None
    title = lines[0].text
    key = _key(title)
    if all(_key(ln.text) == key for ln in lines):  # the whole input: it is the text, not a title
        return None
    for ln in lines:
        if _key(ln.text) == key:
            _drop(ln, "title")
    return title


def _mark_furniture(lines: list[_Line]) -> None:
    for ln in lines:
        if ln.words <= 40 and phrases.furniture_class(ln.text):
            _drop(ln, phrases.furniture_class(ln.text) or "furniture")
        elif ln.words <= 12 and phrases.BYLINE.match(ln.text):
            _drop(ln, "byline")


def _mark_captions(lines: list[_Line], gap: list[bool]) -> None:
    n = len(lines)
    for i, ln in enumerate(lines):
        s = ln.text
        if ln.words <= 12 and phrases.PHOTO_CREDIT.search(s) and (phrases.PHOTO_CREDIT.match(s) or ln.words <= 8):
            # a credit line: it and the caption just above it go
            _drop(ln, "credit")
            if i > 0 and lines[i - 1].words <= 70:
                _drop(lines[i - 1], "caption")
            continue
        if phrases.CAPTION_OPENER.match(s) or phrases.CAPTION_TAG.search(s) or (
            ln.words <= 70 and phrases.PHOTO_CREDIT.search(s)
        ):
            _drop(ln, "caption")
            # alt text and caption printed together, on adjacent lines
            for j in (i - 1, i + 1):
                if 0 <= j < n and not (gap[max(i, j)]) and lines[j].words <= 70:
                    _drop(lines[j], "caption")
    _mark_near_repeats(lines)


#: near-repeat candidates checked per line at most (only a page of thousands of lines sharing
#: their rarest word triples reaches it)
MAX_CANDIDATES = 200


def _candidates(keys: list[set[tuple[str, ...]]]) -> list[list[int]]:
    """For each line, the lines that may hold 80% of its word triples, in order (prefix
    filtering: such a line shares one of its ``n - ceil(0.8 n) + 1`` rarest triples), so that a
    page of thousands of distinct lines is not compared pair by pair."""
    postings: dict[tuple[str, ...], list[int]] = {}
    for i, key in enumerate(keys):
        for sh in key:
            postings.setdefault(sh, []).append(i)
    out = []
    for i, key in enumerate(keys):
        rare = sorted(key, key=lambda sh: len(postings[sh]))
        prefix = rare[: len(rare) - math.ceil(0.8 * len(rare)) + 1]
        # the first MAX_CANDIDATES of the union lie among the first MAX_CANDIDATES + 1 of each list
        found = sorted({j for sh in prefix for j in postings[sh][: MAX_CANDIDATES + 1] if j != i})
        out.append(found[:MAX_CANDIDATES])
    return out


def _mark_near_repeats(lines: list[_Line]) -> None:
    """A line that repeats (or nearly repeats) another: the shorter, or the caption-marked copy, goes."""
    keys = [_shingles(ln.text) for ln in lines]
    for i, cands in enumerate(_candidates(keys)):
        ln = lines[i]
        if not ln.keep or ln.words < 5 or not keys[i]:
            continue
        for j in cands:
            other = lines[j]
            if not other.keep or other.words < ln.words or (other.words == ln.words and j > i):
                continue
            if len(keys[i] & keys[j]) / len(keys[i]) >= 0.8:
                if other.words > ln.words or not _TERMINAL.search(ln.text) or j < i:
                    _drop(ln, "repeat")
                    break


def _mark_related(lines: list[_Line]) -> None:
    """A related/latest header and the run of headline lines after it."""
    for i, ln in enumerate(lines):
        if not (ln.words <= 8 and phrases.RELATED_HEADER.match(ln.text)):
            continue
        _drop(ln, "related")
        j = i + 1
        while j < len(lines) and (_headline_like(lines[j].text) or not lines[j].keep):
            _drop(lines[j], "related")
            j += 1


def _mark_tail(lines: list[_Line]) -> None:
    """After an end marker ("Source link", "By Press Association"), a run of short lines is furniture."""
    for i, ln in enumerate(lines):
        if not (ln.words <= 25 and phrases.END_MARKER.match(ln.text)):
            continue
        _drop(ln, "end marker")
        rest = [x for x in lines[i + 1:]]
        if not rest:
            return
        sizes = sorted(x.words for x in rest)
        median = sizes[len(sizes) // 2]
        soon_furniture = any(not x.keep for x in rest[:3])
        headlines = sum(1 for x in rest if _headline_like(x.text))
        if median < TAIL_MEDIAN_WORDS or soon_furniture or headlines * 2 >= len(rest):
            for x in rest:
                _drop(x, "after end")
            return


def _mark_dateline(lines: list[_Line]) -> str | None:
    found = None
    for ln in lines[:6]:
        if ln.keep and is_dateline(ln.text):
            found = found or date_in_text(ln.text)
            _drop(ln, "dateline")
    return found


def _mark_repeats(lines: list[_Line]) -> None:
    seen: set[str] = set()
    for ln in lines:
        k = _key(ln.text)
        if ln.words >= 4 and k in seen:
            _drop(ln, "repeat")
        seen.add(k)


def _not_text(value: object) -> str:
    """The reason for a ``clean_text`` input that is not a str."""
    if value is None:
        return "empty input"
    if isinstance(value, (bytes, bytearray)):
        return "bytes, not text: decode them first, or clean them with clean_html, which finds the encoding"
    return f"not text but {type(value).__name__}: give the text as a str"


def clean_text(text: str, *, origin: str = "") -> CleanResult:
    """Remove page furniture from plain text scraped from a page (hard-wrapped text is
    unwrapped first: :mod:`communique.clean.unwrap`).

    The first line becomes ``title`` when it looks like a headline (short, no
    final period); it and its repetitions leave the text. A dateline near the
    top gives ``published``. Never raises; empty input gives ``text=""`` and a
    reason, as does a value that is not text (bytes have no encoding here: decode them, or give
    them to :func:`clean_html`, which finds one; called "empty input", a file read in binary mode
    looked like an empty one).
    """
    if not isinstance(text, str):
        return CleanResult(text="", reason=with_origin(_not_text(text), origin))
    if not text.strip():
        return CleanResult(text="", reason=with_origin("empty input", origin))
    unwrapped, cards = strip_inline_furniture(unwrap(text))
    lines, gap = _split(unwrapped)
    title = _mark_title(lines)
    published = _mark_dateline(lines)
    _mark_furniture(lines)
    _mark_captions(lines, gap)
    _mark_related(lines)
    _mark_tail(lines)
    _mark_repeats(lines)
    kept = [ln.text for ln in lines if ln.keep]
    removed = tuple(ln.text for ln in lines if not ln.keep and ln.why != "title") + tuple(cards)
    body = "\n\n".join(kept)
    reason = None
    if not body:
        reason = with_origin("no article text found (only page furniture)", origin)
    return CleanResult(text=body, title=title, published=published, removed=removed, reason=reason)
