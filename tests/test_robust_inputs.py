"""Issue 13, the read side: nothing a feed can contain crashes reading or loses the good records
around it. These need no spaCy model; the whole run is in test_robust_corpus.py."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from communique._ids import IdGuard
from communique._safe import clean_field, clean_id, date_problem, is_blank, printable
from communique.clean.limits import html_limit_problem
from communique.errors import CommuniqueError, DateRangeError, DuplicateIdError, InputError, ProcessingError
from communique.pipeline import Cleaner, normalise_date
from communique.read import read_inputs
from communique.read._gzip import open_inflated
from communique.types import Article, RawDoc

from hostile import _http, _page, _warc_record, good_record, linked_folders
import random


def _split(items):
    items = list(items)
    docs = [x for x in items if isinstance(x, RawDoc)]
    errs = [x for x in items if isinstance(x, InputError | CommuniqueError)]
    return docs, errs


def _goods(n: int, start: int = 0) -> list[dict]:
    rng = random.Random(n)
    return [good_record(rng, i) for i in range(start, start + n)]


# -- normalisation at the boundary -------------------------------------------------------

@pytest.mark.parametrize("value", ["0001-01-01T00:00:00Z", "9999-12-31", "0100-03-01", "+10000-01-01", "1" * 5000])
def test_dates_outside_1800_2100_are_refused(value):
    assert "outside 1800-2100" in date_problem(value)
    assert normalise_date(value) is None


@pytest.mark.parametrize("value", ["2021-04-16", "2021-04-16T09:34:00Z", "1800-01-01", "2100-12-31", "2021",
                                   "20210416", "16 April 2021", None, ""])
def test_ordinary_dates_pass(value):
    assert date_problem(value) is None


def test_fields_lose_surrogates_controls_and_excess_length():
    assert clean_field("T\udc80 x\n\x00y\u2028z") == "T\ufffd x y z"
    assert len(clean_field("a" * 50_000)) == 2000
    long_a, long_b = clean_id("x" * 500 + "a", "f"), clean_id("x" * 500 + "b", "f")
    assert len(long_a) == 200 and long_a != long_b
    assert clean_id("\n\x00", "fallback-id") == "fallback-id"


def test_printable_keeps_one_line_and_caps_length():
    line = printable("evil\nerror [E000] forged\udce9" + "x" * 5000)
    assert "\n" not in line and "\\n" in line and "\\udce9" in line
    assert len(line) < 700
    err = InputError("bad", input="a\nerror [E000] b.txt")
    assert "\n" not in str(err)


def test_invisible_text_is_blank():
    assert is_blank("\x00\x00\u200b\u200c\ufeff \n")
    assert not is_blank("\x00 a")


# -- readers ------------------------------------------------------------------------------

def test_jsonl_survives_deep_nesting_huge_ints_surrogates_and_nul_text(tmp_path):
    goods = _goods(4)
    lines = [json.dumps(goods[0]).encode(), b"[" * 100_000 + b"]" * 100_000,
             b'{"id": ' + b"7" * 5000 + b', "text": "x"}', json.dumps(goods[1]).encode(),
             json.dumps({"id": "s\udc80", "text": "Some text.", "title": "T\udc80\nx", "url": "u\udc80",
                         "source": "S\udc80"}).encode(),
             json.dumps({"id": "nul", "text": "\u0000\u200b\ufeff"}).encode(), json.dumps(goods[2]).encode()]
    (tmp_path / "f.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    docs, errs = _split(read_inputs([tmp_path / "f.jsonl"]))
    assert [d.id for d in docs] == ["good-000", "good-001", "s\ufffd", "good-002"]
    odd = docs[2]
    assert (odd.title, odd.url, odd.source) == ("T\ufffd x", "u\ufffd", "S\ufffd")
    assert [e.code for e in errs] == ["E103", "E103", "E101"]
    assert "nested too deeply" in errs[0].message and "4,300 digits" in errs[1].message


def test_gzip_feed_with_trailing_garbage_keeps_its_records(tmp_path):
    goods = _goods(3)
    body = gzip.compress(b"".join(json.dumps(g).encode() + b"\n" for g in goods))
    (tmp_path / "a.jsonl.gz").write_bytes(body + b"GARBAGE")
    (tmp_path / "b.jsonl.gz").write_bytes(body[: len(body) - 12])  # cut inside the stream
    docs, errs = _split(read_inputs([tmp_path / "a.jsonl.gz"]))
    assert [d.id for d in docs] == [g["id"] for g in goods]
    assert len(errs) == 1 and "trailing garbage" in errs[0].message
    docs, errs = _split(read_inputs([tmp_path / "b.jsonl.gz"]))
    assert [d.id for d in docs] == [g["id"] for g in goods[:2]]
    assert any("ends early" in e.message for e in errs)


def test_gzip_inflation_is_bounded():
    bomb = gzip.compress(b"\n" * 5_000_000)
    fh, raw = open_inflated(io.BytesIO(bomb), limit=100_000)
    assert len(fh.read()) <= 100_001
    assert "over 100,000 bytes" in raw.problem
    multi = gzip.compress(b"a\n") + gzip.compress(b"b\n") + b"\x00" * 64
    fh, raw = open_inflated(io.BytesIO(multi), limit=100)
    assert fh.read() == b"a\nb\n" and raw.problem is None


def _warc(goods: list[dict]) -> bytes:
    return b"".join(_warc_record("response", {"WARC-Record-ID": f"<urn:uuid:{g['id']}>",
                                              "WARC-Target-URI": f"http://news.example/{g['id']}",
                                              "Content-Type": "application/http; msgtype=response"},
                                 _http(_page(g["text"]))) for g in goods)


def test_warc_record_without_uri_is_named_by_position_and_a_cut_record_is_reported(tmp_path):
    goods = _goods(3)
    no_uri = _warc_record("response", {"Content-Type": "application/http; msgtype=response"},
                          _http(_page("A text without an address.")))
    cut = _warc(_goods(1, 50))
    (tmp_path / "a.warc").write_bytes(_warc(goods) + no_uri + cut[: len(cut) // 2])
    docs, errs = _split(read_inputs([tmp_path / "a.warc"]))
    assert [d.id for d in docs] == [g["id"] for g in goods] + ["a-record-4"]
    assert len(errs) == 1 and "cut short" in errs[0].message


def _lying(record: bytes, by: int) -> bytes:
    """A WARC record whose Content-Length is off by ``by`` bytes."""
    head, sep, rest = record.partition(b"Content-Length: ")
    digits = rest.split(b"\r\n", 1)[0]
    return head + sep + str(int(digits) + by).encode() + rest[len(digits):]


@pytest.mark.parametrize("by", [-40, 300, 10**9])
@pytest.mark.parametrize("gz", [False, True])
def test_warc_record_whose_content_length_lies_is_refused_and_the_others_are_read(tmp_path, capfd, by, gz):
    """A length too short leaves data where the next record should start, one too long swallows
    the next record, one past the end of the file swallows all: the lying record is refused by
    name, every other record is read, and warcio writes nothing of its own to stderr."""
    goods = _goods(4)
    records = [_warc([g]) for g in goods]
    records[1] = _lying(records[1], by)
    name = "a.warc.gz" if gz else "a.warc"
    (tmp_path / name).write_bytes(b"".join(gzip.compress(r) for r in records) if gz else b"".join(records))
    docs, errs = _split(read_inputs([tmp_path / name]))
    assert [d.id for d in docs] == [goods[0]["id"], goods[2]["id"], goods[3]["id"]]
    assert len(errs) == 1 and errs[0].input.endswith(f"#{goods[1]['id']}"), errs
    assert "Content-Length" in errs[0].message or "cut short" in errs[0].message
    assert "WARNING" not in capfd.readouterr().err


def test_warc_garbage_after_header_and_empty_warc_gz_are_reported(tmp_path):
    (tmp_path / "junk.warc").write_bytes(b"WARC/1.0\r\n" + bytes(range(256)) * 2)
    (tmp_path / "empty.warc.gz").write_bytes(gzip.compress(b""))
    for name, needle in (("junk.warc", "not a WARC record"), ("empty.warc.gz", "no records")):
        docs, errs = _split(read_inputs([tmp_path / name]))
        assert not docs and len(errs) == 1 and needle in errs[0].message, errs


def test_only_regular_files_and_links_on_request(tmp_path):
    (tmp_path / "good.txt").write_text("France and Germany held talks on Tuesday.")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "passwd.txt").symlink_to("/etc/hostname" if Path("/etc/hostname").exists() else "/etc/passwd")
    docs, errs = _split(read_inputs([tmp_path]))
    assert [d.id for d in docs] == ["good"]
    assert sorted(Path(e.input).name for e in errs) == ["passwd.txt", "zero.txt"]
    docs, errs = _split(read_inputs([tmp_path], follow_symlinks=True))
    assert sorted(d.id for d in docs) == ["good", "passwd"]
    assert len(errs) == 1 and "device" in errs[0].message  # never a device, even on request
    docs, errs = _split(read_inputs([tmp_path / "zero.txt"]))  # named on the command line
    assert not docs and "device" in errs[0].message


def test_odd_file_names_become_safe_ids_and_origins(tmp_path):
    (tmp_path / "evil\nerror [E000] x.txt").write_text("Some text.")
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text("Other text.")
    docs, errs = _split(read_inputs([tmp_path]))
    assert not errs
    for d in docs:
        assert "\n" not in d.id and "\n" not in d.origin
        d.id.encode("utf-8")
        d.origin.encode("utf-8")


def test_an_exception_inside_a_reader_ends_only_that_file(tmp_path, monkeypatch):
    import communique.read as read

    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "b.txt").write_text("Two.")

    def broken(path, kind, meta):
        if path.name == "a.txt":
            raise RuntimeError("boom")
        yield meta.make(path.stem, str(path), text="Two.")

    monkeypatch.setattr(read, "read_document_file", broken)
    docs, errs = _split(read_inputs([tmp_path]))
    assert [d.id for d in docs] == ["b"]
    assert isinstance(errs[0], ProcessingError) and "a.txt" in str(errs[0]) and "boom" in str(errs[0])


# -- cleaning -----------------------------------------------------------------------------

def test_html_beyond_the_parser_limits_says_so():
    deep = "<html><body>" + "<div>" * 10_000 + "<p>France and Japan met.</p>" + "</div>" * 10_000 + "</body></html>"
    assert "nested 10,00" in html_limit_problem(deep)
    assert html_limit_problem("<html><body><p>Hi<br>there</p></body></html>") is None
    errors: list[CommuniqueError] = []
    list(Cleaner().articles([RawDoc(id="deep", origin="deep.html", html=deep)], on_error=errors.append))
    assert len(errors) == 1 and "nested" in errors[0].message


def test_elements_whose_end_tag_html_lets_out_are_siblings_not_nesting():
    """ "<p>one<p>two", "<li>a<li>b", "<td>x<td>y": the parser closes the open one, so 300 of them
    are no 300 levels; a page of them with no article says why, not that it nests too deep."""
    lines = "".join(f"<p>Line {i}." for i in range(300))
    cells = "<table>" + "".join(f"<tr><td>{i}<td>{i}" for i in range(300)) + "</table>"
    items = "<ul>" + "".join(f"<li>Item {i}" for i in range(300)) + "</ul>"
    for page in (lines, cells, items):
        assert html_limit_problem(f"<html><body>{page}</body></html>") is None
    nested = "<ul><li>" * 300 + "x" + "</li></ul>" * 300  # lists in lists do nest
    assert "nested 60" in html_limit_problem(f"<html><body>{nested}</body></html>")
    errors: list[CommuniqueError] = []
    list(Cleaner().articles([RawDoc(id="lines", origin="lines.html", html=f"<html><body>{lines}</body></html>")],
                            on_error=errors.append))
    assert len(errors) == 1 and "nested" not in errors[0].message and "running text" in errors[0].message


def test_a_page_crowded_past_the_element_limit_is_refused_with_a_reason():
    from lxml import html as lxml_html

    from communique.clean.limits import MAX_ELEMENTS, crowded_problem

    def page(n: int):  # <html>, <body> and n - 2 <div>s
        return lxml_html.document_fromstring("<html><body>" + "<div>x</div>" * (n - 2) + "</body></html>")

    assert crowded_problem(page(MAX_ELEMENTS)) is None
    assert "over 50,000 HTML elements" in (crowded_problem(page(MAX_ELEMENTS + 1)) or "")


def test_out_of_range_dates_are_reported_and_the_article_kept():
    errors: list[CommuniqueError] = []
    text = "France and Germany signed a trade agreement on Tuesday, officials in Paris said."
    raws = [RawDoc(id=f"d{i}", origin=f"f:{i}", text=text, published=p)
            for i, p in enumerate(["0001-01-01T00:00:00Z", "9999-12-31", "2021-04-16"])]
    arts = list(Cleaner().articles(raws, on_error=errors.append))
    assert [a.published for a in arts] == [None, None, "2021-04-16"]
    assert [type(e) for e in errors] == [DateRangeError, DateRangeError]


def test_nul_and_zero_width_text_is_empty():
    errors: list[CommuniqueError] = []
    list(Cleaner().articles([RawDoc(id="z", origin="z", text="\x00\u200b\u200b\ufeff")], on_error=errors.append))
    assert len(errors) == 1 and errors[0].code == "E101"


# -- ids ----------------------------------------------------------------------------------

def _art(doc_id: str, text: str) -> Article:
    return Article(id=doc_id, text=text, origin=f"{doc_id}.txt", fingerprint=str(hash(text)))


def test_a_second_text_under_one_id_is_an_error_unless_replace():
    errors: list[CommuniqueError] = []
    arts = [_art("a", "one"), _art("a", "two"), _art("a", "one"), _art("b", "x"), _art("a", "three")]
    kept = list(IdGuard().filter(arts, errors.append))
    assert [(a.id, a.text) for a in kept] == [("a", "one"), ("b", "x")]
    assert [type(e) for e in errors] == [DuplicateIdError, DuplicateIdError]
    stored = {"a": str(hash("old"))}
    guard = IdGuard(stored.get)
    errors.clear()
    assert [a.text for a in guard.filter([_art("a", "new"), _art("c", "c")], errors.append)] == ["c"]
    assert "already stored" in errors[0].message
    assert [a.text for a in IdGuard(stored.get, replace=True).filter([_art("a", "new")], errors.append)] == ["new"]


def test_an_unlistable_folder_is_reported(tmp_path, monkeypatch):
    import communique.read as read

    (tmp_path / "a.txt").write_text("One.")
    real_walk = os.walk

    def walk(root, onerror=None, **kw):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(root, onerror=onerror, **kw)

    monkeypatch.setattr(read.os, "walk", walk)
    docs, errs = _split(read_inputs([tmp_path]))
    assert [d.id for d in docs] == ["a"]
    assert len(errs) == 1 and "cannot list the folder" in errs[0].message and "locked" in str(errs[0])


def test_a_yaml_alias_bomb_in_extra_actors_gives_a_short_message(tmp_path):
    from click.testing import CliRunner

    from communique.cli import main

    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    (tmp_path / "bomb.yaml").write_text("\n".join(lines + ["actors: [*a8]"]) + "\n")
    res = CliRunner().invoke(main, ["actors", "resolve", "Japan", "--extra", str(tmp_path / "bomb.yaml")])
    assert res.exit_code != 0 and res.exception is None or isinstance(res.exception, SystemExit)
    assert len(res.output) < 700 and "without a name" in res.output


def test_an_unreadable_input_is_one_error_not_a_usage_error(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from communique.cli import main

    (tmp_path / "good.txt").write_text("France and Germany held talks in Berlin on Tuesday, officials said.")
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret.")
    real_access, real_open = os.access, os.open
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: str(p) != str(locked) and real_access(p, mode, **kw))

    def no_read(path, flags, *a, **kw):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *a, **kw)

    monkeypatch.setattr(os, "open", no_read)
    res = CliRunner().invoke(main, ["clean", "-q", str(locked), str(tmp_path / "good.txt")])
    assert res.exit_code == 1, res.output
    assert '"id": "good"' in res.stdout
    assert "locked.txt: cannot read file: Permission denied" in res.stderr


def test_links_to_folders_are_followed_on_request_once_each_never_into_dev(tmp_path):
    """Links to files inside folders were followed with --follow-symlinks, links to folders not
    (os.walk passed over them without a word); a link back up must not recurse for ever."""
    root = linked_folders(tmp_path)  # a loop, a folder behind a link, a link to /dev
    (root / "other-again").symlink_to(tmp_path / "other")  # the same folder by another link
    docs, errs = _split(read_inputs([root]))
    assert sorted(d.id for d in docs) == ["one", "two"]
    assert sorted(Path(e.input).name for e in errs) == ["devices", "other", "other-again", "up"]
    assert all("a symbolic link to a folder, not followed" in e.message and "--follow-symlinks" in e.hint
               for e in errs)
    docs, errs = _split(read_inputs([root], follow_symlinks=True))
    assert sorted(d.id for d in docs) == ["one", "three", "two"]  # each once
    assert [Path(e.input).name for e in errs] == ["devices"] and "a link into /dev" in errs[0].message


def test_the_progress_total_counts_the_folders_behind_links(tmp_path):
    from communique.read import count_documents

    (tmp_path / "root").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "one.txt").write_text("France and Germany held talks on Tuesday.")
    (tmp_path / "root" / "other").symlink_to(tmp_path / "other")
    (tmp_path / "root" / "loop").symlink_to(tmp_path / "root")
    assert count_documents([tmp_path / "root"], follow_symlinks=True) == 1
    assert count_documents([tmp_path / "root"]) == 2  # the two links' error lines


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("where", ["middle", "tail"])
def test_a_zeroed_stretch_in_a_jsonl_feed_costs_its_line_only(tmp_path, where: str, gz: bool):
    """A crash leaves a stretch of NUL bytes in a feed being written: the whole file was refused
    as binary, its good records with it."""
    goods = [json.dumps(g).encode() for g in _goods(3)]
    zeros = b"\x00" * 4096
    lines = [goods[0], zeros, goods[1], goods[2]] if where == "middle" else [*goods, zeros]
    data = b"\n".join(lines) + b"\n"
    path = tmp_path / ("f.jsonl.gz" if gz else "f.jsonl")
    path.write_bytes(gzip.compress(data) if gz else data)
    docs, errs = _split(read_inputs([path]))
    assert [d.id for d in docs] == ["good-000", "good-001", "good-002"]
    assert len(errs) == 1 and "NUL bytes" in errs[0].message and errs[0].code == "E103"
    assert errs[0].input == f"{path}:{2 if where == 'middle' else 4}"


def test_a_binary_file_named_jsonl_is_still_one_error(tmp_path):
    (tmp_path / "x.jsonl").write_bytes(b"\x7fELF" + bytes(range(256)) * 30)
    (tmp_path / "y.jsonl").write_bytes(b"garbage\n" + b"\x00\x01\x02" * 3000)
    docs, errs = _split(read_inputs([tmp_path / "x.jsonl", tmp_path / "y.jsonl"]))
    assert not docs and [e.code for e in errs] == ["E102", "E102"]


def _named_files(tmp_path):
    fifo, folder = tmp_path / "fifo", tmp_path / "folder"
    os.mkfifo(fifo)
    folder.mkdir()
    return {"a pipe": (fifo, "a pipe or socket, not a regular file"), "a folder": (folder, "a folder, not a file"),
            "a device": (Path("/dev/null"), "a device, not a regular file")}


@pytest.mark.parametrize("what", ["a pipe", "a folder", "a device"])
def test_a_manifest_settings_or_actors_file_that_is_no_file_is_named_as_what_it_is(tmp_path, what: str):
    """A pipe, a folder or a device given as a manifest, settings or actors file was 'not found'."""
    from communique.actors.sources import read_user_file
    from communique.config import load_settings
    from communique.errors import ConfigError, KnowledgeBaseError
    from communique.read import load_manifest

    path, words = _named_files(tmp_path)[what]
    with pytest.raises(InputError) as info:
        load_manifest(path)
    assert f"manifest: {words}" in info.value.message and info.value.input == str(path)
    with pytest.raises(ConfigError) as cfg:
        load_settings(path)
    assert f"settings file: {words}" in cfg.value.message
    with pytest.raises(KnowledgeBaseError) as kb:
        read_user_file(path)
    assert words in kb.value.message
    with pytest.raises(InputError, match="manifest not found"):
        load_manifest(tmp_path / "missing.json")


def test_an_unreadable_manifest_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from communique.cli import main

    manifest = tmp_path / "m.json"
    manifest.write_text("[]")
    (tmp_path / "good.txt").write_text("France and Germany held talks in Berlin on Tuesday, officials said.")
    from communique.read import _manifest

    real = _manifest.read_bounded

    def locked(path, limit):
        if path == manifest:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, limit)

    monkeypatch.setattr(_manifest, "read_bounded", locked)
    res = CliRunner().invoke(main, ["clean", "-q", str(tmp_path / "good.txt"), "--manifest", str(manifest)])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit), res.exception
    assert f"{manifest}: cannot read the manifest: Permission denied" in res.stderr


def test_a_huge_manifest_is_refused_before_it_is_read(tmp_path, monkeypatch):
    """A manifest was read whole and parsed at about six times its size: a huge one ran the
    machine out of memory instead of saying what was wrong."""
    from click.testing import CliRunner

    from communique.cli import main
    from communique.errors import TooLargeError
    from communique.read import _manifest, load_manifest

    manifest = tmp_path / "huge.json"
    with manifest.open("wb") as fh:  # sparse: no disk used
        fh.truncate(_manifest.MAX_MANIFEST_BYTES + 1)
    read: list[int] = []
    monkeypatch.setattr(_manifest, "read_bounded", lambda path, limit: read.append(limit) or b"[]")
    with pytest.raises(TooLargeError) as info:
        load_manifest(manifest)
    assert info.value.input == str(manifest) and "over the 268,435,456-byte limit" in info.value.message
    assert read == []
    (tmp_path / "good.txt").write_text("France and Germany held talks in Berlin on Tuesday, officials said.")
    res = CliRunner().invoke(main, ["clean", "-q", str(tmp_path / "good.txt"), "--manifest", str(manifest)])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit), res.exception
    assert f"{manifest}: manifest is 268,435,457 bytes, over the 268,435,456-byte limit" in res.stderr


def test_load_manifest_takes_a_byte_limit(tmp_path):
    from communique.errors import TooLargeError
    from communique.read import load_manifest

    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps([{"id": "a", "published": "2021-04-16"}]))
    assert load_manifest(manifest, max_bytes=100) == {"a": {"published": "2021-04-16"}}
    manifest.write_text(json.dumps([{"id": str(i), "published": "2021-04-16"} for i in range(10)]))
    with pytest.raises(TooLargeError, match="over the 100-byte limit"):
        load_manifest(manifest, max_bytes=100)
