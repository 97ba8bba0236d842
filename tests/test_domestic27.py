"""A domestic act given no foreign side borrowed from the article's story (domestic27)."""

from __future__ import annotations

from typing import Any

from probe import events_of, pairs, shown

STORY = "China seized two Philippine fishing boats near the disputed shoal on Monday. "


def test_reply_to_home_critics_borrows_no_side(pipeline: Any) -> None:
    """A rejection whose only other party is at home (the probe of a special counsel, the concerns
    of senators and journalists, a presidential veto) answers critics at home: neither the actor of the event just
    reported nor the story's other side is its target."""
    for act in ("Duterte dismissed the inquiry by special prosecutor Jose Reyes as a waste of time.",
                "Duterte dismissed the criticism from senators and journalists.",
                "The Philippine Senate would override a presidential veto of the fishing bill."):
        found = events_of(pipeline, STORY + act)
        assert not [p for p in pairs(found, "REJECT") + pairs(found, "ACCUSE") if p[1] == "CHN"], shown(found)
        assert pairs(found, "COERCE") == [("CHN", "PHL")], shown(found)
    # a party abroad named, or a pronoun referring back: the rejection still answers it
    named = events_of(pipeline, STORY + "Duterte rejected the demands of Beijing on Tuesday.")
    assert pairs(named, "REJECT") == [("PHL", "CHN")], shown(named)
    pronoun = events_of(pipeline, STORY + "Duterte rejected it on Tuesday.")
    assert pairs(pronoun, "REJECT") == [("PHL", "CHN")], shown(pronoun)


def test_denied_ties_are_no_target(pipeline: Any) -> None:
    """A denial of ties kept with a partner ("denied any collusion with X", "denied secret dealings with
    X") is not aimed at that partner: the partner is who the denier is said to have dealt with. A
    denial of what the partner charges still answers it."""
    for text in ("President Rodrigo Duterte has denied any collusion with China during the election campaign.",
                 "Duterte denied any secret dealings with Beijing before the vote."):
        found = events_of(pipeline, text)
        assert ("PHL", "CHN") not in pairs(found, "REJECT"), shown(found)
    charged = events_of(pipeline, "Venezuela accused Colombia of plotting a coup. Colombia denied the accusation.")
    assert ("COL", "VEN") in pairs(charged, "REJECT"), shown(charged)
