"""Resolve one date expression to an ISO string at the precision the text supports.

``resolve_date("on Friday", "2021-04-16", "future") -> "2021-04-16"``

The resolver is a chain of full-match regexes over a normalised expression
(fast: no dateparser on the common paths). Tense picks the direction for
expressions that name a recurring point (a weekday, a month, "April 10"):

``past``     the most recent such point on or before the anchor;
``future``   the next such point on or after the anchor;
``present`` / ``None``   the nearest one (ties go to the anchor's own year).

A weekday equal to the anchor's weekday is the anchor itself in every tense
(news is published the day of), unless "last"/"next" says otherwise.

Ranges ("March 14-15") resolve to the finest unit that contains the whole
range: the day if it is one day, else the month if the range lies in one month,
else the year if it lies in one year, else ``None``. Weeks and weekends are
points of a story: a week that straddles two months resolves to the month that
holds most of its days (``week_value``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .._safe import EVENT_MAX_YEAR, EVENT_MIN_YEAR, need_text
from ..errors import InputError
from . import _lexicon as lx

Date = dt.date


class DateAnchorError(InputError, ValueError):
    """The anchor (publication date) given to the date resolver is not a date."""


@dataclass(frozen=True)
class Anchor:
    """A parsed anchor: a date and the precision the caller knew it at."""

    date: Date
    precision: str  # "day" | "month" | "year"


@dataclass(frozen=True)
class Resolved:
    """A resolved expression: ISO value and its precision; for a week, also the first day it names
    (its month alone cannot tell "later this week" from "earlier this week": ``first``)."""

    value: str
    precision: str
    first: Date | None = None


_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def parse_anchor(anchor: Date | dt.datetime | str | None) -> Anchor | None:
    """Parse an anchor given as a date, a datetime or an ISO string (day, month or year).

    Returns ``None`` for ``None`` or an empty string; raises ``DateAnchorError``
    for anything else that is not an ISO date.
    """
    if anchor is None:
        return None
    if isinstance(anchor, dt.datetime):
        return Anchor(anchor.date(), "day")
    if isinstance(anchor, Date):
        return Anchor(anchor, "day")
    text = str(anchor).strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[tT ].*)?", text)
    if m:
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        try:
            if day is not None:
                return Anchor(Date(year, int(month), int(day)), "day")
            if month is not None:
                return Anchor(Date(year, int(month), 15), "month")
            return Anchor(Date(year, 7, 1), "year")
        except ValueError:
            pass
    raise DateAnchorError(
        f"not an ISO date: {text!r}", input="anchor", hint="pass a datetime.date or 'YYYY-MM-DD'"
    )


def fmt(value: Date, precision: str) -> Resolved:
    """Format ``value`` at ``precision``."""
    if precision == "day":
        return Resolved(value.isoformat(), "day")
    if precision == "month":
        return Resolved(f"{value.year:04d}-{value.month:02d}", "month")
    return Resolved(f"{value.year:04d}", "year")


def span_value(start: Date, end: Date) -> Resolved | None:
    """The finest ISO value that contains the whole range ``start..end``."""
    if start > end:
        start, end = end, start
    if start == end:
        return fmt(start, "day")
    if (start.year, start.month) == (end.year, end.month):
        return fmt(start, "month")
    if start.year == end.year:
        return fmt(start, "year")
    return None


def week_value(start: Date, end: Date) -> Resolved | None:
    """A week (or weekend) ``start..end`` at month precision: its month, or, when it straddles
    two, the month that holds most of its days (the later one on a tie). A week is a point in a
    story ("last week", "in two weeks"): the year alone would be wrong for every event in it."""
    if start > end:
        start, end = end, start
    if start == end:
        return fmt(start, "day")
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    counts: dict[tuple[int, int], int] = {}
    for d in days:
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
    year, month = max(counts, key=lambda ym: (counts[ym], ym))
    return Resolved(f"{year:04d}-{month:02d}", "month", first=start)


def _safe_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _add_months(value: Date, months: int) -> Date:
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    day = min(value.day, calendar.monthrange(year, month + 1)[1])
    return Date(year, month + 1, day)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else lx.NUMBER_WORDS[word]


def _month_of(word: str) -> int:
    return lx.MONTHS[word.rstrip(".")]


def _pick(candidates: list[Date], anchor: Date, tense: str | None) -> Date | None:
    """Choose among dated candidates by tense: last on/before, first on/after, or nearest."""
    if tense == "past":
        before = [c for c in candidates if c <= anchor]
        return max(before) if before else None
    if tense == "future":
        after = [c for c in candidates if c >= anchor]
        return min(after) if after else None
    # nearest; on a tie prefer the anchor's own year, then the later one
    return min(candidates, key=lambda c: (abs((c - anchor).days), c.year != anchor.year, -c.toordinal()))


def _weekday(anchor: Date, wd: int, rel: str | None, tense: str | None) -> Date:
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if rel in ("last", "past", "previous", "this past"):
        return anchor - dt.timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming", "following"):
        return anchor + dt.timedelta(days=fwd or 7)
    if back == 0:
        return anchor
    if tense == "past":
        return anchor - dt.timedelta(days=back)
    if tense == "future":
        return anchor + dt.timedelta(days=fwd)
    return anchor - dt.timedelta(days=back) if back <= 3 else anchor + dt.timedelta(days=fwd)


def _clip(start: Date, end: Date, anchor: Date, tense: str | None) -> tuple[Date, Date]:
    """Clip a range to the side of the anchor that the tense allows."""
    if tense == "past" and end > anchor:
        end = max(start, anchor) if start <= anchor else start
    if tense == "future" and start < anchor:
        start = min(end, anchor) if end >= anchor else end
    return start, end


def _week(anchor: Date, rel: str, edge: str | None, tense: str | None) -> Resolved | None:
    """Weeks are Monday-Sunday; "earlier/later this week" cut the week at the anchor."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if rel in ("last", "previous", "this past", "the previous", "the past"):
        monday -= dt.timedelta(days=7)
    elif rel in ("next", "following", "coming", "this coming", "the following", "the coming"):
        monday += dt.timedelta(days=7)
    start, end = monday, monday + dt.timedelta(days=6)
    if monday <= anchor <= end:
        if edge in ("earlier", "early") and anchor > monday:
            end = anchor - dt.timedelta(days=1)
        elif edge in ("later", "late") and anchor < end:
            start = anchor + dt.timedelta(days=1)
        start, end = _clip(start, end, anchor, tense)
    return week_value(start, end)


