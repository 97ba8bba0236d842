"""The twenty-fifth red-team pass, second round: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_robust_session25 import _warc_member

from communique.cli import main


# -- a WARC.gz record cut in the middle, with records after it: plain words naming the file and record -----

def test_a_record_cut_in_the_middle_of_an_archive_is_named_in_plain_words(tmp_path: Path):
    """The message was zlib's ('Error -3 while decompressing data: invalid distance too far back') on the
    archive alone: neither what was wrong nor which record."""
    cut = _warc_member(2, "Ghana and Togo met in Accra on Monday. " * 20)
    warc = tmp_path / "joined.warc.gz"
    warc.write_bytes(_warc_member(1, "Chile and Peru held talks in Lima on Tuesday. " * 4) + cut[: len(cut) // 2]
                     + _warc_member(3, "Kenya and Uganda met in Kampala on Friday. " * 4))
    res = CliRunner().invoke(main, ["clean", str(warc)])
    assert res.exit_code == 1 and res.stdout.count('"id"') == 2, res.output
    error = [line for line in res.stderr.splitlines() if line.startswith("error")]
    assert len(error) == 1, res.stderr
    assert f"{warc}#00000002: corrupt archive data at byte " in error[0], error
    # what zlib meets in the cut stream depends on the bytes that follow the cut: damaged data, or a checksum
    # that fails where the next record's data ran on (both said in plain words by read._gzip.damage_words)
    assert any(f"the record of http://example.org/2 cannot be read: {words}" in error[0]
               for words in ("the compressed data is damaged", "the checksum does not match the data")), error
    assert "Error -3" not in error[0] and "too far back" not in error[0], error
    assert "that record is skipped and reading goes on at the next one" in error[0], error


def test_a_damaged_gzip_file_says_what_is_wrong_in_plain_words(tmp_path: Path):
    """A .jsonl.gz whose data is damaged quoted zlib: 'damaged compressed data after 0 bytes (Error -3
    while decompressing data: invalid block type)'."""
    import gzip
    import json

    data = bytearray(gzip.compress(b"".join(json.dumps({"id": f"d{i}", "text": "Chile and Peru held talks in "
                                                                             f"Lima on Tuesday {i}."}).encode()
                                            + b"\n" for i in range(50))))
    data[12:20] = b"\xff" * 8
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(bytes(data))
    res = CliRunner().invoke(main, ["clean", str(feed)])
    assert res.exit_code == 1, res.output
    assert "Error -3" not in res.stderr and "the compressed data is damaged and cannot be inflated" in res.stderr, \
        res.stderr


# -- the actor search reads a dotless i (and the other letters with no accent to strip) as the plain one ------

def test_the_actor_search_finds_a_name_written_with_a_dotless_i(tmp_path: Path):
    """'Kilicdaroglu' found no 'Kılıçdaroğlu': strip_accents takes the cedilla and breve but 'ı' is a
    letter of its own, as 'ł' and 'ø' are."""
    from dataclasses import replace

    from test_robust_store import _result

    from communique.store import Store
    from communique.types import Actor

    res = _result(0)
    ev = replace(res.events[0], source=Actor(code="TURCOP", name="Kemal Kılıçdaroğlu", kind="person"),
                 target=Actor(code="POL", name="Łódź", kind="state"))
    with Store(tmp_path / "s.duckdb") as store:
        store.write([replace(res, events=(ev,))])
        browser = store.browser()
        assert [a["code"] for a in browser.actors("Kilicdaroglu")] == ["TURCOP"]
        assert [a["code"] for a in browser.actors("KILIÇDAROĞLU")] == ["TURCOP"]
        assert [a["code"] for a in browser.actors("lodz")] == ["POL"]
        assert [a["code"] for a in browser.actors("Kılıç")] == ["TURCOP"]


# -- HEAD is answered as GET without the body; a method a path does not take is named ---------------------

@pytest.fixture
def reader(small_db: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(small_db)) as c:
        yield c


@pytest.mark.parametrize("path", ["/", "/api/health", "/api/events?size=1"])
def test_a_head_request_is_answered_as_its_get_without_the_body(reader, path: str):
    """``curl -I`` or an uptime monitor's HEAD got 405 Method Not Allowed from a server that was up."""
    if path == "/":
        assert reader.head(path).headers["content-length"] == reader.get(path).headers["content-length"]
    head, get = reader.head(path), reader.get(path)
    assert head.status_code == get.status_code == 200, head.text
    assert head.content == b"" and int(head.headers["content-length"]) > 0  # (the health's age may differ)
    assert head.headers["content-type"] == get.headers["content-type"]


