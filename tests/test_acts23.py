"""Material acts on unseen news: a withdrawal whose particle the parse hangs on the object, an arrest
said as "taken into custody". Sentences written for these tests (not from an eval set); the real
pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from probe import events_of, pairs, shown


@pytest.mark.parametrize("text,type_,pair", [
    # "back" parsed as a modifier of "troops" is still the particle of "pull back": a withdrawal
    ("Washington's decision to pull back troops from Syria surprised the allies.", "RETREAT", ("USA", "SYR")),
    # "into custody" says the arrest, as "arrested" would
    ("Turkish police took two German journalists into custody on Sunday.", "COERCE", ("TUR", "DEU")),
    ("Two Iranian sailors were taken into custody by Saudi forces.", "COERCE", ("SAU", "IRN")),
])
def test_the_act_and_its_sides(pipeline, text, type_, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), shown(evs)
