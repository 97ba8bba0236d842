"""Those killed or wounded in a fight with another side are a side of it: "soldiers were killed in a
clash with X" is an assault between the soldiers' state and X, though the fight names no attacker.
Sentences written for these tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def assaults(pipeline, text: str) -> list[frozenset[str]]:
    events = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events
    return [frozenset(a.code for a in e.actors()) for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,sides", [
    ("Four Thai soldiers were killed in a clash with Cambodian troops near the temple.", {"THA", "KHM"}),
    ("Two Pakistani soldiers were wounded in a firefight with Afghan forces on Monday.", {"PAK", "AFG"}),
    ("Armenian troops injured in clashes with Azerbaijani forces were taken to hospital.", {"ARM", "AZE"}),
])
def test_the_fallen_of_a_fight_are_a_side_of_it(pipeline, text, sides):
    assert frozenset(sides) in assaults(pipeline, text)


@pytest.mark.parametrize("text", [
    "Ten Egyptian protesters were killed in clashes with Egyptian police.",  # one state: no two sides
    "Two Indian soldiers were killed in an avalanche in Kashmir.",  # no fight
])
def test_no_fight_between_two_states_makes_no_assault(pipeline, text):
    assert not assaults(pipeline, text)
