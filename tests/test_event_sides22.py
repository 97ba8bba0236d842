"""Sides that the news pool (actors22) showed to be wrong, on sentences written for these tests (the
real pipeline runs on each)."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str) -> list[tuple[str, frozenset[str]]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2017-09-16"))
    return [(e.type, frozenset(a.code for a in e.actors())) for e in result.events]


@pytest.mark.parametrize("text", [
    "The U.N. Security Council accused North Korea of undermining regional peace by launching its latest missile "
    "over Japan and said its nuclear and missile tests have caused grave security concerns.",
])
def test_its_arms_are_the_named_states_not_the_organisations(pipeline, text):
    """ "its nuclear and missile tests" after an organisation that condemned a state: the state's tests."""
    tests = [actors for t, actors in events_of(pipeline, text) if t == "MOBILIZE"]
    assert tests and all("UN" not in actors for actors in tests), events_of(pipeline, text)


