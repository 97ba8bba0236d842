"""``communique serve``: run the HTTP API and web page over a store."""

from __future__ import annotations

import errno
import math
import os
from pathlib import Path
from typing import Any

import click

from .._options import given_db, not_empty
from .._safe import printable
from .._signals import interruptible
from ..errors import CommuniqueError, InterruptedRunError
from ..store._errors import unusable_path
from ..store.cli import _open, _resolve_db
from ._bind import bind_problem

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
#: the longest --poll (a day): a larger one (inf, 1e300) overflowed the watcher's wait and ended its
#: thread without a word, so the server never saw the store change
_MOST_POLL = 86_400.0


def _a_number(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """``--poll`` refused when not a number: click's range lets NaN through (no comparison holds),
    and the watcher then waited no time at all, reopening the store in a busy loop."""
    if math.isnan(value):
        raise click.BadParameter(f"{value} is not a number of seconds; give one from 0.1 to {_MOST_POLL:,.0f}",
                                 ctx=ctx, param=param)
    return value


@click.command("serve", context_settings=CONTEXT)
@click.option("--db", type=click.Path(dir_okay=False), default=None, callback=given_db,
              help="DuckDB file to serve (default: the `db` setting, communique.duckdb).")
@click.option("--host", default="127.0.0.1", show_default=True,
              callback=not_empty("give an address of this machine: 127.0.0.1 (the default) or 0.0.0.0"),
              help="Interface to bind; the default keeps the server on this machine (0.0.0.0 opens it to all).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port.")
@click.option("--token", default=None, envvar="COMMUNIQUE_TOKEN", show_envvar=True,
              help="Turn on POST /api/ingest, which then needs 'Authorization: Bearer TOKEN'. Off by default.")
@click.option("--snapshot-dir", type=click.Path(file_okay=False), default=None,
              callback=not_empty("give a folder, or leave --snapshot-dir out for a temporary one"),
              help="Folder for the read snapshots of the store (default: a temporary folder).")
@click.option("--poll", type=click.FloatRange(min=0.1, max=_MOST_POLL), default=1.0, show_default=True,
              callback=_a_number,
              help="Seconds between checks for a changed store.")
@click.option("--extra", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Your own actors and corrections (YAML, CSV or Phoenix .actors; repeatable), used by "
                   "POST /api/ingest and the /api/actors endpoints, as `ingest --extra` uses them.")
def serve(db: str | None, host: str, port: int, token: str | None, snapshot_dir: str | None, poll: float,
          extra: tuple[str, ...]) -> None:
    """Serve the store over HTTP: a JSON API (/api, schema at /openapi.json, reference at /docs)
    and a web page (/) with a timeline, actor network, map and event table.

    Reads go on while `communique ingest` writes the same file: the server answers from a
    snapshot taken when the file last changed and no writer held it.

    \b
    Examples:
      communique serve --db communique.duckdb
      communique serve --port 8080 --token "$(openssl rand -hex 16)"
    """
    try:
        with interruptible():
            uvicorn, create_app = _server_modules()
            path = _resolve_db(db)
            _open(str(path)).close()  # no store there, no store, an older one: refused now, with the fix
            _check_snapshot_dir(snapshot_dir)
            _check_token(host, token)
            kb = _load_kb(extra)
            app = create_app(path, token=token, snapshot_dir=snapshot_dir, poll_seconds=poll, kb=kb)
            problem = bind_problem(host, port)
    except KeyboardInterrupt:  # (was click's 'Aborted!')
        from ..cli import _fail

        raise _fail(InterruptedRunError("interrupted before the server started; nothing was changed",
                                        input="serve", hint="run the same command again to start it")) from None
    if problem is not None:
        raise click.ClickException(str(problem))
    url = f"http://{host}:{port}/"
    click.echo(f"serving {path} at {url} (API reference: /docs; Ctrl+C stops)", err=True)
    _run_until_stopped(uvicorn, app, host, port)
    click.echo(f"stopped serving {path} at {url}", err=True)


def _server_modules() -> tuple[Any, Any]:
    """uvicorn and the app factory, or the command to install them."""
    try:
        import uvicorn

        from . import create_app
    except ImportError as exc:
        raise click.ClickException(f"the server needs FastAPI and uvicorn ({exc.name} is missing); "
                                   "install them with: pip install 'communique[server]'") from exc
    return uvicorn, create_app


def _run_until_stopped(uvicorn: Any, app: Any, host: str, port: int) -> None:
    """Serve until Ctrl-C or SIGTERM, which end the command as a stop asked for: uvicorn shuts down
    and then raises the signal again, so the process ended by it without a word (Ctrl-C: exit status
    0, or -2 when it landed while the app started; SIGTERM: -15, a container stop), or with click's
    'Aborted!'. Under ``interruptible`` the raised signal is a ``KeyboardInterrupt``, taken here."""
    try:
        with interruptible():
            uvicorn.run(app, host=host, port=port, log_level=os.environ.get("COMMUNIQUE_LOG_LEVEL", "warning"))
    except KeyboardInterrupt:
        pass


def _check_token(host: str, token: str | None) -> None:
    """Refuse a short --token; warn when writes are on beyond this machine."""
    if token is not None and len(token) < 8:
        raise click.BadParameter("use at least 8 characters", param_hint="--token")
    if host not in ("127.0.0.1", "localhost", "::1") and token:
        click.echo(f"warning: serving on {host} with writes on; anyone who can reach it and has the token "
                   "can add articles", err=True)


def _load_kb(extra: tuple[str, ...]) -> Any:
    """The knowledge base with the --extra files (None without them), loaded now, so that a bad
    file is reported before the server starts."""
    if not extra:
        return None
    from ..actors import KnowledgeBase

    try:
        return KnowledgeBase.load(extra=extra)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc


def _unwritable(folder: Path) -> str | None:
    """Why no file can be made in ``folder``, found by making one: as root, ``os.access`` says yes
    to /proc or /sys, and the start ended in a traceback ('Application startup failed')."""
    import tempfile

    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".communique-probe-")
    except OSError as exc:  # (/proc answers 'No such file or directory', which misleads: left out)
        return "the folder cannot be written" + ("" if exc.errno == errno.ENOENT else f" ({exc.strerror or exc})")
    os.close(fd)
    os.unlink(name)
    return None


def _check_snapshot_dir(folder: str | None) -> None:
    """Refuse a --snapshot-dir the server could not keep its snapshots in, before it starts: a
    name that is not UTF-8 (DuckDB cannot open it), a path under a file, a folder it cannot make
    or write; each ended the start in a traceback."""
    if folder is None:
        return
    where = Path(folder)
    bad = unusable_path(where)
    problem = bad.message if bad is not None else None
    if problem is None:
        try:
            where.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            problem = f"cannot make the folder: {exc.strerror or exc}"
    if problem is None:
        problem = _unwritable(where)
    if problem is not None:
        raise click.BadParameter(f"{printable(folder, 200)}: {problem}; give a folder you can write to "
                                 "(or leave the option out: a temporary folder is used)", param_hint="--snapshot-dir")
