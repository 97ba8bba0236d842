"""Accusations and threats the extractor missed or misread (session 21, accuse21), each found recurring on the
news pool: verbs of criticism the curated lexicon lacked ("railed against Y", "excoriated Y",
"upbraided Y"), and criticism delivered as a noun ("delivered a critique of Y's plan"), which the
default reading of "deliver" took for aid; a warning that another side's hostile act "will not be
tolerated" (a threat, not a negated attack). Sentences written for these tests; the real pipeline
runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of


@pytest.mark.parametrize("text, codes", [
    ("North Korea has railed against the United States over the joint drills.", {"PRK", "USA"}),
    ("Pompeo excoriated Iran over its missile program.", {"USA", "IRN"}),
    ("Kerry upbraided Russia for its actions in Ukraine.", {"USA", "RUS"}),
    ("Iran vilified the United States in a speech on Friday.", {"IRN", "USA"}),
    ("Duterte harangued the United States over its criticism.", {"PHL", "USA"}),
    ("The Kremlin castigated Britain over the expulsions.", {"RUS", "GBR"}),
])
def test_verbs_of_criticism_are_accusations(pipeline, text, codes):
    evs = events_of(pipeline, text)
    assert any(t == "ACCUSE" and codes <= actors for t, actors, _ in evs), evs


@pytest.mark.parametrize("text, codes", [
    ("Merkel delivered a critique of Britain's plan.", {"DEU", "GBR"}),
    ("Haley delivered a sharp criticism of Russia's role.", {"USA", "RUS"}),
])
def test_delivered_criticism_is_no_aid(pipeline, text, codes):
    evs = events_of(pipeline, text)
    assert any(t == "ACCUSE" and codes <= actors for t, actors, _ in evs), evs
    assert not any(t == "AID" for t, _, _ in evs), evs


@pytest.mark.parametrize("text, codes", [
    ("The United States will not tolerate Iranian attacks on its forces.", {"USA", "IRN"}),
    ("Russia will never tolerate Turkish strikes on Syrian troops.", {"RUS", "TUR"}),
])
def test_a_hostile_act_that_will_not_be_tolerated_is_a_threat(pipeline, text, codes):
    evs = events_of(pipeline, text)
    assert any(t == "THREATEN" and codes <= actors for t, actors, _ in evs), evs
    assert not any(t == "ASSAULT" for t, _, _ in evs), evs  # the attack is warned off, not done


@pytest.mark.parametrize("text", [
    "The CIA does not tolerate reprisals against Russian defectors.",  # a habit, no act ahead
    "The United States will not tolerate a nuclear Iran.",  # no hostile act named
])
def test_not_tolerating_a_habit_or_a_state_is_no_threat(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(t == "THREATEN" for t, _, _ in evs), evs
