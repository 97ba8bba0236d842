"""The lead's readings of the twenty-fourth pass, on invented sentences."""

from __future__ import annotations

import pytest

from probe import events_of


def _statuses(pipeline, text: str, kind: str, date: str = "2019-06-17") -> list[str]:
    return [e.status for e in events_of(pipeline, text, date) if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("Pompeo is to visit Japan next week.", "CONSULT"),
    ("Russia and Ukraine are to hold talks.", "CONSULT"),
    ("Under the deal, 5,000 Taliban prisoners are to be released from Afghan jails.", "RETREAT"),
])
def test_a_to_infinitive_under_present_be_is_planned(pipeline, text, kind):
    """ "X is to visit Y": the arrangement the news reports, still ahead (it read as occurred)."""
    assert _statuses(pipeline, text, kind) == ["planned"]


def test_only_the_present_be_announces_a_plan(pipeline):
    """ "was to visit" also narrates what came to pass; it keeps the past tense's reading."""
    assert _statuses(pipeline, "Pompeo is to visit Japan.", "CONSULT") == ["planned"]
    assert _statuses(pipeline, "Pompeo was to visit Japan in 2018.", "CONSULT") == ["occurred"]
