"""Accusations, threats and refusals found by grouping the train split's misses and checking the
constructions on news-pool articles (session 22). Sentences written for these tests (not from an eval
set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.test_event_relative17 import events_of, read_as, shown


@pytest.mark.parametrize("text,event", [
    # an act "will be met with" a forceful answer: the speaker threatens the act's doer
    ("Trump said North Korean threats will be met with fire and fury.", ("THREATEN", "USA", "PRK")),
    ("Bolton said any attack on United States interests by Iran will be met with unrelenting force.",
     ("THREATEN", "USA", "IRN")),
    ("Jay Carney warned that attempts by Russia to disrupt Ukraine's elections would be met with more severe "
     "sanctions.", ("THREATEN", "USA", "RUS")),
])
def test_act_met_with_force_is_a_threat(pipeline, text, event):
    read_as(pipeline, text, event)


@pytest.mark.parametrize("text", [
    "Trump said North Korean threats will be met with fire and fury.",  # no meeting
    "The Chinese proposal will be met with a crushing response from Japan, Tokyo said.",
])
def test_met_with_force_is_no_meeting(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "CONSULT"], shown(evs)


@pytest.mark.parametrize("text", [
    "Mexico said the declaration by the United States would be met with an immediate court challenge.",
    "Israel said quiet from Hamas will be met with quiet.",
    "The Chinese proposal was met with a strong response from Japan.",  # an answer given, no promise
])
def test_met_with_no_force_is_no_threat(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "THREATEN"], shown(evs)


@pytest.mark.parametrize("text", [
    # "threaten" with a state of well-being as its object endangers it: no threat is made
    "By ordering the strike, Trump threatened the military assets of Assad.",
    "The Iranian moves threaten the stability of Saudi Arabia.",
    "ISIS threatened Iraqi sovereignty.",
])
def test_endangering_is_no_threat(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "THREATEN"], shown(evs)


@pytest.mark.parametrize("text,event", [
    ("North Korea threatened the United States with a nuclear strike.", ("THREATEN", "PRK", "USA")),
    ("Iran threatened to close the Strait of Hormuz to American ships.", ("THREATEN", "IRN", "USA")),
    # a hostage's life threatened is a threat
    ("ISIS threatened the life of an American hostage if the United States did not end its airstrikes.",
     ("THREATEN", "ISIS", "USA")),
    # a side said to endanger the speaker's security is accused
    ("Putin said that NATO's expansion near Russia's borders threatens the nation's security.",
     ("ACCUSE", "RUS", "NATO")),
])
def test_threats_and_charges_of_endangering(pipeline, text, event):
    read_as(pipeline, text, event)


@pytest.mark.parametrize("text,event", [
    # a promised answer aims at who did what it answers: the doer, owner or agent of the act "for"/"to" it
    ("Russia threatened to retaliate for the new U.S. sanctions.", ("THREATEN", "RUS", "USA")),
    ("Russia threatened to retaliate for a new round of sanctions announced by the U.S.", ("THREATEN", "RUS", "USA")),
    ("China vowed to retaliate for the tariffs imposed by the United States.", ("THREATEN", "CHN", "USA")),
    # "pledged to retaliate" is a threat, not the learned typer's AGREE
    ("Saudi Arabia pledged to retaliate against Canada.", ("THREATEN", "SAU", "CAN")),
    ("Saudi Arabia has pledged to retaliate economically for any U.S. sanctions.", ("THREATEN", "SAU", "USA")),
])
def test_answer_promised_to_the_doer(pipeline, text, event):
    read_as(pipeline, text, event)


def test_pledged_retaliation_is_no_agreement(pipeline):
    evs = events_of(pipeline, "Saudi Arabia pledged to retaliate against Canada.")
    assert not [e for e in evs if e.type == "AGREE"], shown(evs)


@pytest.mark.parametrize("text,event", [
    # a label in curly quotes, which the parser hangs on the object as a modifier after it
    ("The Colombian government called Maduro’s charges “absurd.”", ("REJECT", "COL", "VEN")),
    ("The Colombian government called Maduro's charges \"absurd.\"", ("REJECT", "COL", "VEN")),
])
def test_quoted_label_rejects_the_charges(pipeline, text, event):
    read_as(pipeline, text, event)
