"""Statements that report no event (session 27): an act its subject is judged unlikely to do, an act
named as what a reason or argument would be for, an act told under a modal perfect (what was not
done), and an act whose ease is weighed; and the status of an act one is reluctant to do. Sentences
written for these tests (not from an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,type_", [
    ("Beijing is unlikely to abandon Pyongyang at the moment.", "CONCEDE"),
    ("Analysts say Russia and China are unlikely to launch such an attack against Japan.", "ASSAULT"),
    ("Berlin is unlikely to seek concessions from Washington this year.", "REQUEST"),
])
def test_act_judged_unlikely_is_no_event(pipeline, text, type_):
    evs = events_of(pipeline, text)
    assert not pairs(evs, type_), shown(evs)


@pytest.mark.parametrize("text,type_", [
    ("That is not a good reason for Greece to leave the European Union.", "SANCTION"),
    ("Japan and South Korea had strong incentives to strike North Korea first.", "ASSAULT"),
    ("Critics say Canada has no justification to restrict Chinese trade.", "SANCTION"),
])
def test_act_under_a_reason_is_no_event(pipeline, text, type_):
    evs = events_of(pipeline, text)
    assert not pairs(evs, type_), shown(evs)



@pytest.mark.parametrize("text,type_", [
    ("Many voters thought France should have sent ground troops into Mali.", "MOBILIZE"),
    ("Beijing could have ordered strikes on Taiwan without asking anyone.", "ASSAULT"),
    ("Washington would have punished Cuba for its refusal.", "COERCE"),
    ("Russia could have vetoed the sanctions on Iran.", "REJECT"),
])
def test_act_under_a_modal_perfect_is_no_event(pipeline, text, type_):
    evs = events_of(pipeline, text)
    assert not pairs(evs, type_), shown(evs)


@pytest.mark.parametrize("text,type_", [
    ("The new law will make it much harder for Biden to strike a deal with Iran.", "AGREE"),
    ("The vote made it easier for Beijing to persuade Washington to ease tariffs.", "REQUEST"),
])
def test_act_whose_ease_is_weighed_is_no_event(pipeline, text, type_):
    evs = events_of(pipeline, text)
    assert not pairs(evs, type_), shown(evs)


@pytest.mark.parametrize("text,type_", [
    ("Germany has been reluctant to send heavy weapons to Ukraine.", "AID"),
    ("Israel is reluctant to share classified intelligence with Washington.", "COOPERATE"),
    ("Japan has been unwilling to affirm its commitment to NATO.", "AGREE"),
])
def test_act_one_is_reluctant_to_do_is_negated(pipeline, text, type_):
    # as "the reluctance to send": the act is not done (no REJECT is read off the adjective yet)
    evs = events_of(pipeline, text)
    found = [e.status for e in evs if e.type == type_]
    assert found and all(s == "negated" for s in found), shown(evs)
