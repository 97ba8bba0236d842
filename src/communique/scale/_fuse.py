"""Fusion at scale: a keyed reduce over the events, one group per blocking key.

Cross-article fusion only ever compares mentions of one event type (the first level of its
blocking), so grouping the events by ``type`` and fusing each group on its own gives the
same clusters as one pass over everything, while no process holds more than one type's
events. Inside a group the events run through the local engine's ``Fuser`` in input order
(article by article), as ``Pipeline.run_articles`` feeds them, each numbered by its position
in its article, so the clusters and their ids are the local engine's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pyarrow as pa

from ..pipeline import Fuser
from ..store._rows import SEQ_KEY, row_to_event
from ..types import Event

__all__ = ["BLOCK_KEY", "fuse_group", "IDS_SCHEMA"]

#: the column the reduce groups by
BLOCK_KEY = "type"
IDS_SCHEMA = pa.schema([("doc_id", pa.string()), ("seq", pa.int32()), ("event_id", pa.string())])


def _event(row: Mapping[str, Any]) -> Event:
    ev = row_to_event(row)
    ev.extra.pop(SEQ_KEY, None)
    return ev


def fuse_group(group: pa.Table, *, window_days: int, copies: Mapping[str, str],
               prior: Mapping[str, Any]) -> pa.Table:
    """``map_groups`` over one type's events: their ids, fused with each other and with
    ``prior`` (stored events, an object reference per type) in input order."""
    import ray

    rows = sorted(group.to_pylist(), key=lambda r: (r["order"], r["seq"]))
    if not rows:
        return IDS_SCHEMA.empty_table()
    ref = prior.get(rows[0][BLOCK_KEY])
    fuser = Fuser(ray.get(ref) if ref is not None else (), window_days=window_days)
    out: dict[str, list[Any]] = {name: [] for name in IDS_SCHEMA.names}
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and rows[end]["doc_id"] == rows[start]["doc_id"]:
            end += 1
        doc_id = rows[start]["doc_id"]
        part = rows[start:end]
        fuser.add([_event(r) for r in part], copies.get(doc_id), published=rows[start].get("published"),
                  seqs=[int(r["seq"]) for r in part])
        start = end
    for r in rows:  # ids are final once the whole group is in
        out["doc_id"].append(r["doc_id"])
        out["seq"].append(r["seq"])
        out["event_id"].append(fuser.event_id(r["doc_id"], int(r["seq"])))
    return pa.table(out, schema=IDS_SCHEMA)
