"""Precision fixes from the session-26 audit of ASSAULT, COERCE, RETREAT and CONCEDE events on unseen
pool articles. Sentences written for these tests (not from an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    # a bloc named as the object of a verb of leaving is left as a bloc (SANCTION withdraw), whatever
    # its name's own word: "the EU" and "NATO" are read as "the union" and "the alliance" are
    ("Denmark will leave the EU at the end of next year, the prime minister told parliament on Monday.",
     ("DNK", "EU")),
    ("The UK formally left the EU at midnight on Friday after 47 years of membership, officials in "
     "London said.", ("GBR", "EU")),
    ("The United States formally left UNESCO at midnight on Sunday, the State Department said in a "
     "statement.", ("USA", "UNESCO")),
])
def test_bloc_named_as_object_left_is_a_sanction(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION") and pair not in pairs(evs, "RETREAT"), shown(evs)


def test_troops_leaving_a_country_still_retreat(pipeline):
    evs = events_of(pipeline, "The last Russian troops left Georgia on Monday after a two-month occupation, "
                              "officials in Tbilisi said.")
    assert ("RUS", "GEO") in pairs(evs, "RETREAT"), shown(evs)


@pytest.mark.parametrize("text", [
    # authorizing one's own forces or agencies to act is no concession (CAMEO's ALLOW): the act
    # authorized is the event, when the text names one
    "British Prime Minister Boris Johnson authorized surveillance flights over Libya last month, officials "
    "in London said on Tuesday.",
    "Chancellor Angela Merkel should pledge to authorize exports of liquefied gas to Japan, the report by "
    "the institute argued.",
])
def test_authorizing_is_no_concession(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "CONCEDE"], shown(evs)
