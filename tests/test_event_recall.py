"""Events that were missed whole (no prediction in their sentence): ultimatums, threats on an
elliptic condition, denials by a speaker the text does not name, charges filed in the passive.
Sentences written for these tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events


def pairs(events, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


def test_a_deadline_set_for_another_party_is_an_ultimatum(pipeline):
    evs = events_of(pipeline, "Washington gave Minsk a week to free the opposition leader.")
    assert ("USA", "BLR") in pairs(evs, "THREATEN"), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text", [
    "Moscow gave the British diplomats 72 hours to leave the country.",  # an expulsion, no demand
    "The bill gives the president 60 days to certify the agreement.",  # no two sides
])
def test_no_ultimatum_without_a_demand_on_another_side(pipeline, text):
    assert not pairs(events_of(pipeline, text), "THREATEN")


@pytest.mark.parametrize("text, pair, act", [
    ("Pyongyang said it would strike South Korean positions if provoked.", ("PRK", "KOR"), "ASSAULT"),
    ("Turkey will impose sanctions on Greece if needed, Ankara said.", ("TUR", "GRC"), "SANCTION"),
])
def test_force_promised_on_an_elliptic_condition_is_a_threat(pipeline, text, pair, act):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "THREATEN"), [(e.type, e.trigger) for e in evs]
    assert all(e.status == "occurred" for e in evs if e.type == "THREATEN")
    assert not pairs(evs, act)


def test_a_friendly_act_on_an_elliptic_condition_is_no_threat(pipeline):
    evs = events_of(pipeline, "Japan will send aid to the Philippines if needed.")
    assert not pairs(evs, "THREATEN") and pairs(evs, "AID")


@pytest.mark.parametrize("denial", [
    "Speaking to reporters in Geneva, Ouko denied that Nairobi had violated the ceasefire.",
    "Ouko denied Nairobi was involved in the attacks.",
])
def test_an_unnamed_denier_speaks_for_the_side_it_clears(pipeline, denial):
    # "Ouko" is no one the knowledge base knows: the denial clears Kenya, and answers Somalia's accusation
    evs = events_of(pipeline, "Somalia accused Kenya of shelling its troops. " + denial)
    assert ("KEN", "SOM") in pairs(evs, "REJECT"), [(e.type, e.trigger, e.source, e.target) for e in evs]


def test_a_negated_denial_is_none(pipeline):
    evs = events_of(pipeline, "Somalia accused Kenya of shelling its troops. "
                              "Ouko has not confirmed or denied that Nairobi was involved in the attacks.")
    assert not pairs(evs, "REJECT"), [(e.type, e.trigger) for e in evs]


def test_charges_filed_in_the_passive_are_an_accusation_by_the_announcer(pipeline):
    evs = events_of(pipeline, "The Colombian attorney general announced on Tuesday that charges were filed "
                              "against Venezuelan general Cliver Alcala.")
    assert ("COL", "VEN") in pairs(evs, "ACCUSE"), [(e.type, e.trigger) for e in evs]
