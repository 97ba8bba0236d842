"""A statement with no speaker named, the only one of its kind in one of two reports.

A state's officials make many statements a day, so two reports of one pair of states that name
no speaker are weakly tied (``_UNKNOWN_SPEAKER``). When a report tells of one statement only of
that type between those sides, it has no other statement to be, and of the other report's
statements it joins one at most (a cluster never holds two mentions an article kept apart), the
best-scoring: the persons part is then neutral. The mark is an event's own (``SOLE_OF_KIND``),
stored with it, so a report fused in a later run meets the stored one as it would have in the same
run.
"""

from __future__ import annotations

from pathlib import Path

from communique.fuse import assign_event_ids
from communique.fuse._score import kind_counted
from communique.ingest import store_results
from communique.store import Store
from communique.types import SOLE_OF_KIND, Actor, Article, ArticleResult, Event, Evidence

ICELAND, NORWAY = Actor("ISL", "Iceland", "state"), Actor("NOR", "Norway", "state")
DAY = "2030-03-04"


def _denial(doc: str, text: str, start: int = 0, src: Actor = ICELAND, tgt: Actor = NORWAY) -> Event:
    return Event(doc_id=doc, type="REJECT", source=src, target=tgt, date=DAY, status="occurred",
                 evidence=Evidence(text, start, start + len(text)))


LONE_A = _denial("a", "Iceland rejected the charge of overfishing on Tuesday.")
LONE_B = _denial("b", "Officials in Reykjavik rejected the charge, saying their trawlers kept to the quota.")
OTHER_B = _denial("b", "Iceland also rejected Norway's demand to close the herring grounds.", start=300)


def test_the_lone_statement_of_its_kind_in_each_report_is_one_statement():
    ids = [e.event_id for e in assign_event_ids([LONE_A, LONE_B])]
    assert ids[0] == ids[1]


def test_a_report_of_two_such_statements_lends_the_lone_one_its_closer_statement_only():
    ids = [e.event_id for e in assign_event_ids([LONE_A, LONE_B, OTHER_B])]
    assert ids[0] == ids[1] != ids[2]


def test_two_reports_of_two_such_statements_each_lend_neither_to_the_other():
    other_a = _denial("a", "Iceland also dismissed Norway's call for new catch limits.", start=300)
    ids = [e.event_id for e in assign_event_ids([LONE_A, other_a, LONE_B, OTHER_B])]
    assert len(set(ids)) == 4


def test_the_mark_counts_type_and_sides_within_one_article():
    marked = kind_counted([LONE_B, OTHER_B, _denial("b", "Norway rejected the claim.", 500, NORWAY, ICELAND)])
    assert [bool(e.extra.get(SOLE_OF_KIND)) for e in marked] == [False, False, True]
    again = kind_counted([marked[2], _denial("b", "Oslo dismissed it.", 700, NORWAY, ICELAND)])
    # a mark already there is recomputed
    assert [bool(e.extra.get(SOLE_OF_KIND)) for e in again] == [False, False]


def _result(ev: Event) -> ArticleResult:
    art = Article(id=ev.doc_id, origin="test", text=ev.evidence.text, published=DAY, title=None,
                  fingerprint=f"fp-{ev.doc_id}")
    return ArticleResult(art, (), (ev,))


def test_a_report_stored_in_an_earlier_run_is_met_as_in_one_run(tmp_path: Path):
    with Store(tmp_path / "one.duckdb") as store:
        store_results(store, [_result(LONE_A), _result(LONE_B)])
        together = {r["doc_id"]: r["event_id"] for r in store.query()}
    with Store(tmp_path / "two.duckdb") as store:
        store_results(store, [_result(LONE_A)])
    with Store(tmp_path / "two.duckdb") as store:
        store_results(store, [_result(LONE_B)])
        apart = {r["doc_id"]: r["event_id"] for r in store.query()}
    assert together["a"] == together["b"]
    assert apart == together
