"""Defects found reading round two of the twenty-fifth pass. Sentences written for these tests (not from an
eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


def statuses(events, type_: str, sides: set[str]) -> list[str]:
    """The statuses of the events of ``type_`` whose actors (source, target, participants) are ``sides``."""
    return [e.status for e in events if e.type == type_ and {
        a.code for a in (e.source, e.target, *e.participants) if a is not None} == sides]


@pytest.mark.parametrize("text, type_, sides", [
    ("North Korea did not participate in its planned talks with South Korea.", "CONSULT", {"PRK", "KOR"}),
    ("China did not take part in its joint exercises with Russia.", "COOPERATE", {"CHN", "RUS"}),
])
def test_a_not_on_taking_part_denies_the_act_it_is_in(pipeline, text, type_, sides):
    # the "in" phrase of a verb of taking part is the act itself, no occasion of the verb (status._own_occasion)
    events = probe.events_of(pipeline, text, "2019-05-13")
    assert statuses(events, type_, sides) == ["negated"], probe.shown(events)
