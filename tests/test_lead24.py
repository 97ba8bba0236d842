"""The lead's readings of the twenty-fourth pass, on invented sentences."""

from __future__ import annotations

import pytest

from probe import events_of


def _statuses(pipeline, text: str, kind: str, date: str = "2019-06-17") -> list[str]:
    return [e.status for e in events_of(pipeline, text, date) if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("Pompeo is to visit Japan next week.", "CONSULT"),
    ("Russia and Ukraine are to hold talks.", "CONSULT"),
    ("Afghanistan is to release 5,000 Taliban prisoners.", "RETREAT"),
    ("Two Russian diplomats are to be expelled from Britain.", "SANCTION"),
])
def test_a_to_infinitive_under_present_be_is_planned(pipeline, text, kind):
    """ "X is to visit Y": the arrangement the news reports, still ahead (it read as occurred)."""
    assert _statuses(pipeline, text, kind) == ["planned"]


def test_only_the_present_be_of_a_party_announces_a_plan(pipeline):
    """ "was to visit" also narrates what came to pass; it keeps the past tense's reading."""
    assert _statuses(pipeline, "Pompeo is to visit Japan.", "CONSULT") == ["planned"]
    assert _statuses(pipeline, "Pompeo was to visit Japan in 2018.", "CONSULT") == ["occurred"]


def test_a_force_sent_to_help_is_placed_where_it_went(pipeline):
    """ "sent troops to Iraq to train Sunni fighters": the aid is given where the force was sent, as the
    deployment it was read as before was."""
    found = [e for e in events_of(pipeline, "Britain sent 300 soldiers to Mali to train Malian troops.",
                                  "2019-06-17") if e.type == "AID"]
    assert [(e.location.country if e.location else None) for e in found] == ["MLI"], found


def test_the_server_puts_back_the_callers_own_notify(tmp_path, pipeline):
    """A pipeline passed to the server keeps the notify its caller gave it: ``POST /api/ingest`` set its own
    for the request and left it there, so the caller's cleaner notes went to a finished request's list."""
    pytest.importorskip("fastapi", reason="the server extra is not installed")
    from communique.api._ingest import Ingester, jsonl_items
    from communique.config import load_settings

    mine: list[str] = []
    kept = pipeline.cleaner.notify
    pipeline.cleaner.notify = mine.append
    try:
        ingester = Ingester(tmp_path / "posted.duckdb", load_settings(), pipeline)
        ingester.ingest(jsonl_items(b'{"id": "a", "text": "Chile and Peru held talks in Lima on Tuesday."}\n', 1 << 20))
        assert pipeline.cleaner.notify == mine.append
    finally:
        pipeline.cleaner.notify = kept


def test_an_aborted_meeting_is_rejected_as_a_cancelled_one(pipeline):
    """ "aborted talks with Greece" read as talks held (CONSULT, occurred); "abort" is a verb of calling
    off for attacks (status.CANCELLING_VERBS) and now for meetings too, as "cancel" is."""
    found = [(e.type, e.status) for e in events_of(pipeline, "Turkey aborted talks with Greece.", "2019-06-17")]
    assert found == [("REJECT", "occurred")], found
