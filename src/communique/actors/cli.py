"""``communique actors``: resolve mentions, show what the knowledge base knows, rebuild it.

The lead registers :data:`actors` under the ``communique`` command; the module
also runs alone: ``python -m communique.actors.cli resolve "Prime Minister Suga" --date 2021-04-16 --json``.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import click

from communique._safe import named, printable
from communique._terminal import fill
from communique.errors import CommuniqueError, KnowledgeBaseError
from communique._options import not_empty


def _actor_dict(actor: Any) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"code": actor.code, "name": actor.name, "kind": actor.kind, "role": actor.role,
            "country": actor.country, "valid_from": actor.valid_from, "valid_to": actor.valid_to, "id": actor.id}


def _load(extra: tuple[str, ...]) -> Any:
    from communique.actors.kb import KnowledgeBase

    try:
        return KnowledgeBase.load(extra=extra) if extra else KnowledgeBase.default()
    except KnowledgeBaseError as exc:
        raise click.ClickException(str(exc)) from exc


def _check_date(date: str | None, where: str) -> str | None:
    """The date as the knowledge base reads it; a bad one, or one given empty, is refused (``--date
    "$DAY"`` with DAY unset resolved at no date without a word, where the API refuses ``date=``)."""
    from communique.actors.kb import normalize_date

    if date is not None and not date.strip():
        raise click.UsageError(f"{where}: an empty value (give a date, or leave {where} out)")
    try:
        return normalize_date(date)
    except KnowledgeBaseError as exc:
        raise click.ClickException(f"{where}: bad date {date!r}; give the date as YYYY-MM-DD, YYYY-MM or YYYY") from exc


_EXTRA = click.option("--extra", multiple=True, type=click.Path(dir_okay=False),
                      help="Your own actors: a .yaml, .csv or Phoenix .actors file (repeatable).")


@click.group(help="The actor knowledge base: states, organisations and people with dated roles.")
def actors() -> None:
    """The ``actors`` command group."""


@actors.command(help="Resolve a mention (TEXT) at a date to the actor it names, e.g. "
                     "'Prime Minister Suga' --date 2021-04-16. With --batch FILE, read one "
                     '{"text": ..., "date": ...} JSON object per line and print one result per line '
                     "(null where nothing matches; a line that cannot be read gives null and an error "
                     "on stderr, and the command exits 1).")
@click.argument("text", required=False)
@click.option("--date", default=None, help="The event's date, YYYY-MM-DD (YYYY-MM and YYYY also work).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--batch", type=click.Path(dir_okay=False), default=None,
              help="A JSON-lines file of {\"text\": ..., \"date\": ...} objects ('-' for stdin).")
@_EXTRA
def resolve(text: str | None, date: str | None, as_json: bool, batch: str | None, extra: tuple[str, ...]) -> None:
    """Resolve one mention, or a batch of them."""
    if batch is None and text is None:
        raise click.UsageError("give a TEXT to resolve, or --batch FILE")
    if batch is None and text is not None and not text.strip():  # ("no actor matches ''", status 0)
        raise click.UsageError("TEXT is empty (an unset shell variable?); give the mention to resolve, "
                               "e.g. 'Prime Minister Suga'")
    if batch is not None:
        _resolve_batch(batch, date, extra)
        return
    d = _check_date(date, "--date")
    kb = _load(extra)
    assert text is not None
    actor = kb.resolve(text, d)
    if as_json:
        click.echo(json.dumps(_actor_dict(actor), ensure_ascii=False))
    elif actor is None:
        click.echo(f"no actor matches {printable(repr(text), 200)}" + (f" on {date}" if date else ""))
    else:
        role = f", {actor.role}" if actor.role else ""
        span = f" ({actor.valid_from or '?'} to {actor.valid_to or 'now'})" if actor.role else ""
        click.echo(f"{actor.code}  {actor.name} [{actor.kind}{role}]{span}")


def _a_device(path: str) -> bool:
    """Whether ``path`` is a character or block device (a pipe is read: ``--batch <(command)``)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # (opening it says why)
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode)


