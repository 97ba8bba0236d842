"""An accord the text names or describes, with no agreement made (session 26, helper agree26c): found
by the pool audit of AGREE and checked on news-pool sentences. Sentences written for these tests (not
from an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, shown


@pytest.mark.parametrize("text", [
    # a verb that acts on an accord already made: keeping it, certifying it, criticizing it
    "Germany and France have worked hard to keep the nuclear deal with Iran alive.",
    "Macron said Friday he would decertify the deal on Iran's nuclear program.",
    # a relative clause whose verb acts on the accord the clause hangs on
    "Canada and Mexico hope to rework NAFTA, a trade deal the American president has long criticized.",
])
def test_accord_acted_on_is_no_agreement(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "AGREE"], shown(evs)



@pytest.mark.parametrize("text", [
    # an accord noun set in apposition to the accord's name says what it is
    "The Rome Treaty, the trade pact between Italy and France, has cost jobs in both countries.",
    # the predicate of a copula, its subject the accord's name or a pronoun for it
    "Canada says CETA would be the largest trade agreement between Canada and the European Union.",
])
def test_accord_described_is_no_agreement(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "AGREE"], shown(evs)


@pytest.mark.parametrize("text", [
    # a verb of naming gives the accord a label: the accord it names exists, and so does its label's
    'Putin, who has called the Iran nuclear agreement the "best deal possible," is in Tehran.',
    # attacking or refusing to recertify an accord acts on one already made
    'Former Vice President Dick Cheney attacked the Iran agreement as a "historic mistake."',
    "Many U.S. allies criticized Trump's decision not to recertify the Iran deal, but Netanyahu praised the move.",
])
def test_accord_labelled_or_attacked_is_no_agreement(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "AGREE"], shown(evs)


@pytest.mark.parametrize("text", [
    # certifying a party's compliance is a finding, no agreement with that party
    "The Biden administration is weighing whether to certify Tehran's compliance with the nuclear deal.",
    # deriding an accord acts on one already made
    'Merkel has derided the agreement with Turkey as "a bad bargain" for Europe.',
])
def test_accord_certified_or_derided_is_no_agreement(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "AGREE"], shown(evs)
