"""Precision fixes from the session-27 audit (fresh pool sample B) of ASSAULT, COERCE, RETREAT and
CONCEDE events. Sentences written for these tests (not from an eval set); the real pipeline runs on each.
Each test pairs the false reading removed with a true one of the same word that stays."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown

_PRISONERS = "Iran released a group of American prisoners on Sunday, officials in Tehran said."


@pytest.mark.parametrize("text", [
    # a list is published, whoever or whatever it names: no captive freed
    "The United States on Monday released a list of 150 Russian oligarchs and officials close to the Kremlin.",
    "The White House has also released a list of 10 percent tariffs on another $100 billion of Chinese "
    "goods, officials in Washington said.",
])
def test_released_list_is_no_release_of_captives(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "RETREAT"], shown(evs)
    kept = events_of(pipeline, _PRISONERS)  # a group of prisoners freed is still a release
    assert ("IRN", "USA") in pairs(kept, "RETREAT"), shown(kept)


@pytest.mark.parametrize("text", [
    # CAMEO's CONFINE reads a policy's aim or a description as coercion
    "Washington has successfully contained Iran's regional ambitions for a decade, the senator argued.",
])
def test_containment_is_no_coercion(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "COERCE"], shown(evs)


@pytest.mark.parametrize("text,fight,pair", [
    # "clash over" an issue is a dispute in words, "clash with" troops a fight; "blow" without "up" is
    # no blast, "blew up" a jeep is one
    ("Washington and Beijing have clashed over who should lead the inquiry into the outbreak.",
     "Syrian troops clashed with Turkish forces near the border on Monday.", ("SYR", "TUR")),
    ("Germany and Poland clashed over the fate of the pipeline at the summit in Brussels.",
     "Syrian troops clashed with Turkish forces near the border on Monday.", ("SYR", "TUR")),
    ("The French president had a chance to look tough on Russia this week, and he blew it.",
     "Hezbollah militants blew up an Israeli army jeep near the border on Monday.", ("HEZBOLLAH", "ISR")),
])
def test_words_in_another_sense_are_no_attack(pipeline, text, fight, pair):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)
    kept = events_of(pipeline, fight)
    assert pair in pairs(kept, "ASSAULT"), shown(kept)


@pytest.mark.parametrize("text", [
    # "engage" a state with no armed side is diplomacy; troops engaging fighters is combat
    "The defence secretary said Washington will engage the Chinese in military to military talks.",
    "The senator said the United States should engage Venezuela in direct talks.",
])
def test_engaging_a_state_in_talks_is_no_attack(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)
    kept = events_of(pipeline, "Nigerian troops engaged Boko Haram fighters near the border on Monday.")
    assert ("NGA", "BOKOHARAM") in pairs(kept, "ASSAULT"), shown(kept)


@pytest.mark.parametrize("text", [
    # a light verb with a stretch of time or with a thing held is no act: no arrest read into it
    "The Saudis could buy Russian jets. It would take years for the Saudi air force to re-equip with "
    "Russian or Chinese planes.",
    "A separate ceremony will be held on Saturday in Kabul with the US defence secretary and the NATO "
    "secretary-general, a spokesman for the Afghan president said.",
])
def test_light_verbs_of_time_or_things_are_no_arrest(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "COERCE"], shown(evs)
    kept = events_of(pipeline, "Two British journalists were held in Iran for a month.")
    assert ("IRN", "GBR") in pairs(kept, "COERCE"), shown(kept)
    # time given to a party is an ultimatum
    kept = events_of(pipeline, "Last month the European Union gave Serbia 30 days to lift the ban before "
                               "Brussels would freeze the accession talks.")
    assert ("EU", "SRB") in pairs(kept, "THREATEN"), shown(kept)


@pytest.mark.parametrize("text", [
    # CAMEO's DEPORT reads a fall from power as coercion (a deportation)
    "Washington had backed the opposition leader's bid to oust Maduro.",
])
def test_ousting_is_no_coercion(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "COERCE"], shown(evs)
    kept = events_of(pipeline, "Russia deported two Georgian journalists on Monday.")
    assert ("RUS", "GEO") in pairs(kept, "COERCE"), shown(kept)


@pytest.mark.parametrize("text,pair", [
    # an act aimed at email accounts or servers hits computers: a cyber attack (COERCE), no force
    ("Chinese agents targeted the email accounts of Indian officials.", ("CHN", "IND")),
    ("North Korean agents attacked the computer servers of Sony Pictures in the United States.", ("PRK", "USA")),
])
def test_attacks_on_computers_are_cyber(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "COERCE") and pair not in pairs(evs, "ASSAULT"), shown(evs)
    kept = events_of(pipeline, "Israeli jets targeted a Hamas weapons depot in Gaza.")
    assert ("ISR", "HAMAS") in pairs(kept, "ASSAULT"), shown(kept)


@pytest.mark.parametrize("text", [
    # a person leaving a place is a journey; forces leaving a country withdraw
    "The German foreign minister has left Bangladesh, where she and the chancellor were attending a "
    "regional summit.",
    "An analyst said she was not surprised that Blinken left Moscow without concrete steps on Ukraine.",
])
def test_person_leaving_a_place_is_no_withdrawal(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "RETREAT"], shown(evs)
    kept = events_of(pipeline, "The last French combat troops left Mali in August, officials in Paris said.")
    assert ("FRA", "MLI") in pairs(kept, "RETREAT"), shown(kept)