def _resolve_batch(batch: str, default_date: str | None, extra: tuple[str, ...]) -> None:
    from communique.actors.batch import bounded_lines, read_mentions

    _check_date(default_date, "--date")
    if batch != "-" and _a_device(batch):  # /dev/zero: one endless line, read without end or a word
        raise click.ClickException(f"{printable(batch)}: a device, not a file; pass a JSON-lines file "
                                   "(or '-' for standard input)")
    try:
        fh = sys.stdin.buffer if batch == "-" else open(batch, "rb")
    except OSError as exc:
        raise click.ClickException(f"{printable(batch)}: cannot read the batch file ({exc.strerror}); "
                                   "pass a readable JSON-lines file") from exc
    from communique.progress import command_progress

    kb = _load(extra)
    failed = 0
    with fh, command_progress("resolving", to_stdout=True) as prog:  # (a bar: a batch may hold millions)
        for item in read_mentions(bounded_lines(fh), batch, default_date):
            if isinstance(item, CommuniqueError):  # a line that cannot be used: null, as for no match
                failed += 1
                prog.echo(f"error [{item.code}] {item}")
                click.echo("null")
            else:
                click.echo(json.dumps(_actor_dict(kb.resolve(item.text, item.date)), ensure_ascii=False))
            prog.advance(1)
    if failed:
        click.echo(f"{failed} line(s) could not be read (see the messages above; each gave null)", err=True)
        sys.exit(1)


@actors.command(help="List what the knowledge base knows of an actor: a code (JPN, NATO), an id "
                     "(person/joe_biden) or a name (Kishida).")
@click.argument("code", callback=not_empty("give a code (JPN, NATO), an id (person/joe_biden) or a name"))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@_EXTRA
def show(code: str, as_json: bool, extra: tuple[str, ...]) -> None:
    """Show the entities a code or name designates."""
    kb = _load(extra)
    items = kb.show(code)
    if not items:
        raise click.ClickException(f"{named(code)}: the knowledge base knows no such actor; "
                                   "try a code (JPN, NATO), an id or a name")
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    for item in items:
        click.echo(f"{item['id']}  {item['name']} [{item['kind']}] code={item.get('code') or item.get('country')}")
        for key in ("aliases", "acronyms", "adjectives", "metonyms"):
            if item.get(key):
                click.echo(fill(f"{key}: {', '.join(item[key])}"))
        for r in item["roles"]:
            click.echo(f"  {r['role']} ({r['scope']}): {r['from'] or '?'} to {r['to'] or 'now'}")
        for o in item.get("offices", []):
            click.echo(f"  office {o['role']}: {o['name']} {o['from'] or '?'} to {o['to'] or 'now'}")
        if item.get("source"):
            click.echo(fill(f"source: {item['source']}"))


def _write_compiled(out: Path | None) -> Path:
    """Compile the sources into ``out`` (the packaged file by default), written as the other commands
    write an output (``atomic_path``): a missing folder is made with a note naming it, where the
    builder's own mkdir made ``--out reslts/kb.json`` a folder without a word, and a failed write
    leaves no temporary file. (Not in ``build.build``: the knowledge base must not import the run
    helpers, which import the pipeline.)"""
    from communique._runs import atomic_path
    from communique.actors.build import COMPILED_NAME, compile_sources, data_dir, encode

    folder = data_dir()
    path = out or folder / COMPILED_NAME
    text = encode(compile_sources(folder))
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


@actors.command(help="Rebuild the compiled knowledge base from the source files in communique/data/actors.")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the compiled JSON (default: the packaged actors.json).")
@click.option("--phoenix", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="First re-derive phoenix_*.csv from the Phoenix dictionaries in this folder.")
def build(out: Path | None, phoenix: Path | None) -> None:
    """Compile the sources into the JSON the resolver loads."""
    from communique.actors import build as builder

    try:
        if phoenix is not None:
            counts = builder.derive_phoenix(phoenix, builder.data_dir())
            click.echo(f"derived from Phoenix: {counts}")
        path = _write_compiled(out)
    except (CommuniqueError, OSError) as exc:  # (an output error of atomic_path too: a folder, a full disk)
        raise click.ClickException(f"build failed: {exc}") from exc
    click.echo(f"wrote {path}")


if __name__ == "__main__":
    actors()
