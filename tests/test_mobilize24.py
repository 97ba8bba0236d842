"""Force withdrawn and joint drills judged by others, on unseen news. Sentences written for these
tests (not from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from probe import events_of, pairs, shown


def _sides(evs, type_):  # type: ignore[no-untyped-def]
    """The set of actor codes of each event of ``type_``."""
    return [{a.code for a in [e.source, e.target, *e.participants] if a} for e in evs if e.type == type_]


@pytest.mark.parametrize("text,pair", [
    # a force reduced where it is: a withdrawal from the place it stands in
    ("Canada is winding down its military presence in Mali.", ("CAN", "MLI")),
    ("France will draw down its forces in Niger next year.", ("FRA", "NER")),
    ("Germany has scaled back its deployment in Lithuania.", ("DEU", "LTU")),
])
def test_a_force_drawn_down_is_withdrawn(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "RETREAT"), shown(evs)


@pytest.mark.parametrize("text,codes", [
    ("Beijing condemned the joint US-Japanese naval drills.", {"USA", "JPN"}),
    ("Moscow criticized the joint French-German exercises on Friday.", {"FRA", "DEU"}),
])
def test_a_joint_act_judged_is_the_partners_alone(pipeline, text, codes):
    evs = events_of(pipeline, text)
    assert _sides(evs, "COOPERATE") == [codes], shown(evs)


@pytest.mark.parametrize("text,type_,pair", [
    # the parser hangs the author's "by" on the active verb: it names whom the stance is on
    ("Turkey rejected a peace proposal by Greece on Monday.", "REJECT", ("TUR", "GRC")),
    ("Egypt rejected the plan by Ethiopia.", "REJECT", ("EGY", "ETH")),
])
def test_a_stance_on_an_act_by_another_is_on_its_author(pipeline, text, type_, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), shown(evs)
