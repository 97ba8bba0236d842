"""The twenty-fourth red-team pass: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main


# -- filters given empty ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(small_db: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(small_db)) as c:
        yield c


@pytest.mark.parametrize("path, param", [
    ("/api/events", "text"), ("/api/events", "outlet"), ("/api/events", "doc"), ("/api/articles", "outlet"),
    ("/api/aggregates/dyads", "text"),
])
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_text_outlet_or_doc_filter_is_refused_not_ignored(client, path: str, param: str, value: str):
    """``text=`` and ``outlet=`` filtered nothing (every event, every article), ``doc=`` matched none,
    where every other filter given empty is a 422 naming it."""
    r = client.get(path, params={param: value})
    assert r.status_code == 422, r.text
    assert r.json()["detail"] == [{"loc": ["query", param], "msg": f"{param}: an empty value (give a value, or "
                                   f"leave {param} out)", "type": "value_error"}]


@pytest.mark.parametrize("option", [["--text", ""], ["--doc", " "]])
def test_the_command_line_refuses_an_empty_text_or_doc(small_db: Path, option: list[str]):
    res = CliRunner().invoke(main, ["events", "--format", "jsonl", "--db", str(small_db), *option])
    assert res.exit_code == 2 and not res.stdout, (res.exit_code, res.stdout)
    assert f"{option[0]}: an empty value (give a value, or leave {option[0]} out)" in res.stderr, res.stderr


# -- a .part file left by a run killed outright ---------------------------------------------

def _dead_pid() -> int:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_part_file_a_killed_run_left_is_removed_by_the_next_run_and_a_live_ones_kept(small_db: Path,
                                                                                      tmp_path: Path):
    """SIGKILL cannot be caught: its ``.NAME.PID.part`` stayed beside the output forever, one per
    killed run, each as large as the output."""
    import os

    out = tmp_path / "events.jsonl"
    stale = tmp_path / f".events.jsonl.{_dead_pid()}.part"
    live = tmp_path / f".events.jsonl.{os.getppid()}.part"  # a run still writing: its work
    other = tmp_path / f".other.jsonl.{_dead_pid()}.part"  # another output's
    for part in (stale, live, other):
        part.write_text('{"half": "written"\n')
    res = CliRunner().invoke(main, ["export", "--format", "jsonl", "--db", str(small_db), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    assert out.read_text().count("\n") == 5
    assert not stale.exists() and live.exists() and other.exists()


# -- progress of export --canonical ---------------------------------------------------------------

@pytest.fixture
def advances(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int | None, int]]:
    """What each progress display was advanced by (label, total, rows)."""
    from communique.progress import Progress

    seen: list[tuple[str, int | None, int]] = []
    monkeypatch.setattr(Progress, "advance", lambda self, n=1, info=None: seen.append((self.label, self.total, n)))
    return seen


def test_a_canonical_export_shows_progress_toward_its_line_count(small_db: Path, tmp_path: Path, advances):
    """A whole store written line by line gave no sign of life, where every other export shows one."""
    out = tmp_path / "store.jsonl"
    res = CliRunner().invoke(main, ["export", "--canonical", "--db", str(small_db), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    lines = len(out.read_text().splitlines())
    assert lines > 5 and advances == [("exporting", lines, lines)], advances


# -- the Ray engine passes the notes up as the local engine does --------------------------------------

def _warc_record(i: int, extra: str = "") -> bytes:
    para = (b"<p>Chile and Peru signed a fishing accord in Lima on Tuesday, officials of both governments "
            b"said, after two years of talks over the catch along their maritime border.</p>")
    page = b"<html><body><article>" + para * 4 + b"</article></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:r24-{i}>\r\n{extra}"
            f"WARC-Target-URI: http://paper.example/{i}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode() + http + b"\r\n\r\n"


def _noted_folder(tmp_path: Path) -> Path:
    """A folder of a WARC whose first record the crawler marked truncated, a long article and two
    files of kinds not read."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crawl.warc").write_bytes(_warc_record(0, "WARC-Truncated: length\r\n") + _warc_record(1))
    (folder / "long.txt").write_text("Kenya and Uganda agreed on Friday to reopen their border. " * 40)
    (folder / "feed.json").write_text("{}\n")
    (folder / "pages.html.gz").write_bytes(b"")
    return folder


def test_the_ray_readers_give_their_notes_as_rows_before_the_document(tmp_path: Path):
    """The workers read with no one to tell: a record marked truncated was read without the note."""
    pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    from communique.scale._inputs import read_file_rows

    warc = _noted_folder(tmp_path) / "crawl.warc"
    rows = read_file_rows({"path": str(warc), "file_no": 2}, manifest=None, published=None, max_bytes=1 << 20)
    assert [(r["id"], r["note"] is not None) for r in rows] == [(None, True), ("r24-0", False), ("r24-1", False)]
    assert "r24-0" in rows[0]["note"] and "WARC-Truncated (length)" in rows[0]["note"]
    orders = [r["order"] for r in rows]
    assert orders == sorted(set(orders)) and orders[0] >= 2 << 32


