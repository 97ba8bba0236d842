"""ASSAULT sides (session 26): a side said to be responsible for an attack whose phrase names what it struck
is its doer, as one blamed for it or one that claims it. Sentences written for these tests (not from an eval
set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    ("Washington says Iran was responsible for the drone attack on Saudi oil facilities.", ("IRN", "SAU")),
    ("Kenyan police believe al-Shabaab is responsible for the bombing of a bus in Nairobi.", ("ALSHABAAB", "KEN")),
])
def test_responsible_side_is_the_attacker(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,side", [
    ("Pakistan insisted it was not responsible for the bombing in Kabul.", "PAK"),
    ("Pakistan denied it was responsible for the bombing in Kabul.", "PAK"),
    ("Groups that might be responsible for the attack in Paris include ISIS.", "ISIS"),
])
def test_denied_or_hedged_responsibility_names_no_attacker(pipeline, text, side):
    # beside a plain responsibility, read as the doer: a denied or hedged one names none
    evs = events_of(pipeline, "Washington says Iran was responsible for the drone attack on Saudi oil facilities. "
                    + text)
    assert ("IRN", "SAU") in pairs(evs, "ASSAULT"), shown(evs)
    assert not [e for e in evs if e.type == "ASSAULT" and e.source is not None and e.source.code == side], shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("The bombing in Ankara was blamed on the PKK.", ("PKK", "TUR")),
    ("The bombing of a police station in Ankara, blamed on the PKK, killed 12.", ("PKK", "TUR")),
    ("A raid on an Indian army camp, attributed to Jaish-e-Mohammed, left four soldiers dead.", ("JEM", "IND")),
])
def test_side_an_attack_is_laid_on_is_the_attacker(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)
