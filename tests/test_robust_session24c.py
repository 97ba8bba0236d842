"""The twenty-fourth red-team pass, third round: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main


# -- a .part file of another host, in a shared folder ------------------------------------------------------

def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_part_file_of_another_host_is_never_judged_dead(tmp_path: Path):
    """The cleanup looked a part's PID up on this machine: a run on another host writing to a shared
    folder (NFS) had its part removed under it, its PID being free here. A part named the old way
    (no host) is still this host's."""
    from communique._runs import _host, remove_stale_parts

    out = tmp_path / "events.jsonl"
    theirs = tmp_path / f".events.jsonl.{_host()}x.{_dead_pid()}.part"
    mine = tmp_path / f".events.jsonl.{_host()}.{_dead_pid()}.part"
    old = tmp_path / f".events.jsonl.{_dead_pid()}.part"
    for part in (theirs, mine, old):
        part.write_text("half")
    assert sorted(remove_stale_parts(out)) == sorted([mine, old])
    assert theirs.exists() and not mine.exists() and not old.exists()


def test_a_run_names_its_part_file_by_host_and_pid(tmp_path: Path):
    from communique._runs import _host, atomic_path

    with atomic_path(tmp_path / "out.jsonl") as tmp:
        assert tmp.name == f".out.jsonl.{_host()}.{os.getpid()}.part"
        tmp.write_text("done\n")
    assert (tmp_path / "out.jsonl").read_text() == "done\n"


# -- links in a folder that lead to no file ------------------------------------------------------------------

def test_broken_and_looping_links_are_named_as_such_not_as_a_file_type(tmp_path: Path):
    """A dangling link and a link to itself were 'of types communique does not read ((no extension))'."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Chile and Peru held talks in Lima on Tuesday, officials said afterwards.")
    (folder / "gone").symlink_to("nowhere")
    (folder / "loop").symlink_to("loop")
    (folder / "notes").write_text("a file without an extension")
    res = CliRunner().invoke(main, ["clean", str(folder), "-o", str(tmp_path / "clean.jsonl")])
    assert res.exit_code == 0, res.stderr
    assert "((" not in res.stderr and "types communique does not read (no extension)" in res.stderr, res.stderr
    assert (f"2 link(s) in the directories given lead to no file and were not read: {folder / 'gone'} "
            f"(a broken link to 'nowhere'), {folder / 'loop'} (a looping link)") in res.stderr, res.stderr
    assert f"{folder / 'notes'}" in res.stderr and "1 file(s)" in res.stderr


# -- the server: empty metadata of an ingested page, an articles cursor it did not hand out ---------------

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(small_db: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(small_db, token=TOKEN)) as c:
        yield c


@pytest.mark.parametrize("param", ["url", "title", "source"])
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_metadata_value_of_an_ingested_page_is_refused(client, monkeypatch: pytest.MonkeyPatch,
                                                                 param: str, value: str):
    """``url=`` (or title=, source=) was taken as not given, where an empty published= or filter is a 422."""
    import communique.api._app as app_module

    written: list[object] = []
    monkeypatch.setattr(app_module, "_write", lambda snaps, ingester, items: written.append(items) or {})
    res = client.post("/api/ingest", params={"id": "p1", param: value}, content=b"<html><body>x</body></html>",
                      headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/html"})
    assert res.status_code == 422, res.text
    assert param in str(res.json()["detail"]) and "an empty value" in str(res.json()["detail"]), res.text
    assert written == []


@pytest.mark.parametrize("cursor", ["zzz", "not a cursor", "WyJhIiwiYiIsMV0"])  # the last an events cursor
def test_an_articles_cursor_it_did_not_hand_out_is_refused(client, cursor: str):
    """Any string was taken as an article-id position (``cursor=zzz`` an empty last page), where
    /api/events refuses a cursor it did not hand out."""
    res = client.get("/api/articles", params={"cursor": cursor, "size": 1})
    assert res.status_code == 422, res.text
    assert res.json()["detail"][0]["loc"] == ["query", "cursor"], res.text


def test_articles_page_on_with_the_cursors_handed_out(client):
    first = client.get("/api/articles", params={"size": 2}).json()
    assert first["next_cursor"] and first["next_cursor"] != first["articles"][-1]["id"]
    ids = [a["id"] for a in first["articles"]]
    nxt = first["next_cursor"]
    while nxt:
        page = client.get("/api/articles", params={"size": 2, "cursor": nxt}).json()
        ids += [a["id"] for a in page["articles"]]
        nxt = page["next_cursor"]
    assert ids == sorted(set(ids)) and len(ids) == 5
