"""Sanctions found on the news pool (session 17): leaving a bloc or an accord named by a noun of
leaving ("Britain's withdrawal from the EU") is SANCTION withdraw, as the verb ("withdrew from NATO")
already reads it; troops withdrawn from a place stay a RETREAT. Sentences written for these tests; the
real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest



from probe import events_of, pairs


@pytest.mark.parametrize("text,pair", [
    ("Theresa May began her country's withdrawal from the European Union.", ("GBR", "EU")),
    ("Britain's withdrawal from the EU may strengthen the independence movement.", ("GBR", "EU")),
    ("Washington announced its withdrawal from NATO.", ("USA", "NATO")),
])
def test_a_bloc_left_by_a_noun_of_leaving_is_a_sanction(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), [(e.type, e.trigger) for e in evs]
    assert pair not in pairs(evs, "RETREAT")


def test_troops_withdrawn_from_a_place_stay_a_retreat(pipeline):
    evs = events_of(pipeline, "The United States completed its troop withdrawal from Syria.")
    assert ("USA", "SYR") in pairs(evs, "RETREAT"), [(e.type, e.trigger) for e in evs]


def test_a_word_of_an_actors_name_is_no_event_word(pipeline):
    evs = events_of(pipeline, "At least 25 people were killed in the US airstrikes, according to a statement "
                              "Sunday from the Popular Mobilization Units, a Tehran-backed Shiite militia.")
    assert not [e for e in evs if e.type == "MOBILIZE"], [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text", [
    "Obama's hostility to Israel was obvious throughout his term.",
    "Hagel has demonstrated an enduring hostility towards Israel.",
])
def test_hostility_in_the_singular_is_an_attitude(pipeline, text):
    assert not pairs(events_of(pipeline, text), "ASSAULT")


def test_hostilities_in_the_plural_are_still_fighting(pipeline):
    evs = events_of(pipeline, "Israeli forces resumed hostilities against Hamas on Tuesday.")
    assert ("ISR", "HAMAS") in pairs(evs, "ASSAULT"), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text,pair", [
    ("Washington pulled out of NATO on Monday.", ("USA", "NATO")),
    ("The United States should pull out of the United Nations.", ("USA", "UN")),
])
def test_a_bloc_pulled_out_of_is_the_target(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), [(e.type, e.trigger, pairs([e], e.type)) for e in evs]


@pytest.mark.parametrize("text,pair", [
    ("On Friday, Trump raised tariffs from 10 percent to 25 percent on $200 billion of Chinese goods.", ("USA", "CHN")),
    ("Washington will increase duties from 10% to 25% on Mexican imports.", ("USA", "MEX")),
])
def test_goods_hung_on_a_raised_rate_are_the_measures_target(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), [(e.type, e.trigger, pairs([e], e.type)) for e in evs]


def test_aid_withheld_from_a_state_is_a_sanction(pipeline):
    evs = events_of(pipeline, "The Trump administration withheld military aid from Ukraine.")
    assert ("USA", "UKR") in pairs(evs, "SANCTION"), [(e.type, e.trigger) for e in evs]
    assert ("USA", "UKR") not in pairs(evs, "AID")


@pytest.mark.parametrize("text", [
    "The State Department urged Americans to leave Lebanon immediately.",
    "The State Department has warned U.S. citizens to defer all non-essential travel to Ukraine.",
    "Britain urged its citizens to leave Iran.",
])
def test_a_states_advisory_to_its_own_people_asks_no_other_state(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type in ("REQUEST", "THREATEN")], [(e.type, e.trigger) for e in evs]


def test_a_demand_about_a_states_citizens_is_still_a_request(pipeline):
    evs = events_of(pipeline, "Pompeo urged Iran to release the Americans.")
    assert ("USA", "IRN") in pairs(evs, "REQUEST"), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text", [
    "European Union and Middle East intelligence agencies had identified an imminent threat to Belgium.",
    "U.S. officials said they detected the threat from Iranian-backed militias in Iraq.",
])
def test_a_threat_identified_or_detected_is_no_threat_made(pipeline, text):
    assert not pairs(events_of(pipeline, text), "THREATEN")


@pytest.mark.parametrize("text", [
    "The United States has ordered the closure of the Russian consulate in San Francisco.",
    "Washington shut down the Russian consulate in Seattle.",
])
def test_another_states_mission_closed_is_a_sanction(pipeline, text):
    evs = events_of(pipeline, text)
    assert ("USA", "RUS") in pairs(evs, "SANCTION"), [(e.type, e.trigger) for e in evs]
    assert not pairs(evs, "REQUEST")


@pytest.mark.parametrize("text,type_", [
    ("China condemned the closure of the American consulate in Chengdu.", "ACCUSE"),
    ("Iraqi lawmakers demanded the closure of the American embassy.", "REQUEST"),
])
def test_a_closure_judged_or_asked_for_is_no_sanction(pipeline, text, type_):
    evs = events_of(pipeline, text)
    assert not pairs(evs, "SANCTION") and pairs(evs, type_), [(e.type, e.trigger) for e in evs]


def test_a_states_own_embassy_closed_is_no_sanction(pipeline):
    evs = events_of(pipeline, "Canada said it was closing its embassy in Dhaka.")
    assert not pairs(evs, "SANCTION"), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text,pair", [
    ("Protesters in Tehran burned American flags on Friday.", ("IRN", "USA")),
    ("Thousands of Palestinians protested in Gaza City, burning pictures of Trump.", ("PSE", "USA")),
])
def test_the_likeness_a_crowd_burns_names_whom_it_protests(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "PROTEST"), [(e.type, e.trigger, pairs([e], e.type)) for e in evs]


def test_a_crowd_storming_a_mission_stays_a_riot(pipeline):
    evs = events_of(pipeline, "On Friday, protesters stormed Iran's consulate in Basra, tearing down the Iranian flag.")
    assert [e.mode for e in evs if e.type == "PROTEST"] == ["riot"], [(e.type, e.mode, e.trigger) for e in evs]
