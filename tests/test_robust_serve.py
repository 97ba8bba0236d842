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
