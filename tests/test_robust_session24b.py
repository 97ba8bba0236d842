"""The twenty-fourth red-team pass, second round: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main


# -- a publication date no article can have is a note: the article is processed all the same ----------

def _dated_feed(tmp_path: Path) -> Path:
    """Three records, the first two with dates outside 1800-2100 (a zero time, a far future)."""
    feed = tmp_path / "dated.jsonl"
    said = " officials of both governments said after the talks, which had been planned for months."
    feed.write_text(f'{{"id": "z", "text": "Chile and Peru held talks in Lima on Tuesday,{said}", '
                    '"published": "0001-01-01"}\n'
                    f'{{"id": "f", "text": "Kenya and Uganda met in Kampala on Friday,{said}", '
                    '"published": "9999-12-31"}\n'
                    f'{{"id": "ok", "text": "Ghana and Togo met in Accra on Monday,{said}", '
                    '"published": "2021-04-16"}\n')
    return feed


def test_an_impossible_date_is_noted_and_the_run_ends_without_failure(tmp_path: Path):
    """Each record was processed without its date, yet counted a failed input: '3 document(s) cleaned,
    2 input(s) failed' and exit status 1, which the command line keeps for inputs not processed."""
    res = CliRunner().invoke(main, ["clean", str(_dated_feed(tmp_path)), "-o", str(tmp_path / "clean.jsonl")])
    assert res.exit_code == 0, res.stderr
    notes = [line for line in res.stderr.splitlines() if line.startswith("note: [E109] ")]
    assert len(notes) == 2 and "dated.jsonl:1: publication date '0001-01-01' is outside 1800-2100" in notes[0]
    assert "processed without this date" in notes[1] and "failed" not in res.stderr and "error" not in res.stderr
    assert len((tmp_path / "clean.jsonl").read_text().splitlines()) == 3


