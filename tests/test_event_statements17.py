"""Statements the extractor missed or misread (session 17, talk17), each a construction news uses
everywhere and checked on news-pool articles: a commitment to give ground ("agreed to release the
prisoners", "promised to lift the sanctions", "pledged not to attack Y") is a verbal concession
(CONCEDE), not an agreement nor, when the act forsworn is hostile, a threat; an act done in answer
("Iran retaliated by firing missiles at U.S. bases", "responded by threatening Y") is reported, not
an activity named; a warning that only tells a fact ("warned Brussels that he was a militant") is
no threat; what a request asks "from" a side asks it of that side ("called for a response from the
UN"); a label the parser makes a second object ("calling Trump a 'frightened dog'") is a label, no
phone call; the speaker of a split "with X V-ing" phrase is X.
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from probe import said as _events
from probe import typed as _typed


@pytest.mark.parametrize("text, sides", [
    ("Israel agreed to release 104 Palestinian prisoners.", ("ISR", "PSE")),
    ("Russia offered to withdraw its troops from Ukraine.", ("RUS", "UKR")),
    ("China agreed to return the U.S. Navy drone it seized.", ("CHN", "USA")),
])
def test_a_commitment_to_give_ground_is_a_concession(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "CONCEDE") and sides not in _typed(evs, "AGREE"), evs


@pytest.mark.parametrize("text, sides", [
    ("North Korea promised not to attack South Korea.", ("PRK", "KOR")),
    ("Russia promises not to attack the US-backed fighters.", ("RUS", "USA")),
])
def test_a_hostile_act_forsworn_is_a_concession_not_a_threat(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "CONCEDE") and not _typed(evs, "THREATEN"), evs


@pytest.mark.parametrize("text", [
    "Obama has promised not to send ground forces to Iraq or Syria.",  # a policy of its own
    "Beijing and Washington have agreed to reduce some punitive tariffs on each other's goods.",  # mutual
    "Iran vowed to retaliate against the United States.",  # a threat stays one
])
def test_no_concession_without_one_side_giving_ground(pipeline, text):
    assert not _typed(_events(pipeline, text), "CONCEDE"), _events(pipeline, text)


@pytest.mark.parametrize("text, typ, sides", [
    ("Trump responded by threatening North Korea with fire and fury.", "THREATEN", ("USA", "PRK")),
    ("Iran retaliated by firing a dozen missiles at two U.S. bases in Iraq.", "ASSAULT", ("IRN", "USA")),
    ("Hamas responded by launching hundreds of rockets at Israel.", "ASSAULT", ("HAMAS", "ISR")),
])
def test_an_act_done_in_answer_is_reported(pipeline, text, typ, sides):
    assert sides in _typed(_events(pipeline, text), typ), _events(pipeline, text)


def test_an_answer_that_may_come_keeps_its_status(pipeline):
    evs = _events(pipeline, "Officials said Russia may respond by imposing restrictions on trade with the U.S.")
    assert evs and all(status != "occurred" for _, _, _, status in evs), evs


def test_a_gerund_under_by_of_no_answer_names_an_activity(pipeline):
    evs = _events(pipeline, "The talks succeeded by launching a new channel with Russia.")
    assert not _typed(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text", [
    "Iran warned the United States that the deal is not realistic.",
    "Ankara warned Brussels officials that he was a militant before sending him home.",
])
def test_a_warning_that_tells_a_fact_is_no_threat(pipeline, text):
    assert not _typed(_events(pipeline, text), "THREATEN"), _events(pipeline, text)


@pytest.mark.parametrize("text, sides", [
    ("North Korea warned the U.S. that it is ready to strike.", ("PRK", "USA")),
    ("Trump warned North Korea that America is locked and loaded.", ("USA", "PRK")),
    ("Trump warned North Korea that all options are on the table.", ("USA", "PRK")),
    ("Obama warned Putin that Russia would face costs.", ("USA", "RUS")),
])
def test_a_warning_of_what_may_come_or_of_own_readiness_stays_a_threat(pipeline, text, sides):
    assert sides in _typed(_events(pipeline, text), "THREATEN"), _events(pipeline, text)


@pytest.mark.parametrize("text, sides", [
    ("China called for a moderate response from the United Nations.", ("CHN", "UN")),
    ("Iraq asked for help from the United States.", ("IRQ", "USA")),
])
def test_what_is_asked_from_a_side_asks_that_side(pipeline, text, sides):
    assert sides in _typed(_events(pipeline, text), "REQUEST"), _events(pipeline, text)


def test_a_place_left_is_not_asked(pipeline):
    evs = _events(pipeline, "Britain called for the withdrawal of Russian troops from Ukraine.")
    assert ("GBR", "UKR") not in _typed(evs, "REQUEST"), evs


def test_calls_from_a_side_are_its_own(pipeline):
    evs = _events(pipeline, "Turkey's offensive drew criticism and calls for restraint from the European Union.")
    assert not any(t == "EU" for _, t in _typed(evs, "REQUEST")), evs


@pytest.mark.parametrize("text", [
    'Kim responded by calling Trump a "frightened dog".',
    "Nabil Elaraby called ISIS a threat to the existence of Iraq and its neighbors.",
])
def test_a_label_as_second_object_is_no_phone_call(pipeline, text):
    assert not _typed(_events(pipeline, text), "CONSULT"), _events(pipeline, text)


def test_a_disapproving_label_as_second_object_accuses(pipeline):
    evs = _events(pipeline, "Maduro, a socialist, calls Guaido a puppet of the United States who is seeking a coup.")
    assert ("VEN", "USA") in _typed(evs, "ACCUSE") and not _typed(evs, "CONSULT"), evs


def test_the_speaker_of_a_split_with_phrase_is_its_object(pipeline):
    evs = _events(pipeline, "The bombardment has drawn criticism from Western powers, with President Barack Obama "
                            "on Friday accusing Russia of slaughtering civilians in Aleppo.")
    assert ("USA", "RUS") in _typed(evs, "ACCUSE"), evs
