"""Acts of force on unseen news (eighteenth pass). Sentences written for these tests (not from an
eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2015-06-17")
shown = probe.shown
pairs = probe.pairs


@pytest.mark.parametrize("text,pair", [
    ("The killing led to an intensified U.S.-led air campaign against ISIS.", ("USA", "ISIS")),
    ("Abadi asked for more help in his government's fight against the Islamic State.", ("IRQ", "ISIS")),
    ("Jordan joined the fight against the Islamic State on Tuesday.", ("JOR", "ISIS")),
    ("Trump touted the U.S. fight against ISIS.", ("USA", "ISIS")),
])
def test_a_campaign_against_an_armed_group_is_an_attack_on_it(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text", [
    "Lavrov questioned the logic of toppling Assad to further the fight against ISIS.",  # whose fight: unsaid
    "The fight against ISIS propaganda online is hard, Germany said.",  # a thing of the group's
    "Germany praised the campaign against corruption in Ukraine.",  # no armed group
    "Israel has waged a diplomatic campaign against Hezbollah in Europe.",  # a campaign of words
    "Saudi Arabia launched a media campaign against the Muslim Brotherhood.",
])
def test_no_attack_from_a_campaign_no_phrase_gives_a_doer(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Washington approved a sanctions bill against North Korea.", ("USA", "PRK")),
    ("The U.S. passed new Russia sanctions legislation.", ("USA", "RUS")),
])
def test_a_law_named_by_its_sanctions_is_a_sanction(pipeline, text, pair):
    evs = events_of(pipeline, text, "2017-08-01")
    assert pair in pairs(evs, "SANCTION") and not pairs(evs, "SUPPORT"), shown(evs)


def test_an_attack_for_what_one_failed_to_do_is_criticism(pipeline):
    evs = events_of(pipeline, "Trump publicly attacked NATO members for failing to meet defense spending commitments.",
                    "2018-07-10")
    assert ("USA", "NATO") in pairs(evs, "ACCUSE") and not pairs(evs, "ASSAULT"), shown(evs)


def test_armed_men_attacking_someone_for_a_deed_still_attack(pipeline):
    evs = events_of(pipeline, "The Pakistani teen was attacked by Taliban militants for promoting education for girls.")
    assert ("TALIBAN", "PAK") in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Russian hackers targeted the Ukrainian company Naftogaz.", ("RUS", "UKR")),
    ("A group of Chinese hackers waged a cyber war against a U.S. software firm.", ("CHN", "USA")),
    ("North Korea attacked South Korea's banks with malware.", ("PRK", "KOR")),
])
def test_an_attack_by_hackers_or_on_computers_is_cyber_coercion(pipeline, text, pair):
    evs = events_of(pipeline, text, "2017-01-08")
    assert pair in pairs(evs, "COERCE") and not pairs(evs, "ASSAULT"), shown(evs)


def test_jets_that_target_a_group_still_attack_it(pipeline):
    evs = events_of(pipeline, "Israeli jets targeted Hamas positions.", "2017-01-08")
    assert ("ISR", "HAMAS") in pairs(evs, "ASSAULT"), shown(evs)