def test_an_impossible_date_advances_the_progress_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The error advanced the progress for the record, and its article advanced it again: 5 of 3."""
    from communique.progress import Progress

    seen: list[int] = []
    monkeypatch.setattr(Progress, "advance", lambda self, n=1, info=None: seen.append(n))
    res = CliRunner().invoke(main, ["clean", str(_dated_feed(tmp_path)), "-o", str(tmp_path / "clean.jsonl")])
    assert res.exit_code == 0 and sum(seen) == 3, (seen, res.stderr)


def test_the_library_without_a_notify_still_hands_the_date_to_on_error():
    from communique.errors import CommuniqueError, DateRangeError
    from communique.pipeline import Cleaner
    from communique.read import RawDoc

    text = "Chile and Peru held talks in Lima on Tuesday."
    raws = [RawDoc(id="z", origin="f:1", text=text, published="0001-01-01")]
    errors: list[CommuniqueError] = []
    notes: list[str] = []
    assert [a.published for a in Cleaner(notify=notes.append).articles(raws, on_error=errors.append)] == [None]
    assert errors == [] and len(notes) == 1 and notes[0].startswith("[E109] f:1: publication date '0001-01-01'")
    assert [a.published for a in Cleaner().articles(raws, on_error=errors.append)] == [None]
    assert [type(e) for e in errors] == [DateRangeError]  # (a caller that takes no notes)


def test_a_posted_article_with_an_impossible_date_is_stored_and_noted_not_an_error(tmp_path: Path):
    """``POST /api/ingest`` answered the stored article among the errors of inputs that failed."""
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from communique.api._ingest import Ingester, jsonl_items
    from communique.config import load_settings

    ingester = Ingester(tmp_path / "posted.duckdb", load_settings())
    answer = ingester.ingest(jsonl_items(_dated_feed(tmp_path).read_bytes(), 1 << 20))
    assert answer["stored"] == 3 and answer["errors"] == [], answer
    assert [n.split(":")[0] for n in answer["notes"]] == ["[E109] <request>"] * 2, answer["notes"]


def test_the_ray_analyser_notes_an_impossible_date_as_the_local_engine_does(tmp_path: Path):
    """Under Ray each row is cleaned alone, and the date was dropped without a word."""
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    from communique.config import load_settings
    from communique.scale._analyse import Analyser
    from communique.scale._inputs import read_file_rows

    rows = list(read_file_rows({"path": str(_dated_feed(tmp_path)), "file_no": 0}, manifest=None, published=None,
                               max_bytes=1 << 20))
    summary = Analyser(load_settings(), str(tmp_path / "out"))(pa.Table.from_pylist(rows)).to_pylist()
    assert [s["status"] for s in summary] == ["written"] * 3, summary
    assert [len(s["notes"]) for s in summary] == [1, 1, 0], summary
    first = summary[0]["notes"][0]
    assert first.startswith("[E109] ") and "'0001-01-01' is outside 1800-2100" in first


# -- an event id or actor given empty is a usage error, as an empty TEXT to resolve is -----------------------

@pytest.mark.parametrize("args, name", [
    (["show", "--db", "{db}", ""], "EVENT_ID"), (["show", "--db", "{db}", " "], "EVENT_ID"),
    (["actors", "show", ""], "CODE"), (["actors", "show", "  "], "CODE"),
])
def test_an_empty_event_id_or_actor_to_show_is_refused(tmp_path: Path, args: list[str], name: str):
    """``communique show "$ID"`` with ID unset read the store and answered "'': no event with this id"
    (status 1), and ``actors show ""`` loaded the knowledge base to say it knows no such actor."""
    from communique.store import Store

    db = tmp_path / "s.duckdb"
    Store(db).close()
    res = CliRunner().invoke(main, [a.format(db=db) for a in args])
    assert res.exit_code == 2, (res.exit_code, res.stderr)
    assert f"Invalid value for '{name}': an empty value (an unset shell variable?)" in res.stderr, res.stderr


# -- a least intensity above the most, an empty cursor -----------------------------------------------------

@pytest.fixture(scope="module")
def client(small_db: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(small_db)) as c:
        yield c


def test_a_least_intensity_above_the_most_is_refused_on_the_command_line(small_db: Path):
    """'At least 5 and at most 1' printed an empty table with status 0, where --since after --until
    is refused with the hint to swap them."""
    res = CliRunner().invoke(main, ["events", "--db", str(small_db), "--min-intensity", "5", "--max-intensity", "1"])
    assert res.exit_code == 2, (res.exit_code, res.stdout, res.stderr)
    assert "--min-intensity: 5.0 is above --max-intensity 1.0 (swap the two numbers)" in res.stderr, res.stderr
    same = CliRunner().invoke(main, ["events", "--db", str(small_db), "--min-intensity", "1", "--max-intensity", "1"])
    assert same.exit_code == 0, same.stderr


@pytest.mark.parametrize("path", ["/api/events", "/api/aggregates/dyads"])
def test_a_least_intensity_above_the_most_is_refused_by_the_server(client, path: str):
    res = client.get(path, params={"min_intensity": 5, "max_intensity": 1})
    assert res.status_code == 422, res.text
    assert res.json()["detail"][0]["msg"] == "min_intensity: 5.0 is above max_intensity 1.0 (swap the two numbers)"


@pytest.mark.parametrize("path", ["/api/events", "/api/articles"])
@pytest.mark.parametrize("value", ["", " "])
def test_an_empty_cursor_is_refused_not_read_as_the_first_page(client, path: str, value: str):
    """``cursor=`` answered the first page again: a client that sent the last page's null next_cursor
    as an empty value paged forever."""
    res = client.get(path, params={"cursor": value, "size": 1})
    assert res.status_code == 422, res.text
    assert res.json()["detail"][0]["msg"] == "cursor: an empty value (give a value, or leave cursor out)"
    assert client.get(path, params={"size": 1}).status_code == 200


# -- serve: a host or snapshot folder given empty, a poll that is no number of seconds ---------------------

@pytest.mark.parametrize("option, value, message", [
    ("--host", "", "Invalid value for '--host': an empty value (an unset shell variable?); give an address"),
    ("--snapshot-dir", "", "Invalid value for '--snapshot-dir': an empty value (an unset shell variable?)"),
    ("--poll", "nan", "Invalid value for '--poll': nan is not a number of seconds; give one from 0.1 to 86,400"),
    ("--poll", "inf", "Invalid value for '--poll': inf is not in the range 0.1<=x<=86400.0"),
])
def test_serve_refuses_an_empty_host_or_folder_and_a_poll_no_number(small_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     option: str, value: str, message: str):
    """--host "$HOST" with HOST unset said ':8000: cannot resolve the host' (status 1); --snapshot-dir ""
    served from a temporary folder without a word; --poll nan passed click's range (no comparison
    holds) and the watcher reopened the store in a busy loop; --poll inf overflowed the watcher's
    wait, ending its thread without a word (the store's changes never served)."""
    uvicorn = pytest.importorskip("uvicorn", reason="the server extra is not installed")
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)  # (on the base it served)
    res = CliRunner().invoke(main, ["serve", "--db", str(small_db), option, value])
    assert res.exit_code == 2 and message in res.stderr, (res.exit_code, res.stderr)


# -- a manifest that names none of the documents read ------------------------------------------------------

def test_a_manifest_naming_none_of_the_documents_is_noted(tmp_path: Path):
    """A manifest keyed by other names (a path, a url) gave no document its metadata, without a word."""
    import json

    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{"doc_id": "papers/a.html", "published": "2021-04-16"}]))
    (tmp_path / "a.txt").write_text("Chile and Peru held talks in Lima on Tuesday, officials of both sides said.")
    res = CliRunner().invoke(main, ["clean", "--manifest", str(manifest), str(tmp_path / "a.txt")])
    assert res.exit_code == 0, res.stderr
    assert ("note: the manifest names none of the 1 document(s) read, so none took its metadata (the manifest's "
            "ids: 'papers/a.html'; the documents': 'a'); key it by each document's id") in res.stderr, res.stderr
    manifest.write_text(json.dumps([{"doc_id": "a", "published": "2021-04-16"}]))
    res = CliRunner().invoke(main, ["clean", "--manifest", str(manifest), str(tmp_path / "a.txt")])
    assert res.exit_code == 0 and "note" not in res.stderr and '"published": "2021-04-16"' in res.stdout, res.stderr


@pytest.mark.parametrize("content, problem", [("", "manifest is empty"), ("\n \n", "manifest holds only whitespace")])
def test_an_empty_manifest_says_it_is_empty(tmp_path: Path, content: str, problem: str):
    """An empty manifest was 'not valid JSON: Expecting value at line 1 column 1'."""
    from communique.errors import InputError
    from communique.read import load_manifest

    manifest = tmp_path / "manifest.json"
    manifest.write_text(content)
    with pytest.raises(InputError, match="^" + re.escape(f"{manifest}: {problem} (a manifest is a JSON list")):
        load_manifest(manifest)
