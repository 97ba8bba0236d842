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


SEIZED = "China seized a Philippine fishing boat near the disputed shoal on Monday. "
HARDSHIP = ("The crew of eleven was taken to Hainan. Fishing families in the province have struggled for years. "
            "Many boats stay in port during the rainy season. Fuel prices have doubled since January. "
            "Local banks have cut loans to small fishermen. The provincial budget was approved last week. ")
PROTESTED = "The Philippine government protested on Tuesday."


def test_reaction_answers_only_a_recent_event(pipeline: Any) -> None:
    """A protest with no target answers the event reported just before it, not one seven
    sentences back: by then the article has moved on."""
    near = events_of(pipeline, SEIZED + PROTESTED)
    assert pairs(near, "ACCUSE") == [("PHL", "CHN")], shown(near)
    far = events_of(pipeline, SEIZED + HARDSHIP + PROTESTED)
    assert ("PHL", "CHN") not in pairs(far, "ACCUSE"), shown(far)
    assert pairs(far, "COERCE") == [("CHN", "PHL")], shown(far)
