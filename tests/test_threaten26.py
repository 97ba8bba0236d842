"""Threats found by grouping the train split's THREATEN misses and checking the constructions on
news-pool articles (session 26). Sentences written for these tests (not from an eval set); the real
pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    # an act the speaker says would go over its red line warns whoever would do it
    ("Macron said Syria would cross a red line if it moved its chemical weapons.", ("FRA", "SYR")),
    ("Chancellor Olaf Scholz has said Belarus's use of migrants as a weapon would be a red line.", ("DEU", "BLR")),
    ("Ankara declared that any shelling by the Syrian army would constitute a red line.", ("TUR", "SYR")),
])
def test_red_line_warned(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "THREATEN"), shown(evs)
    assert pair not in pairs(evs, "ACCUSE"), shown(evs)


def test_warned_act_named_by_its_doer(pipeline):
    # the doer of the act a warning is about, named by "by", is whom the warning aims at
    evs = events_of(pipeline, "Tokyo said any incursion by Chinese ships would have serious consequences.")
    assert ("JPN", "CHN") in pairs(evs, "THREATEN"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a side told it will not get away with its act is warned that it will pay for it
    ("Erdogan said the Syrian regime would not get away with the shelling of Turkish posts.", ("TUR", "SYR")),
    ("Biden warned that Russia won't get away with the cyberattack.", ("USA", "RUS")),
])
def test_will_not_get_away_with(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "THREATEN"), shown(evs)


def test_warnings_sender_on_heeding_verb(pipeline):
    # the parser hangs "from Moscow" on the verb: the warnings are still Moscow's, sent to Kyiv
    evs = events_of(pipeline, "Kyiv ignored the warnings from Moscow.")
    assert ("RUS", "UKR") in pairs(evs, "THREATEN"), shown(evs)


def test_retaliation_against_act_told_by_participle(pipeline):
    # whom a promised retaliation answers: the agent of the participle that tells the act answered
    evs = events_of(pipeline, "Venezuela said it would retaliate against the new tariffs imposed by Colombia.")
    assert ("VEN", "COL") in pairs(evs, "THREATEN"), shown(evs)
