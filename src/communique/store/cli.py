"""Command-line pieces over the store: ``events`` (show stored events) and ``export``.

The top-level ``communique`` group registers these commands; ``python -m
communique.store.cli`` runs them on their own. Every command is one library
call plus formatting.
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

import click
import duckdb

from .._guard import reraise_interrupt
from .._options import given_db, given_output, not_empty
from .._runs import named_format, output_misnamed, write_error
from .._safe import clean_field, named, printable
from ..errors import CommuniqueError
from ..events.classes import QUAD_CLASSES
from ..types import EVENT_TYPES, STATUSES
from ._errors import store_error
from ._export import FORMATS
from ._filters import QueryError, make_query
from ._query import EventQuery
from ._show import print_events, print_real_events, print_reports
from ._store import Store

F = TypeVar("F", bound=Callable[..., Any])


def _resolve_db(db: str | None) -> Path:
    """The database path: ``--db`` or the ``db`` setting, read now (not at import)."""
    if db:
        return Path(db)
    from ..config import load_settings

    try:
        return Path(load_settings().db)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc


def _open(db: str | None) -> Store:
    path = _resolve_db(db)
    if not path.exists():  # what is there but is no store (a folder, a pipe) is named by Store
        raise click.ClickException(
            f"{path}: no database here; run `communique ingest` first (or point --db at an existing file)")
    try:
        return Store(path, read_only=True)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc


def db_option(fn: F) -> F:
    """The ``--db PATH`` option (default: the ``db`` setting, e.g. communique.duckdb)."""
    return click.option("--db", "db", type=click.Path(dir_okay=False), default=None, callback=given_db,
                        help="DuckDB file to read (default: the `db` setting, communique.duckdb).")(fn)


def values_help() -> str:
    """The values the filters take, for the commands' --help."""
    from ..events.classes import QUAD_CLASS, QUAD_CLASSES, intensity
    from ._filters import known_modes

    lines = ["\b", "Values:"]
    for cls in QUAD_CLASSES:
        types = ", ".join(f"{t} ({intensity(t):+g})" for t in EVENT_TYPES if QUAD_CLASS[t] == cls)
        lines.append(f"  --class {cls}: {types}")
    lines.append("  (the number is the type's Goldstein intensity, -10 conflict ... +10 cooperation)")
    lines.append(f"  --status: {', '.join(STATUSES)}")
    lines += textwrap.wrap(", ".join(sorted(known_modes())), width=96, initial_indent="  --mode: ",
                           subsequent_indent="          ", break_on_hyphens=False)
    lines.append("  --undated: include (default: undated events are kept by --since/--until) or exclude")
    return "\n".join(lines)


