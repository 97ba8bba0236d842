"""The ``communique`` command: a thin layer over the library.

Each command parses its arguments, calls the library, and maps errors to one
clear line on stderr naming the input, the problem and the fix. Exit status: 0
when every input was processed, 1 when some inputs failed (the rest were
processed), 2 for usage errors.
"""

from __future__ import annotations

import sys


def _interrupted_at_start() -> None:
    """A Ctrl-C (or SIGTERM) while the command was still loading: one line and exit status 130, as
    a run stopped later ends, not a traceback of the import it landed in."""
    sys.stderr.write("communique: interrupted while starting; nothing was done (run the command again)\n")
    raise SystemExit(130)


try:  # (the commands' heavy modules load when one runs: the store, the models, the server)
    from contextlib import contextmanager
    from pathlib import Path
    from typing import IO, TYPE_CHECKING, Any, Callable, Iterator

    import click

    from ._options import given_db, given_output, not_empty
    from ._signals import interruptible
    from .errors import CommuniqueError, InterruptedRunError
except KeyboardInterrupt:
    _interrupted_at_start()

if TYPE_CHECKING:
    from .config import Settings

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Report:
    """Counts what happened and prints each input error as one line on stderr."""

    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self.errors = 0
        self.progress: Any = None  # the rich Progress while a bar runs

    def error(self, err: CommuniqueError) -> None:
        self.errors += 1
        line = f"error [{err.code}] {err}"
        if self.progress is not None:
            self.progress.echo(line, style="red")
            self.progress.advance(1)  # a failed document is handled too: the total counts it
        else:
            click.echo(line, err=True)

    def note(self, line: str) -> None:
        """A notice about an input that was still processed (not counted as a failure)."""
        if self.progress is not None:
            self.progress.echo(f"note: {line}", style="yellow")
        else:
            click.echo(f"note: {line}", err=True)

    def done(self, what: str) -> None:
        if not self.quiet:
            tail = f", {self.errors} input(s) failed (see the messages above)" if self.errors else ""
            click.echo(f"{what}{tail}", err=True)


@contextmanager
def _progress(report: Report, label: str, total: int | None = None,
              interval: float = 10.0) -> Iterator[Callable[..., None]]:
    """A progress display on stderr (``communique.progress``) for the block; yields its ``advance``."""
    from .progress import Progress

    with Progress(label, total, enabled=not report.quiet, interval=interval) as prog:
        report.progress = prog
        try:
            yield prog.advance
        finally:
            report.progress = None


def _total(report: Report, inputs: tuple[str, ...], follow_symlinks: bool) -> int | None:
    """The documents the inputs hold, where that is cheap to know (for the progress total)."""
    from .read import count_documents

    return None if report.quiet else count_documents(inputs, follow_symlinks=follow_symlinks)


def _inputs(paths: tuple[str, ...], published: str | None, manifest: str | None, settings, report: Report,
            follow_symlinks: bool = False) -> Iterator:
    """The documents of the inputs; the reader's notes go to ``report``, and a hint how to end the
    input when '-' reads a terminal (``communique extract -`` waited there without a word)."""
    from .read import load_manifest, read_inputs

    man = load_manifest(manifest) if manifest else None
    if "-" in paths and stdin_is_terminal():
        report.note("reading JSONL from the terminal ('-'): type or paste one JSON object a line, then Ctrl-D "
                    "on a line of its own to end (Ctrl-C stops); to read a file, give its name or < FILE")
    return read_inputs(list(paths), published=published, manifest=man, max_bytes=settings.max_input_bytes,
                       follow_symlinks=follow_symlinks, notify=report.note)


