"""Acts of force on unseen news (nineteenth pass). Sentences written for these tests (not from an
eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2016-03-26")
shown = probe.shown
pairs = probe.pairs


@pytest.mark.parametrize("text", [
    "Pyongyang responded with abusive personal attacks on South Korean President Park Geun-hye.",
    "The Kremlin toned down its political attacks against Germany on Monday.",
    "Trump renewed his campaign attacks against China on Tuesday.",
    "Erdogan launched a verbal assault on the Netherlands.",
])
def test_an_attack_made_in_words_is_no_assault(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)


def test_an_attack_made_in_words_is_criticism(pipeline):
    evs = events_of(pipeline, "Pyongyang responded with abusive personal attacks on South Korean President Park Geun-hye.")
    assert ("PRK", "KOR") in pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text", [
    "Donald Trump on Monday proposed an ideological test for immigrants from Syria.",
    "Senators called the vote a litmus test for Germany's commitment to NATO.",
    "Iran demanded DNA tests on the bodies returned by Iraq.",
])
def test_a_test_of_no_weapon_is_no_mobilization(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "MOBILIZE"], shown(evs)


def test_a_weapons_test_is_still_one(pipeline):
    evs = events_of(pipeline, "North Korea carried out its sixth nuclear test on Sunday.")
    assert [e for e in evs if e.type == "MOBILIZE"], shown(evs)


@pytest.mark.parametrize("text", [
    "Kim presided over an artillery drill simulating a strike on Park's office in Seoul.",
    "The exercise rehearsed an invasion of Taiwan, China said.",
    "Russian troops staged a mock attack on Polish positions during the drills.",
])
def test_an_attack_played_out_in_a_drill_is_no_assault(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Turkey carried out anti-ISIS airstrikes in Syria on Sunday.", ("TUR", "ISIS")),
    ("The U.S. has launched counter-ISIL operations in Syria.", ("USA", "ISIS")),
    ("Jordan launched anti-Islamic State airstrikes in Iraq on Thursday.", ("JOR", "ISIS")),
])
def test_an_attack_named_against_a_group_hits_the_group_not_the_place(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)
    assert not [e for e in evs if e.type == "ASSAULT" and e.target and e.target.code in ("SYR", "IRQ")], shown(evs)


@pytest.mark.parametrize("text,pair,wrong", [
    ("Hamas, an anti-Israel group, fired rockets at Egypt on Monday.", ("HAMAS", "EGY"), "ISR"),
    ("The anti-American Iranian army struck Iraqi bases on Monday.", ("IRN", "IRQ"), "USA"),
])
def test_an_anti_modifier_of_the_doer_names_no_target(pipeline, text, pair, wrong):
    evs = events_of(pipeline, text, "2019-06-17")
    assert pair in pairs(evs, "ASSAULT"), shown(evs)
    assert not [e for e in evs if e.type == "ASSAULT" and wrong in {a.code for a in [e.target, *e.participants] if a}], \
        shown(evs)


@pytest.mark.parametrize("text", [
    "Russia fought back on Wednesday over new U.S. and EU sanctions imposed over Ukraine.",
    "Trump said he simply fought back against a false accusation from Russia.",
    "China hit back at U.S. tariffs on Friday.",
])
def test_a_retort_to_words_or_measures_is_no_assault(pipeline, text):
    evs = events_of(pipeline, text, "2014-07-30")
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)


def test_a_state_fighting_back_against_an_attack_still_fights(pipeline):
    evs = events_of(pipeline, "Ukraine fought back against the Russian attack on Kharkiv on Monday.", "2019-06-17")
    assert ("UKR", "RUS") in pairs(evs, "ASSAULT"), shown(evs)
    assert not [e for e in evs if e.type == "ACCUSE"], shown(evs)


def test_forces_fighting_back_still_attack(pipeline):
    evs = events_of(pipeline, "Peshmerga forces fought back against the Islamic State near Erbil.", "2014-07-30")
    assert ("KRG", "ISIS") in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("North Korea has warned of a nuclear strike against the United States if provoked.", ("PRK", "USA")),
    ("Iran warned the United States of a crushing military strike.", ("IRN", "USA")),
])
def test_an_attack_a_warning_names_is_its_content(pipeline, text, pair):
    evs = events_of(pipeline, text, "2017-04-15")
    assert pair in pairs(evs, "THREATEN"), shown(evs)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)


def test_mocking_an_attack_is_no_drill(nlp):
    """ "mock" plays an attack out only as a modifier ("a mock attack"); the verb ridicules a real one."""
    from communique.events.force import simulated_attack
    doc = nlp("Trump mocked the attack on the embassy in Benghazi.")
    assert not simulated_attack(next(t for t in doc if t.lower_ == "attack"))
    doc = nlp("Russian troops staged a mock attack on Polish positions.")
    assert simulated_attack(next(t for t in doc if t.lower_ == "attack"))
