"""Session 21's red-team pass: an article stored before control characters were repaired, the
standard output writer on a full non-blocking pipe, and the inputs of the brief not tried
before. Each test fails without its fix."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import communique
from communique.cli import main
from communique.store import Store

CMD = [sys.executable, "-m", "communique.cli"]
#: the folder the tested package is imported from, for subprocesses run in another folder
SRC = str(Path(communique.__file__).resolve().parents[1])


# -- an article stored before session 20's control-character repair ---------------------------

_MANGLED = ("President Trump\u00e2\x80\x99s decision to withdraw troops from Syria angered officials in "
            "France\x01Germany on Monday, the minister said. ")


def _stored_as_before(db: Path, text: str) -> None:
    """The article as a version before the repair stored it: its text with its control
    characters, its fingerprint that text's."""
    from communique.clean import fingerprint
    from communique.types import Article, ArticleResult

    with Store(db) as store:
        store.write([ArticleResult(Article(id="m1", text=text, fingerprint=fingerprint(text)), (), ())])


def test_an_article_stored_before_its_control_characters_were_repaired_is_neither_refused_nor_doubled(
        tmp_path: Path):
    """Re-ingesting such an article said 'already stored with a different text' unless --replace:
    it is the same article read better, and replaces the stored text (once: a third run skips it)."""
    db, docs = tmp_path / "s.duckdb", tmp_path / "docs.jsonl"
    _stored_as_before(db, _MANGLED * 3)
    docs.write_text(json.dumps({"id": "m1", "published": "2019-01-07", "text": _MANGLED * 3}) + "\n",
                    encoding="utf-8")
    first = CliRunner().invoke(main, ["ingest", "-q", "--processes", "1", "--db", str(db), str(docs)])
    assert first.exit_code == 0 and "different text" not in first.stderr, first.stderr
    again = CliRunner().invoke(main, ["ingest", "--processes", "1", "--db", str(db), str(docs)])
    assert again.exit_code == 0 and "1 already stored and unchanged" in again.stderr, again.stderr
    with Store(db) as store:
        assert store.stats()["articles"] == 1
        text = store.text_of("m1") or ""
    assert "Trump\u2019s" in text and "FranceGermany" in text and "\x80" not in text


def test_a_different_text_under_an_id_stored_with_control_characters_is_still_refused(tmp_path: Path):
    db, docs = tmp_path / "s.duckdb", tmp_path / "docs.jsonl"
    _stored_as_before(db, _MANGLED * 3)
    other = _MANGLED.replace("Syria", "Iraq") * 3
    docs.write_text(json.dumps({"id": "m1", "published": "2019-01-07", "text": other}) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", "-q", "--processes", "1", "--db", str(db), str(docs)])
    assert res.exit_code == 1 and "already stored with a different text" in res.stderr, res.stderr


# -- standard output on a full non-blocking pipe ----------------------------------------------

def test_a_full_non_blocking_pipe_is_waited_on_not_spun_on():
    """The writer retried a write that found the pipe full at once, burning a CPU until the
    reader came back; it now sleeps until the pipe takes more, and still writes everything."""
    import io

    from communique._stdout import _WholeWrites

    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    data = b"x" * (1 << 20)
    spent: list[float] = []

    def write() -> None:
        start = time.thread_time()
        _WholeWrites(io.FileIO(write_fd, "w", closefd=False)).write(data)
        spent.append(time.thread_time() - start)
        os.close(write_fd)

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(1.0)  # the pipe is full long before: the writer waits
    got = bytearray()
    with os.fdopen(read_fd, "rb") as pipe:
        while chunk := pipe.read(1 << 16):
            got += chunk
    writer.join(30)
    assert len(got) == len(data) and spent and spent[0] < 0.2, spent


# -- query options given empty ----------------------------------------------------------------

@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    from test_robust_store import _result

    db = tmp_path_factory.mktemp("db") / "small.duckdb"
    with Store(db) as store:
        store.write([_result(k) for k in range(5)])
    return db


@pytest.mark.parametrize("option", [["--actor", ""], ["--since", " "], ["--until", ""]])
@pytest.mark.parametrize("command", [["events", "--format", "jsonl"], ["export", "--format", "jsonl", "-o", "-"]])
def test_a_query_option_given_empty_is_refused_not_ignored(small_db: Path, command: list[str], option: list[str]):
    """``--actor "$CODE"`` with CODE unset filtered nothing and listed every event."""
    res = CliRunner().invoke(main, [*command, "--db", str(small_db), *option])
    assert res.exit_code == 2 and not res.stdout, (res.exit_code, res.stdout)
    assert f"{option[0]}: an empty value (give a value, or leave {option[0]} out)" in res.stderr, res.stderr