def stdin_is_terminal() -> bool:
    """Whether standard input is a terminal (a person at a keyboard, not a file or a pipe)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced by an object without isatty
        return False


def _check_output(path: str | None, inputs: tuple[str, ...]) -> None:
    """Refuse an -o that is a folder or one of the files the run reads (inputs, --manifest, --extra)."""
    from ._runs import output_problem

    problem = output_problem(path, inputs)
    if problem is not None:
        raise _fail(problem)


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if not path or path == "-":
        yield sys.stdout
        return
    from ._runs import atomic_output

    with atomic_output(path) as fh:  # no half-written file, no .part left behind
        yield fh


class _Interrupted(click.ClickException):
    exit_code = 130  # as a shell reports a run ended by Ctrl-C


def _fail(err: CommuniqueError) -> "click.ClickException":
    if isinstance(err, InterruptedRunError):
        return _Interrupted(str(err))
    return click.ClickException(str(err))


def _settings(**overrides: object) -> "Settings":
    """The settings with the command's options over them; a bad settings file or variable is one line."""
    from .config import load_settings

    try:
        return load_settings().with_overrides(**overrides)
    except CommuniqueError as err:
        raise _fail(err) from err


def _check_published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .dateinput import DateInputError, parse_date

    from ._safe import date_problem

    # given empty, it was read as no date: every article undated, without a word
    not_empty("give a date, or leave --published out")(ctx, param, value)
    try:
        iso = parse_date(value)
    except DateInputError as err:
        raise click.BadParameter(f"{err.message} ({err.hint})", ctx=ctx, param=param) from None
    problem = date_problem(iso)
    if problem:
        raise click.BadParameter(problem, ctx=ctx, param=param)
    return iso


INPUT_HELP = ("Files or directories: .txt, .html, .jsonl (one document per line: id, text or html, "
              "optional published/url/title/source), .warc(.gz); '-' reads JSONL from stdin.")

_input_args = [
    # readable=False: an unreadable input is reported by the reader and the batch goes on,
    # where click's own check stopped the whole command with a usage error
    click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True, readable=False)),
    click.option("--published", metavar="DATE", callback=_check_published,
                 help="Publication date (YYYY-MM-DD, 1800-2100; also 'May 21, 2014', 21/05/2014) for inputs "
                      "that give none."),
    click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
                 help="JSON manifest of per-document metadata (a list of {doc_id, published, url, source} "
                      "or an object keyed by id)."),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary."),
    click.option("--follow-symlinks", is_flag=True,
                 help="Read files and folders behind symbolic links found in directories (each folder once; "
                      "never devices, /proc or /sys)."),
]


class ProcessesParam(click.ParamType):
    """``auto`` or a whole number >= 1 (the checks live in ``communique.workers``)."""

    name = "auto|N"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> object:
        from .workers import parse_processes

        try:
            return parse_processes(value)
        except ValueError as exc:
            self.fail(f"{exc}; use auto (the cores, capped by memory) or a number such as 2", param, ctx)


_processes_option = click.option(
    "--processes", type=ProcessesParam(),
    help="Worker processes for the NLP stage: auto (the default: the cores this process may use, capped "
         "by memory at ~0.5 GB a worker) or a number (1 = no worker processes).")


def _workers(n: int) -> str:
    return f"{n} NLP process{'es' if n != 1 else ''}"


_extra_option = click.option(
    "--extra", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="FILE",
    help="Your own actors and corrections (YAML, CSV or Phoenix .actors; repeatable): new names, and "
         "`overrides:` that remap or block a wrong resolution (src/communique/data/actors/README.md).")


_engine_args = [
    click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
                 help="local: this machine (--processes); ray: a Ray cluster or a local Ray "
                      '(needs `pip install "communique[ray]"`; README, "Past one machine").'),
    # given empty ("$RAY_ADDRESS" unset) it ran on a local Ray, not the cluster, without a word
    click.option("--address", metavar="ADDR", callback=not_empty("give the cluster's address, or leave "
                                                                 "--address out for a local Ray"),
                 help="With --engine ray: the cluster to join (auto, ray://head:10001); default a local Ray."),
    click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
                 help="With --engine ray: actors in the pool, each loading the model once (one CPU each)."),
    # given empty, it started Ray and then said an unnamed folder (the current one) was not empty
    click.option("--parquet-dir", metavar="DIR", callback=not_empty("give a new directory, or leave "
                                                                    "--parquet-dir out for a temporary one"),
                 help="With --engine ray: keep the partitioned Parquet results here (a new directory every "
                      "worker can write: shared disk, s3://...); default a temporary folder."),
]


