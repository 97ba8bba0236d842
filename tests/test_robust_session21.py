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

@pytest.mark.parametrize("option", [["--actor", ""], ["--since", " "], ["--until", ""]])
@pytest.mark.parametrize("command", [["events", "--format", "jsonl"], ["export", "--format", "jsonl", "-o", "-"]])
def test_a_query_option_given_empty_is_refused_not_ignored(small_db: Path, command: list[str], option: list[str]):
    """``--actor "$CODE"`` with CODE unset filtered nothing and listed every event."""
    res = CliRunner().invoke(main, [*command, "--db", str(small_db), *option])
    assert res.exit_code == 2 and not res.stdout, (res.exit_code, res.stdout)
    assert f"{option[0]}: an empty value (give a value, or leave {option[0]} out)" in res.stderr, res.stderr


# -- a store an older communique made ---------------------------------------------------------

def _older_store(db: Path) -> None:
    import duckdb

    from communique.store import _migrations

    con = duckdb.connect(str(db))
    _migrations.migrate(con, _migrations.MIGRATIONS[:3])
    con.close()


@pytest.mark.parametrize("command", [["events", "--format", "jsonl"], ["export", "--format", "csv", "-o", "-"]])
def test_reading_commands_upgrade_a_store_an_older_version_made(tmp_path: Path, command: list[str]):
    """They refused it with the hint to run `communique ingest` once, which needs inputs; the
    server, reading a snapshot of it, did not start."""
    from communique.store import _migrations

    db = tmp_path / "old.duckdb"
    _older_store(db)
    res = CliRunner().invoke(main, [*command, "--db", str(db)])
    assert res.exit_code == 0, res.stderr
    with Store(db, read_only=True) as store:
        assert store.migrations() == [name for name, _ in _migrations.MIGRATIONS]


