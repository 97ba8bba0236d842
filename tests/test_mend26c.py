"""A deed tied by "to" to a side's own act names that act as its reason, not the side as its doer
(session 26, mend26c). Sentences written for these tests (not from an eval set); the real pipeline
runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,kind,pair", [
    # the "to" object is the possessor's act (support, backing, use): the deed's reason, not its doer,
    # so the deed keeps its own reading and no one is accused of it
    ("Bahrain linked the blockade to Qatar's support for armed groups.", "COERCE", ("BHR", "QAT")),
    ("Egypt tied the naval blockade to Qatar's backing of militants.", "COERCE", ("EGY", "QAT")),
    ("The White House tied the missile strikes to Syria's use of nerve gas.", "ASSAULT", ("USA", "SYR")),
])
def test_deed_tied_to_a_sides_act_keeps_its_reading(pipeline, text, kind, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, kind), shown(evs)
    assert not pairs(evs, "ACCUSE"), shown(evs)


def test_deed_traced_to_a_sides_agency_stays_attribution(pipeline):
    # beside a deed tied to a side's act (its reason), a deed traced to a side's agency names its doer
    evs = events_of(pipeline, "Bahrain linked the blockade to Qatar's support for armed groups. "
                    "Denmark traced the cyberattack to Russia's military intelligence service.")
    assert ("BHR", "QAT") in pairs(evs, "COERCE"), shown(evs)
    assert pairs(evs, "ACCUSE") == [("DNK", "RUS")], shown(evs)
