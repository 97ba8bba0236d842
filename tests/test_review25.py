"""Review of round one (session 25): a speech given "to" a chamber, which the parser hangs on a verb of
giving as a dative, meets the chamber's state as "a speech to Congress" does; every chamber
``meetings.ADDRESSED_BODIES`` names is one "address" meets (verbs.tsv). Sentences written for these
tests; the real pipeline runs on each."""

from __future__ import annotations

from probe import said, typed

from communique.events.lexicon import load_lexicon
from communique.events.meetings import ADDRESSED_BODIES


def test_a_speech_given_to_a_foreign_chamber_meets_its_state(pipeline):
    found = said(pipeline, "Kenyan President William Ruto gave a speech to the U.S. Congress on Thursday.")
    assert ("KEN", "USA") in typed(found, "CONSULT"), found


def test_a_speech_given_to_a_foreign_assembly_meets_its_body(pipeline):
    found = said(pipeline, "South Korean President Yoon Suk Yeol gave a speech to the European Parliament in "
                           "Strasbourg.")
    assert ("KOR", "EU") in typed(found, "CONSULT"), found


def test_a_leader_who_addresses_a_foreign_senate_met_its_state(pipeline):
    found = said(pipeline, "Indian Prime Minister Narendra Modi addressed the U.S. Senate on Wednesday.")
    assert ("IND", "USA") in typed(found, "CONSULT"), found


def test_every_chamber_addressed_is_a_meeting_in_the_lexicon():
    lex = load_lexicon()
    unmet = sorted(b for b in ADDRESSED_BODIES if "CONSULT" not in {t.type for t in lex.verb("address", obj_lemma=b)})
    assert not unmet, f"add an 'address' row to verbs.tsv for {unmet}"