def test_a_store_of_an_older_schema_that_cannot_be_written_says_how_to_upgrade_it(tmp_path: Path):
    import shutil
    import subprocess

    folder, mnt = tmp_path / "files", tmp_path / "ro"
    folder.mkdir()
    mnt.mkdir()
    _older_store(folder / "old.duckdb")
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a read-only bind mount needs root")
    if subprocess.run(["mount", "--bind", str(folder), str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount here")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], capture_output=True).returncode:
            pytest.skip("cannot remount read-only here")
        res = CliRunner().invoke(main, ["events", "--db", str(mnt / "old.duckdb")])
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
    assert res.exit_code == 1 and "Traceback" not in res.stderr, res.stderr
    assert "schema is not up to date (missing 0004" in res.stderr and "cannot be upgraded here" in res.stderr
    assert "give write access to the file" in res.stderr


def test_a_store_of_an_older_schema_another_process_holds_is_locked_not_unwritable(tmp_path: Path):
    """Another reader's hold on the file is a lock, as on opening (it read 'cannot be upgraded here' with
    the hint to give write access to a file that is writable)."""
    import subprocess

    from communique.errors import StoreError

    db = tmp_path / "old.duckdb"
    _older_store(db)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
                               "read_only=True); print('held', flush=True); time.sleep(60)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError) as err:
            Store(db, read_only=True, lock_wait=0.2)
    finally:
        holder.kill()
        holder.wait()
    assert err.value.cause == "locked" and "the database is locked" in str(err.value), str(err.value)


# -- JSONL feeds: a byte-order mark and nothing else --------------------------------------------

@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf\n\n", b"\xef\xbb\xbf \r\n"])
def test_a_jsonl_feed_of_a_byte_order_mark_alone_holds_no_records(tmp_path: Path, data: bytes):
    """It was 'not valid JSON: Expecting value at column 1' on its line 1."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(data)
    res = CliRunner().invoke(main, ["clean", "-q", str(feed)])
    assert res.exit_code == 1 and not res.stdout
    assert f"{feed}: the JSONL input holds no records" in res.stderr and "not valid JSON" not in res.stderr, res.stderr


def test_a_jsonl_feed_with_a_byte_order_mark_and_crlf_line_ends_reads_every_record(tmp_path: Path):
    lines = [json.dumps({"id": f"r{i}", "text": f"Japan and China held talks number {i} in Tokyo."}) for i in range(3)]
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\xef\xbb\xbf\r\n" + "\r\n".join(lines).encode() + b"\r\n")
    res = CliRunner().invoke(main, ["clean", "-q", str(feed)])
    assert res.exit_code == 0, res.stderr
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["r0", "r1", "r2"]


# -- WARC archives of records other than HTML responses ---------------------------------------

_PAGE = (b"<html><head><title>Talks</title></head><body><article><p>"
         + b"Japan and the United States held talks in Tokyo on Monday about trade and security. " * 5
         + b"</p></article></body></html>")


def _warc(path: Path, records: list[tuple[str, str, bytes, str | None, str]]) -> Path:
    """An uncompressed WARC of ``(type, uri, payload, http status or None, content type)`` records."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for kind, uri, payload, status, ctype in records:
            http = (StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                    if status else None)
            writer.write_record(writer.create_warc_record(uri, kind, payload=BytesIO(payload), http_headers=http,
                                                          warc_content_type=None if http else ctype))
    return path


def test_a_warc_of_records_that_hold_no_page_says_so(tmp_path: Path):
    """Requests, metadata and DNS records alone gave nothing and no word (exit status 0)."""
    warc = _warc(tmp_path / "crawl.warc", [
        ("request", "http://example.com/a", b"GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n", None, "text/x-request"),
        ("metadata", "http://example.com/a", b"outlinks: x", None, "application/warc-fields"),
        ("response", "dns:example.com", b"example.com. 300 IN A 1.2.3.4\n", None, "text/dns")])
    res = CliRunner().invoke(main, ["clean", "-q", str(warc)])
    assert res.exit_code == 1 and not res.stdout
    assert f"{warc}: the archive's 4 record(s) hold no page" in res.stderr, res.stderr


def test_plain_text_conversion_and_resource_records_are_read_as_articles(tmp_path: Path):
    """A WET file (the text of crawled pages in conversion records) was skipped without a word;
    a robots.txt response is still not an article."""
    text = b"France and Germany met in Paris on Tuesday to discuss energy policy and gas supplies. " * 3
    warc = _warc(tmp_path / "crawl.warc.wet", [
        ("conversion", "http://example.com/c", text, None, "text/plain"),
        ("resource", "urn:text:1", text.replace(b"Paris", b"Berlin"), None, "text/plain; charset=utf-8"),
        ("response", "http://example.com/robots.txt", b"User-agent: *\nDisallow: /\n", "200 OK", "text/plain")])
    warc = warc.rename(tmp_path / "crawl.warc")
    res = CliRunner().invoke(main, ["clean", "-q", str(warc)])
    assert res.exit_code == 0, res.stderr
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [d["url"] for d in docs] == ["http://example.com/c", "urn:text:1"]
    assert "met in Berlin" in docs[1]["text"]


def test_an_error_page_in_a_warc_is_named_for_its_http_status(tmp_path: Path):
    warc = _warc(tmp_path / "crawl.warc", [
        ("response", "http://example.com/a", _PAGE, "200 OK", "text/html; charset=utf-8"),
        ("response", "http://example.com/gone", b"<html><body>Not found</body></html>", "404 Not Found", "text/html")])
    res = CliRunner().invoke(main, ["clean", "-q", str(warc)])
    assert res.exit_code == 1 and len(res.stdout.splitlines()) == 1
    assert "the server answered 404 Not Found: an error page, not an article" in res.stderr, res.stderr


# -- arguments echoed in an error stay on one line --------------------------------------------

@pytest.mark.parametrize("args", [["show", "a\x1b[31mb\nforged line"], ["events", "--dyad", "A\nforged line"],
                                  ["actors", "show", "X\nforged line"],
                                  ["actors", "resolve", "--batch", "no\nforged line"]])
def test_an_argument_named_in_an_error_cannot_forge_a_second_line(small_db: Path, args: list[str]):
    """The event id of `show`, the codes of --dyad, the code of `actors show` and the batch file
    were printed as given: a newline in one forged a second message line."""
    db = ["--db", str(small_db)] if args[0] in ("show", "events") else []
    res = CliRunner().invoke(main, [*args, *db])
    assert res.exit_code in (1, 2), res.stderr
    lines = [x for x in res.stderr.splitlines() if x.strip() and not x.startswith(("Usage:", "Try "))]
    assert len(lines) == 1 and "\\nforged line" in lines[0] and "\x1b" not in lines[0], lines


@pytest.mark.parametrize("args", [["show", ""], ["actors", "show", " "]])
def test_an_empty_argument_named_in_an_error_is_quoted(small_db: Path, args: list[str]):
    db = ["--db", str(small_db)] if args[0] == "show" else []
    res = CliRunner().invoke(main, [*args, *db])
    # (since session 24b refused before any look-up, as an empty TEXT to resolve is: a usage error)
    assert res.exit_code == 2 and "an empty value (an unset shell variable?)" in res.stderr, res.stderr


def test_a_jsonl_feed_of_old_mac_line_ends_says_how_to_convert_it(tmp_path: Path):
    """Records parted by carriage returns alone were 'not valid JSON: Extra data at column 51'
    with the hint to fix the line."""
    lines = [json.dumps({"id": f"r{i}", "text": f"Japan and China held talks number {i} in Tokyo."}) for i in range(3)]
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes("\r".join(lines).encode() + b"\r")
    res = CliRunner().invoke(main, ["clean", "-q", str(feed)])
    assert res.exit_code == 1
    assert "a carriage return alone (old Mac line ends): convert them to newlines" in res.stderr, res.stderr
