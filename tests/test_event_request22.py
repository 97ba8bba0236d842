"""Requests, sanctions and agreements on unseen news (session 22). Sentences written for these
tests (not from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2018-06-17")).events


def shown(events) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.type, e.trigger, e.source and e.source.code, e.target and e.target.code) for e in events]


@pytest.mark.parametrize("text", [
    "Nigel Farage, a campaigner for British withdrawal from the EU, spoke in London on Monday.",
    "Boris Johnson, a leading supporter of Britain's exit from the EU, spoke on Monday.",
])
def test_the_cause_an_advocate_speaks_for_is_no_event(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type in ("SANCTION", "RETREAT")], shown(evs)


def test_a_withdrawal_reported_as_done_is_still_one(pipeline):
    evs = events_of(pipeline, "Britain's withdrawal from the EU took effect on Friday.")
    assert [e for e in evs if e.type == "SANCTION"], shown(evs)


def pairs(events, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


@pytest.mark.parametrize("text,pair", [
    ("Russia retaliated against the new U.S. sanctions on Monday.", ("USA", "RUS")),
    ("Russia sold U.S. bonds in response to new U.S. sanctions.", ("USA", "RUS")),
    ("Canada retaliated against U.S. steel tariffs with duties on American whiskey.", ("USA", "CAN")),
])
def test_a_measure_answered_hits_the_side_that_answers_it(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), shown(evs)


def test_a_measure_no_one_answers_takes_no_target_from_the_sentence(pipeline):
    evs = events_of(pipeline, "Russia sold U.S. bonds before new U.S. sanctions.")
    assert ("USA", "RUS") not in pairs(evs, "SANCTION"), shown(evs)


@pytest.mark.parametrize("text,status", [
    ("Iran said on Saturday it would retaliate against new sanctions imposed by the United States.", "occurred"),
])
def test_a_measure_answered_keeps_its_own_status(pipeline, text, status):
    evs = events_of(pipeline, text)
    assert [e.status for e in evs if e.type == "SANCTION" and e.source and e.source.code == "USA"] == [status], \
        shown(evs)


def test_a_measure_an_answer_may_meet_keeps_the_answers_status(pipeline):
    evs = events_of(pipeline, "Trump signaled that the U.S. would respond strongly to a retaliation by Iran.")
    assert "occurred" not in [e.status for e in evs if e.type == "SANCTION"], shown(evs)


@pytest.mark.parametrize("text", [
    "U.N. inspectors have verified Iranian compliance with the terms.",
    "Trump's vision for a grand parade was inspired by his attendance of France's Bastille Day celebration.",
    "Intelligence from captured Taliban fighters spurred the U.S. to investigate a funding channel.",
    "When President Obama called on Assad to step down in 2011, he invested the U.S. in the dictator's defeat.",
    "There is no way to defeat radical Islam without ceasing the accommodation of the Iranian regime that Obama "
    "enacted.",
])
def test_cameo_verbs_of_ordinary_use_make_no_event(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type in ("CONCEDE", "SUPPORT", "COOPERATE")], shown(evs)


@pytest.mark.parametrize("text", [
    "Recent polls have shown that most Japanese wanted Obama to visit Hiroshima.",
    "A poll showed that 60 percent of Americans want Russia to face sanctions.",
    "Polls conducted last December showed that 75% of Americans favored the change in policy toward Cuba.",
    "Nearly six in 10 Americans say the Russians interfered to help Trump.",
])
def test_a_public_as_a_poll_gives_it_is_no_actor(pipeline, text):
    evs = events_of(pipeline, text)
    assert not evs, shown(evs)


@pytest.mark.parametrize("text,type_", [
    ("Japan wants Obama to visit Hiroshima.", "REQUEST"),
    ("U.S. officials say the Russians interfered to help Trump.", "ACCUSE"),
])
def test_a_state_or_its_officials_still_act(pipeline, text, type_):
    evs = events_of(pipeline, text)
    assert [e for e in evs if e.type == type_], shown(evs)


@pytest.mark.parametrize("text", [
    "A poll has shown that Japanese want Obama to visit Hiroshima.",
    "Japanese want Obama to visit Hiroshima, according to a poll.",
])
def test_a_people_a_poll_speaks_for_is_no_actor(pipeline, text):
    evs = events_of(pipeline, text)
    assert not evs, shown(evs)


@pytest.mark.parametrize("text,type_", [
    ("Palestinians fired rockets into Israel on Tuesday as Israelis went to the polls.", "ASSAULT"),
    ("Ukrainians protested outside the Russian embassy in Kiev as polls opened.", "ACCUSE"),
])
def test_the_polls_of_an_election_speak_for_no_one(pipeline, text, type_):
    evs = events_of(pipeline, text)
    assert [e for e in evs if e.type == type_], shown(evs)
