"""The events of a short invented news text, as the news-pool rule tests compare them."""

from __future__ import annotations

from communique.types import RawDoc


def events_of(pipeline, text: str) -> list[tuple[str, frozenset[str], str]]:
    """(type, actor codes, trigger) of each event ``pipeline`` finds in ``text`` (published 2021-03-02)."""
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.type, frozenset(a.code for a in e.actors()), e.trigger) for e in result.events]
