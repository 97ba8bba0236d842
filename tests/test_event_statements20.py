"""Statements the extractor misread (session 18, talk18), each a construction seen in several
pool articles: a message (a warning, a demand, an appeal) that its addressee ignores, defies,
heeds or receives, whose sender the parser hangs on the verb ("ignored warnings [from] Trump"):
the sender is the source and the verb's subject the target, not the other way round; displeasure
voiced at another side ("voiced frustration at Britain's delay"), read as concern is; a stance taken
in a relative clause on a state's name ("China, which expressed frustration over ..."), whose
"which" stood for no one.
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from probe import said as _events
from probe import typed as _typed


@pytest.mark.parametrize("text, type_, sides", [
    ("Beijing ignored warnings from Trump about a trade war.", "THREATEN", ("USA", "CHN")),
    ("Canada has largely ignored demands by the Trump administration to reform NAFTA.", "REQUEST", ("USA", "CAN")),
    ("Pyongyang defied warnings from Washington and launched a missile.", "THREATEN", ("USA", "PRK")),
    ("Beijing ignored Trump's warnings about a trade war.", "THREATEN", ("USA", "CHN")),
    ("Russia intervened after receiving a request from the Syrian government.", "REQUEST", ("SYR", "RUS")),
    ("Iran ignored Trump's demands.", "REQUEST", ("USA", "IRN")),  # the noun alone read no appeal
    ("Iran ignored Trump's demands to release the sailors.", "REQUEST", ("USA", "IRN")),
])
def test_a_heeded_message_goes_from_its_sender_to_the_subject(pipeline, text, type_, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, type_) and sides[::-1] not in _typed(evs, type_), evs


def test_a_by_phrase_inside_the_message_is_not_its_sender(pipeline):
    evs = _events(pipeline, "Iran ignored demands to end its support for attacks by Houthi rebels.")
    assert not [e for e in evs if e.type == "REQUEST" and e.source and e.source.code == "HOUTHI"], evs


def test_ignoring_a_demand_is_no_request_of_the_one_who_ignores(pipeline):
    evs = _events(pipeline, "Canada has largely ignored demands by the Trump administration to reform NAFTA.")
    assert ("CAN", "USA") not in _typed(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, sides", [
    ("European leaders have voiced frustration at Britain's delay in triggering article 50.", ("EU", "GBR")),
    ("Japan voiced indignation over China's new air defense zone.", ("JPN", "CHN")),
    ("Russia expressed irritation at NATO's expansion.", ("RUS", "NATO")),
])
def test_displeasure_voiced_at_another_side_is_an_accusation(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "ACCUSE"), evs


@pytest.mark.parametrize("text, type_, sides", [
    ("China, which expressed frustration over Pyongyang's latest nuclear test, also called for calm.",
     "ACCUSE", ("CHN", "PRK")),
    ("It would also anger U.S. allies, including France, which has urged the U.S. not to discard the nuclear deal.",
     "REQUEST", ("FRA", "USA")),
])
def test_a_state_that_a_relative_which_stands_for_speaks(pipeline, text, type_, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, type_), evs


def test_a_restrictive_that_describes_and_reports_no_threat(pipeline):
    evs = _events(pipeline, "The United States cannot accept a nuclear North Korea that threatens America.")
    assert not _typed(evs, "THREATEN"), evs
