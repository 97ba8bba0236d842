"""Fusion across articles: a past event one outlet dates and another gives undated as background."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.clean import simhash
from communique.fuse import assign_event_ids, node_of, parts
from communique.fuse._score import back_reference
from communique.ingest import store_results
from communique.store import Store
from communique.types import Actor, Article, ArticleResult, Event, Evidence, Status

ARDA, BELM = Actor("ARD", "Ardania", "state"), Actor("BLM", "Belmora", "state")
LEADER = Actor("ARD", "President Kestrel", "person")
PUBLISHED = {"a": "2033-01-07", "b": "2033-01-08", "c": "2033-01-09", "late": "2033-01-20"}
DATED = "President Kestrel visited the troops at the Belmoran air base in December 2032, his first visit there."
UNDATED = "President Kestrel had visited the Belmoran air base before, spending an hour with the troops."
OTHER = "Kestrel once toured the air base, greeting the troops stationed there."


def _visit(doc: str, date: str | None, text: str, status: Status = "occurred") -> Event:
    return Event(doc_id=doc, type="CONSULT", source=ARDA, target=BELM, participants=(LEADER,), date=date,
                 status=status, mode="visit", evidence=Evidence(text, 0, len(text)))


def _ids(*events: Event) -> list[str | None]:
    return [e.event_id for e in assign_event_ids(list(events), published=PUBLISHED)]


def test_an_undated_report_of_a_past_visit_joins_the_report_that_dates_it():
    dated, undated = _visit("a", "2032-12", DATED), _visit("b", None, UNDATED)
    a, b = node_of(dated, 0, PUBLISHED["a"]), node_of(undated, 0, PUBLISHED["b"])
    assert back_reference(a, b, 3) and parts(a, b, 3)["date"] == pytest.approx(0.2 / (1 + 8 / 365.25))  # 8 days back
    first, second = _ids(dated, undated)
    assert first == second


def test_the_cluster_of_a_dated_past_event_takes_several_undated_reports_of_the_days_around():
    # the dated report is the cluster's first mention; the undated ones lie far outside its
    # date's window, but were published within the window of its report
    ids = _ids(_visit("a", "2032-12", DATED), _visit("b", None, UNDATED), _visit("c", None, OTHER))
    assert len(set(ids)) == 1


#: another telling of the visit, in fewer of the same words (evidence part 1/3)
LOOSE = "Kestrel went to Belmora once before, meeting the troops there."


def test_the_further_back_the_dated_event_the_more_words_an_undated_report_needs():
    # background given without a date is most often of the recent past: the same loose wording
    # ties an undated report to last month's visit, not to one of eight years before
    recent, old = _visit("a", "2032-12", DATED), _visit("a", "2024-12", DATED.replace("2032", "2024"))
    assert len(set(_ids(recent, _visit("b", None, LOOSE)))) == 1
    assert len(set(_ids(old, _visit("b", None, LOOSE)))) == 2


def test_reports_published_further_apart_than_the_window_stay_apart():
    dated, undated = _visit("a", "2032-12", DATED), _visit("late", None, UNDATED)
    assert not back_reference(node_of(dated, 0, PUBLISHED["a"]), node_of(undated, 0, PUBLISHED["late"]), 3)
    first, second = _ids(dated, undated)
    assert first != second


def test_an_undated_plan_is_no_back_reference():
    # what is still to come is not the visit of 2032
    first, second = _ids(_visit("a", "2032-12", DATED), _visit("b", None, UNDATED, "planned"))
    assert first != second


def test_a_date_after_the_undated_reports_day_is_no_back_reference():
    # the dated report's event lies after the day the undated one was published: not what it told of
    dated = _visit("c", "2033-01-08", DATED)
    undated = _visit("a", None, UNDATED)
    assert not back_reference(node_of(dated, 0, PUBLISHED["c"]), node_of(undated, 0, PUBLISHED["a"]), 3)


def test_a_back_reference_without_shared_words_or_person_stays_apart():
    bare = Event(doc_id="b", type="CONSULT", source=ARDA, target=BELM, status="occurred", mode="visit",
                 evidence=Evidence("Ardania sent a delegation to Belmora.", 0, 37))
    first, second = _ids(_visit("a", "2032-12", DATED), bare)
    assert first != second


def _result(doc: str, event: Event) -> ArticleResult:
    text = event.evidence.text
    art = Article(id=doc, text=text, published=PUBLISHED[doc], fingerprint="fp" + doc, simhash=simhash(text))
    return ArticleResult(art, (), (event,))


def test_a_store_links_the_back_reference_whichever_report_it_holds_first(tmp_path: Path):
    # the stored report is found through its publication month, not its date's
    dated, undated = _result("a", _visit("a", "2032-12", DATED)), _result("b", _visit("b", None, UNDATED))
    dumps = []
    for name, batches in (("dated-first", [[dated], [undated]]), ("undated-first", [[undated], [dated]])):
        with Store(tmp_path / f"{name}.duckdb") as store:
            for batch in batches:
                store_results(store, batch)
            rows = store.query()
            assert len(rows) == 2 and rows[0]["event_id"] == rows[1]["event_id"]
            dumps.append("\n".join(store.canonical_lines()))
    assert dumps[0] == dumps[1]


def test_a_report_dated_by_its_own_year_is_no_undated_report():
    # "this summer" read as the article's own year places the visit in that year, not in 2032
    this_year = _visit("b", "2033", UNDATED)
    assert not back_reference(node_of(_visit("a", "2032-12", DATED), 0, PUBLISHED["a"]),
                              node_of(this_year, 0, PUBLISHED["b"]), 3)
    first, second = _ids(_visit("a", "2032-12", DATED), this_year)
    assert first != second
