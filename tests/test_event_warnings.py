"""What a warning's that-clause makes of it (``communique.events.warnings``), on sentences written for
these tests: another party's act warned of is an accusation of that party, a judgment with no subject
of its own is no event, and the speaker's own side's act (or a party named as what it will be done
to) is still a threat."""

from __future__ import annotations

import pytest

from pool_events import events_of

STORY = "Peru imposed tariffs on Chile last week. "


def test_warning_of_another_partys_act_accuses_it(pipeline):
    evs = events_of(pipeline, STORY + "The Chilean minister warned that a Peruvian blockade might lead to shortages.")
    assert ("ACCUSE", frozenset({"CHL", "PER"}), "warned") in evs, evs
    assert not any(t == "THREATEN" for t, _, _ in evs), evs


def test_a_judgment_warned_of_is_no_event(pipeline):
    evs = events_of(pipeline, STORY + "The Chilean minister warned that it was too early to tell whether Lima would relent.")
    assert [trig for _, _, trig in evs] == ["imposed"], evs


@pytest.mark.parametrize("clause", [
    "Chile would retaliate",
    "the country would retaliate",
    "it would retaliate",
    "Peru would be punished severely",
    "further tariffs could be slapped on Peruvian goods",
    "any new Peruvian tariffs would spark a fierce reaction",
])
def test_what_the_speakers_side_will_do_is_still_a_threat(pipeline, clause):
    evs = events_of(pipeline, STORY + f"The Chilean minister warned that {clause}.")
    assert ("THREATEN", frozenset({"CHL", "PER"}), "warned") in evs, evs


@pytest.mark.parametrize("text", [
    "The Chilean minister warned Peru that Lima would regret the move.",
    "The Chilean minister warned of serious consequences.",
])
def test_a_warning_addressed_or_of_consequences_is_still_a_threat(pipeline, text):
    evs = events_of(pipeline, STORY + text)
    assert ("THREATEN", frozenset({"CHL", "PER"}), "warned") in evs, evs
