"""An act of giving names who receives it in its "for" phrase ("approved a loan for Egypt", "relief
supplies for Nepal"), as in its "to" phrase; "for" names no party of other acts ("asked for aid").
Sentences written for these tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def pairs(pipeline, text: str, type_: str) -> list[tuple[str | None, str | None]]:
    events = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


@pytest.mark.parametrize("text,pair", [
    ("The World Bank approved a $2 billion loan for Egypt on Wednesday.", ("WB", "EGY")),
    ("The IMF approved a bailout for Sri Lanka.", ("IMF", "LKA")),
    ("Japan sent relief supplies for Nepal on Tuesday.", ("JPN", "NPL")),
])
def test_the_for_phrase_of_a_gift_names_who_receives_it(pipeline, text, pair):
    assert pair in pairs(pipeline, text, "AID")


def test_for_names_no_party_of_a_request(pipeline):
    assert ("JPN", "KOR") not in pairs(pipeline, "Japan called for talks for South Korea's sake.", "REQUEST")
