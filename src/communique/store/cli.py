"""Command-line pieces over the store: ``events`` (show stored events) and ``export``.

The top-level ``communique`` group registers these commands; ``python -m
communique.store.cli`` runs them on their own. Every command is one library
call plus formatting.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import CommuniqueError
from ..types import STATUSES
from ._export import FORMATS
from ._query import EventQuery
from ._store import Store

F = TypeVar("F", bound=Callable[..., Any])

_SNIPPET = 90


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
    if not path.is_file():
        raise click.ClickException(
            f"{path}: no database here; run `communique ingest` first (or point --db at an existing file)")
    try:
        return Store(path, read_only=True)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc


def db_option(fn: F) -> F:
    """The ``--db PATH`` option (default: the ``db`` setting, e.g. communique.duckdb)."""
    return click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                        help="DuckDB file to read (default: the `db` setting, communique.duckdb).")(fn)


def filter_options(fn: F) -> F:
    """The event filters shared by ``events`` and ``export``."""
    options = [
        click.option("--actor", metavar="CODE", help="Actor code as source, target or participant (e.g. USA, NATO)."),
        click.option("--dyad", nargs=2, metavar="A B", default=None,
                     help="Two actor codes both among the event's actors, either direction."),
        click.option("--type", "types", multiple=True, metavar="TYPE",
                     help="PLOVER event type (repeat for several), e.g. CONSULT."),
        click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
                     help="Event status (repeatable)."),
        click.option("--since", metavar="DATE", help="Events dated on or after DATE (ISO: 2021, 2021-04, 2021-04-16)."),
        click.option("--until", metavar="DATE", help="Events dated on or before DATE (ISO prefix, inclusive)."),
        click.option("--text", metavar="STR", help="Case-insensitive substring of the evidence sentence."),
        click.option("--doc", "doc_ids", multiple=True, metavar="ID", help="Only events of this document (repeatable)."),
        click.option("--event-id", "event_id", metavar="ID",
                     help="Every report of one event (an old id of a merged event finds the event it joined)."),
        click.option("--no-background", is_flag=True, help="Leave out background events (history, aggregates)."),
        click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N events."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def build_query(actor: str | None, dyad: tuple[str, str] | None, types: tuple[str, ...],
                statuses: tuple[str, ...], since: str | None, until: str | None, text: str | None,
                doc_ids: tuple[str, ...], no_background: bool, limit: int | None,
                event_id: str | None = None) -> EventQuery:
    """An EventQuery from the parsed filter options."""
    return EventQuery(actor=actor, dyad=tuple(dyad) if dyad else None,  # type: ignore[arg-type]
                      type=list(types) or None, status=list(statuses) or None, since=since, until=until,
                      text=text, doc_id=list(doc_ids) or None, include_background=not no_background,
                      limit=limit, event_id=event_id)


def _actor_cell(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    name = actor.get("name")
    return f"{actor.get('code')} ({name})" if name and name != actor.get("code") else str(actor.get("code"))


def _snippet(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _print_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} event(s)", show_lines=False)
    for col in ("date", "type", "source", "target", "participants", "status", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r.get("date") or "", r["type"] + (f"/{r['mode']}" if r.get("mode") else ""),
                      _actor_cell(r.get("source")), _actor_cell(r.get("target")),
                      ", ".join(p.get("code") or "" for p in r.get("participants") or []),
                      r.get("status") or "", _snippet((r.get("evidence") or {}).get("text")))
    Console(width=max(Console().width, 140)).print(table)


@click.command("events")
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="A table for reading, or JSONL (the exchange format) for other tools.")
def events_command(db: str | None, fmt: str, **filters: Any) -> None:
    """Show stored events, filtered by actor, dyad, type, status, dates and text.

    \b
    Examples:
      communique events --actor USA --type CONSULT
      communique events --dyad USA CHN --since 2021-01 --format jsonl
    """
    q = build_query(**filters)
    with _open(db) as store:
        try:
            rows = store.query(q)
        except CommuniqueError as exc:
            raise click.ClickException(str(exc)) from exc
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    else:
        _print_table(rows)


@click.command("export")
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help="jsonl (the exchange format), csv (flat: one column per actor field) or parquet (nested).")
@click.option("--canonical", is_flag=True,
              help="Write the whole store as sorted JSON lines without ingestion times, to compare two "
                   "stores (`diff a.jsonl b.jsonl`); takes no filters or --format.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), required=True,
              help="File to write (replaced if it exists).")
def export_command(db: str | None, fmt: str | None, canonical: bool, output: str, **filters: Any) -> None:
    """Export stored events (optionally filtered) to JSONL, CSV or Parquet, or the whole store canonically.

    \b
    Examples:
      communique export --format csv -o events.csv --since 2021 --type AGREE
      communique export --canonical -o store.jsonl     # identical for identical inputs
    """
    if canonical and (fmt or any(v not in (None, (), False) for v in filters.values())):
        raise click.UsageError("--canonical writes the whole store: drop --format and the filters")
    if not canonical and not fmt:
        raise click.UsageError("give --format jsonl, csv or parquet (or --canonical)")
    q = build_query(**filters)
    with _open(db) as store:
        try:
            n = store.export_canonical(output) if canonical else store.export(fmt or "jsonl", output, q)
        except CommuniqueError as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:
            raise click.ClickException(f"{output}: cannot write: {exc.strerror or exc}") from exc
    click.echo(f"wrote {n} {'line' if canonical else 'event'}(s) to {output}", err=True)


#: The names the top-level ``communique`` group registers.
events = events_command
export = export_command


def standalone_group() -> click.Group:
    """A small group holding these commands, for ``python -m communique.store.cli``."""
    group = click.Group("store", help="Query and export the communique event store.")
    group.add_command(events_command)
    group.add_command(export_command)
    return group


if __name__ == "__main__":
    standalone_group()(prog_name="communique")
