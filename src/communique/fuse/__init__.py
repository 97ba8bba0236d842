"""The fuse stage: mentions of one real event share an ``event_id``.

Two steps. Within an article, repeated mentions of one event (the headline's
meeting, the body's meeting, "the two leaders will discuss ...") collapse into
one record that keeps the most precise date, the place and every named person.
Across articles, records are blocked on event type and compared on their actor
sets, dates and persons; a match takes the older record's id, so that the Quad
summit reported by two papers is one event with two sources.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from typing import Iterable, Mapping, Sequence

from ..types import Actor, Event

__all__ = ["merge_within", "assign_event_ids", "same_event", "dates_compatible"]

_PRECISION = {4: 1, 7: 2, 10: 3}
#: actions that come in series (missile launches, strikes): an undated mention is not assumed
#: to be the dated one
REPEATED = frozenset({"MOBILIZE", "ASSAULT"})


def _codes(ev: Event) -> frozenset[str]:
    return frozenset(a.code for a in ev.actors())


def _persons_by_code(ev: Event) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in ev.actors():
        if a.kind == "person":
            out.setdefault(a.code, set()).add(a.name)
    return out


def persons_conflict(a: Event, b: Event) -> bool:
    """Both name persons for one state, and none in common: two different encounters."""
    pa, pb = _persons_by_code(a), _persons_by_code(b)
    return any(not (pa[c] & pb[c]) for c in pa.keys() & pb.keys())


def _as_date(s: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10]) if len(s) >= 10 else None
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None, window_days: int = 0, allow_null: bool = True) -> bool:
    """Equal at the coarser precision (``2021-03`` and ``2021-03-12``), or day dates within
    ``window_days``; a missing date is compatible only when ``allow_null``."""
    if not a or not b:
        return allow_null
    if a.startswith(b) or b.startswith(a):
        return True
    da, db = _as_date(a), _as_date(b)
    return bool(da and db and abs((da - db).days) <= window_days)


def text_date(ev: Event) -> str | None:
    """The date the text gives the event (its own sentence or its story), not the publication
    date it falls back to: a report's date says nothing about which event it is."""
    return None if ev.date_basis == "published" else ev.date


def same_event(a: Event, b: Event, *, window_days: int = 0, allow_null_date: bool = True,
               min_jaccard: float = 1.0) -> bool:
    if a.type != b.type:
        return False
    ca, cb = _codes(a), _codes(b)
    if not ca or not cb or len(ca & cb) / len(ca | cb) < min_jaccard:
        return False
    # within one article, an undated launch is not assumed to be the dated one; a copy's is
    series = a.type in REPEATED and a.doc_id == b.doc_id
    da, db = (text_date(a), text_date(b)) if a.doc_id == b.doc_id else (a.date, b.date)
    if not dates_compatible(da, db, window_days, allow_null_date and not series):
        return False
    if da and db and a.status != b.status and "negated" in (a.status, b.status):
        return False
    if da and db and {a.status, b.status} == {"occurred", "planned"} and da != db:
        return False
    return not persons_conflict(a, b)


def _precision(ev: Event) -> int:
    return _PRECISION.get(len(text_date(ev) or ""), 0)


def _combine(group: list[Event]) -> Event:
    """One record for the mentions in ``group`` (same article, same event)."""
    best = max(group, key=lambda e: (_precision(e), e.status != "occurred", -group.index(e)))
    # the earliest mention with the best date speaks for the group
    best = next(e for e in group if _precision(e) == _precision(best))
    have = {id(a) for a in best.actors()}
    names = {a.name for a in best.actors() if a.kind == "person"}
    extra: list[Actor] = []
    for e in group:
        for a in e.actors():
            if a.kind == "person" and a.name not in names and id(a) not in have:
                names.add(a.name)
                extra.append(a)
    location = best.location or next((e.location for e in group if e.location), None)
    topics = tuple(dict.fromkeys(t for e in group for t in e.topics))
    return replace(best, participants=best.participants + tuple(extra), location=location, topics=topics,
                   extra={**best.extra, "mentions": len(group)})


def merge_within(events: Sequence[Event]) -> list[Event]:
    """Collapse repeated mentions of one event inside one article."""
    groups: list[list[Event]] = []
    for ev in events:
        for g in groups:
            if g[0].doc_id == ev.doc_id and all(same_event(ev, other) for other in g):
                g.append(ev)
                break
        else:
            groups.append([ev])
    return [_combine(g) if len(g) > 1 else g[0] for g in groups]


def _new_id(ev: Event, seq: int) -> str:
    key = f"{ev.doc_id}\x1f{seq}\x1f{ev.type}\x1f{ev.evidence.start}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def assign_event_ids(events: Sequence[Event], prior: Iterable[Event] = (), *, window_days: int = 3,
                     min_jaccard: float = 0.75, copies: Mapping[str, str] | None = None) -> list[Event]:
    """Give every event an ``event_id``: the id of an earlier record of the same real event
    in another article (from ``prior`` or earlier in ``events``), else a new one.

    ``copies`` maps an article id to the article it nearly duplicates (a syndicated copy):
    its events join the original's even when neither gives a date."""
    copies = copies or {}
    pool: dict[str, list[Event]] = {}
    for p in prior:
        if p.event_id:
            pool.setdefault(p.type, []).append(p)
    out: list[Event] = []
    for seq, ev in enumerate(events):
        if ev.event_id:
            out.append(ev)
            pool.setdefault(ev.type, []).append(ev)
            continue
        match = None
        original = copies.get(ev.doc_id)
        for cand in pool.get(ev.type, ()):
            copy = original is not None and cand.doc_id == original
            if cand.doc_id != ev.doc_id and (ev.date or copy) and same_event(
                    ev, cand, window_days=window_days, allow_null_date=copy, min_jaccard=min_jaccard):
                match = cand
                break
        ev = replace(ev, event_id=match.event_id if match else _new_id(ev, seq))
        out.append(ev)
        pool.setdefault(ev.type, []).append(ev)
    return out
