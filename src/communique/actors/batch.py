"""The lines of a ``communique actors resolve --batch`` file: one ``{"text": ..., "date": ...}``
object per line. A line that cannot be used (no UTF-8, no JSON, JSON nested past the parser's
depth, no "text" string, a bad date) is an error naming ``file:line``, and the next line is read:
one bad line stopped the batch, with a UnicodeDecodeError or RecursionError traceback for some."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from communique._safe import printable
from communique.errors import KnowledgeBaseError, MalformedRecordError

__all__ = ["Mention", "read_mentions"]

_FORMAT = 'write one {"text": ..., "date": ...} object per line'


@dataclass(frozen=True)
class Mention:
    """One line's mention: its text and date (the line's own, else the default)."""

    line: int
    text: str
    date: str | None


def read_mentions(lines: Iterable[bytes], name: str, default_date: str | None = None
                  ) -> Iterator[Mention | MalformedRecordError]:
    """A Mention or an error for each non-blank line of ``lines`` (bytes, as a binary file gives them)."""
    for n, raw in enumerate(lines, 1):
        if raw.strip():
            yield _mention(raw, f"{name}:{n}", n, default_date)


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
    date = obj.get("date") or default_date
    try:
        return Mention(n, obj["text"], normalize_date(date))
    except KnowledgeBaseError:
        return MalformedRecordError(f"bad date {printable(repr(date), 60)}", input=where,
                                    hint="give the date as YYYY-MM-DD (or YYYY-MM, YYYY)")
