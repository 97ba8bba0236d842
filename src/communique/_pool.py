"""NLP worker processes of our own, in place of spaCy's ``n_process``.

spaCy's workers share one queue and do not report a component that raises inside them: the
run waits for ever. Here each worker has its own pipe and takes one batch of articles at a time
through ``Pipeline.analyse_batch`` (parse, actors, events, dates), and the parent watches them:
an article that fails comes back as its coded error, a worker that runs over the time budget
(``article_seconds``) or dies is killed and replaced, and its batch is tried again one article
at a time, so only the article at fault is lost. Results come back in input order.

A worker sends back each article's result (mentions and events, a few KB), not its parsed
``Doc`` (about 0.5 MB with the tensor the typer reads): serialising and decoding Docs cost the
parent more CPU than it saved, and left the parent analysing while the workers parsed.

Workers are forked (Linux, as spaCy's are), so they share the loaded pipeline with the parent.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

from ._budget import over_budget
from ._guard import failure
from .errors import CommuniqueError
from .types import Article, ArticleResult

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline

__all__ = ["NlpPool"]

Outcome = ArticleResult | CommuniqueError


def _analyse(pipe: "Pipeline", articles: list[Article]) -> list[Outcome]:
    """``analyse_batch``; should it raise (a bug), each article alone, so that only one is lost."""
    try:
        return pipe.analyse_batch(articles)
    except Exception:  # noqa: BLE001 - find the article at fault
        return [_analyse_one(pipe, a) for a in articles]


def _analyse_one(pipe: "Pipeline", article: Article) -> Outcome:
    try:
        return pipe.analyse_batch([article])[0]
    except Exception as exc:  # noqa: BLE001 - sent back to the parent, which reports it
        return failure("nlp", article.origin, article.id, exc)


def _serve(pipe: "Pipeline", conn: Connection) -> None:
    """The worker: analyse each batch the parent sends until it sends None or goes away. Ctrl-C,
    sent to the whole process group, is the parent's to handle (it reports the interruption and
    ends its workers): in a worker it raised a ``KeyboardInterrupt`` that printed some forty lines
    of spaCy and thinc traceback, and the parent replaced the worker while it was stopping."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            articles = conn.recv()
        except (EOFError, OSError):
            return
        if articles is None:
            return
        conn.send(_analyse(pipe, articles))


@contextmanager
def _frozen() -> Iterator[None]:
    """Fork with the parent's objects in the collector's permanent generation (``gc.freeze``).

    The worker then never walks the loaded pipeline, knowledge base and lexicon (some 350,000
    objects) in a full collection: each such walk cost it ~0.3 CPU s and wrote to the header of
    every object, so that the kernel copied the pages it shares with the parent. The parent's own
    collections are as before: it unfreezes once the worker is forked. (Where the program had
    frozen objects itself, it is left as it is: unfreezing would undo its own freeze.)"""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass
class _Worker:
    proc: BaseProcess
    conn: Connection
    batch: list[int] = field(default_factory=list)  # article numbers in flight, [] when idle
    since: float = 0.0


class NlpPool:
    """``workers`` forked processes analysing batches of ``batch_size`` articles with ``pipe``; a
    batch may take ``seconds`` (0: no limit) an article, an article tried alone as long."""

    def __init__(self, pipe: "Pipeline", workers: int, batch_size: int, seconds: float):
        self.pipe, self.n, self.batch_size, self.seconds = pipe, max(1, workers), max(1, batch_size), seconds
        self._ctx = multiprocessing.get_context("fork")
        self._workers: list[_Worker] = []
        self._articles: dict[int, Article] = {}
        self._done: dict[int, Outcome] = {}
        self._todo: deque[list[int]] = deque()
        self._read = 0  # articles taken from the input so far

    def analyse(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Each article's result or the error that cost it, in input order."""
        source = iter(articles)
        out = 0
        try:
            self._workers = [self._start() for _ in range(self.n)]
            while True:
                more = self._refill(source)
                self._assign()
                while out in self._done:
                    del self._articles[out]
                    yield self._done.pop(out)
                    out += 1
                busy = [w for w in self._workers if w.batch]
                if not busy and not self._todo and not more:
                    break
                self._collect(busy)
        except BaseException:  # Ctrl-C, the reader gone, a bug: the workers' batches are not wanted
            self._stop_all(at_once=True)
            raise
        self._stop_all()

    # -- the parent's side -------------------------------------------------------------------
    def _start(self) -> _Worker:
        mine, theirs = self._ctx.Pipe()
        proc = self._ctx.Process(target=_serve, args=(self.pipe, theirs), daemon=True, name="communique-nlp")
        with _frozen():
            proc.start()
        theirs.close()
        return _Worker(proc, mine)

    def _refill(self, source: Iterator[Article]) -> bool:
        """Read batches until every idle worker has one waiting; False once the input is done."""
        idle = sum(1 for w in self._workers if not w.batch)
        while len(self._todo) < idle:
            batch = list(islice(source, self.batch_size))
            if not batch:
                return False
            numbers = list(range(self._read, self._read + len(batch)))
            self._read += len(batch)
            self._articles.update(zip(numbers, batch))
            self._todo.append(numbers)
        return True

    def _assign(self) -> None:
        for w in self._workers:
            if not w.batch and self._todo:
                numbers = self._todo.popleft()
                try:
                    w.conn.send([self._articles[i] for i in numbers])
                except (OSError, ValueError):  # the worker is gone: the watch below replaces it
                    pass
                w.batch, w.since = numbers, time.monotonic()

    def _collect(self, busy: list[_Worker]) -> None:
        """Wait for a result or the first deadline; take results in, replace stuck or dead workers."""
        timeout = None
        if self.seconds > 0:
            timeout = max(0.0, min(self._deadline(w) for w in busy) - time.monotonic())
        ready = wait([w.conn for w in busy], timeout=timeout)
        for w in busy:
            if w.conn in ready:
                self._receive(w)
            elif self.seconds > 0 and time.monotonic() >= self._deadline(w):
                self._replace(w, None)

    def _deadline(self, w: _Worker) -> float:
        """When ``w``'s batch is over its budget: each article's, added up (as in process)."""
        return w.since + self.seconds * len(w.batch)

    def _receive(self, w: _Worker) -> None:
        try:
            outcomes = w.conn.recv()
        except (EOFError, OSError):  # the worker died (killed, out of memory, a crash in C)
            w.proc.join(1)
            self._replace(w, w.proc.exitcode)
            return
        self._done.update(zip(w.batch, outcomes))
        w.batch = []

    def _replace(self, w: _Worker, exitcode: int | None) -> None:
        """Kill ``w`` and start another in its place; its batch is tried again article by article,
        and an article that was alone is reported (over the budget, or the worker's death)."""
        batch = w.batch
        self._kill(w)
        self._workers[self._workers.index(w)] = self._start()
        if len(batch) > 1:
            self._todo.extendleft([i] for i in reversed(batch))
            return
        a = self._articles[batch[0]]
        self._done[batch[0]] = over_budget(self.seconds, a.origin, a.id, "nlp") if exitcode is None else \
            failure("nlp", a.origin, a.id, RuntimeError(f"the worker process ended (exit code {exitcode})"))

    @staticmethod
    def _kill(w: _Worker) -> None:
        w.proc.kill()
        w.proc.join(5)
        w.conn.close()

    def _stop_all(self, at_once: bool = False) -> None:
        """End the workers: asked to, each given 5 s to finish its batch, or ``at_once``."""
        for w in self._workers if not at_once else ():
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + (0 if at_once else 5)
        for w in self._workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(1)
            w.conn.close()
        self._workers = []
