"""Text wrapped to the reader's terminal, for the commands that print long fields whole."""

from __future__ import annotations

import shutil
import textwrap

#: The narrowest width text is wrapped to, however small the terminal says it is.
MIN_WIDTH = 40


def fill(text: str, first: str = "  ", rest: str = "    ") -> str:
    """``text`` wrapped to the terminal's width (one column spare), the first line indented by
    ``first`` and the others by ``rest``; words and hyphenated names are never split."""
    width = max(MIN_WIDTH, shutil.get_terminal_size().columns - 1)
    return textwrap.fill(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)
