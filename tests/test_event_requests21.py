"""Requests, support and aid (events/cooperation.py, speech.py, statements.py): the constructions news
uses for them that the extractor missed. Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from communique.types import RawDoc


def events(text: str, pipeline, published: str = "2018-07-14") -> list[tuple[str, str | None, str | None, str]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None, e.status)
            for e in evs]


def test_coordinated_verbs_that_build_forces_are_aid(pipeline):
    found = events("The United States will arm and train Syrian rebels.", pipeline)
    assert [(t, s, o) for t, s, o, _ in found] == [("AID", "USA", "SYR")], found


def test_train_and_equip_is_one_aid(pipeline):
    found = events("Germany will train and equip Kurdish Peshmerga fighters in Iraq.", pipeline)
    assert [t for t, *_ in found] == ["AID"], found
