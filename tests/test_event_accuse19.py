"""Accusations the extractor missed or misread (session 19, accuse19), each found recurring on the
news pool: blame laid by an idiom ("pointed the finger at Y"), criticism in an idiom the CAMEO
patterns read as a strike ("hit out at Y"), a charge laid by a gerund under "by"/"in" that tells how
its subject did something else ("took a shot at Y by blaming Z"), a crowd chanting "Death to Y" (a
protest against Y, as burning its flags is). Sentences written for these tests;
the real pipeline runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of


def _accusations(text: str, pipeline) -> list[tuple[str, frozenset[str], str]]:
    return [e for e in events_of(pipeline, text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize("text, codes", [
    ("Tillerson pointed the finger at Moscow over the poisoning of a former Russian spy.", {"USA", "RUS"}),
    ("The Obama administration pointed the finger at China on Monday.", {"USA", "CHN"}),
])
def test_pointing_the_finger_is_blame(pipeline, text, codes):
    evs = _accusations(text, pipeline)
    assert any(codes <= actors for _, actors, _ in evs), events_of(pipeline, text)


def test_hitting_out_at_is_criticism_not_a_strike(pipeline):
    evs = events_of(pipeline, "The White House hit out at China over its trade practices.")
    assert any(t == "ACCUSE" and {"USA", "CHN"} <= actors for t, actors, _ in evs), evs
    assert not any(t == "ASSAULT" for t, _, _ in evs), evs


@pytest.mark.parametrize("text, codes", [
    ("Saudi Arabia took a fresh shot at its regional rival by blaming Tehran for a drone attack.", {"SAU", "IRN"}),
    ("Britain joined France in accusing Russia of the nerve agent attack.", {"GBR", "RUS"}),
])
def test_a_charge_laid_in_doing_something_else_is_an_accusation(pipeline, text, codes):
    evs = _accusations(text, pipeline)
    assert any(codes <= actors for _, actors, _ in evs), events_of(pipeline, text)


def test_an_interest_in_blaming_is_no_accusation(pipeline):
    evs = _accusations("Officials in Paris were interested in blaming Russia.", pipeline)
    assert not evs, evs


@pytest.mark.parametrize("text, codes", [
    ("In Iran, about 50 protesters shouted, \u201cDeath to America,\u201d outside the Swiss Embassy.", {"IRN", "USA"}),
    ("Thousands of North Koreans rallied in Pyongyang, chanting \u201cDeath to America.\u201d", {"PRK", "USA"}),
])
def test_a_crowd_chanting_death_to_a_state_protests_against_it(pipeline, text, codes):
    evs = events_of(pipeline, text)
    assert any(t == "PROTEST" and codes <= actors for t, actors, _ in evs), evs


def test_a_chant_by_no_crowd_is_no_protest(pipeline):
    evs = events_of(pipeline, "Hardliners in Iran still chant \u201cDeath to America\u201d even in parliament.")
    assert not any(t == "PROTEST" for t, _, _ in evs), evs
