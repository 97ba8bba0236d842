"""Deployments and arms decided by a verb of authorizing, found by grouping the train split's MOBILIZE
misses and checking the constructions on news-pool articles (session 25). Sentences written for these
tests (not from an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,type_,pair", [
    # the gerund an authorizing verb has for complement is the act its subject decided, no activity named
    ("Biden authorized sending 800 soldiers to Latvia on Tuesday.", "MOBILIZE", ("USA", "LVA")),
    ("Macron approved deploying 300 commandos to Niger.", "MOBILIZE", ("FRA", "NER")),
    ("London has authorized sending anti-tank missiles to Ukraine.", "AID", ("GBR", "UKR")),
])
def test_authorized_gerund_is_the_act(pipeline, text, type_, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), shown(evs)
    assert not pairs(evs, "SUPPORT"), shown(evs)  # the approval backs no policy of another


@pytest.mark.parametrize("text,pair", [
    # approving a deployment decides it, as authorizing or ordering one does
    ("Putin approved the deployment of 2,000 paratroopers to Belarus.", ("RUS", "BLR")),
    ("The Dutch cabinet approved the deployment of marines to Lithuania.", ("NLD", "LTU")),
])
def test_approved_deployment_is_a_deployment(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "MOBILIZE"), shown(evs)
    assert not pairs(evs, "SUPPORT"), shown(evs)



@pytest.mark.parametrize("text,pair", [
    # a "from" phrase of a passive release names who let them go: a state, or the holder of the place of holding
    ("Two Australian sailors were released from Iran on Friday.", ("IRN", "AUS")),
    ("A Canadian teacher was freed from Chinese custody after three years.", ("CHN", "CAN")),
    ("The French engineer, who was released from a Syrian prison in May, spoke to reporters.", ("SYR", "FRA")),
])
def test_released_from_a_holder(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "RETREAT"), shown(evs)
