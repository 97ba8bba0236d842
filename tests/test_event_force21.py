"""Acts of force on unseen news (twenty-first pass). Sentences written for these tests (not from an
eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2016-01-16")
shown = probe.shown
pairs = probe.pairs


@pytest.mark.parametrize("text,pair", [
    ("The Israeli bombardment of Gaza killed 40 people.", ("ISR", "PSE")),
    ("Syria condemned the Russian shelling of Aleppo.", ("RUS", "SYR")),
    ("The army is preparing for a possible Israeli ground invasion of the Gaza Strip.", ("ISR", "PSE")),
])
def test_the_place_an_attack_noun_is_of_is_struck(pipeline, text, pair):
    """ "the bombardment of Gaza" hits Gaza as "bombarded Gaza" does: the place's state is the target."""
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,type_,pair", [
    ("The move follows Israel's bombing of a Hamas base in Gaza.", "ASSAULT", ("ISR", "HAMAS")),
    ("This latest escalation follows Russia's illegal annexation of the Crimea region of Ukraine.", "COERCE",
     ("RUS", "UKR")),
])
def test_an_event_a_news_frame_follows_keeps_its_own_sides(pipeline, text, type_, pair):
    """ "the move follows X's act": "follow" is no act of its subject; the act is the noun's, with its sides."""
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), shown(evs)


@pytest.mark.parametrize("text", [
    "The Islamic State released a message to America.",
    "Russia released a proposal on Syria.",
    "North Korea released a new version of its letter to Trump.",
    "Hamas released a propaganda clip about Israel.",
])
def test_a_thing_published_is_no_release(pipeline, text):
    """ "released a message/proposal/clip": a thing published, no captive freed (RETREAT)."""
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "RETREAT"], shown(evs)


def test_captives_released_are_still_a_release(pipeline):
    evs = events_of(pipeline, "Iran released the British sailors on Friday.")
    assert ("IRN", "GBR") in pairs(evs, "RETREAT"), shown(evs)
