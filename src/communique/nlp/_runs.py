"""Long whitespace-free runs broken up for spaCy's tokenizer, the text's length kept.

spaCy's tokenizer strips prefixes and suffixes off a whitespace-free chunk one character at a
time, each strip a regular expression over the rest of the chunk: time that grows with the
square of the chunk's length, in one call into C that no time budget interrupts (10,000
quotation marks took 19 s; 30,000, three minutes of a batch and then the article). No word of
news comes near ``MAX_RUN`` characters; a run longer than that gets a space in place of every
``MAX_RUN + 1``-th character, so the offsets into the article still hold.
"""

from __future__ import annotations

import re

__all__ = ["MAX_RUN", "broken_runs"]

MAX_RUN = 200
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


def broken_runs(text: str) -> str:
    """``text`` with no whitespace-free run over ``MAX_RUN`` characters, and its length."""
    return _LONG_RUN.sub(_broken, text) if _LONG_RUN.search(text) else text


def _broken(match: re.Match[str]) -> str:
    run = match.group()
    return "".join(" " if i % (MAX_RUN + 1) == MAX_RUN else c for i, c in enumerate(run))
