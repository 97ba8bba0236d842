"""Within one article: repeated mentions of one event collapse into one record."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Sequence

from ..actors.text import unaccented
from ..types import DEFINITE, GOVERNMENT_NAMED, LOCATION_BASIS, SPEECH_TYPES, SYMMETRIC_TYPES, Actor, Event

_PRECISION = {4: 1, 7: 2, 10: 3}
#: actions that come in series (missile launches, strikes, rounds of sanctions): an undated
#: mention is not assumed to be the dated one
REPEATED = frozenset({"MOBILIZE", "ASSAULT", "SANCTION"})
#: statuses of something that has not (yet) happened: undated, they are not the dated occurrence
UNREALISED = frozenset({"planned", "expected", "hypothetical"})
#: modes that say how an encounter was held or counted (by video, three or more parties, through a
#: mediator), set from the sentence around the trigger rather than by the trigger's own reading:
#: they do not tell one act from another
CIRCUMSTANTIAL_MODES = frozenset({"virtual", "multilateral", "third-party"})
#: pairs of modes that one act takes in different reports: a deployment sends troops with their
#: jets or missiles ("the deployment of fighter jets", "F-22s were sent"), and a war is ended by
#: withdrawing from it ("ended the Iraq war and removed American troops", "troops left Iraq"), and a person
#: held is taken away ("arrested in London", "police forcibly removed him from the embassy")
MODES_OF_ONE_ACT = frozenset({frozenset({"troops", "weapons"}), frozenset({"withdraw", "ceasefire"}),
                              frozenset({"arrest", "deport"})})


def _codes(ev: Event) -> frozenset[str]:
    return frozenset(a.code for a in ev.actors())


def persons_by_code(ev: Event) -> dict[str, set[str]]:
    """The persons an event names, by their code, unaccented; not a leader named only through his
    government (``GOVERNMENT_NAMED``: "the Trump administration" is the state)."""
    out: dict[str, set[str]] = {}
    for a in ev.actors():
        if a.kind == "person" and a.name not in ev.extra.get(GOVERNMENT_NAMED, ()):  # not "the Trump administration"'s
            out.setdefault(a.code, set()).add(unaccented(a.name))  # "Pena Nieto" is "Peña Nieto"
    return out


def persons_conflict(a: Event, b: Event) -> bool:
    """Both name persons for one state, and none in common: two different encounters."""
    pa, pb = persons_by_code(a), persons_by_code(b)
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


def _undated_unrealised(a: Event, b: Event) -> bool:
    """One is dated and took place (or was called off), the other undated and only planned or
    hypothetical: a different event (the summit that took place is not the one "they would
    hold if ..."). Two forward-looking mentions (planned, expected) may still be one plan."""
    return any(text_date(x) and not text_date(y) and y.status in UNREALISED and x.status not in UNREALISED
               for x, y in ((a, b), (b, a)))


def _reversed(a: Event, b: Event) -> bool:
    """Directed acts between the same two sides, one each way: "X accused Y", "Y accused X"
    are two accusations (meetings, agreements and cooperation have no direction)."""
    if a.type in SYMMETRIC_TYPES or not (a.source and a.target and b.source and b.target):
        return False
    return (a.source.code, a.target.code) == (b.target.code, b.source.code) != (b.source.code, b.target.code)


def different_acts(type_: str, mode_a: str | None, mode_b: str | None) -> bool:
    """Whether two mentions of type ``type_`` whose modes are ``mode_a`` and ``mode_b`` name
    different kinds of act: an expulsion of diplomats and economic sanctions, a phone call and a
    visit, an arrest and a seizure are different acts, however alike their sides and date. A
    mention without a mode, or with one of ``CIRCUMSTANTIAL_MODES``, may be either, and so may
    the pairs of ``MODES_OF_ONE_ACT``. A statement's mode (an allegation, a disapproval) is the
    reporter's verb ("accused", "criticised"), not another utterance: statements are told apart
    by their sentences, speakers and words."""
    if type_ in SPEECH_TYPES or not mode_a or not mode_b or mode_a == mode_b:
        return False
    pair = frozenset({mode_a, mode_b})
    return not pair & CIRCUMSTANTIAL_MODES and pair not in MODES_OF_ONE_ACT


def modes_differ(a: Event, b: Event) -> bool:
    """``different_acts`` of two events of one type."""
    return different_acts(a.type, a.mode, b.mode)


def _two_statements(a: Event, b: Event) -> bool:
    """Statements in two sentences of one article: two utterances, so two events. A speaker's
    accusation in the lede and another of their claims in the ninth paragraph are each coded
    (each is something said); one statement is seldom reported twice in one article, and when
    it is, the second report is in other words that nothing here could tie to the first."""
    return a.type in SPEECH_TYPES and a.doc_id == b.doc_id and a.evidence.start != b.evidence.start


def refers_back(ev: Event) -> bool:
    """Whether ``ev``'s trigger is a definite description of an event ("the offensive", "Turkey's
    strikes"): it names one its article already tells of (see ``definite_reference``)."""
    return bool(ev.extra.get(DEFINITE))


def anaphor(ev: Event) -> bool:
    """Whether ``ev`` is undated in its text and named by a definite description (``refers_back``):
    then it is the event its article told of last, whatever date that one has."""
    return refers_back(ev) and not text_date(ev)


def same_event(a: Event, b: Event, *, window_days: int = 0, allow_null_date: bool = True,
               min_jaccard: float = 1.0, refers_to: bool = False) -> bool:
    """Whether two mentions in one article report one event (a strict, rule-based test);
    ``refers_to``: ``a`` comes after ``b`` and is an ``anaphor``."""
    if a.type != b.type or _reversed(a, b) or _two_statements(a, b):
        return False
    if modes_differ(a, b) and not refers_to:  # "the bombardment" names the offensive of airstrikes told of
        return False
    ca, cb = _codes(a), _codes(b)
    if not ca or not cb or len(ca & cb) / len(ca | cb) < min_jaccard:
        return False
    # within one article, an undated launch is not assumed to be the dated one, unless it is named
    # as one the story told of before ("the strikes") or in the same sentence ("strikes killed five")
    series = a.type in REPEATED and a.doc_id == b.doc_id and not refers_to and a.evidence.start != b.evidence.start
    da, db = (text_date(a), text_date(b)) if a.doc_id == b.doc_id else (a.date, b.date)
    if not dates_compatible(da, db, window_days, allow_null_date and not series):
        return False
    if _undated_unrealised(a, b):
        return False
    if da and db and a.status != b.status and "negated" in (a.status, b.status):
        return False
    if da and db and {a.status, b.status} == {"occurred", "planned"} and da != db:
        return False
    return not persons_conflict(a, b)


def _precision(ev: Event) -> int:
    return _PRECISION.get(len(text_date(ev) or ""), 0)


def _combine(group: list[Event]) -> Event:
    """One record for the mentions in ``group`` (same article, same event).

    The earliest mention with the most precise date speaks for the group: its date, type,
    actors and evidence are kept together, so the record never carries a date that another
    mention of the group gave to its own sentence alone."""
    top = max(_precision(e) for e in group)
    best = next(e for e in group if _precision(e) == top)
    have = {id(a) for a in best.actors()}
    names = {unaccented(a.name) for a in best.actors() if a.kind == "person"}
    extra: list[Actor] = []
    for e in group:
        for a in e.actors():
            if a.kind == "person" and unaccented(a.name) not in names and id(a) not in have:
                names.add(unaccented(a.name))
                extra.append(a)
    placed = _placed(best, group)
    topics = tuple(dict.fromkeys(t for e in group for t in e.topics))
    own = {k: v for k, v in best.extra.items() if k != LOCATION_BASIS}
    if placed is not None and LOCATION_BASIS in placed.extra:
        own[LOCATION_BASIS] = placed.extra[LOCATION_BASIS]
    return replace(best, participants=best.participants + tuple(extra), topics=topics,
                   location=placed.location if placed is not None else None,
                   extra={**own, "mentions": len(group)})


def _placed(best: Event, group: list[Event]) -> Event | None:
    """The mention whose location a group's record keeps: one its text places (``best`` first),
    else one placed by its sides (``LOCATION_BASIS``)."""
    located = [e for e in (best, *group) if e.location is not None]
    return next((e for e in located if e.location_basis == "text"), located[0] if located else None)


#: a mention is compared with the latest this many groups of its article, type and actors, and
#: with at most twice this many members of each (the first and the latest): an article states
#: far fewer distinct events of one dyad, and an input of thousands of them stays linear
MAX_GROUPS = 32


def _sample(group: list[Event]) -> list[Event]:
    return group if len(group) <= 2 * MAX_GROUPS else group[:MAX_GROUPS] + group[-MAX_GROUPS:]


def merge_within(events: Sequence[Event]) -> list[Event]:
    """Collapse repeated mentions of one event inside one article.

    A mention joins a group only when it is the same event as every member (``same_event``),
    so an undated planned or hypothetical mention never folds into a dated event."""
    groups: list[list[Event]] = []
    # only mentions of one article, type and set of actors can be one event (``same_event`` at
    # its default ``min_jaccard=1.0``): a group is looked for among those alone, in order, not
    # among all the groups (quadratic over the thousands of mentions of a long input)
    by_key: dict[tuple[str, str, frozenset[str]], list[list[Event]]] = {}
    for ev in events:
        codes = _codes(ev)
        bucket = by_key.setdefault((ev.doc_id, ev.type, codes), []) if codes else []
        recent = bucket[-MAX_GROUPS:]
        # a definite description names the event told of last; other mentions join the first group
        back = anaphor(ev)
        for g in reversed(recent) if back else recent:
            if all(same_event(ev, other, refers_to=back) for other in _sample(g)):
                g.append(ev)
                break
        else:
            groups.append([ev])
            bucket.append(groups[-1])
    return [_combine(g) if len(g) > 1 else g[0] for g in groups]
