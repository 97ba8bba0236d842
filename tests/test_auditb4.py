"""Precision fixes from the session-27 audit of REQUEST, MOBILIZE, SANCTION and AID events on unseen pool
articles (a fresh sample). Sentences written for these tests (not from an eval set); the real pipeline runs
on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, shown


@pytest.mark.parametrize("text", [
    # a reporter's question put to a speaker ("asked to comment", "asked for comment") asks no party to act
    "Asked to comment on the Russian proposal, the Pakistani foreign minister declined.",
    "\"Please don't ask me to comment on the American posturing,\" the Pakistani official said.",
    "Asked for comment on Iran's threat, the Saudi foreign ministry did not respond on Friday.",
])
def test_asked_to_comment_is_no_request(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "REQUEST"], shown(evs)
    asked = events_of(pipeline, "China asked Japan to explain its military buildup near the islands.")
    assert [e for e in asked if e.type == "REQUEST" and e.target and e.target.code == "JPN"], shown(asked)


@pytest.mark.parametrize("text", [
    # delivering words to an audience (a talk, lecture, remarks, a sermon) hands nothing to anyone
    "The Chinese ambassador delivered a lecture on Japan's wartime history at the university.",
    "Mr. Putin delivered remarks on China's role in the region at the forum in Sochi.",
    "The former Australian prime minister is delivering his first talk on China's economy in Boston.",
])
def test_words_delivered_are_no_aid(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "AID"], shown(evs)
    armed = events_of(pipeline, "Russia delivered weapons to Syria last week, officials in Damascus said.")
    assert [e for e in armed if e.type == "AID"], shown(armed)


@pytest.mark.parametrize("text", [
    # pushing someone away, or pushing the envelope, asks nothing of anyone
    "Obama said America must treat Pakistan as an ally rather than push it away.",
    "Macron warned that Europe would push Turkey away with its criticism.",
    "Kim Jong Un is pushing the envelope with the United States, the South Korean minister said.",
])
def test_pushing_away_or_the_envelope_is_no_request(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "REQUEST"], shown(evs)
    pushed = events_of(pipeline, "France pushed Germany to accept more refugees from Syria.")
    assert [e for e in pushed if e.type == "REQUEST" and e.target and e.target.code == "DEU"], shown(pushed)


def test_waiting_to_be_fired_is_a_dismissal(pipeline):
    # the passive infinitive's subject is its controller's: who would "wait to be fired" is the one fired
    evs = events_of(pipeline, "Mattis would resign rather than wait to be fired by Trump, a Pentagon "
                              "official told reporters in Kabul.")
    assert not [e for e in evs if e.type == "MOBILIZE"], shown(evs)
    fired = events_of(pipeline, "North Korea fired a missile designed to be launched from submarines.")
    assert [e for e in fired if e.type == "MOBILIZE"], shown(fired)


def test_matter_talked_with_another_is_no_sanction(pipeline):
    # the "with" phrase the parser hangs on the matter talked about names the talkers' partner
    evs = events_of(pipeline, "Flynn had not spoken about sanctions with Russian Ambassador Sergey Kislyak "
                              "on December 29.")
    assert not [e for e in evs if e.type == "SANCTION"], shown(evs)
    assert [e for e in evs if e.type == "CONSULT"], shown(evs)


@pytest.mark.parametrize("text", [
    # a measure named as what is to end ("an end to U.S. sanctions", "relief from tariffs") is no measure imposed
    "In the near term, Kim wants three things: recognition, trade, and an end to all U.S. and U.N. sanctions.",
    "Beijing hopes for relief from American tariffs on its steel, the Chinese commerce ministry said.",
])
def test_measure_to_end_is_no_sanction(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "SANCTION"], shown(evs)


@pytest.mark.parametrize("text", [
    # what a request is about ("information about", "details regarding") is not whom it asks
    "The FBI is seeking information about the Russian hackers, officials in Washington said.",
    "The State Department requested details regarding the Chinese students on Monday.",
])
def test_matter_of_a_request_is_not_asked(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "REQUEST" and e.target], shown(evs)
    asked = events_of(pipeline, "The United States asked China for information about the virus.")
    assert [e for e in asked if e.type == "REQUEST" and e.target and e.target.code == "CHN"], shown(asked)


def test_maneuvers_of_ships_or_politics_are_no_mobilization(pipeline):
    # "emergency / evasive maneuvers" steer a ship clear, "political / procedural maneuvers" are tactics:
    # no forces moved (held maneuvers of troops stay MOBILIZE)
    evs = events_of(pipeline, "A Chinese jet forced the US Navy plane to perform evasive maneuvers over the "
                              "South China Sea.")
    assert not [e for e in evs if e.type == "MOBILIZE"], shown(evs)
    held = events_of(pipeline, "Russian troops held maneuvers near the Ukrainian border.")
    assert [e for e in held if e.type == "MOBILIZE"], shown(held)
