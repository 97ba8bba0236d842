"""Force moved and withdrawn on unseen news. Sentences written for these tests (not from an eval set);
the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    # a force reduced where it is: a withdrawal from the place it stands in
    ("Canada is winding down its military presence in Mali.", ("CAN", "MLI")),
    ("France will draw down its forces in Niger next year.", ("FRA", "NER")),
    ("Germany has scaled back its deployment in Lithuania.", ("DEU", "LTU")),
])
def test_a_force_drawn_down_is_withdrawn(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "RETREAT"), shown(evs)
