"""Tests of the dates stage: resolve_date, find_dates, tense_of, and invariants."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.dates import DateAnchorError, DateMention, find_dates, resolve_date, tense_of

# (expression, anchor, tense, expected). Anchors' weekdays: 2021-04-16 Fri, 2021-03-14 Sun,
# 2022-01-21 Fri, 2024-03-31 Sun, 2024-11-14 Thu, 2023-06-07 Wed.
CASES = [
    # weekdays: same weekday is the anchor in every tense
    ("on Friday", "2021-04-16", "future", "2021-04-16"),
    ("on Friday", "2021-04-16", "past", "2021-04-16"),
    ("Friday morning", "2022-01-21", "past", "2022-01-21"),
    ("Earlier on Friday", "2022-01-21", "past", "2022-01-21"),
    ("on Friday", "2021-04-16", None, "2021-04-16"),
    # weekdays: past -> most recent before, future -> next after
    ("on Monday", "2021-04-16", "past", "2021-04-12"),
    ("On Friday", "2021-03-14", "past", "2021-03-12"),
    ("starting on Monday", "2021-03-14", "future", "2021-03-15"),
    ("on Saturday", "2024-11-14", "future", "2024-11-16"),
    ("Saturday", "2024-11-14", "past", "2024-11-09"),
    ("on Thursday", "2021-04-16", "future", "2021-04-22"),
    ("on Thursday", "2021-04-16", "past", "2021-04-15"),
    ("Wednesday", "2024-11-14", "past", "2024-11-13"),
    ("Sunday", "2024-11-14", "future", "2024-11-17"),
    ("Monday", "2021-03-14", None, "2021-03-15"),      # nearest: tomorrow
    ("Thursday", "2021-03-14", None, "2021-03-11"),    # nearest: three days back
    ("early on Saturday", "2021-04-16", "past", "2021-04-10"),
    ("late Sunday", "2021-04-16", "past", "2021-04-11"),
    ("Tuesday night", "2023-06-07", "past", "2023-06-06"),
    ("Monday at 9 a.m. local time", "2023-06-07", "future", "2023-06-12"),
    ("last Friday", "2021-04-16", None, "2021-04-09"),
    ("next Friday", "2021-04-16", None, "2021-04-23"),
    ("next Monday", "2023-06-07", None, "2023-06-12"),
    ("this past Sunday", "2023-06-07", None, "2023-06-04"),
    ("Friday's", "2023-06-07", "past", "2023-06-02"),
    # month only: tense and proximity, month precision
    ("in August", "2024-03-31", "past", "2023-08"),
    ("in July", "2024-03-31", "future", "2024-07"),
    ("In mid-October", "2024-11-14", "past", "2024-10"),
    ("in late August", "2024-11-14", "past", "2024-08"),
    ("mid-February", "2021-03-14", "past", "2021-02"),
    ("in March", "2024-03-31", "past", "2024-03"),
    ("in March", "2024-03-31", "future", "2024-03"),
    ("in January", "2024-11-14", "future", "2025-01"),
    ("in December", "2024-01-10", "past", "2023-12"),
    ("July", "2024-03-31", None, "2024-07"),
    ("November", "2024-03-31", None, "2023-11"),
    ("early July", "2024-03-31", "future", "2024-07"),
    ("by the end of September", "2023-06-07", "future", "2023-09"),
    ("since May", "2023-06-07", "past", "2023-05"),
    # month + day, no year: year by tense and proximity
    ("slated for April 10", "2024-03-31", "future", "2024-04-10"),
    ("April 10", "2024-03-31", "past", "2023-04-10"),
    ("On Jan. 4", "2022-01-21", "past", "2022-01-04"),
    ("on Jan. 17", "2022-01-21", "past", "2022-01-17"),
    ("the Nov. 5", "2024-11-14", None, "2024-11-05"),
    ("Nov. 16", "2024-11-14", "future", "2024-11-16"),
    ("Nov. 16", "2024-11-14", None, "2024-11-16"),
    ("Dec. 28", "2024-01-03", "past", "2023-12-28"),
    ("Jan. 2", "2023-12-28", "future", "2024-01-02"),
    ("Jan. 2", "2023-12-28", None, "2024-01-02"),
    ("Sept. 9", "2023-06-07", "future", "2023-09-09"),
    ("16 November", "2024-11-14", "future", "2024-11-16"),
    ("the 4th of July", "2023-06-07", "future", "2023-07-04"),
    ("Feb. 29", "2023-03-05", "past", "2020-02-29"),  # the most recent Feb 29
    ("Friday, April 16", "2021-04-20", None, "2021-04-16"),
    ("March 14-15", "2024-03-31", "past", "2024-03"),
    # explicit
    ("in June 2022", "2024-03-31", "past", "2022-06"),
    ("July 2023", "2024-03-31", None, "2023-07"),
    ("in 2018", "2024-03-31", "past", "2018"),
    ("since 2002", "2022-01-21", "past", "2002"),
    ("2030", "2021-04-16", "future", "2030"),
    ("January 21, 2022", "2024-01-01", None, "2022-01-21"),
    ("21 January 2022", "2024-01-01", None, "2022-01-21"),
    ("2022-01-21", "2024-01-01", None, "2022-01-21"),
    ("Jan. 21st, 2022", "2024-01-01", None, "2022-01-21"),
    ("14 March 2021, 09:34", "2021-03-14", None, "2021-03-14"),
    ("Tuesday, Nov. 5, 2024", "2024-11-14", None, "2024-11-05"),
    ("the first half of 2022", "2024-03-31", "past", "2022"),
    ("early 2022", "2024-03-31", "past", "2022"),
    ("mid-2021", "2024-03-31", "past", "2021"),
    ("2021-04", "2024-03-31", "past", "2021-04"),
    ("04/16/2021", "2024-03-31", None, "2021-04-16"),
    ("16.04.2021", "2024-03-31", None, "2021-04-16"),
    ("summer of 2019", "2024-03-31", None, "2019"),
    ("Christmas Day 2020", "2024-03-31", None, "2020-12-25"),
    # relative units
    ("last month", "2021-04-16", "past", "2021-03"),
    ("since last month", "2021-03-14", "past", "2021-02"),
    ("last month", "2024-01-10", "past", "2023-12"),
    ("this month", "2022-01-21", "past", "2022-01"),
    ("earlier this month", "2022-01-21", "past", "2022-01"),
    ("next month", "2023-12-05", "future", "2024-01"),
    ("last week", "2022-01-21", "past", "2022-01"),          # Mon 10 - Sun 16 Jan
    ("last week", "2024-11-14", "past", "2024-11"),          # Mon 4 - Sun 10 Nov
    ("last week", "2021-03-03", "past", "2021-02"),          # Mon 22 - Sun 28 Feb
    ("last week", "2021-04-07", "past", "2021-04"),          # Mon 29 Mar - Sun 4 Apr: most of it in April
    ("last week", "2020-01-08", "past", "2020-01"),          # Mon 30 Dec - Sun 5 Jan straddles years
    ("last week", "2019-07-04", "past", "2019-06"),          # Mon 24 - Sun 30 Jun
    ("this week", "2021-09-01", "past", "2021-08"),          # Mon 30 Aug - Wed 1 Sep, cut at the anchor
    ("next week", "2024-03-31", "future", "2024-04"),        # Mon 1 - Sun 7 Apr
    ("next week", "2024-12-27", "future", "2025-01"),        # Mon 30 Dec - Sun 5 Jan: most of it in January
    ("this week", "2024-03-31", None, "2024-03"),
    ("earlier this week", "2023-06-07", "past", "2023-06"),
    ("yesterday", "2024-11-14", "past", "2024-11-13"),
    ("today", "2024-11-14", None, "2024-11-14"),
    ("tomorrow", "2024-11-30", "future", "2024-12-01"),
    ("last night", "2024-03-01", "past", "2024-02-29"),
    ("this morning", "2024-03-31", None, "2024-03-31"),
    ("yesterday morning", "2024-03-31", "past", "2024-03-30"),
    ("this year", "2022-01-21", None, "2022"),
    ("later this year", "2022-01-21", "future", "2022"),
    ("earlier this year", "2022-06-21", "past", "2022"),
    ("last year", "2022-01-21", "past", "2021"),
    ("next year", "2022-01-21", "future", "2023"),
    ("before the end of the year", "2021-04-16", "future", "2021"),
    ("last summer", "2024-03-31", "past", "2023"),
    ("two weeks ago", "2024-03-31", "past", "2024-03"),
    ("three days ago", "2024-03-31", "past", "2024-03-28"),
    ("a year ago", "2024-03-31", "past", "2023"),
    ("nearly four years ago", "2024-11-14", "past", "2020"),
    ("six months ago", "2024-03-31", "past", "2023-09"),
    ("in three days", "2024-03-31", "future", "2024-04-03"),
    ("in two months' time", "2024-03-31", "future", "2024-05"),
    # times of day -> the anchor's day
    ("in the morning", "2021-04-16", "future", "2021-04-16"),
    ("the morning", "2021-04-16", None, "2021-04-16"),
    ("at 4 p.m.", "2021-04-16", None, "2021-04-16"),
    # not points in time
    ("in recent years", "2021-04-16", "past", None),
    ("for months", "2022-01-21", "past", None),
    ("months", "2022-01-21", "past", None),
    ("recently", "2021-04-16", "past", None),
    ("In the past two months", "2022-01-21", "past", None),
    ("the past week", "2022-01-21", "past", None),
    ("a month later", "2024-11-14", "past", None),
    ("hours after", "2024-11-14", "past", None),
    ("hours", "2024-11-14", "past", None),
    ("four days", "2021-03-14", "future", None),
    ("four days of talks", "2021-03-14", "future", None),
    ("the 90-minute meeting", "2022-01-21", None, None),
    ("90-minute", "2022-01-21", None, None),
    ("58-year-old", "2021-03-14", None, None),
    ("76th anniversary", "2022-01-21", None, None),
    ("annual", "2024-03-31", None, None),
    ("about five years", "2024-03-31", None, None),
    ("a year", "2024-11-14", None, None),
    ("1910-1945", "2024-03-31", None, None),
    ("the 1990s", "2024-03-31", None, None),
    ("his first months", "2021-03-14", None, None),
    ("Less than a week", "2022-01-21", None, None),
    ("", "2022-01-21", None, None),
    ("the week", "2022-01-21", None, None),
    ("123456", "2022-01-21", None, None),
    # a month in a year named relative to the anchor
    ("in July last year", "2022-01-21", "past", "2021-07"),
    ("June of last year", "2024-11-14", None, "2023-06"),
    ("March 6 last year", "2021-04-16", "past", "2020-03-06"),
    ("in March of this year", "2024-11-14", "past", "2024-03"),
    ("May next year", "2023-06-07", "future", "2024-05"),
    # "last September": the latest one at least two months back ("last month" names the one before)
    ("last September", "2021-04-16", "past", "2020-09"),
    ("last March", "2021-04-16", "past", "2020-03"),
    ("last February", "2021-04-16", "past", "2021-02"),
    ("last December", "2024-11-14", None, "2023-12"),
    ("since last December", "2022-01-21", "past", "2020-12"),
    ("next March", "2021-04-16", "future", "2022-03"),
    ("next June", "2021-04-16", "future", "2021-06"),
    # "this past June", "this coming August": the nearest, even the month next to the anchor's
    ("this past June", "2019-07-15", "past", "2019-06"),
    ("this past March", "2021-04-16", "past", "2021-03"),
    ("this past May", "2021-04-16", "past", "2020-05"),
    ("this coming August", "2019-07-15", "future", "2019-08"),
    # a narrative step and the point it reaches: the point
    ("Months later in March", "2021-04-16", "past", "2021-03"),
    ("a week later, on Sept. 18", "2024-11-14", "past", "2024-09-18"),
]


@pytest.mark.parametrize(("expr", "anchor", "tense", "expected"), CASES)
def test_resolve_date(expr: str, anchor: str, tense: str | None, expected: str | None) -> None:
    assert resolve_date(expr, anchor, tense) == expected


def test_case_count() -> None:
    assert len(CASES) >= 80


def test_anchor_forms() -> None:
    assert resolve_date("on Monday", dt.date(2021, 4, 16), "past") == "2021-04-12"
    assert resolve_date("on Monday", dt.datetime(2021, 4, 16, 23, 5), "past") == "2021-04-12"
    assert resolve_date("on Monday", "2021-04-16T08:00:00Z", "past") == "2021-04-12"


def test_coarse_and_missing_anchor() -> None:
    assert resolve_date("last month", "2021-04", "past") == "2021-03"
    assert resolve_date("on Monday", "2021-04", "past") is None       # needs a day anchor
    assert resolve_date("yesterday", "2021", "past") is None
    assert resolve_date("last year", "2021", "past") == "2020"
    assert resolve_date("in August", "2021", "past") is None
    assert resolve_date("in June 2022", None) == "2022-06"
    assert resolve_date("on Monday", None, "past") is None


def test_bad_arguments_raise() -> None:
    with pytest.raises(DateAnchorError):
        resolve_date("on Monday", "last Tuesday", "past")
    with pytest.raises(ValueError):
        resolve_date("on Monday", "2021-04-16", "pluperfect")


def test_reference_date() -> None:
    assert resolve_date("about a month later", "2024-11-14", "past", ref="2024-08") == "2024-09"
    assert resolve_date("two days later", "2024-11-14", "past", ref="2024-08-30") == "2024-09-01"
    assert resolve_date("the next day", "2024-11-14", "past", ref="2024-08-30") == "2024-08-31"
    assert resolve_date("the following year", "2024-11-14", "past", ref="2018") == "2019"
    assert resolve_date("the next day", "2024-11-14", "past", ref="2024-08") is None


def test_fast_paths_do_not_import_dateparser() -> None:
    sys.modules.pop("dateparser", None)
    for expr, anchor, tense, _ in CASES:
        resolve_date(expr, anchor, tense)
    assert "dateparser" not in sys.modules


# ---------------------------------------------------------------------------
# hypothesis properties
# ---------------------------------------------------------------------------

WEEKDAY_AND_MONTH_EXPRS = [
    "Monday", "on Tuesday", "Wednesday morning", "early on Thursday", "on Friday", "Saturday",
    "late Sunday", "in January", "in February", "in mid-March", "April", "in late May", "June",
    "July", "in August", "September", "in early October", "November", "December", "Jan. 4",
    "April 10", "Nov. 16", "the 4th of July", "Dec. 31", "Christmas",
]
anchors = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
exprs = st.sampled_from(WEEKDAY_AND_MONTH_EXPRS)


def _truncate(day: dt.date, value: str) -> str:
    return day.isoformat()[: len(value)]


@settings(max_examples=300, deadline=None)
@given(expr=exprs, a=anchors, gap=st.integers(min_value=0, max_value=800))
def test_past_is_monotonic_in_anchor(expr: str, a: dt.date, gap: int) -> None:
    b = a + dt.timedelta(days=gap)
    first, second = resolve_date(expr, a, "past"), resolve_date(expr, b, "past")
    assert first is not None and second is not None
    assert first <= second  # ISO strings of one precision order like dates


@settings(max_examples=300, deadline=None)
@given(expr=exprs, a=anchors, gap=st.integers(min_value=0, max_value=800))
def test_future_is_monotonic_in_anchor(expr: str, a: dt.date, gap: int) -> None:
    b = a + dt.timedelta(days=gap)
    first, second = resolve_date(expr, a, "future"), resolve_date(expr, b, "future")
    assert first is not None and second is not None
    assert first <= second


@settings(max_examples=400, deadline=None)
@given(expr=exprs, a=anchors, tense=st.sampled_from(["past", "future", "present", None]))
def test_past_never_after_future_never_before(expr: str, a: dt.date, tense: str | None) -> None:
    value = resolve_date(expr, a, tense)
    assert value is not None
    anchor_cut = _truncate(a, value)
    if tense == "past":
        assert value <= anchor_cut
    elif tense == "future":
        assert value >= anchor_cut
    elif len(value) == 10:  # nearest day: within half a year of the anchor
        assert abs((dt.date.fromisoformat(value) - a).days) <= 183
    else:  # nearest month: within six months of the anchor's month
        year, month = (int(p) for p in value.split("-"))
        assert abs((year * 12 + month) - (a.year * 12 + a.month)) <= 6


@settings(max_examples=200, deadline=None)
@given(a=anchors, tense=st.sampled_from(["past", "future", "present", None]),
       n=st.integers(min_value=2, max_value=99),
       unit=st.sampled_from(["days", "weeks", "months", "years", "hours", "minutes"]),
       form=st.sampled_from(["{n} {unit}", "for {n} {unit}", "the past {n} {unit}", "{n}-{u1}-old",
                             "the {n}-{u1} meeting", "{n}th anniversary", "in recent {unit}",
                             "over the next {n} {unit}"]))
def test_non_dates_are_none(a: dt.date, tense: str | None, n: int, unit: str, form: str) -> None:
    expr = form.format(n=n, unit=unit, u1=unit.rstrip("s"))
    assert resolve_date(expr, a, tense) is None


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), a=anchors,
       tense=st.sampled_from(["past", "future", None]))
def test_explicit_dates_ignore_anchor_and_tense(day: dt.date, a: dt.date, tense: str | None) -> None:
    long_form = f"{day:%B} {day.day}, {day.year}"
    assert resolve_date(long_form, a, tense) == day.isoformat()
    assert resolve_date(f"{day.day} {day:%B} {day.year}", a, tense) == day.isoformat()
    assert resolve_date(f"in {day:%B} {day.year}", a, tense) == day.isoformat()[:7]


# ---------------------------------------------------------------------------
# find_dates and tense_of on parsed sentences
# ---------------------------------------------------------------------------


def _found(nlp, text: str, anchor: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(m.text, m.value) for m in find_dates(doc, anchor)]


FIND_CASES = [
    # a time opened by "since" has begun: the last such month, whatever the clause's tense
    ("The United States has been bombing ISIS in Syria since September.", "2015-03-01", [("September", "2014-09")]),
    ("US President Joe Biden plans to use his meeting with Prime Minister Yoshihide Suga on Friday "
     "to send a signal to China.", "2021-04-16", [("Friday", "2021-04-16")]),
    ("China sent 25 warplanes into Taiwan's air defense identification zone on Monday.", "2021-04-16",
     [("Monday", "2021-04-12")]),
    ("Biden is expected to formally invite Kishida during the U.S.-Japan summit slated for April 10 "
     "in Washington.", "2024-03-31", [("April 10", "2024-04-10")]),
    ("The three countries held the first standalone trilateral summit at Camp David in August.",
     "2024-03-31", [("August", "2023-08")]),
    ("U.S. arranging for trilateral summit with Japan, S. Korea in July", "2024-03-31",
     [("July", "2024-07")]),
    ("On Jan. 4, Pyongyang said it successfully conducted a test of a hypersonic missile.", "2022-01-21",
     [("Jan. 4", "2022-01-04")]),
    ("President Joe Biden met virtually with Prime Minister Fumio Kishida on Friday morning to discuss "
     "regional security.", "2022-01-21", [("Friday morning", "2022-01-21")]),
    ("Biden will hold a farewell meeting with Chinese President Xi Jinping in Lima on Saturday.",
     "2024-11-14", [("Saturday", "2024-11-16")]),
    ("In mid-October, the U.S. government imposed its first sanctions on Chinese companies.", "2024-11-14",
     [("mid-October", "2024-10")]),
    ("On Friday, Mr Biden participated in a virtual summit with the leaders of India, Japan and Australia.",
     "2021-03-14", [("Friday", "2021-03-12")]),
    ("Blinken and Austin are heading to Japan and South Korea for four days of talks starting on Monday.",
     "2021-03-14", [("four days", None), ("Monday", "2021-03-15")]),
    ("The group met virtually last month and agreed they would meet before the end of the year.",
     "2021-04-16", [("last month", "2021-03"), ("the end of the year", "2021")]),
    ("With Sullivan visiting Beijing in late August and Blinken holding talks with Wang Yi in New York "
     "about a month later, the two sides kept talking.", "2024-11-14",
     [("late August", "2024-08"), ("about a month later", "2024-09")]),
    ("Xi congratulated Trump on his victory in the Nov. 5 election over the phone.", "2024-11-14",
     [("Nov. 5", "2024-11-05")]),
    ("Pyongyang has carried out four missile tests this month.", "2022-01-21", [("this month", "2022-01")]),
    ("Ties hit a low after South Korea's Supreme Court in 2018 ordered two Japanese firms to pay.",
     "2024-03-31", [("2018", "2018")]),
    ("The leaders met in Geneva on 21 January 2022, officials said.", "2024-01-01",
     [("21 January 2022", "2022-01-21")]),
    ("Officials said last week that the talks would resume next week.", "2022-01-21",
     [("last week", "2022-01"), ("next week", "2022-01")]),
    ("Kim Jong Un, the 38-year-old leader, spoke at the 76th anniversary of the party.", "2022-01-21", []),
    ("The envoy said at a news conference last September that talks would resume.", "2021-04-16",
     [("last September", "2020-09")]),
    ("The navy pulled out of the exercise in June of last year.", "2022-01-21", [("June of last year", "2021-06")]),
    ("Months later in March the ministry imposed sanctions on the firm.", "2021-04-16",
     [("Months later in March", "2021-03")]),
    # "May" after a name is a surname: "Theresa May last year" is last year, not May of it
    ("Prime Minister Theresa May last year accused Moscow of the attack.", "2019-05-01", [("last year", "2018")]),
    ("In May last year the ministry imposed sanctions on the firm.", "2019-05-01", [("May last year", "2018-05")]),
    # a day named before the noun it dates, in a clause that looks ahead: the act a few weeks back when there is
    # one, else the next such day
    ("Tehran will seek damages over the April 7 chemical attack, the envoy said.", "2018-04-16",
     [("April 7", "2018-04-07")]),
    ("The leaders will attend the November 5 summit in Lima.", "2020-10-01", [("November 5", "2020-11-05")]),
    ("The leaders will attend the March 12 summit in Lima.", "2020-10-01", [("March 12", "2021-03-12")]),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), FIND_CASES)
def test_find_dates(nlp, text: str, anchor: str, expected: list[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    found = [(t, v) for t, v in _found(nlp, text, anchor) if v is not None or (t, v) in expected]
    assert found == expected


def test_find_dates_offsets_and_head(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Intro sentence here. China sent 25 warplanes into the zone on Monday, officials said.")
    sent = list(doc.sents)[1]
    (mention,) = find_dates(sent, "2021-04-16")
    assert isinstance(mention, DateMention)
    assert doc.text[mention.start:mention.end] == mention.text == "Monday"
    assert doc[mention.token_i].text == "Monday"
    assert mention.precision == "day" and mention.tense == "past"
    fixed = find_dates(sent, "2021-04-16", tense="future")
    assert fixed[0].value == "2021-04-19"


def test_find_dates_keep_unresolved(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("For months, Russia has deployed forces to its border, and on Jan. 17 it moved more.")
    assert any(m.value is None for m in find_dates(doc, "2022-01-21"))
    assert all(m.value is not None for m in find_dates(doc, "2022-01-21", keep_unresolved=False))


def test_find_dates_ignores_may_the_modal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The two sides May meet again, and China may retaliate.")
    assert [m.text for m in find_dates(doc, "2022-01-21")] == []


TENSE_CASES = [
    ("Biden will meet Suga in Washington.", "meet", "future"),
    # a perfect participle tells of what is done before its clause, even a clause still ahead
    ("Xi is due back in China on Thursday having visited Panama and Portugal.", "visited", "past"),
    ("They'll meet Suga in Washington.", "meet", "future"),
    ("Biden is going to meet Suga.", "meet", "future"),
    ("The leaders are set to meet on Friday.", "meet", "future"),
    ("The two ministers are due to hold talks in Tokyo.", "hold", "future"),
    # a timetable told in the past tense is the plan the news reports; in the pluperfect, overtaken
    ("Trump and Xi were due to meet in Osaka on Saturday.", "meet", "future"),
    ("Kerry was scheduled to visit Seoul next week.", "visit", "future"),
    ("Trump and Xi had been scheduled to meet in Osaka.", "meet", "past"),
    ("Trump and Xi were expected to meet in Osaka.", "meet", "past"),
    ("Biden plans to use his meeting with Suga to send a signal.", "meeting", "future"),
    ("Biden plans to visit Japan.", "plans", "future"),
    ("Biden is expected to formally invite Kishida.", "invite", "future"),
    ("Biden is likely to urge Xi to stop China's support for Russia.", "urge", "future"),
    ("Kishida intends to discuss climate with Biden.", "discuss", "future"),
    ("The U.S. is arranging for a trilateral summit in July.", "summit", "future"),
    ("Sullivan said the forthcoming meeting will be an opportunity.", "meeting", "future"),
    ("Officials discussed the upcoming summit.", "summit", "future"),
    ("The summit slated for April 10 will focus on defence.", "summit", "future"),
    ("Biden-Xi farewell talks set for Lima on Nov. 16", "talks", "future"),
    ("The leaders agreed to meet in person later this year.", "meet", "future"),
    ("He said the two sides would hold talks next week.", "hold", "future"),
    ("China sent 25 warplanes into Taiwan's zone on Monday.", "sent", "past"),
    ("Biden has spoken to Putin twice.", "spoken", "past"),
    ("The US had tried to reach out to North Korea.", "reach", "past"),
    ("The sanctions were imposed in October.", "imposed", "past"),
    ("The three countries held the first trilateral summit in August.", "summit", "past"),
    ("The summit held at Camp David produced a pact.", "summit", "past"),
    ("Kishida and Yoon met bilaterally on the sidelines.", "met", "past"),
    ("Officials discussed the previous summit.", "summit", "past"),
    ("Biden meets Suga in Washington.", "meets", "present"),
    ("Russia continues its war against Ukraine.", "continues", "present"),
    ("The Kremlin maintains that it is not preparing an attack.", "maintains", "present"),
    ("China could impose sanctions on the firms.", "impose", "present"),
]


@pytest.mark.parametrize(("text", "word", "expected"), TENSE_CASES)
def test_tense_of(nlp, text: str, word: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert tense_of(token) == expected


def test_that_month_and_that_year_are_of_the_narrated_year() -> None:
    """ "that March", "later that year" count from the story's date, never the publication year's."""
    assert resolve_date("that March", "2015-06-22", "past", ref="2003") == "2003-03"
    assert resolve_date("later that year", "2015-06-22", "past", ref="2003-05") == "2003"
    assert resolve_date("that month", "2015-06-22", "past", ref="2003-05-04") == "2003-05"
    assert resolve_date("that March", "2015-06-22", "past") is None  # nothing narrated: no date