def _weekend(anchor: Date, rel: str, tense: str | None) -> Resolved | None:
    """A Saturday-Sunday weekend: the last one (past), the next one (future), or the nearest."""
    sat_back = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    if anchor.weekday() == 6:
        sat_back = anchor - dt.timedelta(days=1)
    sat_next = sat_back if anchor.weekday() >= 5 else sat_back + dt.timedelta(days=7)
    if rel in ("last", "previous", "this past", "the previous", "the past"):
        sat = sat_back if anchor.weekday() < 5 else sat_back - dt.timedelta(days=7)
    elif rel in ("next", "following", "coming", "this coming", "the following", "the coming"):
        sat = sat_next if anchor.weekday() < 5 else sat_next + dt.timedelta(days=7)
    elif tense == "past":
        sat = sat_back
    elif tense == "future":
        sat = sat_next
    else:
        sat = sat_back if (anchor - sat_back).days <= (sat_next - anchor).days else sat_next
    start, end = _clip(sat, sat + dt.timedelta(days=1), anchor, tense)
    return week_value(start, end)


def _relative_unit(anchor: Anchor, rel: str, unit: str, edge: str | None, tense: str | None,
                   ref: Resolved | None = None) -> Resolved | None:
    base = anchor.date
    if rel in ("the past", "the last", "the next"):
        return None  # "the past week", "the next month": spans, not points
    if rel == "the" and edge is None and unit != "weekend":
        return None  # "the week", "the year" on their own
    if rel in ("the same", "that", "the previous", "the following", "previous", "following") and ref is not None:
        base = ref_date(ref)  # narrative-relative: "in 2018 ... the following year", "later that year"
        anchor = Anchor(base, ref.precision)
        rel = "the same" if rel == "that" else rel
    elif rel in ("the same", "that"):
        return None
    step = 0
    if rel in ("last", "previous", "this past", "the previous"):
        step = -1
    elif rel in ("next", "following", "coming", "this coming", "the following", "the coming"):
        step = 1
    if unit == "year":
        return Resolved(f"{base.year + step:04d}", "year")
    if unit == "month":
        if anchor.precision == "year":
            return None
        return fmt(_add_months(base.replace(day=1), step), "month")
    if anchor.precision != "day":
        return None
    if unit == "week":
        return _week(base, rel, edge, tense)
    return _weekend(base, rel, tense)


