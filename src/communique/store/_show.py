"""Stored events laid out for reading in a terminal (``communique events``).

Wide screens get one table row an event; narrow ones (under :data:`TABLE_MIN_WIDTH` columns)
one block an event, so that the evidence sentence keeps most of the width. The evidence is
never cut: it wraps. Each event names its article (id, title and publication date when known).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from typing import Any

import click
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .._terminal import fill

#: Below this many columns a table of nine columns squeezes the evidence to a few words a line.
TABLE_MIN_WIDTH = 200

#: Shares of the width left after the fixed columns.
_RATIOS = {"source": 2, "target": 2, "participants": 1, "article": 2, "evidence": 6}

#: The least width of those columns (an article id is about 20 characters).
_MIN_WIDTHS = {"source": 14, "target": 14, "participants": 12, "article": 22, "evidence": 40}

#: The width used when stdout is no terminal and nothing says how wide the reader's screen is.
PIPE_WIDTH = 200


def screen_width(stdout_is_terminal: bool, terminal_width: int) -> int:
    """The width to lay events out in: the terminal's; else ``$COLUMNS``; else the terminal
    stderr is on (``communique events | less``); else :data:`PIPE_WIDTH`."""
    if stdout_is_terminal:
        return terminal_width
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stderr is not None and sys.stderr.isatty():
        return shutil.get_terminal_size((PIPE_WIDTH, 24)).columns
    return PIPE_WIDTH


def print_events(rows: Sequence[dict[str, Any]], console: Console | None = None) -> None:
    """Print ``rows`` (store query rows) as a table or as blocks, whichever fits the screen."""
    if console is None:
        probe = Console()
        console = Console(width=screen_width(probe.is_terminal, probe.width), soft_wrap=False)
    title = f"{len(rows)} event(s)"
    if console.width >= TABLE_MIN_WIDTH:
        console.print(events_table(rows, title))
    else:
        console.print(Text(title, style="bold"))
        for row in rows:
            console.print(event_block(row))


def events_table(rows: Sequence[dict[str, Any]], title: str) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    for col in ("date", "type", "class", "source", "target", "participants", "status", "article", "evidence"):
        table.add_column(col, overflow="fold", no_wrap=col in ("date", "type", "class", "status"),
                         ratio=_RATIOS.get(col), min_width=_MIN_WIDTHS.get(col))
    for r in rows:
        table.add_row(r.get("date") or "", type_cell(r), class_cell(r), actor_cell(r.get("source")),
                      actor_cell(r.get("target")), ", ".join(actor_cell(p) for p in r.get("participants") or []),
                      r.get("status") or "", article_cell(r), evidence_text(r))
    return table


def event_block(r: dict[str, Any]) -> Group:
    """One event as a few lines: what, who, which article, then the whole evidence sentence."""
    head = Text()
    head.append(r.get("date") or "undated", style="bold")
    head.append(f"  {type_cell(r)}  {class_cell(r)}  {r.get('status') or ''}")
    who = f"{actor_cell(r.get('source')) or '?'} -> {actor_cell(r.get('target')) or '?'}"
    others = ", ".join(actor_cell(p) for p in r.get("participants") or [])
    if others:
        who += f"; with {others}"
    return Group(head, Padding(Text(who), (0, 0, 0, 2), expand=False),
                 Padding(Text(f"article: {article_cell(r, sep=' ')}", style="dim"), (0, 0, 0, 2), expand=False),
                 Padding(Text(evidence_text(r)), (0, 0, 1, 4), expand=False))


def type_cell(r: dict[str, Any]) -> str:
    return str(r.get("type") or "") + (f"/{r['mode']}" if r.get("mode") else "")


def class_cell(r: dict[str, Any]) -> str:
    cls = (r.get("quad_class") or "").replace("_", " ")
    value = r.get("intensity")
    return f"{cls} {value:+.1f}" if isinstance(value, (int, float)) else cls


def actor_cell(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    name = actor.get("name")
    return f"{actor.get('code')} ({name})" if name and name != actor.get("code") else str(actor.get("code"))


def article_cell(r: dict[str, Any], sep: str = "\n") -> str:
    """The article's id, then its title and publication date where the store has them."""
    parts = [str(r.get("doc_id") or "")]
    if r.get("title"):
        parts.append(f"“{' '.join(str(r['title']).split())}”")
    if r.get("published"):
        parts.append(f"({r['published']})")
    return sep.join(parts)


def evidence_text(r: dict[str, Any]) -> str:
    """The whole evidence sentence on one logical line (the layout wraps it)."""
    return " ".join(((r.get("evidence") or {}).get("text") or "").split())


def print_reports(asked: str, current: str, rows: list[dict[str, Any]]) -> None:
    """Print every report of one event (``communique show``): a head line for the event, then
    each report's publication date, outlet, article, date and status with its evidence, wrapped."""
    face = rows[0]
    if current != asked:
        click.echo(f"{asked} merged into {current}")
    outlets = {r.get("outlet") for r in rows if r.get("outlet")}
    parties = ", ".join(filter(None, [actor_cell(face.get("source")), actor_cell(face.get("target"))]))
    click.echo(f"{current}  {face['type']}  {parties}  {face.get('date') or 'undated'}  {face.get('status')}")
    click.echo(f"{len(rows)} report(s) in {len({r['doc_id'] for r in rows})} article(s) from "
               f"{len(outlets)} outlet(s)\n")
    for r in rows:
        head = "  ".join(x for x in (r.get("published") or "?", r.get("outlet") or "unknown outlet",
                                     r["doc_id"], f"date {r.get('date') or '-'} ({r.get('date_basis') or '-'})",
                                     r["type"], r.get("status") or "") if x)
        click.echo(head + ("  [face]" if r is face else ""))
        if r.get("title"):
            click.echo(f"    {' '.join(str(r['title']).split())}")
        click.echo(fill(evidence_text(r), first="    > ", rest="      "))


def print_real_events(rows: Sequence[dict[str, Any]]) -> None:
    """One row per real event (``communique events --by-event``): its face and how widely it was reported."""
    probe = Console()
    console = Console(width=screen_width(probe.is_terminal, probe.width))
    table = Table(title=f"{len(rows)} real event(s)", show_lines=True)
    for col in ("event_id", "date", "type", "source", "target", "status", "reports", "articles", "outlets",
                "first reported", "last reported", "evidence"):
        table.add_column(col, overflow="fold", no_wrap=col in ("event_id", "date", "type"),
                         ratio=4 if col == "evidence" else None)
    for r in rows:
        table.add_row(r.get("event_id") or "", r.get("date") or "", r["type"], actor_cell(r.get("source")),
                      actor_cell(r.get("target")), r.get("status") or "", str(r["reports"]), str(r["articles"]),
                      str(r["outlets"]), r.get("first_reported") or "", r.get("last_reported") or "",
                      evidence_text(r))
    console.print(table)
