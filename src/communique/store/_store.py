"""The DuckDB store: idempotent writes of articles, mentions and events; queries; exports."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import duckdb
import pyarrow as pa

from .._guard import reraise_interrupt
from .._safe import need_arg, need_path
from ..errors import OutputError, StoreError
from ..types import Article, ArticleResult, Event
from . import _fusion, _migrations
from ._migrations import rollback
from ._browse import Browser
from ._errors import foreign_file, locked_error, store_error, unusable_path, write_failure
from ._events import by_event_sql
from ._export import FORMATS, write_export, write_lines
from ._query import EventQuery, date_clause, exchange_sql, undated_sql
from ._rows import (EVENT_COLUMNS, content_key, row_to_article, row_to_event, row_to_mention,
                    to_tables)

_U64 = (1 << 64) - 1
#: what ``Fuser.take_changes`` returns: {(doc_id, seq): (event_id, parent, score)}, {alias: event_id}
FusionChanges = tuple[Mapping[tuple[str, int], tuple[str, "tuple[str, int] | None", float]], Mapping[str, str]]
_CHUNK = 10_000


@dataclass(frozen=True)
class WriteStats:
    """What one :meth:`Store.write` call did."""

    written: int = 0  # articles inserted (new or replaced)
    replaced: int = 0  # of those, articles that were stored before with another fingerprint
    skipped: int = 0  # articles already stored with the same fingerprint
    mentions: int = 0  # mention rows inserted
    events: int = 0  # event rows inserted


def _name(out: str | Path | IO[str]) -> str:
    """An output's name in a message: its path, or the stream's name (standard output)."""
    if isinstance(out, (str, Path)):
        return str(out)
    name = str(getattr(out, "name", "<stdout>"))
    return "standard output" if name == "<stdout>" else name


def _latest(results: Sequence[ArticleResult]) -> dict[str, ArticleResult]:
    """The results by article id, the last one for an id winning (and placed where it came)."""
    latest: dict[str, ArticleResult] = {}
    for res in results:
        latest.pop(res.article.id, None)
        latest[res.article.id] = res
    return latest


#: Top-N queries up to this many rows read only the key columns of the whole table and the other
#: columns of the rows kept (DuckDB's late materialisation; its default of 50 rows is below a page).
LATE_MATERIALISATION_ROWS = 1001


def _new_or_empty(path: Path) -> bool:
    """Whether ``path`` holds no database yet: no file, or an empty one (left by a run stopped
    before DuckDB wrote its header, or made by ``mktemp``), which DuckDB refuses to open."""
    try:
        return path.stat().st_size == 0
    except OSError:
        return not os.path.lexists(path)


def _remove_new(path: Path, only_empty: bool = False) -> None:
    """Remove the database file at ``path`` (if ``only_empty``, only when it is empty) and its
    write-ahead log: a new store that failed to open left a header-only file (a full disk) that
    every later run called damaged, and DuckDB opens no empty file."""
    try:
        if not path.is_file() or (only_empty and path.stat().st_size):
            return
        for p in (path, path.with_name(path.name + ".wal")):
            p.unlink(missing_ok=True)
    except OSError:
        pass


def _refuse_newer(con: duckdb.DuckDBPyConnection, db: str) -> None:
    """Refuse to write a database a newer communique made: its schema has changes this version
    does not know, and rows written without them could be wrong or lost."""
    newer = _migrations.unknown(con)
    if newer:
        err = StoreError(f"the database was made by a newer version of communique (its schema has "
                         f"{', '.join(newer)}, unknown to this version)", input=db,
                         hint="upgrade communique to write to it, or give --db another file; reading "
                              "commands still work")
        err.cause = "newer-schema"
        raise err


def _connect(db: str, read_only: bool, lock_wait: float) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect``, retried while another process holds the file's lock, for ``lock_wait`` s."""
    deadline = time.monotonic() + lock_wait
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(db, read_only=read_only)
            con.execute(f"SET GLOBAL late_materialization_max_rows = {LATE_MATERIALISATION_ROWS}")
            return con
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


