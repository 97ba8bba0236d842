"""An act named in the "for" phrase of a verb that judges someone for it is the act of the one
judged, not of the judge (events.roles.judged_doer): "the U.S. blamed Iran for a drone attack on
Saudi oil facilities" is an attack by Iran (the pool read coded it USA -> SAU), and where the one
judged is no known actor ("blamed the militia for a rocket attack") the judge is still no attacker.
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _sides(pipeline, text: str, event_type: str) -> set[tuple[str | None, str | None]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2020-01-02"))
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.type == event_type}


@pytest.mark.parametrize("text, event_type, sides", [
    ("U.S. officials have blamed Iran for a drone attack on Saudi oil facilities in September.", "ASSAULT",
     ("IRN", "SAU")),
    ("Israel blamed Hezbollah for the bombing of its embassy in Buenos Aires.", "ASSAULT", ("HEZBOLLAH", "ISR")),
    ("Ukraine blamed the Russians for a December cyberattack on its power grid.", "COERCE", ("RUS", "UKR")),
])
def test_the_one_judged_did_the_act(pipeline, text, event_type, sides):
    assert sides in _sides(pipeline, text, event_type)


@pytest.mark.parametrize("text, judge", [
    ("U.S. officials have blamed Iran for a drone attack on Saudi oil facilities in September.", "USA"),
    ("The U.S. blamed the militia for a rocket attack on an Iraqi military base last week.", "USA"),
])
def test_the_judge_is_no_attacker(pipeline, text, judge):
    assert all(src != judge for src, _ in _sides(pipeline, text, "ASSAULT"))
