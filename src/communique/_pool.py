"""NLP worker processes of our own, in place of spaCy's ``n_process``.

spaCy's workers share one queue and do not report a component that raises inside them: the
run waits for ever. Here each worker has its own pipe and parses one batch at a time, and the
parent watches them: a batch that raises is parsed again in the worker article by article (the
article at fault comes back as its error), a worker that runs over the time budget
(``article_seconds``) or dies is killed and replaced, and its batch is tried again one article
at a time, so only the article at fault is lost. Results come back in input order.

Workers are forked (Linux, as spaCy's are), so they share the loaded model with the parent.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

from ._budget import over_budget
from ._guard import failure
from .errors import CommuniqueError, ProcessingError
from .types import Article

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["NlpPool"]

Parsed = bytes | str  # a serialised Doc, or the error of the one article it was parsed alone


def _parse_one(nlp: "Language", text: str) -> Parsed:
    try:
        return bytes(nlp(text).to_bytes())
    except Exception as exc:  # noqa: BLE001 - sent back to the parent, which reports it
        return f"{exc.__class__.__name__}: {exc}"


def _parse(nlp: "Language", texts: list[str]) -> list[Parsed]:
    """The batch through ``nlp.pipe``; if it raises, each article alone."""
    try:
        return [bytes(doc.to_bytes()) for doc in nlp.pipe(texts, batch_size=len(texts))]
    except Exception:  # noqa: BLE001 - find the article at fault
        return [_parse_one(nlp, t) for t in texts]


def _serve(nlp: "Language", conn: Connection) -> None:
    """The worker: parse each batch the parent sends until it sends None or goes away."""
    while True:
        try:
            texts = conn.recv()
        except (EOFError, OSError):
            return
        if texts is None:
            return
        conn.send(_parse(nlp, texts))


@dataclass
class _Worker:
    proc: BaseProcess
    conn: Connection
    batch: list[int] = field(default_factory=list)  # article numbers in flight, [] when idle
    since: float = 0.0


class NlpPool:
    """``workers`` forked processes parsing batches of ``batch_size`` articles; a batch may take
    ``seconds`` (0: no limit), an article tried alone as long."""

    def __init__(self, nlp: "Language", workers: int, batch_size: int, seconds: float):
        self.nlp, self.n, self.batch_size, self.seconds = nlp, max(1, workers), max(1, batch_size), seconds
        self._ctx = multiprocessing.get_context("fork")
        self._workers: list[_Worker] = []
        self._articles: dict[int, Article] = {}
        self._done: dict[int, "Doc | CommuniqueError"] = {}
        self._todo: deque[list[int]] = deque()
        self._read = 0  # articles taken from the input so far

    def parse(self, articles: Iterable[Article]) -> Iterator[tuple[Article, "Doc | CommuniqueError"]]:
        """Each article with its parse or the error that cost it, in input order."""
        source = iter(articles)
        out = 0
        try:
            self._workers = [self._start() for _ in range(self.n)]
            while True:
                more = self._refill(source)
                self._assign()
                while out in self._done:
                    yield self._articles.pop(out), self._done.pop(out)
                    out += 1
                busy = [w for w in self._workers if w.batch]
                if not busy and not self._todo and not more:
                    return
                self._collect(busy)
        finally:
            self._stop_all()

    # -- the parent's side -------------------------------------------------------------------
    def _start(self) -> _Worker:
        mine, theirs = self._ctx.Pipe()
        proc = self._ctx.Process(target=_serve, args=(self.nlp, theirs), daemon=True, name="communique-nlp")
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
                    w.conn.send([self._articles[i].text for i in numbers])
                except (OSError, ValueError):  # the worker is gone: the watch below replaces it
                    pass
                w.batch, w.since = numbers, time.monotonic()

    def _collect(self, busy: list[_Worker]) -> None:
        """Wait for a result or the first deadline; take results in, replace stuck or dead workers."""
        timeout = None
        if self.seconds > 0:
            timeout = max(0.0, min(w.since for w in busy) + self.seconds - time.monotonic())
        ready = wait([w.conn for w in busy], timeout=timeout)
        for w in busy:
            if w.conn in ready:
                self._receive(w)
            elif self.seconds > 0 and time.monotonic() - w.since >= self.seconds:
                self._replace(w, None)

    def _receive(self, w: _Worker) -> None:
        try:
            parsed = w.conn.recv()
        except (EOFError, OSError):  # the worker died (killed, out of memory, a crash in C)
            w.proc.join(1)
            self._replace(w, w.proc.exitcode)
            return
        from spacy.tokens import Doc

        for i, item in zip(w.batch, parsed):
            a = self._articles[i]
            self._done[i] = Doc(self.nlp.vocab).from_bytes(item) if isinstance(item, bytes) else \
                ProcessingError(f"the nlp stage failed: {item[:200]} on record {a.id!r}",
                                input=a.origin or a.id,
                                hint="the record is skipped and the rest goes on; please report it with the input")
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

    def _stop_all(self) -> None:
        for w in self._workers:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 5
        for w in self._workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(1)
            w.conn.close()
        self._workers = []
