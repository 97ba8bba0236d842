"""Annotating an event: its date (from its sentence, its story or the publication date), and
whether it is background history. Dates are resolved by :mod:`communique.dates`; this module
decides which resolved expression belongs to which trigger, and what an undated event takes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from ..types import Event

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

BACKGROUND_DAYS = 366


def parse_anchor(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        parts = published[:10].split("-")
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


def _tree_distance(a: "Token", b: "Token") -> int:
    pa = [a, *a.ancestors]
    pb = [b, *b.ancestors]
    ib = {t.i: n for n, t in enumerate(pb)}
    for n, t in enumerate(pa):
        if t.i in ib:
            return n + ib[t.i]
    return 99


def pick_date(trig: "Token", dates: list, is_container: bool = False) -> str | None:
    """The resolved date expression closest to the trigger in the parse tree. A date reached
    through another clause's verb counts as farther; a container's (AGREE, REQUEST ...) date is
    never taken from its own complement ("agreed [to meet later this year]"). When nothing is
    near, a sentence with a single date lends it to its events."""
    doc = trig.doc
    content: set[int] = set()
    if is_container:
        for c in trig.children:
            if c.dep_ in ("xcomp", "ccomp"):
                content.update(t.i for t in c.subtree)
    usable = [d for d in dates if d.value is not None and d.token_i not in content]
    best, best_d = None, 99
    for d in usable:
        tok = doc[d.token_i]
        dist = _tree_distance(trig, tok) + (3 if _crosses_clause(tok, trig) else 0)
        if dist < best_d:
            best, best_d = d.value, dist
    if best_d <= 5:
        return best
    values = {d.value for d in usable if not _crosses_clause(doc[d.token_i], trig)}
    return values.pop() if len(values) == 1 and len(usable) == 1 else None


def _crosses_clause(tok: "Token", trig: "Token") -> bool:
    """Whether ``tok`` hangs from a clause of its own below the point where it meets ``trig``."""
    on_path = {t.i for t in [trig, *trig.ancestors]}
    for a in tok.ancestors:
        if a.i in on_path or a.head.i == trig.i:  # the trigger's own modifier clause is its phrase
            return False
        if a.pos_ in ("VERB", "AUX") and a.dep_ in ("advcl", "relcl", "ccomp"):
            return True
    return False


def inherit_date(ev: Event, n: int, dated: list[tuple[int, Event]]) -> Event:
    """An undated event takes the date of the event the article is telling about. Planned or
    expected: the article's first dated plan among the same actors ("Biden is expected to raise
    concerns [at the summit the lede announced]"). Occurred: a dated event with a common actor
    in the last two sentences."""
    if ev.date or ev.background:
        return ev
    codes = {a.code for a in ev.actors()}
    if ev.status in ("planned", "expected"):
        for _, prev in dated:
            if prev.status in ("planned", "expected") and codes <= {a.code for a in prev.actors()}:
                return replace(ev, date=prev.date, date_basis="inherited")
        return ev
    for m, prev in reversed(dated):
        if (prev.status == "occurred" and n - m <= 2 and prev.type != "MOBILIZE"
                and codes & {a.code for a in prev.actors()}):
            return replace(ev, date=prev.date, date_basis="inherited")
    return ev


def published_date(ev: Event, anchor: dt.date | None) -> Event:
    """An event the text gives no date, and no earlier sentence lends one, is dated by the
    article's publication date, as coders date a report of the news of the day."""
    if ev.date or anchor is None:
        return ev
    return replace(ev, date=anchor.isoformat(), date_basis="published")


def after(date: str | None, anchor: dt.date | None) -> bool:
    """True when the whole of ``date`` (at its precision) lies after ``anchor``."""
    if not date or anchor is None:
        return False
    return date > anchor.isoformat()[: len(date)]


def is_background(date: str | None, anchor: dt.date | None) -> bool:
    if not date or anchor is None:
        return False
    try:
        y = int(date[:4])
        m = int(date[5:7]) if len(date) >= 7 else 12
        d = int(date[8:10]) if len(date) >= 10 else 28
        return (anchor - dt.date(y, m, d)).days > BACKGROUND_DAYS
    except ValueError:
        return False


__all__ = ["after", "inherit_date", "is_background", "parse_anchor", "pick_date", "published_date"]
