"""Event filters (``EventQuery``) and the SQL they become.

Dates compare as ISO prefixes at the coarser of the two precisions, so that an
event dated ``2021-04`` lies in ``--since 2021-04-10`` (its month overlaps the
range) and an event dated ``2021-04-16`` lies in ``--until 2021-04``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from ..types import LOCATION_BASIS
from ._migrations import ACTOR_FIELDS


@dataclass(frozen=True)
class EventQuery:
    """Which stored events to return. Every field left at None matches everything.

    - ``actor``: an actor code found as source, target or participant.
    - ``dyad``: two codes both among the event's actors, in either direction
      (the same code twice needs two actors with that code).
    - ``type``, ``status``, ``doc_id``, ``date_basis``: a value or a list of values
      (``date_basis``: ``text``, ``inherited`` or ``published``, see ``Event.date_basis``).
    - ``mode``, ``quad_class``: a value or a list of values (``quad_class``: verbal_cooperation,
      material_cooperation, verbal_conflict, material_conflict).
    - ``min_intensity``, ``max_intensity``: bounds (inclusive) on the Goldstein intensity, -10 ... 10.
    - ``since``, ``until``: ISO dates or prefixes (``2021``, ``2021-04``), inclusive.
    - ``undated``: what a date filter does with events without a date: ``"include"`` (the
      default: they are kept, and ``Store.count_undated`` says how many) or ``"exclude"``.
    - ``text``: a case-insensitive substring of the evidence sentence.
    - ``event_id``: one event (an old id of a merged event finds the event it joined).
    - ``include_background``: False leaves out background events.
    - ``limit``: at most this many rows.
    - ``mode``: a PLOVER mode or a list of them (e.g. ``visit``, ``weapons``).
    - ``outlet``: the article's source outlet (``source`` or ``sitename``), a value or a list, any case.
    - ``date_field``: ``event`` (default) applies ``since``/``until`` to the event's date,
      ``published`` to its article's publication date.
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | Sequence[str] | None = None
    status: str | Sequence[str] | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    doc_id: str | Sequence[str] | None = None
    event_id: str | None = None
    date_basis: str | Sequence[str] | None = None
    include_background: bool = True
    limit: int | None = None
    mode: str | Sequence[str] | None = None
    quad_class: str | Sequence[str] | None = None
    min_intensity: float | None = None
    max_intensity: float | None = None
    undated: Literal["include", "exclude"] = "include"
    outlet: str | Sequence[str] | None = None
    date_field: str = "event"

    @property
    def has_date_filter(self) -> bool:
        return bool(self.since or self.until)


#: Values of ``EventQuery.date_field``: the dates ``since`` and ``until`` apply to.
DATE_FIELDS: tuple[str, ...] = ("event", "published")


def _values(value: str | Sequence[str] | None, upper: bool = False) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [v.upper() if upper else v for v in items if v is not None and v != ""]


def date_clause(column: str, since: str | None, until: str | None, *, keep_null: bool) -> tuple[str, list[Any]]:
    """SQL (and parameters) for "``column`` overlaps [since, until]" on ISO prefixes.

    Written as comparisons with constants (no function of the column on their left), which
    DuckDB checks against each row group's min/max and evaluates cheaply."""
    parts: list[str] = []
    params: list[Any] = []
    if since:  # column >= left(since, length(column)): at or after since, or a prefix of it
        prefixes = [since[:k] for k in range(len(since))]
        parts.append(f"({column} >= ? OR {column} IN ({', '.join('?' for _ in prefixes)}))")
        params.extend([since, *prefixes])
    if until:  # left(column, length(until)) <= until: at or before until, or starting with it
        parts.append(f"({column} <= ? OR starts_with({column}, ?))")
        params.extend([until, until])
    if not parts:
        return "TRUE", []
    clause = " AND ".join(parts)
    if keep_null:
        clause = f"({column} IS NULL OR ({clause}))"
    return clause, params


def _in(expr: str, values: Sequence[str]) -> str:
    """``expr IN (?, ...)``, a placeholder per value: a list of constants, which DuckDB filters
    with while scanning (``IN (SELECT unnest(?))`` is a join that keeps a page query from
    reading only its own rows' wide columns)."""
    return f"{expr} IN ({', '.join('?' for _ in values)})"


#: one part of a WHERE clause and its parameters
Clause = tuple[str, list[Any]]