def _day_word(word: str, anchor: Anchor, ref: Resolved | None) -> Resolved | None:
    one = dt.timedelta(days=1)
    if word in ("the same day", "the next day", "the following day", "the previous day",
                "the day before", "the day after", "that day") or word.startswith("that "):
        if ref is None or ref.precision != "day":
            return None
        base = Date.fromisoformat(ref.value)
        shift = {"the next day": 1, "the following day": 1, "the day after": 1,
                 "the previous day": -1, "the day before": -1}.get(word, 0)
        return fmt(base + shift * one, "day")
    if anchor.precision != "day":
        return None
    offsets = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2}
    return fmt(anchor.date + offsets.get(word, 0) * one, "day")


def _shift(base: Date, n: int, unit: str) -> tuple[Date, str]:
    if unit == "day":
        return base + dt.timedelta(days=n), "day"
    if unit == "week":
        return base + dt.timedelta(days=7 * n), "week"
    if unit == "month":
        return _add_months(base, n), "month"
    return _add_months(base, 12 * n), "year"


def _offset(base: Date, base_precision: str, n: int, unit: str) -> Resolved | None:
    """``base`` moved by ``n`` units, at the coarser of the unit's and the base's precision."""
    target, unit_precision = _shift(base, n, unit)
    if unit_precision == "week":
        monday = target - dt.timedelta(days=target.weekday())
        found = week_value(monday, monday + dt.timedelta(days=6))
        if found is None or base_precision == "day":
            return found
        unit_precision = found.precision
    precision = min(unit_precision, base_precision, key=_PRECISION_RANK.__getitem__)
    return fmt(target, precision)


def _month_day(anchor: Anchor, m: re.Match[str], tense: str | None) -> Resolved | None:
    month = _month_of(m.group("m"))
    day = int(m.group("d"))
    day2 = int(m.group("d2")) if m.group("d2") else None
    if m.group("y"):
        year = int(m.group("y"))
    else:
        if anchor.precision == "year":
            return None
        spread = 1 if (month, day) != (2, 29) else 4  # Feb 29: the nearest leap years
        years = range(anchor.date.year - spread, anchor.date.year + spread + 1)
        candidates = [c for y in years if (c := _safe_date(y, month, day)) is not None]
        if m.group("wd"):
            wd = lx.WEEKDAYS[m.group("wd").rstrip(".")]
            matching = [c for c in candidates if c.weekday() == wd]
            candidates = matching or candidates
        chosen = _pick(candidates, anchor.date, tense) if candidates else None
        if chosen is None:
            return None
        year = chosen.year
    start = _safe_date(year, month, day)
    if start is None:
        return None
    if day2 is not None:
        end = _safe_date(year, month, day2)
        return span_value(start, end) if end is not None and end > start else None
    return fmt(start, "day")


def _month_only(anchor: Anchor, month: int, tense: str | None) -> Resolved | None:
    if anchor.precision == "year":
        return None
    base = anchor.date.replace(day=1)
    candidates = [Date(y, month, 1) for y in (base.year - 1, base.year, base.year + 1)]
    if tense in ("past", "future"):
        chosen = _pick(candidates, base, tense)
    else:  # nearest in months; a tie (six months either way) goes to the anchor's year
        index = base.year * 12 + base.month
        chosen = min(candidates, key=lambda c: (abs(c.year * 12 + c.month - index), c.year != base.year))
    return fmt(chosen, "month") if chosen else None


def _month_rel_year(anchor: Anchor, m: re.Match[str]) -> Resolved | None:
    """ "July last year", "March 6 of this year": the month (or day) in the year the words name."""
    year = anchor.date.year + {"last": -1, "next": 1}.get(m.group("rel"), 0)
    month = _month_of(m.group("m"))
    if m.group("d"):
        day = _safe_date(year, month, int(m.group("d")))
        return fmt(day, "day") if day else None
    return Resolved(f"{year:04d}-{month:02d}", "month")


