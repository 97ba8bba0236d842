"""Reads while an ingest writes: the server reads a snapshot copy of the store, never the file itself.

DuckDB lets one process write a file, and a writer cannot open it while any other
process holds it open, even read-only. So the server never keeps the store open:
a background thread watches the file and, when it changed and no writer holds it,
opens it read-only for the moment it takes to copy it (and its WAL) into a private
folder, then serves reads from the copy. While ``communique ingest`` runs, the file
is locked: the server keeps answering from the last snapshot and says so in
``/api/health``; the next snapshot is taken when the ingest has finished.
``Store`` retries a locked file for a few seconds, so an ingest started during a
copy waits for it instead of failing.

Readers lease a snapshot; a replaced snapshot is closed and deleted when its last
reader (say, a streamed export) is done with it.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from ..errors import StoreError
from ..store import Store

T = TypeVar("T")
#: Results kept per snapshot (aggregates, counts): a snapshot never changes, so they never go stale.
CACHE_ENTRIES = 256


def _signature(db: Path) -> tuple[int, int, int, int]:
    """What changes when the store is written: size and mtime of the file and of its WAL."""
    sig = []
    for p in (db, db.with_name(db.name + ".wal")):
        try:
            st = p.stat()
            sig += [st.st_size, st.st_mtime_ns]
        except FileNotFoundError:
            sig += [0, 0]
    return (sig[0], sig[1], sig[2], sig[3])


def _locked(exc: Exception) -> bool:
    return "lock" in str(exc).lower()


@dataclass
class Snapshot:
    """One read-only copy of the store and how many readers hold it."""

    store: Store
    path: Path
    signature: tuple[int, int, int, int]
    taken_at: float
    readers: int = 0
    retired: bool = False
    cache: OrderedDict[str, Any] = field(default_factory=OrderedDict)

    def drop(self) -> None:
        self.store.close()
        for p in (self.path, self.path.with_name(self.path.name + ".wal")):
            p.unlink(missing_ok=True)


@dataclass
class Snapshots:
    """The current snapshot of ``db``, refreshed by :meth:`refresh` (or the watcher thread)."""

    db: Path
    folder: Path | None = None
    poll_seconds: float = 1.0
    writer_active: bool = False
    last_error: str | None = None
    _current: Snapshot | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _refreshing: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _count: int = 0
    _own_folder: bool = False

    def __post_init__(self) -> None:
        self.db = Path(self.db)
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="communique-serve-"))
            self._own_folder = True
        else:
            Path(self.folder).mkdir(parents=True, exist_ok=True)

    # -- taking snapshots ---------------------------------------------------------------
    def refresh(self, force: bool = False, wait: bool = False) -> bool:
        """Take a new snapshot if the store changed (or ``force``) and no writer holds it; return whether
        one was taken. With ``wait``, a refresh under way elsewhere is waited for rather than skipped."""
        if not self._refreshing.acquire(blocking=wait):
            return False
        try:
            return self._refresh(force)
        finally:
            self._refreshing.release()

    def _refresh(self, force: bool) -> bool:
        if not self.db.is_file():
            raise StoreError("no database here", input=str(self.db),
                             hint="run `communique ingest` first, or give the right file with --db")
        con = self._open_shared()
        if con is None:
            return False  # an ingest holds the file: keep serving the last snapshot
        sig = _signature(self.db)
        if not force and self._current is not None and self._current.signature == sig:
            con.close()
            return False
        self._count += 1
        assert self.folder is not None
        target = Path(self.folder) / f"snapshot-{self._count}.duckdb"
        try:  # the shared lock keeps writers out while the bytes are copied
            sig = _signature(self.db)
            shutil.copyfile(self.db, target)
            wal = self.db.with_name(self.db.name + ".wal")
            if wal.is_file():
                shutil.copyfile(wal, target.with_name(target.name + ".wal"))
        finally:
            con.close()
        try:
            store = Store(target, read_only=True)
        except StoreError as exc:  # name the user's file, not the private copy
            target.unlink(missing_ok=True)
            target.with_name(target.name + ".wal").unlink(missing_ok=True)
            raise StoreError(exc.message, input=str(self.db), hint=exc.hint) from exc
        self._install(Snapshot(store, target, sig, time.time()))
        return True

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold off the watcher while this process writes the store: DuckDB refuses a read-only and
        a read-write connection to one file in one process at the same time."""
        with self._refreshing:
            yield

    def _open_shared(self) -> duckdb.DuckDBPyConnection | None:
        """A read-only connection to the store (a shared lock), or None while a writer holds it.

        Opened and closed at every poll, it also tells whether an ingest is running.
        """
        try:
            con = duckdb.connect(str(self.db), read_only=True)
        except duckdb.IOException as exc:
            if _locked(exc):
                self.writer_active = True
                return None
            raise StoreError(f"cannot open the database: {exc}", input=str(self.db),
                             hint="check that the file is a DuckDB database made by communique") from exc
        self.writer_active = False
        return con

    def _install(self, snap: Snapshot) -> None:
        with self._lock:
            old, self._current = self._current, snap
            if old is not None:
                old.retired = True
                if old.readers == 0:
                    old.drop()

    # -- reading --------------------------------------------------------------------------
    @contextmanager
    def lease(self) -> Iterator[Store]:
        """The current snapshot's store, kept open until the block ends."""
        with self._lease() as snap:
            yield snap.store

    def cached(self, key: str, compute: Callable[[Store], T]) -> T:
        """``compute(store)`` on the current snapshot, remembered for that snapshot under ``key``."""
        with self._lease() as snap:
            with self._lock:
                if key in snap.cache:
                    snap.cache.move_to_end(key)
                    return snap.cache[key]
            value = compute(snap.store)
            with self._lock:
                snap.cache[key] = value
                while len(snap.cache) > CACHE_ENTRIES:
                    snap.cache.popitem(last=False)
            return value

    @contextmanager
    def _lease(self) -> Iterator[Snapshot]:
        with self._lock:
            snap = self._current
            if snap is None:
                raise StoreError("no snapshot of the database yet", input=str(self.db),
                                 hint="the server is starting; retry in a moment")
            snap.readers += 1
        try:
            yield snap
        finally:
            with self._lock:
                snap.readers -= 1
                if snap.retired and snap.readers == 0:
                    snap.drop()

    def status(self) -> dict[str, Any]:
        """What ``/api/health`` reports about the data it serves."""
        snap = self._current
        return {"db": str(self.db), "snapshot_taken_at": snap.taken_at if snap else None,
                "snapshot_age_s": round(time.time() - snap.taken_at, 3) if snap else None,
                "writer_active": self.writer_active, "last_error": self.last_error}

    # -- the watcher ------------------------------------------------------------------------
    def start(self) -> None:
        """Take the first snapshot now, then watch the file from a daemon thread (again after a stop)."""
        assert self.folder is not None
        Path(self.folder).mkdir(parents=True, exist_ok=True)
        self.refresh(force=True)
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="communique-snapshots", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(self.poll_seconds):
            try:
                self.refresh()
                self.last_error = None
            except Exception as exc:  # keep serving the last snapshot; /api/health shows the problem
                self.last_error = str(exc)

    def stop(self) -> None:
        """Stop watching, close and delete the snapshots."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with self._lock:
            if self._current is not None:
                self._current.retired = True
                if self._current.readers == 0:
                    self._current.drop()
                self._current = None
        if self._own_folder and self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
