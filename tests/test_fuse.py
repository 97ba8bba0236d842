"""Fusion of event mentions within and across articles."""

from __future__ import annotations

from communique.fuse import assign_event_ids, dates_compatible, merge_within, same_event
from communique.types import Actor, Event, Evidence, Location

BIDEN = Actor("USA", "Joe Biden", "person", "head of state")
HARRIS = Actor("USA", "Kamala Harris", "person", "vice president")
SUGA = Actor("JPN", "Yoshihide Suga", "person", "head of government")
MODI = Actor("IND", "Narendra Modi", "person", "head of government")
MORRISON = Actor("AUS", "Scott Morrison", "person", "head of government")
JAPAN = Actor("JPN", "Japan", "state")
USA = Actor("USA", "United States", "state")
INDIA = Actor("IND", "India", "state")
AUSTRALIA = Actor("AUS", "Australia", "state")


def ev(doc, type_, src, tgt=None, parts=(), date=None, status="occurred", start=0, loc=None):
    return Event(doc_id=doc, type=type_, source=src, target=tgt, participants=tuple(parts), date=date,
                 status=status, location=loc, evidence=Evidence("...", start, start + 3))


def test_dates_compatible_at_the_coarser_precision():
    assert dates_compatible("2021-03", "2021-03-12")
    assert dates_compatible("2021-03-12", "2021")
    assert not dates_compatible("2021-03", "2021-04-01")
    assert dates_compatible("2021-03-12", "2021-03-14", window_days=3)
    assert not dates_compatible("2021-03-12", "2021-03-20", window_days=3)
    assert dates_compatible(None, "2021-03-12")
    assert not dates_compatible(None, "2021-03-12", allow_null=False)


def test_repeated_mentions_in_one_article_collapse_keeping_date_place_and_persons():
    a = ev("d1", "CONSULT", BIDEN, SUGA, date="2021-04-16", status="planned", start=0,
           loc=Location("Washington", "USA"))
    b = ev("d1", "CONSULT", USA, JAPAN, date=None, status="expected", start=100)
    merged = merge_within([a, b])
    assert len(merged) == 1
    assert merged[0].date == "2021-04-16" and merged[0].location.country == "USA"
    assert {x.name for x in merged[0].actors()} >= {"Joe Biden", "Yoshihide Suga"}


def test_different_persons_of_one_state_are_different_encounters():
    summit = ev("d1", "CONSULT", BIDEN, SUGA, date="2021-04-16", status="planned")
    harris = ev("d1", "CONSULT", SUGA, HARRIS, date="2021-04-16", status="planned", start=50)
    assert not same_event(summit, harris)
    assert len(merge_within([summit, harris])) == 2


def test_different_dates_stay_apart():
    a = ev("d1", "CONSULT", USA, JAPAN, date="2023-08")
    b = ev("d1", "CONSULT", USA, JAPAN, date="2022-06", start=40)
    assert len(merge_within([a, b])) == 2


def test_cross_article_merge_gives_one_event_id():
    quad1 = ev("d000", "CONSULT", USA, None, (JAPAN, INDIA, AUSTRALIA), date="2021-03")
    quad2 = ev("d004", "CONSULT", BIDEN, None, (INDIA, JAPAN, AUSTRALIA), date="2021-03-12")
    other = ev("d004", "CONSULT", BIDEN, SUGA, date="2021-04-16", start=99)
    out = assign_event_ids([quad1, quad2, other])
    assert out[0].event_id == out[1].event_id
    assert out[2].event_id != out[0].event_id


def test_cross_article_needs_dates_and_the_same_type():
    a = ev("d1", "CONSULT", USA, JAPAN, date=None)
    b = ev("d2", "CONSULT", USA, JAPAN, date=None)
    c = ev("d3", "AGREE", USA, JAPAN, date="2021-03-12")
    d = ev("d4", "CONSULT", USA, JAPAN, date="2021-03-12")
    out = assign_event_ids([a, b, c, d])
    assert len({e.event_id for e in out}) == 4


def test_prior_ids_are_kept_and_reused():
    stored = assign_event_ids([ev("old", "CONSULT", MODI, MORRISON, date="2021-03-12")])[0]
    new = assign_event_ids([ev("new", "CONSULT", INDIA, AUSTRALIA, date="2021-03")], prior=[stored])[0]
    assert new.event_id == stored.event_id


def test_ids_are_deterministic():
    evs = [ev("d1", "CONSULT", USA, JAPAN, date="2021-03-12"), ev("d2", "SANCTION", USA, INDIA, date="2021")]
    assert [e.event_id for e in assign_event_ids(evs)] == [e.event_id for e in assign_event_ids(evs)]


def test_undated_launch_stays_apart_in_one_article_but_joins_in_a_copy():
    prk = Actor("PRK", "North Korea", "state")
    dated = ev("d1", "MOBILIZE", prk, date="2022-01-17")
    undated = ev("d1", "MOBILIZE", prk, date=None, start=50)
    assert len(merge_within([dated, undated])) == 2  # a series of launches, not one
    orig = assign_event_ids([undated])
    copy = assign_event_ids([ev("d2", "MOBILIZE", prk, date=None, start=50)], prior=orig, copies={"d2": "d1"})
    other = assign_event_ids([ev("d3", "MOBILIZE", prk, date=None, start=50)], prior=orig)
    assert copy[0].event_id == orig[0].event_id
    assert other[0].event_id != orig[0].event_id
