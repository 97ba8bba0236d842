"""The twenty-fifth red-team pass: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main

_SAID = " officials of both governments said after the talks, which had been planned for months."


# -- the Ray engine notes a manifest that names none of the documents, once, for the whole run -----------

def _two_files(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Chile and Peru held talks in Lima on Tuesday,{_SAID}")
    (folder / "b.txt").write_text(f"Kenya and Uganda met in Kampala on Friday,{_SAID}")
    return folder


def test_the_ray_engine_notes_an_unmatched_manifest_once_for_the_run(tmp_path: Path):
    """Each file was read alone, so each file the manifest did not name got its own note ('names none of
    the 1 document(s) read'), even when the manifest named the run's other file."""
    pytest.importorskip("ray.data", reason="Ray is not installed: pip install 'communique[ray]'")
    folder = _two_files(tmp_path)
    manifest = tmp_path / "manifest.json"
    notes = {}
    for named in ("a", "papers/a.html"):
        manifest.write_text(json.dumps([{"doc_id": named, "published": "2021-04-16"}]))
        res = CliRunner().invoke(main, ["extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "--engine", "ray",
                                        "--workers", "1", "--manifest", str(manifest)])
        assert res.exit_code == 0, res.stderr
        notes[named] = [line for line in res.stderr.splitlines() if "manifest" in line]
    assert notes["a"] == [], notes
    assert len(notes["papers/a.html"]) == 1 and "names none of the 2 document(s) read" in notes["papers/a.html"][0] \
        and "the documents': 'a', 'b'" in notes["papers/a.html"][0], notes


# -- POST /api/ingest with a JSONL body refuses the query-string metadata of an HTML page ---------------

_TOKEN = "s25-token"


@pytest.fixture
def writer(small_db: Path, monkeypatch: pytest.MonkeyPatch):
    """A client of a server taking writes, whose store write records what it was handed."""
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    import communique.api._app as app_module
    from communique.api import create_app

    written: list[object] = []
    monkeypatch.setattr(app_module, "_write", lambda snaps, ingester, items: written.append(items) or {})
    with TestClient(create_app(small_db, token=_TOKEN)) as c:
        c.written = written  # type: ignore[attr-defined]
        yield c


@pytest.mark.parametrize("param, value", [("id", "x1"), ("url", "https://example.org/a"), ("title", "A title"),
                                          ("source", "Reuters"), ("published", "2021-04-16")])
def test_page_metadata_in_the_query_of_a_jsonl_post_is_refused(writer, param: str, value: str):
    """``?source=Reuters`` with a JSONL body was dropped without a word: every document stored without it."""
    line = json.dumps({"id": "j1", "text": f"Chile and Peru held talks in Lima on Tuesday,{_SAID}"}).encode()
    res = writer.post("/api/ingest", params={param: value}, content=line + b"\n",
                      headers={"Authorization": f"Bearer {_TOKEN}", "Content-Type": "application/x-ndjson"})
    assert res.status_code == 422, res.text
    detail = str(res.json()["detail"])
    assert f"{param}: taken with an HTML body" in detail and f'give "{param}" on each document' in detail, detail
    assert writer.written == []
    res = writer.post("/api/ingest", content=line + b"\n", headers={"Authorization": f"Bearer {_TOKEN}"})
    assert res.status_code == 200 and len(writer.written) == 1, res.text


# -- events --limit 0 is a usage error, not an empty table --------------------------------------------------

@pytest.mark.parametrize("command", ["events", "export"])
def test_a_limit_of_zero_is_refused_saying_what_to_give(small_db: Path, tmp_path: Path, command: str):
    """``events --limit 0`` printed an empty table (``export`` an empty file), as if nothing matched."""
    out = ["--format", "jsonl", "-o", str(tmp_path / "x.jsonl")] if command == "export" else []
    res = CliRunner().invoke(main, [command, "--db", str(small_db), "--limit", "0", *out])
    assert res.exit_code == 2, res.output
    assert "--limit: 0 lists no event" in res.stderr and "give 1 or more, or leave --limit out" in res.stderr, \
        res.stderr
    res = CliRunner().invoke(main, [command, "--db", str(small_db), "--limit", "1", *out])
    assert res.exit_code == 0, res.stderr


# -- an unreadable publication date is a note, the record kept undated, as an impossible one is --------------

def test_an_unreadable_date_keeps_the_record_undated_with_a_note(tmp_path: Path):
    """'05/06/2014' or 'yesterday' refused the whole record (E107, exit status 1) where '0001-01-01'
    was a note and the record was kept undated."""
    feed = tmp_path / "feed.jsonl"
    rows = [("amb", "05/06/2014", "Chile and Peru held talks in Lima on Tuesday,"),
            ("junk", "last week", "Kenya and Uganda met in Kampala on Friday,"),
            ("ok", "2021-04-16", "Ghana and Togo met in Accra on Monday,")]
    feed.write_text("".join(json.dumps({"id": i, "text": t + _SAID, "published": p}) + "\n" for i, p, t in rows))
    res = CliRunner().invoke(main, ["clean", str(feed)])
    assert res.exit_code == 0, res.stderr
    cleaned = {a["id"]: a["published"] for a in map(json.loads, res.stdout.splitlines())}
    assert cleaned == {"amb": None, "junk": None, "ok": "2021-04-16"}, cleaned
    notes = [line for line in res.stderr.splitlines() if line.startswith("note: [E107]")]
    assert len(notes) == 2 and "'05/06/2014' is ambiguous" in notes[0] and "'last week'" in notes[1], res.stderr
    assert "record 'amb' is processed without this date; write it as YYYY-MM-DD" in notes[0], notes


# -- "the database is locked" names the process that holds it, not a cut DuckDB message ----------------------

def test_a_locked_store_names_the_process_holding_it(tmp_path: Path):
    """The message was DuckDB's, cut at 200 characters: with a long path the holder was lost ('Conflicting
    lock is held in /root/.pyenv… (274 characters in all)') and the path came three times."""
    import subprocess
    import sys

    db = tmp_path / ("a-folder-with-a-rather-long-name-" * 3) / "store.duckdb"
    db.parent.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; con = duckdb.connect(sys.argv[1]); "
                               "con.execute('create table t (x int)'); print('held', flush=True); sys.stdin.read()",
                               str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        res = CliRunner().invoke(main, ["events", "--db", str(db)])
    finally:
        holder.communicate("")
    assert res.exit_code != 0
    assert f"the database is locked: process {holder.pid} (" in res.stderr and ") holds it" in res.stderr, res.stderr
    assert res.stderr.count(str(db)) == 1 and "characters in all" not in res.stderr, res.stderr


# -- the actor search reads its text as text: accents aside, no pattern characters --------------------------

def test_the_actor_search_ignores_accents_and_takes_underscore_and_percent_as_written(tmp_path: Path):
    """It was an ILIKE pattern: 'Erdogan' found no 'Erdoğan' (names are stored as the knowledge base
    writes them) and '_' or '%' matched every actor."""
    from dataclasses import replace

    from test_robust_store import _result

    from communique.store import Store
    from communique.types import Actor

    res = _result(0)
    ev = replace(res.events[0], source=Actor(code="TURGOV", name="Recep Tayyip Erdoğan", kind="person"),
                 target=Actor(code="MEX", name="Mexico", kind="state"))
    with Store(tmp_path / "s.duckdb") as store:
        store.write([replace(res, events=(ev,))])
        browser = store.browser()
        assert [a["code"] for a in browser.actors("Erdogan")] == ["TURGOV"]
        assert [a["code"] for a in browser.actors("ERDOĞAN")] == ["TURGOV"]
        assert browser.actors("_") == browser.actors("%") == [] and len(browser.actors(None)) == 2


# -- a name written with combining accents (decomposed) resolves as the composed one does ------------------

@pytest.mark.parametrize("name, code", [("Co\u0302te d'Ivoire", "CIV"), ("President Erdog\u0306an", "TUR")])
def test_a_decomposed_name_resolves_as_the_composed_one(name: str, code: str):
    """'Co\u0302te' (a circumflex as a combining mark, as macOS files write it) was split at the mark,
    so the name resolved to nothing where 'Côte d'Ivoire' resolved to CIV."""
    import unicodedata

    from communique.actors import KnowledgeBase

    kb = KnowledgeBase.default()
    composed = kb.resolve(unicodedata.normalize("NFC", name), "2021-04-16")
    decomposed = kb.resolve(name, "2021-04-16")
    assert composed is not None and decomposed is not None, (composed, decomposed)
    assert decomposed.code == composed.code == code


# -- a WARC.gz cut off inside its last record does not promise a next record ------------------------------

def _warc_member(n: int, sentence: str) -> bytes:
    import gzip

    body = (f"<html><body><article><p>{sentence}{_SAID}</p></article></body></html>").encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/{n}\r\n"
            f"WARC-Date: 2021-04-16T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000000{n}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", mtime=0)  # the same bytes on every run


