"""Review of round one (session 25): a speech given "to" a chamber, which the parser hangs on a verb of
giving as a dative, meets the chamber's state as "a speech to Congress" does. Sentences written for these
tests; the real pipeline runs on each."""

from __future__ import annotations

from probe import said, typed



def test_a_speech_given_to_a_foreign_chamber_meets_its_state(pipeline):
    found = said(pipeline, "Kenyan President William Ruto gave a speech to the U.S. Congress on Thursday.")
    assert ("KEN", "USA") in typed(found, "CONSULT"), found


def test_a_speech_given_to_a_foreign_assembly_meets_its_body(pipeline):
    found = said(pipeline, "South Korean President Yoon Suk Yeol gave a speech to the European Parliament in "
                           "Strasbourg.")
    assert ("KOR", "EU") in typed(found, "CONSULT"), found
