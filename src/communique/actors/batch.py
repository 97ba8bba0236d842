"""The lines of a ``communique actors resolve --batch`` file: one ``{"text": ..., "date": ...}``
object per line. A line that cannot be used (no UTF-8, no JSON, JSON nested past the parser's
depth, no "text" string, a bad date) is an error naming ``file:line``, and the next line is read:
one bad line stopped the batch, with a UnicodeDecodeError or RecursionError traceback for some.
A line is read to at most ``MAX_LINE`` bytes (a file of no newline was held whole in memory)."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from communique._safe import printable
from communique.errors import KnowledgeBaseError, MalformedRecordError

__all__ = ["Mention", "read_mentions", "bounded_lines", "MAX_LINE"]

_FORMAT = 'write one {"text": ..., "date": ...} object per line'
#: the longest line read (a mention and its date fill a few hundred bytes)
MAX_LINE = 1 << 20


@dataclass(frozen=True)
class Mention:
    """One line's mention: its text and date (the line's own, else the default)."""

    line: int
    text: str
    date: str | None


def read_mentions(lines: Iterable[bytes | None], name: str, default_date: str | None = None
                  ) -> Iterator[Mention | MalformedRecordError]:
    """A Mention or an error for each non-blank line of ``lines`` (bytes, as a binary file gives
    them; None for a line over ``MAX_LINE`` bytes, as ``bounded_lines`` gives it)."""
    for n, raw in enumerate(lines, 1):
        if n == 1 and raw is not None:  # the byte order mark Windows Notepad writes: the first line was
            raw = raw.removeprefix(codecs.BOM_UTF8)  # 'not a JSON object (Unexpected UTF-8 BOM)'
        if raw is None:
            yield MalformedRecordError(f"the line is over {MAX_LINE:,} bytes", input=f"{name}:{n}", hint=_FORMAT)
        elif raw.strip():
            yield _mention(raw, f"{name}:{n}", n, default_date)


def bounded_lines(fh: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of ``fh``; None for one over ``MAX_LINE`` bytes, whose rest is read past unkept."""
    from communique.read._readers import skip_rest

    while line := fh.readline(MAX_LINE + 1):
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            skip_rest(fh)
            yield None
        else:
            yield line


def _mention(raw: bytes, where: str, n: int, default_date: str | None) -> Mention | MalformedRecordError:
    from communique.actors.kb import normalize_date

    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return MalformedRecordError("not UTF-8 text", input=where, hint=_FORMAT)
    except json.JSONDecodeError as exc:
        return MalformedRecordError(f"not a JSON object ({exc.msg})", input=where, hint=_FORMAT)
    except RecursionError:
        return MalformedRecordError("the JSON is nested too deeply to read", input=where, hint=_FORMAT)
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return MalformedRecordError('expected an object with a "text" string', input=where, hint=_FORMAT)
    if not obj["text"].strip():  # (gave null, as a mention nothing matches, and no error)
        return MalformedRecordError('"text" is empty: there is no mention to resolve', input=where, hint=_FORMAT)
    date = obj.get("date") or default_date
    try:
        return Mention(n, obj["text"], normalize_date(date))
    except KnowledgeBaseError:
        return MalformedRecordError(f"bad date {printable(repr(date), 60)}", input=where,
                                    hint="give the date as YYYY-MM-DD, YYYY-MM or YYYY")
