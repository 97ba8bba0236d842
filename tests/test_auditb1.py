"""Precision fixes from the session-27 audit (fresh pool sample B) of ASSAULT, COERCE, RETREAT and
CONCEDE events. Sentences written for these tests (not from an eval set); the real pipeline runs on each.
Each test pairs the false reading removed with a true one of the same word that stays."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown

_PRISONERS = "Iran released a group of American prisoners on Sunday, officials in Tehran said."


@pytest.mark.parametrize("text", [
    # a list is published, whoever or whatever it names: no captive freed
    "The United States on Monday released a list of 150 Russian oligarchs and officials close to the Kremlin.",
    "The White House has also released a list of 10 percent tariffs on another $100 billion of Chinese "
    "goods, officials in Washington said.",
])
def test_released_list_is_no_release_of_captives(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "RETREAT"], shown(evs)
    kept = events_of(pipeline, _PRISONERS)  # a group of prisoners freed is still a release
    assert ("IRN", "USA") in pairs(kept, "RETREAT"), shown(kept)
