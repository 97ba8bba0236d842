"""Meetings, agreements and sanctions of the twenty-first pass: a call or meeting that names no side,
the occasion of a clause whose subject addresses someone ("In a phone call on Monday, Moon told Trump
..."; ``meetings.occasion_addressee``). Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from communique.types import RawDoc


def events(text: str, pipeline, published: str = "2019-06-17") -> list[tuple[str, str | None, str | None]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs]


def test_a_call_with_no_side_met_whom_its_clause_subject_told(pipeline):
    found = events("In a phone call on Monday, Biden told Ukrainian President Petro Poroshenko that Washington "
                   "would send aid.", pipeline)
    assert ("CONSULT", "USA", "UKR") in found, found


def test_a_call_whose_clause_subject_told_no_actor_is_no_meeting(pipeline):
    found = events("In a phone call on Monday, Biden told reporters that Washington would send aid.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_talks_named_by_their_process_are_between_its_parties(pipeline):
    found = events("The second round of NAFTA talks will kick off on Friday in Mexico City.", pipeline)
    assert any(t == "CONSULT" for t, _, _ in found), found
    evs = pipeline.process(RawDoc(id="t", origin="test", text="The Brexit talks resumed in Brussels on Monday.",
                                  published="2018-06-17")).events
    assert any(e.type == "CONSULT" and {a.code for a in e.actors()} == {"GBR", "EU"} for e in evs), evs


def test_cross_party_talks_on_a_process_are_domestic(pipeline):
    found = events("Cross-party Brexit talks between the government and Labour collapsed on Friday.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_sitting_down_with_a_leader_is_a_meeting(pipeline):
    found = events("Pompeo sat down with Lavrov in Helsinki on Monday.", pipeline)
    assert ("CONSULT", "USA", "RUS") in found, found


def test_shaking_hands_with_a_leader_is_a_meeting(pipeline):
    found = events("On the way to the podium, Obama shook hands with Cuban President Raul Castro.", pipeline,
                   published="2013-12-10")
    assert ("CONSULT", "USA", "CUB") in found, found


def test_sitting_down_with_a_broadcaster_is_no_meeting(pipeline):
    found = events("Trump sat down with Fox News on Sunday.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_two_sides_named_together_that_spoke_held_talks(pipeline):
    for text in ("Putin and Trump spoke after Trump's presidential victory in November.",
                 "Kerry and Netanyahu talked at length about Iran on Monday."):
        evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2016-12-01")).events
        assert any(e.type == "CONSULT" and len({a.code for a in e.actors()}) == 2 for e in evs), (text, evs)


def test_two_sides_that_spoke_on_condition_of_anonymity_held_no_talks(pipeline):
    text = "Trump met Putin in Helsinki on Monday. The two men spoke on condition of anonymity."
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2018-07-17")).events
    assert not any("anonymity" in e.evidence.text for e in evs), evs


def test_process_talks_in_a_home_chamber_are_domestic(pipeline):
    found = events("Bercow presided over heated Brexit negotiations in Parliament on Monday.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found
