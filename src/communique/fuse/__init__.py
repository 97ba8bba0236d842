"""The fuse stage: mentions of one real event share an ``event_id``.

Two steps. Within an article (``merge_within``), repeated mentions of one event (the
headline's meeting, the body's meeting, "the two leaders will discuss ...") collapse into one
record that keeps the most precise date, the place and every named person. Across articles
(``Fuser``), candidates come from a blocking index (type, pairs of states, a date window at
each date's precision, the publication date for undated mentions) and are scored on actors,
persons, dates, status, location and evidence (``score``); the best candidate above
``THRESHOLD`` wins, in a canonical order that makes the ids independent of the order the
articles arrive in (see ``_cluster``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..types import Event
from ._cluster import THRESHOLD, Fuser, FusionSource
from ._score import Node, kind_counted, node_of, parts, score, seed_id
from ._within import REPEATED, dates_compatible, merge_within, persons_conflict, same_event, text_date

__all__ = ["merge_within", "assign_event_ids", "same_event", "dates_compatible", "persons_conflict",
           "Fuser", "FusionSource", "THRESHOLD", "Node", "kind_counted", "node_of", "parts", "score", "seed_id",
           "REPEATED",
           "text_date"]


def assign_event_ids(events: Sequence[Event], prior: Iterable[Event] = (), *, window_days: int = 3,
                     threshold: float = THRESHOLD, published: Mapping[str, str | None] | None = None) -> list[Event]:
    """Every event with its final ``event_id``: events of one article are consecutive, as a
    pipeline yields them; ``prior`` events keep their ids and can be joined; ``published``
    maps an article id to its publication date (for undated events)."""
    fuser = Fuser(prior, window_days, threshold=threshold)
    published = published or {}
    docs: dict[str, list[Event]] = {}
    for ev in events:
        docs.setdefault(ev.doc_id, []).append(ev)
    for doc_id, evs in docs.items():
        fuser.add(evs, published=published.get(doc_id))
    seqs: dict[str, int] = {}
    out = []
    for ev in events:
        seq = seqs.get(ev.doc_id, 0)
        seqs[ev.doc_id] = seq + 1
        out.append(replace(ev, event_id=fuser.event_id(ev.doc_id, seq)))
    return out
