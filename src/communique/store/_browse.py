"""Read-side queries for browsing a store: keyset pages, counts, aggregates, reports, articles.

Every query reuses :func:`where` (the same filters as ``communique events``) and
the exchange SELECT, so the HTTP API and the command line agree on what a
filter means. Aggregates run in DuckDB, so a page over a million events only
ever receives a few hundred numbers.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import duckdb

from ..actors.text import PLAIN_LETTERS
from ..events.classes import QUAD_CLASS, QUAD_CLASSES
from ._events import reports_sql
from ._query import ARTICLE_FIELDS, EVENT_SELECT, EventQuery, where

#: Time buckets of :meth:`Browser.timeline` and the date length each needs.
INTERVALS: dict[str, int] = {"year": 4, "month": 7, "week": 10, "day": 10}
#: What :meth:`Browser.timeline` splits counts by.
SERIES: tuple[str, ...] = ("type", "class", "all")

CLASS_SQL = ("CASE e.type " + " ".join(f"WHEN '{t}' THEN '{c}'" for t, c in sorted(QUAD_CLASS.items()))
             + " ELSE 'unclassified' END")
_COOPERATION = tuple(c for c in QUAD_CLASSES if c.endswith("cooperation"))

#: Name and kind of an actor code over rows (code, name, kind): the state's or organisation's own
#: name (a person's code is the state or organisation they act for), and ``state`` unless the
#: code is an organisation or group.
_NAME_KIND = ("coalesce(mode(name) FILTER (WHERE kind <> 'person'), code) AS name, "
              "CASE WHEN bool_or(kind = 'state') OR NOT bool_or(kind NOT IN ('state', 'person')) THEN 'state' "
              "ELSE 'organization' END AS kind")

_FROM = "FROM events e LEFT JOIN articles a ON a.id = e.doc_id"
_ORDER = "ORDER BY e.date NULLS LAST, e.doc_id, e.seq"


class CursorError(ValueError):
    """A pagination cursor that this store did not hand out."""


def encode_cursor(date: str | None, doc_id: str, seq: int) -> str:
    """The opaque cursor for "after the event (date, doc_id, seq)" in the events order."""
    raw = json.dumps([date, doc_id, seq], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[str | None, str, int]:
    """The position a cursor stands for; raises :class:`CursorError` when it is not one."""
    try:
        date, doc_id, seq = _cursor_value(cursor)
    except (ValueError, TypeError) as exc:
        raise CursorError(f"cursor {cursor[:40]!r} is not one this API handed out") from exc
    if not (date is None or isinstance(date, str)) or not isinstance(doc_id, str) or not isinstance(seq, int):
        raise CursorError(f"cursor {cursor[:40]!r} is not one this API handed out")
    return date, doc_id, seq


def _cursor_value(cursor: str) -> Any:
    """The JSON value a cursor encodes; ValueError (a bad base64 padding, UnicodeDecodeError and
    JSONDecodeError are ones) when it encodes none."""
    return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))


def encode_article_cursor(doc_id: str) -> str:
    """The opaque cursor for "after article ``doc_id``" in the articles order (by id)."""
    return base64.urlsafe_b64encode(json.dumps([doc_id]).encode("utf-8")).decode("ascii").rstrip("=")


def decode_article_cursor(cursor: str) -> str:
    """The article id an articles cursor stands for; raises :class:`CursorError` when it is not one:
    a bare string was taken as an id, so any value (an events cursor, a typo) paged from somewhere."""
    try:
        (doc_id,) = _cursor_value(cursor)
    except (ValueError, TypeError) as exc:
        raise CursorError(f"cursor {cursor[:40]!r} is not one this API handed out") from exc
    if not isinstance(doc_id, str):
        raise CursorError(f"cursor {cursor[:40]!r} is not one this API handed out")
    return doc_id


def _after(cursor: str) -> tuple[str, list[Any]]:
    """SQL for "comes after the cursor" in ``ORDER BY date NULLS LAST, doc_id, seq``."""
    date, doc_id, seq = decode_cursor(cursor)
    tail = "(e.doc_id > ? OR (e.doc_id = ? AND e.seq > ?))"
    if date is None:
        return f"(e.date IS NULL AND {tail})", [doc_id, doc_id, seq]
    return (f"(e.date IS NULL OR e.date > ? OR (e.date = ? AND {tail}))", [date, date, doc_id, doc_id, seq])


def _bucket(interval: str, column: str) -> str:
    """SQL for the bucket label of an ISO date prefix; NULL when the date is too coarse."""
    need = INTERVALS[interval]
    if interval == "week":
        label = f"strftime(date_trunc('week', try_cast({column} AS DATE)), '%Y-%m-%d')"
    else:
        label = f"left({column}, {need})"
    return (f"CASE WHEN {column} IS NULL THEN '(undated)' WHEN length({column}) < {need} THEN '(coarser)' "
            f"ELSE {label} END")


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, r)) for r in cur.fetchall()]


class Browser:
    """Read queries over one store; each call takes its own cursor, so threads may share one."""

    def __init__(self, cursor: Callable[[], duckdb.DuckDBPyConnection], memo: dict[str, Any] | None = None) -> None:
        """``memo``, when given, keeps answers that depend on the whole store only (the names and
        kinds of actor codes) across calls: give one only over data that cannot change, such
        as a read-only store (DuckDB locks writers out while it is open)."""
        self._cursor = cursor
        self._memo = memo

    def _fetch(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = self._cursor()
        try:
            return _rows(cur.execute(sql, params))
        finally:
            cur.close()

    # -- events --------------------------------------------------------------------------
    def page(self, q: EventQuery, *, cursor: str | None = None,
             size: int = 100) -> tuple[list[dict[str, Any]], str | None]:
        """Up to ``size`` events after ``cursor`` (exchange format plus ``outlet``), and the next cursor.

        The next cursor is None on the last page. Keyset paging: page n costs what page 1 does.
        The top-N of bare rows first (late materialisation reads the other columns of those rows
        only; see ``LATE_MATERIALISATION_ROWS``), shaped after: shaping before the limit would
        compute the exchange columns of every matching row. Their articles are looked up by id
        after (see :meth:`_with_articles`).
        """
        clause, params = where(replace(q, limit=None))
        if cursor:
            after, more = _after(cursor)
            clause, params = f"({clause}) AND {after}", params + more
        rows = self._fetch(
            f"WITH e AS (SELECT e.* FROM events e WHERE {clause} {_ORDER} LIMIT ?) "
            f"SELECT {EVENT_SELECT}, e.seq AS _seq FROM e {_ORDER}", [*params, size + 1])
        if not rows:
            return [], None
        more_rows = len(rows) > size
        rows = self._with_articles(rows[:size])
        seqs = [r.pop("_seq") for r in rows]
        for r in rows:
            r["confidence"] = round(r["confidence"], 3)
        last = rows[-1]
        nxt = encode_cursor(last["date"], last["doc_id"], seqs[-1]) if more_rows else None
        return rows, nxt

    def _with_articles(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``rows`` with their articles' ``published``, ``title``, ``url`` and the ``outlet``.

        A lookup of the page's few article ids by a list of values: a join would scan the
        articles table (a fifth of a second at 200k articles)."""
        ids = sorted({str(r["doc_id"]) for r in rows})
        found = {a["id"]: a for a in self._fetch(
            f"SELECT id, {', '.join(ARTICLE_FIELDS)}, coalesce(source, sitename) AS outlet FROM articles "
            f"WHERE id IN ({', '.join('?' for _ in ids)})", list(ids))}
        empty = dict.fromkeys((*ARTICLE_FIELDS, "outlet"))
        return [{**r, **{k: v for k, v in found.get(r["doc_id"], empty).items() if k != "id"}} for r in rows]

    def count(self, q: EventQuery) -> int:
        clause, params = where(replace(q, limit=None))
        return int(self._fetch(f"SELECT count(*) AS n FROM events e WHERE {clause}", params)[0]["n"])

    def reports(self, event_id: str) -> list[dict[str, Any]]:
        """Every stored mention (report) of one event across articles, with article metadata
        (``published``, ``title``, ``url``, ``outlet``): the event's face first (see
        ``communique.store._events``), then by publication date. An old id of a merged event
        gives the reports of the event it joined."""
        found = self._fetch("SELECT event_id FROM event_aliases WHERE alias = ?", [event_id])
        sql, params = reports_sql(str(found[0]["event_id"]) if found else event_id)
        rows = self._fetch(sql, params)
        for r in rows:
            r["confidence"] = round(r["confidence"], 3)
        return rows

    # -- aggregates ----------------------------------------------------------------------
    def timeline(self, q: EventQuery, interval: str = "month", by: str = "type") -> dict[str, Any]:
        """Counts per time bucket and series; events dated too coarsely for the bucket are counted apart."""
        if interval not in INTERVALS:
            raise ValueError(f"interval {interval!r} is not one of {', '.join(INTERVALS)}")
        if by not in SERIES:
            raise ValueError(f"by {by!r} is not one of {', '.join(SERIES)}")
        published = q.date_field == "published"
        column, source = ("a.published", _FROM) if published else ("e.date", "FROM events e")
        key = {"type": "e.type", "class": CLASS_SQL, "all": "'all'"}[by]
        clause, params = where(replace(q, limit=None))
        rows = self._fetch(f"SELECT {_bucket(interval, column)} AS period, {key} AS key, count(*) AS count "
                           f"{source} WHERE {clause} GROUP BY ALL ORDER BY period, key", params)
        placed = [r for r in rows if not r["period"].startswith("(")]
        left = {p: sum(r["count"] for r in rows if r["period"] == p) for p in ("(undated)", "(coarser)")}
        return {"interval": interval, "by": by, "series": placed,
                "undated": left["(undated)"], "coarser": left["(coarser)"]}

    def classes(self, q: EventQuery) -> dict[str, int]:
        """Event counts per conflict/cooperation class (GDELT QuadClass)."""
        clause, params = where(replace(q, limit=None))
        rows = self._fetch(f"SELECT {CLASS_SQL} AS key, count(*) AS n FROM events e WHERE {clause} GROUP BY 1",
                           params)
        found = {r["key"]: r["n"] for r in rows}
        return {c: found.get(c, 0) for c in (*QUAD_CLASSES, "unclassified") if c in found or c in QUAD_CLASSES}

    def dyads(self, q: EventQuery, limit: int = 100) -> dict[str, Any]:
        """The actor network: source-target pairs (undirected) by event count, split by class.

        Nodes are the codes of the pairs (a person counts for the state or organisation
        whose code it carries); ``cooperation`` and ``conflict`` count the pair's events
        in each half of the four classes.
        """
        clause, params = where(replace(q, limit=None))
        coop = ", ".join(f"'{t}'" for t, c in sorted(QUAD_CLASS.items()) if c in _COOPERATION)
        conf = ", ".join(f"'{t}'" for t, c in sorted(QUAD_CLASS.items()) if c not in _COOPERATION)
        edges = self._fetch(
            "SELECT least(e.source_code, e.target_code) AS a, greatest(e.source_code, e.target_code) AS b, "
            f"count(*) AS count, count(*) FILTER (WHERE e.type IN ({coop})) AS cooperation, "
            f"count(*) FILTER (WHERE e.type IN ({conf})) AS conflict "
            f"FROM events e WHERE ({clause}) AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL "
            "AND e.source_code <> e.target_code GROUP BY 1, 2 ORDER BY count DESC, a, b LIMIT ?",
            [*params, max(0, limit)])
        codes = sorted({e["a"] for e in edges} | {e["b"] for e in edges})
        nodes = self._nodes(codes)
        totals: dict[str, int] = {}
        for e in edges:
            for side in ("a", "b"):
                totals[e[side]] = totals.get(e[side], 0) + e["count"]
        for n in nodes:
            n["count"] = totals.get(n["code"], 0)
        return {"nodes": nodes, "edges": edges}

    def _nodes(self, codes: list[str]) -> list[dict[str, Any]]:
        """Name and kind of actor codes (see :meth:`actor_nodes`), in code order; from the memo
        when there is one (reading every event's actors takes a fifth of a second at 1M events)."""
        if not codes:
            return []
        if self._memo is None:
            known = self.actor_nodes(codes)
        elif "actor nodes" in self._memo:
            known = self._memo["actor nodes"]
        else:
            known = self._memo["actor nodes"] = self.actor_nodes()
        return [{"code": c, **known[c]} for c in codes if c in known]

    def actor_nodes(self, codes: list[str] | None = None) -> dict[str, dict[str, Any]]:
        """Name and kind of actor codes (all, or ``codes``), from the events that carry them as source or
        target: ``state``, or ``organization`` for organisations and groups (a code seen only through
        people is a state)."""
        only = "" if codes is None else " WHERE {}_code IN (SELECT unnest(?))"
        rows = self._fetch(
            f"WITH sides AS (SELECT source_code AS code, source_name AS name, source_kind AS kind FROM events"
            f"{only.format('source')} UNION ALL SELECT target_code, target_name, target_kind FROM events"
            f"{only.format('target')}) SELECT code, {_NAME_KIND} FROM sides WHERE code IS NOT NULL GROUP BY code",
            [] if codes is None else [codes, codes])
        return {r.pop("code"): r for r in rows}

    def countries(self, q: EventQuery) -> list[dict[str, Any]]:
        """Events per country involved (actors' countries, participants', the location's)."""
        clause, params = where(replace(q, limit=None))
        # each country once per event: a column counts only where it differs from the ones before it
        return self._fetch(
            "WITH f AS (SELECT e.doc_id, e.seq, e.source_country AS s, e.target_country AS t, "
            f"e.location_country AS l, e.participants FROM events e WHERE {clause}), "
            "c AS (SELECT s AS c FROM f UNION ALL SELECT t FROM f WHERE t IS DISTINCT FROM s "
            "UNION ALL SELECT l FROM f WHERE l IS DISTINCT FROM s AND l IS DISTINCT FROM t "
            "UNION ALL SELECT DISTINCT ON (doc_id, seq, p.country) p.country FROM "
            "(SELECT doc_id, seq, s, t, l, unnest(participants) AS p FROM f WHERE len(participants) > 0) "
            "WHERE p.country IS DISTINCT FROM s AND p.country IS DISTINCT FROM t AND p.country IS DISTINCT FROM l) "
            "SELECT c AS country, count(*) AS count FROM c WHERE c IS NOT NULL GROUP BY c "
            "ORDER BY count DESC, country", params)

    def facets(self, q: EventQuery) -> dict[str, Any]:
        """Counts by type, class, status, mode and outlet (what a filter bar offers)."""
        clause, params = where(replace(q, limit=None))
        names = ("type", "class", "status", "mode", "outlet")
        rows = self._fetch(  # one scan: a grouping set per facet
            f"SELECT e.type AS type, {CLASS_SQL} AS class, e.status AS status, e.mode AS mode, "
            f"e.outlet AS outlet, GROUPING(type, class, status, mode, outlet) AS g, "
            f"count(*) AS n FROM events e WHERE {clause} "
            f"GROUP BY GROUPING SETS ((), {', '.join(f'({n})' for n in names)})", params)
        # GROUPING(...) has a bit set per column rolled up, the first column highest: 31 is the total
        by_bits = {31 - (1 << (len(names) - 1 - i)): name for i, name in enumerate(names)}
        out: dict[str, Any] = {"total": 0, **{n: {} for n in names}}
        for r in sorted(rows, key=lambda r: (-r["n"], str(r[by_bits.get(r["g"], "type")]))):
            name = by_bits.get(r["g"])
            if name is None:
                out["total"] = r["n"]
            elif r[name] is not None:
                out[name][r[name]] = r["n"]
        return out

    # -- articles and actors -------------------------------------------------------------
    def article(self, doc_id: str) -> dict[str, Any] | None:
        """One article's metadata and cleaned text (the text evidence offsets point into)."""
        rows = self._fetch("SELECT id, title, published, url, source, sitename, author, language, origin, "
                           "duplicate_of, text FROM articles WHERE id = ?", [doc_id])
        return rows[0] if rows else None

    def articles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 cursor: str | None = None, size: int = 100) -> tuple[list[dict[str, Any]], str | None]:
        """Article metadata (no text) with event counts, by id, paged after ``cursor``
        (one this method handed out: :func:`encode_article_cursor`)."""
        parts, params = ["TRUE"], []
        if outlet:
            parts.append("lower(coalesce(a.source, a.sitename)) = lower(?)")
            params.append(outlet)
        if since:
            parts.append("a.published >= left(?, length(a.published))")
            params.append(since)
        if until:
            parts.append("left(a.published, length(?)) <= ?")
            params += [until, until]
        if cursor:
            parts.append("a.id > ?")
            params.append(decode_article_cursor(cursor))
        rows = self._fetch(
            "SELECT a.id, a.title, a.published, a.url, coalesce(a.source, a.sitename) AS outlet, a.duplicate_of, "
            "(SELECT count(*) FROM events e WHERE e.doc_id = a.id) AS events "
            f"FROM articles a WHERE {' AND '.join(parts)} ORDER BY a.id LIMIT ?", [*params, size + 1])
        nxt = encode_article_cursor(rows[size - 1]["id"]) if len(rows) > size else None
        return rows[:size], nxt

    def actor_codes(self) -> set[str]:
        """Every actor code among the events."""
        return {r["c"] for r in self._fetch("SELECT DISTINCT unnest(actor_codes) AS c FROM events", []) if r["c"]}

    def actors(self, search: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Actor codes seen in events (as source, target or participant) matching ``search``, by count.

        ``search`` is a part of the code or name, its case and accents aside, as written: it was an
        ILIKE pattern, so 'Erdogan' found no 'Erdoğan' and '_' or '%' matched every actor. Letters with
        no accent to strip ('ı' of 'Kılıçdaroğlu', 'ł', 'ø') are read as their plain ones first."""
        cond, params = "TRUE", []
        if search:
            plain = f"translate({{}}, '{''.join(PLAIN_LETTERS)}', '{''.join(PLAIN_LETTERS.values())}')"
            part = f"contains(lower(strip_accents({plain})), lower(strip_accents({plain.format('?')})))"
            cond = f"({part.format('code')} OR {part.format('name')})"
            params = [search, search]
        return self._fetch(
            "WITH sides AS (SELECT source_code AS code, source_name AS name, source_kind AS kind FROM events "
            "UNION ALL SELECT target_code, target_name, target_kind FROM events "
            "UNION ALL SELECT p.code, p.name, p.kind FROM (SELECT unnest(participants) AS p FROM events)) "
            f"SELECT code, {_NAME_KIND}, count(*) AS mentions FROM sides "
            f"WHERE code IS NOT NULL AND {cond} GROUP BY code ORDER BY mentions DESC, code LIMIT ?",
            [*params, max(0, limit)])
