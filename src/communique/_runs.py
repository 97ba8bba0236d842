"""The two batch runs behind ``communique extract`` and ``communique ingest``, as library calls.

Both read, clean, check ids (:class:`IdGuard`), run the NLP stages and, for ``ingest``, write
through :func:`write_resilient`: every record is guarded from reading to storing, so a bad
record costs one error line and never its neighbours. Errors of the store itself (full disk,
damaged file) end the run with one :class:`StoreError`.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ._ids import IdGuard
from .errors import CommuniqueError, OutputError
from .types import EVENT_TYPES, ArticleResult, RawDoc

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline
    from .store import Store

__all__ = ["extract_results", "ingest_results", "IngestCounts", "atomic_output"]

ErrorHandler = Callable[[CommuniqueError], None]
Tick = Callable[..., Any]


def extract_results(pipe: "Pipeline", inputs: Iterable[RawDoc | CommuniqueError],
                    on_error: ErrorHandler) -> Iterator[ArticleResult]:
    """Results of every usable input; a second, different text under one id is an error."""
    guard = IdGuard()
    return pipe.run_articles(guard.filter(pipe.articles(inputs, on_error), on_error), on_error=on_error)


@dataclass
class IngestCounts:
    """What an ingest run did: ``stored`` counts rows written, not articles attempted."""

    stored: int = 0
    replaced: int = 0
    unchanged: int = 0
    #: the store's counts after the run (articles, mentions, events, event_ids)
    totals: dict[str, int] = field(default_factory=dict)


def ingest_results(pipe: "Pipeline", store: "Store", inputs: Iterable[RawDoc | CommuniqueError], *,
                   on_error: ErrorHandler, replace: bool = False, reprocess: bool = False,
                   batch_size: int = 64, tick: Tick | None = None) -> IngestCounts:
    """Store every usable input's article, mentions and events; return what was stored.

    ``replace``: a different text under a stored id becomes a new version (else an error).
    ``reprocess``: articles stored with the same text are processed and written again.
    """
    import duckdb

    from .pipeline import Fuser
    from .store._batches import write_resilient
    from .store._errors import store_error

    db = str(store.path)
    counts = IngestCounts()
    batch: list[ArticleResult] = []

    def flush() -> None:
        stats = write_resilient(store, batch, on_error, replace=reprocess)
        counts.stored += stats.written
        counts.replaced += stats.replaced
        counts.unchanged += stats.skipped
        batch.clear()

    try:
        fuser = Fuser(store.events_for_fusion(set(EVENT_TYPES), None, None),
                      window_days=pipe.settings.fuse_window_days)
        guard = IdGuard(_mapped(store.content_key_of, db), replace=replace, reprocess=reprocess)
        articles = guard.filter(pipe.articles(inputs, on_error), on_error)
        for result in pipe.run_articles(articles, fuser=fuser, lookup=_mapped(store.near_duplicate_of, db),
                                        on_error=on_error):
            batch.append(result)
            if tick:
                tick(1, f"{counts.stored} stored, {guard.unchanged + counts.unchanged} unchanged")
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
        counts.totals = store.stats()
    except duckdb.Error as exc:
        raise store_error(exc, db, "reading the database") from exc
    counts.unchanged += guard.unchanged
    return counts


def _mapped(fn: Callable[..., Any], db: str) -> Callable[..., Any]:
    """``fn`` with DuckDB errors turned into a ``StoreError`` naming the cause."""
    import duckdb

    from .store._errors import store_error

    def call(*args: Any) -> Any:
        try:
            return fn(*args)
        except duckdb.Error as exc:
            raise store_error(exc, db, "reading the database") from exc

    return call


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[str]]:
    """A text file written under a temporary name and renamed into place when complete: a failed
    or killed run never leaves a half-written file under the real name, nor its ``.part``."""
    p = Path(path)
    tmp = p.with_name(p.name + ".part")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, p)
    except OSError as exc:
        _remove(tmp)
        from .store._errors import cause_of

        why = {"disk-full": "the disk is full", "read-only": "the file or its folder is read-only"}.get(
            cause_of(exc), exc.strerror or str(exc))
        if exc.errno == errno.EFBIG:
            why = "a file-size limit was reached"
        raise OutputError(f"cannot write the output: {why}", input=str(path),
                          hint="free space, or give -o a path in a folder you can write to") from exc
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
