"""Filter validation: a filter value that cannot match is an error naming the fix, never 0 events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.actors import KnowledgeBase
from communique.store import QueryError, make_query
from communique.store.cli import events_command, export_command


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _run(args: list[str], cmd=events_command):
    return CliRunner().invoke(cmd, args, catch_exceptions=False)


@pytest.mark.parametrize("kwargs, option, words", [
    ({"types": ["ATTACK"]}, "--type", ["ATTACK", "ASSAULT"]),
    ({"types": ["consul"]}, "--type", ["CONSULT"]),
    ({"statuses": ["done"]}, "--status", ["occurred"]),
    ({"modes": ["phonecall"]}, "--mode", ["phone"]),
    ({"quad_classes": ["conflict"]}, "--class", ["material_conflict"]),
    ({"actor": "Russia"}, "--actor", ["RUS"]),
    ({"actor": "XYZ"}, "--actor", ["unknown actor code", "actors resolve"]),
    ({"dyad": ["USA", "--limit"]}, "--dyad", ["looks like an option", "--dyad USA CHN"]),
    ({"since": "yesterday"}, "--since", ["yesterday", "YYYY-MM-DD"]),
    ({"since": "2015-13"}, "--since", ["not a calendar date"]),
    ({"until": "05/06/2014"}, "--until", ["ambiguous"]),
    ({"since": "2021-05", "until": "2021-04"}, "--since", ["after"]),
    ({"min_intensity": 11.0}, "--min-intensity", ["Goldstein"]),
    ({"undated": "maybe"}, "--undated", ["include or exclude"]),
    ({"date_bases": ["guessed"]}, "--date-basis", ["text", "inherited", "published"]),
])
def test_bad_values_are_named(kb, kwargs, option, words) -> None:
    with pytest.raises(QueryError) as err:
        make_query(known_codes={"USA", "JPN"}, kb=kb, **kwargs)
    msg = str(err.value)
    assert msg.startswith(f"{option}: ")
    for w in words:
        assert w in msg


def test_good_values_are_normalised(kb) -> None:
    q = make_query(actor="usa", dyad=["jpn", "NATO"], types=["consult"], statuses=["Planned"],
                   quad_classes=["VERBAL_COOPERATION"], since="April 2021", until="05/21/2021", kb=kb)
    assert (q.actor, q.dyad, q.type, q.status, q.quad_class) == (
        "USA", ("JPN", "NATO"), ["CONSULT"], ["planned"], ["verbal_cooperation"])
    assert (q.since, q.until, q.undated) == ("2021-04", "2021-05-21", "include")


def test_known_codes_spare_the_knowledge_base() -> None:
    def no_kb():
        raise AssertionError("the knowledge base should not be loaded for a code the store has")
    assert make_query(actor="USA", known_codes={"USA"}, kb=no_kb).actor == "USA"


def test_cli_refuses_bad_filters_with_exit_2(db: Path) -> None:
    for args, word in ((["--type", "ATTACK"], "ATTACK"), (["--actor", "Russia"], "RUS"),
                       (["--since", "yesterday"], "yesterday"), (["--dyad", "USA", "--limit", "1"], "--dyad")):
        res = _run(["--db", str(db), *args])
        assert res.exit_code == 2, (args, res.output)
        assert word in res.output and "0 event(s)" not in res.output
    res = _run(["--db", str(db), "--format", "csv", "-o", str(db.parent / "x.csv"), "--class", "war"], export_command)
    assert res.exit_code == 2 and "material_conflict" in res.output


def test_cli_undated_note_and_choice(db: Path) -> None:
    res = CliRunner().invoke(events_command, ["--db", str(db), "--format", "jsonl", "--since", "2021-04-17"])
    assert res.exit_code == 0
    assert "note: 1 undated event(s) included" in res.stderr
    assert {json.loads(x)["event_id"] for x in res.stdout.splitlines()} == {"E2", "E3", "E5"}
    res = CliRunner().invoke(events_command, ["--db", str(db), "--format", "jsonl", "--since", "2021-04-17",
                                              "--undated", "exclude"])
    assert "note: 1 undated event(s) left out" in res.stderr
    assert {json.loads(x)["event_id"] for x in res.stdout.splitlines()} == {"E2", "E3"}


def test_cli_class_and_intensity_filters(db: Path) -> None:
    res = CliRunner().invoke(events_command, ["--db", str(db), "--format", "jsonl", "--class", "material_conflict",
                                              "--max-intensity", "-5"])
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert [(r["event_id"], r["quad_class"], r["intensity"]) for r in rows] == [("E4", "material_conflict", -7.2)]


def test_help_lists_types_modes_statuses_classes() -> None:
    out = _run(["--help"]).output
    for word in ("ASSAULT", "REQUEST", "hypothetical", "negated", "phone", "virtual", "verbal_cooperation",
                 "--undated"):
        assert word in out, word


def test_top_level_help_lists_types_and_statuses() -> None:
    from communique.cli import main
    from communique.types import EVENT_TYPES, STATUSES

    out = CliRunner().invoke(main, ["--help"]).output
    assert all(t in out for t in EVENT_TYPES) and all(s in out for s in STATUSES)
