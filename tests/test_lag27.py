"""A lag the parser hangs on the main verb or on the "after" itself ("[the protests come] [a day]
after Norway expelled ...", "struck Gaza [two days] after ..."): still the lag of the after-clause,
which it dates back from the main clause's date (the publication date for the news "come"/"came");
"just" before the lag keeps its count ("just a day after"); a date in a clause of the act's object
("freed a man who had been held since 2016") is no date of the act's own that stops the count."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique.dates import find_dates
from communique.events.annotate import lag_date
from probe import events_of


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The protests come a day after Norway expelled four Russian diplomats.", "expelled", "2021-03-09"),
    ("The comments came a day after Japan recalled its ambassador from Seoul.", "recalled", "2021-03-09"),
    ("On Friday, Israel struck Gaza two days after militants fired rockets at Ashkelon.", "fired", "2021-03-03"),
    # "just" keeps the count; "less than" makes none
    ("The raid came just two days after Chile recalled its ambassador.", "recalled", "2021-03-08"),
    ("The raid came less than two days after Chile recalled its ambassador.", "recalled", None),
    # "came out" is no frame of the news of the day
    ("The report came out just two days after Chile recalled its ambassador.", "recalled", None),
    # a date in a clause of the act's object is not the act's own
    ("The visit came a week after Chile expelled a diplomat who had served in Lima since 2019.", "expelled",
     "2021-03-03"),
    # a word between the lag and the "after": no lag of the clause
    ("The protests come a day later, after Norway expelled four Russian diplomats.", "expelled", None),
])
def test_lag_hung_on_the_main_verb(nlp: Any, text: str, word: str, expected: str | None) -> None:
    doc = nlp(text)
    trig = next(t for t in doc if t.text == word)
    assert lag_date(trig, find_dates(doc, "2021-03-10"), dt.date(2021, 3, 10)) == expected


def test_expulsion_a_day_before_the_news(pipeline: Any) -> None:
    evs = [e for e in events_of(pipeline, "The protests come a day after Norway expelled four Russian diplomats.",
                                "2021-03-10") if e.type == "SANCTION"]
    assert [(e.source.code, e.target.code, e.date) for e in evs] == [("NOR", "RUS", "2021-03-09")]
