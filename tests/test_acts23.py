"""Material acts on unseen news: a withdrawal whose particle the parse hangs on the object, an arrest
said as "taken into custody", a force sent with no sender named. Sentences written for these tests
(not from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from probe import events_of, pairs, shown


@pytest.mark.parametrize("text,type_,pair", [
    # "back" parsed as a modifier of "troops" is still the particle of "pull back": a withdrawal
    ("Washington's decision to pull back troops from Syria surprised the allies.", "RETREAT", ("USA", "SYR")),
    # "into custody" says the arrest, as "arrested" would
    ("Turkish police took two German journalists into custody on Sunday.", "COERCE", ("TUR", "DEU")),
    ("Two Iranian sailors were taken into custody by Saudi forces.", "COERCE", ("SAU", "IRN")),
    # a force sent with no sender named: the force's own state sent it, to the place it went
    ("Russian troops were deployed to Syria last month.", "MOBILIZE", ("RUS", "SYR")),
    ("About 3,000 American soldiers were sent to Poland.", "MOBILIZE", ("USA", "POL")),
    # a force arriving, named by a plural proper noun, is a deployment, no visit
    ("Hundreds of U.S. Marines arrived in Baghdad on Tuesday.", "MOBILIZE", ("USA", "IRQ")),
])
def test_the_act_and_its_sides(pipeline, text, type_, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), shown(evs)


def test_arriving_marines_pay_no_visit(pipeline):
    evs = events_of(pipeline, "U.S. Marines arrived in Baghdad on Tuesday.")
    assert not pairs(evs, "CONSULT"), shown(evs)


def test_a_sent_force_is_placed_where_it_went(pipeline):
    evs = [e for e in events_of(pipeline, "Russian troops were deployed to Syria last month.") if e.type == "MOBILIZE"]
    assert evs and all(e.location and e.location.country == "SYR" for e in evs), shown(evs)
