"""Accusations found by grouping the train split's ACCUSE misses and checking the constructions on
news-pool articles (session 25). Sentences written for these tests (not from an eval set); the real
pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair,typ", [
    # a course of action named by an adjective or a short form is that side's own, not its subject matter
    ("Tehran's foreign minister condemned American policies in the Gulf on Monday.", ("IRN", "USA"), "ACCUSE"),
    ("The Kremlin sharply criticized the U.S. strategy in Afghanistan.", ("RUS", "USA"), "ACCUSE"),
    ("Beijing rejected the US policy on arms sales to Taiwan.", ("CHN", "USA"), "REJECT"),
])
def test_course_owner_named_by_adjective(pipeline, text, pair, typ):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, typ), shown(evs)



@pytest.mark.parametrize("text,pair", [
    # doubt voiced about another side's good faith or standing is disapproval of that side
    ("The Greek prime minister questioned Turkey's sincerity in the maritime talks.", ("GRC", "TUR")),
    ("Warsaw questioned the legitimacy of the Belarusian authorities on Tuesday.", ("POL", "BLR")),
    ("Seoul openly questioned Tokyo's motives in the trade dispute.", ("KOR", "JPN")),
])
def test_doubt_about_good_faith_accuses(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)
