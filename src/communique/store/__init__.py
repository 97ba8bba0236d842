"""The store stage: an embedded DuckDB file of articles, mentions and events.

``Store`` writes idempotently (one transaction per batch, Arrow bulk inserts),
applies named, transactional migrations on open, and answers ``EventQuery``
filters as exchange-format dicts or exports (JSONL, CSV, Parquet).
"""

from __future__ import annotations

from ._filters import QueryError, check_date, make_query
from ._migrations import MIGRATIONS
from ._query import CSV_COLUMNS, EventQuery
from ._store import Store, WriteStats

__all__ = ["Store", "EventQuery", "WriteStats", "MIGRATIONS", "CSV_COLUMNS", "QueryError", "make_query", "check_date"]
