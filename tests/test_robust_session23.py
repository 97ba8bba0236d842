"""Session 23's red-team pass: a WARC.gz compressed as a whole, a gzip feed under a plain name, a
feed of JSON spread over many lines, and `clean` and `export` stopped by Ctrl-C or SIGTERM. Each
test fails without its fix."""

from __future__ import annotations

import gzip
import json
import signal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import InputError
from communique.pipeline import Cleaner
from communique.read import count_documents, read_inputs
from communique.types import RawDoc


def _split(items: list) -> tuple[list[RawDoc], list[InputError]]:
    return [x for x in items if isinstance(x, RawDoc)], [x for x in items if not isinstance(x, RawDoc)]


def _record(i: int, pad: int = 0) -> bytes:
    """One WARC response record of an HTML page (``pad`` words make it longer)."""
    body = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>France and Germany held talks "
            f"on trade number {i}. {'More words. ' * pad}</p></body></html>").encode()
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:rec-{i}>\r\n"
            f"WARC-Target-URI: http://news.example/{i}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    return head + body + b"\r\n\r\n"


# -- a WARC.gz compressed as a whole ('gzip x.warc'), not a record a member -----------------------

def test_a_warc_compressed_as_a_whole_over_the_record_limit_gives_every_record(tmp_path: Path):
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(b"".join(_record(i, pad=20) for i in range(150))))  # 82 KB inflated
    docs, errs = _split(list(read_inputs([whole], max_bytes=5_000)))  # a record a member: at most 5,000 + 64 KB
    assert not errs, [str(e) for e in errs]  # was one 'corrupt archive data at byte 0', every record lost
    assert [d.id for d in docs] == [f"rec-{i}" for i in range(150)]


def test_a_record_over_the_limit_in_such_an_archive_costs_only_itself(tmp_path: Path):
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(_record(0) + _record(1, pad=6_000) + _record(2)))  # record 1: 72 KB
    docs, errs = _split(list(read_inputs([whole], max_bytes=5_000)))
    assert [d.id for d in docs] == ["rec-0", "rec-2"]
    assert len(errs) == 1 and "over the 5,000-byte limit" in errs[0].message and "rec-1" in errs[0].input


def test_a_whole_archive_over_the_inflation_bound_keeps_the_records_before_it(tmp_path: Path):
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(b"".join(_record(i, pad=20) for i in range(300))))  # 164 KB inflated
    docs, errs = _split(list(read_inputs([whole], max_bytes=5_000)))  # bound: 20 x 5,000 bytes
    assert 150 < len(docs) < 300 and [d.id for d in docs] == [f"rec-{i}" for i in range(len(docs))]
    assert any("inflates to over 100,000 bytes" in e.message and "max_input_bytes" in e.message for e in errs)


def test_a_record_a_member_archive_after_a_whole_compressed_one_is_read(tmp_path: Path):
    data = gzip.compress(b"".join(_record(i, pad=20) for i in range(150))) + gzip.compress(_record(150))
    (tmp_path / "mixed.warc.gz").write_bytes(data)
    docs, errs = _split(list(read_inputs([tmp_path / "mixed.warc.gz"], max_bytes=5_000)))
    assert not errs and [d.id for d in docs] == [f"rec-{i}" for i in range(151)]


# -- a gzip-compressed feed saved under a plain .jsonl name -----------------------------------------

def _feed(n: int) -> bytes:
    return b"".join(json.dumps({"id": f"f{i}", "text": f"France and Germany held talks on trade number {i}."})
                    .encode() + b"\n" for i in range(n))


