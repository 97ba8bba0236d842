"""Missed trade measures found on the news pool: duties imposed, raised or slapped on a state's goods
are tariffs (SANCTION), and a measure governed by a verb keeps the state whose goods it hits as its
target. Sentences written for these tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events


def pairs(events, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


@pytest.mark.parametrize("text,pair", [
    ("The European Union imposed duties on China.", ("EU", "CHN")),
    ("Washington raised duties on Japan last week.", ("USA", "JPN")),
    ("Beijing slapped retaliatory duties on American goods.", ("CHN", "USA")),
])
def test_duties_imposed_or_raised_are_a_sanction(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text", [
    "The Greek minister said it was his duty to defend Cyprus.",
    "Turkish officials resumed their duties in Cyprus on Monday.",
])
def test_duty_as_an_obligation_is_no_sanction(pipeline, text):
    assert not pairs(events_of(pipeline, text), "SANCTION")


@pytest.mark.parametrize("text,type_,pair", [
    ("The European Union imposed tariffs on Chinese imports.", "SANCTION", ("EU", "CHN")),
    ("Canada will levy additional duties on American imports.", "SANCTION", ("CAN", "USA")),
    ("Ottawa raised duties on $3 billion of U.S. imports to 25%.", "SANCTION", ("CAN", "USA")),
    ("Washington ordered 25% tariffs on Peruvian imports.", "SANCTION", ("USA", "PER")),
    ("Washington is threatening 5% tariffs on Mexican imports.", "THREATEN", ("USA", "MEX")),
    ("Washington reduced some tariffs on Chinese imports.", "RETREAT", ("USA", "CHN")),
])
def test_a_measure_a_verb_governs_hits_the_state_whose_goods_it_names(pipeline, text, type_, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), [(e.type, e.trigger, pairs([e], e.type)) for e in evs]


def test_goods_name_no_target_for_what_is_not_a_measure(pipeline):
    evs = events_of(pipeline, "Japan held talks on Chinese imports with Vietnam.")
    assert ("JPN", "CHN") not in pairs(evs, "CONSULT"), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("text", [
    "The United States will leave in place tariffs on Chinese imports.",
    "Washington will keep in place its troops in Iraq.",
])
def test_what_is_left_in_place_is_no_withdrawal(pipeline, text):
    assert not pairs(events_of(pipeline, text), "RETREAT")


def test_cancelling_a_measure_eases_it(pipeline):
    evs = events_of(pipeline, "Washington canceled the planned tariffs on Mexican goods.")
    assert ("USA", "MEX") in pairs(evs, "RETREAT") and not pairs(evs, "REJECT"), [(e.type, e.trigger) for e in evs]
