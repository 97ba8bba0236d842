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


def test_envoys_ordered_out_with_no_deadline_in_the_passive_are_not_expelled_by_the_host(pipeline):
    """ "Nonessential Dutch diplomats were ordered to leave Sudan amid the fighting": in the passive the
    order may be their own government's (an evacuation), not an expulsion by the state they leave; a
    deadline ("within 72 hours", "given 48 hours") is the host's."""
    evs = events_of(pipeline, "Nonessential Dutch diplomats were ordered to leave Sudan amid the fighting.")
    assert not pairs(evs, "SANCTION"), shown(evs)
    evs = events_of(pipeline, "Two Dutch diplomats were ordered to leave Sudan by Friday.")
    assert ("SDN", "NLD") in pairs(evs, "SANCTION"), shown(evs)
