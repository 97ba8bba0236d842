"""Dates typed by people and feeds -> ISO prefixes, or a clear refusal.

``parse_date`` reads the formats news feeds and analysts use and returns an ISO date at the
precision given (``2014``, ``2014-05``, ``2014-05-21``):

- ISO 8601 and its common variants: ``2014-05-21``, ``2014-05-21T09:34:00Z``, ``2014/05/21``,
  ``2014.05.21``, ``20140521``, ``2014-05``, ``2014``;
- month names in English, either order, with or without a weekday and a time:
  ``May 21, 2014``, ``21 May 2014``, ``Wed, 21 May 2014 10:00:00 GMT`` (RSS), ``May 2014``;
- numeric day and month with a four-digit year (``05/21/2014``, ``21.05.2014``) when only one
  reading is a real date: ``05/21/2014`` is May 21 (there is no month 21), ``21/05/2014`` too;
  ``05/06/2014`` could be May 6 or June 5 and is refused (write it as ISO), unless day and
  month are equal.

Anything else raises :class:`DateInputError` saying why: never a silent ``None``.
"""

from __future__ import annotations

import datetime as dt
import re

from .errors import InputError

__all__ = ["DateInputError", "parse_date"]

_MONTHS = {m: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for m in names}
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
_TIME = (r"(?:[T ,]+(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
         r"(?:Z|[A-Z]{2,5}|[+-](?P<zh>\d{2}):?(?P<zm>\d{2}))?)?")
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"

_ISO = re.compile(r"(?P<y>\d{4})(?:(?P<sep>[-/.])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?)?" + _TIME + r"$")
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
_MDY_NAME = re.compile(_WEEKDAY + _MONTH + r"\s+(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?P<y>\d{4})" + _TIME + "$",
                       re.IGNORECASE)
_DMY_NAME = re.compile(_WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4})"
                       + _TIME + "$", re.IGNORECASE)
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{2,4})" + _TIME + "$")

HINT = "write it as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2014-05-21"


class DateInputError(InputError):
    """A date given by the user or a feed that cannot be read unambiguously."""

    code = "E107"


def _iso(value: str, y: int, m: int | None = None, d: int | None = None) -> str:
    try:
        if d is not None and m is not None:
            return dt.date(y, m, d).isoformat()
        if m is not None:
            dt.date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        return f"{y:04d}"
    except ValueError:
        raise DateInputError(f"{value!r} is not a calendar date", input=None, hint=HINT) from None


def _month(value: str, name: str) -> int:
    mon = _MONTHS.get(name.lower())
    if mon is None:
        raise DateInputError(f"{value!r}: {name!r} is not a month name", hint=HINT)
    return mon


def _check_time(value: str, m: re.Match[str]) -> None:
    """Refuse a time of day that is none (``T25:00``, ``10:61``, ``+25:00``): it was read loosely
    and dropped, so a typo went unnoticed. ISO's ``24:00`` (the end of the day) and a leap second
    (``:60``) are times."""
    parts = m.groupdict()
    if parts.get("hh") is None:
        return
    h, mi, sec = int(parts["hh"]), int(parts["mi"]), int(parts["ss"] or 0)
    hour_ok = h < 24 or (h == 24 and mi == 0 and sec == 0)
    zone_ok = parts["zh"] is None or (int(parts["zh"]) <= 23 and int(parts["zm"]) <= 59)
    if not (hour_ok and mi <= 59 and sec <= 60 and zone_ok):
        raise DateInputError(f"{value!r} has a time of day that is not one (hours 00-23, minutes 00-59, "
                             "a UTC offset up to 23:59)", hint=HINT + ", or with a valid time: 2014-05-21T09:34Z")


def _numeric(value: str, a: int, b: int, year: str) -> str:
    if len(year) != 4:
        raise DateInputError(f"{value!r} has a two-digit year", hint=HINT)
    y = int(year)
    readings = {(m, d) for m, d in ((a, b), (b, a)) if 1 <= m <= 12 and 1 <= d <= 31}
    valid = set()
    for m, d in readings:
        try:
            valid.add(dt.date(y, m, d).isoformat())
        except ValueError:
            continue
    if not valid:
        raise DateInputError(f"{value!r} is not a calendar date", hint=HINT)
    if len(valid) > 1:
        raise DateInputError(f"{value!r} is ambiguous (month/day or day/month)", hint=HINT)
    return valid.pop()


def parse_date(value: str | dt.date | None) -> str | None:
    """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) from ``value``; ``None`` for empty.

    Raises :class:`DateInputError` (with the value in the message) when ``value`` is not a
    date or is ambiguous.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = " ".join(str(value).split())
    if not text:
        return None
    if m := _ISO.match(text) or _MDY_NAME.match(text) or _DMY_NAME.match(text) or _NUMERIC.match(text):
        _check_time(text, m)
    if m := _ISO.match(text):
        return _iso(text, int(m["y"]), int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None)
    if m := _COMPACT.match(text):
        return _iso(text, int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _MDY_NAME.match(text) or _DMY_NAME.match(text):
        day = m.groupdict().get("d")
        return _iso(text, int(m["y"]), _month(text, m["mon"]), int(day) if day else None)
    if m := _NUMERIC.match(text):
        return _numeric(text, int(m["a"]), int(m["b"]), m["y"])
    raise DateInputError(f"{text!r} is not a date communique can read", hint=HINT)
