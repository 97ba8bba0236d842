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

