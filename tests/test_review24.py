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


def test_a_states_opposition_to_a_thing_is_the_state_not_its_opposition(pipeline):
    """ "French opposition to the pipeline": the noun is France's objection, so France acts as the
    state; "the French opposition" (no "to") is a group of France, as the rebels rule reads it."""
    stance = events_of(pipeline, "Germany dismissed French opposition to the new gas pipeline.")
    party = events_of(pipeline, "The French opposition rejected the Italian proposal on Monday.")
    assert [e.target.kind for e in stance if e.target is not None and e.target.code == "FRA"] == ["state"], shown(stance)
    assert [e.source.kind for e in party if e.source is not None and e.source.code == "FRA"] == ["group"], shown(party)