def _rel_month(anchor: Anchor, month: int, rel: str) -> Resolved | None:
    """ "last September": the latest September before the anchor's month; "next March": the
    first March after it. Neither is the anchor's own month ("this month") nor the one next to it
    ("last month", "next month"): "last June" written in July is the June of a year before. "This
    past June" and "this coming August" are the nearest: in July, the June and August of its year."""
    if anchor.precision == "year":
        return None
    at = anchor.date.year * 12 + anchor.date.month - 1
    gap = 2 if rel in ("last", "next") else 1
    if rel in ("last", "this past", "past"):
        index = at - gap - (at - gap - (month - 1)) % 12
    else:
        index = at + gap + (month - 1 - at - gap) % 12
    return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")


def normalise(expr: str) -> str:
    """Lower case, ASCII quotes and dashes, single spaces, no edge punctuation."""
    text = expr.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"\s*\([^)]*\)", "", text)  # "Thursday (local time)"
    text = re.sub(r"\s+", " ", text.replace("\xa0", " "))
    text = text.strip(" ,;:()[]\"'!?").removesuffix(".").strip()
    return text.removesuffix("'s").removesuffix("s'") if text.endswith(("day's", "days'")) else text


def _strip_edges(text: str) -> tuple[str, str | None]:
    """Remove leading prepositions/hedges and trailing times of day.

    Returns the core and the "edge" word met ("earlier", "later", "early",
    "late", "since", or ``None``) for expressions such as "earlier this week".
    """
    edge: str | None = None
    for _ in range(6):
        m = lx.LEADING.match(text)
        if not m or m.end() >= len(text):
            break
        word = m.group(0).strip(" -")
        if edge is None and word in ("earlier", "later", "early", "late"):
            edge = word
        elif edge is None and word.startswith("the ") and word.endswith(" of"):
            edge = "of"
        text = text[m.end():]
    if lx.DAYPART_FULL.fullmatch(text) or lx.DAY_WORD_FULL.fullmatch(text):
        return text, edge
    for _ in range(4):
        stripped = lx.TRAILING_TIME.sub("", text)
        if stripped == text or not stripped:
            break
        text = stripped.rstrip(" ,")
    return text, edge


def resolve(expr: str, anchor: Anchor | None, tense: str | None, ref: Resolved | None = None) -> Resolved | None:
    """Resolve ``expr``; the core of ``resolve_date`` (see the module docstring)."""
    text = normalise(expr)
    if not text or len(text) > 80 or lx.COMPOUND_DURATION.search(text):
        return None
    if m := lx.ISO_DAY_FULL.fullmatch(text):
        found = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return fmt(found, "day") if found else None
    if m := lx.ISO_MONTH_FULL.fullmatch(text):
        month = int(m.group(2))
        return Resolved(f"{m.group(1)}-{month:02d}", "month") if 1 <= month <= 12 else None
    if lx.YEAR_RANGE_FULL.fullmatch(text) or lx.DECADE_FULL.fullmatch(text):
        return None
    if m := lx.SLASH_DAY_FULL.fullmatch(text):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        found = _safe_date(year, b, a) if a > 12 else _safe_date(year, a, b)
        return fmt(found, "day") if found else None
    if m := lx.DOT_DAY_FULL.fullmatch(text):
        found = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return fmt(found, "day") if found else None
    if lx.HOURS_LATER_FULL.fullmatch(text):
        return ref if ref is not None and ref.precision == "day" else None
    if m := lx.STEP_THEN_FULL.fullmatch(text):
        return resolve(m.group("rest"), anchor, tense, ref)
    if m := lx.LATER_FULL.fullmatch(text):
        if ref is None or m.group("dir") == "on":
            return None
        sign = -1 if m.group("dir") in ("earlier", "before") else 1
        base = ref_date(ref)
        return _offset(base, ref.precision, sign * _number(m.group("n")), m.group("unit"))
    if m := lx.IN_N_FULL.fullmatch(text):
        if anchor is None or anchor.precision != "day" or (tense in ("past", "present") and not m.group("time")):
            return None  # "the first visit in six months", "killed 40 in two days": spans, not points
        return _offset(anchor.date, "day", _number(m.group("n")), m.group("unit"))
    core, edge = _strip_edges(text)
    result = _resolve_core(core, edge, anchor, tense, ref)
    if result is None and lx.HAS_MONTH.search(core) and re.search(r"\d", core) and not _known_form(core):
        result = _dateparser_fallback(core, anchor, tense)
    return result


