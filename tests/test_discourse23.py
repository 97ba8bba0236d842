"""Sides an event takes from the article's discourse: a bare title ("the president") whose holder the
article has not named, read through the leader's seat that speaks for him ("the Kremlin said the
president ..."). Sentences written for these tests (not from an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from probe import events_of, pairs, shown


@pytest.mark.parametrize("text,type_,pair", [
    # the seat before the title, as the speaker or an official's office
    ("The Kremlin said the president would meet the Turkish leader in Ankara next week.", "CONSULT", ("RUS", "TUR")),
    ("A White House spokesman said the president would travel to Mexico in June.", "CONSULT", ("USA", "MEX")),
    # the seat after the title, in the same sentence
    ("The prime minister will meet the Indian leader on Friday, Downing Street said.", "CONSULT", ("GBR", "IND")),
])
def test_a_bare_title_is_the_leader_of_the_seat_named(pipeline, text, type_, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), shown(evs)


def test_a_seat_names_the_holder_of_its_own_title_only(pipeline):
    # Downing Street speaks for a prime minister: "the president" it mentions is someone else
    pm = events_of(pipeline, "Downing Street said the prime minister would meet the Turkish leader next week.")
    president = events_of(pipeline, "Downing Street said the president would meet the Turkish leader next week.")
    assert ("GBR", "TUR") in pairs(pm, "CONSULT"), shown(pm)
    assert not [p for p in pairs(president, "CONSULT") if p[0] == "GBR"], shown(president)


def test_a_named_holder_comes_before_the_seat(pipeline):
    evs = events_of(pipeline, "President Vladimir Putin flew to Sochi. The Kremlin said the president "
                              "would meet the Turkish leader on Friday.")
    assert [e.source.name for e in evs if e.type == "CONSULT" and e.source] == ["Vladimir Putin"], shown(evs)


@pytest.mark.parametrize("text,type_,pair", [
    # the office the state's adjective or possessive modifies, past the office's own modifiers
    ("The Iranian foreign ministry met reporters on Monday. The ministry said it condemned the Saudi "
     "raids on Yemen.", "ACCUSE", ("IRN", "SAU")),
    ("Officials at China's commerce ministry spoke on Monday. The ministry said it would impose tariffs "
     "on American goods.", "SANCTION", ("CHN", "USA")),
])
def test_a_bare_office_is_the_state_whose_office_was_named(pipeline, text, type_, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), shown(evs)


@pytest.mark.parametrize("text,type_,pair", [
    # the document speaks with its issuer's "we": the subject of the verb that issued it
    ("The Kremlin issued a statement on Sunday. \"We strongly condemn the attack by Georgia on Abkhazia,\" "
     "the statement said.", "ACCUSE", ("RUS", "GEO")),
    # not the speaker quoted before it
    ("Turkey's president said the talks were over. Egypt's foreign ministry released a statement on Monday. "
     "\"We reject the Turkish demands on Libya,\" the statement said.", "REJECT", ("EGY", "TUR")),
])
def test_a_document_speaks_for_its_issuer(pipeline, text, type_, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), shown(evs)


def test_a_document_named_long_before_speaks_for_no_one_now(pipeline):
    # the Kremlin's statement is three sentences back: "the statement" quoted now is another's
    far = events_of(pipeline, "The Kremlin issued a statement on Sunday. Talks resumed on Monday. Reporters "
                              "gathered in Tbilisi. \"We strongly condemn the attack by Georgia on Abkhazia,\" "
                              "the statement said.")
    near = events_of(pipeline, "The Kremlin issued a statement on Sunday. \"We strongly condemn the attack by "
                               "Georgia on Abkhazia,\" the statement said.")
    assert ("RUS", "GEO") in pairs(near, "ACCUSE"), shown(near)
    assert ("RUS", "GEO") not in pairs(far, "ACCUSE"), shown(far)
