"""A speech to a chamber or an assembly is a CONSULT with the state or body that sits there: "addressed a joint
session of Congress", "will address the UN General Assembly" (``meetings.addressed_body``), "his address to the
Knesset", "a speech to the Bundestag" (``meetings.speech_to_body``). Sentences written for these tests; the real
pipeline runs on each."""

from __future__ import annotations

from probe import said, typed


def test_a_leader_who_addresses_a_foreign_legislature_met_its_state(pipeline):
    found = said(pipeline, "Italian Prime Minister Mario Draghi addressed the Knesset on Monday, urging closer "
                           "trade ties.")
    assert ("ITA", "ISR") in typed(found, "CONSULT"), found


def test_a_speaker_who_will_address_the_general_assembly_meets_the_un(pipeline):
    found = said(pipeline, "Brazil's president Jair Bolsonaro will address the United Nations General Assembly "
                           "next week.")
    assert ("BRA", "UN") in typed(found, "CONSULT"), found



def test_a_speech_to_a_foreign_parliament_is_a_meeting_with_its_state(pipeline):
    found = said(pipeline, "Spanish Prime Minister Pedro Sanchez praised the alliance in a speech to the Bundestag "
                           "on Thursday.")
    assert ("ESP", "DEU") in typed(found, "CONSULT"), found


def test_an_address_whose_audience_the_parser_hangs_on_the_verb_is_to_that_audience(pipeline):
    found = said(pipeline, "Indian Prime Minister Narendra Modi delivered his address to the UN General Assembly "
                           "on Friday.")
    assert ("IND", "UN") in typed(found, "CONSULT"), found
