"""Requests and threats the extractor missed (session 19, request19), each a construction seen in
several pool articles: a message (an appeal, a demand, a warning) whose sender is named and that its
addressee rejects, rebuffs, dismisses or resists ("the White House rejected a request from Maliki
to carry out airstrikes", "Canada has resisted U.S. demands to ..."): besides the rejection, the message is an event of its own, from its
sender to the one who turns it down; a "call" so turned down is an appeal, not a phone call. A
state's order to its own staff ("ordered all non-emergency staff stationed in Iraq to leave") asks
no other state, whatever place the staff are posted in. The act a "for" clause asks for ("called for
Israel to release the prisoners") is the appeal's content, no event of its own, as "urged Israel to
release" reads it.
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from probe import said as _events
from probe import typed as _typed


@pytest.mark.parametrize("text, type_, sides", [
    ("The Obama administration rebuffed calls from the Iraqi government to carry out airstrikes.", "REQUEST",
     ("IRQ", "USA")),
    ("Iran rejected calls from France to return to the deal.", "REQUEST", ("FRA", "IRN")),
    ("Iran rejected France's call for talks.", "REQUEST", ("FRA", "IRN")),
    ("Germany rebuffed Trump's call for a big jump in military spending.", "REQUEST", ("USA", "DEU")),
    ("China dismissed warnings from Trump that he would impose more tariffs.", "THREATEN", ("USA", "CHN")),
    ("Turkey has resisted demands from Washington to halt the offensive.", "REQUEST", ("USA", "TUR")),
    ("China has resisted US calls for an oil embargo on North Korea.", "REQUEST", ("USA", "CHN")),
    ("Iran rejected American demands to halt enrichment.", "REQUEST", ("USA", "IRN")),
])
def test_a_rejected_message_is_also_sent(pipeline, text, type_, sides):
    evs = _events(pipeline, text)
    assert sides in _typed(evs, type_) and sides[::-1] in _typed(evs, "REJECT"), evs


def test_a_call_turned_down_is_no_phone_call(pipeline):
    evs = _events(pipeline, "Merkel, who has resisted Obama's call for economic stimulus, met him on Monday.")
    assert ("USA", "DEU") in _typed(evs, "REQUEST") and ("DEU", "USA") not in _typed(evs, "REQUEST"), evs


def test_a_rejected_call_of_no_one_named_is_no_request(pipeline):
    evs = _events(pipeline, "Iran rejected calls to return to the deal with France.")
    assert not _typed(evs, "REQUEST"), evs


def test_a_received_call_stays_a_phone_call(pipeline):
    evs = _events(pipeline, "Biden received a call from Macron on Monday.")
    assert _typed(evs, "CONSULT") and not _typed(evs, "REQUEST"), evs


@pytest.mark.parametrize("text", [
    "The State Department has ordered all non-emergency staff stationed in Iraq to leave the country.",
    "The State Department urged staff in Lebanon to take precautions.",
])
def test_a_state_instructing_its_own_staff_asks_no_other_state(pipeline, text):
    evs = _events(pipeline, text)
    assert not _typed(evs, "REQUEST"), evs


def test_another_states_staff_are_still_asked(pipeline):
    evs = _events(pipeline, "Washington urged Iraqi staff to stay at their posts.")
    assert ("USA", "IRQ") in _typed(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, type_, sides", [
    ("Abbas called for Israel to release Palestinian prisoners.", "RETREAT", ("PSE", "ISR")),
    ("Japan called for China to lift its ban on Japanese seafood.", "RETREAT", ("JPN", "CHN")),
    ("Turkey called for the United States to extradite Gulen to Turkey.", "COOPERATE", ("TUR", "USA")),
])
def test_the_act_a_for_clause_asks_for_is_no_event_of_its_own(pipeline, text, type_, sides):
    evs = _events(pipeline, text)  # as "urged Israel to release ...": only the appeal
    assert sides in _typed(evs, "REQUEST") and not _typed(evs, type_), evs


@pytest.mark.parametrize("text, sides", [
    ("Iran faces demands from the IAEA to allow inspections.", ("IAEA", "IRN")),
    ("North Korea faces calls from the United Nations to end its nuclear program.", ("UN", "PRK")),
    ("Germany faced calls from Ukraine for more weapons.", ("UKR", "DEU")),
])
def test_a_request_faced_comes_from_its_from_phrase(pipeline, text, sides):
    """ "X faces demands from Y": Y asks X (an appeal undergone, as "faced accusations from Y"); the
    subject of "face" does not ask, nor is a call faced a phone call."""
    evs = _events(pipeline, text)
    assert _typed(evs, "REQUEST") == [sides], evs
    assert not _typed(evs, "CONSULT"), evs
