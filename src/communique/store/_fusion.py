"""The store's side of fusion: windowed reads of stored mentions, the forest's changes written
in the batch's transaction, canonical originals of syndicated copies, the canonical dump.

Everything here runs on a connection inside a transaction the caller holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import duckdb
import pyarrow as pa

from ..types import Event
from ._rows import EVENT_COLUMNS, row_to_event

Key = tuple[str, int]
StoredNode = tuple[Event, "str | None", "Key | None", float]

_U64 = (1 << 64) - 1
_SELECT = (", ".join(f"e.{c}" for c in EVENT_COLUMNS)
           + ", a.published AS _published, e.fuse_parent_doc, e.fuse_parent_seq, e.fuse_score")
_FROM = "FROM events e LEFT JOIN articles a ON a.id = e.doc_id"


def _nodes(cur: duckdb.DuckDBPyConnection) -> list[StoredNode]:
    names = [d[0] for d in cur.description]
    out: list[StoredNode] = []
    for row in cur.fetchall():
        r = dict(zip(names, row))
        parent = (r["fuse_parent_doc"], int(r["fuse_parent_seq"])) if r["fuse_parent_doc"] is not None else None
        out.append((row_to_event(r), r["_published"], parent, float(r["fuse_score"] or 0.0)))
    return out


def fusion_window(con: duckdb.DuckDBPyConnection, type_: str, months: Sequence[str], years: Sequence[str],
                  undated: bool) -> list[StoredNode]:
    """Stored events of ``type_`` whose date (or, undated, publication date) falls in
    ``months`` or is one of the year-only ``years``, or whose article was published in one of
    ``months``; with ``undated``, those with neither."""
    eff = "coalesce(e.date, a.published)"
    conds = []
    params: list[Any] = [type_]
    if months:  # dated (or, undated, published) in a month, or published in it (back-references)
        conds.append(f"left({eff}, 7) IN (SELECT unnest(?)) OR left(a.published, 7) IN (SELECT unnest(?))")
        params += [list(months), list(months)]
    if years:
        conds.append(f"({eff} IN (SELECT unnest(?)))")
        params.append(list(years))
    if undated:
        conds.append(f"{eff} IS NULL")
    if not conds:
        return []
    cur = con.execute(f"SELECT {_SELECT} {_FROM} WHERE e.type = ? AND ({' OR '.join(conds)}) "
                      "ORDER BY e.doc_id, e.seq", params)
    return _nodes(cur)


def fusion_members(con: duckdb.DuckDBPyConnection, event_id: str) -> list[StoredNode]:
    """Stored events with this ``event_id``."""
    return _nodes(con.execute(f"SELECT {_SELECT} FROM (SELECT * FROM events WHERE event_id = ?) e "
                              "LEFT JOIN articles a ON a.id = e.doc_id ORDER BY e.doc_id, e.seq", [event_id]))


def apply_fusion(con: duckdb.DuckDBPyConnection, changes: Mapping[Key, tuple[str, Key | None, float]],
                 aliases: Mapping[str, str]) -> None:
    """Write the forest's changes (event id, parent, score by mention) and the new aliases."""
    if changes:
        keys = list(changes)
        data = pa.table({
            "doc_id": [k[0] for k in keys], "seq": pa.array([k[1] for k in keys], pa.int32()),
            "event_id": [changes[k][0] for k in keys],
            "parent_doc": pa.array([p[0] if (p := changes[k][1]) else None for k in keys], pa.string()),
            "parent_seq": pa.array([p[1] if (p := changes[k][1]) else None for k in keys], pa.int32()),
            "score": pa.array([changes[k][2] for k in keys], pa.float64()),
        })
        con.register("_fusion_changes", data)
        try:
            con.execute("UPDATE events SET event_id = c.event_id, fuse_parent_doc = c.parent_doc, "
                        "fuse_parent_seq = c.parent_seq, fuse_score = c.score FROM _fusion_changes c "
                        "WHERE events.doc_id = c.doc_id AND events.seq = c.seq")
        finally:
            con.unregister("_fusion_changes")
    for old, new in aliases.items():
        con.execute("UPDATE event_aliases SET event_id = ? WHERE event_id = ?", [new, old])
        con.execute("INSERT OR REPLACE INTO event_aliases VALUES (?, ?)", [old, new])


