"""Readings fixed by the session-26 precision audit of ACCUSE, THREATEN, REJECT and PROTEST on
unseen pool articles. Sentences written for these tests (not from an eval set); the real
pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,side", [
    # a refusal to speak turns down no one: the story's other side is not the one refused
    ("North Korea accused the South of flying drones over Pyongyang. Seoul denied the allegation and "
     "the U.S. military declined to comment.", "USA"),
    ("Russia accused Ukraine of shelling Donetsk. Kyiv denied the allegation and NATO officials "
     "declined to comment.", "NATO"),
])
def test_declining_to_comment_is_no_rejection(pipeline, text, side):
    evs = events_of(pipeline, text)
    assert not [p for p in pairs(evs, "REJECT") if p[0] == side], shown(evs)


@pytest.mark.parametrize("text,pair", [
    # "declined to" refuses the act as "refused to" does: the side the act was for is turned down
    ("Germany declined to extradite the two suspects to the United States.", ("DEU", "USA")),
    ("The Iranian foreign minister declined to meet the American envoy in Vienna.", ("IRN", "USA")),
])
def test_declining_to_act_for_a_side_rejects_it(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "REJECT"), shown(evs)