def test_the_ray_listing_names_the_files_it_does_not_read(tmp_path: Path):
    pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    from communique.scale._inputs import expand_inputs

    folder = _noted_folder(tmp_path)
    notes: list[str] = []
    files, errors = expand_inputs([str(folder)], notify=notes.append)
    assert [Path(f).name for f in files] == ["crawl.warc", "long.txt"] and not errors
    assert len(notes) == 1 and "2 file(s)" in notes[0] and "(.html.gz, .json)" in notes[0], notes


def test_the_ray_analyser_carries_the_cleaners_note_and_the_readers(tmp_path: Path):
    """A text cut at the article cap was cut without a word under Ray."""
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    from communique.config import load_settings
    from communique.scale._analyse import Analyser
    from communique.scale._inputs import read_file_rows

    folder = _noted_folder(tmp_path)
    rows = [row for i, name in enumerate(("crawl.warc", "long.txt"))
            for row in read_file_rows({"path": str(folder / name), "file_no": i}, manifest=None, published=None,
                                      max_bytes=1 << 20)]
    analyser = Analyser(load_settings().with_overrides(max_article_chars=500), str(tmp_path / "out"))
    summary = analyser(pa.Table.from_pylist(rows)).to_pylist()
    assert [s["status"] for s in summary] == ["note", "written", "written", "written"], summary
    assert "WARC-Truncated" in summary[0]["notes"][0] and summary[1]["notes"] == summary[2]["notes"] == []
    assert len(summary[3]["notes"]) == 1 and "only the first 500 characters" in summary[3]["notes"][0]


def test_extract_on_ray_shows_the_notes_the_local_engine_shows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    pytest.importorskip("ray.data", reason="Ray is not installed: pip install 'communique[ray]'")
    folder = _noted_folder(tmp_path)
    monkeypatch.setenv("COMMUNIQUE_MAX_ARTICLE_CHARS", "500")
    notes = {}
    for engine in ("local", "ray"):
        res = CliRunner().invoke(main, ["extract", str(folder), "-o", str(tmp_path / f"{engine}.jsonl"),
                                        "--engine", engine, "--workers", "1"])
        assert res.exit_code == 0, res.stderr
        notes[engine] = sorted(line for line in res.stderr.splitlines() if line.startswith("note: "))
    assert len(notes["local"]) == 3 and notes["ray"] == notes["local"], notes


# -- UTF-8 text with a stray byte of another encoding --------------------------------------------------

_MIXED = "Le président français a rencontré à Berlin le chancelier — « un accord », dit-il. ".encode() \
    + b"Le caf\xe9 est ferm\xe9.\n"  # (two letters pasted in from a Latin-1 file)


@pytest.mark.parametrize("kind", ["txt", "jsonl"])
def test_utf8_text_with_stray_latin1_bytes_keeps_its_letters(tmp_path: Path, kind: str):
    """It was read whole as a guessed single-byte code page: 'prĂŠsident', 'Ă ', 'â€”' throughout."""
    from communique.read import read_inputs
    from communique.read._decode import decode_bytes

    path = tmp_path / f"mixed.{kind}"
    path.write_bytes(_MIXED if kind == "txt" else b'{"id": "mixed", "text": "' + _MIXED.strip() + b'"}\n')
    (doc,) = list(read_inputs([path]))
    assert doc.text.strip() == ("Le président français a rencontré à Berlin le chancelier — « un accord », dit-il. "
                                "Le café est fermé."), doc
    latin = "Le président a rencontré à Berlin le chancelier, « un accord », dit-il.".encode("cp1252")
    assert decode_bytes(latin)[0] == latin.decode("cp1252")  # (a single-byte text is read as before)



# -- an article cap over what the parser takes -----------------------------------------------------

def test_an_article_cap_over_what_the_parser_takes_is_refused_at_once():
    """COMMUNIQUE_MAX_ARTICLE_CHARS=5000000 was taken: each long article then failed in the parse with
    spaCy's own error (E088) and a request to report it, after the run had waited for it."""
    from communique.config import load_settings
    from communique.errors import ConfigError

    assert load_settings(env={"COMMUNIQUE_MAX_ARTICLE_CHARS": "1000000"}).max_article_chars == 1_000_000
    with pytest.raises(ConfigError) as info:
        load_settings(env={"COMMUNIQUE_MAX_ARTICLE_CHARS": "5000000"})
    assert "from 1 to 1,000,000 (the most of one article the parser takes)" in str(info.value)


