"""Meetings and visits whose parties lie outside the trigger's own phrase (events/meetings.py,
status.py, discourse.py, verbs.tsv): the doer of the clause a meeting is the occasion of, a meeting
looked forward to, an official sent to a capital, the Korea that "North and South Korea" leaves out.
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from communique.events.meetings import occasion_doer
from communique.types import RawDoc


def events(text: str, pipeline, published: str = "2018-07-10") -> list[tuple[str, set[str], str]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, {a.code for a in e.actors()}, e.status) for e in evs]


def test_talks_a_fronted_phrase_names_are_the_clause_subjects(pipeline):
    found = events("In London on Saturday for talks with the British foreign secretary, Mr. Kerry suggested "
                   "that Mr. Assad's exit is open-ended.", pipeline, published="2013-09-08")
    assert ("CONSULT", {"USA", "GBR"}, "occurred") in found, found


def _doer(nlp, text: str, noun: str) -> str | None:
    doc = nlp(text)
    found = occasion_doer(next(t for t in doc if t.text == noun))
    return found.text if found is not None else None


def test_occasion_doer_is_the_active_clause_subject_only(nlp):
    assert _doer(nlp, "In London for talks with Hague, Kerry suggested a new plan.", "talks") == "Kerry"
    assert _doer(nlp, "The president was briefed in a call with his aides.", "call") is None
    assert _doer(nlp, "His remarks during the visit angered Beijing.", "visit") is None


def test_a_meeting_looked_forward_to_is_planned(pipeline):
    found = events("Trump said he looked forward to meeting Putin in Helsinki.", pipeline)
    assert ("CONSULT", {"USA", "RUS"}, "planned") in found, found


def test_seeing_a_leader_one_looks_forward_to_is_a_planned_meeting(pipeline):
    found = events("The White House says Trump also told Xi he looked forward to seeing him in China later "
                   "this year.", pipeline, published="2017-04-07")
    assert ("CONSULT", {"USA", "CHN"}, "planned") in found, found


def test_seeing_a_thing_one_looks_forward_to_is_no_meeting(pipeline):
    found = events("Obama said he looks forward to seeing the results of the talks with Japan.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_an_official_sent_to_a_capital_visits_it(pipeline):
    assert any(t == "CONSULT" and codes == {"USA", "EGY"}
               for t, codes, _ in events("The president is sending Secretary of State John Kerry to Cairo.", pipeline))
    assert any(t == "CONSULT" and codes == {"CHN", "PRK"}
               for t, codes, _ in events("China dispatched a senior diplomat to Pyongyang on Friday.", pipeline))


def test_sending_a_letter_is_no_visit(pipeline):
    found = events("The president sent a letter to the Egyptian government on Friday.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_north_and_south_korea_name_both_koreas(pipeline):
    found = events("North and South Korea agreed on Thursday to hold talks about reopening the industrial "
                   "complex.", pipeline, published="2013-08-15")
    assert any(t == "AGREE" and codes == {"PRK", "KOR"} for t, codes, _ in found), found


def test_advising_another_states_forces_is_aid(pipeline):
    found = events("Some 3,000 American troops are in Iraq, training and advising Iraqi forces.", pipeline,
                   published="2014-09-15")
    assert any(t == "AID" and codes == {"USA", "IRQ"} for t, codes, _ in found), found


def test_equipping_rebels_is_aid_not_cooperation(pipeline):
    found = events("The United States will train and equip Syrian rebels.", pipeline, published="2014-09-15")
    assert any(t == "AID" and codes == {"USA", "SYR"} for t, codes, _ in found), found
    assert not any(t == "COOPERATE" for t, _, _ in found), found



def test_returning_a_territory_or_to_a_rule_is_no_visit(pipeline):
    found = events("Tillerson ruled out any early end to sanctions unless the country returns Crimea to Ukraine.",
                   pipeline, published="2017-04-12")
    assert not any(t == "CONSULT" for t, _, _ in found), found
    found = events("Hong Kong retained its separate legal system when it returned to Chinese rule in 1997.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_refugees_received_and_cooperation_received_are_no_visits(pipeline):
    found = events("The United States has received about 1,500 Syrians since the conflict began.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found
    found = events("Turkey was not satisfied with the level of cooperation it was receiving from Riyadh on the murder.",
                   pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_people_counted_and_received_are_taken_in(pipeline):
    found = events("Turkey has received about 1,500 Syrians since the conflict began.", pipeline)
    assert ("AID", {"TUR", "SYR"}, "occurred") in found, found


def test_delegations_counted_are_still_guests(pipeline):
    found = events("Putin received two Iranian delegations in the Kremlin.", pipeline)
    assert any(t == "CONSULT" and codes == {"RUS", "IRN"} for t, codes, _ in found), found


def test_a_leader_received_is_still_a_visit(pipeline):
    found = events("Putin received Netanyahu in the Kremlin on Monday.", pipeline)
    assert any(t == "CONSULT" and codes == {"RUS", "ISR"} for t, codes, _ in found), found


def test_an_accord_negotiated_is_an_agreement(pipeline):
    found = events("Obama negotiated a nuclear deal with Iran in 2015.", pipeline, published="2015-08-01")
    assert any(t == "AGREE" and codes == {"USA", "IRN"} for t, codes, _ in found), found


def test_an_accord_still_negotiated_is_talks(pipeline):
    found = events("The United States is negotiating a trade deal with Japan.", pipeline)
    assert any(t == "CONSULT" and codes == {"USA", "JPN"} for t, codes, _ in found), found
    assert not any(t == "AGREE" for t, _, _ in found), found


def test_a_visit_a_gerund_clause_is_timed_by_is_still_a_visit(pipeline):
    found = events("Shanahan asked his chief of staff to investigate what was behind obscuring the name of the "
                   "USS John McCain during President Donald Trump's visit to Japan.", pipeline, published="2019-05-30")
    assert any(t == "CONSULT" and codes == {"USA", "JPN"} for t, codes, _ in found), found


def test_an_activity_gerunds_object_is_still_no_event(pipeline):
    found = events("The plan includes strengthening cooperation with Japan.", pipeline)
    assert not any(t == "COOPERATE" for t, _, _ in found), found
