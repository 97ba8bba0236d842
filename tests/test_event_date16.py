"""A date belongs to its own clause: an event told in an "after"/"since"/"before" clause or phrase, or
in a past clause, does not take a date of the clause around it that cannot be its own (sentences
written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.dates import find_dates
from communique.events.annotate import lag_date, pick_date


def _date_of(nlp, text: str, anchor: str, word: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    trig = next(t for t in doc if t.text == word)
    return pick_date(trig, find_dates(doc, anchor), anchor=dt.date.fromisoformat(anchor))


CASES = [
    # a day still ahead dates the plan, never the past act of the "after" clause (2031-03-05 is a Wednesday)
    ("The president said he will address the nation on Thursday after the militia claimed the attack on "
     "the embassy.", "2031-03-05", "address", "2031-03-06"),
    ("The president said he will address the nation on Thursday after the militia claimed the attack on "
     "the embassy.", "2031-03-05", "attack", None),
    ("The president said he will address the nation on Thursday after the militia claimed the attack on "
     "the embassy.", "2031-03-05", "claimed", None),
    # ... nor a past act told in a relative clause
    ("The minister will fly to Paris on Friday to defend the accord, which was signed with Berlin.",
     "2031-03-05", "signed", None),
    ("The minister will fly to Paris on Friday to defend the accord, which was signed with Berlin.",
     "2031-03-05", "fly", "2031-03-07"),
    # a past day may date what happened just before it ("recalled on Monday after the arrest")
    ("The envoy was recalled on Monday after the arrest of two diplomats.", "2031-03-05", "arrest",
     "2031-03-03"),
    # an act "before" another is later: a day ahead may well be its own
    ("The minister will meet the king on Friday before flying home.", "2031-03-05", "flying", "2031-03-07"),
    # the start of a period has a time of its own
    ("Tensions have risen sharply since the bombing of the consulate, the ministry said on Monday.",
     "2031-03-05", "bombing", None),
    ("Tensions have risen sharply since the bombing of the consulate, the ministry said on Monday.",
     "2031-03-05", "said", "2031-03-03"),
    # ... nor does a date in a "since" clause date the period it starts
    ("The militia has fired rockets at the base since the killing of its commander last week.", "2031-03-05",
     "fired", None),
    ("The militia has fired rockets at the base since the killing of its commander last week.", "2031-03-05",
     "killing", "2031-02"),
    ("Britain has sent two warships to the Gulf since Iran seized a tanker on Friday.", "2031-03-05", "sent",
     None),
    ("Russia has kept troops in Syria since 2015.", "2031-03-05", "kept", "2015"),
    # ... and its own date is still its own
    ("The sanctions were imposed after the bombing of the consulate on Sunday.", "2031-03-05", "bombing",
     "2031-03-02"),
    # a written year is no guess from the tense: a text updated after its date may tell of it
    ("In May 2031 the president raised tariffs on steel.", "2031-03-05", "raised", "2031-05"),
    # ... nor one its own words place ahead: a plan told in the past is still for then
    ("The prime minister had been planning to launch the talks early next year.", "2031-03-05", "launch",
     "2032"),
    # a day that is today is no day ahead
    ("The president canceled a planned trip to Turkey on Wednesday.", "2031-03-05", "canceled", "2031-03-05"),
]


@pytest.mark.parametrize(("text", "anchor", "word", "expected"), CASES)
def test_date_of_own_clause(nlp, text: str, anchor: str, word: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _date_of(nlp, text, anchor, word) == expected


def test_lag_counts_past_a_date_of_another_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """A date in the lagged clause that dates another noun ("the May 2 bombing") is not its own: the lag
    still counts back from the news of the day."""
    doc = nlp("The blast comes three days after police arrested the planner of the May 2 bombing.")
    arrested = next(t for t in doc if t.text == "arrested")
    assert lag_date(arrested, find_dates(doc, "2031-03-05"), dt.date(2031, 3, 5)) == "2031-03-02"
    doc = nlp("The blast comes three days after police arrested a suspect on Sunday.")
    arrested = next(t for t in doc if t.text == "arrested")
    assert lag_date(arrested, find_dates(doc, "2031-03-05"), dt.date(2031, 3, 5)) is None