def test_a_method_a_path_does_not_take_is_named_with_the_ones_it_takes(reader):
    """The answer was 'Method Not Allowed', with an Allow header that left out HEAD."""
    res = reader.request("OPTIONS", "/api/events")
    assert res.status_code == 405 and res.headers["allow"] == "GET, HEAD", res.headers
    assert res.json()["detail"] == "OPTIONS /api/events: not taken here; this path takes GET and HEAD (the " \
                                   "reference is at /docs)"
    res = reader.get("/api/ingest")
    assert res.status_code == 405 and "GET /api/ingest: not taken here; this path takes POST" in res.text, res.text


def test_a_path_the_server_has_not_is_named(reader):
    """It was Starlette's bare 'Not Found'."""
    res = reader.get("/api/event")
    assert res.status_code == 404 and "GET /api/event: no such path" in res.json()["detail"], res.text


# -- ingest --reprocess with no INPUTS analyses the stored articles again: their source files may be gone ------

def test_reprocess_alone_analyses_the_stored_articles_when_their_files_are_gone(tmp_path: Path):
    """The stored text was the only copy left, but INPUTS were required: 'Missing argument', or for each
    gone file 'no such file or directory', and an --extra actor file added since could not be applied."""
    import json

    feed, db = tmp_path / "feed.jsonl", tmp_path / "s.duckdb"
    feed.write_text(json.dumps({"id": "q1", "published": "2021-04-16", "text": "Jane Qwertyson held talks with "
                                "Kenyan President William Ruto in Nairobi on Tuesday, officials said."}) + "\n")
    assert CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)]).exit_code == 0
    feed.unlink()
    mine = tmp_path / "mine.csv"
    mine.write_text("name,kind,code,country,aliases,role,from,to\n"
                    "Jane Qwertyson,person,,FRA,,foreign minister,2020-01-01,\n")
    res = CliRunner().invoke(main, ["ingest", "--reprocess", "--db", str(db), "--extra", str(mine)])
    assert res.exit_code == 0, res.output
    assert "1 article(s) stored (1 replacing older versions)" in res.stderr, res.stderr
    out = tmp_path / "events.jsonl"
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)]).exit_code == 0
    codes = {json.loads(line)["source"]["code"] for line in out.read_text().splitlines()} | \
        {p["code"] for line in out.read_text().splitlines() for p in json.loads(line).get("participants") or []}
    assert "FRA" in codes, out.read_text()
    res = CliRunner().invoke(main, ["ingest", "--db", str(db)])
    assert res.exit_code == 2 and "give the files or folders to store (or --reprocess alone" in res.stderr, res.output


# -- an output that is a named pipe no process reads: a note while waiting, not a silent stall ----------------

def test_an_export_to_a_pipe_no_one_reads_says_it_waits_for_a_reader(small_db: Path, tmp_path: Path):
    """Opening the pipe to write waits for a reader: ``export -o FIFO`` sat there without a word."""
    import os
    import subprocess
    import sys

    fifo = tmp_path / "events.pipe"
    os.mkfifo(fifo)
    run = subprocess.Popen([sys.executable, "-m", "communique.cli", "export", "--db", str(small_db), "--format",
                            "jsonl", "-o", str(fifo)], stderr=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        import select

        assert run.stderr is not None
        ready, _, _ = select.select([run.stderr], [], [], 60)
        first = run.stderr.readline() if ready else "(nothing in 60 s)"
        assert "a named pipe that no process reads yet; waiting for a reader" in first, first
        with open(fifo, encoding="utf-8") as reader:
            lines = reader.read().splitlines()
        assert run.wait(timeout=60) == 0 and lines and all(line.startswith("{") for line in lines), lines
    finally:
        run.kill()
        run.wait()


# -- serve --snapshot-dir a folder no file can be made in is refused before the start -----------------------

def test_a_snapshot_folder_no_file_can_be_made_in_is_refused_before_the_start(small_db: Path):
    """As root, os.access said /proc could be written: the start ended in a traceback and 'Application
    startup failed'."""
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    res = CliRunner().invoke(main, ["serve", "--db", str(small_db), "--snapshot-dir", "/proc", "--port", "18799"])
    assert res.exit_code == 2, res.output
    assert "/proc: the folder cannot be written" in res.stderr and "give a folder you can write to" in res.stderr, \
        res.stderr
    assert "No such file" not in res.stderr, res.stderr
