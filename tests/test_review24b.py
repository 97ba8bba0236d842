"""Review of the session's second round (review24b). Sentences written for these tests; the real pipeline
(parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_envoy_given_hours_to_leave_a_state_is_expelled_by_it(pipeline):
    """ "was given 48 hours to leave Portugal": the departure hangs on "hours", as in the active "gave
    him 48 hours to leave", and the state it names expels the envoy (it was found, then dropped with no
    expeller)."""
    evs = events_of(pipeline, "The Angolan ambassador was given 48 hours to leave Portugal.")
    assert ("PRT", "AGO") in pairs(evs, "SANCTION"), shown(evs)
