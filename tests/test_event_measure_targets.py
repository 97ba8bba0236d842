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
