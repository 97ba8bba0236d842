"""The driver: inputs -> Ray Dataset -> actor pool -> Parquet -> keyed fusion -> results.

Steps, each on the cluster but the small bookkeeping in between:

1. the input files become a Dataset (one read task per file, ``_inputs``);
2. an actor pool runs the local per-article function and writes partitioned Parquet
   (``<out>/articles``, ``<out>/mentions``, ``<out>/events``; ``_analyse``);
3. the driver links near-duplicate articles (a pass over ids and 64-bit fingerprints only);
4. a keyed reduce by event type assigns event ids (``<out>/event_ids``; ``_fuse``);
5. the results come back part by part, in input order, with their ids: ``extract`` writes
   them, ``ingest`` stores them (``ingest_ray``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.fs as pafs

from ..clean import DuplicateIndex
from ..config import Settings
from ..errors import CommuniqueError, ConfigError, InputError
from ..read import ManifestTally, unmatched_note
from ..store._rows import row_to_article, row_to_event, row_to_mention, SEQ_KEY
from ..types import ArticleResult, Event
from ._analyse import TABLES, Analyser
from ._fuse import BLOCK_KEY, fuse_group
from ._inputs import expand_inputs, read_file_rows

__all__ = ["RayOptions", "RayRun", "run_ray"]

ErrorHandler = Callable[[CommuniqueError], None]
NoteHandler = Callable[[str], None]


@dataclass(frozen=True)
class RayOptions:
    """How to run on Ray.

    ``address``: an existing cluster (``auto``, ``ray://head:10001``); None starts a local Ray.
    ``workers``: actors in the pool (each loads the model once and takes one CPU).
    ``out_dir``: where the Parquet results go, a path every worker can write (shared disk,
    ``s3://...``); None is a temporary local folder, removed afterwards (local runs only).
    ``object_store_mb``: the object store of a local Ray (Ray's default is 30% of the memory).
    ``follow_symlinks``: read files and folders behind links in local input folders (``--follow-symlinks``).
    """

    address: str | None = None
    workers: int = 2
    out_dir: str | None = None
    object_store_mb: int = 512
    batch_size: int = 16
    progress: bool = False
    follow_symlinks: bool = False


@dataclass
class RayRun:
    """What one distributed run did (filled as it goes)."""

    written: int = 0  # articles analysed and written to Parquet
    unchanged: int = 0  # articles already stored with the same text (ingest)
    failed: int = 0  # inputs reported to ``on_error``
    out_dir: str = ""
    parts: dict[str, list[int]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each step

    @contextmanager
    def timed(self, step: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[step] = self.seconds.get(step, 0.0) + time.perf_counter() - t0


class _RemoteError(InputError):
    """An error a worker met, carried back as its code and message."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@contextmanager
def _ray_session(options: RayOptions) -> Iterator[None]:
    """Joins the running Ray, or starts one (local or at ``address``) and shuts it down after."""
    import ray

    if ray.is_initialized():
        yield
        return
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
    if options.address:
        kwargs["address"] = options.address
    else:
        kwargs.update(num_cpus=max(options.workers, 1), object_store_memory=options.object_store_mb << 20)
    ray.init(**kwargs)
    try:
        yield
    finally:
        ray.shutdown()


@contextmanager
def _output_dir(given: str | None) -> Iterator[tuple[pafs.FileSystem, str]]:
    if given is None:
        tmp = tempfile.mkdtemp(prefix="communique-ray-")
        try:
            yield pafs.LocalFileSystem(), tmp
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return
    fs, path = pafs.FileSystem.from_uri(given) if "://" in given else (pafs.LocalFileSystem(), os.path.abspath(given))
    info = fs.get_file_info(path)
    if info.type == pafs.FileType.File or (info.type == pafs.FileType.Directory
                                           and fs.get_file_info(pafs.FileSelector(path))):
        raise ConfigError("the output directory is not empty", input=given,
                          hint="give a new or empty directory: results of two runs must not mix")
    fs.create_dir(path, recursive=True)
    yield fs, path if "://" not in given else given


def _table(fs: pafs.FileSystem, path: str, columns: list[str] | None = None) -> pa.Table:
    base = path.split("://", 1)[1] if "://" in path else path
    return pads.dataset(base, filesystem=fs, format="parquet").to_table(columns=columns)


def _analyse(files: list[str], settings: Settings, options: RayOptions, out: str, run: RayRun,
             on_error: ErrorHandler, on_note: NoteHandler, tick: Callable[[int], None], *,
             manifest: Mapping[str, Any] | None, published: str | None, extra: Sequence[str],
             stored: set[tuple[str, str]]) -> None:
    """Steps 1 and 2: read and analyse; report each bad record and pass on each note (the
    readers' and the cleaner's: they were lost in the workers); note which part holds what."""
    import ray

    listing = ray.data.from_items([{"path": f, "file_no": i} for i, f in enumerate(files)],
                                  override_num_blocks=max(1, len(files)))
    read = partial(read_file_rows, manifest=manifest, published=published, max_bytes=settings.max_input_bytes)
    ds = listing.flat_map(read, num_cpus=0)
    pool = ray.data.ActorPoolStrategy(size=max(1, options.workers))
    ds = ds.map_batches(Analyser, compute=pool, num_cpus=1, batch_size=options.batch_size,
                        batch_format="pyarrow",
                        fn_constructor_kwargs={"settings": settings, "out_dir": out, "extra": tuple(extra),
                                               "stored": stored})
    tally = ManifestTally()  # (a file at a time, each file's reader cannot tell that the run matched none)
    for row in ds.iter_rows():
        for line in row["notes"] or ():
            on_note(str(line))
        if row["status"] == "note":
            continue  # (no document: the progress counts documents)
        if manifest and row["doc_id"] is not None:
            tally.add(str(row["doc_id"]), str(row["doc_id"]) in manifest)
        if row["status"] == "error":
            run.failed += 1
            on_error(_RemoteError(str(row["error_code"]), str(row["error"])))
        elif row["status"] == "unchanged":
            run.unchanged += 1
        else:
            run.written += 1
            run.parts.setdefault(str(row["part"]), []).append(int(row["order"]))
        tick(1)
    if manifest and tally.read and not tally.matched:
        on_note(unmatched_note(manifest, tally))


def _copies(fs: pafs.FileSystem, out: str, lookup: Callable[[int], str | None] | None) -> dict[str, str]:
    """Step 3: each near-duplicate article -> the first article (in input order, or stored) it copies,
    as ``Pipeline.run_articles`` links them."""
    arts = _table(fs, f"{out}/articles", ["id", "simhash", "order"]).sort_by("order").to_pylist()
    index = DuplicateIndex()
    copies: dict[str, str] = {}
    for a in arts:
        simhash = a["simhash"]
        original = index.find(simhash) or (lookup(simhash) if lookup and simhash else None)
        if original and original != a["id"]:
            copies[a["id"]] = original
        index.add(simhash, a["id"])
    return copies


def _fuse(out: str, settings: Settings, copies: dict[str, str], prior: Sequence[Event]) -> dict[tuple[str, int], str]:
    """Step 4: the keyed reduce; (doc_id, seq) -> event_id."""
    import ray

    by_type: dict[str, list[Event]] = {}
    for ev in prior:
        by_type.setdefault(ev.type, []).append(ev)
    refs = {t: ray.put(evs) for t, evs in by_type.items()}
    ds = ray.data.read_parquet(f"{out}/events")
    reduce = partial(fuse_group, window_days=settings.fuse_window_days, copies=copies, prior=refs)
    ids = ds.groupby(BLOCK_KEY).map_groups(reduce, batch_format="pyarrow")
    ids.write_parquet(f"{out}/event_ids")
    fs, path = (pafs.FileSystem.from_uri(out) if "://" in out else (pafs.LocalFileSystem(), out))
    table = _table(fs, f"{path}/event_ids")
    return {(d, int(s)): e for d, s, e in zip(*(table.column(c).to_pylist() for c in ("doc_id", "seq", "event_id")))}


def _part_results(fs: pafs.FileSystem, out: str, part: str, ids: Mapping[tuple[str, int], str],
                  copies: Mapping[str, str]) -> list[ArticleResult]:
    """Step 5 for one part: the results it holds, in input order, with ids and copy links."""
    name = f"part-{part}.parquet"
    arts, ments, evs = (_table(fs, f"{out}/{t}/{name}").to_pylist() for t in TABLES)
    mentions: dict[str, list[dict[str, Any]]] = {}
    events: dict[str, list[dict[str, Any]]] = {}
    for m in ments:
        mentions.setdefault(m["doc_id"], []).append(m)
    for e in evs:
        events.setdefault(e["doc_id"], []).append(e)
    out_results = []
    for a in sorted(arts, key=lambda r: r["order"]):
        article = replace(row_to_article(a), duplicate_of=copies.get(a["id"]))
        evs_ = []
        for row in sorted(events.get(a["id"], ()), key=lambda r: r["seq"]):
            ev = row_to_event(row)
            ev.extra.pop(SEQ_KEY, None)
            evs_.append(replace(ev, event_id=ids.get((a["id"], int(row["seq"])))))
        ms = tuple(row_to_mention(m) for m in sorted(mentions.get(a["id"], ()), key=lambda r: r["seq"]))
        out_results.append(ArticleResult(article, ms, tuple(evs_)))
    return out_results


def run_ray(inputs: Sequence[str], settings: Settings, options: RayOptions, *, on_error: ErrorHandler,
            on_note: NoteHandler | None = None, manifest: Mapping[str, Any] | None = None,
            published: str | None = None, extra: Sequence[str] = (),
            stored: set[tuple[str, str]] | None = None, prior: Sequence[Event] = (),
            lookup: Callable[[int], str | None] | None = None,
            tick: Callable[[int], None] = lambda n: None, run: RayRun | None = None,
            fuse: bool = True) -> Iterator[ArticleResult]:
    """The distributed engine: every usable input's result, in input order, with event ids
    (without them when not ``fuse``: the caller fuses, as ``ingest_ray`` does against the store).

    ``stored`` ((id, content key) pairs), ``prior`` (stored events) and ``lookup`` (stored
    near-duplicates) make it an ingest into an existing store; see ``ingest_ray``. ``on_note`` gets
    the notes the local engine gives its ``notify`` (files not read, records marked truncated, texts
    cut at the article cap), as the inputs are analysed."""
    run = run if run is not None else RayRun()
    note: NoteHandler = on_note or (lambda line: None)
    files, errors = expand_inputs(list(inputs), options.follow_symlinks, notify=note)
    for err in errors:
        run.failed += 1
        on_error(err)
    if not files:
        return
    with _ray_session(options), _output_dir(options.out_dir) as (fs, out):
        _configure_ray(options.progress)
        run.out_dir = out
        local = out.split("://", 1)[1] if "://" in out else out
        with run.timed("analyse"):
            _analyse(files, settings, options, out, run, on_error, note, tick, manifest=manifest,
                     published=published, extra=extra, stored=stored or set())
        if not run.parts:
            return
        with run.timed("copies"):
            copies = _copies(fs, local, lookup)
        with run.timed("fuse"):
            ids = _fuse(out, settings, copies, prior) if fuse and _has_events(fs, local) else {}
        for part in sorted(run.parts, key=lambda p: min(run.parts[p])):
            with run.timed("collect"):
                results = _part_results(fs, local, part, ids, copies)
            yield from results


def _configure_ray(progress: bool) -> None:
    """Blocks in input order (so parts hold runs of consecutive inputs); Ray Data's progress
    bars only when asked for, its INFO lines never (they go to stderr)."""
    import logging

    import ray

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    # the reduce's shuffle as plain tasks: the default (2.60) starts aggregator actors, whose
    # start-up dominates a small run and competes with the analysers for CPUs
    ctx.shuffle_strategy = ray.data.context.ShuffleStrategy.SORT_SHUFFLE_PULL_BASED
    ctx.enable_progress_bars = progress
    logging.getLogger("ray.data").setLevel(logging.WARNING)


def _has_events(fs: pafs.FileSystem, out: str) -> bool:
    return _table(fs, f"{out}/events", ["doc_id"]).num_rows > 0