def engine_options(fn):
    for deco in reversed(_engine_args):
        fn = deco(fn)
    return fn


def _ray_options(address: str | None, workers: int, parquet_dir: str | None, quiet: bool,
                 follow_symlinks: bool = False):
    from .scale import RayOptions, require_ray

    require_ray()
    return RayOptions(address=address, workers=workers, out_dir=parquet_dir, progress=not quiet,
                      follow_symlinks=follow_symlinks)


def input_options(fn):
    for deco in reversed(_input_args):
        fn = deco(fn)
    return fn


def stored_input_options(fn):
    """``input_options`` with INPUTS optional: ``ingest --reprocess`` alone takes the stored articles."""
    for deco in reversed([click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, readable=False)),
                          *_input_args[1:]]):
        fn = deco(fn)
    return fn


#: The commands defined beside the library parts they drive, each loaded only when it runs or its
#: --help is asked for: name -> (module, attribute, the summary ``communique --help`` lists, which is
#: the first line of the command's own help; tests/test_robust_session27 holds them equal). Loading
#: them all made ``communique --help`` import DuckDB, Arrow and rich (0.3 s; a Ctrl-C in it a traceback).
LAZY_COMMANDS: dict[str, tuple[str, str, str]] = {
    "actors": ("communique.actors.cli", "actors",
               "The actor knowledge base: states, organisations and people with dated roles."),
    "events": ("communique.store.cli", "events_command",
               "Show stored events, filtered by actor, dyad, type, class, status, dates and text."),
    "export": ("communique.store.cli", "export_command",
               "Export stored events (optionally filtered) to JSONL, CSV or Parquet, or the whole store "
               "canonically."),
    "serve": ("communique.api.cli", "serve",
              "Serve the store over HTTP: a JSON API (/api, schema at /openapi.json, reference at /docs) and a "
              "web page (/) with a timeline, actor network, map and event table."),
    "show": ("communique.store.cli", "show_command",
             "Show every report of one real event: outlet, publication date, date, status and evidence."),
}


