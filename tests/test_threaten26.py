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