def where(q: EventQuery, alias: str = "e") -> tuple[str, list[Any]]:
    """The WHERE clause (without the keyword) and its parameters for ``q``."""
    clauses = [*_actor_clauses(q, alias), *_column_clauses(q, alias), *_intensity_clauses(q, alias),
               *_outlet_clauses(q, alias), *_date_clauses(q, alias), *_text_clauses(q, alias)]
    return (" AND ".join(c for c, _ in clauses) or "TRUE"), [p for _, ps in clauses for p in ps]


def _actor_clauses(q: EventQuery, alias: str) -> list[Clause]:
    """``--actor`` and ``--dyad`` (the same code twice: an event between two actors of that code)."""
    out: list[Clause] = []
    if q.actor:
        out.append((f"list_contains({alias}.actor_codes, ?)", [q.actor.upper()]))
    if q.dyad:
        a, b = q.dyad[0].upper(), q.dyad[1].upper()
        if a == b:
            out.append((f"len(list_filter({alias}.actor_codes, lambda x: x = ?)) >= 2", [a]))
        else:
            out.append((f"list_contains({alias}.actor_codes, ?) AND list_contains({alias}.actor_codes, ?)", [a, b]))
    return out


def _column_clauses(q: EventQuery, alias: str) -> list[Clause]:
    """The filters that list the values a column may hold, and ``event_id``."""
    out: list[Clause] = []
    for column, value, upper in (("type", q.type, True), ("status", q.status, False),
                                 ("doc_id", q.doc_id, False), ("date_basis", q.date_basis, False),
                                 ("mode", q.mode, False), ("quad_class", q.quad_class, False)):
        values = _values(value, upper)
        if values:
            out.append((_in(f"{alias}.{column}", values), list(values)))
    if q.event_id:  # an old id of a merged cluster finds the cluster it joined
        out.append((f"{alias}.event_id = coalesce((SELECT x.event_id FROM event_aliases x WHERE x.alias = ?), ?)",
                    [q.event_id, q.event_id]))
    return out


def _intensity_clauses(q: EventQuery, alias: str) -> list[Clause]:
    out: list[Clause] = []
    if q.min_intensity is not None:
        out.append((f"{alias}.intensity >= ?", [float(q.min_intensity)]))
    if q.max_intensity is not None:
        out.append((f"{alias}.intensity <= ?", [float(q.max_intensity)]))
    return out


def _outlet_clauses(q: EventQuery, alias: str) -> list[Clause]:
    outlets = _values(q.outlet)
    return [(_in(f"lower({alias}.outlet)", outlets), [v.lower() for v in outlets])] if outlets else []


def _date_clauses(q: EventQuery, alias: str) -> list[Clause]:
    """``--since``/``--until`` on the event's date or, with ``date_field="published"``, its article's."""
    if not (q.since or q.until):
        return []
    keep_null = q.undated != "exclude"
    if q.date_field not in DATE_FIELDS:
        raise ValueError(f"date_field {q.date_field!r} is not one of {', '.join(DATE_FIELDS)}")
    if q.date_field == "published":
        clause, p = date_clause("published", q.since, q.until, keep_null=keep_null)
        return [(f"{alias}.doc_id IN (SELECT id FROM articles WHERE {clause})", list(p))]
    clause, p = date_clause(f"{alias}.date", q.since, q.until, keep_null=keep_null)
    return [(clause, list(p))]


def _text_clauses(q: EventQuery, alias: str) -> list[Clause]:
    """The evidence text search and leaving out background events."""
    out: list[Clause] = []
    if q.text:
        out.append((f"contains(lower({alias}.evidence_text), lower(?))", [q.text]))
    if not q.include_background:
        out.append((f"NOT coalesce({alias}.background, FALSE)", []))
    return out


def _actor_sql(side: str) -> str:
    """The exchange actor object (code, name, kind, role) from the flat ``e.<side>_*`` columns."""
    fields = ", ".join(f"{f} := e.{side}_{f}" for f in ACTOR_FIELDS[:4])
    return (f"CASE WHEN e.{side}_code IS NULL AND e.{side}_name IS NULL THEN NULL "
            f"ELSE struct_pack({fields}) END AS {side}")


#: where a stored event's location comes from (``Event.location_basis``): "text" unless its extra says
LOCATION_BASIS_SQL = f"coalesce(json_extract_string(e.extra, '$.{LOCATION_BASIS}'), 'text')"

