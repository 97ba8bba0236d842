"""Requests, sanctions and agreements on unseen news (session 22). Sentences written for these
tests (not from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2018-06-17")).events


def shown(events) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.type, e.trigger, e.source and e.source.code, e.target and e.target.code) for e in events]


@pytest.mark.parametrize("text", [
    "Nigel Farage, a campaigner for British withdrawal from the EU, spoke in London on Monday.",
    "Boris Johnson, a leading supporter of Britain's exit from the EU, spoke on Monday.",
])
def test_the_cause_an_advocate_speaks_for_is_no_event(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type in ("SANCTION", "RETREAT")], shown(evs)


def test_a_withdrawal_reported_as_done_is_still_one(pipeline):
    evs = events_of(pipeline, "Britain's withdrawal from the EU took effect on Friday.")
    assert [e for e in evs if e.type == "SANCTION"], shown(evs)


def pairs(events, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


@pytest.mark.parametrize("text,pair", [
    ("Russia retaliated against the new U.S. sanctions on Monday.", ("USA", "RUS")),
    ("Russia sold U.S. bonds in response to new U.S. sanctions.", ("USA", "RUS")),
    ("Canada retaliated against U.S. steel tariffs with duties on American whiskey.", ("USA", "CAN")),
])
def test_a_measure_answered_hits_the_side_that_answers_it(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), shown(evs)


def test_a_measure_no_one_answers_takes_no_target_from_the_sentence(pipeline):
    evs = events_of(pipeline, "Russia sold U.S. bonds before new U.S. sanctions.")
    assert ("USA", "RUS") not in pairs(evs, "SANCTION"), shown(evs)
