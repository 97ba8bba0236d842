"""Sides named in the sentences before: "the kingdom" is the latest monarchy the article named, where it
stands as a party of its clause; and "grapple with", figurative in news, which a side found anew would
otherwise turn into an attack. Sentences written for these tests (not from an eval set); the real
pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from tests.probe import dated, pairs, shown

events_of = dated("2019-06-17")


@pytest.mark.parametrize("text,type_,pair", [
    ("Jordan closed its border crossing on Monday. The kingdom accused Syria of shelling its border posts.",
     "ACCUSE", ("JOR", "SYR")),
    ("Iran's navy seized a tanker near Bahrain on Sunday. The kingdom urged Tehran to release the crew.",
     "REQUEST", ("BHR", "IRN")),
])
def test_the_kingdom_is_the_latest_monarchy_named(pipeline, text, type_, pair):
    """Not the latest state of any kind: Iran, named after Bahrain, is no kingdom."""
    evs = events_of(pipeline, text)
    assert pairs(evs, type_) == [pair], shown(evs)


@pytest.mark.parametrize("text", [
    "All of this comes as the Obama administration is grappling with the reality of Iran asserting itself in Iraq.",
    "Japan is still grappling with China's growing naval power in the region.",
])
def test_grappling_with_a_problem_is_no_attack(pipeline, text):
    """ "Grapple with" in news is figurative: a state facing a problem (or another state's rise) attacks no one."""
    evs = events_of(pipeline, text)
    assert pairs(evs, "ASSAULT") == [], shown(evs)
