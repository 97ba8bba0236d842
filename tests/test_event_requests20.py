"""Requests, concessions and aid the extractor missed (session 20, request20), each a construction seen
in several pool articles: a message (an appeal, a warning, criticism) whose sender is named and that
its addressee acted against ("Russia kept arming Damascus despite pleas from Washington to stop",
"tested missiles in defiance of U.S. warnings"): the message is an event of its own, from its sender
to the one who did the act, as when the addressee ignores or rebuffs it. A request complied with ("Britain
sent troops at the request of NATO", "the Security Council met at the request of the United States",
"conducted airstrikes after a request from Assad") is one too, from its owner to the doer. "Y should know
that ..." warns Y (THREATEN), asks no act. Arms sold to a side are AID, as arms sent are. A threat taken back
("stepped back from his threat to impose tariffs on Mexico") is a concession besides the threat.
Sentences written for these tests (some modelled on pool sentences); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from probe import said as _events
from probe import typed as _typed


@pytest.mark.parametrize("text, type_, sides", [
    ("Russia kept providing military hardware to Damascus despite pleas from Washington to stop.", "REQUEST",
     ("USA", "RUS")),
    ("North Korea conducted a nuclear test despite calls from China not to do so.", "REQUEST", ("CHN", "PRK")),
    ("North Korea tested missiles in defiance of U.S. warnings.", "THREATEN", ("USA", "PRK")),
    ("North Korea fired the missile in spite of China's appeals for restraint.", "REQUEST", ("CHN", "PRK")),
])
def test_a_message_acted_against_was_sent_to_the_doer(pipeline, text, type_, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, type_), evs


@pytest.mark.parametrize("text", [
    "Russia withdrew its troops from Syria despite calls to stay.",  # whose calls, no one says
    "A nuclear-armed Iran is not a challenge that can be contained, despite pleas from Israel.",  # no act done
])
def test_no_message_without_a_sender_or_a_doer(pipeline, text):
    evs = _events(pipeline, text)
    assert not _typed(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, sides", [
    ("Britain sent troops to Estonia at the request of NATO.", ("NATO", "GBR")),
    ("The U.N. Security Council met on Friday at the request of the United States.", ("USA", "UN")),
    ("Russia conducted airstrikes in Syria after a request from Syrian President Bashar al-Assad.", ("SYR", "RUS")),
    ("The U.S. has launched airstrikes against ISIS in Iraq at the invitation of the Iraqi government.", ("IRQ", "USA")),
])
def test_a_request_complied_with_was_sent_to_the_doer(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "REQUEST"), evs


def test_insistence_chafed_at_is_no_request_complied_with(pipeline):
    evs = _events(pipeline, "American officials chafe at Beijing's insistence on promoting its trade pact.")
    assert not _typed(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, sides", [
    ('Rouhani said, "America should know that peace with Iran is the mother of all peace, and war with Iran is the '
     'mother of all wars."', ("IRN", "USA")),
    ('"North Korea should realize that it will face stronger sanctions if it does not stop its provocations," a '
     'spokesman for South Korea\'s defense ministry said.', ("KOR", "PRK")),
])
def test_told_to_know_is_a_warning_not_a_request(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "THREATEN") and sides not in _typed(evs, "REQUEST"), evs


def test_told_to_accept_a_claim_is_still_a_request(pipeline):
    evs = _events(pipeline, '"Israelis must recognize that continued settlement activity is counterproductive," '
                            'Obama said.')
    assert ("USA", "ISR") in _typed(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, sides", [
    ("The United States sold lethal weapons to Ukraine.", ("USA", "UKR")),
    ("Russia is selling military helicopters to Syria.", ("RUS", "SYR")),
])
def test_arms_sold_are_aid(pipeline, text, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, "AID") and not _typed(evs, "COOPERATE"), evs


@pytest.mark.parametrize("text", [
    "The United States stepped back from its threat to impose tariffs on Mexico.",
    "The United States dropped its threat to impose tariffs on Mexico.",
    "The United States walked back its threat to impose tariffs on Mexico.",
])
def test_a_threat_taken_back_is_a_concession_too(pipeline, text):
    evs = _events(pipeline, text)  # the threat was made: it stays an event
    assert ("USA", "MEX") in _typed(evs, "CONCEDE") and ("USA", "MEX") in _typed(evs, "THREATEN"), evs


def test_a_threat_renewed_gives_no_ground(pipeline):
    evs = _events(pipeline, "The United States renewed its threat to impose tariffs on Mexico.")
    assert ("USA", "MEX") in _typed(evs, "THREATEN") and not _typed(evs, "CONCEDE"), evs
