"""Mends of what the review of round one noticed (session 25): the foe a joint act or an act asked for
is aimed at is no party to it; a hyphenated cease-fire is an accord; a session a speech comes before is
no audience; a speech to a chamber passes the noun guards; an object whose lemma the tables do not know is
read by its word. Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from probe import said, typed


def test_the_foe_states_unite_against_is_no_party_to_their_union(pipeline):
    found = said(pipeline, "Turkey and Egypt united against Israel.")
    assert ("TUR", "ISR") not in typed(found, "CONSULT"), found


def test_the_foe_of_a_union_asked_for_is_not_the_one_asked(pipeline):
    found = said(pipeline, "Qatar urged Arab states to unite against Israel.")
    assert ("QAT", "ISR") not in typed(found, "REQUEST"), found


def test_the_foe_of_a_statement_asked_for_is_not_the_one_asked(pipeline):
    found = said(pipeline, "Qatar urged Arab governments to speak out against Israel.")
    assert ("QAT", "ISR") not in typed(found, "REQUEST"), found


def test_a_hyphenated_cease_fire_brokered_with_a_side_is_an_accord(pipeline):
    found = said(pipeline, "Qatar said the cease-fire it brokered with the Taliban was holding.")
    assert ("QAT", "TALIBAN") in typed(found, "AGREE"), found


def test_a_hyphenated_cease_fire_negotiated_is_an_accord_made(pipeline):
    found = said(pipeline, "Turkey negotiated a cease-fire with Russia in Idlib last year.")
    assert ("TUR", "RUS") in typed(found, "AGREE"), found


def test_a_session_a_speech_comes_before_is_no_audience(pipeline):
    found = said(pipeline, "Biden gave a speech before the closing NATO session.")
    assert ("USA", "NATO") not in typed(found, "CONSULT"), found
    joint = said(pipeline, "Biden gave a speech before a joint session of the Canadian parliament.")
    assert ("USA", "CAN") in typed(joint, "CONSULT"), joint


def test_a_speech_to_a_chamber_that_was_prevented_is_no_meeting(pipeline):
    found = said(pipeline, "Lawmakers prevented a speech to Congress by Mexico's president.")
    assert ("MEX", "USA") not in typed(found, "CONSULT"), found


def test_data_released_is_read_by_its_word_not_the_parsers_lemma(pipeline):
    # the parser lemmatises "data" as "datum"; verbs.tsv's "release data" row says no captive is freed
    found = said(pipeline, "China released data about Taiwan.")
    assert typed(found, "RETREAT") == [], found
