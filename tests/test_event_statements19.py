"""Statements the extractor missed or misread (session 15, talk19), each a construction seen in
several labelled pool sentences: an appeal made through a "for" clause ("called for Y to ..."),
read as a phone call; a claim labelled untrue ("called Y's charges groundless"), read as an
accusation; a refusal to act for another side ("refused to meet Y"), which PLOVER codes REJECT; a
threat named with the act it threatens ("his threat to impose tariffs on Y"), read as the act
planned; the release of people held by another side asked of that side; a right to answer
reserved, punishment promised and a side stood by; what a side does not want another to do, which
is no request (not one withheld either).
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from probe import said as _events
from probe import typed as _typed


@pytest.mark.parametrize("text, sides", [
    ("The Palestinian president called for Israel to release the prisoners.", ("PSE", "ISR")),
    ("Merkel called for Russia to withdraw its troops from eastern Ukraine.", ("DEU", "RUS")),
    ("The Saudi foreign minister appealed for Iran to stop meddling in Yemen.", ("SAU", "IRN")),
])
def test_a_call_for_another_side_to_act_is_a_request(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "REQUEST") and not _typed(evs, "CONSULT"), evs


def test_the_act_called_for_is_not_done(pipeline):
    evs = _events(pipeline, "Merkel called for Russia to withdraw its troops from eastern Ukraine.")
    assert all(status != "occurred" for ty, _, _, status in evs if ty == "RETREAT"), evs


@pytest.mark.parametrize("text, sides", [
    ("Moscow called the American charges groundless.", ("RUS", "USA")),
    ("Venezuela called Colombia's accusations a lie.", ("VEN", "COL")),
    ("The Kremlin called the British allegations politically motivated.", ("RUS", "GBR")),
])
def test_a_claim_labelled_untrue_is_rejected(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "REJECT") and sides not in _typed(evs, "ACCUSE"), evs


@pytest.mark.parametrize("text, sides", [
    ("Trump called the Russian sanctions illegal.", ("USA", "RUS")),
    ("Erdogan called the German decision a disgrace.", ("TUR", "DEU")),
])
def test_other_disapproving_labels_still_accuse(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "ACCUSE") and not _typed(evs, "REJECT"), evs


@pytest.mark.parametrize("text, sides", [
    ("Russia refused to meet Ukrainian officials.", ("RUS", "UKR")),
    ("Iran refused to release the American sailors.", ("IRN", "USA")),
    ("Turkey refused to help Ukraine.", ("TUR", "UKR")),
])
def test_a_refusal_to_act_for_another_side_is_a_rejection(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "REJECT"), evs


def test_a_refused_meeting_is_also_a_meeting_not_held(pipeline):
    evs = _events(pipeline, "Russia refused to meet Ukrainian officials.")
    assert ("CONSULT", "RUS", "UKR", "negated") in evs, evs


@pytest.mark.parametrize("text", [
    "The Russian embassy declined to comment.",
    "Obama refused to criticize Putin.",
    "Iran did not refuse to talk with the Europeans.",
])
def test_no_rejection_without_a_side_turned_down(pipeline, text):
    evs = _events(pipeline, text)
    assert not _typed(evs, "REJECT"), evs


@pytest.mark.parametrize("text, sides", [
    ("The White House renewed its threat to impose tariffs on Mexico.", ("USA", "MEX")),
    ("Washington's threat to impose tariffs on Mexico rattled markets.", ("USA", "MEX")),
])
def test_a_threat_named_with_its_act_threatens_its_target(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "THREATEN") and not _typed(evs, "SANCTION"), evs


def test_a_threat_to_a_side_stays_a_state_of_affairs(pipeline):
    evs = _events(pipeline, "Analysts say North Korea poses a threat to American allies.")
    assert not _typed(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, sides", [
    ("Canada demanded the release of its citizens detained in China.", ("CAN", "CHN")),
    ("Washington demanded the immediate release of the American pastor held by Turkey.", ("USA", "TUR")),
])
def test_a_release_is_asked_of_whoever_holds_them(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "REQUEST"), evs


def test_a_release_of_a_thing_names_no_holder(pipeline):
    evs = _events(pipeline, "Canada demanded the release of the report on China.")
    assert ("CAN", "CHN") not in _typed(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, sides", [
    ("Israel said it reserves the right to respond to any attack by Hezbollah.", ("ISR", "HEZBOLLAH")),
    ("Iran reserves the right to retaliate against the United States.", ("IRN", "USA")),
])
def test_a_right_to_answer_reserved_is_a_threat_made(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert (("THREATEN",) + sides + ("occurred",)) in evs, evs


@pytest.mark.parametrize("text, sides", [
    ("The White House promised severe punishment for Saudi Arabia.", ("USA", "SAU")),
    ("Iran vowed consequences for Israel.", ("IRN", "ISR")),
])
def test_punishment_promised_to_a_side_threatens_it(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "THREATEN") and not _typed(evs, "AGREE"), evs


def test_punishment_for_whoever_is_to_blame_names_no_side(pipeline):
    evs = _events(pipeline, "Putin denied it. The White House promised severe punishment for whoever was to blame.")
    assert ("USA", "RUS") not in _typed(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, sides", [
    ("Britain said it stood beside France in its fight against terrorism.", ("GBR", "FRA")),
    ("Iran said it will stand by Syria.", ("IRN", "SYR")),
])
def test_standing_by_a_side_supports_it(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "SUPPORT"), evs


def test_standing_beside_a_person_is_no_support(pipeline):
    evs = _events(pipeline, "The Secretary of State spoke as he stood beside Sergei Lavrov in Moscow.")
    assert not _typed(evs, "SUPPORT"), evs


def test_what_a_side_does_not_want_is_no_request(pipeline):
    evs = _events(pipeline, "Washington does not want the Syrian government to fall apart.")
    assert not _typed(evs, "REQUEST"), evs


def test_what_a_side_wants_of_another_is_a_request(pipeline):
    evs = _events(pipeline, "Washington wants Iran to stop enriching uranium.")
    assert ("REQUEST", "USA", "IRN", "occurred") in evs, evs
