"""Armed groups named after a noun of a group, their country written before it (session 26): the
group is the party, the country only says where it is. Sentences written for these tests (not from
an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    # the group's name in apposition to "group": the country before the noun is its home, not the doer
    ("The Nigerian militant group Boko Haram attacked troops from Chad on Sunday.", ("BOKOHARAM", "TCD")),
    ("The Somali-based group al-Shabab attacked a Kenyan military base on Monday.", ("ALSHABAAB", "KEN")),
])
def test_named_group_after_group_noun_is_the_doer(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


def test_named_group_after_group_noun_is_the_one_backed(pipeline):
    evs = events_of(pipeline, "Tehran has long armed the Palestinian militant group Hamas, Israel said.")
    assert not [p for p in pairs(evs, "AID") + pairs(evs, "SUPPORT") if "PSE" in p], shown(evs)

