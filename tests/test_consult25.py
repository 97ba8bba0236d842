"""A speech to a chamber or an assembly is a CONSULT with the state or body that sits there: "addressed a joint
session of Congress", "will address the UN General Assembly" (``meetings.addressed_body``). Sentences written
for these tests; the real pipeline runs on each."""

from __future__ import annotations

from probe import said, typed


def test_a_leader_who_addresses_a_foreign_legislature_met_its_state(pipeline):
    found = said(pipeline, "Italian Prime Minister Mario Draghi addressed the Knesset on Monday, urging closer trade ties.")
    assert ("ITA", "ISR") in typed(found, "CONSULT"), found


def test_a_speaker_who_will_address_the_general_assembly_meets_the_un(pipeline):
    found = said(pipeline, "Brazil's president Jair Bolsonaro will address the United Nations General Assembly "
                           "next week.")
    assert ("BRA", "UN") in typed(found, "CONSULT"), found

