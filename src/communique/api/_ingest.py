"""Writes through the server: posted JSONL or HTML run through the same per-article
pipeline as ``communique ingest`` (clean, NLP, actors, events, fusion with the stored
events, idempotent store write), with the store opened read-write only for the batch.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import CommuniqueError
from ..read._readers import Item, Meta, read_jsonl_stream
from ..store import Store


def jsonl_items(body: bytes, max_bytes: int) -> list[Item]:
    """Documents (or one error per bad line) from a posted JSONL body."""
    return list(read_jsonl_stream(io.BytesIO(body), "<request>", "request", Meta(max_bytes=max_bytes)))


def html_item(body: bytes, doc_id: str, meta: dict[str, str | None]) -> Item:
    """One document from a posted HTML page and its query-string metadata."""
    from ..read._decode import decode_bytes

    html, _ = decode_bytes(body, html=True)
    return Meta().make(doc_id, f"<request:{doc_id}>", html=html, own=meta)


@dataclass
class Ingester:
    """Loads the pipeline once, then stores batches of posted documents, one batch at a time."""

    db: Path
    settings: Settings
    _pipe: Any = None
    kb: Any = None  # the knowledge base posted articles are resolved with (None: the packaged one)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def pipeline(self) -> Any:
        if self._pipe is None:
            from ..pipeline import Pipeline

            self._pipe = Pipeline(self.settings, kb=self.kb)
        return self._pipe

    def ingest(self, items: list[Item]) -> dict[str, Any]:
        """Store ``items``; return counts, one message per input that failed and the notes about
        inputs stored all the same (an article cut at ``max_article_chars``, as the command line
        notes it: the poster was not told).

        Raises :class:`StoreError` when another process (an ingest) holds the store.
        """
        from ..ingest import ingest

        errors: list[str] = []
        notes: list[str] = []

        def on_error(err: CommuniqueError) -> None:
            errors.append(f"error [{err.code}] {err}")

        with self._lock, Store(self.db) as store:
            pipe = self.pipeline()
            kept = pipe.cleaner.notify  # the caller's own, put back after this request
            pipe.cleaner.notify = notes.append  # (this request's: the lock holds the pipeline)
            try:
                before = store.stats()["events"]
                done = ingest(store, pipe, items, on_error=on_error, replace_option=None)  # no --replace
            finally:
                pipe.cleaner.notify = kept
        return {"received": len(items), "stored": done.stored, "replaced": done.replaced,
                "unchanged": done.skipped, "events": done.totals["events"] - before, "errors": errors,
                "notes": notes}
