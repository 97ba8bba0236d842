"""Persons in the role they held at the date the text gives an event, not at publication (the
mission's "role at the time"): a 2015 article's caption "Netanyahu and Kofi Annan meet ... on May 15,
1998" has Annan for the UN, whose secretary general he was then (the base gives him Ghana's code
after 2006). Only events the text dates a year or more before the article; a person the base knows
no role of at that date keeps the one read at publication."""

from __future__ import annotations

import pytest

from communique.actors import KnowledgeBase
from communique.types import RawDoc


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def test_a_person_in_the_role_held_then(kb):
    annan = kb.resolve("Kofi Annan", "2015-03-01")
    assert annan is not None and annan.code == "GHA"
    then = kb.as_of(annan, "1998-05-15")
    assert (then.code, then.role, then.name) == ("UN", "secretary general", annan.name)


def test_no_role_known_then_keeps_the_actor(kb):
    kim = kb.resolve("Kim Jong Un", "2019-01-01")
    assert kim is not None and kb.as_of(kim, "1990") == kim


def test_a_dated_caption_of_history(pipeline):
    text = "Netanyahu and Kofi Annan meet in Annan's office in New York on May 15, 1998."
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2015-03-01"))
    annan = [a for e in result.events for a in e.actors() if a.name == "Kofi Annan"]
    assert annan and all(a.code == "UN" for a in annan), result.events
