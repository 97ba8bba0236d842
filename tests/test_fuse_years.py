"""Fusion across articles: reports that date a past event by its year only."""

from __future__ import annotations

from communique.fuse import assign_event_ids, node_of, parts
from communique.types import Actor, Event, Evidence

CHILE, BOLIVIA = Actor("CHL", "Chile", "state"), Actor("BOL", "Bolivia", "state")
PUBLISHED = {"a": "2034-03-15", "b": "2034-03-15", "c": "2034-03-16"}
#: two reports of the old sanctions in other words (two content words of 15 shared: the evidence
#: part alone does not tie them)
FIRST = "Chile froze the assets of Bolivian mining firms in 2031 after the border dispute flared."
SECOND = "Santiago had blocked Bolivian lithium exporters from its ports in 2031, seizing their assets."


def _sanction(doc: str, date: str | None, text: str) -> Event:
    return Event(doc_id=doc, type="SANCTION", source=CHILE, target=BOLIVIA, date=date, status="occurred",
                 evidence=Evidence(text, 0, len(text)))


def _date_part(a: Event, b: Event) -> float:
    return parts(node_of(a, 0, PUBLISHED[a.doc_id]), node_of(b, 0, PUBLISHED[b.doc_id]), 3)["date"]


def test_two_reports_naming_the_same_past_year_agree_on_the_date():
    a, b = _sanction("a", "2031", FIRST), _sanction("b", "2031", SECOND)
    assert _date_part(a, b) == 0.5  # as firm as two reports placed by their publication days
    out = assign_event_ids([a, b], published=PUBLISHED)
    assert out[0].event_id == out[1].event_id


def test_a_year_against_a_finer_date_inside_it_stays_weak():
    # the day is one of that year's events of the pair of states; the year may be any of them
    year, day = _sanction("a", "2031", FIRST), _sanction("b", "2031-06-02", SECOND)
    month = _sanction("c", "2031-06", SECOND)
    assert _date_part(year, day) == 0.25 and _date_part(year, month) == 0.25
    out = assign_event_ids([year, day], published=PUBLISHED)
    assert out[0].event_id != out[1].event_id


def test_reports_naming_two_different_years_stay_apart():
    out = assign_event_ids([_sanction("a", "2031", FIRST), _sanction("b", "2030", SECOND)], published=PUBLISHED)
    assert out[0].event_id != out[1].event_id


def test_a_year_that_is_the_articles_own_is_the_publication_date_and_not_a_whole_year():
    # "in 2034" in an article of 2034 is no back-reference: it is compared as an undated report
    a, b = _sanction("a", "2034", FIRST), _sanction("c", "2034", SECOND)
    assert _date_part(a, b) == 0.5 * (1 - 1 / 4)  # one day apart at publication precision


def test_a_year_against_an_undated_report_of_that_year_is_as_weak_as_against_a_day():
    # an undated report sits at its publication day, a date no firmer than one its text gives: "the
    # sanctions of 2031" in a 2034 article may be any of that year's, as the day inside the year may
    year = _sanction("a", "2031", FIRST)
    undated = _sanction("d", None, SECOND)
    published = {**PUBLISHED, "d": "2031-06-02"}
    part = parts(node_of(year, 0, published["a"]), node_of(undated, 0, published["d"]), 3)["date"]
    assert part == _date_part(year, _sanction("b", "2031-06-02", SECOND)) == 0.25
    out = assign_event_ids([year, undated], published=published)
    assert out[0].event_id != out[1].event_id