#: SELECT list that shapes an events row (alias ``e``) as the exchange format, in its key order.
EVENT_SELECT = ", ".join([
    "e.doc_id", "e.event_id", "e.type", "e.mode", "e.quad_class", "e.intensity", "e.cameo",
    _actor_sql("source"),
    _actor_sql("target"),
    "coalesce(list_transform(e.participants, lambda p: struct_pack(code := p.code, name := p.name, "
    "kind := p.kind, role := p.role)), []) AS participants",
    "e.date", "e.date_basis", "e.status",
    "CASE WHEN e.location_name IS NULL THEN NULL "
    f"ELSE struct_pack(name := e.location_name, country := e.location_country, basis := {LOCATION_BASIS_SQL}) "
    "END AS location",
    "coalesce(e.topics, []) AS topics", "coalesce(e.background, FALSE) AS background", "e.trigger",
    "coalesce(e.confidence, 1.0) AS confidence",
    "struct_pack(text := e.evidence_text, start := e.evidence_start, \"end\" := e.evidence_end) AS evidence",
])

#: The article fields that follow the exchange record (alias ``a`` for the articles table).
ARTICLE_FIELDS: tuple[str, ...] = ("published", "title", "url")

#: EVENT_SELECT plus the article fields.
EXCHANGE_SELECT = EVENT_SELECT + ", " + ", ".join(f"a.{f} AS {f}" for f in ARTICLE_FIELDS)


def undated_sql(q: EventQuery) -> tuple[str, list[Any]]:
    """A count of the events without a date that match ``q``'s other filters (those its date
    filter keeps or leaves out, as ``q.undated`` says)."""
    clause, params = where(replace(q, since=None, until=None, limit=None))
    return f"SELECT count(*) FROM events e WHERE {clause} AND e.date IS NULL", params


def exchange_sql(q: EventQuery) -> tuple[str, list[Any]]:
    """A SELECT whose rows are already exchange-format records (plus published, title, url)."""
    clause, params = where(q)
    sql = (f"SELECT {EXCHANGE_SELECT} FROM events e LEFT JOIN articles a ON a.id = e.doc_id "
           f"WHERE {clause} ORDER BY e.date NULLS LAST, e.doc_id, e.seq")
    return with_limit(sql, params, q.limit)


def with_limit(sql: str, params: list[Any], limit: int | None) -> tuple[str, list[Any]]:
    """``sql`` and ``params`` with ``LIMIT limit`` (a negative limit is 0), when there is one."""
    if limit is None:
        return sql, params
    return sql + " LIMIT ?", [*params, max(0, int(limit))]


#: Columns of the flat CSV export, in order.
CSV_COLUMNS: tuple[str, ...] = (
    "doc_id", "event_id", "type", "mode", "quad_class", "intensity", "cameo",
    "source_code", "source_name", "source_kind", "source_role",
    "target_code", "target_name", "target_kind", "target_role",
    "participants", "participant_names", "date", "date_basis", "status", "location_name", "location_country",
    "location_basis", "topics", "background", "trigger", "confidence",
    "evidence_text", "evidence_start", "evidence_end", "published", "title", "url",
)


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """One exchange-format dict (plus article fields) as a flat CSV row."""
    out: dict[str, Any] = {k: row.get(k) for k in ("doc_id", "event_id", "type", "mode", "quad_class",
                                                    "intensity", "cameo")}
    for side in ("source", "target"):
        out.update(_nested(row, side, ACTOR_FIELDS[:4]))
    parts = row.get("participants") or []
    out["participants"] = ";".join(p.get("code") or "" for p in parts)
    out["participant_names"] = ";".join(p.get("name") or "" for p in parts)
    out.update({k: row.get(k) for k in ("date", "date_basis", "status")})
    out.update(_nested(row, "location", ("name", "country", "basis")))
    out["topics"] = ";".join(row.get("topics") or [])
    out.update({k: row.get(k) for k in ("background", "trigger", "confidence")})
    out.update(_nested(row, "evidence", ("text", "start", "end")))
    out.update({k: row.get(k) for k in ("published", "title", "url")})
    return out


def _nested(row: dict[str, Any], field: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """The ``keys`` of a row's nested ``field`` (absent: all ``None``) as flat ``field_key`` columns."""
    inner = row.get(field) or {}
    return {f"{field}_{k}": inner.get(k) for k in keys}
