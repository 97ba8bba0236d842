"""`communique serve` where it cannot listen (a port another program holds, a host that resolves
to nothing, an address of another machine) is one line naming host:port and the fix, before it
says it serves: it printed 'serving ... at http://HOST:PORT/' then uvicorn's bare
'ERROR: [Errno 98] ...' and exited 3."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("uvicorn", reason="the server extra is not installed: pip install 'communique[server]'")

from communique.api._bind import bind_problem  # noqa: E402
from communique.cli import main  # noqa: E402
from communique.store import Store  # noqa: E402


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "x.duckdb"
    Store(path).close()
    return path


@pytest.fixture()
def busy_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def test_a_port_in_use_is_one_line_before_serving(store: Path, busy_port: int):
    res = CliRunner().invoke(main, ["serve", "--db", str(store), "--port", str(busy_port)])
    assert res.exit_code == 1 and "serving" not in res.output
    assert f"127.0.0.1:{busy_port}: the address is already in use" in res.output and "--port" in res.output


@pytest.mark.parametrize("host, words", [("no-such-host.invalid", "cannot resolve the host"),
                                         ("192.0.2.1", "not one of this machine's")])
def test_a_host_it_cannot_listen_on_is_named_with_the_fix(store: Path, host: str, words: str):
    res = CliRunner().invoke(main, ["serve", "--db", str(store), "--host", host, "--port", "8000"])
    assert res.exit_code == 1 and words in res.output and "127.0.0.1 or 0.0.0.0" in res.output


def test_a_free_port_has_no_problem():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert bind_problem("127.0.0.1", port) is None


@pytest.mark.parametrize("what", ["under a file", "not utf-8"])
def test_a_snapshot_folder_the_server_cannot_use_is_one_line_before_serving(store: Path, tmp_path: Path,
                                                                             what: str):
    """--snapshot-dir under a file or with a name that is not UTF-8 ended the start in a traceback
    (NotADirectoryError; a StoreError blaming the served store from inside uvicorn's startup)."""
    import os

    (tmp_path / "afile").write_text("x")
    folder = str(tmp_path / "afile" / "snaps") if what == "under a file" else \
        os.fsdecode(os.fsencode(tmp_path) + b"/snap\xff")
    res = CliRunner().invoke(main, ["serve", "--db", str(store), "--port", "8000", "--snapshot-dir", folder])
    assert res.exit_code == 2 and "serving" not in res.output and isinstance(res.exception, SystemExit)
    words = "cannot make the folder: Not a directory" if what == "under a file" else "the path is not UTF-8 text"
    assert "--snapshot-dir" in res.output and words in res.output, res.output
