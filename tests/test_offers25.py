"""Offers, invitations and proposals and the answers to them (session 25). Sentences written for these
tests (not from an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    # an invitation or offer turned down: the meeting it was for is not to come
    ("Kim Jong Un turned down an invitation to visit Seoul.", ("PRK", "KOR")),
    ("The Iranian president declined an invitation from Macron to visit Paris.", ("IRN", "FRA")),
    ("Duterte spurned an invitation to visit Washington.", ("PHL", "USA")),
])
def test_meeting_turned_down_is_negated(pipeline, text, pair):
    evs = events_of(pipeline, text)
    consults = [e for e in evs if e.type == "CONSULT" and {pair[0], pair[1]} <= {
        e.source and e.source.code, e.target and e.target.code}]
    assert consults and all(e.status == "negated" for e in consults), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # "spurn" is a refusal as "rebuff" is: REJECT toward the side whose offer or overture it was
    ("Pyongyang spurned Seoul's offer of humanitarian aid.", ("PRK", "KOR")),
    ("Beijing spurned Washington's overtures.", ("CHN", "USA")),
])
def test_spurned_offer_is_rejected(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "REJECT") and not pairs(evs, "AGREE") and not pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # talks offered or proposed are an intent to meet stated (AGREE, as "offered to meet"), not talks held
    ("Tehran offered talks to Riyadh on Monday.", ("IRN", "SAU")),
    ("Ankara proposed a meeting with Athens to ease tensions.", ("TUR", "GRC")),
])
def test_offered_talks_are_agree_not_consult(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "AGREE") and not any(
        e.type == "CONSULT" and e.status == "occurred" for e in evs), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # brushing aside, shrugging off or waving off another side's word is turning it down, as "rejected" reads
    ("Beijing brushed off the American criticism.", ("CHN", "USA")),
    ("The Kremlin shrugged off the latest warnings from Berlin.", ("RUS", "DEU")),
    ("Ankara brushed aside the French demands.", ("TUR", "FRA")),
])
def test_brushed_aside_is_rejected(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "REJECT"), shown(evs)
