"""Ingest: articles -> pipeline -> fusion against the store -> the store, in batches.

The library side of ``communique ingest`` (the CLI only parses arguments), so that the HTTP
API and a distributed run can call the same code. Each batch is one transaction holding the
batch's articles, mentions and events together with every change fusion made to stored
events (ids, forest links, aliases) and the canonical originals of syndicated copies: a run
killed at any point leaves a store that a second run completes to the very store one
uninterrupted run would have made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .errors import CommuniqueError
from .fuse import Fuser
from .pipeline import Pipeline
from .store import Store
from .types import Article, ArticleResult, RawDoc

__all__ = ["IngestStats", "ingest"]


@dataclass
class IngestStats:
    """What one ingest did."""

    stored: int = 0  # articles written (new or changed)
    skipped: int = 0  # articles already stored with the same text


def ingest(store: Store, pipe: Pipeline, inputs: Iterable[RawDoc | CommuniqueError], *,
           on_error: Callable[[CommuniqueError], None], batch_size: int = 64,
           tick: Callable[[int, str], None] | None = None) -> IngestStats:
    """Run ``inputs`` through ``pipe`` into ``store``; articles already stored unchanged are skipped.

    Fusion reads stored events through date-windowed lookups (``Store.fusion_window``), never
    the whole store, and forgets what it holds past ``Fuser.max_nodes`` between batches."""
    stats = IngestStats()
    fuser = Fuser(window_days=pipe.settings.fuse_window_days, source=store)

    def fresh(articles: Iterable[Article]) -> Iterator[Article]:
        for art in articles:
            if store.has_article(art.id, art.fingerprint):
                stats.skipped += 1
                continue
            yield art

    def flush(batch: list[ArticleResult]) -> None:
        store.write(batch, fusion=fuser.take_changes())
        stats.stored += len(batch)
        fuser.trim()

    batch: list[ArticleResult] = []
    articles = pipe.articles(inputs, on_error=on_error)
    for result in pipe.run_articles(fresh(articles), fuser=fuser, lookup=store.near_duplicate_of):
        batch.append(result)
        if tick is not None:
            tick(1, f"{stats.skipped} unchanged")
        if len(batch) >= batch_size:
            flush(batch)
            batch = []
    if batch:
        flush(batch)
    return stats
