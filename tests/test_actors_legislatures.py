"""Chambers of the US Congress named alone ("the Senate", "the House"): the US where the article
names Congress or its parties and no other state's chamber of that name; never their members.

Every sentence here is invented for these tests in the style of the news pool (not from an eval set),
and each runs the real pipeline.
"""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str, published: str = "2017-07-20"):
    return list(pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events)


def mentions(pipeline, text: str, published: str = "2017-07-20") -> dict[str, str]:
    doc = pipeline.nlp(text)
    return {m.text: m.actor.code for m in pipeline.kb.find_mentions(doc, published)}


def sides(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in events}


def test_the_house_of_congress_sanctions(pipeline):
    text = ("Congress has debated new measures for weeks. The House approved sanctions against North Korea "
            "by a vote of 419 to 1 on Tuesday.")
    assert ("SANCTION", "USA", "PRK") in sides(events_of(pipeline, text))


def test_both_chambers_ratify(pipeline):
    text = ("Republicans and Democrats rarely agree on trade. In 2011, the House and Senate passed bills "
            "ratifying the deals with South Korea, Colombia and Panama in a single day.")
    evs = [e for e in events_of(pipeline, text) if e.type == "AGREE"]
    assert evs and evs[0].source is not None and evs[0].source.code == "USA"


def test_a_committee_of_the_chamber_acts_for_it(pipeline):
    text = "Congress is back from recess. The Senate Foreign Relations Committee condemned Russia's annexation of Crimea."
    assert ("ACCUSE", "USA", "RUS") in sides(events_of(pipeline, text))


@pytest.mark.parametrize("text", [
    # no sign of the US Congress in the article: whose Senate is it?
    "The Senate voted to impose new sanctions on Russia on Tuesday.",
    # another state's Senate is named: the bare one may be it
    "Congress is debating the deal. The Italian Senate approved it on Monday. The Senate condemned Russia.",
    # members, not the chamber ("House Republicans", a committee's chairman)
    "Congress is debating the deal. House Republicans accused China of cheating.",
    "Congress is debating. The chairman of the House Foreign Affairs Committee accused Iran of lying.",
    # another house
    "Republicans and Democrats met at the White House. The White House condemned Russia.",
])
def test_no_chamber_read(pipeline, text):
    found = mentions(pipeline, text)
    assert found.get("Senate") is None and found.get("House") is None


def test_the_house_without_a_qualifier_is_read(pipeline):
    found = mentions(pipeline, "Congress is debating the deal. The Senate condemned Russia.")
    assert found.get("Senate") == "USA"