class _Main(click.Group):
    """The ``communique`` group: a full disk or a file-size limit met writing standard output
    (``communique events > /full/disk/x``, ``--help > /dev/full``, ``ulimit -f``) is one line and
    exit status 1, not a traceback nor an output cut short without a word (``communique._stdout``).

    The commands of ``LAZY_COMMANDS`` are imported when one is run; a Ctrl-C anywhere in a command
    (loading it included) ends with one line and exit status 130 (click's was 'Aborted!', status 1)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            from importlib import import_module

            module, attribute, _ = LAZY_COMMANDS[cmd_name]
            try:
                self.add_command(getattr(import_module(module), attribute), cmd_name)
            except KeyboardInterrupt:
                raise _fail(InterruptedRunError("interrupted while loading the command; nothing was done",
                                                input=cmd_name, hint="run the command again")) from None
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None,
                                                                           list[str]]:
        """The command ``args`` names; a mistyped one is suggested from every command, the lazy ones too
        (click suggests from those loaded: 'exprt' lost its 'Did you mean export?')."""
        name = args[0] if args else ""
        if args and not name.startswith("-") and not ctx.resilient_parsing and self.get_command(ctx, name) is None:
            from difflib import get_close_matches

            near = get_close_matches(name, self.list_commands(ctx))
            hint = f" Did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
            raise click.UsageError(f"No such command {name!r}.{hint}", ctx)
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their summaries, without loading the lazy ones (``LAZY_COMMANDS``)."""
        names = [n for n in self.list_commands(ctx) if n in LAZY_COMMANDS or not self.commands[n].hidden]
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = [(n, self.commands[n].get_short_help_str(limit) if n in self.commands
                 else click.Command(n, help=LAZY_COMMANDS[n][2]).get_short_help_str(limit)) for n in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # where the command does not say what it kept (a Ctrl-C while it loads)
            name = ctx.invoked_subcommand or "communique"
            raise _fail(InterruptedRunError("interrupted", input=name, hint="run the command again")) from None

    def main(self, *args: Any, **kwargs: Any) -> Any:
        from . import _stdout

        _stdout.whole_writes()
        try:
            try:
                return super().main(*args, **kwargs)
            finally:
                _stdout.flush()
        except OSError as exc:
            from ._runs import write_cause, write_error

            cause = write_cause(exc)
            if cause not in ("disk-full", "file-size"):  # (a file that cannot be read is no output)
                raise
            err = write_error(exc, "standard output")
            _stdout.drop()
            if cause == "disk-full":
                err.hint = "free space on the disk the output goes to, or send it elsewhere"
            click.echo(f"Error: {err}", err=True)
            sys.exit(1)


@click.group(cls=_Main, context_settings=CONTEXT)
@click.version_option(package_name="communique")
def main() -> None:
    """communique: news articles in, dated and resolved international-relations events out.

    \b
    communique extract ../shared/seeds -o events.jsonl   # events, no database
    communique clean page.html                          # the article's own text
    communique ingest ../shared/seeds                   # into the embedded database
    communique events --actor JPN --type CONSULT --since 2021-01-01
    communique export --format parquet -o events.parquet
    communique actors resolve "Prime Minister Suga" --date 2021-04-16
    communique serve                                    # API and web page on 127.0.0.1:8000

    \b
    Event types (PLOVER): AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST
                          ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT
    Statuses: occurred planned expected hypothetical negated
    Classes: verbal_cooperation material_cooperation verbal_conflict material_conflict
    Modes and the intensity of each type: communique events --help
    """


@main.command(context_settings=CONTEXT)
@input_options
@click.option("-o", "--output", metavar="FILE", callback=given_output,
              help="Write events here (JSONL); default stdout.")
@_processes_option
@_extra_option
@engine_options
def extract(inputs, published, manifest, quiet, follow_symlinks, output, processes, extra, engine, address,
            workers, parquet_dir) -> None:
    """Extract events from INPUTS and write them in the exchange format (one JSON object per line).

    Needs no database. Event ids are shared by mentions of one real event across the inputs
    (the file is written once every input is read: ids do not depend on the inputs' order).
    Each record also carries quad_class, intensity (Goldstein, -10 ... +10), cameo (root code
    where PLOVER's mapping is unambiguous) and the article's published, title and url.
    """
    from ._runs import extract_results, write_json_lines
    from .pipeline import Pipeline

    _check_output(output, (*inputs, *([manifest] if manifest else []), *extra))
    settings = _settings(processes=processes)
    report = Report(quiet)
    if engine == "ray":
        return _extract_ray(inputs, published, manifest, report, settings, output, extra,
                            _ray_options(address, workers, parquet_dir, quiet, follow_symlinks))
    try:
        pipe = Pipeline(settings, extra=extra)
        pipe.cleaner.notify = report.note
        n_docs = n_events = 0
        raws = _inputs(inputs, published, manifest, settings, report, follow_symlinks)
        total = _total(report, inputs, follow_symlinks)
        with interruptible(), _output(output) as out, _progress(report, "extracting", total,
                                                                settings.progress_interval) as tick:
            def seen(n: int, result: Any) -> None:
                nonlocal n_docs, n_events
                n_docs += 1
                n_events += len(result.events)
                tick(1, f"{n_events} events, {_workers(pipe.workers)}")

            for result in extract_results(pipe, raws, report.error, tick=seen):
                write_json_lines(out, result.to_exchange())
    except CommuniqueError as err:
        raise _fail(err) from err
    except KeyboardInterrupt:
        raise _fail(InterruptedRunError("interrupted; nothing was written", input=output or "extract",
                                        hint="extract writes its output once every input is read; run it "
                                             "again, or use `communique ingest`, which keeps what it stored"))
    report.done(f"{n_docs} article(s), {n_events} event(s)" + (f" -> {output}" if output else "")
                + (f" ({_workers(pipe.workers)})" if pipe.workers else ""))
    sys.exit(1 if report.errors else 0)


@main.command(context_settings=CONTEXT)
@input_options
@click.option("-o", "--output", metavar="FILE", callback=given_output, help="Write JSONL here; default stdout.")
def clean(inputs, published, manifest, quiet, follow_symlinks, output) -> None:
    """Print each document's own text and metadata as one JSON object per line.

    Fields: id, title, published, url, source, language (detected; cleaning works on any
    language, only extraction needs English), text (the cleaned article text that event
    evidence offsets refer to), plus author, sitename and the furniture lines removed.
    """
    from ._runs import write_json_lines
    from .pipeline import Cleaner

    _check_output(output, (*inputs, *([manifest] if manifest else [])))
    settings = _settings()
    report = Report(quiet)
    n = 0
    try:
        cleaner = Cleaner(settings, notify=report.note)  # cleaning needs no model: spaCy and the KB are not loaded
        raws = _inputs(inputs, published, manifest, settings, report, follow_symlinks)
        total = _total(report, inputs, follow_symlinks)
        with interruptible(), _output(output) as out, _progress(report, "cleaning", total,
                                                                settings.progress_interval) as tick:
            for art in cleaner.articles(raws, on_error=report.error):  # (a bar: 10,000 pages take minutes)
                n += write_json_lines(out, [art.to_clean()])
                tick(1)
    except CommuniqueError as err:
        raise _fail(err) from err
    except KeyboardInterrupt:  # (was click's 'Aborted!', exit status 1)
        kept = "nothing was written" if output and output != "-" else f"the {n} document(s) before it were written"
        raise _fail(InterruptedRunError(f"interrupted; {kept}", input=output or "clean",
                                        hint="run it again: cleaning the same inputs gives the same lines"))
    report.done(f"{n} document(s) cleaned")
    sys.exit(1 if report.errors else 0)


@main.command(context_settings=CONTEXT)
@stored_input_options
@click.option("--db", metavar="PATH", callback=given_db,
              help="The database file (default: the `db` setting, communique.duckdb).")
@click.option("--batch", "batch_size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles per database transaction.")
@_processes_option
@click.option("--replace", is_flag=True,
              help="A different text under an id already stored replaces it (default: an error).")
@_extra_option
@click.option("--reprocess", is_flag=True,
              help="Process articles already stored with the same text again (after changing --extra files "
                   "or upgrading), replacing their mentions and events; with no INPUTS, every stored article "
                   "from its stored text (its source files may be gone).")
@engine_options
def ingest(inputs, published, manifest, quiet, follow_symlinks, db, batch_size, processes, replace, extra,
           reprocess, engine, address, workers, parquet_dir) -> None:
    """Store INPUTS' articles, actor mentions and events in the embedded database.

    Idempotent: an article already stored with the same text is skipped, so re-running after an
    interruption stores the rest and duplicates nothing. A different text under a stored id is an
    error unless --replace is given. Events are merged with stored mentions of the same real events.
    With --reprocess and no INPUTS, the stored articles are analysed again from their stored text.
    """
    from .ingest import ingest as run_ingest
    from .pipeline import Pipeline
    from .store import Store

    _check_stored_run(inputs, reprocess, published, manifest)
    settings = _settings(db=db, processes=processes)
    report = Report(quiet)
    if engine == "ray" and reprocess:
        raise click.UsageError("--reprocess runs on the local engine only; drop --engine ray")
    if engine == "ray":
        return _ingest_ray(inputs, published, manifest, report, settings, batch_size, extra,
                           _ray_options(address, workers, parquet_dir, quiet, follow_symlinks))
    new = False
    try:
        with interruptible(), Store(settings.db) as store:
            new = store.created
            pipe = Pipeline(settings, extra=extra)
            pipe.cleaner.notify = report.note
            if inputs:
                raws: Iterator = _inputs(inputs, published, manifest, settings, report, follow_symlinks)
                total = _total(report, inputs, follow_symlinks)
            else:  # --reprocess alone: the stored articles, from their stored text
                raws, total = store.stored_articles(), store.article_count()
            with _progress(report, "ingesting", total, settings.progress_interval) as tick:
                done = run_ingest(store, pipe, raws, on_error=report.error, batch_size=batch_size, tick=tick,
                                  reprocess=reprocess, replace=replace)
    except CommuniqueError as err:
        raise _fail(err) from err
    replaced = f" ({done.replaced} replacing older versions)" if done.replaced else ""
    report.done(f"{done.stored} article(s) stored{replaced}, {done.skipped} already stored and unchanged; "
                + (f"{_workers(pipe.workers)}; " if pipe.workers else "")
                + f"{_database(settings.db, new)}: " + ", ".join(f"{v} {k}" for k, v in done.totals.items()))
    sys.exit(1 if report.errors else 0)


def _check_stored_run(inputs: tuple[str, ...], reprocess: bool, published: str | None,
                      manifest: str | None) -> None:
    """INPUTS may be left out only with --reprocess (the stored articles are analysed again), and then
    the options that apply to INPUTS are refused rather than dropped without a word."""
    if inputs:
        return
    if not reprocess:
        raise click.UsageError("Missing argument 'INPUTS...': give the files or folders to store (or "
                               "--reprocess alone to analyse the stored articles again from their stored text)")
    given = [name for name, value in (("--published", published), ("--manifest", manifest)) if value]
    if given:
        raise click.UsageError(f"{' and '.join(given)}: applies to INPUTS; --reprocess alone analyses the stored "
                               "articles with their stored metadata (drop it, or give the INPUTS)")


def _database(db: str | Path, new: bool) -> str:
    """The summary's name of the database, saying when the run made it: a mistyped --db or
    COMMUNIQUE_DB is seen there rather than at the next reading command."""
    return f"new database {db} (made by this run; if you meant another, check --db or COMMUNIQUE_DB)" if new \
        else f"database {db}"


def _extract_ray(inputs, published, manifest, report: Report, settings, output, extra, options) -> None:
    from ._runs import write_json_lines
    from .read import load_manifest
    from .scale import run_ray

    n_docs = n_events = 0
    try:
        with _output(output) as out, _progress(report, "extracting (ray)") as tick:
            for result in run_ray(inputs, settings, options, on_error=report.error, on_note=report.note,
                                  published=published, manifest=load_manifest(manifest) if manifest else None,
                                  extra=extra):
                write_json_lines(out, result.to_exchange())
                n_docs += 1
                n_events += len(result.events)
                tick(1, f"{n_events} events")
    except CommuniqueError as err:
        raise _fail(err) from err
    report.done(f"{n_docs} article(s), {n_events} event(s)" + (f" -> {output}" if output else ""))
    sys.exit(1 if report.errors else 0)


def _ingest_ray(inputs, published, manifest, report: Report, settings, batch_size: int, extra, options) -> None:
    from .read import load_manifest
    from .scale import ingest_ray
    from .store import Store

    new = False
    try:
        with Store(settings.db) as store, _progress(report, "ingesting (ray)") as tick:
            new = store.created
            run = ingest_ray(store, inputs, settings, options, on_error=report.error, on_note=report.note,
                             published=published,
                             manifest=load_manifest(manifest) if manifest else None, extra=extra,
                             batch_size=batch_size, tick=tick)
            stats = store.stats()
    except CommuniqueError as err:
        raise _fail(err) from err
    report.done(f"{run.written} article(s) stored, {run.unchanged} already stored and unchanged; "
                f"{_database(settings.db, new)}: " + ", ".join(f"{v} {k}" for k, v in stats.items()))
    sys.exit(1 if report.errors else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
