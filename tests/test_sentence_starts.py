"""Sentence starts set before the parser runs (``communique.nlp._paragraphs``): a paragraph break
and a wire dateline each end a sentence. The real spaCy pipeline runs on each text."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def sentences(pipeline, text: str) -> list[str]:
    return [s.text.strip() for s in pipeline.nlp(text).sents]


@pytest.mark.parametrize("dateline", [
    "LIMA, Peru (AP) —", "ANKARA (Reuters) -", "OSLO, Norway –", "SAN JOSE, Costa Rica (Reuters Breakingviews) -",
])
def test_a_wire_dateline_is_a_sentence_of_its_own(pipeline, dateline):
    sents = sentences(pipeline, f"{dateline} Chile recalled its ambassador on Monday.\n\nThe move surprised diplomats.")
    assert sents[0] == dateline and sents[1] == "Chile recalled its ambassador on Monday.", sents


@pytest.mark.parametrize("text", [
    "U.S. - China talks ended on Monday without a deal.",
    "NATO - the alliance of thirty states - met on Monday.",
    "EU-Mercosur talks resumed in Brussels.",
])
def test_a_name_before_a_dash_is_no_dateline(pipeline, text):
    assert sentences(pipeline, text) == [text]


def test_the_dateline_place_is_not_the_actor(pipeline):
    # the parser took the dateline's capital for a subject of the lede's verb
    result = pipeline.process(RawDoc(id="t", origin="test", published="2023-03-24",
                                     text="BOGOTA, Colombia (AP) — Venezuela expelled two Colombian diplomats on "
                                          "Thursday, the foreign ministry said."))
    sanction = [e for e in result.events if e.type == "SANCTION"]
    assert sanction and sanction[0].source.code == "VEN", [(e.type, e.source, e.target) for e in result.events]