@pytest.mark.parametrize("cap, advice", [
    (400_000, "raise max_article_chars, e.g. COMMUNIQUE_MAX_ARTICLE_CHARS=1000000)"),
    (1_000_000, "1,000,000 characters is the most the parser takes; split the article to read the rest)"),
])
def test_the_note_on_a_cut_article_suggests_only_a_cap_the_settings_take(cap: int, advice: str):
    from communique.config import load_settings
    from communique.pipeline import Cleaner
    from communique.types import RawDoc

    notes: list[str] = []
    cleaner = Cleaner(load_settings().with_overrides(max_article_chars=cap), notify=notes.append)
    article = cleaner.clean(RawDoc(id="long", origin="long.txt", text="Rain fell on the capital all week. " * 40_000))
    assert len(article.text) == cap and len(notes) == 1 and notes[0].endswith(advice), notes


# -- actors resolve given an empty mention or date ---------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["", "--date", "2021-04-16"], "TEXT is empty (an unset shell variable?)"),
    ([" "], "TEXT is empty (an unset shell variable?)"),
    (["Japan", "--date", ""], "--date: an empty value (give a date, or leave --date out)"),
    (["--batch", "-", "--date", " "], "--date: an empty value (give a date, or leave --date out)"),
])
def test_resolve_refuses_an_empty_mention_or_date(args: list[str], message: str):
    """``actors resolve "$NAME"`` with NAME unset answered "no actor matches ''" with status 0, and
    ``--date ""`` resolved at no date: the API refuses both (text=, date=)."""
    res = CliRunner().invoke(main, ["actors", "resolve", *args], input='{"text": "Japan"}\n')
    assert res.exit_code == 2 and not res.stdout, (res.exit_code, res.stdout)
    assert message in res.stderr, res.stderr


def test_a_batch_line_with_an_empty_mention_is_an_error_naming_it(tmp_path: Path):
    batch = tmp_path / "mentions.jsonl"
    batch.write_text('{"text": "Japan"}\n{"text": "  ", "date": "2021"}\n{"text": "Kenya"}\n')
    res = CliRunner().invoke(main, ["actors", "resolve", "--batch", str(batch)])
    assert res.exit_code == 1 and [line[:20] for line in res.stdout.splitlines()][1] == "null"
    assert f'{batch}:2: "text" is empty: there is no mention to resolve' in res.stderr, res.stderr


# -- -o and --published given empty ----------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["clean", "IN", "-o", ""], ["extract", "IN", "-o", " "], ["export", "--format", "jsonl", "--db", "DB", "-o", ""],
    ["clean", "IN", "--published", ""], ["extract", "IN", "--published", " "],
    ["ingest", "IN", "--db", "NEW", "--published", ""],
])
def test_an_output_or_publication_date_given_empty_is_refused(article: Path, tmp_path: Path, small_db: Path,
                                                             args: list[str]):
    """``-o "$OUT"`` with OUT unset wrote to standard output (export: refused as the folder '.'), and
    ``--published "$DAY"`` left every article undated, without a word."""
    given = {"IN": str(article), "DB": str(small_db), "NEW": str(tmp_path / "new.duckdb")}
    res = CliRunner().invoke(main, [given.get(a, a) for a in args])
    assert res.exit_code == 2 and not res.stdout, (res.exit_code, res.stdout)
    assert "an empty value (an unset shell variable?)" in res.stderr, res.stderr
    assert not (tmp_path / "new.duckdb").exists()


@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize("option", ["--address", "--parquet-dir"])
def test_a_ray_option_given_empty_is_refused(tmp_path: Path, command: str, option: str):
    """``--address "$RAY_ADDRESS"`` with the variable unset ran on a local Ray, not the cluster,
    without a word; ``--parquet-dir ""`` started Ray, then said an unnamed folder was not empty."""
    db = ["--db", str(tmp_path / "x.duckdb")] if command == "ingest" else []
    res = CliRunner().invoke(main, [command, str(tmp_path / "in.jsonl"), *db, "--engine", "ray", option, " "])
    assert res.exit_code == 2, (res.exit_code, res.stderr)
    assert f"'{option}': an empty value (an unset shell variable?)" in res.stderr, res.stderr


# -- the server tells a poster what the command line notes -----------------------------------------------

def test_an_article_posted_to_the_server_and_cut_at_the_cap_is_noted_in_the_answer(tmp_path: Path):
    """``POST /api/ingest`` stored the first max_article_chars characters and said nothing of the rest."""
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from communique.api._ingest import Ingester, jsonl_items
    from communique.config import load_settings

    ingester = Ingester(tmp_path / "posted.duckdb", load_settings().with_overrides(max_article_chars=400))
    body = ('{"id": "long", "text": "' + "Kenya and Uganda agreed on Friday to reopen their border. " * 20 + '"}\n'
            '{"id": "short", "text": "Chile and Peru held talks in Lima on Tuesday."}\n').encode()
    answer = ingester.ingest(jsonl_items(body, 1 << 20))
    assert answer["stored"] == 2 and not answer["errors"], answer
    assert len(answer["notes"]) == 1 and answer["notes"][0].startswith("<request>:1: "), answer["notes"]
    assert "only the first 400 characters of the article were read" in answer["notes"][0]
    assert ingester.ingest(jsonl_items(body[body.index(b"\n") + 1:], 1 << 20))["notes"] == []  # (per request)
