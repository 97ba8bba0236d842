"""Accusations found by grouping the train split's ACCUSE misses and checking the constructions on
news-pool articles (session 23). Sentences written for these tests (not from an eval set); the real
pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    # calling an act "an act of war" (or of violence) names it a hostile act: an accusation of its doer
    ("Pompeo called the Iranian assault an act of war against the kingdom.", ("USA", "IRN")),
    ("Ukraine called the Russian blockade an act of war.", ("UKR", "RUS")),
])
def test_act_of_war_label_accuses(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text", [
    "Trump called the Chinese offer an act of goodwill.",  # an act of no hostility
    "Seoul called the North Korean offer an act of goodwill.",
])
def test_act_of_goodwill_accuses_no_one(pipeline, text):
    evs = events_of(pipeline, text)
    assert not pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a stance on a relative pronoun standing for an act its clause carries: the act's doer is accused
    ("The US and South Korea began joint exercises, which North Korea condemned.", ("PRK", "USA")),
    ("Greece and Cyprus held naval drills, which Turkey denounced as a provocation.", ("TUR", "GRC")),
])
def test_stance_on_relative_act_accuses_its_doer(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)



@pytest.mark.parametrize("text", [
    "Iraqi forces dealt a significant blow to the Islamic State on Sunday.",  # harm done, no words
    "The Russian veto dealt a blow to French efforts to end the war in Syria.",
])
def test_dealing_a_blow_is_no_accusation(pipeline, text):
    evs = events_of(pipeline, text)
    assert not pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # an act "drew condemnation from" a side: that side condemns the act's doer, named before
    ("Russia expelled two British diplomats. The move drew condemnation from Washington.", ("USA", "RUS")),
    ("Russia launched airstrikes in Syria on Monday. The strikes drew condemnation from the United States.",
     ("USA", "RUS")),
])
def test_condemnation_drawn_from_a_side(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # "holding X responsible": the small clause's predicate makes the blame, whatever the verb's form
    ("The White House issued a statement holding Russia responsible for the attack.", ("USA", "RUS")),
    ("The Arab League issued a statement saying it holds the Syrian regime responsible for the bombing.",
     ("ARL", "SYR")),
])
def test_held_responsible_is_blame(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a swipe, jab or broadside "at"/"against" a side is an attack in words on it
    ("Obama took a swipe at China on Saturday.", ("USA", "CHN")),
    ("Trump's latest broadside against NATO angered allies.", ("USA", "NATO")),
])
def test_swipe_at_a_side_accuses_it(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # criticising an accord whose relative clause or participle names its maker: the maker is criticised
    ("Trump criticized the deal that Germany struck with Russia.", ("USA", "DEU")),
    ("Israel condemned the agreement signed by Iran and the world powers.", ("ISR", "IRN")),
])
def test_criticised_accord_accuses_its_maker(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)
