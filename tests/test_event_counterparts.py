"""A reaction or a statement whose own sentence names no other party is aimed at the story's other
side ("China seized the boat. Manila protested."), unless its own phrase says what it is about and
that is a matter at home: a thing no party stands for ("protested the label", "asked for
congressional approval", "complained that the media ..."), or its own side. Found wrong on a news-pool
sample (30 articles drawn with ``random.Random(9090)``, the rule checked on 60 more drawn with
``random.Random(77)``); sentences written for these tests, the real pipeline runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of

ACT = "Peru fired missiles at Chilean border posts on Monday. "


@pytest.mark.parametrize("text,trigger", [
    (ACT + "A Peruvian official protested the \"aggressive\" label, saying the strikes were defensive.",
     "protested"),
    (ACT + "Peru's president later asked for congressional approval of the defence budget.", "asked"),
    (ACT + "Peru's president complained that the local press was biased against his government.",
     "complained"),
    (ACT + "Peru's president vowed to suspend the national refugee program.", "vowed"),
])
def test_a_statement_about_a_matter_at_home_answers_no_earlier_act(pipeline, text, trigger):
    evs = events_of(pipeline, text)
    assert not any(trig == trigger for _, _, trig in evs), evs


@pytest.mark.parametrize("text,type_,trigger", [
    (ACT + "Chile protested on Tuesday.", "PROTEST", "protested"),
    (ACT + "Chile vowed it would respond.", "THREATEN", "vowed"),
    (ACT + "Chile condemned the attack.", "ACCUSE", "condemned"),
    (ACT + "Chile's foreign minister called the incident a grave violation of its sovereignty.", "ACCUSE", "called"),
    (ACT + "Chile's president called the shelling a betrayal.", "ACCUSE", "called"),
    (ACT + "Chile warned of serious consequences.", "THREATEN", "warned"),
    (ACT + "Chile's president warned that time was running out for talks.", "THREATEN", "warned"),
])
def test_a_reaction_naming_no_home_matter_still_answers_the_act(pipeline, text, type_, trigger):
    evs = events_of(pipeline, text)
    assert any(trig == trigger and "PER" in codes and "CHL" in codes for _, codes, trig in evs), evs


def test_a_denied_charge_answers_its_accuser_not_the_story(pipeline):
    evs = events_of(pipeline, "Peru seized a Chilean fishing boat on Monday. Lima denied the allegations.")
    assert not any(trig == "denied" for _, _, trig in evs), evs
    evs = events_of(pipeline, "Chile accused Peru of spying on Monday. Lima denied the allegations.")
    assert ("REJECT", frozenset({"PER", "CHL"}), "denied") in evs, evs
