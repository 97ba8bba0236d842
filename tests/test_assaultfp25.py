"""ASSAULT precision (session 25): readings of attack words that tell of no attack, found by grouping
the false ASSAULTs of a news-pool sample. Sentences written for these tests (not from an eval set); the
real pipeline runs on each. Each test pairs the reading with a sentence it must leave alone."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,kept,pair", [
    # "beat"/"overtake" with a goal raced for, a rank reached or a contest's ground: a contest won, no
    # attack; a beating carried "to death" and a fight won in a place stay attacks
    ("South Korea hopes to beat Japan to a working hydrogen engine.",
     "Japanese police beat a South Korean activist to death in Osaka.", ("JPN", "KOR")),
    ("Vietnam overtook Thailand as the region's largest rice exporter.",
     "Iraqi troops beat the Islamic State fighters in Fallujah.", ("IRQ", "ISIS")),
    ("Canada will overtake Mexico next year in the production of natural gas.",
     "Iraqi troops beat the Islamic State fighters in Fallujah.", ("IRQ", "ISIS")),
])
def test_contest_won_is_no_attack(pipeline, text, kept, pair):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)
    evs = events_of(pipeline, kept)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,kept,pair", [
    # "beat" in an idiom of no blow ("beat a path to", "beat the drum for"): no attack; kept: a beating
    ("Ministers from Spain and Brazil are beating a path to Caracas.",
     "Chinese police beat Japanese protesters in Shanghai.", ("CHN", "JPN")),
    ("Pakistan's generals have been beating the drum for war with India.",
     "Chinese police beat Japanese protesters in Shanghai.", ("CHN", "JPN")),
])
def test_beat_idiom_is_no_attack(pipeline, text, kept, pair):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)
    evs = events_of(pipeline, kept)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,kept,pair", [
    # the infinitive of a noun of mood ("will", "desire", "determination") tells of a side's spirit, not a
    # fight done or announced; kept: the infinitive of a plan
    ("The Afghan army has shown little will to fight the Taliban.",
     "Israel has a plan to strike Iran.", ("ISR", "IRN")),
    ("The Iraqi army had no desire to fight ISIS.",
     "Israel has a plan to strike Iran.", ("ISR", "IRN")),
])
def test_mood_to_fight_is_no_attack(pipeline, text, kept, pair):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)
    evs = events_of(pipeline, kept)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)
