"""Sanctions, threats and coercion on unseen news (twenty-fourth pass). Sentences written for these
tests (not from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2019-05-13")
shown = probe.shown
pairs = probe.pairs

#: NAFTA's parties
NORTH_AMERICA = {"USA", "CAN", "MEX"}


@pytest.mark.parametrize("text, type_, doer", [
    ("Canada said on Monday it would withdraw from NAFTA next year.", "SANCTION", "CAN"),
    ("Ottawa is taking Canada out of NAFTA, the prime minister said.", "SANCTION", "CAN"),
    ("Mexico's president threatened on Sunday to leave the North American Free Trade Agreement.", "THREATEN", "MEX"),
    ("Canada's prime minister vowed to terminate NAFTA if the talks fail.", "THREATEN", "CAN"),
])
def test_leaving_an_accord_named_by_its_name_acts_on_its_other_parties(pipeline, text, type_, doer):
    """ "withdraw from NAFTA", "taking Canada out of NAFTA", "threatened to leave the North American Free
    Trade Agreement": an accord news names by its name is left as "the agreement" is, and the state
    that leaves it acts on its other parties."""
    evs = events_of(pipeline, text)
    sides = pairs(evs, type_)
    assert any(s == doer and t in NORTH_AMERICA - {doer} for s, t in sides), shown(evs)


def test_taking_a_state_out_of_an_accord_is_its_withdrawal(pipeline):
    """ "was taking Brazil out of the Paris climate accord": the state taken out leaves the accord (as
    "pulled Brazil out of"); a state that quits an accord is enough for the sanction."""
    evs = events_of(pipeline, "The Brazilian president announced he was taking Brazil out of the Paris climate accord.")
    assert [s for s, _ in pairs(evs, "SANCTION")] == ["BRA"], shown(evs)


@pytest.mark.parametrize("text, pair", [
    ("Hamas vowed that Israel would regret the raid on the camp.", ("HAMAS", "ISR")),
    ("The Iranian president vowed that Saudi Arabia would pay a heavy price for the executions.", ("IRN", "SAU")),
])
def test_a_vow_that_another_side_will_pay_warns_that_side(pipeline, text, pair):
    """ "vowed that Y would pay a heavy price", "vowed Y would regret it": a commitment whose clause
    warns another side (the ``warning`` words of reported speech) is a threat to that side, as the
    same clause after "said" or "warned" is."""
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "THREATEN"), shown(evs)
