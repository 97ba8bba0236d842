"""The twenty-sixth red-team pass: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def reader(small_db: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(small_db)) as c:
        yield c


# -- HEAD of /api/export answers the headers without building the export ---------------------------------

def test_a_head_of_the_export_does_not_build_it(reader, monkeypatch: pytest.MonkeyPatch):
    """HEAD was run as the GET, so every matching event was read and encoded (a whole Parquet file) only
    for the body to be dropped."""
    import communique.api._app as app_module

    built: list[str] = []
    real = app_module.iter_export
    monkeypatch.setattr(app_module, "iter_export", lambda fmt, chunks: built.append(fmt) or real(fmt, chunks))
    head = reader.head("/api/export?format=parquet")
    assert head.status_code == 200 and head.content == b"", head.text
    assert built == []
    assert head.headers["content-type"] == "application/vnd.apache.parquet"
    assert head.headers["content-disposition"] == 'attachment; filename="communique-events.parquet"'
    assert "content-length" not in head.headers  # (a 0 would say the export is empty)
    get = reader.get("/api/export?format=parquet")
    assert get.status_code == 200 and get.content and built == ["parquet"]
    assert reader.head("/api/export?format=xml").status_code == 422


# -- an output into a missing folder: the folder is made and the run says so ------------------------------

def test_an_export_into_a_missing_folder_says_it_made_the_folder(small_db: Path, tmp_path: Path):
    """``export -o reslts/events.jsonl`` (a misspelt folder) made the folder without a word, and the user
    looked for the file in the folder they meant. Made, not refused, as ``ingest --db`` makes its folder."""
    from click.testing import CliRunner

    from communique.cli import main

    out = tmp_path / "reslts" / "june" / "events.jsonl"
    res = CliRunner().invoke(main, ["export", "--db", str(small_db), "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0 and out.exists(), res.output
    assert f"note: {out.parent}: no such folder; made it (and {tmp_path / 'reslts'} above it) for events.jsonl; " \
           "if you meant another folder, check the path given to -o" in res.stderr, res.stderr
    res = CliRunner().invoke(main, ["export", "--db", str(small_db), "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0 and "no such folder" not in res.stderr, res.stderr


def test_a_folder_made_for_an_output_never_written_is_not_left(tmp_path: Path):
    from communique._runs import atomic_path

    with pytest.raises(KeyboardInterrupt), atomic_path(tmp_path / "new" / "deeper" / "events.jsonl") as tmp:
        tmp.write_text("half")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


# -- a value FastAPI refuses is named in the project's words ----------------------------------------------

@pytest.mark.parametrize("path, msg", [
    ("/api/events?size=abc", "size: 'abc' is not a whole number (give digits only, e.g. 100)"),
    ("/api/events?size=5000", "size: 5000 is out of range (give 1000 or less)"),
    ("/api/aggregates/dyads?limit=0", "limit: 0 is out of range (give 1 or more)"),
    ("/api/export?format=xml", "format: unknown value 'xml' (use one of: jsonl, csv, parquet)"),
    ("/api/actors/resolve", "text: required, but not given (add text=VALUE; the reference is at /docs)"),
    ("/api/actors/resolve?text=", "text: an empty value (give a value)"),
    ("/api/events?min_intensity=high", "min_intensity: 'high' is not a number (give e.g. 2.5 or -7)"),
    ("/api/events?cursor=" + "c" * 2500, "cursor: 2,500 characters, over the 2,000-character limit (give a "
                                         "shorter value)"),
])
def test_a_value_the_framework_refuses_is_named_with_the_fix(reader, path: str, msg: str):
    """They read 'Input should be a valid integer, unable to parse string as an integer', 'Field required',
    'Input should be less than or equal to 1000', and echoed a value refused for its length whole."""
    res = reader.get(path)
    assert res.status_code == 422, res.text
    [error] = res.json()["detail"]
    assert error["msg"] == msg and error["loc"][-1] == msg.split(":")[0], error
    assert len(res.text) < 500, res.text


# -- a hint holds no brackets of its own: CommuniqueError.__str__ puts it in brackets -----------------------

def _hint_texts() -> list[tuple[str, str]]:
    """Every literal text given as a ``hint=`` (or kept in a module's ``*HINT*`` constant), with its place."""
    import ast

    import communique

    found = []
    for path in sorted(Path(communique.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            values = [kw.value for kw in node.keywords if kw.arg == "hint"] if isinstance(node, ast.Call) else \
                [node.value] if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and any(
                    isinstance(t, ast.Name) and "HINT" in t.id for t in node.targets) else []
            for value in values:
                text = "".join(c.value for c in ast.walk(value) if isinstance(c, ast.Constant) and isinstance(c.value, str))
                found.append((f"{path.name}:{value.lineno}", text))
    return found


def test_no_hint_holds_brackets_inside_the_brackets_the_message_adds():
    """'(write it as YYYY-MM-DD (or YYYY-MM, YYYY), e.g. 2014-05-21)', '(give .txt, .html, .jsonl(.gz) ...)',
    '(raise the limit (ulimit -f), or write a smaller output (filters narrow an export))': about 30 hints."""
    texts = _hint_texts()
    assert len(texts) > 50
    assert [(where, text) for where, text in texts if "(" in text or ")" in text] == []


def test_a_rendered_date_hint_reads_without_brackets_in_brackets():
    from communique.dateinput import HINT
    from communique.errors import InputError

    assert str(InputError("not a calendar date", input="since", hint=HINT)) == \
        "since: not a calendar date (write it as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2014-05-21)"


# -- a page whose meta charset names an encoding it cannot be in is read as if it named none ----------------

_PAGE = ('<html><head><meta charset="{}"><title>Talks</title></head><body><article><p>The minister said \u201cwe '
         'will not yield\u201d \u2014 and the talks in Paris ended on Tuesday after officials of both sides met for '
         'hours.</p><p>Caf\u00e9 owners in the capital said the protest was peaceful and that police watched from a '
         'distance.</p></article></body></html>')


@pytest.mark.parametrize("charset", ["utf-16", "UTF-16LE", "utf-16be", "cp037"])
def test_a_page_declaring_an_encoding_it_cannot_be_in_is_read(tmp_path: Path, charset: str):
    """A Windows-1252 page saying ``<meta charset="utf-16">`` (a known slip) was decoded as UTF-16 whenever its
    length was even: the whole page became CJK characters; ``cp037`` (EBCDIC) made it control bytes. Either way
    it was refused as holding no article. A page whose meta tag reads as ASCII is in neither."""
    import json

    from click.testing import CliRunner

    from communique.cli import main

    data = _PAGE.format(charset).encode("cp1252")
    page = tmp_path / "talks.html"
    page.write_bytes(data if len(data) % 2 == 0 else data + b" ")
    res = CliRunner().invoke(main, ["clean", str(page)])
    assert res.exit_code == 0, res.output
    text = json.loads(res.stdout)["text"]
    assert "The minister said \u201cwe will not yield\u201d \u2014 and the talks in Paris" in text, text[:200]


def test_a_declared_charset_is_taken_when_the_page_can_be_in_it():
    from communique.read._decode import declared_codec

    assert [declared_codec(n) for n in ("windows-1251", "latin1", "shift_jis", "iso-8859-15")] == \
        ["cp1251", "iso8859-1", "shift_jis", "iso8859-15"]
    assert [declared_codec(n) for n in ("utf-16be", "utf-7", "raw_unicode_escape", "punycode", "rot13", "nonsense")] \
        == [None] * 6


# -- Ctrl-C: DuckDB's own report of it is the run's interruption; serve stops with a word -------------------

def _interrupted_by_a_signal() -> None:
    """A DuckDB statement that a real SIGINT to this process lands in (not ``con.interrupt()``): the client
    swallows the ``KeyboardInterrupt`` and raises ``RuntimeError('Query interrupted')``."""
    import os
    import signal
    import threading

    import duckdb

    con = duckdb.connect()
    threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
    con.execute("SELECT sum(a.range) FROM range(100000000000) a").fetchall()


def test_a_ctrl_c_landing_in_a_database_statement_is_the_runs_interruption():
    """Only the InterruptException form was known: the RuntimeError form was taken as one record's failure
    by the record guard, and was a traceback where a store is opened (``serve``, ``events``)."""
    import signal

    from communique._guard import stage

    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        pytest.skip("SIGINT is not Python's KeyboardInterrupt here")
    with pytest.raises(KeyboardInterrupt):
        with stage("store", "docs.jsonl", "d2"):
            _interrupted_by_a_signal()


def test_serve_interrupted_before_it_serves_says_so(small_db: Path, monkeypatch: pytest.MonkeyPatch):
    """It was click's bare 'Aborted!' (exit status 1), or a traceback ending 'RuntimeError: Query interrupted'."""
    pytest.importorskip("uvicorn", reason="the server extra is not installed")
    from click.testing import CliRunner

    import communique.api.cli as serve_cli
    from communique.cli import main

    def ctrl_c(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(serve_cli, "_check_token", ctrl_c)
    res = CliRunner().invoke(main, ["serve", "--db", str(small_db), "--port", "1"])
    assert res.exit_code == 130, res.output
    assert "serve: interrupted before the server started; nothing was changed (run the same command again to " \
           "start it)" in res.stderr and "Aborted" not in res.stderr, res.stderr


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_serve_stopped_by_ctrl_c_or_sigterm_says_it_stopped(small_db: Path, tmp_path: Path, sig: str):
    """uvicorn raises the signal again once it has shut down: the process ended by it without a word (SIGTERM,
    a container stop: status -15), or exit status 0 with nothing said."""
    pytest.importorskip("uvicorn", reason="the server extra is not installed")
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    import communique

    env = {**os.environ, "HOME": str(tmp_path), "PYTHONPATH": str(Path(communique.__file__).parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", "from communique.cli import main; main()", "serve", "--db",
                             str(small_db), "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler))
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as res:
                    if res.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        proc.send_signal(getattr(signal, sig))
        err = proc.communicate(timeout=60)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, (proc.returncode, err)
    assert f"stopped serving {small_db} at http://127.0.0.1:{port}/" in err and "Traceback" not in err, err


def test_an_export_whose_query_ctrl_c_lands_in_says_it_was_interrupted(small_db: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch):
    """A Ctrl-C landing in DuckDB's query of the events was a traceback ending 'RuntimeError: Query interrupted'."""
    from click.testing import CliRunner

    from communique.cli import main
    from communique.store import Store

    def interrupted(self: object, *args: object, **kwargs: object) -> None:
        raise RuntimeError("Query interrupted")

    monkeypatch.setattr(Store, "iter_query", interrupted)
    out = tmp_path / "events.jsonl"
    res = CliRunner().invoke(main, ["export", "--db", str(small_db), "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 130, (res.output, res.exception)
    assert f"export: interrupted; nothing was written to {out}" in res.stderr and not out.exists(), res.stderr
