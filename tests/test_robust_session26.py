"""The twenty-sixth red-team pass: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def reader(small_db: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(small_db)) as c:
        yield c


# -- HEAD of /api/export answers the headers without building the export ---------------------------------

def test_a_head_of_the_export_does_not_build_it(reader, monkeypatch: pytest.MonkeyPatch):
    """HEAD was run as the GET, so every matching event was read and encoded (a whole Parquet file) only
    for the body to be dropped."""
    import communique.api._app as app_module

    built: list[str] = []
    real = app_module.iter_export
    monkeypatch.setattr(app_module, "iter_export", lambda fmt, chunks: built.append(fmt) or real(fmt, chunks))
    head = reader.head("/api/export?format=parquet")
    assert head.status_code == 200 and head.content == b"", head.text
    assert built == []
    assert head.headers["content-type"] == "application/vnd.apache.parquet"
    assert head.headers["content-disposition"] == 'attachment; filename="communique-events.parquet"'
    assert "content-length" not in head.headers  # (a 0 would say the export is empty)
    get = reader.get("/api/export?format=parquet")
    assert get.status_code == 200 and get.content and built == ["parquet"]
    assert reader.head("/api/export?format=xml").status_code == 422


# -- an output into a missing folder: the folder is made and the run says so ------------------------------

def test_an_export_into_a_missing_folder_says_it_made_the_folder(small_db: Path, tmp_path: Path):
    """``export -o reslts/events.jsonl`` (a misspelt folder) made the folder without a word, and the user
    looked for the file in the folder they meant. Made, not refused, as ``ingest --db`` makes its folder."""
    from click.testing import CliRunner

    from communique.cli import main

    out = tmp_path / "reslts" / "june" / "events.jsonl"
    res = CliRunner().invoke(main, ["export", "--db", str(small_db), "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0 and out.exists(), res.output
    assert f"note: {out.parent}: no such folder; made it (and {tmp_path / 'reslts'} above it) for events.jsonl; " \
           "if you meant another folder, check the path given to -o" in res.stderr, res.stderr
    res = CliRunner().invoke(main, ["export", "--db", str(small_db), "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0 and "no such folder" not in res.stderr, res.stderr


def test_a_folder_made_for_an_output_never_written_is_not_left(tmp_path: Path):
    from communique._runs import atomic_path

    with pytest.raises(KeyboardInterrupt), atomic_path(tmp_path / "new" / "deeper" / "events.jsonl") as tmp:
        tmp.write_text("half")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []
