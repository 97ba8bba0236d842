"""Leaving an accord is a sanction (PLOVER: withdrawing from a treaty), even where the accord's name
holds a state ("withdrew from the Iran nuclear deal", "pulled the U.S. out of the Iran nuclear deal"):
that state is the accord's other side, not a place withdrawn from (it was RETREAT). Sentences
written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


@pytest.mark.parametrize("text", [
    "Trump withdrew from the Iran nuclear deal in May 2018.",
    "Trump pulled the U.S. out of the Iran nuclear deal last year.",
    "The United States pulled out of the INF treaty with Russia.",
])
def test_leaving_an_accord_is_a_sanction(pipeline, text):
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2019-06-01"))
    readings = {(e.type, e.mode) for e in result.events}
    assert ("SANCTION", "withdraw") in readings and not any(t == "RETREAT" for t, _ in readings), readings


def test_troops_leaving_a_place_still_retreat(pipeline):
    result = pipeline.process(RawDoc(id="t", origin="test", text="Russian troops withdrew from Kherson in Ukraine.",
                                     published="2022-11-11"))
    assert any(e.type == "RETREAT" for e in result.events), result.events
