"""Agreements found by grouping the train split's AGREE misses and checking the constructions on
news-pool articles (session 26). Sentences written for these tests (not from an eval set); the real
pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, shown


def _agree(evs: list, status: str) -> list[set[str]]:
    """The actor sets of the AGREE events with ``status``."""
    return [{a.code for a in (e.source, e.target, *e.participants) if a is not None}
            for e in evs if e.type == "AGREE" and e.status == status]


@pytest.mark.parametrize("text,sides", [
    # talks that ended without a deal: the meeting took place, the agreement was not made
    ("The talks between Egypt and Ethiopia ended without an agreement on Friday.", {"EGY", "ETH"}),
    ("The summit between India and Pakistan broke up without a deal.", {"IND", "PAK"}),
])
def test_talks_ended_without_accord(pipeline, text, sides):
    evs = events_of(pipeline, text)
    assert sides in _agree(evs, "negated"), shown(evs)
    assert any(e.type == "CONSULT" and e.status == "occurred" for e in evs), shown(evs)



@pytest.mark.parametrize("text,sides", [
    # an accord made between two sides, the accord the passive's subject or the participle's head
    ("A deal was reached between Greece and Turkey on the migrants.", {"GRC", "TUR"}),
    ("The agreement reached between Serbia and Kosovo in Brussels covers trade.", {"SRB", "XKX"}),
    ("A compromise deal was hammered out between Japan and South Korea.", {"JPN", "KOR"}),
])
def test_accord_made_between_sides(pipeline, text, sides):
    evs = events_of(pipeline, text)
    assert sides in _agree(evs, "occurred"), shown(evs)


@pytest.mark.parametrize("text,sides", [
    # a declared readiness to work with another side is an offer to cooperate, made as it is said
    ("Ankara said it was willing to cooperate with Athens on the migrant crisis.", {"TUR", "GRC"}),
    ("Seoul stands ready to work with Tokyo on the dispute.", {"KOR", "JPN"}),
    ("The Kenyan government is prepared to work with Somalia to secure the border.", {"KEN", "SOM"}),
])
def test_readiness_to_work_with_is_an_offer(pipeline, text, sides):
    evs = events_of(pipeline, text)
    assert sides in _agree(evs, "occurred"), shown(evs)
