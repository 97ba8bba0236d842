"""Publication dates printed in a page's text or URL ("14 March 2021, 09:34", "/2019/11/18/")."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH_ANON = _MONTH.replace("(?P<mon>", "(?:")
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DMY = re.compile(rf"\b{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_MDY = re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>\d{1,2})[/-](?P<day>\d{1,2})(?:/|-|$)")
_URL_COMPACT = re.compile(r"[/_-](?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?:[/_-]|\d{2,}|$)")

#: A line that is no more than a dateline: a date, perhaps a time, perhaps "Published"/"Updated".
DATELINE = re.compile(
    rf"^\(?(?:(?:published|updated|posted|last updated|first published)(?: on)?:?\s*)?\(?{_WEEKDAY}"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_ANON},?\s+\d{{4}}|{_MONTH_ANON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\)?"
    r"(?:\s*[|,-]\s*(?:updated:?\s*)?.{0,40})?$",
    re.I,
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    month = int(groups["month"]) if groups.get("month") else 0
    if groups.get("mon"):
        key = groups["mon"].lower().rstrip(".")
        month = _MONTHS.get(key[:4], _MONTHS.get(key[:3], 0))
    return _iso(int(groups["year"]), month, int(groups["day"]))


def date_in_text(text: str) -> str | None:
    """The first full date ("14 March 2021", "Nov. 18, 2019", "2021-03-14") in ``text`` as ISO."""
    best: tuple[int, str] | None = None
    for pattern in (_DMY, _MDY, _ISO):
        m = pattern.search(text)
        if m:
            iso = _from_match(m)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
    return best[1] if best else None


def date_in_url(url: str | None) -> str | None:
    """A date in a URL path ("/2019/11/18/", "-20191118"), as ISO."""
    if not url:
        return None
    for pattern in (_URL_DATE, _URL_COMPACT):
        m = pattern.search(url)
        if m:
            iso = _iso(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            if iso:
                return iso
    return None


def is_dateline(line: str) -> bool:
    """True when ``line`` is no more than a date (and time) printed on its own."""
    s = line.strip()
    return 0 < len(s) <= 90 and bool(DATELINE.match(s))