class FilterCommand(click.Command):
    """A command whose --help ends with the values its filters take (read when help is shown)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for i, arg in enumerate(args):
            if arg == "--dyad":
                pair = args[i + 1:i + 3]
                if len(pair) < 2 or any(a.startswith("-") and not a[1:].isdigit() for a in pair):
                    raise click.UsageError(f"--dyad takes two actor codes, e.g. --dyad USA CHN; got "
                                           f"{printable(' '.join(pair)) or 'nothing'}", ctx=ctx)
        return super().parse_args(ctx, args)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        formatter.write_paragraph()
        for line in values_help().splitlines()[1:]:
            formatter.write_text(line) if not line.startswith("  ") else formatter.write(line + "\n")


def filter_options(fn: F) -> F:
    """The event filters shared by ``events`` and ``export``."""
    options = [
        click.option("--actor", metavar="CODE", help="Actor code as source, target or participant (e.g. USA, NATO); "
                     "`communique actors resolve NAME` finds a code."),
        click.option("--dyad", nargs=2, metavar="A B", default=None,
                     help="Two actor codes both among the event's actors, either direction."),
        click.option("--type", "types", multiple=True, metavar="TYPE",
                     help="PLOVER event type (repeatable): " + ", ".join(EVENT_TYPES) + "."),
        click.option("--mode", "modes", multiple=True, metavar="MODE", help="Event mode (repeatable), e.g. phone."),
        click.option("--class", "quad_classes", multiple=True, metavar="CLASS",
                     help="Conflict/cooperation class (repeatable): " + ", ".join(QUAD_CLASSES) + "."),
        click.option("--min-intensity", type=float, metavar="X", help="Goldstein intensity at least X (-10 ... 10)."),
        click.option("--max-intensity", type=float, metavar="X", help="Goldstein intensity at most X (-10 ... 10)."),
        click.option("--status", "statuses", multiple=True, metavar="STATUS",
                     help="Event status (repeatable): " + ", ".join(STATUSES) + "."),
        click.option("--since", metavar="DATE", help="Events dated on or after DATE (2021, 2021-04, 2021-04-16, "
                     "'April 16, 2021'; any year from 1000 to 2999: events of 1648 are read)."),
        click.option("--until", metavar="DATE", help="Events dated on or before DATE (inclusive)."),
        click.option("--date-basis", "date_bases", multiple=True, metavar="BASIS",
                     help="Where the date comes from (repeatable): text (the sentence), inherited (the "
                          "story's date), published (the publication date)."),
        click.option("--undated", type=click.Choice(["include", "exclude"]), default="include", show_default=True,
                     help="Whether --since/--until keep events without a date (their count is printed)."),
        click.option("--text", metavar="STR", help="Case-insensitive substring of the evidence sentence."),
        click.option("--doc", "doc_ids", multiple=True, metavar="ID", help="Only events of this document (repeatable)."),
        click.option("--event-id", "event_id", metavar="ID",
                     help="Every report of one event (an old id of a merged event finds the event it joined)."),
        click.option("--no-background", is_flag=True, help="Leave out background events (history, aggregates)."),
        click.option("--limit", type=click.IntRange(min=0, max=2**63 - 1), default=None, help="At most N events."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def build_query(store: Store, *, no_background: bool = False, **filters: Any) -> EventQuery:
    """A validated EventQuery from the parsed filter options; a bad value is a usage error."""
    from ..actors import KnowledgeBase

    try:
        return make_query(include_background=not no_background, known_codes=store.actor_codes(),
                          kb=KnowledgeBase.default, **filters)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from exc


def _undated_note(store: Store, q: EventQuery) -> None:
    if not q.has_date_filter:
        return
    n = store.count_undated(q)
    if n and q.undated == "include":
        click.echo(f"note: {n} undated event(s) included; --undated exclude leaves them out", err=True)
    elif n:
        click.echo(f"note: {n} undated event(s) left out; --undated include keeps them", err=True)


def _holds_no_events(store: Store) -> bool:
    """Whether the store holds no event at all: an empty table, or 'no event with this id' and the
    advice to list the ids, read as if the filters or the id were wrong."""
    return store.stats().get("events", 0) == 0


def _no_events_yet(store: Store) -> str:
    return (f"{store.path} holds no events yet; store some with `communique ingest INPUTS --db {store.path}` "
            "(or give --db the database you ingested into)")


@contextmanager
def _reading(store: Store, what: str) -> Iterator[None]:
    """The block, with the store's errors turned into messages that say what failed."""
    try:
        yield
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc
    except (duckdb.Error, RuntimeError) as exc:  # a damaged block met only when read
        reraise_interrupt(exc)  # Ctrl-C while DuckDB ran the query: the command's own handling, no traceback
        if isinstance(exc, RuntimeError):
            raise
        raise click.ClickException(str(store_error(exc, str(store.path), what))) from exc


@click.command("events", cls=FilterCommand)
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="A table for reading, or JSONL (the exchange format) for other tools.")
@click.option("--by-event", is_flag=True,
              help="One row per real event (all reports of it fused across articles): its best-dated "
                   "report, with its report, article and outlet counts and first/last reported dates.")
def events_command(db: str | None, fmt: str, by_event: bool, **filters: Any) -> None:
    """Show stored events, filtered by actor, dyad, type, class, status, dates and text.

    One row per report (a mention in one article) by default; with --by-event one per real
    event, counting every report of an event that has a report matching the filters.

    \b
    Examples:
      communique events --actor USA --type CONSULT
      communique events --dyad USA CHN --since 2021-01 --format jsonl
      communique events --class material_conflict --max-intensity -7
      communique events --by-event --actor IRN          # then: communique show EVENT_ID
    """
    with _open(db) as store, _reading(store, "reading the events"):
        q = build_query(store, **filters)
        rows = store.query_events(q) if by_event else store.query(q)
        _undated_note(store, q)
        empty = not rows and _holds_no_events(store)
    if empty:
        click.echo(f"note: {_no_events_yet(store)}", err=True)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif by_event:
        print_real_events(rows)
    else:
        print_events(rows)


@click.command("show")
@db_option
@click.argument("event_id", callback=not_empty("give an event_id from `communique events --by-event`"))
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help="Text for reading, or JSONL: one line per report (exchange format plus outlet).")
def show_command(db: str | None, event_id: str, fmt: str) -> None:
    """Show every report of one real event: outlet, publication date, date, status and evidence.

    EVENT_ID is an `event_id` from `communique events` or an export; an older id of an event
    that later merged with another still works (it resolves to the event it joined).

    \b
    Examples:
      communique show ev_3f2a9c0d1e4b5a67
      communique show ev_3f2a9c0d1e4b5a67 --format jsonl
    """
    with _open(db) as store:
        with _reading(store, "reading the event"):
            current, rows = store.event_reports(clean_field(event_id) or "-")
            empty = not rows and _holds_no_events(store)
    if empty:
        raise click.ClickException(f"{named(event_id)}: no event with this id: {_no_events_yet(store)}")
    if not rows:
        raise click.ClickException(f"{named(event_id)}: no event with this id in {store.path}; "
                                   "`communique events --by-event` lists the event ids")
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    print_reports(event_id, current, rows)


