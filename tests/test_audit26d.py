"""Precision fixes from the audit26d pool audit (REQUEST, MOBILIZE, SANCTION, AID). Sentences written
for these tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_a_side_pushed_out_of_a_place_or_power_is_driven_out_not_asked(pipeline):
    """ "pushed the Taliban out of Kandahar", "pushing Ukrainian troops out of the town", "pushed the
    Taliban from Kabul": one side drives the other out; nothing is asked of it (a request is "pushed
    Moscow for a treaty", which stays one)."""
    out = events_of(pipeline, "American troops pushed the Taliban out of Kandahar in 2001.")
    grip = events_of(pipeline, "Russian-backed fighters tightened their grip on the east, pushing Ukrainian "
                               "troops out of the town.")
    away = events_of(pipeline, "The Iraqi army pushed Islamic State fighters from Iraq's second city.")
    asked = events_of(pipeline, "Washington has long pushed Moscow for a new arms treaty.")
    assert ("USA", "TALIBAN") not in pairs(out, "REQUEST"), shown(out)
    assert ("RUS", "UKR") not in pairs(grip, "REQUEST"), shown(grip)
    assert ("IRQ", "ISIS") not in pairs(away, "REQUEST"), shown(away)
    assert ("USA", "RUS") in pairs(asked, "REQUEST"), shown(asked)


def test_a_meeting_pushed_back_is_put_off_not_held_by_the_one_who_delayed_it(pipeline):
    """ "pushing back Trump's meeting with the Finnish president": the delay is no event of the one who
    caused it; the meeting stays the meeting of its own sides."""
    evs = events_of(pipeline, "Putin arrived three hours late, pushing back Trump's meeting with the Finnish "
                              "president.")
    assert ("RUS", "USA") not in pairs(evs, "CONSULT") + pairs(evs, "REQUEST"), shown(evs)
    assert ("USA", "FIN") in pairs(evs, "CONSULT"), shown(evs)


def test_a_force_said_to_stand_somewhere_is_no_deployment(pipeline):
    """ "American troops stationed there", "visit U.S. forces deployed there": the participle says where a
    force stands, a presence and no act; a force sent somewhere ("an Iraqi unit deployed to Ramadi")
    is still a deployment."""
    there = events_of(pipeline, "Intelligence showed Iranian-backed militias moving rockets to sites that "
                                "could hit American troops stationed there.")
    visit = events_of(pipeline, "McCain traveled to northern Syria to visit U.S. forces deployed there.")
    sent = events_of(pipeline, "An elite Iraqi unit deployed to Ramadi was defeated by Islamic State fighters.")
    assert ("USA", None) not in pairs(there, "MOBILIZE") + pairs(visit, "MOBILIZE"), shown(there) + shown(visit)
    assert ("IRQ", None) in pairs(sent, "MOBILIZE"), shown(sent)
