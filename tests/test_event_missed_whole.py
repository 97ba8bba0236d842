"""Events missed whole: a channel kept between two sides ("in touch with", "had contacts with", "in
communication with") is a CONSULT, a contact lost, sought or named is none; "the testing of two
ICBMs" is a weapons test, "its missile testing" (a programme) none; a beheading is an assault; threats
made against a party are threats; "the expulsion of 60 U.S. diplomats" expels the US; a fronted "In
launching airstrikes on X, ..." reports the strikes. Sentences written for these tests; the real
pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events


def consults(events) -> list[set[str]]:
    return [{a.code for a in e.actors()} for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, pair", [
    ("Turkish officials were in close touch with Greek diplomats throughout the crisis.", {"TUR", "GRC"}),
    ("Brazilian diplomats had repeated contacts with Chinese officials last year.", {"BRA", "CHN"}),
    ("The Kenyan envoy has been in regular communication with Somali leaders.", {"KEN", "SOM"}),
])
def test_a_channel_kept_with_another_side_is_a_consult(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in consults(evs), [(e.type, sorted(a.code for a in e.actors())) for e in evs]


@pytest.mark.parametrize("text", [
    "The Norwegian navy lost contact with a Russian submarine on Tuesday.",
    "The Polish minister tried to get in touch with Belarusian officials but got no answer.",
    "The French ambassador avoided eye contact with the Iranian delegate.",
    "Ukraine's contact group on Moldova met on Tuesday.",
])
def test_no_consult_from_a_contact_lost_sought_or_named(pipeline, text):
    assert not consults(events_of(pipeline, text))


@pytest.mark.parametrize("text, code", [
    ("The sanctions answered Tehran's testing of two ballistic missiles last month.", "IRN"),
    ("Seoul condemned North Korea's testing of a nuclear device on Sunday.", "PRK"),
])
def test_the_testing_of_a_weapon_is_a_weapons_test(pipeline, text, code):
    evs = events_of(pipeline, text)
    assert any(e.type == "MOBILIZE" and e.source and e.source.code == code for e in evs), \
        [(e.type, sorted(a.code for a in e.actors())) for e in evs]


@pytest.mark.parametrize("text", [
    "Washington put Tehran on notice over its ballistic missile testing.",  # a programme, not one test
    "The testing of Indian students in Nepal resumed on Monday.",
])
def test_no_weapons_test_from_a_testing_programme_or_other_testing(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if e.type == "MOBILIZE"]


def test_a_beheading_is_an_assault_on_the_victims_state(pipeline):
    evs = events_of(pipeline, "Boko Haram's beheading of a Cameroonian soldier drew wide condemnation.")
    assert any(e.type == "ASSAULT" and e.target and e.target.code == "CMR" for e in evs), \
        [(e.type, sorted(a.code for a in e.actors())) for e in evs]


@pytest.mark.parametrize("text, pair", [
    ("Iran responded on Monday with threats against Saudi Arabia.", ("IRN", "SAU")),
    ("Venezuela's threats against Guyana alarmed Brazil.", ("VEN", "GUY")),
])
def test_threats_made_against_a_party_are_threats(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert any(e.type == "THREATEN" and (e.source and e.source.code, e.target and e.target.code) == pair
               for e in evs), [(e.type, sorted(a.code for a in e.actors())) for e in evs]


@pytest.mark.parametrize("text", [
    "Japan says North Korea poses a growing threat to the region.",
    "The North Korean threat against the region is growing, Japan said.",
])
def test_a_threat_that_stands_is_no_event(pipeline, text):
    assert not [e for e in events_of(pipeline, text) if e.type == "THREATEN"]


def test_a_fronted_in_or_by_gerund_reports_its_act(pipeline):
    evs = events_of(pipeline, "In launching airstrikes on Yemen, Saudi Arabia relied on intelligence from its allies.")
    assert any(e.type == "ASSAULT" and {a.code for a in e.actors()} == {"SAU", "YEM"} for e in evs), \
        [(e.type, sorted(a.code for a in e.actors())) for e in evs]


def test_no_fronted_act_from_a_condition(pipeline):
    evs = events_of(pipeline, "Only by launching airstrikes on Yemen will Saudi Arabia break the rebels, its officials said.")
    assert not [e for e in evs if e.type == "ASSAULT" and e.status == "occurred"]


@pytest.mark.parametrize("text, pair", [
    ("Warsaw announced the expulsion of 45 Russian diplomats on Monday.", ("POL", "RUS")),
    ("Lavrov called for the expulsion of 35 U.S. diplomats.", ("RUS", "USA")),
])
def test_the_of_phrase_of_an_expulsion_names_who_is_expelled(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert any(e.type == "SANCTION" and (e.source and e.source.code, e.target and e.target.code) == pair
               for e in evs), [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs]