def test_an_archive_cut_off_inside_its_last_record_says_the_rest_is_missing(tmp_path: Path):
    """'the archive ends inside a record (that stretch is skipped and reading goes on at the next
    record; ...)': there is no next record, the download was cut."""
    last = _warc_member(3, "Ghana and Togo met in Accra on Monday." * 20)
    warc = tmp_path / "cut.warc.gz"
    warc.write_bytes(_warc_member(1, "Chile and Peru held talks in Lima on Tuesday. " * 4) + last[: len(last) // 2])
    res = CliRunner().invoke(main, ["clean", str(warc)])
    assert res.exit_code == 1 and res.stdout.count('"id"') == 1, res.output
    error = [line for line in res.stderr.splitlines() if line.startswith("error")]
    assert len(error) == 1 and "the archive ends inside a record" in error[0], res.stderr
    assert "goes on at the next record" not in error[0] and "re-fetch the archive to recover the rest" in error[0], \
        error


# -- a resolve batch file that starts with a byte order mark is read, as a document file is ---------------

@pytest.mark.parametrize("first", ['{"text": "President Macron", "date": "2021-04-16"}\r\n', "\r\n"])
def test_a_resolve_batch_with_a_byte_order_mark_reads_its_first_line(tmp_path: Path, first: str):
    """A file saved by Windows Notepad: its first line was 'not a JSON object (Unexpected UTF-8 BOM)'."""
    batch = tmp_path / "mentions.jsonl"
    batch.write_bytes(b"\xef\xbb\xbf" + (first + '{"text": "Angela Merkel", "date": "2021-04-16"}\r\n').encode())
    res = CliRunner().invoke(main, ["actors", "resolve", "--batch", str(batch)])
    assert res.exit_code == 0 and "error" not in res.stderr, res.output
    codes = [json.loads(line)["code"] for line in res.stdout.splitlines()]
    assert codes == (["FRA", "DEU"] if first.strip() else ["DEU"]), codes


# -- actor files saved with a byte order mark (Excel's "CSV UTF-8", Notepad) are read whole ------------------

def test_an_actors_csv_with_a_byte_order_mark_is_read(tmp_path: Path):
    """Excel's 'CSV UTF-8' starts with a BOM, which joined the header's first column ('\\ufeffname'):
    'row 2 has no name (fill the `name` column)' for a row that has one."""
    from communique.actors import KnowledgeBase

    f = tmp_path / "mine.csv"
    f.write_bytes(b"\xef\xbb\xbfname,kind,code,country,aliases,role,from,to\r\n"
                  b"Jane Qwertyson,person,,FRA,,foreign minister,2020-01-01,\r\n")
    actor = KnowledgeBase.load(extra=(f,)).resolve("Jane Qwertyson", "2021-04-16")
    assert actor is not None and (actor.code, actor.role) == ("FRA", "foreign minister"), actor


def test_a_phoenix_file_with_a_byte_order_mark_reads_its_first_name(tmp_path: Path):
    """The BOM joined the first entry's name, which then matched no text."""
    from communique.actors import KnowledgeBase

    f = tmp_path / "mine.actors"
    f.write_bytes("\ufeffBARNABY_QUENTWORTH_ [FJIGOV 100101-150101]\nOCEANIA_RELIEF_AGENCY_ [IGOUNO]\n".encode())
    kb = KnowledgeBase.load(extra=(f,))
    actor = kb.resolve("Barnaby Quentworth", "2012-01-01")
    assert actor is not None and actor.code == "FJI", actor


def test_a_settings_file_with_a_byte_order_mark_is_read(tmp_path: Path):
    """tomllib refused it: 'not valid TOML: Invalid statement (at line 1, column 1)', a line that looks right."""
    from communique.config import load_settings

    f = tmp_path / "settings.toml"
    f.write_bytes(b"\xef\xbb\xbfbatch_size = 16\r\n")
    assert load_settings(f).batch_size == 16
