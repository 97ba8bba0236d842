"""Option callbacks shared by the commands, kept light: the ``communique`` group imports this
module before any command runs, so it must not pull in the store, the models or the web server
(``communique --help`` took a third of a second, and a Ctrl-C in it was a traceback)."""

from __future__ import annotations

from collections.abc import Callable

import click

__all__ = ["not_empty", "given_db", "given_output"]


def not_empty(hint: str) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    """An option callback refusing a value given empty (``--db "$DB"`` with DB unset), with ``hint``
    saying what to give instead; a value not given (None) passes."""
    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise click.BadParameter(f"an empty value (an unset shell variable?); {hint}", ctx=ctx, param=param)
        return value
    return check


#: ``--db ""`` read the store of the `db` setting without a word (events, export, serve) or named '.'
#: a folder (ingest)
given_db = not_empty("give a database file, or leave --db out to use the `db` setting")
#: ``-o ""`` wrote to standard output (extract, clean), or was refused as the folder '.' (export)
given_output = not_empty("give a file name, or '-' for standard output")
