"""The status of acts on unseen news (twenty-fifth pass). Sentences written for these tests (not from an
eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


def events_of(pipeline, text: str, published: str = "2019-05-13"):
    return probe.events_of(pipeline, text, published)


shown = probe.shown


def statuses(events, type_: str, pair: tuple[str, str]) -> list[str]:
    """The statuses of the events of ``type_`` between ``pair``."""
    return [e.status for e in events if e.type == type_ and (e.source and e.source.code, e.target and e.target.code)
            == pair]


@pytest.mark.parametrize("text, pair", [
    ("Pompeo has set up a meeting with the Chinese foreign minister.", ("USA", "CHN")),
    ("Merkel lined up talks with Putin.", ("DEU", "RUS")),
])
def test_a_meeting_set_up_or_lined_up_is_planned(pipeline, text, pair):
    events = events_of(pipeline, text)
    assert statuses(events, "CONSULT", pair) == ["planned"], shown(events)


@pytest.mark.parametrize("text, type_, pair", [
    ("The NATO mission is to train Afghan forces.", "AID", ("NATO", "AFG")),
    ("The American role is to advise Iraqi troops.", "AID", ("USA", "IRQ")),
])
def test_the_to_infinitive_of_a_purpose_noun_is_no_arrangement(pipeline, text, type_, pair):
    events = events_of(pipeline, text)
    assert statuses(events, type_, pair) and "planned" not in statuses(events, type_, pair), shown(events)


@pytest.mark.parametrize("text, type_, pair", [
    ("Turkey postponed its offensive against the Kurdish militia in Syria.", "ASSAULT", ("TUR", "SDF")),
    ("The talks between Egypt and Ethiopia were postponed until March.", "CONSULT", ("EGY", "ETH")),
])
def test_an_act_put_off_is_still_planned(pipeline, text, type_, pair):
    events = events_of(pipeline, text)
    found = [e.status for e in events if e.type == type_ and {p.code for p in (e.source, e.target, *e.participants)
                                                             if p is not None} == set(pair)]
    assert found == ["planned"], shown(events)


@pytest.mark.parametrize("text, type_, pair", [
    ("Canada said 12 Russian diplomats are to be expelled.", "SANCTION", ("CAN", "RUS")),
    ("Iran said two British tankers are set to be seized.", "COERCE", ("IRN", "GBR")),
])
def test_the_speaker_is_the_agent_of_an_arranged_passive(pipeline, text, type_, pair):
    events = events_of(pipeline, text)
    assert statuses(events, type_, pair) == ["planned"], shown(events)


@pytest.mark.parametrize("text, type_, pair", [
    ("Washington is preparing new sanctions against Venezuela.", "SANCTION", ("USA", "VEN")),
    ("The Pentagon is preparing a withdrawal of American troops from Iraq.", "RETREAT", ("USA", "IRQ")),
])
def test_an_act_being_prepared_is_planned(pipeline, text, type_, pair):
    events = events_of(pipeline, text)
    assert statuses(events, type_, pair) == ["planned"], shown(events)


@pytest.mark.parametrize("text, type_, pair", [
    ("Canada has not just sanctioned Russia, it has also expelled its diplomats.", "SANCTION", ("CAN", "RUS")),
    ("China not merely criticized Japan but threatened it.", "ACCUSE", ("CHN", "JPN")),
])
def test_not_just_grants_the_act(pipeline, text, type_, pair):
    events = events_of(pipeline, text)
    assert statuses(events, type_, pair) == ["occurred"], shown(events)
