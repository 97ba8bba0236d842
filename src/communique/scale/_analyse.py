"""The map side: one actor per worker runs the local engine's per-article function.

Each ``Analyser`` builds one ``Pipeline`` (spaCy model, knowledge base, lexicon) when it
starts and then, for each batch of raw documents, does what the local engine does:
``Pipeline.clean`` (with the language gate) of each, then ``Pipeline.analyse_batch`` of the
articles not already stored (their texts through ``nlp.pipe`` together, as the local engine's
workers parse them, then the analysis). A batch's results go to three Parquet part files under the
output directory (``articles/``, ``mentions/``, ``events/``, the store's own table layouts plus
an ``order`` column); the actor returns one summary row per input (written, skipped as already
stored, or the error it met) with the notes about it (a text cut at the article cap), and one
per note of the reader (status ``note``), for the driver to show as the local engine does.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from ..config import Settings
from ..errors import CommuniqueError, InputError
from ..store._rows import content_key, to_tables
from ..types import Article, ArticleResult, RawDoc
from ._inputs import RAW_FIELDS

__all__ = ["Analyser", "SUMMARY_SCHEMA", "TABLES"]

TABLES = ("articles", "mentions", "events")
SUMMARY_SCHEMA = pa.schema([("order", pa.int64()), ("doc_id", pa.string()), ("part", pa.string()),
                            ("status", pa.string()), ("events", pa.int32()), ("error_code", pa.string()),
                            ("error", pa.string()), ("notes", pa.list_(pa.string()))])

#: what became of one row: its result, "unchanged", "note" (a reader's note), or the error it met
Outcome = ArticleResult | str | CommuniqueError


class _RowError(CommuniqueError):
    """An error the reader met on a row, carried with its code and message as they came."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code

    def __str__(self) -> str:
        return self.message


def _resolve_dir(out_dir: str) -> tuple[pafs.FileSystem, str]:
    if "://" in out_dir:
        return pafs.FileSystem.from_uri(out_dir)
    return pafs.LocalFileSystem(), out_dir


class Analyser:
    """A Ray actor class (``map_batches(Analyser, concurrency=N)``): loads the models once."""

    def __init__(self, settings: Settings, out_dir: str, extra: tuple[str, ...] = (),
                 stored: Collection[tuple[str, str]] = ()):
        from ..pipeline import Pipeline

        self.pipe = Pipeline(settings, extra=extra)
        self.notes: list[str] = []  # the cleaner's, about the row being cleaned
        self.pipe.cleaner.notify = self.notes.append
        self.fs, self.out_dir = _resolve_dir(out_dir)
        for table in TABLES:
            self.fs.create_dir(f"{self.out_dir}/{table}", recursive=True)
        self.stored = set(stored)

    def _cleaned(self, row: dict[str, Any]) -> Article | str | CommuniqueError:
        """The row's cleaned article, "unchanged" when it is stored with the same text, or its error."""
        try:
            article = self.pipe.clean(self.pipe.cleaner.dated(RawDoc(**{f: row[f] for f in RAW_FIELDS})))
        except CommuniqueError as err:
            return err
        except (ValueError, UnicodeError, RecursionError, MemoryError) as exc:
            return InputError(f"could not process the document: {exc.__class__.__name__}: {exc}",
                              input=row.get("origin") or row["id"], hint="the input may be corrupt")
        return "unchanged" if (article.id, content_key(article)) in self.stored else article

    def _first(self, row: dict[str, Any]) -> tuple[Article | str | CommuniqueError, list[str]]:
        """The row's cleaned article (or what stands for it) and the notes about it."""
        if row.get("error_code"):
            return _RowError(str(row["error_code"]), str(row.get("error"))), []
        if row.get("note") is not None:
            return "note", [str(row["note"])]
        self.notes.clear()
        return self._cleaned(row), list(self.notes)

    def _outcomes(self, rows: list[dict[str, Any]]) -> list[tuple[Outcome, list[str]]]:
        """Per row: its result, "unchanged", "note", or the error it met (the reader's, or a
        stage's), with the notes about it."""
        cleaned = [self._first(row) for row in rows]
        todo = [c for c, _ in cleaned if isinstance(c, Article)]
        analysed = iter(self.pipe.analyse_batch(todo))
        return [(next(analysed) if isinstance(c, Article) else c, notes) for c, notes in cleaned]

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = batch.to_pylist()
        part = uuid.uuid4().hex
        summary: dict[str, list[Any]] = {name: [] for name in SUMMARY_SCHEMA.names}
        results: list[ArticleResult] = []
        orders: list[int] = []
        for row, (outcome, notes) in zip(rows, self._outcomes(rows)):
            status, n_events, code, message = "error", 0, None, None
            if isinstance(outcome, ArticleResult):
                status, n_events = "written", len(outcome.events)
                results.append(outcome)
                orders.append(int(row["order"]))
            elif isinstance(outcome, CommuniqueError):
                code, message = outcome.code, str(outcome)
            else:
                status = outcome
            for name, value in zip(SUMMARY_SCHEMA.names, (int(row["order"]), row["id"], part if status == "written"
                                                          else None, status, n_events, code, message, notes)):
                summary[name].append(value)
        if results:
            self._write(part, results, orders)
        return pa.table(summary, schema=SUMMARY_SCHEMA)

    def _write(self, part: str, results: list[ArticleResult], orders: list[int]) -> None:
        arts, ments, evs = to_tables(results)
        by_doc = dict(zip((r.article.id for r in results), orders))
        arts = arts.append_column("order", pa.array(orders, pa.int64()))
        docs = evs.column("doc_id").to_pylist()
        evs = evs.append_column("order", pa.array([by_doc[d] for d in docs], pa.int64()))
        # the reduce fuses undated events at their article's publication date, as the local engine does
        published = {r.article.id: r.article.published for r in results}
        evs = evs.append_column("published", pa.array([published[d] for d in docs], pa.string()))
        for name, table in zip(TABLES, (arts, ments, evs)):
            pq.write_table(table, f"{self.out_dir}/{name}/part-{part}.parquet", filesystem=self.fs)
