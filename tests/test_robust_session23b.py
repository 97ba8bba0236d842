"""Session 23's second red-team pass: files of unread types skipped without a word, a DOS
end-of-file byte after a feed's last line, '-' read from a terminal with no hint, records the
crawler marked truncated, the 'x-gzip' alias, the API's date and empty-value checks, and progress
on long exports and batch resolutions. Each test fails without its fix."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import InputError
from communique.read import read_inputs
from communique.types import RawDoc


def _split(items: list) -> tuple[list[RawDoc], list[InputError]]:
    return [x for x in items if isinstance(x, RawDoc)], [x for x in items if not isinstance(x, RawDoc)]


def _line(i: int) -> bytes:
    return json.dumps({"id": f"d{i}", "text": f"France and Germany held talks on trade number {i}."}).encode()


# -- files of types communique does not read, beside readable ones ---------------------------------

def test_files_of_unread_types_beside_readable_ones_are_named_in_one_note(tmp_path: Path):
    (tmp_path / "a.txt").write_text("France and Germany held talks on trade.")
    (tmp_path / "feed.json").write_text("[]")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html.gz").write_bytes(gzip.compress(b"<html></html>"))
    (tmp_path / "sub" / "dump.xz").write_bytes(b"\xfd7zXZ\x00")
    notes: list[str] = []
    docs, errs = _split(list(read_inputs([tmp_path], notify=notes.append)))
    assert [d.id for d in docs] == ["a"] and not errs
    assert len(notes) == 1 and "3 file(s)" in notes[0], notes  # (was skipped without a word)
    assert all(part in notes[0] for part in ("feed.json", "page.html.gz", "dump.xz", ".html.gz", ".xz"))


def test_the_cli_reports_the_note_and_still_exits_0(tmp_path: Path):
    (tmp_path / "a.txt").write_text("France and Germany held talks on trade.")
    (tmp_path / "b.bz2").write_bytes(b"BZh9")
    res = CliRunner().invoke(main, ["clean", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert "note: 1 file(s)" in res.stderr and "b.bz2" in res.stderr


# -- a DOS end-of-file byte after the last line ------------------------------------------------------

@pytest.mark.parametrize("tail", [b"\n\x1a", b"\r\n\x1a", b"\x1a", b"\n\x1a\x1a"])
def test_a_dos_end_of_file_byte_ends_a_feed_without_an_error(tmp_path: Path, tail: bytes):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(0) + b"\n" + _line(1) + tail)
    docs, errs = _split(list(read_inputs([feed])))
    assert not errs, [str(e) for e in errs]  # was 'feed.jsonl:3: not valid JSON'
    assert [d.id for d in docs] == ["d0", "d1"]


def test_only_the_byte_that_ends_the_file_is_passed_over(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(0) + b"\x1a\n" + _line(1) + b"\n\x1a")
    docs, errs = _split(list(read_inputs([feed])))
    assert [d.id for d in docs] == ["d1"] and [e.input.rsplit(":", 1)[1] for e in errs] == ["1"]


# -- '-' with a terminal on standard input -----------------------------------------------------------

@pytest.mark.parametrize("command", ["extract", "clean"])
def test_reading_a_terminal_says_how_to_end_the_input(command: str, monkeypatch: pytest.MonkeyPatch):
    import communique.cli as cli

    piped = CliRunner().invoke(main, [command, "-"], input=_line(0).decode() + "\n")
    assert piped.exit_code == 0 and "terminal" not in piped.stderr
    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True, raising=False)
    res = CliRunner().invoke(main, [command, "-"], input=_line(0).decode() + "\n")
    assert "reading JSONL from the terminal" in res.stderr and "Ctrl-D" in res.stderr  # (waited without a word)


# -- WARC records the crawler marked truncated ---------------------------------------------------------

def _record(i: int, body: bytes, extra: str = "", encoding: str | None = None) -> bytes:
    head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
    head += f"Content-Encoding: {encoding}\r\n" if encoding else ""
    http = (head + "\r\n").encode() + body
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:t-{i}>\r\n{extra}"
            f"WARC-Target-URI: http://news.example/{i}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode() + http + b"\r\n\r\n"


_PAGE = b"<html><body><p>France and Germany held talks on trade in Paris on Monday.</p></body></html>"


def test_a_record_marked_truncated_is_read_with_a_note(tmp_path: Path):
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(_record(0, _PAGE, "WARC-Truncated: length\r\n") + _record(1, _PAGE))
    notes: list[str] = []
    docs, errs = _split(list(read_inputs([warc], notify=notes.append)))
    assert [d.id for d in docs] == ["t-0", "t-1"] and not errs
    assert len(notes) == 1 and "t-0" in notes[0] and "WARC-Truncated (length)" in notes[0], notes


# -- the 'x-gzip' alias of gzip --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["x-gzip", "X-Gzip"])
def test_x_gzip_content_is_decoded(tmp_path: Path, name: str):
    warc = tmp_path / "old.warc"
    warc.write_bytes(_record(0, gzip.compress(_PAGE), encoding=name))
    docs, errs = _split(list(read_inputs([warc])))
    assert not errs, [str(e) for e in errs]  # was 'encoded as 'x-gzip' (Content-Encoding), which cannot be decoded'
    assert [d.id for d in docs] == ["t-0"] and "France and Germany" in (docs[0].html or "")


# -- the API: one date parser, empty values refused, a single-valued parameter given twice ------------

@pytest.fixture(scope="module")
def client(seed_store: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(seed_store)) as c:
        yield c


def test_articles_read_since_and_until_as_events_do(client):
    for path in ("/api/articles", "/api/events"):  # (articles refused what events read)
        r = client.get(path, params={"since": "March 2021", "until": "2021/04/30"})
        assert r.status_code == 200, (path, r.text)


@pytest.mark.parametrize("path", ["/api/articles", "/api/events", "/api/aggregates/timeline",
                                  "/api/aggregates/classes"])
def test_a_date_no_news_has_is_refused(client, path: str):
    r = client.get(path, params={"since": "0001-01-01"})  # (was taken, matching everything)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "since"], r.text
    # an event's date can be long before any publication date (session 27: "In 1648 ...")
    assert ("1800-2100" if path == "/api/articles" else "1000-2999") in r.json()["detail"][0]["msg"]


@pytest.mark.parametrize("params, name", [
    ({"actor": ""}, "actor"), ([("actor", "USA"), ("actor", "")], "actor"), ({"dyad": "USA,,RUS"}, "dyad"),
    ({"since": ""}, "since"), ([("until", "2021"), ("until", "2022")], "until"),
])
def test_an_empty_or_repeated_filter_is_refused_as_the_command_line_does(client, params, name: str):
    r = client.get("/api/aggregates/dyads", params=params)  # (each was a 200 over a filter not applied)
    assert r.status_code == 422, r.text
    assert [d["loc"] for d in r.json()["detail"]] == [["query", name]]


def test_repeatable_filters_may_still_be_repeated(client):
    r = client.get("/api/aggregates/dyads", params=[("type", "CONSULT"), ("type", "AGREE"), ("dyad", "USA,CHN")])
    assert r.status_code == 200, r.text
    r = client.get("/api/aggregates/dyads", params=[("actor", "USA"), ("actor", "RUS")])
    assert r.status_code == 422 and "type" in r.json()["detail"][0]["msg"]  # (names the repeatable ones)


# -- progress on long exports and batch resolutions ---------------------------------------------------

@pytest.fixture
def advances(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """What each progress display was advanced by (label, rows)."""
    from communique.progress import Progress

    seen: list[tuple[str, int]] = []
    monkeypatch.setattr(Progress, "advance", lambda self, n=1, info=None: seen.append((self.label, n)))
    return seen


def test_store_export_tells_its_progress_the_rows_written(seed_store: Path, tmp_path: Path):
    from communique.store import Store

    ticks: list[int] = []
    with Store(seed_store, read_only=True) as store:
        n = store.export("csv", tmp_path / "e.csv", tick=ticks.append)
    assert n > 0 and sum(ticks) == n


@pytest.mark.parametrize("extra", [[], ["--by-event"]])
def test_the_export_command_shows_progress(seed_store: Path, tmp_path: Path, advances, extra: list[str]):
    res = CliRunner().invoke(main, ["export", "--db", str(seed_store), "--format", "jsonl",
                                    "-o", str(tmp_path / "e.jsonl"), *extra])
    assert res.exit_code == 0, res.output
    rows = len((tmp_path / "e.jsonl").read_text().splitlines())
    assert rows > 0 and [label for label, _ in advances] and sum(n for _, n in advances) == rows, advances
    assert {label for label, _ in advances} == {"exporting"}  # (there was no progress at all)


def test_a_batch_resolution_shows_progress_and_keeps_its_lines(tmp_path: Path, advances):
    batch = tmp_path / "m.jsonl"
    batch.write_text('{"text": "France"}\nnot json\n{"text": "Japan"}\n')
    res = CliRunner().invoke(main, ["actors", "resolve", "--batch", str(batch)])
    assert res.exit_code == 1
    assert [json.loads(line) and json.loads(line)["code"] for line in res.stdout.splitlines()] == ["FRA", None, "JPN"]
    assert f"{batch}:2" in res.stderr and advances == [("resolving", 1)] * 3  # (was no progress)