def test_a_gzip_feed_named_jsonl_is_read(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(gzip.compress(_feed(3)))
    docs, errs = _split(list(read_inputs([feed])))
    assert not errs, [str(e) for e in errs]  # was 'the file is a gzip-compressed file, not JSONL'
    assert [d.id for d in docs] == ["f0", "f1", "f2"]
    assert count_documents([feed]) == 3  # (the progress total counted newline bytes of the compressed data)


# -- JSON spread over many lines in a .jsonl feed ---------------------------------------------------

def test_a_pretty_printed_array_is_one_error_saying_how_to_convert_it(tmp_path: Path):
    feed = tmp_path / "pretty.jsonl"
    feed.write_text(json.dumps([{"id": f"p{i}", "text": "France and Germany met."} for i in range(50)], indent=2))
    docs, errs = _split(list(read_inputs([feed])))
    assert not docs and len(errs) == 1, len(errs)  # was one 'not valid JSON' a line: 252 lines
    assert errs[0].input == str(feed) and "spread over many lines" in errs[0].message
    assert "jq -c '.[]'" in (errs[0].hint or "")
    feed.write_bytes(b"{oops\n" + _feed(2))  # a bad first line of JSON Lines is that line's error alone
    docs, errs = _split(list(read_inputs([feed])))
    assert [d.id for d in docs] == ["f0", "f1"] and len(errs) == 1 and "not valid JSON" in errs[0].message


def test_pretty_printed_objects_and_an_array_of_a_record_a_line_are_one_error(tmp_path: Path):
    objects = "".join(json.dumps({"id": f"o{i}", "text": "France met Germany."}, indent=1) + "\n" for i in range(3))
    rows = "[" + ",\n".join(json.dumps({"id": f"r{i}", "text": "France met Germany."}) for i in range(3)) + "]\n"
    for name, text in (("objects.jsonl", objects), ("rows.jsonl", rows)):
        (tmp_path / name).write_text(text)
        docs, errs = _split(list(read_inputs([tmp_path / name])))
        assert not docs and len(errs) == 1 and "spread over many lines" in errs[0].message, name


def test_a_line_holding_an_array_of_records_says_to_put_each_on_its_own_line(tmp_path: Path):
    feed = tmp_path / "row.jsonl"
    feed.write_text(json.dumps([{"id": "a", "text": "France met Germany."}]) + "\n"
                    + json.dumps({"id": "b", "text": "France met Germany."}) + "\n")
    docs, errs = _split(list(read_inputs([feed])))
    assert [d.id for d in docs] == ["b"] and len(errs) == 1
    assert "own line" in (errs[0].hint or "") and "jq -c '.[]'" in (errs[0].hint or "")


# -- `clean` and `export` stopped by Ctrl-C or SIGTERM; `clean`'s progress ----------------------------

def _sigterm() -> None:
    """SIGTERM to this process, as `kill PID` sends it; refused where it would end the test run."""
    if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
        raise AssertionError("SIGTERM here ends the run at once, leaving its .part file and no word")
    signal.raise_signal(signal.SIGTERM)


def _pages(folder: Path, n: int) -> Path:
    folder.mkdir()
    para = ("<p>France and Germany held talks on trade in Paris on Monday, officials of both governments "
            "said, and agreed to meet again in Berlin next month to settle the questions left open.</p>")
    for i in range(n):
        (folder / f"p{i}.html").write_text(f"<html><body><article><h1>Talks number {i}</h1>{para * 4}"
                                           "</article></body></html>")
    return folder


def _stop_at(monkeypatch: pytest.MonkeyPatch, k: int, stop: Any) -> None:
    """Cleaning's ``k``-th article calls ``stop`` (the earlier ones are cleaned)."""
    real, calls = Cleaner.clean, []

    def clean(self: Cleaner, raw: Any) -> Any:
        calls.append(raw)
        if len(calls) == k:
            stop()
        return real(self, raw)
    monkeypatch.setattr(Cleaner, "clean", clean)


def test_clean_to_a_file_stopped_by_sigterm_leaves_no_part_file_and_says_so(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch):
    pages = _pages(tmp_path / "pages", 4)
    _stop_at(monkeypatch, 3, _sigterm)
    res = CliRunner().invoke(main, ["clean", str(pages), "-o", str(tmp_path / "clean.jsonl")])
    assert res.exit_code == 130, res.output  # the process died at once; its .part file stayed
    assert "interrupted; nothing was written" in res.stderr and "Traceback" not in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages"]


def test_clean_to_standard_output_stopped_by_ctrl_c_says_what_it_wrote(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch):
    pages = _pages(tmp_path / "pages", 4)

    def ctrl_c() -> None:
        raise KeyboardInterrupt
    _stop_at(monkeypatch, 3, ctrl_c)
    res = CliRunner().invoke(main, ["clean", str(pages)])
    assert res.exit_code == 130 and "Aborted" not in res.stderr, res.stderr  # was 'Aborted!', status 1
    assert "interrupted; the 2 document(s) before it were written" in res.stderr
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["p0", "p1"]


def test_clean_shows_its_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    pages = _pages(tmp_path / "pages", 3)
    (pages / "empty.html").write_text("")
    monkeypatch.setenv("COMMUNIQUE_PROGRESS_INTERVAL", "0")
    res = CliRunner().invoke(main, ["clean", str(pages), "-o", str(tmp_path / "clean.jsonl")])
    assert res.exit_code == 1, res.output  # (the empty page)
    assert any(line.startswith("cleaning: 4/4 (100%)") for line in res.stderr.splitlines()), res.stderr
    assert len((tmp_path / "clean.jsonl").read_text().splitlines()) == 3


def test_export_stopped_by_sigterm_leaves_no_part_file_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from communique.store import Store, _export
    from test_robust_store import _result

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write([_result(i) for i in range(3)])

    def half(fh: Any, chunks: Any) -> int:
        fh.write("{}\n")
        _sigterm()
        return 1
    monkeypatch.setattr(_export, "_write_jsonl", half)
    res = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl", "-o", str(tmp_path / "x.jsonl")])
    assert res.exit_code == 130, res.output
    assert "interrupted; nothing was written to" in res.stderr and "Aborted" not in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.duckdb"]


# -- `actors resolve --batch`: a device, a line without end -----------------------------------------

def test_resolve_batch_refuses_a_device():
    res = CliRunner().invoke(main, ["actors", "resolve", "--batch", "/dev/null"])  # /dev/zero: read without end
    assert res.exit_code == 1 and "/dev/null: a device, not a file" in res.output, res.output


def test_resolve_batch_reads_a_line_only_to_its_bound(tmp_path: Path):
    path = tmp_path / "mentions.jsonl"
    path.write_bytes(b'{"text": "France"}\n' + b'{"text": "' + b"x" * 1_100_000 + b'"}\n{"text": "Japan"}\n')
    res = CliRunner().invoke(main, ["actors", "resolve", "--batch", str(path)])
    assert res.exit_code == 1
    assert [json.loads(line) and json.loads(line)["code"] for line in res.stdout.splitlines()] == ["FRA", None, "JPN"]
    assert f"{path}:2: the line is over 1,048,576 bytes" in res.stderr  # (was held whole)


# -- WARC responses whose HTTP content warcio could not decode ----------------------------------------

def _response(i: int, encoding: str, body: bytes) -> bytes:
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {encoding}\r\n\r\n").encode() + body
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:enc-{i}>\r\n"
            f"WARC-Target-URI: http://news.example/{i}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode() + http + b"\r\n\r\n"


def _page(words: int = 40) -> bytes:
    import random

    rng = random.Random(23)  # varied words: the page compresses to several blocks of warcio's reader
    text = " ".join(rng.choice(["France", "Germany", "talks", "trade", "met", "in", "Paris", "on", "Monday"])
                    + str(rng.randrange(10_000)) for _ in range(words))
    return f"<html><body><p>{text}.</p></body></html>".encode()


def test_content_in_an_encoding_that_cannot_be_decoded_is_named_with_the_fix(tmp_path: Path):
    import os

    warc = tmp_path / "enc.warc"
    warc.write_bytes(_response(0, "br", os.urandom(600)) + _response(1, "zstd", b"\x28\xb5\x2f\xfd" + os.urandom(600))
                     + _response(2, "br", _page()))  # (a wrong header over a plain page: the page is read)
    docs, errs = _split(list(read_inputs([warc])))
    assert [d.id for d in docs] == ["enc-2"]  # the others were articles of compressed bytes, or 'binary'
    assert len(errs) == 2 and all("(Content-Encoding), which cannot be decoded here" in e.message for e in errs)
    assert "pip install brotli" in (errs[0].hint or "") and "'zstd'" in errs[1].message


def test_gzip_content_cut_short_or_damaged_is_refused_not_kept_cut(tmp_path: Path, capfd: pytest.CaptureFixture):
    page = _page(20_000)
    whole = gzip.compress(page)
    damaged = whole[:30_000] + bytes(64) + whole[30_064:]  # past warcio's first block
    warc = tmp_path / "gz.warc"
    warc.write_bytes(_response(0, "gzip", whole) + _response(1, "gzip", whole[: len(whole) // 2])
                     + _response(2, "gzip", damaged) + _response(3, "gzip", b"\x1f\x8b\x08" + bytes(300)))
    docs, errs = _split(list(read_inputs([warc])))
    assert [d.id for d in docs] == ["enc-0"] and len(docs[0].html or "") == len(page)
    assert [e.input.rsplit("#", 1)[1] for e in errs] == ["enc-1", "enc-2", "enc-3"], [str(e) for e in errs]
    assert all("'gzip'-compressed content (Content-Encoding) is damaged or cut short" in e.message for e in errs)
    assert capfd.readouterr().err == ""  # (warcio wrote the zlib error there)


def test_a_gzip_feed_on_standard_input_is_read(tmp_path: Path):
    res = CliRunner().invoke(main, ["clean", "-q", "-"], input=gzip.compress(_feed(2)))
    assert res.exit_code == 0, res.output  # was 'the file is a gzip-compressed file, not JSONL'
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["f0", "f1"]


# -- a manifest that gives one document two sets of metadata -----------------------------------------

def test_a_manifest_giving_one_id_two_ways_is_refused_naming_both(tmp_path: Path):
    from communique.read import load_manifest

    listed = tmp_path / "listed.json"
    listed.write_text(json.dumps([{"doc_id": "a", "published": "2021-01-02"}, {"doc_id": "b"},
                                  {"doc_id": "a", "published": "2021-01-05"}]))
    keyed = tmp_path / "keyed.json"
    keyed.write_text('{"a": {"published": "2021-01-02"}, "a": {"published": "2021-01-05"}}')
    for path, words in ((listed, "items 0 and 2 both give 'a'"), (keyed, "'a' is given twice")):
        with pytest.raises(InputError) as info:  # the last entry was taken without a word
            load_manifest(path)
        assert words in info.value.message and "2021-01-02" in info.value.message and "2021-01-05" in str(info.value)
        assert info.value.input == str(path)
    same = tmp_path / "same.json"
    same.write_text(json.dumps([{"doc_id": "a", "published": "2021-01-02"}] * 2))
    assert load_manifest(same) == {"a": {"published": "2021-01-02"}}
    article = tmp_path / "a.txt"
    article.write_text("France and Germany held talks on trade in Paris on Monday.\n")
    res = CliRunner().invoke(main, ["clean", "--manifest", str(listed), str(article)])
    assert res.exit_code == 1 and "items 0 and 2 both give 'a'" in res.output and "Traceback" not in res.output


# -- an input given as an empty string ('ingest "$DIR"' with DIR unset) -------------------------------

def test_an_empty_input_path_is_an_error_never_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from communique.scale._inputs import expand_inputs

    (tmp_path / "here.txt").write_text("France and Germany held talks on trade in Paris on Monday.\n")
    monkeypatch.chdir(tmp_path)
    docs, errs = _split(list(read_inputs([""])))
    assert not docs and len(errs) == 1 and "an empty path" in errs[0].message  # was every file under the folder
    assert count_documents([""]) == 1
    files, errors = expand_inputs([""])
    assert files == [] and len(errors) == 1 and "an empty path" in errors[0].message
    res = CliRunner().invoke(main, ["clean", "-q", ""])
    assert res.exit_code == 1 and res.stdout == "" and "'': an empty path" in res.stderr


@pytest.mark.parametrize("command", [["events"], ["export", "--format", "jsonl", "-o", "out.jsonl"], ["show", "ev0"],
                                     ["serve"], ["ingest", "a.txt"]])
def test_an_empty_db_option_is_refused_not_the_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             command: list[str]):
    from communique.store import Store
    from test_robust_store import _result

    import uvicorn

    def served(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("serve --db '' served the `db` setting's store")
    monkeypatch.setattr(uvicorn, "run", served)
    monkeypatch.chdir(tmp_path)
    with Store(tmp_path / "communique.duckdb") as store:  # the `db` setting's store, read by --db "" before
        store.write([_result(i) for i in range(2)])
    (tmp_path / "a.txt").write_text("France and Germany held talks on trade in Paris on Monday.\n")
    res = CliRunner().invoke(main, [command[0], "--db", "", *command[1:]])
    assert res.exit_code == 2 and "--db" in res.output and "an empty value" in res.output, res.output
