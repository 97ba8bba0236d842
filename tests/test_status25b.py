"""The status of acts on unseen news (twenty-fifth pass, second round). Sentences written for these tests
(not from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


def events_of(pipeline, text: str, published: str = "2019-05-13"):
    return probe.events_of(pipeline, text, published)


shown = probe.shown


def statuses(events, type_: str, sides: set[str]) -> list[str]:
    """The statuses of the events of ``type_`` whose actors (source, target, participants) are ``sides``."""
    return [e.status for e in events if e.type == type_ and {
        a.code for a in (e.source, e.target, *e.participants) if a is not None} == sides]


@pytest.mark.parametrize("text, type_, sides", [
    ("Egypt scuttled the meeting with Ethiopia.", "CONSULT", {"EGY", "ETH"}),
    ("Russia scuttled the talks with Japan.", "CONSULT", {"RUS", "JPN"}),
])
def test_an_act_scuttled_is_negated(pipeline, text, type_, sides):
    events = events_of(pipeline, text)
    assert statuses(events, type_, sides) == ["negated"], shown(events)


@pytest.mark.parametrize("text, type_, sides", [
    ("Iran could refuse to meet the American envoy.", "CONSULT", {"IRN", "USA"}),
    ("Pakistan might refuse to hold talks with India.", "CONSULT", {"PAK", "IND"}),
])
def test_an_act_refused_under_a_modal_is_hypothetical(pipeline, text, type_, sides):
    events = events_of(pipeline, text)
    assert statuses(events, type_, sides) == ["hypothetical"], shown(events)



@pytest.mark.parametrize("text, type_, sides", [
    ("Officials speculated that Iran seized the British tanker.", "COERCE", {"IRN", "GBR"}),
    ("There were rumours that China had attacked an Indian patrol.", "ASSAULT", {"CHN", "IND"}),
])
def test_an_act_speculated_or_rumoured_is_hypothetical(pipeline, text, type_, sides):
    events = events_of(pipeline, text)
    assert statuses(events, type_, sides) == ["hypothetical"], shown(events)


@pytest.mark.parametrize("text, type_, sides", [
    ("Pompeo did not raise human rights on his calls with the Chinese foreign minister.", "CONSULT", {"USA", "CHN"}),
    ("Merkel did not bring up the pipeline in her meeting with Putin.", "CONSULT", {"DEU", "RUS"}),
])
def test_a_not_on_the_verb_leaves_its_occasion_standing(pipeline, text, type_, sides):
    events = events_of(pipeline, text)
    assert statuses(events, type_, sides) == ["occurred"], shown(events)


@pytest.mark.parametrize("text, type_, sides", [
    ("Biden instructed officials to impose sanctions on Russia.", "SANCTION", {"USA", "RUS"}),
    ("Macron tasked his envoy to hold talks with Iran.", "CONSULT", {"FRA", "IRN"}),
])
def test_an_act_a_party_is_directed_to_do_is_planned(pipeline, text, type_, sides):
    events = events_of(pipeline, text)
    assert statuses(events, type_, sides) == ["planned"], shown(events)
