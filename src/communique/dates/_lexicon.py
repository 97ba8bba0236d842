"""Constants for the dates stage: month and weekday names, number words, regexes.

Everything here is an immutable constant (compiled regexes, read-only mappings
built from literals); nothing in this module has side effects.

The ``*_FULL`` patterns are matched with ``fullmatch`` against a *normalised*
expression: lower case, ASCII apostrophes and hyphens, single spaces, no
leading preposition or hedge (see ``_resolve._normalise``).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Iterable, Mapping

#: Month names and abbreviations -> month number (keys lower case, no dot).
MONTHS: Mapping[str, int] = MappingProxyType({
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
})

#: Weekday names and abbreviations -> weekday number (Monday = 0).
WEEKDAYS: Mapping[str, int] = MappingProxyType({
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
})

#: Cardinal number words used in "two weeks ago", "in three days".
NUMBER_WORDS: Mapping[str, int] = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
})

#: Fixed-date holidays: name -> (month, day).
HOLIDAYS: Mapping[str, tuple[int, int]] = MappingProxyType({
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new years day": (1, 1), "new year's eve": (12, 31),
    "new years eve": (12, 31), "boxing day": (12, 26), "valentine's day": (2, 14),
    "halloween": (10, 31),
})


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (a mapping's keys), longest first ("sept" before "sep")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTH = rf"(?:{_alt(MONTHS)})\.?"
WEEKDAY = rf"(?:{_alt(WEEKDAYS)})\.?"
NUMBER = rf"(?:\d{{1,3}}|{_alt(NUMBER_WORDS)})"
APPROX = (
    r"(?:(?:about|around|nearly|almost|roughly|approximately|some|just|only|over|under|"
    r"more than|less than|fewer than|at least|barely|exactly|precisely|a little over|"
    r"a little more than|little more than) )?"
)
DAYPART = r"(?:(?:early|late) )?(?:morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk|daybreak)|(?:early|small|wee) hours"
CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})? ?(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|noon|midnight)"
TZ = r"(?: (?:local time|gmt|utc|et|est|edt|pt|pst|pdt|bst|cet|cest|jst|kst|ist|msk|hkt))?"

# --- absolute forms ---------------------------------------------------------
ISO_DAY_FULL = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:t[\d:.+z-]*)?")
ISO_MONTH_FULL = re.compile(r"(\d{4})-(\d{2})")
SLASH_DAY_FULL = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
DOT_DAY_FULL = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
DAYNUM = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?: ?(?:-|to|and|through) ?(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"
MONTH_DAY_FULL = re.compile(
    rf"(?:(?P<wd>{WEEKDAY}),? )?(?:the )?(?P<m>{MONTH}) {DAYNUM}(?:,? (?P<y>\d{{4}}))?"
)
DAY_MONTH_FULL = re.compile(
    rf"(?:(?P<wd>{WEEKDAY}),? )?(?:the )?{DAYNUM} (?:of )?(?P<m>{MONTH})(?:,? (?P<y>\d{{4}}))?"
)
MONTH_YEAR_FULL = re.compile(rf"(?:the )?(?P<m>{MONTH})(?: of|,)? (?P<y>\d{{4}})")
MONTH_ONLY_FULL = re.compile(rf"(?:the )?(?:month of )?(?P<m>{MONTH})")
YEAR_FULL = re.compile(r"(?:the year |fiscal |fiscal year |fy ?)?(?P<y>\d{4})")
SEASON_YEAR_FULL = re.compile(r"(?:the )?(?P<s>spring|summer|autumn|fall|winter)(?: of)?,? (?P<y>\d{4})")
HOLIDAY_FULL = re.compile(rf"(?:the )?(?P<h>{_alt(HOLIDAYS)})(?:,? (?P<y>\d{{4}}))?")

# --- relative forms ---------------------------------------------------------
WEEKDAY_FULL = re.compile(
    rf"(?:(?P<rel>last|next|this|this past|this coming|past|coming|previous|following) )?(?P<wd>{WEEKDAY})"
)
RELATIVE_UNIT_FULL = re.compile(
    r"(?P<rel>last|next|this|this past|this coming|previous|following|coming|current|the previous|"
    r"the following|the current|the coming|the past|the last|the next|the same|that|the) "
    r"(?P<unit>week|month|year|weekend)"
)
DAY_WORD_FULL = re.compile(
    r"(?P<w>today|tonight|yesterday|tomorrow|overnight|last night|the day before yesterday|"
    r"the day after tomorrow|this (?:morning|afternoon|evening)|the same day|the next day|the following day|"
    r"the previous day|the day before|the day after|that day|that (?:morning|afternoon|evening|night))"
)
AGO_FULL = re.compile(rf"{APPROX}(?P<n>{NUMBER}) (?P<unit>day|week|month|year)s? ago")
IN_N_FULL = re.compile(
    rf"(?:in|within) (?:the next )?{APPROX}(?P<n>{NUMBER}) (?P<unit>day|week|month|year)s?(?P<time>(?:'s|s'|') time)?"
)
LATER_FULL = re.compile(
    rf"{APPROX}(?P<n>{NUMBER}) (?P<unit>day|week|month|year)s? (?P<dir>later|after|afterwards|earlier|before|on)"
)
#: "hours later", "30 minutes earlier": the same day as the date narrated before
HOURS_LATER_FULL = re.compile(
    rf"(?:{APPROX}(?:{NUMBER}|several|a few|many) )?(?:hour|minute)s? (?:later|after|afterwards|earlier|before)"
)
#: a month (and day) placed in a year named relative to the anchor: "July last year", "March 6 of
#: this year", "in June of next year"
MONTH_REL_YEAR_FULL = re.compile(
    rf"(?:the )?(?P<m>{MONTH})(?: (?P<d>\d{{1,2}})(?:st|nd|rd|th)?)?,?(?: of)? (?P<rel>last|this|next) year"
)
#: a month named relative to the anchor's: "last September", "next March", "this past April"
REL_MONTH_FULL = re.compile(rf"(?P<rel>last|next|this past|this coming|past|coming) (?P<m>{MONTH})")
#: "that March": the month in the year the story is telling of (narrative-relative, as "that year")
THAT_MONTH_FULL = re.compile(rf"that (?P<m>{MONTH})")
#: a narrative step followed by the point it reaches: "months later in March", "a week later, on
#: Sept. 18": the point is what the text dates
STEP_THEN_FULL = re.compile(
    rf"(?:{APPROX}(?:{NUMBER}|many|a few) )?(?:day|week|month|year)s? (?:later|earlier|afterwards),? (?:in|on) (?P<rest>.+)"
)
SEASON_REL_FULL = re.compile(r"(?P<rel>last|next|this|this past|this coming) (?P<s>spring|summer|autumn|fall)")
DAYPART_FULL = re.compile(
    rf"(?:(?:in|on|at|during|around|about|by|early|late|later|earlier) )*(?:the |this )?{DAYPART}"
    rf"|(?:(?:at|around|about|by) )?{CLOCK}{TZ}"
)

# --- stripping --------------------------------------------------------------
#: Leading prepositions, hedges and "the end of"-style edges; applied repeatedly.
LEADING = re.compile(
    r"(?:on|in|at|by|over|since|from|until|till|til|through|throughout|during|as of|as early as|"
    r"as late as|no later than|not until|before|after|around|about|circa|approximately|"
    r"starting|beginning|effective|earlier|later|early|late|mid|this time|"
    r"(?:slated|scheduled|set|due|planned|expected|penciled|pencilled|earmarked|eyed) (?:for|on|in)|"
    r"the (?:beginning|start|end|middle|close|first half|second half|first week|last week|"
    r"second week|third week|first days|last days|final days|first part|latter part|early part|"
    r"later part|eve|early hours|small hours|morning|afternoon|evening|night|weekend|week) of)"
    r"(?: |-)|mid-"
)
#: Trailing times of day and clock times ("Friday morning", "Monday at 9 a.m. local time").
TRAILING_TIME = re.compile(
    rf",? (?:(?:in|on|at|during|around|about|by|from|until) )?(?:the )?(?:{DAYPART}|{CLOCK}{TZ}|local time)$"
)
#: Leading weekday before an explicit date ("Friday, April 16").
YEAR_RANGE_FULL = re.compile(r"\d{4} ?(?:-|to|and|/) ?\d{2,4}")
DECADE_FULL = re.compile(r"(?:the )?(?:\d{2,4}|'\d{2})'?s")
#: Hyphenated compounds that are durations or ages: "90-minute", "58-year-old", "four-day".
COMPOUND_DURATION = re.compile(r"[a-z0-9]+-(?:year|month|week|day|hour|minute|second)s?(?:-old|-long)?\b")
HAS_MONTH = re.compile(rf"\b{MONTH}(?:\b|$)")
