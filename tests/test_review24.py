"""Defects found in review of the twenty-fourth session's first round (review24). Sentences written for
these tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_force_sent_to_help_with_a_task_not_a_side_stays_a_deployment(pipeline):
    """ "sent troops to Y to train Sunni fighters": AID to the side helped (the place's state stands
    for fighters with no code of their own); "sent troops to Y to support the evacuation of
    diplomats": a task helped, no side, so the force sent (MOBILIZE), not aid to the place's state."""
    fighters = events_of(pipeline, "Denmark will send 200 soldiers to Mali to train local militia fighters.")
    task = events_of(pipeline, "Denmark sent 200 soldiers to Mali to support the evacuation of Danish diplomats.")
    assert ("DNK", "MLI") in pairs(fighters, "AID"), shown(fighters)
    assert not pairs(task, "AID"), shown(task)
    assert ("DNK", "MLI") in pairs(task, "MOBILIZE"), shown(task)
