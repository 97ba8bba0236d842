"""The read stage on real files of every kind, good and bad."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.errors import (BinaryInputError, EmptyInputError, InputError, MalformedRecordError,
                               TooLargeError)
from communique.read import input_kind, load_manifest, read_inputs
from communique.types import RawDoc

SEED = "000_f58d0c651a51496f"


def docs(items: list) -> list[RawDoc]:
    return [x for x in items if isinstance(x, RawDoc)]


def errors(items: list) -> list[InputError]:
    return [x for x in items if isinstance(x, InputError)]


@pytest.fixture()
def seed_text(shared: Path) -> str:
    return (shared / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")


def test_text_file_id_is_stem(shared: Path, tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / f"{SEED}.txt"
    shutil.copy(shared / "seeds" / f"{SEED}.txt", path)
    out = list(read_inputs([path], published="2021-04-16"))
    assert len(out) == 1 and isinstance(out[0], RawDoc)
    doc = out[0]
    assert (doc.id, doc.text, doc.html, doc.published, doc.origin) == (SEED, seed_text, None, "2021-04-16", str(path))


def test_seed_directory_with_docs_json_manifest(shared: Path, seed_docs: list[dict]) -> None:
    manifest = load_manifest(shared / "eval/dev/docs.json")
    out = list(read_inputs([shared / "seeds"], manifest=manifest, published="1999-01-01"))
    assert not errors(out)
    got = {d.id: d for d in docs(out)}
    assert [d.id for d in docs(out)] == sorted(got)  # sorted walk
    for meta in seed_docs:
        doc = got[meta["doc_id"]]
        assert (doc.published, doc.source, doc.url) == (meta["published"], meta["source"], meta["url"])


def test_html_file_with_declared_latin1(tmp_path: Path) -> None:
    html = ('<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head>'
            '<body><p>Le pr\xe9sident fran\xe7ais a rencontr\xe9 le chancelier.</p></body></html>')
    path = tmp_path / "page.HTM"
    path.write_bytes(html.encode("latin-1"))
    (doc,) = list(read_inputs([path]))
    assert isinstance(doc, RawDoc) and doc.id == "page" and doc.text is None
    assert "président français a rencontré" in doc.html


def test_latin1_text_is_detected(tmp_path: Path) -> None:
    text = ("Le président français Emmanuel Macron a reçu à l'Élysée le chancelier allemand. "
            "Les deux dirigeants ont évoqué la sécurité européenne, l'énergie et la défense. "
            "Selon un communiqué, ils se retrouveront à Zürich au début de l'été. ") * 3
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    (doc,) = list(read_inputs([path]))
    assert isinstance(doc, RawDoc)
    assert doc.text == text


def test_utf16_with_bom_is_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Biden met Suga in Washington.".encode("utf-16"))
    (doc,) = list(read_inputs([path]))
    assert isinstance(doc, RawDoc) and doc.text == "Biden met Suga in Washington."


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbfHello world.")
    (doc,) = list(read_inputs([path]))
    assert doc.text == "Hello world."


@pytest.mark.parametrize("name, data, kind", [
    ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG image"),
    ("paper.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    ("archive.txt", b"PK\x03\x04" + b"\x14\x00" * 30, "ZIP archive"),
    ("nul.txt", b"some text\x00with a NUL byte", "NUL bytes"),
    ("controls.txt", bytes(range(1, 8)) * 50, "control characters"),
])
def test_binary_files(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (err,) = list(read_inputs([path]))
    assert isinstance(err, BinaryInputError) and err.input == str(path) and kind in err.message
    assert err.hint


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n  "])
def test_empty_files(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    (err,) = list(read_inputs([path]))
    assert isinstance(err, EmptyInputError) and err.input == str(path)


def test_file_over_the_limit_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(60_000_000)  # sparse: no 60 MB written
    (err,) = list(read_inputs([path]))
    assert isinstance(err, TooLargeError) and err.input == str(path) and "60,000,000" in err.message
    assert "max_input_bytes" in (err.hint or "")


def test_missing_path_and_unsupported_file(tmp_path: Path) -> None:
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    out = list(read_inputs([tmp_path / "nope.txt", tmp_path / "doc.pdf"]))
    assert [type(e) for e in out] == [InputError, InputError]
    assert "no such file" in out[0].message and "unsupported file type '.pdf'" in out[1].message
    assert all(e.hint for e in out)
    # the hint is shown in brackets after the message: brackets of its own would nest
    assert "relative paths start from the current directory" in (out[0].hint or "")
    assert "(" not in (out[0].hint or "") and str(out[0]).endswith("current directory)")


def test_directory_walk(tmp_path: Path, shared: Path) -> None:
    root = tmp_path / "in"
    (root / "b" / "c").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b" / "c" / "z.txt").write_text("Deep text.")
    (root / "a.html").write_text("<p>Page.</p>")
    (root / "notes.pdf").write_bytes(b"%PDF")  # unknown type in a directory: skipped quietly
    (root / ".secret.txt").write_text("hidden")
    (root / ".hidden" / "x.txt").write_text("hidden")
    (root / "b" / "empty.txt").write_text("")
    out = list(read_inputs([root]))
    assert [(type(x).__name__, getattr(x, "id", None) or x.input) for x in out] == [
        ("RawDoc", "a"), ("EmptyInputError", str(root / "b" / "empty.txt")), ("RawDoc", "z")]
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    (err,) = list(read_inputs([empty_dir]))
    assert isinstance(err, InputError) and "no readable documents" in err.message


def _jsonl(seed_text: str) -> str:
    lines = [
        json.dumps({"id": "j1", "text": seed_text, "published": "2021-04-16", "url": "https://x/1",
                    "title": "T", "source": "CNN"}),
        "",
        '{"id": "broken", "text": "unterminated',
        json.dumps({"text": "No id here."}),
        json.dumps({"id": 7, "html": "<p>Numeric id.</p>"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "nobody"}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps({"id": "badtype", "text": 42}),
        json.dumps({"id": "j9", "text": "Last one, dated by the argument."}),
    ]
    return "\n".join(lines) + "\n"


def test_jsonl_with_bad_lines(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(_jsonl(seed_text), encoding="utf-8")
    out = list(read_inputs([path], published="2020-01-01"))
    kinds = [(type(x).__name__, x.id if isinstance(x, RawDoc) else x.input) for x in out]
    assert kinds == [
        ("RawDoc", "j1"),
        ("MalformedRecordError", f"{path}:3"),
        ("RawDoc", "batch:4"),
        ("RawDoc", "7"),
        ("MalformedRecordError", f"{path}:6"),
        ("MalformedRecordError", f"{path}:7"),
        ("EmptyInputError", f"{path}:8"),
        ("MalformedRecordError", f"{path}:9"),
        ("RawDoc", "j9"),
    ]
    j1, noid, seven, j9 = docs(out)
    assert (j1.published, j1.url, j1.title, j1.source, j1.origin) == ("2021-04-16", "https://x/1", "T", "CNN",
                                                                     f"{path}:1")
    assert seven.html == "<p>Numeric id.</p>" and seven.text is None
    assert j9.published == "2020-01-01" and noid.published == "2020-01-01"
    assert "not valid JSON" in out[1].message and out[1].hint


def test_manifest_beats_record_beats_argument(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "A.", "published": "2021-01-01", "source": "own"}) + "\n"
                    + json.dumps({"id": "b", "text": "B.", "published": "2021-02-02"}) + "\n"
                    + json.dumps({"id": "c", "text": "C."}) + "\n")
    manifest = {"a": {"published": "2020-12-31", "source": "manifest"}}
    a, b, c = list(read_inputs([path], manifest=manifest, published="2000-01-01"))
    assert (a.published, a.source) == ("2020-12-31", "manifest")
    assert b.published == "2021-02-02" and c.published == "2000-01-01"


def test_jsonl_gz_and_ndjson(tmp_path: Path) -> None:
    gz = tmp_path / "batch.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Zipped."}) + "\n")
    nd = tmp_path / "more.ndjson"
    nd.write_text(json.dumps({"id": "n1", "text": "Plain."}) + "\n")
    a, b = list(read_inputs([gz, nd]))
    assert (a.id, a.text, b.id) == ("batch:1", "Zipped.", "n1")


def test_jsonl_line_over_the_limit_and_empty_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "x" * 5000}) + "\n" + json.dumps({"id": "ok", "text": "y"}) + "\n")
    big, ok = list(read_inputs([path], max_bytes=1000))
    assert isinstance(big, TooLargeError) and big.input == f"{path}:1"
    assert isinstance(ok, RawDoc) and ok.id == "ok"
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    (err,) = list(read_inputs([empty]))
    assert isinstance(err, EmptyInputError)
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (err,) = list(read_inputs([binary]))
    assert isinstance(err, BinaryInputError)


def test_jsonl_from_stdin() -> None:
    code = ("from communique.read import read_inputs\n"
            "for d in read_inputs(['-']): print(type(d).__name__, getattr(d, 'id', None) or d.input)")
    data = json.dumps({"id": "s1", "text": "From stdin."}) + "\n{oops\n" + json.dumps({"text": "No id."}) + "\n"
    res = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, text=True, check=True)
    assert res.stdout.splitlines() == ["RawDoc s1", "MalformedRecordError <stdin>:2", "RawDoc stdin:3"]


def _response(writer: WARCWriter, uri: str, body: bytes, ctype: str = "text/html; charset=utf-8",
              record_type: str = "response") -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, record_type, payload=io.BytesIO(body),
                                                  http_headers=headers,
                                                  warc_headers_dict={"WARC-Date": "2021-04-17T10:00:00Z"}))


def _make_warc(path: Path, gz: bool) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        _response(writer, "https://news.example/a", b"<html><body><p>Biden met Suga.</p></body></html>")
        req = writer.create_warc_record("https://news.example/a", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        _response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")
        _response(writer, "https://news.example/b",
                  "<html><body><p>Caf\xe9 diplomacy in Z\xfcrich.</p></body></html>".encode("latin-1"),
                  ctype="text/html; charset=ISO-8859-1")
        _response(writer, "https://news.example/empty", b"   ")


@pytest.mark.parametrize("name, gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc(tmp_path: Path, name: str, gz: bool) -> None:
    path = tmp_path / name
    _make_warc(path, gz)
    out = list(read_inputs([path]))
    a, b = docs(out)
    (err,) = errors(out)
    assert isinstance(err, EmptyInputError) and err.input.startswith(f"{path}#")
    assert a.url == "https://news.example/a" and "Biden met Suga" in a.html and a.text is None
    assert a.published == "2021-04-17"  # WARC-Date, only as the fallback
    assert a.origin == f"{path}#{a.id}" and a.id != b.id
    assert "Café diplomacy in Zürich" in b.html
    manifest = {a.id: {"published": "2021-04-16"}}
    assert docs(list(read_inputs([path], manifest=manifest)))[0].published == "2021-04-16"
    assert docs(list(read_inputs([path], published="2021-04-15")))[0].published == "2021-04-15"


@pytest.mark.parametrize("name, gz", [("bad.warc.gz", True), ("bad.warc", False)])
def test_corrupt_record_is_reported_and_reading_goes_on(tmp_path: Path, name: str, gz: bool) -> None:
    good = tmp_path / ("good" + name[3:])
    _make_warc(good, gz=gz)
    data = good.read_bytes()
    bad = tmp_path / name
    damage = data.index(b"Biden met Suga") if not gz else 120  # inside the first record
    bad.write_bytes(data[:damage - 60] + b"\x00garbage\xff" * 8 + data[damage + 40:])
    out = list(read_inputs([bad, tmp_path / "missing.warc"]))
    assert [d.url for d in docs(out)] == ["https://news.example/b"]  # the record after the damage
    errs = errors(out)
    corrupt = [e for e in errs if isinstance(e, MalformedRecordError)]
    assert len(corrupt) == 1 and corrupt[0].input == str(bad) and "corrupt archive data" in corrupt[0].message
    assert corrupt[0].message.isprintable()
    assert errs[-1].input == str(tmp_path / "missing.warc")


def test_not_a_warc(tmp_path: Path) -> None:
    not_warc = tmp_path / "plain.warc"
    not_warc.write_text("hello, not a warc")
    (err,) = list(read_inputs([not_warc]))
    assert isinstance(err, MalformedRecordError) and "not a WARC" in err.message


def test_load_manifest_formats_and_errors(tmp_path: Path, shared: Path) -> None:
    m = load_manifest(shared / "eval/dev/docs.json")
    assert m[SEED]["published"] == "2021-04-16" and m[SEED]["source"] == "CNN"
    keyed = tmp_path / "keyed.json"
    keyed.write_text(json.dumps({"x": {"published": "2020-01-01", "title": "X"}}))
    assert load_manifest(keyed) == {"x": {"published": "2020-01-01", "title": "X"}}
    renamed = tmp_path / "renamed.json"
    renamed.write_text(json.dumps([{"id": "doc-9", "file": "in/article_nine.txt", "published": "2020"}]))
    assert load_manifest(renamed)["article_nine"]["published"] == "2020"
    for name, body, msg in [
        ("bad.json", "[{", "not valid JSON"),
        ("noid.json", json.dumps([{"published": "2021"}]), "no \"doc_id\""),
        ("scalar.json", "42", "not a list or an object"),
        ("item.json", json.dumps(["x"]), "not an object"),
        ("type.json", json.dumps([{"id": "a", "published": ["2021"]}]), "must be a string"),
    ]:
        p = tmp_path / name
        p.write_text(body)
        with pytest.raises(InputError, match=msg) as err:
            load_manifest(p)
        assert err.value.input == str(p) and err.value.hint
    with pytest.raises(InputError, match="manifest not found"):
        load_manifest(tmp_path / "absent.json")


def test_batch_goes_on_after_every_kind_of_failure(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "ok1.txt").write_text(seed_text)
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "empty.html").write_text("")
    (tmp_path / "ok2.html").write_text("<p>Broken <b>html <i>never closed")
    out = list(read_inputs([tmp_path / "missing", tmp_path]))
    assert [getattr(x, "id", None) for x in docs(out)] == ["ok1", "ok2"]
    assert len(errors(out)) == 3


def test_input_kind() -> None:
    assert [input_kind(n) for n in ("a.TXT", "a.jsonl.gz", "a.warc.gz", "a.arc", "a.xhtml", "a.doc")] == [
        "text", "jsonl", "warc", "warc", "html", None]


def test_truncated_warc_gz_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    _make_warc(path, gz=True)
    path.write_bytes(path.read_bytes()[:-30])  # the last record's member is cut short
    out = list(read_inputs([path]))
    assert [d.url for d in docs(out)] == ["https://news.example/a", "https://news.example/b"]
    (err,) = [e for e in errors(out) if isinstance(e, MalformedRecordError)]
    assert "ends inside a record" in err.message and err.input == str(path)
