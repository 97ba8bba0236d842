"""A material act with no target of its own is not aimed at whom its side just blamed or answered: an
accusation or a denial says whom a side blames, not whom its next strike hits ("Syria accused the US
... Syrian forces used chemical weapons" is no attack on the US). A threat carried out still is: the
threatened act's target stands. Found wrong on news-pool articles (the "Syria attack" on Douma read as
aimed at the US); sentences written for these tests, the real pipeline runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of


@pytest.mark.parametrize("text,trigger", [
    ("Syria accused the United States of spreading lies about the war on Monday. Syrian forces later used "
     "chemical weapons near Aleppo, killing dozens.", "used"),
    ("Iran denied the American charges on Tuesday. Iranian forces then launched missile strikes near the border.",
     "strikes"),
])
def test_a_strike_after_a_charge_is_not_aimed_at_the_accused(pipeline, text, trigger):
    evs = events_of(pipeline, text)
    assert not any(trig == trigger and "USA" in actors for _, actors, trig in evs), evs


def test_a_threat_carried_out_keeps_its_target(pipeline):
    evs = events_of(pipeline, "North Korea threatened Japan with missile strikes on Monday. Two days later, "
                              "North Korea launched missile strikes.")
    assert any(typ == "ASSAULT" and actors == {"PRK", "JPN"} for typ, actors, _ in evs), evs
