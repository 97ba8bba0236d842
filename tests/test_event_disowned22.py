"""A side that denies its part in an act ("denied responsibility for the attack") is not its doer, and the
act it disowns is not denied (twenty-second pass). Sentences written for these tests (not from an eval set);
the real pipeline runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2019-09-16")
shown = probe.shown


@pytest.mark.parametrize("text", [
    "The Taliban denied responsibility for the attack on the U.S. base.",
    "The Taliban denied any involvement in the attack on the U.S. base.",
    "Iran denied responsibility for the attack on the U.S. embassy.",
])
def test_a_side_that_disowns_an_attack_is_not_its_doer(pipeline, text):
    evs = [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]
    assert evs, shown(events_of(pipeline, text))
    assert all(e.source is None or e.source.code not in ("TALIBAN", "AFG", "IRN") for e in evs), shown(evs)
    assert all(e.status == "occurred" for e in evs), shown(evs)


def test_a_side_that_owns_an_attack_is_its_doer(pipeline):
    evs = [e for e in events_of(pipeline, "The Taliban claimed responsibility for the attack on the U.S. base.")
           if e.type == "ASSAULT"]
    assert evs and evs[0].source is not None and evs[0].source.code == "TALIBAN", shown(evs)
    assert evs[0].status == "occurred", shown(evs)


def test_an_attack_itself_denied_stays_negated(pipeline):
    evs = [e for e in events_of(pipeline, "The ministry denied that any attack on the U.S. base took place.")
           if e.type == "ASSAULT"]
    assert all(e.status != "occurred" for e in evs), shown(evs)
