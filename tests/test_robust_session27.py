"""The twenty-seventh red-team pass: bad inputs and user-facing commands (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest

# -- the Python API: a path argument given None or a number ------------------------------------------------


@pytest.mark.parametrize("value", [None, 3, b"events.duckdb"])
def test_store_given_no_path_names_the_argument(value: object):
    """Store(None) was 'expected str, bytes or os.PathLike object, not NoneType', from pathlib."""
    from communique import Store

    with pytest.raises(TypeError, match=r"^Store: path must be a file path \(a str or a pathlib\.Path\), not "):
        Store(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, 3])
def test_load_manifest_given_no_path_names_the_argument(value: object):
    """load_manifest(None) was the same TypeError from pathlib, naming neither the function nor the argument."""
    from communique import load_manifest

    with pytest.raises(TypeError, match=r"^load_manifest: path must be a file path"):
        load_manifest(value)  # type: ignore[arg-type]


def test_store_and_manifest_still_take_a_str_or_a_path(tmp_path: Path):
    from communique import Store, load_manifest

    man = tmp_path / "m.json"
    man.write_text('{"d1": {"published": "2021-04-16"}}', encoding="utf-8")
    assert load_manifest(str(man)) == load_manifest(man)
    with Store(tmp_path / "x.duckdb") as store:
        assert store.created


# -- event dates before 1800: stored, and now selectable by the event filters -------------------------------


def _dated(tmp_path: Path) -> Path:
    """A store of two events: a treaty of 1648 told in a 2021 article, and talks of 2021."""
    from communique import Actor, Article, ArticleResult, Event, Evidence, Store

    text = "In 1648 two made-up realms signed a peace. Their heirs held talks on Monday."
    art = Article(id="h1", text=text, published="2021-04-16", fingerprint="fp-h1", origin="h1.txt")
    sides = dict(source=Actor(code="FRA", name="France", kind="state"),
                 target=Actor(code="SWE", name="Sweden", kind="state"))
    old = Event(doc_id="h1", type="AGREE", evidence=Evidence(text=text[:42], start=0, end=42), date="1648",
                event_id="ev-1648", **sides)  # type: ignore[arg-type]
    new = Event(doc_id="h1", type="CONSULT", evidence=Evidence(text=text[43:], start=43, end=len(text)),
                date="2021-04-12", event_id="ev-2021", **sides)  # type: ignore[arg-type]
    db = tmp_path / "dated.duckdb"
    with Store(db) as store:
        store.write([ArticleResult(art, (), (old, new))])
    return db


def test_an_event_dated_1648_is_found_by_until_1700(tmp_path: Path):
    """It was stored, and --until 1700 was refused: "'1700' is outside the years news is dated (1800-2100)"."""
    import json

    from click.testing import CliRunner

    from communique.cli import main

    db = _dated(tmp_path)
    res = CliRunner().invoke(main, ["events", "--db", str(db), "--until", "1700", "--undated", "exclude",
                                    "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    dates = [json.loads(line)["date"] for line in res.stdout.splitlines() if line.strip()]
    assert dates == ["1648"], res.stdout


@pytest.mark.parametrize("value", ["0999", "3000-01-01"])
def test_an_event_filter_outside_the_years_of_event_dates_says_which_years(value: str):
    from communique.store import QueryError, make_query

    with pytest.raises(QueryError, match=r"outside the years an event can be dated \(1000-2999\)"):
        make_query(since=value)


def test_the_api_selects_an_event_dated_1648(tmp_path: Path):
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(_dated(tmp_path))) as client:
        r = client.get("/api/events", params={"since": "1600", "until": "1699"})
        assert r.status_code == 200, r.text
        assert [e["date"] for e in r.json()["events"]] == ["1648"], r.text
        arts = client.get("/api/articles", params={"since": "1600"})  # publication dates stay 1800-2100
        assert arts.status_code == 422 and "1800-2100" in arts.text, arts.text
