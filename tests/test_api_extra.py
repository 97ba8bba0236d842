"""`communique serve --extra`: the user's actors reach the API's resolver (and posted articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install 'communique[server]'")

from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from communique.actors import KnowledgeBase  # noqa: E402
from communique.api import create_app  # noqa: E402
from communique.cli import main  # noqa: E402
from communique.store import Store  # noqa: E402

PERSON = "- name: Odile Fenwright\n  country: FRA\n  roles: [[foreign minister, 2031-01-01]]\n"


def test_the_api_resolves_with_the_extra_actors(tmp_path: Path):
    db = tmp_path / "ev.duckdb"
    Store(db).close()
    extra = tmp_path / "mine.yaml"
    extra.write_text(PERSON, encoding="utf-8")
    query = {"text": "France's foreign minister", "date": "2031-06-01"}
    with TestClient(create_app(db, kb=KnowledgeBase.load(extra=[extra]))) as c:
        assert c.get("/api/actors/resolve", params=query).json()["actor"]["name"] == "Odile Fenwright"
        assert c.get("/api/actors/Odile Fenwright").status_code == 200
    with TestClient(create_app(db)) as c:
        actor = c.get("/api/actors/resolve", params=query).json()["actor"]
        assert actor is None or actor["name"] != "Odile Fenwright"


def test_serve_checks_its_extra_files_before_starting(tmp_path: Path):
    db = tmp_path / "ev.duckdb"
    Store(db).close()
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {name: [unclosed\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["serve", "--db", str(db), "--extra", str(bad)])
    assert res.exit_code == 1 and "bad.yaml" in res.output and "Traceback" not in res.output
    assert "--extra" in CliRunner().invoke(main, ["serve", "--help"]).output
