"""The real pipeline run on a short invented news text, as the event rule tests read it: the events,
or (type, source code, target code, status) of each, and the sides of the events of one type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from communique.types import RawDoc


def events_of(pipeline: Any, text: str, published: str = "2021-03-02") -> list[Any]:
    """The events ``pipeline`` finds in ``text``, published on ``published``."""
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events


def dated(published: str) -> Callable[..., list[Any]]:
    """:func:`events_of` with ``published`` for its default date: for a test file whose sentences are
    written as of that day (``events_of = probe.dated("2016-01-16")``)."""
    def events(pipeline: Any, text: str, published: str = published) -> list[Any]:
        return events_of(pipeline, text, published)
    return events


def said(pipeline: Any, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(type, source code, target code, status) of each event of ``text`` (published 2021-03-02)."""
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None, e.status)
            for e in events_of(pipeline, text)]


def typed(said_events: list[tuple[str, str | None, str | None, str]], type_: str) -> list[tuple[str | None, str | None]]:
    """(source, target) of the events of ``type_`` among :func:`said`'s tuples."""
    return [(s, t) for ty, s, t, _ in said_events if ty == type_]


def pairs(events: list[Any], type_: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of ``type_``."""
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


def shown(events: list[Any]) -> list[tuple[str, str, str | None, str | None, str]]:
    """(type, trigger, source code, target code, status) of each event: what a failed assertion shows."""
    return [(e.type, e.trigger, e.source and e.source.code, e.target and e.target.code, e.status) for e in events]
