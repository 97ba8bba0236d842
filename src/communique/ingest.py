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
from dataclasses import dataclass, replace
from itertools import islice
from typing import TypeVar

from .errors import CommuniqueError
from .fuse import Fuser
from .pipeline import Pipeline
from .store import Store
from .types import Article, ArticleResult, RawDoc

__all__ = ["IngestStats", "ingest", "store_results"]


@dataclass
class IngestStats:
    """What one ingest did."""

    stored: int = 0  # articles written (new or changed)
    skipped: int = 0  # articles already stored with the same text


class _Batches:
    """Writes results in batches, each with the fusion changes made since the last one."""

    def __init__(self, store: Store, fuser: Fuser, batch_size: int, stats: IngestStats, replace: bool = False):
        self.store, self.fuser, self.size, self.stats = store, fuser, max(1, batch_size), stats
        self.replace = replace
        self.batch: list[ArticleResult] = []

    def add(self, result: ArticleResult) -> None:
        self.batch.append(result)
        if len(self.batch) >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            self.store.write(self.batch, fusion=self.fuser.take_changes(), replace=self.replace)
            self.stats.stored += len(self.batch)
            self.batch = []
            self.fuser.trim()


T = TypeVar("T")


def _fresh(store: Store, items: Iterable[T], article_of: Callable[[T], Article], stats: IngestStats,
           chunk: int) -> Iterator[T]:
    """``items`` less those whose article is stored unchanged, asked of the store a chunk at a time."""
    it = iter(items)
    while True:
        part = list(islice(it, max(1, chunk)))
        if not part:
            return
        known = store.unchanged([article_of(x) for x in part])
        stats.skipped += sum(1 for x in part if article_of(x).id in known)
        yield from (x for x in part if article_of(x).id not in known)


def ingest(store: Store, pipe: Pipeline, inputs: Iterable[RawDoc | CommuniqueError], *,
           on_error: Callable[[CommuniqueError], None], batch_size: int = 64,
           tick: Callable[[int, str], None] | None = None, reprocess: bool = False) -> IngestStats:
    """Run ``inputs`` through ``pipe`` into ``store``; articles already stored unchanged are
    skipped, or, with ``reprocess``, analysed again and replaced (after the knowledge base or
    the rules changed); a stored event found again keeps its id and its place in its cluster.

    Fusion reads stored events through date-windowed lookups (``Store.fusion_window``), never
    the whole store, and forgets what it holds past ``Fuser.max_nodes`` between batches."""
    stats = IngestStats()
    fuser = Fuser(window_days=pipe.settings.fuse_window_days, source=store)
    out = _Batches(store, fuser, batch_size, stats, replace=reprocess)
    articles: Iterable[Article] = pipe.articles(inputs, on_error=on_error)
    if not reprocess:
        articles = _fresh(store, articles, lambda a: a, stats, batch_size)
    for result in pipe.run_articles(articles, fuser=fuser, lookup=store.near_duplicate_of):
        out.add(result)
        if tick is not None:
            tick(1, f"{stats.skipped} unchanged")
    out.flush()
    return stats


def store_results(store: Store, results: Iterable[ArticleResult], *, batch_size: int = 64,
                  window_days: int = 3) -> IngestStats:
    """Fuse and store results the pipeline already made (their event ids are re-assigned),
    skipping articles already stored: ``ingest`` without the NLP, for re-fusion, for a
    distributed run whose workers only analyse, and for tests."""
    stats = IngestStats()
    fuser = Fuser(window_days=window_days, source=store)
    out = _Batches(store, fuser, batch_size, stats)
    for res in _fresh(store, results, lambda r: r.article, stats, batch_size):
        events = fuser.add(res.events, published=res.article.published)
        out.add(replace(res, events=tuple(events)))
    out.flush()
    return stats