def with_fusion(events: pa.Table, changes: Mapping[Key, tuple[str, Key | None, float]]
                ) -> tuple[pa.Table, dict[Key, tuple[str, Key | None, float]]]:
    """The batch's event rows with their fusion state filled in (cheaper than an UPDATE after
    the insert), and the changes left for rows stored before."""
    if not changes or not events.num_rows:
        return events, dict(changes)
    rest = dict(changes)
    ids, pdoc, pseq, score = [], [], [], []
    for doc, seq, eid in zip(events.column("doc_id").to_pylist(), events.column("seq").to_pylist(),
                             events.column("event_id").to_pylist()):
        new = rest.pop((doc, seq), None)
        parent = new[1] if new else None
        ids.append(new[0] if new else eid)
        pdoc.append(parent[0] if parent else None)
        pseq.append(parent[1] if parent else None)
        score.append(new[2] if new else None)
    events = events.set_column(events.schema.get_field_index("event_id"), "event_id", pa.array(ids, pa.string()))
    events = events.append_column("fuse_parent_doc", pa.array(pdoc, pa.string()))
    events = events.append_column("fuse_parent_seq", pa.array(pseq, pa.int32()))
    events = events.append_column("fuse_score", pa.array(score, pa.float64()))
    return events, rest


def resolve_alias(con: duckdb.DuckDBPyConnection, event_id: str) -> str:
    """The current id of a cluster once known as ``event_id`` (itself when not an alias)."""
    row = con.execute("SELECT event_id FROM event_aliases WHERE alias = ?", [event_id]).fetchone()
    return str(row[0]) if row else event_id


def relink_copies(con: duckdb.DuckDBPyConnection, ids: Sequence[str], max_distance: int = 3) -> None:
    """Give the near-duplicate groups of articles ``ids`` their canonical original.

    A group is the articles within ``max_distance`` simhash bits of a new one, the originals
    they point to and the copies pointing to those. Its original is the earliest published,
    then the smallest id (undated ones last); every other member points to it. An earlier
    original arriving later re-points the whole group, so the result does not depend on the
    order the articles came in."""
    if not ids:
        return
    near = con.execute(
        "SELECT n.id, o.id FROM articles n JOIN articles o ON o.simhash IS NOT NULL "
        "AND bit_count(xor(n.simhash, o.simhash)) <= ? WHERE n.id IN (SELECT unnest(?)) "
        "AND n.simhash IS NOT NULL AND o.id <> n.id", [max_distance, list(ids)]).fetchall()
    if not near:
        return
    touched = sorted({x for pair in near for x in pair})
    links = near + con.execute(
        "SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL AND (id IN (SELECT unnest(?)) "
        "OR duplicate_of IN (SELECT unnest(?)))", [touched, touched]).fetchall()
    for group in _components(links):
        row = con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?)) "
                          "ORDER BY published NULLS LAST, id LIMIT 1", [sorted(group)]).fetchone()
        if row is not None:
            con.execute("UPDATE articles SET duplicate_of = CASE WHEN id = ? THEN NULL ELSE ? END "
                        "WHERE id IN (SELECT unnest(?))", [row[0], row[0], sorted(group)])


def _components(links: Sequence[tuple[str, str]]) -> list[set[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[find(a)] = find(b)
    groups: dict[str, set[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), set()).add(x)
    return list(groups.values())


def canonical_lines(con: duckdb.DuckDBPyConnection) -> Iterator[str]:
    """The store's content as sorted JSON lines, free of what depends on when or in which
    order things were written (ingestion times, aliases): equal stores give equal lines."""
    for table, order, skip in (("articles", "id", {"ingested_at"}), ("mentions", "doc_id, seq", set()),
                               ("events", "doc_id, seq", set())):
        cur = con.execute(f"SELECT * FROM {table} ORDER BY {order}")
        names = [d[0] for d in cur.description]
        while True:
            rows = cur.fetchmany(10_000)
            if not rows:
                break
            for row in rows:
                rec = {k: v for k, v in zip(names, row) if k not in skip}
                yield json.dumps({"table": table, **rec}, ensure_ascii=False, sort_keys=True, default=str)
