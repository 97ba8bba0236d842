"""Hard-wrapped text (press releases, wire copy, e-mail: lines broken at ~72 characters) back
into paragraphs, before anything else reads it.

A text counts as hard-wrapped when most of its lines that are followed by another line of the
same paragraph fill the wrap width (the 90th percentile of line lengths, at most
``MAX_WRAP`` characters). Then a line that fills the width joins the next one with a space; a
short line (a title, a dateline, a list item, a paragraph's last line) keeps its break.
Non-breaking and other odd spaces become plain spaces everywhere, since they split words for
the tokenizer.
"""

from __future__ import annotations

import re

MAX_WRAP = 100
MIN_LINES = 4
#: share of the width that a wrapped line fills
FULL = 0.7
_ODD_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]")


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None when it is not hard-wrapped."""
    sizes = sorted(len(s) for s in lines if s.strip())
    if len(sizes) < MIN_LINES:
        return None
    width = sizes[int(0.9 * (len(sizes) - 1))]
    if not 30 <= width <= MAX_WRAP or sum(n > MAX_WRAP for n in sizes) > 0.05 * len(sizes):
        return None  # long lines: the text is not wrapped at all
    inner = [len(a) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    if len(inner) < MIN_LINES - 1:
        return None
    full = sum(1 for n in inner if n >= FULL * width)
    return width if full >= 0.6 * len(inner) else None


def unwrap(text: str) -> str:
    """``text`` with hard line wraps joined and odd spaces made plain; other text unchanged."""
    text = _ODD_SPACES.sub(" ", text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    out: list[list[str]] = []  # paragraphs as parts: joining strings one by one was quadratic
    joining = False
    for line in lines:
        s = line.strip()
        if joining and s:
            last = out[-1]
            last.append("" if last[-1].endswith("-") and s[:1].islower() else " ")
            last.append(s)
        else:
            out.append([s])
        joining = bool(s) and len(line.rstrip()) >= FULL * width
    return "\n".join("".join(parts) for parts in out)


__all__ = ["unwrap"]