def _known_form(text: str) -> bool:
    """True when ``text`` is a form the regexes own (so dateparser must not second-guess them)."""
    return any(p.fullmatch(text) for p in (lx.MONTH_DAY_FULL, lx.DAY_MONTH_FULL, lx.MONTH_YEAR_FULL,
                                            lx.MONTH_ONLY_FULL, lx.HOLIDAY_FULL))


@lru_cache(maxsize=4096)
def _dateparser_fallback(text: str, anchor: Anchor | None, tense: str | None) -> Resolved | None:
    """Last resort for absolute forms the regexes do not know (imported lazily: slow, ~10 ms a
    call, so answers are cached: a page of repeated date expressions asks dateparser once each)."""
    import dateparser  # noqa: PLC0415 - heavy import, only on the rare fallback path

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor.date, dt.time())
    if tense in ("past", "future"):
        settings["PREFER_DATES_FROM"] = tense
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    has_year = re.search(r"\b\d{4}\b", text) is not None
    if anchor is None and not has_year:
        return None
    has_day = re.search(r"(?<![\d:])\b\d{1,2}(?:st|nd|rd|th)?\b(?![\d:])", text) is not None
    return fmt(parsed.date(), "day" if has_day else "month")


def ref_date(ref: Resolved) -> Date:
    """The first day of a resolved value, as a date."""
    parts = [int(p) for p in ref.value.split("-")] + [1, 1]
    return Date(parts[0], parts[1], parts[2])


def _resolve_core(text: str, edge: str | None, anchor: Anchor | None, tense: str | None,
                  ref: Resolved | None) -> Resolved | None:
    """Resolve a stripped expression; absolute forms first, then anchor-relative ones."""
    if m := lx.MONTH_YEAR_FULL.fullmatch(text):
        return Resolved(f"{m.group('y')}-{_month_of(m.group('m')):02d}", "month")
    if m := lx.YEAR_FULL.fullmatch(text):
        year = int(m.group("y"))
        return Resolved(f"{year:04d}", "year") if EVENT_MIN_YEAR <= year <= EVENT_MAX_YEAR else None
    if m := lx.SEASON_YEAR_FULL.fullmatch(text):
        return None if m.group("s") == "winter" else Resolved(m.group("y"), "year")
    explicit = lx.MONTH_DAY_FULL.fullmatch(text) or lx.DAY_MONTH_FULL.fullmatch(text)
    if explicit and explicit.group("y"):
        return _month_day(Anchor(Date(2000, 1, 1), "day"), explicit, tense)
    if (m := lx.HOLIDAY_FULL.fullmatch(text)) and m.group("y"):
        month, day = lx.HOLIDAYS[m.group("h")]
        return fmt(Date(int(m.group("y")), month, day), "day")
    if anchor is None:
        return None
    return _anchored(text, explicit, edge, anchor, tense, ref)


