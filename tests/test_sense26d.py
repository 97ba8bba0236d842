"""Words in another sense than the event their lexicon row reads (sense26d): what a verb leaves its
object in is a result, no withdrawal."""

from __future__ import annotations

import pytest

from probe import said, typed

LEFT_IN_A_STATE = [
    "The Russian cyberattack left large parts of Latvia electronically dark for two days.",
    "Under the bargain, Pakistan would leave al Qaeda alone in the tribal areas.",
]


@pytest.mark.parametrize("text", LEFT_IN_A_STATE)
def test_leaving_an_object_in_a_state_is_no_withdrawal(pipeline, text):
    assert typed(said(pipeline, text), "RETREAT") == []


def test_a_force_leaving_a_country_still_withdraws(pipeline):
    assert ("USA", "IRQ") in typed(said(pipeline, "American troops left Iraq in 2011."), "RETREAT")


def test_a_mind_captured_is_no_seizure(pipeline):
    text = "Al Qaeda has captured the imagination of young recruits from France and Belgium."
    assert typed(said(pipeline, text), "COERCE") == []
