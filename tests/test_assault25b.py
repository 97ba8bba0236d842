"""ASSAULT sides (session 25b): a side that looks on at an attack, approves it or blesses it is not its doer,
and a noun of mood ending right before an infinitive of force tells of spirit, not a fight. Sentences
written for these tests (not from an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


def test_lost_will_to_fight_is_no_attack(pipeline):
    # the parser hangs the infinitive on the verb ("lost"), not on the noun of mood
    evs = events_of(pipeline, "Syria's generals have lost the will to fight Turkey.")
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)
    evs = events_of(pipeline, "Syria's generals have used the army to fight Turkey.")
    assert ("SYR", "TUR") in pairs(evs, "ASSAULT"), shown(evs)
