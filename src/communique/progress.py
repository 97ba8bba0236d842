"""Progress of a long run on stderr: a live bar on a terminal, plain periodic lines elsewhere.

With a known total (``communique.read.count_documents``) both show done/total, the percentage,
the rate and the time left; without one, the count and the rate. Off a terminal (a log file,
a pipe, CI) a line such as ``extracting: 40/104 (38%), 3.2/s, about 20s left; 120 events`` is
written every ``interval`` seconds while work remains, and a last one at the end of a run that
wrote any (a run that ends before its first interval writes none).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, TextIO

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, ProgressColumn, SpinnerColumn, Task,
                           TaskProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text


def command_progress(label: str, total: int | None = None, *, to_stdout: bool = False) -> Progress:
    """The progress of a command's long work (an export, a batch resolution) at the ``progress_interval``
    setting; off when the command's output is the terminal itself (``to_stdout`` with standard output
    a terminal: the lines would mingle with the bar)."""
    from .config import load_settings
    from .errors import CommuniqueError

    try:
        interval = load_settings().progress_interval
    except CommuniqueError:  # (the command reports a bad settings file where it reads it)
        interval = 10.0
    on_terminal = to_stdout and _isatty(sys.stdout)
    return Progress(label, total, enabled=not on_terminal, interval=interval)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def duration(seconds: float) -> str:
    """``"45s"``, ``"3m05s"``, ``"2h04m"``."""
    s = int(round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


class Progress:
    """``with Progress("extracting", total) as p: p.advance(1, "12 events")``; ``p.echo(line)``
    prints a message above a live bar (or as a plain line)."""

    def __init__(self, label: str, total: int | None = None, *, stream: TextIO | None = None,
                 enabled: bool = True, interval: float = 10.0, live: bool | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.label, self.total, self.done, self.info = label, total, 0, ""
        self.stream = stream if stream is not None else sys.stderr
        self.enabled, self.interval, self.clock = enabled, interval, clock
        self.live = self.stream.isatty() if live is None else live
        self._bar: Bar | None = None
        self._task: Any = None
        self._start = self._last = 0.0
        self._lines = self._written = 0

    def __enter__(self) -> Progress:
        self._start = self._last = self.clock()
        if self.enabled and self.live:
            self._bar = _live_bar(self.stream)
            self._bar.__enter__()
            self._task = self._bar.add_task(self.label, total=self.total, info="")
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            if kind is None and self.total is not None and self.done != self.total:
                self._bar.update(self._task, total=self.done)  # the estimate was off: end at 100%
            self._bar.__exit__(kind, exc, tb)
            self._bar = None
        elif self.enabled and self._lines and (self._written != self.done or kind is not None):
            self._write(self.status_line(final=True, stopped=kind is not None))

    def advance(self, n: int = 1, info: str | None = None) -> None:
        self.done += n
        if info is not None:
            self.info = info
        if self._bar is not None:
            self._bar.update(self._task, advance=n, info=self.info)
        elif self.enabled and not self._finished() and self.clock() - self._last >= self.interval:
            self._last = self.clock()
            self._write(self.status_line())

    def _finished(self) -> bool:
        """All known work done: the run's summary follows, a progress line would only repeat it."""
        return bool(self.total) and self.done >= (self.total or 0)

    def echo(self, line: str, style: str | None = None) -> None:
        """A message line (an input's error) that stays, above the bar when there is one."""
        if self._bar is not None:
            self._bar.console.print(line, style=style, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def status_line(self, final: bool = False, stopped: bool = False) -> str:
        """``label: done/total (pct%), rate/s, about T left; info`` (at the end: ``done in T``, or
        ``stopped after T`` when the work ended early: an error, Ctrl-C)."""
        elapsed = max(self.clock() - self._start, 1e-9)
        rate = self.done / elapsed
        total = self.total or 0  # 0: unknown (or nothing to do)
        parts = [f"{self.done}/{total} ({min(100, 100 * self.done // total)}%)" if total else f"{self.done}",
                 f"{rate:.1f}/s"]
        if final:
            parts.append(f"{'stopped after' if stopped else 'done in'} {duration(elapsed)}")
        elif total and rate > 0 and self.done < total:
            parts.append(f"about {duration((total - self.done) / rate)} left")
        return f"{self.label}: {', '.join(parts)}" + (f"; {self.info}" if self.info else "")

    def _write(self, line: str) -> None:
        self._lines += 1
        self._written = self.done
        self.stream.write(line + "\n")
        self.stream.flush()


class RateColumn(ProgressColumn):
    """Items a second, from rich's running speed estimate."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "-/s", style="progress.data.speed")


def _live_bar(stream: TextIO) -> Bar:
    return Bar(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TaskProgressColumn(), RateColumn(), TimeElapsedColumn(), TextColumn("elapsed,"),
               TimeRemainingColumn(), TextColumn("left"), TextColumn("{task.fields[info]}"),
               console=Console(file=stream), transient=False)
