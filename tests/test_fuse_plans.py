"""Fusion across articles: a plan and what had already happened before it was reported."""

from __future__ import annotations

from communique.fuse import assign_event_ids, node_of, parts, score
from communique.types import Actor, Event, Evidence

PERU, ECUADOR = Actor("PER", "Peru", "state"), Actor("ECU", "Ecuador", "state")
PLAN = "The foreign ministers of Peru and Ecuador will meet in Lima this month to settle the fishing dispute."


def _meet(doc: str, date: str | None, status: str, text: str) -> Event:
    return Event(doc_id=doc, type="CONSULT", source=PERU, target=ECUADOR, date=date, status=status,
                 evidence=Evidence(text, 0, len(text)))


def _fused(events: list[Event], published: dict[str, str]) -> list[str | None]:
    return [e.event_id for e in assign_event_ids(events, published=published)]


def test_what_happened_before_a_plan_was_reported_is_not_that_plan():
    plan = _meet("a", "2032-05", "planned", PLAN)
    call = _meet("b", "2032-05-09", "occurred",
                 "The foreign ministers of Peru and Ecuador spoke by phone on Sunday about the fishing dispute.")
    published = {"a": "2032-05-10", "b": "2032-05-10"}
    ids = _fused([plan, call], published)
    assert ids[0] != ids[1]
    # the same call, reported before the plan was: the plan's article still tells of it as to come
    assert score(node_of(plan, 0, published["a"]), node_of(call, 0, "2032-05-09"), 3) == 0.0


def test_a_plan_and_its_meeting_reported_after_it_are_one_event():
    plan = _meet("a", "2032-05", "planned", PLAN)
    held = _meet("b", "2032-05-20", "occurred",
                 "The foreign ministers of Peru and Ecuador met in Lima on Thursday over the fishing dispute.")
    assert len(set(_fused([plan, held], {"a": "2032-05-10", "b": "2032-05-21"}))) == 1
    # undated, the meeting is placed at its report's day, after the plan's: still one event
    undated = _meet("b", None, "occurred", held.evidence.text)
    assert len(set(_fused([_meet("a", "2032-05-20", "planned", PLAN), undated],
                          {"a": "2032-05-19", "b": "2032-05-21"}))) == 1


def test_a_plan_told_of_in_the_past_is_left_to_the_date():
    # "had planned to meet in April": the plan's own date lies before its report, so the report's
    # day says nothing of when the meeting was to be
    old = _meet("a", "2032-04", "planned", "Peru and Ecuador had planned to meet in April over the fishing dispute.")
    held = _meet("b", "2032-04-20", "occurred", "The foreign ministers of Peru and Ecuador met in April over fishing.")
    assert score(node_of(old, 0, "2032-05-10"), node_of(held, 0, "2032-04-21"), 3) > 0.0


def test_a_plan_and_the_meeting_held_in_other_words_score_as_two_reports_of_it():
    # the status part does not tell a plan from the act it announced: the meeting, undated in its
    # report and told in other words, joins the plan (at 0.8 for the two statuses it scored 0.60)
    plan = _meet("a", "2032-05-20", "planned", "Peru's president will receive his Ecuadorian counterpart in Lima "
                 "on Thursday to sign a fishing accord.")
    held = _meet("b", None, "occurred", "The leaders of the two Andean neighbours ended their border quarrel "
                 "over fishing with a handshake at the presidential palace.")
    published = {"a": "2032-05-18", "b": "2032-05-20"}
    assert parts(node_of(plan, 0, published["a"]), node_of(held, 0, published["b"]), 3)["status"] == 1.0
    assert len(set(_fused([plan, held], published))) == 1
    # a plan and another report of it as expected are alike too; what did not happen stays apart
    expected = _meet("b", "2032-05-20", "expected", held.evidence.text)
    assert parts(node_of(plan, 0, published["a"]), node_of(expected, 0, published["b"]), 3)["status"] == 1.0
    negated = _meet("b", "2032-05-20", "negated", held.evidence.text)
    assert score(node_of(plan, 0, published["a"]), node_of(negated, 0, published["b"]), 3) == 0.0
