"""The event-level view of the store: one row per real event (a cluster of reports).

Fusion gives every report of one real event the same ``event_id`` (``communique.fuse``); the
clusters are read straight from the events table, so they are always those of the last write.
An event's row is its *face*, the report that speaks for it (the best-dated, then the
best-resolved, then the earliest published, then by id), with the cluster's figures beside it:
``reports`` (mentions), ``articles``, ``outlets``, ``first_reported`` and ``last_reported``
(publication dates of its articles).

A filter selects events that have at least one matching report; the figures always count every
report of such an event, so that ``--actor USA`` does not shrink a story's source count.
"""

from __future__ import annotations

from typing import Any

from ._query import EVENT_SELECT, LOCATION_BASIS_SQL, EventQuery, where, with_limit

#: the cluster's figures that follow the face's exchange record in an event-level row
EVENT_FIELDS: tuple[str, ...] = ("reports", "articles", "outlets", "first_reported", "last_reported")

#: the face of a cluster first: a date the text gave at day precision, then month, year, a date
#: inherited from the story, the publication date, none; then most actors resolved, a place the
#: text names, a place taken from the sides (``LOCATION_BASIS_SQL``), the earliest article, its id and
#: position (unique, so the choice never depends on storage order)
FACE_ORDER = ("CASE WHEN e.date IS NULL THEN 0 WHEN e.date_basis = 'published' THEN 1 "
              "WHEN e.date_basis = 'inherited' THEN 2 ELSE 2 + length(e.date) END DESC, "
              "len(coalesce(e.actor_codes, [])) DESC, CASE WHEN e.location_name IS NULL THEN 0 "
              f"WHEN {LOCATION_BASIS_SQL} = 'text' THEN 2 ELSE 1 END DESC, "
              "a.published NULLS LAST, e.doc_id, e.seq")

_OUTLET = "coalesce(a.source, a.sitename)"


def by_event_sql(q: EventQuery) -> tuple[str, list[Any]]:
    """A SELECT of one row per event with a report matching ``q``: the face's exchange record
    (plus ``published``, ``title``, ``url`` of its article) and ``EVENT_FIELDS``; ordered by the
    face's date, then first reported, then id; ``q.limit`` counts events."""
    clause, params = where(q)
    sql = (
        f"WITH ids AS (SELECT DISTINCT e.event_id FROM events e WHERE {clause} AND e.event_id IS NOT NULL), "
        "m AS (SELECT e.*, a.published AS _published, a.title AS _title, a.url AS _url, "
        f"{_OUTLET} AS _outlet, row_number() OVER (PARTITION BY e.event_id ORDER BY {FACE_ORDER}) AS _rank "
        "FROM events e LEFT JOIN articles a ON a.id = e.doc_id WHERE e.event_id IN (SELECT event_id FROM ids)), "
        "c AS (SELECT event_id, count(*) AS reports, count(DISTINCT doc_id) AS articles, "
        "count(DISTINCT _outlet) AS outlets, min(_published) AS first_reported, "
        "max(_published) AS last_reported FROM m GROUP BY event_id) "
        f"SELECT {EVENT_SELECT}, e._published AS published, e._title AS title, e._url AS url, "
        + ", ".join(f"c.{f}" for f in EVENT_FIELDS)
        + " FROM m e JOIN c ON c.event_id = e.event_id WHERE e._rank = 1 "
        "ORDER BY e.date NULLS LAST, c.first_reported NULLS LAST, e.event_id")
    return with_limit(sql, params, q.limit)


def reports_sql(event_id: str) -> tuple[str, list[Any]]:
    """Every report of one event (``event_id`` already resolved from an alias): the exchange
    record plus its article's ``published``, ``title``, ``url`` and ``outlet``, face first,
    then by publication date."""
    sql = (f"SELECT {EVENT_SELECT}, e._published AS published, e._title AS title, e._url AS url, "
           "e._outlet AS outlet FROM (SELECT e.*, a.published AS _published, a.title AS _title, "
           f"a.url AS _url, {_OUTLET} AS _outlet, row_number() OVER (ORDER BY {FACE_ORDER}) AS _rank "
           "FROM events e LEFT JOIN articles a ON a.id = e.doc_id WHERE e.event_id = ?) e "
           "ORDER BY e._rank = 1 DESC, e._published NULLS LAST, e.doc_id, e.seq")
    return sql, [event_id]


__all__ = ["EVENT_FIELDS", "FACE_ORDER", "by_event_sql", "reports_sql"]
