"""Accusations found by grouping the train split's ACCUSE misses and checking the constructions on
news-pool articles (session 26). Sentences written for these tests (not from an eval set); the real
pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    # a deed laid at another side's door by a verb of attributing is an accusation of that side
    ("German investigators have traced the cyberattack on the parliament to Russia.", ("DEU", "RUS")),
    ("The Dutch government attributed the poisoning to Russian military intelligence.", ("NLD", "RUS")),
    ("Seoul has linked the bombing of the ferry to North Korean agents.", ("KOR", "PRK")),
    # the side the deed struck is not the one accused
    ("Washington traced the drone attack on Saudi oil facilities to Iran.", ("USA", "IRN")),
])
def test_deed_attributed_to_a_side_accuses_it(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)


def test_deed_attributed_is_no_attack_by_who_traces_it(pipeline):
    evs = events_of(pipeline, "Canadian officials traced the attack to Iran.")
    assert ("CAN", "IRN") not in pairs(evs, "ASSAULT") and ("CAN", "IRN") in pairs(evs, "ACCUSE"), shown(evs)


def test_deed_attributed_accuses_only_the_doer(pipeline):
    evs = events_of(pipeline, "Washington traced the drone attack on Saudi oil facilities to Iran.")
    assert pairs(evs, "ACCUSE") == [("USA", "IRN")], shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a part in a hostile deed said of another side accuses it, as "was behind the attack" does
    ("The French foreign minister said Iran was involved in the bombing of the embassy.", ("FRA", "IRN")),
    ("Japanese officials believe North Korea was directly involved in the cyberattack on the exchange.",
     ("JPN", "PRK")),
])
def test_part_in_a_deed_said_accuses(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # genocide said of another side's deeds is a disapproving label: the speaker accuses that side
    ("The Canadian foreign minister said Myanmar's army was committing genocide against the Rohingya.",
     ("CAN", "MMR")),
    ("Tehran called Israel's offensive genocidal.", ("IRN", "ISR")),
])
def test_genocide_said_accuses(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)
