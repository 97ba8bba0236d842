"""Readings that a fresh news-pool sample showed to be wrong, on sentences written for these tests
(the real pipeline runs on each): an organisation that only describes the state it names ("NATO
member Norway"), an act whose object is determined by "no" ("held no talks") and a verb "test"
whose object is a quality, not a weapon ("test the limits of")."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str) -> list[tuple[str, str, frozenset[str]]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.type, e.status, frozenset(a.code for a in e.actors())) for e in result.events]


@pytest.mark.parametrize("text, target", [
    ("Russia warned NATO member Norway against the naval drills.", {"NOR"}),
    ("Russia threatened EU member state Malta over the port deal.", {"MLT"}),
    ("Russia threatened NATO allies Poland and Lithuania on Monday.", {"POL", "LTU"}),
    ("Chile criticised its trading partners Peru and Bolivia in a speech.", {"PER", "BOL"}),
])
def test_an_organisation_describing_a_named_member_is_no_party(pipeline, text, target):
    evs = events_of(pipeline, text)
    assert evs and all(actors - {"RUS", "CHL"} == target for _, _, actors in evs), evs


def test_an_unnamed_member_still_stands_for_its_organisation(pipeline):
    evs = events_of(pipeline, "Russia threatened a NATO member on Monday.")
    assert any("NATO" in actors for _, _, actors in evs), evs


@pytest.mark.parametrize("text, type_", [
    ("The Chilean minister has had no discussions with her Peruvian counterpart since May.", "CONSULT"),
    ("Chile held no talks with Peru last year.", "CONSULT"),
    ("Chile imposed no new sanctions on Peru after the vote.", "SANCTION"),
])
def test_an_act_with_no_object_did_not_happen(pipeline, text, type_):
    evs = events_of(pipeline, text)
    assert [s for t, s, _ in evs if t == type_] == ["negated"], evs


def test_no_inside_a_phrase_of_the_act_does_not_negate_it(pipeline):
    evs = events_of(pipeline, "Chile held talks with Peru with no preconditions.")
    assert [s for t, s, _ in evs if t == "CONSULT"] == ["occurred"], evs


@pytest.mark.parametrize("text", [
    "The border quarrel sorely tests Chilean diplomacy with Peru.",
    "Peru wants to test the limits of Chile's patience over the fishing zone.",
    "The Chilean envoy to Peru tested positive for the virus on Monday.",
])
def test_testing_a_quality_is_no_weapons_test(pipeline, text):
    assert not any(t == "MOBILIZE" for t, _, _ in events_of(pipeline, text))


def test_testing_a_missile_is_still_a_weapons_test(pipeline):
    evs = events_of(pipeline, "Peru tested a new cruise missile near the Chilean border.")
    assert any(t == "MOBILIZE" for t, _, _ in evs), evs


def test_concern_that_another_may_act_is_aimed_at_that_other(pipeline):
    evs = events_of(pipeline, "Chile met Peru on Monday. Bolivia has repeatedly voiced concern that Maduro "
                              "may move troops to the Bolivian border.")
    assert ("ACCUSE", "occurred", frozenset({"BOL", "VEN"})) in evs, evs
