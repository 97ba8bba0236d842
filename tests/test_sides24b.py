"""Sides of acts and statements (sides24b). Sentences written for these tests; the real pipeline
(parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_an_aborted_strike_is_the_strike_negated_not_a_concession(pipeline):
    """ "Turkey aborted a planned airstrike on Armenia": aborting calls the strike off, as cancelling
    does; the strike is told and denied (ASSAULT, negated), and no one yielded to anyone."""
    evs = events_of(pipeline, "Turkey aborted a planned airstrike on Armenia on Sunday.")
    assert [e for e in evs if e.type == "ASSAULT" and e.status == "negated"], shown(evs)
    assert not pairs(evs, "CONCEDE") and not [e for e in evs if e.status == "occurred"], shown(evs)


def test_military_craft_sent_by_passive_are_a_deployment(pipeline):
    """ "Dutch fighter jets were sent to Lithuania": the craft's state sent a force there (MOBILIZE), as
    with "Dutch troops were sent"; a chartered plane sent is no force."""
    evs = events_of(pipeline, "Dutch fighter jets were sent to Lithuania last month.")
    assert ("NLD", "LTU") in pairs(evs, "MOBILIZE"), shown(evs)
    evs = events_of(pipeline, "French military aircraft were deployed to Chad.")
    assert ("FRA", "TCD") in pairs(evs, "MOBILIZE"), shown(evs)
    evs = events_of(pipeline, "A chartered Dutch plane was sent to Lithuania last month.")
    assert not pairs(evs, "MOBILIZE"), shown(evs)


def test_a_threat_against_a_place_is_against_its_state(pipeline):
    """ "Tehran's threats against Haifa": a threat made against a place is made against the state
    whose place it is (THREATEN IRN->ISR), as a strike on it is; a place where the threat was made
    is no side of it."""
    evs = events_of(pipeline, "Tehran's repeated threats against Haifa drew a sharp response on Monday.")
    assert ("IRN", "ISR") in pairs(evs, "THREATEN"), shown(evs)
    evs = events_of(pipeline, "Iran threatened the United States in Geneva on Monday.")
    assert not [p for p in pairs(evs, "THREATEN") if "CHE" in p], shown(evs)