@click.command("export", cls=FilterCommand)
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help="jsonl (the exchange format), csv (flat: one column per actor field) or parquet (nested).")
@click.option("--canonical", is_flag=True,
              help="Write the whole store as sorted JSON lines without ingestion times, to compare two "
                   "stores (`diff a.jsonl b.jsonl`); takes no filters or --format.")
@click.option("--by-event", is_flag=True,
              help="One row per real event (its best-dated report plus reports, articles, outlets, "
                   "first_reported, last_reported) instead of one per report.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, allow_dash=True), required=True,
              callback=given_output,
              help="File to write (replaced if it exists); '-' writes jsonl, csv or --canonical to standard output.")
def export_command(db: str | None, fmt: str | None, canonical: bool, by_event: bool, output: str,
                   **filters: Any) -> None:
    """Export stored events (optionally filtered) to JSONL, CSV or Parquet, or the whole store canonically.

    \b
    Examples:
      communique export --format csv -o events.csv --since 2021 --type AGREE
      communique export --format csv --by-event -o real_events.csv   # one row per real event
      communique export --canonical -o store.jsonl     # identical for identical inputs
      communique export --format jsonl -o - | gzip > events.jsonl.gz
    """
    narrowed = fmt or by_event or any(v not in (None, (), False, "include") for v in filters.values())
    if canonical and narrowed:
        raise click.UsageError("--canonical writes the whole store: drop --format, --by-event and the filters")
    if not canonical and not fmt:
        said = named_format(output)
        raise click.UsageError(f"give --format {said} (the format {output} names), or another of jsonl, csv and "
                               "parquet" if said else "give --format jsonl, csv or parquet (or --canonical)")
    misnamed = output_misnamed(output, fmt or "jsonl", option=None if canonical else "--format")
    if misnamed is not None:
        raise click.UsageError(str(misnamed))
    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet is binary and is not written to standard output: give -o a file name, "
                               "e.g. -o events.parquet, or use --format jsonl or csv with -o -")
    try:
        with _open(db) as store, _reading(store, "reading the events"):
            n = _export(store, output, fmt, canonical, by_event, filters)
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM while the file is written (was click's 'Aborted!', status 1)
        from ..cli import _fail
        from ..errors import InterruptedRunError

        kept = "standard output is cut short" if output == "-" else f"nothing was written to {printable(output)}"
        raise _fail(InterruptedRunError(f"interrupted; {kept}", input="export", hint="run it again")) from None
    what = "line" if canonical else "real event" if by_event else "event"
    click.echo(f"wrote {n} {what}(s) to {'standard output' if output == '-' else output}", err=True)


def _export(store: Store, output: str, fmt: str | None, canonical: bool, by_event: bool,
            filters: dict[str, Any]) -> int:
    """Run the export to ``output`` ('-': standard output, whose failures the ``communique`` group
    reports); a file that cannot be written is a message with its fix."""
    from ..progress import command_progress

    out: str | IO[str] = sys.stdout if output == "-" else output
    try:
        if canonical:  # (a whole store: it gave no sign of life for minutes)
            with command_progress("exporting", store.canonical_size(), to_stdout=output == "-") as prog:
                return store.export_canonical(out, tick=prog.advance)
        q = build_query(store, **filters)
        total = None if by_event else store.browser().count(q)  # (real events are counted as they come)
        with command_progress("exporting", total, to_stdout=output == "-") as prog:  # (a bar: millions of rows)
            n = store.export(fmt or "jsonl", out, q, by_event=by_event, tick=prog.advance)
        _undated_note(store, q)
        return n
    except OSError as exc:
        if output == "-":
            raise
        raise click.ClickException(str(write_error(exc, output))) from exc


#: The names the top-level ``communique`` group registers.
events = events_command
export = export_command
show = show_command


def standalone_group() -> click.Group:
    """A small group holding these commands, for ``python -m communique.store.cli``."""
    group = click.Group("store", help="Query and export the communique event store.")
    group.add_command(events_command)
    group.add_command(export_command)
    group.add_command(show_command)
    return group


if __name__ == "__main__":
    standalone_group()(prog_name="communique")
