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
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TypeVar

from ._guard import is_interrupt, reraise_interrupt
from ._ids import IdGuard
from .errors import CommuniqueError, InterruptedRunError
from .fuse import Fuser
from .pipeline import Pipeline
from .store import Store
from .store._batches import write_resilient
from .store._errors import store_error
from .types import Article, ArticleResult, RawDoc

__all__ = ["IngestStats", "ingest", "store_results"]

ErrorHandler = Callable[[CommuniqueError], None]


@dataclass
class IngestStats:
    """What one ingest did: ``stored`` counts rows written, not articles attempted."""

    stored: int = 0  # articles written (new or changed)
    skipped: int = 0  # articles already stored with the same text
    replaced: int = 0  # of the stored, those that replaced another text under their id (--replace)
    #: the store's counts after the run (articles, mentions, events, event_ids)
    totals: dict[str, int] = field(default_factory=dict)


def _raise(err: CommuniqueError) -> None:
    raise err


class _Batches:
    """Writes results in batches, each with the fusion changes made since the last one; a batch
    that fails for a reason of its own rows is written again row by row (``write_resilient``)."""

    def __init__(self, store: Store, fuser: Fuser, batch_size: int, stats: IngestStats, replace: bool = False,
                 on_error: ErrorHandler = _raise):
        self.store, self.fuser, self.size, self.stats = store, fuser, max(1, batch_size), stats
        self.replace, self.on_error = replace, on_error
        self.batch: list[ArticleResult] = []

    def add(self, result: ArticleResult) -> None:
        self.batch.append(result)
        if len(self.batch) >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            done = write_resilient(self.store, self.batch, self.on_error, replace=self.replace,
                                   fusion=self.fuser.take_changes())
            self.stats.stored += done.written
            self.stats.replaced += done.replaced
            self.stats.skipped += done.skipped
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


def ingest(store: Store, pipe: Pipeline, inputs: Iterable[RawDoc | Article | CommuniqueError], *,
           on_error: ErrorHandler, batch_size: int = 64, tick: Callable[[int, str], None] | None = None,
           reprocess: bool = False, replace: bool = False,
           replace_option: str | None = "--replace") -> IngestStats:
    """Run ``inputs`` through ``pipe`` into ``store``; articles already stored unchanged are
    skipped, or, with ``reprocess``, analysed again and replaced (after the knowledge base or
    the rules changed); a stored event found again keeps its id and its place in its cluster.
    A different text under a stored id is an error (``DuplicateIdError``) unless ``replace``; its
    hint names ``replace_option``, the caller's way to ask for that (None: the caller has none).

    Every record is guarded: a bad one costs one error and never its neighbours; errors of the
    store itself (full disk, damaged file) end the run with one ``StoreError``. Fusion reads
    stored events through date-windowed lookups (``Store.fusion_window``), never the whole
    store, and forgets what it holds past ``Fuser.max_nodes`` between batches."""
    import duckdb

    stats = IngestStats()
    db = str(store.path)
    try:
        fuser = Fuser(window_days=pipe.settings.fuse_window_days, source=store)
        out = _Batches(store, fuser, batch_size, stats, replace=reprocess, on_error=on_error)
        guard = IdGuard(_mapped(store.content_key_of, db), replace=replace, reprocess=reprocess,
                        replace_option=replace_option, stored_text=_mapped(store.text_of, db))
        articles = guard.filter(pipe.articles(inputs, on_error), on_error)
        told = _teller(tick, stats, guard)
        for result in pipe.run_articles(articles, fuser=fuser, lookup=_mapped(store.near_duplicate_of, db),
                                        on_error=on_error):
            out.add(result)
            told(1)
        out.flush()
        told(0)  # the last batch is stored: the closing progress line counts it (it said 4992 of 5000)
        stats.totals = store.stats()
    except (duckdb.Error, RuntimeError) as exc:
        if is_interrupt(exc):  # Ctrl-C while DuckDB ran a statement
            raise interrupted(stats, db, reprocess) from None
        if isinstance(exc, RuntimeError):
            raise
        raise store_error(exc, db, "reading the database") from exc
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM under communique._signals.interruptible
        raise interrupted(stats, db, reprocess) from None
    stats.skipped += guard.unchanged
    return stats


def _teller(tick: Callable[[int, str], None] | None, stats: IngestStats, guard: IdGuard) -> Callable[[int], None]:
    """Advance the progress by ``n`` analysed articles and the unchanged ones skipped since the
    last call (a rerun after a killed run ended at '92/300 (30%)' with 208 skipped), saying how
    many are stored and unchanged."""
    skipped = [0]

    def told(n: int) -> None:
        if tick is not None:
            n, skipped[0] = n + guard.unchanged - skipped[0], guard.unchanged
            tick(n, f"{stats.stored} stored, {guard.unchanged + stats.skipped} unchanged")
    return told


def interrupted(stats: IngestStats, db: str, reprocess: bool = False) -> InterruptedRunError:
    """The error that ends an ingest stopped from outside: what it kept, and how to go on."""
    hint = ("run the same command again: every article is analysed again and replaced, nothing is duplicated"
            if reprocess else
            "run the same command again to store the rest: stored articles are skipped, nothing is duplicated")
    return InterruptedRunError(f"interrupted; the {stats.stored} article(s) stored before it are kept",
                               input=db, hint=hint)


def _mapped(fn: Callable[..., T], db: str) -> Callable[..., T]:
    """``fn`` with DuckDB errors turned into a ``StoreError`` naming the cause."""
    import duckdb

    def call(*args: object) -> T:
        try:
            return fn(*args)
        except (duckdb.Error, RuntimeError) as exc:
            reraise_interrupt(exc)  # Ctrl-C while DuckDB ran the lookup: the run's, no record's
            if isinstance(exc, RuntimeError):
                raise
            raise store_error(exc, db, "reading the database") from exc

    return call


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
