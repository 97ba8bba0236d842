"""Who takes part: a body whose gathering is where others meet is the venue of their meeting, not a party
(and whose "efforts to act" names who acts); an act weighed in a for-to clause ("it would be wrong for X
to act") is no event. Sentences written for these tests; the real pipeline runs on each."""

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


def test_whose_efforts_to_act_names_who_acts(pipeline):
    evs = events_of(pipeline, "The minister cited Iran's efforts to supply the Houthi rebels in Yemen with drones.")
    aid = [a for t, a, _ in evs if t == "AID"]
    assert aid and all("IRN" in a for a in aid), evs


@pytest.mark.parametrize("text", [
    "The senator said it would be wrong for Japan to leave the pact.",
    "It is time for Canada to impose sanctions on Venezuela.",
    "Chile said it would be a mistake for Peru to withdraw its ambassador.",
])
def test_an_act_weighed_in_a_for_to_clause_is_no_event(pipeline, text):
    assert events_of(pipeline, text) == []
