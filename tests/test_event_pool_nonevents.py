"""Readings that the fresh news-pool sample showed to be wrong, on sentences written for these
tests (the real pipeline runs on each): questions, inquiries named after a state, dismissals, verbal
retorts and attacks on texts, photo captions."""

from __future__ import annotations

import pytest

from pool_events import events_of




@pytest.mark.parametrize("text", [
    "Will Russia attack Ukraine this winter?",
    "Why would Canada impose sanctions on Venezuela now?",
    "What good would it do to expand military cooperation between Chile and Peru?",
])
def test_a_direct_question_reports_no_event(pipeline, text):
    assert events_of(pipeline, text) == []


def test_a_statement_before_a_question_stays(pipeline):
    evs = events_of(pipeline, "Russia attacked Ukraine this winter, and will NATO respond?")
    assert ("ASSAULT", frozenset({"RUS", "UKR"}), "attacked") in evs


def test_a_state_an_inquiry_is_named_after_is_no_party(pipeline):
    evs = events_of(pipeline, "The interview of the Canadian senator included questions about the Russia "
                              "investigation.")
    assert not any("RUS" in actors for _, actors, _ in evs), evs


def test_who_runs_an_inquiry_is_still_its_doer(pipeline):
    evs = events_of(pipeline, "Turkey's investigation into the killing of the Saudi journalist angered Riyadh.")
    assert ("ACCUSE", frozenset({"TUR", "SAU"}), "investigation") in evs


@pytest.mark.parametrize("text", [
    "President Macron fired the army chief after the dispute with Mali.",
    "The Brazilian ambassador, Carlos Silva, was fired by Bolsonaro on Friday.",
])
def test_a_dismissal_is_no_gunfire(pipeline, text):
    assert not any(t in ("ASSAULT", "MOBILIZE") for t, _, _ in events_of(pipeline, text))


def test_a_verbal_retort_is_an_accusation(pipeline):
    evs = events_of(pipeline, "The Kremlin fired back at Washington, saying the report would poison relations.")
    assert ("ACCUSE", frozenset({"RUS", "USA"}), "fired") in evs


def test_firing_back_with_weapons_is_still_an_assault(pipeline):
    evs = events_of(pipeline, "South Korean troops fired back at North Korean soldiers across the border.")
    assert ("ASSAULT", frozenset({"KOR", "PRK"}), "fired") in evs


@pytest.mark.parametrize("text,actors,trigger", [
    ("The Iranian foreign minister assailed the American sanctions in a speech in Tehran.", {"IRN", "USA"},
     "assailed"),
    ("Putin attacked the UN resolution on Syria after it passed.", {"RUS", "UN"}, "attacked"),
    ("The Chinese ambassador attacked the Australian bill on foreign interference.", {"CHN", "AUS"}, "attacked"),
])
def test_attacking_words_or_texts_is_an_accusation(pipeline, text, actors, trigger):
    evs = events_of(pipeline, text)
    assert any(t == "ACCUSE" and actors <= a and trig == trigger for t, a, trig in evs), evs
    assert not any(t == "ASSAULT" for t, _, _ in evs), evs


def test_a_photo_caption_is_no_event(pipeline):
    assert events_of(pipeline, "Chinese Premier Li Keqiang (left) meets Indian Prime Minister Narendra Modi "
                               "in Beijing on Tuesday.") == []


@pytest.mark.parametrize("text", [
    "Germany has met the NATO target for defence spending.",
    "Egypt met the IMF deadline for the budget reform in March.",
])
def test_meeting_a_requirement_is_no_meeting(pipeline, text):
    assert not any(t == "CONSULT" for t, _, _ in events_of(pipeline, text))


def test_meeting_a_demand_is_yielding(pipeline):
    evs = events_of(pipeline, "Iran met the demands of the IAEA inspectors last week.")
    assert ("CONCEDE", frozenset({"IRN", "IAEA"}), "met") in evs


def test_wondering_asks_no_one(pipeline):
    evs = events_of(pipeline, "Japanese officials wonder about the Chinese demands on the islands.")
    assert not any(t == "REQUEST" for t, _, _ in evs), evs


@pytest.mark.parametrize("text,actors", [
    ("Mr. Biden's attack on President Maduro angered officials in Caracas.", {"USA", "VEN"}),
    ("Macron's latest attack on Erdogan came after the Turkish vote.", {"FRA", "TUR"}),
])
def test_a_statesmans_attack_on_a_person_is_in_words(pipeline, text, actors):
    evs = events_of(pipeline, text)
    assert ("ACCUSE", frozenset(actors), "attack") in evs, evs
    assert not any(t == "ASSAULT" for t, _, _ in evs), evs


def test_a_statesmans_attack_on_a_state_is_still_force(pipeline):
    evs = events_of(pipeline, "Putin's attack on Ukraine killed thousands of civilians.")
    assert ("ASSAULT", frozenset({"RUS", "UKR"}), "attack") in evs
