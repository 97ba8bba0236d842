"""Meetings of one body of member states that the sentence reports (``meetings.body_meeting``): the UN
Security Council's session, a G-7 summit, an Arab League meeting are international meetings though the
text names no other party; meetings counted, a summit that is only the backdrop of another act, and
"met their targets" are none. Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from communique.types import RawDoc


def events(text: str, pipeline, published: str = "2019-04-11") -> list[tuple[str, str | None, str]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, e.source and e.source.code, e.status) for e in evs]


def test_a_council_session_held_is_a_meeting_of_its_body(pipeline):
    found = events("The UN Security Council will hold an emergency session on Friday to discuss the missile launch.",
                   pipeline)
    assert ("CONSULT", "UN", "planned") in found, found


def test_a_body_that_meets_is_a_meeting(pipeline):
    found = events("The Arab League met in Cairo on Saturday.", pipeline)
    assert ("CONSULT", "ARL", "occurred") in found, found


def test_a_summit_wrapped_up_by_a_bodys_leaders_is_a_meeting(pipeline):
    found = events("Leaders of the Group of Seven wrapped up their summit in Hiroshima on Sunday.", pipeline)
    assert ("CONSULT", "G7", "occurred") in found, found


def test_meetings_counted_are_no_meeting(pipeline):
    found = events("The European Union is also represented during G-7 meetings.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_a_summit_that_is_the_backdrop_of_a_statement_is_no_event_of_its_own(pipeline):
    found = events("NATO leaders said at their summit in Brussels on Wednesday that the alliance would grow.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_members_that_met_their_targets_held_no_meeting(pipeline):
    found = events("Only six of the 29 NATO members have met their spending targets.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_one_state_alone_still_holds_no_meeting(pipeline):
    found = events("The French cabinet met in Paris on Saturday.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_a_meeting_whose_body_is_named_elsewhere_is_not_the_bodys(pipeline):
    found = events("Russia said the EU's failure to renew the arms embargo could jeopardize an upcoming conference.",
                   pipeline)
    assert not any(t == "CONSULT" and src == "EU" for t, src, _ in found), found


def test_a_bodys_envoys_meeting_people_the_text_does_not_place_hold_no_meeting_of_the_body(pipeline):
    found = events("The UN inspectors arrived at a hospital, where doctors were brought in to meet with them.",
                   pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_a_meeting_of_a_bodys_leaders_is_the_bodys(pipeline):
    found = events("Another meeting of EU leaders will take place in September in Bratislava.", pipeline)
    assert ("CONSULT", "EU", "planned") in found, found
