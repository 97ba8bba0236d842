"""A body whose gathering is where others meet is the venue of their meeting, not a party to it
(sentences written for these tests; the real pipeline runs on each)."""

from __future__ import annotations

import pytest

from pool_events import events_of


@pytest.mark.parametrize("text,actors", [
    ("Japan and India held talks at the G20 summit on Friday.", {"JPN", "IND"}),
    ("Chile, Peru and Brazil have scheduled an emergency meeting at the Group of 20 summit next week.",
     {"CHL", "PER", "BRA"}),
    ("The leaders of France and Germany held talks during the NATO summit in London.", {"FRA", "DEU"}),
])
def test_a_body_whose_summit_hosts_a_meeting_of_others_is_no_party(pipeline, text, actors):
    consults = [a for t, a, _ in events_of(pipeline, text) if t == "CONSULT"]
    assert frozenset(actors) in consults, consults


def test_a_body_met_at_its_own_session_stays_a_party(pipeline):
    consults = [a for t, a, _ in events_of(pipeline, "Pompeo met NATO officials at a December ministerial.")
                if t == "CONSULT"]
    assert frozenset({"USA", "NATO"}) in consults, consults