class Store:
    """An embedded DuckDB file holding articles, their mentions and their events.

    Opening a store creates the file if needed and applies pending migrations
    (in ``read_only`` mode too: the file is upgraded first, see ``_upgraded``). DuckDB
    allows one writing process per file: a file locked by another process is
    retried for ``lock_wait`` seconds (so that a short reader, such as the
    server taking a snapshot, does not fail a starting ingest), then raises
    :class:`StoreError`. Use as a context manager or call :meth:`close`.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, lock_wait: float = 3.0) -> None:
        self.path = Path(need_path("Store: path", path))
        need_arg("Store: read_only", read_only, bool, "True or False")
        self.read_only = read_only
        self._memo: dict[str, Any] = {}
        self._check_path()
        made = not read_only and _new_or_empty(self.path)
        self.created = made  # whether this store made the database (none, or an empty file, was there)
        try:
            self._con = self._open(lock_wait, made)
            self._prepare(lock_wait)
        except BaseException as exc:
            if made and getattr(exc, "cause", None) != "locked":
                _remove_new(self.path)  # a file this run made and could not finish is not left behind
            reraise_interrupt(exc)  # Ctrl-C while DuckDB opened or checked the file
            raise

    def _check_path(self) -> None:
        """Refuse a path no store can be at: none to read, a folder, a device, a foreign file."""
        if self.read_only and not self.path.exists():
            raise StoreError("no database here", input=str(self.path),
                             hint="run `communique ingest` first, or give the right file with --db")
        foreign = unusable_path(self.path) or foreign_file(self.path, self.read_only)
        if foreign is not None:
            raise foreign

    def _open(self, lock_wait: float, new: bool) -> duckdb.DuckDBPyConnection:
        """The connection to the file (made, with its folder, when writing to a ``new`` path)."""
        db = str(self.path)
        try:
            if not self.read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            if new:
                _remove_new(self.path, only_empty=True)
            return _connect(db, self.read_only, lock_wait)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise locked_error(exc, db) from exc
            raise store_error(exc, db, "opening the database") from exc
        except (duckdb.Error, OSError) as exc:
            raise store_error(exc, db, "opening the database") from exc

    def _prepare(self, lock_wait: float) -> None:
        """Apply the pending migrations; read-only, upgrade the file first (see ``_upgraded``)."""
        db = str(self.path)
        try:
            if self.read_only:
                missing = _migrations.pending(self._con)
                if missing:
                    self._con = self._upgraded(missing, lock_wait)
            else:
                _refuse_newer(self._con, db)
                _migrations.migrate(self._con, db=db)
        except duckdb.Error as exc:
            self._con.close()
            raise store_error(exc, db, "opening the database") from exc
        except BaseException:
            self._con.close()
            raise

    def _upgraded(self, missing: list[str], lock_wait: float) -> duckdb.DuckDBPyConnection:
        """A read-only connection to the file once its older schema is upgraded: the reading
        commands and the server's snapshot read a store an older communique made (they refused
        it, with a hint to run an ingest that needs inputs to run). Where the file cannot be
        written, the error says what is missing and how to upgrade it; where another process holds
        it, that it is locked."""
        db = str(self.path)
        self._con.close()
        try:
            con = _connect(db, False, lock_wait)
            try:
                _refuse_newer(con, db)  # (pending and unknown migrations both: another branch wrote it)
                _migrations.migrate(con, db=db)
            finally:
                con.close()
        except (duckdb.Error, OSError) as exc:
            if "conflicting lock" in str(exc).lower():  # (cause_of reads its "open ... in read-only mode")
                raise locked_error(exc, db) from exc  # a reader elsewhere: no write access is missing
            raise StoreError(f"the database schema is not up to date (missing {', '.join(missing)}) and it cannot "
                             f"be upgraded here ({exc})", input=db,
                             hint="give write access to the file, or copy it somewhere writable, and run the "
                                  "command again: any command upgrades it") from exc
        return _connect(db, True, lock_wait)

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (idempotent)."""
        con = getattr(self, "_con", None)
        if con is not None:
            con.close()
            self._con = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _db(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError("the store is closed", input=str(self.path), hint="open a new Store")
        return self._con

    def _writable(self) -> duckdb.DuckDBPyConnection:
        con = self._db()
        if self.read_only:
            raise StoreError("the store is open read-only", input=str(self.path),
                             hint="open it with read_only=False to write")
        return con

    def migrations(self) -> list[str]:
        """Names of the migrations applied to this database, in order."""
        return _migrations.applied(self._db())

    # -- writing -------------------------------------------------------------------

    def write(self, results: Sequence[ArticleResult], fusion: FusionChanges | None = None, *,
              replace: bool = False) -> WriteStats:
        """Store a batch of results in one transaction; return what was done.

        An article already stored with the same id and fingerprint is skipped (replaced
        when ``replace`` is true: a reprocessed article); with the same id and another
        fingerprint, its row, mentions and events are replaced. Within one batch, the last result for an id wins. A failure
        rolls the whole batch back, so a restart can write it again without duplicates.

        ``fusion`` (``Fuser.take_changes()``) is written in the same transaction: the event
        id, parent and score of every mention fusion added or moved, and the aliases of
        merged clusters. Near-duplicate articles get their canonical original
        (``duplicate_of``: the earliest published, then the smallest id).
        """
        con = self._writable()
        latest = _latest(results)
        if not latest:
            return WriteStats()
        keys = {doc_id: content_key(r.article) for doc_id, r in latest.items()}
        try:
            con.execute("BEGIN TRANSACTION")
            done = self._write_batch(con, latest, keys, fusion, replace)
            con.execute("COMMIT")
        except BaseException as exc:
            rollback(con)  # a failed COMMIT (full disk) has already ended the transaction
            reraise_interrupt(exc)  # Ctrl-C while DuckDB ran a statement of the batch
            if isinstance(exc, (duckdb.Error, OSError)):
                raise store_error(exc, str(self.path), f"writing {len(latest)} article(s)") from exc
            raise
        return done

    def _write_batch(self, con: duckdb.DuckDBPyConnection, latest: dict[str, ArticleResult], keys: dict[str, str],
                     fusion: FusionChanges | None, replace: bool) -> WriteStats:
        """``write``'s work inside its transaction: the new and changed articles with their
        mentions and events (those they replace deleted first), then fusion's changes."""
        stored = dict(con.execute(
            "SELECT id, content_key FROM articles WHERE id IN (SELECT unnest(?))", [list(latest)]
        ).fetchall())
        todo = [r for doc_id, r in latest.items() if replace or stored.get(doc_id) != keys[doc_id]]
        replaced = [r.article.id for r in todo if r.article.id in stored]
        if replaced:
            for table, col in (("mentions", "doc_id"), ("events", "doc_id"), ("articles", "id")):
                con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT unnest(?))", [replaced])
        arts, ments, evs = to_tables(todo)
        rest: dict = {}
        if fusion is not None:
            evs, rest = _fusion.with_fusion(evs, fusion[0])
        for table, data in (("articles", arts), ("mentions", ments), ("events", evs)):
            if data.num_rows:
                self._insert(con, table, data)
        if fusion is not None:
            _fusion.apply_fusion(con, rest, fusion[1])
        _fusion.relink_copies(con, [r.article.id for r in todo if r.article.simhash])
        return WriteStats(written=len(todo), replaced=len(replaced), skipped=len(latest) - len(todo),
                          mentions=ments.num_rows, events=evs.num_rows)

    @staticmethod
    def _insert(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
        view = f"_new_{table}"
        con.register(view, data)
        try:
            cols = ", ".join(f'"{c}"' for c in data.column_names)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view}")
        finally:
            con.unregister(view)

    def update_event_ids(self, mapping: dict[tuple[str, int], str]) -> int:
        """Reassign event ids: ``{(doc_id, seq): event_id}``; return rows changed.

        ``seq`` is the event's position in its article (``Event.extra["store_seq"]``
        on events from :meth:`events_for_fusion`).
        """
        con = self._writable()
        if not mapping:
            return 0
        data = pa.table({"doc_id": [k[0] for k in mapping], "seq": pa.array([k[1] for k in mapping], pa.int32()),
                         "event_id": list(mapping.values())})
        con.execute("BEGIN TRANSACTION")
        try:
            con.register("_new_ids", data)
            n = con.execute(
                "UPDATE events SET event_id = n.event_id FROM _new_ids n "
                "WHERE events.doc_id = n.doc_id AND events.seq = n.seq"
            ).fetchone()
            con.unregister("_new_ids")
            con.execute("COMMIT")
        except duckdb.Error as exc:
            rollback(con)  # (a COMMIT failed on a full disk has ended the transaction already)
            raise write_failure(exc, str(self.path), "updating event ids", "nothing was changed") from exc
        return int(n[0]) if n else 0

    # -- reading -------------------------------------------------------------------

    def article_keys(self) -> set[tuple[str, str]]:
        """(id, content key) of every stored article: what ``has_article`` checks, in one read
        (the distributed ingest hands it to its workers)."""
        return {(str(i), str(k)) for i, k in self._db().execute("SELECT id, content_key FROM articles").fetchall()}

    def has_article(self, doc_id: str, fingerprint: str | None = None) -> bool:
        """Whether ``doc_id`` is stored (with this fingerprint, when one is given)."""
        con = self._db()
        if fingerprint is None:
            row = con.execute("SELECT 1 FROM articles WHERE id = ?", [doc_id]).fetchone()
        else:
            row = con.execute("SELECT 1 FROM articles WHERE id = ? AND (fingerprint = ? OR content_key = ?)",
                              [doc_id, fingerprint, fingerprint]).fetchone()
        return row is not None

    def content_key_of(self, doc_id: str) -> str | None:
        """The stored article's content key (what decides "same text"), or None if not stored."""
        return self._article_field(doc_id, "content_key")

    def text_of(self, doc_id: str) -> str | None:
        """The stored article's text, or None if not stored (or stored without one)."""
        return self._article_field(doc_id, "text")

    def _article_field(self, doc_id: str, column: str) -> str | None:
        """One column of the stored article ``doc_id`` (``column`` is the caller's literal, never input)."""
        row = self._db().execute(f"SELECT {column} FROM articles WHERE id = ?", [doc_id]).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def unchanged(self, articles: Sequence[Article]) -> set[str]:
        """Ids of ``articles`` already stored with the same text (one query for the lot)."""
        if not articles:
            return set()
        keys = {a.id: content_key(a) for a in articles}
        rows = self._db().execute(
            "SELECT id, fingerprint, content_key FROM articles WHERE id IN (SELECT unnest(?))",
            [list(keys)]).fetchall()
        return {i for i, fp, ck in rows if keys[i] in (fp, ck)}

    def stored_articles(self, page: int = 256) -> Iterator[Article]:
        """Every stored article as it was stored, by id, read a page at a time (``ingest --reprocess``
        with no inputs analyses them again: their source files may be gone)."""
        after = ""
        while True:
            cur = self._db().execute("SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", [after, page])
            names = [d[0] for d in cur.description]
            rows = [row_to_article(dict(zip(names, r))) for r in cur.fetchall()]
            yield from rows
            if len(rows) < page:
                return
            after = rows[-1].id

    def article_count(self) -> int:
        """How many articles are stored."""
        row = self._db().execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def get_result(self, doc_id: str) -> ArticleResult | None:
        """The stored article with its mentions and events, or None."""
        con = self._db()
        cur = con.execute("SELECT * FROM articles WHERE id = ?", [doc_id])
        names = [d[0] for d in cur.description]
        row = cur.fetchone()
        if row is None:
            return None
        article = row_to_article(dict(zip(names, row)))
        cur = con.execute("SELECT * FROM mentions WHERE doc_id = ? ORDER BY seq", [doc_id])
        names = [d[0] for d in cur.description]
        mentions = tuple(row_to_mention(dict(zip(names, r))) for r in cur.fetchall())
        cur = con.execute("SELECT * FROM events WHERE doc_id = ? ORDER BY seq", [doc_id])
        names = [d[0] for d in cur.description]
        events = tuple(row_to_event(dict(zip(names, r))) for r in cur.fetchall())
        return ArticleResult(article=article, mentions=mentions, events=events)

    def events_for_fusion(self, types: set[str], since: str | None, until: str | None) -> list[Event]:
        """Stored events of ``types`` dated within [since, until] (ISO prefixes), or undated."""
        con = self._db()
        if not types:
            return []
        clause, params = date_clause("date", since, until, keep_null=True)
        cur = con.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE type IN (SELECT unnest(?)) AND {clause} "
            "ORDER BY doc_id, seq", [sorted(types), *params])
        names = [d[0] for d in cur.description]
        return [row_to_event(dict(zip(names, r))) for r in cur.fetchall()]

    # -- fusion (the ``communique.fuse.FusionSource`` protocol) ----------------------------

    def fusion_window(self, type_: str, months: Sequence[str], years: Sequence[str],
                      undated: bool) -> list[tuple[Event, str | None, tuple[str, int] | None, float]]:
        """Stored events of ``type_`` dated (or, undated, published) in ``months`` (``YYYY-MM``)
        or dated by year only in ``years``; with ``undated``, those with neither. Each with its
        article's publication date and its fusion parent and score."""
        return _fusion.fusion_window(self._db(), type_, months, years, undated)

    def fusion_members(self, event_id: str) -> list[tuple[Event, str | None, tuple[str, int] | None, float]]:
        """Stored events of cluster ``event_id`` (as ``fusion_window``)."""
        return _fusion.fusion_members(self._db(), event_id)

    def resolve_event_id(self, event_id: str) -> str:
        """The current id of an event once known as ``event_id`` (merged clusters keep their
        old ids as aliases); ``event_id`` itself when it is current or unknown."""
        return _fusion.resolve_alias(self._db(), event_id)

    def canonical_lines(self) -> Iterator[str]:
        """The store as sorted JSON lines without ingestion times or aliases: two stores made
        from the same inputs by the same version give the same lines, however the runs were
        split, ordered or interrupted."""
        return _fusion.canonical_lines(self._db())

    def export_canonical(self, out: str | Path | IO[str], *, tick: Callable[[int], None] | None = None) -> int:
        """Write ``canonical_lines`` to ``out`` (a file, or an open text stream); return the number of
        lines. ``tick`` is told the lines written, a chunk at a time (a progress display)."""
        return write_lines(self._output(out), _ticking_lines(self.canonical_lines(), tick))

    def canonical_size(self) -> int:
        """The lines ``canonical_lines`` gives: a row of each article, mention and event."""
        stats = self.stats()
        return stats["articles"] + stats["mentions"] + stats["events"]

    def iter_query(self, q: EventQuery | None = None, *, chunk: int = _CHUNK) -> Iterator[list[dict[str, Any]]]:
        """Chunks of exchange-format dicts (plus ``published``, ``title``, ``url``).

        DuckDB shapes the records (structs for actors, location, evidence) and hands
        them over as Arrow batches; Python only rounds ``confidence`` as
        ``Event.to_exchange`` does.
        """
        need_arg("Store.iter_query: q", q, (EventQuery, type(None)), "an EventQuery (communique.store.make_query) or None")
        sql, params = exchange_sql(q or EventQuery())
        yield from self._chunks(sql, params, chunk)

    def _chunks(self, sql: str, params: list[Any], chunk: int) -> Iterator[list[dict[str, Any]]]:
        cur = self._db().cursor()
        try:
            for batch in cur.sql(sql, params=params).to_arrow_reader(chunk):
                rows = batch.to_pylist()
                for r in rows:
                    r["confidence"] = round(r["confidence"], 3)
                if rows:
                    yield rows
        finally:
            cur.close()

    def iter_events(self, q: EventQuery | None = None, *, chunk: int = _CHUNK) -> Iterator[list[dict[str, Any]]]:
        """Chunks of event-level rows: one per real event (cluster of reports) with a report
        matching ``q``, its face's exchange record plus ``reports``, ``articles``, ``outlets``,
        ``first_reported`` and ``last_reported`` (see ``communique.store._events``)."""
        sql, params = by_event_sql(q or EventQuery())
        return self._chunks(sql, params, chunk)

    def query_events(self, q: EventQuery | None = None) -> list[dict[str, Any]]:
        """``iter_events`` as one list."""
        return [row for chunk in self.iter_events(q) for row in chunk]

    def event_reports(self, event_id: str) -> tuple[str, list[dict[str, Any]]]:
        """The current id of ``event_id`` (an old id of a merged event resolves to the event it
        joined) and every report of it, face first, each with its article's ``published``,
        ``title``, ``url`` and ``outlet``; no rows when no event has that id."""
        return self.resolve_event_id(event_id), self.browser().reports(event_id)

    def browser(self) -> Browser:
        """Paged, aggregate and per-article reads (see :class:`Browser`); safe to share across threads.

        Over a read-only store (whose data cannot change while it is open) the browsers share a
        memo of answers that depend on the whole store."""
        return Browser(lambda: self._db().cursor(), self._memo if self.read_only else None)

    def query(self, q: EventQuery | None = None) -> list[dict[str, Any]]:
        """Events matching ``q`` as exchange-format dicts, ordered by date, document, position."""
        return [row for chunk in self.iter_query(q) for row in chunk]

    def actor_codes(self) -> set[str]:
        """Every actor code among the stored events."""
        rows = self._db().execute("SELECT DISTINCT unnest(actor_codes) FROM events").fetchall()
        return {r[0] for r in rows if r[0]}

    def count_undated(self, q: EventQuery) -> int:
        """How many events without a date match ``q``'s other filters: with a date filter, those it
        keeps (``undated="include"``) or leaves out (``"exclude"``)."""
        sql, params = undated_sql(q)
        row = self._db().execute(sql, params).fetchone()
        return int(row[0]) if row else 0

    def export(self, fmt: str, out: str | Path | IO[str], q: EventQuery | None = None, *,
               by_event: bool = False, tick: Callable[[int], None] | None = None) -> int:
        """Write the events matching ``q`` to ``out`` as ``jsonl``, ``csv`` or ``parquet``, one row
        per report or, with ``by_event``, one per real event (``iter_events``); return rows. ``out``
        is a file, or an open text stream for jsonl and csv. ``tick`` is told the rows of each
        chunk once it is written (a progress display)."""
        need_arg("Store.export: fmt", fmt, str, f"one of {', '.join(FORMATS)}")
        if not isinstance(out, (str, os.PathLike)) and not hasattr(out, "write"):
            need_arg("Store.export: out", out, (str, os.PathLike), "a file path or an open text stream")
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise StoreError(f"unknown export format {fmt!r}", input=_name(out),
                             hint=f"use one of {', '.join(FORMATS)}")
        if fmt == "parquet" and not isinstance(out, (str, Path)):
            raise StoreError("parquet is binary and is written to a file, not to a text stream",
                             input=_name(out), hint="give a file name, e.g. events.parquet, or export jsonl or csv")
        if by_event:
            return write_export(fmt, self._output(out), _ticking(self.iter_events(q), tick), level="event")
        return write_export(fmt, self._output(out), _ticking(self.iter_query(q), tick))

    def _output(self, out: str | Path | IO[str]) -> Path | IO[str]:
        """``out`` as a path (a stream as it is), refused when it is this store's own file or its
        write-ahead log (``export --db x.duckdb -o x.duckdb`` replaced the database with its export)."""
        if not isinstance(out, (str, Path)):
            return out
        out = Path(out)
        for own in (self.path, self.path.with_name(self.path.name + ".wal")):
            same = out.resolve() == own.resolve()
            if not same and out.exists() and own.exists():
                same = os.path.samefile(out, own)
            if same:
                raise OutputError("the output file is the database itself; writing it would destroy the store",
                                  input=str(out), hint="give -o another file name, e.g. events.jsonl")
        return out

    def stats(self) -> dict[str, int]:
        """Counts: articles, mentions, events, distinct event ids."""
        con = self._db()
        row = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
            "(SELECT count(*) FROM events), (SELECT count(DISTINCT event_id) FROM events)"
        ).fetchone()
        assert row is not None
        return {"articles": row[0], "mentions": row[1], "events": row[2], "event_ids": row[3]}

    def near_duplicate_of(self, simhash: int, max_distance: int = 3) -> str | None:
        """The id of a stored article whose simhash differs in at most ``max_distance`` bits."""
        con = self._db()
        row = con.execute(
            "SELECT id FROM articles WHERE simhash IS NOT NULL AND bit_count(xor(simhash, ?::UBIGINT)) <= ? "
            "ORDER BY bit_count(xor(simhash, ?::UBIGINT)), id LIMIT 1",
            [simhash & _U64, max_distance, simhash & _U64]).fetchone()
        return row[0] if row else None


def _ticking_lines(lines: Iterator[str], tick: Callable[[int], None] | None, every: int = _CHUNK) -> Iterator[str]:
    """``lines``, telling ``tick`` of each ``every`` once the consumer comes back for the next (and of
    the rest at the end): ``_ticking`` for a stream of lines, without a call a line."""
    n = 0
    for line in lines:
        yield line
        n += 1
        if n == every and tick is not None:
            tick(n)
            n = 0
    if n and tick is not None:
        tick(n)


def _ticking(chunks: Iterator[list[dict[str, Any]]],
             tick: Callable[[int], None] | None) -> Iterator[list[dict[str, Any]]]:
    """``chunks``, telling ``tick`` each one's rows once the consumer comes back for the next."""
    for chunk in chunks:
        yield chunk
        if tick is not None:
            tick(len(chunk))
