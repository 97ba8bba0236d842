"""Readings found wrong on news-pool sentences: a body whose gathering is where others meet is the
venue of their meeting, not a party; whose "efforts to act" names who acts; an act weighed in a
for-to clause ("it would be wrong for X to act") is no event, and neither is the harm a known measure
does ("the tariffs hurt farmers"). Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.events.lexicon import load_lexicon
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


@pytest.mark.parametrize("text", [
    "Canadian tariffs on US dairy products will also affect Canadian shops.",
    "One sector that will be hurt by US sanctions is Venezuela's oil industry.",
    "The EU sanctions badly hurt Belarus's economy last year.",
])
def test_the_harm_a_measure_does_is_no_new_act(pipeline, text):
    assert events_of(pipeline, text) == []


def test_imposing_the_measure_is_still_an_act(pipeline):
    evs = events_of(pipeline, "Canada imposed tariffs on US dairy products, which will hurt American farmers.")
    assert ("SANCTION", frozenset({"CAN", "USA"}), "imposed") in evs, evs


def test_not_seeking_war_is_no_request(pipeline):
    text = "Peru does not seek war or escalation with Chile, its president said after the clash."
    assert not any(t == "REQUEST" for t, _, _ in events_of(pipeline, text))


def test_pulling_off_is_accomplishing_no_act_of_its_own():
    lex = load_lexicon()
    assert lex.denies("pull", particle="off") and not lex.denies("pull", particle="out")


def test_conjoined_verbs_of_a_threat_share_their_object(pipeline):
    text = ("Ana Ruiz, Peru's president, threatened on Friday to totally destroy and obliterate Chile's economy "
            "if the Chilean push went too far.")
    assert ("THREATEN", frozenset({"PER", "CHL"}), "threatened") in events_of(pipeline, text)


@pytest.mark.parametrize("text,trigger", [
    ("Chile cancelled its gas contract with Bolivia on Monday.", "cancelled"),
    ("Brazil tore up the fishing pact with Uruguay on Monday.", "tore"),
    ("Peru protested at Quito's decision to scrap a water deal with Lima.", "scrap"),
])
def test_walking_away_from_a_deal_is_a_withdrawal_not_an_agreement(pipeline, text, trigger):
    evs = events_of(pipeline, text)
    assert any(t == "SANCTION" and trig == trigger for t, _, trig in evs), evs
    assert not any(t == "AGREE" for t, _, _ in evs), evs


def test_an_effect_verb_whose_cause_is_an_armed_act_reports_the_act(pipeline):
    evs = events_of(pipeline, "Russian missile strikes damaged a power plant in Kyiv on Monday.")
    assert any(t == "ASSAULT" and a == frozenset({"RUS", "UKR"}) for t, a, _ in evs), evs
