"""Meetings and cooperation (events/cooperation.py, status.py, tokens.py): what cooperation is on or
aimed against is no partner in it; an occasion something is done "ahead of" is still to come, and
the one who does it takes part. Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from communique.types import RawDoc


def events(text: str, pipeline, published: str = "2018-07-14") -> list[tuple[str, str | None, str | None, str]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None, e.status)
            for e in evs]


def actor_sets(text: str, pipeline, published: str = "2018-07-14") -> list[tuple[str, set[str]]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, {a.code for a in e.actors()}) for e in evs]


def test_information_shared_about_a_group_is_shared_with_the_partner(pipeline):
    found = events("Trump shared classified information about the ISIS fight with Russian Foreign Minister "
                   "Sergei Lavrov.", pipeline)
    assert ("COOPERATE", "USA", "RUS", "occurred") in found, found
    assert not any("ISIS" in (s, t) for _, s, t, _ in found), found


def test_intelligence_on_a_state_is_no_partner(pipeline):
    found = events("The US will share intelligence on Iran with Israel.", pipeline)
    assert ("COOPERATE", "USA", "ISR", "planned") in found, found


def test_the_foe_of_cooperation_is_no_partner(pipeline):
    found = actor_sets("The United States is cooperating with Russia against ISIS in Syria.", pipeline)
    assert ("COOPERATE", {"USA", "RUS"}) in found, found

def test_a_meeting_ahead_of_which_one_speaks_is_planned(pipeline):
    found = events("Pompeo spoke to reporters ahead of his meeting with Lavrov in Sochi.", pipeline)
    assert ("CONSULT", "USA", "RUS", "planned") in found, found


def test_who_acts_ahead_of_a_summit_takes_part_in_it(pipeline):
    found = events("Trump played golf on Saturday ahead of a summit with Putin.", pipeline)
    assert ("CONSULT", "USA", "RUS", "planned") in found, found


def test_a_speaker_ahead_of_a_meeting_takes_part_in_it(pipeline):
    found = events("Ahead of the meeting with Xi, Trump said he was optimistic.", pipeline)
    assert ("CONSULT", "USA", "CHN", "planned") in found, found


def test_a_summit_placed_back_is_not_ahead(pipeline):
    found = events("Ahead of last week's summit with Putin, Trump called the EU a foe.", pipeline)
    assert not any(t == "CONSULT" and st == "planned" for t, _, _, st in found), found


def test_a_call_hung_on_its_party_is_that_partys_call(pipeline):
    found = events("Russian foreign minister Sergei Lavrov, in a phone call Saturday with Secretary of State "
                   "Mike Pompeo, said the US was wrong.", pipeline, published="2018-07-21")
    assert ("CONSULT", "RUS", "USA", "occurred") in found, found


def test_training_another_states_soldiers_is_aid(pipeline):
    found = events("The US has sent 450 troops to train Iraqi soldiers.", pipeline, published="2015-06-01")
    assert ("AID", "USA", "IRQ", "occurred") in found, found


def test_a_plan_the_sentence_says_was_canceled_is_negated(pipeline):
    found = events("Trump and Xi were due to meet in Chile but that event was canceled because of protests there.",
                   pipeline, published="2019-11-07")
    assert ("CONSULT", "USA", None, "negated") in found, found
