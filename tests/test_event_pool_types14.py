"""Event types that a fresh news-pool sample (type14) showed to be wrong, on sentences written for
these tests (the real pipeline runs on each)."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str) -> list[tuple[str, str, frozenset[str]]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.type, e.status, frozenset(a.code for a in e.actors())) for e in result.events]


@pytest.mark.parametrize("text, actors", [
    ("The Pentagon suggested it might retaliate against Iran for the attacks.", {"USA", "IRN"}),
    ("China signalled that it could impose sanctions on Japan.", {"CHN", "JPN"}),
    ("Iran said it would retaliate against the new American sanctions.", {"IRN", "USA"}),
    ("North Korea said on Tuesday that it may strike Guam.", {"PRK", "USA"}),
    ("China warned it could retaliate and impose tariffs on American goods.", {"CHN", "USA"}),
])
def test_a_hostile_act_its_doer_says_it_may_take_is_a_threat(pipeline, text, actors):
    evs = events_of(pipeline, text)
    assert ("THREATEN", "occurred", frozenset(actors)) in evs, evs
    # the act threatened is no act of the threatening side; a measure the threat answers is the other
    # side's own ("the new American sanctions": SANCTION USA -> IRN)
    events = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events
    threat = next(e for e in events if e.type == "THREATEN")
    assert threat.source is not None
    assert not any(e.type in ("SANCTION", "ASSAULT") and e.source is not None
                   and e.source.code == threat.source.code for e in events), evs


@pytest.mark.parametrize("text, type_, status", [
    # another's forecast of the act, not the doer's warning
    ("Analysts suggest China could retaliate against the United States.", "SANCTION", "hypothetical"),
    ("Washington said Iran might attack American embassies.", "ASSAULT", "hypothetical"),
    # an announced measure, and a measure said not to come
    ("South Korea said it would impose new sanctions on North Korea.", "SANCTION", "planned"),
    ("Russia said it would not impose sanctions on Ukraine.", "SANCTION", "negated"),
    # a possible act on a condition: the conditional-threat rule's, hypothetical with "could"
    ("Tokyo could impose sanctions on Seoul if it seizes Japanese assets, a Japanese official said.", "SANCTION",
     "hypothetical"),
])
def test_a_forecast_an_announcement_or_a_denial_keeps_the_act(pipeline, text, type_, status):
    evs = events_of(pipeline, text)
    assert any(t == type_ and s == status for t, s, _ in evs), evs
    assert not any(t == "THREATEN" for t, _, _ in evs), evs


@pytest.mark.parametrize("text, type_", [
    ("Iraqi forces recaptured Mosul from the Islamic State.", "ASSAULT"),
    ("Islamic State militants overran the Iraqi army base.", "ASSAULT"),
    ("Russian forces captured two British fighters in Ukraine.", "ASSAULT"),
    ("Iran captured a British oil tanker in the Strait of Hormuz.", "COERCE"),
])
def test_a_capture_is_typed_by_what_is_taken(pipeline, text, type_):
    evs = events_of(pipeline, text)
    assert [t for t, _, _ in evs] == [type_], evs


@pytest.mark.parametrize("text, actors", [
    ("Obama approved strikes last month against Islamic State militants in Iraq.", {"USA", "ISIS"}),
    ("The U.S. president approved the strikes on Syria.", {"USA", "SYR"}),
])
def test_an_approved_attack_is_the_attack(pipeline, text, actors):
    evs = events_of(pipeline, text)
    assert [(t, a) for t, _, a in evs] == [("ASSAULT", frozenset(actors))], evs


@pytest.mark.parametrize("text, type_, actors", [
    ("The German chancellor urged talks with Russia.", "REQUEST", {"DEU", "RUS"}),
    # a weak verb still takes its object's reading
    ("Putin ordered the expulsion of American diplomats.", "SANCTION", {"RUS", "USA"}),
])
def test_an_appeal_for_talks_is_an_appeal(pipeline, text, type_, actors):
    evs = events_of(pipeline, text)
    assert [(t, a) for t, _, a in evs] == [(type_, frozenset(actors))], evs
