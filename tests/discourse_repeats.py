"""The discourse's reading of a name the entity tagger misses, as the name tests check it."""

from __future__ import annotations

from communique.events.discourse import discourse_mentions
from communique.types import Actor


def repeats_of(pipeline, text: str, name: str, date: str = "2021-03-02") -> list[Actor]:
    """The actors the discourse finds at the last use of ``name`` in ``text`` once the entity
    tagger is made to miss it."""
    doc = pipeline.nlp(text)
    last = [t.i for t in doc if t.text == name][-1]
    doc.ents = [e for e in doc.ents if not (e.start <= last < e.end)]  # the tagger's miss
    found = discourse_mentions(doc, pipeline.kb.find_mentions(doc, date), pipeline.kb.title_roles)
    return [m.actor for m in found if m.start == doc[last].idx]
