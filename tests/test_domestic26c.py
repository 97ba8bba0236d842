"""Sides the article's story lends to an act whose sentence names no other side (domestic26c)."""

from __future__ import annotations

from typing import Any

from probe import events_of, pairs, shown

STORY = "China imposed new tariffs on American soybeans on Monday. Farmers in Iowa have watched prices fall for months. "
FILLER = ("Many of them had already planted their crops. Some growers said they would store the beans in silos. "
          "Others plan to sell at a loss. Grain elevators across the state are nearly full. "
          "Rail shipments have slowed since the summer. ")
ASKED = "The White House asked for further talks before the end of the year."


def test_story_counterpart_only_while_the_story_is_recent(pipeline: Any) -> None:
    """A request that names no addressee is aimed at the other side of the event reported a sentence
    before; seven sentences on, the article has moved on and lends it no side."""
    near = events_of(pipeline, STORY + ASKED)
    assert pairs(near, "REQUEST") == [("USA", "CHN")], shown(near)
    far = events_of(pipeline, STORY + FILLER + ASKED)
    assert ("USA", "CHN") not in pairs(far, "REQUEST"), shown(far)
    assert pairs(far, "SANCTION") == [("CHN", "USA")], shown(far)