def _anchored(text: str, explicit: re.Match[str] | None, edge: str | None, anchor: Anchor, tense: str | None,
              ref: Resolved | None) -> Resolved | None:
    """An expression that counts from the publication date ``anchor`` (or the narrated ``ref``):
    a month, a holiday, a unit, a season or a day word relative to it."""
    if m := lx.MONTH_REL_YEAR_FULL.fullmatch(text):
        return _month_rel_year(anchor, m)
    if m := lx.REL_MONTH_FULL.fullmatch(text):
        return _rel_month(anchor, _month_of(m.group("m")), m.group("rel"))
    if m := lx.THAT_MONTH_FULL.fullmatch(text):  # "that March": of the year narrated, never the anchor's
        return Resolved(f"{ref_date(ref).year:04d}-{_month_of(m.group('m')):02d}", "month") if ref else None
    if explicit:
        return _month_day(anchor, explicit, tense)
    if m := lx.MONTH_ONLY_FULL.fullmatch(text):
        return _month_only(anchor, _month_of(m.group("m")), tense)
    if m := lx.HOLIDAY_FULL.fullmatch(text):
        return _holiday(anchor, m.group("h"), tense)
    if m := lx.RELATIVE_UNIT_FULL.fullmatch(text):
        return _relative_unit(anchor, m.group("rel"), m.group("unit"), edge, tense, ref)
    if m := lx.SEASON_REL_FULL.fullmatch(text):
        step = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(m.group("rel"), 0)
        return Resolved(f"{anchor.date.year + step:04d}", "year")
    if m := lx.DAY_WORD_FULL.fullmatch(text):
        return _day_word(m.group("w"), anchor, ref)
    if text == "the day" and edge in ("earlier", "later", "early", "late"):
        if ref is not None:  # "later in the day": the day being narrated
            return ref if ref.precision == "day" else None
        return fmt(anchor.date, "day") if anchor.precision == "day" else None
    if anchor.precision != "day":
        return None
    return _day_anchored(text, anchor, tense)


def _holiday(anchor: Anchor, holiday: str, tense: str | None) -> Resolved | None:
    """A holiday without a year: its date in the year before, of or after the anchor, as the tense picks."""
    month, day = lx.HOLIDAYS[holiday]
    if anchor.precision == "year":
        return None
    candidates = [Date(y, month, day) for y in (anchor.date.year - 1, anchor.date.year, anchor.date.year + 1)]
    chosen = _pick(candidates, anchor.date, tense)
    return fmt(chosen, "day") if chosen else None


def _day_anchored(text: str, anchor: Anchor, tense: str | None) -> Resolved | None:
    """A weekday, "N days ago" or a part of the day, from an anchor known to the day."""
    if m := lx.WEEKDAY_FULL.fullmatch(text):
        wd = lx.WEEKDAYS[m.group("wd").rstrip(".")]
        return fmt(_weekday(anchor.date, wd, m.group("rel"), tense), "day")
    if m := lx.AGO_FULL.fullmatch(text):
        return _offset(anchor.date, "day", -_number(m.group("n")), m.group("unit"))
    if lx.DAYPART_FULL.fullmatch(text):
        return fmt(anchor.date, "day")
    return None


TENSES = frozenset({"past", "future", "present"})


def check_tense(tense: str | None) -> str | None:
    """Validate a tense argument: one of ``TENSES`` or ``None``."""
    if tense is None or tense in TENSES:
        return tense
    raise ValueError(f"tense must be one of {sorted(TENSES)} or None, not {tense!r}")


def parse_ref(ref: str | None) -> Resolved | None:
    """Parse an ISO value at any precision ("2024-08", "2024-08-30", "2024") into a ``Resolved``."""
    if not ref:
        return None
    precision = {4: "year", 7: "month", 10: "day"}.get(len(ref))
    if precision is None or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", ref):
        raise ValueError(f"ref must be an ISO date, month or year, not {ref!r}")
    return Resolved(ref, precision)


def resolve_date(expr: str, anchor: Date | dt.datetime | str | None, tense: str | None = None,
                 *, ref: str | None = None) -> str | None:
    """Resolve a date expression to ISO at the precision the text supports.

    Args:
        expr: the expression as written ("on Friday", "Nov. 16", "last month",
            "in mid-October", "January 21, 2022", "2018").
        anchor: the article's publication date (``datetime.date`` or ISO string;
            a month or year anchor makes day-relative expressions unresolvable).
        tense: "past", "future", "present" or ``None``: the tense of the clause
            the expression belongs to; it picks the direction for weekdays,
            months and year-less dates (past: on/before the anchor, future:
            on/after, otherwise the nearest).
        ref: optional ISO value of a date mentioned just before, for
            narrative-relative expressions ("a month later", "the next day",
            "the following year"); without it these resolve to ``None``.

    Returns:
        "YYYY-MM-DD", "YYYY-MM", "YYYY", or ``None`` for durations, ages,
        frequencies, vague spans ("in recent years", "for months") and
        anything not understood.
    """
    found = resolve(need_text("resolve_date: expr", expr), parse_anchor(anchor), check_tense(tense), parse_ref(ref))
    return found.value if found else None
