"""Sides of sanctions: the one a copula-linked participle says was sanctioned, and the state a plain
country name before a sanction noun names as hit."""

from __future__ import annotations

from tests.probe import events_of, pairs


def test_remaining_sanctioned_by_a_state_is_its_target(pipeline):
    # "remain sanctioned by X": passive in sense, the subject is the one sanctioned
    events = events_of(pipeline, "Several Iranian banks will remain sanctioned by the United States.")
    assert pairs(events, "SANCTION") == [("USA", "IRN")]


def test_country_name_before_sanctions_is_whom_they_hit(pipeline):
    # "the Venezuela sanctions": the country is the subject matter, never the doer
    events = events_of(pipeline, "Congress could vote to reinstate all the Venezuela sanctions and end the talks.")
    assert pairs(events, "SANCTION") == [("USA", "VEN")]


def test_summit_body_where_two_states_agree_is_no_party(pipeline):
    # the gathering is the venue of the deal, not a side to it
    events = events_of(pipeline, "Britain and France signed a defence pact at the NATO summit in Wales.")
    assert pairs(events, "AGREE") == [("GBR", "FRA")]


def test_gathering_on_whose_sidelines_two_states_agree_is_no_party(pipeline):
    events = events_of(pipeline, "The United States and Mexico reached a compromise on steel "
                                 "on the sidelines of the G20 summit.")
    assert pairs(events, "AGREE") == [("USA", "MEX")]


def test_place_a_request_is_over_is_not_asked(pipeline):
    # "a no-fly zone over Syria": the place the thing asked for covers, not the party asked
    events = events_of(pipeline, "Jordan urged world powers to impose a no-fly zone over Syria.")
    assert ("JOR", "SYR") not in pairs(events, "REQUEST")
